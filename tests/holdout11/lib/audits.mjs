// The fortnight's honest directory changes, and the honest sign-ins that go with them
// (a reset password used, a new phone enrolled with a Temporary Access Pass, a leaver's phone failing).
import { START, DAYS, HOUR, MIN, DAY, APPS, CA, DOMAIN } from './world.mjs';
import { auditLine } from './records.mjs';
import { whereAt, hotelIp, atLocal, egressFor } from './routines.mjs';
import { localHour } from './kit.mjs';

export function addAudit(ctx, a, benign = true, scen = null) {
  if (a.ip) {
    const info = ctx.reg.info(a.ip);
    if (!info) throw new Error(`audit address ${a.ip} never allocated`);
    if (benign && info.role !== 'honest') throw new Error(`benign audit uses intruder address ${a.ip}`);
  }
  const r = auditLine(ctx.rng, a);
  ctx.audits.push({ t: Math.round(a.t), line: Buffer.from(r.line + '\n', 'utf8'), benign, scen, ip: a.ip || '' });
  return r;
}

/** where a person's traffic leaves at time t (for audit initiator addresses and follow-up sign-ins) */
export function ipOf(ctx, p, t, dev) {
  const s = whereAt(p, t);
  if (!s || s.kind === 'flight') return null;
  if (s.kind === 'home') return p.household.ip;
  if (s.kind === 'hotel') return hotelIp(ctx, p, s);
  if (s.kind === 'away') return ctx.mobileIp(dev || p.phone, s.net, t);
  if (s.kind === 'out') return ctx.mobileIp(dev || p.phone, p.mobile || 'telenor-mob', t);
  if (s.kind === 'work') return p.laptop ? egressFor(ctx, p, s, t) : (s.wfh ? p.household.ip : ctx.site(s.net));
  return null;
}
const userT = (p) => ({ id: p.id, displayName: null, type: 'User', upn: p.upn });
const shiftAgent = (ctx, agents, t) => agents.find((a) => { const s = whereAt(a, t); return s && s.kind === 'work'; });

