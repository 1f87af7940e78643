// bench/run's measuring half (bench/run builds, then runs this): starts each server on 127.0.0.1 in turn — the API
// on SQLite, the API on PostgreSQL, the Node peer on the same SQLite file — checks that every server gives the same
// answers, then drives each scenario with wrk, sampling the server's RSS and CPU time, and writes
// bench/results/<date>.md (+ .json). Only Node's standard library: no install needed beyond bench/peer.
//
//   node bench.mjs --api <published API folder> --seed <seed folder> --work <scratch folder> [options]
//
// Options: --smoke (one round of -d3s, 1 s warm-ups), --rounds 3, --duration 4s (per round), --warmup 3s (before a scenario's first round; 1 s before
//          the others), --process-warmup 3s (every scenario once, after start), --connections 32, --linearity-connections 4, --threads 2,
//          --only sqlite,postgres,peer, --out <file.md>, --command "<as typed>".
// Environment: OPENDATA_BENCH_POSTGRES (Npgsql connection string; its database is dropped and rebuilt),
//              BENCH_ROWS_FORM (connection|list, default: connection when the schema has Query.observations),
//              BENCH_CACHE_HEADER (default X-Cache).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem, loadavg, release } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, isDeepStrictEqual } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeSeed, SIZES } from './make-seed.mjs';
import { summarize, rpsRatio } from './rounds.mjs';
import {
  queriesFor, variantsFor, request, VARIANTS, HEADLINE, LINEARITY, CACHE_STATUS_HEADER, staticPath,
} from './scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');

const { values: opt } = parseArgs({
  options: {
    api: { type: 'string' },
    seed: { type: 'string' },
    work: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    'process-warmup': { type: 'string' },
    connections: { type: 'string', default: '32' },
    'linearity-connections': { type: 'string', default: '4' },
    threads: { type: 'string', default: '2' },
    only: { type: 'string', default: 'sqlite,postgres,peer' },
    out: { type: 'string' },
    command: { type: 'string', default: 'bench/run' },
    source: { type: 'string' },
  },
});
for (const required of ['api', 'seed', 'work']) {
  if (!opt[required]) { console.error(`bench.mjs: --${required} is required (run bench/run instead)`); process.exit(2); }
}
// Each scenario is measured in ROUNDS rounds; a round runs every scenario of a server once, in order, so a query's
// static ceiling, cached and uncached variants are measured minutes apart at most. The report gives each figure's
// median over the rounds, and a ratio to static as the median of the ratios within each round: a shared VM's slow
// minute then moves one round, not the comparison.
const ROUNDS = Number(opt.rounds ?? (opt.smoke ? 1 : 3));
const DURATION = opt.duration ?? (opt.smoke ? '3s' : '4s');
const REWARMUP = '1s';
const WARMUP = opt.warmup ?? (opt.smoke ? '1s' : '3s');
const PROCESS_WARMUP = opt['process-warmup'] ?? (opt.smoke ? '1s' : '3s');
const CONNECTIONS = Number(opt.connections);
// The 10/100/1,000-row pages run at a low concurrency: their figure is the cost per request (CPU µs, and p50 close to
// the service time), which 32 queued 1,000-row requests would hide behind queueing (and past a 3 s smoke run).
const LINEARITY_CONNECTIONS = Number(opt['linearity-connections']);
const THREADS = Number(opt.threads);
const ONLY = new Set(opt.only.split(',').map((s) => s.trim()));
// No TLS by default: the server is on loopback, where it protects nothing, and Debian's PostgreSQL offers TLS, which
// Npgsql's default (SSL Mode=Prefer) takes, putting its cost on both ends on the two cores being measured.
const POSTGRES = process.env.OPENDATA_BENCH_POSTGRES ?? 'Host=127.0.0.1;Username=postgres;Password=postgres;Database=opendata_bench;SSL Mode=Disable';
const API_KEY = `bench-${process.pid}-${Date.now()}-key-for-wrk`;
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);

const work = resolve(opt.work);
mkdirSync(work, { recursive: true });
const started = [];
const log = (...a) => console.error('[bench]', ...a);

process.on('SIGINT', () => { for (const s of started) s.proc.kill('SIGTERM'); process.exit(130); });

// ---- servers -----------------------------------------------------------------------------------------------

async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => res(port)); });
  });
}

async function startProcess(name, command, args, env, cwd) {
  const logPath = join(work, `${name}.log`);
  const fd = openSync(logPath, 'w');
  const proc = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const server = { name, proc, pid: proc.pid, logPath, exited: false };
  proc.on('exit', (code, signal) => { server.exited = true; server.exitCode = code ?? signal; });
  started.push(server);
  return server;
}

