// The 12 planted scenarios, each designed from public reporting on identity intrusions (see README).
import { START, DAYS, HOUR, MIN, DAY, DOMAIN, UA, CA } from './world.mjs';
import { addAudit, ipOf } from './audits.mjs';
import { whereAt, hotelIp, atLocal } from './routines.mjs';
import { poisson, localHour } from './kit.mjs';

const iso = (t) => new Date(Math.round(t)).toISOString();
const userT = (p) => ({ id: p.id, displayName: null, type: 'User', upn: p.upn });

export function plantAttacks(ctx, people, env) {
  const { rng } = ctx;
  const scenarios = [];
  const by = (f) => people.filter(f);
  const used = new Set();
  const pickVictim = (f) => { const c = by((p) => f(p) && !used.has(p.id) && !p.leaveAt && !p.newHire); const v = rng.pick(c); used.add(v.id); return v; };
  for (const p of env.leavers) used.add(p.id);

  // a scenario's bookkeeping: rows, audits, intruder addresses, span
  const S = (name, description) => {
    const s = { name, description, users: [], ips: [], t0: Infinity, t1: -Infinity };
    s.ip = (net) => { const ip = ctx.reg.alloc(net, 'intruder', name); s.ips.push(ip); return ip; };
    s.si = (p, o) => { const r = ctx.emit(p, { ...o, scen: name }, false); if (r) { s.t0 = Math.min(s.t0, o.t); s.t1 = Math.max(s.t1, o.t); } return r; };
    s.au = (a) => { s.t0 = Math.min(s.t0, a.t); s.t1 = Math.max(s.t1, a.t); return addAudit(ctx, a, false, name); };
    s.user = (...ps) => { for (const p of ps) if (!s.users.includes(p.upn)) s.users.push(p.upn); };
    scenarios.push(s);
    return s;
  };
  const agents = by((p) => p.role === 'sdesk');
  const shiftAgent = (t) => agents.find((a) => { const s = whereAt(a, t); return s && s.kind === 'work'; });

  // 1 ---------------------------------------------------------------- help-desk social engineering (Scattered Spider)
  {
    const s = S('helpdesk-vishing-tap-first-officer', 'Caller posing as a first officer "stuck abroad with a new phone" gets the Riga desk to wipe the MFA methods and issue a Temporary Access Pass; the intruder enrols an authenticator over an Oslo VPN exit and downloads crew-manual and roster files.');
    const v = pickVictim((p) => p.role === 'pilot' && p.base === 'OSL');
    s.user(v);
    let t = atLocal(3, 25.6); // early Friday 13 Feb, 01:36 local
    let ag = shiftAgent(t); for (let k = 0; !ag && k < 20; k++) { t += 20 * MIN; ag = shiftAgent(t); }
    const agIp = ctx.site('tet-riga');
    s.au({ t, activity: 'Admin deleted security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Delete', by: { user: ag }, ip: agIp, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    s.au({ t: t + 95000, activity: 'Admin registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: ag }, ip: agIp, targets: [userT(v)], details: [['Method', 'Temporary Access Pass'], ['LifetimeInMinutes', '60'], ['IsUsableOnce', 'True']] });
    const a1 = s.ip('m247-osl'), a2 = s.ip('m247-osl');
    const ua = UA.winChrome;
    let ta = t + 7 * MIN;
    s.si(v, { t: ta, app: 'mySignins', res: 'graph', ip: a1, ua, auth: 'tap', loginHint: false });
    s.au({ t: ta + 80000, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: v }, ip: a1, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    const sess = rng.guid();
    s.si(v, { t: ta + 4 * MIN, app: 'officeHome', res: 'officeHome', ip: a1, ua, auth: 'password+mfa', session: sess });
    s.si(v, { t: ta + 6 * MIN, app: 'spo', res: 'spo', ip: a1, ua, auth: 'sso-mfa', session: sess });
    poisson(rng, ta + 7 * MIN, ta + 95 * MIN, 9, (tt) => s.si(v, { t: tt, ni: true, app: rng.pick(['spo', 'officeHome', 'onedrive']), res: rng.pick(['spo', 'exo', 'graph']), ip: rng.chance(0.7) ? a1 : a2, ua, session: sess, mfa: true }));
    s.si(v, { t: ta + 40 * MIN, app: 'azurePortal', res: 'arm', ip: a2, ua, auth: 'sso-mfa', session: sess });
    // the real first officer: his phone's Authenticator no longer knows the account (benign rows)
    const tv = atLocal(4, 7.2);
    const ipv = ipOf(ctx, v, tv) || v.household.ip;
    ctx.emit(v, { t: tv, app: 'crewApp', res: 'graph', ip: ipv, ua: 'ipadBroker', device: v.pad, auth: 'password-mfafail', err: 500121, mfaFailDetail: 'MFA denied; user did not respond to mobile app notification', pad: true });
    ctx.emit(v, { t: tv + 3 * MIN, app: 'crewApp', res: 'graph', ip: ipv, ua: 'ipadBroker', device: v.pad, auth: 'password-mfafail', err: 500121, mfaFailDetail: 'MFA denied; user did not respond to mobile app notification', pad: true });
  }

  // 2 ---------------------------------------------------------------- AiTM phishing to BEC (Tycoon 2FA, Microsoft AiTM/BEC)
  {
    const s = S('aitm-bec-accounts-payable', 'Accounts-payable clerk opens a Tycoon-2FA-style phishing page; the AiTM proxy relays the sign-in and MFA, the stolen session cookie is replayed from Lagos and a US proxy, an authenticator is added, and mail is read for two days.');
    const v = pickVictim((p) => p.role === 'office' && p.finance && p.egress === 'direct' && p.laptop.kind === 'laptop');
    s.user(v);
    let t = atLocal(1, 10.2);
    const proxy = s.ip('do-ams'), lagos = s.ip('mtn-lagos'), us = s.ip('charter-dal');
    const ua = UA.winEdge;
    s.si(v, { t, app: 'officeHome', res: 'officeHome', ip: proxy, ua, auth: 'password+mfa', loginHint: false });
    s.si(v, { t: t + 40000, app: 'owa', res: 'exo', ip: proxy, ua, auth: 'sso-mfa' });
    const sess = rng.guid();
    let tr = t + 14 * MIN; // eSentire: Tycoon 2FA sessions are used on average within 14 minutes
    s.si(v, { t: tr, app: 'officeHome', res: 'officeHome', ip: lagos, ua: UA.winChrome, auth: 'sso-mfa', session: sess, tokenType: 'none' });
    s.au({ t: tr + 9 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: v }, ip: lagos, targets: [userT(v)], details: [['Method', 'Authenticator app'], ['AuthenticationMethod', 'SoftwareOath']] });
    poisson(rng, tr + 2 * MIN, tr + 30 * HOUR, 1.6, (tt) => s.si(v, { t: tt, ni: true, app: rng.chance(0.7) ? 'owa' : 'officeHome', res: 'exo', ip: rng.chance(0.75) ? lagos : us, ua: UA.winChrome, session: sess, mfa: true }));
    s.si(v, { t: tr + 26 * HOUR, app: 'officeHome', res: 'officeHome', ip: us, ua: UA.winChrome, auth: 'password+mfa', mfaMethod: 'OATH verification code' });
  }

  // 3 ---------------------------------------------------------------- device-code phishing (Storm-2372)
  {
    const s = S('device-code-phish-occ', 'Night-shift OCC duty manager enters a device code from a fake Teams meeting invite; the intruder redeems it, registers a device with the broker client, obtains a PRT and searches mail through Graph.');
    const v = pickVictim((p) => p.role === 'occ');
    s.user(v);
    // during one of the victim's night shifts
    const night = v.tl.segs.find((x) => x.kind === 'work' && x.night && x.a > START + 2 * DAY) || v.tl.segs.find((x) => x.kind === 'work' && x.a > START + 2 * DAY);
    const t = night.a + 5.5 * HOUR;
    const a1 = s.ip('leaseweb-ams'), a2 = s.ip('leaseweb-ams'), a3 = s.ip('hetzner-fra');
    s.si(v, { t, app: 'office', res: 'graph', ip: a1, ua: UA.pyRequests, auth: 'password+mfa', protocol: 'deviceCode', transfer: 'deviceCodeFlow', loginHint: false });
    s.si(v, { t: t + 3 * MIN, ni: true, app: 'broker', res: 'drs', ip: a1, ua: UA.pyRequests, mfa: true, transfer: 'deviceCodeFlow' });
    const dev = { id: rng.guid(), name: 'DESKTOP-' + rng.alnum(7), os: 'Windows10', compliant: false, managed: false, trust: 'Azure AD registered' };
    const drs = { appId: null, name: 'Device Registration Service', spId: rng.guid() };
    s.au({ t: t + 4 * MIN, activity: 'Register device', category: 'Device', service: 'Core Directory', opType: 'Add', by: { app: drs }, ip: '', targets: [{ id: dev.id, displayName: dev.name, type: 'Device' }], details: [['Device Trust Type', 'Workplace'], ['Device OS', 'Windows']] });
    s.au({ t: t + 4 * MIN + 1500, activity: 'Add registered owner to device', category: 'Device', service: 'Core Directory', opType: 'Assign', by: { app: drs }, ip: '', targets: [{ id: dev.id, displayName: dev.name, type: 'Device' }, userT(v)] });
    s.au({ t: t + 4 * MIN + 2500, activity: 'Add registered users to device', category: 'Device', service: 'Core Directory', opType: 'Assign', by: { app: drs }, ip: '', targets: [{ id: dev.id, displayName: dev.name, type: 'Device' }, userT(v)] });
    const sess = rng.guid();
    s.si(v, { t: t + 9 * MIN, app: 'officeHome', res: 'officeHome', ip: a2, ua: UA.winEdge, device: dev, auth: 'sso-mfa', session: sess });
    poisson(rng, t + 10 * MIN, t + 20 * HOUR, 2.2, (tt) => s.si(v, { t: tt, ni: true, app: rng.pick(['office', 'officeHome', 'teams']), res: rng.pick(['graph', 'graph', 'exo', 'spo']), ip: tt > t + 8 * HOUR ? a3 : a2, ua: UA.winEdge, device: dev, session: sess, mfa: true, scope: '["Mail.Read","Mail.ReadWrite","Files.Read.All","User.Read"]' }));
  }

  // 4 ---------------------------------------------------------------- password spray through residential proxies (Midnight Blizzard)
  {
    const s = S('password-spray-residential-proxies', 'Low-and-slow password spray over three days, one or two tries per residential-proxy address in many countries; it guesses the password of a forgotten EFB test account that is excluded from MFA and reads the directory.');
    const test = people.find((p) => p.local === 'efb.test');
    s.user(test);
    const nets = ['comcast-chi', 'comcast-atl', 'charter-dal', 'cox-phx', 'dtag-ber', 'orange-par', 'tim-mil', 'orange-waw', 'vivo-sao', 'rcs-buc', 'viettel-han', 'movistar-mad'];
    const targets = rng.sample(by((p) => p.household && !p.guest && p.role !== 'service'), 150);
    const fake = ['ola.nordmann', 'admin', 'it.support', 'crew.scheduling', 'flight.ops', 'kari.nordmann', 'test', 'helpdesk'].map((l) => ({ id: '00000000-0000-0000-0000-000000000000', name: '', upn: `${l}@${DOMAIN}` }));
    const uas = [UA.winChrome, UA.winEdge, UA.macSafari, UA.winFirefox, UA.linuxFirefox];
    let t = atLocal(2, 3.1);
    const end = atLocal(5, 2);
    let i = 0;
    const all = [...targets, ...fake];
    rng.shuffle(all);
    for (const u of all) {
      const ip = s.ip(rng.pick(nets));
      const n = rng.chance(0.25) ? 2 : 1;
      for (let k = 0; k < n; k++) {
        const err = u.id.startsWith('00000000') ? 50034 : rng.chance(0.03) ? 50053 : 50126;
        s.si(u, { t, app: rng.chance(0.6) ? 'officeHome' : 'office', res: rng.chance(0.6) ? 'officeHome' : 'graph', ip, ua: rng.pick(uas), auth: 'password', err, loginHint: false, protocol: rng.chance(0.4) ? 'ropc' : 'none' });
        t += rng.int(4, 40) * MIN;
      }
      if (++i === 97) {
        const ip2 = s.ip('comcast-atl');
        s.si(test, { t, app: 'office', res: 'graph', ip: ip2, ua: UA.winChrome, auth: 'password', loginHint: false, ca: [['mfa', 'notApplied'], ['legacy', 'notApplied'], ['risk', 'notApplied']], risk: { level: 'medium', types: ['unfamiliarFeatures'], state: 'atRisk', detail: 'none' } });
        poisson(rng, t + MIN, t + 70 * MIN, 6, (tt) => s.si(test, { t: tt, ni: true, app: 'office', res: rng.pick(['graph', 'aad']), ip: ip2, ua: UA.winChrome, scope: '["User.Read.All","Directory.Read.All"]' }));
        t += 80 * MIN;
      }
      if (t > end) t = end - rng.int(1, 300) * MIN;
    }
  }

  // 5 ---------------------------------------------------------------- service principal credential backdoor (Midnight Blizzard, Solorigate)
  {
    const s = S('sp-secret-backdoor-crewplan', 'A stolen session of an IT application administrator is replayed from a Frankfurt VPS; the intruder activates Application Administrator in PIM, adds a new client secret to the CrewPlan connector and grants it Mail.Read application permission.');
    const v = pickVictim((p) => p.role === 'it' && p.dev && !p.admin);
    s.user(v);
    const a1 = s.ip('vultr-fra'), a2 = s.ip('vultr-fra');
    const t = atLocal(9, 19.7);
    const sess = rng.guid();
    s.si(v, { t, app: 'azurePortal', res: 'arm', ip: a1, ua: UA.winChrome, auth: 'sso-mfa', session: sess, adminApp: true, tokenType: 'none' });
    const corr = rng.guid();
    s.au({ t: t + 6 * MIN, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: v }, ip: a1, corr, targets: [{ id: rng.guid(), displayName: 'Application Administrator', type: 'Role' }, userT(v)], details: [['Justification', 'connector maintenance'], ['StartTime', iso(t + 6 * MIN)], ['ExpirationTime', iso(t + 6 * MIN + 8 * HOUR)]] });
    s.au({ t: t + 6 * MIN + 4000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: v }, ip: a1, corr, targets: [{ id: rng.guid(), displayName: 'Application Administrator', type: 'Role' }, userT(v)] });
    s.si(v, { t: t + 9 * MIN, app: 'graphCli', res: 'graph', ip: a2, ua: UA.pwsh, auth: 'sso-mfa', session: sess, scope: '["Application.ReadWrite.All","AppRoleAssignment.ReadWrite.All"]', adminApp: true });
    const kid = rng.guid();
    s.au({ t: t + 13 * MIN, activity: 'Update application – Certificates and secrets management ', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Update', by: { user: v }, ip: a2, ua: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.1', targets: [{ id: rng.guid(), displayName: 'CrewPlan Roster Connector', type: 'Application', props: [['KeyDescription', '["[KeyIdentifier=0b1f6c2a-6f0e-4d9a-8a55-1f3c2e9d7b10,KeyType=Password,KeyUsage=Verify,DisplayName=rotated-2026-02]"]', `["[KeyIdentifier=0b1f6c2a-6f0e-4d9a-8a55-1f3c2e9d7b10,KeyType=Password,KeyUsage=Verify,DisplayName=rotated-2026-02]","[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=]"]`], ['Included Updated Properties', null, '"KeyDescription"']] }] });
    s.au({ t: t + 16 * MIN, activity: 'Add app role assignment to service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: v }, ip: a2, targets: [{ id: rng.guid(), displayName: 'Office 365 Exchange Online', type: 'ServicePrincipal', props: [['AppRole.Value', null, '"Mail.Read"'], ['ServicePrincipal.DisplayName', null, '"CrewPlan Roster Connector"']] }] });
    poisson(rng, t + 10 * MIN, t + 60 * MIN, 5, (tt) => s.si(v, { t: tt, ni: true, app: 'graphCli', res: 'graph', ip: a2, ua: UA.pwsh, session: sess, mfa: true }));
  }

  // 6 ---------------------------------------------------------------- illicit consent grant (consent phishing)
  {
    const s = S('illicit-consent-roster-app', 'Tromsø cabin crew member consents at home, on the phone, to a look-alike "Roster Sync Pro" multi-tenant app asking for mail and files; its servers in Azure West Europe redeem the refresh token for days.');
    const v = pickVictim((p) => p.role === 'cabin' && p.base === 'TOS');
    s.user(v);
    const homeSeg = v.tl.segs.find((x) => x.kind === 'home' && x.a > START + 3 * DAY && x.b - x.a > 10 * HOUR);
    const t = Math.max(homeSeg.a + 2 * HOUR, atLocal(Math.floor((homeSeg.a - START) / DAY), 19.5));
    const app = [rng.guid(), 'Roster Sync Pro'];
    const spId = rng.guid();
    s.si(v, { t, app, res: 'graph', ip: v.household.ip, ua: p_ua(v), device: v.phone, auth: 'sso-mfa', victimOwnIp: true, scope: '["Mail.Read","Files.Read.All","offline_access","User.Read"]' });
    const corr = rng.guid();
    const ip = v.household.ip;
    s.au({ t: t + 20000, activity: 'Add service principal', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Add', by: { user: v }, ip, corr, targets: [{ id: spId, displayName: 'Roster Sync Pro', type: 'ServicePrincipal', props: [['AppAddress', null, '[{"AddressType":0,"Address":"https://rostersync-pro.azurewebsites.net/signin-oidc"}]'], ['AppId', null, `"${app[0]}"`]] }] });
    s.au({ t: t + 21000, activity: 'Add delegated permission grant', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: v }, ip, corr, targets: [{ id: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', '', '"Mail.Read Files.Read.All offline_access User.Read"'], ['DelegatedPermissionGrant.ConsentType', '', '"Principal"']] }] });
    s.au({ t: t + 22000, activity: 'Consent to application', category: 'ApplicationManagement', service: 'Core Directory', opType: 'Assign', by: { user: v }, ip, corr, targets: [{ id: spId, displayName: 'Roster Sync Pro', type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentAction.Permissions', null, '"[] => [[Scope: Mail.Read Files.Read.All offline_access User.Read]]"']] }] });
    const a1 = s.ip('azure-weu'), a2 = s.ip('azure-weu');
    poisson(rng, t + 3 * MIN, t + 4.5 * DAY, 0.55, (tt) => s.si(v, { t: tt, ni: true, app, res: 'graph', ip: rng.chance(0.6) ? a1 : a2, ua: UA.axios, scope: '["Mail.Read","Files.Read.All","offline_access","User.Read"]' }));
  }

  // 7 ---------------------------------------------------------------- MFA fatigue (Lapsus$ / DEV-0537)
  {
    const s = S('mfa-fatigue-captain-layover', 'With a captain\'s stolen password, the intruder sends a burst of push prompts at 03:00 while the captain sleeps at a layover hotel abroad; one is approved, and the intruder adds an authenticator and reads mail and crew files.');
    const v = pickVictim((p) => p.role === 'pilot' && p.tl.segs.some((x) => x.kind === 'hotel' && x.foreign && x.a > START + 4 * DAY && x.a < START + 11 * DAY && x.b - x.a > 20 * HOUR));
    s.user(v);
    const h = v.tl.segs.find((x) => x.kind === 'hotel' && x.foreign && x.a > START + 4 * DAY && x.a < START + 11 * DAY && x.b - x.a > 20 * HOUR);
    const d = Math.floor((h.a - START) / DAY);
    let t = atLocal(d + 1, 3.05, h.off);
    if (t < h.a + 3 * HOUR) t += DAY;
    const a1 = s.ip('m247-sto');
    const ua = UA.winChrome;
    const n = 12;
    for (let i = 0; i < n; i++) {
      const declined = i % 3 === 1;
      s.si(v, { t, app: 'officeHome', res: 'officeHome', ip: a1, ua, auth: 'password-mfafail', err: 500121, mfaFailDetail: declined ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification', loginHint: false });
      t += rng.int(70, 200) * 1000;
    }
    const sess = rng.guid();
    s.si(v, { t, app: 'officeHome', res: 'officeHome', ip: a1, ua, auth: 'password+mfa', session: sess });
    s.au({ t: t + 4 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: v }, ip: a1, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    poisson(rng, t + 5 * MIN, t + 5 * HOUR, 4, (tt) => s.si(v, { t: tt, ni: true, app: rng.pick(['owa', 'officeHome', 'spo']), res: rng.pick(['exo', 'spo']), ip: a1, ua, session: sess, mfa: true }));
  }

  // 8 ---------------------------------------------------------------- stolen session replay in the victim's own country (token theft)
  {
    const s = S('session-replay-residential-no', 'An infostealer on an HR adviser\'s home PC takes the browser session; it is replayed through two Norwegian residential proxy addresses during the adviser\'s working hours to read mail and open MyHR records - a handful of rows.');
    const v = pickVictim((p) => p.role === 'office' && p.hr && p.egress === 'direct');
    s.user(v);
    const a1 = s.ip('altibox-osl'), a2 = s.ip('telenor-fix-osl');
    const ua = v.laptop.kind === 'mac' ? UA.macChrome : UA.winEdge;
    const sess = rng.guid();
    const t = atLocal(9, 10.4);
    s.si(v, { t, app: 'officeHome', res: 'officeHome', ip: a1, ua, auth: 'sso-mfa', session: sess, tokenType: 'none' });
    for (let i = 0; i < 4; i++) s.si(v, { t: t + rng.int(3, 200) * MIN, ni: true, app: 'officeHome', res: 'exo', ip: a1, ua, session: sess, mfa: true });
    const t2 = atLocal(10, 13.1);
    s.si(v, { t: t2, app: 'myhr', res: 'graph', ip: a2, ua, auth: 'sso-mfa', session: sess });
    for (let i = 0; i < 3; i++) s.si(v, { t: t2 + rng.int(2, 90) * MIN, ni: true, app: 'officeHome', res: rng.pick(['exo', 'spo']), ip: a2, ua, session: sess, mfa: true });
  }

  // 9 ---------------------------------------------------------------- legacy-protocol spray (IMAP/POP/SMTP AUTH)
  {
    const s = S('legacy-smtp-spray-scanner', 'Weekend IMAP/POP/SMTP-AUTH password spray from hosting addresses; the block-legacy policy stops most of it, but the Bergen hangar scanner account, excluded for scan-to-mail, is guessed and used to relay mail.');
    const scan = people.find((p) => p.local === 'svc-scanner-bgo');
    s.user(scan);
    const nets = ['ovh-rbx', 'hetzner-fra', 'aws-iad', 'do-ams'];
    const ips = Array.from({ length: 22 }, () => s.ip(rng.pick(nets)));
    const targets = rng.sample(by((p) => p.household && !p.guest), 90);
    let t = atLocal(5, 1.2);
    for (let r = 0; r < 3; r++) {
      for (const u of targets) {
        const proto = rng.pick(['IMAP4', 'POP3', 'Authenticated SMTP']);
        s.si(u, { t, app: 'owa', res: 'exo', ip: rng.pick(ips), ua: UA.smtp, auth: 'password', err: rng.chance(0.02) ? 53003 : 50126, clientApp: proto, legacy: true, loginHint: false, ca: rng.chance(0.02) ? [['legacy', 'failure', ['Block']]] : [] });
        t += rng.int(8, 60) * 1000;
      }
      t += rng.int(2, 5) * HOUR;
    }
    const rel = ips.slice(0, 4);
    s.si(scan, { t, app: 'owa', res: 'exo', ip: rel[0], ua: UA.smtp, auth: 'password', err: 50126, clientApp: 'Authenticated SMTP', legacy: true, legacyExcluded: true });
    t += 3 * MIN;
    poisson(rng, t, t + 14 * HOUR, 3.5, (tt) => s.si(scan, { t: tt, app: 'owa', res: 'exo', ip: rng.pick(rel), ua: UA.smtp, auth: 'password', clientApp: 'Authenticated SMTP', legacy: true, legacyExcluded: true }));
  }

  // 10 --------------------------------------------------------------- Conditional Access tampering (Octo Tempest)
  {
    const s = S('ca-tamper-global-admin', 'Late Saturday, an IT admin\'s stolen session is replayed from a German VPS: Global Administrator is activated, a new account is created and made Global Administrator, and the MFA policy gets an exclusion group containing it.');
    const admins = by((p) => p.role === 'it' && p.admin);
    const v = admins.find((a) => !used.has(a.id) && a !== admins[0] && a !== admins[1] && a !== admins[2]) || admins[3];
    used.add(v.id);
    s.user(v);
    const a1 = s.ip('hetzner-fra');
    const t = atLocal(12, 23.15);
    const sess = rng.guid();
    s.si(v, { t, app: 'azurePortal', res: 'arm', ip: a1, ua: UA.winChrome, auth: 'sso-mfa', session: sess, tokenType: 'primaryRefreshToken', adminApp: true });
    poisson(rng, t + MIN, t + 80 * MIN, 6, (tt) => s.si(v, { t: tt, ni: true, app: 'azurePortal', res: rng.pick(['graph', 'aad', 'arm']), ip: a1, ua: UA.winChrome, session: sess, mfa: true }));
    const corr = rng.guid();
    s.au({ t: t + 4 * MIN, activity: 'Add member to role requested (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: v }, ip: a1, corr, targets: [{ id: rng.guid(), displayName: 'Global Administrator', type: 'Role' }, userT(v)], details: [['Justification', 'urgent fix'], ['StartTime', iso(t + 4 * MIN)], ['ExpirationTime', iso(t + 4 * MIN + 8 * HOUR)]] });
    s.au({ t: t + 4 * MIN + 3000, activity: 'Add member to role completed (PIM activation)', category: 'RoleManagement', service: 'PIM', opType: 'Add', by: { user: v }, ip: a1, corr, targets: [{ id: rng.guid(), displayName: 'Global Administrator', type: 'Role' }, userT(v)] });
    const nu = { id: rng.guid(), name: 'IT Ops Temp', upn: `it.ops.temp@${DOMAIN}` };
    s.user(nu);
    s.au({ t: t + 11 * MIN, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', by: { user: v }, ip: a1, targets: [{ ...userT(nu), props: [['AccountEnabled', null, '[true]'], ['DisplayName', null, '["IT Ops Temp"]'], ['UserPrincipalName', null, `["${nu.upn}"]`]] }] });
    const gid = rng.guid();
    s.au({ t: t + 13 * MIN, activity: 'Add group', category: 'GroupManagement', service: 'Core Directory', opType: 'Add', by: { user: v }, ip: a1, targets: [{ id: gid, displayName: 'SG-IT-Ops-Temp', type: 'Group' }] });
    s.au({ t: t + 13 * MIN + 20000, activity: 'Add member to group', category: 'GroupManagement', service: 'Core Directory', opType: 'Assign', by: { user: v }, ip: a1, targets: [{ id: gid, displayName: 'SG-IT-Ops-Temp', type: 'Group' }, userT(nu)] });
    s.au({ t: t + 15 * MIN, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', opType: 'Assign', by: { user: v }, ip: a1, targets: [{ id: rng.guid(), displayName: 'Global Administrator', type: 'Role', props: [['Role.DisplayName', null, '"Global Administrator"'], ['Role.TemplateId', null, '"62e90394-69f5-4237-9190-012177145e10"']] }, userT(nu)] });
    s.au({ t: t + 19 * MIN, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', by: { user: v }, ip: a1, targets: [{ id: CA.mfa[0], displayName: CA.mfa[1], type: 'Policy', props: [['ConditionalAccessPolicy', '{"conditions":{"users":{"excludeGroups":["SG-BreakGlass"]}}}', `{"conditions":{"users":{"excludeGroups":["SG-BreakGlass","${gid}"]}}}`]] }] });
    s.au({ t: t + 20 * MIN, activity: 'Update conditional access policy', category: 'Policy', service: 'Conditional Access', opType: 'Update', by: { user: v }, ip: a1, targets: [{ id: CA.admins[0], displayName: CA.admins[1], type: 'Policy', props: [['ConditionalAccessPolicy', '{"state":"enabled"}', '{"state":"disabled"}']] }] });
    s.si(nu, { t: t + 31 * MIN, app: 'azurePortal', res: 'arm', ip: a1, ua: UA.winChrome, auth: 'password', loginHint: false, ca: [['mfa', 'notApplied'], ['legacy', 'notApplied'], ['admins', 'notEnabled']] });
    poisson(rng, t + 32 * MIN, t + 100 * MIN, 5, (tt) => s.si(nu, { t: tt, ni: true, app: 'azurePortal', res: rng.pick(['graph', 'arm']), ip: a1, ua: UA.winChrome }));
  }

  // 11 --------------------------------------------------------------- federation backdoor (Storm-0501, Solorigate)
  {
    const s = S('federation-backdoor-domain', 'A compromised hybrid-identity admin adds and verifies a look-alike domain, switches it to federated with an intruder-run token issuer, moves an account into it and signs in with forged federated tokens.');
    const admins = by((p) => p.role === 'it' && p.admin && !used.has(p.id));
    const v = admins[admins.length - 1]; used.add(v.id);
    s.user(v);
    const a1 = s.ip('aws-iad'), a2 = s.ip('aws-iad');
    const t = atLocal(11, 2.4);
    const sess = rng.guid();
    s.si(v, { t, app: 'azurePortal', res: 'arm', ip: a1, ua: UA.winEdge, auth: 'sso-mfa', session: sess, tokenType: 'primaryRefreshToken', adminApp: true });
    s.si(v, { t: t + 2 * MIN, app: 'azurePs', res: 'aad', ip: a1, ua: UA.pwsh, auth: 'sso-mfa', session: sess, adminApp: true });
    const dom = 'nordlys-crewportal.com';
    s.au({ t: t + 5 * MIN, activity: 'Add unverified domain', category: 'DirectoryManagement', service: 'Core Directory', opType: 'Add', by: { user: v }, ip: a1, targets: [{ id: rng.guid(), displayName: dom, type: 'Directory' }] });
    s.au({ t: t + 9 * MIN, activity: 'Verify domain', category: 'DirectoryManagement', service: 'Core Directory', opType: 'Update', by: { user: v }, ip: a1, targets: [{ id: rng.guid(), displayName: dom, type: 'Directory' }] });
    s.au({ t: t + 11 * MIN, activity: 'Set domain authentication', category: 'DirectoryManagement', service: 'Core Directory', opType: 'Update', by: { user: v }, ip: a1, targets: [{ id: rng.guid(), displayName: dom, type: 'Directory', props: [['LiveType', '"Managed"', '"Federated"']] }] });
    s.au({ t: t + 11 * MIN + 3000, activity: 'Set federation settings on domain', category: 'DirectoryManagement', service: 'Core Directory', opType: 'Update', by: { user: v }, ip: a1, targets: [{ id: rng.guid(), displayName: dom, type: 'Directory', props: [['IssuerUri', null, `"http://sts.${dom}/adfs/services/trust"`], ['PassiveLogOnUri', null, `"https://sts.${dom}/adfs/ls/"`]] }] });
    const target = v; // the intruder moves the admin's own cloud alias into the federated domain
    const alias = { id: rng.guid(), name: 'Svc Federation Admin', upn: `fedadmin@${dom}` };
    s.au({ t: t + 14 * MIN, activity: 'Add user', category: 'UserManagement', service: 'Core Directory', opType: 'Add', by: { user: v }, ip: a1, targets: [{ ...userT(alias), props: [['UserPrincipalName', null, `["${alias.upn}"]`]] }] });
    s.au({ t: t + 15 * MIN, activity: 'Add member to role', category: 'RoleManagement', service: 'Core Directory', opType: 'Assign', by: { user: v }, ip: a1, targets: [{ id: rng.guid(), displayName: 'Privileged Role Administrator', type: 'Role' }, userT(alias)] });
    s.user(alias);
    const issuer = `http://sts.${dom}/adfs/services/trust`;
    for (let i = 0; i < 3; i++) s.si(alias, { t: t + (30 + i * 95) * MIN, app: rng.pick(['azurePortal', 'officeHome']), res: rng.pick(['arm', 'officeHome']), ip: i === 0 ? a1 : a2, ua: UA.winEdge, auth: 'sso-mfa', tokenIssuerType: 'ADFederationServices', tokenIssuerName: issuer, protocol: 'wsFederation', tokenType: 'saml11', loginHint: false });
    poisson(rng, t + 31 * MIN, t + 5 * HOUR, 3, (tt) => s.si(alias, { t: tt, ni: true, app: 'azurePortal', res: rng.pick(['graph', 'aad']), ip: a2, ua: UA.winEdge, mfa: true, tokenIssuerType: 'ADFederationServices', tokenIssuerName: issuer }));
    void target;
  }

  // 12 --------------------------------------------------------------- payroll diversion (Storm-2657 "payroll pirate")
  {
    const s = S('payroll-pirate-cabin', 'AiTM phishing of an Oslo cabin crew member relayed through a Norwegian residential proxy at a usual evening hour; the intruder adds an authenticator and, next day, opens MyHR (Workday) from another Norwegian home address to change the salary bank account.');
    const v = pickVictim((p) => p.role === 'cabin' && p.base === 'OSL' && p.household.net.startsWith('telenor'));
    s.user(v);
    const home = v.tl.segs.find((x) => x.kind === 'home' && x.a > START + 5 * DAY && x.b - x.a > 14 * HOUR && localHour(x.a, 1) < 19);
    const d = Math.floor((home.a - START) / DAY);
    let t = Math.max(home.a + 90 * MIN, atLocal(d, 20.3));
    const a1 = s.ip('telia-fix-osl'), a2 = s.ip('telenor-fix-osl');
    const ua = p_ua(v);
    s.si(v, { t, app: 'officeHome', res: 'officeHome', ip: a1, ua, auth: 'password+mfa', loginHint: false });
    s.au({ t: t + 6 * MIN, activity: 'User registered security info', category: 'UserManagement', service: 'Authentication Methods', opType: 'Add', by: { user: v }, ip: a1, targets: [userT(v)], details: [['Method', 'Microsoft Authenticator'], ['AuthenticationMethod', 'MicrosoftAuthenticatorPush']] });
    s.si(v, { t: t + 8 * MIN, ni: true, app: 'officeHome', res: 'exo', ip: a1, ua, mfa: true });
    const t2 = t + DAY - rng.int(10, 80) * MIN;
    s.si(v, { t: t2, app: 'myhr', res: 'graph', ip: a2, ua, auth: 'password+mfa', loginHint: false });
    s.si(v, { t: t2 + 7 * MIN, ni: true, app: 'myhr', res: 'graph', ip: a2, ua, mfa: true });
    s.si(v, { t: t2 + 11 * MIN, ni: true, app: 'officeHome', res: 'exo', ip: a2, ua, mfa: true });
  }

  return scenarios.map((s) => ({ name: s.name, users: s.users, ips: s.ips, start: iso(s.t0), end: iso(s.t1), description: s.description }));
}
function p_ua(p) { return p.phoneUa === 'iphone' ? UA.iphoneApp : UA.androidChrome; }
