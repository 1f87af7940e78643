// A scenario measured in several rounds (bench.mjs): one figure per scenario, and ratios taken round by round.

/** One row from a scenario's rounds: the median of each figure, errors summed, the peak RSS; the rounds kept. */
export function summarize(rounds) {
  const ok = rounds.filter((m) => !m.noRequests);
  if (ok.length === 0) return { ...rounds[0], rounds };
  const med = (key) => median(ok.map((m) => m[key]));
  const sum = (key) => rounds.reduce((a, m) => a + (m[key] ?? 0), 0);
  return {
    rps: med('rps'), p50: med('p50'), p90: med('p90'), p99: med('p99'), p999: med('p999'), mean: med('mean'),
    max: Math.max(...ok.map((m) => m.max)), requests: sum('requests'), non2xx: sum('non2xx'),
    socketErrors: sum('socketErrors'), timeouts: sum('timeouts'), bytesPerResponse: med('bytesPerResponse'),
    cpuUsPerRequest: med('cpuUsPerRequest'), databaseCpuUsPerRequest: med('databaseCpuUsPerRequest'), cpuCores: med('cpuCores'), rssMax: Math.max(...rounds.map((m) => m.rssMax)),
    rssEnd: rounds[rounds.length - 1].rssEnd, noRequests: ok.length < rounds.length || undefined, rounds,
  };
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** x's req/s over y's: the median of the ratios round by round when both have rounds, else of the medians. */
export function rpsRatio(x, y) {
  if (x.rounds?.length && x.rounds.length === y.rounds?.length) return median(x.rounds.map((m, i) => m.rps / y.rounds[i].rps));
  return x.rps / y.rps;
}
