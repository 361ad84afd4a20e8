// The twelve planted intrusions (and the honest aftermath they cause), designed from public reporting.
import { MIN, HOUR, DAY, isoSec } from './calendar.mjs';
import { APPS, RES, UA, MSA_TENANT } from './world.mjs';
import { ev, mobileIp, homeIp } from './events.mjs';
import { browserUa, webTarget, desktopApp, mobileApp, mobileOsBrowser, SCOPES } from './channels.mjs';

// whole-minute times get a fixed pseudo-random second (so designed sequences keep their order)
const U = (d, h, m = 0, s = 0) => Date.UTC(2026, 9, d, h, m, s) + (s === 0 ? (((d * 7919 + h * 104729 + m * 1299709) % 55) + 2) * 1000 + ((d * 31 + h * 17 + m) % 997) : 0);
const OLD_UA = {
  chrome150: UA.chromeWin(150), chrome147: UA.chromeWin(147), chrome151: UA.chromeWin(151), chrome120: UA.chromeWin(120),
  ff115mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:109.0) Gecko/20100101 Firefox/115.0',
  edge119: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.0.0',
  safari16: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15',
  pyreq: 'python-requests/2.31.0', fasthttp: 'fasthttp',
};

/** Pick the scenario victims before the honest plans are made (so victims neither travel nor go on leave). */
export function pickVictims(T, rng) {
  const r = rng.fork('victims');
  const V = {};
  const take = (label, pred) => {
    const c = r.shuffle(T.people.filter((p) => !p.victim && pred(p)));
    if (!c.length) throw new Error(`no victim for ${label}`);
    c[0].victim = label; V[label] = c[0]; return c[0];
  };
  const st = (p) => p.kind === 'staff' && !p.newStarter && !p.dev && !p.adminAccount && p.laptop && p.laptop.id && p.laptop.os === 'windows';
  take('aitm', (p) => st(p) && p.office === 'MEL' && (p.dept === 'Finance' || p.dept === 'Payroll Services') && p.phone);
  take('qr', (p) => st(p) && p.office === 'BNE' && p.dept === 'Tax' && p.phone && p.phone.os === 'ios' && !p.phone.id);
  take('consent', (p) => st(p) && p.office === 'SYD' && p.role === 'Executive Assistant');
  take('devicecode', (p) => st(p) && p.office === 'SYD' && p.partner && (p.dept === 'Business Advisory' || p.dept === 'Corporate Finance' || p.dept === 'Tax'));
  take('reuse1', (p) => st(p) && p.office === 'SYD');
  take('reuse2', (p) => st(p) && p.office === 'MEL');
  take('spray', (p) => p.newStarter && p.office === 'PER');
  take('fatigue', (p) => st(p) && p.office === 'AKL' && p.partner && p.phone);
  take('vishing', (p) => st(p) && p.office === 'PER' && (p.role === 'Senior Manager' || p.role === 'Manager') && p.phone);
  take('insider', (p) => st(p) && p.office === 'MEL' && p.role === 'Senior Manager' && p.dept === 'Tax' && p.phone);
  take('cookie', (p) => st(p) && p.office === 'SYD' && p.dept === 'Payroll Services');
  V.spray.firstDay = '2026-10-21';
  V.cookie.homePc = V.cookie.homePc || { id: '', name: '', os: 'windows', compliant: false, managed: false, trust: '' };
  V.cookie.lateWorker = true;
  V.insider.officeDow = new Set([1, 2, 3, 4]);
  V.msp = T.msp[2]; V.msp.victim = 'msp';
  V.dev = T.devs[1]; V.dev.victim = 'dev';
  return V;
}

/** Where an ordinary staff member's laptop signs in from at time t (office day, or home via Zscaler / NBN). */
function laptopAddr(T, H, p, t) {
  const local = new Date(t + (p.zone === 'AWST' ? 8 : p.zone === 'AEST' ? 10 : p.zone === 'NZDT' ? 13 : 11) * 3600e3);
  if (p.officeDow && p.officeDow.has(local.getUTCDay())) return T.offices[p.office].ips[0];
  return p.zsForLogin ? T.pools.zscaler[H.zsNode(p, p.city)][0] : p.homeIp;
}

class Scenario {
  constructor(ctx, name, meta) {
    Object.assign(this, { ctx, name, ...meta });
    this.T = ctx.T; this.r = ctx.rng.fork(`scn:${name}`); this.sink = ctx.sink; this.A = ctx.A; this.H = ctx.H;
    this.ips = []; this.users = []; this.count = { interactive: 0, noninteractive: 0, servicePrincipal: 0, audits: 0 };
  }
  ip(net, city, opts = {}) { const ip = this.T.book.take(net, city, this.name, { rng: this.r, ...opts }); this.ips.push(ip); return ip; }
  user(...us) { for (const u of us) if (!this.users.includes(u.upnLog)) this.users.push(u.upnLog); }
  add(e) {
    e.scenario = this.name;
    const x = this.sink.add(ev(this.r, e));
    if (x) { if (e.account.kind === 'sp') this.count.servicePrincipal++; else if (e.interactive) this.count.interactive++; else this.count.noninteractive++; this.span(e.t); }
    return x;
  }
  audit(fn) {
    const before = this.sink.audits.length;
    fn(this.A);
    for (let i = before; i < this.sink.audits.length; i++) { this.sink.audits[i].scenario = this.name; this.count.audits++; this.span(this.sink.audits[i].t); }
  }
  honest(e) { return this.H.add(e); }
  span(t) { this.first = Math.min(this.first ?? t, t); this.last = Math.max(this.last ?? t, t); }   // aftermath rows of honest people: benign
  /** non-interactive refreshes spread over [t0, t1] */
  refreshes(n, t0, t1, base, pickIp) {
    for (let i = 0; i < n; i++) { const t = t0 + this.r.float() * (t1 - t0); this.add({ ...base, t, ip: pickIp ? pickIp(t) : base.ip, interactive: false }); }
  }
  truth() {
    return { name: this.name, users: this.users, ips: [...new Set(this.ips)], start: isoSec(Math.min(this.start, this.first)), end: isoSec(Math.max(this.end, this.last)), description: this.description, source: this.source, records: { ...this.count } };
  }
}

export function plantAttacks(ctx, V) {
  const out = [];
  for (const f of [s1Aitm, s2Qr, s3Consent, s4DeviceCode, s5Stuffing, s6Spray, s7Fatigue, s8Vishing, s9Insider, s10Cookie, s11Msp, s12Fic]) out.push(f(ctx, V).truth());
  return out;
}

