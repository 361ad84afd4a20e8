// The fortnight, time zones and daylight saving for holdout13.
// Window: 2026-10-12T00:00:00Z .. 2026-10-26T00:00:00Z (14 UTC days, Australian tax-time run-up to 31 October).
// DST in force: NSW/VIC/ACT/TAS on AEDT (+11) since Sun 4 Oct 2026; Queensland stays AEST (+10); WA AWST (+8);
// New Zealand on NZDT (+13) since Sun 27 Sep 2026; the UK leaves BST (+1) for GMT (0) on Sun 25 Oct 2026 01:00 UTC;
// US Pacific on PDT (-7) until 1 Nov. Holidays: NZ Labour Day is Mon 26 Oct (local), which begins 25 Oct 11:00 UTC.

export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
export const START = Date.UTC(2026, 9, 12, 0, 0, 0);
export const END = Date.UTC(2026, 9, 26, 0, 0, 0);
const UK_DST_END = Date.UTC(2026, 9, 25, 1, 0, 0);

/** UTC offset in minutes of a zone at a UTC instant. */
export function offsetMin(zone, utcMs) {
  switch (zone) {
    case 'AEDT': return 660;      // Sydney, Melbourne, Canberra, Hobart
    case 'AEST': return 600;      // Brisbane
    case 'AWST': return 480;      // Perth
    case 'NZDT': return 780;      // Auckland, Wellington
    case 'PHT': return 480;       // Manila
    case 'IST': return 330;       // Bengaluru
    case 'SGT': return 480;
    case 'HKT': return 480;
    case 'JST': return 540;
    case 'WITA': return 480;      // Bali
    case 'FJT': return 720;       // Fiji (no DST)
    case 'UK': return utcMs < UK_DST_END ? 60 : 0;
    case 'PDT': return -420;
    case 'UTC': return 0;
    default: throw new Error(`unknown zone ${zone}`);
  }
}

/** UTC ms of a local wall-clock time (minutes after local midnight of local date y-m-d). */
export function localToUtc(zone, y, m, d, minutes) {
  const naive = Date.UTC(y, m - 1, d) + minutes * MIN;
  let t = naive - offsetMin(zone, naive) * MIN;
  t = naive - offsetMin(zone, t) * MIN;
  return t;
}

/** Local calendar dates (y, m, d, dow) a zone passes through during the window. */
export function localDates(zone) {
  const out = [];
  const first = START + offsetMin(zone, START) * MIN;
  const last = END - 1 + offsetMin(zone, END - 1) * MIN;
  for (let t = Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), new Date(first).getUTCDate()); t <= last; t += DAY) {
    const dt = new Date(t);
    out.push({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), dow: dt.getUTCDay(), key: dt.toISOString().slice(0, 10) });
  }
  return out;
}

export function isWeekend(ld) { return ld.dow === 0 || ld.dow === 6; }

/** Public holidays that fall in the window (local dates). */
export function isHoliday(zone, ld) {
  if (zone === 'NZDT' && ld.key === '2026-10-26') return true; // Labour Day (NZ)
  return false;
}

export const inWindow = (t) => t >= START && t < END;

/** Graph sign-in timestamps: whole seconds, Z. */
export function isoSec(t) { return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z'); }
/** Graph audit timestamps: 7 fractional digits. */
export function iso7(t, frac7) { return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', '.' + frac7 + 'Z'); }
