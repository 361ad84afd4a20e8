// Airport ground staff on shared devices, service and room accounts, partner guests.
import { PROF, REFRESH, HOUR, MIN, DAY, T0 } from './world.mjs';
import { APPS, RES } from './catalog.mjs';
import { logon, refresh } from './patterns.mjs';
import { dayKind, phoneDay, holidayDay, leaverDay } from './common.mjs';

const SHARED = {};
function shared(r, base, kind) {
  const k = `${base}:${kind}`;
  const n = { YYZ: 40, YVR: 25 }[base] || 6;
  if (!SHARED[k]) SHARED[k] = Array.from({ length: kind === 'zebra' ? n : Math.ceil(n / 2) }, () => kind === 'zebra'
    ? { id: r.uuid(), name: `BP-TC58-${base}-${r.alnum(4)}`, os: 'Android', compliant: true, managed: true, trust: 'Workplace' }
    : { id: r.uuid(), name: `BP-CUTE-${base}-${r.alnum(4)}`, os: 'Windows10', compliant: true, managed: true, trust: 'Hybrid' });
  return r.pick(SHARED[k]);
}
export const resetShared = () => { for (const k of Object.keys(SHARED)) delete SHARED[k]; };
const OPS = { YYZ: 'yyz-ops', YVR: 'yvr-ops' };

/** Ramp, gate and check-in agents: 5 on / 3 off shifts, sign in to a shared handheld or PC at every task. */
export function groundAgent(w, u, apps) {
  const r = w.rng;
  const start = r.weighted([[4, 4.5], [4, 12], [2, 20]]);
  const phase = r.int(0, 7);
  const netKey = OPS[u.base] || `sita-${u.base}`;
  for (let d = 0; d < 14; d++) {
    const k = dayKind(u, d);
    if (k === 'off') continue;
    if (k === 'leaver') { leaverDay(w, u, d); continue; }
    if (k === 'holiday') { holidayDay(w, u, d); continue; }
    phoneDay(w, u, d, u.base, r.int(0, 1));
    if ((d + phase) % 8 >= 5) continue;
    const t = w.at(d, start - 0.25 + r.normal(0, 0.15), u.base);
    const p = w.place(netKey, r.int(0, 7));
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const tt = t + (i / n) * 7.5 * HOUR + r.real(0, 0.5) * HOUR;
      if (r.chance(0.6)) {
        const dev = shared(r, u.base, 'zebra');
        const res = logon(w, u, tt, p, PROF.zebra(dev), { app: apps.rampOps, res: apps.rampOps, auth: 'mfa', typoP: 0.07, mfaIntP: 0.02, denyP: 0.01 });
        refresh(w, u, res.t, res.t + 1.5 * HOUR, p, PROF.zebra(dev), [[3, [apps.rampOps, apps.rampOps]], [1, [APPS.teams, RES.teamsSvc]]], r.int(0, 2), { session: res.session });
      } else {
        const dev = shared(r, u.base, 'pc');
        const res = logon(w, u, tt, p, PROF.winApp(dev), { app: APPS.winSignIn, res: RES.aad, auth: 'mfa', typoP: 0.06, mfaIntP: 0.02 });
        if (r.chance(0.5)) logon(w, u, res.t + r.int(2, 20) * MIN, p, PROF.winEdge(dev), { app: APPS.owa, res: RES.exo, auth: 'prt', session: res.session });
      }
    }
  }
}

