// Role routines: crew, airport kiosks, hangars, OCC, head office, IT, the Riga service desk,
// guests, service accounts.
import { START, DAYS, HOUR, MIN, DAY } from './world.mjs';
import { BASES } from './tenant.mjs';
import { poisson, localHour } from './kit.mjs';
import { crewTimeline, officeTimeline, shiftTimeline, phoneActivity, padActivity, laptopActivity, hotelIp, atLocal, SITE_OF } from './routines.mjs';

const inRange = (t) => t >= START && t < START + DAYS * DAY;

export function buildTimelines(rng, people) {
  for (const p of people) {
    const r = rng.fork('tl:' + p.id);
    if (p.role === 'pilot' || p.role === 'cabin') p.tl = crewTimeline(r, p);
    else if (p.role === 'ground') p.tl = shiftTimeline(r, p, BASES[p.base].site, p.base === 'OSL' ? [[5, 8], [13, 8], [21, 8]] : [[5, 8], [13, 8]], [5, 3]);
    else if (p.role === 'tech') p.tl = shiftTimeline(r, p, BASES[p.base].hangar, [[7, 8], [15, 8], [23, 8]], [4, 3]);
    else if (p.role === 'occ') p.tl = shiftTimeline(r, p, 'corp-gen', [[7, 12], [19, 12]], [2, 2]);
    else if (p.role === 'sdesk') p.tl = shiftTimeline(r, p, 'tet-riga', [[6, 8], [14, 8], [22, 8]], [5, 2]);
    else if (p.role === 'guest-handling') p.tl = shiftTimeline(r, p, p.base === 'OSL' ? 'broadnet-gen' : 'broadnet-bgo', [[5, 8], [13, 8]], [5, 3]);
    else if (p.role === 'office' || p.role === 'it') {
      const f = r.next();
      p.ferie = p.ferie || (f < 0.11 ? 'hytte' : f < 0.24 ? 'home' : null);
      p.tl = officeTimeline(r, p, 'corp-gen');
    }
    if (p.tl) for (let i = 1; i < p.tl.segs.length; i++) if (p.tl.segs[i].a < p.tl.segs[i - 1].b) throw new Error(`overlapping timeline for ${p.upn}`);
  }
}

