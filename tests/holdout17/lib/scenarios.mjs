// The planted intrusions. Each one writes its sign-ins and audit events through the context (marked `attack`) and
// returns its truth entry: { name, users, ips, start, end, description }. Sources: README, "Scenarios".
import { APP, RES, UA, HOUR, MIN, DAY } from './context.mjs';
import { net, loc, P, place, CORP } from './geo.mjs';
import { CA_STATE } from './signin.mjs';
import { SITES, TENANT } from './tenant.mjs';
import { userActor, appActor, userTarget, jv, jarr, APPS_AS_ACTOR } from './audit.mjs';
import { roleId, stableSp } from './honest.mjs';
import { stableGuid } from './prng.mjs';

const iso = (t) => new Date(t).toISOString().replace('.000Z', 'Z');
const lc = (xs) => [...new Set(xs.map((x) => String(x).toLowerCase()))];

// attacker infrastructure (operators as their ASNs are registered; addresses are the scenario's own)
const X = {
  awsUse1: net('x-aws-use1', 16509, 'Amazon.com', place('Ashburn', 'Virginia', 'US', 39.0438, -77.4874), ['44.221.87.140']),
  awsUsw2: net('x-aws-usw2', 16509, 'Amazon.com', place('Boardman', 'Oregon', 'US', 45.8399, -119.7006), ['54.188.21.93']),
  awsEuw2: net('x-aws-euw2', 16509, 'Amazon.com', place('London', 'England', 'GB', 51.5072, -0.1276), ['18.134.211.57']),
  awsApne1: net('x-aws-apne1', 16509, 'Amazon.com', place('Tokyo', 'Tokyo', 'JP', 35.6762, 139.6503), ['54.250.143.26']),
  awsSae1: net('x-aws-sae1', 16509, 'Amazon.com', place('São Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333), ['18.231.96.172']),
  awsEuc1: net('x-aws-euc1', 16509, 'Amazon.com', place('Frankfurt am Main', 'Hesse', 'DE', 50.1109, 8.6821), ['3.121.58.219']),
  stark: net('x-stark', 44477, 'Stark Industries Solutions', P.AMS, ['77.91.68.44']),
  m247lax1: net('x-m247-lax', 9009, 'M247 Europe SRL', P.LAX, ['146.70.117.82']),
  m247lax2: net('x-m247-lax2', 9009, 'M247 Europe SRL', P.LAX, ['146.70.117.90']),
  gcp: [['34.83.117.20', 'The Dalles', 'Oregon'], ['35.230.49.171', 'The Dalles', 'Oregon'], ['34.168.202.9', 'The Dalles', 'Oregon'], ['35.197.88.240', 'The Dalles', 'Oregon']].map(([ip, c, s], i) => net('x-gcp' + i, 396982, 'Google LLC', place(c, s, 'US', 45.5946, -121.1787), [ip])),
  do1: net('x-do1', 14061, 'DigitalOcean, LLC', place('North Bergen', 'New Jersey', 'US', 40.8043, -74.0121), ['167.99.205.61']),
  do2: net('x-do2', 14061, 'DigitalOcean, LLC', place('North Bergen', 'New Jersey', 'US', 40.8043, -74.0121), ['159.203.87.144']),
  leaseweb1: net('x-lw1', 60781, 'LeaseWeb Netherlands B.V.', P.AMS, ['5.79.84.211']),
  leaseweb2: net('x-lw2', 60781, 'LeaseWeb Netherlands B.V.', P.AMS, ['5.79.84.215']),
  m247syd: net('x-m247-syd', 9009, 'M247 Europe SRL', P.SYD, ['103.108.229.54']),
  resiMel: net('x-resi-mel', 1221, 'Telstra', place('Reservoir', 'Victoria', 'AU', -37.7170, 145.0070), ['58.165.142.37']),
  vultrSin: net('x-vultr-sin', 20473, 'The Constant Company, LLC', P.SIN, ['139.180.140.61']),
  proton: net('x-proton', 62371, 'Proton AG', place('Zurich', 'Zurich', 'CH', 47.3769, 8.5417), ['185.159.157.23']),
  ovh: net('x-ovh', 16276, 'OVH SAS', place('Roubaix', 'Hauts-de-France', 'FR', 50.6942, 3.1746), ['51.38.116.9']),
  hetzner: net('x-hetzner', 24940, 'Hetzner Online GmbH', place('Helsinki', 'Uusimaa', 'FI', 60.1699, 24.9384), ['65.108.71.33']),
  datacamp1: net('x-datacamp1', 60068, 'Datacamp Limited', P.SYD, ['143.244.63.88']),
  datacamp2: net('x-datacamp2', 60068, 'Datacamp Limited', P.SYD, ['143.244.63.102']),
  hostinger1: net('x-hostinger1', 47583, 'Hostinger International Limited', place('Vilnius', 'Vilnius', 'LT', 54.6872, 25.2797), ['45.88.97.14']),
  hostinger2: net('x-hostinger2', 47583, 'Hostinger International Limited', place('Vilnius', 'Vilnius', 'LT', 54.6872, 25.2797), ['45.88.97.29']),
  contabo: net('x-contabo', 51167, 'Contabo GmbH', place('Nuremberg', 'Bavaria', 'DE', 49.4521, 11.0767), ['5.189.166.211']),
};
// residential / IoT botnet nodes (SecurityScorecard, Feb 2025: password spraying through non-interactive Basic Auth sign-ins)
const BOT = [
  [4134, 'Chinanet', 'Guangzhou', 'Guangdong', 'CN', '113.108.', 23.1291, 113.2644], [4837, 'China Unicom', 'Shenyang', 'Liaoning', 'CN', '175.160.', 41.8057, 123.4315],
  [45899, 'VNPT Corp', 'Hanoi', 'Hanoi', 'VN', '113.172.', 21.0285, 105.8542], [7552, 'Viettel Group', 'Ho Chi Minh City', 'Ho Chi Minh', 'VN', '27.72.', 10.8231, 106.6297],
  [28573, 'Claro NXT Telecomunicacoes Ltda', 'São Paulo', 'Sao Paulo', 'BR', '177.95.', -23.5505, -46.6333], [9829, 'National Internet Backbone', 'Pune', 'Maharashtra', 'IN', '117.214.', 18.5204, 73.8567],
  [7713, 'PT Telekomunikasi Indonesia', 'Jakarta', 'Jakarta', 'ID', '36.85.', -6.2088, 106.8456], [12389, 'Rostelecom', 'Novosibirsk', 'Novosibirsk Oblast', 'RU', '95.188.', 55.0084, 82.9357],
  [46844, 'Sharktech', 'Las Vegas', 'Nevada', 'US', '104.149.', 36.1699, -115.1398], [8452, 'TE Data', 'Cairo', 'Cairo Governorate', 'EG', '41.37.', 30.0444, 31.2357],
  [9121, 'Turk Telekom', 'Istanbul', 'Istanbul', 'TR', '88.230.', 41.0082, 28.9784], [17974, 'PT Telekomunikasi Indonesia', 'Surabaya', 'East Java', 'ID', '180.247.', -7.2575, 112.7521],
];

const office = (site, dept) => (u) => u.kind === 'office' && !u.idle && !u.adminOf && u.laptop && u.phone && u.startDay === undefined && !u.vpn && (!site || u.site === site) && (!dept || u.dept === dept);

/** Choose the victims before the honest behaviour is generated, so that honest selections (travellers, developers,
 *  the service-desk examples) leave them alone. */
export function reserve(ctx) {
  const r = ctx.rng.fork('victims');
  const T = ctx.tenant;
  const taken = new Set();
  const pick = (pred) => { const c = T.users.filter((u) => !taken.has(u.id) && pred(u)); const u = r.pick(c); taken.add(u.id); u.reserved = true; return u; };
  const p = {};
  p.s1targets = []; for (let i = 0; i < 27; i++) p.s1targets.push(pick((u) => (u.kind === 'office' || u.kind === 'shift') && !u.idle && !u.adminOf && u.startDay === undefined));
  p.s1victim = pick(office('BNE', null));
  Object.assign(p.s1victim, { noMfaYet: true, phone: null, wfh: 0, zscaler: false, weekend: false }); // a new starter: office only, no MFA yet
  p.s2 = pick(office('SYD', 'Finance'));
  p.s3 = pick(office('BNE', 'Procurement'));
  p.s4 = pick(office('MEL', 'Commercial'));
  p.s5 = pick(office('SYD', 'Sales'));
  p.s6 = pick(office('MEL', 'Marine Operations'));
  p.s9 = []; for (let i = 0; i < 6; i++) p.s9.push(pick(office(null, i < 3 ? 'Finance' : null)));
  p.s10 = []; for (let i = 0; i < 58; i++) p.s10.push(pick((u) => (u.kind === 'office' || u.kind === 'crew') && !u.idle && !u.adminOf && u.startDay === undefined));
  p.s12 = pick((u) => u.kind === 'guest' && u.org.key === 'nordhafen' && u.activeGuest);
  p.s13 = pick(office('AKL', 'Logistics'));
  return p;
}

export function scenarios(ctx, plan) {
  const r = ctx.rng.fork('attacks');
  const T = ctx.tenant;
  const out = [];
  const W = (n) => ({ ip: n.stems[0], net: n, place: loc(n.place) });
  const A = (name) => (o) => ctx.si({ ...o, attack: name });
  const AU = (name) => (o) => ctx.audit({ ...o, attack: name });
  const chrome = { ua: UA.chromeWin(154), browser: 'Chrome 154.0.0', os: 'Windows 10' };
  const macChrome = { ua: UA.chromeMac(155), browser: 'Chrome 155.0.0', os: 'MacOs' };

  // 1 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'teamfiltration-spray-mfa-registration';
    const si = A(name), au = AU(name);
    const nets = [X.awsUse1, X.awsUsw2, X.awsEuw2, X.awsApne1, X.awsSae1];
    const targets = plan.s1targets.slice();
    const victim = plan.s1victim; // a new starter who has not registered MFA yet
    targets.splice(11, 0, victim);
    let t = ctx.at(2, 14.0, 0);
    const start = t;
    const f = { app: APP.teams, res: RES.aadGraph, client: 'Mobile Apps and Desktop clients', proto: 'ropc', dev: null, ua: UA.teamFiltration, browser: 'Chrome 69.0.3497', os: 'Windows 10', inter: true };
    targets.forEach((u, i) => {
      const n = nets[i % nets.length];
      for (let k = 0; k < (i % 3 === 0 ? 2 : 1); k++) {
        const ok = u === victim && k === 0;
        si({ ...f, t: t + k * r.int(40, 75) * MIN, user: u, w: W(n), err: ok ? 50079 : 50126, auth: ok ? 'password' : 'badPassword' });
      }
      t += r.int(25, 70) * 1000;
    });
    // attacker moves to a browser, signs in and registers its own authenticator on the unenrolled account
    const wj = W(X.awsApne1);
    const t1 = ctx.at(2, 15.35, 0);
    const corr = r.guid(), session = r.guid();
    si({ t: t1, inter: true, user: victim, app: APP.mySignins, res: RES.mySignins, w: wj, dev: null, ...chrome, client: 'Browser', err: 50079, auth: 'password', corr, session });
    au({ t: t1 + 70_000, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User started the registration for Authenticator App with Notification and Code', actor: userActor(victim, wj.ip), targets: [userTarget(victim)] });
    au({ t: t1 + 160_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(victim, wj.ip), targets: [userTarget(victim)] });
    au({ t: t1 + 165_000, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered all required security info', actor: userActor(victim, wj.ip), targets: [userTarget(victim)] });
    si({ t: t1 + 200_000, inter: true, user: victim, app: APP.officeHome, res: RES.officeHome, w: wj, dev: null, ...chrome, client: 'Browser', auth: 'passwordMfa', mfaMethod: 'Mobile app notification', authReq: 'multiFactorAuthentication', corr, session, methodsUsed: ['Password', 'Authenticator App'] });
    for (let i = 0; i < 14; i++) {
      const [app, res] = r.pick([[APP.teams, RES.graph], [APP.teams, RES.teamsSvc], [APP.oneDrive, RES.sharepoint], [APP.office, RES.exchange]]);
      si({ t: t1 + (5 + i * 3) * MIN, inter: false, user: victim, app, res, w: wj, dev: null, ua: UA.teamFiltration, browser: 'Rich Client 4.66.0.0', os: 'Windows 10', authReq: 'multiFactorAuthentication', session, scope: '["Files.ReadWrite.All","Mail.Read","User.Read.All"]' });
    }
    const wf = W(X.awsEuc1);
    const t2 = ctx.at(3, 6.2, 0);
    for (let i = 0; i < 9; i++) {
      const [app, res] = r.pick([[APP.teams, RES.graph], [APP.oneDrive, RES.sharepoint], [APP.office, RES.exchange]]);
      si({ t: t2 + i * 4 * MIN, inter: false, user: victim, app, res, w: wf, dev: null, ua: UA.teamFiltration, browser: 'Rich Client 4.66.0.0', os: 'Windows 10', authReq: 'multiFactorAuthentication', session });
    }
    out.push({ name, users: lc(targets.map((u) => u.upn)), ips: [...nets, X.awsEuc1].map((n) => n.stems[0]), start: iso(start), end: iso(t2 + 40 * MIN),
      description: `TeamFiltration-style password spray (the tool's hard-coded Teams user agent, ROPC against the Teams client id) from five AWS regions across ${targets.length} accounts in about an hour and a half (01:00-02:30 in Melbourne); the password of ${victim.upn} (a new Brisbane starter with no MFA registered yet) is right (AADSTS50079), the attacker signs in from Tokyo, registers its own Authenticator, and pulls mail/files through Teams/OneDrive tokens; next morning the same session is reused from Frankfurt.` });
  }

  // 2 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'tycoon2fa-aitm-session-replay';
    const si = A(name), au = AU(name);
    const v = plan.s2;
    const b = ctx.browserOf(v);
    const t = ctx.at(5, 10.2, 11);
    const corr = r.guid(), session = r.guid();
    const wp = W(X.stark);
    // the victim's own sign-in, relayed by the phishing kit's proxy: victim's user agent, proxy's address, no device
    si({ t, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w: wp, dev: null, ...b, client: 'Browser', auth: 'passwordMfa', authReq: 'multiFactorAuthentication', corr, session, methodsUsed: ['Password', 'Authenticator App'], loginHint: true });
    si({ t: t + 24_000, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w: wp, dev: null, ...b, client: 'Browser', err: 50140, auth: 'passwordMfa', authReq: 'multiFactorAuthentication', corr, session });
    // stolen session cookie replayed from another host
    const wr = W(X.m247lax1);
    const t2 = t + 14 * MIN;
    const risk = { during: 'none', agg: 'medium', state: 'atRisk', detail: 'none', types: ['anomalousToken'], v1: ['unknownFutureValue'] };
    si({ t: t2, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w: wr, dev: null, ...macChrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session, risk });
    si({ t: t2 + 50_000, inter: true, user: v, app: APP.exchange, res: RES.exchange, w: wr, dev: null, ...macChrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session, risk });
    for (let i = 0; i < 8; i++) si({ t: t2 + (2 + i * 6) * MIN, inter: false, user: v, app: APP.exchange, res: RES.exchange, w: wr, dev: null, ...macChrome, client: 'Browser', authReq: 'multiFactorAuthentication', session, scope: NI('exchange') });
    si({ t: t2 + 31 * MIN, inter: true, user: v, app: APP.mySignins, res: RES.mySignins, w: wr, dev: null, ...macChrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session, risk });
    au({ t: t2 + 33 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v, wr.ip), targets: [userTarget(v)] });
    const wr2 = W(X.m247lax2);
    for (let i = 0; i < 10; i++) si({ t: ctx.at(6, 1 + i * 0.9, 11), inter: false, user: v, app: APP.office, res: r.pick([RES.exchange, RES.graph]), w: wr2, dev: null, ua: null, browser: 'Rich Client 5.1.0.0', os: 'MacOs', authReq: 'multiFactorAuthentication', session });
    out.push({ name, users: lc([v.upn]), ips: [X.stark, X.m247lax1, X.m247lax2].map((n) => n.stems[0]), start: iso(t), end: iso(ctx.at(6, 10.5, 11)),
      description: `Tycoon 2FA-style adversary-in-the-middle phish of a Sydney accounts-payable officer: her sign-in (her own Edge user agent, MFA completed, no device id) arrives from the kit's proxy on a Stark Industries host in Amsterdam; 14 minutes later the stolen session cookie is replayed from an M247 address in Los Angeles (different browser and OS, "previously satisfied"), Outlook on the web is used and a new Authenticator is registered; token refreshes continue overnight from a second M247 address.` });
  }

  // 3 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'eviltokens-device-code-phish';
    const si = A(name);
    const v = plan.s3;
    const t = ctx.at(8, 11.33, 10);
    const session = r.guid();
    const wv = ctx.office(v); // the victim enters the code on her own, managed laptop in the Brisbane office
    si({ t, inter: true, user: v, app: APP.office, res: RES.graph, w: wv, dev: v.laptop, ...ctx.browserOf(v), client: 'Mobile Apps and Desktop clients', proto: 'deviceCode', transfer: 'deviceCodeFlow', auth: 'sso', authReq: 'singleFactorAuthentication', session });
    const nodes = X.gcp;
    for (let i = 0; i < 22; i++) {
      const n = nodes[Math.min(nodes.length - 1, Math.floor(i / 6))];
      const tt = t + (i < 12 ? (1 + i * 7) * MIN : (24 + (i - 12) * 2.1) * HOUR);
      si({ t: tt, inter: false, user: v, app: APP.office, res: i % 3 === 0 ? RES.exchange : RES.graph, w: W(n), dev: null, ua: r.chance(0.5) ? UA.axios : UA.nodeFetch, browser: '', os: '', client: 'Mobile Apps and Desktop clients', transfer: 'deviceCodeFlow', authReq: 'multiFactorAuthentication', session, scope: '["Mail.ReadWrite","Mail.Send","User.Read.All","Files.Read.All","Directory.Read.All"]' });
    }
    out.push({ name, users: lc([v.upn]), ips: nodes.map((n) => n.stems[0]), start: iso(t), end: iso(t + 2 * DAY),
      description: `Device-code phishing in the EvilTokens PhaaS style: a Brisbane procurement manager types a code from an "RFP" lure at microsoft.com/devicelogin on her own laptop in the office (the interactive sign-in is clean: trusted network, her device, deviceCode flow, Microsoft Office client); the polling backends on Google Cloud (Node.js clients) redeem and refresh the tokens for mail and Graph reconnaissance over two days from four rotating addresses.` });
  }

  // 4 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'fake-adobe-oauth-consent';
    const si = A(name), au = AU(name);
    const v = plan.s4;
    const appId = stableGuid('evil:adobe-drive');
    const evil = { id: appId, name: 'Adobe Drive' };
    const spObj = stableSp('evil:adobe-drive');
    const t = ctx.at(9, 15.66, 11);
    const wv = ctx.office(v);
    const scope = 'openid profile email offline_access User.Read Mail.Read Files.Read.All';
    au({ t: t - 30_000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', op: 'Add', actor: userActor(v, wv.ip), targets: [{ id: spObj, name: 'Adobe Drive', type: 'ServicePrincipal', props: [['AccountEnabled', null, jarr(true)], ['AppPrincipalId', null, jarr(appId)], ['DisplayName', null, jarr('Adobe Drive')], ['ServicePrincipalType', null, jarr('Application')]] }], details: [['AppId', appId]] });
    au({ t: t - 20_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', op: 'Assign', actor: userActor(v, wv.ip), targets: [{ id: stableSp('Microsoft Graph'), name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, jv(scope)], ['DelegatedPermissionGrant.ClientId', null, jv(spObj)], ['DelegatedPermissionGrant.ConsentType', null, jv('Principal')], ['ServicePrincipal.ObjectID', null, jv(stableSp('Microsoft Graph'))], ['ServicePrincipal.DisplayName', null, jv('Microsoft Graph')], ['ServicePrincipal.AppId', null, jv('00000003-0000-0000-c000-000000000000')]] }] });
    au({ t: t - 19_400, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', op: 'Assign', actor: userActor(v, wv.ip), targets: [{ id: spObj, name: 'Adobe Drive', type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, jv('False')], ['ConsentContext.IsAppOnly', null, jv('False')], ['ConsentContext.OnBehalfOfAll', null, jv('False')], ['ConsentContext.Tags', null, jv('WindowsAzureActiveDirectoryIntegratedApp')], ['ConsentAction.Permissions', null, jv(`[] => [[Id: ${r.alnum(22)}, ClientId: ${spObj}, PrincipalId: ${v.id}, ResourceId: ${stableSp('Microsoft Graph')}, ConsentType: Principal, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; `)], ['TargetId.ServicePrincipalNames', null, jv(appId)]] }], details: [['User-Agent', ctx.browserOf(v).ua], ['AppId', appId]] });
    si({ t, inter: true, user: v, app: evil, res: RES.graph, w: wv, dev: v.laptop, ...ctx.browserOf(v), client: 'Browser', auth: 'sso', authReq: 'singleFactorAuthentication', session: r.guid(), scope: JSON.stringify(scope.split(' ')) });
    let tt = t + 4 * MIN;
    for (let i = 0; i < 26; i++) {
      const n = i < 13 ? X.do1 : X.do2;
      si({ t: tt, inter: false, user: v, app: evil, res: RES.graph, w: W(n), dev: null, ua: 'python-httpx/0.28.1', browser: '', os: '', client: 'Mobile Apps and Desktop clients', scope: JSON.stringify(scope.split(' ')) });
      tt += r.int(50, 190) * MIN;
    }
    out.push({ name, users: lc([v.upn]), ips: [X.do1, X.do2].map((n) => n.stems[0]), start: iso(t - MIN), end: iso(tt),
      description: `OAuth consent phishing with an app impersonating Adobe ("Adobe Drive", a multi-tenant app from another tenant): a Melbourne commercial manager consents from the office (user consent is still allowed in this tenant) to Mail.Read, Files.Read.All and offline_access; the new service principal, delegated grant and consent appear in the audit log, then the app's backend on DigitalOcean refreshes her tokens every one to three hours for two days (non-interactive, app "Adobe Drive", python-httpx).` });
  }

  // 5 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'infostealer-token-replay';
    const si = A(name);
    const v = plan.s5;
    const session = ctx.session(v, v.laptop, 6);
    let first = Infinity, last = 0;
    for (let d = 6; d <= 9; d++) for (let i = 0; i < r.int(5, 8); i++) {
      const t = ctx.at(d, 9.5 + r.next() * 8, 1); // Amsterdam working hours
      const [app, res] = r.pick([[APP.office, RES.exchange], [APP.teams, RES.teamsSvc], [APP.office, RES.graph], [APP.oneDrive, RES.sharepoint]]);
      const e = si({ t, inter: false, user: v, app, res, w: W(r.chance(0.6) ? X.leaseweb1 : X.leaseweb2), dev: null, ua: null, browser: 'Rich Client 5.1.0.0', os: 'Windows10', authReq: 'multiFactorAuthentication', session, incoming: 'unknownFutureValue' });
      if (e) { first = Math.min(first, t); last = Math.max(last, t); }
    }
    out.push({ name, users: lc([v.upn]), ips: [X.leaseweb1, X.leaseweb2].map((n) => n.stems[0]), start: iso(first), end: iso(last),
      description: `Refresh-token replay after an infostealer on a Sydney sales manager's laptop: only non-interactive sign-ins, Office/Teams/OneDrive clients, from two LeaseWeb addresses in the Netherlands during Amsterdam office hours (Sydney night), carrying the session id of her real laptop session but no device id; she keeps working normally from Sydney the whole time.` });
  }

  // 6 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'mfa-push-bombing-new-phone';
    const si = A(name), au = AU(name);
    const v = plan.s6;
    const w = W(X.m247syd);
    let t = ctx.at(10, 1.5, 11);
    const start = t;
    const corr = r.guid();
    for (let i = 0; i < 13; i++) {
      si({ t, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w, dev: null, ...chrome, client: 'Browser', err: 500121, auth: 'mfaDenied', mfaMethod: 'Mobile app notification', mfaResult: i % 4 === 1 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', authReq: 'multiFactorAuthentication', corr });
      t += r.int(120, 260) * 1000;
    }
    const session = r.guid();
    si({ t, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w, dev: null, ...chrome, client: 'Browser', auth: 'passwordMfa', mfaMethod: 'Mobile app notification', authReq: 'multiFactorAuthentication', corr, session, methodsUsed: ['Password', 'Authenticator App'] });
    si({ t: t + 3 * MIN, inter: true, user: v, app: APP.mySignins, res: RES.mySignins, w, dev: null, ...chrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session });
    au({ t: t + 5 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v, w.ip), targets: [userTarget(v)] });
    au({ t: t + 6 * MIN, activity: 'User changed default security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User changed default security info', actor: userActor(v, w.ip), targets: [userTarget(v)] });
    for (let i = 0; i < 9; i++) si({ t: t + (8 + i * 5) * MIN, inter: false, user: v, app: APP.exchange, res: RES.exchange, w, dev: null, ...chrome, client: 'Browser', authReq: 'multiFactorAuthentication', session, scope: NI('exchange') });
    // the next morning the user reports it; the service desk revokes sessions and removes the rogue method
    const h = T.admins.find((a) => a.roles[0] === 'Authentication Administrator');
    const tm = ctx.at(10, 9.2, 11);
    au({ t: tm, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', op: 'Update', actor: userActor(h, null), targets: [userTarget(v, [['StsRefreshTokensValidFrom', null, jarr(iso(tm))]])] });
    au({ t: tm + 4 * MIN, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Delete', reason: 'Admin deleted Authenticator App with Notification and Code for user', actor: userActor(h, null), targets: [userTarget(v)] });
    out.push({ name, users: lc([v.upn]), ips: [w.ip], start: iso(start), end: iso(tm + 10 * MIN),
      description: `MFA fatigue (Octo Tempest-style) at 01:30 Melbourne time: with a leaked password, 13 push prompts in about 40 minutes from an M247 VPN exit in Sydney are declined or ignored, the 14th is approved; the attacker registers its own Authenticator as the default method and reads mail until the service desk revokes the sessions next morning.` });
  }

  // 7 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'helpdesk-vishing-admin-takeover';
    const si = A(name), au = AU(name);
    const v = T.admins.find((a) => a.roles[0] === 'Exchange Administrator');
    const h = T.admins.find((a) => a.roles[0] === 'Helpdesk Administrator' && a.site === 'MEL');
    const hw = ctx.office(h.daily);
    const t = ctx.at(11, 16.65, 11);
    const c1 = r.guid();
    const pra = { id: roleId('Privileged Role Administrator'), name: 'Privileged Authentication Administrator', type: 'Role', props: [['Role.DisplayName', null, jv('Privileged Authentication Administrator')]] };
    au({ t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Add', corr: c1, reason: 'RoleActivation', actor: userActor(h, hw.ip), targets: [pra, userTarget(h)], details: [['Justification', 'Caller lost phone - reset MFA for admin account']] });
    au({ t: t + 6000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Add', corr: c1, reason: 'RoleActivation', actor: appActor(APPS_AS_ACTOR.pim), targets: [pra, userTarget(h)] });
    au({ t: t + 4 * MIN, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Delete', reason: 'Admin deleted Passkey (Microsoft Authenticator) for user', actor: userActor(h, null), targets: [userTarget(v)] });
    au({ t: t + 5 * MIN, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'Admin registered temporary access pass method for user', actor: userActor(h, null), targets: [userTarget(v)] });
    const w = W(X.resiMel);
    const t2 = t + 19 * MIN;
    const session = r.guid();
    si({ t: t2, inter: true, user: v, app: APP.mySignins, res: RES.mySignins, w, dev: null, ...chrome, client: 'Browser', auth: [{ method: 'Temporary Access Pass', req: 'Primary authentication', result: 'Correct credentials', ok: true }], authReq: 'multiFactorAuthentication', session, methodsUsed: ['Temporary Access Pass'] });
    au({ t: t2 + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v, w.ip), targets: [userTarget(v)] });
    si({ t: t2 + 6 * MIN, inter: true, user: v, app: APP.azPortal, res: RES.arm, w, dev: null, ...chrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session });
    const c2 = r.guid();
    const ex = { id: roleId('Exchange Administrator'), name: 'Exchange Administrator', type: 'Role', props: [['Role.DisplayName', null, jv('Exchange Administrator')]] };
    au({ t: t2 + 8 * MIN, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Add', corr: c2, reason: 'RoleActivation', actor: userActor(v, w.ip), targets: [ex, userTarget(v)], details: [['Justification', 'urgent mail flow issue']] });
    au({ t: t2 + 8 * MIN + 5000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', op: 'Add', corr: c2, reason: 'RoleActivation', actor: appActor(APPS_AS_ACTOR.pim), targets: [ex, userTarget(v)] });
    const s2 = r.guid();
    si({ t: t2 + 12 * MIN, inter: true, user: v, app: APP.exoPs, res: RES.exchange, w, dev: null, ua: UA.winps51, browser: '', os: 'Windows', client: 'Mobile Apps and Desktop clients', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session: s2 });
    for (let i = 0; i < 12; i++) si({ t: t2 + (14 + i * 6) * MIN, inter: false, user: v, app: APP.exoPs, res: RES.exchange, w, dev: null, ua: UA.winps51, browser: '', os: 'Windows', client: 'Mobile Apps and Desktop clients', authReq: 'multiFactorAuthentication', session: s2 });
    out.push({ name, users: lc([v.upn]), ips: [w.ip], start: iso(t), end: iso(t2 + 90 * MIN),
      description: `Help-desk social engineering in the UNC3944 / Scattered Spider pattern: late on a Friday a caller posing as the Exchange administrator "lost his phone"; a service-desk analyst activates Privileged Authentication Administrator, deletes the admin account's passkey and issues a Temporary Access Pass. Twenty minutes later the TAP is used from a Telstra residential address in Melbourne (a residential proxy: same country, city and ISP as staff), a new Authenticator is registered, Exchange Administrator is activated in PIM and Exchange Online PowerShell is used for over an hour.` });
  }

  // 8 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'app-secret-backdoor-mail-archiver';
    const si = A(name), au = AU(name);
    const v = T.admins.find((a) => a.roles[0] === 'Application Administrator');
    const w = W(X.vultrSin);
    const t = ctx.at(12, 16.3, 0);
    const session = r.guid();
    for (let i = 0; i < 6; i++) si({ t: t + i * 3 * MIN, inter: false, user: v, app: APP.graphCli, res: RES.graph, w, dev: null, ua: UA.pwsh, browser: '', os: 'Windows', client: 'Mobile Apps and Desktop clients', authReq: 'multiFactorAuthentication', session, scope: '["Application.ReadWrite.All","AppRoleAssignment.ReadWrite.All","Directory.Read.All"]' });
    const appObj = stableGuid('app:mail-archiver'), appId = stableGuid('appid:mail-archiver'), sp = stableSp('Tasmarine Mail Archiver');
    const kid = r.guid(), old = stableGuid('k:archiver-2026');
    au({ t: t + 7 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', op: 'Update', actor: userActor(v, w.ip), targets: [{ id: appObj, name: 'Tasmarine Mail Archiver', type: 'Application', props: [['KeyDescription', jarr(`[KeyIdentifier=${old},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=mail-archiver]`), jarr(`[KeyIdentifier=${old},KeyType=AsymmetricX509Cert,KeyUsage=Verify,DisplayName=CN=mail-archiver]`, `[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=sync]`)], ['Included Updated Properties', null, jv('KeyDescription')]] }], details: [['User-Agent', UA.pwsh], ['AppId', appId]] });
    au({ t: t + 9 * MIN, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', service: 'Core Directory', op: 'Assign', actor: userActor(v, w.ip), targets: [{ id: stableSp('Microsoft Graph'), name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['AppRole.Id', null, jv('e2a3a72e-5f79-4c64-b1b1-878b674786c9')], ['AppRole.Value', null, jv('Mail.ReadWrite')], ['AppRole.DisplayName', null, jv('Read and write mail in all mailboxes')], ['ServicePrincipal.ObjectID', null, jv(sp)], ['ServicePrincipal.DisplayName', null, jv('Tasmarine Mail Archiver')], ['ServicePrincipal.AppId', null, jv(appId)]] }], details: [['User-Agent', UA.pwsh]] });
    out.push({ name, users: lc([v.upn]), ips: [w.ip], start: iso(t), end: iso(t + 12 * MIN),
      description: `Service-principal credential backdoor: the Application Administrator's privileged account, with a refresh token stolen earlier, is used non-interactively from a Vultr host in Singapore at 03:20 Sunday Melbourne time with the Microsoft Graph PowerShell client; a client secret ("sync") is added beside the certificate of the existing "Tasmarine Mail Archiver" app and the app is granted Mail.ReadWrite in all mailboxes. No interactive sign-in.` });
  }

  // 9 -------------------------------------------------------------------------------------------------------------
  {
    const name = 'ca-legacy-block-disabled-imap';
    const si = A(name), au = AU(name);
    const v = T.admins.find((a) => a.roles[0] === 'Conditional Access Administrator');
    const victims = plan.s9;
    const wo = W(X.ovh), wh = W(X.hetzner), wp = W(X.proton);
    const t0 = ctx.at(7, 10.6, 0);
    // an IMAP attempt with a phished password is blocked by the legacy-authentication policy
    si({ t: t0, inter: false, user: victims[0], app: APP.exchange, res: RES.exchange, w: wo, dev: null, ua: null, browser: '', os: '', client: 'IMAP4', err: 53003, incoming: 'none' });
    const session = r.guid();
    const t1 = t0 + 22 * MIN;
    for (let i = 0; i < 4; i++) si({ t: t1 + i * 2 * MIN, inter: false, user: v, app: { id: '74658136-14ec-4630-ad9b-26e160ff0fc6', name: 'ADIbizaUX' }, res: i % 2 ? RES.graph : RES.arm, w: wp, dev: null, ...chrome, client: 'Browser', authReq: 'multiFactorAuthentication', session });
    const tOff = t1 + 9 * MIN;
    const pol = (state) => jv(`{"id":"${stableGuid('ca:02')}","displayName":"TML-CA02 Block legacy authentication","state":"${state}","conditions":{"users":{"includeUsers":["All"],"excludeUsers":["svc-scan2mail@${TENANT.domain}"]},"clientAppTypes":["exchangeActiveSync","other"]},"grantControls":{"operator":"OR","builtInControls":["block"]}}`);
    au({ t: tOff, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', op: 'Update', actor: userActor(v, wp.ip), targets: [{ id: stableGuid('ca:02'), name: 'TML-CA02 Block legacy authentication', type: 'Policy', props: [['ConditionalAccessPolicy', pol('enabled'), pol('disabled')]] }] });
    const tOn = ctx.at(8, 9.4, 11);
    CA_STATE.legacyBlockOff = [tOff, tOn];
    for (let k = 0; k < victims.length; k++) {
      let t = tOff + (6 + k * 9) * MIN;
      for (let i = 0; i < r.int(4, 9); i++) {
        si({ t, inter: false, user: victims[k], app: APP.exchange, res: RES.exchange, w: k % 2 ? wh : wo, dev: null, ua: null, browser: '', os: '', client: 'IMAP4', incoming: 'none' });
        t += r.int(25, 80) * MIN;
      }
    }
    // the real CA administrator notices the next morning and re-enables the policy from the office
    au({ t: tOn, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', op: 'Update', actor: userActor(v, ctx.office(v.daily).ip), targets: [{ id: stableGuid('ca:02'), name: 'TML-CA02 Block legacy authentication', type: 'Policy', props: [['ConditionalAccessPolicy', pol('disabled'), pol('enabled')]] }] });
    si({ t: tOn + 40 * MIN, inter: false, user: victims[1], app: APP.exchange, res: RES.exchange, w: wh, dev: null, ua: null, browser: '', os: '', client: 'IMAP4', err: 53003, incoming: 'none' });
    out.push({ name, users: lc([v.upn, ...victims.map((u) => u.upn)]), ips: [wp.ip, wo.ip, wh.ip], start: iso(t0), end: iso(tOn + 45 * MIN),
      description: `Conditional Access tampering to re-open legacy authentication: an IMAP login with a phished password from OVH is blocked by "TML-CA02 Block legacy authentication" (53003); 20 minutes later the Conditional Access Administrator's privileged account is used from a Proton VPN address (stolen portal session, non-interactive) to switch that policy to disabled; IMAP sessions from OVH and Hetzner then succeed overnight for six mailboxes (three in Finance). The real administrator re-enables the policy the next morning and a further IMAP attempt is blocked again.` });
  }

  // 10 ------------------------------------------------------------------------------------------------------------
  {
    const name = 'botnet-basic-auth-spray-noninteractive';
    const si = A(name);
    const targets = plan.s10.slice();
    const scan = T.svc['svc-scan2mail'];
    targets.push(scan);
    const nodes = [];
    for (let i = 0; i < 38; i++) {
      const [asn, op, city, state, cc, stem, lat, lon] = BOT[i % BOT.length];
      nodes.push(net('x-bot' + i, asn, op, place(city, state, cc, lat, lon), [`${stem}${r.int(1, 254)}.${r.int(2, 253)}`]));
    }
    const valid = new Set(r.sample(targets.slice(0, 58), 5).map((u) => u.id));
    let first = Infinity, last = 0;
    const usedIps = new Set();
    const rec = (o) => { const e = si(o); if (e) { first = Math.min(first, o.t); last = Math.max(last, o.t); usedIps.add(e.ip); } };
    let ni = 0;
    for (const u of targets) {
      for (let k = 0; k < r.int(1, 2); k++) {
        const n = nodes[(ni++) % nodes.length];
        let t = ctx.at(3 + r.int(0, 5), r.next() * 24, 0);
        while (t >= CA_STATE.legacyBlockOff[0] - HOUR && t < CA_STATE.legacyBlockOff[1] + HOUR) t = ctx.at(3 + r.int(0, 5), r.next() * 24, 0);
        const ok = valid.has(u.id) && k === 0;
        rec({ t, inter: false, user: u, app: APP.exchange, res: RES.exchange, w: W(n), dev: null, ua: r.chance(0.7) ? null : 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.5197; Pro)', browser: '', os: '', client: r.chance(0.7) ? 'Other clients' : 'Exchange ActiveSync', err: ok ? 53003 : 50126, incoming: 'none' });
      }
    }
    // the scan-to-email account is excluded from the legacy block: its password works from two botnet nodes
    for (let k = 0; k < 3; k++) {
      const n = nodes[5 + k * 7];
      rec({ t: ctx.at(6, 3 + k * 5.5 + r.next(), 0), inter: false, user: scan, app: APP.exchange, res: RES.exchange, w: W(n), dev: null, ua: null, browser: '', os: '', client: k === 0 ? 'Other clients' : 'Authenticated SMTP', err: k === 0 ? 50126 : 0, incoming: 'none' });
    }
    out.push({ name, users: lc(targets.map((u) => u.upn)), ips: nodes.map((n) => n.stems[0]).filter((ip) => usedIps.has(ip)), start: iso(first), end: iso(last),
      description: `Low-and-slow password spray through Basic Authentication that lands only in the non-interactive sign-in log (SecurityScorecard STRIKE, 2025): 38 residential/IoT botnet addresses in nine countries, two or three attempts each, one or two per account, against ${targets.length} accounts over six days; five guessed passwords are only stopped by the legacy-authentication block (53003), and the scan-to-email service account, excluded from that block for the printers, authenticates over SMTP AUTH from two botnet nodes.` });
  }

  // 11 ------------------------------------------------------------------------------------------------------------
  {
    const name = 'dormant-contractor-revival';
    const si = A(name), au = AU(name);
    const v = T.dormant;
    const w1 = W(X.datacamp1), w2 = W(X.datacamp2);
    const t = ctx.at(11, 7.15, 11);
    const corr = r.guid(), session = r.guid();
    si({ t, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w: w1, dev: null, ...chrome, client: 'Browser', err: 50079, auth: 'password', corr, session });
    au({ t: t + 60_000, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User started the registration for Authenticator App with Notification and Code', actor: userActor(v, w1.ip), targets: [userTarget(v)] });
    au({ t: t + 140_000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v, w1.ip), targets: [userTarget(v)] });
    au({ t: t + 141_000, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Add', reason: 'User registered all required security info', actor: userActor(v, w1.ip), targets: [userTarget(v)] });
    si({ t: t + 170_000, inter: true, user: v, app: APP.officeHome, res: RES.officeHome, w: w1, dev: null, ...chrome, client: 'Browser', auth: 'passwordMfa', authReq: 'multiFactorAuthentication', corr, session, methodsUsed: ['Password', 'Authenticator App'] });
    for (let i = 0; i < 7; i++) si({ t: t + (6 + i * 11) * MIN, inter: i % 3 === 0, user: v, app: APP.sharepoint, res: RES.sharepoint, w: w1, dev: null, ...chrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session });
    const t2 = ctx.at(12, 6.9, 11); // next morning
    for (let i = 0; i < 9; i++) si({ t: t2 + i * 9 * MIN, inter: i === 0, user: v, app: i === 0 ? APP.officeHome : APP.sharepoint, res: i === 0 ? RES.officeHome : RES.sharepoint, w: w2, dev: null, ...chrome, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session: r.guid() });
    out.push({ name, users: lc([v.upn]), ips: [w1.ip, w2.ip], start: iso(t), end: iso(t2 + 90 * MIN),
      description: `Dormant account revival: the still-enabled account of a contractor whose engagement ended in June (no sign-ins at all in the fortnight) signs in at 07:09 on a Friday from a commercial VPN exit in Sydney (Datacamp), is told to register MFA (50079), registers an Authenticator for the first time, and browses SharePoint; it returns the next morning from a second exit of the same VPN.` });
  }

  // 12 ------------------------------------------------------------------------------------------------------------
  {
    const name = 'partner-guest-compromise-invites-guest';
    const si = A(name), au = AU(name);
    const g = plan.s12;
    const w1 = W(X.hostinger1), w2 = W(X.hostinger2);
    const t = ctx.at(5, 13.2, 0);
    const session = r.guid();
    const b = { ua: UA.chromeWin(153), browser: 'Chrome 153.0.0', os: 'Windows 10' };
    si({ t, inter: true, user: g, app: APP.sharepoint, res: RES.sharepoint, w: w1, dev: null, ...b, client: 'Browser', auth: 'sso', mfaClaim: true, authReq: 'multiFactorAuthentication', session });
    for (let i = 0; i < 18; i++) si({ t: t + (2 + i * 4) * MIN, inter: false, user: g, app: APP.sharepoint, res: RES.sharepoint, w: w1, dev: null, ...b, client: 'Browser', authReq: 'multiFactorAuthentication', session });
    // the guest invites a new external "colleague" (guests may invite in this tenant), who redeems from the same host
    const nu = { id: r.guid(), kind: 'guest', userType: 'guest', display: 'Nordhafen Accounts', upn: `nordhafen.accounts_outlook.com#EXT#@${TENANT.initialDomain}`, homeUpn: 'nordhafen.accounts@outlook.com', homeTenant: '9188040d-6c67-4c5b-b112-36a304b66dad', admin: false };
    ctx.extraUsers.push(nu);
    const ti = t + 80 * MIN;
    au({ t: ti, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', op: 'Add', actor: userActor(g, w1.ip), targets: [{ id: nu.id, name: nu.display, type: 'User', upn: nu.upn, props: [] }], details: [['invitedUserEmailAddress', nu.homeUpn]] });
    au({ t: ti + 9 * MIN, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', op: 'Update', actor: userActor(nu, w2.ip), targets: [{ id: nu.id, name: nu.display, type: 'User', upn: nu.upn, props: [] }] });
    const s2 = r.guid();
    si({ t: ti + 11 * MIN, inter: true, user: nu, app: APP.sharepoint, res: RES.sharepoint, w: w2, dev: null, ...b, client: 'Browser', auth: 'passwordMfa', mfaMethod: 'Text message', authReq: 'multiFactorAuthentication', session: s2, methodsUsed: ['Password', 'SMS'] });
    for (let i = 0; i < 12; i++) si({ t: ctx.at(6, 2 + i * 0.7, 0), inter: false, user: nu, app: APP.sharepoint, res: RES.sharepoint, w: w2, dev: null, ...b, client: 'Browser', authReq: 'multiFactorAuthentication', session: s2 });
    out.push({ name, users: lc([g.homeUpn, g.upn, nu.homeUpn, nu.upn]), ips: [w1.ip, w2.ip], start: iso(t), end: iso(ctx.at(6, 10.5, 0)),
      description: `Compromised partner guest: a Nordhafen Logistik guest (normally Hamburg, Deutsche Telekom) whose home account was taken over signs in to Tasmarine's SharePoint from a Hostinger host in Lithuania with a valid MFA claim from the partner tenant, pulls documents for over an hour, then invites a new external "Nordhafen Accounts" outlook.com guest (guest invitations are open to guests here), which redeems and keeps downloading overnight from a second Hostinger address.` });
  }

  // 13 ------------------------------------------------------------------------------------------------------------
  {
    const name = 'consentfix-azure-cli-code-theft';
    const si = A(name);
    const v = plan.s13;
    const t = ctx.at(11, 10.08, 13);
    const session = r.guid();
    const wv = ctx.office(v);
    si({ t, inter: true, user: v, app: APP.azCli, res: RES.aadGraph, w: wv, dev: v.laptop, ...ctx.browserOf(v), client: 'Mobile Apps and Desktop clients', auth: 'sso', authReq: 'singleFactorAuthentication', session, loginHint: false });
    const wa = W(X.contabo);
    si({ t: t + 3.4 * MIN, inter: false, user: v, app: APP.azCli, res: RES.aadGraph, w: wa, dev: null, ua: 'python-requests/2.31.0', browser: '', os: '', client: 'Mobile Apps and Desktop clients', session, authReq: 'singleFactorAuthentication', scope: '["user_impersonation"]' });
    for (let i = 0; i < 11; i++) si({ t: t + (12 + i * 95) * MIN, inter: false, user: v, app: APP.azCli, res: i % 2 ? RES.graph : RES.aadGraph, w: wa, dev: null, ua: 'python-requests/2.31.0', browser: '', os: '', client: 'Mobile Apps and Desktop clients', session, authReq: 'singleFactorAuthentication', scope: i % 2 ? '["AuditLog.Read.All","Directory.AccessAsUser.All","User.Read.All"]' : '["user_impersonation"]' });
    out.push({ name, users: lc([v.upn]), ips: [wa.ip], start: iso(t), end: iso(t + 18 * HOUR),
      description: `ConsentFix (OAuth authorization-code theft, Push Security, December 2025): an Auckland logistics analyst, on a "verify you are human" page, completes a real Microsoft sign-in for the Azure CLI client on her managed laptop in the office (clean, trusted network, SSO) and pastes the resulting localhost URL; 3.4 minutes later the code is redeemed from a Contabo host in Germany (non-interactive, same session id, python-requests) and the refresh token is used against the legacy Azure AD Graph and Microsoft Graph for the rest of the day. She has never used Azure CLI before.` });
  }
  return out;
}

function NI(k) { return k === 'exchange' ? '["EWS.AccessAsUser.All","Mail.ReadWrite","Mail.Send"]' : '["user_impersonation"]'; }
