// A working day of a Meridianloop employee: laptop blocks, phone, cloud dev boxes, on-call nights.
import { APP, RES, SAAS } from './catalog.mjs';
import { CITIES } from './places.mjs';
import { DAYS, where } from './plans.mjs';
import { session, moveSession, refresh, sso, fresh, raw, appUa, browserUa } from './emit.mjs';

const HOUR = 3_600_000, DAY = 24 * HOUR;
const BOX_REGION = { US: 'ash', CA: 'ash', MX: 'ash', BR: 'sao', AR: 'sao', CO: 'sao', IN: 'sin', PH: 'sin', SG: 'sin', JP: 'sin', AU: 'syd', NZ: 'syd' };
const AMER = new Set(['US', 'CA', 'MX', 'BR', 'AR', 'CO']), APAC = new Set(['IN', 'PH', 'SG', 'JP', 'AU', 'NZ']);
const regionOf = (u) => (AMER.has(u.cc) ? 'amer' : APAC.has(u.cc) ? 'apac' : 'emea');

export function makeRoutine(ctx, P, START) {
  const { rng, reg } = ctx, END = START + DAYS * DAY;
  const at = (u, d, h) => START + d * DAY + Math.round((h - u.tz) * HOUR) + rng.int(0, 59_999);
  const ok = (t) => t >= START && t < END;
  const onCall = new Map();
  return {
    at, ok,
    assignOnCall(users) {
      for (const r of ['amer', 'emea', 'apac']) {
        const pool = users.filter((u) => u.special === 'sre' && regionOf(u) === r);
        for (let w = 0; w < 2; w++) if (pool[w]) onCall.set(`${r}:${w}`, pool[w]);
      }
    },
    day(u, d) {
      if (d < u.start || d > u.end) return;
      const wd = ((d % 7) + 7) % 7;
      const work = u.role === 'support' ? (wd !== u.idx % 7 && wd !== (u.idx + 3) % 7) : wd < 5;
      const place = u.days[Math.max(0, Math.min(DAYS, d))];
      if (!work && place.kind !== 'site') return weekend(u, d);
      const startH = Math.max(6.5, Math.min(11, rng.gauss(u.role === 'eng' ? 9.4 : 8.7, 0.7)));
      const blocks = [[startH, startH + 3.5], [startH + 4.5, startH + 8.6]];
      if (u.evening && rng.chance(0.45)) blocks.push([20.3, 22.2]);
      const s = session(ctx, u, u.laptop, where(P, reg, rng, u, d, startH, 'laptop'));
      blocks.forEach(([h0, h1], bi) => {
        moveSession(ctx, s, where(P, reg, rng, u, d, (h0 + h1) / 2, 'laptop'));
        const t0 = at(u, d, h0);
        if (!ok(t0)) return;
        if (bi === 0) firstSignIn(u, d, s, t0);
        else if (rng.chance(0.15)) browse(u, s, at(u, d, rng.float(h0, h1)));
        if (rng.chance(0.12)) browse(u, s, at(u, d, rng.float(h0, h1)));
        const n = (rng.chance(0.45) ? 1 : 0) + (rng.chance(0.35) ? 1 : 0) + (u.role === 'eng' && rng.chance(0.5) ? 1 : 0);
        for (let i = 0; i < n; i++) {
          const t = at(u, d, rng.float(h0, h1)); if (!ok(t)) continue;
          const [app, res] = rng.pick(clients(u));
          const code = rng.chance(0.008) ? 50076 : (wd === 0 && bi === 0 && rng.chance(0.05)) ? 700082 : 0;
          refresh(ctx, s, t, app, res, code ? { code, mfa: false } : {});
        }
        if (['itadmin', 'helpdesk', 'secops'].includes(u.special)) adminWork(u, s, d, h0, h1);
      });
      phone(u, d, [startH, startH + 9]);
      if (u.devbox && rng.chance(0.5)) devbox(u, d, s, startH);
      if (rng.chance(0.015)) byod(u, d, startH);
    },
    onCallNights(users) {
      for (let d = 0; d < DAYS; d++) for (const r of ['amer', 'emea', 'apac']) {
        const u = onCall.get(`${r}:${Math.floor(d / 7)}`);
        if (!u || !rng.chance(0.45)) continue;
        const h = rng.float(0.2, 5), t = at(u, d, h);
        if (!ok(t)) continue;
        const onPhone = u.phone && rng.chance(0.25);
        if (onPhone) { const ps = session(ctx, u, u.phone, where(P, reg, rng, u, d, 23, 'phone')); sso(ctx, ps, t, APP.portal, RES.arm, { ua: browserUa(u.phone) }); }
        const s = session(ctx, u, u.laptop, where(P, reg, rng, u, d, h, 'laptop'));
        const t1 = t + rng.int(3, 9) * 60_000;
        if (u.laptop.kind === 'win' || rng.chance(0.6)) sso(ctx, s, t1, APP.portal, RES.arm); else fresh(ctx, s, t1, APP.portal, RES.arm, { method: u.mfa });
        for (let i = rng.int(4, 12); i > 0; i--) refresh(ctx, s, t1 + rng.int(1, 90) * 60_000, rng.pick([APP.azCli, APP.azCli, APP.portal, APP.azPs]), rng.pick([RES.arm, RES.arm, RES.kv]));
      }
    },
  };

  function clients(u) {
    const xs = [[APP.teams, RES.teams], [APP.teams, RES.skype], [APP.office, RES.exo], [APP.oneDrive, RES.spo], [APP.office, RES.graph]];
    if (u.laptop.kind === 'win') xs.push([APP.winSignIn, RES.aad], [APP.broker, RES.graph], [APP.edge, RES.graph]);
    if (u.role === 'eng') xs.push([APP.vscode, RES.graph], [APP.azCli, RES.arm], [APP.devops, RES.devops], [APP.vscode, RES.arm]);
    if (u.special === 'itadmin' || u.special === 'secops') xs.push([APP.graphCli, RES.graph], [APP.exoPs, RES.exo], [APP.azPs, RES.arm]);
    if (u.role === 'finance') xs.push([APP.powerBi, RES.pbi]);
    return xs;
  }
  function firstSignIn(u, d, s, t) {
    const newPlace = d > 0 && u.days[Math.min(DAYS, d)].city !== u.days[Math.min(DAYS, d - 1)].city;
    if (u.laptop.kind === 'win') {
      raw(ctx, s, t, APP.winSignIn, RES.aad, { steps: ['whfb'], mfa: true, addl: 'MFA requirement satisfied by claim in the token', ua: '', clientApp: 'Mobile Apps and Desktop clients' });
      if (rng.chance(0.25)) browse(u, s, t + rng.int(2, 40) * 60_000);
    } else if (newPlace || (d % 7) === u.idx % 5 || rng.chance(0.05)) {
      fresh(ctx, s, t, APP.officeHome, RES.graph, { method: u.mfa, bad: rng.chance(0.07) ? rng.int(1, 2) : 0, kmsi: rng.chance(0.35), mfaFail: rng.chance(0.025) ? 1 : 0 });
    } else sso(ctx, s, t, APP.officeHome, RES.graph);
  }
  function browse(u, s, t) {
    const r = rng.next();
    const [app, res] = r < 0.3 ? [APP.owa, RES.exo] : r < 0.5 ? [APP.sharepoint, RES.spo] : r < 0.6 && u.role === 'eng' ? [APP.portal, RES.arm] : r < 0.65 ? [APP.myApps, RES.graph] : (() => { const a = rng.pick(u.role === 'sales' ? SAAS.slice(0, 5).concat([SAAS[3], SAAS[7]]) : u.role === 'finance' ? SAAS.slice(0, 2).concat([SAAS[4], SAAS[4]]) : SAAS.slice(0, 3).concat([SAAS[5], SAAS[6]])); return [a, a]; })();
    let ip0 = s.ip;
    if (u.relay && u.laptop.browser.startsWith('Safari')) moveSession(ctx, s, relayIp(u));
    if (u.role === 'finance' && app.name === 'Workday' && rng.chance(0.3)) raw(ctx, s, t - 20_000, app, res, { code: 50158, steps: ['prev'], ua: browserUa(u.laptop), clientApp: 'Browser' });
    sso(ctx, s, t, app, res, { ua: browserUa(u.laptop) });
    moveSession(ctx, s, ip0);
  }
  function relayIp(u) { const cs = Object.values(CITIES).filter((c) => c.cc === u.cc); return reg.shared(rng.chance(0.5) ? 'relay' : 'relayCf', rng.pick(cs)); }
  function phone(u, d, [h0, h1]) {
    if (!u.phone) return;
    const ps = session(ctx, u, u.phone, where(P, reg, rng, u, d, h0 + 2, 'phone'));
    for (let i = rng.chance(0.75) ? 1 : 0; i > 0; i--) {
      const h = rng.float(h0 - 1, h1 + 3), t = at(u, d, h); if (!ok(t)) continue;
      if (rng.chance(0.3)) moveSession(ctx, ps, where(P, reg, rng, u, d, h, 'phone'));
      refresh(ctx, ps, t, rng.chance(0.55) ? APP.outlookMobile : APP.teams, rng.chance(0.55) ? RES.exo : RES.teams, rng.chance(0.012) ? { code: 70044, mfa: false } : {});
    }
    if (rng.chance(0.06)) { const t = at(u, d, rng.float(h0, h1)); if (ok(t)) { if (u.relay && u.phone.kind === 'ios') moveSession(ctx, ps, relayIp(u)); sso(ctx, ps, t, APP.officeHome, RES.graph, { ua: browserUa(u.phone) }); } }
  }
  function weekend(u, d) {
    if (u.phone && rng.chance(0.45)) {
      const h = rng.float(9, 21), t = at(u, d, h);
      if (ok(t)) { const ps = session(ctx, u, u.phone, where(P, reg, rng, u, d, h, 'phone')); for (let i = rng.int(1, 2); i > 0; i--) refresh(ctx, ps, t + rng.int(0, 240) * 60_000, rng.pick([APP.outlookMobile, APP.teams]), rng.pick([RES.exo, RES.teams])); }
    }
    if (rng.chance(0.1)) {
      const h = rng.float(10, 20), t = at(u, d, h);
      if (ok(t)) { const s = session(ctx, u, u.laptop, where(P, reg, rng, u, d, h, 'laptop')); sso(ctx, s, t, APP.officeHome, RES.graph); refresh(ctx, s, t + 600_000, APP.teams, RES.teams); }
    }
  }
  function devbox(u, d, laptopSession, startH) {
    const region = BOX_REGION[u.cc] || 'ams', aws = u.idx % 5 === 0;
    const ip = aws ? reg.shared('aws', region === 'ams' ? 'fra' : region === 'ash' ? 'cmh' : region) : reg.shared('azure', region);
    const box = session(ctx, u, { kind: 'box' }, ip);
    const h = startH + rng.float(0.3, 2), t = at(u, d, h);
    if (!ok(t)) return;
    if ((d + u.idx) % 3 === 0) raw(ctx, laptopSession, t - 60_000, APP.azCli, RES.arm, { proto: 'deviceCode', transfer: 'deviceCodeFlow', steps: [u.laptop.kind === 'win' ? 'prt' : 'prev', 'mfaPrev'], addl: 'MFA requirement satisfied by claim in the token', ua: browserUa(u.laptop), clientApp: 'Mobile Apps and Desktop clients' });
    for (let i = rng.int(1, 4); i > 0; i--) refresh(ctx, box, t + rng.int(0, 420) * 60_000, APP.azCli, rng.pick([RES.arm, RES.arm, RES.kv, RES.graph]), { ua: appUa({ kind: 'box' }, APP.azCli), transfer: (d + u.idx) % 3 === 0 ? 'deviceCodeFlow' : 'none' });
  }
  function byod(u, d, h) {
    const t = at(u, d, h + 3); if (!ok(t)) return;
    const dev = { kind: 'win', id: '', name: '', os: 'Windows 10', browser: 'Chrome 128.0.0', compliant: false, managed: false, trust: '' };
    const s = session(ctx, u, dev, where(P, reg, rng, u, d, h + 3, 'phone') );
    fresh(ctx, s, t, APP.owa, RES.exo, { method: u.mfa === 'fido' ? 'push' : u.mfa, ua: browserUa(null), extra: { dev } });
    if (rng.chance(0.5)) raw(ctx, s, t + 20 * 60_000, APP.teams, RES.teams, { code: 53003, steps: ['password', 'mfaPrev'], mfa: true, dev, ua: '', clientApp: 'Mobile Apps and Desktop clients' });
    if (u.role === 'eng') raw(ctx, s, t + 50_000, APP.portal, RES.arm, { code: 53000, steps: ['prev', 'mfaPrev'], mfa: true, dev, ua: browserUa(null), clientApp: 'Browser' });
  }
  function adminWork(u, s, d, h0, h1) {
    for (let i = rng.int(0, 2); i > 0; i--) { const t = at(u, d, rng.float(h0, h1)); if (ok(t)) sso(ctx, s, t, APP.entraPortal, RES.graph, { ua: browserUa(u.laptop) }); }
  }
}
