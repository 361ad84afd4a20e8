// The thirteen planted attacks. Every address listed in a scenario's `ips` is used by nothing benign
// (generate.mjs checks); addresses an attacker shared with honest users go in `notes`.
import { START, DAY, HOUR, MIN, TENANT, APPS, RES, CLIENTS, L, PLACES } from './world.mjs';
import { signIn, audit, userActor, appActor, userTarget } from './records.mjs';
import { AUTOMATION, ROLES, GROUPS, APPREGS } from './audits.mjs';
import { iso } from './format.mjs';

const at = (d, h) => START + d * DAY + Math.round(h * HOUR);
const A = (name, id, owner) => ({ name, id, owner });

export function attacks(ctx, users) {
  const r = ctx.rng.fork('attacks');
  const scen = [];
  const used = new Set();
  const take = (pred, k = 0) => { const xs = users.filter((u) => pred(u) && !used.has(u.upn)); const u = xs[k % xs.length]; used.add(u.upn); return u; };
  const net = (ip, asn, loc) => { ctx.note(ip, { asn, name: 'attacker' }, loc); return ip; };
  const add = (name, description, us, ips, start, end, notes) => scen.push({ name, description, users: us.map((u) => (typeof u === 'string' ? u : u.upn)), ips, start: iso(start), end: iso(end), notes });
  const X = { benign: false };
  const chromeMac = CLIENTS.macChrome, chromeWin = CLIENTS.winChrome;
  const unmanaged = (client) => ({ id: '', client, joinType: '', managed: 'False', compliant: 'False', session: r.uuid() });

  // 1. AiTM phishing, then session-cookie replay from a second host; attacker registers an authenticator
  {
    const v = take((u) => u.group === 'eng' && u.city === 'blr' && !u.dev, 17);
    const proxy = net('104.248.203.117', 14061, L('Amsterdam', 'North Holland', 'NL'));
    const replay = net('89.38.224.61', 9009, L('London', 'England', 'GB'));
    const t = at(3, 5.2);
    const sess = r.uuid();
    const px = { id: '', client: v.laptop.client, joinType: '', managed: 'False', compliant: 'False', session: sess };
    signIn(ctx, v, { ...X, t, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip: proxy, dev: px, error: 50074, mfa: 'interrupt' });
    signIn(ctx, v, { ...X, t: t + 35 * 1000, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip: proxy, dev: px, mfa: 'done', mfaMethod: 'Mobile app notification' });
    const rp = { id: '', client: { ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36', browser: 'Chrome 129.0.0', os: 'Linux' }, joinType: '', managed: 'False', compliant: 'False', session: sess };
    const t2 = t + 41 * MIN;
    signIn(ctx, v, { ...X, t: t2, interactive: true, app: APPS.owa, res: RES.exo, ip: replay, dev: rp, mfa: 'claim' });
    for (let i = 0; i < 14; i++) signIn(ctx, v, { ...X, t: t2 + r.int(2, 60 * 30) * MIN, interactive: false, app: r.pick([APPS.owa, APPS.office, APPS.sharepoint]), res: r.pick([RES.exo, RES.graph, RES.spo]), ip: replay, dev: rp, mfa: 'claim' });
    audit(ctx, { ...X, t: t2 + 9 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v), ip: replay, ua: rp.client.ua, targets: [userTarget(v)] });
    add('aitm-session-cookie-replay', 'A Bengaluru delivery engineer opens an AiTM phishing link; the proxy relays password and push (sign-in from a DigitalOcean Amsterdam address with MFA completed, no device), then the stolen session cookie is replayed from an M247 London host (same session, Linux Chrome, MFA satisfied by claim) for 30 hours of mail and SharePoint, and an authenticator is registered from it.', [v], [proxy, replay], t, t2 + 30 * HOUR, 'The victim keeps working normally from home/office in Bengaluru throughout.');
  }

  // 2. Payroll diversion from Indian residential addresses in the victim's own city (subtle)
  {
    const v = take((u) => u.group === 'eng' && u.city === 'hyd' && u.mfaMethod === 'Text message', 3);
    const ip1 = net('49.43.178.23', 55836, PLACES.hyd);
    const ip2 = net('122.167.41.190', 24560, PLACES.hyd);
    const dev = unmanaged(chromeWin);
    const t = at(8, 16.66);
    signIn(ctx, v, { ...X, t, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip: ip1, dev, error: 50074, mfa: 'interrupt' });
    signIn(ctx, v, { ...X, t: t + 70 * 1000, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip: ip1, dev, mfa: 'done', mfaMethod: 'Text message' });
    signIn(ctx, v, { ...X, t: t + 4 * MIN, interactive: true, app: APPS.darwinbox, res: RES.darwinbox, ip: ip1, dev, mfa: 'claim' });
    signIn(ctx, v, { ...X, t: t + 19 * MIN, interactive: true, app: APPS.owa, res: RES.exo, ip: ip1, dev, mfa: 'claim' });
    signIn(ctx, v, { ...X, t: t + 22 * MIN, interactive: false, app: APPS.owa, res: RES.exo, ip: ip1, dev, mfa: 'claim' });
    const t2 = at(9, 17.08);
    const dev2 = { ...dev, session: r.uuid() };
    signIn(ctx, v, { ...X, t: t2, interactive: true, app: APPS.owa, res: RES.exo, ip: ip2, dev: dev2, error: 50074, mfa: 'interrupt' });
    signIn(ctx, v, { ...X, t: t2 + 60 * 1000, interactive: true, app: APPS.owa, res: RES.exo, ip: ip2, dev: dev2, mfa: 'done', mfaMethod: 'Text message' });
    signIn(ctx, v, { ...X, t: t2 + 6 * MIN, interactive: true, app: APPS.darwinbox, res: RES.darwinbox, ip: ip2, dev: dev2, mfa: 'claim' });
    add('payroll-diversion-local-residential', "After a SIM swap, an attacker signs in as a Hyderabad engineer (SMS is the user's MFA) from Jio Fiber and Airtel broadband addresses in Hyderabad, in the IST evening, on an unmanaged Windows PC; opens Darwinbox HRMS to change the salary bank account and Outlook on the web to delete the notification; comes back the next evening to check.", [v], [ip1, ip2], t, t2 + 10 * MIN, 'Same country, same city and same carriers as the victim and thousands of colleagues; only the device (none) and addresses are new.');
  }

  // 3. Low-and-slow password spray across residential proxies in many countries
  {
    const pool = [
      ['189.6.', 28573, L('Sao Paulo', 'Sao Paulo', 'BR')], ['177.92.', 28573, L('Rio de Janeiro', 'Rio de Janeiro', 'BR')], ['113.185.', 7552, L('Hanoi', 'Hanoi', 'VN')], ['116.103.', 7552, L('Ho Chi Minh City', 'Ho Chi Minh', 'VN')],
      ['36.77.', 7713, L('Jakarta', 'Jakarta', 'ID')], ['180.248.', 7713, L('Surabaya', 'East Java', 'ID')], ['187.190.', 8151, L('Mexico City', 'Mexico City', 'MX')], ['71.84.', 20115, L('Los Angeles', 'California', 'US')],
      ['97.93.', 20115, L('St. Louis', 'Missouri', 'US')], ['79.140.', 12389, L('Kazan', 'Tatarstan', 'RU')], ['190.18.', 10318, L('Buenos Aires', 'Buenos Aires', 'AR')], ['41.216.', 37611, L('Lagos', 'Lagos', 'NG')],
      ['88.230.', 9121, L('Istanbul', 'Istanbul', 'TR')], ['110.78.', 23969, L('Bangkok', 'Bangkok', 'TH')], ['181.49.', 3816, L('Bogota', 'Bogota D.C.', 'CO')],
    ];
    const ips = [];
    for (let i = 0; i < 30; i++) { const [p, asn, loc] = pool[i % pool.length]; ips.push(net(`${p}${r.int(0, 255)}.${r.int(2, 254)}`, asn, loc)); }
    const targets = users.filter((u) => ['eng', 'bpo', 'krk', 'hr', 'leaver'].includes(u.group) && !used.has(u.upn)).filter((_, i) => i % 19 === 5).slice(0, 150);
    const hit = targets.slice(61).find((u) => u.group !== 'leaver'); used.add(hit.upn);
    const t0 = at(4, 0.5);
    let t = t0;
    const uaPool = [CLIENTS.winChrome, CLIENTS.winEdge, CLIENTS.macSafari];
    targets.forEach((u, i) => {
      t += r.int(28, 52) * MIN;
      const dead = u.group === 'leaver' && Math.floor((t - START) / DAY) > u.lastDay;
      const err = dead ? 50057 : u === hit ? 50076 : 50126;
      signIn(ctx, u, { ...X, t, interactive: true, app: APPS.office, res: RES.graph, ip: ips[i % ips.length], client: r.pick(uaPool), protocol: 'ROPC', error: err, mfa: err === 50076 ? 'interrupt' : 'none', authReq: err === 50076 ? 'Multifactor authentication' : 'Single-factor authentication', clientApp: 'Mobile Apps and Desktop clients', session: '' });
    });
    const tEnd = t;
    // the valid password is tried interactively later, from yet another proxy: push not answered
    const tb = tEnd + 5 * HOUR;
    const ipb = ips[29];
    signIn(ctx, hit, { ...X, t: tb, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip: ipb, dev: unmanaged(chromeWin), error: 50074, mfa: 'interrupt' });
    signIn(ctx, hit, { ...X, t: tb + 90 * 1000, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip: ipb, dev: unmanaged(chromeWin), error: 500121, mfa: 'noresp' });
    add('password-spray-low-slow-residential', `One attempt every 30-50 minutes for ${((tEnd - t0) / DAY).toFixed(1)} days, each of ${targets.length} accounts tried once, rotating through 30 residential-proxy addresses in 15 countries (ROPC to Microsoft Office). One password is right (MFA required, 50076); it is retried hours later in a browser and the push goes unanswered.`, [hit, ...targets.filter((u) => u !== hit).slice(0, 9)], ips, t0, tb + 2 * MIN, `Targets: ${targets.length} accounts (all listed in the files with these addresses); first ten in users.`);
  }

  // 4. Fast password spray from a hosting network
  {
    const ips = [net('51.68.152.44', 16276, L('Roubaix', 'Hauts-de-France', 'FR')), net('51.68.152.46', 16276, L('Roubaix', 'Hauts-de-France', 'FR')), net('5.189.171.93', 51167, L('Nuremberg', 'Bavaria', 'DE'))];
    const targets = users.filter((u) => ['eng', 'bpo', 'krk', 'hr', 'onsite', 'leaver', 'idadmin', 'desk'].includes(u.group) && !used.has(u.upn)).filter((_, i) => i % 7 === 3).slice(0, 420);
    const okMfa = targets.slice(200).find((u) => u.group !== 'leaver' && u.group !== 'bpo'), okCa = targets.find((u) => u.group === 'bpo' && targets.indexOf(u) > 100);
    used.add(okMfa.upn); used.add(okCa.upn);
    const t0 = at(10, 21.08);
    const app = A('Azure Active Directory PowerShell', '1b730954-1685-4b74-9bfd-dac224a7b894', 'f8cdef31-a31e-4b4a-93e4-5f571e91255a');
    const cli = { ua: 'python-requests/2.31.0', browser: '', os: '' };
    targets.forEach((u, i) => {
      const t = t0 + i * r.int(3, 6) * 1000;
      const dead = u.group === 'leaver' && 10 > u.lastDay;
      const err = dead ? 50057 : u === okMfa ? 50076 : u === okCa ? 53003 : r.chance(0.02) ? 50053 : 50126;
      signIn(ctx, u, { ...X, t, interactive: true, app, res: RES.aadGraph, ip: ips[i % 3], client: cli, protocol: 'ROPC', error: err, mfa: err === 50076 ? 'interrupt' : 'none', authReq: err === 50076 ? 'Multifactor authentication' : 'Single-factor authentication', clientApp: 'Mobile Apps and Desktop clients', session: '' });
    });
    for (const bad of ['admin', 'administrator', 'it.support', 'hr', 'test']) {
      const ghost = { id: '', name: '', upn: `${bad}@${TENANT.domain}` };
      signIn(ctx, ghost, { ...X, t: t0 + r.int(0, 1800) * 1000, interactive: true, app, res: RES.aadGraph, ip: ips[0], client: cli, protocol: 'ROPC', error: 50034, mfa: 'none', authReq: 'Single-factor authentication', clientApp: 'Mobile Apps and Desktop clients', session: '' });
    }
    add('password-spray-fast-hosting', `${targets.length} accounts plus 5 guessed names in about 30 minutes at 02:35 IST from two OVH addresses and one Contabo address (ROPC, python-requests, Azure AD PowerShell client). Two passwords are valid: one stopped by MFA (50076), one BPO agent stopped by the VDI-only Conditional Access policy (53003).`, [okMfa, okCa], ips, t0, t0 + 40 * MIN, `${targets.length} targets.`);
  }

  // 5. MFA fatigue at night from a VPN exit, then a method is registered
  {
    const v = take((u) => u.group === 'eng' && u.city === 'pune' && u.mfaMethod === 'Mobile app notification', 21);
    const ip = net('185.181.229.36', 9009, L('Bucharest', 'Bucuresti', 'RO'));
    const dev = unmanaged(chromeWin);
    const t0 = at(11, 20.15);
    let t = t0;
    for (let i = 0; i < 13; i++) {
      signIn(ctx, v, { ...X, t, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip, dev, error: 500121, mfa: i % 3 === 1 ? 'denied' : 'noresp' });
      t += r.int(110, 220) * 1000;
    }
    signIn(ctx, v, { ...X, t, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip, dev, mfa: 'done', mfaMethod: 'Mobile app notification' });
    audit(ctx, { ...X, t: t + 6 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v), ip, ua: dev.client.ua, targets: [userTarget(v)] });
    for (let i = 0; i < 10; i++) signIn(ctx, v, { ...X, t: t + r.int(2, 90) * MIN, interactive: false, app: r.pick([APPS.owa, APPS.sharepoint]), res: r.pick([RES.exo, RES.spo]), ip, dev, mfa: 'claim' });
    add('mfa-fatigue-night-push', 'A Pune engineer receives 13 push prompts between 01:40 and 02:20 IST from an M247 Bucharest address (declined or ignored, 500121) and approves the 14th; the attacker registers an authenticator and reads mail and SharePoint for 90 minutes.', [v], [ip], t0, t + 95 * MIN, '');
  }

  // 6. OAuth consent phishing: a user consents to a look-alike app, which then reads mail from a VPS
  {
    const v = take((u) => u.group === 'hr' && !u.payroll, 9);
    const evil = A('DocuSign eSign Viewer', '5d8c2f91-7a3e-4b06-9c14-e2f0a6b3d781', '0c6b9e2a-4f17-4d83-b5a0-7e1f3c9d2b64');
    const home = ctx.resIp(v.res, PLACES.blr, r); ctx.benignIps.add(home);
    v.pins = { ...(v.pins || {}), 9: { ip: home, office: false, home } }; // she works from home that day
    const vps = net('45.77.152.207', 20473, L('Piscataway', 'New Jersey', 'US'));
    const t = at(9, 5.45);
    signIn(ctx, v, { t, interactive: true, app: evil, res: RES.graph, ip: home, dev: v.laptop, mfa: 'claim', incoming: 'Primary Refresh Token', benign: false });
    signIn(ctx, v, { t: t + 20 * 1000, interactive: true, app: evil, res: RES.graph, ip: home, dev: v.laptop, error: 65001, mfa: 'claim', benign: false });
    const spId = '9a4e1d7c-2b60-4f38-8e95-c1d03b7a6f24';
    const scope = 'openid profile offline_access User.Read Mail.Read Mail.Send Files.Read.All Contacts.Read';
    audit(ctx, { t: t + 40 * 1000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', actor: userActor(v), ip: home, ua: v.laptop.client.ua, targets: [{ type: 'ServicePrincipal', name: evil.name, id: spId, props: [['AppPrincipalId', '', `["${evil.id}"]`], ['DisplayName', '', `["${evil.name}"]`]] }], benign: false });
    audit(ctx, { t: t + 41 * 1000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', actor: userActor(v), ip: home, ua: v.laptop.client.ua, targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: '3f8c1b6e-0a5d-4c27-9e31-7d2b4f6a8c90', props: [['DelegatedPermissionGrant.Scope', '', `"${scope}"`], ['DelegatedPermissionGrant.ConsentType', '', '"Principal"']] }, { type: 'ServicePrincipal', name: evil.name, id: spId }], benign: false });
    audit(ctx, { t: t + 42 * 1000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', actor: userActor(v), ip: home, ua: v.laptop.client.ua, targets: [{ type: 'ServicePrincipal', name: evil.name, id: spId, props: [['ConsentContext.IsAdminConsent', '', '"False"'], ['ConsentContext.IsAppOnly', '', '"False"'], ['ConsentContext.OnBehalfOfAll', '', '"False"'], ['ConsentAction.Permissions', '', `"[] => [[Id: x, ClientId: ${spId}, PrincipalId: ${v.id}, ResourceId: 3f8c1b6e-0a5d-4c27-9e31-7d2b4f6a8c90, ConsentType: Principal, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime ]]; "`]] }], benign: false });
    signIn(ctx, v, { t: t + 60 * 1000, interactive: true, app: evil, res: RES.graph, ip: home, dev: v.laptop, mfa: 'claim', incoming: 'Primary Refresh Token', benign: false });
    const cli = { ua: 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', browser: '', os: '' };
    for (let i = 0; i < 22; i++) signIn(ctx, v, { ...X, t: t + 5 * MIN + i * r.int(50, 130) * MIN, interactive: false, app: evil, res: RES.graph, ip: vps, client: cli, mfa: 'claim', session: '' });
    add('oauth-consent-phishing', 'An HR executive follows a "DocuSign" link and consents (as a user) to a multi-tenant look-alike app asking for Mail.Read, Mail.Send, Files.Read.All and offline_access; the app then redeems her refresh token every hour or two from a Vultr VPS in New Jersey for two days.', [v], [vps], t, t + 5 * MIN + 22 * 130 * MIN, `The consent itself comes from her home broadband address ${home} (her own, used for honest work that day).`);
  }

  // 7. Refresh-token replay from an Azure VM in Central India: non-interactive only (subtle)
  {
    const v = take((u) => u.group === 'eng' && u.dev && u.city === 'blr', 4);
    const ip = net('20.235.166.48', 8075, PLACES.pune);
    const cli = CLIENTS.azCli;
    const t0 = at(9, 19.3);
    let n = 0, t = t0;
    for (let d = 0; d < 3; d++) for (let i = 0; i < 9; i++) {
      t = at(9 + d, 19.2 + i * 0.45 + r.next() * 0.3);
      const [app, res] = r.pick([[APPS.azCli, RES.arm], [APPS.azCli, RES.keyvault], [APPS.azCli, RES.graph], [APPS.office, RES.exo]]);
      signIn(ctx, v, { ...X, t, interactive: false, app, res, ip, client: app === APPS.office ? CLIENTS.winRich : cli, mfa: 'claim', session: v.laptop.session });
      n++;
    }
    add('refresh-token-replay-azure-vm', `An infostealer on a Bengaluru developer's laptop took the Azure CLI and Office token caches; for three IST nights the refresh tokens are replayed (${n} non-interactive sign-ins, no interactive ones) from an Azure VM in Central India — the same cloud, country and client (Azure CLI) as the developers' own build VMs — to Key Vault, ARM, Graph and Exchange, carrying the laptop's session ID.`, [v], [ip], t0, t, 'The developer also uses Azure CLI from the shared build VMs (benign, other addresses).');
  }

  // 8. Device-code phishing: the victim enters the code on her managed laptop; the attacker polls and keeps the tokens
  {
    const v = take((u) => u.group === 'hr' && !u.payroll, 14);
    const office = ctx.fixedIps('ofcBlr', 4)[2];
    v.pins = { ...(v.pins || {}), 4: { ip: office, office: true } }; // in the office that Friday
    const ip = net('107.173.62.85', 36352, L('Buffalo', 'New York', 'US'));
    const t = at(4, 10.33);
    signIn(ctx, v, { t, interactive: true, app: APPS.office, res: RES.graph, ip: office, dev: v.laptop, mfa: 'claim', protocol: 'Device Code', transfer: 'Device code flow', incoming: 'Primary Refresh Token', benign: false });
    const cli = { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', browser: 'Chrome 124.0.0', os: 'Windows 10' };
    let tl = t;
    for (let i = 0; i < 18; i++) { tl = t + 40 * 1000 + i * r.int(60, 160) * MIN; signIn(ctx, v, { ...X, t: tl, interactive: false, app: APPS.office, res: r.pick([RES.exo, RES.graph, RES.spo]), ip, client: cli, mfa: 'claim', transfer: 'Device code flow', session: '' }); }
    add('device-code-phishing', 'A finance executive (no developer) is sent a Teams message with a "security verification" code and enters it at microsoft.com/devicelogin on her managed laptop in the Bengaluru office (interactive sign-in, Device Code); the attacker redeems and refreshes the tokens from a ColoCrossing host in Buffalo, NY for two days.', [v], [ip], t, tl, `The interactive device-code sign-in is from the Bengaluru office NAT ${office} (shared by hundreds).`);
  }

  // 9. Help-desk social engineering: TAP issued at night to a caller claiming to be an onsite engineer in London
  {
    const v = take((u) => u.group === 'onsite' && u.site === 'clientLon', 5);
    const agent = users.filter((u) => u.group === 'desk' && u.deskShift === 2)[3];
    const ofc = ctx.fixedIps('ofcBlr', 4)[1];
    const ip = net('212.102.63.142', 60068, L('London', 'England', 'GB'));
    const t = at(12, 1.33);
    audit(ctx, { t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code', actor: userActor(agent), ip: ofc, ua: CLIENTS.winEdge.ua, targets: [userTarget(v)], benign: false });
    audit(ctx, { t: t + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin registered security info', reason: 'Admin registered temporary access pass method for user', actor: userActor(agent), ip: ofc, ua: CLIENTS.winEdge.ua, targets: [userTarget(v)], benign: false });
    const dev = unmanaged(chromeMac);
    const t1 = t + 14 * MIN;
    signIn(ctx, v, { ...X, t: t1, interactive: true, app: APPS.mySignins, res: RES.graph, ip, dev, mfa: 'done', mfaMethod: 'Temporary Access Pass' });
    audit(ctx, { ...X, t: t1 + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', actor: userActor(v), ip, ua: dev.client.ua, targets: [userTarget(v)] });
    signIn(ctx, v, { ...X, t: t1 + 6 * MIN, interactive: true, app: APPS.officeHome, res: RES.officeHome, ip, dev, mfa: 'done', mfaMethod: 'Mobile app notification' });
    let tl = t1;
    for (let i = 0; i < 16; i++) { tl = t1 + 8 * MIN + i * r.int(4, 9) * MIN; signIn(ctx, v, { ...X, t: tl, interactive: false, app: r.pick([APPS.sharepoint, APPS.onedrive, APPS.owa]), res: r.pick([RES.spo, RES.exo]), ip, dev, mfa: 'claim' }); }
    add('helpdesk-tap-social-engineering', `At 06:50 IST on a Saturday a caller posing as an onsite engineer at the London client ("lost my phone") gets the night-shift service desk agent ${agent.upn} to delete the Authenticator and issue a Temporary Access Pass; minutes later the TAP is used from a commercial-VPN exit in London on an unmanaged Mac, a new Authenticator is registered and OneDrive/SharePoint/mail are read for two hours.`, [v], [ip], t, tl, `The agent (an honest dupe) acted from the Bengaluru office NAT ${ofc}. The real engineer's laptop is normally at the London client site and hotel.`);
  }

  // 10. A client's guest whose engagement ended keeps using the account (from a new country, at night)
  {
    const v = take((u) => u.group === 'guest' && u.client === 'halberd', 6);
    const g = GROUPS.projects[2];
    const desk = users.filter((u) => u.group === 'desk')[8];
    audit(ctx, { t: at(5, 9.4), service: 'Core Directory', category: 'GroupManagement', activity: 'Remove member from group', actor: userActor(desk), ip: ctx.fixedIps('ofcBlr', 4)[0], ua: CLIENTS.winEdge.ua, targets: [userTarget(v), { type: 'Group', name: g.name, id: g.id }], details: [['Reason', 'Engagement HRP-Merch-Analytics phase 1 closed; offboard client contractors']] });
    v.guestEnd = 5;
    const ip = net('86.124.37.219', 8708, L('Cluj-Napoca', 'Cluj', 'RO'));
    const dev = unmanaged(CLIENTS.winChrome);
    let t0 = 0, tl = 0;
    for (let d = 9; d <= 11; d++) {
      const t = at(d, 22.5 + r.next());
      if (!t0) t0 = t;
      signIn(ctx, v, { ...X, t, interactive: true, app: APPS.sharepoint, res: RES.spo, ip, dev, mfa: 'claim', authReq: 'Multifactor authentication' });
      for (let i = 0; i < 7; i++) { tl = t + r.int(2, 100) * MIN; signIn(ctx, v, { ...X, t: tl, interactive: false, app: r.pick([APPS.sharepoint, APPS.teams]), res: r.pick([RES.spo, RES.teams]), ip, dev, mfa: 'claim' }); }
    }
    add('offboarded-guest-still-used', `A Halberd Retail contractor's guest account is removed from the project group when phase 1 closes (2026-11-07) but never deleted or blocked; four days later it signs in three nights running from a residential address in Romania and browses the project SharePoint.`, [v], [ip], t0, tl, 'Before day 6 the guest worked from Halberd\'s London office and BT broadband.');
  }

  // 11. Compromised identity admin: PIM activation, new secret on an app registration, Graph application permission
  {
    const v = users.filter((u) => u.group === 'idadmin')[5]; used.add(v.upn);
    const ip = net('139.162.53.201', 63949, L('Singapore', 'Central Singapore', 'SG'));
    const dev = unmanaged(chromeMac);
    const t = at(10, 18.67);
    signIn(ctx, v, { ...X, t, interactive: true, app: APPS.portal, res: RES.arm, ip, dev, mfa: 'claim' });
    const app = APPREGS[1];
    audit(ctx, { ...X, t: t + 4 * MIN, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role requested (PIM activation)', actor: userActor(v), ip, ua: dev.client.ua, targets: [{ type: 'Role', name: ROLES.appAdmin.name, id: ROLES.appAdmin.id }, userTarget(v)], details: [['Justification', 'CHG0041772']] });
    audit(ctx, { ...X, t: t + 4 * MIN + 15 * 1000, service: 'PIM', category: 'RoleManagement', activity: 'Add member to role completed (PIM activation)', actor: AUTOMATION.pim, targets: [{ type: 'Role', name: ROLES.appAdmin.name, id: ROLES.appAdmin.id }, userTarget(v)] });
    const kid = r.uuid();
    audit(ctx, { ...X, t: t + 9 * MIN, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Update application – Certificates and secrets management ', actor: userActor(v), ip, ua: dev.client.ua, targets: [{ type: 'Application', name: app.name, id: app.id, props: [['KeyDescription', `["[KeyIdentifier=${app.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=rotated]"]`, `["[KeyIdentifier=${app.keyId},KeyType=Password,KeyUsage=Verify,DisplayName=rotated]","[KeyIdentifier=${kid},KeyType=Password,KeyUsage=Verify,DisplayName=sync-2]"]`], ['Included Updated Properties', '', '"KeyDescription"']] }] });
    audit(ctx, { ...X, t: t + 12 * MIN, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', actor: userActor(v), ip, ua: dev.client.ua, targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: '3f8c1b6e-0a5d-4c27-9e31-7d2b4f6a8c90', props: [['AppRole.Value', '', '"Mail.ReadWrite"'], ['AppRole.Id', '', '"e2a3a72e-5f79-4c64-b1b1-878b674786c9"'], ['ServicePrincipal.DisplayName', '', `"${app.name}"`]] }, { type: 'ServicePrincipal', name: app.name, id: app.id }] });
    audit(ctx, { ...X, t: t + 13 * MIN, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add app role assignment to service principal', actor: userActor(v), ip, ua: dev.client.ua, targets: [{ type: 'ServicePrincipal', name: 'Microsoft Graph', id: '3f8c1b6e-0a5d-4c27-9e31-7d2b4f6a8c90', props: [['AppRole.Value', '', '"Files.Read.All"'], ['AppRole.Id', '', '"01d4889c-1287-42c6-ac1f-5d1e02578ef6"'], ['ServicePrincipal.DisplayName', '', `"${app.name}"`]] }, { type: 'ServicePrincipal', name: app.name, id: app.id }] });
    for (let i = 0; i < 4; i++) signIn(ctx, v, { ...X, t: t + (15 + i * 6) * MIN, interactive: false, app: APPS.graphCli, res: RES.graph, ip, client: chromeMac, mfa: 'claim', session: dev.session });
    add('compromised-admin-app-secret', `An identity admin's stolen session is used at 00:10 IST from a Linode Singapore address: PIM activation of Application Administrator, a new client secret on ${app.name}, and Graph application permissions Mail.ReadWrite and Files.Read.All granted to it.`, [v], [ip], t, t + 40 * MIN, 'Secret rotations on the same apps by KV-SecretRotation-Automation happen nightly (benign).');
  }

  // 12. Legacy-protocol brute force against an exempt scanner account (SMTP AUTH), then spam relaying
  {
    const v = users.find((u) => u.upn.startsWith('scan-hyd-06')); used.add(v.upn);
    const ips = [net('185.222.58.17', 202425, L('Amsterdam', 'North Holland', 'NL')), net('185.222.58.93', 202425, L('Amsterdam', 'North Holland', 'NL')), net('80.94.95.212', 204428, L('Bucharest', 'Bucuresti', 'RO')), net('80.94.95.238', 204428, L('Bucharest', 'Bucuresti', 'RO'))];
    const t0 = at(6, 14.0);
    let t = t0;
    for (let i = 0; i < 860; i++) {
      t += r.int(20, 64) * 1000;
      signIn(ctx, v, { ...X, t, interactive: true, app: APPS.exo, res: RES.exo, ip: ips[i % 4], client: CLIENTS.smtp, error: 50126, mfa: 'none', authReq: 'Single-factor authentication', ca: 'Not Applied', clientApp: 'Authenticated SMTP', session: '' });
    }
    for (let i = 0; i < 40; i++) { t += r.int(30, 300) * 1000; signIn(ctx, v, { ...X, t, interactive: true, app: APPS.exo, res: RES.exo, ip: ips[i % 2], client: CLIENTS.smtp, error: 0, mfa: 'none', authReq: 'Single-factor authentication', ca: 'Not Applied', clientApp: 'Authenticated SMTP', session: '' }); }
    add('smtp-auth-brute-force-scanner', 'The Hyderabad scanner account (excluded from MFA, SMTP AUTH allowed) is brute-forced over SMTP AUTH from four hosting addresses (IP Volume Amsterdam, Bucharest) — 860 failures on a Sunday night, then success and 40 authenticated SMTP sessions relaying mail.', [v], ips, t0, t, 'The real scanner only ever connects from the Hyderabad office NAT.');
  }

  // 13. Insider exfiltration before leaving: a personal device at night behind a consumer VPN, a personal guest invited
  {
    const v = users.filter((u) => u.group === 'leaver' && u.lastDay === 10 && !used.has(u.upn))[0]; used.add(v.upn);
    const ip = net('103.107.196.52', 136787, PLACES.mum);
    const dev = unmanaged(CLIENTS.winChrome);
    const g = GROUPS.projects[0];
    const personal = { id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b', name: 'rk home', upn: 'rk.home.mails_gmail.com#EXT#@kaveridigital.onmicrosoft.com', userType: 'Guest', homeTenant: '9188040d-6c67-4c5b-b112-36a304b66dad', homeTenantName: 'Microsoft Accounts' };
    let t0 = 0, tl = 0;
    for (let d = 7; d <= 10; d++) {
      const t = at(d, 19.6 + r.next() * 0.5);
      if (!t0) t0 = t;
      signIn(ctx, v, { ...X, t, interactive: true, app: APPS.sharepoint, res: RES.spo, ip, dev, mfa: 'done', mfaMethod: v.mfaMethod });
      for (let i = 0; i < 18; i++) { tl = t + r.int(1, 170) * MIN; signIn(ctx, v, { ...X, t: tl, interactive: false, app: r.pick([APPS.onedrive, APPS.sharepoint]), res: RES.spo, ip, dev, client: CLIENTS.winRich, mfa: 'claim' }); }
      if (d === 8) {
        audit(ctx, { ...X, t: t + 30 * MIN, service: 'Invited Users', category: 'UserManagement', activity: 'Invite external user', actor: userActor(v), ip, ua: dev.client.ua, targets: [userTarget(personal)], details: [['invitedUserEmailAddress', 'rk.home.mails@gmail.com']] });
        audit(ctx, { ...X, t: t + 33 * MIN, service: 'Core Directory', category: 'GroupManagement', activity: 'Add member to group', actor: userActor(v), ip, ua: dev.client.ua, targets: [userTarget(personal), { type: 'Group', name: g.name, id: g.id }] });
        audit(ctx, { ...X, t: t + 51 * MIN, service: 'Invited Users', category: 'UserManagement', activity: 'Redeem external user invite', actor: userActor(personal), ip, targets: [userTarget(personal)] });
        for (let i = 0; i < 6; i++) signIn(ctx, personal, { ...X, t: t + (52 + i * 11) * MIN, interactive: i === 0, app: APPS.sharepoint, res: RES.spo, ip, dev, mfa: 'claim', authReq: 'Single-factor authentication' });
      }
    }
    add('insider-exfil-before-leaving', `A delivery engineer serving notice (last day ${iso(at(10, 0)).slice(0, 10)}) syncs the Meridian Trust Bank project libraries to a personal, unregistered PC between 01:00 and 04:00 IST for four nights through a consumer VPN exit in Mumbai, invites his own Gmail address as a guest into the project group and downloads with it too.`, [v, personal.upn], [ip], t0, tl, 'Disabled on schedule the morning after the last day (benign offboarding audit).');
  }
  return scen;
}
