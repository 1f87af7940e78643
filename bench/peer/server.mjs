// The JavaScript peer of bench/run: the usual Node stack (graphql-js 16 + graphql-http + better-sqlite3) serving
// the subset of OpenData's schema that the benchmark's queries use, over the SQLite file the API built, with the
// same answers (bench/run compares them with the API's before it measures anything).
//
//   node server.mjs --db /path/to/opendata.db [--port 4100] [--host 127.0.0.1]
//
// Written as a competent Node developer would: one process, synchronous better-sqlite3 with prepared statements,
// per-request memoization of lookups by id (the equivalent of DataLoader for an in-process database), no
// response cache. Field names, types, nullability, ordering rules and IDs follow schema.graphql and src/Api.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildSchema, GraphQLError } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '4100' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
if (!args.db) {
  console.error('usage: node server.mjs --db <opendata.db> [--port 4100] [--host 127.0.0.1]');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const db = new Database(args.db, { readonly: true, fileMustExist: true });
const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));

// ---- rows → GraphQL values ---------------------------------------------------------------------------------

/** PascalCase enum names as EF stores them (LowerBound) → GraphQL enum values (LOWER_BOUND). */
const enumValue = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
/** Relay global ID as src/Api/Schema/GlobalId.cs: base64url (no padding) of "Type:id". */
const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const bool = (v) => (v === null || v === undefined ? null : v !== 0);

const statements = new Map();
const prepare = (sql) => {
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare(sql)));
  return s;
};

const TABLES = {
  Area: 'Areas', Indicator: 'Indicators', Source: 'Sources', Platform: 'Platforms',
  RankingEdition: 'RankingEditions', RankingIndex: 'RankingIndices',
};

/** Per-request state: lookups by id are memoized for the request, as a DataLoader would. */
class RequestState {
  constructor() { this.byIdCache = new Map(); this.rankingsOfArea = new Map(); }

  byId(type, id) {
    if (id === null || id === undefined) return null;
    const key = `${type}:${id}`;
    if (this.byIdCache.has(key)) return this.byIdCache.get(key);
    const row = prepare(`SELECT * FROM "${TABLES[type]}" WHERE "Id" = ?`).get(id) ?? null;
    this.byIdCache.set(key, row);
    return row;
  }

  /** Every ranking entry of an area with its edition's index and year and its source's kind (RankingLoaders.OfArea). */
  rankings(areaId) {
    let entries = this.rankingsOfArea.get(areaId);
    if (!entries) {
      entries = prepare(`SELECT e.*, ed."IndexId" AS IndexId, ed."Year" AS Year, ri."Code" AS IndexCode, s."Kind" AS SourceKind
        FROM "RankingEntries" e
        JOIN "RankingEditions" ed ON ed."Id" = e."EditionId"
        JOIN "RankingIndices" ri ON ri."Id" = ed."IndexId"
        JOIN "Sources" s ON s."Id" = e."SourceId"
        WHERE e."AreaId" = ?`).all(areaId);
      this.rankingsOfArea.set(areaId, entries);
    }
    return entries;
  }
}

// RankingLoaders.cs: publisher's own data first, then stated figures, then derived ones.
const preference = (e) => (e.SourceKind === 'PublisherDataset' ? 0 : e.Derived ? 2 : 1);
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function latestPerIndex(state, areaId) {
  const groups = new Map();
  for (const e of state.rankings(areaId)) {
    const g = groups.get(e.IndexId);
    if (g) g.push(e); else groups.set(e.IndexId, [e]);
  }
  const latest = [...groups.values()].map((g) =>
    g.slice().sort((a, b) => b.Year - a.Year || preference(a) - preference(b) || a.Id - b.Id)[0]);
  return latest.sort((a, b) => ordinal(a.IndexCode, b.IndexCode));
}

function previousEntry(state, entry) {
  const all = state.rankings(entry.AreaId);
  const self = all.find((e) => e.Id === entry.Id);
  if (!self) return null;
  const earlier = all.filter((e) => e.IndexId === self.IndexId && e.Year < self.Year);
  if (earlier.length === 0) return null;
  const year = Math.max(...earlier.map((e) => e.Year));
  return earlier.filter((e) => e.Year === year)
    .sort((a, b) => (a.SourceId === self.SourceId ? 0 : 1) - (b.SourceId === self.SourceId ? 0 : 1)
      || preference(a) - preference(b) || a.Id - b.Id)[0];
}

