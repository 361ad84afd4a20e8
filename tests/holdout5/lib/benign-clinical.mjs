// Clinicians: nurses, doctors and allied health staff on rotating shifts. Tap-badge sign-ins on
// shared ward workstations, the electronic patient record, phones on CGNAT mobile networks and
// at home, and on-call doctors reaching the patient record from home through Azure Virtual Desktop.
import { makeRng } from './rng.mjs';
import { at, isWeekend, DAY, HOUR, MIN, DAYS } from './time.mjs';
import { SITES } from './geo.mjs';
import { APPS, EPR } from './catalog.mjs';
import { poolIp } from './tenant.mjs';
import { emit, refreshes, session } from './sessions.mjs';

function rota(r, u) {
  const shifts = [];
  const tz = u.tz;
  const add = (day, h0, m0, lenH, kind) => {
    const t0 = at(day, h0, m0, tz) + r.int(-12, 12) * MIN;
    shifts.push({ day, t0, t1: t0 + lenH * HOUR + r.int(0, 40) * MIN, kind });
  };
  const off = (d) => u.leave && d >= u.leave[0] && d <= u.leave[1];
  if (u.role === 'nurse') {
    let d = r.int(-1, 2);
    while (d < DAYS) {
      const night = r.chance(0.3);
      const kind = night ? 'night' : u.site === 'NCL' && r.chance(0.45) ? r.pick(['early', 'late']) : 'day';
      const len = night ? r.int(2, 3) : r.int(2, 4);
      for (let k = 0; k < len; k++) {
        const day = d + k;
        if (day < 0 || day >= DAYS || off(day)) continue;
        if (kind === 'night') add(day, 19, 0, 12.5, 'night');
        else if (kind === 'early') add(day, 7, 0, 8, 'early');
        else if (kind === 'late') add(day, 14, 30, 8, 'late');
        else add(day, 7, 0, 12.5, 'day');
      }
      d += len + (night ? r.int(3, 4) : r.int(2, 4));
    }
  } else if (u.role === 'doctor') {
    for (let day = 0; day < DAYS; day++) {
      if (off(day)) continue;
      if (!isWeekend(day) && r.chance(0.85)) add(day, 8, 0, r.chance(0.3) ? 12 : 9, 'day');
      else if (isWeekend(day) && r.chance(0.18)) add(day, 8, 0, 12, 'day');
    }
    const nights = r.int(1, 3);
    for (let k = 0; k < nights; k++) {
      const day = r.int(0, DAYS - 1);
      if (!off(day)) add(day, u.onCall ? 17 : 20, 0, u.onCall ? 15 : 12, u.onCall ? 'oncall' : 'night');
    }
  } else {
    for (let day = 0; day < DAYS; day++) if (!isWeekend(day) && !off(day) && r.chance(0.9)) add(day, 8, 0, 8, 'day');
  }
  return shifts.sort((a, b) => a.t0 - b.t0);
}

function shiftAtWork(ctx, r, u, sh) {
  const site = SITES[u.site];
  const ward = ctx.kiosks[u.site];
  const taps = sh.kind === 'early' || sh.kind === 'late' || u.role === 'allied' ? r.weighted([[60, 1], [40, 2]]) : r.weighted([[40, 1], [45, 2], [15, 3]]);
  const span = sh.t1 - sh.t0;
  const epr = APPS[EPR[u.site]];
  for (let k = 0; k < taps; k++) {
    const t = sh.t0 + Math.floor((span * (k + r.float(0.05, 0.9))) / taps);
    const kiosk = r.chance(0.85) ? r.pick(ward[u.ward]) : r.pick(r.pick(ward));
    const ip = poolIp(r, site.hosp);
    const base = { user: u, ip, netKey: site.hosp, device: kiosk, kiosk: true, interactive: true };
    if (r.chance(0.015)) emit(ctx, r, { ...base, t: t - r.int(8, 40) * 1000, app: 'windowsSignIn', res: 'aad', auth: 'badPassword', code: 50126, ua: 'winSignIn' });
    emit(ctx, r, { ...base, t, app: 'windowsSignIn', res: 'aad', auth: 'password', ua: 'winSignIn', tokenType: 'none' });
    if (r.chance(0.35)) emit(ctx, r, { ...base, t: t + r.int(20, 200) * 1000, app: epr, res: [epr[0], epr[1]], auth: 'prevSingle', ua: 'winEdge', client: 'Browser' });
    if (r.chance(0.35)) refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(20, 90) * MIN, netKey: site.hosp, ip, device: kiosk, refresh: [['teams', 'teamsSvc', 60]], mfaClaim: false });
  }
  if (u.laptop && sh.kind === 'day') {
    const ip = poolIp(r, site.hosp);
    session(ctx, r, {
      user: u, t0: sh.t0 + r.int(5, 50) * MIN, t1: sh.t1 - r.int(0, 60) * MIN, netKey: site.hosp, ip, device: u.laptop,
      interactive: [{ app: 'windowsSignIn', res: 'aad', auth: 'whfb', ua: 'winSignIn' }],
      refresh: [['teams', 'teamsSvc', 150], ['office', 'exo', 180]],
    });
  }
}

