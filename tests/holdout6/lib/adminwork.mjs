// The honest administrative work of two weeks: PIM activations, directory sync, Intune, helpdesk, app and policy changes.
import { HOUR, MIN, PROF } from './world.mjs';
import { APPS, RES, CA } from './catalog.mjs';
import { audit, byUser, byApp, tUser, tObj, mp, roleProps, roleTarget, MS_PIM, SYNC_APP, INTUNE_APP, DRS_APP } from './audit.mjs';
import { logon } from './patterns.mjs';
import { LAYOVER_NET } from './networks.mjs';

const ADMIN_ROLES = ['ga', 'appAdmin', 'userAdmin', 'intune', 'exchange', 'security', 'ca', 'cloudAppAdmin', 'helpdesk', 'hybrid'];
const sync = byApp(SYNC_APP[0], SYNC_APP[1], 'Microsoft Azure AD Connect');

export function pimActivations(w, pimLog) {
  const r = w.rng;
  for (const { admin: a, t, ip } of pimLog) {
    const role = a.pimRole || (a.pimRole = r.pick(ADMIN_ROLES));
    const k = r.chance(0.7) ? role : r.pick(ADMIN_ROLES);
    const corr = r.uuid(), hrs = r.pick([1, 2, 4, 8]);
    const just = r.pick(['CHG0041' + r.int(100, 999), 'INC0098' + r.int(100, 999), 'Weekly app registration review', 'Intune compliance policy update', 'Investigate sign-in issue for user', 'License reconciliation']);
    audit(w, { t, activity: 'Add member to role requested (PIM activation)', service: 'PIM', by: byUser(a, ip), targets: [roleTarget(k), tUser(a)], correlationId: corr, reason: just, details: [['RequestId', r.uuid()], ['ExpirationTime', new Date(t + hrs * HOUR).toISOString()], ['Justification', just]] });
    audit(w, { t: t + 4000, activity: 'Add member to role', by: byApp(MS_PIM[0], MS_PIM[1], 'MS-PIM'), targets: [tUser(a, roleProps(k))], correlationId: corr });
    audit(w, { t: t + 6000, activity: 'Add member to role completed (PIM activation)', service: 'PIM', by: byUser(a, ip), targets: [roleTarget(k), tUser(a)], correlationId: corr, reason: just });
    const te = t + hrs * HOUR;
    audit(w, { t: te, activity: 'Remove member from role', by: byApp(MS_PIM[0], MS_PIM[1], 'MS-PIM'), targets: [tUser(a, roleProps(k))] });
    audit(w, { t: te + 3000, activity: 'Remove member from role (PIM activation expired)', service: 'PIM', by: byApp(MS_PIM[0], MS_PIM[1], 'MS-PIM'), targets: [roleTarget(k), tUser(a)], reason: 'Timebound activation expired' });
  }
}

export function background(w) {
  const r = w.rng;
  const members = w.users.filter((u) => u.userType === 'member' && u.role !== 'svc' && u.role !== 'admin');
  for (let d = 0; d < 14; d++) {
    // HR attribute changes flowing through Entra Connect (every 30 minutes, weekdays heavier)
    for (let i = r.int(w.weekend(d) ? 5 : 20, w.weekend(d) ? 15 : 45); i > 0; i--) {
      const u = r.pick(members);
      const [prop, ov, nv] = r.pick([['Department', 'Inflight Services', 'Inflight Services - YYZ'], ['JobTitle', 'Flight Attendant', 'Flight Attendant - Purser'], ['Manager', null, null], ['TelephoneNumber', '+1 905 555 0100', '+1 905 555 0199'], ['OfficeLocation', 'YYZ', 'YYZ-HQ-4'], ['ExtensionAttribute10', 'CBA-2024', 'CBA-2026']]);
      audit(w, { t: w.at(d, Math.floor(r.real(0, 48)) / 2, 'TOR'), activity: 'Update user', by: sync, targets: [tUser(u, [mp(prop, [ov], [nv]), mp('Included Updated Properties', null, prop)])] });
    }
    // Intune compliance re-evaluations / device updates
    for (let i = r.int(40, 90); i > 0; i--) {
      const u = r.pick(members);
      const dev = u.ipad || u.laptop || u.phoneDev;
      if (!dev) continue;
      audit(w, { t: w.at(d, r.real(0, 24), 'TOR'), activity: 'Update device', category: 'Device', by: byApp(INTUNE_APP[0], INTUNE_APP[1], 'Microsoft Intune'), targets: [tObj('Device', dev.id, dev.name, [mp('IsCompliant', [true], [true]), mp('Included Updated Properties', null, 'IsCompliant,ComplianceExpiryTime')])] });
    }
    // iPad swaps and new phones: device registration by the user through DRS
    for (let i = r.int(2, 7); i > 0; i--) {
      const u = r.pick(members);
      const id = r.uuid(), name = u.role === 'pilot' || u.role === 'cabin' ? `BP-EFB-${r.alnum(6)}` : 'iPhone';
      const t = w.at(d, r.real(8, 20), u.base === 'LON' ? 'LON' : u.base in { YYZ: 1, YVR: 1 } ? u.base : 'TOR');
      const ip = w.home(u).ip;
      audit(w, { t, activity: 'Add device', category: 'Device', by: byApp(DRS_APP[0], DRS_APP[1], 'Device Registration Service'), targets: [tObj('Device', id, name, [mp('DeviceOSType', [], ['IOS']), mp('DeviceTrustType', [], ['Workplace'])])] });
      audit(w, { t: t + 2000, activity: 'Register device', category: 'Device', service: 'Device Registration Service', by: byApp(DRS_APP[0], DRS_APP[1], 'Device Registration Service'), targets: [tObj('Device', id, name)], details: [['Device Id', id], ['Device OS', 'iOS'], ['Device Trust Type', 'Workplace']] });
      audit(w, { t: t + 3000, activity: 'Add registered owner to device', category: 'Device', by: byApp(DRS_APP[0], DRS_APP[1], 'Device Registration Service'), targets: [tObj('Device', id, name), tUser(u)], ua: null });
      void ip;
    }
  }
}