const localizedName = (row, { lang }) => (lang === 'VI' ? row.NameVi ?? row.NameEn : row.NameEn);

// ---- resolvers ---------------------------------------------------------------------------------------------

const resolvers = {
  Query: {
    area: (_, { code }) => prepare('SELECT * FROM "Areas" WHERE "Code" = ?').get(code) ?? null,
    indicator: (_, { code }) => prepare('SELECT * FROM "Indicators" WHERE "Code" = ?').get(code) ?? null,
    observations: (_, { first, where }) => {
      // The connection's default order is the key (Id); keyset paging fetches n+1 rows to know hasNextPage.
      const size = first ?? 50;
      if (size < 0) throw new GraphQLError('first must not be negative.', { extensions: { code: 'OD_PAGING_ARGUMENTS' } });
      if (size > 1000) throw new GraphQLError('first is at most 1000.', { extensions: { code: 'OD_PAGE_SIZE' } });
      const code = where?.indicator?.code?.eq;
      const filtered = code !== undefined && code !== null;
      const from = filtered
        ? `FROM "Observations" o JOIN "Indicators" i ON i."Id" = o."IndicatorId" WHERE i."Code" = @code`
        : 'FROM "Observations" o';
      let rows;
      return {
        rows: () => (rows ??= prepare(`SELECT o.* ${from} ORDER BY o."Id" LIMIT @take`).all({ code, take: size + 1 })),
        count: () => prepare(`SELECT COUNT(*) AS n ${from}`).get({ code }).n,
        size,
      };
    },
  },
  ObservationConnection: {
    nodes: (c) => c.rows().slice(0, c.size),
    pageInfo: (c) => {
      const rows = c.rows();
      const more = rows.length > c.size;
      return { hasNextPage: more, hasPreviousPage: false, startCursor: null, endCursor: null };
    },
    totalCount: (c) => c.count(),
  },
  Area: {
    id: (a) => globalId('Area', a.Id),
    code: (a) => a.Code,
    kind: (a) => enumValue(a.Kind),
    name: localizedName,
    nameEn: (a) => a.NameEn,
    nameVi: (a) => a.NameVi,
    iso2: (a) => a.Iso2,
    isoNumeric: (a) => a.IsoNumeric,
    region: (a) => a.Region,
    subRegion: (a) => a.SubRegion,
    parent: (a, _, ctx) => ctx.state.byId('Area', a.ParentId),
    latestRankings: (a, _, ctx) => latestPerIndex(ctx.state, a.Id),
  },
  RankingEntry: {
    id: (e) => globalId('RankingEntry', e.Id),
    rank: (e) => e.Rank,
    rankQualifier: (e) => enumValue(e.RankQualifier),
    outOf: (e) => e.OutOf,
    score: (e) => e.Score,
    tier: (e) => e.Tier,
    derived: (e) => bool(e.Derived),
    note: (e) => e.Note,
    edition: (e, _, ctx) => ctx.state.byId('RankingEdition', e.EditionId),
    area: (e, _, ctx) => ctx.state.byId('Area', e.AreaId),
    source: (e, _, ctx) => ctx.state.byId('Source', e.SourceId),
    previousEntry: (e, _, ctx) => previousEntry(ctx.state, e),
    previousRank: (e, _, ctx) => previousEntry(ctx.state, e)?.Rank ?? null,
    rankChange: (e, _, ctx) => {
      const p = previousEntry(ctx.state, e);
      return p?.Rank == null || e.Rank == null ? null : p.Rank - e.Rank;
    },
  },
  RankingEdition: {
    id: (e) => globalId('RankingEdition', e.Id),
    year: (e) => e.Year,
    period: (e) => e.Period,
    economiesRanked: (e) => e.EconomiesRanked,
    index: (e, _, ctx) => ctx.state.byId('RankingIndex', e.IndexId),
  },
  RankingIndex: {
    id: (i) => globalId('RankingIndex', i.Id),
    code: (i) => i.Code,
    name: localizedName,
    nameEn: (i) => i.NameEn,
    nameVi: (i) => i.NameVi,
    publisher: (i) => i.Publisher,
    description: (i) => i.Description,
    url: (i) => i.Url,
    rankingRule: (i) => enumValue(i.RankingRule),
    higherScoreIsBetter: (i) => bool(i.HigherScoreIsBetter),
  },
  Source: {
    id: (s) => globalId('Source', s.Id),
    code: (s) => s.Code,
    title: (s) => s.Title,
    titleEn: (s) => s.TitleEn,
    publisher: (s) => s.Publisher,
    publishedOn: (s) => s.PublishedOn,
    language: (s) => s.Language,
    documentFile: (s) => s.DocumentFile,
    url: (s) => s.Url,
    kind: (s) => enumValue(s.Kind),
    licence: (s) => s.Licence,
    licenceUrl: (s) => s.LicenceUrl,
    note: (s) => s.Note,
  },
  Indicator: {
    id: (i) => globalId('Indicator', i.Id),
    code: (i) => i.Code,
    name: localizedName,
    nameEn: (i) => i.NameEn,
    nameVi: (i) => i.NameVi,
    description: (i) => i.Description,
    unit: (i) => enumValue(i.Unit),
    topic: (i) => enumValue(i.Topic),
    higherIsBetter: (i) => bool(i.HigherIsBetter),
    // IndicatorType.cs: by area code, then period start, then id; optionally one area.
    observations: (i, { area }) => (area == null
      ? prepare(`SELECT o.* FROM "Observations" o JOIN "Areas" a ON a."Id" = o."AreaId"
          WHERE o."IndicatorId" = ? ORDER BY a."Code", o."PeriodStart", o."Id"`).all(i.Id)
      : prepare(`SELECT o.* FROM "Observations" o JOIN "Areas" a ON a."Id" = o."AreaId"
          WHERE o."IndicatorId" = ? AND a."Code" = ? ORDER BY a."Code", o."PeriodStart", o."Id"`).all(i.Id, area)),
  },
  Platform: {
    id: (p) => globalId('Platform', p.Id),
    code: (p) => p.Code,
    name: localizedName,
    nameEn: (p) => p.NameEn,
    nameVi: (p) => p.NameVi,
    description: (p) => p.Description,
    domestic: (p) => bool(p.Domestic),
    url: (p) => p.Url,
  },
  Observation: {
    id: (o) => globalId('Observation', o.Id),
    value: (o) => o.Value,
    low: (o) => o.Low,
    high: (o) => o.High,
    outOf: (o) => o.OutOf,
    qualifier: (o) => enumValue(o.Qualifier),
    status: (o) => enumValue(o.Status),
    derived: (o) => bool(o.Derived),
    note: (o) => o.Note,
    period: (o) => o,
    indicator: (o, _, ctx) => ctx.state.byId('Indicator', o.IndicatorId),
    unit: (o, _, ctx) => enumValue(ctx.state.byId('Indicator', o.IndicatorId).Unit),
    area: (o, _, ctx) => ctx.state.byId('Area', o.AreaId),
    platform: (o, _, ctx) => ctx.state.byId('Platform', o.PlatformId),
    source: (o, _, ctx) => ctx.state.byId('Source', o.SourceId),
  },
  Period: {
    kind: (o) => enumValue(o.PeriodKind),
    text: (o) => o.Period,
    start: (o) => o.PeriodStart,
    end: (o) => o.PeriodEnd,
  },
};

for (const [typeName, fields] of Object.entries(resolvers)) {
  const type = schema.getType(typeName);
  if (!type) throw new Error(`schema.graphql has no type ${typeName}`);
  const defined = type.getFields();
  for (const [fieldName, resolve] of Object.entries(fields)) {
    if (!defined[fieldName]) throw new Error(`schema.graphql has no field ${typeName}.${fieldName}`);
    defined[fieldName].resolve = resolve;
  }
}

// ---- HTTP --------------------------------------------------------------------------------------------------

const graphql = createHandler({ schema, context: () => ({ state: new RequestState() }) });

const server = createServer((req, res) => {
  if (req.url === '/graphql' || req.url.startsWith('/graphql?')) {
    graphql(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500).end();
    });
  } else if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  } else {
    res.writeHead(404).end();
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(args.port), args.host, () => console.log(`peer listening on http://${args.host}:${args.port}/graphql (db ${args.db})`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { server.close(() => process.exit(0)); server.closeAllConnections(); });
