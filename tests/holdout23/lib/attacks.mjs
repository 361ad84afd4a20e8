// The thirteen planted attacks. Each writes its rows with attack = scenario name and returns its truth entry.
// Attack addresses listed in `ips` are reserved before any benign address is drawn (net.mjs), so nothing benign
// uses them; addresses an attacker used that benign traffic also uses (campus NAT, a victim's home) go in `notes`.
import { APP, RES, UA } from './apps.mjs';
import { localToUtc, iso, HOUR, MIN, SEC, DAY, START, END } from './calendar.mjs';
import { ROLES } from './services.mjs';

const L = (city, state, cc) => ({ city, state, cc });
const N_ = (ip, asn, loc) => ({ ip, asn, loc, trusted: false });
export const AN = {
  s1a: N_('45.134.212.37', 9009, L('Montreal', 'Quebec', 'CA')),
  s1b: N_('185.247.71.142', 62240, L('New York', 'New York', 'US')),
  s2a: N_('70.74.183.52', 852, L('Calgary', 'Alberta', 'CA')),
  s2b: N_('174.89.26.213', 577, L('Toronto', 'Ontario', 'CA')),
  s3a: N_('138.68.20.91', 14061, L('Santa Clara', 'California', 'US')),
  s3b: N_('193.29.63.118', 44477, L('Amsterdam', 'North Holland', 'NL')),
  s5a: N_('45.153.160.140', 209588, L('Amsterdam', 'North Holland', 'NL')),
  s6a: N_('104.248.53.184', 14061, L('North Bergen', 'New Jersey', 'US')),
  s6b: N_('161.35.112.9', 14061, L('Frankfurt am Main', 'Hesse', 'DE')),
  s7a: N_('184.146.37.212', 577, L('Toronto', 'Ontario', 'CA')),
  s7b: N_('69.159.14.201', 5769, L('Montreal', 'Quebec', 'CA')),
  s8a: N_('45.61.136.199', 399629, L('Dallas', 'Texas', 'US')),
  s9a: N_('185.107.56.211', 43350, L('Oslo', 'Oslo', 'NO')),
  s10a: N_('128.199.200.77', 14061, L('Singapore', 'Singapore', 'SG')),
  s10b: N_('139.59.100.18', 14061, L('Bengaluru', 'Karnataka', 'IN')),
  s11a: N_('5.161.97.214', 24940, L('Ashburn', 'Virginia', 'US')),
  s12a: N_('80.94.95.181', 204428, L('Bucharest', 'Bucharest', 'RO')),
  s12b: N_('141.98.11.62', 209605, L('Vilnius', 'Vilnius', 'LT')),
  s12c: N_('193.32.162.59', 47890, L('Bucharest', 'Bucharest', 'RO')),
  s12d: N_('92.63.197.153', 48096, L('Moscow', 'Moscow', 'RU')),
};
// low-and-slow spray: residential proxy exits in Canada and the US (ISPs/prefixes the tenant's people do not use)
const SPRAY_ISPS = [
  [7992, ['24.141', '99.234'], [L('Hamilton', 'Ontario', 'CA'), L('Kingston', 'Ontario', 'CA'), L('Trois-Rivieres', 'Quebec', 'CA')]],
  [803, ['142.165', '207.195'], [L('Regina', 'Saskatchewan', 'CA'), L('Saskatoon', 'Saskatchewan', 'CA')]],
  [6327, ['70.64', '68.147'], [L('Winnipeg', 'Manitoba', 'CA'), L('Edmonton', 'Alberta', 'CA')]],
  [7922, ['76.104', '67.161'], [L('Chicago', 'Illinois', 'US'), L('Denver', 'Colorado', 'US'), L('Atlanta', 'Georgia', 'US')]],
  [20115, ['47.36', '71.87'], [L('St. Louis', 'Missouri', 'US'), L('Charlotte', 'North Carolina', 'US')]],
  [22773, ['68.0', '98.167'], [L('Phoenix', 'Arizona', 'US'), L('Omaha', 'Nebraska', 'US')]],
  [5650, ['47.201', '50.35'], [L('Tampa', 'Florida', 'US')]],
];
export function sprayNets(rng) {
  const out = [];
  const seen = new Set();
  while (out.length < 38) {
    const [asn, prefixes, places] = rng.pick(SPRAY_ISPS);
    const ip = `${rng.pick(prefixes)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    if (seen.has(ip)) continue;
    seen.add(ip);
    out.push(N_(ip, asn, rng.pick(places)));
  }
  return out;
}

const UAS = {
  chrome141: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  chrome140: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  macChrome139: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36',
  linuxChrome141: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  ff144: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:144.0) Gecko/20100101 Firefox/144.0',
  pyreq: 'python-requests/2.32.3',
  roadtx: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  ps74: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.6',
};
const DV = {
  none: { id: '', os: '', browser: '' },
  win: (b = 'Chrome 141.0.0') => ({ id: '', os: 'Windows 10', browser: b, compliant: false, managed: false, join: '' }),
  mac: (b) => ({ id: '', os: 'MacOs', browser: b, compliant: false, managed: false, join: '' }),
  linux: (b) => ({ id: '', os: 'Linux', browser: b, compliant: false, managed: false, join: '' }),
};

/** Consequences of the attacks for the victims' own behaviour, applied before their days are simulated: the service
 * desk's password resets of the S1 victims invalidate their own sessions too. */
export const S1_RESPONSE = Date.UTC(2026, 9, 23, 18, 40);
export function attackEffects(T) {
  for (const [k, v] of [T.named.brooke, T.named.tahmina].entries()) (v.pwdChanges ??= []).push(S1_RESPONSE + k * 6 * MIN);
}

export function attacks(ctx) {
  const { rng, T, reg, F, A } = ctx;
  const N = T.named;
  const out = [];
  const Z = (d, h) => localToUtc('hfx', d, h);
  const U = (y, mo, da, h, mi, s = 0) => Date.UTC(y, mo - 1, da, h, mi, s);
  const desk = T.users.filter((u) => u.kind === 'it' && u.sub === 'servicedesk');
  const deskNet = () => reg.campus('staff', rng.int(0, 3));
  const mfaOk = (m) => ({ mfa: true, ca: 'Success', mfaRes: 'MFA successfully completed', mfaMethod: m });
  const claim = { mfa: true, ca: 'Success', mfaRes: 'MFA requirement satisfied by claim in the token', mfaMethod: 'Previously satisfied' };
  const claimNi = { mfa: true, ca: 'Success', mfaRes: 'MFA requirement satisfied by claim in the token' };
  const scen = (name, description, users, ips, start, end, notes) => {
    out.push({ name, description, users: users.map((u) => (typeof u === 'string' ? u : u.upn)), ips: ips.map((n) => n.ip ?? n), start: iso(start), end: iso(end), notes });
    return name;
  };

  // ---------------------------------------------------------------------------------------------------------
  // S1: "paid research assistant" job-scam phish; two first-years who never registered MFA are taken over
  // (the attacker registers its own phone), the third (with push) ignores the prompts; the accounts send spam
  // through Outlook on the web until the service desk resets them.
  {
    const name = 'student-job-scam-spam';
    const atk = { attack: name };
    const ua = UAS.chrome141, dv = DV.win('Chrome 141.0.0');
    const victims = [[N.brooke, U(2026, 10, 22, 23, 41)], [N.tahmina, U(2026, 10, 23, 0, 12)]];
    let last = 0;
    for (const [v, t0] of victims) {
      const corr = rng.guid();
      const base = { user: v, net: AN.s1a, dev: dv, ua, ...atk };
      F.signIn({ ...base, t: t0, corr, app: APP.officeHome, res: RES.officeHome, code: 50079, mfa: true, ca: 'Success' });
      A.registeredSecurityInfo(t0 + 3 * MIN + 12 * SEC, v, AN.s1a.ip, 'sms', { ua, ...atk });
      const sid = rng.guid();
      F.signIn({ ...base, t: t0 + 4 * MIN + 40 * SEC, corr, app: APP.officeHome, res: RES.officeHome, code: 0, ...mfaOk('Text message'), mfaDetail: '+X XXXXXXXX07', sid });
      F.signIn({ ...base, t: t0 + 5 * MIN + 55 * SEC, app: APP.owa, res: RES.exo, code: 0, ...claim, sid });
      for (let i = 0; i < 4; i++) F.signIn({ ...base, ni: true, t: t0 + (9 + i * 11) * MIN + rng.int(0, 50) * SEC, app: APP.owa, res: RES.exo, code: 0, ...claimNi, sid });
      // next day: spam run from the second address
      const t1 = t0 + 13.5 * HOUR + rng.int(0, 20) * MIN;
      F.signIn({ ...base, net: AN.s1b, t: t1, app: APP.owa, res: RES.exo, code: 0, ...claim, sid });
      for (let tt = t1 + 4 * MIN; tt < t1 + 3.2 * HOUR; tt += rng.int(5, 11) * MIN) {
        F.signIn({ ...base, net: AN.s1b, ni: true, t: tt, app: rng.chance(0.8) ? APP.owa : APP.office, res: rng.chance(0.85) ? RES.exo : RES.graph, code: 0, ...claimNi, sid });
        last = Math.max(last, tt);
      }
    }
    // the third target answers nothing: pushes time out at half past midnight UTC (21:30 in Halifax he is out)
    {
      const t0 = U(2026, 10, 23, 0, 31), corr = rng.guid();
      const base = { user: N.owen, net: AN.s1a, dev: dv, ua, app: APP.officeHome, res: RES.officeHome, corr, ...atk };
      F.signIn({ ...base, t: t0, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' });
      F.signIn({ ...base, t: t0 + 75 * SEC, code: 500121, mfa: true, ca: 'Failure', mfaRes: 'MFA denied; user did not respond to mobile app notification', mfaMethod: 'Mobile app notification' });
      F.signIn({ ...base, t: t0 + 3 * MIN, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' });
      F.signIn({ ...base, t: t0 + 4 * MIN + 20 * SEC, code: 500121, mfa: true, ca: 'Failure', mfaRes: 'MFA denied; user did not respond to mobile app notification', mfaMethod: 'Mobile app notification' });
    }
    // service desk response (benign actors): reset, revoke sessions, remove the attacker's phone
    const agent = desk[5], tr = S1_RESPONSE;
    for (const [k, v] of [N.brooke, N.tahmina].entries()) {
      const ip = deskNet().ip;
      A.adminReset(tr + k * 6 * MIN, agent, ip, v);
      A.revokeSessions(tr + k * 6 * MIN + 40 * SEC, agent, ip, v);
      A.adminDeletedSecurityInfo(tr + k * 6 * MIN + 90 * SEC, agent, ip, v);
    }
    // the attacker's tokens now fail; it tries the old passwords
    let tt = U(2026, 10, 23, 19, 5);
    for (const v of [N.brooke, N.tahmina]) {
      F.signIn({ user: v, net: AN.s1b, ni: true, t: tt, app: APP.owa, res: RES.exo, dev: dv, ua, code: 50173, mfa: false, ca: 'Not Applied', ...atk });
      tt += rng.int(3, 9) * MIN;
      for (let i = 0; i < 3; i++) { F.signIn({ user: v, net: AN.s1b, t: tt, app: APP.officeHome, res: RES.officeHome, dev: dv, ua, code: 50126, mfa: false, ca: 'Not Applied', ...atk }); tt += rng.int(20, 70) * SEC; }
    }
    scen(name, 'Job-scam credential phish of first-year students. Two accounts that had never registered MFA are signed into from a VPN/hosting address, the attacker registers its own phone (SMS) and sends spam through Outlook on the web from a second address the next day; the third target has push MFA and does not answer. The service desk resets the two accounts at 15:40 ADT on 23 Oct; the attacker then fails with revoked tokens and old passwords.',
      [N.brooke, N.tahmina, N.owen], [AN.s1a, AN.s1b], U(2026, 10, 22, 23, 41), Math.max(last, tt), 'Response by the service desk (reset, revoke, delete method) is benign admin activity from campus.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S2: payroll diversion. Password from an infostealer; the attacker times its sign-in to 09:06 ADT, when the
  // department administrator expects an MFA prompt of her own, through a residential proxy in Calgary. One push,
  // approved. Workday (direct deposit), Outlook on the web (rule hiding Workday mail), a TOTP app registered; two
  // days later back through a Toronto residential proxy with the attacker's own TOTP to confirm the change.
  {
    const name = 'payroll-diversion-timed-push';
    const atk = { attack: name }, v = N.colleen;
    const ua = UA.edgeWin, dv = DV.win('Edge 142.0.0');
    const wd = { name: T.ent.workday.name, id: T.ent.workday.id, owner: T.id };
    const t0 = U(2026, 10, 27, 12, 6, 14), corr = rng.guid(), sid = rng.guid();
    const b = { user: v, net: AN.s2a, dev: dv, ua, ...atk };
    F.signIn({ ...b, t: t0, corr, app: APP.officeHome, res: RES.officeHome, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' });
    F.signIn({ ...b, t: t0 + 31 * SEC, corr, app: APP.officeHome, res: RES.officeHome, code: 0, ...mfaOk('Mobile app notification'), sid });
    F.signIn({ ...b, t: t0 + 2 * MIN + 5 * SEC, app: wd, res: wd, code: 0, ...claim, sid });
    F.signIn({ ...b, t: t0 + 5 * MIN + 40 * SEC, app: APP.owa, res: RES.exo, code: 0, ...claim, sid });
    F.signIn({ ...b, t: t0 + 7 * MIN, app: APP.mySignins, res: RES.mySignins, code: 0, ...claim, sid });
    A.registeredSecurityInfo(t0 + 8 * MIN + 22 * SEC, v, AN.s2a.ip, 'totp', { ua, all: false, ...atk });
    for (let i = 0; i < 7; i++) F.signIn({ ...b, ni: true, t: t0 + (10 + i * 5) * MIN + rng.int(0, 90) * SEC, app: APP.owa, res: RES.exo, code: 0, ...claimNi, sid });
    F.signIn({ ...b, t: t0 + 24 * MIN, app: wd, res: wd, code: 0, ...claim, sid });
    const t1 = U(2026, 10, 29, 17, 42, 3), sid2 = rng.guid();
    const b2 = { ...b, net: AN.s2b };
    F.signIn({ ...b2, t: t1, app: APP.officeHome, res: RES.officeHome, code: 0, ...mfaOk('OATH verification code'), sid: sid2 });
    F.signIn({ ...b2, t: t1 + 2 * MIN, app: wd, res: wd, code: 0, ...claim, sid: sid2 });
    F.signIn({ ...b2, t: t1 + 5 * MIN, app: APP.owa, res: RES.exo, code: 0, ...claim, sid: sid2 });
    for (let i = 0; i < 4; i++) F.signIn({ ...b2, ni: true, t: t1 + (7 + i * 6) * MIN, app: APP.owa, res: RES.exo, code: 0, ...claimNi, sid: sid2 });
    scen(name, 'Payroll diversion against a department administrator: stolen password, one MFA push timed to her usual start of day and approved, from a residential proxy in Calgary; Workday (direct deposit), Outlook on the web (hiding rule), an authenticator app (TOTP) registered; back two days later from a Toronto residential proxy with the new TOTP.',
      [v], [AN.s2a, AN.s2b], t0, t1 + 31 * MIN, 'Both addresses are residential (Telus, Bell Canada), in Canada.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S3: AiTM phishing ("shared document" lure) against a department head; the proxy passes her own browser's user
  // agent; the stolen session cookie is replayed eight minutes later from another country, a new authenticator
  // registered for persistence, mail read and used the next morning.
  {
    const name = 'aitm-cookie-replay-dept-head';
    const atk = { attack: name }, v = N.fiona;
    const vd = v.devices.laptop;
    const t0 = U(2026, 10, 23, 17, 42, 9), corr = rng.guid(), sid = rng.guid();
    const bp = { user: v, net: AN.s3a, dev: DV.mac(vd.browser), ua: vd.ua, ...atk };
    F.signIn({ ...bp, t: t0, corr, app: APP.officeHome, res: RES.officeHome, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' });
    F.signIn({ ...bp, t: t0 + 22 * SEC, corr, app: APP.officeHome, res: RES.officeHome, code: 50140, ...mfaOk('Mobile app notification') });
    F.signIn({ ...bp, t: t0 + 29 * SEC, corr, app: APP.officeHome, res: RES.officeHome, code: 0, ...mfaOk('Mobile app notification'), sid });
    F.signIn({ ...bp, t: t0 + 58 * SEC, app: APP.owa, res: RES.exo, code: 0, ...claim, sid });
    const t1 = t0 + 8 * MIN + 31 * SEC;
    const br = { user: v, net: AN.s3b, dev: DV.win('Chrome 140.0.0'), ua: UAS.chrome140, sid, ...atk };
    F.signIn({ ...br, t: t1, app: APP.owa, res: RES.exo, code: 0, ...claim });
    F.signIn({ ...br, t: t1 + 3 * MIN, app: APP.officeHome, res: RES.officeHome, code: 0, ...claim });
    F.signIn({ ...br, t: t1 + 25 * MIN, app: APP.mySignins, res: RES.mySignins, code: 0, ...claim });
    A.registeredSecurityInfo(t1 + 27 * MIN, v, AN.s3b.ip, 'push', { ua: UAS.chrome140, all: false, ...atk });
    let tt = t1 + 5 * MIN;
    for (; tt < t1 + 3.6 * HOUR; tt += rng.int(6, 14) * MIN) F.signIn({ ...br, ni: true, t: tt, app: rng.chance(0.7) ? APP.owa : APP.wcss, res: rng.chance(0.7) ? RES.exo : RES.graph, code: 0, ...claimNi });
    const t2 = U(2026, 10, 24, 9, 14);
    F.signIn({ ...br, t: t2, app: APP.owa, res: RES.exo, code: 0, ...claim });
    for (tt = t2 + 3 * MIN; tt < t2 + 2.2 * HOUR; tt += rng.int(5, 12) * MIN) F.signIn({ ...br, ni: true, t: tt, app: APP.owa, res: RES.exo, code: 0, ...claimNi });
    scen(name, 'Adversary-in-the-middle phishing of the Head of Chemistry: her sign-in (with her own Chrome-on-Mac user agent, no device ID) comes from the phishing proxy and completes MFA; eight minutes later the session cookie is replayed from a hosting address in the Netherlands with another browser, the same session, MFA satisfied by claim; a new authenticator is registered and mail is read through the evening and the next morning.',
      [v], [AN.s3a, AN.s3b], t0, tt, 'Session ID is shared between the proxy sign-in and the replay.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S4: low-and-slow password spray through residential proxies (38 exits, each used a handful of times over
  // 11 days), ROPC against Microsoft Office, one password per account per day at most; names harvested from the
  // staff directory and LinkedIn (some no longer exist). Two passwords are right: MFA stops one, the other has
  // never registered MFA (interrupt).
  {
    const name = 'low-slow-residential-spray';
    const atk = { attack: name };
    const nets = ctx.sprayNets;
    const people = T.users.filter((u) => (u.kind === 'acad' || u.kind === 'prof' || u.kind === 'ug' || u.kind === 'pg') && u.enabled && !Object.values(N).includes(u));
    const targets = rng.sample(people, 232);
    const ghosts = Array.from({ length: 28 }, (_, i) => {
      const f = rng.pick(['j', 'm', 's', 'a', 'k', 'r', 'd', 'c']), l = rng.pick(['smith', 'macdonald', 'leblanc', 'murphy', 'campbell', 'wilson', 'fraser', 'white', 'brown', 'king']);
      return { id: '', upn: `${f}.${l}${i % 3 ? '' : rng.int(1, 9)}@chebucto.ca`, display: '', type: 'Member' };
    });
    const all = rng.shuffle([...targets, ...ghosts]);
    const uas = [UA.chromeWin, UA.edgeWin, UA.safariMac, UA.chromeMac, UA.ffWin, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1'];
    const s0 = U(2026, 10, 21, 1, 0), s1 = U(2026, 10, 31, 23, 30);
    const hits = new Map([[all.length - 97, [N.kyle, 50076, U(2026, 10, 26, 3, 14, 27)]], [all.length - 31, [N.jacob, 50079, U(2026, 10, 29, 6, 2, 51)]]]);
    let first = Infinity, last = 0;
    all.forEach((u, i) => {
      let who = u, code = u.id ? 50126 : 50034, t = s0 + rng.next() * (s1 - s0);
      if (hits.has(i)) [who, code, t] = hits.get(i);
      const net = nets[i % nets.length];
      const ua = rng.pick(uas);
      const dv = { id: '', os: ua.includes('Mac OS X') ? (ua.includes('iPhone') ? 'Ios' : 'MacOs') : 'Windows 10', browser: '' };
      F.signIn({ t, user: who.id ? who : { ...who, id: '00000000-0000-0000-0000-000000000000', display: who.upn }, app: APP.office, res: RES.exo, net, dev: dv, ua, client: 'Mobile Apps and Desktop clients', proto: 'ROPC', code, mfa: code === 50076 || code === 50079, ca: code === 50076 || code === 50079 ? 'Success' : 'Not Applied', ...atk });
      first = Math.min(first, t); last = Math.max(last, t);
    });
    scen(name, 'Low-and-slow password spray from 38 residential-proxy exits in Canada and the US, ROPC to Microsoft Office, 260 harvested names (28 no longer exist) over 11 days, about one attempt per account. Two passwords are correct: one student is stopped by MFA (50076), one first-year who never registered MFA is interrupted for registration (50079).',
      [N.kyle, N.jacob], nets, first, last, `The other ${all.length - 2} targeted accounts are not listed in users.`);
  }

  // ---------------------------------------------------------------------------------------------------------
  // S5: MFA fatigue at 03:00 in Halifax against a PhD student; after a dozen prompts he approves; the attacker
  // registers its own authenticator and pulls research files from SharePoint/OneDrive.
  {
    const name = 'mfa-fatigue-phd-night';
    const atk = { attack: name }, v = N.rohan;
    const b = { user: v, net: AN.s5a, dev: DV.mac('Chrome 139.0.0'), ua: UAS.macChrome139, app: APP.officeHome, res: RES.officeHome, ...atk };
    let t = U(2026, 10, 28, 6, 2, 11);
    const outcomes = ['n', 'n', 'n', 'd', 'n', 'n', 'n', 'd', 'n', 'n', 'd', 'n', 'ok'];
    let sid = null;
    for (const o of outcomes) {
      const corr = rng.guid();
      F.signIn({ ...b, t, corr, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' });
      t += rng.int(25, 70) * SEC;
      if (o === 'ok') { sid = rng.guid(); F.signIn({ ...b, t, corr, code: 0, ...mfaOk('Mobile app notification'), sid }); break; }
      F.signIn({ ...b, t, corr, code: 500121, mfa: true, ca: 'Failure', mfaRes: o === 'd' ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', mfaMethod: 'Mobile app notification' });
      t += rng.int(40, 110) * SEC;
    }
    const tOk = t;
    F.signIn({ ...b, t: t + 2 * MIN, app: APP.spo, res: RES.spo, code: 0, ...claim, sid });
    F.signIn({ ...b, t: t + 5 * MIN, app: APP.mySignins, res: RES.mySignins, code: 0, ...claim, sid });
    A.registeredSecurityInfo(t + 6 * MIN + 30 * SEC, v, AN.s5a.ip, 'push', { ua: UAS.macChrome139, all: false, ...atk });
    for (t += 8 * MIN; t < tOk + 70 * MIN; t += rng.int(2, 6) * MIN) F.signIn({ ...b, ni: true, t, app: rng.chance(0.6) ? APP.spoExt : APP.wcss, res: rng.chance(0.7) ? RES.spo : RES.graph, code: 0, ...claimNi, sid });
    scen(name, 'MFA fatigue against a PhD student at 03:00 local time from a hosting address in the Netherlands: twelve pushes denied or unanswered within ~25 minutes, the thirteenth approved; the attacker registers its own authenticator and downloads research data from SharePoint/OneDrive for an hour.',
      [v], [AN.s5a], U(2026, 10, 28, 6, 2, 11), t, '');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S6: OAuth consent phishing. A grants officer consents, from her office on campus, to a look-alike e-signature
  // app (unverified multi-tenant app) asking for mail, files and offline access; its back end then reads and sends
  // mail with her delegated tokens from two hosting addresses.
  {
    const name = 'consent-phish-fake-esign-app';
    const atk = { attack: name }, v = N.heather;
    const app = { name: 'DocuSign eSignature Portal', id: rng.guid(), spId: rng.guid(), owner: rng.guid() };
    const office = reg.campus('staff', 2);
    const vd = v.devices.laptop;
    const dvv = { id: vd.id, os: vd.os, browser: vd.browser, compliant: vd.compliant, managed: vd.managed, join: vd.join };
    const t0 = U(2026, 10, 29, 14, 22, 40), sid = vd.sess?.sid ?? rng.guid();
    F.signIn({ t: t0 - 35 * SEC, user: v, app, res: RES.graph, net: office, dev: dvv, ua: vd.ua, code: 65001, mfa: false, ca: 'Not Applied', sid, inTok: 'Primary Refresh Token', ...atk });
    A.consent(t0, v, office.ip, app, 'User.Read Mail.Read Mail.Send Mail.ReadWrite Files.ReadWrite.All Contacts.Read offline_access', { ua: vd.ua, newSp: true, ...atk });
    F.signIn({ t: t0 + 6 * SEC, user: v, app, res: RES.graph, net: office, dev: dvv, ua: vd.ua, code: 0, mfa: false, ca: 'Not Applied', sid, inTok: 'Primary Refresh Token', ...atk });
    let t = t0 + rng.int(3, 9) * MIN, last = t;
    while (t < END - 10 * MIN) {
      const net = rng.chance(0.65) ? AN.s6a : AN.s6b;
      F.signIn({ t, ni: true, user: v, app, res: RES.graph, net, dev: DV.none, ua: UAS.pyreq, client: 'Mobile Apps and Desktop clients', cred: 'Client secret', code: 0, mfa: false, ca: 'Not Applied', sid, ...atk });
      last = t;
      t += (rng.chance(0.3) ? rng.float(2, 8) : rng.float(25, 95)) * MIN;
    }
    scen(name, 'OAuth consent phishing: a research grants officer, at her desk on campus, consents to an unverified multi-tenant app named "DocuSign eSignature Portal" asking for Mail.Read/Mail.Send/Mail.ReadWrite/Files.ReadWrite.All/Contacts.Read/offline_access; the app\'s back end then redeems her refresh token from two hosting addresses (python-requests, client secret) every half hour to the end of the export.',
      [v], [AN.s6a, AN.s6b], t0 - 35 * SEC, last, `Consent and first sign-in come from the campus staff NAT ${office.ip} (shared by hundreds).`);
  }

  // ---------------------------------------------------------------------------------------------------------
  // S7: refresh-token replay only (infostealer on a history professor's home PC). No interactive sign-in at all:
  // the stolen Microsoft Office / Teams refresh tokens are redeemed through residential proxies in Toronto and
  // Montreal with the victim's own browser user agent and session.
  {
    const name = 'stolen-refresh-token-replay-noninteractive';
    const atk = { attack: name }, v = N.trevor;
    const hp = v.devices.homepc;
    const sid = hp.sess?.sid ?? rng.guid();
    const ua = UA.wam, dv = { id: '', os: 'Windows10', browser: 'Rich Client 4.71.0.0' };
    let first = null, last = 0;
    const bursts = [[U(2026, 10, 30, 4, 10), 3.5], [U(2026, 10, 30, 13, 40), 4], [U(2026, 10, 31, 5, 20), 3], [U(2026, 10, 31, 15, 5), 2.5], [U(2026, 11, 1, 14, 30), 5]];
    for (const [b0, hrs] of bursts) {
      for (let t = b0; t < b0 + hrs * HOUR; t += rng.int(9, 40) * MIN) {
        const net = rng.chance(0.6) ? AN.s7a : AN.s7b;
        const [app, res] = rng.pick([[APP.office, RES.graph], [APP.office, RES.exo], [APP.office, RES.spo], [APP.teams, RES.teamsSvc], [APP.office, RES.graph]]);
        F.signIn({ t, ni: true, user: v, app, res, net, dev: dv, ua, client: 'Mobile Apps and Desktop clients', code: 0, ...claimNi, sid, ...atk });
        first ??= t; last = t;
      }
    }
    scen(name, 'Stolen refresh tokens (infostealer on a history professor\'s unmanaged home PC) replayed only non-interactively: Microsoft Office and Teams tokens redeemed for Graph, Exchange and SharePoint through residential proxies in Toronto and Montreal, with the victim\'s user agent and session ID, MFA satisfied by claim; no interactive sign-in by the attacker.',
      [v], [AN.s7a, AN.s7b], first, last, 'Subtle: non-interactive only, Canadian residential addresses.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S8: device-code phishing ("join the Teams meeting, enter this code") against an engineering professor at home
  // in the evening: he enters the code and approves MFA; the attacker, holding the broker's refresh token,
  // registers a device, obtains a PRT and uses mail and files from a US hosting address.
  {
    const name = 'device-code-phish-broker-prt';
    const atk = { attack: name }, v = N.siddharth;
    const vd = v.devices.laptop;
    const t0 = U(2026, 10, 29, 23, 35, 18), sid = rng.guid();
    F.signIn({ t: t0, user: v, app: APP.broker, res: RES.drs, net: v.home, dev: { id: '', os: vd.os, browser: vd.browser }, ua: vd.ua, client: 'Mobile Apps and Desktop clients', proto: 'Device code', xfer: 'Device code flow', code: 0, ...mfaOk('Mobile app notification'), sid, ...atk });
    const rogue = { id: rng.guid(), objectId: rng.guid(), os: 'Windows 10', browser: 'Edge 142.0.0', compliant: false, managed: false, join: 'Microsoft Entra registered' };
    const b = { user: v, net: AN.s8a, ...atk };
    F.signIn({ ...b, t: t0 + 2 * MIN, ni: true, app: APP.broker, res: RES.drs, dev: DV.none, ua: UAS.pyreq, client: 'Mobile Apps and Desktop clients', code: 0, ...claimNi, sid });
    A.device(t0 + 2 * MIN + 40 * SEC, v, { os: 'Windows', id: rogue.id, objectId: rogue.objectId, name: 'DESKTOP-N4V8Q2R', trust: 'Workplace' }, { ...atk });
    F.signIn({ ...b, t: t0 + 5 * MIN, ni: true, app: APP.broker, res: RES.aad, dev: { ...rogue, browser: '' }, ua: UAS.pyreq, client: 'Mobile Apps and Desktop clients', code: 0, ...claimNi, sid });
    const sid2 = rng.guid();
    let t = t0 + 8 * MIN;
    for (const [app, res] of [[APP.owa, RES.exo], [APP.officeHome, RES.officeHome], [APP.spo, RES.spo]]) { F.signIn({ ...b, t, app, res, dev: rogue, ua: UAS.roadtx, inTok: 'Primary Refresh Token', code: 0, ...claim, sid: sid2 }); t += rng.int(3, 9) * MIN; }
    for (; t < t0 + 3.5 * HOUR; t += rng.int(6, 15) * MIN) F.signIn({ ...b, t, ni: true, app: rng.pick([APP.owa, APP.office, APP.edge]), res: rng.pick([RES.exo, RES.graph, RES.spo]), dev: rogue, ua: UA.wam, client: 'Mobile Apps and Desktop clients', inTok: 'Primary Refresh Token', code: 0, ...claimNi, sid: sid2 });
    const t2 = U(2026, 10, 31, 14, 2);
    for (t = t2; t < t2 + 2 * HOUR; t += rng.int(8, 20) * MIN) F.signIn({ ...b, t, ni: true, app: APP.office, res: rng.pick([RES.exo, RES.graph]), dev: rogue, ua: UA.wam, client: 'Mobile Apps and Desktop clients', inTok: 'Primary Refresh Token', code: 0, ...claimNi, sid: sid2 });
    scen(name, 'Device-code phishing (fake Teams meeting invitation) of an engineering professor at home in the evening: he completes the device-code sign-in for Microsoft Authentication Broker with MFA; the attacker redeems the token from a US hosting address, registers a device (DESKTOP-N4V8Q2R), obtains a primary refresh token and uses mail and SharePoint that night and two days later.',
      [v], [AN.s8a], t0, t, `The device-code sign-in itself is from the victim's home address ${v.home.ip} (also used by his own traffic).`);
  }

  // ---------------------------------------------------------------------------------------------------------
  // S9: help-desk social engineering: a caller posing as an oceanographer on sabbatical in Norway ("lost my phone")
  // gets his MFA method removed and a Temporary Access Pass; the attacker signs in through a VPS in Oslo (to match
  // the sabbatical), registers its own authenticator and uses mail and OneDrive.
  {
    const name = 'helpdesk-tap-social-engineering';
    const atk = { attack: name }, v = N.alasdair, agent = N.kevin;
    const t0 = U(2026, 10, 26, 13, 15, 7), dn = deskNet();
    A.adminDeletedSecurityInfo(t0, agent, dn.ip, v, { ...atk });
    A.adminTap(t0 + 2 * MIN, agent, dn.ip, v, { ...atk });
    const dv = DV.win('Firefox 144.0'), ua = UAS.ff144, sid = rng.guid();
    const b = { user: v, net: AN.s9a, dev: dv, ua, ...atk };
    const t1 = t0 + 9 * MIN + 12 * SEC;
    F.signIn({ ...b, t: t1, app: APP.mySignins, res: RES.mySignins, code: 0, ...mfaOk('Temporary Access Pass'), sid });
    A.registeredSecurityInfo(t1 + 3 * MIN, v, AN.s9a.ip, 'push', { ua, all: false, ...atk });
    A.changedDefault(t1 + 4 * MIN, v, AN.s9a.ip, { ua, ...atk });
    let t = t1 + 6 * MIN;
    for (const [app, res] of [[APP.officeHome, RES.officeHome], [APP.owa, RES.exo], [APP.spo, RES.spo]]) { F.signIn({ ...b, t, app, res, code: 0, ...claim, sid }); t += rng.int(2, 6) * MIN; }
    for (; t < t1 + 5 * HOUR; t += rng.int(7, 18) * MIN) F.signIn({ ...b, t, ni: true, app: rng.pick([APP.owa, APP.spoExt, APP.wcss]), res: rng.pick([RES.exo, RES.spo, RES.graph]), code: 0, ...claimNi, sid });
    const t2 = U(2026, 10, 27, 10, 5);
    F.signIn({ ...b, t: t2, app: APP.owa, res: RES.exo, code: 0, ...claim, sid });
    for (t = t2 + 4 * MIN; t < t2 + 3 * HOUR; t += rng.int(8, 20) * MIN) F.signIn({ ...b, t, ni: true, app: APP.owa, res: RES.exo, code: 0, ...claimNi, sid });
    scen(name, 'Help-desk social engineering: a caller impersonating an oceanographer on sabbatical in Norway gets the service desk to delete his authenticator and issue a Temporary Access Pass; the attacker signs in with the TAP from a VPS in Oslo (chosen to match the sabbatical), registers its own authenticator, makes it the default, and uses mail and OneDrive that afternoon and the next morning.',
      [v], [AN.s9a], t0, t, `TAP issued by ${agent.upn} (a real agent, deceived) from the campus staff NAT ${dn.ip}.`);
  }

  // ---------------------------------------------------------------------------------------------------------
  // S10: a partner-institution guest whose project ended (no sign-in in the export until now; the access review was
  // overdue) is used from Singapore at 23:10 Halifax time to pull the consortium's SharePoint; the guest then invites
  // a throw-away external account, which redeems and comes back the next night from India.
  {
    const name = 'dormant-partner-guest-reactivated';
    const atk = { attack: name }, v = N.henrik;
    const dv = DV.linux('Chrome 141.0.0'), ua = UAS.linuxChrome141, sid = rng.guid();
    const b = { user: v, net: AN.s10a, dev: dv, ua, ...atk };
    const t0 = U(2026, 10, 30, 2, 10, 44);
    F.signIn({ ...b, t: t0, app: APP.teamsWeb, res: RES.teamsSvc, code: 0, ...mfaOk('Mobile app notification'), sid });
    F.signIn({ ...b, t: t0 + 4 * MIN, app: APP.spo, res: RES.spo, code: 0, ...claim, sid });
    let t = t0 + 6 * MIN;
    for (; t < t0 + 2 * HOUR; t += rng.int(2, 7) * MIN) F.signIn({ ...b, t, ni: true, app: rng.pick([APP.spoExt, APP.teamsWeb]), res: rng.chance(0.75) ? RES.spo : RES.graph, code: 0, ...claimNi, sid });
    const burner = { id: rng.guid(), upn: 'data.archive.4471@outlook.com', display: 'data.archive.4471', type: 'Guest', homeTenant: '9188040d-6c67-4c5b-b112-36a304b66dad' };
    A.invite(t0 + 55 * MIN, v, AN.s10a.ip, burner, { ...atk });
    const t1 = t0 + 70 * MIN;
    F.signIn({ user: burner, net: AN.s10a, dev: dv, ua, t: t1, app: APP.spo, res: RES.spo, code: 0, ...mfaOk('Text message'), mfaDetail: '+X XXXXXXXX39', sid: rng.guid(), ...atk });
    A.redeem(t1 + 30 * SEC, burner, AN.s10a.ip, { ...atk });
    const t2 = U(2026, 10, 31, 1, 2), sid3 = rng.guid();
    F.signIn({ user: burner, net: AN.s10b, dev: dv, ua, t: t2, app: APP.spo, res: RES.spo, code: 0, ...claim, sid: sid3, ...atk });
    for (t = t2 + 3 * MIN; t < t2 + 80 * MIN; t += rng.int(3, 9) * MIN) F.signIn({ user: burner, net: AN.s10b, dev: dv, ua, t, ni: true, app: APP.spoExt, res: RES.spo, code: 0, ...claimNi, sid: sid3, ...atk });
    scen(name, 'A B2B guest from a partner institute whose project ended months ago (no sign-in in the export until then) is used from Singapore to pull the research consortium\'s SharePoint for two hours; the guest invites a throw-away outlook.com account, which redeems at once and returns the next night from India.',
      [v, burner], [AN.s10a, AN.s10b], t0, t, '');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S11: identity administrator compromised (password from an infostealer, SMS code after a SIM swap) at 03:40
  // local time on a Sunday: the Azure portal is blocked (non-compliant device), Graph PowerShell is not; PIM
  // activations, a new client secret on the mail-archive app (Mail.ReadWrite application permission), a dormant
  // service account's password reset and Cloud Application Administrator given to it, which signs in at once.
  {
    const name = 'admin-pim-app-secret-role-grant';
    const atk = { attack: name }, v = N.marc, svc = N.ldapSvc;
    const b = { user: v, net: AN.s11a, ...atk };
    const t0 = U(2026, 11, 1, 7, 40, 26), corr = rng.guid(), sid = rng.guid();
    F.signIn({ ...b, t: t0, corr, app: APP.azurePortal, res: RES.arm, dev: DV.win('Chrome 141.0.0'), ua: UAS.chrome141, code: 50074, mfa: true, ca: 'Success', mfaRes: 'MFA required in Azure AD' });
    F.signIn({ ...b, t: t0 + 48 * SEC, corr, app: APP.azurePortal, res: RES.arm, dev: DV.win('Chrome 141.0.0'), ua: UAS.chrome141, code: 53000, mfa: true, ca: 'Failure', mfaRes: 'MFA successfully completed', mfaMethod: 'Text message', mfaDetail: '+X XXXXXXXX27' });
    const t1 = t0 + 3 * MIN + 10 * SEC;
    F.signIn({ ...b, t: t1, app: APP.graphCli, res: RES.graph, dev: { id: '', os: 'Windows 10', browser: 'Rich Client' }, ua: UAS.ps74, client: 'Mobile Apps and Desktop clients', code: 0, ...mfaOk('Text message'), mfaDetail: '+X XXXXXXXX27', sid });
    A.pimActivate(t1 + 4 * MIN, v, AN.s11a.ip, ROLES.pra, 240, 'INC0048812 follow-up', { ...atk });
    A.pimActivate(t1 + 6 * MIN, v, AN.s11a.ip, ROLES.appAdmin, 240, 'INC0048812 follow-up', { ...atk });
    const arch = T.mailArchiveApp;
    A.addSecret(t1 + 10 * MIN, v, AN.s11a.ip, arch, { ua: UAS.ps74, old: arch.current, keyName: 'archive-sync', ...atk });
    A.adminReset(t1 + 13 * MIN, v, AN.s11a.ip, svc, { ua: UAS.ps74, ...atk });
    A.addRoleMember(t1 + 15 * MIN, v, AN.s11a.ip, svc, ROLES.cloudAppAdmin, { ...atk });
    for (let i = 0; i < 6; i++) F.signIn({ ...b, t: t1 + (2 + i * 3) * MIN, ni: true, app: APP.graphCli, res: RES.graph, dev: DV.none, ua: UAS.ps74, client: 'Mobile Apps and Desktop clients', code: 0, ...claimNi, sid });
    const t2 = t1 + 27 * MIN, sid2 = rng.guid();
    F.signIn({ user: svc, net: AN.s11a, t: t2, app: APP.graphCli, res: RES.graph, dev: { id: '', os: 'Windows 10', browser: 'Rich Client' }, ua: UAS.ps74, client: 'Mobile Apps and Desktop clients', code: 0, mfa: false, ca: 'Not Applied', sid: sid2, ...atk });
    F.signIn({ user: svc, net: AN.s11a, t: t2 + 4 * MIN, app: APP.azurePortal, res: RES.arm, dev: DV.win('Chrome 141.0.0'), ua: UAS.chrome141, code: 0, mfa: false, ca: 'Not Applied', sid: rng.guid(), ...atk });
    for (let i = 0; i < 5; i++) F.signIn({ user: svc, net: AN.s11a, t: t2 + (6 + i * 4) * MIN, ni: true, app: APP.graphCli, res: RES.graph, dev: DV.none, ua: UAS.ps74, client: 'Mobile Apps and Desktop clients', code: 0, mfa: false, ca: 'Not Applied', sid: sid2, ...atk });
    scen(name, 'An identity administrator\'s account is taken over at 03:40 on a Sunday (password from an infostealer, SMS code after a SIM swap) from a US hosting address: the Azure portal is blocked by the compliant-device policy, Graph PowerShell is not; the attacker activates Privileged Role Administrator and Application Administrator in PIM, adds a client secret to the mail-archive app (Mail.ReadWrite application permission), resets a dormant service account\'s password and makes it Cloud Application Administrator, then signs in as that account.',
      [v, svc], [AN.s11a], t0, t2 + 26 * MIN, 'The same app had a benign automated secret rotation earlier in the window.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S12: SMTP AUTH brute force against the engineering scan-to-email account (exempt from the legacy-auth block);
  // the password (set in 2019) falls on the second night; spam relayed through SMTP AUTH from three addresses until
  // infrastructure rotates the password, after which the attempts fail again.
  {
    const name = 'smtp-auth-bruteforce-printer-account';
    const atk = { attack: name }, v = N.mfpEng;
    const b = { user: v, app: APP.exo, res: RES.exo, dev: { id: '', os: '', browser: '' }, ua: '', client: 'Authenticated SMTP', mfa: false, ca: 'Not Applied', ...atk };
    const bursts = [[U(2026, 10, 24, 2, 3), 35, AN.s12a], [U(2026, 10, 24, 9, 40), 25, AN.s12c], [U(2026, 10, 24, 19, 12), 40, AN.s12a], [U(2026, 10, 25, 3, 55), 30, AN.s12b], [U(2026, 10, 25, 14, 20), 25, AN.s12c], [U(2026, 10, 25, 20, 31), 40, AN.s12b]];
    const ghostNames = ['scanner', 'info', 'admin', 'printer', 'scan', 'copier', 'noreply', 'helpdesk'];
    for (const [b0, mins, net] of bursts) {
      for (let t = b0; t < b0 + mins * MIN; t += rng.int(35, 95) * SEC) {
        if (rng.chance(0.12)) { const g = rng.pick(ghostNames); F.signIn({ ...b, user: { id: '00000000-0000-0000-0000-000000000000', upn: `${g}@chebucto.ca`, display: `${g}@chebucto.ca`, type: 'Member' }, t, net, code: 50034 }); continue; }
        F.signIn({ ...b, t, net, code: 50126 });
      }
    }
    const tOk = U(2026, 10, 25, 21, 14, 9);
    F.signIn({ ...b, t: tOk, net: AN.s12b, code: 0 });
    let t = tOk + 6 * MIN;
    const tRot = U(2026, 10, 26, 13, 20);
    for (; t < U(2026, 10, 26, 9, 30); t += rng.int(6, 22) * MIN) F.signIn({ ...b, t, net: rng.pick([AN.s12b, AN.s12c, AN.s12d]), code: 0 });
    A.adminReset(tRot, T.users.find((u) => u.kind === 'it' && u.sub === 'infra'), reg.campus('staff', 0).ip, v);
    for (t = tRot + 35 * MIN; t < tRot + 100 * MIN; t += rng.int(5, 12) * MIN) F.signIn({ ...b, t, net: AN.s12c, code: 50126 });
    scen(name, 'Brute force of SMTP AUTH (legacy basic authentication, allowed for the scan-to-email account by a Conditional Access exclusion) from four hosting addresses in Romania, Lithuania and Russia over two nights (with a few guesses at generic mailbox names); the password falls at 18:14 ADT on 25 Oct and the account relays spam through SMTP AUTH until infrastructure rotates its password the next morning.',
      [v], [AN.s12a, AN.s12b, AN.s12c, AN.s12d], bursts[0][0], t, 'The printer itself keeps scanning from the printer VLAN NAT as usual.');
  }

  // ---------------------------------------------------------------------------------------------------------
  // S13: insider grade tampering. A student who captured a mathematics instructor's password on a lecture-hall PC
  // signs in as him late at night from the residence NAT and the library's eduroam — campus networks are trusted
  // locations, so no MFA is asked — to change grades in Brightspace and delete the notification mail.
  {
    const name = 'insider-grade-tampering-campus-nat';
    const atk = { attack: name }, v = N.donald;
    const lms = { name: T.ent.lms.name, id: T.ent.lms.id, owner: T.id };
    const halls = reg.campus('halls', 2), edu = reg.campus('eduroam', 4);
    const dv = DV.win('Chrome 142.0.0'), ua = UA.chromeWin;
    const s1 = rng.guid();
    let t = U(2026, 10, 27, 2, 5, 31);
    F.signIn({ user: v, net: halls, dev: dv, ua, t, app: lms, res: lms, code: 50126, mfa: false, ca: 'Not Applied', ...atk });
    t += 41 * SEC;
    F.signIn({ user: v, net: halls, dev: dv, ua, t, app: lms, res: lms, code: 0, mfa: false, ca: 'Not Applied', sid: s1, ...atk });
    F.signIn({ user: v, net: halls, dev: dv, ua, t: t + 9 * MIN, app: APP.owa, res: RES.exo, code: 0, mfa: false, ca: 'Not Applied', sid: s1, ...atk });
    F.signIn({ user: v, net: halls, dev: dv, ua, t: t + 12 * MIN, ni: true, app: APP.owa, res: RES.exo, code: 0, mfa: false, ca: 'Not Applied', sid: s1, ...atk });
    F.signIn({ user: v, net: halls, dev: dv, ua, t: t + 34 * MIN, app: lms, res: lms, code: 0, mfa: false, ca: 'Not Applied', sid: s1, ...atk });
    const s2 = rng.guid();
    t = U(2026, 10, 29, 1, 31, 2);
    F.signIn({ user: v, net: edu, dev: dv, ua, t, app: lms, res: lms, code: 0, mfa: false, ca: 'Not Applied', sid: s2, ...atk });
    F.signIn({ user: v, net: edu, dev: dv, ua, t: t + 14 * MIN, app: APP.owa, res: RES.exo, code: 0, mfa: false, ca: 'Not Applied', sid: s2, ...atk });
    F.signIn({ user: v, net: edu, dev: dv, ua, t: t + 16 * MIN, ni: true, app: APP.owa, res: RES.exo, code: 0, mfa: false, ca: 'Not Applied', sid: s2, ...atk });
    F.signIn({ user: v, net: halls, dev: dv, ua, t: t + 68 * MIN, app: lms, res: lms, code: 0, mfa: false, ca: 'Not Applied', sid: rng.guid(), ...atk });
    scen(name, 'Insider: a student who captured a mathematics instructor\'s password on a lecture-hall PC signs in as him late at night from the residence-hall NAT and from eduroam in the library (trusted campus networks, so single-factor), on an unmanaged Windows laptop with Chrome (he uses a managed Mac and a managed Windows desktop), to change grades in Brightspace and delete the notification mail.',
      [v], [], U(2026, 10, 27, 2, 5, 31), t + 68 * MIN, `Subtle: only shared campus addresses — residence NAT ${halls.ip} and eduroam NAT ${edu.ip}, each used by hundreds of people.`);
  }
  return out;
}