export function crewLife(ctx, p) {
  phoneActivity(ctx, p, 0.13);
  padActivity(ctx, p);
  const { rng } = ctx;
  const hasLaptop = rng.chance(p.role === 'pilot' ? 0.3 : 0.15);
  const laptopUa = rng.chance(0.6) ? 'winChrome' : 'macSafari';
  for (const s of p.tl.segs) {
    if (!inRange(s.a)) continue;
    if (s.kind === 'hotel' && hasLaptop && rng.chance(0.45)) {
      // a personal laptop on the hotel Wi-Fi: crew portal and mail in the browser, MFA on the phone
      const t = s.a + rng.int(60, 240) * MIN;
      const ip = hotelIp(ctx, p, s);
      if (s.foreign && rng.chance(0.2)) {
        // the push does not arrive (phone on flaky roaming data) - then the code from the Authenticator app
        ctx.emit(p, { t: t - 3 * MIN, app: 'officeHome', res: 'officeHome', ip, ua: laptopUa, auth: 'password-mfafail', err: 500121, mfaFailDetail: 'MFA denied; user did not respond to mobile app notification' });
        ctx.emit(p, { t, app: 'officeHome', res: 'officeHome', ip, ua: laptopUa, auth: 'password+mfa', mfaMethod: 'OATH verification code' });
      } else if (s.foreign && rng.chance(0.12)) {
        ctx.emit(p, { t, app: 'officeHome', res: 'officeHome', ip, ua: laptopUa, auth: 'password+mfa', risky: true, risk: { level: rng.pick(['low', 'medium']), types: ['unfamiliarFeatures'], state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy' } });
      } else ctx.emit(p, { t, app: 'officeHome', res: 'officeHome', ip, ua: laptopUa, auth: 'password+mfa' });
      ctx.emit(p, { t: t + rng.int(2, 30) * MIN, app: 'opsPortal', res: 'graph', ip, ua: laptopUa, auth: 'sso-mfa' });
      if (rng.chance(0.15)) ctx.emit(p, { t: t + rng.int(31, 60) * MIN, app: 'spo', res: 'spo', ip, ua: laptopUa, auth: 'sso-mfa', err: 53000, ca: [['mfa', 'success', ['Mfa']], ['efb', 'failure', ['RequireCompliantDevice']]] });
      poisson(rng, t + 5 * MIN, t + 150 * MIN, 1.2, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'officeHome', res: 'exo', ip, ua: laptopUa, mfa: true }));
    }
    if (s.kind === 'home' && !p.pad && rng.chance(0.25)) {
      // cabin crew without a tablet check the roster in the crew app on the phone
      const t = s.a + rng.int(30, 300) * MIN;
      const h = localHour(t, 1);
      if (h > 7 && h < 23 && t < s.b) ctx.emit(p, { t, app: 'crewApp', res: 'graph', ip: rng.chance(0.7) ? p.household.ip : ctx.mobileIp(p.phone, p.mobile, t), ua: p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome', device: p.phone, session: p.phoneSession, auth: 'sso-mfa' });
    }
  }
  payslip(ctx, p);
}

function payslip(ctx, p) {
  const { rng } = ctx;
  const n = rng.int(0, 2);
  for (let i = 0; i < n; i++) {
    const t = START + rng.real(0, DAYS * DAY);
    const s = p.tl.segs.find((x) => t >= x.a && t < x.b);
    if (!s || s.kind === 'flight' || s.kind === 'out') continue;
    const h = localHour(t, s.off ?? 1); if (h < 8 || h > 22) continue;
    let ip;
    if (s.kind === 'home') ip = p.household.ip; else if (s.kind === 'hotel') ip = hotelIp(ctx, p, s); else if (s.kind === 'away') ip = ctx.mobileIp(p.phone, s.net, t); else ip = ctx.mobileIp(p.phone, p.mobile || 'telenor-mob', t);
    ctx.emit(p, { t, app: 'myhr', res: 'graph', ip, ua: p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome', device: p.phone, auth: 'sso-mfa', session: p.phoneSession });
  }
}

export function groundLife(ctx, p, kiosks) {
  const { rng } = ctx;
  if (rng.chance(0.6)) phoneActivity(ctx, p, 0.08);
  const site = BASES[p.base].site;
  for (const s of p.tl.segs) {
    if (s.kind !== 'work' || !inRange(s.a)) continue;
    const ip = ctx.site(site);
    const logins = 1 + (rng.chance(0.6) ? 1 : 0) + (rng.chance(0.3) ? 1 : 0);
    for (let k = 0; k < logins; k++) {
      const kiosk = rng.pick(kiosks[p.base]);
      let t = s.a + (k === 0 ? rng.int(1, 12) : rng.int(60, (s.b - s.a) / MIN - 30)) * MIN;
      // shared kiosks: typos, caps lock, the previous agent's session still open
      if (rng.chance(0.16)) {
        const n = rng.chance(0.8) ? 1 : rng.int(2, 4);
        for (let i = 0; i < n; i++) { ctx.emit(p, { t, app: 'dcs', res: ['3c9a5e71-0b2d-4f86-a4e3-7d1c9b2f5e08', 'Amadeus Altea DCS'], ip, ua: 'kiosk', device: kiosk, auth: 'password', err: 50126, loginHint: false }); t += rng.int(15, 70) * 1000; }
        if (n >= 4 && rng.chance(0.3)) { ctx.emit(p, { t, app: 'dcs', res: ['3c9a5e71-0b2d-4f86-a4e3-7d1c9b2f5e08', 'Amadeus Altea DCS'], ip, ua: 'kiosk', device: kiosk, auth: 'password', err: 50053 }); t += rng.int(5, 20) * MIN; }
      }
      if (rng.chance(0.004)) { ctx.emit(p, { t, app: 'dcs', res: ['3c9a5e71-0b2d-4f86-a4e3-7d1c9b2f5e08', 'Amadeus Altea DCS'], ip, ua: 'kiosk', device: kiosk, auth: 'password', err: 50055 }); t += rng.int(2, 6) * MIN; }
      const session = rng.guid();
      ctx.emit(p, { t, app: 'dcs', res: ['3c9a5e71-0b2d-4f86-a4e3-7d1c9b2f5e08', 'Amadeus Altea DCS'], ip, ua: 'kiosk', device: kiosk, auth: 'password', session, protocol: 'none' });
      if (rng.chance(0.5)) ctx.emit(p, { t: t + rng.int(1, 20) * MIN, app: 'officeHome', res: 'officeHome', ip, ua: 'kiosk', device: kiosk, auth: 'sso', session });
      poisson(rng, t + 5 * MIN, Math.min(s.b, t + 4 * HOUR), 0.35, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'officeHome', res: 'exo', ip, ua: 'kiosk', device: kiosk, session }));
    }
  }
  payslip(ctx, p);
}

export function techLife(ctx, p, stations) {
  const { rng } = ctx;
  phoneActivity(ctx, p, 0.09);
  if (p.laptop) laptopActivity(ctx, p, { rate: 0.6 });
  const site = BASES[p.base].hangar;
  for (const s of p.tl.segs) {
    if (s.kind !== 'work' || !inRange(s.a)) continue;
    const ip = ctx.site(site);
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const st = rng.pick(stations[p.base]);
      let t = s.a + rng.int(5, Math.max(6, (s.b - s.a) / MIN - 40)) * MIN;
      if (rng.chance(0.07)) { ctx.emit(p, { t, app: 'amos', res: ['e4d2b6a8-1c3f-4e57-9b0a-2f8d6c4e1a93', 'AMOS Maintenance'], ip, ua: 'winEdge', device: st, auth: 'password', err: 50126 }); t += rng.int(20, 60) * 1000; }
      const session = rng.guid();
      ctx.emit(p, { t, app: 'amos', res: ['e4d2b6a8-1c3f-4e57-9b0a-2f8d6c4e1a93', 'AMOS Maintenance'], ip, ua: 'winEdge', device: st, auth: 'password', session });
      poisson(rng, t + 5 * MIN, Math.min(s.b, t + 3 * HOUR), 0.5, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'amos', res: ['e4d2b6a8-1c3f-4e57-9b0a-2f8d6c4e1a93', 'AMOS Maintenance'], ip, ua: 'winEdge', device: st, session }));
    }
  }
  payslip(ctx, p);
}

