// Planted intrusions. Each scenario tags its records and reports its truth entry.
import { DAY, HOUR, MIN, T0, T1, local, iso } from './clock.mjs';
import { APPS, RES, UA, ROLES } from './catalog.mjs';
import { signIn, login, refreshes, spSignIn, ATTACK } from './signin.mjs';
import { phoneIp, mobileIp } from './net.mjs';
import { ad, tUser, auditRegister, auditDeleteMethod, auditConsent, auditPim, auditRoleAdd, auditInvite, auditRedeem, auditDevice, auditAppCred, mp, J } from './audit.mjs';
import { ascii } from './people.mjs';

const MSA_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

/** Wraps the emitters so every record carries the scenario name; collects users / IPs / times. */
function scenario(ctx, name, description) {
  const s = { name, description, users: new Set(), ips: new Set(), first: Infinity, last: -Infinity, extra: {} };
  const seen = (t, ip, ...users) => {
    if (t < T0 || t >= T1) return;
    s.first = Math.min(s.first, t); s.last = Math.max(s.last, t);
    if (ip) s.ips.add(ip);
    for (const u of users) if (u) s.users.add(u.toLowerCase());
  };
  s.signIn = (o) => { seen(o.t, o.ip); return signIn(ctx, { ...o, attack: name }); };
  s.login = (o) => { const r = login(ctx, { ...o, attack: name }); seen(o.t, o.ip); seen(r.t, o.ip); return r; };
  s.refresh = (sess, a, b, every, tg, extra = {}) => { const before = ctx.non.length; const n = refreshes(ctx, sess, a, b, every, tg, { ...extra, attack: name }); for (let i = before; i < ctx.non.length; i++) seen(Date.parse(ctx.non[i].createdDateTime), ctx.non[i].ipAddress); return n; };
  s.sp = (o) => { seen(o.t, o.ip); return spSignIn(ctx, { ...o, attack: name }); };
  s.audit = (fn, o) => { const before = ctx.audits.length; fn(ctx, { ...o, attack: name }); for (let i = before; i < ctx.audits.length; i++) { ctx.audits[i][ATTACK] = name; seen(Date.parse(ctx.audits[i].activityDateTime), ctx.audits[i].initiatedBy.user ? ctx.audits[i].initiatedBy.user.ipAddress : ''); } };
  s.user = (...u) => { for (const x of u) s.users.add(String(x).toLowerCase()); };
  s.truth = () => ({ name, users: [...s.users], ips: [...s.ips].filter(Boolean), start: iso(s.first), end: iso(s.last), description, ...s.extra });
  return s;
}

const winChrome = (v = 121) => ({ id: '', displayName: '', os: 'Windows10', browser: `Chrome ${v}.0.0`, compliant: false, managed: false, trustType: '' });

