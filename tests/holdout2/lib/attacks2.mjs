// Planted attacks, part 2: botnet password spray, a rogue helpdesk admin, and a
// service-principal backdoor.
import { MIN, HOUR } from './rng.mjs';
import { addr, BOTNET_NETS, TENANT } from './places.mjs';
import { APPS, RES, UA } from './apps.mjs';
import { A, ROLES, TENANT_APPS, byUser, byApp, ACTOR_APPS } from './audits.mjs';
import { Scenario, atWork, weekday } from './attacks.mjs';
import { officeAddr } from './where.mjs';

const MOBILE = 'Mobile Apps and Desktop clients';

/** 4. Low-and-slow spray from a residential botnet; one legacy-auth account falls, then IMAP/SMTP abuse. */
export function spray(ctx, users, rng) {
  const s = new Scenario(ctx, 'botnet-password-spray', 'About 380 residential botnet addresses in 11 countries try one to three passwords each over ~30 h (ROPC / legacy protocols); one Houston account that is exempt from the legacy-auth block is guessed, then read over IMAP and used to send mail over SMTP AUTH from other bots.');
  const w = ctx.w;
  const t0 = w.start + Math.floor(w.days * 0.65) * 86400000 + rng.float(0, 4) * HOUR;
  const bots = Array.from({ length: 380 }, () => addr(rng, rng.pick(BOTNET_NETS)));
  const members = users.filter((u) => u.role !== 'guest' && u.role !== 'service' && !u.joinDay);
  const victim = rng.pick(members.filter((u) => u.legacyImap));
  const targets = rng.sample(members.filter((u) => u !== victim), 520);
  const fake = ['info', 'admin', 'sales', 'support', 'hr', 'accounts', 'office', 'test', 'j.smith', 'm.jones', 'reception', 'it', 'finance', 'jobs', 'marketing']
    .map((n, i) => ({ id: '', upn: `${n}@${TENANT.domain}`, display: '', type: 'member', idx: -1 - i }));
  const flavours = [
    [6, { app: APPS.exchange, res: RES.exchange, client: 'Other clients', ua: UA.bav2ropc }],
    [2, { app: APPS.exchange, res: RES.exchange, client: 'Authenticated SMTP', ua: '' }],
    [1, { app: APPS.exchange, res: RES.exchange, client: 'IMAP4', ua: '' }],
    [1, { app: APPS.aadPs, res: RES.aadGraph, client: MOBILE, ua: UA.pythonRequests }],
  ];
  const base = { dev: null, os: '', browser: '', interactive: true, protocol: 'ropc', ca: 'notApplied' };
  const span = 30 * HOUR;
  let ti = 0;
  const queue = rng.shuffle([...targets, ...targets.slice(0, 120), ...fake, ...fake]);
  const successAt = t0 + span * 0.62;
  for (const bot of bots) {
    for (let k = 0, n = rng.weighted([[5, 1], [3, 2], [2, 3]]); k < n && ti < queue.length; k++) {
      const u = queue[ti++];
      const f = rng.weighted(flavours);
      const t = t0 + rng.next() * span;
      const code = u.idx < 0 ? 50034 : rng.chance(0.04) ? 50053 : 50126;
      s.sign(rng, { ...base, ...f, u, t, net: bot, code, auth: code === 50126 ? 'pwdFail' : 'none' });
    }
  }
  // The guess that works, then the mailbox is used from other bots.
  const hit = bots[rng.int(0, bots.length - 1)];
  s.sign(rng, { ...base, app: APPS.exchange, res: RES.exchange, client: 'IMAP4', ua: '', u: victim, t: successAt - 3 * MIN, net: hit, code: 50126, auth: 'pwdFail' });
  s.sign(rng, { ...base, app: APPS.exchange, res: RES.exchange, client: 'IMAP4', ua: '', u: victim, t: successAt, net: hit, auth: 'pwd' });
  const users2 = rng.sample(bots, 7);
  for (let k = 0; k < 26; k++) s.sign(rng, { ...base, app: APPS.exchange, res: RES.exchange, client: 'IMAP4', ua: '', u: victim, t: successAt + rng.float(0.2, 14) * HOUR, net: rng.pick(users2), auth: 'pwd' });
  for (let k = 0; k < 16; k++) s.sign(rng, { ...base, app: APPS.exchange, res: RES.exchange, client: 'Authenticated SMTP', ua: '', u: victim, t: successAt + rng.float(2, 16) * HOUR, net: rng.pick(users2.slice(0, 4)), auth: 'pwd' });
  s.users = new Set([victim.upn]);
  return s;
}

