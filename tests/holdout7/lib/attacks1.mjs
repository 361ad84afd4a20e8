// Planted intrusions 1-4: AiTM with mail-app consent, residential-proxy spray, MFA fatigue, device-code phishing.
import { APP, RES, UA } from './catalog.mjs';
import { session, refresh, sso, fresh, raw, browserUa } from './emit.mjs';
import { audit, userT, spT, devT } from './audit.mjs';

const MIN = 60_000, HOUR = 60 * MIN, DAY = 24 * HOUR;
export const noDev = (os = 'Windows 10', browser = 'Chrome 128.0.0') => ({ id: '', name: '', os, browser, compliant: false, managed: false, trust: '' });
const CHROME_125 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';

export function aitmTycoon(E) {
  const { ctx, reg, START } = E, name = 'aitm-tycoon-mail-app-consent', v = E.victim((u) => u.role === 'sales' && u.cc === 'US');
  const proxy = reg.custom('Aeza International Ltd', 210644, ['77.221', '45.155'], 'fra', name);
  const replay = reg.custom('Stark Industries Solutions Ltd', 44477, ['45.134', '94.131'], 'ams', name);
  const t0 = START + 1 * DAY + 15 * HOUR + 12 * MIN, ua = browserUa(v.laptop), dev = noDev(v.laptop.os, v.laptop.browser);
  const s = session(ctx, v, dev, proxy);
  fresh(ctx, s, t0, APP.officeHome, RES.graph, { method: 'push', ua, kmsi: true, extra: { dev } });
  const r = session(ctx, v, noDev(), replay);
  sso(ctx, r, t0 + 28 * MIN, APP.owa, RES.exo, { ua: CHROME_125, dev: noDev() });
  for (let i = 0; i < 9; i++) refresh(ctx, r, t0 + (30 + i * 11) * MIN, i % 2 ? APP.owa : APP.officeHome, i % 3 ? RES.exo : RES.graph, { ua: i % 2 ? CHROME_125 : 'axios/1.7.7', dev: noDev() });
  const pd = { name: 'PerfectData Software', appId: 'ff8d92dc-3d82-41d6-bcbd-b9174d163620', id: 'ff8d92dc-3d82-41d6-bcbd-b9174d163620', spId: ctx.rng.uuid(), owner: ctx.rng.uuid() };
  const tc = t0 + 43 * MIN, by = { user: v, ip: replay };
  raw(ctx, r, tc, pd, RES.exo, { ua: CHROME_125, steps: ['prev', 'mfaPrev'], addl: 'MFA requirement satisfied by claim in the token', clientApp: 'Browser', dev: noDev() });
  audit(ctx, { t: tc + 20_000, activity: 'Add service principal', category: 'ApplicationManagement', by, targets: [spT(pd, [['AppPrincipalId', null, pd.appId]])] });
  audit(ctx, { t: tc + 22_000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', by, targets: [spT({ name: 'Office 365 Exchange Online', spId: E.T.exoSpId }, [['DelegatedPermissionGrant.Scope', null, 'EWS.AccessAsUser.All Mail.ReadWrite offline_access User.Read'], ['DelegatedPermissionGrant.ConsentType', null, 'Principal']])] });
  audit(ctx, { t: tc + 23_000, activity: 'Consent to application', category: 'ApplicationManagement', by, targets: [spT(pd, [['ConsentContext.IsAdminConsent', null, 'False'], ['ConsentContext.OnBehalfOfAll', null, 'False'], ['ConsentAction.Permissions', null, `[[Id: ${ctx.rng.b64url(24)}, ClientId: ${pd.spId}, ConsentType: Principal, Scope: EWS.AccessAsUser.All Mail.ReadWrite offline_access User.Read]]`]])], details: [['AppId', pd.appId], ['VerifiedPublisher', 'False']] });
  const ps = session(ctx, v, null, replay);
  for (let i = 0; i < 16; i++) refresh(ctx, ps, tc + (7 + i * 21) * MIN, pd, RES.exo, { ua: '', dev: null, cred: 'clientSecret' });
  return { name, users: [v.upn], ips: [proxy, replay], description: 'Tycoon 2FA-style adversary-in-the-middle phishing (DocuSign lure) of a US account executive: the password and push approval are relayed through a kit server at Aeza (no device id), the stolen session cookie is replayed 28 minutes later from Stark Industries hosting (OWA, axios-driven token use), and from the replay address the victim "consents" to PerfectData Software (EWS.AccessAsUser.All, Mail.ReadWrite, offline_access) which then syncs the mailbox for hours. Public reporting: Sekoia/Proofpoint on Tycoon 2FA (2024-25); Darktrace and others on PerfectData Software in BEC.' };
}

export function spray(E) {
  const { ctx, reg, START, users } = E, r = ctx.rng, name = 'password-spray-residential-proxies';
  const plan = [['US', 15, ['nyc', 'chi', 'dal', 'atl', 'lax']], ['BR', 8, ['sao']], ['IN', 6, ['bom', 'blr']], ['VN', 6, ['hcm']], ['ID', 4, ['jkt']], ['MX', 4, ['mex']], ['CO', 3, ['bog']], ['AR', 3, ['bue']], ['RO', 3, ['buh']], ['PL', 3, ['waw']], ['GB', 2, ['lon']], ['TH', 3, ['bkk']]];
  const ips = [];
  for (const [cc, n, cities] of plan) for (let i = 0; i < n; i++) ips.push(reg.isp(cc, r.pick(cities), name, i));
  const members = users.filter((u) => !u.special || u.special === 'leaver');
  const targets = r.sample(members.filter((u) => u.special !== 'leaver'), 150);
  const leaver = members.find((u) => u.special === 'leaver' && u.end < 3);
  if (leaver) targets.push(leaver);
  const ghosts = Array.from({ length: 15 }, (_, i) => ({ id: '', name: '', upn: `${r.pick(['john', 'sarah', 'mike', 'anna', 'david', 'laura'])}.${r.pick(['smith', 'jones', 'brown', 'miller', 'wilson'])}${i}@${E.T.tenant.domain}`, type: 'member', homeTenantId: E.T.tenant.id }));
  const valid = [targets[3], targets[77]];
  const t0 = START + 3 * DAY + 1 * HOUR, span = 31 * HOUR, apps = [{ id: '1b730954-1685-4b74-9bfa-2ce69d5e8f5c', name: 'Azure Active Directory PowerShell' }, APP.office];
  const hits = new Map(), all = targets.concat(ghosts, targets.slice(0, 40));
  r.shuffle(all).forEach((u, i) => {
    const t = t0 + Math.round((i / all.length) * span) + r.int(0, 90_000), ip = r.pick(ips);
    const n = (hits.get(u.upn) || 0) + 1; hits.set(u.upn, n);
    let code = 50126, steps = ['badPassword'];
    if (!u.id) code = 50034, steps = [];
    else if (u === leaver) code = 50057, steps = ['password'];
    else if (valid.includes(u)) code = 50076, steps = ['password'];
    else if (n >= 2 && r.chance(0.3)) code = 50053;
    raw(ctx, session(ctx, u, null, ip), t, r.pick(apps), RES.graph, { code, steps, ua: 'fasthttp', proto: 'ropc', clientApp: 'Mobile Apps and Desktop clients', dev: null, mfa: code === 50076 });
  });
  return { name, users: valid.map((u) => u.upn), ips, description: `Low-and-slow password spray over 31 hours from ${ips.length} residential-proxy addresses in 12 countries (consumer ISPs, the same ASNs honest staff use), ROPC with the "fasthttp" user agent against ~165 names scraped from the web (some non-existent: 50034, one disabled leaver: 50057, smart lockout 50053). Two passwords are confirmed (50076: MFA required). Public reporting: Microsoft on Midnight Blizzard residential-proxy spraying (Jan 2024); SpearTip/Guardz on the 2025 "fasthttp" Entra spray campaign.` };
}

export function mfaFatigue(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'mfa-fatigue-push-bombing', v = E.victim((u) => u.role === 'eng' && u.cc === 'IN' && u.mfa === 'push');
  const ip1 = reg.custom('M247 Europe SRL', 9009, ['89.44', '185.156', '146.70'], 'sin', name), ip2 = reg.custom('M247 Europe SRL', 9009, ['89.44', '185.156', '146.70'], 'buh', name);
  const t0 = START + 5 * DAY + 19 * HOUR + 40 * MIN, dev = noDev(), s = session(ctx, v, dev, ip1), ua = UA.winChrome;
  let t = t0;
  for (let i = 0; i < 11; i++) {
    raw(ctx, s, t, APP.officeHome, RES.graph, { code: 50074, steps: ['password', 'pushPending'], mfa: true, ua, clientApp: 'Browser' });
    raw(ctx, s, t + r.int(50, 70) * 1000, APP.officeHome, RES.graph, { code: 500121, steps: ['password', i % 3 ? 'pushTimeout' : 'pushDenied'], mfa: true, ua, clientApp: 'Browser' });
    t += r.int(3, 6) * MIN;
  }
  raw(ctx, s, t, APP.officeHome, RES.graph, { steps: ['password', 'push'], mfa: true, addl: 'MFA completed in Azure AD', ua, clientApp: 'Browser' });
  const by = { user: v, ip: ip1 };
  audit(ctx, { t: t + 4 * MIN, activity: 'User started security info registration', category: 'UserManagement', service: 'Authentication Methods', by, targets: [userT(v)] });
  audit(ctx, { t: t + 6 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', by, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['Device', 'SM-A546E']] });
  raw(ctx, s, t + 11 * MIN, APP.portal, RES.arm, { code: 53000, steps: ['prev', 'mfaPrev'], mfa: true, ua, clientApp: 'Browser' });
  raw(ctx, s, t + 13 * MIN, APP.azCli, RES.arm, { code: 53000, steps: ['prev', 'mfaPrev'], mfa: true, ua: UA.azCliWin });
  sso(ctx, s, t + 15 * MIN, APP.devops, RES.devops, { ua, dev });
  sso(ctx, s, t + 17 * MIN, APP.sharepoint, RES.spo, { ua, dev });
  const s2 = session(ctx, v, dev, ip2);
  for (let i = 0; i < 20; i++) refresh(ctx, i < 8 ? s : s2, t + (20 + i * 9) * MIN, r.pick([APP.devops, APP.officeHome, APP.sharepoint]), r.pick([RES.devops, RES.spo, RES.graph]), { ua, dev });
  return { name, users: [v.upn], ips: [ip1, ip2], description: 'MFA fatigue at 01:10 local time against a Bengaluru engineer whose password came from an infostealer log: eleven push prompts in ~50 minutes from an M247 VPN exit in Singapore (50074 then 500121 denied / not answered each time) until one is approved; the attacker registers their own Authenticator, is refused by the compliant-device policy for the Azure portal and CLI (53000), and pivots to Azure DevOps and SharePoint from a second M247 exit in Bucharest. Public reporting: Uber (Sept 2022, Lapsus$), Cisco (Aug 2022, Yanluowang), Microsoft on MFA fatigue.' };
}

export function deviceCode(E) {
  const { ctx, reg, START } = E, r = ctx.rng, name = 'device-code-phishing-prt', v = E.victim((u) => u.role === 'consult' && u.cc === 'CA' && u.laptop.kind !== 'win');
  const ip1 = reg.custom('HostRoyale Technologies Pvt Ltd', 203020, ['185.234', '193.29'], 'lax', name);
  const ip2 = reg.isp('CA', 'tor', name, 1);
  const t0 = START + 7 * DAY + 14 * HOUR + 5 * MIN, home = v.homeIp;
  const vs = session(ctx, v, v.laptop, home);
  raw(ctx, vs, t0, APP.broker, RES.drs, { proto: 'deviceCode', transfer: 'deviceCodeFlow', steps: ['prev', 'mfaPrev'], mfa: true, addl: 'MFA requirement satisfied by claim in the token', ua: browserUa(v.laptop), clientApp: 'Mobile Apps and Desktop clients' });
  const a1 = session(ctx, v, null, ip1);
  refresh(ctx, a1, t0 + 40_000, APP.broker, RES.drs, { ua: 'python-requests/2.32.3', transfer: 'deviceCodeFlow', dev: null });
  const fake = { id: r.uuid(), objId: r.uuid(), name: 'DESKTOP-4F9Q2LA', os: 'Windows 10', browser: 'Rich Client 4.61.0.0', compliant: false, managed: false, trust: 'Azure AD registered', kind: 'fake' };
  for (const [i, act] of ['Register device', 'Add device', 'Add registered owner to device', 'Add registered users to device'].entries()) audit(ctx, { t: t0 + 3 * MIN + i * 1500, activity: act, category: 'Device', by: { app: E.apps.drs }, targets: [devT(fake), userT(v)], details: [['Device OS', 'Windows'], ['Device trust type', 'Azure AD registered'], ['Device name', fake.name]] });
  refresh(ctx, a1, t0 + 5 * MIN, APP.broker, RES.drs, { ua: 'python-requests/2.32.3', dev: fake, incoming: 'primaryRefreshToken' });
  const a2 = session(ctx, v, fake, ip2);
  for (let i = 0; i < 30; i++) {
    const t = t0 + 16 * MIN + i * r.int(35, 80) * MIN, s = i % 5 === 4 ? a1 : a2;
    if (i % 7 === 0) sso(ctx, s, t, APP.owa, RES.exo, { ua: UA.winEdge, dev: fake, incoming: 'primaryRefreshToken', steps: ['prt', 'mfaPrev'] });
    else refresh(ctx, s, t, r.pick([APP.office, APP.teams, APP.broker]), r.pick([RES.exo, RES.graph, RES.substrate]), { ua: UA.winBroker, dev: fake, incoming: 'primaryRefreshToken' });
  }
  return { name, users: [v.upn], ips: [ip1, ip2], description: 'Storm-2372-style device-code phishing of a Toronto consultant via a fake Teams meeting invite: the victim enters the code from their own (honest) address, the attacker redeems it for the Microsoft Authentication Broker client from HostRoyale hosting, registers a device "DESKTOP-4F9Q2LA" with the Device Registration Service and uses the resulting primary refresh token for ~2 days, mostly through a Canadian residential proxy close to the victim, reading mail and searching content. Public reporting: Microsoft Threat Intelligence on Storm-2372 (Feb 2025, incl. the Authentication Broker client id update), Volexity on device-code phishing (Feb 2025).' };
}