export function attacks(ctx) {
  const jit = ctx.root.fork('atk-jitter');
  const at = (d, h, tz) => local(d, h, tz) + jit.int(1000, 58000) + jit.int(0, 999);
  const { w } = ctx;
  const rng = ctx.rng;
  const geo = ctx.geo;
  const out = [];
  const clean = (u) => !u.leaver && !u.startT && !(u.trips && u.trips.length) && !u.victim;
  const mark = (u) => { u.victim = true; return u; };

  // 1 ─ password spray from AWS (FireProx-style rotating egress), an unenrolled account falls,
  //     the attacker enrols their own Authenticator and grants a mail client Mail.ReadWrite
  {
    const s = scenario(ctx, 'aws-spray-mfa-enrol-mail-grant', 'Password spray through rotating AWS egress addresses (old Teams Electron user agent, ROPC) in three waves against ~240 harvested addresses. A warehouse worker who never registered MFA (kiosk-only) has the wave-2 password: the attacker satisfies the enrolment interrupt by registering their own Authenticator, signs in with MFA, and consents to "PerfectData Software" (Mail.ReadWrite, offline_access), whose back end then reads the mailbox from AWS Frankfurt. Two other accounts answer 50076 (right password, MFA required).');
    const r = ctx.root.fork('atk1');
    const ips = [];
    for (const [net, n] of [['aws-use1', 9], ['aws-usw2', 6], ['aws-euw1', 6], ['aws-euc1', 5], ['aws-apne1', 4], ['aws-sae1', 4], ['aws-apse1', 3]]) for (let i = 0; i < n; i++) ips.push(geo.alloc(r, net));
    const victim = mark(r.pick(w.personas.warehouse.filter((u) => clean(u) && u.kioskUser && !u.mfaRegistered && !u.rosterHome && !u.phoneMail && !u.lead && u.site === 'ven')));
    victim.spray = true;
    const half = r.sample([...w.personas.office, ...w.personas.sales].filter(clean), 2).map(mark);
    const pool = [...w.personas.office, ...w.personas.sales, ...w.personas.exec, ...w.it.dev, ...w.it.ops, ...w.personas.cc.slice(0, 40), ...w.personas.warehouse.filter((u) => u.lead)];
    const targets = r.sample(pool.filter((u) => !half.includes(u) && !u.startT), 210);
    const disabled = (w.leavers || []).slice(0, 2);
    const ghosts = ['info', 'admin', 'sales', 'hr', 'jobs', 'support', 'finance', 'it', 'planning', 'j.jansen', 'p.devries', 'm.bakker', 'office', 'logistics', 'customerservice', 'k.schmidt', 'a.nowak', 'recruitment', 'invoices', 'helpdesk'].map((n) => ({ id: '', name: '', upn: `${n}@harbourrail.example`, logUpn: `${n}@harbourrail.example` }));
    const all = [...targets, victim, ...half, ...disabled, ...ghosts];
    const waves = [[at(2, 2.2, 'CET'), 88], [at(4, 15.1, 'CET'), 95], [at(7, 4.6, 'CET'), 80]];
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.3.00.30866 Chrome/80.0.3987.165 Electron/8.5.1 Safari/537.36';
    let foothold = null;
    waves.forEach(([start, mins], wi) => {
      const order = r.shuffle(all);
      order.forEach((u, i) => {
        const t = start + (i / order.length) * mins * MIN + r.int(0, 20) * 1000;
        const ip = r.pick(ips);
        let code = 50126;
        if (!u.id) code = 50034;
        else if (disabled.includes(u) && u.leaver.t < t) code = 50057;
        else if (u === victim && wi === 1) code = 50079;
        else if (half.includes(u) && wi === 2) code = 50076;
        const rec = s.signIn({ t, user: u.id ? u : { ...u, name: u.upn }, app: APPS.teams, res: RES.graph, ip, ua, auth: 'pw', code, protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', dev: winChrome(80), browser: 'Chrome 80.0.3987', identifier: u.logUpn });
        if (!u.id) { rec.userId = ''; rec.userDisplayName = ''; }
        if (u === victim && wi === 1) foothold = t;
      });
    });
    // the foothold: enrol MFA from another AWS address, then sign in with it
    const ip2 = geo.alloc(r, 'aws-euc1');
    const ip3 = geo.alloc(r, 'aws-euc1');
    const bua = UA.chromeWin(121);
    let t = foothold + 38 * MIN;
    const sid = r.guid();
    s.signIn({ t, user: victim, app: APPS.mysignins, ip: ip2, ua: bua, dev: winChrome(), auth: 'pw', code: 50079, sessionId: sid, browser: 'Chrome 121.0.0' });
    t += 50 * 1000;
    s.signIn({ t, user: victim, app: APPS.mysignins, ip: ip2, ua: bua, dev: winChrome(), auth: 'pw', code: 50072, sessionId: sid, browser: 'Chrome 121.0.0' });
    s.audit(auditRegister, { t: t + 20 * 1000, user: victim, ip: ip2, method: 'app', all: true, ua: bua });
    t += 5 * MIN;
    s.signIn({ t, user: victim, app: APPS.mysignins, ip: ip2, ua: bua, dev: winChrome(), auth: 'pw+push', sessionId: sid, browser: 'Chrome 121.0.0' });
    t += 3 * MIN;
    s.signIn({ t, user: victim, app: APPS.officeHome, ip: ip2, ua: bua, dev: winChrome(), auth: 'sso', mfa: true, sessionId: sid, browser: 'Chrome 121.0.0' });
    s.signIn({ t: t + 70 * 1000, user: victim, app: APPS.owa, ip: ip2, ua: bua, dev: winChrome(), auth: 'sso', mfa: true, sessionId: sid, browser: 'Chrome 121.0.0' });
    // consent to the mail client
    const pd = { name: 'PerfectData Software', id: r.guid(), spId: r.guid(), client: 'Browser', res: RES.graph };
    ctx.appOwners.set(pd.id, r.guid());
    t += 9 * MIN;
    s.signIn({ t, user: victim, app: pd, res: RES.graph, ip: ip2, ua: bua, dev: winChrome(), auth: 'sso', mfa: true, sessionId: sid, browser: 'Chrome 121.0.0' });
    s.audit(auditConsent, { t: t + 25 * 1000, user: victim, ip: ip2, app: pd, scopes: ['Mail.ReadWrite', 'offline_access', 'User.Read', 'openid', 'profile'], newSp: true, ua: bua });
    s.refresh({ user: victim, ip: ip3, dev: winChrome(), sessionId: r.guid(), mfa: true, browser: '' }, t + 4 * MIN, t + 30 * HOUR, 22, [{ app: pd, res: RES.exo, ua: 'python-requests/2.31.0' }, { app: pd, res: RES.graph, ua: 'python-requests/2.31.0' }]);
    s.user(victim.upn, ...half.map((u) => u.upn));
    s.extra.targets = all.map((u) => u.logUpn);
    out.push(s.truth());
  }

  // 2 ─ admin consent phishing: an Application Administrator grants a look-alike document app
  //     tenant-wide (AllPrincipals); the attacker's back end uses everyone's delegated tokens
  {
    const s = scenario(ctx, 'docview-admin-consent-allprincipals', 'A cloud engineer with an active Application Administrator role follows a "DocuSign" lure and grants "DocView Secure Reader" (unverified multi-tenant app: Mail.Read, Files.Read.All, Sites.Read.All, User.Read.All, offline_access) consent on behalf of the organisation (ConsentType AllPrincipals). The app\'s back end on Clouvider (London) then reads his mailbox and files; four finance staff sent the same link sign in without any consent prompt and their data is pulled too.');
    const r = ctx.root.fork('atk2');
    const admin = mark(w.it.ops.find((u) => clean(u) && u.homeDays && !u.homeDays.includes(3)) || w.it.ops[3]);
    const app = { name: 'DocView Secure Reader', id: r.guid(), spId: r.guid(), client: 'Browser', res: RES.graph };
    ctx.appOwners.set(app.id, r.guid());
    const bips = [geo.alloc(r, 'clouvider'), geo.alloc(r, 'clouvider')];
    const t0 = at(3, 16.3, 'CET');
    const ip = w.sites[admin.site].ips[1];
    auditPim(ctx, { t: t0 - 95 * MIN, user: admin, ip, role: ROLES.appAdmin, hours: 4, justification: 'CHG-40702 app registration clean-up' });
    s.signIn({ t: t0, user: admin, app, res: RES.graph, ip, dev: admin.laptop, ua: UA.edgeWin(122), auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', browser: 'Edge 122.0.0' });
    s.audit(auditConsent, { t: t0 + 35 * 1000, user: admin, ip, app, scopes: ['Mail.Read', 'Files.Read.All', 'Sites.Read.All', 'User.Read.All', 'offline_access'], admin: true, newSp: true, ua: UA.edgeWin(122) });
    const bua = 'Mozilla/5.0 (compatible; DocViewSync/2.4; +https://docview-secure.example)';
    s.refresh({ user: admin, ipAt: (t) => bips[Math.floor(t / (3 * HOUR)) % 2], dev: null, sessionId: r.guid(), mfa: true, browser: '' }, t0 + 6 * MIN, t0 + 44 * HOUR, 38, [{ app, res: RES.graph, ua: bua }, { app, res: RES.exo, ua: bua }]);
    const fin = r.sample(w.personas.office.filter((u) => clean(u) && u.dept === 'Finance' && u.laptop && u.laptop.kind === 'win'), 4).map(mark);
    fin.forEach((u, i) => {
      const t = at(4, 9.2 + i * 1.7 + r.float(0, 0.6), 'CET');
      const uip = u.homeDays && u.homeDays.includes(4) ? u.homeAt(t) : w.sites[u.site].ips[0];
      s.signIn({ t, user: u, app, res: RES.graph, ip: uip, dev: u.laptop, ua: UA.edgeWin(122), auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', browser: 'Edge 122.0.0' });
      s.refresh({ user: u, ipAt: (tt) => bips[(Math.floor(tt / (3 * HOUR)) + i) % 2], dev: null, sessionId: r.guid(), mfa: true, browser: '' }, t + 5 * MIN, t + 20 * HOUR, 55, [{ app, res: RES.graph, ua: bua }, { app, res: RES.exo, ua: bua }]);
    });
    s.user(admin.upn, ...fin.map((u) => u.upn));
    out.push(s.truth());
  }

  // 3 ─ MFA-exempt contractor: password from an infostealer log, a new client secret on the app
  //     he owns, app-only Graph use of that secret from a new hosting ASN
  {
    const s = scenario(ctx, 'contractor-app-secret-backdoor', 'An external developer account (vendor group excluded from MFA; owner of "HRL Customs Broker Connector") is used late at night from a Dutch residential-proxy address to add a client secret "sync-backup" to the app, which already holds the Graph application permission Mail.Send. The new secret is then used app-only from Pfcloud (AS51396, Frankfurt) — the app normally authenticates with a certificate from Azure West Europe.');
    const r = ctx.root.fork('atk3');
    const c = mark(w.contractors[0]);
    const proxy = geo.alloc(r, 'ziggo', 'amsterdam');
    const pf = [geo.alloc(r, 'pfcloud'), geo.alloc(r, 'pfcloud')];
    const t0 = at(8, 23.55, 'CET');
    const bua = UA.chromeWin(122);
    const sid = r.guid();
    s.login({ t: t0, user: c, app: APPS.azurePortal, ip: proxy, dev: winChrome(122), ua: bua, auth: 'pw', sessionId: sid, browser: 'Chrome 122.0.0', rates: { typo: 0, kmsi: 1 } });
    s.signIn({ t: t0 + 4 * MIN, user: c, app: APPS.azurePortal, res: RES.graph, ip: proxy, dev: winChrome(122), ua: bua, auth: 'sso1', mfa: false, sessionId: sid, browser: 'Chrome 122.0.0' });
    const a = w.apps.customs;
    const nc = { keyId: r.guid(), type: 'clientSecret', displayName: 'sync-backup', start: t0 + 9 * MIN };
    s.audit(auditAppCred, { t: t0 + 9 * MIN, by: { user: c, ip: proxy }, app: a, before: a.creds.slice(), after: [...a.creds, nc], ua: bua });
    a.creds.push(nc);
    const sp = { name: a.name, appId: a.id, spId: a.spId };
    let t = t0 + 31 * MIN;
    s.sp({ t, sp, ip: pf[0], res: RES.graph, cred: nc, code: 7000215 });
    s.sp({ t: t + 40 * 1000, sp, ip: pf[0], res: RES.graph, cred: nc, code: 7000215 });
    t += 3 * MIN;
    for (; t < t0 + 7 * HOUR; t += r.int(4, 14) * MIN) s.sp({ t, sp, ip: pf[0], res: RES.graph, cred: nc });
    for (; t < at(10, 19, 'CET'); t += r.float(0.7, 2.2) * HOUR) s.sp({ t, sp, ip: r.pick(pf), res: RES.graph, cred: nc });
    s.user(c.upn, a.name);
    out.push(s.truth());
  }

  // 4 ─ refresh-token replay from Brazil: cookies/tokens stolen from a sales rep's family PC
  {
    const s = scenario(ctx, 'token-replay-brazil', 'An infostealer on a sales rep\'s family PC takes the browser session she opened on Saturday to read mail and OneDrive. From Wednesday 02:00 UTC the refresh token is replayed non-interactively from Brazilian residential-proxy addresses (Claro, São Paulo / Campinas) against Exchange Online, SharePoint and Graph, on the same session ID — a country her interactive sign-ins never came from.');
    const r = ctx.root.fork('atk4');
    const u = mark(r.pick(w.personas.sales.filter((x) => clean(x) && x.site === 'mad')));
    const pc = { id: '', displayName: '', os: 'Windows10', browser: 'Chrome 122.0.0', compliant: false, managed: false, trustType: '' };
    const ts = at(5, 15.4, 'CET');
    const lr = login(ctx, { t: ts, user: u, app: APPS.officeHome, ip: u.homeAt(ts), dev: pc, ua: UA.chromeWin(122), auth: 'pw', mfaNeeded: true, method: u.mfa, phone: u.phoneNo, browser: 'Chrome 122.0.0', rates: { typo: 0, kmsi: 1, mfaFail: 0 } });
    signIn(ctx, { t: lr.t + 3 * MIN, user: u, app: APPS.owa, ip: u.homeAt(ts), dev: pc, ua: UA.chromeWin(122), auth: 'sso', mfa: true, sessionId: lr.sessionId, browser: 'Chrome 122.0.0' });
    signIn(ctx, { t: lr.t + 11 * MIN, user: u, app: APPS.spoWeb, ip: u.homeAt(ts), dev: pc, ua: UA.chromeWin(122), auth: 'sso', mfa: true, sessionId: lr.sessionId, browser: 'Chrome 122.0.0' });
    const br = [geo.alloc(r, 'claro-br', 'saopaulo'), geo.alloc(r, 'claro-br', 'saopaulo'), geo.alloc(r, 'claro-br', 'campinas')];
    const a = Date.UTC(2026, 2, 11, 2, 4), b = Date.UTC(2026, 2, 12, 21, 30);
    s.refresh({ user: u, ipAt: (t) => br[Math.floor((t - a) / (5 * HOUR)) % 3], dev: pc, ua: UA.chromeWin(122), sessionId: lr.sessionId, mfa: true, browser: 'Chrome 122.0.0' }, a, b, 48, [
      { app: APPS.owa, res: RES.exo }, { app: APPS.officeHome, res: RES.spo }, { app: APPS.officeHome, res: RES.graph }, { app: APPS.owa, res: RES.exo },
    ]);
    s.user(u.upn);
    out.push(s.truth());
  }

  // 5 ─ brute force against one published address (payroll), smart lockout, password found
  {
    const s = scenario(ctx, 'payroll-bruteforce-night', 'Sunday-night brute force against the payroll lead\'s address (listed on a job ad) from AlexHost (Moldova) and Selectel (Russia) through ROPC with an old Chrome user agent: ~500 attempts in four hours, smart lockout answering 50053 between bursts. The last attempts from Selectel get 50076 — the password was found and only MFA stopped the login.');
    const r = ctx.root.fork('atk5');
    const u = mark(w.personas.office.find((x) => clean(x) && x.title === 'Payroll Specialist') || w.personas.office.find(clean));
    const ips = [geo.alloc(r, 'alexhost'), geo.alloc(r, 'alexhost'), geo.alloc(r, 'selectel')];
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36';
    let t = at(6, 21.7, 'CET');
    const end = at(7, 1.7, 'CET');
    let fails = 0, lockUntil = 0, lockLen = 60 * 1000;
    while (t < end) {
      const ip = t < at(6, 23.9, 'CET') ? ips[0] : t < at(7, 1.2, 'CET') ? ips[1] : ips[2];
      let code;
      if (t < lockUntil) code = 50053;
      else { code = 50126; fails++; if (fails >= 10) { lockUntil = t + lockLen; lockLen *= 1.6; fails = 0; } }
      s.signIn({ t, user: u, app: APPS.aadPs, res: RES.aad, ip, ua, auth: 'pw', code, protocol: 'ropc', dev: winChrome(91), browser: 'Chrome 91.0.4472' });
      t += r.int(14, 42) * 1000;
    }
    for (let i = 0; i < 3; i++) s.signIn({ t: t + i * 95 * 1000, user: u, app: APPS.aadPs, res: RES.aad, ip: ips[2], ua, auth: 'pw', code: 50076, protocol: 'ropc', dev: winChrome(91), browser: 'Chrome 91.0.4472' });
    s.user(u.upn);
    out.push(s.truth());
  }

  // 6 ─ MFA fatigue on a Saturday evening, then persistence: own Authenticator, registered device
  {
    const s = scenario(ctx, 'mfa-fatigue-saturday', 'A transport planner\'s password (from an old breach) is used on Saturday evening through a commercial VPN exit (Datacamp, Frankfurt): 17 push requests over 75 minutes go unanswered or are declined, then the attacker phones her pretending to be the service desk and the next push is approved. The attacker registers a new Authenticator, deletes her old one, registers a Windows device and reads mail and files into Sunday.');
    const r = ctx.root.fork('atk6');
    const u = mark(w.personas.office.find((x) => clean(x) && /Transport Planner|Logistics Planner/.test(x.title) && x.mfa === 'push' && (x.site === 'dui' || x.site === 'ven')) || w.personas.office.find((x) => clean(x) && x.mfa === 'push'));
    const vips = [geo.alloc(r, 'nordvpn', 'frankfurt'), geo.alloc(r, 'nordvpn', 'frankfurt')];
    const bua = UA.chromeWin(122);
    let t = at(12, 21.3, 'CET');
    const sid = r.guid();
    for (let i = 0; i < 17; i++) {
      const detail = r.chance(0.75) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication';
      s.signIn({ t, user: u, app: APPS.officeHome, ip: vips[0], dev: winChrome(122), ua: bua, auth: 'pw+push', code: 500121, mfaDetail: detail, sessionId: sid, browser: 'Chrome 122.0.0', risk: i === 0 ? { level: 'low', types: ['anonymizedIPAddress'], state: 'atRisk' } : null });
      t += r.int(150, 330) * 1000;
    }
    t += 6 * MIN;
    s.signIn({ t, user: u, app: APPS.officeHome, ip: vips[0], dev: winChrome(122), ua: bua, auth: 'pw+push', sessionId: sid, browser: 'Chrome 122.0.0', risk: { level: 'low', types: ['anonymizedIPAddress'], state: 'atRisk' } });
    t += 4 * MIN;
    s.signIn({ t, user: u, app: APPS.mysignins, ip: vips[0], dev: winChrome(122), ua: bua, auth: 'sso', mfa: true, sessionId: sid, browser: 'Chrome 122.0.0' });
    s.audit(auditRegister, { t: t + 30 * 1000, user: u, ip: vips[0], method: 'app', replace: false, ua: bua });
    s.audit(auditDeleteMethod, { t: t + 4 * MIN, user: u, ip: vips[0] });
    t += 11 * MIN;
    const dev = { id: r.guid(), displayName: `DESKTOP-${r.alnum(7)}`, os: 'Windows10', browser: 'Chrome 122.0.0', compliant: false, managed: false, trustType: 'Azure AD registered' };
    s.signIn({ t, user: u, app: APPS.broker, res: RES.drs, ip: vips[0], dev: winChrome(122), ua: UA.winAuth, auth: 'sso', mfa: true, browser: '' });
    s.audit(auditDevice, { t: t + 40 * 1000, user: u, device: dev, ip: vips[0], os: 'Windows', trust: 'Workplace' });
    t += 3 * MIN;
    const sid2 = r.guid();
    s.signIn({ t, user: u, app: APPS.owa, ip: vips[0], dev, ua: bua, auth: 'sso', mfa: true, sessionId: sid2, browser: 'Chrome 122.0.0' });
    s.signIn({ t: t + 6 * MIN, user: u, app: APPS.spoWeb, ip: vips[0], dev, ua: bua, auth: 'sso', mfa: true, sessionId: sid2, browser: 'Chrome 122.0.0' });
    s.refresh({ user: u, ipAt: (tt) => (tt < at(13, 9, 'CET') ? vips[0] : vips[1]), dev, ua: bua, sessionId: sid2, mfa: true, browser: 'Chrome 122.0.0' }, t + 8 * MIN, at(13, 17.5, 'CET'), 35, [{ app: APPS.owa, res: RES.exo }, { app: APPS.officeHome, res: RES.spo }]);
    s.user(u.upn);
    out.push(s.truth());
  }

  // 7 ─ stolen PRT cookie of an identity engineer: PIM at night, guest invited and made Global Administrator
  {
    const s = scenario(ctx, 'prt-replay-guest-global-admin', 'An identity engineer\'s PRT cookie (taken from his laptop by an infostealer) is replayed at 03:00 from Stark Industries (AS44477, Amsterdam): the sign-in carries his compliant laptop\'s device ID and MFA claim. The attacker activates Privileged Role Administrator in PIM, invites an outlook.com "auditor" guest, assigns it Global Administrator directly, and uses the guest from the same hosting range that night and the next.');
    const r = ctx.root.fork('atk7');
    const admin = mark(w.it.identity.find((u) => clean(u) && u !== w.it.identity[0] && u !== w.it.identity[1]) || w.it.identity[2]);
    const sips = [geo.alloc(r, 'stark'), geo.alloc(r, 'stark'), geo.alloc(r, 'stark')];
    let t = at(8, 3.08, 'CET');
    const sid = r.guid();
    const cua = UA.chromeWin(120);
    s.signIn({ t, user: admin, app: APPS.azurePortal, ip: sips[0], dev: { ...admin.laptop }, ua: cua, auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', sessionId: sid, browser: 'Chrome 120.0.0' });
    s.signIn({ t: t + 70 * 1000, user: admin, app: APPS.azurePortal, res: RES.graph, ip: sips[0], dev: { ...admin.laptop }, ua: cua, auth: 'sso', mfa: true, tokenIn: 'primaryRefreshToken', sessionId: sid, browser: 'Chrome 120.0.0' });
    t += 4 * MIN;
    s.audit(auditPim, { t, user: admin, ip: sips[0], role: ROLES.pra, hours: 2, justification: 'INC0048812 external audit access' });
    const nm = 'Hendrik Vos';
    const email = 'hendrik.vos.kb-audit@outlook.com';
    const guest = { id: r.guid(), guest: true, upn: email, logUpn: email, extUpn: `${email.replace('@', '_')}#EXT#@harbourrail.example`, name: `${nm} (Kessler & Brandt)`, homeTenant: MSA_TENANT, persona: 'guest' };
    t += 5 * MIN;
    s.audit(auditInvite, { t, by: admin, ip: sips[0], guest, ua: cua });
    t += 3 * MIN;
    s.audit(auditRoleAdd, { t, by: admin, ip: sips[0], user: guest, role: ROLES.ga });
    t += 6 * MIN;
    s.audit(auditRedeem, { t, guest, ip: sips[1] });
    const gdev = winChrome(122);
    const gl = s.login({ t: t + 40 * 1000, user: guest, app: APPS.azurePortal, ip: sips[1], dev: gdev, ua: UA.chromeWin(122), auth: 'pw', mfaNeeded: true, method: 'otp', browser: 'Chrome 122.0.0', rates: { typo: 0, interrupt: 1, kmsi: 1, mfaFail: 0 } });
    s.audit(auditRegister, { t: gl.t - 2 * MIN, user: guest, ip: sips[1], method: 'otp', all: true, ua: UA.chromeWin(122) });
    s.signIn({ t: gl.t + 8 * MIN, user: guest, app: APPS.graphExplorer, ip: sips[1], dev: gdev, ua: UA.chromeWin(122), auth: 'sso', mfa: true, sessionId: gl.sessionId, browser: 'Chrome 122.0.0' });
    s.refresh({ user: guest, ip: sips[1], dev: gdev, ua: UA.chromeWin(122), sessionId: gl.sessionId, mfa: true, browser: 'Chrome 122.0.0' }, gl.t + 10 * MIN, gl.t + 2.2 * HOUR, 20, [{ app: APPS.azurePortal, res: RES.arm }, { app: APPS.graphExplorer, res: RES.graph }]);
    const n2 = at(9, 2.7, 'CET');
    const g2 = s.login({ t: n2, user: guest, app: APPS.azurePortal, ip: sips[2], dev: gdev, ua: UA.chromeWin(122), auth: 'pw', mfaNeeded: true, method: 'otp', browser: 'Chrome 122.0.0', rates: { typo: 0, kmsi: 1, mfaFail: 0 } });
    s.refresh({ user: guest, ip: sips[2], dev: gdev, ua: UA.chromeWin(122), sessionId: g2.sessionId, mfa: true, browser: 'Chrome 122.0.0' }, g2.t + 2 * MIN, g2.t + 50 * MIN, 12, [{ app: APPS.azurePortal, res: RES.arm }, { app: APPS.azurePortal, res: RES.graph }]);
    s.user(admin.upn, guest.logUpn, guest.extUpn);
    out.push(s.truth());
  }

  // 8 ─ impossible travel: a relayed SMS code lets a Lagos mobile address in while the clerk is at her desk in Rotterdam
  {
    const s = scenario(ctx, 'ap-clerk-lagos-sign-in', 'An accounts-payable clerk in Rotterdam enters her password and the SMS code on a fake invoice portal; the operator replays them at once from an MTN Nigeria mobile address in Lagos on an unregistered Windows/Chrome machine, 50 minutes after her sign-in at the office on her compliant laptop. Entra flags unfamiliar sign-in properties (medium). The attacker reads mail and the finance SharePoint for the rest of the morning.');
    const r = ctx.root.fork('atk8');
    const u = mark(w.personas.office.find((x) => clean(x) && x.site === 'rtm' && x.title === 'Accounts Payable Clerk' && !(x.homeDays || []).includes(3) && x.laptop.kind === 'win') || w.personas.office.find((x) => clean(x) && x.site === 'rtm' && !(x.homeDays || []).includes(3) && x.laptop.kind === 'win'));
    u.mfa = 'sms';
    const ng = [geo.alloc(r, 'mtn-ng'), geo.alloc(r, 'mtn-ng')];
    const tOffice = at(10, 8.75, 'CET');
    signIn(ctx, { t: tOffice, user: u, app: APPS.winSignIn, ip: w.sites.rtm.ips[2], dev: u.laptop, ua: UA.winAuth, auth: 'whfb', mfa: true, browser: '' });
    let t = tOffice + 52 * MIN;
    const bua = UA.chromeWin(122);
    const sid = r.guid();
    s.signIn({ t, user: u, app: APPS.officeHome, ip: ng[0], dev: winChrome(122), ua: bua, auth: 'pw', code: 50074, sessionId: sid, browser: 'Chrome 122.0.0' });
    t += 48 * 1000;
    s.signIn({ t, user: u, app: APPS.officeHome, ip: ng[0], dev: winChrome(122), ua: bua, auth: 'pw+sms', code: 50140, mfa: true, sessionId: sid, browser: 'Chrome 122.0.0' });
    t += 9 * 1000;
    s.signIn({ t, user: u, app: APPS.officeHome, ip: ng[0], dev: winChrome(122), ua: bua, auth: 'pw+sms', phone: u.phoneNo, sessionId: sid, browser: 'Chrome 122.0.0', risk: { level: 'medium', types: ['unfamiliarFeatures'], state: 'atRisk' } });
    s.signIn({ t: t + 2 * MIN, user: u, app: APPS.owa, ip: ng[0], dev: winChrome(122), ua: bua, auth: 'sso', mfa: true, sessionId: sid, browser: 'Chrome 122.0.0' });
    s.signIn({ t: t + 26 * MIN, user: u, app: APPS.spoWeb, ip: ng[0], dev: winChrome(122), ua: bua, auth: 'sso', mfa: true, sessionId: sid, browser: 'Chrome 122.0.0' });
    s.refresh({ user: u, ipAt: (tt) => (tt < t + 2 * HOUR ? ng[0] : ng[1]), dev: winChrome(122), ua: bua, sessionId: sid, mfa: true, browser: 'Chrome 122.0.0' }, t + 3 * MIN, t + 5.2 * HOUR, 28, [{ app: APPS.owa, res: RES.exo }, { app: APPS.officeHome, res: RES.spo }]);
    s.user(u.upn);
    out.push(s.truth());
  }
  return out;
}

export { ascii };
