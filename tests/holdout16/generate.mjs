// Holdout-16 population: "Kisaragi Seiki K.K." — a Japanese precision-motion and sensor maker (Tokyo HQ, a plant in
// Hamamatsu and one in Penang, sales and engineering offices in San Jose, Novi (Michigan) and Düsseldorf, an outsourced
// service desk in Pune). The logs are what an analyst pulled out of the Microsoft Sentinel workspace as Log Analytics
// query results in JSON: the interactive sign-ins through the query REST API (`az rest`), the non-interactive
// sign-ins day by day with `az monitor log-analytics query` (zipped), the audit log with the same command.
//   node tests/holdout16/generate.mjs --out DIR [--seed N] [--quiet]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { resetGeo } from './lib/world.mjs';
import { Emitter, WINDOW_START, WINDOW_END, DAY, HOUR } from './lib/engine.mjs';
import { buildEgress } from './lib/people.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { Life } from './lib/life.mjs';
import { Benign } from './lib/benign.mjs';
import { Specials } from './lib/specials.mjs';
import { AuditRoutine } from './lib/audits.mjs';
import { Scenarios } from './lib/scenarios.mjs';
import { SIGNIN_COLUMNS, NONINTERACTIVE_COLUMNS, AUDIT_COLUMNS } from './lib/rows.mjs';
import { restResponse, restCompactSize, azCliRows, zip, zipMember } from './lib/writers.mjs';

const DEFAULT_SEED = 16;

export function generate(arg1, arg2) {
  const opts = typeof arg1 === 'string' ? { out: arg1, seed: arg2 } : (arg1 ?? {});
  const out = resolve(opts.out ?? 'target/holdout16');
  const seed = opts.seed ?? DEFAULT_SEED;
  const quiet = !!opts.quiet;
  const log = (...a) => { if (!quiet) console.log(...a); };
  const t0 = Date.now();
  mkdirSync(out, { recursive: true });
  resetGeo();

  const rng = new Rng(`holdout16/${seed}`);
  const eg = buildEgress(rng.fork('egress'));
  const { dir, cast } = buildTenant(rng.fork('tenant'), eg);

  // benign sign-ins and audits go to one emitter, the scenarios to another (to count them apart)
  const em = new Emitter(rng.fork('emit-benign'));
  const life = new Life({ rng: rng.fork('life'), em, dir, eg });
  const specials = new Specials(life, cast);
  specials.plan();
  new Benign(life).run();
  specials.run();
  new AuditRoutine(life, cast).run();
  const benignSignins = em.count.inter + em.count.non;

  const emA = new Emitter(rng.fork('emit-attacks'));
  const lifeA = new Life({ rng: rng.fork('life-attacks'), em: emA, dir, eg });
  const scen = new Scenarios(lifeA, cast, life);
  const scenarios = scen.run();

  // ---- files ----------------------------------------------------------------------------------------------
  const byTime = (a, b) => a[0] - b[0];
  const inter = em.inter.concat(emA.inter).sort(byTime).map((x) => x[1]);
  const non = em.non.concat(emA.non).sort(byTime);
  const audits = em.audits.concat(emA.audits).sort(byTime).map((x) => x[1]);

  const files = {
    signins: join(out, 'SigninLogs_2026-11-23_2026-12-06.json'),
    noninteractive: join(out, 'AADNonInteractiveUserSignInLogs_2026-11-23_2026-12-06.zip'),
    audits: join(out, 'AuditLogs_2026-11-23_2026-12-06.json'),
  };
  // interactive: one query over the fortnight through the REST API, `| order by TimeGenerated asc`
  writeFileSync(files.signins, restResponse(SIGNIN_COLUMNS, inter));
  const interApiBytes = process.env.H16_API_SIZE ? restCompactSize(SIGNIN_COLUMNS, inter) : undefined;

  // non-interactive: one query per UTC day with `| sort by TimeGenerated` (descending); the 30 Nov query was re-run
  // from 29 Nov 22:00 after the first attempt timed out, so two hours of rows are in two files
  const entries = [];
  const perDay = [];
  let duplicates = 0;
  const lowerBound = (t) => { let lo = 0, hi = non.length; while (lo < hi) { const m = (lo + hi) >> 1; if (non[m][0] < t) lo = m + 1; else hi = m; } return lo; };
  for (let d = WINDOW_START; d < WINDOW_END; d += DAY) {
    const day = new Date(d).toISOString().slice(0, 10);
    const from = day === '2026-11-30' ? d - 2 * HOUR : d;
    const a = lowerBound(from), b = lowerBound(d + DAY);
    if (day === '2026-11-30') duplicates = lowerBound(d) - a;
    const rows = new Array(b - a);
    for (let i = b - 1, k = 0; i >= a; i--, k++) rows[k] = non[i][1];
    const data = azCliRows(NONINTERACTIVE_COLUMNS, rows);
    perDay.push({ day, rows: rows.length, bytes: data.length });
    // written in Azure Cloud Shell (UTC) one after the other on the morning of 7 December
    entries.push(zipMember({ name: `AADNonInteractiveUserSignInLogs_${day}.json`, data, mtime: new Date(Date.UTC(2026, 11, 7, 1, 12 + entries.length, 8 + entries.length * 3)) }, 3));
  }
  writeFileSync(files.noninteractive, zip(entries));

  // audit: one `az monitor log-analytics query` over the fortnight, `| sort by TimeGenerated desc`
  writeFileSync(files.audits, azCliRows(AUDIT_COLUMNS, audits.slice().reverse()));

  const truth = {
    population: 'holdout16',
    seed,
    tenant: 'Kisaragi Seiki K.K. (fictional): Tokyo HQ, Hamamatsu and Penang plants, San Jose, Novi, Dusseldorf offices, Pune service desk vendor',
    window: { start: new Date(WINDOW_START).toISOString(), end: new Date(WINDOW_END).toISOString() },
    files: { signins: 'SigninLogs_2026-11-23_2026-12-06.json', noninteractive: 'AADNonInteractiveUserSignInLogs_2026-11-23_2026-12-06.zip', audits: 'AuditLogs_2026-11-23_2026-12-06.json' },
    benign: { signins: benignSignins, interactive: em.count.inter, noninteractive: em.count.non, audits: em.count.audit },
    attack: { interactive: emA.count.inter, noninteractive: emA.count.non, audits: emA.count.audit },
    duplicates_in_zip: duplicates,
    scenarios,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = {
    users: dir.users.length,
    interactive: inter.length,
    noninteractive: non.length,
    audits: audits.length,
    interApiBytes,
    perDay,
    ms: Date.now() - t0,
  };
  log(`holdout16 seed ${seed}: ${stats.users} accounts, ${stats.interactive} interactive + ${stats.noninteractive} non-interactive sign-ins (${benignSignins} benign), ${stats.audits} audit events, ${scenarios.length} scenarios, ${stats.ms} ms`);
  return { files, truth, stats };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(fileURLToPath(import.meta.url));
if (isMain) {
  const a = process.argv.slice(2);
  const get = (k) => { const i = a.indexOf(k); return i >= 0 ? a[i + 1] : undefined; };
  const out = get('--out') ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'holdout16');
  const seed = get('--seed') !== undefined ? Number(get('--seed')) : DEFAULT_SEED;
  generate({ out, seed, quiet: a.includes('--quiet') });
}
