// Building blocks the routines share: the tenant's own applications, client profiles, and helpers that
// write one interactive log-in (with the odd typo, KMSI prompt or MFA time-out before it) or a run of
// token refreshes.
import { APP, RES, NATIVE } from './world.mjs';
import { signin, audit, mfaFresh, mfaClaim, userTarget, TENANT, MIN } from './records.mjs';

const own = (id, name, extra = {}) => ({ id, name, owner: TENANT.id, ...extra });
export const OWN = {
  epd: own('5b0c3e8a-7d21-4f6e-9a3b-1c8e4d2f7a90', 'Medisphere EPD', { epd: true }),
  epdMobile: own('e1a7d4c2-3b9f-4e08-8d6a-2f5c9b1e7a34', 'Medisphere EPD Mobile', { epd: true }),
  nedap: own('7c4e2b91-5a3d-4f8e-b2c6-9d1a0e5f3b72', 'Nedap Ons'),
  afas: own('2d9f6a13-8e4b-47c1-a5d0-6b3e9c2f8a15', 'AFAS Online (HR)'),
  topdesk: own('a4b8c2e6-1f3d-4a9b-8c7e-5d2f0a6b9e31', 'TOPdesk'),
  cloverleaf: own('0f3e7a9c-6d2b-4e18-9a5f-3c7b1d8e2a46', 'Cloverleaf Mail Connector'),
  rhapsody: own('b7d1e4a2-9c6f-4b3e-8a0d-2e5f7c9b1a68', 'Rhapsody Notifications'),
  sectra: own('c2a5f8e1-4d7b-4c9a-b3e6-8f1d0a2c5e97', 'Sectra UniView Notifier'),
  glims: own('d9e3b6a4-2f8c-4d1e-a7b5-0c6f3e9a1d24', 'GLIMS Mailer'),
  redcap: own('f6a2d9c4-7e1b-4a8f-9d3c-5b0e2a7f4c18', 'REDCap SICR'),
};
for (const a of Object.values(OWN)) a.res = { id: a.id, name: a.name, owner: TENANT.id };

// apps a client refreshes tokens for, by platform
export const REFRESH = {
  win: [[APP.teams, RES.teamsSvc, 'teams', 30], [APP.teams, RES.skype, 'teams', 8], [APP.office, RES.exchange, 'outlook', 25], [APP.oneDriveSync, RES.sharepoint, 'onedrive', 15], [APP.office, RES.graph, 'outlook', 10], [APP.edge, RES.graph, 'edge', 8], [APP.office, RES.substrate, 'outlook', 4]],
  mac: [[APP.teams, RES.teamsSvc, 'teams', 30], [APP.office, RES.exchange, 'outlook', 25], [APP.oneDriveSync, RES.sharepoint, 'onedrive', 12], [APP.office, RES.graph, 'outlook', 8]],
  phone: [[APP.teams, RES.teamsSvc, 'teams', 40], [APP.outlookMobile, RES.exchange, 'outlook', 35], [APP.broker, RES.graph, 'signin', 10], [APP.outlookMobile, RES.substrate, 'outlook', 5], [APP.teams, RES.skype, 'teams', 10]],
  browser: [[APP.owa, RES.exchange, 'web', 45], [APP.officeHome, RES.officeHome, 'web', 25], [APP.teamsWeb, RES.teamsSvc, 'web', 30]],
};

export function makeKit(rng, addr, rows, audits) {
  const add = (u, o) => { const r = signin(rng, addr, u, o); rows.push(r); return r; };
  const addAudit = (o) => { const a = audit(rng, o); audits.push(a); return a; };

  /**
   * An interactive log-in: optional honest hiccups first, then the success. `o` as for signin, plus
   * fresh (true = MFA performed now). Returns the success record (or the last failure if `fail`).
   */
  function login(u, o) {
    let t = o.t;
    const base = { interactive: true, ...o };
    if (!o.noHiccup) {
      if (rng.chance(0.025)) { add(u, { ...base, t: t - rng.int(15, 90) * 1000, code: 50126, methods: ['Password'], mfa: null }); }
      if (o.fresh && rng.chance(0.018)) {
        add(u, { ...base, t: t - rng.int(70, 200) * 1000, code: 500121, additional: rng.pick(['MFA denied; user did not respond to mobile app notification', 'MFA denied; user declined the authentication', 'MFA denied; duplicate authentication attempt']), authReq: 'multiFactorAuthentication', mfa: null, caMfa: true });
      }
      // the usual "MFA required" interrupt written just before a sign-in that then performs MFA
      if (o.fresh && rng.chance(0.3)) add(u, { ...base, t: t - rng.int(8, 40) * 1000, code: 50074, authReq: 'multiFactorAuthentication', mfa: null, methods: ['Password'] });
      if (o.clientApp === 'Browser' && rng.chance(0.04)) { add(u, { ...base, t: t - rng.int(3, 12) * 1000, code: 50140, mfa: null }); }
    }
    const m = u.mfaSwitch && t >= u.mfaSwitch ? 'Mobile app notification' : u.mfaMethod;
    const mfa = o.mfa !== undefined ? o.mfa : o.fresh ? mfaFresh(m, m === 'Text message' ? '+XX XXXXXXX' + rng.int(10, 99) : '') : o.authReq === 'multiFactorAuthentication' ? mfaClaim() : null;
    const methods = o.methods ?? (o.fresh ? (m === 'Windows Hello for Business' ? ['Windows Hello for Business'] : m === 'FIDO2 security key' ? ['FIDO'] : ['Password', m === 'Text message' ? 'SMS' : m === 'OATH verification code' ? 'App Verification code' : 'Authenticator App']) : ['Password']);
    return add(u, { ...base, t, mfa, methods, code: o.code ?? 0 });
  }

  /** n token refreshes between t0 and t1; ipFn() gives the address of each (mobile networks change) */
  function refreshes(u, t0, t1, n, o) {
    const set = REFRESH[o.kind];
    const prof = o.native;
    for (let i = 0; i < n; i++) {
      const [app, res, uaKey, ] = rng.weighted(set.map((x) => [x[3], x]));
      const t = t0 + rng.next() * Math.max(0, t1 - t0);
      const ua = o.kind === 'browser' ? o.ua.ua : prof[uaKey] || prof.teams;
      const fail = rng.chance(o.failRate ?? 0.012);
      add(u, {
        t, ip: o.ipFn ? o.ipFn(t) : o.ip, app, res, interactive: false, device: o.device ?? null, ua,
        browser: o.kind === 'browser' ? o.ua.browser : prof.browser, os: o.kind === 'browser' ? o.ua.os : prof.os,
        clientApp: o.kind === 'browser' ? 'Browser' : 'Mobile Apps and Desktop clients', session: o.session,
        authReq: o.authReq ?? 'singleFactorAuthentication', mfa: o.authReq === 'multiFactorAuthentication' ? mfaClaim() : null,
        incoming: o.incoming ?? 'none', code: fail ? rng.weighted([[40, 50173], [30, 700082], [20, 70043], [10, 50058]]) : 0,
        methods: [], attack: o.attack,
      });
    }
  }
  return { add, addAudit, login, refreshes, rng, addr, rows, audits };
}

export const nativeOf = (u) => NATIVE[u.phone.platform];
export const target = userTarget;
export { MIN };
