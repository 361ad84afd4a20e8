// Everyday sign-ins of people with their own laptop and phone (staff, executives,
// assistants, developers, helpdesk, identity team, contractors), driven by where.mjs.
import { MIN, HOUR } from './rng.mjs';
import { APPS, RES, ENTERPRISE, LAPTOP_REFRESH, PHONE_REFRESH, UA } from './apps.mjs';
import { makeSignIn, LOW_RISK } from './signins.mjs';
import { homeAddr } from './where.mjs';

export const RATE = { lapRefreshMin: 260, phoneRefreshMin: 720, saasPerDay: 0.3, officeHome: 0.3 };
const RICH = 'Rich Client 4.61.0.0';
const MOBILE = 'Mobile Apps and Desktop clients';

/** Poisson arrival times in [t0, t1) with the given mean gap. */
export function arrivals(rng, t0, t1, meanMs) {
  const out = [];
  for (let t = t0 + rng.exp(meanMs); t < t1; t += rng.exp(meanMs)) out.push(t);
  return out;
}
/** A random moment in one of the segments, not before `after`. */
function within(rng, segs, after = 0) {
  const ok = segs.filter((s) => s.t1 > after + 5 * MIN);
  const s = rng.pick(ok.length ? ok : segs);
  const a = Math.max(s.t0, Math.min(after + rng.int(2, 20) * MIN, s.t1));
  return [s, a + rng.next() * (s.t1 - a)];
}

function laptopUa(app, u) {
  const mac = u.laptop?.mac;
  if (app === APPS.teams) return mac ? UA.chromeMac.replace('Safari/537.36', 'Safari/537.36 Teams/24215.1007.3082.1590/49') : UA.teamsDesktop;
  if (app === APPS.office) return mac ? 'Microsoft Office/16.0 (Macintosh; Mac OS X 14.6; Microsoft Outlook 16.88)' : UA.outlookDesktop;
  if (app === APPS.oneDriveSync) return mac ? 'Microsoft SkyDriveSync 24.151.0728.0003 ship; Mac OS X 14.6' : 'Microsoft SkyDriveSync 24.151.0728.0003 ship; Windows NT 10.0 (22631)';
  return mac ? UA.chromeMac : UA.edgeWin;
}

export class Person {
  constructor(ctx, u) {
    this.ctx = ctx;
    this.u = u;
    const r = ctx.root.fork(`person:${u.idx}`);
    this.phoneSession = r.guid();
    this.vmSession = null;
    this.seenTrip = new Set();
  }

  day(d) {
    const { ctx, u } = this;
    const rng = ctx.root.fork(`act:${u.idx}:${d}`);
    const segs = ctx.w.segments(u, d);
    if (u.leaveDay != null && d > u.leaveDay && d <= u.leaveDay + 2 && u.phone) this.disabledPhone(rng, d);
    const lap = segs.filter((s) => s.lap);
    if (lap.length) this.laptop(rng, d, lap);
    const ph = segs.filter((s) => s.phone);
    if (ph.length && u.phone) this.phone(rng, d, ph);
    // Now and then Word on a personal PC at home, which Conditional Access blocks.
    const eve = segs.find((s) => s.mode === 'evening');
    if (eve && u.role !== 'contractor' && rng.chance(0.006)) {
      this.rec(rng, { app: APPS.office, res: RES.sharepoint, client: MOBILE, ua: 'Microsoft Office/16.0 (Windows NT 10.0.19045; Microsoft Word 16.0.17928; Pro)', dev: null, browser: RICH, t: eve.t0 + rng.next() * (eve.t1 - eve.t0), net: eve.phone, interactive: true, code: 53003, auth: 'mfa' });
    }
  }

  rec(rng, o) { return this.ctx.sink.add(makeSignIn(rng, { u: this.u, ...o })); }

