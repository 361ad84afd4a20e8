// Planted attacks 1-4: AiTM phishing with cookie replay, low-and-slow password spray,
// stolen developer CLI token, illicit OAuth consent by a clinician.
import { APPS, RESOURCES, UA, GEO } from './world.mjs';
import { spotAt, spotHome, ev } from './session.mjs';
import { userT, CERTS_ACTIVITY, keyProps } from './audit.mjs';
import { consent } from './adminwork.mjs';
import { MIN, HOUR, DAY } from './rng.mjs';

const NODEV = { id: '', name: '', os: 'Windows10', browser: 'Chrome 131.0.0', compliant: false, managed: false, trust: '' };
const win = (evs) => ({ start: new Date(Math.min(...evs)).toISOString(), end: new Date(Math.max(...evs)).toISOString() });

/** 1. Adversary-in-the-middle kit on a VPS, session cookie replayed from a second hosting provider. */
export function aitm(ctx, A, victim, start) {
  const r = ctx.rng;
  const tag = 'aitm-session-replay';
  const proxy = spotAt(ctx, 'digitalocean_fra');
  const replay = spotAt(ctx, 'vultr_ams');
  const t0 = start + 4 * DAY + 7 * HOUR + 42 * MIN; // Friday 08:42 local, at her desk
  const session = r.guid(), corr = r.guid();
  const ua = UA.edgeWin; // the proxy relays the victim's own browser string
  const dev = { ...NODEV, browser: 'Edge 132.0.0' };
  const ts = [];
  const e = (t, o) => { ts.push(t); return ev(ctx, victim, t, { tag, ...o }); };
  e(t0, { spot: proxy, dev, app: APPS.officeHome, res: RESOURCES.graph, ua, session, corr, inter: true, code: 50074, authReq: 'multiFactorAuthentication' });
  e(t0 + 31000, { spot: proxy, dev, app: APPS.officeHome, res: RESOURCES.graph, ua, session, corr, inter: true, authReq: 'multiFactorAuthentication', mfaMethod: 'Mobile app notification', detail: 'MFA successfully completed' });
  e(t0 + 52000, { spot: proxy, dev, app: APPS.owa, res: RESOURCES.exchange, ua, session, inter: true, authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
  // replay of the stolen ESTSAUTH cookie from the operator's own box
  const uaOp = UA.chromeWin;
  let t = t0 + 9 * MIN;
  for (let i = 0; i < 2; i++, t += r.int(20, 50) * MIN) {
    e(t, { spot: replay, dev: NODEV, app: i ? APPS.officeHome : APPS.owa, res: i ? RESOURCES.graph : RESOURCES.exchange, ua: uaOp, session, inter: true, authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
  }
  for (let i = 0; i < 11; i++) {
    const [app, res] = r.pick([[APPS.owa, RESOURCES.exchange], [APPS.owa, RESOURCES.graph], [APPS.officeHome, RESOURCES.sharepoint]]);
    e(t0 + 10 * MIN + r.int(0, 200) * MIN, { spot: replay, dev: NODEV, app, res, ua: uaOp, session, inter: false, client: 'Browser', authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
  }
  const ta = t0 + 27 * MIN;
  ts.push(ta);
  A.audit(ta, { tag, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User registered Authenticator App with Notification and Code', by: { user: victim, ip: replay.ip }, targets: [userT(victim, [])] });
  return { name: tag, users: [victim.upn], ips: [proxy.ip, replay.ip], ...win(ts),
    description: 'Phishing link to an AiTM reverse proxy on DigitalOcean Frankfurt: the victim completes MFA through the proxy; 9 minutes later the stolen session cookie is replayed from Vultr Amsterdam (same session ID, different browser), mail is read for ~3 hours and a new Authenticator app is registered from the replay IP.' };
}

// residential proxy exits: [asn, geo]
const RESI = [
  [7922, ['Chicago', 'Illinois', 'US', 41.8781, -87.6298], ['73.44', '98.213', '24.15']],
  [20115, ['Dallas', 'Texas', 'US', 32.7767, -96.797], ['47.186', '71.78']],
  [26599, ['Sao Paulo', 'Sao Paulo', 'BR', -23.5505, -46.6333], ['177.95', '189.100']],
  [7552, ['Hanoi', 'Hanoi', 'VN', 21.0278, 105.8342], ['27.72', '116.110']],
  [24560, ['Mumbai', 'Maharashtra', 'IN', 19.076, 72.8777], ['122.172', '106.206']],
  [9121, ['Istanbul', 'Istanbul', 'TR', 41.0082, 28.9784], ['88.230', '85.105']],
  [7713, ['Jakarta', 'Jakarta', 'ID', -6.2088, 106.8456], ['36.72', '180.245']],
  [3320, ['Berlin', 'Berlin', 'DE', 52.52, 13.405], ['91.60', '79.223']],
  [3215, ['Lyon', 'Auvergne-Rhone-Alpes', 'FR', 45.764, 4.8357], ['90.45', '86.245']],
  [8151, ['Mexico City', 'Ciudad de Mexico', 'MX', 19.4326, -99.1332], ['189.203', '187.189']],
  [9299, ['Manila', 'Metro Manila', 'PH', 14.5995, 120.9842], ['112.198', '49.145']],
  [8708, ['Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025], ['86.120', '5.14']],
  [12389, ['Moscow', 'Moscow', 'RU', 55.7558, 37.6173], ['95.24', '178.67']],
  [4134, ['Guangzhou', 'Guangdong', 'CN', 23.1291, 113.2644], ['113.68', '183.6']],
];

/** 2. Password spray over a week from ~170 residential proxy exits, 1-3 tries per IP, two accounts fall. */
export function spray(ctx, A, people, weakMfa, weakNoMfa, start) {
  const r = ctx.rng;
  const tag = 'low-slow-password-spray';
  const ips = [];
  const proxies = Array.from({ length: 170 }, () => {
    const [asn, geo, pre] = r.pick(RESI);
    const ip = `${r.pick(pre)}.${r.int(0, 255)}.${r.int(2, 250)}`;
    ips.push(ip);
    return { net: { asn }, ip, geo };
  });
  const pool = people.filter((p) => p.upn && p.role !== 'service' && p !== weakMfa && p !== weakNoMfa);
  const targets = [...r.sample(pool, 330), weakMfa, weakNoMfa];
  const uas = [UA.chromeWin, UA.edgeWin, UA.firefoxLinux, UA.safariMac, 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)'];
  const from = start + 1 * DAY + 3 * HOUR, span = 6 * DAY;
  const ts = [];
  const order = r.shuffle(targets);
  const firstTry = new Map();
  order.forEach((p, i) => {
    const tries = r.chance(0.3) ? 2 : 1;
    for (let k = 0; k < tries; k++) {
      const t = from + ((i + k * order.length * 0.5) % order.length) / order.length * span + r.int(0, 50) * MIN;
      const px = proxies[(i * 7 + k * 13 + r.int(0, 3)) % proxies.length];
      let code = 50126;
      if ((p === weakMfa || p === weakNoMfa) && k === tries - 1) code = p === weakMfa ? 50076 : 0;
      else if (p.role === 'departed' || (p.endAt && t > p.endAt)) code = 50057;
      else if (r.chance(0.03)) code = 50053;
      const e = ev(ctx, p, t, { tag, spot: px, dev: { ...NODEV, browser: '' }, app: APPS.office, res: RESOURCES.graph, ua: r.pick(uas), client: 'Mobile Apps and Desktop clients', proto: 'ropc', inter: true, code,
        authReq: code === 50076 ? 'multiFactorAuthentication' : 'singleFactorAuthentication', ca: code === 0 ? 'notApplied' : undefined });
      ts.push(t);
      if (code === 0 || code === 50076) firstTry.set(p, { t, px, session: e.session });
    }
  });
  // the account without MFA is used: mail read over IMAP-free modern refreshes, then MFA registered by the attacker
  const won = firstTry.get(weakNoMfa);
  if (won) {
    const px2 = proxies[r.int(0, proxies.length - 1)];
    for (let i = 0; i < 14; i++) {
      const t = won.t + r.int(5, 30 * 60) * MIN / 30;
      const spot = i < 8 ? won.px : px2;
      ev(ctx, weakNoMfa, t, { tag, spot, dev: NODEV, app: APPS.office, res: r.pick([RESOURCES.exchange, RESOURCES.graph, RESOURCES.sharepoint]), ua: UA.chromeWin, session: won.session, inter: false, client: 'Mobile Apps and Desktop clients' });
      ts.push(t);
    }
    const t = won.t + 40 * MIN;
    ev(ctx, weakNoMfa, t - 2 * MIN, { tag, spot: won.px, dev: NODEV, app: APPS.mySignins, res: RESOURCES.graph, ua: UA.chromeWin, inter: true, code: 50072, session: won.session });
    A.audit(t, { tag, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', op: 'Update', reason: 'User registered Authenticator App with Notification and Code', by: { user: weakNoMfa, ip: won.px.ip }, targets: [userT(weakNoMfa, [])] });
    ts.push(t);
  }
  return { name: tag, users: [weakMfa.upn, weakNoMfa.upn], targets: targets.map((p) => p.upn), ips, ...win(ts),
    description: `One or two password guesses per account against ${targets.length} accounts over six days through ~170 residential proxy exits in 14 countries (ROPC, rotating user agents). A porter's password is right but MFA stops it (50076); a student account with no MFA registered falls: mail and files are read from two proxy exits and the attacker registers their own Authenticator.` };
}

/** 3. A developer's Azure CLI token cache stolen by an infostealer and replayed from Bucharest. */
export function devToken(ctx, A, dev, app, start) {
  const r = ctx.rng;
  const tag = 'stolen-dev-cli-token';
  const spot = spotAt(ctx, 'm247_buc');
  const bare = { id: '', name: '', os: 'Windows10', browser: '', compliant: false, managed: false, trust: '' };
  const t0 = start + 6 * DAY + 20 * HOUR + 10 * MIN; // Sunday night
  const ts = [];
  for (let i = 0; i < 22; i++) {
    const t = t0 + r.int(0, 28 * 60) * MIN;
    if (new Date(t).getUTCHours() > 5 && new Date(t).getUTCHours() < 19 && i % 3) continue; // mostly at night
    const [a, res] = r.pick([[APPS.azureCli, RESOURCES.arm], [APPS.azureCli, RESOURCES.arm], [APPS.azureCli, RESOURCES.keyVault], [APPS.azureCli, RESOURCES.graph]]);
    ev(ctx, dev, t, { tag, spot, dev: bare, app: a, res, ua: UA.azureCli, session: dev.cliSession, inter: false, client: 'Mobile Apps and Desktop clients',
      authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
    ts.push(t);
  }
  const ta = t0 + 4 * HOUR + 20 * MIN;
  const k = keyProps(r, app.keys, 'backup-key', ta);
  app.keys = k.keys;
  A.audit(ta, { tag, activity: CERTS_ACTIVITY, category: 'ApplicationManagement', op: 'Update', by: { user: dev, ip: spot.ip }, targets: [{ id: app.objectId, displayName: app.name, type: 'Application', props: k.props }] });
  ts.push(ta);
  return { name: tag, users: [dev.upn], ips: [spot.ip], ...win(ts),
    description: `Infostealer takes the Azure CLI MSAL token cache from a developer; the refresh token is replayed non-interactively from M247 Bucharest overnight (same session ID, same CLI user agent) to enumerate ARM, Key Vault and Graph, and a client secret "backup-key" is added to "${app.name}", an app this developer owns and had rotated legitimately the day before.` };
}

/** 4. A physician consents to an unverified multi-tenant "referral viewer" that then reads mail from OVH. */
export function illicitConsent(ctx, A, doc, start) {
  const r = ctx.rng;
  const tag = 'illicit-oauth-consent';
  const app = { id: '8e3f1a6c-94b2-4d7e-a05c-2c71d9e8b4f3', name: 'MedSync Referral Viewer', spId: r.guid() };
  const home = spotHome(doc);
  const t0 = start + 8 * DAY + 18 * HOUR + 31 * MIN;
  const session = r.guid();
  const pc = { id: '', name: '', os: 'Windows10', browser: 'Chrome 132.0.0', compliant: false, managed: false, trust: '' };
  const ts = [t0];
  ev(ctx, doc, t0, { tag, spot: home, dev: pc, app, res: RESOURCES.graph, ua: UA.chromeWin, session, inter: true, authReq: 'multiFactorAuthentication', mfaMethod: doc.mfa, detail: 'MFA successfully completed' });
  consent(A, r, t0 + 40 * 1000, doc, home.ip, app, 'User.Read Mail.Read Mail.ReadWrite Files.Read.All offline_access', false, tag);
  const backend = [spotAt(ctx, 'ovh_rbx'), spotAt(ctx, 'ovh_rbx')];
  for (let t = t0 + 3 * MIN; t < t0 + 3.5 * DAY; t += r.int(35, 75) * MIN) {
    ev(ctx, doc, t, { tag, spot: r.pick(backend), dev: { ...pc, os: '', browser: '' }, app, res: r.chance(0.8) ? RESOURCES.graph : RESOURCES.exchange, ua: 'python-httpx/0.27.0', session, inter: false, client: 'Mobile Apps and Desktop clients',
      authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
    ts.push(t);
  }
  return { name: tag, users: [doc.upn], ips: backend.map((b) => b.ip), ...win(ts),
    description: 'A physician follows a "secure patient referral" link at home and consents (user consent, MFA) to the unverified multi-tenant app "MedSync Referral Viewer" for Mail.Read, Mail.ReadWrite, Files.Read.All and offline_access; the app back-end on OVH then refreshes her delegated token roughly hourly for three and a half days.' };
}
void GEO;
