// Session helpers shared by the benign routines and the attacks: a session is one device on one
// address; its records share the session id, and each client's refreshes share a correlation id.
import { signIn } from './signin.mjs';
import { APP, UA } from './catalog.mjs';
import { namedFor } from './plans.mjs';

export function makeCtx(rng, reg, tenant) {
  return { rng, reg, tenant, inter: [], non: [], owner: 'benign' };
}

export function session(ctx, u, dev, ip) {
  return { id: ctx.rng.uuid(), u, dev, ip, ipi: ctx.reg.info(ip), corr: new Map() };
}
export function moveSession(ctx, s, ip) { s.ip = ip; s.ipi = ctx.reg.info(ip); }

const BROWSER_UA = { win: UA.winEdge, mac: null, linux: UA.linuxEdge, ios: UA.iosSafari, android: UA.androidChrome };
export function browserUa(dev) {
  if (!dev) return UA.winChrome;
  if (dev.kind === 'mac') return dev.browser.startsWith('Safari') ? UA.macSafari : UA.macChrome;
  if (dev.kind === 'linux') return dev.browser.startsWith('Firefox') ? UA.linuxFirefox : UA.linuxEdge;
  return BROWSER_UA[dev.kind] || UA.winChrome;
}
export function appUa(dev, app) {
  const k = dev?.kind || 'win';
  if (app === APP.teams) return k === 'ios' ? UA.teamsIos : k === 'android' ? UA.teamsAndroid : k === 'mac' ? UA.teamsMac : UA.teamsWin;
  if (app === APP.outlookMobile) return k === 'ios' ? UA.outlookIos : UA.outlookAndroid;
  if (app === APP.azCli) return k === 'mac' ? UA.azCliMac : k === 'linux' || k === 'box' ? UA.azCliLinux : UA.azCliWin;
  if (app === APP.azPs) return UA.azPs;
  if (app === APP.vscode) return UA.vscode;
  if (app === APP.graphCli) return UA.graphPs;
  if (app === APP.winSignIn || app === APP.broker) return k === 'win' ? UA.winBroker : '';
  if (app === APP.edge || app === APP.officeHome || app === APP.owa || app === APP.portal || app === APP.entraPortal || app === APP.mySignins || app === APP.myApps) return browserUa(dev);
  return '';
}

function push(ctx, rec) { (rec.isInteractive ? ctx.inter : ctx.non).push(rec); rec._owner = ctx.owner; return rec; }

function base(ctx, s, t, app, res, o) {
  const dev = s.dev && s.dev.kind !== 'box' ? s.dev : null;
  return signIn({
    rng: ctx.rng, tenant: ctx.tenant, t, u: s.u, app, res, ipi: s.ipi, dev: o.dev === undefined ? dev : o.dev, session: s.id,
    named: namedFor(ctx.reg, s.ip), ...o,
  });
}

/** Non-interactive token refresh by `app` for `res`. */
export function refresh(ctx, s, t, app, res, o = {}) {
  let corr = s.corr.get(app.id);
  if (!corr) { corr = ctx.rng.uuid(); s.corr.set(app.id, corr); }
  const prt = s.dev && s.dev.kind === 'win' && o.prt !== false;
  return push(ctx, base(ctx, s, t, app, res, {
    inter: false, corr, ua: o.ua ?? appUa(s.dev, app), steps: o.code ? [] : ['prev'], mfa: o.mfa ?? true,
    addl: o.code ? null : (o.mfa ?? true) ? 'MFA requirement satisfied by claim in the token' : null,
    incoming: prt ? 'primaryRefreshToken' : 'none', clientApp: 'Mobile Apps and Desktop clients', ...o,
  }));
}

/** Interactive single sign-on with an existing session (PRT or browser cookie). */
export function sso(ctx, s, t, app, res, o = {}) {
  const prt = s.dev && s.dev.kind === 'win';
  return push(ctx, base(ctx, s, t, app, res, {
    inter: true, ua: o.ua ?? appUa(s.dev, app) ?? browserUa(s.dev), steps: [prt ? 'prt' : 'prev', 'mfaPrev'],
    addl: 'MFA requirement satisfied by claim in the token', incoming: prt ? 'primaryRefreshToken' : 'none',
    clientApp: 'Browser', ...o,
  }));
}

/** Fresh interactive authentication: optional wrong passwords, MFA interrupt, success, KMSI prompt. */
export function fresh(ctx, s, t, app, res, o = {}) {
  const r = ctx.rng, method = o.method || s.u.mfa || 'push', corr = r.uuid();
  const ua = o.ua ?? (appUa(s.dev, app) || browserUa(s.dev)), clientApp = o.clientApp || 'Browser';
  const common = { inter: true, ua, corr, clientApp, ...o.extra };
  let tt = t;
  for (let i = 0; i < (o.bad || 0); i++) { push(ctx, base(ctx, s, tt, app, res, { ...common, code: 50126, steps: ['badPassword'] })); tt += r.int(6, 40) * 1000; }
  if (method === 'fido') {
    push(ctx, base(ctx, s, tt, app, res, { ...common, steps: ['fido'], mfa: true, addl: 'MFA completed in Azure AD' }));
  } else if (method === 'whfb') {
    push(ctx, base(ctx, s, tt, app, res, { ...common, steps: ['whfb'], mfa: true, addl: 'MFA requirement satisfied by claim in the token' }));
  } else {
    push(ctx, base(ctx, s, tt, app, res, { ...common, code: 50074, steps: ['password', 'pushPending'], mfa: true }));
    tt += r.int(8, 45) * 1000;
    for (let i = 0; i < (o.mfaFail || 0); i++) {
      push(ctx, base(ctx, s, tt, app, res, { ...common, code: 500121, steps: ['password', r.chance(0.7) ? 'pushTimeout' : 'pushDenied'], mfa: true }));
      tt += r.int(30, 120) * 1000;
    }
    const m = { push: 'push', otp: 'otp', sms: 'sms' }[method] || 'push';
    if (o.kmsi) { push(ctx, base(ctx, s, tt, app, res, { ...common, code: 50140, steps: ['password', m], mfa: true })); tt += r.int(3, 15) * 1000; }
    push(ctx, base(ctx, s, tt, app, res, { ...common, steps: ['password', m], mfa: true, addl: 'MFA completed in Azure AD' }));
  }
  return tt;
}

/** Any interactive record with explicit options. */
export function raw(ctx, s, t, app, res, o) { return push(ctx, base(ctx, s, t, app, res, { inter: true, ...o })); }
