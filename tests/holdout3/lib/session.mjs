// Building blocks: where someone is (a "spot"), an interactive login flow, silent token refreshes.
import { NETS, GEO, APPS, RESOURCES } from './world.mjs';
import { ip } from './people.mjs';
import { MIN } from './rng.mjs';

export function makeCtx(rng, tag = 'benign') { return { rng, events: [], tag }; }

const SITE_POOL = {};
export function spotSite(ctx, site) {
  const net = NETS[`site_${site}`] || NETS.site_tromso;
  const pool = SITE_POOL[site] || (SITE_POOL[site] = Array.from({ length: 8 }, (_, i) => `${net.prefix[0]}.${10 + i}`));
  return { net, ip: ctx.rng.pick(pool), geo: net.geo, trusted: 'Nordlys sykehusnett' };
}
export const VPN_IPS = ['51.120.76.20', '51.120.76.21', '51.120.76.22', '51.120.76.23'];
export function spotVpn(ctx) { return { net: NETS.vpn, ip: ctx.rng.pick(VPN_IPS), geo: GEO.oslo, trusted: 'Nordlys VPN' }; }
export function spotHome(p) { return { net: p.homeNet, ip: p.homeIp, geo: p.homeGeo }; }
export function spotMobile(ctx, p) {
  const r = ctx.rng;
  const geo = p.role === 'teleradiologist' ? p.homeGeo : r.chance(0.5) ? GEO.oslo : p.homeGeo;
  return { net: p.mobileNet, ip: ip(r, p.mobileNet), geo };
}
export function spotAt(ctx, netKey, fixedIp) {
  const net = NETS[netKey];
  return { net, ip: fixedIp || ip(ctx.rng, net), geo: net.geo };
}

/** Push one sign-in event. */
export function ev(ctx, p, t, o) {
  const r = ctx.rng;
  const e = {
    t: Math.round(t), id: r.guid(), corr: o.corr || r.guid(), session: o.session || r.guid(), user: p,
    app: o.app, res: o.res, ip: o.spot.ip, geo: o.spot.geo, asn: o.spot.net.asn, trusted: o.spot.trusted,
    ua: o.ua ?? (o.dev && o.dev.ua) ?? '', dev: o.dev, client: o.client || 'Browser', code: o.code || 0,
    authReq: o.authReq || 'singleFactorAuthentication', mfaMethod: o.mfaMethod, detail: o.detail,
    ca: o.ca || (o.code && o.code !== 53003 ? 'notApplied' : o.code === 53003 ? 'failure' : 'success'),
    inter: !!o.inter, proto: o.proto, incoming: o.incoming, latency: r.int(35, 420), tag: o.tag || ctx.tag,
    kind: o.kind, spId: o.spId,
  };
  ctx.events.push(e);
  return e;
}

/**
 * An interactive login: maybe a password typo first, maybe an MFA prompt (rarely denied once),
 * maybe a KMSI interrupt; ends in success. Returns { session, t, mfa } of the successful sign-in.
 */
export function login(ctx, p, t, o) {
  const r = ctx.rng;
  const session = o.session || r.guid();
  const base = { ...o, session, inter: true };
  let tt = t;
  if (!o.noPassword && r.chance(p.typoRate || 0.01)) {
    ev(ctx, p, tt, { ...base, code: 50126, corr: r.guid() });
    tt += r.int(15, 90) * 1000;
  }
  const corr = r.guid();
  if (o.mfa) {
    const method = o.mfaMethod || p.mfa || 'Mobile app notification';
    if (r.chance(0.45)) ev(ctx, p, tt, { ...base, corr, code: 50074, authReq: 'multiFactorAuthentication' });
    if (r.chance(o.denyRate ?? 0.012)) { // honest denial / missed push, then retry
      ev(ctx, p, tt + r.int(20, 70) * 1000, { ...base, corr, code: 500121, authReq: 'multiFactorAuthentication', mfaMethod: method,
        detail: r.chance(0.6) ? 'MFA denied; user did not respond to mobile app notification' : 'MFA denied; user declined the authentication' });
      tt += r.int(2, 6) * MIN;
    }
    tt += r.int(8, 40) * 1000;
    if (o.kmsi !== false && r.chance(0.08)) ev(ctx, p, tt - 3000, { ...base, corr, code: 50140, authReq: 'multiFactorAuthentication' });
    ev(ctx, p, tt, { ...base, corr, authReq: 'multiFactorAuthentication', mfaMethod: method, detail: 'MFA successfully completed' });
    return { session, t: tt, mfa: true };
  }
  if (o.mfaClaim) {
    ev(ctx, p, tt, { ...base, corr, authReq: 'multiFactorAuthentication', mfaMethod: 'Previously satisfied', detail: 'MFA requirement satisfied by claim in the token' });
    return { session, t: tt, mfa: true };
  }
  ev(ctx, p, tt, { ...base, corr });
  return { session, t: tt, mfa: false };
}

/** Silent token refreshes in [t0, t1] for an existing session. */
export function refreshes(ctx, p, session, t0, t1, n, o) {
  const r = ctx.rng;
  const pairs = o.pairs || [[APPS.teams, RESOURCES.teamsSvc], [APPS.office, RESOURCES.exchange], [APPS.office, RESOURCES.sharepoint]];
  for (let i = 0; i < n; i++) {
    const t = t0 + r.next() * Math.max(0, t1 - t0);
    const [app, res] = r.pick(pairs);
    const spot = typeof o.spot === 'function' ? o.spot(t) : o.spot;
    ev(ctx, p, t, { ...o, spot, app, res, session, inter: false, corr: r.guid(),
      authReq: o.mfa ? 'multiFactorAuthentication' : 'singleFactorAuthentication', mfaMethod: o.mfa ? 'Previously satisfied' : undefined,
      detail: o.mfa ? 'MFA requirement satisfied by claim in the token' : undefined,
      client: 'Mobile Apps and Desktop clients', incoming: o.incoming });
  }
}
