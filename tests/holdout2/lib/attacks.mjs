// Planted attacks, part 1: the Scenario recorder, AiTM phishing, a compromised contractor,
// and an illicit consent grant to a look-alike application.
import { MIN, HOUR, DAY, iso } from './rng.mjs';
import { addr } from './places.mjs';
import { APPS, RES, UA } from './apps.mjs';
import { makeSignIn } from './signins.mjs';
import { A, ROLES, GROUPS, byUser } from './audits.mjs';

export class Scenario {
  constructor(ctx, name, description) {
    Object.assign(this, { ctx, name, description });
    this.users = new Set(); this.ips = new Set(); this.from = Infinity; this.to = -Infinity;
  }
  mark(t, ip) { this.from = Math.min(this.from, t); this.to = Math.max(this.to, t); if (ip) this.ips.add(ip); }
  sign(rng, o, { markIp = true } = {}) {
    this.users.add(o.u.upn);
    this.mark(o.t, markIp ? o.net.ip : null);
    return this.ctx.sink.add(makeSignIn(rng, o));
  }
  aud(rec, t, ip = null) { this.mark(t, ip); this.ctx.sink.audit(rec); return rec; }
  truth() {
    return { name: this.name, description: this.description, users: [...this.users], ips: [...this.ips], from: iso(this.from), to: iso(this.to) };
  }
}

/** People of a role at work (own laptop, office or home) on day d. */
export function atWork(ctx, pool, d) {
  const f = (p) => p.filter((u) => !u.trips && !u.joinDay && !u.leaveDay && ctx.w.segments(u, d).some((s) => s.lap && (s.mode === 'office' || s.mode === 'home')));
  const found = f(pool);
  return found.length ? found : f(ctx.fallback || []);
}
/** The first weekday on or after d, not before `after`. */
export function weekday(w, d, after = -1) {
  d = Math.max(d, after + 1);
  while (w.dow(d) === 0 || w.dow(d) === 6) d++;
  return Math.min(d, w.days - 2);
}
function workSeg(ctx, u, d) {
  return ctx.w.segments(u, d).find((s) => s.lap && (s.mode === 'office' || s.mode === 'home'));
}
const MOBILE = 'Mobile Apps and Desktop clients';