// ---------------------------------------------------------------------------------------------------------
function s1Aitm(ctx, V) {
  const v = V.aitm;
  const S = new Scenario(ctx, 'tycoon2fa-aitm-invoice-bec', {
    start: U(13, 23, 42), end: U(16, 0, 40),
    description: `Tycoon 2FA-style adversary-in-the-middle phish (fake supplier invoice) against ${v.upnLog} (Melbourne finance): credentials and the push approval relayed through a Cloudflare Workers proxy (IPv6, geolocated Melbourne), the session cookie replayed minutes later from an M247 VPS in Amsterdam, Outlook on the web and Graph used for payment-diversion mail over two days, and a second Authenticator registered for persistence; sessions revoked by IT on 16 Oct, after which the stolen refresh token fails.`,
    source: 'iTnews on the Europol/Microsoft Tycoon 2FA takedown (Mar 2026: Cloudflare Workers used as the AiTM proxy, session tokens stolen, invoice fraud from hijacked mailboxes); CyOps "What the Tycoon 2FA takedown didn\'t fix" (Mar 2026); Microsoft Defender research on a multi-stage AiTM + BEC campaign using SharePoint lures and inbox rules (2026, via secy247/imtr.net summaries)',
  });
  S.user(v);
  const T = S.T, r = S.r;
  const proxy = S.ip('cloudflare', 'MEL', { v6: true }), proxy2 = S.ip('cloudflare', 'MEL', { v6: true });
  const vps = S.ip('m247', 'AMS'), vps2 = S.ip('m247', 'AMS');
  const b = browserUa(v);
  const sess = r.uuid(), cid = r.uuid();
  const t0 = S.start;
  const base = { account: v, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, sessionId: sess, correlationId: cid, identifier: v.upnLog, scopes: '' };
  const risk = { during: 'low', aggregated: 'low', state: 'atRisk', detail: 'none', events: ['unfamiliarFeatures'] };
  S.add({ ...base, t: t0, ip: proxy, interactive: true, auth: 'pwd+mfa-required', code: 50074, stage: 'mfa', mfaRequired: true, mfaMethod: 'push', additional: 'MFA required in Azure AD' });
  S.add({ ...base, t: t0 + 31000, ip: proxy, interactive: true, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, additional: 'MFA completed in Azure AD', risk, ms: 1840 });
  S.add({ ...base, t: t0 + 44000, ip: proxy2, interactive: true, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, code: 50140 });
  // cookie replay from the VPS
  const aua = { ua: OLD_UA.chrome150, os: 'Windows 10', browser: 'Chrome 150.0.0' };
  const rb = { ...base, ...aua, identifier: '', correlationId: undefined };
  const t1 = t0 + 9 * MIN + 12000;
  S.add({ ...rb, t: t1, ip: vps, interactive: true, auth: 'cookie', mfaSatisfied: true, risk: { during: 'medium', aggregated: 'medium', state: 'atRisk', detail: 'none', events: ['unfamiliarFeatures'] } });
  const owa = webTarget(T, 'owa');
  S.add({ ...rb, t: t1 + 70000, ip: vps, interactive: true, app: owa.app, res: owa.res, auth: 'cookie', mfaSatisfied: true });
  S.refreshes(14, t1 + 3 * MIN, t1 + 9 * HOUR, { ...rb, ip: vps, app: owa.app, res: owa.res, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  S.refreshes(6, t1 + 5 * MIN, t1 + 6 * HOUR, { ...rb, ip: vps, app: APPS.wcss, res: RES.graph, mfaSatisfied: true, scopes: ['Files.Read', 'Mail.ReadWrite', 'People.Read', 'User.Read'] });
  // persistence: a second Authenticator registered from the VPS
  const ms = webTarget(T, 'mySignins');
  S.add({ ...rb, t: t1 + 38 * MIN, ip: vps, interactive: true, app: ms.app, res: ms.res, auth: 'cookie', mfaSatisfied: true });
  S.audit((A) => A.secInfo(t1 + 41 * MIN, v, vps, 'User registered security info', 'User registered Authenticator App with Notification and Code', aua.ua));
  // day 2: new sign-in with the attacker's own authenticator (OTP), from a second VPS address
  const t2 = U(14, 21, 7);
  const cid2 = r.uuid(), sess2 = r.uuid();
  S.add({ ...base, ...aua, t: t2, ip: vps2, interactive: true, app: owa.app, res: owa.res, auth: 'pwd+mfa', mfaMethod: 'otp', mfaSatisfied: true, correlationId: cid2, sessionId: sess2, additional: 'MFA completed in Azure AD' });
  S.refreshes(18, t2 + 2 * MIN, U(15, 20, 0), { ...rb, sessionId: sess2, ip: vps2, app: owa.app, res: owa.res, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  S.refreshes(5, t2 + 2 * MIN, U(15, 9, 0), { ...rb, sessionId: sess2, ip: vps2, app: APPS.wcss, res: RES.graph, mfaSatisfied: true, scopes: ['Files.Read', 'Mail.ReadWrite', 'People.Read', 'User.Read'] });
  // honest remediation on Friday morning (a client queried the changed bank details)
  const fix = U(15, 22, 55);
  const adm = T.admins[0];
  const admIp = T.offices.SYD.ips[0];
  ctx.A.revokeSessions(fix, adm, admIp, v, UA.edgeWin(153));
  ctx.A.secInfo(fix + 3 * MIN, v, admIp, 'Admin deleted security info', 'Admin deleted Authenticator App with Notification and Code', UA.edgeWin(153), adm, 'Delete');
  ctx.A.resetPassword(fix + 5 * MIN, adm, admIp, v, UA.edgeWin(153));
  for (let i = 0; i < 3; i++) S.add({ ...rb, sessionId: sess2, t: fix + (20 + i * 37) * MIN, ip: vps2, interactive: false, app: owa.app, res: owa.res, code: 50173, scopes: SCOPES.exo });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s2Qr(ctx, V) {
  const v = V.qr;
  const S = new Scenario(ctx, 'sneaky2fa-qr-payg-lure', {
    start: U(15, 23, 12), end: U(17, 3, 10),
    description: `Tax-time client-impersonation lure ("updated PAYG summary / TFN declaration" with a QR code) opened on ${v.upnLog}'s personal iPhone (Brisbane tax accountant); a Sneaky 2FA-style kit on a Vultr Singapore host relays the sign-in, cycling through outdated desktop user agents mid-flow (the "impossible device shift"); the session is then used from Australian residential-proxy addresses to pull client folders from SharePoint/OneDrive for hours and again on Saturday.`,
    source: 'Eye Security, "Sneaky2FA: use this KQL query to stay ahead of the emerging threat" (28 Jan 2025; Sekoia\'s "impossible device shift": rotating outdated user agents during one sign-in); Microsoft Threat Intelligence on early-2026 tax-season phishing (CPA-themed lures, "2025 Employee Tax Docs" QR codes to SneakyLog/Kratos AiTM pages), as summarised by cloudpandas',
  });
  S.user(v);
  const T = S.T, r = S.r;
  const kit = S.ip('vultr', 'SIN');
  const res1 = S.ip('tpgHome', 'BNE'), res2 = S.ip('optusHome', 'BNE');
  const sess = r.uuid(), cid = r.uuid();
  const t0 = S.start;
  const base = { account: v, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', device: null, sessionId: sess, correlationId: cid, identifier: v.upnLog, scopes: '', ip: kit, interactive: true };
  S.add({ ...base, t: t0, ua: UA.safariIos('26.1'), os: 'iOS 18.6', browser: 'Mobile Safari', platform: 'ios', auth: 'pwd+mfa-required', code: 50074, stage: 'mfa', mfaRequired: true, mfaMethod: 'push', additional: 'MFA required in Azure AD' });
  S.add({ ...base, t: t0 + 52000, ua: OLD_UA.ff115mac, os: 'MacOs', browser: 'Firefox 115.0', platform: 'macos', auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, additional: 'MFA completed in Azure AD', ms: 2210 });
  S.add({ ...base, t: t0 + 66000, ua: OLD_UA.chrome120, os: 'Windows 10', browser: 'Chrome 120.0.0', platform: 'windows', auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, code: 50140 });
  S.add({ ...base, t: t0 + 80000, ua: OLD_UA.edge119, os: 'Windows 10', browser: 'Edge 119.0.0', platform: 'windows', auth: 'cookie', mfaSatisfied: true, correlationId: r.uuid(), identifier: '' });
  // the harvested session used from residential proxies in Brisbane
  const aua = { ua: OLD_UA.chrome120, os: 'Windows 10', browser: 'Chrome 120.0.0', platform: 'windows' };
  const t1 = t0 + 22 * MIN;
  const spo = webTarget(T, 'spo');
  const rb = { ...base, ...aua, identifier: '', correlationId: undefined };
  S.add({ ...rb, t: t1, ip: res1, auth: 'cookie', mfaSatisfied: true });
  S.add({ ...rb, t: t1 + 40000, ip: res1, app: spo.app, res: spo.res, auth: 'cookie', mfaSatisfied: true });
  S.refreshes(34, t1 + MIN, t1 + 5 * HOUR, { ...rb, ip: res1, app: spo.app, res: spo.res, mfaSatisfied: true, scopes: SCOPES.spo });
  S.refreshes(9, t1 + MIN, t1 + 5 * HOUR, { ...rb, ip: res1, app: APPS.wcss, res: RES.graph, mfaSatisfied: true, scopes: ['Files.Read.All', 'Sites.Read.All', 'User.Read'] });
  const t2 = U(16, 22, 40);
  S.add({ ...rb, t: t2, ip: res2, app: spo.app, res: spo.res, auth: 'cookie', mfaSatisfied: true });
  S.refreshes(16, t2 + MIN, t2 + 4 * HOUR, { ...rb, ip: res2, app: spo.app, res: spo.res, mfaSatisfied: true, scopes: SCOPES.spo });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s3Consent(ctx, V) {
  const v = V.consent;
  const S = new Scenario(ctx, 'consent-phish-esign-app', {
    start: U(20, 3, 5), end: U(25, 22, 0),
    description: `OAuth consent phishing: ${v.upnLog} (Sydney executive assistant) follows a DocuSign-styled "engagement letter FY26" link to the real Microsoft consent page and grants an unverified multi-tenant app named "DocuSign eSignature Portal" User.Read, Mail.Read, Mail.Send, Files.Read.All, Contacts.Read and offline_access (user consent) from the office laptop; the app's backend in Azure (US East) then redeems the assistant's refresh token around the clock for six days to read mail and files.`,
    source: 'Proofpoint on malicious Microsoft OAuth apps impersonating Adobe and DocuSign (2025, as reported by LeeShanok and WindowsForum); IRONSCALES threat intelligence on DocuSign-styled Microsoft OAuth consent-grant phishing; Wiz, "Would you click Accept? Detecting malicious Azure OAuth applications" (OAuth Apps Scout)',
  });
  S.user(v);
  const T = S.T, r = S.r;
  const be1 = S.ip('azure', 'BOY'), be2 = S.ip('azure', 'BOY');
  const app = { id: r.uuid(), name: 'DocuSign eSignature Portal', owner: T.attackerAppTenant };
  const spId = r.uuid();
  const t0 = S.start;
  const office = laptopAddr(T, S.H, v, t0);
  const b = browserUa(v);
  const sess = r.uuid();
  const base = { account: v, app, res: RES.graph, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: v.laptop, ip: office, sessionId: sess, scopes: '', interactive: true };
  const scopes = ['User.Read', 'Mail.Read', 'Mail.Send', 'Files.Read.All', 'Contacts.Read', 'offline_access'];
  S.add({ ...base, t: t0, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', code: 65001 });
  S.audit((A) => A.consent(t0 + 48000, v, office, app, spId, scopes, b.ua));
  S.add({ ...base, t: t0 + 52000, auth: 'prt', mfaSatisfied: true, incoming: 'primaryRefreshToken', scopes: '' });
  // the app backend redeems the refresh token (confidential client with a secret)
  const rb = { account: v, app, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: '', os: '', browser: '', platform: 'other', device: null, sessionId: sess, credType: 'clientSecret', mfaSatisfied: true, scopes: scopes.filter((x) => x !== 'offline_access') };
  for (let t = t0 + 4 * MIN; t < U(25, 22, 0); t += r.int(55, 110) * MIN + r.int(0, 59999)) S.add({ ...rb, t, ip: r.chance(0.6) ? be1 : be2, interactive: false });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s4DeviceCode(ctx, V) {
  const v = V.devicecode;
  const S = new Scenario(ctx, 'storm2372-devicecode-broker-prt', {
    start: U(21, 5, 31), end: U(23, 11, 0),
    description: `Storm-2372-style device code phishing of ${v.upnLog} (Sydney partner): after a WhatsApp rapport-building exchange, a fake Teams meeting invite carries a device code; the partner enters it on microsoft.com/devicelogin from the office laptop, authorising the Microsoft Authentication Broker client for the Device Registration Service. From a Linode host in Sydney the actor registers a device ("DESKTOP-4K7Q2MH") with the refresh token, obtains a primary refresh token, is blocked for desktop Office by the compliant-device policy, and uses the browser and Graph to search and read mail for two days.`,
    source: 'Microsoft Threat Intelligence, "Storm-2372 conducts device code phishing campaign" (13 Feb 2025; update 14 Feb 2025: Microsoft Authentication Broker client id, device registration and primary refresh token); Microsoft Defender, "Inside an AI-enabled device code phishing campaign" (6 Apr 2026)',
  });
  S.user(v);
  const T = S.T, r = S.r;
  const l1 = S.ip('linode', 'SYD'), l2 = S.ip('linode', 'SYD');
  const t0 = S.start;
  const office = laptopAddr(T, S.H, v, t0);
  const b = browserUa(v);
  // the partner enters the code (interactive sign-in comes from the partner's browser at the office)
  S.add({ account: v, t: t0, interactive: true, app: APPS.broker, res: RES.drs, clientApp: 'Mobile Apps and Desktop clients', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip: office, auth: 'prt', mfaSatisfied: true, protocol: 'deviceCode', transfer: 'deviceCodeFlow', identifier: '', sessionId: r.uuid(), scopes: '' });
  const dev = { id: r.uuid(), name: 'DESKTOP-4K7Q2MH', os: 'windows', compliant: false, managed: false, trust: 'Azure AD registered' };
  const rb = { account: v, clientApp: 'Mobile Apps and Desktop clients', ua: OLD_UA.pyreq, os: '', browser: '', platform: 'other', device: null, transfer: 'deviceCodeFlow', mfaSatisfied: true };
  S.add({ ...rb, t: t0 + 3 * MIN, ip: l1, interactive: false, app: APPS.broker, res: RES.drs, scopes: SCOPES.drs, sessionId: r.uuid() });
  S.audit((A) => A.registerDevice(t0 + 4 * MIN, v, l1, dev, 'Windows', '10.0.19045.5371', 'Workplace', 'Dsreg/10.0 (Windows 10.0.19045.5371)'));
  const prtSess = r.uuid();
  const aua = { ua: OLD_UA.chrome147, os: 'Windows 10', browser: 'Chrome 147.0.0', platform: 'windows' };
  const pb = { account: v, device: dev, incoming: 'primaryRefreshToken', mfaSatisfied: true, sessionId: prtSess, transfer: 'none' };
  S.add({ ...pb, ...aua, t: t0 + 9 * MIN, ip: l1, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', auth: 'prt', scopes: '' });
  // desktop Office from the registered (not compliant) device is refused by HQP-CA03
  for (let i = 0; i < 3; i++) S.add({ ...pb, t: t0 + (11 + i * 2) * MIN, ip: l1, interactive: false, app: APPS.office, res: RES.exo, clientApp: 'Mobile Apps and Desktop clients', ua: UA.outlookWin, os: 'Windows10', browser: 'Rich Client 4.72.1.0', platform: 'windows', code: 53000, scopes: SCOPES.exo });
  const owa = webTarget(T, 'owa');
  S.add({ ...pb, ...aua, t: t0 + 19 * MIN, ip: l1, interactive: true, app: owa.app, res: owa.res, clientApp: 'Browser', auth: 'prt', scopes: '' });
  S.refreshes(22, t0 + 20 * MIN, U(22, 9, 0), { ...pb, ...aua, ip: l1, app: owa.app, res: owa.res, clientApp: 'Browser', scopes: SCOPES.exo, cae: true });
  S.refreshes(14, t0 + 25 * MIN, U(22, 9, 0), { ...pb, ...aua, ip: l1, app: APPS.wcss, res: RES.graph, clientApp: 'Browser', scopes: ['Mail.ReadWrite', 'Mail.Send', 'People.Read', 'User.Read'] });
  S.add({ ...pb, ...aua, t: U(22, 22, 14), ip: l2, interactive: true, app: owa.app, res: owa.res, clientApp: 'Browser', auth: 'prt', scopes: '' });
  S.refreshes(16, U(22, 22, 15), U(23, 11, 0), { ...pb, ...aua, ip: l2, app: owa.app, res: owa.res, clientApp: 'Browser', scopes: SCOPES.exo, cae: true });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s5Stuffing(ctx, V) {
  const T = ctx.T;
  const svc = T.svcSync;
  const S = new Scenario(ctx, 'fasthttp-ropc-stuffing-practicesync', {
    start: U(18, 2, 0), end: U(20, 9, 30),
    description: `Sunday-afternoon credential-stuffing burst with the Go "fasthttp" client (ROPC against Azure AD PowerShell's client id) from ~45 residential and mobile addresses in Brazil, Argentina, Turkey, Pakistan and Uzbekistan against ~150 accounts. Most fail (50126, smart lock-out 50053, disabled 50057); two staff passwords are right but stopped by MFA (50076); the MFA-excluded service account ${svc.upnLog} succeeds, and its password is then used by python scripts from Hetzner (Germany) to mint Graph and Exchange tokens (ROPC with the Microsoft Office client id) for two days while the genuine sync keeps running from AWS Sydney.`,
    source: 'SecurityScorecard STRIKE on a 130,000-device botnet password-spraying Microsoft 365 through basic/non-interactive authentication (Feb 2025, via SC Media, Portnox and WindowsForum); Guardz on the Jan 2025 "FastHTTP" Microsoft 365 brute-force campaign (origins Brazil, Turkey, Argentina, Uzbekistan, Pakistan; author\'s knowledge, not re-read)',
  });
  const r = S.r;
  S.user(svc, V.reuse1, V.reuse2);
  const nets = [['claro', 'SAO', 10], ['vivo', 'CWB', 8], ['telecomAr', 'BUE', 9], ['turkTelekom', 'IST', 8], ['turkTelekom', 'ANK', 3], ['ptcl', 'LHE', 4], ['uztelecom', 'TAS', 3]];
  const bots = [];
  for (const [net, city, n] of nets) for (let i = 0; i < n; i++) bots.push(S.ip(net, city));
  const h1 = S.ip('hetzner', 'FSN'), h2 = S.ip('hetzner', 'FSN');
  const targets = r.shuffle([...T.staff.filter((p) => !p.victim || p === V.reuse1 || p === V.reuse2).slice(0, 2000)]).slice(0, 120);
  const extra = [...T.leavers.slice(0, 12), ...T.rooms.slice(0, 6), T.svcScan, T.people.find((p) => p.upnLog.startsWith('svc-payroll-export')), V.reuse1, V.reuse2, svc];
  const all = [...new Set([...targets, ...extra])];
  const base = { clientApp: 'Mobile Apps and Desktop clients', ua: OLD_UA.fasthttp, os: '', browser: '', platform: 'other', device: null, app: APPS.aadPs, res: RES.aad, protocol: 'ropc', interactive: true, scopes: '' };
  let t = S.start;
  const perIp = new Map();
  const attempt = (u, code, extraFields = {}) => {
    const ip = r.pick(bots);
    perIp.set(ip, (perIp.get(ip) || 0) + 1);
    S.add({ ...base, account: u, t, ip, identifier: u.upnLog, auth: code === 0 ? 'pwd' : code === 50076 ? 'pwd' : 'pwd-fail', code, ...extraFields });
    t += r.int(800, 9000);
  };
  for (let round = 0; round < 3; round++) {
    for (const u of r.shuffle(all)) {
      if (u === svc && round === 2) { attempt(u, 0, { mfaSatisfied: false }); continue; }
      if ((u === V.reuse1 || u === V.reuse2) && round === 1) { attempt(u, 50076, { stage: 'mfa', mfaRequired: true }); continue; }
      if (u.disabled) { attempt(u, 50057); continue; }
      attempt(u, r.chance(0.06) ? 50053 : 50126);
    }
    t += r.int(20, 40) * MIN;
  }
  // the service account's password in use from Hetzner: ROPC every so often for Graph and Exchange
  const sb = { account: svc, app: APPS.office, clientApp: 'Mobile Apps and Desktop clients', ua: OLD_UA.pyreq, os: '', browser: '', platform: 'linux', device: null, protocol: 'ropc', auth: 'pwd', identifier: svc.upnLog, interactive: true };
  for (let tt = U(18, 6, 12); tt < U(20, 9, 30); tt += r.int(35, 160) * MIN + r.int(0, 59999)) {
    S.add({ ...sb, t: tt, ip: tt < U(19, 12, 0) ? h1 : h2, res: r.chance(0.6) ? RES.graph : RES.exo, scopes: ['Files.ReadWrite.All', 'Mail.ReadWrite', 'Mail.Send', 'User.Read'] });
  }
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s6Spray(ctx, V) {
  const T = ctx.T;
  const v = V.spray;
  const S = new Scenario(ctx, 'covert-spray-new-starter-mfa-takeover', {
    start: U(13, 0, 0), end: U(21, 3, 30),
    description: `Low-and-slow password spray in the CovertNetwork-1658 style: about one attempt per account per day, for ten days, from ~80 compromised SOHO routers (Vietnam, Korea, Taiwan, US, Brazil, Turkey and a few Australian NBN addresses), each address used only a handful of times. On Tue 20 Oct the spray hits ${v.upnLog}, a Perth new starter whose account was created on Friday with a standard initial password and who has not started yet; the actor is asked to register MFA (50079), registers its own Authenticator from an Australian residential address, and reads mail and SharePoint until the real starter, unable to complete MFA on their first morning, calls the service desk.`,
    source: 'Microsoft Threat Intelligence, "Chinese threat actor Storm-0940 uses credentials from password spray attacks from a covert network" (31 Oct 2024: CovertNetwork-1658 / Quad7 SOHO routers, about 80% of accounts tried once a day, rotating addresses); MITRE ATT&CK T1110.003 and T1098.005',
  });
  S.user(v);
  const r = S.r;
  const nets = [['vnpt', 'HAN', 14], ['viettel', 'SGN', 10], ['kt', 'SEL', 10], ['hinet', 'TPE', 8], ['comcast', 'CHI', 10], ['charter', 'DAL', 7], ['claro', 'SAO', 6], ['turkTelekom', 'IST', 6], ['aussieHome', 'SYD', 3], ['tpgHome', 'MEL', 3], ['telstraHome', 'BNE', 2]];
  const routers = [];
  for (const [net, city, n] of nets) for (let i = 0; i < n; i++) routers.push(S.ip(net, city, { v6: false }));
  const perth1 = S.ip('tpgHome', 'PER', { v6: false }), vultr = S.ip('vultr', 'SYD');
  const targets = r.shuffle(T.staff.filter((p) => !p.newStarter && !p.victim)).slice(0, 104);
  const uas = [UA.chromeWin(151), UA.edgeWin(150), UA.chromeWin(149), UA.firefoxWin(153), UA.chromeMac(150), UA.safariMac('18.5')];
  const oses = ['Windows 10', 'Windows 10', 'Windows 10', 'Windows 10', 'MacOs', 'MacOs'];
  const brs = ['Chrome 151.0.0', 'Edge 150.0.3469', 'Chrome 149.0.0', 'Firefox 153.0', 'Chrome 150.0.0', 'Safari 18.5'];
  const used = new Map();
  const routerFor = () => { for (let k = 0; k < 40; k++) { const ip = r.pick(routers); if ((used.get(ip) || 0) < 6) { used.set(ip, (used.get(ip) || 0) + 1); return ip; } } return r.pick(routers); };
  const tryOnce = (u, t, code, extra = {}) => {
    const k = r.int(0, uas.length - 1);
    S.add({ account: u, t, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ua: uas[k], os: oses[k], browser: brs[k], platform: oses[k] === 'MacOs' ? 'macos' : 'windows', device: null, ip: extra.ip || routerFor(), identifier: u.upnLog, auth: code === 0 || code === 50079 ? 'pwd' : 'pwd-fail', code, scopes: '', sessionId: r.uuid(), ...extra });
  };
  for (let d = 13; d <= 22; d++) {
    const todays = r.shuffle(targets).slice(0, r.int(30, 52));
    for (const u of todays) tryOnce(u, U(d, 0, 0) + r.float() * DAY, r.chance(0.97) ? 50126 : 50053);
  }
  for (const ip of routers) if (!used.has(ip)) { used.set(ip, 1); tryOnce(r.pick(targets), U(r.int(13, 22), 0, 0) + r.float() * DAY, 50126, { ip }); }
  // the new starter (added to the list after a LinkedIn "starting at Harrow & Quill" post)
  for (const d of [17, 18, 19]) tryOnce(v, U(d, r.int(0, 23), r.int(0, 59)), 50126);
  const t0 = U(20, 7, 5, 14);
  tryOnce(v, t0, 50079, { ip: perth1, stage: 'mfa', mfaRequired: true, ua: UA.chromeWin(151), os: 'Windows 10', browser: 'Chrome 151.0.0' });
  const b = { ua: UA.chromeWin(151), os: 'Windows 10', browser: 'Chrome 151.0.0', platform: 'windows' };
  const sess = r.uuid();
  const base = { account: v, clientApp: 'Browser', ...b, device: null, sessionId: sess, scopes: '', ip: perth1 };
  const ms = webTarget(T, 'mySignins');
  S.add({ ...base, t: t0 + 60000, interactive: true, app: ms.app, res: ms.res, auth: 'pwd', identifier: v.upnLog, mfaSatisfied: false, caOverride: { mfa: 'success' } });
  S.audit((A) => {
    A.secInfo(t0 + 2 * MIN, v, perth1, 'User started security info registration', 'User started the registration for Authenticator App with Notification and Code', b.ua);
    A.secInfo(t0 + 3 * MIN, v, perth1, 'User registered security info', 'User registered Authenticator App with Notification and Code', b.ua);
    A.secInfo(t0 + 3 * MIN + 2000, v, perth1, 'User registered all required security info', 'User registered all required security info', b.ua);
  });
  S.add({ ...base, t: t0 + 5 * MIN, interactive: true, app: APPS.officeHome, res: RES.portal365, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: v.upnLog, additional: 'MFA completed in Azure AD' });
  const owa = webTarget(T, 'owa'), spo = webTarget(T, 'spo');
  S.add({ ...base, t: t0 + 7 * MIN, interactive: true, app: owa.app, res: owa.res, auth: 'cookie', mfaSatisfied: true });
  S.refreshes(12, t0 + 8 * MIN, t0 + 4 * HOUR, { ...base, app: owa.app, res: owa.res, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  S.refreshes(10, t0 + 10 * MIN, t0 + 4 * HOUR, { ...base, app: spo.app, res: spo.res, mfaSatisfied: true, scopes: SCOPES.spo });
  const t1 = U(20, 23, 40);
  S.add({ ...base, ip: vultr, t: t1, interactive: true, app: owa.app, res: owa.res, auth: 'cookie', mfaSatisfied: true });
  S.refreshes(6, t1 + MIN, U(21, 1, 20), { ...base, ip: vultr, app: owa.app, res: owa.res, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  // the real new starter's first morning in Perth (honest rows), service desk clean-up, then the actor's token fails
  const o = T.offices.PER;
  const first = U(21, 1, 12);
  const hb = browserUa(v);
  const hbase = { account: v, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ua: hb.ua, os: hb.os, browser: hb.browser, platform: 'windows', device: null, ip: o.ips[0], identifier: v.upnLog, scopes: '', correlationId: r.uuid(), sessionId: r.uuid() };
  S.honest({ ...hbase, t: first, auth: 'mfa-fail', code: 500121, mfaMethod: 'push', mfaFailText: 'MFA denied; user did not respond to mobile app notification', additional: 'MFA denied; user did not respond to mobile app notification', mfaRequired: true });
  S.honest({ ...hbase, t: first + 4 * MIN, auth: 'mfa-fail', code: 500121, mfaMethod: 'push', mfaFailText: 'MFA denied; user did not respond to mobile app notification', additional: 'MFA denied; user did not respond to mobile app notification', mfaRequired: true });
  const desk = T.admins.filter((a) => a.base.serviceDesk)[1];
  const mnl = T.offices.MNL.ips[0];
  ctx.A.secInfo(first + 25 * MIN, v, mnl, 'Admin deleted security info', 'Admin deleted Authenticator App with Notification and Code', UA.edgeWin(153), desk, 'Delete');
  ctx.A.resetPassword(first + 27 * MIN, desk, mnl, v, UA.edgeWin(153));
  ctx.A.secInfo(first + 28 * MIN, v, mnl, 'Admin registered security info', 'Admin registered temporary access pass method for user', UA.edgeWin(153), desk);
  ctx.A.revokeSessions(first + 29 * MIN, desk, mnl, v, UA.edgeWin(153));
  S.honest({ ...hbase, t: first + 36 * MIN, app: APPS.mySignins, res: RES.acctControls, auth: 'tap', mfaSatisfied: true, correlationId: r.uuid() });
  ctx.A.secInfo(first + 38 * MIN, v, o.ips[0], 'User registered security info', 'User registered Authenticator App with Notification and Code', hb.ua);
  ctx.A.secInfo(first + 38 * MIN + 2500, v, o.ips[0], 'User registered all required security info', 'User registered all required security info', hb.ua);
  ctx.A.registerDevice(first + 60 * MIN, v, o.ips[0], v.laptop, 'Windows', '10.0.26100.6899', 'AzureAd', UA.winAuth);
  for (let i = 0; i < 3; i++) S.add({ ...base, ip: vultr, t: first + (40 + i * 45) * MIN, interactive: false, app: owa.app, res: owa.res, code: 50173, scopes: SCOPES.exo });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s7Fatigue(ctx, V) {
  const T = ctx.T;
  const v = V.fatigue;
  const S = new Scenario(ctx, 'mfa-fatigue-auckland-partner', {
    start: U(21, 12, 38), end: U(22, 21, 30),
    description: `MFA fatigue (push bombing) against ${v.upnLog}, an Auckland tax partner whose password sat in an infostealer log: 25 push prompts between 01:38 and 02:20 NZDT from a NordVPN (PacketHub) exit in Auckland, declined or ignored, one wrong number-match, then approved after a "Microsoft support" call supplied the number. The actor adds an SMS method, reads mail from VPN exits that hop Auckland - Sydney - Singapore, and is cut off when IT resets the account next morning.`,
    source: 'CISA/FBI advisory AA23-320A, Scattered Spider (updated 29 Jul 2025: push bombing, posing as IT); MITRE ATT&CK T1621; Uber (Sep 2022) push-bombing as summarised in 2024-26 articles (andi-tech, networkbrainiacs)',
  });
  S.user(v);
  const r = S.r;
  const akl = S.ip('packethub', 'AKL'), syd = S.ip('packethub', 'SYD'), sin = S.ip('packethub', 'SIN');
  const b = { ua: UA.chromeWin(153), os: 'Windows 10', browser: 'Chrome 153.0.0', platform: 'windows' };
  const risk = { during: 'medium', aggregated: 'medium', state: 'atRisk', detail: 'none', events: ['anonymizedIPAddress'] };
  const base = { account: v, interactive: true, app: APPS.officeHome, res: RES.portal365, clientApp: 'Browser', ...b, device: null, ip: akl, identifier: v.upnLog, scopes: '', risk };
  let t = S.start;
  const reasons = [];
  for (let i = 0; i < 14; i++) reasons.push('MFA denied; user declined the authentication');
  for (let i = 0; i < 10; i++) reasons.push('MFA denied; user did not respond to mobile app notification');
  const order = r.shuffle(reasons);
  order.splice(22, 0, 'MFA denied; user did not select the correct number');
  for (const why of order) {
    S.add({ ...base, t, auth: 'mfa-fail', code: 500121, mfaMethod: 'push', mfaFailText: why, additional: why, mfaRequired: true, correlationId: r.uuid(), sessionId: r.uuid() });
    t += r.int(55, 130) * 1000;
  }
  const sess = r.uuid();
  S.add({ ...base, t: U(21, 13, 23, 41), auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, additional: 'MFA completed in Azure AD', sessionId: sess });
  const owa = webTarget(T, 'owa');
  const rb = { ...base, identifier: '', sessionId: sess, risk: undefined };
  S.add({ ...rb, t: U(21, 13, 25), app: owa.app, res: owa.res, auth: 'cookie', mfaSatisfied: true });
  const ms = webTarget(T, 'mySignins');
  S.add({ ...rb, t: U(21, 13, 31), app: ms.app, res: ms.res, auth: 'cookie', mfaSatisfied: true });
  S.audit((A) => A.secInfo(U(21, 13, 33), v, akl, 'User registered security info', 'User registered Mobile Phone SMS', b.ua));
  S.refreshes(10, U(21, 13, 30), U(21, 15, 30), { ...rb, app: owa.app, res: owa.res, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  S.add({ ...rb, t: U(21, 20, 10), ip: syd, app: owa.app, res: owa.res, auth: 'cookie', mfaSatisfied: true, risk: { during: 'low', aggregated: 'medium', state: 'atRisk', detail: 'none', events: ['anonymizedIPAddress'] } });
  S.refreshes(8, U(21, 20, 11), U(21, 23, 0), { ...rb, ip: syd, app: owa.app, res: owa.res, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  S.refreshes(6, U(22, 2, 0), U(22, 4, 0), { ...rb, ip: sin, app: APPS.wcss, res: RES.graph, mfaSatisfied: true, scopes: ['Files.Read', 'Mail.ReadWrite', 'People.Read', 'User.Read'] });
  // honest response the next morning (partner reports the night's prompts)
  const fix = U(22, 19, 40);
  const adm = T.admins[1] || T.admins[0];
  ctx.A.resetPassword(fix, adm, T.offices.SYD.ips[0], v, UA.edgeWin(153));
  ctx.A.revokeSessions(fix + 60000, adm, T.offices.SYD.ips[0], v, UA.edgeWin(153));
  ctx.A.secInfo(fix + 2 * MIN, v, T.offices.SYD.ips[0], 'Admin deleted security info', 'Admin deleted Mobile Phone SMS', UA.edgeWin(153), adm, 'Delete');
  for (let i = 0; i < 4; i++) S.add({ ...rb, t: fix + (15 + i * 40) * MIN, ip: sin, interactive: false, app: owa.app, res: owa.res, code: 50173, scopes: SCOPES.exo });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s8Vishing(ctx, V) {
  const T = ctx.T;
  const v = V.vishing;
  const S = new Scenario(ctx, 'helpdesk-vishing-mfa-reset', {
    start: U(19, 9, 12), end: U(20, 6, 0),
    description: `Help-desk social engineering: a caller impersonating ${v.upnLog} (Perth senior manager, "new phone, locked out before a lodgement deadline") gets the Manila service desk to delete the Authenticator and phone methods, reset the password and issue a Temporary Access Pass. From an Australian residential proxy the actor redeems the TAP, registers its own Authenticator and phone number, is refused desktop OneDrive sync by the compliant-device policy, and downloads client folders and the Xero Practice Manager client list through the browser, continuing from a Vultr Sydney VPS the next morning until the real manager reports being unable to sign in.`,
    source: 'CISA/FBI advisory AA23-320A, Scattered Spider (updated 29 Jul 2025: posing as employees so that help desks reset passwords and move MFA to attacker devices); DOJ complaint against a Scattered Spider member (help-desk resets at a retailer, May 2025) as reported by suriq.io in 2026; zerohunt.ai help-desk defence notes',
  });
  S.user(v);
  const r = S.r;
  const res = S.ip('aussieHome', 'PER', { v6: false }), vultr = S.ip('vultr', 'SYD');
  const desk = T.admins.filter((a) => a.base.serviceDesk)[0];
  const mnl = T.offices.MNL.ips[0];
  const dua = UA.edgeWin(153);
  const t0 = S.start;
  S.audit((A) => {
    A.secInfo(t0 + 4 * MIN, v, mnl, 'Admin deleted security info', 'Admin deleted Authenticator App with Notification and Code', dua, desk, 'Delete');
    A.secInfo(t0 + 5 * MIN, v, mnl, 'Admin deleted security info', 'Admin deleted Mobile Phone SMS', dua, desk, 'Delete');
    A.resetPassword(t0 + 6 * MIN, desk, mnl, v, dua);
    A.secInfo(t0 + 8 * MIN, v, mnl, 'Admin registered security info', 'Admin registered temporary access pass method for user', dua, desk);
  });
  const b = { ua: UA.chromeWin(152), os: 'Windows 10', browser: 'Chrome 152.0.0', platform: 'windows' };
  const sess = r.uuid();
  const base = { account: v, clientApp: 'Browser', ...b, device: null, ip: res, sessionId: sess, scopes: '' };
  const t1 = t0 + 19 * MIN;
  const ms = webTarget(T, 'mySignins');
  S.add({ ...base, t: t1, interactive: true, app: ms.app, res: ms.res, auth: 'tap', mfaSatisfied: true, identifier: v.upnLog, requirement: 'multiFactorAuthentication' });
  S.audit((A) => {
    A.secInfo(t1 + 2 * MIN, v, res, 'User registered security info', 'User registered Authenticator App with Notification and Code', b.ua);
    A.secInfo(t1 + 3 * MIN, v, res, 'User registered security info', 'User registered Mobile Phone SMS', b.ua);
    A.secInfo(t1 + 3 * MIN + 1500, v, res, 'User registered all required security info', 'User registered all required security info', b.ua);
    A.selfPasswordChange(t1 + 5 * MIN, v, res, b.ua);
  });
  const spo = webTarget(T, 'spo'), xpm = webTarget(T, 'xpm');
  S.add({ ...base, t: t1 + 7 * MIN, interactive: true, app: APPS.officeHome, res: RES.portal365, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: v.upnLog, additional: 'MFA completed in Azure AD' });
  for (let i = 0; i < 2; i++) S.add({ ...base, t: t1 + (10 + i * 2) * MIN, interactive: true, app: APPS.oneDriveSync, res: RES.spo, clientApp: 'Mobile Apps and Desktop clients', ua: UA.oneDriveWin, os: 'Windows10', browser: 'Rich Client 4.72.1.0', auth: 'cookie', mfaSatisfied: true, code: 53000 });
  S.add({ ...base, t: t1 + 15 * MIN, interactive: true, app: spo.app, res: spo.res, auth: 'cookie', mfaSatisfied: true });
  S.add({ ...base, t: t1 + 31 * MIN, interactive: true, app: xpm.app, res: xpm.res, protocol: 'saml20', auth: 'cookie', mfaSatisfied: true });
  S.refreshes(26, t1 + 16 * MIN, t1 + 4 * HOUR, { ...base, app: spo.app, res: spo.res, mfaSatisfied: true, scopes: SCOPES.spo });
  const t2 = U(19, 23, 20);
  S.add({ ...base, ip: vultr, t: t2, interactive: true, app: spo.app, res: spo.res, auth: 'cookie', mfaSatisfied: true });
  S.refreshes(12, t2 + MIN, U(20, 1, 30), { ...base, ip: vultr, app: spo.app, res: spo.res, mfaSatisfied: true, scopes: SCOPES.spo });
  // the real manager the next morning: phone mail fails after the reset; she calls; the desk cleans up (honest)
  const o = T.offices.PER;
  const m = U(20, 0, 35);
  if (v.phone) {
    const a = mobileApp(v.phone, 'outlook'); const mob = mobileOsBrowser(v.phone);
    for (let i = 0; i < 4; i++) S.honest({ account: v, t: m + i * 6 * MIN, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: v.phone.os, device: v.phone.id ? v.phone : null, ip: mobileIp(T, r, v, v.city, '2026-10-20'), code: 50173, scopes: a.scopes });
  }
  const desk2 = T.admins.filter((a) => a.base.serviceDesk)[2] || desk;
  const fix = U(20, 1, 40);
  ctx.A.secInfo(fix, v, mnl, 'Admin deleted security info', 'Admin deleted Authenticator App with Notification and Code', dua, desk2, 'Delete');
  ctx.A.secInfo(fix + 40000, v, mnl, 'Admin deleted security info', 'Admin deleted Mobile Phone SMS', dua, desk2, 'Delete');
  ctx.A.revokeSessions(fix + 90000, desk2, mnl, v, dua);
  ctx.A.resetPassword(fix + 2 * MIN, desk2, mnl, v, dua);
  ctx.A.secInfo(fix + 3 * MIN, v, mnl, 'Admin registered security info', 'Admin registered temporary access pass method for user', dua, desk2);
  const hb = browserUa(v);
  S.honest({ account: v, t: fix + 12 * MIN, interactive: true, app: APPS.mySignins, res: RES.acctControls, clientApp: 'Browser', ua: hb.ua, os: hb.os, browser: hb.browser, platform: 'windows', device: v.laptop, ip: o.ips[0], auth: 'tap', mfaSatisfied: true, identifier: v.upnLog, sessionId: r.uuid(), scopes: '' });
  ctx.A.secInfo(fix + 14 * MIN, v, o.ips[0], 'User registered security info', 'User registered Authenticator App with Notification and Code', hb.ua);
  for (let i = 0; i < 3; i++) S.add({ ...base, ip: vultr, t: fix + (20 + i * 50) * MIN, interactive: false, app: spo.app, res: spo.res, code: 50173, scopes: SCOPES.spo });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s9Insider(ctx, V) {
  const T = ctx.T;
  const v = V.insider;
  const r = ctx.rng.fork('scn-insider-guest');
  const guestMail = `${v.given.toLowerCase()}.${v.surname.toLowerCase().replace(/[^a-z]/g, '')}${r.int(70, 89)}@outlook.com`;
  const guest = { id: r.uuid(), kind: 'guest', userType: 'guest', upn: `${guestMail.replace('@', '_')}#EXT#@${T.domain}`, upnLog: guestMail, displayName: `${v.given} ${v.surname} (personal)`, homeTenantId: MSA_TENANT, city: v.city, zone: v.zone };
  T.people.push(guest);
  const S = new Scenario(ctx, 'departing-manager-guest-exfil', {
    start: U(15, 10, 20), end: U(24, 11, 0),
    description: `Departing-employee data theft: ${v.upnLog} (Melbourne tax senior manager, resigned, last day Fri 23 Oct, joining a competitor) works late from home on a personal MacBook: desktop OneDrive sync is refused by the compliant-device policy, so client folders are pulled through the browser on three evenings; on 20 Oct the manager invites their own personal Microsoft account (${guestMail}) as a guest, registers MFA for it and shares the folders to it; the guest downloads from home and, with the manager's own account on a phone, from the competitor's Melbourne office network on 22 Oct, and again on Saturday 24 Oct after the member account was disabled.`,
    source: 'Maryman case study: accounting-firm employee who left for a competitor after taking client data; departing-employee insider reporting (Verizon DBIR figures as summarised by employee-monitoring.net, Swailes, Syteca); Ontinue on B2B guest access as an unprotected channel (2025)',
  });
  S.user(v, guest);
  const comp = S.ip('telstraBiz', 'MEL');
  const home = v.homeIp;
  const mac = { ua: UA.safariMac('26.1'), os: 'MacOs', browser: 'Safari 26.1', platform: 'macos' };
  const spo = webTarget(T, 'spo');
  const evening = (d, withSync) => {
    const t = U(d, 10, r.int(5, 40));
    const sess = r.uuid();
    const base = { account: v, clientApp: 'Browser', ...mac, device: null, ip: home, sessionId: sess, scopes: '' };
    if (withSync) for (let i = 0; i < r.int(2, 3); i++) S.add({ ...base, t: t + i * 50000, interactive: true, app: APPS.oneDriveSync, res: RES.spo, clientApp: 'Mobile Apps and Desktop clients', ua: UA.oneDriveMac, os: 'MacOs', browser: 'Rich Client 4.72.1.0', auth: 'pwd+mfa', mfaMethod: v.mfaMethod, mfaSatisfied: true, identifier: v.upnLog, code: 53000 });
    S.add({ ...base, t: t + 4 * MIN, interactive: true, app: spo.app, res: spo.res, auth: 'pwd+mfa', mfaMethod: v.mfaMethod, mfaSatisfied: true, identifier: v.upnLog, additional: 'MFA completed in Azure AD' });
    S.refreshes(r.int(14, 22), t + 5 * MIN, t + 2.3 * HOUR, { ...base, app: spo.app, res: spo.res, mfaSatisfied: true, scopes: SCOPES.spo });
  };
  evening(15, true); evening(19, true); evening(21, false);
  // the guest invitation (Tue 20 Oct 21:40 AEDT)
  const ti = U(20, 10, 40);
  S.add({ account: v, t: ti - 3 * MIN, interactive: true, app: spo.app, res: spo.res, clientApp: 'Browser', ...mac, device: null, ip: home, auth: 'pwd+mfa', mfaMethod: v.mfaMethod, mfaSatisfied: true, identifier: v.upnLog, sessionId: r.uuid(), scopes: '' });
  S.audit((A) => {
    A.invite(ti, v, home, guest, mac.ua);
    A.redeem(ti + 6 * MIN, guest, home, UA.chromeMac(153));
    A.secInfo(ti + 9 * MIN, guest, home, 'User registered security info', 'User registered Authenticator App with Notification and Code', UA.chromeMac(153), { id: guest.id, upn: guest.upnLog, homeTenantId: MSA_TENANT });
  });
  const gb = { account: guest, clientApp: 'Browser', ua: UA.chromeMac(153), os: 'MacOs', browser: 'Chrome 153.0.0', platform: 'macos', device: null, scopes: '', crossTenant: 'b2bCollaboration' };
  const gs = r.uuid();
  S.add({ ...gb, t: ti + 7 * MIN, ip: home, interactive: true, app: spo.app, res: spo.res, auth: 'pwd', code: 50079, stage: 'mfa', mfaRequired: true, identifier: guestMail, sessionId: gs });
  S.add({ ...gb, t: ti + 11 * MIN, ip: home, interactive: true, app: spo.app, res: spo.res, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: guestMail, sessionId: gs, additional: 'MFA completed in Azure AD' });
  S.refreshes(16, ti + 12 * MIN, ti + 2 * HOUR, { ...gb, ip: home, app: spo.app, res: spo.res, mfaSatisfied: true, sessionId: gs, scopes: SCOPES.spo });
  // Thu 22 Oct lunch at the new employer's office: the guest and his own account on his phone
  const tl = U(22, 1, 35);
  const gs2 = r.uuid();
  S.add({ ...gb, t: tl, ip: comp, interactive: true, app: spo.app, res: spo.res, ua: UA.chromeWin(153), os: 'Windows 10', browser: 'Chrome 153.0.0', platform: 'windows', auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: guestMail, sessionId: gs2, additional: 'MFA completed in Azure AD' });
  S.refreshes(12, tl + MIN, tl + 80 * MIN, { ...gb, ip: comp, ua: UA.chromeWin(153), os: 'Windows 10', browser: 'Chrome 153.0.0', platform: 'windows', app: spo.app, res: spo.res, mfaSatisfied: true, sessionId: gs2, scopes: SCOPES.spo });
  if (v.phone) {
    const mob = mobileOsBrowser(v.phone);
    for (const k of ['outlook', 'onedrive', 'onedrive', 'teams', 'onedrive']) {
      const a = mobileApp(v.phone, k);
      S.add({ account: v, t: tl + r.int(2, 70) * MIN, interactive: false, app: a.app, res: a.res, clientApp: 'Mobile Apps and Desktop clients', ua: a.ua, os: mob.os, browser: mob.browser, platform: v.phone.os, device: v.phone.id ? v.phone : null, ip: comp, mfaSatisfied: true, incoming: v.phone.id ? 'primaryRefreshToken' : 'none', scopes: a.scopes, cae: a.cae, sessionId: r.uuid() });
    }
  }
  // Sat 24 Oct: account disabled the evening before (honest off-boarding), the guest keeps downloading
  const off = U(23, 6, 30);
  const adm = T.admins[0];
  ctx.A.updateUser(off, adm, T.offices.SYD.ips[0], v, [['AccountEnabled', '[true]', '[false]']], 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-AU) PowerShell/7.5.3');
  ctx.A.revokeSessions(off + 4000, adm, T.offices.SYD.ips[0], v, 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-AU) PowerShell/7.5.3');
  const ts = U(23, 23, 10);
  const gs3 = r.uuid();
  S.add({ ...gb, t: ts, ip: home, interactive: true, app: spo.app, res: spo.res, auth: 'pwd+mfa', mfaMethod: 'push', mfaSatisfied: true, identifier: guestMail, sessionId: gs3, additional: 'MFA completed in Azure AD' });
  S.refreshes(14, ts + MIN, ts + 3 * HOUR, { ...gb, ip: home, app: spo.app, res: spo.res, mfaSatisfied: true, sessionId: gs3, scopes: SCOPES.spo });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s10Cookie(ctx, V) {
  const T = ctx.T;
  const v = V.cookie;
  const S = new Scenario(ctx, 'lumma-cookie-replay-payroll', {
    start: U(16, 16, 12), end: U(18, 9, 30),
    description: `Infostealer session theft: Lumma-type malware on ${v.upnLog}'s personal home PC (Sydney payroll officer, used for evening work in the browser) steals the ESTS session cookie after the officer's Friday-night sign-in; from 03:12 AEDT on Saturday the same session id is replayed from DigitalOcean Singapore with the home browser's user agent, reaching Outlook on the web and Xero via SSO (employee bank details changed before the Monday pay run), continuing on Sunday from a second droplet.`,
    source: 'Pass-the-cookie / session token replay write-ups (anyconnect.uk, May 2026; df00tech THREAT-EntraID-TokenTheft; SERVTEP CA-COOKIE-001 on ESTSAUTH/ESTSAUTHPERSISTENT replay); Microsoft DCU Lumma Stealer disruption (May 2025, author\'s knowledge, not re-read)',
  });
  S.user(v);
  const r = S.r;
  const d1 = S.ip('digitalocean', 'SIN'), d2 = S.ip('digitalocean', 'SIN');
  // her honest Friday-night sign-in on the home PC (benign; this is the session that is stolen)
  const home = homeIp(T, r, v, '2026-10-16');
  const b = browserUa({ ...v, browserPref: 'chrome', laptop: { os: 'windows' } });
  const sess = r.uuid();
  const hb = { account: v, interactive: true, app: APPS.owa, res: RES.exo, clientApp: 'Browser', ua: b.ua, os: b.os, browser: b.browser, platform: 'windows', device: null, ip: home, sessionId: sess, scopes: '' };
  const cid = r.uuid();
  S.honest({ ...hb, t: U(16, 9, 41), auth: 'pwd+mfa', mfaMethod: v.mfaMethod, mfaSatisfied: true, identifier: v.upnLog, correlationId: cid, loginHint: true, additional: 'MFA completed in Azure AD' });
  S.honest({ ...hb, t: U(16, 9, 42), auth: 'pwd+mfa', mfaMethod: v.mfaMethod, mfaSatisfied: true, code: 50140, correlationId: cid });
  S.honest({ ...hb, t: U(16, 10, 2), interactive: false, mfaSatisfied: true, scopes: SCOPES.exo });
  const xero = webTarget(T, 'xero');
  S.honest({ ...hb, t: U(16, 10, 6), app: xero.app, res: xero.res, protocol: 'saml20', auth: 'cookie', mfaSatisfied: true });
  // replay
  const rb = { ...hb, risk: undefined };
  const t0 = S.start;
  const rk = { during: 'none', aggregated: 'medium', state: 'atRisk', detail: 'none', events: ['anomalousToken'] };
  S.add({ ...rb, t: t0, ip: d1, app: APPS.officeHome, res: RES.portal365, auth: 'cookie', mfaSatisfied: true, risk: rk });
  S.add({ ...rb, t: t0 + 2 * MIN, ip: d1, app: APPS.owa, res: RES.exo, auth: 'cookie', mfaSatisfied: true });
  S.add({ ...rb, t: t0 + 6 * MIN, ip: d1, app: xero.app, res: xero.res, protocol: 'saml20', auth: 'cookie', mfaSatisfied: true });
  S.add({ ...rb, t: t0 + 48 * MIN, ip: d1, app: xero.app, res: xero.res, protocol: 'saml20', auth: 'cookie', mfaSatisfied: true });
  S.refreshes(16, t0 + 3 * MIN, t0 + 7 * HOUR, { ...rb, ip: d1, app: APPS.owa, res: RES.exo, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  const t1 = U(17, 21, 55);
  S.add({ ...rb, t: t1, ip: d2, app: APPS.owa, res: RES.exo, auth: 'cookie', mfaSatisfied: true });
  S.add({ ...rb, t: t1 + 9 * MIN, ip: d2, app: xero.app, res: xero.res, protocol: 'saml20', auth: 'cookie', mfaSatisfied: true });
  S.refreshes(11, t1 + MIN, U(18, 9, 30), { ...rb, ip: d2, app: APPS.owa, res: RES.exo, mfaSatisfied: true, scopes: SCOPES.exo, cae: true });
  S.refreshes(5, t1 + MIN, U(18, 6, 0), { ...rb, ip: d2, app: APPS.wcss, res: RES.graph, mfaSatisfied: true, scopes: ['Files.Read', 'Mail.ReadWrite', 'User.Read'] });
  return S;
}

// ---------------------------------------------------------------------------------------------------------
function s11Msp(ctx, V) {
  const T = ctx.T;
  const m = V.msp;
  const r = ctx.rng.fork('scn-msp-user');
  const back = { id: r.uuid(), kind: 'staff', userType: 'member', upn: `svc-reportsync@${T.domain}`, upnLog: `svc-reportsync@${T.domain}`, displayName: 'Report Sync Service', city: 'SYD', zone: 'AEDT', office: 'SYD', caExempt: true };
  T.people.push(back);
  const S = new Scenario(ctx, 'msp-gdap-tech-backdoor-admin', {
    start: U(23, 11, 41), end: U(24, 14, 0),
    description: `Compromised MSP engineer acting through GDAP: ${m.upnLog} (Southern Cross Managed IT, service-provider access) signs in to the Entra admin centre at 22:41 AEDT on a Friday from an OVH Singapore host, creates "svc-reportsync", makes it a Global Administrator, excludes it from the MFA policy (HQP-CA01), then uses it single-factor from the same hosting range for Azure portal, Graph PowerShell and mailbox searches into Saturday.`,
    source: 'SERVTEP PE-VALID-014 "Microsoft Partners/CSP access abuse" (DAP/GDAP abuse after a partner compromise); Attic Security RULE-1139 on rogue GDAP relationships; Practical365 on unwanted MSP/CSP access; Microsoft on NOBELIUM targeting service providers (Oct 2021, author\'s knowledge)',
  });
  S.user(m, back);
  const o1 = S.ip('ovh', 'SIN'), o2 = S.ip('ovh', 'SIN');
  const b = { ua: UA.chromeWin(151), os: 'Windows 10', browser: 'Chrome 151.0.0', platform: 'windows' };
  const t0 = S.start;
  const sess = r.uuid();
  const base = { account: m, clientApp: 'Browser', ...b, device: null, ip: o1, crossTenant: 'serviceProvider', sessionId: sess, scopes: '' };
  const ea = webTarget(T, 'entraAdmin'), ap = webTarget(T, 'azurePortal');
  S.add({ ...base, t: t0, interactive: true, app: ea.app, res: ea.res, auth: 'claim', mfaSatisfied: true, requirement: 'multiFactorAuthentication', additional: 'MFA requirement satisfied by claim in the token' });
  S.refreshes(5, t0 + MIN, t0 + 30 * MIN, { ...base, app: ea.app, res: RES.graph, mfaSatisfied: true, scopes: SCOPES.imp });
  S.audit((A) => {
    A.addUser(t0 + 11 * MIN, m, o1, back, b.ua);
    A.roleAdd(t0 + 13 * MIN, m, o1, back, 'Global Administrator', b.ua);
    A.caUpdate(t0 + 17 * MIN, m, o1, T.caIds.mfa, 'HQP-CA01 Require MFA - all users, all cloud apps', caPolicyJsonLite(T.caIds.mfa, 'HQP-CA01 Require MFA - all users, all cloud apps', [], 'mfa'), caPolicyJsonLite(T.caIds.mfa, 'HQP-CA01 Require MFA - all users, all cloud apps', [back.id], 'mfa'), b.ua);
    A.caUpdate(t0 + 19 * MIN, m, o1, T.caIds.admins, 'HQP-CA05 Privileged roles - phishing-resistant MFA', caPolicyJsonLite(T.caIds.admins, 'HQP-CA05 Privileged roles - phishing-resistant MFA', [], 'strength'), caPolicyJsonLite(T.caIds.admins, 'HQP-CA05 Privileged roles - phishing-resistant MFA', [back.id], 'strength'), b.ua);
  });
  const bb = { account: back, clientApp: 'Browser', ...b, device: null, ip: o1, sessionId: r.uuid(), scopes: '' };
  const t1 = t0 + 29 * MIN;
  S.add({ ...bb, t: t1, interactive: true, app: ap.app, res: ap.res, auth: 'pwd', identifier: back.upnLog, mfaSatisfied: false });
  S.add({ ...bb, t: t1 + 6 * MIN, interactive: true, app: APPS.graphCli, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', auth: 'pwd', identifier: back.upnLog, mfaSatisfied: false });
  S.refreshes(14, t1 + 7 * MIN, t1 + 3 * HOUR, { ...bb, app: APPS.graphCli, res: RES.graph, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', scopes: ['Directory.ReadWrite.All', 'Mail.Read', 'User.ReadWrite.All', 'RoleManagement.ReadWrite.Directory'] });
  const t2 = U(24, 3, 15);
  S.add({ ...bb, ip: o2, t: t2, interactive: true, app: APPS.exoPs, res: RES.exo, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', auth: 'pwd', identifier: back.upnLog, mfaSatisfied: false });
  S.refreshes(6, t2 + MIN, t2 + 2 * HOUR, { ...bb, ip: o2, app: APPS.exoPs, res: RES.exo, clientApp: 'Mobile Apps and Desktop clients', ua: UA.graphPs, os: 'Windows10', browser: 'Rich Client 4.72.1.0', scopes: SCOPES.exoPs });
  S.add({ ...bb, ip: o2, t: U(24, 9, 50), interactive: true, app: ap.app, res: ap.res, auth: 'pwd', identifier: back.upnLog, mfaSatisfied: false });
  return S;
}
function caPolicyJsonLite(id, name, excl, kind) {
  const users = kind === 'mfa' ? { includeUsers: ['All'], excludeUsers: excl, excludeGroups: ['0c7a8f51-2f0e-4d11-9d35-4b1b0e7b2a61'] } : { includeRoles: ['62e90394-69f5-4237-9190-012177145e10', 'e8611ab8-c189-46e8-94e1-60213ab1f814', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', '29232cdf-9323-42fd-ade2-1d097af3e4de', 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9'], excludeUsers: excl };
  const grant = kind === 'mfa' ? { operator: 'OR', builtInControls: ['mfa'] } : { operator: 'OR', builtInControls: [], authenticationStrength: { id: '00000000-0000-0000-0000-000000000004', displayName: 'Phishing-resistant MFA' } };
  return JSON.stringify({ id, displayName: name, state: 'enabled', conditions: { applications: { includeApplications: ['All'] }, users, clientAppTypes: ['all'] }, grantControls: grant });
}

// ---------------------------------------------------------------------------------------------------------
function s12Fic(ctx, V) {
  const T = ctx.T;
  const d = V.dev;
  const app = T.apps.docAuto;
  const S = new Scenario(ctx, 'vscode-token-theft-app-fic-backdoor', {
    start: U(24, 2, 20), end: U(25, 20, 0),
    description: `Developer token theft and application backdoor: a malicious VS Code extension on ${d.upnLog}'s laptop exfiltrated the VS Code / Azure CLI refresh tokens; on Saturday 24 Oct the actor redeems them from Google Cloud (us-central1), and as owner of "${app.name}" (Graph application permissions Files.ReadWrite.All and Mail.Send) adds a client secret and a federated identity credential trusting a GitHub Actions workflow it controls. The app then signs in with the new secret from Google Cloud and with the federated credential from GitHub-hosted runners (service-principal sign-ins, in the fourth file) to read SharePoint.`,
    source: 'Reporting on malicious VS Code Marketplace extensions stealing developer credentials and tokens (Aviatrix summary of the 2024 campaign of 19 trojanised extensions; the "Dracula Official" clone stealing GitHub tokens; safeguard.sh 2023-24 postmortem); trackr.live and GraphLattice (2026) on federated identity credentials as secretless app backdoors; Microsoft on Midnight Blizzard and OAuth app credentials (Jan 2024, author\'s knowledge)',
  });
  S.user(d);
  const r = S.r;
  const gcp = S.ip('gcp', 'DSM');
  const run1 = S.ip('azure', 'BOY'), run2 = S.ip('azure', 'BOY');
  const t0 = S.start;
  const base = { account: d, clientApp: 'Mobile Apps and Desktop clients', ua: OLD_UA.pyreq, os: '', browser: '', platform: 'other', device: null, ip: gcp, mfaSatisfied: true, sessionId: r.uuid() };
  S.add({ ...base, t: t0, interactive: false, app: APPS.vscode, res: RES.arm, scopes: SCOPES.imp });
  S.add({ ...base, t: t0 + 40000, interactive: false, app: APPS.vscode, res: RES.arm, scopes: SCOPES.imp });
  S.refreshes(7, t0 + 2 * MIN, t0 + 25 * MIN, { ...base, app: APPS.azCli, res: RES.graph, scopes: SCOPES.azCliGraph });
  const keyId = r.uuid();
  S.audit((A) => {
    A.appSecret(t0 + 11 * MIN, d, gcp, app, keyId, 'docgen-prod-failover', [...(T.docAutoKeys || []), [r.uuid(), 'docgen-prod-2026-10']], OLD_UA.pyreq);
    A.add({ t: t0 + 14 * MIN, actor: d, ip: gcp, ua: OLD_UA.pyreq, activity: 'Update application', category: 'ApplicationManagement', service: 'Core Directory',
      targets: [{ id: app.objectId, displayName: app.name, type: 'Application', props: [['FederatedIdentityCredentials', '[]', JSON.stringify([{ Name: 'github-prod-deploy', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:hqp-automation/docgen-deploy:environment:prod', Audiences: ['api://AzureADTokenExchange'], Description: '' }])], ['Included Updated Properties', null, JSON.stringify('FederatedIdentityCredentials')]] }] });
  });
  const sp = { kind: 'sp', id: '', displayName: app.name, spId: app.spId };
  const appRef = { id: app.id, name: app.name, owner: app.owner };
  for (let i = 0; i < 6; i++) S.add({ t: t0 + (20 + i * 9) * MIN, account: sp, interactive: false, app: appRef, res: RES.graph, ip: gcp, credType: 'clientSecret', keyId, library: 'Family: MSAL Library: MSAL.Python 1.31.0 Platform: Python' });
  const fic = r.uuid();
  for (let i = 0; i < 12; i++) S.add({ t: U(24, 6, 0) + r.float() * (U(25, 20, 0) - U(24, 6, 0)), account: sp, interactive: false, app: appRef, res: RES.graph, ip: r.chance(0.5) ? run1 : run2, credType: 'federatedIdentityCredential', ficId: fic, library: 'Family: MSAL Library: MSAL.Node 2.16.2 Platform: Node' });
  return S;
}
