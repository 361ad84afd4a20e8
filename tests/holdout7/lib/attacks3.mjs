// Planted intrusions 9-12: infostealer cookie replay, insider role grab, federation backdoor, EvilProxy + MFA registration.
import { APP, RES, UA } from './catalog.mjs';
import { session, refresh, sso, fresh, raw, browserUa } from './emit.mjs';
import { audit, userT, roleT, ROLES } from './audit.mjs';
import { noDev } from './attacks1.mjs';

const MIN = 60_000, HOUR = 60 * MIN, DAY = 24 * HOUR;

export function cookieReplay(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'infostealer-cookie-replay', v = E.victim((u) => u.role === 'eng' && ['DE', 'BR', 'PL'].includes(u.cc) && u.laptop.kind === 'win');
  const ip1 = reg.custom('Alexhost SRL', 200019, ['176.123', '185.225'], 'chs', name), ip2 = reg.isp('US', 'dal', name, 2);
  const t0 = START + 11 * DAY + 16 * HOUR + 30 * MIN, dev = noDev('Windows 10', 'Chrome 128.0.0'), ua = UA.winChrome;
  const s = session(ctx, v, dev, ip1);
  sso(ctx, s, t0, APP.officeHome, RES.graph, { ua, dev });
  sso(ctx, s, t0 + 3 * MIN, APP.teams, RES.teams, { ua, dev });
  raw(ctx, s, t0 + 6 * MIN, APP.portal, RES.arm, { code: 53000, steps: ['prev', 'mfaPrev'], mfa: true, ua, clientApp: 'Browser' });
  sso(ctx, s, t0 + 9 * MIN, APP.devops, RES.devops, { ua, dev });
  sso(ctx, s, t0 + 12 * MIN, APP.sharepoint, RES.spo, { ua, dev });
  for (let i = 0; i < 18; i++) refresh(ctx, s, t0 + (15 + i * 16) * MIN, r.pick([APP.teams, APP.devops, APP.officeHome]), r.pick([RES.graph, RES.devops, RES.spo, RES.teams]), { ua, dev });
  const s2 = session(ctx, v, dev, ip2);
  for (let i = 0; i < 10; i++) refresh(ctx, s2, t0 + 20 * HOUR + i * 25 * MIN, r.pick([APP.teams, APP.devops]), r.pick([RES.devops, RES.graph]), { ua, dev });
  return { name, users: [v.upn], ips: [ip1, ip2], description: 'An engineer\'s home PC is infected by an infostealer (Lumma-style, via a cracked tool); the harvested ESTSAUTHPERSISTENT cookie is replayed from Alexhost in Moldova with a Chrome user agent and no device id: SSO into Office, Teams, Azure DevOps and SharePoint with "MFA satisfied by claim in the token", one refusal by the compliant-device policy for the Azure portal (53000), then tokens refreshed for hours and again the next day from a US residential proxy. Public reporting: Microsoft on Lumma Stealer (May 2025), Snowflake/UNC5537 and many IR reports of session-cookie replay.' };
}

