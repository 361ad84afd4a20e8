// Time helpers. The window is 14 days of UTC starting Monday 2026-03-02.
export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 2, 0, 0, 0);
export const DAYS = 14;
export const T1 = T0 + DAYS * DAY;

const US_DST = Date.UTC(2026, 2, 8, 8, 0, 0); // 02:00 CST on 8 March 2026
const EU_DST = Date.UTC(2026, 2, 29, 1, 0, 0); // last Sunday of March, 01:00 UTC

/** UTC offset in hours of a zone at instant t. */
export function tzOffset(zone, t) {
  switch (zone) {
    case 'CET': return t >= EU_DST ? 2 : 1;
    case 'WET': return t >= EU_DST ? 1 : 0;
    case 'EET': return t >= EU_DST ? 3 : 2;
    case 'MSK': return 3;
    case 'GST': return 4;
    case 'TRT': return 3;
    case 'IST': return 5.5;
    case 'SGT': return 8;
    case 'JST': return 9;
    case 'BRT': return -3;
    case 'WAT': return 1;
    case 'USC': return t >= US_DST ? -5 : -6;
    case 'USE': return t >= US_DST ? -4 : -5;
    case 'USP': return t >= US_DST ? -7 : -8;
    default: return 0;
  }
}

/** UTC ms for local wall-clock `hour` (float, may exceed 24 or be negative) on window day `d` in `zone`. */
export function local(d, hour, zone) {
  const guess = T0 + d * DAY + hour * HOUR;
  return guess - tzOffset(zone, guess - 2 * HOUR) * HOUR;
}

/** Local hour-of-day (float) of instant t in zone. */
export function localHour(t, zone) {
  const x = t + tzOffset(zone, t) * HOUR;
  return ((x % DAY) + DAY) % DAY / HOUR;
}

/** Local window-day index of instant t in zone. */
export function localDay(t, zone) {
  return Math.floor((t + tzOffset(zone, t) * HOUR - T0) / DAY);
}

/** 0 = Monday … 6 = Sunday for window day d. */
export const weekday = (d) => ((d % 7) + 7) % 7;
export const isWeekend = (d) => weekday(d) >= 5;

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** ISO 8601 with seconds and Z. */
export function iso(t) {
  const x = new Date(Math.floor(t / 1000) * 1000);
  return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}T${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}Z`;
}
/** ISO 8601 with 7 fractional digits (Graph style). */
export function iso7(t, frac) {
  const x = new Date(Math.floor(t / 1000) * 1000);
  return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}T${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}.${pad(frac, 7)}Z`;
}
export const inWindow = (t) => t >= T0 && t < T1;
