// Honest directory changes of the fortnight (and the sign-ins that go with new hires).
import { DAY, HOUR, MIN, T0, NDAYS, APPS, RESOURCES, tzAt, BASES } from './world.mjs';
import { segAt } from './tenant.mjs';

export const APP_INIT = {
  drs: { name: 'Device Registration Service', appId: '01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', spId: '6d8f2b1c-41e7-4c3a-9f0e-5a2b8c7d9e13' },
  intune: { name: 'Microsoft Intune', appId: '0000000a-0000-0000-c000-000000000000', spId: '3b9e7c2d-5f1a-4e86-b0d4-7c1e9a2f5b48' },
  pim: { name: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e', spId: 'a5c1e8f3-2d7b-4f90-8e6a-1b3c5d7f9e02' },
  invite: { name: 'Microsoft Invitation Acceptance Portal', appId: '4660504c-45b3-4674-a709-71951a6b0763', spId: 'e2f4a6c8-0b1d-4e3f-a5c7-9d1b3f5a7c86' },
  substrate: { name: 'Microsoft Substrate Management', appId: '98db8bd6-0cc0-4e67-9de5-f187f1cd1b41', spId: 'c7e9a1b3-4d5f-4a6b-8c9d-0e1f2a3b4c5d' },
};
export const mod = (name, oldV, newV) => ({ displayName: name, oldValue: oldV === null ? null : JSON.stringify(oldV), newValue: newV === null ? null : JSON.stringify(newV) });
export const userT = (p, mods = []) => ({ id: p.id, name: null, type: 'User', upn: p.upn, mods });

export function makeAuditKit(T, rng, reg, audits) {
  const r = rng.fork('audit-kit');
  const push = (a) => { audits.push(a); return a; };
  const mspIp = () => reg.pooled('msp-office', r);
  const itAdmins = T.people.filter((p) => p.itTeam && p.active);
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Safari/537.36 Edg/145.0.3274.52';
  const k = {
    push, itAdmins, mspIp,
    helpdeskReset(p, t, adm) {
      adm = adm || r.pick(T.msp);
      const corr = r.guid();
      push({ t, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', corr,
        initiator: { user: adm, ip: mspIp() }, targets: [userT(p, [])], details: [['User-Agent', ua]] });
      push({ t: t + r.int(200, 900), activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', corr,
        initiator: { user: adm, ip: mspIp() }, targets: [userT(p, [mod('Included Updated Properties', null, '')])], details: [['UserType', 'Member']] });
    },
    sspr(p, t, ip, kind) {
      if (kind === 'change') {
        push({ t, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update',
          initiator: { user: p, ip }, targets: [userT(p)], details: [] });
      } else {
        const corr = r.guid();
        for (const [i, step] of ['User started the password reset process', 'User passed verification', 'User successfully reset password'].entries())
          push({ t: t + i * r.int(20, 80) * 1000, activity: 'Self-service password reset flow activity progress', category: 'UserManagement', service: 'Self-service Password Management',
            opType: 'Update', corr, initiator: { user: p, ip }, targets: [userT(p)], details: [['Self-service password reset flow activity progress', step]] });
        push({ t: t + 250_000, activity: 'Reset password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', corr,
          initiator: { user: p, ip }, targets: [userT(p)], details: [] });
      }
    },
    secInfo(p, t, ip, what, activity = 'User registered security info') {
      push({ t, activity, category: 'UserManagement', service: 'Authentication Methods', opType: 'Update',
        initiator: { user: p, ip }, targets: [userT(p)], details: [['Method', what]], result: 'success', reason: `${activity.replace(' security info', '')} ${what}` });
    },
    phoneSwap(p, t, seg) {
      const ip = p.homeIp || reg.pooled(p.mobNet || 'ch-swisscom-mob', r);
      k.secInfo(p, t, ip, 'Microsoft Authenticator', 'User deleted security info');
      k.secInfo(p, t + r.int(60, 240) * 1000, ip, 'Microsoft Authenticator');
      k.secInfo(p, t + r.int(250, 400) * 1000, ip, 'Microsoft Authenticator', 'User changed default security info');
    },
    device(p, t, dev, ip, initUser = true) {
      const corr = r.guid();
      const dt = { id: r.guid(), name: dev.name, type: 'Device', mods: [mod('DeviceId', null, [dev.deviceId]), mod('DisplayName', null, [dev.name]), mod('DeviceOSType', null, [dev.os.startsWith('Windows') ? 'Windows' : dev.os.split(' ')[0]]),
        mod('DeviceTrustType', null, [dev.trustType === 'Azure AD joined' ? 'AzureAd' : 'Workplace'])] };
      if (initUser) push({ t, activity: 'Register device', category: 'Device', service: 'Device Registration Service', opType: 'Add', corr, initiator: { user: p, ip }, targets: [dt],
        details: [['Device Id', dev.deviceId], ['Device OS', dev.os], ['Device Trust Type', dev.trustType === 'Azure AD joined' ? 'AzureAd' : 'Workplace']] });
      push({ t: t + 1200, activity: 'Add device', category: 'Device', service: 'Core Directory', opType: 'Add', corr, initiator: { app: APP_INIT.drs }, targets: [dt], details: [] });
      push({ t: t + 1900, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', opType: 'Assign', corr, initiator: { app: APP_INIT.drs },
        targets: [{ ...dt, mods: [] }, userT(p)], details: [] });
      push({ t: t + 2300, activity: 'Add registered users to device', category: 'Device', service: 'Core Directory', opType: 'Assign', corr, initiator: { app: APP_INIT.drs },
        targets: [{ ...dt, mods: [] }, userT(p)], details: [] });
    },
  };
  return k;
}

const GROUPS = ['SG-All-Staff-GVA', 'SG-All-Staff-NBO', 'SG-All-Staff-AMM', 'SG-All-Staff-BKK', 'SG-All-Staff-PTY', 'SG-Field-JUB', 'SG-Field-GOM', 'SG-Field-CXB', 'SG-Field-GZT',
  'SG-Field-PAP', 'SG-Field-MIU', 'M365-E3-Licensed', 'M365-F3-Licensed', 'Programmes-Global', 'Finance-Team', 'Logistics-Global', 'MEAL-Data', 'Protection-Team',
  'Teams-Emergency-Response', 'SP-Grants-Readers', 'SP-HR-Confidential', 'Intune-Autopilot-Laptops', 'Travel-Security-Briefed', 'CA-Excl-Legacy-SMTP'];

/** Decide new hires and leavers before the sign-ins are generated. */
export function prepareHR(T, rng) {
  const r = rng.fork('hr');
  const pool = T.people.filter((p) => p.active && p.type === 'Member' && BASES[p.base] && !p.svc && !p.traveller && p.kind !== 'msp');
  const hires = r.sample(pool, 22);
  for (const p of hires) { p.startDay = r.pick([0, 0, 1, 7, 7, 8]); p.newHire = true; }
  const leavers = r.sample(pool.filter((p) => !p.newHire), 9);
  for (const p of leavers) { p.leaveDay = r.int(3, 12); p.leaver = true; }
  T.hires = hires; T.leavers = leavers;
}

export function benignAudits(T, rng, reg, signins, kit) {
  const r = rng.fork('audits');
  const { push, itAdmins } = kit;
  const gid = Object.fromEntries(GROUPS.map((g) => [g, r.guid()]));
  const actor = () => (r.chance(0.6) ? { user: r.pick(T.msp), ip: kit.mspIp() } : { user: r.pick(itAdmins), ip: reg.pooled('zs-zrh', r) });
  const workT = (day, tz, lo = 7.5, hi = 17.5) => Math.floor(T0 + day * DAY + (r.float(lo, hi) - tz) * HOUR);
  const emit = (rec) => { const w = reg.where(rec.ip); rec.geo = w.geo; rec.asn = w.asn; rec.netKey = w.key; signins.push(rec); };
  const groupAdd = (t, p, g, a, remove = false) => push({ t, activity: remove ? 'Remove member from group' : 'Add member to group', category: 'GroupManagement', service: 'Core Directory',
    opType: remove ? 'Unassign' : 'Assign', initiator: a, targets: [userT(p), { id: gid[g], name: g, type: 'Group', groupType: 'unifiedGroups' }],
    details: [] , identity: '' });
  // new hires
  for (const p of T.hires) {
    const tz = tzAt(p.base, T0), day = Math.max(-1, p.startDay - r.int(1, 3));
    const a = actor();
    const t = day < 0 ? T0 + r.int(1, 6) * HOUR : workT(day, 1, 8, 16);
    push({ t, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', initiator: a,
      targets: [userT(p, [mod('AccountEnabled', null, [true]), mod('DisplayName', null, [p.name]), mod('UserPrincipalName', null, [p.upn]), mod('UserType', null, ['Member'])])], details: [] });
    push({ t: t + r.int(60, 400) * 1000, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a,
      targets: [userT(p, [mod('Department', [], [p.dept]), mod('UsageLocation', [], [p.base === 'GVA' ? 'CH' : 'KE'])])], details: [] });
    push({ t: t + r.int(400, 900) * 1000, activity: 'Change user license', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a, targets: [userT(p)], details: [] });
    const g1 = BASES[p.base].kind === 'field' ? `SG-Field-${p.base}` : `SG-All-Staff-${p.base}`;
    groupAdd(t + r.int(900, 1500) * 1000, p, g1, a);
    groupAdd(t + r.int(1500, 2200) * 1000, p, BASES[p.base].kind === 'field' ? 'M365-F3-Licensed' : 'M365-E3-Licensed', a);
    if (r.chance(0.7)) groupAdd(t + r.int(2200, 3000) * 1000, p, r.pick(['Programmes-Global', 'Finance-Team', 'Logistics-Global', 'MEAL-Data', 'Protection-Team']), a);
    // first day: registration interrupt, security info, laptop Autopilot registration
    const ts = Math.floor(T0 + p.startDay * DAY + (8.6 - tz) * HOUR + r.int(0, 3600) * 1000);
    const seg = segAt(p, ts) || p.segs[0];
    const lap = p.devices.find((d) => d.kind === 'laptop');
    const ph = p.devices.find((d) => d.kind === 'phone');
    const ipL = p.base === 'GVA' ? reg.pooled('zs-zrh', r) : reg.pooled((({ NBO: 'nbo-office', AMM: 'amm-office', BKK: 'bkk-office', PTY: 'pty-office', GZT: 'tr-ttnet-office', CXB: 'bd-link3-office' })[p.base]) || (p.base === 'MIU' ? 'starlink-los' : p.base === 'PAP' ? 'starlink-mia' : 'starlink-nbo'), r);
    const base = { inter: true, user: p, app: APPS.officehome, res: ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'], ip: ipL,
      dev: lap ? { deviceId: '', os: 'Windows10', browser: 'Edge 145.0.0' } : { deviceId: '', os: ph.os, browser: 'Mobile Safari' },
      ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Safari/537.36 Edg/145.0.3274.52', clientApp: 'Browser' };
    emit({ ...base, t: ts, err: 50079, steps: [{ authenticationStepDateTime: new Date(ts).toISOString().replace('Z', '0000+00:00'), authenticationMethod: 'Password', authenticationMethodDetail: 'Password in the cloud',
      succeeded: true, authenticationStepResultDetail: 'Correct password', authenticationStepRequirement: 'Primary authentication', StatusSequence: 0, RequestSequence: 0 }], typed: true, authReq: 'singleFactorAuthentication' });
    kit.secInfo(p, ts + r.int(90, 300) * 1000, ipL, 'Microsoft Authenticator');
    kit.secInfo(p, ts + r.int(320, 500) * 1000, ipL, 'Microsoft Authenticator', 'User registered all required security info');
    emit({ ...base, app: APPS.mysignins, res: RESOURCES.mysignins, t: ts + r.int(510, 600) * 1000, steps: [], typed: false, authReq: 'multiFactorAuthentication' });
    if (lap) kit.device(p, ts + r.int(700, 2400) * 1000, lap, ipL);
    if (ph && ph.deviceId) kit.device(p, ts + r.int(2500, 5000) * 1000, ph, ipL);
  }
  // leavers
  for (const p of T.leavers) {
    const a = actor(), t = workT(p.leaveDay, 1, 14, 18);
    push({ t, activity: 'Disable account', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a,
      targets: [userT(p, [mod('AccountEnabled', [true], [false])])], details: [] });
    push({ t: t + 30_000, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a,
      targets: [userT(p, [mod('AccountEnabled', [true], [false]), mod('Included Updated Properties', null, 'AccountEnabled')])], details: [] });
    push({ t: t + 120_000, activity: 'Update StsRefreshTokenValidFrom Timestamp', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a, targets: [userT(p)], details: [] });
    groupAdd(t + 300_000, p, BASES[p.base].kind === 'field' ? `SG-Field-${p.base}` : `SG-All-Staff-${p.base}`, a, true);
    push({ t: t + 420_000, activity: 'Change user license', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a, targets: [userT(p)], details: [] });
  }
  // help desk password resets (calls) and self-service resets
  const members = T.people.filter((p) => p.active && p.type === 'Member' && BASES[p.base] && !p.svc);
  for (const p of r.sample(members, 26)) kit.helpdeskReset(p, workT(r.int(0, 13), 5.5, 9.5, 19));
  for (const p of r.sample(members, 18)) {
    const day = r.int(0, 13), tz = tzAt(p.base, T0), t = workT(day, tz, 6.5, 22);
    kit.sspr(p, t, p.homeIp || reg.pooled(p.mobNet, r), 'reset');
  }
  // group churn by IT and by team owners
  for (let i = 0; i < 150; i++) {
    const p = r.pick(members), g = r.pick(GROUPS.slice(11)), day = r.int(0, 13);
    const wd = new Date(T0 + day * DAY).getUTCDay(); if (wd === 0 || wd === 6) continue;
    const owner = r.chance(0.35) ? { user: r.pick(members), ip: '' } : actor();
    groupAdd(workT(day, 1, 6, 17), p, g, owner, r.chance(0.3));
  }
  // surge team: group and CA exclusion tweak (9 Mar)
  const tS = Date.UTC(2026, 2, 9, 7, 12, 5, 411);
  const itA = { user: itAdmins[0], ip: reg.pooled('zs-zrh', r) };
  push({ t: tS, activity: 'Add group', category: 'GroupManagement', service: 'Core Directory', opType: 'Add', initiator: itA,
    targets: [{ id: gid['Teams-Emergency-Response'], name: 'SURGE-GOMA-2026-03', type: 'Group', mods: [mod('DisplayName', null, ['SURGE-GOMA-2026-03'])] }], details: [] });
  for (const [i, p] of (T.surge || []).entries()) groupAdd(tS + (i + 1) * 41_000, p, 'Teams-Emergency-Response', itA);
  push({ t: tS + 1_800_000, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', initiator: itA,
    targets: [{ id: '91e5c3a7-2f8d-4b16-a4c9-3d7e0b5f8a21', name: 'KRI-03 Unmanaged devices - limited web access, block desktop apps', type: 'Policy', mods: [mod('ConditionalAccessPolicy', null, { excludeGroups: ['SURGE-GOMA-2026-03'] })] }], details: [] });
  // PIM activations by the IT team
  for (let day = 0; day < NDAYS; day++) {
    const wd = new Date(T0 + day * DAY).getUTCDay(); if (wd === 0 || wd === 6) continue;
    for (const a of r.sample(itAdmins, Math.min(itAdmins.length, r.int(2, 5)))) {
      const t = workT(day, 1, 7, 16), role = r.pick(['User Administrator', 'Intune Administrator', 'Exchange Administrator', 'Global Reader', 'Application Administrator']);
      const ip = reg.pooled('zs-zrh', r), corr = r.guid();
      const roleT = { id: r.guid(), name: role, type: 'Role' };
      push({ t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Assign', corr, initiator: { user: a, ip }, targets: [roleT, userT(a)], details: [['Justification', r.pick(['Helpdesk ticket', 'User onboarding', 'Mailbox permissions', 'Device enrolment issue', 'Weekly review'])]] });
      push({ t: t + 9000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Assign', corr, initiator: { user: a, ip }, targets: [roleT, userT(a)], details: [] });
      push({ t: t + 10000, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', opType: 'Assign', corr, initiator: { app: APP_INIT.pim }, targets: [userT(a), roleT], details: [] });
      push({ t: t + 8 * HOUR, activity: 'Remove member from role', category: 'RoleManagement', service: 'Core Directory', opType: 'Unassign', initiator: { app: APP_INIT.pim }, targets: [userT(a), roleT], details: [] });
    }
  }
  // Intune compliance updates on devices
  const laptops = members.flatMap((p) => p.devices.filter((d) => d.kind === 'laptop').map((d) => [p, d]));
  for (let i = 0; i < 210; i++) {
    const [, d] = r.pick(laptops);
    push({ t: Math.floor(T0 + r.float(0, NDAYS) * DAY), activity: 'Update device', category: 'Device', service: 'Core Directory', opType: 'Update', initiator: { app: APP_INIT.intune },
      targets: [{ id: r.guid(), name: d.name, type: 'Device', mods: [mod('IsCompliant', [r.chance(0.5)], [r.chance(0.8)]), mod('Included Updated Properties', null, 'IsCompliant')] }], details: [] });
  }
  // application management by the IT team
  const appEvt = (t, activity, opType, name, mods, a = itA) => push({ t, activity, category: 'ApplicationManagement', service: 'Core Directory', opType, initiator: a,
    targets: [{ id: r.guid(), name, type: activity.includes('service principal') || activity.includes('Consent') ? 'ServicePrincipal' : 'Application', mods }], details: [['User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Safari/537.36 Edg/145.0.3274.52']] });
  const t3 = Date.UTC(2026, 2, 3, 9, 24, 11, 87);
  for (const [i, app] of ['Miro', 'Adobe Acrobat Sign'].entries()) {
    const t = t3 + i * DAY * 2;
    appEvt(t, 'Add service principal', 'Add', app, [mod('AccountEnabled', [], [true]), mod('DisplayName', [], [app])]);
    appEvt(t + 3000, 'Add delegated permission grant', 'Assign', 'Microsoft Graph', [mod('DelegatedPermissionGrant.Scope', '', ' User.Read openid profile email offline_access'), mod('DelegatedPermissionGrant.ConsentType', '', 'AllPrincipals')]);
    appEvt(t + 4000, 'Consent to application', 'Assign', app, [mod('ConsentContext.IsAdminConsent', null, 'True'), mod('ConsentContext.OnBehalfOfAll', null, 'True'), mod('ConsentAction.Permissions', null, 'Scope:  User.Read openid profile email offline_access')]);
  }
  const t5 = Date.UTC(2026, 2, 5, 13, 2, 51, 644);
  appEvt(t5, 'Add application', 'Add', 'KRI Power BI Refresh', [mod('AppId', [], ['6a2f9e41-7b3c-4d85-a1e0-c4b7d9f2e8a3']), mod('DisplayName', [], ['KRI Power BI Refresh'])]);
  appEvt(t5 + 2000, 'Add service principal', 'Add', 'KRI Power BI Refresh', [mod('AccountEnabled', [], [true])]);
  appEvt(t5 + 9000, 'Add owner to application', 'Assign', 'KRI Power BI Refresh', []);
  appEvt(Date.UTC(2026, 2, 11, 10, 15, 3, 902), 'Update application – Certificates and secrets management ', 'Update', 'Sage Intacct Connector (KRI Finance)',
    [mod('KeyDescription', ['[KeyIdentifier=0c4e1f7a-2b3d-4e5f-8a9b-1c2d3e4f5a6b,KeyType=Password,KeyUsage=Verify,DisplayName=2025-rotation]'], ['[KeyIdentifier=0c4e1f7a-2b3d-4e5f-8a9b-1c2d3e4f5a6b,KeyType=Password,KeyUsage=Verify,DisplayName=2025-rotation]', '[KeyIdentifier=7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a,KeyType=Password,KeyUsage=Verify,DisplayName=2026-03-rotation]'])]);
  // guest invitations and redemptions
  const guests = T.guests;
  for (let i = 0; i < 24; i++) {
    const g = r.pick(guests), inviter = r.pick(members), day = r.int(0, 12), t = workT(day, 1, 7, 17);
    push({ t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', opType: 'Add', initiator: { user: inviter, ip: '' },
      targets: [{ id: g.id, name: g.name, type: 'User', upn: `${g.upn.replace('@', '_')}#EXT#@kestrelrelief.onmicrosoft.com`, mods: [] }], details: [['invitedUserEmailAddress', g.upn]] });
    if (r.chance(0.8)) push({ t: t + r.int(1, 30) * HOUR, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', opType: 'Update',
      initiator: { user: g, ip: g.homeIp || '' }, targets: [{ id: g.id, name: g.name, type: 'User', upn: g.upn, mods: [] }], details: [] });
  }
  // licence and attribute changes
  for (let i = 0; i < 40; i++) {
    const p = r.pick(members), a = actor(), t = workT(r.int(0, 13), 1, 6, 17);
    push({ t, activity: r.chance(0.5) ? 'Change user license' : 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', initiator: a,
      targets: [userT(p, [mod('JobTitle', [], [r.pick(['Programme Officer', 'Senior Programme Officer', 'Finance Assistant', 'Logistics Officer', 'MEAL Officer', 'Protection Officer'])])])], details: [] });
  }
}
