// Emission helpers shared by the benign populations and the attacks.
import { makeSignin } from './signin.mjs';
import { makeAudit } from './audit.mjs';
import { poolIp } from './tenant.mjs';
import { net } from './geo.mjs';
import { START, END, MIN } from './time.mjs';

export const NETKEY = Symbol('netKey');

/** Emit one sign-in (dropped silently when outside the window). */
export function emit(ctx, r, p) {
  // whole-minute times get a random second (sequences built on them are at least a minute apart)
  if (p.t % 60_000 === 0) p = { ...p, t: p.t + r.int(0, 59_999) };
  const o = makeSignin(ctx, r, p);
  o[NETKEY] = p.netKey;
  if (p.t >= START && p.t < END) ctx.signins.push(o);
  return o;
}

export function audit(ctx, r, p) {
  const o = makeAudit(ctx, r, p);
  if (p.t >= START && p.t < END) ctx.audits.push(o);
  return o;
}

// Which user agent a non-interactive refresh carries, by app and device.
function refreshUa(app, device) {
  const os = device?.os;
  if (os === 'Ios' || os === 'Android') return device.ua;
  if (app === 'office' || app === 'newOutlook') return os === 'MacOs' ? 'outlookMac' : 'outlookWin';
  if (app === 'oneDrive') return os === 'MacOs' ? 'outlookMac' : 'oneDriveWin';
  if (app === 'teams') return os === 'MacOs' ? 'macChrome' : 'winEdge130';
  if (app === 'broker' || app === 'windowsSignIn') return 'winSignIn';
  return device?.ua ?? 'winEdge';
}

/**
 * Non-interactive token refreshes for a session on one device between t0 and t1.
 * refresh: [[app, res, periodMinutes], ...]. For CGNAT mobile networks the address can change
 * between refreshes.
 */
export function refreshes(ctx, r, { user, t0, t1, netKey, ip, device, refresh, sessionId, mfaClaim = true, planted, uaOverride, tokenType, failRate = 0.004 }) {
  const mobile = net(netKey).kind === 'mobile';
  let curIp = ip;
  const out = [];
  for (const [app, res, period] of refresh) {
    let t = t0 + r.int(1, Math.max(2, Math.floor(period * 0.6))) * MIN;
    while (t < t1) {
      if (mobile && r.chance(0.35)) curIp = poolIp(r, netKey);
      let code = 0;
      if (!planted && r.chance(failRate)) code = r.pick([50173, 70043, 700082, 50132, 50089]);
      out.push(emit(ctx, r, {
        t: t + r.int(0, 59_999), user, ip: curIp, netKey, app, res, interactive: false, code, device,
        ua: uaOverride ?? refreshUa(app, device), sessionId, mfaClaim: mfaClaim && code === 0,
        tokenType: tokenType ?? (device?.trust && device.trust !== 'Azure AD registered' && device.os === 'Windows10' ? 'primaryRefreshToken' : 'none'),
        planted,
      }));
      if (code) break; // the client falls back to an interactive prompt; stop this chain
      t += Math.round(period * r.float(0.75, 1.25)) * MIN;
    }
  }
  return out;
}

/** Interactive sign-in followed by refreshes: the common shape of a working session. */
export function session(ctx, r, p) {
  const sid = p.sessionId ?? r.uuid();
  const first = [];
  let t = p.t0;
  for (const i of p.interactive ?? []) {
    first.push(emit(ctx, r, { t, user: p.user, ip: p.ip, netKey: p.netKey, device: p.device, ua: i.ua ?? p.device?.ua ?? 'winEdge', interactive: true, sessionId: sid, planted: p.planted, ...i }));
    t += r.int(5, 90) * 1000;
  }
  const rest = p.refresh ? refreshes(ctx, r, { ...p, sessionId: sid }) : [];
  return { sessionId: sid, signins: first.concat(rest) };
}

/** Picks an address on a network: pooled for shared networks, the user's household address at home. */
export function addrFor(r, user, netKey) {
  if (netKey === user.homeNet) return user.homeIp;
  return poolIp(r, netKey);
}
