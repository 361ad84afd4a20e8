// Holdout-14 generator: "Grupo Araponga Varejo e Logística" (a fictitious Latin-American retail and logistics
// group), fourteen days (2026-11-09T00:00Z .. 2026-11-23T00:00Z) of Microsoft Entra ID logs as an incident
// responder received them: the three Azure Monitor diagnostic-setting containers of the tenant's storage
// account (insights-logs-signinlogs, insights-logs-noninteractiveusersigninlogs, insights-logs-auditlogs),
// each downloaded and zipped, one zip member per hourly PT1H.json blob (JSON Lines).
//
//   node tests/holdout14/generate.mjs --out /tmp/h14 [--seed N] [--layout tenantId|resourceId] [--quiet]
//
// generate(outDir, seed) or generate({ out, seed, quiet, layout }) -> { files, truth, stats }
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { World } from './lib/engine.mjs';
import { buildPeople, DOMAIN, ONMS } from './lib/people.mjs';
import { benign } from './lib/benign.mjs';
import { scenarios } from './lib/scenarios.mjs';
import { buildZip } from './lib/zip.mjs';
import { HOUR, END, SEC, iso, hourIndex, T0_MS } from './lib/fmt.mjs';

export const DEFAULT_SEED = 14;
const NL = Buffer.from('\n');

