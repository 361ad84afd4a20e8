// Shift workers on shared nursing-station kiosks, their phones, and remote (teleradiology) readers.
import { APPS, RESOURCES, UA } from './world.mjs';
import { spotSite, spotVpn, spotHome, spotMobile, login, refreshes, ev } from './session.mjs';
import { MIN, HOUR, DAY } from './rng.mjs';

export const isAway = (p, t) => !!p.away && p.away.some(([a, b]) => t >= a && t <= b);

const PERSONAL_PC = { id: '', name: '', os: 'Windows10', browser: 'Chrome 132.0.0', compliant: false, managed: false, trust: '', ua: UA.chromeWin };
const PHONE_PAIRS = [[APPS.teams, RESOURCES.teamsSvc], [APPS.outlookMobile, RESOURCES.exchange], [APPS.teams, RESOURCES.sharepoint]];

function kioskLogins(ctx, p, shift, n, extraApps) {
  const r = ctx.rng;
  for (let i = 0; i < n; i++) {
    const t = shift.start + r.next() * (shift.end - shift.start - 20 * MIN);
    const kiosk = r.chance(0.7) ? p.kiosks[0] : r.pick(p.kiosks);
    const spot = spotSite(ctx, p.site);
    const s = login(ctx, p, t, { spot, dev: kiosk, app: APPS.windowsSignIn, res: RESOURCES.aadGraph, ua: UA.winAuth, client: 'Mobile Apps and Desktop clients', kmsi: false });
    const apps = r.chance(0.75) ? [APPS.epj, ...extraApps] : extraApps;
    let tt = s.t;
    for (const a of apps) {
      tt += r.int(20, 240) * 1000;
      ev(ctx, p, tt, { spot, dev: kiosk, app: a, res: RESOURCES[Object.keys(APPS).find((k) => APPS[k] === a)] || RESOURCES.graph, ua: UA.edgeWin, session: s.session, inter: true, incoming: 'primaryRefreshToken' });
    }
    if (r.chance(0.4)) refreshes(ctx, p, s.session, tt, tt + r.int(20, 120) * MIN, 1, { spot, dev: kiosk, ua: UA.edgeWin,
      pairs: [[APPS.owa, RESOURCES.exchange], [APPS.teams, RESOURCES.teamsSvc]], incoming: 'primaryRefreshToken' });
  }
}

function phoneDay(ctx, p, dayStart, onShift, phoneState) {
  const r = ctx.rng;
  if (!p.phone) return;
  const n = r.wpick([[0, 7], [1, 4], [2, 1]]);
  for (let i = 0; i < n; i++) {
    const t = dayStart + r.int(5, 22) * HOUR + r.int(0, 59) * MIN - HOUR;
    const atShift = onShift && onShift.some((s) => t >= s.start && t <= s.end);
    const spot = atShift ? spotMobile(ctx, p) : r.chance(0.6) ? spotHome(p) : spotMobile(ctx, p);
    if (!phoneState.session || (r.chance(0.04) && !phoneState.reauthed)) {
      const s = login(ctx, p, t, { spot, dev: p.phone, app: r.pick([APPS.teams, APPS.outlookMobile]), res: RESOURCES.graph, ua: p.phone.teamsUa, client: 'Mobile Apps and Desktop clients', mfa: true, kmsi: false });
      phoneState.session = s.session; phoneState.reauthed = true;
    }
    refreshes(ctx, p, phoneState.session, t, t + 2 * MIN, 1, { spot, dev: p.phone, ua: r.chance(0.5) ? p.phone.teamsUa : p.phone.outlookUa, pairs: PHONE_PAIRS, mfa: true });
  }
}

