// The thirteen planted attacks. Each one writes its own sign-ins / audit events and returns its truth entry.
import { START, DAYS, DAY, HOUR, MIN, TZ, APPS, RESOURCES, STATIONS, attackNet } from './world.mjs';
import { signIn, audit } from './records.mjs';
import { uaOf } from './benign.mjs';
import { pimActivate, guestUpnInTenant, ROLES } from './audits.mjs';

const local = (day, h) => START + day * DAY + (h - TZ) * HOUR;
const isoZ = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
APPS.rosterSyncPro = { id: '7f3e9a1c-5b2d-4e8f-a6c0-d19b2e4f7a35', name: 'RosterSync Pro for Outlook', res: 'graph' };
APPS.aadPs = { id: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell', res: 'graph' };

export function plantAttacks(ctx, plan) {
  const { rng, users } = ctx;
  const out = [];
  const pick = (f) => { const c = users.filter((u) => f(u) && !u.victim && !u.disabledAt && !u.joiner && !u.dormant); const u = rng.pick(c); u.victim = true; return u; };
  const times = [];
  const S = (ev) => { times.push(ev.t); (ev.interactive ? ctx.I : ctx.NI).push(signIn({ clientApp: 'Mobile Apps and Desktop clients', ...ev }, rng)); };
  const AU = (a) => { times.push(a.t); ctx.A.push(audit(a, rng)); };
  const done = (name, description, us, ips, notes) => { const t = times.splice(0); out.push({ name, description, users: us.map((u) => (u.upn || u).toLowerCase()), ips, start: isoZ(Math.min(...t)), end: isoZ(Math.max(...t)), notes }); };
  const winUA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  const noDev = (os = 'Windows10', browser = 'Chrome 131.0.0') => ({ id: '', os, browser, compliant: false, managed: false });
  const userT = (u) => ({ id: u.id, type: 'User', upn: u.upn });
  const spread = (t0, t1, n, f) => { for (let i = 0; i < n; i++) f(Math.floor(t0 + (t1 - t0) * (i + rng.next()) / n)); };

  // 1. AiTM phishing of a cabin crew member on a night stop, then session-cookie replay.
  {
    const v = pick((u) => u.group === 'cabin' && u.roster.some((r) => r.day >= 2 && r.day <= 10 && (r.type === 'ns' || r.type === 'ns-continue')));
    const r = v.roster.find((x) => x.day >= 2 && x.day <= 10 && (x.type === 'ns' || x.type === 'ns-continue'));
    const st = r.legs[r.legs.length - 1][1];
    const proxy = attackNet('aitm-proxy', '45.137.21.88', 'Amsterdam', 'Noord-Holland', 'NL', 52.3676, 4.9041, 209847);
    const replay = attackNet('aitm-replay', '154.47.22.131', 'Ashburn', 'Virginia', 'US', 39.0438, -77.4874, 212238);
    const t0 = local(r.day, 21.3);
    const sess = rng.guid();
    // The crew member signs in on the phishing page (a fake "roster change" notice) from the hotel: the log shows the proxy.
    S({ user: v, dev: noDev('Ios 18.2', 'Mobile Safari'), ip: proxy, appKey: 'officeHome', interactive: true, t: t0 - 30000, code: 50074, ua: uaOf(v.phone), clientApp: 'Browser', session: sess });
    S({ user: v, dev: noDev('Ios 18.2', 'Mobile Safari'), ip: proxy, appKey: 'officeHome', interactive: true, t: t0, auth: 'mfa-push', ua: uaOf(v.phone), clientApp: 'Browser', session: sess });
    // 40 minutes later the stolen session cookie is replayed from a VPS: OWA and SharePoint, token refreshes for a day.
    const t1 = t0 + 41 * MIN;
    S({ user: v, dev: noDev(), ip: replay, appKey: 'owa', interactive: true, t: t1, auth: 'prev', ua: winUA, clientApp: 'Browser', session: sess, incoming: 'none' });
    S({ user: v, dev: noDev(), ip: replay, appKey: 'sharepoint', interactive: true, t: t1 + 7 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser', session: sess });
    spread(t1 + 10 * MIN, t1 + 26 * HOUR, 14, (t) => S({ user: v, dev: noDev(), ip: replay, appKey: rng.pick(['owa', 'officeHome', 'sharepoint']), interactive: false, t, ua: winUA, session: sess }));
    AU({ t: t1 + 25 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', op: 'Add', actor: v, ip: replay, reason: 'User registered Authenticator App with Notification and Code', targets: [userT(v)] });
    done('aitm-crew-session-replay', `AiTM phishing of cabin crew member ${v.name} during a night stop in ${st}: the phishing proxy's sign-in (password + push MFA) from ${proxy}, then the stolen session replayed from a US VPS ${replay} (OWA, SharePoint, token refreshes for a day) and a new Authenticator registered from the VPS.`,
      [v], [proxy, replay], `The victim was at the ${st} crew hotel (benign hotel Wi-Fi) at the time; the victim's iPad and phone keep their normal pattern.`);
  }
  // 2. Payroll diversion against a pilot: phished password + SMS code, new MFA method, Workday from US residential proxies.
  {
    const v = pick((u) => u.group === 'pilot' && u.base === 'VIE');
    const p1 = attackNet('payroll-1', '73.189.44.207', 'Dallas', 'Texas', 'US', 32.7767, -96.797, 7922);
    const p2 = attackNet('payroll-2', '24.16.201.95', 'Seattle', 'Washington', 'US', 47.6062, -122.3321, 7922);
    const t0 = local(8, 3.2);
    S({ user: v, dev: noDev(), ip: p1, appKey: 'officeHome', interactive: true, t: t0, code: 50074, ua: winUA, clientApp: 'Browser' });
    S({ user: v, dev: noDev(), ip: p1, appKey: 'officeHome', interactive: true, t: t0 + 70000, auth: 'mfa-sms', ua: winUA, clientApp: 'Browser' });
    S({ user: v, dev: noDev(), ip: p1, appKey: 'mySignins', interactive: true, t: t0 + 4 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser' });
    AU({ t: t0 + 6 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', op: 'Add', actor: v, ip: p1, reason: 'User registered Authenticator App with Notification and Code', targets: [userT(v)] });
    S({ user: v, dev: noDev(), ip: p1, appKey: 'workday', interactive: true, t: t0 + 11 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser' });
    S({ user: v, dev: noDev(), ip: p1, appKey: 'owa', interactive: true, t: t0 + 19 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser' });
    spread(t0 + 20 * MIN, t0 + 3 * HOUR, 5, (t) => S({ user: v, dev: noDev(), ip: p1, appKey: 'owa', interactive: false, t, ua: winUA }));
    const t1 = local(9, 2.6);
    S({ user: v, dev: noDev(), ip: p2, appKey: 'workday', interactive: true, t: t1, auth: 'mfa-push', ua: winUA, clientApp: 'Browser' });
    S({ user: v, dev: noDev(), ip: p2, appKey: 'owa', interactive: true, t: t1 + 5 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser' });
    spread(t1 + 6 * MIN, t1 + 2 * HOUR, 4, (t) => S({ user: v, dev: noDev(), ip: p2, appKey: 'owa', interactive: false, t, ua: winUA }));
    done('payroll-diversion-pilot', `Payroll diversion against pilot ${v.name}: password and SMS code phished, attacker signs in from US residential proxies at night (Austrian time), registers their own Authenticator, then opens Workday (bank details) and OWA (to hide the payroll confirmation mails) on two nights.`,
      [v], [p1, p2], 'Bank-detail change itself is inside Workday and not in the Entra logs.');
  }
  // 3. Low-and-slow password spray from a rotating residential proxy pool.
  {
    const pool = [];
    const geo = [['Milan', 'Lombardy', 'IT', 45.46, 9.19, 3269], ['Madrid', 'Madrid', 'ES', 40.42, -3.7, 3352], ['Lyon', 'Auvergne-Rhone-Alpes', 'FR', 45.76, 4.84, 3215], ['Hamburg', 'Hamburg', 'DE', 53.55, 9.99, 3320], ['Krakow', 'Malopolskie', 'PL', 50.06, 19.94, 5617], ['Bucharest', 'Bucuresti', 'RO', 44.43, 26.1, 8708], ['Sao Paulo', 'Sao Paulo', 'BR', -23.55, -46.63, 28573], ['Hanoi', 'Hanoi', 'VN', 21.03, 105.85, 45899], ['Istanbul', 'Istanbul', 'TR', 41.01, 28.98, 9121], ['Chicago', 'Illinois', 'US', 41.88, -87.63, 7922], ['Kyiv', 'Kyiv City', 'UA', 50.45, 30.52, 15895], ['Athens', 'Attica', 'GR', 37.98, 23.73, 6799]];
    for (let i = 0; i < 36; i++) { const g = geo[i % geo.length]; pool.push(attackNet(`spray-${i}`, `${[91, 79, 88, 176, 5, 86][i % 6]}.${150 + (i * 7) % 90}.${(i * 37) % 250 + 3}.${(i * 53) % 240 + 11}`, g[0], g[1], g[2], g[3], g[4], g[5])); }
    const targets = rng.sample(users.filter((u) => u.userType === 'member' && u.group !== 'service' && !u.victim && !u.joiner && !u.seasonal), 560);
    const hit = targets.filter((u) => u.group === 'ground' && u.station === 'VIE' && !u.disabledAt).slice(0, 1).concat(targets.filter((u) => u.group === 'hq').slice(0, 1));
    for (const h of hit) h.victim = true;
    const t0 = local(3, 0.5), span = 5 * DAY;
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36';
    targets.forEach((u, i) => {
      const t = t0 + Math.floor((span * i) / targets.length) + rng.int(0, 600000);
      const ipx = pool[i % pool.length];
      const h = hit.includes(u);
      const code = h ? 50074 : u.disabledAt && t > u.disabledAt ? 50057 : 50126;
      S({ user: u, dev: noDev('Windows10', 'Chrome 122.0.0'), ip: ipx, appKey: 'officeHome', interactive: true, t, code, ua, clientApp: 'Browser', auth: h ? 'pwd-then-mfa' : 'pwd' });
    });
    done('low-slow-password-spray', `Low-and-slow password spray over five days against ${targets.length} accounts, one attempt per account, rotating through ${pool.length} residential-proxy addresses in 12 countries (each address used every few hours). Two passwords were right (${hit.map((h) => h.upn).join(', ')}), stopped by the MFA requirement (50074).`,
      hit, pool, 'Only the two accounts whose password was right are listed as users; every targeted account has one failed attempt.');
  }
  // 4. MFA fatigue against a station manager (password from an infostealer log).
  {
    const v = pick((u) => u.group === 'stationmgr' && ['ATH', 'OTP', 'SOF', 'WAW'].includes(u.station));
    const vps = attackNet('fatigue', '194.26.192.77', 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 214943);
    const t0 = local(5, 0.9);
    let t = t0;
    for (let i = 0; i < 16; i++) { S({ user: v, dev: noDev(), ip: vps, appKey: 'officeHome', interactive: true, t, code: 500121, auth: i % 3 === 2 ? 'mfa-deny' : 'mfa-timeout', ua: winUA, clientApp: 'Browser' }); t += rng.int(100, 200) * 1000; }
    S({ user: v, dev: noDev(), ip: vps, appKey: 'officeHome', interactive: true, t, auth: 'mfa-push', ua: winUA, clientApp: 'Browser' });
    S({ user: v, dev: noDev(), ip: vps, appKey: 'owa', interactive: true, t: t + 3 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser' });
    S({ user: v, dev: noDev(), ip: vps, appKey: 'sharepoint', interactive: true, t: t + 12 * MIN, auth: 'prev', ua: winUA, clientApp: 'Browser' });
    spread(t + 15 * MIN, t + 4 * HOUR, 8, (tt) => S({ user: v, dev: noDev(), ip: vps, appKey: rng.pick(['owa', 'sharepoint']), interactive: false, t: tt, ua: winUA }));
    AU({ t: t + 30 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', op: 'Add', actor: v, ip: vps, reason: 'User registered Authenticator App with Notification and Code', targets: [userT(v)] });
    done('mfa-fatigue-station-manager', `MFA fatigue against station manager ${v.name} (${v.station}): 16 push prompts denied or ignored between ~01:00 and 01:40 local, the 17th approved; the attacker then reads mail and SharePoint and registers an Authenticator from a hosting address ${vps}.`,
      [v], [vps], '');
  }
  // 5. OAuth consent phishing of a crew scheduler.
  {
    const v = pick((u) => u.group === 'crewsched');
    const c2a = attackNet('consent-1', '18.198.77.140', 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 16509);
    const c2b = attackNet('consent-2', '52.57.101.23', 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 16509);
    const day = 6, t0 = local(day, 10.4);
    const vip = ctx.ipOf('corp-hq', 2);
    S({ user: v, dev: v.laptop, net: 'corp-hq', ip: vip, appKey: 'rosterSyncPro', interactive: true, t: t0, code: 65001, auth: 'prev', ua: uaOf(v.laptop), clientApp: 'Browser' });
    S({ user: v, dev: v.laptop, net: 'corp-hq', ip: vip, appKey: 'rosterSyncPro', interactive: true, t: t0 + 50000, auth: 'prev', ua: uaOf(v.laptop), clientApp: 'Browser' });
    const sp = rng.guid(), corr = rng.guid();
    AU({ t: t0 + 20000, corr, category: 'ApplicationManagement', activity: 'Add service principal', op: 'Add', actor: v, ip: vip, targets: [{ id: sp, name: 'RosterSync Pro for Outlook', type: 'ServicePrincipal' }] });
    AU({ t: t0 + 30000, corr, category: 'ApplicationManagement', activity: 'Consent to application', op: 'Assign', actor: v, ip: vip, targets: [{ id: sp, name: 'RosterSync Pro for Outlook', type: 'ServicePrincipal', props: [['ConsentContext.IsAdminConsent', null, '"False"'], ['ConsentContext.IsAppOnly', null, '"False"'], ['ConsentContext.OnBehalfOfAll', null, '"False"'], ['ConsentContext.Tags', null, '"WindowsAzureActiveDirectoryIntegratedApp"'], ['ConsentAction.Permissions', null, JSON.stringify(`[] => [[Id: ${rng.alnum(20)}, ClientId: ${sp}, PrincipalId: ${v.id}, ResourceId: ${rng.guid()}, ConsentType: Principal, Scope: openid profile offline_access User.Read Mail.Read Mail.Send Files.Read.All Contacts.Read, CreatedDateTime: , LastModifiedDateTime ]; ]`)], ['TargetId.ServicePrincipalNames', null, `"${APPS.rosterSyncPro.id}"`]] }] });
    AU({ t: t0 + 31000, corr, category: 'ApplicationManagement', activity: 'Add delegated permission grant', op: 'Assign', actor: v, ip: vip, targets: [{ id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['DelegatedPermissionGrant.Scope', null, '"openid profile offline_access User.Read Mail.Read Mail.Send Files.Read.All Contacts.Read"'], ['DelegatedPermissionGrant.ConsentType', null, '"Principal"']] }, { id: sp, type: 'ServicePrincipal' }] });
    // The attacker's backend uses the refresh token on the user's behalf (non-interactive, delegated).
    spread(t0 + 15 * MIN, t0 + 5 * DAY, 40, (t) => S({ user: v, dev: noDev('Linux', 'Python Requests 2.31'), ip: rng.chance(0.7) ? c2a : c2b, appKey: 'rosterSyncPro', interactive: false, t, ua: 'python-requests/2.31.0', mfaNeeded: false }));
    done('oauth-consent-phishing-crew-scheduler', `Consent phishing: crew scheduler ${v.name} consents (at the office) to "RosterSync Pro for Outlook", an unverified multi-tenant app asking for Mail.Read, Mail.Send, Files.Read.All and offline_access; its backend then refreshes tokens for five days from AWS addresses ${c2a} and ${c2b}.`,
      [v], [c2a, c2b], `The consent sign-in itself came from the HQ egress ${vip} (shared with benign users).`);
  }
  // 6. Refresh-token replay, non-interactive only, from Frankfurt (a city the crews fly to).
  {
    const v = pick((u) => u.group === 'occ');
    const r1 = attackNet('rt-1', '87.139.58.204', 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 3320);
    const r2 = attackNet('rt-2', '91.4.112.63', 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 3320);
    const sess = rng.guid();
    const dev = { id: '', os: 'Windows10', browser: 'Chrome 133.0.0', compliant: false, managed: false };
    spread(local(9, 19), local(12, 23), 26, (t) => S({ user: v, dev, ip: t < local(11, 0) ? r1 : r2, appKey: rng.pick(['owa', 'office', 'sharepoint', 'teamsWeb']), interactive: false, t, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36', session: sess }));
    done('refresh-token-replay-noninteractive', `Refresh token of OCC controller ${v.name} stolen by an infostealer on a home PC and replayed only non-interactively (no interactive sign-in at all) from two German consumer-ISP addresses in Frankfurt over four evenings: Exchange, SharePoint, Teams and Office token refreshes.`,
      [v], [r1, r2], 'Subtle: Germany/Frankfurt is a normal crew destination; the victim is never abroad.');
  }
  // 7. Device-code phishing of a finance clerk, then device registration and token use from the attacker's host.
  {
    const v = pick((u) => u.group === 'hq' && u.dept === 'Finance');
    const dc = attackNet('devcode', '185.243.115.42', 'Bucharest', 'Bucuresti', 'RO', 44.4268, 26.1025, 9009);
    const t0 = local(10, 14.3), vip = ctx.ipOf('corp-hq', 1);
    S({ user: v, dev: v.laptop, net: 'corp-hq', ip: vip, appKey: 'broker', interactive: true, t: t0, auth: 'prev', protocol: 'deviceCode', transfer: 'deviceCodeFlow', ua: uaOf(v.laptop), clientApp: 'Mobile Apps and Desktop clients' });
    const fake = { id: rng.guid(), name: 'DESKTOP-7K2M9QF', os: 'Windows10', browser: 'Rich Client 4.61.0.0', trust: 'Azure AD registered', compliant: false, managed: false };
    S({ user: v, dev: noDev('Windows10', 'Rich Client 4.61.0.0'), ip: dc, appKey: 'broker', interactive: false, t: t0 + 2 * MIN, transfer: 'deviceCodeFlow', ua: 'python-requests/2.32.3' });
    AU({ t: t0 + 4 * MIN, category: 'Device', activity: 'Add device', op: 'Add', actor: v, ip: dc, targets: [{ id: fake.id, name: fake.name, type: 'Device' }] });
    AU({ t: t0 + 4 * MIN + 900, category: 'Device', activity: 'Add registered owner to device', op: 'Assign', actor: v, ip: dc, targets: [{ id: fake.id, name: fake.name, type: 'Device' }, userT(v)] });
    AU({ t: t0 + 4 * MIN + 1800, category: 'Device', activity: 'Add registered users to device', op: 'Assign', actor: v, ip: dc, targets: [{ id: fake.id, name: fake.name, type: 'Device' }, userT(v)] });
    spread(t0 + 6 * MIN, t0 + 2 * DAY, 18, (t) => S({ user: v, dev: fake, ip: dc, appKey: rng.pick(['owa', 'office', 'sharepoint', 'teams']), interactive: false, t, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36', incoming: 'primaryRefreshToken' }));
    done('device-code-phishing-finance', `Device-code phishing (Storm-2372 style) of finance clerk ${v.name}: the clerk enters the attacker's code at the office (deviceCode sign-in to the Microsoft Authentication Broker), the attacker's host ${dc} redeems it, registers a device "DESKTOP-7K2M9QF" and uses the PRT for mail and files for two days.`,
      [v], [dc], `The deviceCode sign-in itself shows the HQ egress ${vip} (shared).`);
  }
  // 8. Help-desk social engineering: a TAP for a pilot, used from Spain.
  {
    const v = pick((u) => u.group === 'pilot' && u.roster.filter((r) => r.type === 'off').some((r) => r.day >= 6 && r.day <= 11));
    const day = v.roster.find((r) => r.type === 'off' && r.day >= 6 && r.day <= 11).day;
    const agent = users.find((u) => u.group === 'itpartner' && u.net === 'itp-lisbon');
    const es = attackNet('tap-es', '83.56.141.19', 'Barcelona', 'Catalonia', 'ES', 41.3874, 2.1686, 3352);
    const t0 = local(day, 15.2);
    AU({ t: t0, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', op: 'Delete', actor: { id: agent.id, upn: guestUpnInTenant(agent) }, ip: ctx.ipOf(agent.net, 1), reason: 'Admin deleted Authenticator App with Notification and Code for user', targets: [userT(v)] });
    AU({ t: t0 + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', op: 'Add', actor: { id: agent.id, upn: guestUpnInTenant(agent) }, ip: ctx.ipOf(agent.net, 1), reason: 'Admin registered temporary access pass method for user', targets: [userT(v)] });
    const d = noDev('Windows10', 'Chrome 133.0.0');
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36';
    S({ user: v, dev: d, ip: es, appKey: 'mySignins', interactive: true, t: t0 + 9 * MIN, auth: 'tap', ua, clientApp: 'Browser' });
    AU({ t: t0 + 12 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', op: 'Add', actor: v, ip: es, reason: 'User registered Authenticator App with Notification and Code', targets: [userT(v)] });
    S({ user: v, dev: d, ip: es, appKey: 'officeHome', interactive: true, t: t0 + 15 * MIN, auth: 'mfa-push', ua, clientApp: 'Browser' });
    S({ user: v, dev: d, ip: es, appKey: 'workday', interactive: true, t: t0 + 22 * MIN, auth: 'prev', ua, clientApp: 'Browser' });
    S({ user: v, dev: d, ip: es, appKey: 'owa', interactive: true, t: t0 + 25 * MIN, auth: 'prev', ua, clientApp: 'Browser' });
    spread(t0 + 30 * MIN, t0 + 20 * HOUR, 9, (t) => S({ user: v, dev: d, ip: es, appKey: rng.pick(['owa', 'sharepoint', 'workday']), interactive: false, t, ua }));
    done('helpdesk-tap-social-engineering', `Service-desk social engineering: a caller posing as pilot ${v.name} ("lost my phone on a Barcelona night stop") gets the outsourced service desk (${agent.upn}, B2B guest) to delete the pilot's Authenticator and issue a Temporary Access Pass; the attacker signs in with the TAP from a Spanish consumer address, registers a new Authenticator and opens Workday and mail. The pilot was actually off duty at home.`,
      [v], [es], `Initiating agent ${agent.upn} acted in good faith (not an attacker account). Spain is a normal crew destination.`);
  }
  // 9. A former MRO contractor's guest account, never removed, used after the contract ended.
  {
    const g = plan.dormantGuest;
    const vpn = attackNet('guest-vpn', '146.70.174.98', 'Zurich', 'Zurich', 'CH', 47.3769, 8.5417, 9009);
    const vpn2 = attackNet('guest-vpn2', '146.70.174.117', 'Zurich', 'Zurich', 'CH', 47.3769, 8.5417, 9009);
    const d = noDev('Windows10', 'Firefox 134.0');
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0';
    for (const [day, ip, h] of [[10, vpn, 22.1], [11, vpn2, 23.4], [12, vpn, 21.7]]) {
      const t = local(day, h);
      S({ user: g, dev: d, ip, appKey: 'manuals', interactive: true, t, auth: 'mfa-otp', ua, clientApp: 'Browser' });
      S({ user: g, dev: d, ip, appKey: 'techlog', interactive: true, t: t + 6 * MIN, auth: 'prev', ua, clientApp: 'Browser' });
      if (day === 11) S({ user: g, dev: d, ip, appKey: 'azurePortal', interactive: true, t: t + 20 * MIN, code: 53003, auth: 'prev', ua, clientApp: 'Browser', caOverride: [{ id: '4f5b9e6c-b08d-4cc7-9e5a-6dc1f7b09c45', displayName: 'CA030 - Guests - MFA and 12h sign-in frequency', enforcedGrantControls: ['Block'], enforcedSessionControls: [], result: 'failure' }] });
      spread(t + 8 * MIN, t + 90 * MIN, 5, (tt) => S({ user: g, dev: d, ip, appKey: rng.pick(['manuals', 'techlog', 'sharepoint']), interactive: false, t: tt, ua }));
    }
    done('dormant-mro-guest-reuse', `The B2B guest account of a former AeroTech MRO contractor (${g.upn}), whose project ended before the window and who has no activity in the first ten days, signs in late at night from a commercial VPN in Zurich on three evenings and pulls maintenance manuals and TechLog data; one attempt at the Azure portal is blocked.`,
      [g], [vpn, vpn2], 'No audit event: the guest was never removed (that is the point).');
  }
  // 10. Compromised identity admin: PIM activation, secret added to a high-privilege app, app role granted.
  {
    const v = users.filter((u) => u.group === 'itadmin')[4]; v.victim = true;
    const ip = attackNet('admin-vps', '103.75.118.204', 'Singapore', 'Singapore', 'SG', 1.3521, 103.8198, 138915);
    const t0 = local(11, 2.4);
    const d = noDev('Windows10', 'Chrome 132.0.0');
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36';
    S({ user: v, dev: d, ip, appKey: 'azurePortal', interactive: true, t: t0, auth: 'prev', ua, clientApp: 'Browser' });
    S({ user: v, dev: d, ip, appKey: 'entraPortal', interactive: true, t: t0 + 2 * MIN, auth: 'prev', ua, clientApp: 'Browser' });
    pimActivate({ ...ctx, A: { push: (x) => { times.push(Date.parse(x.activityDateTime)); ctx.A.push(x); } } }, v, 'Application Administrator', t0 + 5 * MIN, ip, 8, { reason: 'CHG40911 integration fix' });
    const app = plan.appObj['Flight Ops Integration']; const kid = rng.guid();
    AU({ t: t0 + 11 * MIN, category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', op: 'Update', actor: v, ip, ua, targets: [{ id: app, name: 'Flight Ops Integration', type: 'Application', props: [['KeyDescription', JSON.stringify([`[KeyIdentifier=${plan.flightOpsKey},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-kv]`]), JSON.stringify([`[KeyIdentifier=${plan.flightOpsKey},KeyType=Password,KeyUsage=Verify,DisplayName=rotated-by-kv]`, `[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=backup]`])], ['Included Updated Properties', null, '"KeyDescription"']] }] });
    AU({ t: t0 + 14 * MIN, category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', op: 'Assign', actor: v, ip, ua, targets: [{ id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph', type: 'ServicePrincipal', props: [['AppRole.Id', null, '"810c84a8-4a9e-49e6-bf7d-12d183f40d01"'], ['AppRole.Value', null, '"Mail.Read"'], ['AppRole.DisplayName', null, '"Read mail in all mailboxes"'], ['ServicePrincipal.DisplayName', null, '"Flight Ops Integration"']] }, { id: plan.spObj['Flight Ops Integration'], name: 'Flight Ops Integration', type: 'ServicePrincipal' }] });
    AU({ t: t0 + 16 * MIN, category: 'ApplicationManagement', activity: 'Add owner to application', op: 'Assign', actor: v, ip, ua, targets: [{ id: app, name: 'Flight Ops Integration', type: 'Application' }, userT(v)] });
    spread(t0 + 3 * MIN, t0 + 40 * MIN, 6, (t) => S({ user: v, dev: d, ip, appKey: 'entraPortal', interactive: false, t, ua }));
    done('admin-app-credential-persistence', `Identity admin ${v.name}'s session (stolen earlier) used at 02:24 local from a Singapore VPS: PIM activation of Application Administrator with a plausible change number, a new client secret "backup" on the Flight Ops Integration app, Mail.Read application permission granted to it, and the admin made owner.`,
      [v], [ip], 'The Flight Ops Integration app normally only gets its secret rotated by kv-secret-rotation-func.');
  }
  // 11. Legacy SMTP AUTH brute force against an exempt scan-to-mail account, then relay abuse.
  {
    const v = users.find((u) => u.name === 'svc-scan-hangar-02'); v.victim = true;
    const bf = attackNet('smtp-bf', '193.32.162.57', 'Sofia', 'Sofia-Capital', 'BG', 42.6977, 23.3219, 50360);
    const relay = attackNet('smtp-relay', '193.32.162.88', 'Sofia', 'Sofia-Capital', 'BG', 42.6977, 23.3219, 50360);
    let t = local(12, 1.1);
    const dev = { id: '', os: '', browser: '', compliant: false, managed: false };
    for (let i = 0; i < 260; i++) { S({ user: v, dev, ip: bf, appKey: 'owa', interactive: true, t, code: i > 0 && i % 37 === 0 ? 50053 : 50126, auth: 'pwd', clientApp: 'Authenticated SMTP', ua: '' }); t += rng.int(12, 30) * 1000; }
    S({ user: v, dev, ip: bf, appKey: 'owa', interactive: true, t, auth: 'pwd', clientApp: 'Authenticated SMTP', ua: '' });
    spread(t + 20 * MIN, t + 9 * HOUR, 70, (tt) => S({ user: v, dev, ip: relay, appKey: 'owa', interactive: true, t: tt, auth: 'pwd', clientApp: 'Authenticated SMTP', ua: '' }));
    done('legacy-smtp-bruteforce-scan-account', `SMTP AUTH brute force (260 wrong passwords, smart-lockout hits) against the hangar scan-to-mail account ${v.upn}, which is exempt from the legacy-authentication block; the password falls and the account is used as a spam relay from a neighbouring address for nine hours.`,
      [v], [bf, relay], 'The account normally authenticates only from the Hangar 3 egress.');
  }
  // 12. A crew iPad stolen on a night stop and used from the same city before it is disabled.
  {
    const cands = users.filter((u) => u.crew && !u.victim && !u.joiner && u.roster.some((r, i) => r.day >= 3 && r.day <= 11 && r.type === 'ns' && ['BCN', 'PMI', 'ATH', 'CDG', 'LHR'].includes(r.legs[r.legs.length - 1][1])));
    const v = rng.pick(cands); v.victim = true;
    const r = v.roster.find((x) => x.day >= 3 && x.day <= 11 && x.type === 'ns' && ['BCN', 'PMI', 'ATH', 'CDG', 'LHR'].includes(x.legs[x.legs.length - 1][1]));
    const st = r.legs[r.legs.length - 1][1]; const S0 = STATIONS.find((s) => s.iata === st);
    const th1 = attackNet('ipad-1', `81.${45 + S0.i}.${77 + S0.i}.${140 + S0.i}`, S0.city, S0.state, S0.cc, S0.lat + 0.05, S0.lon - 0.03, 40000 + S0.i);
    const th2 = attackNet('ipad-2', `81.${45 + S0.i}.${78 + S0.i}.${12 + S0.i}`, S0.city, S0.state, S0.cc, S0.lat - 0.02, S0.lon + 0.04, 40000 + S0.i);
    const stolenAt = local(r.day + 1, 6.6);
    ctx.replaceDevice(v, v.ipad.id, stolenAt);
    const d = v.ipad;
    let t = stolenAt + 3 * HOUR;
    spread(t, t + 7 * HOUR, 12, (tt) => S({ user: v, dev: d, ip: tt < t + 3 * HOUR ? th1 : th2, appKey: rng.pick(['outlookMobile', 'teams', 'manuals', 'crewRoster']), interactive: false, t: tt, ua: uaOf(d, 'outlookMobile') }));
    S({ user: v, dev: d, ip: th2, appKey: 'officeHome', interactive: true, t: t + 4 * HOUR, auth: 'prev', ua: uaOf(d), clientApp: 'Browser' });
    S({ user: v, dev: d, ip: th2, appKey: 'sharepoint', interactive: true, t: t + 4.2 * HOUR, auth: 'prev', ua: uaOf(d), clientApp: 'Browser' });
    const dis = t + 8 * HOUR;
    const agent = users.filter((u) => u.group === 'servicedesk')[0];
    AU({ t: dis, category: 'Device', activity: 'Update device', op: 'Update', actor: agent, ip: ctx.ipOf('corp-hq', 0), targets: [{ id: rng.guid(), name: d.name, type: 'Device', props: [['AccountEnabled', '[true]', '[false]'], ['Included Updated Properties', null, '"AccountEnabled"']] }] });
    for (let i = 0; i < 6; i++) S({ user: v, dev: d, ip: th2, appKey: rng.pick(['outlookMobile', 'teams']), interactive: false, t: dis + (20 + i * 35) * MIN, code: 135011, ua: uaOf(d, 'outlookMobile') });
    done('stolen-crew-ipad', `Crew iPad of ${v.name} (${d.name}, Intune-managed and compliant) stolen from the crew hotel in ${st} on the morning after a night stop; from mid-morning the device is used from two local consumer addresses in ${S0.city} (mail, Teams, manuals, SharePoint via its primary refresh token) while its owner flies home with a spare; the service desk disables the device in the evening and later attempts fail with 135011.`,
      [v], [th1, th2], `Subtle: the device is genuine and compliant and the city is one the owner had just night-stopped in; the owner's replacement iPad (${v.ipadSpareName}) continues the normal pattern.`);
  }
  // 13. The crew-roster sync service account's password (leaked in a repository) used via ROPC from another cloud.
  {
    const v = users.find((u) => u.name === 'svc-crewsync'); v.victim = true;
    const a1 = attackNet('ropc-1', '3.127.58.211', 'Frankfurt am Main', 'Hessen', 'DE', 50.1109, 8.6821, 16509);
    const a2 = attackNet('ropc-2', '138.68.93.150', 'London', 'England', 'GB', 51.5072, -0.1276, 14061);
    const dev = { id: '', os: 'Linux', browser: null, compliant: false, managed: false };
    for (const [t0, ip] of [[local(11, 22.8), a1], [local(12, 23.1), a2]]) {
      S({ user: v, dev, ip, appKey: 'aadPs', interactive: true, t: t0, auth: 'pwd', protocol: 'ropc', ua: 'python-requests/2.32.3', clientApp: 'Mobile Apps and Desktop clients' });
      S({ user: v, dev, ip, appKey: 'crewSync', interactive: true, t: t0 + 3 * MIN, auth: 'pwd', protocol: 'ropc', ua: 'python-requests/2.32.3', clientApp: 'Mobile Apps and Desktop clients' });
      spread(t0 + 5 * MIN, t0 + 2 * HOUR, 8, (t) => S({ user: v, dev, ip, appKey: rng.pick(['aadPs', 'crewSync']), interactive: false, t, ua: 'python-requests/2.32.3', mfaNeeded: false }));
    }
    done('crewsync-service-account-ropc-abuse', `The MFA-exempt crew-roster sync service account ${v.upn} (ROPC, normally only from its Azure VM in West Europe) has its password leaked in a repository; it is used via ROPC with the Azure AD PowerShell client and its own client id from an AWS Frankfurt address and a DigitalOcean London address on two nights, enumerating the directory through Graph.`,
      [v], [a1, a2], '');
  }
  return out;
}