function onCallFromHome(ctx, r, u, sh) {
  // evening at home, 1-3 call-outs through the night
  const calls = r.int(1, 3);
  for (let k = 0; k < calls; k++) {
    const t = sh.t0 + r.int(60, Math.floor((sh.t1 - sh.t0) / MIN) - 60) * MIN;
    const viaPhone = r.chance(0.4);
    if (viaPhone) {
      const nk = r.chance(0.5) ? u.mobileNet : u.homeNet;
      const ip = nk === u.homeNet ? u.homeIp : poolIp(r, nk);
      refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(15, 45) * MIN, netKey: nk, ip, device: u.phone, refresh: [['teams', 'teamsSvc', 12], ['outlookMobile', 'exo', 25]] });
      continue;
    }
    const dev = u.laptop ?? { id: '', name: '', os: 'Windows10', trust: '', compliant: false, managed: false, ua: 'winChrome' };
    session(ctx, r, {
      user: u, t0: t, t1: t + r.int(20, 70) * MIN, netKey: u.homeNet, ip: u.homeIp, device: dev,
      interactive: [{ app: 'avd', res: 'avd', auth: r.chance(0.7) ? 'prev' : u.mfa, ua: dev.ua ?? 'winChrome' }],
      refresh: [['avd', 'avd', 20]],
    });
    // the session host in Azure (Sweden Central) signs the user in to the patient record
    const host = ctx.avdHosts[r.int(0, ctx.avdHosts.length - 1)];
    const epr = APPS[EPR[u.site]];
    const hip = poolIp(r, 'azure-avd');
    emit(ctx, r, { t: t + r.int(40, 120) * 1000, user: u, ip: hip, netKey: 'azure-avd', device: host, interactive: true, app: 'windowsSignIn', res: 'aad', auth: 'prev', ua: 'winSignIn' });
    emit(ctx, r, { t: t + r.int(150, 300) * 1000, user: u, ip: hip, netKey: 'azure-avd', device: host, interactive: true, app: epr, res: [epr[0], epr[1]], auth: 'prev', ua: 'winEdge', client: 'Browser' });
  }
}

function phoneDays(ctx, r, u, shifts) {
  const p = u.role === 'doctor' ? 0.85 : u.role === 'nurse' ? 0.45 : 0.4;
  if (!r.chance(p)) return;
  const site = SITES[u.site];
  let lastInteractive = -99;
  for (let day = 0; day < DAYS; day++) {
    const bursts = r.weighted([[45, 0], [45, 1], [10, 2]]);
    const shift = shifts.find((s) => s.day === day);
    for (let b = 0; b < bursts; b++) {
      let t, nk;
      if (shift && r.chance(0.5)) { t = shift.t0 + r.int(30, 600) * MIN; nk = r.chance(0.6) ? site.hosp : u.mobileNet; }
      else { t = at(day, r.pick([7, 8, 12, 17, 19, 20, 21, 22]), r.int(0, 59), u.tz); nk = r.chance(0.6) ? u.homeNet : u.mobileNet; }
      const ip = nk === u.homeNet ? u.homeIp : poolIp(r, nk);
      if (day - lastInteractive > r.int(4, 9)) {
        lastInteractive = day;
        const viaRelay = u.usesRelay && nk !== site.hosp && r.chance(0.5);
        emit(ctx, r, { t, user: u, ip: viaRelay ? poolIp(r, site.relay) : ip, netKey: viaRelay ? site.relay : nk, device: u.phone, interactive: true,
          app: viaRelay ? 'officeHome' : r.pick(['teams', 'outlookMobile']), res: viaRelay ? 'officeHome' : r.pick(['teamsSvc', 'exo']),
          auth: nk === site.hosp ? 'prev' : r.chance(0.6) ? 'prev' : u.mfa, ua: viaRelay ? 'iphoneSafari' : u.phone.ua });
      }
      refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(10, 50) * MIN, netKey: nk, ip, device: u.phone, refresh: [['teams', 'teamsSvc', 50], ['outlookMobile', 'exo', 60]] });
    }
  }
}

export function clinical(ctx) {
  const r = makeRng(ctx.seed, 'clinical');
  for (const u of ctx.users) {
    if (!['nurse', 'doctor', 'allied'].includes(u.role) || u.dormant) continue;
    const shifts = rota(r, u);
    u.shifts = shifts;
    for (const sh of shifts) {
      if (sh.kind === 'oncall') onCallFromHome(ctx, r, u, sh);
      else shiftAtWork(ctx, r, u, sh);
    }
    phoneDays(ctx, r, u, shifts);
  }
}

export const _test = { rota, DAY };
