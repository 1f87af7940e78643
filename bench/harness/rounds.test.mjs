// node --test bench/harness/rounds.test.mjs: how the harness reduces a scenario's rounds to the report's figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize, median, rpsRatio } from './rounds.mjs';

const round = (rps, cpu, p99, extra = {}) => ({
  rps, cpuUsPerRequest: cpu, p50: p99 / 3, p90: p99 / 2, p99, p999: p99 * 2, mean: p99 / 3, max: p99 * 3,
  requests: rps * 4, non2xx: 0, socketErrors: 0, timeouts: 0, bytesPerResponse: 204, cpuCores: 1.8, rssMax: 200, rssEnd: 190,
  ...extra,
});

test('median of odd and even counts', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
});

test('a scenario is reported by the median of each figure, errors summed and the peak memory', () => {
  const s = summarize([
    round(10_000, 150, 6, { rssMax: 210, databaseCpuUsPerRequest: 76 }),
    round(6_000, 240, 19, { non2xx: 2, databaseCpuUsPerRequest: 120 }), // a slow minute on a shared machine
    round(11_000, 148, 7, { rssEnd: 195, databaseCpuUsPerRequest: 74 }),
  ]);
  assert.equal(s.rps, 10_000);
  assert.equal(s.cpuUsPerRequest, 150);
  assert.equal(s.databaseCpuUsPerRequest, 76);
  assert.equal(s.p99, 7);
  assert.equal(s.non2xx, 2);
  assert.equal(s.requests, 27_000 * 4);
  assert.equal(s.rssMax, 210);
  assert.equal(s.rssEnd, 195);
  assert.equal(s.rounds.length, 3);
  assert.equal(s.noRequests, undefined);
});

test('a round without any answer is said, and the others still give the figures', () => {
  const s = summarize([round(900, 2400, 70), { noRequests: true, rps: 0, requests: 0, rssMax: 220, non2xx: 0 }, round(800, 2500, 80)]);
  assert.equal(s.noRequests, true);
  assert.equal(s.rps, 850);
  assert.equal(s.rssMax, 220);
});

test('a ratio to static pairs each round with the same round of the static endpoint', () => {
  // The machine slowed down in round 2 for both: the medians alone give two thirds, round by round it is 0.8.
  const cached = summarize([round(48_000, 28, 2), round(24_000, 56, 4), round(40_000, 30, 2)]);
  const ceiling = summarize([round(60_000, 20, 1), round(30_000, 40, 2), round(80_000, 15, 1)]);
  assert.equal(rpsRatio(cached, ceiling), 0.8);
  assert.equal(cached.rps / ceiling.rps, 40_000 / 60_000);
});

test('without rounds on both sides, the ratio is of the figures', () => {
  assert.equal(rpsRatio({ rps: 30 }, { rps: 60 }), 0.5);
  assert.equal(rpsRatio(summarize([round(30, 1, 1)]), { rps: 60 }), 0.5);
});
