// Planted intrusions, part 2: a teacher's account used to message students on Teams, device-code
// phishing of the elections office, a secret added to an existing app registration, a new Global
// Administrator after helpdesk social engineering, a dormant account reactivated from Azure, and
// payroll diversion through employee self-service.
import { local, MIN, HOUR, APPS, RES, UA, TAPPS, TRES, DOM } from './world.mjs';
import { link } from './registry.mjs';
import { ATK_UA, atkDev } from './attacks1.mjs';

/** Victims chosen before the honest routines run, with the flags their honest lives need. */
export function prepareAttacks(W) {
  const G = W.T.groups;
  const trip = new Set(G.teachers.filter((p) => p.school === 'hs').slice(3, 5)); // the Québec chaperones (special.mjs)
  const noMfa = G.teachers.filter((p) => p.mfa === 'none' && p.school !== 'elem' && !trip.has(p));
  const teacher7 = noMfa.filter((p) => p.school === 'ms')[2], teacher12 = noMfa.filter((p) => p.school === 'hs')[9];
  const v = {
    director: G.cityStaff.filter((p) => p.dept === 'Finance')[0],
    teacher7, teacher12,
    consent: noMfa.filter((p) => p !== teacher7 && p !== teacher12).slice(6, 9),
    deputy: G.cityStaff.filter((p) => p.kind === 'elections')[1],
    sysadmin: G.cityIt[1],
    netadmin: G.districtTech[1],
    helpdesk: G.districtTech[3],
    assessor: G.retiredAssessor,
  };
  v.director.phoneOff = [local(6, 2.85), local(8, 8.3)];
  v.sysadmin.mfa = 'sms';
  v.assessor.mfaPolicy = true;
  W.victims = v;
  return v;
}

