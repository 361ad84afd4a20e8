// Maintenance: engineers on hangar shifts using shared terminals, and Northline Aero contractors on Windows 365.
import { PROF, REFRESH, HOUR, MIN } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { logon, refresh } from './patterns.mjs';
import { dayKind, phoneDay, holidayDay, leaverDay } from './common.mjs';

const HANGAR = { YYZ: 'yyz-hangar', YVR: 'yvr-hangar' };
const POOL = {};
function terminal(r, base) {
  if (!POOL[base]) POOL[base] = Array.from({ length: base === 'YYZ' ? 22 : 12 }, () => ({ id: r.uuid(), name: `BP-HGR-${base}-${r.alnum(4)}`, os: 'Windows10', compliant: true, managed: true, trust: 'Hybrid' }));
  return r.pick(POOL[base]);
}
export const resetPools = () => { for (const k of Object.keys(POOL)) delete POOL[k]; };

/** 4-on / 3-off rotating shifts: early (06:00), late (14:00) or night (22:00). */
export function engineer(w, u, apps) {
  const r = w.rng;
  const start = r.pick([6, 14, 22]);
  const phase = r.int(0, 6);
  for (let d = 0; d < 14; d++) {
    const k = dayKind(u, d);
    if (k === 'off') continue;
    if (k === 'leaver') { leaverDay(w, u, d); continue; }
    if (k === 'holiday') { holidayDay(w, u, d); continue; }
    const on = (d + phase) % 7 < 4;
    phoneDay(w, u, d, u.base, r.int(0, 1));
    if (!on) continue;
    const t = w.at(d, start - 0.2 + r.normal(0, 0.25), u.base);
    const p = w.place(HANGAR[u.base], r.int(0, 7));
    // several sign-ins per shift on whichever shared terminal is free
    for (let i = r.int(2, 4); i > 0; i--) {
      const dev = terminal(r, u.base);
      const tt = t + r.real(0, 7.5) * HOUR;
      const sess = r.uuid();
      logon(w, u, tt, p, PROF.winEdge(dev), { app: apps.amos, res: apps.amos, auth: r.chance(0.25) ? 'mfa' : 'claim', session: sess, typoP: 0.05, mfaMethod: u.mfaMethod });
      refresh(w, u, tt, tt + 2 * HOUR, p, PROF.winEdge(dev), [[1, [apps.amos, apps.amos]], [1, [APPS.officeHome, RES.o365portal]]], r.int(0, 2), { session: sess });
    }
    if (r.chance(0.4)) logon(w, u, t + r.real(1, 7) * HOUR, p, PROF.winEdge(terminal(r, u.base)), { app: APPS.owa, res: RES.exo, auth: 'mfa', typoP: 0.05 });
  }
}

/** Contractors: Windows 365 from a personal laptop; hangar contractors on site, the records team in Hyderabad. */
export function contractor(w, u, apps) {
  const r = w.rng;
  const cpc = { id: r.uuid(), name: `CPC-nla-${r.alnum(5)}`, os: 'Windows10', compliant: true, managed: true, trust: 'AzureAd', session: r.uuid() };
  u.cloudPc = cpc;
  const remote = u.home === 'HYD';
  const mac = r.chance(0.3);
  const start = remote ? 9.5 : r.pick([6, 14]);
  const city = remote ? 'HYD' : u.base;
  for (let d = 0; d < 14; d++) {
    const k = dayKind(u, d);
    if (k === 'off') continue;
    if (k === 'leaver') { leaverDay(w, u, d); continue; }
    if (w.weekend(d) && !(r.chance(0.15))) continue;
    const t = w.at(d, start + r.normal(0, 0.3), city);
    const src = remote ? w.home(u) : r.chance(0.8) ? w.place(HANGAR[u.base], r.int(0, 7)) : w.home(u);
    logon(w, u, t, src, PROF.avd(mac), { app: APPS.avdClient, res: RES.avd, auth: r.chance(0.5) ? 'mfa' : 'claim', mfaMethod: 'Text message', typoP: 0.04 });
    const cp = w.place('w365', r.int(0, 4000));
    logon(w, u, t + r.int(60, 200) * 1000, cp, PROF.winApp(cpc), { app: APPS.winSignIn, res: RES.aad, auth: 'prt', session: cpc.session });
    refresh(w, u, t, t + 8 * HOUR, cp, PROF.teamsDesk(cpc), REFRESH.win, r.int(2, 5), { session: cpc.session });
    for (let i = r.int(1, 3); i > 0; i--) logon(w, u, t + r.real(0.3, 7.5) * HOUR, cp, PROF.winEdge(cpc), { app: apps.amos, res: apps.amos, auth: 'prt', session: cpc.session });
    if (!remote && r.chance(0.3)) phoneDay(w, u, d, u.base, 1);
  }
}