export function clinicalActivity(ctx, p, { start, days, end }) {
  const r = ctx.rng;
  const phoneState = { session: p.phone ? r.guid() : null };
  const shifts = p.roster.filter((s) => s.start < end && !isAway(p, s.start) && !isAway(p, s.end));
  for (const sh of shifts) {
    const len = (sh.end - sh.start) / HOUR;
    let n, extra = [];
    if (p.role === 'nurse') { n = len > 9 ? r.int(1, 2) : 1; if (r.chance(0.15)) extra = [APPS.roster]; }
    else if (p.role === 'physician') { n = r.int(1, 3); extra = r.chance(0.4) ? [APPS.labPortal] : []; if (r.chance(0.15)) extra.push(APPS.pacs); }
    else if (p.role === 'radiologist') { n = r.int(1, 2); extra = [APPS.pacs]; }
    else if (p.role === 'support') { n = r.chance(0.45) ? 1 : 0; extra = [APPS.roster]; }
    else { n = 1; }
    kioskLogins(ctx, p, { start: sh.start, end: Math.min(sh.end, end) }, n, extra);
  }
  for (let d = 0; d < days; d++) {
    const day0 = start + d * DAY;
    if (isAway(p, day0 + 12 * HOUR)) continue;
    phoneDay(ctx, p, day0, shifts, phoneState);
    // doctors reading mail at home on their own PC / hospital laptop
    if ((p.role === 'physician' || p.role === 'radiologist') && r.chance(0.3)) {
      const t = day0 + r.int(17, 21) * HOUR + r.int(0, 59) * MIN;
      const dev = p.laptop || PERSONAL_PC;
      const spot = spotHome(p);
      const s = login(ctx, p, t, { spot, dev, app: APPS.owa, res: RESOURCES.exchange, ua: dev.ua, mfa: !p.laptop || r.chance(0.2), mfaClaim: !!p.laptop, incoming: p.laptop ? 'primaryRefreshToken' : 'none' });
      refreshes(ctx, p, s.session, s.t, s.t + r.int(20, 90) * MIN, r.int(1, 2), { spot, dev, ua: dev.ua, pairs: [[APPS.owa, RESOURCES.exchange], [APPS.owa, RESOURCES.graph]], mfa: true });
      if (p.laptop && r.chance(0.6)) { // on call: the patient journal through the always-on VPN
        ev(ctx, p, s.t + r.int(5, 120) * MIN, { spot: spotVpn(ctx), dev, app: APPS.epj, res: RESOURCES.epj, session: s.session, inter: true, incoming: 'primaryRefreshToken',
          authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
      }
    }
    // rota look-ups from the home browser
    if (p.role === 'nurse' && r.chance(0.06)) {
      const t = day0 + r.int(9, 20) * HOUR;
      login(ctx, p, t, { spot: spotHome(p), dev: p.phone || PERSONAL_PC, app: APPS.roster, res: RESOURCES.roster, ua: p.phone ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1' : UA.chromeWin, mfa: true });
    }
  }
}

/** Teleradiologists read from home abroad: Sydney covers the Norwegian night, Valencia/Krakow the day. */
export function teleradActivity(ctx, p, { start, days, end }) {
  const r = ctx.rng;
  const spot = spotHome(p);
  const phoneState = { session: r.guid() };
  const offsetUtc = p.abroad === 'sydney' ? 11 : 1;
  for (let d = 0; d < days; d++) {
    const localDay0 = start + d * DAY - offsetUtc * HOUR; // local midnight in UTC ms
    const wd = new Date(start + d * DAY).getUTCDay();
    if (wd === 0 || wd === 6 || r.chance(0.08)) { phoneDay(ctx, p, start + d * DAY, [], phoneState); continue; }
    const t0 = localDay0 + (p.abroad === 'sydney' ? 8 : 8) * HOUR + r.int(-20, 40) * MIN;
    const t1 = t0 + r.int(8, 10) * HOUR;
    if (t0 >= end) break;
    const s = login(ctx, p, t0, { spot, dev: p.laptop, app: APPS.windowsSignIn, res: RESOURCES.aadGraph, ua: UA.winAuth, client: 'Mobile Apps and Desktop clients', mfaClaim: true, kmsi: false });
    let tt = s.t;
    for (const a of [APPS.pacs, APPS.epj]) {
      tt += r.int(1, 6) * MIN;
      ev(ctx, p, tt, { spot, dev: p.laptop, app: a, res: a === APPS.pacs ? RESOURCES.pacs : RESOURCES.epj, session: s.session, inter: true, incoming: 'primaryRefreshToken', authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
    }
    refreshes(ctx, p, s.session, tt, Math.min(t1, end), r.int(3, 6), { spot, dev: p.laptop, ua: UA.msalDesktop, mfa: true, incoming: 'primaryRefreshToken',
      pairs: [[APPS.teams, RESOURCES.teamsSvc], [APPS.office, RESOURCES.exchange], [APPS.pacs, RESOURCES.pacs]] });
    phoneDay(ctx, p, start + d * DAY, [], phoneState);
  }
}
