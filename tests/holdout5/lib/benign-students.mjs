// Medical students: eduroam on campus, student housing and residential broadband, phones on
// CGNAT, personal unmanaged laptops, late nights, consumer VPNs, weekend trips home abroad,
// and the honest failures of people who sign in on many devices (typos, MFA timeouts, KMSI).
import { makeRng } from './rng.mjs';
import { at, isWeekend, MIN, DAYS } from './time.mjs';
import { SITES } from './geo.mjs';
import { APPS } from './catalog.mjs';
import { poolIp } from './tenant.mjs';
import { emit, refreshes } from './sessions.mjs';

const VPNS = ['vpn-nord-ams', 'vpn-nord-lon', 'vpn-nord-nyc', 'vpn-proton-zrh', 'vpn-mullvad-sto', 'vpn-m247-oslo'];
const HOME_ABROAD = ['res-dt-hamburg', 'res-dt-berlin', 'res-eir-dublin'];

function browserSession(ctx, r, u, t, netKey, ip, { risk, forceMfa } = {}) {
  const canvas = APPS.canvas;
  const choice = r.weighted([[45, 'canvas'], [30, 'officeHome'], [15, 'teamsWeb'], [10, 'sharepoint']]);
  const app = choice === 'canvas' ? canvas : choice;
  const res = choice === 'canvas' ? [canvas[0], canvas[1]] : choice === 'officeHome' ? 'officeHome' : choice === 'teamsWeb' ? 'teamsSvc' : 'spo';
  const dev = u.laptop;
  const base = { user: u, ip, netKey, device: dev, interactive: true, app, res, ua: dev.ua, client: 'Browser' };
  let t1 = t;
  // honest failures
  if (r.chance(0.03)) { emit(ctx, r, { ...base, t: t1, auth: 'badPassword', code: 50126 }); t1 += r.int(10, 60) * 1000; if (r.chance(0.2)) { emit(ctx, r, { ...base, t: t1, auth: 'badPassword', code: 50126 }); t1 += r.int(10, 60) * 1000; } }
  const mfa = forceMfa || r.chance(0.16);
  if (mfa && r.chance(0.06)) { emit(ctx, r, { ...base, t: t1, auth: u.mfa === 'sms' ? 'smsTimeout' : 'pushTimeout', code: 500121 }); t1 += r.int(30, 180) * 1000; }
  emit(ctx, r, { ...base, t: t1, auth: mfa ? u.mfa : 'prev', risk: risk && mfa ? { ...risk, state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy' } : risk });
  if (mfa && r.chance(0.35)) emit(ctx, r, { ...base, t: t1 + r.int(5, 20) * 1000, auth: 'prev', code: 50140 });
}

function studentDay(ctx, r, u, day, vpn) {
  const site = SITES[u.site];
  const weekend = isWeekend(day);
  if (!r.chance(weekend ? 0.4 : 0.65)) return;
  const blocks = [];
  if (!weekend && r.chance(0.7)) blocks.push([at(day, 8, r.int(0, 240), u.tz), site.uni]);
  const eveningH = r.pick([17, 19, 20, 21, 22, 23, 24, 25]);
  blocks.push([at(day, eveningH, r.int(0, 59), u.tz), u.homeNet]);
  for (const [t, nk0] of blocks) {
    let nk = nk0;
    if (vpn && nk0 === u.homeNet && r.chance(0.5)) nk = vpn;
    const ip = nk === u.homeNet ? u.homeIp : poolIp(r, nk);
    const risk = nk === vpn && r.chance(0.3) ? { level: 'medium', aggregated: 'medium', events: ['anonymizedIPAddress'], state: 'atRisk' } : undefined;
    const n = r.chance(0.2) ? 2 : 1;
    for (let k = 0; k < n; k++) browserSession(ctx, r, u, t + k * r.int(20, 100) * MIN, nk, ip, { risk, forceMfa: !!risk });
    if (r.chance(0.3)) refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(30, 150) * MIN, netKey: nk, ip, device: u.laptop, refresh: [['teams', 'teamsSvc', 55]], uaOverride: u.laptop.os === 'MacOs' ? 'macChrome' : 'winEdge130' });
  }
  // phone
  if (r.chance(0.45)) {
    const nk = r.chance(0.55) ? u.mobileNet : r.chance(0.5) ? site.uni : u.homeNet;
    const t = at(day, r.int(7, 23), r.int(0, 59), u.tz);
    const ip = nk === u.homeNet ? u.homeIp : poolIp(r, nk);
    refreshes(ctx, r, { user: u, t0: t, t1: t + r.int(10, 60) * MIN, netKey: nk, ip, device: u.phone, refresh: [['teams', 'teamsSvc', 30], ['outlookMobile', 'exo', 50]] });
    if (r.chance(0.12)) {
      const viaRelay = u.usesRelay && r.chance(0.6);
      emit(ctx, r, { t: t - r.int(1, 5) * MIN, user: u, ip: viaRelay ? poolIp(r, site.relay) : ip, netKey: viaRelay ? site.relay : nk, device: u.phone, interactive: true,
        app: viaRelay ? APPS.canvas : 'teams', res: viaRelay ? [APPS.canvas[0], APPS.canvas[1]] : 'teamsSvc', auth: r.chance(0.8) ? 'prev' : u.mfa, ua: viaRelay ? 'iphoneSafari' : u.phone.ua, client: viaRelay ? 'Browser' : undefined });
    }
  }
}

/** A timed Canvas exam: 4th-year cohort in Aberdeen all sign in through the campus NAT within minutes. */
function examMorning(ctx, r, all) {
  const cohort = r.sample(all.filter((u) => u.site === 'ABZ'), 140);
  const t0 = at(8, 8, 40, 0);
  for (const u of cohort) {
    const ip = poolIp(r, 'uni-abz');
    const t = t0 + r.int(0, 18 * 60) * 1000;
    const base = { user: u, ip, netKey: 'uni-abz', device: u.laptop, interactive: true, app: APPS.canvas, res: [APPS.canvas[0], APPS.canvas[1]], ua: u.laptop.ua, client: 'Browser' };
    let tt = t;
    if (r.chance(0.07)) { emit(ctx, r, { ...base, t: tt, auth: 'badPassword', code: 50126 }); tt += r.int(15, 50) * 1000; }
    if (r.chance(0.03)) { emit(ctx, r, { ...base, t: tt, auth: 'pushTimeout', code: 500121 }); tt += r.int(40, 90) * 1000; }
    emit(ctx, r, { ...base, t: tt, auth: r.chance(0.5) ? u.mfa : 'prev' });
  }
}

export function students(ctx) {
  const r = makeRng(ctx.seed, 'students');
  const all = ctx.users.filter((u) => u.role === 'student' && !u.dormant);
  const vpnUsers = new Map(r.sample(all, 16).map((u) => [u, r.pick(VPNS)]));
  const travellers = new Map(r.sample(all.filter((u) => !vpnUsers.has(u)), 9).map((u) => [u, [r.pick(HOME_ABROAD), r.pick([[4, 5, 6], [11, 12, 13]])]]));
  for (const u of all) {
    const trip = travellers.get(u);
    for (let day = 0; day < DAYS; day++) {
      if (trip && trip[1].includes(day)) {
        // weekend at the family home abroad: same personal laptop, phone roaming home-routed
        const [abroad] = trip;
        if (!u.abroadIp) u.abroadIp = ctx.allocHousehold(abroad);
        if (day !== trip[1][0] || r.chance(0.5)) browserSession(ctx, r, u, at(day, r.int(10, 22), r.int(0, 59), 1), abroad, u.abroadIp, { forceMfa: day === trip[1][0] + 1 && r.chance(0.5) });
        refreshes(ctx, r, { user: u, t0: at(day, r.int(9, 21), 0, 1), t1: at(day, 23, 0, 1), netKey: u.mobileNet, ip: poolIp(r, u.mobileNet), device: u.phone, refresh: [['teams', 'teamsSvc', 90]] });
        continue;
      }
      studentDay(ctx, r, u, day, vpnUsers.get(u));
    }
  }
  examMorning(ctx, r, all);
  ctx.studentVpnUsers = [...vpnUsers.keys()].map((u) => u.upn);
  ctx.studentTravellers = [...travellers.keys()].map((u) => u.upn);
}

