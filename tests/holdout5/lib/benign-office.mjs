// Researchers, faculty, administrative staff and IT staff on their own managed laptops: office
// days on campus or at hospital, home-working days, evening e-mail, phones, and Azure Virtual Desktop.
import { makeRng } from './rng.mjs';
import { at, isWeekend, MIN, HOUR, DAYS } from './time.mjs';
import { SITES } from './geo.mjs';
import { poolIp } from './tenant.mjs';
import { emit, refreshes, session } from './sessions.mjs';

const EXTRA_APPS = {
  researcher: [['redcap', null], ['officeHome', 'officeHome'], ['sharepoint', 'spo'], ['canvas', null]],
  office: [['rota', null], ['officeHome', 'officeHome'], ['sharepoint', 'spo'], ['servicenow', null]],
  it: [['servicenow', null], ['officeHome', 'officeHome'], ['sharepoint', 'spo']],
  doctor: [['officeHome', 'officeHome']],
};

export function laptopFirst(u) {
  const d = u.laptop;
  if (d.os === 'Windows10') return { app: 'windowsSignIn', res: 'aad', auth: 'whfb', ua: 'winSignIn' };
  return { app: 'officeHome', res: 'officeHome', auth: 'prev', ua: d.ua };
}

/** One working block on the laptop at a network. */
export function laptopBlock(ctx, r, u, t0, t1, netKey, ip, { extra = r.int(0, 2), firstAuth } = {}) {
  const first = laptopFirst(u);
  if (firstAuth) first.auth = firstAuth;
  const inter = [first];
  const apps = EXTRA_APPS[u.role] ?? EXTRA_APPS.office;
  for (let k = 0; k < extra; k++) {
    const [app, res] = r.pick(apps);
    const a = ctx.app(app);
    inter.push({ app: a, res: res ?? [a[0], a[1]], auth: 'prev', ua: u.laptop.os === 'Windows10' ? u.laptop.ua : u.laptop.ua, client: 'Browser' });
  }
  // spread the extra interactive sign-ins over the block
  const s = session(ctx, r, { user: u, t0, t1, netKey, ip, device: u.laptop, interactive: [inter[0]], refresh: [['teams', 'teamsSvc', 230], ['office', 'exo', 250], ['oneDrive', 'spo', 480]] });
  for (let k = 1; k < inter.length; k++) {
    emit(ctx, r, { t: t0 + r.int(10, Math.max(11, Math.floor((t1 - t0) / MIN) - 5)) * MIN, user: u, ip, netKey, device: u.laptop, interactive: true, sessionId: s.sessionId, ...inter[k] });
  }
  return s;
}

export function phoneBurst(ctx, r, u, t, netKey, ip) {
  refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(10, 40) * MIN, netKey, ip, device: u.phone, refresh: r.chance(0.5) ? [['outlookMobile', 'exo', 55]] : [['teams', 'teamsSvc', 60]] });
}

