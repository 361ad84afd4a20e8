// The window and time zones. Chebucto University is in Halifax, Nova Scotia (America/Halifax: ADT = UTC-3 until
// Sunday 1 November 2026 02:00 local, then AST = UTC-4). The export covers the UTC dates 2026-10-19 .. 2026-11-01.
export const HOUR = 3_600_000, MIN = 60_000, SEC = 1000, DAY = 24 * HOUR;
export const START = Date.UTC(2026, 9, 19);           // 2026-10-19T00:00:00Z
export const END = Date.UTC(2026, 10, 2);             // 2026-11-02T00:00:00Z (exclusive)
export const NDAYS = 14;

const NA_DST_END = { hfx: Date.UTC(2026, 10, 1, 5), tor: Date.UTC(2026, 10, 1, 6), cgy: Date.UTC(2026, 10, 1, 8), van: Date.UTC(2026, 10, 1, 9), use: Date.UTC(2026, 10, 1, 6), usp: Date.UTC(2026, 10, 1, 9) };
const EU_DST_END = Date.UTC(2026, 9, 25, 1);

/** Offset from UTC in hours of `zone` at UTC instant `ms`. */
export function tzOffset(zone, ms) {
  switch (zone) {
    case 'hfx': return ms < NA_DST_END.hfx ? -3 : -4;
    case 'tor': case 'use': return ms < NA_DST_END.tor ? -4 : -5;
    case 'cgy': return ms < NA_DST_END.cgy ? -6 : -7;
    case 'van': case 'usp': return ms < NA_DST_END.van ? -7 : -8;
    case 'euw': return ms < EU_DST_END ? 1 : 0;          // Lisbon, London, Dublin
    case 'euc': return ms < EU_DST_END ? 2 : 1;          // Paris, Berlin, Oslo, Amsterdam, Vienna
    case 'eue': return ms < EU_DST_END ? 3 : 2;          // Helsinki, Bucharest
    case 'cn': case 'sg': case 'hk': return 8;
    case 'in': return 5.5;
    case 'ng': return 1;
    case 'ir': return 3.5;
    case 'bd': return 6;
    case 'vn': return 7;
    case 'sa': case 'ke': return 3;
    case 'br': return -3;
    case 'gh': return 0;
    case 'pk': return 5;
    case 'kr': case 'jp': return 9;
    case 'mx': return -6;
    default: throw new Error(`unknown zone ${zone}`);
  }
}

/** UTC ms of local day `d` (0 = Monday 19 October 2026) at local hour `h` (fractional, may exceed 24) in `zone`. */
export function localToUtc(zone, d, h) {
  const wall = Date.UTC(2026, 9, 19 + d) + h * HOUR;
  const o1 = tzOffset(zone, wall - tzOffset(zone, wall) * HOUR);
  return wall - o1 * HOUR;
}

/** Local hour-of-day (fractional) of UTC instant in zone. */
export function localHour(zone, ms) {
  const wall = ms + tzOffset(zone, ms) * HOUR;
  return ((wall % DAY) + DAY) % DAY / HOUR;
}

export const dow = (d) => ((d % 7) + 7) % 7;            // 0 = Monday
export const isWeekend = (d) => dow(d) >= 5;
export const isReadingWeek = (d) => d >= 7 && d <= 11;   // Fall reading week: Mon 26 Oct .. Fri 30 Oct 2026

export function iso(ms) { return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'); }
