// Where a person's traffic comes from at a given moment.
import { hash32 } from './rng.mjs';
import { T0, HOUR, localHour, localDay } from './clock.mjs';
import { LOCAL_NET } from './geo.mjs';

const POOL_SIZE = { mobile: 160, relay: 40, vpn: 24 };

/** The carrier-grade-NAT pool of a mobile network (fixed per seed). */
export function pool(ctx, net) {
  const kind = ctx.geo.net(net).kind;
  return ctx.geo.pool(ctx.root.fork(`pool:${net}`), net, POOL_SIZE[kind] || 30);
}

/** A phone's public address at time t: one CGNAT address per block of 2–6 hours. */
export function mobileIp(ctx, u, t, net = u.mobNet) {
  const len = (2 + (hash32(u.id + 'blk') % 5)) * HOUR;
  const off = hash32(u.id + 'off') % len;
  const block = Math.floor((t - T0 + off) / len);
  return ctx.geo.fromPool(pool(ctx, net), `${u.id}|${net}|${block}`);
}

/** Public Wi-Fi / hotel / customer / truck-stop address in a city (a few per city, stable per key). */
export function localIp(ctx, cityKey, key) {
  const name = `local:${cityKey}:${key}`;
  if (!ctx.local.has(name)) {
    const c = ctx.geoCity(cityKey);
    const net = LOCAL_NET[c.cc] || 'dtag';
    ctx.local.set(name, ctx.geo.alloc(ctx.root.fork(name), net, cityKey));
  }
  return ctx.local.get(name);
}

/** Consumer VPN / iCloud Private Relay egress (pool per provider). */
export function relayIp(ctx, net, key, cc) {
  const all = pool(ctx, net);
  const local = cc ? all.filter((ip) => ctx.geo.where(ip).city.cc === cc) : all;
  return ctx.geo.fromPool(local.length ? local : all, key);
}

/** A personal phone: on home Wi-Fi in the early morning and evening (the hours vary per person and day), otherwise mobile data. */
export function phoneIp(ctx, u, t, tz) {
  const h = localHour(t, tz);
  const d = localDay(t, tz);
  const leave = 7 + (hash32(`${u.id}|l|${d}`) % 180) / 60;
  const back = 17 + (hash32(`${u.id}|b|${d}`) % 240) / 60;
  if ((h < leave || h >= back) && u.homeIp) return u.homeAt(t);
  return mobileIp(ctx, u, t);
}