async function startApi(name, provider, connectionString) {
  const port = await freePort();
  const server = await startProcess(name, 'dotnet', [join(resolve(opt.api), 'OpenData.Api.dll')], {
    ASPNETCORE_URLS: `http://127.0.0.1:${port}`,
    ASPNETCORE_ENVIRONMENT: 'Production',
    DOTNET_ENVIRONMENT: 'Production',
    Storage__Provider: provider,
    Storage__ConnectionString: connectionString,
    Storage__SeedPath: join(work, 'seed'),
    // The static ceiling (GET /bench/static?bytes=N); ignored by builds that do not have it.
    Bench__StaticEndpoint: 'true',
    // The rate limiter stays in the measured path, with a budget wrk cannot exhaust: 2e9 points a second (a cached
    // 100-row page costs 2,204 points; at 30,000 a second a minute's window of 2e9 would run out in 30 s).
    RateLimit__ApiKeys__0__Name: 'bench',
    RateLimit__ApiKeys__0__Key: API_KEY,
    RateLimit__ApiKeys__0__Budget: '2000000000',
    RateLimit__ApiKeys__0__Window: '00:00:01',
    // A 1,000-row page costs about 22,000 points, over the anonymous per-operation limit: the key's own MaxCost allows it.
    RateLimit__ApiKeys__0__MaxCost: '1000000',
  }, work);
  Object.assign(server, { kind: 'api', provider, baseUrl: `http://127.0.0.1:${port}`, extraHeaders: { 'X-API-Key': API_KEY } });
  await waitReady(server, 300_000);
  return server;
}

async function startPeer(dbPath) {
  const port = await freePort();
  const server = await startProcess('peer', process.execPath,
    [join(benchDir, 'peer', 'server.mjs'), '--db', dbPath, '--port', String(port)], {}, join(benchDir, 'peer'));
  Object.assign(server, { kind: 'peer', provider: 'Sqlite', baseUrl: `http://127.0.0.1:${port}`, extraHeaders: {} });
  await waitReady(server, 30_000);
  return server;
}

async function waitReady(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`${server.name} exited (${server.exitCode}) while starting:\n${tail(server.logPath)}`);
    try {
      const r = await fetch(`${server.baseUrl}/graphql?query=%7B__typename%7D`, { headers: { Accept: 'application/json', ...server.extraHeaders } });
      if (r.ok) { await r.text(); return; }
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  throw new Error(`${server.name} did not answer within ${timeoutMs / 1000} s:\n${tail(server.logPath)}`);
}

async function stop(server) {
  if (server.exited) return;
  server.proc.kill('SIGTERM');
  for (let i = 0; i < 100 && !server.exited; i++) await sleep(100);
  if (!server.exited) server.proc.kill('SIGKILL');
}

const tail = (path, lines = 30) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n') : '');

// ---- /proc sampling ----------------------------------------------------------------------------------------

function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch { return { rss: NaN, hwm: NaN }; }
}

function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime + stime (fields 14 and 15 of stat)
  } catch { return NaN; }
}

/**
 * CPU seconds of every PostgreSQL server process on this machine (all users'), or NaN when the server is not local:
 * its work per request lands on the same cores as the API's and wrk's, and the report shows it beside theirs.
 */
function postgresCpuSeconds(host) {
  if (!['127.0.0.1', 'localhost', '::1'].includes(host) && !host.startsWith('/')) return () => NaN;
  return () => {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try { if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(pid); } catch { /* gone */ }
    }
    return total;
  };
}

// ---- HTTP checks -------------------------------------------------------------------------------------------

async function send(server, req) {
  const r = await fetch(server.baseUrl + req.path, { method: req.method, headers: req.headers, body: req.body ?? undefined });
  const buffer = Buffer.from(await r.arrayBuffer());
  return { status: r.status, headers: r.headers, bytes: buffer.length, text: buffer.toString('utf8') };
}

function parseAnswer(server, name, variant, res) {
  let json;
  try { json = JSON.parse(res.text); } catch { throw new Error(`${server.name} ${name} ${variant}: HTTP ${res.status}, not JSON: ${res.text.slice(0, 300)}`); }
  if (res.status !== 200 || json.errors?.length || json.data == null) {
    throw new Error(`${server.name} ${name} ${variant}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 600)}`);
  }
  return json.data; // extensions (rate-limit budget) differ per request and between servers: not compared
}

function rowCount(data) {
  const list = data.observations?.nodes ?? data.indicator?.observations;
  return Array.isArray(list) ? list.length : null;
}

const isHit = (res) => /^hit/i.test(res.headers.get(CACHE_STATUS_HEADER) ?? '');

