// Site workers (FIFO rosters, crib-room kiosks, camp Starlink), the outsourcer's NOC/service desk,
// service accounts and the site scanners that still send mail over SMTP AUTH.
import { APPS, RES, UA } from './apps.mjs';
import { DAYS, HOUR, MIN, PAIRS } from './emit.mjs';
import { local, flightMs } from './travel.mjs';
import { addrFor, stable } from './office.mjs';

function kioskShift(E, r, u, site, d, startH) {
  const addr = stable(E, r, site, site.siteNet, site.siteKey);
  const dev = site.kioskDevs[r.chance(0.8) ? u.kiosk : r.int(0, site.kioskDevs.length - 1)];
  for (const off of [0, r.chance(0.35) ? r.float(5, 7) : null]) {
    if (off === null) continue;
    const t = local(d, startH + off + r.float(-0.3, 0.3), site.siteKey);
    const sid = E.login(r, { t, user: u, app: APPS.roster, res: RES.roster, addr, dev, ua: UA.winChrome, clientApp: 'Browser', needMfa: false, typo: 0.07, ca: 'success' });
    E.refresh(r, { user: u, addr, dev, ua: UA.winChrome, sessionId: sid }, t, t + r.float(8, 20) * MIN, 9, PAIRS.kiosk);
  }
}

function campPhone(E, r, u, site, t, span) {
  const net = r.chance(0.8) ? site.camp : u.mobNet;
  const addr = net === site.camp ? stable(E, r, { _addr: (site._campAddr ||= {}) }, net, site.siteKey) : addrFor(E, r, u, net, site.siteKey);
  u._phoneSid ||= r.uuid();
  E.refresh(r, { user: u, addr, dev: u.phone, ua: UA[u.phone.ua], sessionId: u._phoneSid, mfaClaim: true, authReq: 'multiFactorAuthentication' }, t, t + span, 50, PAIRS.phone);
}

export function fifoUser(E, r, u, sites) {
  const site = sites[u.site], on = site.on;
  const interstate = site.siteKey === 'newman' && u.homeKey !== 'perth';
  const port = { newman: 'perth', moranbah: 'brisbane', calama: u.homeKey === 'laserena' ? 'laserena' : 'santiago' }[site.siteKey];
  for (let d = 0; d < DAYS; d++) {
    const k = (d - u.phase + 14) % 14, onSite = k < on;
    if (!onSite) {
      // days off at home: a little phone use; the odd kiosk-less roster check from home
      if (r.chance(0.45)) {
        const t = local(d, k === on && u.night ? r.float(15, 20) : r.float(9, 20), u.homeKey);
        const net = r.chance(0.6) ? u.homeNet : u.mobNet;
        u._phoneSid ||= r.uuid();
        E.refresh(r, { user: u, addr: addrFor(E, r, u, net, u.homeKey), dev: u.phone, ua: UA[u.phone.ua], sessionId: u._phoneSid, mfaClaim: true, authReq: 'multiFactorAuthentication' }, t, t + r.float(0.2, 1) * HOUR, 30, PAIRS.phone);
      }
      if (k === 13 && interstate && r.chance(0.6)) {
        // flying to Perth the evening before the swing: phone on the carrier at the home airport, then Perth
        const dep = local(d, 14.5, u.homeKey);
        campPhone(E, r, u, { camp: u.mobNet, siteKey: u.homeKey }, dep - 1.5 * HOUR, HOUR);
        const arr = dep + flightMs(u.homeKey, 'perth');
        E.refresh(r, { user: u, addr: addrFor(E, r, u, u.mobNet, 'perth'), dev: u.phone, ua: UA[u.phone.ua], sessionId: u._phoneSid, mfaClaim: true }, arr + 0.5 * HOUR, arr + 2 * HOUR, 30, PAIRS.phone);
      }
      continue;
    }
    const shiftH = u.night ? 17.5 : 5.5;
    if (k === 0) {
      // swing in: early charter from the port (or the drive-in), phone at the airport before boarding
      const dep = local(d, 5.5, port);
      if (u.homeKey === port || interstate) campPhone(E, r, u, { camp: u.mobNet, siteKey: port }, dep - 1.2 * HOUR, 0.6 * HOUR);
      if (!u.night) { kioskShift(E, r, u, site, d, Math.max(shiftH, (dep + flightMs(port, site.siteKey) - local(d, 0, site.siteKey)) / HOUR + 1.5)); }
    }
    if (k > 0 || u.night) kioskShift(E, r, u, site, d, shiftH);
    if (k === on - 1 && !u.night) {
      // swing out: short shift, afternoon charter home, phone at home that evening
      let arr = local(d, 14, site.siteKey) + flightMs(site.siteKey, port);
      if (interstate) arr += 1.5 * HOUR + flightMs('perth', u.homeKey);
      const t = arr + r.float(1.5, 3) * HOUR;
      E.refresh(r, { user: u, addr: addrFor(E, r, u, r.chance(0.5) ? u.homeNet : u.mobNet, u.homeKey), dev: u.phone, ua: UA[u.phone.ua], sessionId: (u._phoneSid ||= r.uuid()), mfaClaim: true }, t, t + HOUR, 25, PAIRS.phone);
      continue;
    }
    // camp evenings (day shift) or mornings (night shift) on the phone
    if (r.chance(0.8)) campPhone(E, r, u, site, local(d, u.night ? 7.5 : 19, site.siteKey) + r.float(0, 2) * HOUR, r.float(0.5, 2) * HOUR);
    // supervisors: laptop in the site office during the shift
    if (u.laptop) {
      const t = local(d, shiftH + 0.6, site.siteKey), addr = stable(E, r, site, site.siteNet, site.siteKey);
      const sid = E.login(r, { t, user: u, app: APPS.windowsSignIn, res: RES.drs, addr, dev: u.laptop, ua: UA.wam, clientApp: 'Mobile Apps and Desktop clients', sso: true, sessionId: r.uuid(), incoming: 'primaryRefreshToken' });
      E.refresh(r, { user: u, addr, dev: u.laptop, ua: UA.wam, sessionId: sid, incoming: 'primaryRefreshToken', mfaClaim: true, authReq: 'multiFactorAuthentication' }, t, t + 10 * HOUR, 150, [...PAIRS.desktop, ['fleet', 'fleet'], ['aveva', 'aveva']]);
    }
  }
}