export function insiderRole(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'insider-global-admin-outside-pim', v = E.victim((u) => u.special === 'itadmin');
  const mullvad = reg.custom('31173 Services AB (Mullvad VPN)', 39351, ['193.138', '185.65'], 'sto', name);
  const home = (d) => (d >= v.ipChangeDay ? v.homeIp2 : v.homeIp), t0 = START + 11 * DAY + Math.round((21.5 - v.tz) * HOUR), by = { user: v, ip: home(11) };
  const corr = r.uuid(), pra = ROLES.pra, ga = ROLES.ga;
  audit(ctx, { t: t0, corr, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', by, targets: [roleT(pra), userT(v)], details: [['Justification', 'cleanup stale role assignments']] });
  audit(ctx, { t: t0 + 4000, corr, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', by, targets: [roleT(pra), userT(v)] });
  audit(ctx, { t: t0 + 5000, activity: 'Add member to role', category: 'RoleManagement', by: { app: E.apps.pim }, targets: [userT(v, [['Role.DisplayName', null, pra.name]]), roleT(pra)] });
  audit(ctx, { t: t0 + 12 * MIN, activity: 'Add member to role', category: 'RoleManagement', by, targets: [userT(v, [['Role.DisplayName', null, ga.name], ['Role.TemplateId', null, ga.tpl]]), roleT(ga)] });
  const bd = { id: r.uuid(), upn: `svc-backup-sync@${E.T.tenant.domain}`, name: 'svc-backup-sync', type: 'member', homeTenantId: E.T.tenant.id };
  audit(ctx, { t: t0 + 19 * MIN, activity: 'Add user', category: 'UserManagement', by, targets: [userT(bd, [['AccountEnabled', null, true], ['UserPrincipalName', null, bd.upn]])] });
  audit(ctx, { t: t0 + 21 * MIN, activity: 'Add member to role', category: 'RoleManagement', by, targets: [userT(bd, [['Role.DisplayName', null, ga.name], ['Role.TemplateId', null, ga.tpl]]), roleT(ga)] });
  audit(ctx, { t: t0 + 26 * MIN, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', by, targets: [{ id: r.uuid(), name: 'CA001 All users: require MFA', type: 'Policy', props: [['ConditionalAccessPolicy', '{"conditions":{"users":{"excludeUsers":[]}}}', `{"conditions":{"users":{"excludeUsers":["${bd.id}"]}}}`]] }] });
  const s = session(ctx, bd, noDev(), mullvad), t1 = START + 12 * DAY + 10 * HOUR + 4 * MIN;
  raw(ctx, s, t1, APP.entraPortal, RES.graph, { steps: ['password'], mfa: false, ua: UA.winChrome, clientApp: 'Browser' });
  raw(ctx, s, t1 + 7 * MIN, APP.graphCli, RES.graph, { steps: ['password'], mfa: false, ua: UA.graphPs });
  for (let i = 0; i < 8; i++) refresh(ctx, s, t1 + (10 + i * 9) * MIN, APP.graphCli, RES.graph, { ua: UA.graphPs, mfa: false });
  const t2 = START + 13 * DAY + Math.round((9.3 - v.tz) * HOUR);
  audit(ctx, { t: t2, activity: 'Remove member from role', category: 'RoleManagement', by: { user: v, ip: home(13) }, targets: [userT(v, [['Role.DisplayName', ga.name, null]]), roleT(ga)] });
  return { name, users: [v.upn, bd.upn], ips: [mullvad], description: 'A departing IT administrator, from home on a Friday night, activates their eligible Privileged Role Administrator role through PIM (plausible justification), then directly assigns themselves Global Administrator outside PIM, creates "svc-backup-sync", makes it Global Administrator, excludes it from the MFA policy, tests it next morning from Mullvad VPN, and on Sunday removes their own permanent assignment to cover tracks. Public reporting: CISA insider-threat guidance; Microsoft guidance on privileged role assignments outside PIM (Sentinel analytic "User added to Azure AD privileged groups / roles outside PIM").' };
}

export function federationBackdoor(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'helpdesk-social-engineering-federation-backdoor';
  const v = E.victim((u) => u.special === 'itadmin'), cfo = E.victim((u) => u.role === 'exec'), agent = E.T.staff.helpdesk[0];
  const ip1 = reg.isp('US', 'atl', name, 2), ip2 = reg.custom('Clouvider Limited', 62240, ['45.92', '185.245'], 'lon', name);
  const t0 = START + 12 * DAY + 14 * HOUR + 5 * MIN, hip = agent.homeIp;
  audit(ctx, { t: t0, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: agent, ip: hip }, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator']] });
  audit(ctx, { t: t0 + 2 * MIN, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: agent, ip: hip }, targets: [userT(v)], details: [['Method', 'Temporary Access Pass'], ['Reason', 'Lost phone - caller verified by employee ID']] });
  const s = session(ctx, v, noDev(), ip1), by = { user: v, ip: ip1 }, t1 = t0 + 12 * MIN;
  raw(ctx, s, t1, APP.mySignins, RES.graph, { steps: ['tap'], mfa: true, addl: 'MFA completed in Azure AD', ua: UA.winChrome, clientApp: 'Browser' });
  audit(ctx, { t: t1 + 3 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['Device', 'iPhone 14']] });
  sso(ctx, s, t1 + 9 * MIN, APP.entraPortal, RES.graph, { ua: UA.winChrome, dev: noDev() });
  const corr = r.uuid();
  audit(ctx, { t: t1 + 15 * MIN, corr, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', by, targets: [roleT(ROLES.ga), userT(v)], details: [['Justification', 'urgent SSO fix']] });
  audit(ctx, { t: t1 + 15 * MIN + 4000, corr, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', by, targets: [roleT(ROLES.ga), userT(v)] });
  audit(ctx, { t: t1 + 15 * MIN + 5000, activity: 'Add member to role', category: 'RoleManagement', by: { app: E.apps.pim }, targets: [userT(v, [['Role.DisplayName', null, ROLES.ga.name]]), roleT(ROLES.ga)] });
  const dom = { id: 'meridianloop-sso.com', name: 'meridianloop-sso.com', type: 'Other' }, issuer = 'http://any.sts/8F3A1C2E';
  const steps = [['Add unverified domain', []], ['Verify domain', [['IsVerified', false, true]]], ['Set domain authentication', [['LiveType', 'Managed', 'Federated']]], ['Set federation settings on domain', [['IssuerUri', null, issuer], ['PassiveLogOnUri', null, 'https://login.meridianloop-sso.com/adfs/ls/'], ['SigningCertificate', null, 'MIIC8DCCAdigAwIBAgIQ...']]]];
  steps.forEach(([act, props], i) => audit(ctx, { t: t1 + (24 + i * 3) * MIN, activity: act, category: 'DirectoryManagement', by, targets: [{ ...dom, props }] }));
  const f = session(ctx, cfo, noDev(), ip2), fo = { issuer: { type: 'ADFederationServices', name: issuer }, proto: 'wsFederation', incoming: 'saml11', steps: ['fed', 'mfaFed'], mfa: true, addl: 'MFA requirement satisfied by claim provided by external provider', ua: UA.winChrome, clientApp: 'Browser' };
  const t2 = t1 + 95 * MIN;
  for (const [i, [app, res]] of [[APP.owa, RES.exo], [APP.sharepoint, RES.spo], [APP.officeHome, RES.graph], [APP.owa, RES.exo]].entries()) raw(ctx, f, t2 + i * 37 * MIN, app, res, fo);
  for (let i = 0; i < 12; i++) refresh(ctx, f, t2 + (10 + i * 22) * MIN, APP.owa, RES.exo, { ua: UA.winChrome, issuer: fo.issuer, dev: noDev() });
  return { name, users: [v.upn, cfo.upn], ips: [ip1, ip2], description: 'Scattered Spider / Octo Tempest pattern: a caller impersonating an IT administrator convinces the (honest) helpdesk to delete his Authenticator and issue a Temporary Access Pass; the attacker redeems it from a US residential proxy, registers their own Authenticator, activates Global Administrator in PIM, adds and verifies a look-alike domain and federates it with an AADInternals-style issuer ("http://any.sts/..."), then signs in as the CFO with forged SAML tokens (token issuer ADFederationServices, MFA "satisfied by external provider") from Clouvider hosting. Public reporting: Microsoft on Octo Tempest (Oct 2023), CISA AA23-320A, Mandiant on UNC3944, Microsoft on Solorigate federation backdoors.' };
}

export function evilProxyMfa(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'evilproxy-aitm-mfa-method-registration', v = E.victim((u) => (u.role === 'exec' || u.role === 'sales') && u.cc === 'GB' && u.phone);
  const proxy = reg.custom('FranTech Solutions (BuyVM)', 53667, ['209.141', '198.98'], 'las', name), ip2 = reg.isp('GB', 'lon', name, 0), ip3 = reg.isp('GB', 'man', name, 1);
  const t0 = START + 10 * DAY + 9 * HOUR + 10 * MIN, pdev = noDev(v.phone.os, v.phone.browser), pua = browserUa(v.phone);
  const s = session(ctx, v, pdev, proxy);
  fresh(ctx, s, t0, APP.officeHome, RES.graph, { method: 'push', ua: pua, extra: { dev: pdev } });
  const s2 = session(ctx, v, noDev('MacOs', 'Safari 17.6'), ip2), t1 = t0 + 6 * MIN, by = { user: v, ip: ip2 };
  sso(ctx, s2, t1, APP.mySignins, RES.graph, { ua: UA.macSafari, dev: noDev('MacOs', 'Safari 17.6') });
  audit(ctx, { t: t1 + 2 * MIN, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', by, targets: [userT(v)] });
  audit(ctx, { t: t1 + 4 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['Device', 'SM-G991B']] });
  audit(ctx, { t: t1 + 5 * MIN, activity: 'User changed default security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator']] });
  for (let i = 0; i < 6; i++) refresh(ctx, s2, t1 + (8 + i * 14) * MIN, APP.owa, RES.exo, { ua: UA.macSafari, dev: noDev('MacOs', 'Safari 17.6') });
  const d3 = noDev('Windows 10', 'Edge 128.0.2739'), s3 = session(ctx, v, d3, ip3), t3 = START + 11 * DAY + 8 * HOUR + 30 * MIN;
  fresh(ctx, s3, t3, APP.officeHome, RES.graph, { method: 'push', ua: UA.winEdge, extra: { dev: d3 } });
  sso(ctx, s3, t3 + 4 * MIN, APP.owa, RES.exo, { ua: UA.winEdge, dev: d3 });
  for (let i = 0; i < 14; i++) refresh(ctx, s3, t3 + (9 + i * 17) * MIN, r.pick([APP.owa, APP.officeHome, APP.sharepoint]), r.pick([RES.exo, RES.graph, RES.spo]), { ua: UA.winEdge, dev: d3 });
  return { name, users: [v.upn], ips: [proxy, ip2, ip3], description: 'EvilProxy-style AiTM against a London sales executive who opens the lure on their iPhone: credentials and push approval are relayed through a BuyVM server in Las Vegas; six minutes later, from a UK residential proxy, the attacker registers their own Authenticator (SM-G991B) and makes it the default method; the next morning they sign in afresh from another UK residential address approving the push on their own phone, and read mail. Public reporting: Proofpoint on EvilProxy targeting executives (Aug 2023), Microsoft on AiTM followed by MFA method registration (2022-23).' };
}
