// Every request bench/run sends, in one place: the GraphQL queries and, for each, the variants measured
// (URL + method + body + headers). Change a query or a header here and nothing else.
import { SIZES, indicatorFor } from './make-seed.mjs';

/** Sent with every request to every server. */
export const COMMON_HEADERS = { Accept: 'application/graphql-response+json' };

/**
 * Asks the API to skip its response cache (issue 12 item 1) on the uncached variants: the cache must not serve
 * (nor need to store) a response to a request carrying it. Sent to the peer too (which has no cache).
 */
export const UNCACHED_HEADERS = { 'Cache-Control': 'no-cache' };

/**
 * How the harness knows a GET was answered from the response cache: this response header, with a value starting
 * with HIT (case-insensitive). Until the API sends it, the cached variants are reported as pending.
 */
export const CACHE_STATUS_HEADER = process.env.BENCH_CACHE_HEADER ?? 'X-Cache';

/**
 * The static ceiling: when started with Bench__StaticEndpoint=true the API answers GET /bench/static?bytes=N with
 * a pre-serialized JSON body of exactly N bytes (built once per N, then only copied), through the same middleware
 * as /graphql. The harness asks for the size of each query's GraphQL answer.
 */
export const staticPath = (bytes) => `/bench/static?bytes=${bytes}`;

/** The fields of one observation, as a researcher citing values would ask for them. */
const OBSERVATION_FIELDS = 'id value low high qualifier status derived note period { kind text start end } ' +
  'indicator { code } unit area { code name } source { code licence }';

/**
 * The queries. `rows(n, form)` pages of observations come in two forms: `connection` (root
 * `observations(first:, where:)` of src/Api/Querying, used when the schema has it) and `list`
 * (`indicator(code:) { observations }` of a synthetic indicator with exactly n rows, for builds without it).
 */
export const QUERIES = {
  small: {
    title: 'small query (one area by code)',
    query: 'query Area($code: String!) { area(code: $code) { id code kind name nameVi } }',
    variables: { code: 'VNM' },
  },
  rankings: {
    title: "Viet Nam's rankings with sources",
    query: 'query Rankings($code: String!) { area(code: $code) { code name latestRankings { rank outOf score rankChange previousRank ' +
      'edition { year index { code name } } source { code title publisher publishedOn licence } } } }',
    variables: { code: 'VNM' },
  },
};

export function rowsQuery(n, form) {
  return form === 'connection'
    ? {
      title: `${n}-row page of observations`,
      query: `query Page($first: Int!) { observations(first: $first, where: { indicator: { code: { eq: "${indicatorFor(Math.max(...SIZES))}" } } }) ` +
        `{ pageInfo { hasNextPage } nodes { ${OBSERVATION_FIELDS} } } }`,
      variables: { first: n },
    }
    : {
      title: `${n} observations (list field; no observations connection in this build)`,
      query: `query Rows($code: String!) { indicator(code: $code) { observations { ${OBSERVATION_FIELDS} } } }`,
      variables: { code: indicatorFor(n) },
    };
}

/** The queries of a run: small, rankings, page (100 rows), and the 10/1000-row pages of the linearity check. */
export function queriesFor(form) {
  const q = { ...QUERIES };
  for (const n of SIZES) q[`rows${n}`] = rowsQuery(n, form);
  return q;
}

/** Which variants each query is measured in: [static, get-cached, get, post] for the three headline queries. */
export const HEADLINE = ['small', 'rankings', 'rows100'];
export const LINEARITY = SIZES.map((n) => `rows${n}`);

export const VARIANTS = {
  static: { label: 'static JSON, same size (ceiling)', apiOnly: true },
  'get-cached': { label: 'GET, response cache', apiOnly: true },
  get: { label: 'GET, uncached' },
  post: { label: 'POST, uncached' },
};

/** The variants measured for a query on a server (`api` or `peer`). */
export function variantsFor(queryName, serverKind) {
  const all = HEADLINE.includes(queryName) ? ['static', 'get-cached', 'get', 'post'] : ['post'];
  return all.filter((v) => serverKind === 'api' || !VARIANTS[v].apiOnly);
}

/** The HTTP request of one variant: { method, path, body, headers }. `extraHeaders` go to every request (API key). */
export function request(queryName, q, variant, { staticBytes, extraHeaders = {} } = {}) {
  const headers = { ...COMMON_HEADERS, ...extraHeaders };
  switch (variant) {
    case 'static':
      return { method: 'GET', path: staticPath(staticBytes), body: null, headers };
    case 'get-cached':
      return { method: 'GET', path: getPath(q), body: null, headers };
    case 'get':
      return { method: 'GET', path: getPath(q), body: null, headers: { ...headers, ...UNCACHED_HEADERS } };
    case 'post':
      return {
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: q.query, variables: q.variables }),
        headers: { ...headers, ...UNCACHED_HEADERS, 'Content-Type': 'application/json' },
      };
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

function getPath(q) {
  const params = new URLSearchParams({ query: q.query, variables: JSON.stringify(q.variables) });
  return `/graphql?${params.toString().replace(/\+/g, '%20')}`;
}