  /** An interactive sign-in that asks for a password and second factor, with realistic hiccups. */
  passwordSignIn(rng, t, net, o) {
    const { u } = this;
    const corr = rng.guid();
    if (rng.chance(u.failProne || 0.02)) this.rec(rng, { ...o, t: t - rng.int(20, 90) * 1000, net, interactive: true, code: 50126, auth: 'pwdFail', corr: rng.guid() });
    if (o.newPlace) this.rec(rng, { ...o, t, net, interactive: true, code: 50076, auth: 'pwdOnly', corr });
    else if (rng.chance(0.35)) this.rec(rng, { ...o, t, net, interactive: true, code: 50074, auth: 'pwdOnly', corr });
    if (rng.chance(0.04)) {
      this.rec(rng, { ...o, t: t + 20000, net, interactive: true, code: 500121, auth: rng.chance(0.5) ? 'mfaDenied' : 'mfaTimeout', corr });
      t += 95000;
    }
    if (o.client === 'Browser' && rng.chance(0.45)) this.rec(rng, { ...o, t: t + 25000, net, interactive: true, code: 50140, auth: 'mfa', corr });
    return this.rec(rng, { ...o, t: t + 30000, net, interactive: true, auth: 'mfa', corr });
  }

  laptop(rng, d, segs) {
    const { u, ctx } = this;
    const contractor = u.role === 'contractor';
    const dev = contractor ? null : u.laptop;
    const first = segs[0];
    const t0 = first.t0 + rng.int(1, 15) * MIN;
    const session = rng.guid();
    const newTrip = first.trip && !this.seenTrip.has(first.trip);
    if (newTrip) this.seenTrip.add(first.trip);
    const newPlace = newTrip || (u.ipChangeDay === d && first.mode === 'home');
    const risk = (newTrip && rng.chance(0.25)) || rng.chance(0.002) ? LOW_RISK(rng) : null;
    const browser = dev ? (dev.mac ? dev.browser : 'Edge 128.0.0') : 'Chrome 128.0.0';
    const bUa = dev?.mac ? UA.chromeMac : contractor ? UA.chromeWin : UA.edgeWin;
    const web = { app: APPS.officeHome, res: RES.officeHome, client: 'Browser', ua: bUa, dev, browser, session };
    let mfaSession = true;

    if (u.expiresDay === d) {
      this.rec(rng, { ...web, t: t0 - 3 * MIN, net: first.lap, interactive: true, code: 50055, auth: 'pwd' });
      ctx.hooks.passwordChanged(u, t0 - 2 * MIN, first.lap);
      this.passwordSignIn(rng, t0, first.lap, { ...web, risk });
      this.phoneBroken = true;
    } else if (contractor || dev.mac) {
      if (contractor || rng.chance(0.35) || newPlace) this.passwordSignIn(rng, t0, first.lap, { ...web, risk, newPlace });
      else this.rec(rng, { ...web, t: t0, net: first.lap, interactive: true, auth: 'prt', risk });
      if (contractor && rng.chance(0.06)) {
        this.rec(rng, { app: APPS.office, res: RES.exchange, client: MOBILE, ua: UA.outlookDesktop, dev: null, browser: RICH, t: t0 + rng.int(20, 200) * MIN, net: first.lap, interactive: true, code: 53003, auth: 'mfa', session });
      }
    } else if (u.joinDay === d) {
      this.rec(rng, { app: APPS.windowsSignIn, res: RES.aadGraph, client: MOBILE, ua: UA.winSignIn, dev, browser: RICH, t: t0, net: first.lap, interactive: true, auth: 'tap', session });
      this.rec(rng, { ...web, t: t0 + 2 * MIN, net: first.lap, interactive: true, code: 50072, auth: 'pwd' });
      this.rec(rng, { ...web, app: APPS.mySignins, res: RES.graph, t: t0 + 4 * MIN, net: first.lap, interactive: true, auth: 'tap' });
      ctx.hooks.registered(u, t0 + 9 * MIN, first.lap);
    } else {
      this.rec(rng, { app: APPS.windowsSignIn, res: RES.aadGraph, client: MOBILE, ua: UA.winSignIn, dev, browser: RICH, t: t0, net: first.lap, interactive: true, auth: u.role === 'identity' && rng.chance(0.3) ? 'fido' : 'whfb', session, risk });
      if (rng.chance(RATE.officeHome)) {
        const [s, t] = within(rng, segs, t0);
        this.rec(rng, { ...web, t, net: s.lap, interactive: true, auth: 'prt', incoming: 'primaryRefreshToken' });
      }
    }
    // Enterprise apps by single sign-on; through the VPN gateway when it is up.
    const saas = [ENTERPRISE.workday, ENTERPRISE.servicenow, ENTERPRISE.concur, ENTERPRISE.freightPortal, ENTERPRISE.freightPortal, ENTERPRISE.miro, ENTERPRISE.adobe];
    for (let i = 0, k = rng.chance(RATE.saasPerDay) ? rng.int(1, 2) : 0; i < k; i++) {
      const [s, t] = within(rng, segs, t0);
      const app = rng.pick(saas);
      const net = s.vpn || s.lap;
      this.rec(rng, { ...web, app, res: app.resource, t, net, interactive: true, auth: contractor ? 'refresh' : 'prt', incoming: dev && !dev.mac ? 'primaryRefreshToken' : 'none' });
      if (s.vpn && rng.chance(0.5)) this.rec(rng, { ...web, app, res: app.resource, t: t + rng.int(20, 90) * MIN, net, interactive: false, auth: 'refresh' });
    }
    // Token refreshes of the desktop apps.
    for (const s of segs) {
      for (const t of arrivals(rng, Math.max(s.t0, t0), s.t1, RATE.lapRefreshMin * MIN * (contractor ? 1.6 : 1))) {
        if (contractor) {
          const app = rng.pick([APPS.teamsWeb, APPS.owa, APPS.officeHome]);
          this.rec(rng, { ...web, app, res: app === APPS.owa ? RES.exchange : app === APPS.teamsWeb ? RES.teamsSvc : RES.sharepoint, t, net: s.lap, interactive: false, auth: mfaSession ? 'refresh' : 'refresh1' });
          continue;
        }
        const [app, res] = rng.weighted(LAPTOP_REFRESH.map(([wt, a, r]) => [wt, [a, r]]));
        this.rec(rng, { app, res, client: MOBILE, ua: laptopUa(app, u), dev, browser: RICH, session, t, net: s.lap, interactive: false, auth: 'refresh', incoming: dev.mac ? 'none' : 'primaryRefreshToken' });
      }
    }
    if (u.role === 'developer') this.developer(rng, d, segs, session, t0);
    if (u.role === 'helpdesk' || u.role === 'identity') {
      const [s, t] = within(rng, segs, t0);
      this.rec(rng, { ...web, app: APPS.azurePortal, res: RES.arm, t, net: s.lap, interactive: true, auth: u.role === 'identity' && rng.chance(0.4) ? 'fido' : 'prt', incoming: 'primaryRefreshToken' });
      for (const t2 of arrivals(rng, t, s.t1, 80 * MIN)) this.rec(rng, { ...web, app: APPS.azurePortal, res: rng.chance(0.6) ? RES.graph : RES.arm, t: t2, net: s.lap, interactive: false });
    }
  }

