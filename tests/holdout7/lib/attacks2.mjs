// Planted intrusions 5-8: illicit consent, service-principal secret backdoor, guest backdoor, legacy IMAP brute force.
import { APP, RES, UA, MSA_TENANT } from './catalog.mjs';
import { session, refresh, sso, fresh, raw, browserUa } from './emit.mjs';
import { audit, userT, spT, appT, groupT, roleT, ROLES } from './audit.mjs';
import { noDev } from './attacks1.mjs';

const MIN = 60_000, HOUR = 60 * MIN, DAY = 24 * HOUR;

export function illicitConsent(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'illicit-consent-mail-read', v = E.victim((u) => u.role === 'finance' && ['IE', 'GB'].includes(u.cc));
  const h1 = reg.custom('OVH SAS', 16276, ['51.75', '141.94'], 'par', name), h2 = reg.custom('Vultr Holdings LLC', 20473, ['45.76', '149.28'], 'ams', name);
  const app = { name: 'DocuSign eSign Secure Viewer', id: r.uuid(), spId: r.uuid(), owner: r.uuid() }; app.appId = app.id;
  const t0 = START + 2 * DAY + 10 * HOUR + 20 * MIN, ip = v.homeIp, s = session(ctx, v, v.laptop, ip), ua = browserUa(v.laptop);
  raw(ctx, s, t0, app, RES.graph, { code: 65001, steps: ['prev', 'mfaPrev'], mfa: true, ua, clientApp: 'Browser' });
  const scope = 'Mail.Read Mail.Send Files.ReadWrite.All User.Read offline_access', by = { user: v, ip };
  audit(ctx, { t: t0 + 25_000, activity: 'Add service principal', category: 'ApplicationManagement', by, targets: [spT(app, [['AppPrincipalId', null, app.appId]])] });
  audit(ctx, { t: t0 + 27_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', by, targets: [spT({ name: 'Microsoft Graph', spId: E.T.graphSpId }, [['DelegatedPermissionGrant.Scope', null, scope], ['DelegatedPermissionGrant.ConsentType', null, 'Principal']])] });
  audit(ctx, { t: t0 + 28_000, activity: 'Consent to application', category: 'ApplicationManagement', by, targets: [spT(app, [['ConsentContext.IsAdminConsent', null, 'False'], ['ConsentContext.OnBehalfOfAll', null, 'False'], ['ConsentAction.Permissions', null, `[[Id: ${r.b64url(24)}, ClientId: ${app.spId}, ConsentType: Principal, Scope: ${scope}]]`]])], details: [['AppId', app.appId], ['VerifiedPublisher', 'False'], ['AppOwnerOrganizationId', app.owner]] });
  raw(ctx, s, t0 + 35_000, app, RES.graph, { steps: ['prev', 'mfaPrev'], mfa: true, addl: 'MFA requirement satisfied by claim in the token', ua, clientApp: 'Browser' });
  for (let i = 0; i < 72; i++) {
    const ss = session(ctx, v, null, i % 3 === 2 ? h2 : h1);
    refresh(ctx, ss, t0 + 6 * MIN + i * r.int(55, 75) * MIN, app, RES.graph, { ua: 'python-requests/2.31.0', dev: null, cred: 'clientSecret' });
  }
  return { name, users: [v.upn], ips: [h1, h2], description: 'OAuth consent phishing of a Dublin/UK finance employee: from their own laptop and address they grant an unverified multi-tenant app posing as "DocuSign eSign Secure Viewer" Mail.Read, Mail.Send, Files.ReadWrite.All and offline_access (65001 then consent); the app then refreshes its delegated token hourly for three days from OVH and Vultr servers with a client secret. Public reporting: Microsoft on consent phishing (2020-2023), Proofpoint on fake OAuth apps impersonating DocuSign/Adobe (2024-25).' };
}

export function spBackdoor(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'test-account-to-service-principal-backdoor', v = E.svc.testAdmin;
  const ips = [reg.isp('US', 'cmh', name, 0), reg.isp('US', 'atl', name, 1), reg.isp('US', 'dal', name, 3)];
  const t0 = START + 7 * DAY + 3 * HOUR;
  for (let i = 0; i < 2; i++) raw(ctx, session(ctx, v, null, ips[0]), t0 - 20 * HOUR + i * 47 * MIN, APP.graphCli, RES.graph, { code: 50126, steps: ['badPassword'], ua: UA.graphPs, proto: 'ropc' });
  const s = session(ctx, v, null, ips[1]), by = { user: v, ip: ips[1] };
  raw(ctx, s, t0, APP.graphCli, RES.graph, { steps: ['password'], mfa: false, ua: UA.graphPs, clientApp: 'Mobile Apps and Desktop clients' });
  raw(ctx, s, t0 + 6 * MIN, APP.entraPortal, RES.graph, { steps: ['password'], mfa: false, ua: UA.winChrome, clientApp: 'Browser' });
  const target = E.T.tenantApps.find((a) => a.name === 'ml-crm-sync'), kid = r.uuid();
  audit(ctx, { t: t0 + 14 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [appT(target, [['KeyDescription', '[]', `["[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=]"]`]])] });
  audit(ctx, { t: t0 + 15 * MIN, activity: 'Add service principal credentials', category: 'ApplicationManagement', by, targets: [spT(target, [['KeyDescription', '[]', `["[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=]"]`]])] });
  const evil = { name: 'Mail Archive Sync', appId: r.uuid(), objId: r.uuid(), spId: r.uuid() };
  audit(ctx, { t: t0 + 22 * MIN, activity: 'Add application', category: 'ApplicationManagement', by, targets: [appT(evil, [['AppId', null, evil.appId]])] });
  audit(ctx, { t: t0 + 23 * MIN, activity: 'Add service principal', category: 'ApplicationManagement', by, targets: [spT(evil, [['AppPrincipalId', null, evil.appId]])] });
  audit(ctx, { t: t0 + 24 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', by, targets: [appT(evil, [['KeyDescription', '[]', `["[KeyIdentifier=${r.uuid()},KeyType=Password,KeyUsage=Verify,DisplayName=sync]"]`]])] });
  for (const sp of [target, evil]) audit(ctx, { t: t0 + 27 * MIN, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', by, targets: [spT({ name: 'Office 365 Exchange Online', spId: E.T.exoSpId }), spT(sp, [['AppRole.Value', null, 'full_access_as_app'], ['AppRole.DisplayName', null, 'Use Exchange Web Services with full access to all mailboxes']])] });
  audit(ctx, { t: t0 + 28 * MIN, activity: 'Consent to application', category: 'ApplicationManagement', by, targets: [spT(evil, [['ConsentContext.IsAdminConsent', null, 'True'], ['ConsentContext.OnBehalfOfAll', null, 'True'], ['ConsentAction.Permissions', null, '[[AppRole: full_access_as_app, Resource: Office 365 Exchange Online]]']])] });
  for (let i = 0; i < 14; i++) refresh(ctx, session(ctx, v, null, ips[1 + (i % 2)]), t0 + (30 + i * 13) * MIN, APP.graphCli, RES.graph, { ua: UA.graphPs, dev: null, mfa: false });
  return { name, users: [v.upn], ips, description: 'Midnight Blizzard-style: a forgotten 2021 test account (excluded from MFA, still Global Administrator) is password-sprayed from US residential proxies, then used to add a new secret to the existing "ml-crm-sync" app registration and its service principal, create "Mail Archive Sync", and grant both full_access_as_app on Exchange Online; mail is then read app-only (service-principal sign-ins are not in these exports). Public reporting: Microsoft MSRC on Midnight Blizzard (Jan 2024), CISA ED 24-02.' };
}

export function guestBackdoor(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'aitm-guest-invite-backdoor', v = E.victim((u) => u.role === 'consult' && u.cc === 'ES');
  const proxy = reg.custom('VDSina Hosting', 48282, ['94.103', '185.250'], 'ams', name), ip2 = reg.isp('NL', 'ams', name, 1);
  const t0 = START + 8 * DAY + 8 * HOUR + 40 * MIN, dev = noDev(v.laptop.os, v.laptop.browser), ua = browserUa(v.laptop);
  const s = session(ctx, v, dev, proxy);
  const t1 = fresh(ctx, s, t0, APP.officeHome, RES.graph, { method: 'push', ua, extra: { dev } });
  sso(ctx, s, t1 + 9 * MIN, APP.teams, RES.teams, { ua, dev });
  const g = { id: r.uuid(), upn: 'm.keller.consulting@outlook.com', name: 'Martin Keller', type: 'guest', homeTenantId: MSA_TENANT };
  const ext = { id: g.id, name: g.name, upn: `m.keller.consulting_outlook.com#EXT#@${E.T.tenant.domain}` }, by = { user: v, ip: proxy };
  audit(ctx, { t: t1 + 14 * MIN, activity: 'Invite external user', category: 'UserManagement', service: 'Invited Users', by, targets: [userT(ext)], details: [['invitedUserEmailAddress', g.upn]] });
  audit(ctx, { t: t1 + 14 * MIN + 2000, activity: 'Add user', category: 'UserManagement', by, targets: [userT(ext, [['UserType', null, 'Guest']])] });
  const grp = { id: r.uuid(), name: 'cust-northwind-delivery' };
  audit(ctx, { t: t1 + 16 * MIN, activity: 'Add member to group', category: 'GroupManagement', by, targets: [userT(ext), groupT(grp)] });
  const gs = session(ctx, g, noDev(), ip2), tr = t1 + 41 * MIN;
  audit(ctx, { t: tr, activity: 'Redeem external user invite', category: 'UserManagement', service: 'Invited Users', by: { user: g, ip: ip2 }, targets: [userT(ext)] });
  raw(ctx, gs, tr + 60_000, APP.sharepoint, RES.spo, { code: 50072, steps: ['password'], mfa: true, ua: UA.winChrome, clientApp: 'Browser' });
  audit(ctx, { t: tr + 4 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by: { user: g, ip: ip2 }, targets: [userT(ext)], details: [['Method', 'Microsoft Authenticator']] });
  raw(ctx, gs, tr + 5 * MIN, APP.sharepoint, RES.spo, { steps: ['password', 'push'], mfa: true, addl: 'MFA completed in Azure AD', ua: UA.winChrome, clientApp: 'Browser' });
  for (let d = 0; d < 5; d++) {
    const t = tr + d * DAY + r.int(1, 8) * HOUR;
    sso(ctx, gs, t, r.pick([APP.sharepoint, APP.teams]), r.pick([RES.spo, RES.teams]), { ua: UA.winChrome, dev: noDev() });
    for (let i = r.int(3, 6); i > 0; i--) refresh(ctx, gs, t + r.int(2, 200) * MIN, APP.teams, RES.teams, { ua: '', dev: noDev() });
  }
  return { name, users: [v.upn, g.upn], ips: [proxy, ip2], description: 'A Madrid delivery manager is phished through an AiTM proxy (VDSina hosting); with the stolen session the attacker invites an outlook.com "partner" guest and adds it to the customer delivery Team, redeems the invitation from a Dutch residential proxy, registers the guest\'s own MFA and keeps reading the customer\'s SharePoint for five days after the member session is gone. Public reporting: Microsoft on Storm-0539 / Octo Tempest persistence with external identities; Mandiant on guest-account persistence in M365.' };
}

export function legacyImap(E) {
  const { ctx, reg, START, users } = E, r = ctx.rng, name = 'imap-bruteforce-via-tor';
  const exits = [['Foundation for Applied Privacy', 208323, ['109.70', '193.189'], 'vie'], ['Emerald Onion', 396507, ['23.129', '198.54'], 'sea'], ['F3 Netze e.V.', 200052, ['185.220'], 'fra'], ['Quintex Alliance Consulting', 62744, ['104.244', '199.195'], 'dal'], ['Artikel10 e.V.', 214094, ['185.100', '192.42'], 'ber'], ['Tor exit (Privex Inc.)', 136258, ['185.130', '195.176'], 'sto']];
  const ips = Array.from({ length: 25 }, (_, i) => { const x = exits[i % exits.length]; return reg.custom(x[0], x[1], x[2], x[3], name); });
  const targets = r.sample(users.filter((u) => !u.special), 26).concat([E.svc.archive, E.svc.mfpLis, E.svc.mfpAus]);
  const blocked = targets[5], win = E.svc.archive, t0 = START + 9 * DAY + 22 * HOUR;
  let t = t0, tried = 0;
  const attempt = (u, code, tt) => raw(ctx, session(ctx, u, null, r.pick(ips)), tt, APP.exchange, RES.exo, { code, steps: [code === 50126 ? 'badPassword' : 'password'], mfa: false, clientApp: 'IMAP4', proto: 'ropc', ua: '', ca: code === 53003 ? 'failure' : 'notApplied' });
  while (t < t0 + 6 * HOUR + 10 * MIN) {
    const u = r.pick(targets);
    attempt(u, u === blocked && tried++ === 3 ? 53003 : 50126, t);
    t += r.int(25, 95) * 1000;
  }
  attempt(blocked, 53003, t0 + 2 * HOUR);
  attempt(win, 0, t + MIN);
  for (let i = 0; i < 26; i++) attempt(win, 0, t + (20 + i * 37) * MIN);
  return { name, users: [win.upn, blocked.upn], ips, description: 'Legacy-protocol brute force over IMAP from 25 Tor exit relays through one night (~300 attempts, 29 mailboxes). Conditional Access blocks legacy authentication (a correct password for one member still ends in 53003), but the mail-archive service account is in the legacy-auth exclusion group with a weak password: it is guessed at dawn and its mailbox is read over IMAP from Tor for the rest of the day. Public reporting: Microsoft/CISA advisories on basic-auth abuse, Proofpoint on IMAP-based password spraying of M365 (2021-22).' };
}