/** 1. Adversary-in-the-middle kit: sign-in through a hosting proxy, session replayed elsewhere, persistence. */
export function aitm(ctx, users, rng) {
  const s = new Scenario(ctx, 'aitm-phishing-kit', 'Reverse-proxy phishing kit on DigitalOcean relays the victims\' password and MFA; the stolen session cookie is replayed from VPS / VPN exits, then a new Authenticator or phone method is registered or PERFECTDATA SOFTWARE is consented for mailbox sync.');
  const w = ctx.w;
  const proxies = [addr(rng, 'digitalocean_fra'), addr(rng, 'digitalocean_ams')];
  const replays = [addr(rng, 'vultr_chi'), addr(rng, 'm247'), addr(rng, 'vultr_lax')];
  const days = [];
  for (const f of [0.28, 0.33, 0.38]) days.push(weekday(w, Math.floor(w.days * f), days.length ? days[days.length - 1] : -1));
  const pool = users.filter((u) => u.role === 'staff' && ['Finance', 'Procurement', 'Sales'].includes(u.dept));
  const chosen = [];
  days.forEach((d, i) => {
    const v = rng.pick(atWork(ctx, pool, d).filter((u) => !chosen.includes(u) && !u.laptop?.mac));
    chosen.push(v);
    const seg = workSeg(ctx, v, d);
    const proxy = proxies[i === 2 ? 1 : 0], replay = replays[i];
    let t = seg.t0 + rng.float(1, Math.max(1.2, (seg.t1 - seg.t0) / HOUR - 2)) * HOUR;
    const session = rng.guid(), corr = rng.guid();
    const web = { u: v, app: APPS.officeHome, res: RES.officeHome, client: 'Browser', ua: UA.edgeWin, dev: null, browser: 'Edge 128.0.0', session, interactive: true };
    s.sign(rng, { ...web, t, net: proxy, code: 50074, auth: 'pwdOnly', corr });
    s.sign(rng, { ...web, t: t + 22000, net: proxy, code: 50140, auth: 'mfa', corr, second: 'push' });
    s.sign(rng, { ...web, t: t + 30000, net: proxy, auth: 'mfa', corr, second: 'push' });
    // The operator replays the cookie from another network.
    t += rng.int(9, 35) * MIN;
    const atk = { u: v, client: 'Browser', ua: UA.chromeWin, dev: null, browser: 'Chrome 127.0.0', session, net: replay };
    s.sign(rng, { ...atk, app: APPS.officeHome, res: RES.officeHome, t, interactive: true, auth: 'prt' });
    const burst = (t0, n) => {
      for (let k = 0; k < n; k++) {
        const [app, res] = rng.pick([[APPS.owa, RES.exchange], [APPS.owa, RES.exchange], [APPS.officeHome, RES.sharepoint], [APPS.officeHome, RES.graph]]);
        s.sign(rng, { ...atk, app, res, t: t0 + rng.float(0, 5) * HOUR, interactive: false, auth: 'refresh' });
      }
    };
    burst(t + 2 * MIN, rng.int(8, 14));
    const tp = t + rng.int(20, 70) * MIN;
    if (i === 1) {
      const sp = { spId: rng.guid(), name: APPS.perfectData.name, appId: APPS.perfectData.id };
      const scope = 'EWS.AccessAsUser.All Mail.ReadWrite offline_access openid profile User.Read';
      s.sign(rng, { ...atk, app: APPS.perfectData, res: RES.graph, t: tp - 40000, interactive: true, code: 65001, auth: 'prt' });
      s.sign(rng, { ...atk, app: APPS.perfectData, res: RES.graph, t: tp, interactive: true, auth: 'prt' });
      const by = byUser(v, replay.ip), c = rng.guid();
      s.aud(A.addSp(rng, tp + 2000, by, sp), tp + 2000, replay.ip);
      s.aud(A.consent(rng, tp + 3000, by, v, sp, scope, { corr: c }), tp + 3000, replay.ip);
      s.aud(A.grant(rng, tp + 3500, by, sp, scope, c), tp + 3500, replay.ip);
      for (let k = 0; k < rng.int(10, 16); k++) s.sign(rng, { ...atk, app: APPS.perfectData, res: rng.chance(0.7) ? RES.exchange : RES.graph, ua: 'PerfectData/2.0', t: tp + rng.float(0.1, 20) * HOUR, interactive: false, auth: 'refresh' });
    } else {
      s.sign(rng, { ...atk, app: APPS.mySignins, res: RES.graph, t: tp, interactive: true, auth: 'prt' });
      const by = byUser(v, replay.ip);
      const method = i === 0 ? 'Authenticator App with Notification and Code' : 'Mobile Phone SMS';
      s.aud(A.securityInfo(rng, tp + 60000, by, v, 'User registered security info', `User registered ${method}`), tp + 60000, replay.ip);
    }
    burst(t + rng.float(18, 26) * HOUR, rng.int(3, 6));
  });
  return s;
}