export function attacks2(W, run) {
  const { k, rng, reg, T } = W;
  const G = T.groups, v = W.victims;
  const A = (net, place, label) => reg.take(net, place, 'attack', label);
  const fx = link.fixed;
  const tgt = (p) => [{ id: p.id, displayName: p.name, type: 'User', upn: p.upn }];

  // 7. A middle-school teacher's reused password; the account messages students on Teams all weekend.
  const t7 = v.teacher7;
  run('teacher-account-teams-lures', 'Credential stuffing with a middle-school teacher\'s reused password (not yet enrolled in MFA) through a commercial VPN; the account sends Teams chats with a "gift card" link to students on Saturday evening and Sunday morning.', [t7.upn], () => {
    const v1 = A('datacamp', 'atlanta', 'VPN exit'), v2 = A('datacamp', 'atlanta', 'VPN exit');
    const dv = atkDev(ATK_UA.chrome141, 'Chrome 141.0.0');
    const r = k.login(t7, dv, local(12, 19.6), fx(v1), APPS.teamsWeb, RES.teams, { attack: true, key: 'stuff', fresh: true, fails: 2, kmsi: 1, ua: dv.ua });
    k.span(t7, dv, r.t, r.t + 3.1 * HOUR, fx(v1), [[[APPS.teamsWeb, RES.teams], 4], [[APPS.teamsWeb, RES.graph], 2], [[APPS.exo, RES.exo], 0.5]], r.session, { every: 9, attack: true, ua: dv.ua, client: 'Browser' });
    const r2 = k.login(t7, dv, local(13, 10.9), fx(v2), APPS.teamsWeb, RES.teams, { attack: true, key: 'stuff', kmsi: 0, ua: dv.ua });
    k.span(t7, dv, r2.t, r2.t + 1.6 * HOUR, fx(v2), [[[APPS.teamsWeb, RES.teams], 4], [[APPS.teamsWeb, RES.graph], 2]], r2.session, { every: 8, attack: true, ua: dv.ua, client: 'Browser' });
    return [v1, v2];
  });

  // 8. Device-code phishing of the elections office (a fake "Bureau of Elections" Teams meeting).
  const dep = v.deputy;
  run('device-code-phish-elections', 'Device-code phishing of the deputy elections clerk with a fake state "ballot proofing" Teams meeting: she enters the code and approves MFA at her desk (the sign-in shows her own proxy address); the tokens go to the Microsoft Authentication Broker client, a device is registered for the attacker and its primary refresh token used for mail and Graph searches for five days.', [dep.upn], () => {
    const c1 = A('digitalocean', 'newyork', 'operator VPS'), c2 = A('digitalocean', 'newyork', 'operator VPS');
    const t = local(2, 14.08), ip = dep.zscaler.at(t);
    const dvv = atkDev(UA.winEdge, 'Edge 143.0.0');
    const sess = k.session(dep, 'devcode', true); sess.mfa = true; // device registration requires MFA: she approves the push
    k.row({ t, p: dep, dev: dvv, ip, app: APPS.authBroker, res: RES.drs, ua: UA.winEdge, interactive: true, mfa: 'done', method: 'Mobile app notification', session: sess, protocol: 'deviceCode', transfer: 'deviceCodeFlow', attack: true });
    const dv = atkDev('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome 131.0.0');
    k.row({ t: t + 4 * MIN, p: dep, dev: dv, ip: c1, app: APPS.authBroker, res: RES.drs, ua: 'python-requests/2.31.0', client: 'Mobile Apps and Desktop clients', interactive: false, session: sess, transfer: 'deviceCodeFlow', attack: true });
    const devId = rng.uuid(), devName = `DESKTOP-${rng.alnum(7)}`;
    const da = { app: { displayName: 'Device Registration Service', appId: RES.drs.id } };
    k.audit({ t: t + 6 * MIN, service: 'Device Registration Service', category: 'Device', activity: 'Register device', opType: 'Add', by: da, targets: [{ id: devId, displayName: devName, type: 'Device' }], details: [['Device OS', 'Windows'], ['Device Trust Type', 'Workplace'], ['Device Id', devId]] }, true);
    k.audit({ t: t + 6 * MIN + 800, service: 'Core Directory', category: 'Device', activity: 'Add registered owner to device', opType: 'Assign', by: da, targets: [{ id: devId, displayName: devName, type: 'Device' }, ...tgt(dep)] }, true);
    k.audit({ t: t + 6 * MIN + 1500, service: 'Core Directory', category: 'Device', activity: 'Add registered users to device', opType: 'Assign', by: da, targets: [{ id: devId, displayName: devName, type: 'Device' }, ...tgt(dep)] }, true);
    const rogue = { kind: 'atk', id: devId, displayName: devName, os: 'Windows10', browser: 'Rich Client 5.2.0.0', compliant: false, managed: false, trust: 'Azure AD registered', ua: UA.wam };
    for (let d = 2; d <= 6; d++) {
      for (let i = rng.int(3, 6); i > 0; i--) {
        const tt = local(d, d === 2 ? rng.float(14.5, 23) : rng.float(0, 24));
        k.row({ t: tt, p: dep, dev: rogue, ip: rng.chance(0.5) ? c1 : c2, app: rng.pick([APPS.office, APPS.office, APPS.authBroker]), res: rng.pick([RES.graph, RES.exo]), ua: UA.wam, client: 'Mobile Apps and Desktop clients', interactive: false, session: sess, incoming: 'primaryRefreshToken', attack: true });
      }
    }
    return [c1, c2];
  });

  // 9. SIM swap of an IT sysadmin, PIM activation at 03:20, a new secret on the payroll connector app.
  const sa = v.sysadmin;
  run('app-registration-secret-backdoor', 'An IT sysadmin who uses SMS for MFA is SIM-swapped: at 03:20 the attacker signs in to the Azure portal from a VPS, activates the eligible Application Administrator role in PIM and adds a client secret to the existing "WB Payroll Connector" app registration (Mail.ReadWrite and Directory.Read.All application permissions); one more portal visit the next night.', [sa.upn], () => {
    const p1 = A('vultr', 'piscataway', 'VPS'), p2 = A('vultr', 'piscataway', 'VPS');
    const dv = atkDev(ATK_UA.macChrome, 'Chrome 142.0.0', 'MacOs');
    let t = local(8, 3.33);
    const r = k.login(sa, dv, t, fx(p1), APPS.azurePortal, RES.arm, { attack: true, key: 'simswap', fresh: true, method: 'Text message', interruptP: 1, ua: dv.ua });
    k.span(sa, dv, r.t, r.t + 55 * MIN, fx(p1), [[[APPS.azurePortal, RES.graph], 2], [[APPS.azurePortal, RES.arm], 1]], r.session, { every: 7, attack: true, ua: dv.ua, client: 'Browser' });
    t = r.t + 6 * MIN;
    const role = [{ id: W.roleId('Application Administrator'), displayName: 'Application Administrator', type: 'Role' }, ...tgt(sa)];
    const corr = rng.uuid(), pimApp = { app: { displayName: 'MS-PIM', appId: '01fc33a7-78ba-4d2f-a4b7-768e336e890e' } };
    const det = [['Justification', 'fix payroll sync'], ['StartTime', new Date(t).toISOString()], ['ExpirationTime', new Date(t + 8 * HOUR).toISOString()]];
    k.audit({ t, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', opType: 'Add', by: { user: sa, ip: p1 }, targets: role, details: det, corr, ua: dv.ua }, true);
    k.audit({ t: t + 5000, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', opType: 'Add', by: pimApp, targets: role, details: det, corr }, true);
    const app = { id: W.appObjectId('WB Payroll Connector'), displayName: 'WB Payroll Connector', type: 'Application' };
    t += 9 * MIN;
    k.audit({ t, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', by: { user: sa, ip: p1 }, ua: dv.ua,
      targets: [{ ...app, props: [['KeyDescription', '[]', `["[KeyIdentifier=${rng.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=backup]"]`]] }] }, true);
    k.audit({ t: t + 1500, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application', by: { user: sa, ip: p1 }, targets: [{ ...app, props: [['Included Updated Properties', null, '"KeyDescription"']] }], ua: dv.ua }, true);
    const r2 = k.login(sa, dv, local(9, 2.1), fx(p2), APPS.azurePortal, RES.arm, { attack: true, key: 'simswap2', fresh: true, method: 'Text message', interruptP: 0, ua: dv.ua });
    k.span(sa, dv, r2.t, r2.t + 25 * MIN, fx(p2), [[[APPS.azurePortal, RES.graph], 1]], r2.session, { every: 6, attack: true, ua: dv.ua, client: 'Browser' });
    return [p1, p2];
  });

  // 10. Helpdesk social engineering, then a new Global Administrator on a Friday night.
  const na = v.netadmin, hd = v.helpdesk;
  const ga = { idx: T.people.length, id: rng.uuid(), kind: 'created', name: 'svc-veeam-backup', upn: `svc-veeam-backup@${DOM.school}`, mfa: 'none', mfaPolicy: true, admin: true, sess: {}, dept: '' };
  T.people.push(ga);
  run('helpdesk-vishing-new-global-admin', 'Scattered-Spider-style: a caller posing as the district network admin ("new phone") gets the helpdesk to remove his Authenticator and issue a Temporary Access Pass; after midnight the attacker uses it from a residential proxy, registers an Authenticator, activates Privileged Role Administrator, creates "svc-veeam-backup", makes it Global Administrator, signs it in from a VPS and disables the MFA policy for staff.', [na.upn, ga.upn], () => {
    const px = A('comcast', 'houston', 'residential proxy'), vps = A('linode', 'newark', 'VPS');
    const dv = atkDev(ATK_UA.chrome141, 'Chrome 141.0.0');
    let t = local(11, 16.6);
    k.audit({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code', by: { user: hd, ip: W.site.staffNat }, targets: tgt(na), ua: UA.winEdge }, true);
    k.audit({ t: t + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', by: { user: hd, ip: W.site.staffNat }, targets: tgt(na), ua: UA.winEdge }, true);
    t = local(12, 1.15);
    const r = k.login(na, dv, t, fx(px), APPS.mySignins, RES.graph, { attack: true, key: 'tap', fresh: true, method: 'Temporary Access Pass', interruptP: 0, ua: dv.ua });
    k.audit({ t: r.t + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', by: { user: na, ip: px }, targets: tgt(na), ua: dv.ua }, true);
    const r2 = k.login(na, dv, r.t + 9 * MIN, fx(px), APPS.azurePortal, RES.arm, { attack: true, key: 'tap', ua: dv.ua });
    k.span(na, dv, r2.t, r2.t + 80 * MIN, fx(px), [[[APPS.azurePortal, RES.graph], 2], [[APPS.azurePortal, RES.arm], 1]], r2.session, { every: 8, attack: true, ua: dv.ua, client: 'Browser' });
    t = r2.t + 5 * MIN;
    W.S.pim(na, t, px, 'Privileged Role Administrator', true);
    t += 7 * MIN;
    k.audit({ t, service: 'Core Directory', category: 'UserManagement', activity: 'Add user', opType: 'Add', by: { user: na, ip: px }, ua: dv.ua,
      targets: [{ id: ga.id, displayName: ga.name, type: 'User', upn: ga.upn, props: [['AccountEnabled', '[]', '[true]'], ['DisplayName', '[]', `["${ga.name}"]`], ['UserPrincipalName', '[]', `["${ga.upn}"]`], ['UserType', '[]', '["Member"]']] }] }, true);
    k.audit({ t: t + 3 * MIN, service: 'Core Directory', category: 'RoleManagement', activity: 'Add member to role', opType: 'Assign', by: { user: na, ip: px }, ua: dv.ua,
      targets: [{ id: ga.id, displayName: ga.name, type: 'User', upn: ga.upn, props: [['Role.DisplayName', null, '"Global Administrator"'], ['Role.TemplateId', null, `"${W.roleId('Global Administrator')}"`]] }, { id: W.roleId('Global Administrator'), displayName: 'Global Administrator', type: 'Role' }] }, true);
    t += 16 * MIN;
    const dg = atkDev(ATK_UA.firefox, 'Firefox 128.0');
    k.row({ t, p: ga, dev: dg, ip: vps, app: APPS.azurePortal, res: RES.arm, ua: dg.ua, interactive: true, code: 50079, mfa: 'pending', attack: true });
    k.audit({ t: t + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', by: { user: ga, ip: vps }, targets: tgt(ga), ua: dg.ua }, true);
    ga.mfa = 'push';
    const r3 = k.login(ga, dg, t + 3 * MIN, fx(vps), APPS.azurePortal, RES.arm, { attack: true, key: 'ga', fresh: true, interruptP: 0, ua: dg.ua });
    k.span(ga, dg, r3.t, r3.t + 2 * HOUR, fx(vps), [[[APPS.azurePortal, RES.graph], 2], [[APPS.azurePortal, RES.arm], 2]], r3.session, { every: 9, attack: true, ua: dg.ua, client: 'Browser' });
    const r4 = k.login(ga, dg, r3.t + 25 * MIN, fx(vps), APPS.graphCli, RES.graph, { attack: true, key: 'ga', ua: UA.psCore, client: 'Mobile Apps and Desktop clients' });
    k.span(ga, dg, r4.t, r4.t + 40 * MIN, fx(vps), [[[APPS.graphCli, RES.graph], 1]], r4.session, { every: 5, attack: true, ua: UA.psCore, client: 'Mobile Apps and Desktop clients' });
    k.audit({ t: r3.t + 70 * MIN, service: 'Conditional Access', category: 'Policy', activity: 'Update conditional access policy', by: { user: ga, ip: vps }, ua: dg.ua,
      targets: [{ id: 'c2b8f4e3-1c70-4f2a-8b65-3e9d80f21c42', displayName: 'CA002 - Require MFA outside trusted networks (staff)', type: 'Policy', props: [['ConditionalAccessPolicy', '{"state":"enabled"}', '{"state":"disabled"}']] }] }, true);
    return [px, vps];
  });

  // 11. A retired assessor's never-disabled account is guessed from Azure and enrols its own MFA.
  const as = v.assessor;
  run('dormant-account-mfa-self-enrolment', 'A retired deputy assessor\'s account (last sign-in May 2025, never disabled, no MFA method) is password-guessed from Azure virtual machines; the attacker is the first to enrol MFA, then reads mail and the assessing SharePoint a little each night for four nights.', [as.upn], () => {
    const z1 = A('azure', 'boydton', 'Azure VM'), z2 = A('azure', 'boydton', 'Azure VM');
    const dv = atkDev(ATK_UA.edge120, 'Edge 120.0.0');
    let t = local(10, 3.15);
    for (let i = 0; i < 2; i++) { k.row({ t, p: as, dev: dv, ip: z1, app: APPS.officeHome, res: RES.portal, ua: dv.ua, interactive: true, code: 50126, mfa: 'none', attack: true }); t += rng.int(40, 200) * 1000; }
    k.row({ t, p: as, dev: dv, ip: z1, app: APPS.officeHome, res: RES.portal, ua: dv.ua, interactive: true, code: 50079, mfa: 'pending', attack: true });
    k.audit({ t: t + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', by: { user: as, ip: z1 }, targets: tgt(as), ua: dv.ua }, true);
    k.audit({ t: t + 3 * MIN + 4000, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered all required security info', reason: 'User registered all required security info', by: { user: as, ip: z1 }, targets: tgt(as), ua: dv.ua }, true);
    as.mfa = 'push';
    const r = k.login(as, dv, t + 5 * MIN, fx(z1), APPS.officeHome, RES.portal, { attack: true, key: 'dormant', fresh: true, interruptP: 0, kmsi: 1, ua: dv.ua });
    for (let d = 10; d <= 13; d++) {
      const ip = d % 2 ? z2 : z1, s = d === 10 ? r.t : local(d, rng.float(1, 4));
      k.span(as, dv, s, s + rng.float(0.5, 1.2) * HOUR, fx(ip), [[[APPS.exo, RES.exo], 2], [[APPS.spo, RES.spo], 2]], r.session, { every: 12, attack: true, ua: dv.ua, client: 'Browser' });
    }
    return [z1, z2];
  });

  // 12. Payroll diversion: a high-school teacher's phished password changes the direct deposit.
  const t12 = v.teacher12;
  run('payroll-diversion-ess', 'Quiet payroll diversion: a high-school teacher\'s password, phished with a fake "benefits enrolment" page, is used once from a hosting address at 02:00 on the MLK holiday to change the direct-deposit account in Munis Employee Self Service and hide the notification mail; a short check three nights later.', [t12.upn], () => {
    const cc = A('colocrossing', 'buffalo', 'VPS');
    const dv = atkDev(ATK_UA.chrome124, 'Chrome 124.0.0');
    const r = k.login(t12, dv, local(7, 2.23), fx(cc), APPS.officeHome, RES.portal, { attack: true, key: 'payroll', fresh: true, kmsi: 0, ua: dv.ua });
    const r2 = k.login(t12, dv, r.t + 4 * MIN, fx(cc), TAPPS.ess, TRES.ess, { attack: true, key: 'payroll', ua: dv.ua });
    k.row({ t: r2.t + 11 * MIN, p: t12, dev: dv, ip: cc, app: APPS.exo, res: RES.exo, ua: dv.ua, interactive: false, session: r.session, attack: true });
    k.row({ t: r2.t + 13 * MIN, p: t12, dev: dv, ip: cc, app: APPS.exo, res: RES.exo, ua: dv.ua, interactive: false, session: r.session, attack: true });
    k.login(t12, dv, local(10, 2.5), fx(cc), TAPPS.ess, TRES.ess, { attack: true, key: 'payroll', ua: dv.ua });
    return [cc];
  });
  return { ga };
}
