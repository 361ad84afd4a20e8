// Honest behaviour: travel plans, daily sign-ins per person/device/network, service accounts, and the audit log.
import { NETS, GEO, BASES, DAY, HOUR, MIN, T0, NDAYS, T_END, OFFICE_LINKS, HOTEL_NETS, AIRPORT_NETS, ZS_NODE, MOBILE_NETS, APPS, RESOURCES, UA, tzAt } from './world.mjs';
import { atBase, trip, segAt, journey } from './tenant.mjs';
import { authSteps } from './records.mjs';

const poisson = (rng, lam) => { let L = Math.exp(-lam), k = 0, p = 1; do { k++; p *= rng.next(); } while (p > L); return k - 1; };

export function planTravel(T, rng) {
  const { people } = T;
  const members = people.filter((p) => p.kind !== 'svc' && p.kind !== 'room' && p.kind !== 'shared' && p.type === 'Member' && p.base && BASES[p.base] && p.active);
  for (const p of people) p.segs = p.base && (BASES[p.base] || p.base === 'PNQ') ? atBase(p) : null;
  const at = (day, lh, tz) => T0 + day * DAY + (lh - tz) * HOUR;
  const plans = [];
  const hq = members.filter((p) => p.base === 'GVA' && ['programmes', 'exec', 'advocacy', 'finance', 'it', 'meal', 'protection'].includes(p.dept));
  const hqTrav = rng.sample(hq, 46);
  for (const p of hqTrav) {
    const dest = rng.weighted([['NBO', 16], ['AMM', 12], ['BKK', 8], ['PTY', 6], ['JUB', 6], ['GOM', 5], ['CXB', 6], ['GZT', 7], ['MIU', 4], ['PAP', 3]]);
    const d0 = rng.int(-1, 9), stay = rng.int(3, 9);
    const dep = at(d0, rng.pick([7.5, 9.8, 10.5, 13.2, 17.6, 21.9]), 1);
    const back = at(Math.min(d0 + stay, 16), rng.pick([1.5, 9.0, 14.3, 20.8, 23.5]), tzAt(dest, T0 + (d0 + stay) * DAY));
    p.segs = trip(p, dest, 'mission', dep, back, rng); p.traveller = true; plans.push([p.upn, 'mission', dest]);
  }
  const hubRoutes = { NBO: ['JUB', 'GOM'], AMM: ['GZT'], BKK: ['CXB'], PTY: ['PAP'] };
  const hubTrav = rng.sample(members.filter((p) => hubRoutes[p.base] && !p.traveller && ['programmes', 'logistics', 'meal', 'protection', 'finance'].includes(p.dept)), 32);
  for (const p of hubTrav) {
    const dest = rng.pick(hubRoutes[p.base]);
    const d0 = rng.int(0, 9), stay = rng.int(2, 6), tz = tzAt(p.base, T0);
    p.segs = trip(p, dest, 'mission', at(d0, rng.pick([6.5, 8.2, 11.4, 14.0]), tz), at(d0 + stay, rng.pick([7.0, 12.5, 15.3]), tzAt(dest, T0 + (d0 + stay) * DAY)), rng);
    p.traveller = true; plans.push([p.upn, 'mission', dest]);
  }
  const rr = { JUB: 'NBO', GOM: 'KGL', MIU: 'ABV', CXB: 'BKK', PAP: 'PTY', GZT: 'IST' };
  const rrTrav = rng.sample(members.filter((p) => BASES[p.base].kind === 'field' && p.intl && !p.traveller), 16);
  for (const p of rrTrav) {
    const dest = rr[p.base]; const d0 = rng.int(-2, 8), stay = rng.int(4, 7), tz = tzAt(p.base, T0);
    p.segs = trip(p, dest, 'rr', at(d0, rng.pick([7.0, 9.5, 12.0]), tz), at(d0 + stay, rng.pick([6.5, 10.0, 13.5]), tzAt(dest, T0 + (d0 + stay) * DAY)), rng);
    p.traveller = true; p.backFromRR = p.segs[p.segs.length - 1].t0; plans.push([p.upn, 'rr', dest]);
  }
  // Surge team to Goma, week 2 (an emergency: displacement after fighting around Goma)
  const surge = [...rng.sample(members.filter((p) => p.base === 'GVA' && !p.traveller && p.devices[0]?.kind === 'laptop'), 5),
    ...rng.sample(members.filter((p) => p.base === 'NBO' && !p.traveller && p.devices[0]?.kind === 'laptop'), 4),
    ...rng.sample(members.filter((p) => p.base === 'AMM' && !p.traveller && p.devices[0]?.kind === 'laptop'), 3)];
  for (const p of surge) {
    const tz = tzAt(p.base, T0);
    p.segs = trip(p, 'GOM', 'surge', at(rng.pick([7, 8]), rng.pick([9.5, 13.0, 21.5]), tz), T_END + 5 * DAY, rng);
    p.traveller = true; p.surge = true; plans.push([p.upn, 'surge', 'GOM']);
  }
  T.surge = surge;
  return plans;
}