export function honestAudits(ctx, people, env) {
  const { rng } = ctx;
  const by = (f) => people.filter(f);
  const admins = by((p) => p.role === 'it' && p.admin);
  const agents = by((p) => p.role === 'sdesk');
  const crew = by((p) => (p.role === 'pilot' || p.role === 'cabin') && !p.newHire);
  const ground = by((p) => p.role === 'ground');
  const syncAcct = { id: rng.guid(), upn: `Sync_NLA-AADC01_5f1e2d3c4b5a@nordlysair.onmicrosoft.com`, name: 'On-Premises Directory Synchronization Service Account' };
  const provApp = { appId: null, name: 'Device Registration Service', spId: rng.guid() };
  const adminIp = (a, t) => ipOf(ctx, a, t) || a.household.ip;
  const workingAdmin = (t) => admins.find((a) => { const s = whereAt(a, t); return s && s.kind === 'work'; });

  // Entra Connect: nightly and hourly attribute sync from the on-prem AD (HR changes, rosters, base transfers)
  for (let d = 0; d < DAYS; d++) {
    const n = rng.int(18, 45);
    for (let i = 0; i < n; i++) {
      const u = rng.pick(people.filter((p) => p.household && !p.guest));
      const t = atLocal(d, rng.real(0, 24));
      addAudit(ctx, { t, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', by: { user: syncAcct }, ip: '', targets: [{ ...userT(u), props: [[rng.pick(['TelephoneNumber', 'JobTitle', 'Department', 'Manager', 'OfficeLocation', 'MobilePhone']), '[]', '[]'], ['Included Updated Properties', null, '""']] }] });
    }
  }
  // PIM: admins activate their roles on working days
  for (const a of admins) for (const s of a.tl.segs) {
    if (s.kind !== 'work' || s.a < START || s.a >= START + DAYS * DAY) continue;
    const t = s.a + rng.int(12, 70) * MIN;
    const role = rng.weighted([['User Administrator', 3], ['Application Administrator', 2], ['Conditional Access Administrator', 1], ['Global Administrator', 0.4], ['Intune Administrator', 1]]);
    const ip = egressFor(ctx, a, s, t);
    const corr = rng.guid();
    addAudit(ctx, { t, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: a }, ip, corr, targets: [{ id: rng.guid(), displayName: role, type: 'Role' }, userT(a)], details: [['Justification', rng.pick(['Change CHG0041' + rng.int(100, 999), 'Ticket INC00' + rng.int(10000, 99999), 'Daily ops', 'User onboarding'])], ['Ticket Number', ''], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]] });
    addAudit(ctx, { t: t + rng.int(2, 9) * 1000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: a }, ip, corr, targets: [{ id: rng.guid(), displayName: role, type: 'Role' }, userT(a)] });
  }
  // Service desk password resets (crew abroad at night, kiosk agents locked out)
  const resets = [];
  for (let i = 0; i < 46; i++) {
    const abroad = i < 12;
    let p, t, s;
    for (let tries = 0; tries < 200; tries++) {
      p = abroad ? rng.pick(crew) : rng.pick(rng.chance(0.5) ? ground : crew);
      const segs = p.tl.segs.filter((x) => (abroad ? x.kind === 'hotel' && x.foreign : x.kind === 'home' || x.kind === 'work') && x.a >= START && x.b < START + DAYS * DAY - 3 * HOUR && x.b - x.a > 3 * HOUR);
      if (!segs.length) continue;
      s = rng.pick(segs);
      t = abroad ? Math.max(s.a + 30 * MIN, atLocal(Math.floor((s.a - START) / DAY), rng.real(22.5, 25.5), s.off ?? 1)) : s.a + rng.real(0.3, 0.8) * (s.b - s.a);
      if (t > s.b - 40 * MIN || t < s.a) continue;
      const h = localHour(t, s.off ?? 1); if (!abroad && (h < 6 || h > 22)) continue;
      if (shiftAgent(ctx, agents, t)) break;
      p = null;
    }
    if (!p) continue;
    const ag = shiftAgent(ctx, agents, t);
    const agIp = ctx.site('tet-riga');
    const corr = rng.guid();
    addAudit(ctx, { t, activity: 'Reset user password', category: 'UserManagement', service: 'Core Directory', opType: 'Update', by: { user: ag }, ip: agIp, corr, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.2957.127', targets: [userT(p)] });
    addAudit(ctx, { t: t + 1500, activity: 'Reset password (by admin)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', by: { user: ag }, ip: agIp, corr, targets: [userT(p)] });
    // the user signs in with the temporary password and changes it
    const tu = t + rng.int(4, 20) * MIN;
    const ip = s.kind === 'hotel' ? (rng.chance(0.6) ? hotelIp(ctx, p, s) : ctx.mobileIp(p.phone, p.mobile, tu)) : s.kind === 'home' ? p.household.ip : ctx.site(s.net);
    const ua = p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome';
    ctx.emit(p, { t: tu, app: 'officeHome', res: 'officeHome', ip, ua, device: p.phone, auth: 'password', err: 50125, loginHint: false });
    ctx.emit(p, { t: tu + rng.int(60, 150) * 1000, app: 'officeHome', res: 'officeHome', ip, ua, device: p.phone, auth: 'password+mfa' });
    addAudit(ctx, { t: tu + rng.int(30, 50) * 1000, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', by: { user: p }, ip, targets: [userT(p)] });
    // the phone's refresh token dies with the old password
    const tf = tu + rng.int(10, 90) * MIN;
    const ipf = ipOf(ctx, p, tf);
    if (ipf) {
      ctx.emit(p, { t: tf, ni: true, app: 'outlookMobile', res: 'exo', ip: ipf, ua: p.phoneUa === 'iphone' ? 'iphoneOutlook' : 'androidOutlook', device: p.phone, err: 50133 });
      ctx.emit(p, { t: tf + rng.int(30, 600) * 1000, app: 'outlookMobile', res: 'exo', ip: ipf, ua: p.phoneUa === 'iphone' ? 'iphoneOutlook' : 'androidOutlook', device: p.phone, auth: 'password+mfa' });
    }
    resets.push({ p, t });
  }
  // New phones: crew who lost or replaced a phone get a Temporary Access Pass from the desk
  for (let i = 0; i < 9; i++) {
    const p = rng.pick(crew.filter((c) => c.pad));
    const abroad = i < 4;
    const segs = p.tl.segs.filter((x) => (abroad ? x.kind === 'hotel' && x.foreign : x.kind === 'home') && x.a >= START + DAY && x.b < START + DAYS * DAY - 2 * HOUR && x.b - x.a > 4 * HOUR);
    if (!segs.length) continue;
    const s = rng.pick(segs);
    let t = s.a + rng.real(0.25, 0.6) * (s.b - s.a);
    let ag = shiftAgent(ctx, agents, t);
    for (let k = 0; k < 10 && !ag; k++) { t += 30 * MIN; ag = shiftAgent(ctx, agents, t); }
    if (!ag || t > s.b - 60 * MIN) continue;
    const agIp = ctx.site('tet-riga');
    const corr = rng.guid();
    addAudit(ctx, { t, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Delete', by: { user: ag }, ip: agIp, corr, targets: [userT(p)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    addAudit(ctx, { t: t + rng.int(40, 200) * 1000, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: ag }, ip: agIp, targets: [userT(p)], details: [['Method', 'Temporary Access Pass'], ['LifetimeInMinutes', '60'], ['IsUsableOnce', 'True']] });
    const newPhone = { ...p.phone, id: rng.guid(), _mob: null };
    const tu = t + rng.int(6, 25) * MIN;
    const ip = s.kind === 'hotel' ? hotelIp(ctx, p, s) : p.household.ip;
    const ua = p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome';
    ctx.emit(p, { t: tu, app: 'mySignins', res: 'graph', ip, ua, auth: 'tap', loginHint: false });
    addAudit(ctx, { t: tu + rng.int(60, 240) * 1000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: p }, ip, targets: [userT(p)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    addAudit(ctx, { t: tu + rng.int(250, 400) * 1000, activity: 'Register device', category: 'Device', service: 'Core Directory', opType: 'Add', by: { app: provApp }, ip: '', targets: [{ id: newPhone.id, displayName: newPhone.name, type: 'Device' }], details: [['Device Trust Type', 'Workplace'], ['Device OS', p.phoneUa === 'iphone' ? 'iOS' : 'Android']] });
    ctx.emit(p, { t: tu + rng.int(420, 700) * 1000, app: 'outlookMobile', res: 'exo', ip, ua: p.phoneUa === 'iphone' ? 'iphoneOutlook' : 'androidOutlook', device: newPhone, auth: 'password+mfa' });
    p.phone = newPhone;
  }
  // leavers: disabled on their last day; their phone keeps trying for a day or two
  for (const p of env.leavers) {
    const a = workingAdmin(p.leaveAt) || admins[0];
    const ipA = adminIp(a, p.leaveAt);
    addAudit(ctx, { t: p.leaveAt, activity: 'Disable account', category: 'UserManagement', service: 'Core Directory', opType: 'Update', by: { user: a }, ip: ipA, targets: [{ ...userT(p), props: [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']] }] });
    addAudit(ctx, { t: p.leaveAt + 4000, activity: 'Update user', category: 'UserManagement', service: 'Core Directory', opType: 'Update', by: { user: a }, ip: ipA, targets: [{ ...userT(p), props: [['AccountEnabled', '[true]', '[false]']] }] });
    let t = p.leaveAt + rng.int(20, 120) * MIN;
    const stop = p.leaveAt + rng.int(20, 50) * HOUR;
    while (t < stop && t < START + DAYS * DAY) {
      const h = localHour(t, 1);
      if (h > 7 && h < 23) ctx.emit(p, { t, ni: true, app: rng.chance(0.5) ? 'outlookMobile' : 'teams', res: 'exo', ip: rng.chance(0.5) ? p.household.ip : ctx.mobileIp(p.phone, p.mobile || 'telenor-mob', t), ua: p.phoneUa === 'iphone' ? 'iphoneOutlook' : 'androidOutlook', device: p.phone, err: 50057 });
      t += rng.int(40, 180) * MIN;
    }
  }
  // new hires: created before their start, TAP on the first morning, MFA set up from home or the training centre
  for (const p of env.newHires) {
    const a = admins[1];
    const tc = atLocal(3, rng.real(9, 15));
    addAudit(ctx, { t: tc, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', by: { user: a }, ip: adminIp(a, tc) , targets: [{ ...userT(p), props: [['AccountEnabled', null, '[true]'], ['DisplayName', null, `["${p.name}"]`], ['UserPrincipalName', null, `["${p.upn}"]`]] }] });
    addAudit(ctx, { t: tc + 9000, activity: 'Add member to group', category: 'GroupManagement', service: 'Core Directory', opType: 'Assign', by: { user: a }, ip: adminIp(a, tc), targets: [{ id: rng.guid(), displayName: p.role === 'cabin' ? 'SG-Crew-Cabin-OSL' : 'SG-HQ-Staff', type: 'Group' }, userT(p)] });
    const tt = p.startAt - rng.int(20, 50) * MIN;
    const ta = workingAdmin(tt) || a;
    addAudit(ctx, { t: tt, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: ta }, ip: adminIp(ta, tt), targets: [userT(p)], details: [['Method', 'Temporary Access Pass'], ['LifetimeInMinutes', '480'], ['IsUsableOnce', 'False']] });
    const ip = p.role === 'cabin' ? ctx.site('corp-gen') : p.household.ip;
    const ua = p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome';
    ctx.emit(p, { t: p.startAt, app: 'mySignins', res: 'graph', ip, ua: p.laptop ? 'winEdge' : ua, device: null, auth: 'tap', err: 0, loginHint: false });
    addAudit(ctx, { t: p.startAt + 150000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: p }, ip, targets: [userT(p)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    addAudit(ctx, { t: p.startAt + 200000, activity: 'User registered all required security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: p }, ip, targets: [userT(p)] });
  }
  // devices registering: new and re-enrolled phones and tablets
  for (let i = 0; i < 60; i++) {
    const p = rng.pick(people.filter((x) => x.phone && x.household));
    const t = START + rng.real(0, DAYS * DAY);
    addAudit(ctx, { t, activity: rng.chance(0.6) ? 'Update device' : 'Register device', category: 'Device', service: 'Core Directory', opType: 'Update', by: { app: provApp }, ip: '', targets: [{ id: p.phone.id, displayName: p.phone.name, type: 'Device' }] });
  }
  // self-service: people change passwords (expiry reminders), some register a new phone number
  for (let i = 0; i < 55; i++) {
    const p = rng.pick(people.filter((x) => x.household && !x.guest && x.tl));
    const t = START + rng.real(0, DAYS * DAY);
    const ip = ipOf(ctx, p, t);
    if (!ip) continue;
    if (rng.chance(0.7)) addAudit(ctx, { t, activity: 'Change password (self-service)', category: 'UserManagement', service: 'Self-service Password Management', opType: 'Update', by: { user: p }, ip, targets: [userT(p)] });
    else addAudit(ctx, { t, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: p }, ip, targets: [userT(p)], details: [['Method', 'Phone'], ['AuthenticationMethod', 'Mobile']] });
  }
  // group membership work by admins (roster base groups, SharePoint access)
  for (let i = 0; i < 140; i++) {
    const t = START + rng.real(0, DAYS * DAY);
    const a = workingAdmin(t);
    if (!a) continue;
    const u = rng.pick(people.filter((x) => x.household));
    addAudit(ctx, { t, activity: rng.chance(0.7) ? 'Add member to group' : 'Remove member from group', category: 'GroupManagement', service: 'Core Directory', opType: 'Assign', by: { user: a }, ip: adminIp(a, t), targets: [{ id: rng.guid(), displayName: rng.pick(['SG-Crew-Cabin-OSL', 'SG-Crew-Pilots-BGO', 'SG-Crew-Pilots-TRD', 'SG-Ground-TOS', 'SG-MX-Hangar-OSL', 'SG-HQ-Staff', 'SG-EFB-Tablets', 'SG-OCC']), type: 'Group' }, userT(u)] });
  }
  // application and policy administration
  const appAdmin = admins[2], caAdmin = admins[0];
  const appWork = (d, h) => atLocal(d, h);
  const secretRot = [['CrewPlan Roster Connector', 2], ['Nordlys Ops Portal', 4], ['AMOS Maintenance', 8], ['Nordlys MyHR (Workday)', 10]];
  for (const [name, d] of secretRot) {
    const t = appWork(d, rng.real(9.5, 14));
    const kid = rng.guid();
    addAudit(ctx, { t, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', by: { user: appAdmin }, ip: adminIp(appAdmin, t), targets: [{ id: rng.guid(), displayName: name, type: 'Application', props: [['KeyDescription', '[]', `["[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-2026-02]"]`], ['Included Updated Properties', null, '"KeyDescription"']] }] });
  }
  {
    const t = appWork(7, 10.2), ip = adminIp(appAdmin, t), appId = rng.guid(), spId = rng.guid(), corr = rng.guid();
    addAudit(ctx, { t, activity: 'Add application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', by: { user: appAdmin }, ip, corr, targets: [{ id: rng.guid(), displayName: 'SkyBrief Weather', type: 'Application', props: [['AppAddress', null, '[{"AddressType":0,"Address":"https://app.skybrief.example/auth"}]']] }] });
    addAudit(ctx, { t: t + 2000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', by: { user: appAdmin }, ip, corr, targets: [{ id: spId, displayName: 'SkyBrief Weather', type: 'ServicePrincipal' }] });
    const t2 = appWork(7, 13.4), ip2 = adminIp(caAdmin, t2), c2 = rng.guid();
    addAudit(ctx, { t: t2, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: caAdmin }, ip: ip2, corr: c2, targets: [{ id: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', '', '"User.Read openid profile offline_access"'], ['DelegatedPermissionGrant.ConsentType', '', '"AllPrincipals"']] }] });
    addAudit(ctx, { t: t2 + 1200, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: caAdmin }, ip: ip2, corr: c2, targets: [{ id: spId, displayName: 'SkyBrief Weather', type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"True"'], ['ConsentContext.OnBehalfOfAll', null, '"True"'], ['ConsentAction.Permissions', null, '"[] => [[Id: x, ClientId: ' + spId + ', PrincipalId: , ResourceId: graph, ConsentType: AllPrincipals, Scope: User.Read openid profile offline_access]]"']] }] });
  }
  const caEdits = [[3, 'CA003 - Crew tablets - Require compliant device', 'efb'], [8, 'CA007 - Block countries outside operations (report-only)', 'countries'], [10, 'CA001 - All users - Require MFA outside trusted locations', 'mfa']];
  for (const [d, name, key] of caEdits) {
    const t = appWork(d, rng.real(10, 15));
    addAudit(ctx, { t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', by: { user: caAdmin }, ip: adminIp(caAdmin, t), targets: [{ id: CA[key][0], displayName: name, type: 'Policy', props: [['ConditionalAccessPolicy', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass"]}}}', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass","SG-EFB-Pilot-Test"]}}}']] }] });
  }
  // Sunday-night on-call: the EFB app update breaks compliance checks on crew tablets; the on-call admin
  // excludes the tablet group from CA003 from home, and puts it back on Monday morning
  {
    const oc = admins[0];
    const t = atLocal(6, 22.6);
    const ip = oc.household.ip;
    const sess = rng.guid();
    ctx.emit(oc, { t: t - 9 * MIN, app: 'azurePortal', res: 'arm', ip, ua: 'winEdge', device: oc.laptop, session: sess, auth: 'fido', adminApp: true });
    const corr = rng.guid();
    addAudit(ctx, { t: t - 6 * MIN, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: oc }, ip, corr, targets: [{ id: rng.guid(), displayName: 'Conditional Access Administrator', type: 'Role' }, userT(oc)], details: [['Justification', 'P1 INC0098812 EFB tablets blocked'], ['StartTime', new Date(t - 6 * MIN).toISOString()], ['ExpirationTime', new Date(t + 2 * HOUR).toISOString()]] });
    addAudit(ctx, { t: t - 6 * MIN + 3000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: oc }, ip, corr, targets: [{ id: rng.guid(), displayName: 'Conditional Access Administrator', type: 'Role' }, userT(oc)] });
    addAudit(ctx, { t, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', by: { user: oc }, ip, targets: [{ id: CA.efb[0], displayName: CA.efb[1], type: 'Policy', props: [['ConditionalAccessPolicy', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass"]}}}', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass","SG-EFB-Tablets"]}}}']] }] });
    const t2 = atLocal(7, 8.3), ip2 = adminIp(oc, t2);
    addAudit(ctx, { t: t2, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', by: { user: oc }, ip: ip2, targets: [{ id: CA.efb[0], displayName: CA.efb[1], type: 'Policy', props: [['ConditionalAccessPolicy', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass","SG-EFB-Tablets"]}}}', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass"]}}}']] }] });
  }
  // a facilities technician signs a new Teams panel in with a device code at head office
  {
    const tech = people.find((p) => p.role === 'office' && p.egress === 'direct' && !p.finance && !p.hr && !p.ferie);
    const t = atLocal(3, 14.2);
    addAudit(ctx, { t: t + 3 * MIN, activity: 'Register device', category: 'Device', service: 'Core Directory', opType: 'Add', by: { app: provApp }, ip: '', targets: [{ id: rng.guid(), displayName: 'TeamsPanel-Fjord', type: 'Device' }], details: [['Device Trust Type', 'Workplace'], ['Device OS', 'Android']] });
    const room = people.find((p) => p.local === 'mtr-gen-fjord');
    const ip = ctx.site('corp-gen');
    ctx.emit(room, { t, app: 'teams', res: 'teams', ip, ua: 'okhttp', auth: 'password', protocol: 'deviceCode', transfer: 'deviceCodeFlow', loginHint: false, clientApp: 'Mobile Apps and Desktop clients' });
    ctx.emit(room, { t: t + 2 * MIN, ni: true, app: 'teams', res: 'exo', ip, ua: 'okhttp', transfer: 'deviceCodeFlow' });
    void tech;
  }
  // people consent to harmless apps for themselves (sign-in only)
  for (const [d, appName] of [[1, 'Miro'], [4, 'Zoom for Outlook'], [9, 'Adobe Acrobat']]) {
    const u = rng.pick(people.filter((p) => p.role === 'office' && p.egress === 'direct' && p.tl));
    const t = atLocal(d, rng.real(9.5, 15));
    const ip = ipOf(ctx, u, t);
    if (!ip) continue;
    const corr = rng.guid(), spId = rng.guid();
    addAudit(ctx, { t, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', by: { user: u }, ip, corr, targets: [{ id: spId, displayName: appName, type: 'ServicePrincipal' }] });
    addAudit(ctx, { t: t + 1000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: u }, ip, corr, targets: [{ id: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', '', '"User.Read openid profile email"'], ['DelegatedPermissionGrant.ConsentType', '', '"Principal"']] }] });
    addAudit(ctx, { t: t + 2000, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: u }, ip, corr, targets: [{ id: spId, displayName: appName, type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentAction.Permissions', null, '"[] => [[Scope: User.Read openid profile email]]"']] }] });
    ctx.emit(u, { t: t - 20000, app: [rng.guid(), appName], res: 'graph', ip, ua: 'winEdge', device: u.laptop, auth: 'sso-mfa', scope: '["User.Read","openid","profile","email"]' });
  }
  // role assignments: a new Riga agent made eligible for Helpdesk Administrator, a controller given Reports Reader
  {
    const a = admins[1];
    const t = atLocal(2, 13.4), ip = adminIp(a, t);
    const ag = agents[agents.length - 1];
    addAudit(ctx, { t, activity: 'Add eligible member to role in PIM completed (permanent)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: a }, ip, targets: [{ id: rng.guid(), displayName: 'Helpdesk Administrator', type: 'Role' }, userT(ag)], details: [['Justification', 'New service desk agent (Baltic IT Services) - CHG0041771']] });
    const fin = people.find((p) => p.role === 'office' && p.finance);
    const t2 = atLocal(8, 10.1), ip2 = adminIp(a, t2);
    addAudit(ctx, { t: t2, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', opType: 'Assign', by: { user: a }, ip: ip2, targets: [{ id: rng.guid(), displayName: 'Reports Reader', type: 'Role', props: [['Role.DisplayName', null, '"Reports Reader"'], ['Role.TemplateId', null, '"4a5d8f65-41da-4de4-8968-e035b65339cf"']] }, userT(fin)] });
  }
  // two new ground-handling guests invited by the station manager
  for (const g of env.newGuests) {
    const a = admins[3];
    const t = atLocal(1, rng.real(9, 12));
    addAudit(ctx, { t, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', opType: 'Add', by: { user: a }, ip: adminIp(a, t), targets: [userT(g)] });
    addAudit(ctx, { t: t + rng.int(2, 20) * HOUR, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', opType: 'Update', by: { user: g }, ip: ctx.site('broadnet-gen'), targets: [userT(g)] });
  }
  return { resets };
}