/** Checks answers against the reference (the API on SQLite) and finds which API features exist. */
async function verify(server, queries, reference, notes) {
  const info = { sizes: {}, staticEndpoint: false, responseCache: false, mismatches: [] };
  for (const [name, q] of Object.entries(queries)) {
    const answers = {};
    for (const variant of ['get', 'post']) {
      const res = await send(server, request(name, q, variant, { extraHeaders: server.extraHeaders }));
      answers[variant] = parseAnswer(server, name, variant, res);
      if (variant === 'get') info.sizes[name] = res.bytes;
      if (server.kind === 'api' && isHit(res)) {
        throw new Error(`${server.name} ${name}: the uncached ${variant} was answered from the cache (${CACHE_STATUS_HEADER}: ${res.headers.get(CACHE_STATUS_HEADER)}); see UNCACHED_HEADERS in bench/harness/scenarios.mjs`);
      }
    }
    if (!isDeepStrictEqual(answers.get, answers.post)) throw new Error(`${server.name} ${name}: GET and POST answers differ`);
    const expected = /^rows(\d+)$/.exec(name)?.[1];
    if (expected && rowCount(answers.post) !== Number(expected)) {
      throw new Error(`${server.name} ${name}: ${rowCount(answers.post)} rows, expected ${expected} (is the bench seed loaded?)`);
    }
    if (reference[name] === undefined) reference[name] = answers.post;
    else if (!isDeepStrictEqual(reference[name], answers.post)) {
      const first = firstDifference(reference[name], answers.post);
      const message = `${server.name} ${name}: answer differs from the API on SQLite at ${first}`;
      if (server.kind === 'peer') throw new Error(message);
      info.mismatches.push(name);
      notes.push(message);
      log('WARNING', message);
    }
  }
  if (server.kind === 'api') {
    const probe = await send(server, { method: 'GET', path: staticPath(64), headers: { Accept: 'application/json', ...server.extraHeaders } });
    try { info.staticEndpoint = probe.status === 200 && probe.bytes === 64 && JSON.parse(probe.text) !== undefined; } catch { info.staticEndpoint = false; }
    for (const name of HEADLINE) {
      const req = request(name, queries[name], 'get-cached', { extraHeaders: server.extraHeaders });
      await send(server, req);
      if (isHit(await send(server, req))) info.responseCache = true;
    }
  }
  return info;
}

function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path} (${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)})`;
}

// ---- wrk ---------------------------------------------------------------------------------------------------

const luaString = (s) => `[==[${s}]==]`;

function wrkScript(req, file) {
  const lines = [
    `wrk.method = "${req.method}"`,
    `wrk.path = ${luaString(req.path)}`,
    ...Object.entries(req.headers).map(([k, v]) => `wrk.headers[ ${luaString(k)} ] = ${luaString(v)}`),
    req.body ? `wrk.body = ${luaString(req.body)}` : '',
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    '  io.write(string.format("BENCH_JSON {\\"requests\\":%d,\\"duration_us\\":%d,\\"bytes\\":%d,' +
      '\\"connect\\":%d,\\"read\\":%d,\\"write\\":%d,\\"status\\":%d,\\"timeout\\":%d,' +
      '\\"mean\\":%.1f,\\"max\\":%d,\\"p50\\":%d,\\"p90\\":%d,\\"p99\\":%d,\\"p999\\":%d}\\n",',
    '    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,',
    '    latency.mean, latency.max, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)))',
    'end',
  ];
  writeFileSync(file, lines.join('\n') + '\n');
}

async function wrk(server, req, duration, tag, connections) {
  const script = join(work, `wrk-${tag}.lua`);
  wrkScript(req, script);
  // --timeout 10s: a slow answer is measured as slow, not dropped from the latencies as a 2 s timeout would be.
  const threads = Math.min(THREADS, connections);
  const args = [`-t${threads}`, `-c${connections}`, `-d${duration}`, '--timeout', '10s', '--latency', '-s', script, server.baseUrl];
  const cpu0 = cpuSeconds(server.pid), db0 = server.databaseCpu?.() ?? NaN;
  let rssMax = 0;
  const sampler = setInterval(() => { const m = memory(server.pid); if (m.rss > rssMax) rssMax = m.rss; }, 200);
  const out = await new Promise((res, rej) => {
    const p = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', rej);
    p.on('exit', (code) => (code === 0 ? res(stdout) : rej(new Error(`wrk exited ${code}: ${stderr}${stdout}`))));
  });
  clearInterval(sampler);
  const cpu = cpuSeconds(server.pid) - cpu0, db = (server.databaseCpu?.() ?? NaN) - db0;
  const line = out.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${out}`);
  const s = JSON.parse(line.slice('BENCH_JSON '.length));
  const seconds = s.duration_us / 1e6;
  if (s.requests === 0) {
    return { rps: 0, requests: 0, p50: NaN, p90: NaN, p99: NaN, p999: NaN, mean: NaN, max: NaN, non2xx: s.status,
      socketErrors: s.connect + s.read + s.write + s.timeout, timeouts: s.timeout, bytesPerResponse: 0,
      cpuUsPerRequest: NaN, cpuCores: cpu / seconds, rssMax, rssEnd: memory(server.pid).rss, noRequests: true };
  }
  return {
    rps: s.requests / seconds,
    requests: s.requests,
    p50: s.p50 / 1000, p90: s.p90 / 1000, p99: s.p99 / 1000, p999: s.p999 / 1000, mean: s.mean / 1000, max: s.max / 1000,
    non2xx: s.status, socketErrors: s.connect + s.read + s.write + s.timeout, timeouts: s.timeout,
    bytesPerResponse: s.requests ? s.bytes / s.requests : 0,
    cpuUsPerRequest: s.requests ? (cpu * 1e6) / s.requests : NaN,
    databaseCpuUsPerRequest: s.requests ? (db * 1e6) / s.requests : NaN,
    cpuCores: cpu / seconds,
    rssMax,
    rssEnd: memory(server.pid).rss,
  };
}