export function residentUser(E, r, u, sites) {
  const site = sites.rustenburg;
  for (let d = 0; d < DAYS; d++) {
    if (d % 7 === 6 || (d % 7 === 5 && r.chance(0.5))) continue;
    kioskShift(E, r, u, site, d, u.night ? 21.5 : 5.5);
    if (r.chance(0.5)) {
      u._phoneSid ||= r.uuid();
      const t = local(d, u.night ? 12 : 18.5, u.homeKey);
      E.refresh(r, { user: u, addr: addrFor(E, r, u, r.chance(0.7) ? u.mobNet : u.homeNet, u.homeKey), dev: u.phone, ua: UA[u.phone.ua], sessionId: u._phoneSid, mfaClaim: true }, t, t + HOUR, 30, PAIRS.phone);
    }
  }
}

export function mspUser(E, r, u) {
  const shiftStart = [6, 14, 22][u.shift];
  for (let d = 0; d < DAYS; d++) {
    if ((d + u.shift * 2 + (u.id.charCodeAt(0) % 3)) % 7 >= 5) continue; // two days off, staggered
    const t = local(d, shiftStart + r.float(-0.3, 0.4), u.homeKey);
    const net = u.shift === 2 && r.chance(0.3) ? u.homeNet : u.officeNet;
    const addr = net === 'jio' ? addrFor(E, r, u, net, u.homeKey) : stable(E, r, u, net, u.homeKey);
    const sid = E.login(r, { t, user: u, app: APPS.azurePortal, res: RES.arm, addr, dev: u.laptop, ua: UA.winEdge, clientApp: 'Browser', needMfa: true, typo: 0.03 });
    u._ipLog ||= []; u._ipLog.push([t, t + 8.5 * HOUR, addr]);
    E.login(r, { t: t + r.int(5, 30) * MIN, user: u, app: APPS.servicenow, res: RES.servicenow, addr, dev: u.laptop, ua: UA.winEdge, clientApp: 'Browser', needMfa: true, sso: true, sessionId: sid });
    E.refresh(r, { user: u, addr, dev: u.laptop, ua: u.role === 'cloudadmin' ? UA.pwsh : UA.winEdge, sessionId: sid, mfaClaim: true, authReq: 'multiFactorAuthentication' }, t, t + 8.5 * HOUR, 90, PAIRS.admin);
  }
}

export function svcUser(E, r, u) {
  const addr = stable(E, r, u, u.net, 'perth');
  for (let t = local(0, r.float(0, 2), 'perth'); t < local(DAYS, 8, 'perth'); t += r.float(1.5, 3) * HOUR) {
    const rotated = u.upn.startsWith('svc-sap') && t > local(9, 1, 'perth') && t < local(9, 2.6, 'perth');
    E.add({ t, user: u, interactive: true, app: APPS[u.app], res: RES[u.app] || RES.graph, addr, dev: {}, ua: u.upn.includes('teams-rooms') ? UA.android : UA.msal,
      clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', err: rotated ? 50126 : 0, ca: 'notApplied', sessionId: r.uuid() });
  }
}

export function smtpScanner(E, r, u) {
  const addr = stable(E, r, u, u.net, u.homeKey);
  for (let d = 0; d < DAYS; d++) {
    const n = d % 7 >= 5 ? r.int(0, 3) : r.int(6, 18);
    for (let i = 0; i < n; i++) {
      E.add({ t: local(d, r.float(6, 18), u.homeKey), user: u, interactive: true, app: APPS.exchange, res: RES.exo, addr, dev: {}, ua: '', clientApp: 'Authenticated SMTP', ca: 'notApplied', sessionId: '' });
    }
  }
}