/** Scanners (SMTP AUTH), the roster sync (ROPC), the ops-alerts IMAP poller, Teams Rooms, the cargo mailbox, the test account. */
export function serviceAccount(w, u, apps) {
  const r = w.rng;
  const legacy = (t, p, client, app, code = 0) => w.emit(u, t, p, { dev: null, os: '', browser: '', ua: 'BAV2ROPC', client }, { app, res: RES.exo, interactive: true, auth: 'pwd', mfaReq: false, code });
  for (let d = 0; d < 14; d++) {
    if (u.kind === 'scanner') {
      if (w.weekend(d)) continue;
      for (let i = r.int(4, 22); i > 0; i--) legacy(w.at(d, r.real(7, 18), u.base), w.place(u.net, 3), 'Authenticated SMTP', APPS.exo);
    } else if (u.kind === 'shared' && u.upn.startsWith('cargo.')) {
      for (let i = r.int(10, 30); i > 0; i--) legacy(w.at(d, r.real(5, 23), 'YYZ'), w.place('yyz-ops', 5), 'Authenticated SMTP', APPS.exo);
    } else if (u.kind === 'ropc') {
      for (let h = r.real(0, 0.5); h < 24; h += 0.5 + r.normal(0, 0.02)) w.emit(u, w.at(d, h, 'TOR'), w.place(u.net, r.int(0, 30)), { dev: null, os: '', browser: '', ua: 'Java/17.0.13', client: 'Mobile Apps and Desktop clients' }, { app: apps.crewSync, res: RES.graph, interactive: true, auth: 'pwd', mfaReq: false, protocol: 'ropc', code: r.chance(0.004) ? 50126 : 0 });
    } else if (u.kind === 'imap') {
      for (let h = r.real(0, 1); h < 24; h += 1) legacy(w.at(d, h, 'TOR'), w.place(u.net, 12), 'IMAP4', APPS.exo, r.chance(0.003) ? 50126 : 0);
    } else if (u.kind === 'room') {
      const dev = u.dev || (u.dev = { id: r.uuid(), name: `MTR-${r.alnum(6)}`, os: 'Android', compliant: true, managed: true, trust: 'Workplace' });
      refresh(w, u, w.at(d, 0, u.base), w.at(d, 24, u.base), w.place(u.net, 2), { dev, os: 'Android', browser: 'Rich Client 5.8.0', ua: 'Mozilla/5.0 (Linux; Android 12; TeamsRooms) Teams/1449/1.0.96.2025', client: 'Mobile Apps and Desktop clients' }, [[3, [APPS.teams, RES.teamsSvc]], [1, [APPS.teams, RES.exo]]], r.int(2, 4), { auth: 'claim', extra: { mfaReq: false } });
    } else if (u.kind === 'test' && (d === 2 || d === 9)) {
      // the training team checks a course in the LMS with the test account, single-factor (excluded from MFA)
      w.emit(u, w.at(d, r.real(10, 15), 'YYZ'), w.place('hq', 4), PROF.winEdge(null), { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'pwd', mfaReq: false });
    } else if (u.kind === 'breakglass' && d === 8 && u.upn.startsWith('breakglass01')) {
      // the quarterly break-glass test from the HQ security office (documented in the change calendar)
      w.emit(u, w.at(d, 10.5, 'YYZ'), w.place('hq', 2), PROF.winEdge(null), { app: APPS.azurePortal, res: RES.arm, interactive: true, auth: 'fido', mfaReq: true });
    }
  }
}

/** Partner guests: SharePoint / Teams in the Boreal tenant, MFA claim from their home tenant. */
export function guest(w, u, apps) {
  const r = w.rng;
  const dev = { id: '', name: '', os: r.chance(0.8) ? 'Windows10' : 'MacOs' };
  const days = r.int(1, 6);
  for (const d of r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], days)) {
    if (dayKind(u, d) !== 'normal') continue;
    const onSite = u.partner === 'northgateaudit.com' && r.chance(0.5);
    const p = onSite ? w.place('hq', 9) : u.homeNet === u.net ? w.place(u.net, r.int(0, 15)) : w.home(u);
    const t = w.at(d, r.real(8.5, 16.5), u.base);
    const app = r.weighted([[4, [APPS.spo, RES.spo]], [3, [APPS.teamsWeb, RES.teamsSvc]], [1, [apps.opsPortal, apps.opsPortal]]]);
    const prof = dev.os === 'MacOs' ? PROF.macChrome(null) : PROF.winEdge(null);
    const res = logon(w, u, t, p, prof, { app: app[0], res: app[1], auth: 'claim', additional: 'MFA requirement satisfied by claim in the token', typoP: 0 });
    refresh(w, u, res.t, res.t + 3 * HOUR, p, prof, [[1, app]], r.int(0, 3), { session: res.session });
  }
}