const localHour = (t, loc) => (((t / HOUR + tzAt(loc, t)) % 24) + 24) % 24;
const dow = (t, loc) => new Date(t + tzAt(loc, t) * HOUR).getUTCDay();
function isWorkday(t, loc, p) {
  const b = BASES[loc] || BASES[p.base] || { weekend: [6, 0] };
  return !b.weekend.includes(dow(t, loc));
}

/** Choose the network (address) for person p on device dev at time t in seg. */
export function pickNet(p, seg, dev, t, rng, reg) {
  const loc = seg.loc, ctx = seg.ctx, lh = localHour(t, loc);
  const work = isWorkday(t, loc, p) && lh >= 7.5 && lh < 18.5;
  const hasOffice = !!OFFICE_LINKS[loc] && (ctx === 'base' || ctx === 'mission' || ctx === 'surge');
  const inOffice = hasOffice && work && rng.chance(0.88);
  const office = () => { const k = rng.weighted(OFFICE_LINKS[loc]); return [k, reg.pooled(k, rng)]; };
  const lodging = () => {
    if (ctx === 'airport') { const k = AIRPORT_NETS[loc] || HOTEL_NETS[loc]; return [k, reg.pooled(k, rng)]; }
    if (ctx === 'base') {
      if (p.homeIp2 && t >= p.homeSwitch) return [p.homeNet, p.homeIp2];
      if (p.homeIp) return [p.homeNet, p.homeV6 && rng.chance(0.5) ? p.homeV6 : p.homeIp];
      return [p.homeNet, reg.pooled(p.homeNet, rng)];
    }
    const k = HOTEL_NETS[loc] || 'hotel-nbo'; return [k, reg.pooled(k, rng)];
  };
  if (dev.kind === 'laptop' || dev.kind === 'shared') {
    if (p.base === 'GVA' && !dev.shared) {
      const node = loc === 'GVA' ? rng.weighted(OFFICE_LINKS.GVA) : (ZS_NODE[loc] || 'zs-fra');
      if (rng.chance(0.97)) return [node, reg.pooled(node, rng)]; // Zscaler Client Connector always on
    }
    if (p.warp && ctx === 'base' && rng.chance(0.7)) { const k = p.base === 'PTY' ? 'cf-warp-pty' : 'cf-warp-bkk'; return [k, reg.pooled(k, rng)]; }
    if (p.base === 'NBO' && p.intl && ctx === 'base' && rng.chance(0.3)) return ['cf-warp-nbo', reg.pooled('cf-warp-nbo', rng)];
    if (inOffice) return office();
    return lodging();
  }
  if (dev.kind === 'phone') {
    const abroad = ctx !== 'base';
    if (abroad && rng.chance(0.35) && p.mobNet) return [p.mobNet, reg.pooled(p.mobNet, rng)]; // home-routed roaming
    if (abroad && (ctx === 'surge' || ctx === 'rr') && rng.chance(0.4) && MOBILE_NETS[loc]) { const k = rng.weighted(MOBILE_NETS[loc]); return [k, reg.pooled(k, rng)]; }
    if (inOffice && rng.chance(0.45)) { if (loc === 'GVA') return ['gva-office', reg.pooled('gva-office', rng)]; return office(); }
    if (!work && rng.chance(ctx === 'base' ? 0.6 : 0.7)) return lodging();
    if (abroad) return lodging();
    return [p.mobNet, reg.pooled(p.mobNet, rng)];
  }
  // personal computer
  return lodging();
}

