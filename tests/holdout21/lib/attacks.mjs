// The planted scenarios. Each is written as an investigator would reconstruct it and becomes one truth.json entry
// (the users and addresses an investigator would name, first and last record).
import { APPS, RES, SITES, DEPOTS, START, END, HOUR, MIN, DAY, localAt, net, PLACES, DOMAIN, ONMS, TENANT_ID } from './tenant.mjs';
import { UA, BROWSER, phoneWeb, phoneApp, mobileNet, homeNet, ACTOR_APPS } from './life.mjs';
import { tgtUser } from './others.mjs';

const j = (v) => JSON.stringify(v);
const oct = (r) => r.int(2, 253);

class Scn {
  constructor(sink, name, summary) { this.sink = sink; this.name = name; this.summary = summary; this.users = new Set(); this.ips = new Set(); this.t0 = Infinity; this.t1 = -Infinity; this.n = 0; }
  span(t) { this.t0 = Math.min(this.t0, t); this.t1 = Math.max(this.t1, t); }
  si(o) { if (o.t < START || o.t >= END) throw new Error(`${this.name}: record outside the window`); this.span(o.t); this.n++; return this.sink.signin({ ...o, tag: this.name }); }
  au(o) { if (o.t < START || o.t >= END) throw new Error(`${this.name}: audit outside the window`); this.span(o.t); this.n++; return this.sink.audit({ ...o, tag: this.name }); }
  name_(...us) { for (const u of us) this.users.add(u); return this; }
  ip(...xs) { for (const x of xs) this.ips.add(x); return this; }
  truth() { return { name: this.name, summary: this.summary, users: [...this.users], ips: [...this.ips], start: new Date(Math.floor(this.t0)).toISOString(), end: new Date(Math.ceil(this.t1)).toISOString(), records: this.n }; }
}

/** Picks and marks the victims before the honest population is generated (so their honest days stay consistent). */
export function chooseVictims(rng, P) {
  const r = rng;
  const free = (u) => !u.leaver && !u.trip && !u.victim;
  const take = (f) => { const u = r.pick(P.users.filter((x) => free(x) && f(x))); u.victim = true; return u; };
  const V = {};
  // the spray's victim: a seasonal account created on Wed 25 Nov whose owner never showed up (no-show hire)
  V.sprayVictim = P.seasonal.find((u) => !u.disabled);
  V.sprayVictim.created = Date.UTC(2026, 10, 25, 18, 42, 7); V.sprayVictim.noShow = true; V.sprayVictim.victim = true;
  V.exec = take((u) => u.kind === 'exec' && u.phone);
  V.engineer = take((u) => u.kind === 'eng' && u.dev && !u.jumpbox);
  V.occSup = take((u) => u.kind === 'occ' && u.crew === 'night' && u.phone && u.mfa === 'app');
  V.agent = take((u) => u.kind === 'agent' && u.mfa === 'sms' && u.shift === 'day');
  const depot = DEPOTS[2];
  V.drivers = [0, 1, 2].map(() => take((u) => u.kind === 'driver' && u.depot === depot && u.mfaExempt && u.activity > 0.3));
  V.guest = r.pick(P.guests.filter((g) => g.kind === 'guestFR' && g.activity > 0.4));
  const its = P.users.filter((u) => u.kind === 'it');
  V.admin = its[9]; V.admin.victim = true; // one of the PIM-eligible admins (admins = it[6..13])
  V.dormant = take((u) => u.kind === 'driver' && u.activity < 0.05 && u.mfaExempt);
  V.caContractor = take((u) => u.kind === 'contractor' && !u.dev);
  V.fedDev = take((u) => u.kind === 'contractor' && u.dev && !u.jumpbox);
  V.replay = take((u) => u.kind === 'office' && P.users.indexOf(u) > P.users.findIndex((x) => x.kind === 'office') + 12 && u.hybrid < 0.3);
  V.helpdesk = its[2]; // helpdesk = it[0..5]
  V.reSeasonal = P.seasonal.find((u) => u.disabled && u.disabled < Date.UTC(2026, 11, 3));
  V.reSeasonal.victim = true;
  return V;
}

