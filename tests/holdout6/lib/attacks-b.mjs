// Password attacks: TeamFiltration from AWS, a low-and-slow residential-proxy spray, an IMAP/SMTP AUTH spray.
import { HOUR, MIN, DAY } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { BROWSERS } from './attacks.mjs';
import { DOMAIN } from './tenant.mjs';

const ghost = (r, w) => { const f = r.pick(['john', 'admin', 'info', 'hr', 'it', 'support', 'test', 'sales', 'finance', 'ops']); return { id: '00000000-0000-0000-0000-000000000000', upn: `${f}${r.chance(0.5) ? '' : r.int(1, 99)}@${DOMAIN}`, displayName: '', userType: 'member', homeTenantId: w.tenant.id, homeTenantName: '' }; };

/** 12. TeamFiltration spray from AWS in several regions (UNK_SneakyStrike). */
export function teamFiltration({ w, r, Scenario }) {
  const s = new Scenario(w, 'teamfiltration-spray-aws',
    'Three bursts of password spraying with the TeamFiltration framework from Amazon EC2 addresses in four regions (us-east-1, us-west-2, eu-central-1, ap-southeast-1), using the Teams desktop client ID and TeamFiltration\'s hard-coded Teams/Electron user agent, against about 230 accounts (plus guessed names that do not exist). Two guesses are correct but stopped by MFA (50076); smart lockout locks a handful of accounts.',
    'Proofpoint, "Attackers Unleash TeamFiltration: Account Takeover Campaign" (UNK_SneakyStrike, June 2025); TeamFiltration (Black Hat DEF CON 30, 2022).');
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.30866 Chrome/80.0.3987.165 Electron/8.5.1 Safari/537.36';
  const prof = { dev: null, os: 'Windows10', browser: 'Chrome 80.0.3987', ua, client: 'Mobile Apps and Desktop clients', protocol: 'ropc' };
  const regions = ['aws-multi-use1', 'aws-multi-usw2', 'aws-multi-euc1', 'aws-multi-apse1'];
  const pool = regions.flatMap((k) => Array.from({ length: 6 }, (_, i) => w.place(k, 100 + i * 37 + r.int(0, 30))));
  const members = w.users.filter((u) => u.userType === 'member' && !['svc', 'admin'].includes(u.role) && u.joinDay == null);
  const targets = r.sample(members, 230);
  const hits = new Set(r.sample(targets, 2).map((u) => u.upn));
  const fails = new Map();
  for (const [d, h] of [[0, 3.1], [1, 15.4], [2, 9.2]]) {
    const t0 = w.at(d, h, 'TOR');
    const list = r.shuffle([...targets, ...Array.from({ length: 25 }, () => ghost(r, w))]);
    list.forEach((u, i) => {
      const t = t0 + (i / list.length) * 40 * MIN + r.int(0, 20) * 1000;
      const p = pool[(i + d * 7) % pool.length];
      let code = u.id.startsWith('00000000') ? 50034 : 50126;
      if (code === 50126) { const f = (fails.get(u.upn) || 0) + 1; fails.set(u.upn, f); if (f >= 3 && r.chance(0.2)) code = 50053; }
      if (hits.has(u.upn) && d === 1) code = 50076;
      const rec = s.si(u, t, p, prof, { app: APPS.teams, res: RES.graph, interactive: true, auth: 'mfa', code, signInIdentifier: u.upn });
      if (rec && u.id.startsWith('00000000')) s.users.add(u.upn);
    });
  }
  return s;
}

