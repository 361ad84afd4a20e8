// A departing IT administrator's self-granted Global Administrator and backdoor account; a Scattered-Spider-style
// help-desk social engineering leading to a federated domain.
import { PROF, HOUR, MIN } from './world.mjs';
import { APPS, RES, CA, UA } from './catalog.mjs';
import { byUser, byApp, tUser, tObj, mp, roleProps, roleTarget, MS_PIM, SYNC_APP } from './audit.mjs';
import { DOMAIN } from './tenant.mjs';

/** 10. Insider: self-assigned Global Administrator outside PIM, CA policy disabled, backdoor admin account. */
export function insiderRole({ w, r, victim, Scenario }) {
  const s = new Scenario(w, 'insider-self-assigned-global-admin',
    'An IT systems administrator whose resignation was recorded by HR on Thursday (employeeLeaveDateTime synced from on-premises) signs in to his admin account from home late on Saturday night, uses his standing Privileged Role Administrator assignment to make himself Global Administrator permanently — outside PIM, no approval — disables the admin Conditional Access policy, creates a cloud-only "svc-backup-sync" account, makes it Global Administrator and issues it a Temporary Access Pass. On Sunday the backdoor account registers an authenticator and signs in through a commercial VPN.',
    'Insider-threat cases in the CISA Insider Threat Mitigation Guide and CERT National Insider Threat Center reporting (departing privileged employees creating backdoor accounts); Microsoft guidance on monitoring role assignments made outside PIM.');
  const owner = victim((x) => x.role === 'it' && x.adminAccount && x.adminAccount !== w.admins[0]);
  const a = owner.adminAccount;
  const home = w.home(owner);
  const sync = byApp(SYNC_APP[0], SYNC_APP[1], 'Microsoft Azure AD Connect');
  s.au({ t: w.at(10, 14.2, 'TOR'), activity: 'Update user', by: sync, targets: [tUser(owner, [mp('EmployeeLeaveDateTime', [], ['2026-02-06T00:00:00Z']), mp('Included Updated Properties', null, 'EmployeeLeaveDateTime')])] });
  s.user(owner, a).ip(home.ip);
  const t = w.at(12, 23.6, 'TOR');
  const prof = PROF.winEdge(owner.laptop);
  const sess = r.uuid();
  s.si(a, t, home, prof, { app: APPS.azurePortal, res: RES.arm, interactive: true, auth: 'fido', session: sess });
  for (let i = 0; i < 5; i++) s.si(a, t + r.real(2, 70) * MIN, home, prof, { app: APPS.azurePortal, res: r.pick([RES.graph, RES.aad]), interactive: false, auth: 'claim', session: sess });
  const by = byUser(a, home.ip);
  s.au({ t: t + 6 * MIN, activity: 'Add member to role', category: 'RoleManagement', by, ua: UA.winEdge, targets: [tUser(a, roleProps('ga'))] });
  const pol = CA.admins;
  s.au({ t: t + 14 * MIN, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', by, targets: [tObj('Policy', pol[0], pol[1], [mp('ConditionalAccessPolicy', { displayName: pol[1], state: 'enabled' }, { displayName: pol[1], state: 'disabled' })])] });
  const bd = { id: r.uuid(), upn: `svc-backup-sync@${DOMAIN}`, displayName: 'svc-backup-sync', userType: 'member', homeTenantId: w.tenant.id, homeTenantName: w.tenant.name };
  s.user(bd);
  s.au({ t: t + 21 * MIN, activity: 'Add user', by, targets: [tUser(bd, [mp('AccountEnabled', [], [true]), mp('DisplayName', [], ['svc-backup-sync']), mp('UserPrincipalName', [], [bd.upn]), mp('UserType', [], ['Member'])])] });
  s.au({ t: t + 24 * MIN, activity: 'Add member to role', category: 'RoleManagement', by, targets: [tUser(bd, roleProps('ga'))] });
  s.au({ t: t + 27 * MIN, activity: 'Admin registered security info', service: 'Authentication Methods', by, targets: [tUser(bd)], reason: 'Admin registered temporary access pass method for user' });
  const vpn = w.place('nordvpn-lax', 93), t2 = w.at(13, 9.5, 'TOR');
  const web = { dev: null, os: 'Windows10', browser: 'Firefox 134.0', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0', client: 'Browser' };
  s.si(bd, t2, vpn, web, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap', code: 50072 });
  s.si(bd, t2 + 40_000, vpn, web, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap' });
  s.au({ t: t2 + 3 * MIN, activity: 'User registered security info', service: 'Authentication Methods', by: byUser(bd, vpn.ip), targets: [tUser(bd)], reason: 'User registered Authenticator App with Notification and Code' });
  s.si(bd, t2 + 6 * MIN, vpn, web, { app: APPS.azurePortal, res: RES.arm, interactive: true, auth: 'mfa', mfaMethod: 'Mobile app notification' });
  s.si(bd, t2 + 20 * MIN, vpn, { ...web, ua: UA.pwsh, client: 'Mobile Apps and Desktop clients' }, { app: APPS.graphCli, res: RES.graph, interactive: true, auth: 'claim' });
  return s;
}

/** 11. Help-desk social engineering of an eligible admin, PIM activation, new federated domain, a CFO signed in through it. */
export function helpdeskFederation({ w, r, ctx, victim, Scenario }) {
  const s = new Scenario(w, 'helpdesk-vishing-federated-domain',
    'A caller impersonating an identity engineer phones the outsourced service desk: "new phone, locked out". The agent resets the password of the engineer\'s PIM-eligible admin account, removes its MFA methods and issues a Temporary Access Pass. Through residential proxy addresses in Toronto the attacker registers an authenticator, activates Hybrid Identity Administrator in PIM, adds and verifies the domain bp-identity.com, switches it to federated with their own token issuer, moves the CFO\'s account onto that domain and then signs in as the CFO with tokens from the rogue issuer.',
    'Scattered Spider / Octo Tempest (Microsoft, October 2023; CISA AA23-320A, updated July 2025): help-desk social engineering for MFA resets, residential proxies near the victim, federated identity provider added for persistence; 2025 campaigns against airlines (FBI statement, June 2025).');
  const target = victim((x) => x.role === 'admin' && x.owner && !x.owner.victim);
  const cfo = victim((x) => x.role === 'hq' && x.base === 'YYZ');
  const agent = ctx.desk[3];
  const taken = new Set(w.users.map((u) => u.homeNet === 'rogers-tor' ? w.home(u).ip : null));
  let k = 123457; const ipA = () => { let p; do { p = w.place('rogers-tor', k += 7919); } while (taken.has(p.ip)); return p; };
  const A = ipA(), B = ipA();
  const t = w.at(11, 15.8, 'TOR');
  const desk = byUser(agent, agent.cloudPcIp);
  s.au({ t, activity: 'Reset user password', by: desk, targets: [tUser(target)], ua: UA.winEdge });
  s.au({ t: t + 1500, activity: 'Reset password (by admin)', service: 'Self-service Password Management', by: desk, targets: [tUser(target)], reason: 'Successfully completed reset.' });
  s.au({ t: t + 60_000, activity: 'Admin deleted security info', service: 'Authentication Methods', by: desk, targets: [tUser(target)], reason: 'Admin deleted Passkey (device-bound) method for user' });
  s.au({ t: t + 90_000, activity: 'Admin registered security info', service: 'Authentication Methods', by: desk, targets: [tUser(target)], reason: 'Admin registered temporary access pass method for user' });
  const web = { dev: null, os: 'Windows10', browser: 'Chrome 143.0.0', ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36', client: 'Browser' };
  const t1 = t + 28 * MIN;
  s.si(target, t1, A, web, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap', code: 50072 });
  s.si(target, t1 + 30_000, A, web, { app: APPS.mySignins, res: RES.graph, interactive: true, auth: 'tap' });
  s.au({ t: t1 + 3 * MIN, activity: 'User registered security info', service: 'Authentication Methods', by: byUser(target, A.ip), targets: [tUser(target)], reason: 'User registered Authenticator App with Notification and Code' });
  const sess = r.uuid();
  s.si(target, t1 + 9 * MIN, A, web, { app: APPS.azurePortal, res: RES.arm, interactive: true, auth: 'mfa', mfaMethod: 'Mobile app notification', session: sess });
  const by = byUser(target, A.ip), corr = r.uuid(), tp = t1 + 14 * MIN;
  s.au({ t: tp, activity: 'Add member to role requested (PIM activation)', service: 'PIM', by, targets: [roleTarget('hybrid'), tUser(target)], correlationId: corr, reason: 'INC0098731 federation troubleshooting' });
  s.au({ t: tp + 4000, activity: 'Add member to role', by: byApp(MS_PIM[0], MS_PIM[1], 'MS-PIM'), targets: [tUser(target, roleProps('hybrid'))], correlationId: corr });
  s.au({ t: tp + 6000, activity: 'Add member to role completed (PIM activation)', service: 'PIM', by, targets: [roleTarget('hybrid'), tUser(target)], correlationId: corr });
  for (let i = 0; i < 8; i++) s.si(target, tp + r.real(1, 90) * MIN, A, web, { app: APPS.azurePortal, res: r.pick([RES.graph, RES.aad, RES.arm]), interactive: false, auth: 'claim', session: sess });
  const dom = 'bp-identity.com', issuer = `http://${dom}/adfs/services/trust`;
  s.au({ t: tp + 12 * MIN, activity: 'Add unverified domain', category: 'DirectoryManagement', by, targets: [tObj('Directory', null, dom)] });
  s.au({ t: tp + 27 * MIN, activity: 'Verify domain', category: 'DirectoryManagement', by, targets: [tObj('Directory', null, dom, [mp('IsVerified', [false], [true])])] });
  s.au({ t: tp + 31 * MIN, activity: 'Set domain authentication', category: 'DirectoryManagement', by, targets: [tObj('Directory', null, dom, [mp('LiveType', ['Managed'], ['Federated'])])] });
  s.au({ t: tp + 31 * MIN + 5000, activity: 'Set federation settings on domain', category: 'DirectoryManagement', by, targets: [tObj('Directory', null, dom, [mp('IssuerUri', [], [issuer]), mp('PassiveLogOnUri', [], [`https://sts.${dom}/adfs/ls/`]), mp('SigningCertificate', [], [r.b64url(48)]), mp('FederationBrandName', [], ['Boreal Pacific'])])] });
  const newUpn = cfo.upn.replace(`@${DOMAIN}`, `@${dom}`);
  s.au({ t: tp + 40 * MIN, activity: 'Update user', by, targets: [tUser(cfo, [mp('UserPrincipalName', [cfo.upn], [newUpn]), mp('OnPremisesImmutableId', [], [r.b64url(16)]), mp('Included Updated Properties', null, 'UserPrincipalName, OnPremisesImmutableId')])] });
  s.user(cfo, newUpn);
  const fed = { issuerType: 'ADFederationServices', issuerName: issuer, upnOverride: newUpn };
  const t3 = tp + 52 * MIN, fs = r.uuid();
  s.si(cfo, t3, B, web, { app: APPS.officeHome, res: RES.o365portal, interactive: true, auth: 'federated', session: fs, signInIdentifier: newUpn, ...fed });
  s.si(cfo, t3 + 3 * MIN, B, web, { app: APPS.owa, res: RES.exo, interactive: true, auth: 'federated', session: fs, signInIdentifier: newUpn, ...fed });
  for (let i = 0; i < 16; i++) s.si(cfo, t3 + r.real(5, 600) * MIN, r.pick([A, B]), web, { app: r.pick([APPS.owa, APPS.spo]), res: RES.exo, interactive: false, auth: 'federated', session: fs, ...fed });
  return s;
}