export function officeLife(ctx, p) {
  const { rng } = ctx;
  phoneActivity(ctx, p, 0.11);
  if (p.ferie === 'phuket') {
    // winter holiday in Thailand: the phone's browser on the hotel Wi-Fi, once flagged as unfamiliar
    const h = p.tl.segs.find((x) => x.kind === 'hotel');
    if (h) {
      const n = rng.int(2, 4);
      for (let i = 0; i < n; i++) {
        const t = h.a + rng.real(0.05, 0.95) * (h.b - h.a);
        const lh = localHour(t, 7); if (lh < 8 || lh > 22) continue;
        ctx.emit(p, { t, app: rng.pick(['officeHome', 'myhr']), res: 'officeHome', ip: hotelIp(ctx, p, h), ua: p.phoneUa === 'iphone' ? 'iphoneApp' : 'androidChrome', device: p.phone, auth: 'password+mfa', risky: i === 0,
          risk: i === 0 ? { level: 'medium', types: ['unfamiliarFeatures'], state: 'remediated', detail: 'userPassedMFADrivenByRiskBasedPolicy' } : undefined });
      }
    }
  }
  laptopActivity(ctx, p, { rate: p.role === 'occ' ? 0.6 : 0.65, extra: (s, t0, t1, ip0, session) => {
    if (p.role === 'occ' && inRange(t0)) ctx.emit(p, { t: t0 + rng.int(5, 20) * MIN, app: 'opsPortal', res: 'graph', ip: ip0, ua: 'winEdge', device: p.laptop, session, auth: 'sso-mfa' });
    if (p.role === 'it') itDay(ctx, p, s, t0, t1, ip0, session);
  } });
  payslip(ctx, p);
}