const LAPTOP_INT = [['winsignin', 22], ['officehome', 13], ['owa', 9], ['spo', 13], ['teams', 7], ['office', 10], ['teamsweb', 3], ['powerbi', 3], ['zoom', 3], ['forms', 2], ['myprofile', 0.6]];
const ADMIN_INT = [['azportal', 10], ['entra', 10], ['graphcli', 3], ['azcli', 1.5]];
const PHONE_INT = [['outlookmobile', 36], ['teams', 30], ['authenticator', 5], ['onedriveios', 8], ['officehome', 8], ['companyportal', 3]];
const PERSONAL_INT = [['owa', 40], ['officehome', 35], ['spo', 25]];
const LAPTOP_NI = [['office>graph', 14], ['office>exo', 18], ['teams>teams', 18], ['onedrivesync>spo', 14], ['edge>edgesync', 6], ['winsignin>aad', 10], ['wcss>wcss', 8], ['companyportal>intune', 2], ['office>spo', 6]];
const PHONE_NI = [['outlookmobile>exo', 40], ['teams>teams', 35], ['onedriveios>spo', 8], ['authenticator>graph', 5], ['office>graph', 5]];
const PERSONAL_NI = [['wcss>wcss', 50], ['owa>exo', 50]];
const BROWSER_APPS = new Set(['officehome', 'owa', 'spo', 'teamsweb', 'powerbi', 'zoom', 'forms', 'myprofile', 'azportal', 'entra', 'mysignins', 'wcss']);
const RES_OF = { winsignin: 'aad', officehome: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], owa: 'exo', spo: 'spo', teams: 'teams', teamsweb: 'teams',
  office: null, powerbi: 'pbi', zoom: 'zoom', forms: 'forms', myprofile: 'graph', azportal: 'arm', entra: 'graph', graphcli: 'graph', azcli: 'arm', vscode: 'arm',
  outlookmobile: 'exo', authenticator: 'graph', onedriveios: 'spo', companyportal: 'intune', mysignins: 'mysignins' };