const DESCRIPTIONS = {
  'tycoon2fa-aitm-session-replay': 'AiTM phishing (Tycoon 2FA-style kit behind a Cloudflare Worker) of an accounts-payable analyst in São Paulo; the stolen session cookie is replayed from a VPS, mail read for two days, an extra Authenticator registered.',
  'teamfiltration-spray-takeover': 'TeamFiltration password spray from AWS in several regions (UNK_SneakyStrike pattern) over ~100 accounts in two bursts; one supply-chain account left out of MFA is taken over and its Teams/OneDrive/Graph data pulled.',
  'basic-auth-botnet-spray': 'Low-and-slow legacy/basic-auth spray from a residential botnet over a weekend, visible only in the non-interactive log; four passwords are right but blocked by Conditional Access; the SMTP scanner account (exempt from the legacy-auth block) falls and relays mail.',
  'fasthttp-bruteforce-lockouts': 'High-rate brute force with the fasthttp user agent against the Azure AD Graph endpoint, mostly from Brazilian consumer ISPs plus TR/AR/UZ/PK/IQ; call-centre accounts are locked out; two right passwords are stopped only by the Conditional Access block on legacy clients (53003).',
  'mfa-fatigue-mail-export-app': 'Push bombing of a Guadalajara store manager at 02:00 local from a VPN exit in Mexico City until approved; the attacker then consents the PERFECTDATA SOFTWARE mailbox-export app and pulls the mailbox through it.',
  'storm2372-device-code-prt': 'Storm-2372-style device-code phishing of the Mexican CFO with the Microsoft Authentication Broker client; the attacker registers a device and uses its primary refresh token from a VPS for three days.',
  'consentfix-azure-cli-code-theft': 'ConsentFix: a developer completes an Azure CLI authorization-code sign-in on a lure page and pastes the localhost URL; the code is redeemed within minutes from a German VPS that enumerates Azure AD Graph, Microsoft Graph and ARM.',
  'oauth-consent-fake-docusign': 'Consent phishing: a Bogotá procurement analyst consents a fake "DocuSign eSignature Connector" multi-tenant app (Mail.Read, Mail.Send, Files.Read.All, offline_access); the app reads her mailbox every hour from OVH for three days.',
  'helpdesk-reset-pim-global-admin': 'Scattered Spider-style help-desk social engineering on a Brazilian holiday evening: the outsourced service desk resets the password and Authenticator of an IT manager\'s admin account; the caller registers his own MFA, activates Global Administrator in PIM, creates a backdoor admin and assigns it Global Administrator.',
  'infostealer-cookie-replay': 'Infostealer (Lumma-style) on a Chilean sales rep\'s personal PC: the browser session is replayed through Brazilian residential proxies with the same user agent while she works in Santiago; SharePoint and mail are pulled.',
  'sync-account-federation-backdoor': 'Storm-0501-style hybrid pivot: a synced non-human account holding Global Administrator and exempt from MFA is taken over at night, registers MFA, adds and federates an attacker domain, elevates Azure access and signs in as the CEO through the rogue federation.',
  'cicd-federated-credential-backdoor': 'A DevOps engineer\'s workstation is driven remotely (GlassWorm-style implant with hidden VNC/SOCKS): at 03:20 local his admin account adds a GitHub federated identity credential for a foreign repository and a new client secret to the CI/CD app registration. No new address.',
  'supplier-guest-invites-externals': 'A freight-forwarder guest whose home tenant was phished signs in from a VPS on a Saturday night, pulls SharePoint files, looks around the Azure portal and invites two external consumer accounts, which redeem and use Teams.',
};
const SOURCES = {
  'tycoon2fa-aitm-session-replay': 'Microsoft / Europol Tycoon 2FA disruption (March 2026) as reported by iTnews and CyOps; Cloudflare on Workers abuse; Microsoft on Tycoon 2FA volume (Oct 2025)',
  'teamfiltration-spray-takeover': 'Proofpoint "Attackers unleash TeamFiltration" (UNK_SneakyStrike, June 2025) via cyber-samurai.net / TugaTech; Elastic rule "TeamFiltration User-Agents Detected" (July 2025)',
  'basic-auth-botnet-spray': 'SecurityScorecard STRIKE, 130,000-device botnet spraying M365 via non-interactive basic-auth sign-ins (Feb 2025), via The Record, Portnox, WindowsForum',
  'fasthttp-bruteforce-lockouts': 'SpearTip SOC "FastHTTP used in new brute-force campaign" (Jan 2025) via ESS Group, WindowsForum, azurekid gist',
  'mfa-fatigue-mail-export-app': 'MFA push-bombing reporting (Scattered Spider / 2025–2026 write-ups: algeriatech, dev.to); PERFECTDATA SOFTWARE mailbox-export app in BEC (cybercorner.tech, Huntress "Traitorware", Darktrace)',
  'storm2372-device-code-prt': 'Microsoft Threat Intelligence "Storm-2372 conducts device code phishing campaign" (Feb 2025, update on the Authentication Broker client id and device registration); socura, atlascyber summaries',
  'consentfix-azure-cli-code-theft': 'Push Security "ConsentFix" (Dec 2025) via penligent, glueckkanja, nrgnetworks; Elastic detection-rules PR 5485 (Azure CLI/legacy AAD Graph)',
  'oauth-consent-fake-docusign': 'Proofpoint on fake Adobe/DocuSign Microsoft OAuth apps (2025) via LeeShanok; IRONSCALES DocuSign-themed consent grant teardown (2026)',
  'helpdesk-reset-pim-global-admin': 'Scattered Spider / UNC3944 against UK retail via the outsourced (TCS) service desk, April–May 2025: Mishcon de Reya, Mandiant via securitydone, ironhackers, helloaditi',
  'infostealer-cookie-replay': 'Microsoft DCU Lumma Stealer disruption (May 2025; Brazil among the most infected) via sharecafe, cysecurity; 2026 session-cookie replay field guide (ransomnews)',
  'sync-account-federation-backdoor': 'Microsoft Threat Intelligence on Storm-0501 cloud ransomware (Aug 2025): synced non-human Global Admin without MFA, attacker MFA registration, malicious federated domain, elevateAccess — via windowsnews, particle.news, agoratech',
  'cicd-federated-credential-backdoor': 'GlassWorm VS Code/OpenVSX worm with hidden VNC and SOCKS (Koi Security, Oct 2025) via coesecurity; federated-credential persistence (GraphLattice 2026, SERVTEP PERSIST-VALID-005, Dirk-jan Mollema)',
  'supplier-guest-invites-externals': 'BeyondTrust "Restless Guests" B2B guest threat model (May 2025); SERVTEP EVADE-VALID-002 guest invitation persistence; thecloud.events "Invite external user"',
};

const CONTAINERS = [
  ['insights-logs-signinlogs', 'I'],
  ['insights-logs-noninteractiveusersigninlogs', 'N'],
  ['insights-logs-auditlogs', 'A'],
];