// ---- PostgreSQL --------------------------------------------------------------------------------------------

function parseConnectionString(cs) {
  const map = {};
  for (const part of cs.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) map[part.slice(0, i).trim().toLowerCase().replace(/\s+/g, '')] = part.slice(i + 1).trim();
  }
  return {
    host: map.host ?? map.server ?? '127.0.0.1',
    port: map.port ?? '5432',
    user: map.username ?? map.userid ?? map.user ?? 'postgres',
    password: map.password ?? '',
    database: map.database ?? map.db ?? 'opendata_bench',
  };
}

function psql(pg, database, sql) {
  return spawnSync('psql', ['-h', pg.host, '-p', pg.port, '-U', pg.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], {
    encoding: 'utf8', env: { ...process.env, PGPASSWORD: pg.password, PGCONNECT_TIMEOUT: '5' }, timeout: 60_000,
  });
}

/** Drops and recreates nothing but the bench database, so every run seeds the same data with the current model. */
function preparePostgres() {
  const pg = parseConnectionString(POSTGRES);
  if (spawnSync('psql', ['--version']).status !== 0) return { ok: false, why: 'psql not found (needed to reset the bench database)' };
  const version = psql(pg, 'postgres', 'SHOW server_version');
  if (version.status !== 0) return { ok: false, why: `no PostgreSQL at ${pg.host}:${pg.port} (${version.stderr.trim().split('\n')[0]})` };
  if (!/bench/i.test(pg.database) && process.env.BENCH_PG_ANY_DATABASE !== '1') {
    return { ok: false, why: `refusing to drop database "${pg.database}": its name must contain "bench" (or set BENCH_PG_ANY_DATABASE=1)` };
  }
  const dropped = psql(pg, 'postgres', `DROP DATABASE IF EXISTS "${pg.database.replace(/"/g, '""')}" WITH (FORCE)`);
  if (dropped.status !== 0) return { ok: false, why: `cannot drop ${pg.database}: ${dropped.stderr.trim()}` };
  return { ok: true, version: version.stdout.trim(), pg };
}

// ---- the run -----------------------------------------------------------------------------------------------

