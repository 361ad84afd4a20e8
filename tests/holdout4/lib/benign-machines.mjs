// Service accounts, scan-to-mail printers, Teams Rooms, directory sync, app-only service
// principals and managed identities.
import { DAYS, DAY, HOUR, MIN, T0, T1, local, weekday, localHour } from './clock.mjs';
import { APPS, RES, UA } from './catalog.mjs';
import { signIn, spSignIn, miSignIn, refreshes } from './signin.mjs';

export function machines(ctx) {
  const { w } = ctx;
  const rng = ctx.rng;
  const s = w.svc;
  const dc = w.dcIps;

  // WMS sync: ROPC every 15 minutes from the data centre (logged as interactive), legacy script
  {
    const u = s['svc-wms-sync'];
    for (let t = T0 + rng.int(0, 29) * MIN; t < T1; t += 30 * MIN + rng.int(-20, 20) * 1000) {
      signIn(ctx, { t, user: u, app: APPS.aadPs, res: RES.graph, ip: dc[0], ua: UA.winPs51, auth: 'pw', protocol: 'ropc', clientApp: 'Mobile Apps and Desktop clients', browser: '', os: 'Windows' });
    }
  }
  // EDI mailbox poller: IMAP4 every 20 minutes. On day 5 the password was rotated in the vault
  // but not in the poller: it fails for ~5 hours until someone notices.
  {
    const u = s['svc-edi-imap'];
    const brokeAt = local(5, 13.2, 'CET'), fixedAt = local(5, 18.4, 'CET');
    for (let t = T0 + rng.int(0, 19) * MIN; t < T1; t += 20 * MIN + rng.int(-30, 30) * 1000) {
      const code = t >= brokeAt && t < fixedAt ? 50126 : 0;
      signIn(ctx, { t, user: u, app: APPS.owa, res: RES.exo, ip: dc[1], ua: '', auth: 'pw', clientApp: 'IMAP4', code, browser: '', os: '' });
    }
  }
  // Power BI gateway: refresh tokens every 30 minutes, scheduled dataset refreshes at 06:00 and 13:00
  {
    const u = s['svc-pbi-gateway'];
    const sid = rng.guid();
    refreshes(ctx, { user: u, ip: dc[3], ua: UA.pbiGateway, sessionId: sid, mfa: false, browser: '', dev: null }, T0, T1, 30, [{ app: APPS.pbiDesktop, res: RES.pbi }]);
    for (let d = 0; d < DAYS; d++) for (const h of [6, 13]) signIn(ctx, { t: local(d, h + rng.float(0, 0.1), 'CET'), user: u, app: APPS.pbiDesktop, res: RES.pbi, ip: dc[3], ua: UA.pbiGateway, auth: 'pw', protocol: 'ropc', browser: '', os: 'Windows' });
  }
  // reporting scripts: weekday mornings, ROPC via the old AzureAD module
  {
    const u = s['svc-reporting'];
    for (let d = 0; d < DAYS; d++) {
      if (weekday(d) >= 5) continue;
      for (const h of [5.5, 7, 12]) signIn(ctx, { t: local(d, h + rng.float(0, 0.05), 'CET'), user: u, app: APPS.aadPs, res: RES.aad, ip: dc[0], ua: UA.winPs51, auth: 'pw', protocol: 'ropc', browser: '', os: 'Windows' });
    }
  }
  // label printing service (EXO send-as via ROPC) during warehouse shifts
  {
    const u = s['svc-labelprint'];
    for (let t = T0 + 5 * MIN; t < T1; t += 60 * MIN + rng.int(-60, 60) * 1000) {
      const h = localHour(t, 'CET');
      if (h < 5 || h > 23) continue;
      signIn(ctx, { t, user: u, app: APPS.aadPs, res: RES.exo, ip: dc[5], ua: UA.winPs51, auth: 'pw', protocol: 'ropc', browser: '', os: 'Windows' });
    }
  }
  // Azure AD Connect sync account
  {
    const u = s['svc-adsync'];
    u.logUpn = `${w.adSyncName.toLowerCase()}@harbourrailexample.onmicrosoft.com`;
    u.name = 'On-Premises Directory Synchronization Service Account';
    for (let t = T0 + rng.int(0, 29) * MIN; t < T1; t += 30 * MIN + rng.int(-10, 10) * 1000) {
      signIn(ctx, { t, user: u, app: APPS.adConnect, res: RES.aad, ip: dc[2], ua: '', auth: 'pw', interactive: false, browser: '', os: 'Windows', mfa: false });
    }
  }
  // scan-to-mail: Authenticated SMTP from the site NAT during working hours
  for (const k of ['ven', 'dui', 'poz', 'zgz', 'rtm', 'ham', 'mad', 'waw']) {
    const u = s[`scan-${k}`];
    const site = w.sites[k];
    const wh = ['ven', 'dui', 'poz', 'zgz'].includes(k);
    const perDay = { ven: 30, dui: 22, poz: 20, zgz: 12, rtm: 25, ham: 6, mad: 5, waw: 6 }[k];
    for (let d = 0; d < DAYS; d++) {
      if (weekday(d) >= 5 && (!wh || weekday(d) === 6)) continue;
      const n = Math.round(perDay * (weekday(d) >= 5 ? 0.3 : 1) * rng.float(0.7, 1.3));
      for (let i = 0; i < n; i++) {
        const t = local(d, wh ? rng.float(6, 22) : rng.float(8, 17.5), 'CET');
        signIn(ctx, { t, user: u, app: APPS.owa, res: RES.exo, ip: site.ips[0], ua: '', auth: 'pw', clientApp: 'Authenticated SMTP', browser: '', os: '' });
      }
    }
  }
  // Teams Rooms: interactive once at the start, refresh tokens through the day (devices on 24/7)
  for (const r of w.rooms) {
    const site = w.sites[r.site];
    const sid = rng.guid();
    const ip = site.ips[site.ips.length - 1];
    signIn(ctx, { t: T0 + rng.int(60, 600) * MIN, user: r, app: APPS.teamsRooms, res: RES.teams, ip, dev: r.dev, ua: UA.teamsRoom, auth: 'pw', sessionId: sid, browser: 'Edge 120.0.0' });
    refreshes(ctx, { user: r, ip, dev: r.dev, ua: UA.teamsRoom, sessionId: sid, mfa: false, browser: 'Edge 120.0.0' }, T0, T1, 240, [{ app: APPS.teamsRooms, res: RES.teams }, { app: APPS.teamsRooms, res: RES.exo }]);
  }
  // app-only service principals
  for (const sp of Object.values(w.sps)) {
    if (sp.night) {
      for (let d = -1; d < DAYS; d++) {
        const a = local(d, 25 + rng.float(0, 0.2), 'CET'), b = a + rng.float(3.2, 4) * HOUR;
        for (let t = a; t < b; t += sp.every * MIN * rng.float(0.8, 1.2)) if (t >= T0 && t < T1) spSignIn(ctx, { t, sp, ip: sp.ip, res: sp.res, cred: sp.cred });
      }
      continue;
    }
    for (let t = T0 + rng.float(0, sp.every) * MIN; t < T1; t += sp.every * MIN * rng.float(0.9, 1.1)) {
      if (sp.cred.until && t > sp.cred.until && sp.next) spSignIn(ctx, { t, sp, ip: sp.nextIp || sp.ip, res: sp.res, cred: sp.next });
      else spSignIn(ctx, { t, sp, ip: sp.ip, res: sp.res, cred: sp.cred });
    }
  }
  // managed identities
  for (const mi of w.mis) {
    for (let t = T0 + rng.float(0, mi.every) * MIN; t < T1; t += mi.every * MIN * rng.float(0.85, 1.15)) {
      if (mi.name === 'hrl-adf-dwh') { const h = localHour(t, 'CET'); if (h < 1 || h > 4) { t += 0; continue; } }
      miSignIn(ctx, { t: t + rng.int(0, 3000), mi, res: mi.res[Math.floor(rng.next() * mi.res.length)] });
    }
  }
}