  developer(rng, d, segs, session, t0) {
    const { u } = this;
    const dev = u.laptop;
    const rich = { dev, browser: RICH, session, client: MOBILE, incoming: dev.mac ? 'none' : 'primaryRefreshToken' };
    const tools = { azureCli: [APPS.azureCli, RES.arm, UA.azCli], azurePs: [APPS.azurePs, RES.arm, UA.pwsh], vscode: [APPS.vscode, RES.graph, UA.vscode], graphExplorer: [APPS.graphExplorer, RES.graph, dev.mac ? UA.chromeMac : UA.edgeWin], graphCli: [APPS.graphCli, RES.graph, UA.pwsh] };
    for (const name of u.tools) {
      const [app, res, ua] = tools[name];
      const p = { azureCli: 0.3, azurePs: 0.25, vscode: 0.2, graphExplorer: 0.3, graphCli: 0.2 }[name];
      if (rng.chance(p)) {
        const [s, t] = within(rng, segs, t0);
        const o = name === 'graphExplorer' ? { client: 'Browser', browser: dev.browser } : {};
        this.rec(rng, { ...rich, ...o, app, res, ua, t, net: s.lap, interactive: true, auth: 'prt' });
      }
      if (name === 'graphExplorer') continue;
      for (let i = 0, k = rng.int(0, name === 'azureCli' ? 4 : 2); i < k; i++) {
        const [s, t] = within(rng, segs, t0);
        this.rec(rng, { ...rich, app, res: name === 'azureCli' && rng.chance(0.2) ? RES.keyVault : res, ua, t, net: s.lap, interactive: false, auth: 'refresh' });
      }
    }
    // Device-code logins: from a Linux dev VM in Azure, or a container on the laptop.
    if (u.deviceCode || u.devVm) {
      const work = segs.filter((s) => s.mode === 'office' || s.mode === 'home');
      if (work.length && (this.vmSession === null || rng.chance(0.22))) {
        const [s, t] = within(rng, work, t0);
        this.vmSession = rng.guid();
        this.vmNet = u.devVm || s.lap;
        this.rec(rng, { app: APPS.azureCli, res: RES.arm, client: MOBILE, ua: UA.azCliLinux, dev: null, os: 'Linux', browser: '', t, net: s.lap, interactive: true, auth: rng.chance(0.5) ? 'mfa' : 'prt', protocol: 'deviceCode', transfer: 'deviceCodeFlow', session: this.vmSession });
      }
      if (this.vmSession) {
        for (const s of work) {
          for (const t of arrivals(rng, Math.max(s.t0, t0), s.t1, 110 * MIN)) {
            this.rec(rng, { app: APPS.azureCli, res: rng.chance(0.8) ? RES.arm : RES.graph, client: MOBILE, ua: UA.azCliLinux, dev: null, os: 'Linux', browser: '', t, net: u.devVm || s.lap, interactive: false, auth: 'refresh', transfer: 'deviceCodeFlow', session: this.vmSession });
          }
        }
      }
    }
  }