/** 2. A contractor account taken over by MFA fatigue; it enumerates and escalates into a privileged group. */
export function contractor(ctx, users, rng) {
  const s = new Scenario(ctx, 'contractor-privilege-escalation', 'Two Vistula IT contractor accounts are taken over from a Hetzner VPS (password, then push-fatigue); Graph/AAD PowerShell enumeration, a failed self-assignment of Privileged Role Administrator, then both accounts added to the role-assignable PRIV-Helpdesk-Admins group.');
  const w = ctx.w, d = weekday(w, Math.floor(w.days * 0.45));
  const pool = users.filter((u) => u.role === 'contractor' && u.vendor === 'vistula' && !u.trips && !u.leaveDay && !u.joinDay);
  const [c1, c2] = rng.sample(pool, 2);
  const net = addr(rng, 'hetzner');
  let t = w.T(c1, d, rng.float(20.5, 22));
  const ps = { client: MOBILE, dev: null, os: 'Windows10', browser: 'Rich Client 4.61.0.0', net, ua: UA.pwsh };
  s.sign(rng, { ...ps, u: c1, app: APPS.graphCli, res: RES.graph, t: t - 6 * MIN, interactive: true, code: 50126, auth: 'pwdFail' });
  for (let k = 0; k < 3; k++) s.sign(rng, { ...ps, u: c1, app: APPS.graphCli, res: RES.graph, t: t + k * 95000, interactive: true, code: 500121, auth: 'mfaDenied', second: 'push' });
  t += 5 * MIN;
  const session = rng.guid();
  s.sign(rng, { ...ps, u: c1, app: APPS.graphCli, res: RES.graph, t, interactive: true, auth: 'mfa', second: 'push', session });
  for (let k = 0; k < 9; k++) s.sign(rng, { ...ps, u: c1, app: rng.chance(0.6) ? APPS.graphCli : APPS.aadPs, res: rng.chance(0.6) ? RES.graph : RES.aadGraph, t: t + rng.float(1, 45) * MIN, interactive: false, auth: 'refresh', session });
  const by1 = byUser(c1, net.ip);
  const tr = t + 48 * MIN;
  s.aud(A.addRole(rng, tr, by1, c1, ROLES['Privileged Role Administrator'], { result: 'failure', reason: 'Insufficient privileges to complete the operation.' }), tr, net.ip);
  const g = GROUPS.privileged[3];
  s.aud(A.addMember(rng, tr + 6 * MIN, by1, c1, g), tr + 6 * MIN, net.ip);
  s.aud(A.addMember(rng, tr + 7 * MIN, by1, c2, g), tr + 7 * MIN, net.ip);
  // The second account, same VPS, an hour later.
  const t2 = tr + rng.int(55, 80) * MIN, sess2 = rng.guid();
  s.sign(rng, { ...ps, u: c2, app: APPS.azurePortal, res: RES.arm, client: 'Browser', ua: UA.chromeWin, browser: 'Chrome 128.0.0', t: t2 - 3 * MIN, interactive: true, code: 500121, auth: 'mfaTimeout', second: 'push' });
  s.sign(rng, { ...ps, u: c2, app: APPS.azurePortal, res: RES.arm, client: 'Browser', ua: UA.chromeWin, browser: 'Chrome 128.0.0', t: t2, interactive: true, auth: 'mfa', second: 'push', session: sess2 });
  for (let k = 0; k < 6; k++) s.sign(rng, { ...ps, u: c2, app: APPS.azurePortal, res: rng.chance(0.5) ? RES.graph : RES.arm, t: t2 + rng.float(2, 70) * MIN, interactive: false, auth: 'refresh', session: sess2 });
  return s;
}

/** 3. Illicit consent: a look-alike multi-tenant app gets Mail/Files + offline_access from several users. */
export function consent(ctx, users, rng) {
  const s = new Scenario(ctx, 'illicit-consent-lookalike-app', 'Users click a link and consent to "Mircosoft Outlook Sync" (unverified, attacker tenant) for Mail.Read, Files.Read.All and offline_access; the app then redeems their refresh tokens from an OVH server for a day and a half.');
  const w = ctx.w;
  const app = { id: rng.guid(), name: 'Mircosoft Outlook Sync' };
  const sp = { spId: rng.guid(), name: app.name, appId: app.id };
  const scope = 'User.Read Mail.Read Files.Read.All offline_access openid profile';
  const server = addr(rng, 'ovh');
  const pool = users.filter((u) => u.role === 'staff' && ['Sales', 'Customs', 'Operations'].includes(u.dept) && u.laptop && !u.laptop.mac && !u.calendly);
  const d0 = weekday(w, Math.floor(w.days * 0.55)), d1 = weekday(w, d0 + 1);
  let first = true;
  for (let i = 0; i < 3; i++) {
    const d = i === 2 ? d1 : d0;
    const v = rng.pick(atWork(ctx, pool, d).filter((u) => !s.users.has(u.upn)));
    const seg = workSeg(ctx, v, d);
    const t = seg.t0 + rng.float(0.5, 5) * HOUR, session = rng.guid();
    const web = { u: v, app, res: RES.graph, client: 'Browser', ua: UA.edgeWin, dev: v.laptop, browser: 'Edge 128.0.0', net: seg.lap, session, interactive: true };
    s.sign(rng, { ...web, t, code: 65001, auth: 'prt' }, { markIp: false });
    s.sign(rng, { ...web, t: t + 50000, auth: 'prt', incoming: 'primaryRefreshToken' }, { markIp: false });
    const by = byUser(v, seg.lap.ip), c = rng.guid();
    if (first) { s.aud(A.addSp(rng, t + 52000, by, sp), t + 52000); first = false; }
    s.aud(A.consent(rng, t + 53000, by, v, sp, scope, { corr: c }), t + 53000);
    s.aud(A.grant(rng, t + 53500, by, sp, scope, c), t + 53500);
    for (let tt = t + rng.int(3, 15) * MIN; tt < t + 36 * HOUR; tt += rng.int(35, 95) * MIN) {
      s.sign(rng, { u: v, app, res: RES.graph, client: MOBILE, ua: UA.pythonRequests, dev: null, os: '', browser: '', net: server, session, t: tt, interactive: false, auth: 'refresh' });
    }
  }
  return s;
}