/** 5. A helpdesk analyst issues a TAP / disables MFA for others, then signs in as them. */
export function rogueAdmin(ctx, users, rng) {
  const s = new Scenario(ctx, 'rogue-helpdesk-admin', 'A Manchester helpdesk analyst stays late, activates Authentication Administrator, issues a Temporary Access Pass to an executive and disables per-user MFA and resets the password of a finance manager, then signs in as both from the office and reads their mail and files; the TAP is deleted afterwards.');
  const w = ctx.w, d = weekday(w, Math.floor(w.days * 0.75));
  const admin = rng.pick(atWork(ctx, users.filter((u) => u.role === 'helpdesk' && u.office === 'MAN'), d)) || users.find((u) => u.role === 'helpdesk');
  const v1 = rng.pick(users.filter((u) => u.role === 'exec' && u.office === 'RTM' && !u.trips)) || users.find((u) => u.role === 'exec');
  const v2 = rng.pick(users.filter((u) => u.role === 'staff' && u.dept === 'Finance' && u.office === 'RTM' && !u.trips && !u.joinDay && !u.leaveDay));
  const net = officeAddr(rng, 'MAN');
  const ip = net.ip;
  let t = w.T(admin, d, rng.float(19.2, 19.6));
  s.users.add(admin.upn);
  const role = ROLES['Authentication Administrator'], corr = rng.guid();
  const by = byUser(admin, ip);
  s.aud(A.pim(rng, t, by, admin, role, 'Add member to role requested (PIM activation)', [{ key: 'Justification', value: 'User locked out - urgent' }, { key: 'TicketNumber', value: 'INC0047715' }, { key: 'ipaddress', value: ip }], corr), t, ip);
  s.aud(A.addRole(rng, t + 4000, byApp(ACTOR_APPS.pim), admin, role, { corr }), t + 4000);
  s.aud(A.pim(rng, t + 6000, by, admin, role, 'Add member to role completed (PIM activation)', [{ key: 'Justification', value: 'User locked out - urgent' }, { key: 'ipaddress', value: ip }], corr), t + 6000, ip);
  t += rng.int(4, 8) * MIN;
  s.aud(A.securityInfo(rng, t, by, v1, 'Admin registered security info', 'Admin registered temporary access pass method for user'), t, ip);
  const web = { client: 'Browser', ua: UA.edgeWin, dev: null, browser: 'Edge 128.0.0', net, interactive: true };
  const sess1 = rng.guid();
  t += rng.int(3, 6) * MIN;
  s.sign(rng, { ...web, u: v1, app: APPS.officeHome, res: RES.officeHome, t, auth: 'tap', session: sess1 });
  for (let k = 0; k < 9; k++) s.sign(rng, { ...web, u: v1, app: rng.chance(0.6) ? APPS.owa : APPS.officeHome, res: rng.chance(0.6) ? RES.exchange : RES.sharepoint, t: t + rng.float(1, 80) * MIN, interactive: false, auth: 'refresh', session: sess1 });
  t += rng.int(18, 25) * MIN;
  s.aud(A.disableMfa(rng, t, by, v2), t, ip);
  s.aud(A.resetPassword(rng, t + 50000, by, v2), t + 50000, ip);
  t += rng.int(4, 7) * MIN;
  const sess2 = rng.guid();
  s.sign(rng, { ...web, u: v2, app: APPS.officeHome, res: RES.officeHome, t, auth: 'pwd', session: sess2, ca: 'notApplied' });
  for (let k = 0; k < 7; k++) s.sign(rng, { ...web, u: v2, app: rng.chance(0.6) ? APPS.owa : APPS.officeHome, res: rng.chance(0.6) ? RES.exchange : RES.sharepoint, t: t + rng.float(1, 60) * MIN, interactive: false, auth: 'refresh1', session: sess2 });
  t += rng.int(70, 90) * MIN;
  s.aud(A.securityInfo(rng, t, by, v1, 'Admin deleted security info', 'Admin deleted temporary access pass method for user'), t, ip);
  return s;
}