  phone(rng, d, segs) {
    const { u } = this;
    const dev = u.phone;
    const ua = dev.ios ? UA.outlookIos : UA.outlookAndroid;
    const base = { dev, browser: dev.browser, client: MOBILE, ua };
    let broken = this.phoneBroken;
    let before = null, reauthAt = -Infinity;
    if (u.phoneReauth?.includes(d) || broken) {
      const s = broken ? segs[segs.length - 1] : segs[0];
      const t = s.t0 + rng.int(2, 40) * MIN;
      if (broken) for (let i = 0; i < rng.int(2, 4); i++) this.rec(rng, { ...base, app: APPS.outlookMobile, res: RES.exchange, t: t - rng.int(5, 200) * MIN, net: s.phone, interactive: false, code: 50133, auth: 'refresh', session: this.phoneSession });
      before = this.phoneSession;
      reauthAt = t;
      this.phoneSession = rng.guid();
      if (rng.chance(0.5) && !broken) this.rec(rng, { ...base, app: APPS.outlookMobile, res: RES.exchange, t, net: s.phone, interactive: true, auth: 'prt', session: this.phoneSession });
      else this.passwordSignIn(rng, t, s.phone, { ...base, app: APPS.outlookMobile, res: RES.exchange, session: this.phoneSession });
      this.phoneBroken = broken = false;
    }
    for (const s of segs) {
      for (const t of arrivals(rng, s.t0, s.t1, RATE.phoneRefreshMin * MIN)) {
        const [app, res] = rng.weighted(PHONE_REFRESH.map(([wt, a, r]) => [wt, [a, r]]));
        this.rec(rng, { ...base, app, res, t, net: s.phone, interactive: false, auth: 'refresh', session: t < reauthAt ? before : this.phoneSession });
      }
      if (u.ipad && s.mode === 'evening' && rng.chance(0.5)) {
        this.rec(rng, { dev: u.ipad, browser: 'Rich Client 4.58.0', client: MOBILE, ua: UA.ipad, app: APPS.outlookMobile, res: RES.exchange, t: s.t0 + rng.next() * (s.t1 - s.t0), net: s.phone, interactive: false, auth: 'refresh', session: this.phoneSession });
      }
    }
  }

  disabledPhone(rng, d) {
    const { u, ctx } = this;
    const net = homeAddr(rng, u, d);
    for (let i = 0, k = rng.int(1, 4); i < k; i++) {
      const t = ctx.w.T(u, d, rng.float(8, 22));
      this.rec(rng, { dev: u.phone, browser: u.phone.browser, client: MOBILE, ua: u.phone.ios ? UA.outlookIos : UA.outlookAndroid, app: APPS.outlookMobile, res: RES.exchange, t, net, interactive: false, code: 50057, auth: 'none', session: this.phoneSession });
    }
  }
}