export function generate(a, b) {
  let out, seed = DEFAULT_SEED, quiet = false, layout = 'tenantId';
  if (typeof a === 'string') { out = a; if (b !== undefined) seed = b; }
  else if (a && typeof a === 'object') { out = a.out; if (a.seed !== undefined) seed = a.seed; quiet = !!a.quiet; if (a.layout) layout = a.layout; }
  if (!out) throw new Error('generate: out directory required');
  out = resolve(out);
  const log = quiet ? () => {} : (...x) => console.log(...x);
  const t0 = Date.now();
  const rng = new Rng(`holdout14:${seed}`);
  const tenant = { id: rng.fork('tenant').guid(), name: 'Grupo Araponga Varejo e Logística S.A.' };
  const W = new World(rng, tenant);
  const P = buildPeople(W, rng);
  W.taken = new Set();
  benign(W, P, rng);
  const meta = scenarios(W, P, rng);

  // ---------- the export window cuts honest sessions at both ends ----------
  const inWin = (x) => { if (x.t >= 0 && x.t < END) return true; if (x.tag) throw new Error(`${x.tag}: record outside the window`); return false; };
  W.I = W.I.filter(inWin); W.N = W.N.filter(inWin); W.A = W.A.filter(inWin);

  // ---------- checks ----------
  const scenIps = new Map();
  for (const [name, s] of W.tags) for (const ip of s.ips) scenIps.set(ip, name);
  const all = [...W.I, ...W.N, ...W.A];
  for (const rec of all) {
    if (rec.t < 0 || rec.t >= END) throw new Error(`record outside the window: ${rec.t}`);
    if (!rec.tag) {
      if (rec.attack) throw new Error(`honest record on attacker infrastructure ${rec.ip}`);
      if (rec.ip && scenIps.has(rec.ip)) throw new Error(`honest record uses scenario address ${rec.ip} (${scenIps.get(rec.ip)})`);
    } else if (rec.attack && scenIps.get(rec.ip) !== rec.tag) throw new Error(`scenario ${rec.tag} uses ${rec.ip} of ${scenIps.get(rec.ip)}`);
  }
  for (const m of meta) {
    const s = W.tags.get(m.name);
    if (!s) throw new Error('scenario without records ' + m.name);
    for (const ipi of m.ips) if (!s.ips.has(ipi.ip)) throw new Error(`${m.name}: address ${ipi.ip} unused`);
  }

  // ---------- blobs and zips ----------
  const jr = rng.fork('ingest');
  const mkdir = (p) => mkdirSync(p, { recursive: true });
  mkdir(out);
  const prefix = layout === 'resourceId' ? ['resourceId=', 'tenants', tenant.id, 'providers', 'Microsoft.aadiam'] : [`tenantId=${tenant.id}`];
  // the responder's download (azcopy / Storage Explorer) on Tue 2026-11-24 from 14:05 BRT; zipped on a machine set to America/Sao_Paulo
  let clock = Math.floor(Date.UTC(2026, 10, 24, 17, 5, 12) / 1000);
  const files = {};
  const blobStats = {};
  const sizes = {};
  for (const [container, key] of CONTAINERS) {
    const recs = key === 'I' ? W.I : key === 'N' ? W.N : W.A;
    const hours = new Map();
    for (const rec of recs) {
      const h = hourIndex(rec.t);
      let arr = hours.get(h); if (!arr) hours.set(h, (arr = []));
      arr.push({ k: rec.t + jr.int(0, 150) * SEC + jr.int(0, SEC), line: rec.line });
    }
    const hourKeys = [...hours.keys()].sort((x, y) => x - y);
    const entries = [];
    const dirs = new Map(); // path -> entry
    const addDir = (p) => { if (!dirs.has(p)) { const e = { name: p, data: null, mtime: clock }; dirs.set(p, e); entries.push(e); } return dirs.get(p); };
    const touch = (p) => { const e = dirs.get(p); if (e) e.mtime = clock; };
    let path = container + '/';
    addDir(path);
    for (const seg of prefix) { path += seg + '/'; addDir(path); }
    const base = path;
    let bytes = 0;
    for (const h of hourKeys) {
      const d = new Date(T0_MS + h * 3600e3);
      const y = `y=${d.getUTCFullYear()}/`, mo = `m=${String(d.getUTCMonth() + 1).padStart(2, '0')}/`, da = `d=${String(d.getUTCDate()).padStart(2, '0')}/`, hh = `h=${String(d.getUTCHours()).padStart(2, '0')}/`;
      const chain = [base + y, base + y + mo, base + y + mo + da, base + y + mo + da + hh, base + y + mo + da + hh + 'm=00/'];
      for (const c of chain) addDir(c);
      const arr = hours.get(h).sort((x, y2) => x.k - y2.k);
      const parts = [];
      let len = 0;
      for (const x of arr) { parts.push(x.line, NL); len += x.line.length + 1; }
      const data = Buffer.concat(parts, len);
      bytes += data.length;
      clock += jr.chance(0.35) ? 1 : 0;
      entries.push({ name: chain[4] + 'PT1H.json', data, mtime: clock });
      for (const c of chain) touch(c);
      touch(base); touch(container + '/');
      for (let i = 0; i < prefix.length; i++) touch(container + '/' + prefix.slice(0, i + 1).join('/') + '/');
    }
    clock += 3;
    const zip = buildZip(entries, { tzMinutes: -180, uid: 1000, gid: 1000 });
    const file = join(out, `${container}.zip`);
    writeFileSync(file, zip);
    files[key === 'I' ? 'signins' : key === 'N' ? 'noninteractive' : 'audits'] = file;
    blobStats[container] = { blobs: hourKeys.length, records: recs.length, uncompressedBytes: bytes, zipBytes: zip.length };
    sizes[container] = zip.length;
    log(`${container}.zip: ${hourKeys.length} blobs, ${recs.length} records, ${(bytes / 1e6).toFixed(1)} MB -> ${(zip.length / 1e6).toFixed(1)} MB`);
  }

  // ---------- truth ----------
  const lc = (x) => String(x).toLowerCase();
  const scen = meta.map((m) => {
    const s = W.tags.get(m.name);
    const users = new Set([...s.users].map(lc));
    for (const u of [m.victim, ...(m.others || [])].filter(Boolean)) { users.add(lc(u.signInName || u.upn)); users.add(lc(u.upn)); }
    return {
      name: m.name, description: DESCRIPTIONS[m.name], source: SOURCES[m.name],
      users: [...users].sort(), ips: [...s.ips].sort(), start: iso(s.first), end: iso(s.last), records: s.n,
    };
  });
  const benignI = W.I.filter((x) => !x.tag).length, benignN = W.N.filter((x) => !x.tag).length, benignA = W.A.filter((x) => !x.tag).length;
  const truth = {
    population: 'holdout14', seed,
    tenant: { name: tenant.name, id: tenant.id, domains: [...Object.values(DOMAIN), ONMS] },
    window: { start: '2026-11-09T00:00:00.000Z', end: '2026-11-23T00:00:00.000Z' },
    shape: `Azure Monitor diagnostic settings archived to a storage account; each container downloaded and zipped (Info-ZIP layout); one member per hourly ${layout === 'resourceId' ? 'resourceId=/tenants/<id>/providers/Microsoft.aadiam' : 'tenantId=<id>'}/y=/m=/d=/h=/m=00/PT1H.json blob (JSON Lines)`,
    scenarios: scen,
    benign: { signins: benignI + benignN, interactive: benignI, noninteractive: benignN, audits: benignA },
  };
  const stats = {
    users: P.users.length,
    interactive: W.I.length, noninteractive: W.N.length, audits: W.A.length,
    containers: blobStats, generateMs: Date.now() - t0,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  log(`accounts ${stats.users}; interactive ${stats.interactive}, non-interactive ${stats.noninteractive}, audits ${stats.audits}; benign sign-ins ${truth.benign.signins}; ${scen.length} scenarios; ${(stats.generateMs / 1000).toFixed(1)} s`);
  return { files, truth, stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const out = opt('--out') || 'target/holdout14';
  const seed = opt('--seed') !== undefined ? Number(opt('--seed')) : DEFAULT_SEED;
  generate({ out, seed, quiet: args.includes('--quiet'), layout: opt('--layout') });
}