/** 2. Low-and-slow spray through residential proxies; the no-MFA test account falls and is used for reconnaissance. */
export function residentialSpray({ w, r, Scenario }) {
  const s = new Scenario(w, 'residential-proxy-spray-test-account',
    'Over three days a password spray arrives through a residential proxy network: about 170 consumer broadband and mobile addresses in the US, Colombia, Vietnam, Indonesia, Turkey, Ukraine, Poland, Nigeria and Malaysia, each used for one to four attempts with ordinary browser user agents, against ~140 accounts. The legacy "Crew Training Test Account" — excluded from the MFA policy — is guessed on day 6; the attacker signs in with it to the Graph command-line tools and Azure portal and enumerates the directory from further proxy addresses.',
    'Microsoft, "Midnight Blizzard: Guidance for responders on nation-state attack" (January 2024: password spray from residential proxies against a legacy non-production test account without MFA); CISA/FBI advisories on residential proxy use (2024).');
  const nets = ['res-atl', 'res-dal', 'res-bog', 'res-hcm', 'res-jkt', 'res-ist', 'res-kie', 'res-waw', 'res-lag', 'res-kul', 'res-mia'];
  const members = w.users.filter((u) => u.userType === 'member' && ['hq', 'it', 'pilot', 'mx'].includes(u.role) && u.joinDay == null);
  const test = w.users.find((u) => u.upn.startsWith('crewtraining.test@'));
  const targets = [...r.sample(members, 140), test];
  const t0 = w.at(4, 20, 'TOR'), span = 2.4 * DAY;
  const attempts = [];
  for (const u of targets) for (let k = r.int(3, 5); k > 0; k--) attempts.push({ u, t: t0 + r.next() * span });
  attempts.sort((a, b) => a.t - b.t);
  let p = null, left = 0;
  const tWin = t0 + 1.9 * DAY;
  for (const a of attempts) {
    if (left-- <= 0) { p = w.place(r.pick(nets), r.int(0, 49000)); left = r.int(0, 3); }
    if (a.u === test && a.t > tWin) continue;
    const prof = { dev: null, os: r.pick(['Windows10', 'MacOs', 'Linux']), browser: 'Chrome 120.0.0', ua: r.pick(BROWSERS), client: 'Browser' };
    s.si(a.u, a.t, p, prof, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'mfa', code: 50126 });
  }
  // the hit
  const tw = tWin;
  const win = w.place('res-waw', 31337);
  const prof = { dev: null, os: 'Windows10', browser: 'Chrome 120.0.0', ua: BROWSERS[0], client: 'Browser' };
  s.si(test, tw, win, prof, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'pwd', mfaReq: false });
  const recon = [w.place('res-kie', 4242), w.place('res-waw', 31338), w.place('res-ist', 777)];
  const cli = { dev: null, os: 'Windows10', browser: '', ua: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.1', client: 'Mobile Apps and Desktop clients' };
  s.si(test, tw + 50 * MIN, recon[0], cli, { app: APPS.graphCli, res: RES.graph, interactive: true, auth: 'pwd', mfaReq: false });
  s.si(test, tw + 70 * MIN, recon[1], prof, { app: APPS.azurePortal, res: RES.arm, interactive: true, auth: 'pwd', mfaReq: false });
  for (let i = 0; i < 12; i++) s.si(test, tw + 55 * MIN + r.real(0, 9) * HOUR, r.pick(recon), cli, { app: APPS.graphCli, res: RES.graph, interactive: false, auth: 'pwd', mfaReq: false });
  return s;
}

/** 8. IMAP / SMTP AUTH spray; the cargo mailbox (excluded from the legacy block for its SMTP relay) falls and sends phishing. */
export function legacySpray({ w, r, Scenario }) {
  const s = new Scenario(w, 'legacy-auth-spray-smtp-abuse',
    'From five Stark Industries addresses in Amsterdam, a basic-authentication spray over IMAP4 and Authenticated SMTP (BAV2ROPC) tries one or two passwords against ~260 mailboxes in six hours. Most attempts fail (50126, some lockouts); where the password is right the legacy-auth block stops it (53003). The shared "Cargo Bookings" account — excluded from that block so the cargo system can relay mail — has a weak password and falls; over the next 20 hours it authenticates to SMTP hundreds of times from the same servers to send phishing.',
    'Microsoft reporting that the great majority of password-spray attacks use legacy authentication (Digital Defense Report 2021 onward); Proofpoint research on IMAP-based password spraying (2019–2021); Exchange Online SMTP AUTH basic-authentication retirement notices (2024–2026) on the abuse of SMTP AUTH exceptions.');
  const ips = [21, 22, 23, 88, 140].map((i) => w.place('stark-ams', i));
  const cargo = w.users.find((u) => u.upn.startsWith('cargo.bookings@'));
  const members = w.users.filter((u) => u.userType === 'member' && ['hq', 'ground', 'cabin', 'mx', 'pilot'].includes(u.role) && u.joinDay == null);
  const targets = [...r.sample(members, 260), cargo];
  const t0 = w.at(11, 1, 'TOR');
  const valid = new Set(r.sample(targets.filter((u) => u !== cargo), 4).map((u) => u.upn));
  const mk = (client) => ({ dev: null, os: '', browser: '', ua: 'BAV2ROPC', client });
  let i = 0;
  for (const u of r.shuffle(targets)) {
    for (let k = r.chance(0.4) ? 2 : 1; k > 0; k--) {
      const t = t0 + r.next() * 6 * HOUR, client = r.chance(0.55) ? 'IMAP4' : 'Authenticated SMTP';
      let code = valid.has(u.upn) && k === 1 ? 53003 : 50126;
      if (u === cargo) code = 0;
      s.si(u, t, ips[i++ % ips.length], mk(client), { app: APPS.exo, res: RES.exo, interactive: true, auth: 'pwd', mfaReq: false, code });
    }
  }
  const tc = t0 + 6.5 * HOUR;
  for (let k = 0; k < 420; k++) s.si(cargo, tc + r.real(0, 20) * HOUR, r.pick(ips), mk('Authenticated SMTP'), { app: APPS.exo, res: RES.exo, interactive: true, auth: 'pwd', mfaReq: false });
  return s;
}
