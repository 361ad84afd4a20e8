// Holdout-26 population: "Kaveri Digital Services" — an Indian IT-services and BPO company (HQ Bengaluru; delivery
// centres in Pune, Chennai, Hyderabad, Kolkata; nearshore centre in Kraków; client-site teams in the US, UK, Germany).
// 14 days of the Entra admin center's CSV downloads: interactive sign-ins, non-interactive sign-ins, audit log.
//   node tests/holdout26/generate.mjs --out DIR [--seed N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/rng.mjs';
import { START, END, DAYS } from './lib/world.mjs';
import { buildTenant } from './lib/tenant.mjs';
import { Ctx } from './lib/records.mjs';
import { benign } from './lib/benign.mjs';
import { benignAudits } from './lib/audits.mjs';
import { attacks } from './lib/attacks.mjs';
import { SIGNIN_HEADER, AUDIT_HEADER, signinRow, auditRow, iso } from './lib/format.mjs';

export const SEED = 26_2611;
const BOM = '\uFEFF', EOL = '\r\n';

function writeCsv(path, header, rows, fmt) {
  const parts = [BOM + header];
  for (const r of rows) parts.push(fmt(r));
  writeFileSync(path, parts.join(EOL) + EOL);
}

export function generate({ out, quiet = false, seed = SEED } = {}) {
  const rng = new Rng(seed);
  const ctx = new Ctx(rng.fork('ctx'));
  const users = buildTenant(rng);
  const scenarios = attacks(ctx, users); // first, so offboarded guests stop and attack addresses are reserved
  benign(ctx, users);
  benignAudits(ctx, users);

  // attack addresses must never be used by anything benign
  for (const s of scenarios) for (const ip of s.ips) if (ctx.benignIps.has(ip)) throw new Error(`scenario ${s.name}: ${ip} is also used by benign activity`);

  const key = (x) => x.requestId || x.correlationId;
  const byTimeDesc = (a, b) => b.t - a.t || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const inWindow = (x) => x.t >= START && x.t < END;
  const inter = ctx.interactive.filter(inWindow).sort(byTimeDesc);
  const non = ctx.noninteractive.filter(inWindow).sort(byTimeDesc);
  const aud = ctx.audits.filter(inWindow).sort(byTimeDesc);

  mkdirSync(out, { recursive: true });
  const span = `${iso(START).slice(0, 10)}_${iso(END).slice(0, 10)}`;
  const files = {
    signins: join(out, `InteractiveSignIns_${span}.csv`),
    noninteractive: join(out, `NonInteractiveSignIns_${span}.csv`),
    audits: join(out, `AuditLogs_${span}.csv`),
  };
  writeCsv(files.signins, SIGNIN_HEADER, inter, signinRow);
  writeCsv(files.noninteractive, SIGNIN_HEADER, non, signinRow);
  writeCsv(files.audits, AUDIT_HEADER, aud, auditRow);

  const bi = inter.filter((x) => x.benign).length, bn = non.filter((x) => x.benign).length, ba = aud.filter((x) => x.benign).length;
  const truth = {
    seed,
    tenant: 'Kaveri Digital Services (kaveridigital.in)',
    window: { start: iso(START), end: iso(END), days: DAYS },
    shape: 'Entra admin center CSV downloads (portal-csv): InteractiveSignIns / NonInteractiveSignIns (57 columns), AuditLogs (86 columns)',
    benign: { signins: bi + bn, interactive: bi, noninteractive: bn, audits: ba, addresses: ctx.benignIps.size },
    scenarios,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const stats = { users: users.length, interactive: inter.length, noninteractive: non.length, audits: aud.length };
  if (!quiet) console.log(JSON.stringify({ files, stats, benign: truth.benign, scenarios: scenarios.map((s) => s.name) }, null, 2));
  return { files, truth, stats };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(fileURLToPath(import.meta.url));
if (isMain) {
  const args = process.argv.slice(2);
  const get = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(get('--out', join(here, '..', '..', 'target', 'holdout26')));
  generate({ out, seed: Number(get('--seed', SEED)) });
}
