// The log-writing kit: one sign-in row (with Conditional Access evaluated and the address registry
// checked), an interactive log-in flow (typos, lockout, MFA prompt, "stay signed in?"), token
// refreshes over a span of hours, and audit events. Every row is serialised at once and kept with
// its time, so the generator never holds 100,000 objects.
import { T0, T1, APPS, RES, MS_TENANT, UA } from './world.mjs';
import { signIn, csvRow, evalCa, audit } from './records.mjs';

const ADMIN_APPS = new Set([APPS.azurePortal.id, APPS.graphCli.id, APPS.exoPs.id]);
const OUTCOME = (code) => (code === 0 || code === 50140 || code === 50125 || code === 50199 ? 'ok'
  : code === 53003 ? 'block53003' : code === 53000 ? 'noncompliant'
    : code === 50074 || code === 50076 || code === 50079 || code === 500121 ? 'mfaPending' : 'fail');

export const MIX = {
  laptop: [[[APPS.office, RES.exo], 3], [[APPS.teams, RES.teams], 3], [[APPS.oneDriveSync, RES.spo], 1.5], [[APPS.office, RES.graph], 1], [[APPS.teams, RES.graph], 0.8]],
  phone: [[[APPS.outlookMobile, RES.exo], 3], [[APPS.teams, RES.teams], 2], [[APPS.outlookMobile, RES.graph], 0.6]],
  web: [[[APPS.teamsWeb, RES.teams], 2], [[APPS.officeHome, RES.portal], 0.6], [[APPS.exo, RES.exo], 1], [[APPS.teamsWeb, RES.graph], 0.8]],
  studentPhone: [[[APPS.teams, RES.teams], 3], [[APPS.teams, RES.graph], 1]],
};

export class Kit {
  constructor(rng, reg) {
    this.rng = rng; this.reg = reg;
    this.inter = []; this.non = []; this.audits = [];
    this.signedIn = new Set();
  }

  needsMfa(p, ipInfo, app) {
    return (p.mfaPolicy && !ipInfo.trusted) || (p.admin && ADMIN_APPS.has(app.id));
  }

  session(p, key, fresh = false) {
    if (fresh || !p.sess[key]) p.sess[key] = { id: this.rng.uuid(), mfa: p.mfa !== 'none' };
    return p.sess[key];
  }

  /** One sign-in row. o: { t, p, app, res, ip | link, dev, ua, client, interactive, code, mfa, method, session, corr, ... , attack } */
  row(o) {
    const t = Math.round(o.t);
    if (t < T0 || t >= T1) return null;
    const ip = o.ip ?? o.link.at(t);
    const ipInfo = this.reg.info(ip);
    if (!o.attack) this.reg.assertHonest(ip, `${o.p.upn} ${new Date(t).toISOString()}`);
    const code = o.code || 0;
    const client = o.client || 'Browser';
    let mfa = o.mfa;
    if (mfa === undefined) {
      const needs = this.needsMfa(o.p, ipInfo, o.app);
      mfa = !needs ? 'none' : o.session?.mfa ? 'claim' : 'none';
    }
    o.p.travelException = o.p.travelFrom !== undefined && t >= o.p.travelFrom;
    const ca = evalCa({ person: o.p, app: o.app, ipInfo, dev: o.dev, client, mfaDone: mfa === 'done' || mfa === 'claim', outcome: OUTCOME(code) });
    if (code === 0 && ca.status === 'failure') throw new Error(`inconsistent: ${o.p.upn} succeeded at ${new Date(t).toISOString()} from ${ip} though CA fails (${o.app.name})`);
    const rec = signIn({ rng: this.rng, t, person: o.p, app: o.app, res: o.res, ip, ipInfo, dev: o.dev, ua: o.ua ?? o.dev?.ua ?? '', client,
      interactive: o.interactive, code, mfa, method: o.method, denyDetail: o.denyDetail, detail: o.detail, session: o.session?.id ?? o.sessionId,
      corr: o.corr, protocol: o.protocol, transfer: o.transfer, incoming: o.incoming, ca, browser: o.browser, primary: o.primary, clientCred: o.clientCred });
    const item = { t, id: rec.id, attack: !!o.attack, user: o.p.id, ip };
    if (o.interactive) {
      item.s = csvRow(rec, o.app.owner || MS_TENANT, o.res.owner || MS_TENANT);
      this.inter.push(item);
    } else {
      delete rec._status;
      item.s = JSON.stringify(rec);
      this.non.push(item);
    }
    if (!o.attack) this.signedIn.add(o.p.id);
    return rec;
  }