export function devDetail(dev, appKey) {
  const browserish = BROWSER_APPS.has(appKey);
  let browser;
  if (dev.kind === 'phone') browser = browserish ? (dev.ios ? 'Mobile Safari' : 'Chrome Mobile 145.0.0') : (dev.ios ? 'Mobile Safari' : 'Chrome Mobile');
  else if (dev.kind === 'room') browser = 'Rich Client 4.0.0.0';
  else browser = browserish ? `${dev.browserName} ${dev.browserVer}.0.0` : 'Rich Client 5.2.0.0';
  return { deviceId: dev.deviceId, name: dev.name, os: dev.os, browser, isCompliant: dev.isCompliant, isManaged: dev.isManaged, trustType: dev.trustType };
}
export function uaFor(dev, appKey, rng) {
  const browserish = BROWSER_APPS.has(appKey);
  if (dev.kind === 'phone') {
    const iosv = dev.os.split(' ')[1] || '18.6';
    if (browserish) return dev.ios ? UA.safariIos(iosv) : UA.chromeAndroid(dev.os.split(' ')[1], dev.model);
    if (appKey === 'outlookmobile') return dev.ios ? UA.outlookIos : UA.outlookAndroid;
    if (appKey === 'teams') return dev.ios ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosv.replace('.', '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS` : `Mozilla/5.0 (Linux; Android ${dev.os.split(' ')[1]}; ${dev.model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Mobile Safari/537.36 TeamsMobile-Android`;
    return dev.ios ? `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosv.replace('.', '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148` : `Dalvik/2.1.0 (Linux; U; Android ${dev.os.split(' ')[1]}; ${dev.model} Build/AP3A.240905.015)`;
  }
  if (dev.kind === 'room') return 'Dalvik/2.1.0 (Linux; U; Android 12; MTR Build/SKQ1.240312.001)';
  if (browserish) {
    if (dev.browserName === 'Safari') return UA.safariMac(dev.browserVer + '.6');
    if (dev.os === 'MacOs') return UA.chromeMac(dev.browserVer);
    return dev.browserName === 'Edge' ? UA.edgeWin(dev.browserVer) : UA.chromeWin(dev.browserVer);
  }
  if (appKey === 'graphcli') return 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.26100; en-US) PowerShell/7.5.0';
  if (appKey === 'azcli') return 'python/3.12.8 (Windows-11-10.0.26100-SP0) AZURECLI/2.70.0 (MSI)';
  if (appKey === 'vscode') return 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.110.0 Chrome/142.0.7444.175 Electron/39.2.3 Safari/537.36';
  if (dev.os === 'MacOs') return 'Microsoft Office/16.0 (Macintosh; Mac OS X 15.3; Microsoft Outlook 16.106.26021011; Pro)';
  return UA.winAuth;
}

