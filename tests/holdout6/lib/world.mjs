// The world the routines write into: clock, places, device profiles, and the emit helpers.
import { signin, PLANTED } from './record.mjs';
import { tzOf } from './geo.mjs';
import { net } from './networks.mjs';
import { APPS, RES, UA } from './catalog.mjs';

export const HOUR = 3_600_000, DAY = 24 * HOUR, MIN = 60_000;
export const T0 = Date.UTC(2026, 0, 12);          // Monday 12 January 2026 00:00 UTC
export const DAYS = 14;
export const T1 = T0 + DAYS * DAY;

export class World {
  constructor(rng, ten) {
    this.rng = rng; this.tenant = ten.tenant; this.users = ten.users; this.admins = ten.admins;
    this.I = []; this.N = []; this.A = [];
    this.byUpn = new Map(this.users.map((u) => [u.upn, u]));
  }
  /** UTC ms of local hour h on window day d in city's time zone. */
  at(d, h, city) { return T0 + d * DAY + (h - tzOf(city)) * HOUR; }
  localHour(t, city) { return ((((t - T0) / HOUR + tzOf(city)) % 24) + 24) % 24; }
  dow(d) { return (d % 7); } // 0 = Monday
  weekend(d) { return d % 7 >= 5; }
  place(netKey, idx = 0) {
    const n = net(netKey);
    return { net: n, ip: n.ip(idx), asn: n.asn, named: n.kind === 'corp' || n.key.startsWith('sita') ? (n.kind === 'corp' ? 'BP corporate egress' : 'SITA airport common-use') : null };
  }
  home(u) { return this.place(u.homeNet, u.homeIpIdx); }
  mobile(u, d = 0) { return this.place(u.mobileNet, u.mobileIdx + Math.floor(d / 2) * 7919 + this.rng.int(0, 3)); }
  /** Emit one sign-in. u: user; t: ms; p: place; prof: device profile; o: app/auth options. */
  emit(u, t, p, prof, o) {
    if (t < T0 || t >= T1) return null;
    const c = { tenant: this.tenant, user: u, t: Math.floor(t / 1000) * 1000, net: p.net, ip: p.ip, asn: p.asn, named: p.named, ...prof, ...o };
    if (!c.res) c.res = RES.graph;
    if (!c.ca) c.ca = defaultCa(u, c);
    const rec = signin(this.rng, c);
    (c.interactive ? this.I : this.N).push(rec);
    return rec;
  }
  planted(rec) { if (rec) rec[PLANTED] = true; return rec; }
}

function defaultCa(u, c) {
  const code = c.code || 0;
  if ([50126, 50053, 50057, 50034, 50055].includes(code)) return [];
  if (c.client === 'Authenticated SMTP' || c.client === 'IMAP4' || c.client === 'POP3' || c.client === 'Exchange ActiveSync') return [['legacy', code === 53003 ? 'failure' : 'notApplied']];
  if (c.auth === 'pwd' && !c.mfaReq) return [['mfaAll', 'notApplied']];
  if (u.userType === 'guest') return [['guests', code === 0 ? 'success' : 'failure'], ['mfaAll', 'notApplied']];
  const r = code === 0 ? 'success' : code === 53003 || code === 53000 ? 'failure' : 'notApplied';
  const list = [['mfaAll', code === 53003 ? 'notApplied' : r]];
  if (u.role === 'admin') list.push(['admins', r]);
  if (c.crewTablet) list.push(['crewSif', code === 70044 ? 'failure' : r]);
  return list;
}

/** Device profiles: what a sign-in from this device looks like. */
export const PROF = {
  winApp: (dev) => ({ dev, os: 'Windows10', browser: 'Rich Client 5.2.8.0', ua: UA.winDesktop, client: 'Mobile Apps and Desktop clients', incoming: 'primaryRefreshToken' }),
  winEdge: (dev) => ({ dev, os: 'Windows10', browser: 'Edge 143.0.0', ua: UA.winEdge, client: 'Browser', incoming: dev && dev.id ? 'primaryRefreshToken' : 'none' }),
  winChrome: (dev) => ({ dev, os: 'Windows10', browser: 'Chrome 143.0.0', ua: UA.winChrome, client: 'Browser' }),
  teamsDesk: (dev) => ({ dev, os: 'Windows10', browser: 'Rich Client 5.2.8.0', ua: UA.teamsDesktop, client: 'Mobile Apps and Desktop clients', incoming: 'primaryRefreshToken' }),
  macSafari: (dev) => ({ dev, os: 'MacOs', browser: 'Safari 26.1', ua: UA.macSafari, client: 'Browser' }),
  macChrome: (dev) => ({ dev, os: 'MacOs', browser: 'Chrome 143.0.0', ua: UA.macChrome, client: 'Browser' }),
  ipadApp: (dev) => ({ dev, os: 'Ios', browser: 'Rich Client 1.6.3', ua: UA.iosMsal, client: 'Mobile Apps and Desktop clients', crewTablet: true }),
  ipadSafari: (dev) => ({ dev, os: 'Ios', browser: 'Mobile Safari 18.7', ua: UA.ipadSafari, client: 'Browser', crewTablet: true }),
  phoneApp: (u) => ({ dev: u.phoneDev, os: u.phoneOs, browser: u.phoneOs === 'Ios' ? 'Rich Client 1.6.3' : 'Rich Client 5.8.0', ua: u.phoneOs === 'Ios' ? UA.iphoneMsal : UA.androidMsal, client: 'Mobile Apps and Desktop clients' }),
  phoneWeb: (u) => ({ dev: u.phoneDev, os: u.phoneOs, browser: u.phoneOs === 'Ios' ? 'Mobile Safari 18.7' : 'Chrome Mobile 143.0.0', ua: u.phoneOs === 'Ios' ? UA.iphoneSafari : UA.androidChrome, client: 'Browser' }),
  zebra: (dev) => ({ dev, os: 'Android', browser: 'Rich Client 5.8.0', ua: UA.zebra, client: 'Mobile Apps and Desktop clients' }),
  avd: (mac) => ({ dev: null, os: mac ? 'MacOs' : 'Windows10', browser: 'Rich Client 2.0.640', ua: mac ? UA.avdMac : UA.avdWin, client: 'Mobile Apps and Desktop clients' }),
};

/** Apps grouped for the background token refreshes of each device type. */
export const REFRESH = {
  win: [[5, [APPS.teams, RES.teamsSvc]], [4, [APPS.office, RES.exo]], [2, [APPS.oneDrive, RES.spo]], [2, [APPS.edge, RES.graph]], [1, [APPS.office, RES.substrate]]],
  phone: [[5, [APPS.outlookMobile, RES.exo]], [3, [APPS.teams, RES.teamsSvc]], [1, [APPS.authenticator, RES.graph]]],
};
