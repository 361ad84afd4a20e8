// Benign flows that span sign-ins and audit: user consents to common apps (and those apps' back ends refreshing
// delegated tokens from their clouds), invited guests redeeming and signing in, researchers' app registrations.
import { APP, RES, UA } from './apps.mjs';
import { MIN, SEC, HOUR, END } from './calendar.mjs';

export function extras(ctx) {
  const { rng, T, reg, F, A } = ctx;
  const vendorTenant = new Map();
  for (const c of ctx.consents) {
    const { u, a, t, net } = c;
    if (!vendorTenant.has(a.name)) vendorTenant.set(a.name, { tenant: rng.guid(), cloud: rng.pick(['awsUS', 'awsUSW', 'gcpUS']) });
    const vt = vendorTenant.get(a.name);
    const d0 = u.devices.laptop;
    const dv = { id: d0.id, os: d0.os, browser: d0.browser, compliant: d0.compliant, managed: d0.managed, join: d0.join };
    const pol = ctx.H.policy(u, net, {}, d0);
    const sid = d0.sess?.sid ?? rng.guid();
    const app = { name: a.name, id: a.id, owner: vt.tenant };
    F.signIn({ t: t - 40 * SEC, user: u, app, res: RES.graph, net, dev: dv, ua: d0.ua, client: 'Browser', code: 65001, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', sid });
    F.signIn({ t: t - 5 * SEC, user: u, app, res: RES.graph, net, dev: dv, ua: d0.ua, client: 'Browser', code: 0, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', mfaRes: pol.need ? 'MFA requirement satisfied by claim in the token' : '', mfaMethod: pol.need ? 'Previously satisfied' : '', sid });
    A.consent(t, u, net.ip, a, a.scopes, { ua: d0.ua, newSp: c.newSp });
    if (a.scopes.includes('offline_access')) {
      // the vendor's back end redeems the refresh token from its cloud (confidential client)
      const cloud = reg.pool(vt.cloud, 2, 'use');
      let tt = t + rng.float(5, 40) * MIN;
      while (tt < END) {
        F.signIn({ t: tt, ni: true, user: u, app, res: RES.graph, net: rng.pick(cloud), dev: { id: '', os: '', browser: '' }, ua: '', client: 'Mobile Apps and Desktop clients', cred: 'Client secret', code: 0, mfa: pol.need, ca: pol.applied ? 'Success' : 'Not Applied', mfaRes: pol.need ? 'MFA requirement satisfied by claim in the token' : '', sid });
        tt += rng.float(3, 14) * HOUR;
      }
    }
  }
  for (const { g, t } of ctx.newGuests) {
    const isp = { 'unb.example.ca': 'rogersNB', 'mun-ocean.example.ca': 'aliant', 'whoi-partner.example.org': 'comcast', 'ifremer-collab.example.fr': 'orangefr', 'gmail.com': 'bellTor', 'outlook.com': 'videotron' }[g.upn.split('@')[1]];
    const home = reg.home(isp);
    const ua = rng.pick([UA.chromeWin, UA.safariMac, UA.edgeWin]);
    const dv = { id: '', os: ua.includes('Mac') ? 'MacOs' : 'Windows 10', browser: ua.includes('Edg') ? 'Edge 142.0.0' : ua.includes('Mac') ? 'Safari 26.0' : 'Chrome 142.0.0' };
    const t1 = t + rng.float(0.3, 20) * HOUR;
    if (t1 >= END) continue;
    const sid = rng.guid();
    F.signIn({ t: t1, user: g, app: APP.teamsWeb, res: RES.teamsSvc, net: home, dev: dv, ua, code: 0, mfa: true, ca: 'Success', mfaRes: 'MFA successfully completed', mfaMethod: 'Mobile app notification', sid });
    A.redeem(t1 + 20 * SEC, g, home.ip);
    for (let k = rng.int(1, 4); k > 0; k--) {
      const t2 = t1 + rng.float(1, 72) * HOUR;
      if (t2 >= END) continue;
      F.signIn({ t: t2, user: g, app: rng.chance(0.5) ? APP.teamsWeb : APP.spo, res: rng.chance(0.5) ? RES.teamsSvc : RES.spo, net: home, dev: dv, ua, code: 0, mfa: true, ca: 'Success', mfaRes: 'MFA requirement satisfied by claim in the token', mfaMethod: 'Previously satisfied', sid });
    }
  }
  // researchers' app registrations: the researcher then uses the app (interactive, localhost redirect) from campus
  for (const { u, app, t, net } of ctx.appRegs) {
    const d0 = u.devices.laptop;
    F.signIn({ t: t + rng.int(30, 90) * MIN, user: u, app: { name: app.name, id: app.id, owner: T.id }, res: RES.graph, net, dev: { id: d0.id, os: d0.os, browser: d0.browser, compliant: d0.compliant, managed: d0.managed, join: d0.join }, ua: d0.ua, code: 0, mfa: false, ca: 'Not Applied', sid: rng.guid() });
  }
}
