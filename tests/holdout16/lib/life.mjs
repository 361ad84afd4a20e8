// Shared helpers for everyday life: calendars, where a person's laptop and phone are on the internet, and the
// emission of the usual sign-in shapes (Windows sign-in, browser SSO, app token refreshes, phone apps).
import { APPS, RES, NETS, place, newIp, newIp6, poolIp, UA } from './world.mjs';
import { STEPS, HOUR, MIN, DAY } from './engine.mjs';
import { SITES, laptopUa, phoneUa, phoneBrowserUa, browserLabel } from './people.mjs';
import { hashPick, hash01 } from './prng.mjs';

export const FIRST_LOCAL_DATE = '2026-11-22';
export const LAST_LOCAL_DATE = '2026-12-07';

export function dateList(from = FIRST_LOCAL_DATE, to = LAST_LOCAL_DATE) {
  const out = [];
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
/** UTC ms of local hour h (may be fractional or > 24) on local date d in a zone tz hours east of UTC */
export function at(d, h, tz) { return Date.parse(d + 'T00:00:00Z') + (h - tz) * HOUR; }
export function weekday(d) { return new Date(d + 'T00:00:00Z').getUTCDay(); }
export function isWeekend(d) { const w = weekday(d); return w === 0 || w === 6; }

const RICH = { win: 'Rich Client 4.72.1.0', mac: 'Rich Client 1.4.19', ios: 'Rich Client 1.7.2', android: 'Rich Client 5.5.0', py: 'Rich Client 1.31.0' };

export class Life {
  constructor({ rng, em, dir, eg }) {
    this.rng = rng; this.em = em; this.dir = dir; this.eg = eg;
    this.named = new Map();
    for (const list of Object.values(eg)) for (const x of list) if (x.named) this.named.set(x.ip, x.named);
    this.homeCache = new Map();
  }

  // ----- addresses -------------------------------------------------------------------------------------------
  homeIp(u, d) {
    if (!u.home) return null;
    if (!u.home.daily) {
      if (u.home.v6 && hash01(`${u.upn}/${d}/v6`) < 0.45) {
        const k = `${u.upn}/v6`;
        if (!this.homeCache.has(k)) this.homeCache.set(k, newIp6(this.rng, NETS[u.home.net], place(u.home.place), u.home.v6));
        return this.homeCache.get(k);
      }
      return u.home.ip;
    }
    const k = `${u.upn}/${d}`;
    if (!this.homeCache.has(k)) this.homeCache.set(k, newIp(this.rng, NETS[u.home.net], place(u.home.place), u.home.ip.split('.').slice(0, 2).join('.')));
    return this.homeCache.get(k);
  }
  /** a carrier-grade NAT address of the person's mobile carrier (a new one per session) */
  mobileIp(u, netKey = null) {
    if (u.phoneVpn && !netKey) return poolIp(this.rng, NETS.datacamp, ['amsterdam', 'zurich', 'frankfurt'], this.rng.pick(['89.187', '185.76']));
    const net = NETS[netKey ?? u.mobile];
    if (net.v6 && this.rng.chance(net.key === 'tmobile' ? 0.75 : 0.35)) {
      const hub = this.rng.pick(net.hubs);
      return newIp6(this.rng, net, place(hub));
    }
    return poolIp(this.rng, net, net.hubs);
  }
  /** where the phone is at home: the home broadband (or the personal VPN the phone always runs) */
  phoneHome(u, d) { return u.phoneVpn ? this.mobileIp(u) : this.homeIp(u, d); }
  officeIp(u) {
    const eg = this.eg;
    const list = { tyo: eg.tyo, hmm: eg.hmm, pen: eg.pen, sjc: eg.sanJose, nov: eg.chicago, dus: eg.frankfurt, pnq: eg.pnq }[u.site];
    return hashPick(u.upn, list).ip;
  }
  /** the laptop's egress for a mode: office, home, vpn */
  laptopIp(u, mode, d) {
    const s = SITES[u.site];
    if (u.warp) {
      // Cloudflare WARP (the developer's own choice): every request leaves through Cloudflare's Tokyo edge
      const k = `${u.upn}/warp/${d}`;
      if (!this.homeCache.has(k)) this.homeCache.set(k, hash01(k) < 0.4 ? newIp6(this.rng, NETS.warp, place('tokyo'), '2a09:bac1:3f40:8') : poolIp(this.rng, NETS.warp, ['tokyo'], '104.28'));
      return this.homeCache.get(k);
    }
    if (s.proxy === 'sanJose') return hashPick(u.upn + d, this.eg.sanJose).ip;
    if (s.proxy === 'chicago') return hashPick(u.upn + d, this.eg.chicago).ip;
    if (s.proxy === 'frankfurt') return hashPick(u.upn + d, this.eg.frankfurt).ip;
    if (mode === 'office') return this.officeIp(u);
    if (u.site === 'tyo' || u.site === 'hmm') {
      // M365 traffic breaks out locally (split tunnel) for most; some VPN profiles still tunnel everything
      return hash01(u.upn + '/tunnel') < 0.3 ? hashPick(u.upn + d, this.eg.vpn).ip : this.homeIp(u, d);
    }
    return this.homeIp(u, d);
  }
  officeWifi(u) {
    const eg = this.eg;
    return ({ tyo: eg.tyoGuestWifi, hmm: eg.hmmWifi, pen: eg.penWifi, sjc: eg.sjcWifi, nov: eg.novWifi, dus: eg.dusWifi, pnq: eg.pnq }[u.site] ?? eg.tyoGuestWifi)[0].ip;
  }

  // ----- emission --------------------------------------------------------------------------------------------
  emit(p) {
    // an account disabled mid-day: nothing but refusals after that moment
    if (p.user.disabledAt && p.t >= p.user.disabledAt && !p.err && !p.allowAfterDisable) return null;
    if (p.named === undefined) p.named = this.named.get(p.ip) ?? null;
    return this.em.signin(p);
  }
  /** Windows sign-in (PRT) at logon */
  windowsLogon(u, t, ip, extra = {}) {
    return this.emit({ t, user: u, app: APPS.windowsSignIn, res: RES.aad, ip, ua: UA.wam(), dev: u.laptop, os: 'Windows10',
      browser: RICH.win, inter: true, steps: u.whfb ? STEPS.whfb() : STEPS.pwdOnly(u.pwd), req: u.whfb ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
      noCa: true, client: 'Mobile Apps and Desktop clients', rootKey: 'Primary Refresh Token', ...extra });
  }
  /** a browser sign-in riding the PRT / session cookie (SSO) */
  browserSso(u, t, ip, app, res, extra = {}) {
    return this.emit({ t, user: u, app, res, ip, ua: laptopUa(u), dev: u.laptop, browser: browserLabel(u), inter: true, steps: STEPS.prt(),
      loginHint: this.rng.chance(0.4), client: 'Browser', ...extra });
  }
  /** a full interactive sign-in with password and MFA */
  fullAuth(u, t, ip, app, res, { phone = false, steps = null, ...extra } = {}) {
    const mfaSteps = steps ?? (u.mfa === 'otp' ? STEPS.pwdOtp(u.pwd) : u.mfa === 'sms' ? STEPS.pwdSms(u.pwd) : STEPS.pwdPush(u.pwd, 6000 + this.rng.int(0, 20000)));
    const dev = phone ? u.phone : u.laptop;
    return this.emit({ t, user: u, app, res, ip, ua: phone ? (extra.ua ?? phoneUa(u)) : laptopUa(u), dev, inter: true, steps: mfaSteps,
      mfa: mfaSteps.length > 1 ? ({ 'Mobile app notification': 'PhoneAppNotification', 'OATH verification code': 'PhoneAppOTP', 'Text message': 'OneWaySMS', 'FIDO2 security key': 'Fido' }[mfaSteps[1][0]] ?? null) : null,
      browser: phone ? (u.phone?.ios === false ? RICH.android : RICH.ios) : browserLabel(u), ...extra });
  }
  /** an app on the laptop refreshing a token */
  laptopRefresh(u, t, ip, app, res, extra = {}) {
    const mac = u.laptop?.os === 'MacOs';
    let ua = '';
    if (app === APPS.teams) ua = mac ? UA.chromeMac(u.bver) : UA.teamsNew(u.bver);
    else if (app === APPS.edge) ua = UA.edgeWin(u.bver);
    else if (app === APPS.companyPortal) ua = mac ? '' : UA.companyPortalWin();
    else if (app === APPS.windowsSignIn) ua = UA.wam();
    return this.emit({ t, user: u, app, res, ip, ua, dev: u.laptop, browser: mac ? RICH.mac : RICH.win, inter: false, ...extra });
  }
  /** an app on the phone refreshing a token */
  phoneRefresh(u, t, ip, app, res, extra = {}) {
    if (!u.phone) return null;
    return this.emit({ t, user: u, app, res, ip, ua: phoneUa(u), dev: u.phone, browser: u.phone.ios ? RICH.ios : RICH.android, inter: false, ...extra });
  }
  phoneBrowser(u, t, ip, app, res, extra = {}) {
    return this.emit({ t, user: u, app, res, ip, ua: phoneBrowserUa(u), dev: u.phone, browser: browserLabel(u, true), inter: true, steps: STEPS.prt(), client: 'Browser', ...extra });
  }
}

export { RICH, HOUR, MIN, DAY };