/** The engine: pushes sign-in records into out. */
export function benignSignins(T, rng, reg, out, audits, helpers) {
  const { people } = T;
  const emit = (rec) => { const w = reg.where(rec.ip); rec.geo = w.geo; rec.asn = w.asn; rec.netKey = w.key; out.push(rec); return rec; };
  const resolveRes = (appKey, r) => {
    const x = RES_OF[appKey];
    if (appKey === 'office') return RESOURCES[r.pick(['graph', 'exo', 'spo'])];
    if (appKey === 'vscode') return RESOURCES[r.chance(0.7) ? 'arm' : 'graph'];
    return Array.isArray(x) ? x : RESOURCES[x];
  };
  // per-person special honest troubles
  const members = people.filter((p) => p.active && p.type === 'Member' && BASES[p.base] && p.kind !== 'room' && !p.svc);
  const expired = new Set(rng.sample(members, 24).map((p) => p.upn));
  const lockouts = new Map(rng.sample(members.filter((p) => !expired.has(p.upn)), 9).map((p) => [p.upn, rng.int(0, 12)]));
  const phoneSwap = new Map(rng.sample(members, 22).map((p) => [p.upn, rng.int(0, 13)]));
  const nonCompliantUntil = new Map();
  for (const p of members) for (const d of p.devices) if (d.kind === 'laptop' && !d.isCompliant) nonCompliantUntil.set(d.deviceId, T0 + rng.int(1, 7) * DAY + rng.int(6, 16) * HOUR);
  T.honestEvents = { expired, lockouts, phoneSwap };

  for (const p of people) {
    if (!p.active || !p.segs || p.kind === 'room' || p.svc) continue;
    const r = rng.fork(`life:${p.upn}`);
    const isGuest = p.type === 'Guest';
    const guestDays = isGuest ? new Set(r.sample([...Array(NDAYS).keys()], r.int(1, p.role === 'donor' ? 4 : 6))) : null;
    let expiredDone = !expired.has(p.upn);
    for (let day = 0; day < NDAYS; day++) {
      if (isGuest && !guestDays.has(day)) continue;
      if (p.startDay !== undefined && day < p.startDay) continue;
      if (p.leaveDay !== undefined && day >= p.leaveDay) continue;
      const noon = T0 + day * DAY + 12 * HOUR;
      const seg0 = segAt(p, noon) || p.segs[0];
      const work = isWorkday(noon, seg0.loc, p) && seg0.ctx !== 'rr';
      const lamI = isGuest ? r.float(1, 3) : p.msp ? 3 : work ? 0.85 : 0.18;
      const lamN = isGuest ? r.float(0.5, 3) : p.msp ? 4 : work ? (p.kind === 'field' ? 3.2 : 4.6) : 1.1;
      const nI = poisson(r, lamI), nN = poisson(r, lamN);
      const tz = tzAt(seg0.loc, noon);
      const hourSample = () => {
        if (p.msp) return r.float(9.5, 19.5);
        if (!work) return r.float(8, 22.5);
        return r.weighted([[r.normal(9.2, 1.2), 45], [r.normal(14, 1.8), 35], [r.normal(20.5, 1.5), 20]]);
      };
      const mk = (n, inter) => { const ts = []; for (let i = 0; i < n; i++) { let h = hourSample(); h = Math.min(23.95, Math.max(0.1, h)); ts.push(T0 + day * DAY + (h - tz) * HOUR + r.int(0, 59999)); } return ts.sort((a, b) => a - b); };
      // morning Windows sign-in on the laptop (interactive, WHfB)
      const lap = p.devices.find((d) => d.kind === 'laptop');
      const events = [];
      if (lap && work && !isGuest && r.chance(0.6)) events.push([T0 + day * DAY + (r.normal(8.3, 0.7) - tz) * HOUR, true, 'winsignin']);
      for (const t of mk(nI, true)) events.push([t, true, null]);
      for (const t of mk(nN, false)) events.push([t, false, null]);
      events.sort((a, b) => a[0] - b[0]);
      for (const [t0, inter, forced] of events) {
        let t = Math.floor(t0);
        const seg = segAt(p, t); if (!seg) continue; // in the air or on the road
        const lh = localHour(t, seg.loc);
        const atWorkHours = isWorkday(t, seg.loc, p) && lh >= 7.5 && lh < 18.5 && seg.ctx !== 'airport' && seg.ctx !== 'rr';
        // device
        let dev;
        const personal = p.devices.find((d) => d.kind === 'personal');
        if (forced === 'winsignin') dev = lap;
        else if (isGuest) dev = r.chance(0.7) ? p.devices[0] : p.devices[1];
        else if (p.sharedLaptops && atWorkHours && r.chance(0.55)) dev = r.pick(p.sharedLaptops.slice(0, 2 + (p.upn.length % 3)));
        else if (lap && atWorkHours && r.chance(0.72)) dev = lap;
        else if (lap && !atWorkHours && r.chance(0.25)) dev = lap;
        else if (personal && !atWorkHours && r.chance(0.35)) dev = personal;
        else dev = p.devices.find((d) => d.kind === 'phone');
        if (!dev) continue;
        if (dev.kind === 'laptop' && !dev.isCompliant && nonCompliantUntil.get(dev.deviceId) && t >= nonCompliantUntil.get(dev.deviceId)) dev.isCompliant = true;
        // phone swap: after the swap day a new phone (new device id) is used
        if (dev.kind === 'phone' && phoneSwap.has(p.upn) && day >= phoneSwap.get(p.upn) && !dev.swapped) {
          const np = { ...dev, deviceId: dev.deviceId ? r.guid() : '', swapped: true }; p.devices[p.devices.indexOf(dev)] = np; dev = np;
          helpers.phoneSwap(p, t - r.int(10, 90) * MIN, seg);
        }
        const [netKey, ip] = isGuest ? (p.homeIp ? [p.homeNet, p.homeIp] : [p.homeNet, reg.pooled(p.homeNet, r)]) : p.msp ? mspNet(p, t, dev, r, reg) : pickNet(p, seg, dev, t, r, reg);
        const sat = NETS[netKey]?.kind === 'sat' || NETS[netKey]?.kind === 'mobile';
        if (inter) {
          let menu = dev.kind === 'phone' ? PHONE_INT : dev.kind === 'personal' || isGuest ? PERSONAL_INT : p.admin ? [...LAPTOP_INT, ...ADMIN_INT] : LAPTOP_INT;
          if (p.dept === 'meal' && dev.kind === 'laptop' && p.upn.charCodeAt(0) % 5 === 0) menu = [...menu, ['vscode', 6], ['azcli', 2]];
          let appKey = forced || r.weighted(menu);
          if (appKey === 'onedriveios' && !dev.ios) appKey = 'outlookmobile';
          if (dev.kind !== 'laptop' && dev.kind !== 'shared' && (appKey === 'winsignin')) appKey = 'officehome';
          if (isGuest && r.chance(0.3)) appKey = 'teamsweb';
          const res = resolveRes(appKey, r);
          const base = { inter: true, user: p, app: APPS[appKey], res, ip, dev: devDetail(dev, appKey), ua: uaFor(dev, appKey, r),
            clientApp: BROWSER_APPS.has(appKey) ? 'Browser' : 'Mobile Apps and Desktop clients' };
          const managed = dev.isCompliant;
          const fresh = appKey === 'winsignin' ? 'whfb' : (managed && r.chance(0.85)) || (!managed && r.chance(0.4)) ? 'prev' : `pwd+${p.mfa || 'push'}`;
          // honest troubles
          if (!expiredDone && work && appKey !== 'winsignin') {
            expiredDone = true;
            emit({ ...base, t, err: 50055, steps: authSteps('pwd', t, r), typed: true });
            const tc = t + r.int(60, 240) * 1000;
            helpers.sspr(p, tc, ip, 'change');
            emit({ ...base, t: tc + r.int(20, 90) * 1000, steps: authSteps(`pwd+${p.mfa || 'push'}`, tc, r), typed: true, authReq: 'multiFactorAuthentication' });
            continue;
          }
          if (lockouts.has(p.upn) && lockouts.get(p.upn) === day && work && appKey !== 'winsignin') {
            lockouts.delete(p.upn);
            let tt = t;
            const n = r.int(3, 5);
            for (let i = 0; i < n; i++) { emit({ ...base, t: tt, err: 50126, steps: authSteps('pwd-fail', tt, r), typed: true }); tt += r.int(15, 70) * 1000; }
            emit({ ...base, t: tt, err: 50053, steps: authSteps('locked', tt, r), typed: true });
            const tr = tt + r.int(25, 110) * MIN;
            helpers.helpdeskReset(p, tr);
            emit({ ...base, t: tr + r.int(3, 15) * MIN, steps: authSteps(`pwd+${p.mfa || 'push'}`, tr, r), typed: true, authReq: 'multiFactorAuthentication' });
            continue;
          }
          const backDay = p.backFromRR && t - p.backFromRR < 30 * HOUR && t > p.backFromRR;
          if (fresh.startsWith('pwd') && r.chance(backDay ? 0.3 : 0.03)) {
            emit({ ...base, t, err: 50126, steps: authSteps('pwd-fail', t, r), typed: true }); t += r.int(20, 140) * 1000;
          }
          if (fresh.startsWith('pwd') && r.chance(sat ? 0.06 : 0.015)) {
            emit({ ...base, t, err: 500121, steps: authSteps('mfa-timeout', t, r), typed: true, authReq: 'multiFactorAuthentication' });
            if (r.chance(0.25)) continue; t += r.int(2, 12) * MIN;
          }
          if (fresh.startsWith('pwd') && r.chance(0.07)) { emit({ ...base, t, err: 50074, steps: authSteps('mfa-req', t, r), typed: true, authReq: 'multiFactorAuthentication' }); t += r.int(8, 40) * 1000; }
          if (base.clientApp === 'Mobile Apps and Desktop clients' && (dev.kind === 'laptop' || dev.kind === 'shared') && !dev.isCompliant && appKey !== 'winsignin') {
            emit({ ...base, t, err: 53000, steps: authSteps('prev', t, r), authReq: 'multiFactorAuthentication' }); continue;
          }
          if (base.clientApp === 'Browser' && r.chance(0.025)) {
            emit({ ...base, t, err: 50140, steps: authSteps(fresh === 'prev' ? 'prev' : fresh, t, r), typed: fresh !== 'prev', authReq: 'multiFactorAuthentication' }); t += r.int(3, 20) * 1000;
          }
          emit({ ...base, t, steps: authSteps(fresh, t, r), typed: fresh.startsWith('pwd'), authReq: 'multiFactorAuthentication',
            risk: p.traveller && !isGuest && r.chance(0.004) ? { level: 'low', agg: 'low', events: ['unfamiliarFeatures'], state: 'dismissed', detail: 'aiConfirmedSigninSafe' } : null });
        } else {
          const menu = dev.kind === 'phone' ? PHONE_NI : dev.kind === 'personal' || isGuest ? PERSONAL_NI : LAPTOP_NI;
          let pair = r.weighted(menu);
          if (isGuest) pair = r.pick(['wcss>wcss', 'teamsweb>teams', 'spo>spo']);
          if (pair === 'onedriveios>spo' && !dev.ios) pair = 'office>spo';
          const [ak, rk] = pair.split('>');
          const app = ak === 'spo' ? APPS.spo : APPS[ak];
          const res = RESOURCES[rk] || RESOURCES.graph;
          let err = 0;
          const q = r.next();
          if (q < 0.006 && !dev.isCompliant) err = 70043; else if (q < 0.011 && dev.kind === 'phone') err = 700082; else if (q < 0.013) err = 50173;
          emit({ inter: false, user: p, app, res, ip, t, dev: devDetail(dev, ak), ua: uaFor(dev, ak, r), clientApp: BROWSER_APPS.has(ak) ? 'Browser' : 'Mobile Apps and Desktop clients',
            err, steps: r.chance(0.45) ? authSteps('prev1', t, r) : [], authReq: r.chance(0.85) ? 'multiFactorAuthentication' : 'singleFactorAuthentication', cae: r.chance(0.3) });
        }
      }
    }
  }
}
function mspNet(p, t, dev, r, reg) {
  const lh = ((t / HOUR + 5.5) % 24 + 24) % 24, d = new Date(t + 5.5 * HOUR).getUTCDay();
  if (d !== 0 && d !== 6 && lh >= 9 && lh < 19) return dev.kind === 'phone' && r.chance(0.5) ? ['in-jio', reg.pooled('in-jio', r)] : ['msp-office', reg.pooled('msp-office', r)];
  return dev.kind === 'phone' ? ['in-jio', reg.pooled('in-jio', r)] : ['in-airtel-home', p.homeIp];
}