/** Service desk (Manila, on Cloud PCs) password resets and MFA resets. */
export function helpdesk(w, desk) {
  const r = w.rng;
  const members = w.users.filter((u) => u.userType === 'member' && ['pilot', 'cabin', 'ground', 'mx', 'hq'].includes(u.role));
  for (let d = 0; d < 14; d++) {
    for (let i = r.int(w.weekend(d) ? 0 : 1, w.weekend(d) ? 2 : 5); i > 0; i--) {
      const a = r.pick(desk), u = r.pick(members);
      const t = w.at(d, r.real(8.2, 16.5), 'TOR');
      audit(w, { t, activity: 'Reset user password', by: byUser(a, a.cloudPcIp), targets: [tUser(u)], ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36 Edg/143.0.0.0' });
      audit(w, { t: t + 1500, activity: 'Reset password (by admin)', service: 'Self-service Password Management', by: byUser(a, a.cloudPcIp), targets: [tUser(u)], reason: 'Successfully completed reset.' });
      audit(w, { t: t + 2500, activity: 'Update user', by: byUser(a, a.cloudPcIp), targets: [tUser(u, [mp('ForceChangePasswordNextLogin', [false], [true])])] });
      u.forceChange = t;
    }
  }
}

/** A lost or replaced phone: MFA reset by the desk, TAP, new Authenticator registered (sometimes from a layover hotel). */
export function lostPhone(w, desk, u) {
  const r = w.rng, d = u.lostPhoneDay, a = r.pick(desk);
  const abroad = (u.role === 'pilot' || u.role === 'cabin') ? r.pick(['LHR', 'NRT', 'FRA', 'MEX', 'HKG']) : null;
  const t = w.at(d, r.real(9, 15), 'TOR');
  audit(w, { t, activity: 'Admin deleted security info', service: 'Authentication Methods', by: byUser(a, a.cloudPcIp), targets: [tUser(u)], reason: 'Admin deleted Authenticator App with Notification and Code method for user' });
  audit(w, { t: t + 60_000, activity: 'Admin registered security info', service: 'Authentication Methods', by: byUser(a, a.cloudPcIp), targets: [tUser(u)], reason: 'Admin registered temporary access pass method for user' });
  const p = abroad ? w.place(LAYOVER_NET[abroad][0], u.homeIpIdx + 3) : w.home(u);
  const t2 = t + r.real(0.3, 2) * HOUR;
  const prof = PROF.phoneWeb(u);
  w.emit(u, t2, p, prof, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap', code: 50072 });
  w.emit(u, t2 + 40_000, p, prof, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap' });
  audit(w, { t: t2 + 150_000, activity: 'User registered security info', service: 'Authentication Methods', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'User registered Authenticator App with Notification and Code' });
  audit(w, { t: t2 + 160_000, activity: 'User changed default security info', service: 'Authentication Methods', by: byUser(u, p.ip), targets: [tUser(u)], reason: 'User changed default security info' });
  logon(w, u, t2 + 300_000, p, PROF.phoneApp(u), { app: APPS.outlookMobile, res: RES.exo, auth: 'mfa', typoP: 0, mfaIntP: 0 });
}
