// The observation window and time helpers. All times are epoch milliseconds in UTC.
// November 2025: Norway, Sweden and Denmark are on CET (UTC+1), the UK on GMT (UTC+0).

export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const START = Date.UTC(2025, 10, 3, 0, 0, 0); // Monday 3 November 2025
export const DAYS = 14;
export const END = START + DAYS * DAY;                 // Monday 17 November 2025 00:00Z

/** UTC offset in hours for a country code (winter time). */
export function tzOffset(cc) {
  return cc === 'GB' || cc === 'IE' || cc === 'PT' ? 0 : cc === 'US-E' ? -5 : 1;
}

/** Epoch ms of local time h:m on window day d (0-based) for a site offset. */
export function at(day, hour, minute = 0, offset = 1) {
  const sec = (day * 7919 + hour * 131 + minute * 17 + offset * 7) % 60;
  return START + day * DAY + (hour - offset) * HOUR + minute * MIN + sec * 1000 + ((day * 97 + minute * 31 + hour) % 1000);
}

/** Day of week for window day d: 0 = Monday ... 6 = Sunday. */
export const dow = (day) => day % 7;
export const isWeekend = (day) => dow(day) >= 5;

/** ISO 8601 with 7 fractional digits, as Graph writes it. */
export function isoGraph(ms, extra) {
  const s = new Date(ms).toISOString();            // 2025-11-03T07:12:33.123Z
  const tail = String(extra ?? (ms * 7 % 10000)).padStart(4, '0').slice(0, 4);
  return `${s.slice(0, 23)}${tail}Z`;
}

/** ISO 8601 to the second, as the portal CSV writes it. */
export function isoPortal(ms) {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export const clampWindow = (ms) => Math.min(END - 1000, Math.max(START, ms));
export const inWindow = (ms) => ms >= START && ms < END;
