// Sign-ins of people on shared devices (call centre, warehouse), guests, automation
// accounts, meeting rooms, and a few legitimate-but-odd integrations.
import { MIN, HOUR, DAY } from './rng.mjs';
import { APPS, RES, ENTERPRISE, UA } from './apps.mjs';
import { makeSignIn } from './signins.mjs';
import { OFFICES, addr, blockAddr } from './places.mjs';
import { OFFICE_TZ } from './people.mjs';
import { officeAddr } from './where.mjs';
import { employed } from './habits.mjs';
import { arrivals } from './benign.mjs';

const MOBILE = 'Mobile Apps and Desktop clients';
const CC_IP = '81.145.206.9/32';

export class Others {
  constructor(ctx, shared) {
    this.ctx = ctx;
    this.shared = shared;
    const r = ctx.root.fork('others');
    this.vm = addr(r, 'azure_weu');
    this.hrVm = addr(r, 'azure_weu');
    this.sessions = new Map();
    this.awsPool = Array.from({ length: 6 }, () => addr(r, 'aws_use1'));
    this.rooms = new Map();
  }
  rec(rng, u, o) { return this.ctx.sink.add(makeSignIn(rng, { u, ...o })); }
  session(u) {
    if (!this.sessions.has(u.idx)) this.sessions.set(u.idx, this.ctx.root.fork(`sess:${u.idx}`).guid());
    return this.sessions.get(u.idx);
  }

  /** Shared-device shift worker: password at the start of the shift, refreshes until the end. */
  shiftDay(u, d) {
    const { w, hooks } = this.ctx;
    if (!employed(u, d)) return;
    const dow = w.dow(d);
    const cc = u.role === 'callcentre';
    if (cc ? dow === u.offDow || dow === (u.offDow + 1) % 7 : dow === 0 || (dow === 6 && !u.saturday)) return;
    const rng = this.ctx.root.fork(`shift:${u.idx}:${d}`);
    const t0 = w.T(u, d, u.shift + rng.normal(-0.15, 0.08));
    const t1 = t0 + rng.float(7.8, 8.4) * HOUR;
    const dev = cc ? rng.pick(this.shared.kiosks) : rng.pick(this.shared.tablets[u.office]);
    const net = cc ? blockAddr(rng, OFFICES.MAN.egress, CC_IP, 'manchester') : officeAddr(rng, u.office);
    const session = rng.guid();
    const login = cc
      ? { app: APPS.windowsSignIn, res: RES.aadGraph, client: MOBILE, ua: UA.winSignIn, browser: 'Rich Client 4.61.0.0' }
      : { app: APPS.teams, res: RES.teamsSvc, client: MOBILE, ua: UA.tabletAndroid, browser: 'Rich Client 4.58.0' };
    let t = t0;
    if (u.expiresDay === d) {
      this.rec(rng, u, { ...login, dev, t: t - 4 * MIN, net, interactive: true, code: 50055, auth: 'pwd' });
      hooks.passwordChanged(u, t - 3 * MIN, net);
    } else if (rng.chance(u.failProne)) {
      const k = rng.weighted([[6, 1], [3, 2], [1, 3]]);
      for (let i = 0; i < k; i++) this.rec(rng, u, { ...login, dev, t: t - (k - i) * rng.int(15, 50) * 1000, net, interactive: true, code: 50126, auth: 'pwdFail' });
      if (k === 3 && rng.chance(0.5)) {
        this.rec(rng, u, { ...login, dev, t: t + 10000, net, interactive: true, code: 50053, auth: 'none' });
        t += rng.int(18, 40) * MIN;
        hooks.helpdeskReset(u, t - 5 * MIN);
      }
    }
    this.rec(rng, u, { ...login, dev, t, net, interactive: true, auth: 'pwd', session });
    const app2 = cc ? ENTERPRISE.genesys : ENTERPRISE.warehouse;
    this.rec(rng, u, { app: app2, res: app2.resource, client: cc ? 'Browser' : MOBILE, ua: cc ? UA.edgeWin : UA.tabletAndroid, browser: cc ? 'Edge 128.0.0' : 'Rich Client 4.58.0', dev, t: t + rng.int(1, 6) * MIN, net, interactive: true, auth: 'refresh1', incoming: cc ? 'primaryRefreshToken' : 'none', session });
    for (const tt of arrivals(rng, t + 10 * MIN, t1, (cc ? 95 : 110) * MIN)) {
      const [app, res] = rng.chance(0.65) ? [APPS.teams, RES.teamsSvc] : [app2, app2.resource];
      this.rec(rng, u, { app, res, client: MOBILE, ua: cc ? UA.teamsDesktop : UA.tabletAndroid, browser: cc ? 'Rich Client 4.61.0.0' : 'Rich Client 4.58.0', dev, t: tt, net, interactive: false, auth: 'refresh1', session });
    }
  }

  guestDay(u, d) {
    const { w } = this.ctx;
    const dow = w.dow(d);
    const rng = this.ctx.root.fork(`guest:${u.idx}:${d}`);
    if (dow === 0 || dow === 6 || !rng.chance(0.3)) return;
    const t = w.T(u, d, rng.float(9, 16.5));
    const session = rng.guid();
    const [app, res] = rng.pick([[{ id: RES.sharepoint.id, name: 'Office 365 SharePoint Online' }, RES.sharepoint], [APPS.teamsWeb, RES.teamsSvc], [APPS.officeHome, RES.officeHome]]);
    const web = { app, res, client: 'Browser', ua: UA.chromeWin, browser: 'Chrome 128.0.0', dev: null, net: u.home, session };
    this.rec(rng, u, { ...web, t, interactive: true, auth: 'external' });
    for (let i = 0, k = rng.int(0, 3); i < k; i++) this.rec(rng, u, { ...web, t: t + rng.int(10, 150) * MIN, interactive: false, auth: 'external' });
  }