function machine() {
  const cpu = cpus();
  const first = (cmd, args) => { const r = spawnSync(cmd, args, { encoding: 'utf8' }); return ((r.stdout || '') + (r.stderr || '')).split('\n').find((l) => l.trim()) ?? '?'; };
  const source = opt.source ?? resolve(benchDir, '..');
  const commit = first('git', ['-C', source, 'log', '-1', '--format=%h %s']);
  const dirty = spawnSync('git', ['-C', source, 'status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
  return {
    cpu: `${cpu[0]?.model ?? '?'} × ${cpu.length}`,
    cores: cpu.length,
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    kernel: release(),
    dotnet: first('dotnet', ['--version']),
    aspnet: first('bash', ['-c', "dotnet --list-runtimes | grep Microsoft.AspNetCore.App | tail -1"]),
    node: process.version,
    wrk: first('wrk', ['-v']).replace(/\s*Copyright.*/, ''),
    commit: `${commit}${dirty ? ` + ${dirty} uncommitted change(s) in src/` : ''}`,
    source,
  };
}

async function main() {
  const when = new Date();
  const load0 = loadavg();
  const env = machine();
  makeSeed(resolve(opt.seed), join(work, 'seed'));
  const dbPath = join(work, 'opendata.db');
  const results = []; // { server, query, variant, ...numbers }
  const servers = {}; // name -> { info, memory }
  const notes = [];
  const reference = {};
  let form = process.env.BENCH_ROWS_FORM;
  let queries;
  let pgVersion = null;

  const plan = [];
  if (ONLY.has('sqlite') || ONLY.has('peer')) plan.push('api-sqlite');
  if (ONLY.has('postgres')) plan.push('api-postgres');
  if (ONLY.has('peer')) plan.push('peer');

  for (const name of plan) {
    let server;
    if (name === 'api-postgres') {
      const pg = preparePostgres();
      if (!pg.ok) { notes.push(`PostgreSQL not measured: ${pg.why}.`); servers[name] = { skipped: pg.why }; log('skip', name, pg.why); continue; }
      pgVersion = pg.version;
      log('starting API on PostgreSQL', pg.version);
      server = await startApi(name, 'Postgres', POSTGRES);
      server.databaseCpu = postgresCpuSeconds(pg.pg.host);
    } else if (name === 'api-sqlite') {
      log('starting API on SQLite', dbPath);
      server = await startApi(name, 'Sqlite', `Data Source=${dbPath}`);
    } else {
      log('starting Node peer on', dbPath);
      server = await startPeer(dbPath);
    }
    try {
      if (!queries) {
        if (!form) {
          const t = await send(server, request('introspect', { query: '{ __type(name: "Query") { fields { name } } }', variables: {} }, 'post', { extraHeaders: server.extraHeaders }));
          form = JSON.parse(t.text).data.__type.fields.some((f) => f.name === 'observations') ? 'connection' : 'list';
        }
        queries = queriesFor(form);
        log('row queries use the', form, 'form');
      }
      const info = await verify(server, queries, reference, notes);
      const idle = memory(server.pid);
      log(`${name}: answers verified${server.kind === 'api' ? `; static endpoint ${info.staticEndpoint ? 'present' : 'absent'}, response cache ${info.responseCache ? 'answering' : 'absent'}` : ''}`);

      const headline = HEADLINE.flatMap((query) => variantsFor(query, server.kind).map((variant) => ({ query, variant, set: 'headline', connections: CONNECTIONS })));
      const linearity = LINEARITY.map((query) => ({ query, variant: 'post', set: 'linearity', connections: LINEARITY_CONNECTIONS }));
      // Every scenario once before any is measured: .NET's tiered JIT keeps recompiling hot code (with profile
      // guidance) for tens of seconds after the first requests, and a scenario's own short warm-up would otherwise
      // measure that start-up work in whichever scenario comes first. Memory "after start" is read before this.
      for (const { query, variant, connections } of [...headline, ...linearity]) {
        if ((variant === 'static' && !info.staticEndpoint) || (variant === 'get-cached' && !info.responseCache)) continue;
        const req = request(query, queries[query], variant, { staticBytes: info.sizes[query], extraHeaders: server.extraHeaders });
        await wrk(server, req, PROCESS_WARMUP, `${name}-${query}-${variant}-process-warmup`, connections);
      }
      log(`${name}: process warmed up (${PROCESS_WARMUP} per scenario)`);
      // Why a scenario cannot be measured against this server, or null when it can.
      const pendingReason = ({ variant }) =>
        variant === 'static' && !info.staticEndpoint ? 'needs the static endpoint (GET /bench/static?bytes=N when Bench:StaticEndpoint is true)'
          : variant === 'get-cached' && !info.responseCache ? `needs the response cache (issue 12 item 1), answering with ${CACHE_STATUS_HEADER}: HIT`
            : null;
      const measure = async (scenarios) => {
        const rounds = new Map(); // scenario -> measurements, one per round
        for (let round = 1; round <= ROUNDS; round++) {
          for (const sc of scenarios) {
            const { query, variant, connections } = sc;
            if (pendingReason(sc)) continue;
            const req = request(query, queries[query], variant, { staticBytes: info.sizes[query], extraHeaders: server.extraHeaders });
            const tag = `${name}-${query}-${variant}-c${connections}`;
            await wrk(server, req, round === 1 ? WARMUP : REWARMUP, `${tag}-warmup`, connections);
            const m = await wrk(server, req, DURATION, tag, connections);
            if (m.noRequests) log(`${tag} round ${round}: no answer within ${DURATION}`);
            else log(`${tag} round ${round}/${ROUNDS}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, ${m.cpuUsPerRequest.toFixed(0)} CPU µs/req, RSS ${m.rssMax.toFixed(0)} MB${m.non2xx ? `, ${m.non2xx} non-2xx` : ''}${m.socketErrors ? `, ${m.socketErrors} socket errors` : ''}`);
            rounds.set(sc, [...(rounds.get(sc) ?? []), m]);
          }
        }
        for (const sc of scenarios) {
          const { query, variant, set, connections } = sc;
          const row = { server: name, kind: server.kind, provider: server.provider, query, variant, set, connections, size: info.sizes[query] };
          const pending = pendingReason(sc);
          results.push(pending ? { ...row, pending } : { ...row, ...summarize(rounds.get(sc)) });
        }
      };
      await measure(headline);
      await sleep(2000);
      const afterHeadline = memory(server.pid);
      await measure(linearity);
      await sleep(2000);
      const steady = memory(server.pid);
      servers[name] = { info, memory: { idle: idle.rss, afterHeadline: afterHeadline.rss, steady: steady.rss, peak: steady.hwm } };
    } finally {
      await stop(server);
    }
  }

  const load1 = loadavg();
  const report = {
    when: when.toISOString(),
    smoke: opt.smoke,
    command: opt.command,
    settings: { rounds: ROUNDS, duration: DURATION, warmup: WARMUP, rewarmup: REWARMUP, processWarmup: PROCESS_WARMUP, connections: CONNECTIONS, linearityConnections: LINEARITY_CONNECTIONS, threads: THREADS, form },
    machine: { ...env, loadStart: load0, loadEnd: load1, postgres: pgVersion },
    servers, results, notes,
    queries: queries ?? {},
  };
  const markdown = renderMarkdown(report);
  const stamp = when.toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace(/:/g, '').replace('T', '-');
  const out = opt.out ? resolve(opt.out) : join(benchDir, 'results', `${stamp}${opt.smoke ? '-smoke' : ''}.md`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, markdown);
  writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(markdown);
  log('written', out);
}

// ---- report ------------------------------------------------------------------------------------------------

const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '–');
const SERVER_LABEL = { 'api-sqlite': 'API · SQLite', 'api-postgres': 'API · PostgreSQL', peer: 'Node peer · SQLite' };

export function renderMarkdown(r) {
  const find = (server, query, variant, set = 'headline') => r.results.find((x) => x.server === server && x.query === query && x.variant === variant && x.set === set);
  const staticOf = (x) => find(x.server, x.query, 'static');
  const L = [];
  const m = r.machine;
  L.push(`# OpenData HTTP benchmark, ${r.when.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}${r.smoke ? ' (SMOKE RUN)' : ''}`, '');
  if (r.smoke) L.push(`> **Smoke run**: ${r.settings.duration} per scenario after a ${r.settings.warmup} warm-up, to prove the harness end to end. Not a measurement: see the load average below.`, '');
  L.push(`- command: \`${r.command}\``);
  L.push(`- machine: ${m.cpu}, ${m.memoryGiB} GiB, Linux ${m.kernel}; load average ${m.loadStart.map(f2).join(' / ')} at the start, ${m.loadEnd.map(f2).join(' / ')} at the end (1/5/15 min)`);
  L.push(`- software: .NET SDK ${m.dotnet} (${m.aspnet.replace(/\s*\[.*\]/, '')}), Node ${m.node}, ${m.wrk}${m.postgres ? `, PostgreSQL ${m.postgres}` : ''}`);
  L.push(`- code: ${m.commit} (${m.source})`);
  L.push(`- load: ${r.settings.rounds ?? 1} round(s) of \`wrk -t${r.settings.threads} -c${r.settings.connections} -d${r.settings.duration} --latency\` per scenario, each round running every scenario of a server in turn (a ${r.settings.warmup} warm-up before a scenario's first round, ${r.settings.rewarmup ?? r.settings.warmup} before the others), once every scenario has run for ${r.settings.processWarmup ?? '0s'} after the server started (the 10/100/1,000-row pages at -c${r.settings.linearityConnections}), one server at a time on 127.0.0.1, wrk on the same machine`);
  L.push(`- data: seed/ plus ${SIZES.reduce((a, b) => a + b, 0).toLocaleString('en')} synthetic observations (bench/harness/make-seed.mjs); row queries use the ${r.settings.form} form (bench/harness/scenarios.mjs)`);
  L.push('- columns: req/s and latency from wrk; CPU µs/req = server CPU time (user + system, all threads) ÷ requests; DB CPU µs/req = the same for all of PostgreSQL\'s server processes, when it runs on this machine (its work shares the cores); each the median over the rounds; % of static = the median over the rounds of req/s ÷ the same round\'s static req/s; RSS = the server\'s peak VmRSS during the scenario', '');

  L.push('## Requests per second and latency', '');
  L.push('| query | server | variant | bytes | req/s | p50 ms | p99 ms | % of static | CPU µs/req | DB CPU µs/req | RSS MB | notes |');
  L.push('|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|');
  for (const query of HEADLINE) {
    for (const x of r.results.filter((y) => y.query === query && y.set === 'headline')) {
      const s = staticOf(x);
      const ratio = x.variant !== 'static' && s && !s.pending && !x.pending ? rpsRatio(x, s) : NaN;
      const problems = [x.noRequests ? `no answer within ${r.settings.duration}` : '', x.non2xx ? `${x.non2xx} non-2xx` : '',
        x.socketErrors ? `${x.socketErrors} socket errors (${x.timeouts} timeouts)` : ''].filter(Boolean).join(', ');
      L.push(`| ${query} | ${SERVER_LABEL[x.server]} | ${VARIANTS[x.variant].label} | ${x.size ?? '–'} | ${x.pending ? '–' : f0(x.rps)} | ${x.pending ? '–' : f2(x.p50)} | ${x.pending ? '–' : f2(x.p99)} | ${pct(ratio)} | ${x.pending ? '–' : f0(x.cpuUsPerRequest)} | ${x.pending ? '–' : f0(x.databaseCpuUsPerRequest)} | ${x.pending ? '–' : f0(x.rssMax)} | ${x.pending ? `pending: ${x.pending}` : problems} |`);
    }
  }
  L.push('');

  L.push('## Targets (issue #12)', '');
  L.push('| target | measured | result |', '|---|---|---|');
  for (const t of targets(r, find)) L.push(`| ${t.target} | ${t.measured} | ${t.result} |`);
  L.push('');

  L.push(`## Cost by rows returned (POST, uncached, ${r.settings.linearityConnections} connections)`, '');
  L.push('| server | rows | bytes | req/s | p50 ms | p99 ms | CPU µs/req | CPU µs per extra row | DB CPU µs/req | RSS MB | notes |', '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|');
  for (const server of Object.keys(r.servers)) {
    let prev = null;
    for (const q of LINEARITY) {
      const x = find(server, q, 'post', 'linearity');
      if (!x || x.pending) continue;
      const n = Number(q.slice(4));
      const perRow = prev ? (x.cpuUsPerRequest - prev.x.cpuUsPerRequest) / (n - prev.n) : NaN;
      const problems = [x.noRequests ? `no answer within ${r.settings.duration}` : '', x.non2xx ? `${x.non2xx} non-2xx` : '',
        x.socketErrors ? `${x.socketErrors} socket errors (${x.timeouts} timeouts)` : ''].filter(Boolean).join(', ');
      L.push(`| ${SERVER_LABEL[server]} | ${n} | ${x.size} | ${f0(x.rps)} | ${f2(x.p50)} | ${f2(x.p99)} | ${f0(x.cpuUsPerRequest)} | ${f2(perRow)} | ${f0(x.databaseCpuUsPerRequest)} | ${f0(x.rssMax)} | ${problems} |`);
      prev = { x, n };
    }
  }
  L.push('');

  L.push('## Memory (RSS, MB)', '');
  L.push('| server | after start and the checks | 2 s after the headline scenarios | 2 s after the 1,000-row pages (end) | peak (VmHWM) |', '|---|--:|--:|--:|--:|');
  for (const [server, s] of Object.entries(r.servers)) {
    if (s.skipped) L.push(`| ${SERVER_LABEL[server]} | not run: ${s.skipped} | | | |`);
    else L.push(`| ${SERVER_LABEL[server]} | ${f0(s.memory.idle)} | ${f0(s.memory.afterHeadline)} | ${f0(s.memory.steady)} | ${f0(s.memory.peak)} |`);
  }
  L.push('');
  if (r.notes.length) L.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');

  L.push('## Queries', '');
  L.push('Each with its variables; GET sends them in the URL, POST as JSON. Uncached variants add `Cache-Control: no-cache`.', '');
  for (const [name, q] of Object.entries(r.queries ?? {})) {
    L.push(`- **${name}**: ${q.title}  `, `  \`${q.query}\` with \`${JSON.stringify(q.variables)}\``);
  }
  L.push('');
  return L.join('\n') + '\n';
}

function targets(r, find) {
  const out = [];
  const apis = ['api-sqlite', 'api-postgres'].filter((s) => r.servers[s] && !r.servers[s].skipped);
  const label = (s) => SERVER_LABEL[s].replace('API · ', '');
  const ok = (b) => (b ? 'met' : '**not met**');
  const measured = (x) => x && !x.pending && !x.noRequests;

  // Cached GET ≥ 70 % of static.
  {
    const parts = []; let all = true; let pending = null;
    for (const s of apis) for (const q of HEADLINE) {
      const c = find(s, q, 'get-cached'), st = find(s, q, 'static');
      if (!measured(c) || !measured(st)) { pending = (c?.pending ?? st?.pending); continue; }
      const ratio = rpsRatio(c, st); all &&= ratio >= 0.7;
      parts.push(`${q} ${label(s)} ${pct(ratio)}`);
    }
    out.push({ target: 'Cached GET ≥ 70 % of the static endpoint\'s req/s', measured: parts.join('; ') || '–', result: parts.length ? ok(all) : `pending: ${pending}` });
  }
  // Uncached small ≥ 25 % of static.
  {
    const parts = []; let all = true; let pending = null;
    for (const s of apis) for (const v of ['get', 'post']) {
      const x = find(s, 'small', v), st = find(s, 'small', 'static');
      if (!measured(x) || !measured(st)) { pending = st?.pending ?? x?.pending; continue; }
      const ratio = rpsRatio(x, st); all &&= ratio >= 0.25;
      const db = Number.isFinite(x.databaseCpuUsPerRequest) ? ` (PostgreSQL's server ${f0(x.databaseCpuUsPerRequest)} CPU µs/req, the API ${f0(x.cpuUsPerRequest)}, the static endpoint ${f0(st.cpuUsPerRequest)}, on the same cores)` : '';
      parts.push(`${label(s)} ${v.toUpperCase()} ${pct(ratio)}${db}`);
    }
    out.push({ target: 'Uncached small query ≥ 25 % of the static endpoint\'s req/s', measured: parts.join('; ') || '–', result: parts.length ? ok(all) : `pending: ${pending}` });
  }
  // p99 < 20 ms at 32 connections on 2 cores.
  {
    const parts = []; let all = true;
    for (const s of apis) for (const v of ['get', 'post']) {
      const x = find(s, 'small', v);
      if (!measured(x)) continue;
      all &&= x.p99 < 20;
      parts.push(`${label(s)} ${v.toUpperCase()} ${f2(x.p99)} ms`);
    }
    const conditions = r.settings.connections === 32 && r.machine.cores === 2 ? '' : ` (run at ${r.settings.connections} connections on ${r.machine.cores} cores: not the target's conditions)`;
    out.push({ target: 'Uncached small query p99 < 20 ms at 32 connections on 2 cores', measured: (parts.join('; ') || '–') + conditions, result: parts.length ? ok(all) : '–' });
  }
  // ≥ 2× the Node peer.
  {
    const parts = []; let all = true; let any = false;
    for (const s of apis) for (const v of ['get', 'post']) {
      const x = find(s, 'small', v), p = find('peer', 'small', v);
      if (!measured(x) || !measured(p)) continue;
      const ratio = x.rps / p.rps; any = true;
      if (s === 'api-sqlite') all &&= ratio >= 2;
      parts.push(`${label(s)} ${v.toUpperCase()} ${f2(ratio)}×`);
    }
    out.push({ target: 'Uncached small query ≥ 2 × the Node peer (same SQLite file; PostgreSQL shown for information)', measured: parts.join('; ') || '–', result: any ? ok(all) : '–' });
  }
  // Memory.
  {
    const parts = []; let all = true;
    for (const s of apis) {
      const mem = r.servers[s].memory;
      all &&= Math.max(mem.steady, mem.afterHeadline ?? 0) < 250;
      parts.push(`${label(s)} ${f0(mem.afterHeadline)} MB after the headline scenarios, ${f0(mem.steady)} MB after the 1,000-row pages (peak ${f0(mem.peak)} MB)`);
    }
    const cacheFull = r.results.some((x) => x.variant === 'get-cached' && !x.pending);
    out.push({ target: 'Steady-state memory < 250 MB with the caches full', measured: (parts.join('; ') || '–') + (cacheFull ? '' : ' (response cache not built yet: caches not all there)'), result: parts.length ? ok(all) : '–' });
  }
  // Linearity: marginal CPU per row from 100 to 1000 rows no more than 1.5 × that from 10 to 100.
  {
    const parts = []; let all = true;
    for (const s of apis) {
      const [a, b, c] = LINEARITY.map((q) => find(s, q, 'post', 'linearity'));
      if (![a, b, c].every(measured)) continue;
      const [na, nb, nc] = LINEARITY.map((q) => Number(q.slice(4)));
      const m1 = (b.cpuUsPerRequest - a.cpuUsPerRequest) / (nb - na);
      const m2 = (c.cpuUsPerRequest - b.cpuUsPerRequest) / (nc - nb);
      const linear = m1 > 0 ? m2 <= 1.5 * m1 : m2 <= 0.5; // µs per row
      all &&= linear;
      parts.push(`${label(s)}: ${f0(a.cpuUsPerRequest)} / ${f0(b.cpuUsPerRequest)} / ${f0(c.cpuUsPerRequest)} CPU µs for ${na} / ${nb} / ${nc} rows; ${f2(m1)} then ${f2(m2)} µs per extra row`);
    }
    out.push({ target: 'Cost linear in rows returned (10, 100, 1,000): the per-row cost from 100 to 1,000 at most 1.5 × that from 10 to 100', measured: parts.join('; ') || '–', result: parts.length ? ok(all) : '–' });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch(async (err) => {
    console.error('[bench] FAILED:', err.message);
    for (const s of started) await stop(s);
    process.exit(1);
  });
}