/** A normal working day at home base (not travelling). */
export function workday(ctx, r, u, day) {
  const site = SITES[u.site];
  const work = u.role === 'researcher' ? site.uni : u.role === 'it' ? (r.chance(0.5) ? 'dc-bgo' : site.hosp) : site.hosp;
  const workNet = u.site === 'ABZ' ? 'uni-abz' : work === 'dc-bgo' && u.site !== 'BGO' ? site.hosp : work;
  const tz = u.tz;
  const home = r.chance(u.role === 'researcher' ? 0.3 : u.role === 'it' ? 0.2 : 0.22);
  const start = at(day, 7, 30, tz) + r.int(0, 120) * MIN;
  const end = at(day, 15, 30, tz) + r.int(0, 180) * MIN;
  if (home) {
    if (u.role === 'office' && r.chance(0.25)) {
      // home working through the Azure Virtual Desktop
      session(ctx, r, { user: u, t0: start, t1: end, netKey: u.homeNet, ip: u.homeIp, device: u.laptop, interactive: [{ app: 'avd', res: 'avd', auth: 'prev', ua: u.laptop.ua }], refresh: [['avd', 'avd', 60]] });
      const host = r.pick(ctx.avdHosts);
      const hip = poolIp(r, 'azure-avd');
      session(ctx, r, { user: u, t0: start + 2 * MIN, t1: end, netKey: 'azure-avd', ip: hip, device: host, interactive: [{ app: 'windowsSignIn', res: 'aad', auth: 'prev', ua: 'winSignIn' }], refresh: [['teams', 'teamsSvc', 80], ['office', 'exo', 90]] });
    } else {
      laptopBlock(ctx, r, u, start, end, u.homeNet, u.homeIp);
    }
  } else {
    const ip = poolIp(r, workNet);
    if (r.chance(0.15)) {
      // morning at home, afternoon on site
      const mid = start + r.int(90, 180) * MIN;
      laptopBlock(ctx, r, u, start, mid, u.homeNet, u.homeIp, { extra: 0 });
      laptopBlock(ctx, r, u, mid + r.int(20, 50) * MIN, end, workNet, ip);
    } else {
      laptopBlock(ctx, r, u, start, end, workNet, ip);
    }
    if (r.chance(0.3)) {
      const nk = r.chance(0.5) ? workNet : u.mobileNet;
      phoneBurst(ctx, r, u, start + r.int(30, 400) * MIN, nk, poolIp(r, nk));
    }
  }
  // commute / evening phone use
  if (r.chance(0.4)) {
    const nk = r.chance(0.5) ? u.mobileNet : u.homeNet;
    phoneBurst(ctx, r, u, end + r.int(10, 300) * MIN, nk, nk === u.homeNet ? u.homeIp : poolIp(r, nk));
  }
  if (r.chance(0.2)) {
    const t = end + r.int(120, 330) * MIN;
    refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(20, 60) * MIN, netKey: u.homeNet, ip: u.homeIp, device: u.laptop, refresh: [['office', 'exo', 30], ['teams', 'teamsSvc', 40]] });
  }
}

export function weekendDay(ctx, r, u, day) {
  if (r.chance(0.35)) {
    const nk = r.chance(0.6) ? u.homeNet : u.mobileNet;
    phoneBurst(ctx, r, u, at(day, r.int(9, 21), r.int(0, 59), u.tz), nk, nk === u.homeNet ? u.homeIp : poolIp(r, nk));
  }
  if (r.chance(u.role === 'researcher' ? 0.2 : 0.08)) {
    const t = at(day, r.int(10, 20), r.int(0, 59), u.tz);
    laptopBlock(ctx, r, u, t, t + r.int(40, 180) * MIN, u.homeNet, u.homeIp, { extra: r.int(0, 1) });
  }
}

/** Phone sign-ins with the occasional interactive re-authentication. */
export function phoneInteractive(ctx, r, u) {
  const site = SITES[u.site];
  for (let day = r.int(0, 4); day < DAYS; day += r.int(3, 7)) {
    if (u.away && u.away(day)) continue;
    const nk = r.chance(0.5) ? u.homeNet : u.mobileNet;
    const viaRelay = u.usesRelay && r.chance(0.5);
    const net = viaRelay ? site.relay : nk;
    emit(ctx, r, { t: at(day, r.int(7, 22), r.int(0, 59), u.tz), user: u, ip: viaRelay ? poolIp(r, site.relay) : nk === u.homeNet ? u.homeIp : poolIp(r, nk), netKey: net,
      device: u.phone, interactive: true, app: viaRelay ? 'officeHome' : r.pick(['outlookMobile', 'teams']), res: viaRelay ? 'officeHome' : r.pick(['exo', 'teamsSvc']),
      auth: r.chance(0.7) ? 'prev' : u.mfa, ua: viaRelay ? 'iphoneSafari' : u.phone.ua });
  }
}

export function office(ctx) {
  const r = makeRng(ctx.seed, 'office');
  for (const u of ctx.users) {
    if (!['researcher', 'office', 'it'].includes(u.role) || u.dormant) continue;
    for (let day = 0; day < DAYS; day++) {
      if (u.away && u.away(day)) continue; // travel module covers these days
      if (u.leave && day >= u.leave[0] && day <= u.leave[1]) continue;
      if (isWeekend(day)) weekendDay(ctx, r, u, day);
      else if (r.chance(0.93)) workday(ctx, r, u, day);
    }
    phoneInteractive(ctx, r, u);
  }
}

export const _h = HOUR;