  /** Integrations and automation that run every day. */
  serviceDay(u, d) {
    const { w } = this.ctx;
    const rng = this.ctx.root.fork(`svc:${u.idx}:${d}`);
    u.tz ??= OFFICE_TZ[u.office];
    const day0 = w.start + d * DAY;
    const every = (minutes, fn, h0 = 0, h1 = 24) => {
      for (const t of arrivals(rng, w.T(u, d, h0), w.T(u, d, h1), minutes * MIN)) fn(t);
    };
    const none = { dev: null, os: '', browser: '' };
    const session = this.session(u);
    const weekday = ![0, 6].includes(w.dow(d));
    switch (u.kind) {
      case 'ropc':
        for (let h = 0; h < 24; h++) this.rec(rng, u, { ...none, app: APPS.powerBi, res: RES.powerBi, client: MOBILE, ua: '', t: day0 + h * HOUR + rng.int(60, 240) * 1000, net: this.vm, interactive: true, auth: 'pwd', protocol: 'ropc', ca: 'notApplied' });
        break;
      case 'backup':
        every(75, (t) => this.rec(rng, u, { ...none, app: ENTERPRISE.veeam, res: rng.chance(0.5) ? RES.exchange : RES.sharepoint, client: MOBILE, ua: UA.veeam, t, net: officeAddr(rng, 'RTM'), interactive: false, auth: 'refresh1', session }));
        break;
      case 'runbook': {
        const vm = u.upn.startsWith('svc-hr') ? this.hrVm : this.vm;
        const app = u.upn.startsWith('svc-hr') ? APPS.azurePs : APPS.graphCli;
        this.rec(rng, u, { ...none, app, res: RES.graph, client: MOBILE, ua: UA.pwsh, t: day0 + 2 * HOUR + rng.int(0, 300) * 1000, net: vm, interactive: true, auth: 'pwd', protocol: 'ropc', ca: 'notApplied', session });
        every(130, (t) => this.rec(rng, u, { ...none, app, res: RES.graph, client: MOBILE, ua: UA.pwsh, t, net: vm, interactive: false, auth: 'refresh1', session }));
        break;
      }
      case 'smtp':
        if (!weekday) break;
        for (const code of ['RTM', 'HAM', 'MAN', 'HOU', 'SIN']) {
          const net = officeAddr(rng, code);
          for (const t of arrivals(rng, w.T({ tz: OFFICE_TZ[code] }, d, 8), w.T({ tz: OFFICE_TZ[code] }, d, 17.5), 55 * MIN)) {
            this.rec(rng, u, { ...none, app: APPS.exchange, res: RES.exchange, client: 'Authenticated SMTP', ua: '', t, net, interactive: true, auth: 'pwd', ca: 'notApplied' });
          }
        }
        break;
      case 'imap':
        every(35, (t) => this.rec(rng, u, { ...none, app: APPS.exchange, res: RES.exchange, client: 'IMAP4', ua: '', t, net: officeAddr(rng, 'HOU'), interactive: true, auth: 'pwd', ca: 'notApplied' }));
        break;
      case 'room': {
        if (!this.rooms.has(u.idx)) this.rooms.set(u.idx, { id: this.ctx.root.fork(`room:${u.idx}`).guid(), name: `KF-${u.office}-MTR-01`, os: 'Windows10', browser: 'Rich Client 4.61.0.0', compliant: true, managed: true, trust: 'Azure AD joined' });
        const dev = this.rooms.get(u.idx);
        const net = officeAddr(rng, u.office);
        this.rec(rng, u, { dev, app: APPS.teams, res: RES.teamsSvc, client: MOBILE, ua: UA.teamsRoom, t: w.T(u, d, 2.5 + rng.float(0, 0.3)), net, interactive: true, auth: 'pwd', session });
        if (weekday) every(100, (t) => this.rec(rng, u, { dev, app: APPS.teams, res: rng.chance(0.7) ? RES.teamsSvc : RES.exchange, client: MOBILE, ua: UA.teamsRoom, t, net, interactive: false, auth: 'refresh1', session }), 7, 19);
        break;
      }
    }
  }

  /** Legitimate odd set-ups attached to ordinary people. */
  extrasDay(u, d) {
    const { w } = this.ctx;
    if (!employed(u, d)) return;
    const rng = this.ctx.root.fork(`extra:${u.idx}:${d}`);
    if (u.calendly) {
      const net = this.awsPool[u.idx % this.awsPool.length];
      for (const t of arrivals(rng, w.start + d * DAY, w.start + (d + 1) * DAY, 290 * MIN)) {
        this.rec(rng, u, { dev: null, os: '', browser: '', app: ENTERPRISE.calendly, res: RES.graph, client: MOBILE, ua: UA.calendlyServer, t, net, interactive: false, auth: 'refresh', session: this.session(u) });
      }
    }
    if (u.legacyImap && ![0, 6].includes(w.dow(d))) {
      const net = officeAddr(rng, 'HOU');
      for (const t of arrivals(rng, w.T(u, d, 7), w.T(u, d, 16), 70 * MIN)) {
        this.rec(rng, u, { dev: null, os: '', browser: '', app: APPS.exchange, res: RES.exchange, client: 'IMAP4', ua: '', t, net, interactive: true, auth: 'pwd', ca: 'notApplied' });
      }
    }
  }
}
