// Planted intrusions, part 1: password spray from residential proxies, AiTM phishing and BEC of an
// accounts-payable clerk, MFA fatigue against a council member, a compromised MSP technician using
// delegated admin (GDAP), illicit consent grant by teachers, and a stolen session replayed.
import { local, MIN, HOUR, APPS, RES, UA, OWNER_VENDOR } from './world.mjs';
import { link } from './registry.mjs';

export const ATK_UA = {
  chrome124: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  chrome141: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edge120: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
};
export const atkDev = (ua, browser, os = 'Windows10') => ({ kind: 'atk', id: '', displayName: '', os, browser, compliant: false, managed: false, trust: '', ua });

/** Runs one scenario, collects its attack rows' time span, checks its addresses, and records it in truth. */
export function scenarioRunner(W, truth) {
  return (name, description, users, fn) => {
    const { k, reg } = W;
    const b = [k.inter.length, k.non.length, k.audits.length];
    const ips = fn();
    const items = [...k.inter.slice(b[0]), ...k.non.slice(b[1]), ...k.audits.slice(b[2])].filter((x) => x.attack);
    if (!items.length) throw new Error(`scenario ${name} produced no rows`);
    for (const ip of ips) reg.assertAttack(ip, name);
    const ts = items.map((x) => x.t);
    truth.push({ name, users: users.map((u) => u.toLowerCase()), ips, start: new Date(Math.min(...ts)).toISOString(), end: new Date(Math.max(...ts)).toISOString(), description });
  };
}