/** Service accounts, meeting rooms: machine-regular honest sign-ins. */
export function serviceSignins(T, rng, reg, out) {
  const emit = (rec) => { const w = reg.where(rec.ip); rec.geo = w.geo; rec.asn = w.asn; rec.netKey = w.key; out.push(rec); };
  const { special, rooms } = T;
  const r = rng.fork('svc');
  for (let day = 0; day < NDAYS; day++) {
    const dayStart = T0 + day * DAY, wd = new Date(dayStart).getUTCDay(), weekday = wd !== 0 && wd !== 6;
    // scanners: SMTP AUTH from the office line (allowed legacy, excluded from the legacy block)
    for (const [acct, net, tz] of [[special.scannerGva, 'gva-office', 1], [special.scannerNbo, 'nbo-office', 3]]) {
      const n = weekday ? r.int(6, 18) : r.int(0, 2);
      for (let i = 0; i < n; i++) {
        const t = dayStart + (r.float(7.5, 18) - tz) * HOUR;
        emit({ inter: true, user: acct, app: APPS.exo, res: RESOURCES.exo, ip: reg.pooled(net, r), t: Math.floor(t), dev: { os: '', browser: '' }, ua: '',
          clientApp: 'Authenticated SMTP', steps: authSteps('pwd', t, r), authReq: 'singleFactorAuthentication', typed: true });
      }
    }
    // finance integration (ROPC), hourly on weekdays from an Azure app service
    if (weekday) for (let h = 5; h <= 18; h++) {
      const t = dayStart + h * HOUR + r.int(2, 9) * MIN + r.int(0, 59999);
      emit({ inter: true, user: special.finance, app: APPS.finance, res: RESOURCES.graph, ip: reg.pooled('azure-weu-app', r), t, dev: { os: '', browser: '' },
        ua: 'Sage-Intacct-M365-Connector/3.2.7', clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', steps: authSteps('pwd', t, r), authReq: 'singleFactorAuthentication', typed: true,
        err: r.chance(0.004) ? 50126 : 0 });
    }
    // Kobo data sync (ROPC) every 2 h, all days, from Azure Switzerland North
    for (let h = 0; h < 24; h += 2) {
      const t = dayStart + h * HOUR + 17 * MIN + r.int(0, 120000);
      emit({ inter: true, user: special.kobo, app: APPS.kobo, res: RESOURCES[h % 4 === 0 ? 'spo' : 'graph'], ip: reg.pooled('azure-chn-app', r), t, dev: { os: '', browser: '' },
        ua: 'KoboSync/2.4.1 (.NET 8.0.11; Windows Server 2022)', clientApp: 'Mobile Apps and Desktop clients', protocol: 'ropc', steps: authSteps('pwd', t, r), authReq: 'singleFactorAuthentication', typed: true });
    }
    // Teams Rooms devices
    for (const room of rooms) {
      const tz = tzAt(room.base, dayStart), dev = room.devices[0];
      for (const h of [6.5, 12.2, 17.8]) {
        const t = Math.floor(dayStart + (h - tz) * HOUR + r.int(0, 40) * MIN);
        const net = room.base === 'GVA' ? 'gva-office' : room.base === 'NBO' ? 'nbo-office' : 'amm-office';
        emit({ inter: false, user: room, app: APPS.teams, res: RESOURCES.teams, ip: reg.pooled(net, r), t, dev: devDetail(dev, 'teams'), ua: uaFor(dev, 'teams', r),
          clientApp: 'Mobile Apps and Desktop clients', steps: [], authReq: 'singleFactorAuthentication' });
      }
    }
  }
  // honest device-code sign-ins: a Nairobi meeting-room console re-provisioned on 10 Mar, and an MSP admin's az login on 4 Mar
  const room = rooms.find((x) => x.base === 'NBO');
  const t1 = Date.UTC(2026, 2, 10, 7, 42, 18, 331);
  emit({ inter: true, user: room, app: APPS.teams, res: RESOURCES.teams, ip: reg.pooled('nbo-office', r), t: t1, dev: devDetail(room.devices[0], 'teams'), ua: uaFor(room.devices[0], 'teams', r),
    clientApp: 'Mobile Apps and Desktop clients', protocol: 'deviceCode', steps: authSteps('pwd', t1, r), authReq: 'singleFactorAuthentication', typed: true });
  const adm = T.msp[2], t2 = Date.UTC(2026, 2, 4, 6, 12, 40, 118);
  emit({ inter: true, user: adm, app: APPS.azcli, res: RESOURCES.arm, ip: reg.pooled('msp-office', r), t: t2, dev: devDetail(adm.devices[0], 'azcli'), ua: uaFor(adm.devices[0], 'azcli', r),
    clientApp: 'Mobile Apps and Desktop clients', protocol: 'deviceCode', steps: authSteps('pwd+push', t2, r), authReq: 'multiFactorAuthentication', typed: true });
}