function itDay(ctx, p, s, t0, t1, ip0, session) {
  const { rng } = ctx;
  if (!inRange(t0)) return;
  const dev = p.laptop;
  if (p.admin) {
    const t = t0 + rng.int(10, 60) * MIN;
    ctx.emit(p, { t, app: 'azurePortal', res: 'arm', ip: ip0, ua: 'winEdge', device: dev, session, auth: 'fido', adminApp: true });
    poisson(rng, t + 2 * MIN, Math.min(t1, t + 3 * HOUR), 2.0, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'azurePortal', res: rng.pick(['arm', 'graph', 'aad']), ip: ip0, ua: 'winEdge', device: dev, session, mfa: true, adminApp: true }));
    if (rng.chance(0.25)) ctx.emit(p, { t: t + rng.int(30, 200) * MIN, app: 'exoPs', res: 'exo', ip: ip0, ua: 'pwsh', device: dev, session, auth: 'sso-mfa', adminApp: true });
    if (rng.chance(0.3)) ctx.emit(p, { t: t + rng.int(30, 200) * MIN, app: 'graphCli', res: 'graph', ip: ip0, ua: 'pwsh', device: dev, session, auth: 'sso-mfa', adminApp: true, scope: '["User.Read.All","Group.ReadWrite.All","Policy.Read.All"]' });
  }
  if (p.dev) {
    if (rng.chance(0.55)) {
      const t = t0 + rng.int(15, 120) * MIN;
      const wsl = p.wslDeviceCode && rng.chance(0.35);
      // az login --use-device-code inside WSL: an honest device-code sign-in from the same desk
      ctx.emit(p, { t, app: 'azureCli', res: 'arm', ip: ip0, ua: wsl ? 'azCliLinux' : 'azCli', device: wsl ? null : dev, auth: wsl ? 'password+mfa' : 'sso-mfa', protocol: wsl ? 'deviceCode' : 'none', transfer: wsl ? 'deviceCodeFlow' : 'none', loginHint: !wsl });
      poisson(rng, t + 5 * MIN, Math.min(t1, t + 4 * HOUR), 1.5, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'azureCli', res: rng.chance(0.8) ? 'arm' : 'graph', ip: ip0, ua: wsl ? 'azCliLinux' : 'azCli', device: wsl ? null : dev, mfa: true, transfer: wsl ? 'deviceCodeFlow' : 'none' }));
    }
    if (rng.chance(0.35)) {
      const t = t0 + rng.int(30, 300) * MIN;
      if (t < t1) {
        ctx.emit(p, { t, app: 'vscode', res: 'arm', ip: ip0, ua: 'vscode', device: dev, auth: 'sso-mfa', session });
        poisson(rng, t + 5 * MIN, Math.min(t1, t + 3 * HOUR), 1, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'vscode', res: 'arm', ip: ip0, ua: 'vscode', device: dev, mfa: true, session }));
      }
    }
    if (rng.chance(0.15)) ctx.emit(p, { t: t0 + rng.int(30, 300) * MIN, app: 'azurePs', res: 'arm', ip: ip0, ua: 'pwsh', device: dev, auth: 'sso-mfa', session });
  }
}

export function sdeskLife(ctx, p) {
  const { rng } = ctx;
  laptopActivity(ctx, p, { rate: 0.5, extra: (s, t0, t1, ip0, session) => {
    if (!inRange(t0)) return;
    const t = t0 + rng.int(3, 15) * MIN;
    ctx.emit(p, { t, app: 'servicenow', res: ['a2c4e6f8-0b1d-4f3a-9c5e-7d9f1b3a5c70', 'ServiceNow - Nordlys IT'], ip: ip0, ua: 'winEdge', device: p.laptop, session, auth: 'sso-mfa' });
    ctx.emit(p, { t: t + rng.int(2, 20) * MIN, app: 'azurePortal', res: 'graph', ip: ip0, ua: 'winEdge', device: p.laptop, session, auth: 'fido' });
    poisson(rng, t + 20 * MIN, t1, 1.2, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'azurePortal', res: rng.pick(['graph', 'aad']), ip: ip0, ua: 'winEdge', device: p.laptop, session, mfa: true }));
  } });
}