export function attacks1(W, run) {
  const { k, rng, reg, T } = W;
  const G = T.groups;
  const A = (net, place, label) => reg.take(net, place, 'attack', label);
  const fx = link.fixed;

  // 1. Low-and-slow password spray from residential proxies against students and staff.
  const spraySpots = [['comcast', ['houston', 'denver', 'seattle', 'atlanta', 'chicago', 'miami', 'philadelphia', 'minneapolis'], 3], ['cox', ['phoenix', 'lasvegas', 'okc', 'sandiego'], 2],
    ['twc', ['dallas', 'sanantonio', 'houston'], 2], ['fios', ['newyork', 'tampa', 'philadelphia'], 2], ['lumen', ['denver', 'minneapolis', 'seattle'], 1], ['frontier', ['tampa', 'dallas'], 1], ['vnpt', ['hanoi'], 2], ['claro', ['saopaulo'], 2]];
  const sprayIps = rng.shuffle(spraySpots.flatMap(([net, places, n]) => places.flatMap((pl) => Array.from({ length: n }, () => A(net, pl, 'residential proxy')))));
  const studentsPool = T.people.filter((p) => p.student && !p.newAccount && !W.trip.students.has(p));
  const staffPool = [...G.cityStaff.filter((p) => p.laptop), ...G.teachers, ...G.policeCivil, ...G.library];
  const targets = rng.shuffle([...rng.sample(studentsPool, 112), ...rng.sample(staffPool, 68), ...G.dormant.slice(3, 6)]);
  const sprayStudent = targets.find((p) => p.student && p.school === 'hs');
  const sprayStaff = targets.find((p) => p.kind === 'office' && p.dept === 'Parks & Recreation') || targets.find((p) => p.kind === 'office');
  run('password-spray-residential-proxies', 'Low-and-slow password spray (three seasonal passwords) against 180 students and staff through a residential proxy network, a few attempts per address; one student account falls and is used for Outlook on the web, one parks employee has the right password but is stopped by MFA.', [sprayStudent.upn, sprayStaff.upn], () => {
    const used = new Set();
    let t = local(0, -1.7), ipIdx = 0, left = 0;
    const pivot1 = A('comcast', 'atlanta', 'residential proxy'), pivot2 = A('fios', 'newyork', 'residential proxy');
    for (let round = 0; round < 3; round++) {
      for (const p of rng.shuffle(targets)) {
        if (round === 2 && rng.chance(0.35)) continue;
        if (left-- <= 0) { ipIdx++; left = rng.int(2, 5); }
        const ip = sprayIps[ipIdx % sprayIps.length]; used.add(ip);
        const ua = [ATK_UA.chrome124, ATK_UA.edge120, ATK_UA.firefox][ipIdx % 3];
        const dev = atkDev(ua, ua.includes('Firefox') ? 'Firefox 128.0' : ua.includes('Edg') ? 'Edge 120.0.0' : 'Chrome 124.0.0');
        const base = { t, p, dev, ip, app: APPS.office, res: RES.graph, ua, client: 'Mobile Apps and Desktop clients', interactive: true, protocol: 'ropc', attack: true, mfa: 'none' };
        if (p.disabled) k.row({ ...base, code: 50057 });
        else if (p === sprayStudent && round === 1) {
          k.row({ ...base, ip: pivot1, code: 0 });
          const r = k.login(p, dev, t + 38 * MIN, fx(pivot1), APPS.officeHome, RES.portal, { attack: true, fresh: true, ua, kmsi: 1 });
          k.span(p, dev, r.t, r.t + 55 * MIN, fx(pivot1), [[[APPS.exo, RES.exo], 3], [[APPS.officeHome, RES.portal], 1]], r.session, { every: 12, attack: true, ua, client: 'Browser' });
        } else if (p === sprayStaff && round === 0) {
          k.row({ ...base, code: 50076, mfa: 'pending' });
          const corr = rng.uuid();
          k.row({ ...base, t: t + 52 * MIN, ip: pivot2, app: APPS.officeHome, res: RES.portal, client: 'Browser', protocol: 'none', code: 50074, mfa: 'pending', corr });
          k.row({ ...base, t: t + 53.5 * MIN, ip: pivot2, app: APPS.officeHome, res: RES.portal, client: 'Browser', protocol: 'none', code: 500121, mfa: 'denied', denyDetail: 'MFA denied; user did not respond to mobile app notification', corr });
        } else k.row({ ...base, code: 50126 });
        t += rng.float(4, 17) * MIN;
      }
      t += rng.float(5, 14) * HOUR;
    }
    return [...used, pivot1, pivot2];
  });

  // 2. AiTM phishing of an accounts-payable clerk, cookie replay, new MFA method, BEC over three days.
  const clerk = G.cityStaff.filter((p) => p.dept === 'Finance')[4];
  run('aitm-phish-ap-clerk-bec', 'Adversary-in-the-middle phishing ("remittance advice" PDF) of an accounts-payable clerk: sign-in relayed through a proxy with her real MFA approval, the session cookie replayed from another host minutes later, an SMS method added for the attacker, then mailbox access on three days to redirect a vendor payment.', [clerk.upn], () => {
    const proxy = A('digitalocean', 'newyork', 'AiTM proxy'), v1 = A('vultr', 'dallas', 'replay host'), v2 = A('vultr', 'dallas', 'replay host');
    const victimUa = UA.winEdge, dv = atkDev(victimUa, 'Edge 143.0.0');
    let t = local(1, 10.7);
    const r = k.login(clerk, dv, t, fx(proxy), APPS.officeHome, RES.portal, { attack: true, key: 'aitm', fresh: true, kmsi: 1, interruptP: 1, ua: victimUa });
    const sess = r.session;
    const da = atkDev(ATK_UA.chrome141, 'Chrome 141.0.0');
    t = r.t + 9 * MIN;
    k.row({ t, p: clerk, dev: da, ip: v1, app: APPS.officeHome, res: RES.portal, ua: da.ua, interactive: true, session: sess, mfa: 'claim', attack: true });
    k.span(clerk, da, t, t + 2.2 * HOUR, fx(v1), [[[APPS.exo, RES.exo], 4], [[APPS.officeHome, RES.graph], 1]], sess, { every: 14, attack: true, ua: da.ua, client: 'Browser' });
    t += 26 * MIN;
    k.row({ t, p: clerk, dev: da, ip: v1, app: APPS.mySignins, res: RES.graph, ua: da.ua, interactive: true, session: sess, mfa: 'claim', attack: true });
    k.audit({ t: t + 2 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Mobile Phone SMS', by: { user: clerk, ip: v1 }, targets: [{ id: clerk.id, displayName: clerk.name, type: 'User', upn: clerk.upn }], ua: da.ua }, true);
    for (const [d, h, ip] of [[2, 9.2, v1], [3, 13.6, v2], [4, 8.4, v2]]) {
      const s2 = k.login(clerk, da, local(d, h), fx(ip), APPS.officeHome, RES.portal, { attack: true, key: `aitm${d}`, fresh: true, method: 'Text message', interruptP: 0, ua: da.ua });
      k.span(clerk, da, s2.t, s2.t + rng.float(0.8, 1.8) * HOUR, fx(ip), [[[APPS.exo, RES.exo], 4], [[APPS.officeHome, RES.graph], 1]], s2.session, { every: 16, attack: true, ua: da.ua, client: 'Browser' });
    }
    return [proxy, v1, v2];
  });

  // 3. MFA fatigue against a council member late on a Friday night.
  const cm = G.council[5];
  run('mfa-fatigue-council-member', 'A council member\'s reused password and a stream of push prompts from a VPN exit late on Friday night until one is accepted; mailbox and OneDrive read for an hour; on-call IT revokes the sessions on Saturday morning and the next refresh fails.', [cm.upn], () => {
    const vpn1 = A('m247', 'chicago', 'VPN exit'), vpn2 = A('datacamp', 'chicago', 'VPN exit');
    const dv = atkDev(ATK_UA.chrome141, 'Chrome 141.0.0');
    let t = local(4, 23.08);
    for (let i = 0; i < 16; i++) {
      const corr = rng.uuid();
      k.row({ t, p: cm, dev: dv, ip: vpn1, app: APPS.officeHome, res: RES.portal, interactive: true, code: 500121, mfa: 'denied', corr, attack: true,
        denyDetail: i % 3 === 1 ? 'MFA denied; user declined the authentication' : 'MFA denied; user did not respond to mobile app notification' });
      t += rng.float(2.5, 7) * MIN;
    }
    const r = k.login(cm, dv, t, fx(vpn1), APPS.officeHome, RES.portal, { attack: true, key: 'fatigue', fresh: true, kmsi: 1, interruptP: 0 });
    k.span(cm, dv, r.t, r.t + 75 * MIN, fx(vpn2), [[[APPS.exo, RES.exo], 3], [[APPS.officeHome, RES.spo], 2]], r.session, { every: 11, attack: true, ua: dv.ua, client: 'Browser' });
    const it = G.cityIt[5], ts = local(5, 8.7);
    k.audit({ t: ts, service: 'Core Directory', category: 'UserManagement', activity: 'Update user', by: { user: it, ip: W.site.cityHall }, targets: [{ id: cm.id, displayName: cm.name, type: 'User', upn: cm.upn, props: [['StsRefreshTokensValidFrom', '[]', `["${new Date(ts).toISOString()}"]`]] }], ua: UA.winEdge });
    W.E.adminReset(it, W.site.cityHall, cm, ts + 90_000);
    k.row({ t: local(5, 9.15), p: cm, dev: dv, ip: vpn2, app: APPS.exo, res: RES.exo, ua: dv.ua, interactive: false, code: 50173, session: r.session, mfa: 'claim', attack: true });
    return [vpn1, vpn2];
  });

  // 4. A compromised MSP technician uses delegated admin (GDAP) to take over the finance director.
  const tech = G.msp[2], director = G.cityStaff.filter((p) => p.dept === 'Finance')[0];
  run('msp-gdap-takeover-finance-director', 'An MSP technician\'s partner-tenant account is used from a German VPS through GDAP at 03:00 on a Sunday: the finance director\'s password is reset and her MFA methods deleted; her account is then signed in from a US VPS (a first try from Germany is blocked by CA), a new Authenticator registered and her mailbox read.', [tech.signInUpn || tech.upn, director.upn], () => {
    const h1 = A('hetzner', 'falkenstein', 'VPS'), h2 = A('hetzner', 'falkenstein', 'VPS'), l1 = A('linode', 'newark', 'VPS');
    const dv = atkDev(ATK_UA.firefox, 'Firefox 128.0');
    let t = local(6, 2.6);
    const r = k.login(tech, dv, t, fx(h1), APPS.azurePortal, RES.arm, { attack: true, key: 'gdap', fresh: true, ua: dv.ua });
    k.span(tech, dv, r.t, r.t + 70 * MIN, fx(h1), [[[APPS.azurePortal, RES.graph], 2], [[APPS.azurePortal, RES.arm], 1]], r.session, { every: 9, attack: true, ua: dv.ua, client: 'Browser' });
    t = r.t + 14 * MIN;
    const tgt = [{ id: director.id, displayName: director.name, type: 'User', upn: director.upn }];
    k.audit({ t, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Authenticator App with Notification and Code', by: { user: tech, ip: h1 }, targets: tgt, ua: dv.ua }, true);
    k.audit({ t: t + 40_000, service: 'Authentication Methods', category: 'UserManagement', activity: 'Admin deleted security info', reason: 'Admin deleted Mobile Phone SMS', by: { user: tech, ip: h1 }, targets: tgt, ua: dv.ua }, true);
    k.audit({ t: t + 95_000, service: 'Core Directory', category: 'UserManagement', activity: 'Reset user password', by: { user: tech, ip: h1 }, targets: tgt, ua: dv.ua }, true);
    t += 11 * MIN;
    k.row({ t, p: director, dev: dv, ip: h2, app: APPS.officeHome, res: RES.portal, ua: dv.ua, interactive: true, code: 53003, mfa: 'none', attack: true });
    t += 6 * MIN;
    const corr = rng.uuid();
    k.row({ t, p: director, dev: dv, ip: l1, app: APPS.officeHome, res: RES.portal, ua: dv.ua, interactive: true, code: 50079, mfa: 'pending', corr, attack: true });
    k.audit({ t: t + 3 * MIN, service: 'Authentication Methods', category: 'UserManagement', activity: 'User registered security info', reason: 'User registered Authenticator App with Notification and Code', by: { user: director, ip: l1 }, targets: tgt, ua: dv.ua }, true);
    const s = k.login(director, dv, t + 4 * MIN, fx(l1), APPS.officeHome, RES.portal, { attack: true, key: 'takeover', fresh: true, interruptP: 0, kmsi: 1, ua: dv.ua, method: 'Mobile app notification' });
    k.span(director, dv, s.t, s.t + 2.5 * HOUR, fx(l1), [[[APPS.exo, RES.exo], 4], [[APPS.officeHome, RES.spo], 1]], s.session, { every: 13, attack: true, ua: dv.ua, client: 'Browser' });
    k.span(director, dv, local(7, 1), local(7, 2.2), fx(l1), [[[APPS.exo, RES.exo], 1]], s.session, { every: 20, attack: true, ua: dv.ua, client: 'Browser' });
    // The director's own phone loses its tokens after the reset; Tuesday morning the helpdesk restores her account.
    for (let tt = local(6, 8.5); tt < local(8, 8); tt += rng.float(3, 7) * HOUR) k.row({ t: tt, p: director, dev: director.phone, link: director.mobile, app: APPS.outlookMobile, res: RES.exo, ua: director.phone.mailUa, client: 'Mobile Apps and Desktop clients', interactive: false, code: 50173, mfa: 'claim', session: k.session(director, 'phone') });
    W.E.adminReset(G.cityIt[6], W.site.cityHall, director, local(8, 8.3));
    return [h1, h2, l1];
  });

  // 5. Illicit consent grant: three teachers consent to a "secure document viewer" that reads mail and files.
  const victims5 = W.victims.consent;
  run('illicit-consent-grant-teachers', 'OAuth consent phishing: three teachers open a "shared document" link and consent to an unverified multi-tenant app asking for Mail.Read, Mail.Send, Files.ReadWrite.All and offline_access; the app then redeems their refresh tokens from OVH servers in Beauharnois, Québec, for four days.', victims5.map((p) => p.upn), () => {
    const bad = { id: rng.uuid(), name: 'DocuView Secure Share', owner: OWNER_VENDOR.bad, spId: rng.uuid() };
    const o1 = A('ovh', 'beauharnois', 'app backend'), o2 = A('ovh', 'beauharnois', 'app backend');
    const scopes = 'openid profile email offline_access User.Read Mail.Read Mail.Send Files.ReadWrite.All';
    victims5.forEach((p, i) => {
      const t = local(10, 9.6 + i * 1.3 + rng.float(0, 0.5)), ip = W.site.staffNat;
      const r = k.login(p, p.laptop, t, fx(ip), bad, RES.graph, { attack: true, key: 'consent', fresh: false, ua: p.laptop.ua, browser: p.laptop.browser });
      const tgt = { id: bad.spId, displayName: bad.name, type: 'ServicePrincipal' };
      if (i === 0) k.audit({ t: t + 12_000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add service principal', opType: 'Add', by: { user: p, ip }, targets: [tgt], ua: p.laptop.ua }, true);
      k.audit({ t: t + 18_000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Add delegated permission grant', opType: 'Assign', by: { user: p, ip }, targets: [{ ...tgt, props: [['DelegatedPermissionGrant.Scope', '', `"${scopes}"`]] }], ua: p.laptop.ua }, true);
      k.audit({ t: t + 19_000, service: 'Core Directory', category: 'ApplicationManagement', activity: 'Consent to application', opType: 'Assign', by: { user: p, ip }, targets: [tgt], ua: p.laptop.ua,
        details: [['ConsentContext.IsAdminConsent', 'False'], ['ConsentContext.OnBehalfOfAll', 'False'], ['ConsentAction.Permissions', scopes]] }, true);
      const sess = r.session;
      let tt = r.t + rng.int(3, 12) * MIN;
      while (tt < local(14, 0)) {
        k.row({ t: tt, p, dev: null, ip: rng.chance(0.6) ? o1 : o2, app: bad, res: RES.graph, ua: 'python-requests/2.32.3', client: 'Mobile Apps and Desktop clients', interactive: false, session: sess, mfa: 'none', clientCred: 'clientSecret', attack: true });
        tt += rng.float(25, 95) * MIN;
      }
    });
    return [o1, o2];
  });

  // 6. Session token stolen from an HR specialist's personal PC (infostealer) and replayed.
  const hr = G.cityStaff.filter((p) => p.dept === 'Human Resources')[3];
  run('stolen-session-replay-hr', 'An HR specialist checks work mail on her personal PC at home; an infostealer takes the browser session. The session is replayed first from Romania (blocked by CA), then through US residential proxies with the same session id and user agent to read mail and download from the HR SharePoint site, on Saturday and again on Tuesday night.', [hr.upn], () => {
    const ro = A('rcs', 'bucharest', 'stealer operator'), px1 = A('cox', 'phoenix', 'residential proxy'), px2 = A('comcast', 'atlanta', 'residential proxy');
    const pc = T.dev.homePc();
    let sess;
    for (const [d, h] of [[0, 20.4], [2, 21.1]]) { // honest: OWA on the personal PC (Charter at home)
      const r = k.login(hr, pc, local(d, h), hr.home, APPS.exo, RES.exo, { key: 'homepc', fresh: d === 0, kmsi: 1, ua: pc.ua });
      k.span(hr, pc, r.t, r.t + 40 * MIN, hr.home, [[[APPS.exo, RES.exo], 1]], r.session, { every: 10, ua: pc.ua, client: 'Browser' });
      sess = r.session;
    }
    const dv = atkDev(pc.ua, pc.browser);
    k.row({ t: local(5, 3.2), p: hr, dev: dv, ip: ro, app: APPS.exo, res: RES.exo, ua: pc.ua, interactive: false, session: sess, code: 53003, attack: true });
    k.row({ t: local(5, 3.25), p: hr, dev: dv, ip: ro, app: APPS.exo, res: RES.exo, ua: pc.ua, interactive: false, session: sess, code: 53003, attack: true });
    k.span(hr, dv, local(5, 3.7), local(5, 6.1), fx(px1), [[[APPS.exo, RES.exo], 2], [[APPS.spo, RES.spo], 3], [[APPS.oneDriveSync, RES.spo], 0.5]], sess, { every: 14, attack: true, ua: pc.ua, client: 'Browser' });
    k.span(hr, dv, local(8, 1), local(8, 2.6), fx(px2), [[[APPS.spo, RES.spo], 3], [[APPS.exo, RES.exo], 1]], sess, { every: 9, attack: true, ua: pc.ua, client: 'Browser' });
    return [ro, px1, px2];
  });
}
