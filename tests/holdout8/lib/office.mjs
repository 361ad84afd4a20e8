// Office staff, executives, guests: working days on the laptop, the phone all day, browser SaaS.
import { APPS, RES, UA } from './apps.mjs';
import { place } from './world.mjs';
import { DAYS, HOUR, MIN, PAIRS } from './emit.mjs';
import { local, locAt, stayEnd } from './travel.mjs';

const stable = (E, r, u, net, key) => {
  u._addr ||= {};
  const k = net + '|' + key;
  return (u._addr[k] ||= E.addr(net, r, key));
};
/** Mobile carriers hand out a fresh CGNAT address per burst; home and office addresses are stable. */
function addrFor(E, r, u, net, key) {
  if (net === 'roam') net = u.mobNet;
  if (/_mob$|vodacom|mtn_za|jio/.test(net)) return E.addr(net, r, key);
  return stable(E, r, u, net, key);
}

function phoneBurst(E, r, u, t, span, gap) {
  const loc = locAt(u, t); if (!loc) return;
  const net = loc.home ? (r.chance(0.55) ? u.mobNet : u.homeNet) : (r.chance(0.5) ? 'roam' : loc.net);
  const addr = addrFor(E, r, u, net, loc.key);
  u._phoneSid ||= r.uuid();
  const dev = u.phone;
  E.refresh(r, { user: u, addr, dev, ua: UA[dev.ua], sessionId: u._phoneSid, mfaClaim: true, authReq: 'multiFactorAuthentication' }, t, Math.min(t + span, stayEnd(u, t)), gap, PAIRS.phone);
}

export function officeUser(E, r, u) {
  const tzKey = u.homeKey;
  for (let d = 0; d < DAYS; d++) {
    const dow = d % 7, weekend = dow >= 5;
    const noon = locAt(u, local(d, 12, tzKey)) || locAt(u, local(d, 20, tzKey)) || { key: u.homeKey, home: true };
    const k = noon.key;
    if (u.onLeave && !noon.home) {
      if (r.chance(0.6)) phoneBurst(E, r, u, local(d, r.float(8, 21), k), r.float(0.2, 1.5) * HOUR, 25);
      continue;
    }
    if (weekend || (u.kind !== 'exec' && r.chance(0.04))) {
      if (r.chance(0.45)) phoneBurst(E, r, u, local(d, r.float(8, 21), k), r.float(0.2, 1) * HOUR, 30);
      continue;
    }
    const start = local(d, r.float(6.8, 9.2), k), end = start + r.float(7.5, 10) * HOUR;
    const atOffice = noon.home && !r.chance(u.wfh);
    const week = Math.floor(d / 7);
    // the laptop: Windows logon (PRT), then silent refreshes, in blocks so travel days split cleanly
    for (let b = start; b < end; b += 3 * HOUR) {
      const loc = locAt(u, b); if (!loc) continue;
      const net = loc.home ? (atOffice ? u.officeNet : u.homeNet) : (loc.transit ? 'roam' : loc.net);
      const addr = addrFor(E, r, u, net, loc.key);
      const sid = (u._lapSid ||= {})[week] ||= r.uuid();
      const dev = u.laptop;
      if (b === start) {
        E.login(r, { t: b, user: u, app: APPS.windowsSignIn, res: RES.drs, addr, dev, ua: UA.wam, clientApp: 'Mobile Apps and Desktop clients', sso: true, needMfa: false, sessionId: sid, incoming: 'primaryRefreshToken' });
      }
      E.refresh(r, { user: u, addr, dev, ua: UA.wam, sessionId: sid, incoming: 'primaryRefreshToken', mfaClaim: true, authReq: 'multiFactorAuthentication' },
        b, Math.min(b + 3 * HOUR, end, stayEnd(u, b)), u.engineer ? 150 : 190, u.engineer ? PAIRS.engineer : PAIRS.desktop);
      // browser SaaS through the PRT (SSO) now and then
      const tS = b + r.int(10, 150) * MIN;
      if (r.chance(0.45) && tS < Math.min(end, stayEnd(u, b))) {
        const app = r.pick(u.engineer ? ['projectwise', 'aveva', 'azurePortal', 'officeHome', 'sap'] : ['officeHome', 'sap', 'concur', 'successfactors', 'servicenow', 'owa']);
        const res = app === 'azurePortal' ? RES.arm : app === 'officeHome' || app === 'owa' ? RES.exo : RES[app];
        E.login(r, { t: tS, user: u, app: APPS[app], res, addr, dev, ua: UA.winEdge, clientApp: 'Browser', sso: true, needMfa: app === 'azurePortal' || !loc.home, sessionId: sid });
      }
    }
    // the phone: commute, lunch, evening
    for (const h of [7.2, 12.5, 19.5]) if (r.chance(0.55)) phoneBurst(E, r, u, local(d, h + r.float(-0.5, 0.8), k), r.float(0.3, 1.0) * HOUR, 60);
    // once a fortnight or so: a fresh interactive sign-in on the phone (token lifetime / app update)
    if (r.chance(0.07)) {
      const loc = locAt(u, start - HOUR);
      if (loc) E.login(r, { t: start - HOUR, user: u, app: APPS.outlookMobile, res: RES.exo, addr: addrFor(E, r, u, loc.home ? u.mobNet : 'roam', loc.key), dev: u.phone, ua: UA[u.phone.ua], clientApp: 'Mobile Apps and Desktop clients', needMfa: true, sessionId: (u._phoneSid ||= r.uuid()), newPlace: !loc.home });
    }
    // honest friction: a personal PC at home blocked by the compliant-device policy, an expired password
    if (!atOffice && r.chance(0.012)) {
      E.add({ t: start + 4 * HOUR, user: u, interactive: true, app: APPS.officeHome, res: RES.exo, addr: addrFor(E, r, u, u.homeNet, u.homeKey), dev: { os: 'Windows 10', browser: 'Chrome 138.0.0' }, ua: UA.winChrome, err: 53000, sessionId: r.uuid() });
    }
    if (r.chance(0.004)) E.login(r, { t: start + 2 * HOUR, user: u, app: APPS.officeHome, res: RES.exo, addr: addrFor(E, r, u, atOffice ? u.officeNet : u.homeNet, u.homeKey), dev: u.laptop, ua: UA.winEdge, expired: true, needMfa: true });
  }
}

export function guestUser(E, r, u) {
  for (let d = 0; d < DAYS; d++) {
    if (d % 7 >= 5 || !r.chance(0.45)) continue;
    const t = local(d, r.float(8, 17), u.homeKey);
    const net = r.chance(0.75) ? u.officeNet : u.homeNet;
    const addr = stable(E, r, u, net, u.homeKey);
    const dev = { os: r.chance(0.8) ? 'Windows 10' : 'MacOs', browser: 'Edge 138.0.0' };
    const app = r.pick(['teams', 'officeHome', 'projectwise']);
    const sid = E.login(r, { t, user: u, app: APPS[app], res: app === 'teams' ? RES.teamsSvc : app === 'officeHome' ? RES.spo : RES.projectwise, addr, dev, ua: UA.winEdge, clientApp: 'Browser', needMfa: true, sso: r.chance(0.8), typo: 0.03 });
    E.refresh(r, { user: u, addr, dev, ua: UA.winEdge, sessionId: sid, mfaClaim: true, authReq: 'multiFactorAuthentication' }, t, t + r.float(0.5, 3) * HOUR, 40, [['teams', 'teamsSvc'], ['officeHome', 'spo']]);
  }
}

export { addrFor, phoneBurst, stable };