export function guestLife(ctx, p) {
  const { rng } = ctx;
  if (p.role === 'guest-handling') {
    for (const s of p.tl.segs) {
      if (s.kind !== 'work' || !inRange(s.a) || rng.chance(0.35)) continue;
      const ip = ctx.site(s.net);
      const t = s.a + rng.int(10, 200) * MIN;
      ctx.emit(p, { t, app: 'spo', res: 'spo', ip, ua: 'winChrome', auth: 'sso-mfa' });
      poisson(rng, t + 5 * MIN, Math.min(s.b, t + 3 * HOUR), 0.6, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'teams', res: 'teams', ip, ua: 'winChrome', mfa: true }));
    }
  } else {
    // lessor engineers in Dublin, one of them at the Bergen hangar for a redelivery inspection
    for (let d = 0; d < DAYS; d++) {
      if (d % 7 >= 5 || rng.chance(0.45)) continue;
      const visiting = p.visitor && (d === 8 || d === 9);
      const ip = visiting ? ctx.site('corp-bgo') : ctx.site('eir-dub');
      const t = atLocal(d, rng.real(visiting ? 8 : 9.5, 16), visiting ? 1 : 0);
      ctx.emit(p, { t, app: 'spo', res: 'spo', ip, ua: 'winEdge', auth: 'sso-mfa' });
      poisson(rng, t + 5 * MIN, t + 2 * HOUR, 0.8, (tt) => ctx.emit(p, { t: tt, ni: true, app: 'spo', res: 'spo', ip, ua: 'winEdge', mfa: true }));
    }
  }
}

export function serviceLife(ctx, svc, people) {
  const { rng } = ctx;
  const get = (l) => people.find((p) => p.local === l);
  const crewplan = get('svc-crewplan'), smtp = get('svc-smtp-relay'), scan = get('svc-scanner-bgo'), efb = get('svc-efb-sync');
  const rot = START + 9 * DAY + 9.5 * HOUR; // password rotated Wed 18 Feb 10:30 local; the vendor catches up 47 minutes later
  for (let t = START + rng.int(0, 29) * MIN; t < START + DAYS * DAY; t += 30 * MIN + rng.int(-40, 40) * 1000) {
    const ip = ctx.site('aws-eun1', rng.int(0, 1));
    const fail = t > rot && t < rot + 47 * MIN;
    ctx.emit(crewplan, { t, app: 'crewplan', res: 'graph', ip, ua: 'javaRopc', auth: 'password', err: fail ? 50126 : 0, protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', ropc: true, loginHint: false });
    if (fail) { const t2 = t + 5 * MIN; ctx.emit(crewplan, { t: t2, app: 'crewplan', res: 'graph', ip, ua: 'javaRopc', auth: 'password', err: 50126, protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', ropc: true, loginHint: false }); }
  }
  for (let d = 0; d < DAYS; d++) {
    const work = d % 7 < 5;
    poisson(rng, atLocal(d, 6), atLocal(d, 20), work ? 1.6 : 0.3, (t) => ctx.emit(smtp, { t, app: 'owa', res: 'exo', ip: ctx.site('corp-dc'), ua: 'smtp', auth: 'password', clientApp: 'Authenticated SMTP', legacy: true, legacyExcluded: true }));
    if (work) poisson(rng, atLocal(d, 7), atLocal(d, 18), 0.5, (t) => ctx.emit(scan, { t, app: 'owa', res: 'exo', ip: ctx.site('corp-bgo'), ua: 'smtp', auth: 'password', clientApp: 'Authenticated SMTP', legacy: true, legacyExcluded: true }));
    for (let k = 0; k < 4; k++) ctx.emit(efb, { t: atLocal(d, 1 + k * 6) + rng.int(0, 300) * 1000, app: 'efb', res: 'spo', ip: ctx.site('corp-dc'), ua: 'javaRopc', auth: 'password', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', ropc: true, loginHint: false });
  }
  for (const room of ['mtr-gen-fjord', 'mtr-gen-nordlys'].map(get)) {
    const dev = { id: rng.guid(), name: `MTR-${room.local.slice(8).toUpperCase()}`, os: 'Windows10', compliant: true, managed: true, trust: 'Azure AD joined' };
    const session = rng.guid();
    for (let d = 0; d < DAYS; d++) ctx.emit(room, { t: atLocal(d, 3) + rng.int(0, 600) * 1000, app: 'teams', res: 'teams', ip: ctx.site('corp-gen'), ua: 'winRich', device: dev, session, auth: 'password', clientApp: 'Mobile Apps and Desktop clients' });
    poisson(rng, START, START + DAYS * DAY, 0.9, (t) => ctx.emit(room, { t, ni: true, app: 'teams', res: rng.pick(['teams', 'exo', 'graph']), ip: ctx.site('corp-gen'), ua: 'winRich', device: dev, session }));
  }
}