export function attacks(rng, sink, P, V, H) {
  const r = rng;
  const out = [];
  const phonedev = (u) => (u.phone && u.phone.id ? { ...u.phone, name: u.phone.model, compliant: false, managed: false, trust: 'Azure AD registered' } : null);

  // 1. Password spray from Canadian cloud regions over six nights; a no-show seasonal hire's account falls ------------
  {
    const S = new Scn(sink, 'spray-canadian-cloud-seasonal-falls', 'Low-and-slow password spray over six nights from ~40 addresses in Canadian and US cloud regions (OVH Beauharnois, DigitalOcean/Vultr/Linode Toronto, AWS ca-central-1, a few US), 1–3 tries per account against frontline, call-centre and seasonal accounts plus guessed names; a seasonal hire who never showed up falls, the attacker registers their own Authenticator and reads mail for two days.');
    const pool = [];
    for (let i = 0; i < 9; i++) pool.push(net(`${r.pick(['51.79', '54.39', '144.217', '51.222'])}.${oct(r)}.${oct(r)}`, 16276, 'beauharnois'));
    for (let i = 0; i < 9; i++) pool.push(net(`159.203.${oct(r)}.${oct(r)}`, 14061, 'toronto'));
    for (let i = 0; i < 7; i++) pool.push(net(`155.138.${oct(r)}.${oct(r)}`, 20473, 'toronto'));
    for (let i = 0; i < 5; i++) pool.push(net(`172.105.${oct(r)}.${oct(r)}`, 63949, 'toronto'));
    for (let i = 0; i < 6; i++) pool.push(net(`3.98.${oct(r)}.${oct(r)}`, 16509, 'montreal'));
    for (let i = 0; i < 4; i++) pool.push(net(`137.184.${oct(r)}.${oct(r)}`, 14061, 'santaclara'));
    const real = r.sample(P.users.filter((u) => ['driver', 'rail', 'agent', 'maint', 'seasonal'].includes(u.kind) && !u.victim && (!u.created || u.created < localAt(1, 20))), 250);
    const leaversHit = P.users.filter((u) => u.leaver).slice(0, 6);
    const ghosts = ['admin', 'info', 'servicedesk', 'hr', 'payroll', 'scanner', 'test', 'careers'].map((x) => ({ id: '00000000-0000-0000-0000-000000000000', upn: `${x}@${DOMAIN}`, display: '' }));
    for (let i = 0; i < 40; i++) { const f = r.pick(['marc', 'julie', 'kevin', 'sarah', 'luc', 'amanda', 'eric', 'nancy']), l = r.pick(['tremblay', 'smith', 'roy', 'martin', 'gagnon', 'wilson', 'brown', 'lavoie']); ghosts.push({ id: '00000000-0000-0000-0000-000000000000', upn: `${f}.${l}${r.int(1, 9)}@${DOMAIN}`, display: '' }); }
    const targets = [...real, ...leaversHit, ...ghosts];
    const uas = [UA.chromeWin, UA.edgeWinOld, UA.firefoxWin, UA.chromeMac, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36'];
    const used = new Set();
    for (let night = 0; night < 6; night++) {
      const d = 1 + night; // Tue 24 Nov .. Sun 29 Nov nights
      const order = r.shuffle(targets).slice(0, r.int(110, 150));
      const ipsTonight = r.sample(pool, r.int(6, 9));
      let t = localAt(d, 22 + r.float(0, 1.2));
      for (const u of order) {
        const n = r.pick(ipsTonight);
        used.add(n.ip); S.ip(n.ip);
        const ropc = r.chance(0.35);
        const code = u.id.startsWith('00000000') ? 50034 : u.leaver ? 50057 : 50126;
        S.si({ user: u, app: ropc ? APPS.office : APPS.officeHome, res: ropc ? RES.exo : RES.graph, net: n, device: null, ua: ropc ? '' : r.pick(uas), browser: ropc ? '' : BROWSER.chrome, os: ropc ? '' : 'Windows 10', interactive: true, t, code, protocol: ropc ? 'ropc' : 'none', clientApp: ropc ? 'Mobile Apps and Desktop clients' : 'Browser' });
        t += r.int(50, 210) * 1000;
        if (t > localAt(d + 1, 5.8)) break;
      }
      if (night === 2) {
        // Fri 27 Nov ~02:30 local: the no-show seasonal account's initial password works; MFA registration interrupt
        const v = V.sprayVictim, n = ipsTonight[0];
        const tv = localAt(d + 1, 2.45);
        S.name_(v.upn);
        S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: n, device: null, ua: uas[0], browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t: tv, code: 50079 });
        S.si({ user: v, app: APPS.mySignins, res: RES.graph, net: n, device: null, ua: uas[0], browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t: tv + 75_000, code: 0 });
        S.au({ t: tv + 110_000, category: 'UserManagement', activity: 'User started security info registration', actor: { user: v }, ip: n.ip, service: 'Authentication Methods', targets: [tgtUser(v)], opType: 'Add' });
        S.au({ t: tv + 190_000, category: 'UserManagement', activity: 'User registered security info', actor: { user: v }, ip: n.ip, service: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', targets: [tgtUser(v)], opType: 'Add' });
        S.au({ t: tv + 195_000, category: 'UserManagement', activity: 'User registered all required security info', actor: { user: v }, ip: n.ip, service: 'Authentication Methods', reason: 'User registered all required security info', targets: [tgtUser(v)], opType: 'Add' });
        const sess = r.uuid();
        S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: n, device: null, ua: uas[0], browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t: tv + 240_000, code: 0, mfa: 'app', session: sess });
        S.si({ user: v, app: APPS.oneOutlook, res: RES.exo, net: n, device: null, ua: uas[0], browser: BROWSER.chrome, os: 'Windows 10', interactive: false, t: tv + 300_000, code: 0, mfa: 'prev', session: sess });
        // mail read from a second address over the next two days
        const n2 = net(`155.138.${oct(r)}.${oct(r)}`, 20473, 'toronto'); S.ip(n2.ip);
        for (let k = 0; k < 14; k++) S.si({ user: v, app: APPS.oneOutlook, res: k % 3 ? RES.exo : RES.graph, net: n2, device: null, ua: uas[0], browser: BROWSER.chrome, os: 'Windows 10', interactive: false, t: tv + 6 * HOUR + k * r.int(140, 220) * MIN, code: 0, mfa: 'prev', session: sess });
      }
    }
    out.push(S.truth());
  }

  // 2. AiTM against an executive, then a mail app consented from the attacker's address --------------------------
  {
    const v = V.exec;
    const S = new Scn(sink, 'aitm-executive-mail-app-consent', 'Adversary-in-the-middle phishing of an executive: the sign-in (password + Authenticator push, victim\'s own browser string, no device id) comes from a phishing proxy on a Toronto VPS; the stolen session is replayed from a US residential proxy 20 minutes later, and from there the executive "consents" to an unverified multi-tenant mail app (Mail.ReadWrite, Mail.Send, MailboxSettings.ReadWrite, offline_access) that then reads the mailbox from a Frankfurt host.').name_(v.upn);
    const proxy = net('155.138.147.61', 20473, 'toronto');
    const replay = net('73.184.211.90', 7922, 'dallas');
    const appHost = net('164.92.213.37', 14061, 'frankfurt');
    S.ip(proxy.ip, replay.ip, appHost.ip);
    const t = localAt(8, 9.68); // Tue 1 Dec 09:41 local
    const sess = r.uuid();
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: proxy, device: null, ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10', interactive: true, t, code: 50074, detail: 'MFA required in Azure AD', session: sess, hint: true });
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: proxy, device: null, ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10', interactive: true, t: t + 22_000, code: 50140, mfa: 'app', session: sess });
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: proxy, device: null, ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10', interactive: true, t: t + 31_000, code: 0, mfa: 'app', session: sess });
    let tr = t + 21 * MIN;
    for (let k = 0; k < 9; k++, tr += r.int(3, 25) * MIN) S.si({ user: v, app: k % 2 ? APPS.oneOutlook : APPS.officeHome, res: k % 2 ? RES.exo : RES.graph, net: replay, device: null, ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10', interactive: false, t: tr, code: 0, mfa: 'prev', session: sess });
    const sp = r.uuid(), appId = '0f7e3a5c-9b12-4d84-a6e0-3c5b8d1f2a97', tc = t + 74 * MIN;
    S.au({ t: tc, category: 'ApplicationManagement', activity: 'Add service principal', actor: { user: v }, ip: replay.ip, targets: [{ id: sp, displayName: 'MailSync Archiver', type: 'ServicePrincipal', mods: [['AccountEnabled', '[]', '[true]'], ['AppPrincipalId', '[]', j([appId])], ['DisplayName', '[]', '["MailSync Archiver"]'], ['ServicePrincipalType', '[]', '["Application"]']] }], opType: 'Add', ua: UA.edgeWin });
    S.au({ t: tc + 1200, category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: { user: v }, ip: replay.ip, targets: [{ id: RES.graph.id, displayName: 'Microsoft Graph', type: 'ServicePrincipal', mods: [['DelegatedPermissionGrant.Scope', '', '"Mail.ReadWrite Mail.Send MailboxSettings.ReadWrite offline_access User.Read"']] }, { id: sp, displayName: 'MailSync Archiver', type: 'ServicePrincipal', mods: [] }], opType: 'Assign', ua: UA.edgeWin });
    S.au({ t: tc + 1900, category: 'ApplicationManagement', activity: 'Consent to application', actor: { user: v }, ip: replay.ip, targets: [{ id: sp, displayName: 'MailSync Archiver', type: 'ServicePrincipal', mods: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, `"[] => [[Id: ${r.hex(24)}, ClientId: ${sp}, PrincipalId: ${v.id}, ResourceId: ${r.uuid()}, ConsentType: Principal, Scope:  Mail.ReadWrite Mail.Send MailboxSettings.ReadWrite offline_access User.Read, CreatedDateTime: , LastModifiedDateTime ]]; "`], ['TargetId.ServicePrincipalNames', null, j(appId)]] }], opType: 'Assign', ua: UA.edgeWin });
    const mailApp = { id: appId, name: 'MailSync Archiver' };
    for (let k = 0, ta = tc + 9 * MIN; k < 16 && ta < END; k++, ta += r.int(90, 200) * MIN) S.si({ user: v, app: mailApp, res: RES.graph, net: appHost, device: null, ua: 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', browser: '', os: '', interactive: false, t: ta, code: 0, mfa: 'prev', appOwner: 'c3a71f04-8e2b-49d6-b5f0-7a9d2e61c8b3', scopes: ['Mail.ReadWrite', 'Mail.Send', 'MailboxSettings.ReadWrite', 'User.Read'] });
    out.push(S.truth());
  }

  // 3. Device-code phishing of an engineer, device registered by the attacker --------------------------------------
  {
    const v = V.engineer;
    const S = new Scn(sink, 'device-code-phish-engineer', 'Device-code phishing of a developer (a Teams message with a "Microsoft Teams meeting" code): the device-code sign-in for Microsoft Office is redeemed from a Hetzner host in Helsinki, the refresh token is exchanged for the Device Registration Service, a device is registered and a primary refresh token is then used for mail and files from Helsinki and a Bucharest address.').name_(v.upn);
    const a1 = net('95.216.143.208', 24940, 'helsinki'), a2 = net('86.124.77.19', 8708, 'bucharest');
    S.ip(a1.ip, a2.ip);
    const t = localAt(9, 10.26); // Wed 2 Dec 10:16 local
    const sess = r.uuid();
    S.si({ user: v, app: APPS.office, res: RES.graph, net: a1, device: null, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t, code: 0, mfa: 'prev', protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: sess });
    S.si({ user: v, app: APPS.broker, res: RES.drs, net: a1, device: null, ua: '', browser: '', os: '', interactive: false, t: t + 4 * MIN, code: 0, mfa: 'prev', protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: sess });
    const devId = r.uuid();
    S.au({ t: t + 5 * MIN, category: 'Device', activity: 'Add device', actor: { app: ACTOR_APPS.deviceReg }, targets: [{ id: r.uuid(), displayName: 'DESKTOP-8KQ2M1V', type: 'Device', mods: [['AccountEnabled', '[]', '[true]'], ['DeviceOSType', '[]', '["Windows"]'], ['DeviceTrustType', '[]', '["Workplace"]']] }], opType: 'Add', service: 'Core Directory' });
    S.au({ t: t + 5 * MIN + 900, category: 'Device', activity: 'Register device', actor: { app: ACTOR_APPS.deviceReg }, targets: [{ id: devId, displayName: 'DESKTOP-8KQ2M1V', type: 'Device', mods: [] }], details: [['Device Id', devId], ['Device OS', 'Windows'], ['Device Trust Type', 'Workplace'], ['User-Agent', 'Dsreg/10.0 (Windows 10.0.19045.2006)']], opType: 'Add', service: 'Device Registration Service' });
    S.au({ t: t + 5 * MIN + 1500, category: 'Device', activity: 'Add registered owner to device', actor: { app: ACTOR_APPS.deviceReg }, targets: [{ id: devId, displayName: 'DESKTOP-8KQ2M1V', type: 'Device', mods: [] }, tgtUser(v)], opType: 'Assign' });
    S.au({ t: t + 5 * MIN + 1700, category: 'Device', activity: 'Add registered users to device', actor: { app: ACTOR_APPS.deviceReg }, targets: [{ id: devId, displayName: 'DESKTOP-8KQ2M1V', type: 'Device', mods: [] }, tgtUser(v)], opType: 'Assign' });
    const rogue = { id: devId, name: 'DESKTOP-8KQ2M1V', os: 'Windows 10', compliant: false, managed: false, trust: 'Azure AD registered' };
    let ta = t + 9 * MIN;
    for (let k = 0; k < 22; k++, ta += r.int(10, 70) * MIN) {
      const n = k < 12 ? a1 : a2;
      const x = r.int(0, 2);
      S.si({ user: v, app: [APPS.office, APPS.oneDrive, APPS.teams][x], res: [RES.exo, RES.spo, RES.teams][x], net: n, device: rogue, ua: UA.wam, browser: BROWSER.rich, os: 'Windows 10', interactive: false, t: ta, code: 0, mfa: 'prev', tokenType: 'primaryRefreshToken', session: sess });
    }
    out.push(S.truth());
  }

  // 4. MFA fatigue against a night-shift operations supervisor ---------------------------------------------------
  {
    const v = V.occSup;
    const S = new Scn(sink, 'mfa-fatigue-occ-night-supervisor', 'MFA fatigue against a night-shift operations control supervisor whose password was stolen: sixteen push prompts between 02:05 and 02:50 local from a Montreal residential line (denied or unanswered), the seventeenth approved while they are on shift at the OCC; the attacker browses mail and SharePoint, and returns the next evening from another address of the same provider.').name_(v.upn);
    // find a night he is on shift (shift starts 19:00 on day d, attack early d+1)
    let d = 4; while (!(((d + v.offset) % 4) < 2)) d++;
    const a1 = net('24.202.87.133', 5769, 'montreal'), a2 = net('70.82.14.201', 5769, 'montreal');
    S.ip(a1.ip, a2.ip);
    let t = localAt(d + 1, 2.08);
    const w = { ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' };
    for (let k = 0; k < 16; k++) {
      const declined = k === 3 || k === 9 || k === 13;
      S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a1, device: null, ...w, interactive: true, t, code: 500121, detail: declined ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', mfaFail: declined ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification' });
      t += r.int(95, 200) * 1000;
    }
    const sess = r.uuid();
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a1, device: null, ...w, interactive: true, t, code: 0, mfa: 'app', session: sess });
    for (let k = 0; k < 8; k++) { t += r.int(3, 12) * MIN; S.si({ user: v, app: k % 2 ? APPS.oneOutlook : APPS.officeHome, res: k % 3 === 0 ? RES.spo : RES.exo, net: a1, device: null, ...w, interactive: false, t, code: 0, mfa: 'prev', session: sess }); }
    let t2 = localAt(d + 1, 21.3);
    S.si({ user: v, app: APPS.oneOutlook, res: RES.exo, net: a2, device: null, ...w, interactive: true, t: t2, code: 0, mfa: 'prev', session: sess });
    for (let k = 0; k < 5; k++) { t2 += r.int(5, 20) * MIN; S.si({ user: v, app: APPS.oneOutlook, res: RES.exo, net: a2, device: null, ...w, interactive: false, t: t2, code: 0, mfa: 'prev', session: sess }); }
    out.push(S.truth());
  }

  // 5. A call-centre agent's account used from abroad --------------------------------------------------------------
  {
    const v = V.agent;
    const S = new Scn(sink, 'call-centre-agent-from-morocco', 'A call-centre agent (who only ever reaches Microsoft 365 through Citrix, egressing from Azure Canada Central) phished with a kit that relays the SMS code: sign-ins from Casablanca (Maroc Telecom) and later a Dutch VPN, mail search and OneDrive, over a Saturday.').name_(v.upn);
    const a1 = net('105.157.42.118', 6713, 'casablanca'), a2 = net('89.238.176.45', 9009, 'amsterdam');
    S.ip(a1.ip, a2.ip);
    let t = localAt(12, 3.4); // Sat 5 Dec, 08:24 in Casablanca
    const w = { ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' };
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a1, device: null, ...w, interactive: true, t, code: 50126 });
    t += 70_000;
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a1, device: null, ...w, interactive: true, t, code: 50074, detail: 'MFA required in Azure AD' });
    t += 45_000;
    const sess = r.uuid();
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a1, device: null, ...w, interactive: true, t, code: 0, mfa: 'sms', session: sess });
    for (let k = 0; k < 12; k++) { t += r.int(6, 30) * MIN; S.si({ user: v, app: k % 3 === 2 ? APPS.oneDrive : APPS.oneOutlook, res: k % 3 === 2 ? RES.spo : RES.exo, net: k < 8 ? a1 : a2, device: null, ...w, interactive: false, t, code: 0, mfa: 'prev', session: sess }); }
    out.push(S.truth());
  }

  // 6. Depot-kiosk passwords used from a home line in Mississauga --------------------------------------------------
  {
    const S = new Scn(sink, 'kiosk-passwords-home-line-payroll', 'Passwords typed at the Pinecrest depot kiosks (three MFA-exempt drivers under the union agreement) used on three evenings from one residential Rogers line in Mississauga, 350 km away: the HR self-service portal (direct-deposit change) and webmail; one driver\'s password had been changed and fails.');
    const a = net('174.114.23.187', 812, 'mississauga');
    S.ip(a.ip);
    const w = { ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' };
    const [d1, d2, d3] = V.drivers;
    S.name_(d1.upn, d2.upn, d3.upn);
    const sessA = r.uuid();
    let t = localAt(4, 22.2);
    S.si({ user: d1, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: true, t, code: 0, exemptMfa: true, session: sessA });
    S.si({ user: d1, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: false, t: t + 6 * MIN, code: 0, exemptMfa: true, session: sessA });
    S.si({ user: d1, app: APPS.oneOutlook, res: RES.exo, net: a, device: null, ...w, interactive: true, t: t + 14 * MIN, code: 0, exemptMfa: true, session: sessA });
    t = localAt(5, 23.05);
    S.si({ user: d2, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: true, t, code: 50126, exemptMfa: true });
    S.si({ user: d2, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: true, t: t + 50_000, code: 50126, exemptMfa: true });
    const sessB = r.uuid();
    S.si({ user: d2, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: true, t: t + 140_000, code: 0, exemptMfa: true, session: sessB });
    S.si({ user: d2, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: false, t: t + 9 * MIN, code: 0, exemptMfa: true, session: sessB });
    t = localAt(6, 21.7);
    S.si({ user: d3, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: true, t, code: 50126, exemptMfa: true });
    S.si({ user: d1, app: APPS.ess, res: APPS.ess, net: a, device: null, ...w, interactive: true, t: t + 4 * MIN, code: 0, exemptMfa: true, session: r.uuid() });
    out.push(S.truth());
  }

  // 7. The GTFS publisher's service account used interactively ----------------------------------------------------
  {
    const v = P.svc.gtfs;
    const S = new Scn(sink, 'gtfs-service-account-interactive', 'The GTFS feed publisher\'s service account (ROPC from the data centre every hour, excluded from MFA) used from a browser through a commercial VPN exit in Toronto on a Thursday evening: Azure portal, OfficeHome, SharePoint document libraries.').name_(v.upn);
    const a = net('146.70.198.27', 9009, 'toronto');
    S.ip(a.ip);
    let t = localAt(10, 20.66);
    const w = { ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' };
    const sess = r.uuid();
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a, device: null, ...w, interactive: true, t, code: 0, exemptMfa: true, session: sess });
    S.si({ user: v, app: APPS.azPortal, res: RES.arm, net: a, device: null, ...w, interactive: true, t: t + 5 * MIN, code: 0, exemptMfa: true, session: sess });
    for (let k = 0; k < 9; k++) { t += r.int(3, 9) * MIN; S.si({ user: v, app: k % 2 ? APPS.officeHome : APPS.azPortal, res: k % 2 ? RES.spo : RES.arm, net: a, device: null, ...w, interactive: false, t, code: 0, exemptMfa: true, session: sess }); }
    out.push(S.truth());
  }

  // 8. A rolling-stock vendor guest taken over -------------------------------------------------------------------
  {
    const g = V.guest;
    const S = new Scn(sink, 'vendor-guest-takeover-invites-accomplice', 'A Métrolis Ferroviaire guest (normally Valenciennes, Orange/Free, French office hours) compromised in the home tenant: sign-ins to the vendor collaboration site from São Paulo at 03:00 Paris time, bulk document access, then the guest invites a Gmail address which is redeemed and used from the same address.').name_(g.mail, g.extUpn);
    const a = net('177.92.61.240', 28573, 'saopaulo');
    S.ip(a.ip);
    const acc = { id: r.uuid(), display: 'Metrolis Projets', mail: 'metrolis.projets.rvta@gmail.com', upn: 'metrolis.projets.rvta@gmail.com', signinUpn: 'metrolis.projets.rvta@gmail.com', extUpn: `metrolis.projets.rvta_gmail.com#EXT#@${ONMS}`, homeTenant: '9188040d-6c67-4c5b-b112-36a304b66dad' };
    S.name_(acc.mail, acc.extUpn);
    let t = localAt(8, 21.1); // Tue 1 Dec 21:06 local = 03:06 Paris
    const w = { ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10' };
    const sess = r.uuid();
    S.si({ user: g, app: APPS.vendorPortal, res: RES.spo, net: a, device: null, ...w, interactive: true, t, code: 0, mfa: 'home', guest: true, session: sess });
    for (let k = 0; k < 18; k++) { t += r.int(2, 9) * MIN; S.si({ user: g, app: APPS.vendorPortal, res: RES.spo, net: a, device: null, ...w, interactive: false, t, code: 0, mfa: 'home', guest: true, session: sess }); }
    t += 11 * MIN;
    S.au({ t, category: 'UserManagement', activity: 'Invite external user', actor: { user: { id: g.id, upn: g.extUpn, display: g.display } }, ip: a.ip, service: 'Invited Users', targets: [tgtUser(acc)], details: [['invitedUserEmailAddress', acc.mail]], opType: 'Add' });
    S.au({ t: t + 1500, category: 'UserManagement', activity: 'Add user', actor: { user: { id: g.id, upn: g.extUpn, display: g.display } }, ip: a.ip, targets: [tgtUser(acc, [['AccountEnabled', '[]', '[true]'], ['UserType', '[]', '["Guest"]']])], opType: 'Add' });
    t += 16 * MIN;
    S.au({ t, category: 'UserManagement', activity: 'Redeem external user invite', actor: { user: { id: acc.id, upn: acc.extUpn, display: acc.display } }, ip: a.ip, service: 'Invited Users', targets: [tgtUser(acc)], opType: 'Update' });
    const s2 = r.uuid();
    S.si({ user: acc, app: APPS.vendorPortal, res: RES.spo, net: a, device: null, ...w, interactive: true, t: t + 40_000, code: 0, mfa: 'home', guest: true, session: s2 });
    for (let k = 0; k < 6; k++) S.si({ user: acc, app: k % 2 ? APPS.teamsWeb : APPS.vendorPortal, res: k % 2 ? RES.teams : RES.spo, net: a, device: null, ...w, interactive: false, t: t + (k + 2) * r.int(4, 15) * MIN, code: 0, mfa: 'home', guest: true, session: s2 });
    out.push(S.truth());
  }

  // 9. A compromised admin makes a dormant union account Global Administrator ------------------------------------
  {
    const v = V.admin, z = V.dormant;
    const S = new Scn(sink, 'stolen-admin-token-global-admin-to-dormant-account', 'An IT administrator\'s refresh token (stolen from a home PC) replayed through Graph PowerShell from a VPN exit in Toronto near midnight: he activates Privileged Role Administrator through PIM ("maintenance"), permanently assigns Global Administrator to a dormant bus operator\'s account, resets its password and registers an Authenticator for it, and signs in as the operator from the same address.').name_(v.upn, z.upn);
    const a = net('149.88.26.114', 60068, 'toronto');
    S.ip(a.ip);
    let t = localAt(10, 23.55); // Thu 3 Dec 23:33 local
    const sess = r.uuid();
    for (let k = 0; k < 3; k++) S.si({ user: v, app: APPS.graphPs, res: RES.graph, net: a, device: null, ua: UA.graphPs, browser: BROWSER.rich, os: 'Windows 10', interactive: false, t: t + k * 90_000, code: 0, mfa: 'prev', session: sess });
    t += 5 * MIN;
    const prId = 'e8611ab8-c189-46e8-94e1-60213ab1f814', gaId = '62e90394-69f5-4237-9190-012177145e10';
    S.au({ t, category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', actor: { user: v }, ip: a.ip, service: 'PIM', reason: 'maintenance', targets: [{ id: prId, displayName: 'Privileged Role Administrator', type: 'Role', mods: [] }, tgtUser(v)], details: [['Justification', 'maintenance'], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]], opType: 'Assign', ua: UA.graphPs });
    S.au({ t: t + 4000, category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: { app: ACTOR_APPS.pim }, service: 'PIM', targets: [{ id: prId, displayName: 'Privileged Role Administrator', type: 'Role', mods: [] }, tgtUser(v)], opType: 'Assign' });
    S.au({ t: t + 5000, category: 'RoleManagement', activity: 'Add member to role', actor: { app: ACTOR_APPS.pim }, targets: [tgtUser(v, [['Role.ObjectID', null, j(prId)], ['Role.DisplayName', null, '"Privileged Role Administrator"'], ['Role.TemplateId', null, j(prId)]])], opType: 'Assign' });
    t += 3 * MIN;
    S.au({ t, category: 'RoleManagement', activity: 'Add member to role', actor: { user: v }, ip: a.ip, targets: [tgtUser(z, [['Role.ObjectID', null, j(gaId)], ['Role.DisplayName', null, '"Global Administrator"'], ['Role.TemplateId', null, j(gaId)], ['Role.WellKnownObjectName', null, '"TenantAdmins"']])], opType: 'Assign', ua: UA.graphPs });
    S.au({ t: t + 40_000, category: 'UserManagement', activity: 'Reset user password', actor: { user: v }, ip: a.ip, targets: [tgtUser(z)], details: [['TargetId.UserType', 'Member']], ua: UA.graphPs });
    S.au({ t: t + 95_000, category: 'UserManagement', activity: 'Admin registered security info', actor: { user: v }, ip: a.ip, service: 'Authentication Methods', reason: 'Admin registered temporary access pass method for user', targets: [tgtUser(z)], opType: 'Add' });
    t += 6 * MIN;
    const s2 = r.uuid();
    S.si({ user: z, app: APPS.mySignins, res: RES.graph, net: a, device: null, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t, code: 0, mfa: 'prev', detail: 'MFA requirement satisfied by claim in the token', session: s2 });
    S.au({ t: t + 80_000, category: 'UserManagement', activity: 'User registered security info', actor: { user: z }, ip: a.ip, service: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', targets: [tgtUser(z)], opType: 'Add' });
    S.si({ user: z, app: APPS.azPortal, res: RES.arm, net: a, device: null, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t: t + 4 * MIN, code: 0, mfa: 'app', session: s2 });
    for (let k = 0; k < 6; k++) S.si({ user: z, app: k % 2 ? APPS.graphPs : APPS.azPortal, res: k % 2 ? RES.graph : RES.arm, net: a, device: null, ua: k % 2 ? UA.graphPs : UA.chromeWin, browser: k % 2 ? BROWSER.rich : BROWSER.chrome, os: 'Windows 10', interactive: false, t: t + (k + 2) * 7 * MIN, code: 0, mfa: 'prev', session: s2 });
    out.push(S.truth());
  }

  // 10. A CA policy exclusion added by a compromised contractor -------------------------------------------------
  {
    const v = V.caContractor;
    const S = new Scn(sink, 'contractor-adds-own-ca-exclusion', 'An MSP contractor eligible for Conditional Access Administrator signs in from a TELUS mobile address in Calgary at 01:30 local on a Saturday, activates the role, adds their own account to CA001\'s excluded users, then signs in single-factor from a DigitalOcean host in Singapore for the rest of the night.').name_(v.upn);
    const a1 = net('154.20.118.63', 852, 'calgary'), a2 = net('128.199.84.201', 14061, 'singapore');
    S.ip(a1.ip, a2.ip);
    let t = localAt(12, 1.5);
    const w = { ua: UA.edgeWin, browser: BROWSER.edge, os: 'Windows 10' };
    const sess = r.uuid();
    S.si({ user: v, app: APPS.azPortal, res: RES.arm, net: a1, device: null, ...w, interactive: true, t, code: 0, mfa: 'app', session: sess, admin: true });
    t += 3 * MIN;
    const roleId = 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9';
    S.au({ t, category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', actor: { user: v }, ip: a1.ip, service: 'PIM', reason: 'fix MFA prompts for remote users', targets: [{ id: roleId, displayName: 'Conditional Access Administrator', type: 'Role', mods: [] }, tgtUser(v)], details: [['Justification', 'fix MFA prompts for remote users'], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]], opType: 'Assign' });
    S.au({ t: t + 4000, category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: { app: ACTOR_APPS.pim }, service: 'PIM', targets: [{ id: roleId, displayName: 'Conditional Access Administrator', type: 'Role', mods: [] }, tgtUser(v)], opType: 'Assign' });
    S.au({ t: t + 5000, category: 'RoleManagement', activity: 'Add member to role', actor: { app: ACTOR_APPS.pim }, targets: [tgtUser(v, [['Role.ObjectID', null, j(roleId)], ['Role.DisplayName', null, '"Conditional Access Administrator"'], ['Role.TemplateId', null, j(roleId)]])], opType: 'Assign' });
    t += 6 * MIN;
    const pol = { id: '7a1c3e52-0b9d-4f86-a2e7-5d14c8b3f091', displayName: 'CA001 - Require MFA outside trusted locations - All users' };
    const before = { displayName: pol.displayName, state: 'enabled', conditions: { users: { includeUsers: ['All'], excludeGroups: ['e61b3f2a-9d04-4c8e-b7a1-5f2c0d9e8b36', '1c7e4a9d-2b3f-4e60-8d15-a9f0b2c6e473', '4a8c2e6f-1b9d-4f37-a0e5-7c3d9b1f2e84'] }, locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } }, grantControls: { operator: 'OR', builtInControls: ['mfa'] } };
    const after = JSON.parse(JSON.stringify(before)); after.conditions.users.excludeUsers = [v.id];
    S.au({ t, category: 'Policy', activity: 'Update conditional access policy', actor: { user: v }, ip: a1.ip, service: 'Conditional Access', targets: [{ id: pol.id, displayName: pol.displayName, type: 'Policy', mods: [['ConditionalAccessPolicy', j(before), j(after)]] }], opType: 'Update', ua: UA.edgeWin });
    t += 38 * MIN;
    const s2 = r.uuid();
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a2, device: null, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', interactive: true, t, code: 0, exemptMfa: true, session: s2 });
    for (let k = 0; k < 10; k++) { t += r.int(8, 30) * MIN; S.si({ user: v, app: k % 3 ? APPS.officeHome : APPS.oneOutlook, res: k % 3 ? RES.spo : RES.exo, net: a2, device: null, ua: UA.chromeWin, browser: BROWSER.chrome, os: 'Windows 10', interactive: false, t, code: 0, exemptMfa: true, session: s2 }); }
    out.push(S.truth());
  }

  // 11. A new federated credential on the fare-sync app from a contractor's stolen session -------------------------
  {
    const v = V.fedDev;
    const S = new Scn(sink, 'federated-credential-fare-sync-app', 'A developer contractor\'s Azure CLI refresh token replayed from a Linode host in Frankfurt: a GitHub Actions federated credential trusting a repository outside the authority\'s GitHub organisation is added to the Fare System Sync app (which holds Sites.ReadWrite.All), giving the attacker secretless app sign-ins.').name_(v.upn);
    const a = net('172.104.151.88', 63949, 'frankfurt');
    S.ip(a.ip);
    let t = localAt(11, 3.2); // Fri 4 Dec 03:12 local
    const sess = r.uuid();
    for (let k = 0; k < 4; k++) S.si({ user: v, app: APPS.azCli, res: k === 1 ? RES.arm : RES.graph, net: a, device: null, ua: UA.azCliLinux, browser: BROWSER.rich, os: 'Linux', interactive: false, t: t + k * 2 * MIN, code: 0, mfa: 'prev', session: sess });
    t += 9 * MIN;
    const appFare = { id: 'a3d9e0f5-2b71-4c68-8e4a-0f6c1d3b9a57', name: 'Fare System Sync (PRESTO bridge)' };
    S.au({ t, category: 'ApplicationManagement', activity: 'Update application', actor: { user: v }, ip: a.ip, targets: [{ id: appFare.id, displayName: appFare.name, type: 'Application', mods: [['FederatedIdentityCredentials', '[]', j([{ Name: 'gh-deploy', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:presto-bridge-ci/deploy-tools:ref:refs/heads/main', Audiences: ['api://AzureADTokenExchange'] }])], ['Included Updated Properties', null, '"FederatedIdentityCredentials"']] }], opType: 'Update', ua: UA.azCliLinux });
    S.si({ user: v, app: APPS.azCli, res: RES.graph, net: a, device: null, ua: UA.azCliLinux, browser: BROWSER.rich, os: 'Linux', interactive: false, t: t + 3 * MIN, code: 0, mfa: 'prev', session: sess });
    out.push(S.truth());
  }

  // 12. Token replay from Romania while the victim works in Ottawa ------------------------------------------------
  {
    const v = V.replay;
    const S = new Scn(sink, 'refresh-token-replay-romania', 'A payroll officer\'s Outlook refresh token (infostealer on a personal PC) replayed from two Bucharest addresses during the same afternoon the officer works from HQ: non-interactive only, no device, Exchange and Graph, a different browser build.').name_(v.upn);
    const a1 = net('86.124.190.37', 8708, 'bucharest'), a2 = net('188.26.77.154', 8708, 'bucharest');
    S.ip(a1.ip, a2.ip);
    const days = (v.sessions || []).filter((s) => s.d >= 8 && s.d <= 11);
    const base = days.length ? days[0] : { d: 9, sess: r.uuid(), t: localAt(9, 8.5) };
    let t = base.t + 3.5 * HOUR;
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
    for (let k = 0; k < 15; k++) { t += r.int(9, 28) * MIN; S.si({ user: v, app: k % 4 === 3 ? APPS.officeHome : APPS.office, res: k % 4 === 3 ? RES.graph : RES.exo, net: k < 9 ? a1 : a2, device: null, ua, browser: 'Chrome 120.0.0', os: 'Windows 10', interactive: false, t, code: 0, mfa: 'prev', session: base.sess }); }
    out.push(S.truth());
  }

  // 13. A disabled seasonal account re-enabled after hours by a help-desk technician and used ---------------------
  {
    const v = V.reSeasonal, h = V.helpdesk;
    const S = new Scn(sink, 'disabled-seasonal-reenabled-after-hours', 'A seasonal account disabled by HR provisioning when the contract ended is re-enabled at 21:35 on a Friday by a help-desk technician from a home line: enable, password reset, security info deleted; 25 minutes later the account signs in from a Montreal VPN exit, registers a new Authenticator and syncs OneDrive/SharePoint.').name_(v.upn, h.upn);
    const hn = homeNet(r, h);
    const a = net('146.70.112.9', 9009, 'montreal');
    S.ip(a.ip);
    let t = localAt(11, 21.58);
    S.si({ user: h, app: APPS.azPortal, res: RES.arm, net: hn, device: h.laptop, ua: UA.edgeWin, browser: BROWSER.edge, os: h.laptop.os, interactive: true, t: t - 4 * MIN, code: 0, mfa: 'prev', admin: true });
    S.au({ t, category: 'UserManagement', activity: 'Enable account', actor: { user: h }, ip: hn.ip, targets: [tgtUser(v, [['AccountEnabled', '[false]', '[true]'], ['Included Updated Properties', null, '"AccountEnabled"']])], ua: UA.edgeWin });
    S.au({ t: t + 1200, category: 'UserManagement', activity: 'Update user', actor: { user: h }, ip: hn.ip, targets: [tgtUser(v, [['AccountEnabled', '[false]', '[true]'], ['Included Updated Properties', null, '"AccountEnabled"']])], ua: UA.edgeWin });
    S.au({ t: t + 70_000, category: 'UserManagement', activity: 'Reset user password', actor: { user: h }, ip: hn.ip, targets: [tgtUser(v)], details: [['TargetId.UserType', 'Member']], ua: UA.edgeWin });
    S.au({ t: t + 130_000, category: 'UserManagement', activity: 'Admin deleted security info', actor: { user: h }, ip: hn.ip, service: 'Authentication Methods', reason: 'Admin deleted Mobile Phone SMS for user', targets: [tgtUser(v)], opType: 'Delete' });
    t += 25 * MIN;
    const w = { ua: UA.firefoxWin, browser: BROWSER.firefox, os: 'Windows 10' };
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a, device: null, ...w, interactive: true, t, code: 50072 });
    S.si({ user: v, app: APPS.mySignins, res: RES.graph, net: a, device: null, ...w, interactive: true, t: t + 50_000, code: 0 });
    S.au({ t: t + 150_000, category: 'UserManagement', activity: 'User registered security info', actor: { user: v }, ip: a.ip, service: 'Authentication Methods', reason: 'User registered Authenticator App with Notification and Code', targets: [tgtUser(v)], opType: 'Add' });
    S.au({ t: t + 152_000, category: 'UserManagement', activity: 'User registered all required security info', actor: { user: v }, ip: a.ip, service: 'Authentication Methods', reason: 'User registered all required security info', targets: [tgtUser(v)], opType: 'Add' });
    const sess = r.uuid();
    S.si({ user: v, app: APPS.officeHome, res: RES.graph, net: a, device: null, ...w, interactive: true, t: t + 200_000, code: 0, mfa: 'app', session: sess });
    for (let k = 0; k < 11; k++) S.si({ user: v, app: k % 2 ? APPS.officeHome : APPS.oneDrive, res: RES.spo, net: a, device: null, ...w, interactive: false, t: t + 260_000 + k * r.int(4, 11) * MIN, code: 0, mfa: 'prev', session: sess });
    out.push(S.truth());
  }
  return out;
}
