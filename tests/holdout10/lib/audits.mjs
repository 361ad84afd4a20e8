// Honest directory changes of the fortnight and the sign-ins that go with them: student password
// resets by teachers, the middle-school password rotation, the directory sync, new substitutes and
// second-semester students, School Data Sync class teams, guest invitations, new phones, self-service
// password resets, edtech consents, secret rotation by an automation account, CA and app changes.
import { local, MIN, HOUR, APPS, RES, TAPPS, TRES, UA, INITIAL_DOMAIN, OWNER_VENDOR, isOfficeDay, isSchoolDay } from './world.mjs';
import { link } from './registry.mjs';

const J = (v) => JSON.stringify([v]);

export function makeEvents(W) {
  const { k, rng, T, site } = W;
  const G = T.groups;
  const sync = { id: rng.uuid(), name: 'On-Premises Directory Synchronization Service Account', upn: `Sync_WBDC-AADC01_4c1f7a9e2b3d@${INITIAL_DOMAIN}` };
  const SDS = { displayName: 'Microsoft School Data Sync', appId: rng.uuid(), spId: rng.uuid() };
  const RUNBOOK = { displayName: 'WB-KeyRotation-Runbook', appId: rng.uuid(), spId: rng.uuid() };
  const grp = (name) => ({ id: W.groupId(name), displayName: name, type: 'Group' });
  const user = (p) => ({ id: p.id, displayName: p.name, type: 'User', upn: p.upn });
  const staffIp = site.staffNat;
  const resetters = {
    hs: G.support.filter((p) => p.dept === 'Whitmore Bay High School').slice(0, 4).concat(G.teachers.filter((p) => p.school === 'hs').slice(10, 13)),
    ms: G.support.filter((p) => p.dept === 'Harbor Middle School').slice(0, 4).concat(G.teachers.filter((p) => p.school === 'ms').slice(8, 11)),
  };
  const adminReset = (by, ip, target, t, viaPortal = true) => {
    const corr = rng.uuid();
    k.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', by: { user: by, ip }, targets: [user(target)], corr, ua: viaPortal ? UA.winEdge : UA.psCore });
    if (viaPortal) k.audit({ t: t + 1000, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (by admin)', by: { user: by, ip }, targets: [user(target)], corr, ua: UA.winEdge });
  };

  // Middle-school students get new passwords on Monday evening; on Tuesday many type the old one.
  for (const s of T.people) if (s.student && s.school === 'ms' && !s.newAccount) s.rotation = true;

  const events = {
    resetStudent(s, t) { adminReset(rng.pick(resetters[s.school]), staffIp, s, t); return t; },
    studentLockedHome(s, t) {
      let d = Math.floor((t - local(0, -5)) / (24 * HOUR)) + 1;
      while (!isSchoolDay(d) && d < 14) d++;
      adminReset(rng.pick(resetters[s.school]), staffIp, s, local(d, rng.float(7.6, 8.4)));
    },
    subFirstSignIn(p, t) {
      const lnk = p.home, dev = p.homePc, ip = p.homeIp;
      if (rng.chance(0.35)) { k.row({ t, p, dev, link: lnk, app: APPS.officeHome, res: RES.portal, interactive: true, code: 50126, mfa: 'none' }); t += rng.int(30, 90) * 1000; }
      const sess = k.session(p, 'home:web', true);
      k.row({ t, p, dev, link: lnk, app: APPS.officeHome, res: RES.portal, interactive: true, code: 50125, session: sess, mfa: 'none' });
      k.audit({ t: t + 40_000, service: 'Core Directory', category: 'UserManagement', activity: 'Change user password', by: { user: p, ip }, targets: [user(p)], ua: dev.ua });
      k.audit({ t: t + 95_000, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Mobile Phone SMS', by: { user: p, ip }, targets: [user(p)], ua: dev.ua });
      k.audit({ t: t + 100_000, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered all required security info', reason: 'User registered all required security info', by: { user: p, ip }, targets: [user(p)], ua: dev.ua });
      const r = k.login(p, dev, t + 130_000, lnk, APPS.officeHome, RES.portal, { key: 'home:web', kmsi: 1 });
      W.R.sso(p, dev, r.t + 4 * MIN, lnk, 'home:web', 'frontline', 1);
      k.span(p, dev, r.t, r.t + 40 * MIN, lnk, [[[APPS.officeHome, RES.portal], 1], [[APPS.exo, RES.exo], 1]], r.session, { every: 15 });
      p.firstDone = true;
    },
    ropcBroken: (t) => t >= local(10, 10.05) && t < local(10, 10.55),
    mspTicket(p, t, ip) {
      const target = rng.pick(G.cityStaff);
      const what = rng.weighted([['reset', 3], ['update', 3], ['group', 2], ['license', 1]]);
      if (what === 'reset') adminReset(p, ip, target, t);
      else if (what === 'update') k.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', by: { user: p, ip }, targets: [{ ...user(target), props: [[rng.pick(['TelephoneNumber', 'JobTitle', 'Mobile']), '[]', J(`${rng.int(200, 999)}-${rng.int(1000, 9999)}`)]] }], ua: UA.winEdge });
      else if (what === 'group') k.audit({ t, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', opType: 'Assign', by: { user: p, ip }, targets: [user(target), grp(rng.pick(['SG-SharedMailbox-Permits', 'SG-VPN-Users', 'SG-Printers-CityHall', 'SG-Munis-Users']))], ua: UA.winEdge });
      else k.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Change user license', by: { user: p, ip }, targets: [user(target)], ua: UA.winEdge });
    },
  };

  function bulk() {
    // Directory sync: attribute changes every day, from the on-premises sync account.
    const syncBy = { user: sync, ip: '' };
    const adults = [...G.teachers, ...G.support, ...G.cityStaff, ...G.police, ...G.fire];
    for (let d = 0; d < 14; d++) {
      for (let i = rng.int(3, 8); i > 0; i--) {
        const p = rng.pick(adults), t = local(d, rng.int(0, 47) * 0.5 + 0.02) + rng.int(0, 90_000); // the sync runs every 30 minutes
        const [prop, val] = rng.pick([['JobTitle', p.kind === 'teacher' ? 'Teacher' : 'Specialist'], ['TelephoneNumber', `989-555-${rng.int(1000, 9999)}`], ['Manager', rng.uuid()], ['PhysicalDeliveryOfficeName', p.dept], ['ExtensionAttribute5', `EMP${rng.int(10000, 99999)}`]]);
        k.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', by: syncBy, targets: [{ ...user(p), props: [[prop, '[]', J(val)], ['Included Updated Properties', null, `"${prop}"`]] }] });
      }
    }
    // Monday evening: the district admin rotates all middle-school passwords with a Graph PowerShell script.
    const dAdmin = G.districtTech[0];
    const rs = k.login(dAdmin, dAdmin.laptop, local(0, 20.3), dAdmin.home, APPS.graphCli, RES.graph, { key: 'admin:ps', fresh: true, ua: UA.psCore, client: 'Mobile Apps and Desktop clients' });
    let t = rs.t;
    for (const s of T.people.filter((x) => x.rotation)) { t += rng.int(1200, 3200); adminReset(dAdmin, dAdmin.homeIp, s, t, false); }
    k.span(dAdmin, dAdmin.laptop, rs.t, t + 5 * MIN, dAdmin.home, [[[APPS.graphCli, RES.graph], 1]], rs.session, { every: 6, ua: UA.psCore, client: 'Mobile Apps and Desktop clients' });

    // New accounts from the sync: eight substitutes (Fri 16), second-semester students (Fri 23).
    const addUser = (p, t) => {
      k.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', opType: 'Add', by: syncBy, targets: [{ ...user(p), props: [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', J(p.name)], ['UserPrincipalName', '[]', J(p.upn)], ['UserType', '[]', '["Member"]']] }] });
      k.audit({ t: t + 2000, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', opType: 'Assign', by: syncBy, targets: [user(p), grp(p.student ? `Students-${p.school.toUpperCase()}` : 'WBPS-Substitutes')] });
    };
    t = local(4, 22.1); for (const p of G.subs.filter((x) => x.newAccount)) addUser(p, (t += rng.int(3, 9) * 1000));
    t = local(11, 22.1); for (const p of G.newStudents) addUser(p, (t += rng.int(3, 9) * 1000));
    t = local(12, 2.05);
    for (let i = 0; i < 28; i++) {
      const name = `S2 ${rng.pick(['English 9', 'Algebra I', 'Biology', 'US History', 'Chemistry', 'Spanish II', 'French II', 'Geometry', 'Art', 'Health', 'Civics', 'Physics'])} - ${String(i + 1).padStart(2, '0')}`;
      const g = { id: rng.uuid(), displayName: name, type: 'Group' };
      k.audit({ t: (t += rng.int(4, 20) * 1000), service: 'Core Directory', category: 'GroupManagement', activity: 'Add group', opType: 'Add', by: { app: SDS }, targets: [{ ...g, props: [['DisplayName', '[]', J(name)], ['GroupTypes', '[]', '["Unified"]']] }] });
      k.audit({ t: t + 3000, service: 'Core Directory', category: 'GroupManagement', activity: 'Add owner to group', opType: 'Assign', by: { app: SDS }, targets: [user(rng.pick(G.teachers.filter((x) => x.school !== 'elem'))), g] });
    }

    // Secret rotation by the automation account, Sundays 03:00.
    for (const d of [6, 13]) {
      let tt = local(d, 3.02);
      for (const app of ['WB Munis Interface', 'WB GIS Sync', 'WB Payroll Connector', 'WB Utility Billing API']) {
        const tgt = { id: W.appObjectId(app), displayName: app, type: 'Application' };
        const kid = rng.uuid();
        k.audit({ t: (tt += rng.int(20, 60) * 1000), service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', by: { app: RUNBOOK },
          targets: [{ ...tgt, props: [['KeyDescription', `["[KeyIdentifier=${rng.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${d === 6 ? '2026-01-18' : '2026-01-25'}]"]`, `["[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-${d === 6 ? '2026-01-18' : '2026-01-25'}]"]`]] }] });
        k.audit({ t: tt + 1500, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application', by: { app: RUNBOOK }, targets: [{ ...tgt, props: [['Included Updated Properties', null, '"KeyDescription"']] }] });
      }
    }

    // City IT: Conditional Access change, a named location, a new app registration, license changes.
    const [itA, , itC, itB] = G.cityIt; // cityIt[1] is the sysadmin of scenario 9; the GIS app is someone else's work
    W.S.pim(itA, local(2, 15), itA.zscaler.at(local(2, 15)), 'Conditional Access Administrator');
    k.audit({ t: local(2, 15.2), service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', by: { user: itA, ip: itA.zscaler.at(local(2, 15.2)) }, ua: UA.winEdge,
      targets: [{ id: 'c2b8f4e3-1c70-4f2a-8b65-3e9d80f21c42', displayName: 'CA002 - Require MFA outside trusted networks (staff)', type: 'Policy', props: [['ConditionalAccessPolicy', '{"conditions":{"locations":{"excludeLocations":["AllTrusted"]}}}', '{"conditions":{"locations":{"excludeLocations":["AllTrusted","Zscaler egress"]}}}']] }] });
    k.audit({ t: local(10, 9.4), service: 'Conditional Access', category: 'Policy', activity: 'Update named location', by: { user: itA, ip: itA.zscaler.at(local(10, 9.4)) }, ua: UA.winEdge,
      targets: [{ id: rng.uuid(), displayName: 'Zscaler egress', type: 'Policy', props: [['NamedLocation', '{"ipRanges":19}', '{"ipRanges":21}']] }] });
    W.S.pim(itB, local(8, 10), itB.zscaler.at(local(8, 10)), 'Application Administrator');
    let ta = local(8, 10.2);
    const gis = { id: rng.uuid(), displayName: 'WB GIS Field Maps', type: 'Application' };
    for (const [act, cat] of [['Add application', 'ApplicationManagement'], ['Add service principal', 'ApplicationManagement'], ['Add owner to application', 'ApplicationManagement'], ['Update application – Certificates and secrets management ', 'ApplicationManagement'], ['Add app role assignment to service principal', 'ApplicationManagement'], ['Consent to application', 'ApplicationManagement']]) {
      k.audit({ t: (ta += rng.int(30, 240) * 1000), service: 'Core Directory', category: cat, activity: act, opType: act.startsWith('Add') ? 'Add' : 'Update', by: { user: itB, ip: itB.zscaler.at(ta) }, targets: [gis], ua: UA.winEdge,
        details: act === 'Consent to application' ? [['ConsentContext.IsAdminConsent', 'True'], ['ConsentAction.Permissions', 'User.Read.All']] : [] });
    }
    for (const p of rng.sample([...G.cityIt, ...G.policeCivil], 8)) k.audit({ t: local(rng.pick([1, 2, 3, 8]), rng.float(9, 16)), service: 'Core Directory', category: 'UserManagement', activity: 'Change user license', by: { user: itC, ip: site.cityHall }, targets: [{ ...user(p), props: [['AssignedLicense', '["[SkuName=M365_G3_GOV]"]', '["[SkuName=M365_G3_GOV]","[SkuName=M365_G5_SECURITY_GOV]"]']] }], ua: UA.winEdge });
    // The utility-billing service account gets a new password on Thursday 22; the portal fails until it is reconfigured.
    adminReset(itC, site.cityHall, G.ropc, local(10, 10.02));
    // Saturday 17: the on-call admin puts the vacationing council member into the travel exception group.
    const onCall = G.cityIt[5];
    k.audit({ t: local(5, 16.05), service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', opType: 'Assign', by: { user: onCall, ip: site.cityHall }, targets: [user(G.council[3]), grp('CA-Travel-Exception')], ua: UA.winEdge });
    // Leavers disabled, teachers moving schools for the new semester.
    for (const p of G.dormant.slice(1, 3)) {
      const tt = local(3, rng.float(13, 15));
      k.audit({ t: tt, service: 'Core Directory', category: 'UserManagement', activity: 'Disable account', by: { user: itC, ip: site.cityHall }, targets: [{ ...user(p), props: [['AccountEnabled', '[true]', '[false]']] }], ua: UA.winEdge });
      k.audit({ t: tt + 4000, service: 'Core Directory', category: 'GroupManagement', activity: 'Remove member from group', opType: 'Unassign', by: { user: itC, ip: site.cityHall }, targets: [user(p), grp('SG-All-City-Staff')], ua: UA.winEdge });
    }
    for (const p of G.teachers.filter((x) => x.school === 'elem').slice(0, 3)) {
      const tt = local(8, rng.float(0, 6));
      k.audit({ t: tt, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', by: syncBy, targets: [{ ...user(p), props: [['Department', J(p.dept), '["Harbor Middle School"]']] }] });
      k.audit({ t: tt + 60_000, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', opType: 'Assign', by: syncBy, targets: [user(p), grp('Staff-MS')] });
    }

    // Guests: invited, then their first sign-in redeems the invitation.
    for (const [g, by] of [[G.guests.find((x) => x.createdDay === 1), G.cityStaff.find((x) => x.dept === 'Building & Permits')], [G.guests.find((x) => x.createdDay === 10), G.policeCivil[0]]]) {
      const tt = local(g.createdDay, 10.3), ip = by.zscaler.at(tt);
      k.audit({ t: tt, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', opType: 'Add', by: { user: by, ip }, targets: [{ id: g.id, displayName: g.name, type: 'User', upn: g.upn }], ua: UA.winEdge, details: [['invitedUserEmailAddress', g.signInUpn]] });
      k.audit({ t: tt + 2000, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', opType: 'Add', by: { user: by, ip }, targets: [{ ...user(g), props: [['UserType', '[]', '["Guest"]'], ['UserPrincipalName', '[]', J(g.upn)]] }], ua: UA.winEdge });
      k.audit({ t: tt + 5000, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', opType: 'Assign', by: { user: by, ip }, targets: [user(g), grp(g.app === 'permits' ? 'Guests-CivicPermit' : 'Guests-Evidence-Vendor')], ua: UA.winEdge });
      const t2 = tt + rng.float(1, 3) * HOUR;
      k.audit({ t: t2, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', by: { user: g, ip: g.work.at(t2) }, targets: [{ id: g.id, displayName: g.name, type: 'User', upn: g.upn }], ua: UA.winChrome });
      k.login(g, g.laptop, t2 + 20_000, g.work, g.app === 'permits' ? TAPPS.permits : APPS.spo, g.app === 'permits' ? TRES.permits : RES.spo, { key: 'guest', ua: g.laptop.ua });
    }

    // New phones: Authenticator moved over with an SMS code, the phone registered, the old method removed.
    for (const p of rng.sample([...G.cityStaff, ...G.teachers.filter((x) => x.mfa !== 'none'), ...G.police], 22)) {
      let d = rng.int(0, 13); if (!isOfficeDay(d)) d = Math.min(13, d + 2);
      const tt = local(d, rng.float(8, 20));
      const ph = T.dev.phone(true);
      const lnk = p.mobile, ip = lnk.at(tt);
      k.login(p, ph, tt, lnk, APPS.mySignins, RES.graph, { key: 'newphone', fresh: true, method: 'Text message', ua: ph.ua, interruptP: 0.6 });
      k.audit({ t: tt + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', by: { user: p, ip }, targets: [user(p)], ua: ph.ua });
      k.audit({ t: tt + 4 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User deleted security info', reason: 'User deleted Authenticator App with Notification and Code', by: { user: p, ip }, targets: [user(p)], ua: ph.ua });
      k.audit({ t: tt + 6 * MIN, service: 'Device Registration Service', category: 'Device', activity: 'Register device', opType: 'Add', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: ph.id, displayName: ph.displayName, type: 'Device' }], details: [['Device OS', ph.ios ? 'iOS' : 'Android'], ['Device Trust Type', 'Workplace']] });
      k.audit({ t: tt + 6 * MIN + 900, service: 'Core Directory', category: 'Device', activity: 'Add registered owner to device', opType: 'Assign', by: { app: { displayName: 'Device Registration Service', appId: RES.drs.id } }, targets: [{ id: ph.id, displayName: ph.displayName, type: 'Device' }, user(p)] });
      p.phone = ph;
      p.sess.phone = null;
    }

    // Self-service password resets: a few typos first, then SSPR, then a fresh sign-in with MFA.
    for (const p of rng.sample([...G.cityStaff.filter((x) => x.laptop), ...G.support, ...G.policeCivil], 14)) {
      let d = rng.int(0, 13); while (!isOfficeDay(d)) d = (d + 1) % 14;
      let tt = local(d, rng.float(7.5, 10));
      const lnk = p.zscaler || link.fixed(staffIp), ip = lnk.at(tt);
      k.login(p, p.laptop, tt, lnk, APPS.officeHome, RES.portal, { fails: rng.int(2, 6), lockedOut: true, key: 'sspr' });
      tt += 6 * MIN;
      k.audit({ t: tt, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', reason: 'User started the password reset flow', by: { user: p, ip }, targets: [user(p)], ua: UA.winEdge });
      k.audit({ t: tt + 70_000, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Self-service password reset flow activity progress', reason: 'User successfully completed the verification', by: { user: p, ip }, targets: [user(p)], ua: UA.winEdge });
      k.audit({ t: tt + 110_000, service: 'Self-service Password Management', category: 'UserManagement', activity: 'Reset password (self-service)', by: { user: p, ip }, targets: [user(p)], ua: UA.winEdge });
      k.login(p, p.laptop, tt + 3 * MIN, lnk, APPS.officeHome, RES.portal, { key: 'sspr', fresh: true, kmsi: 0.5 });
    }

    // Teachers sign up for classroom tools: user consent to low-privilege scopes.
    const edtech = ['Kahoot!', 'Nearpod', 'Canva for Education', 'Quizlet', 'Pear Deck'].map((n) => ({ id: rng.uuid(), name: n, owner: OWNER_VENDOR.edtech, spId: rng.uuid(), seen: false }));
    for (const p of rng.sample(G.teachers, 9)) {
      let d = rng.int(0, 13); while (!isSchoolDay(d)) d = (d + 1) % 14;
      const app = rng.pick(edtech), tt = local(d, rng.float(7.5, 15)), ip = site.staffNat;
      k.login(p, p.laptop, tt, link.fixed(ip), app, RES.graph, { key: `win:${p.laptop.id}`, ua: p.laptop.ua, browser: p.laptop.browser, fresh: false });
      const tgt = { id: app.spId, displayName: app.name, type: 'ServicePrincipal' };
      if (!app.seen) { app.seen = true; k.audit({ t: tt + 15_000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', opType: 'Add', by: { user: p, ip }, targets: [tgt], ua: p.laptop.ua }); }
      k.audit({ t: tt + 20_000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', opType: 'Assign', by: { user: p, ip }, targets: [{ ...tgt, props: [['DelegatedPermissionGrant.Scope', '', '"openid profile email User.Read offline_access"']] }], ua: p.laptop.ua });
      k.audit({ t: tt + 21_000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', opType: 'Assign', by: { user: p, ip }, targets: [tgt], ua: p.laptop.ua,
        details: [['ConsentContext.IsAdminConsent', 'False'], ['ConsentContext.OnBehalfOfAll', 'False'], ['ConsentAction.Permissions', 'openid profile email User.Read offline_access']] });
    }
  }
  return { events, bulk, sync, SDS, RUNBOOK, adminReset, user, grp };
}