/** 6. Backdoor on a privileged app registration from an unusual place: new secret, federated credential, Graph app role. */
export function spBackdoor(ctx, users, rng) {
  const s = new Scenario(ctx, 'service-principal-backdoor', 'Stolen sessions of a developer (owner of KF-ERP-Connector) and an identity engineer are used from a Romanian residential proxy at dawn: a new client secret, a GitHub federated credential from a look-alike org and a service-principal credential are added to KF-ERP-Connector, Privileged Role Administrator is activated and the app is granted RoleManagement.ReadWrite.Directory and Mail.ReadWrite.');
  const w = ctx.w, d = weekday(w, Math.floor(w.days * 0.85));
  const dev = rng.pick(users.filter((u) => u.role === 'developer' && u.office === 'RTM' && !u.trips && !u.devVm));
  const eng = rng.pick(users.filter((u) => u.role === 'identity' && u.office === 'RTM' && !u.trips));
  const net = addr(rng, 'rcsrds');
  const app = TENANT_APPS.erp;
  let t = w.T(dev, d, rng.float(5.8, 6.4));
  const web = { client: 'Browser', ua: UA.chromeWin, dev: null, browser: 'Chrome 127.0.0', net, interactive: true };
  const sd = rng.guid();
  s.sign(rng, { ...web, u: dev, app: APPS.azurePortal, res: RES.arm, t, auth: 'prt', session: sd });
  for (let k = 0; k < 5; k++) s.sign(rng, { ...web, u: dev, app: APPS.azurePortal, res: rng.chance(0.6) ? RES.graph : RES.arm, t: t + rng.float(1, 40) * MIN, interactive: false, auth: 'refresh', session: sd });
  const byD = byUser(dev, net.ip);
  t += rng.int(6, 10) * MIN;
  const nk = { id: rng.guid(), name: 'erp-sync-2026' };
  const keys = app.keys || [{ id: app.keyId, name: 'rotated-0' }];
  s.aud(A.secret(rng, t, byD, app, keys, [...keys, nk]), t, net.ip);
  s.aud(A.fic(rng, t + 3 * MIN, byD, app, { Name: 'deploy-prod', Issuer: 'https://token.actions.githubusercontent.com', Subject: 'repo:kf-erp-tools/deploy:ref:refs/heads/main', Audiences: ['api://AzureADTokenExchange'] }), t + 3 * MIN, net.ip);
  // The identity engineer's account, same proxy, twenty minutes later.
  t += rng.int(15, 25) * MIN;
  const se = rng.guid();
  s.sign(rng, { ...web, u: eng, app: APPS.azurePortal, res: RES.arm, t: t - 2 * MIN, code: 500121, auth: 'mfaDenied', second: 'push' });
  s.sign(rng, { ...web, u: eng, app: APPS.azurePortal, res: RES.arm, t, auth: 'mfa', second: 'push', session: se });
  for (let k = 0; k < 6; k++) s.sign(rng, { ...web, u: eng, app: APPS.azurePortal, res: rng.chance(0.7) ? RES.graph : RES.arm, t: t + rng.float(1, 50) * MIN, interactive: false, auth: 'refresh', session: se });
  const byE = byUser(eng, net.ip), role = ROLES['Privileged Role Administrator'], corr = rng.guid();
  const det = [{ key: 'Justification', value: 'app permissions' }, { key: 'ipaddress', value: net.ip }];
  t += 4 * MIN;
  s.aud(A.pim(rng, t, byE, eng, role, 'Add member to role requested (PIM activation)', det, corr), t, net.ip);
  s.aud(A.addRole(rng, t + 4000, byApp(ACTOR_APPS.pim), eng, role, { corr }), t + 4000);
  s.aud(A.pim(rng, t + 6000, byE, eng, role, 'Add member to role completed (PIM activation)', det, corr), t + 6000, net.ip);
  t += rng.int(5, 9) * MIN;
  s.aud(A.appRole(rng, t, byE, app, 'RoleManagement.ReadWrite.Directory'), t, net.ip);
  s.aud(A.appRole(rng, t + 40000, byE, app, 'Mail.ReadWrite'), t + 40000, net.ip);
  s.aud(A.spCredential(rng, t + 3 * MIN, byE, app, { id: rng.guid(), name: 'svc', type: 'AsymmetricX509Cert' }), t + 3 * MIN, net.ip);
  return s;
}