  /**
   * An interactive log-in: `fails` wrong passwords first (locked out at the tenth), an MFA prompt
   * when Conditional Access asks for one, sometimes the "Stay signed in?" interrupt. Returns
   * { t, session, locked }.
   */
  login(p, dev, t, lnk, app, res, opt = {}) {
    const rng = this.rng;
    const base = { p, dev, link: lnk, app, res, ua: opt.ua, client: opt.client, interactive: true, attack: opt.attack, browser: opt.browser, primary: opt.primary, protocol: opt.protocol, transfer: opt.transfer, incoming: opt.incoming };
    for (let i = 0; i < (opt.fails || 0); i++) {
      const locked = (opt.priorFails || 0) + i >= 10;
      this.row({ ...base, t, code: locked ? 50053 : 50126, mfa: 'none' });
      t += rng.int(8, 45) * 1000;
      if (locked && i >= (opt.fails || 0) - 1) return { t, locked: true };
    }
    if (opt.lockedOut) return { t, locked: true };
    const key = opt.key || `${dev?.kind || 'x'}:${app.id}`;
    const sess = this.session(p, key, opt.fresh);
    const ipInfo = this.reg.info(opt.ip ?? lnk.at(Math.round(t)));
    const needs = this.needsMfa(p, ipInfo, app);
    const corr = rng.uuid();
    let mfa = 'none';
    if (needs) {
      if (p.mfa === 'claim' || p.partner || (sess.mfa && !opt.fresh && !opt.prompt)) mfa = 'claim';
      else {
        if (rng.chance(opt.interruptP ?? 0.3)) { this.row({ ...base, ip: opt.ip, t, code: 50074, mfa: 'pending', corr, session: sess }); t += rng.int(15, 70) * 1000; }
        if (p.mfa === 'none' && !opt.attack) throw new Error(`${p.upn} has no MFA method but CA asks for one (${app.name})`);
        mfa = 'done'; sess.mfa = true;
      }
    }
    if (rng.chance(opt.kmsi ?? 0)) { this.row({ ...base, ip: opt.ip, t, code: 50140, mfa, method: opt.method || methodOf(p), corr, session: sess }); t += rng.int(3, 12) * 1000; }
    this.row({ ...base, ip: opt.ip, t, code: 0, mfa, method: opt.method || methodOf(p), corr, session: sess });
    return { t: t + rng.int(20, 90) * 1000, session: sess };
  }

  /** Token refreshes (non-interactive) every ~`every` minutes from t0 to t1, apps drawn from `mix`. */
  span(p, dev, t0, t1, lnk, mix, sess, opt = {}) {
    const rng = this.rng;
    let t = t0 + rng.int(1, 25) * 60_000;
    const every = (opt.every || 70) * (opt.attack ? 1 : 2); // honest refresh cadence: a token per app every two hours or so
    while (t < t1) {
      const [app, res] = rng.weighted(mix);
      const ua = opt.ua ?? (dev?.kind === 'laptop' ? (rng.chance(0.7) ? UA.wam : dev.ua) : dev?.ua ?? '');
      const client = opt.client ?? (ua === UA.wam || ua.startsWith('Outlook') || ua.includes('Teams') ? 'Mobile Apps and Desktop clients' : 'Browser');
      this.row({ t, p, dev, link: lnk, app, res, ua, client, interactive: false, session: sess, attack: opt.attack,
        browser: client === 'Browser' ? undefined : dev?.kind === 'laptop' ? 'Rich Client 5.2.0.0' : (dev?.ios ? 'Mobile Safari' : 'Chrome Mobile'),
        incoming: opt.incoming });
      t += every * rng.float(0.55, 1.45) * 60_000;
    }
  }

  /** Windows logon on a managed PC (Windows Sign In, interactive), then PRT-based refreshes. */
  windowsDay(p, dev, t0, t1, lnk, opt = {}) {
    const whfb = p.mfa !== 'none';
    const r = this.login(p, dev, t0, lnk, APPS.winSignIn, RES.aad, { ...opt, key: `win:${dev.id}`, ua: UA.winAad, client: 'Mobile Apps and Desktop clients',
      browser: 'Rich Client 5.2.0.0', primary: whfb ? 'Windows Hello for Business' : 'Password', method: 'Windows Hello for Business', interruptP: 0, incoming: 'none' });
    if (!r.session) return r;
    this.span(p, dev, r.t, t1, lnk, MIX.laptop, r.session, { every: opt.every || 70, incoming: 'primaryRefreshToken', attack: opt.attack });
    return r;
  }

  audit(o, attack = false) {
    const t = Math.round(o.t);
    if (t < T0 || t >= T1) return null;
    if (!attack && o.by?.ip) this.reg.assertHonest(o.by.ip, `audit ${o.activity}`);
    const rec = audit({ rng: this.rng, ...o, t });
    this.audits.push({ t, id: rec.id, attack, s: JSON.stringify(rec) });
    return rec;
  }
}

export function methodOf(p) {
  return p.mfa === 'sms' ? 'Text message' : p.mfa === 'push' ? 'Mobile app notification' : p.mfa === 'claim' ? 'Previously satisfied' : undefined;
}
