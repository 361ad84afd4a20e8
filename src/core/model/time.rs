//! Timestamps: parsing every spelling the exports use, and formatting.
//!
//! All timestamps in Lantern are `i64` milliseconds since 1970-01-01T00:00:00Z (UTC).
//! Accepted spellings (see `../shared/reference/formats.md`):
//! - ISO 8601 / RFC 3339: `2022-01-24T05:10:08.6816663Z`, `…+00:00`, `…-05:00`, a space
//!   instead of `T` (`2023-07-26 23:00:20.889`), 0–9 fractional digits, no zone = UTC;
//! - the Log Analytics display form `4/28/2021, 2:08:45.221 PM` (M/D/YYYY, 12-hour clock);
//! - Windows PowerShell 5.1 JSON dates `/Date(1704067200000)/`;
//! - a bare date `2024-01-31` (midnight UTC).

/// Days from 1970-01-01 to the civil date (proleptic Gregorian). Howard Hinnant's algorithm.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month 1–12, day 1–31) of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

const MS_PER_DAY: i64 = 86_400_000;

/// Parses any supported timestamp spelling into UTC milliseconds.
///
/// ```
/// use lantern::core::model::time::parse_ts_ms;
/// assert_eq!(parse_ts_ms("1970-01-01T00:00:01Z"), Some(1000));
/// assert_eq!(parse_ts_ms("2019-10-18T04:45:48.0729893-05:00"), parse_ts_ms("2019-10-18T09:45:48.072Z"));
/// assert_eq!(parse_ts_ms("4/28/2021, 2:08:45.221 PM"), parse_ts_ms("2021-04-28T14:08:45.221Z"));
/// assert_eq!(parse_ts_ms("/Date(1704067200000)/"), Some(1704067200000));
/// assert_eq!(parse_ts_ms("1/9/2007 10:41:00 AM +01:00"), parse_ts_ms("2007-01-09T09:41:00Z"));
/// assert_eq!(parse_ts_ms("2026/10/14 7:09"), parse_ts_ms("2026-10-14T07:09:00Z"));
/// assert_eq!(parse_ts_ms("yesterday"), None);
/// ```
pub fn parse_ts_ms(text: &str) -> Option<i64> {
    let s = text.trim();
    let b = s.as_bytes();
    if b.len() >= 8 && b[0].is_ascii_digit() && b.get(4) == Some(&b'-') {
        return parse_iso(b);
    }
    if let Some(rest) = s.strip_prefix("/Date(").or_else(|| s.strip_prefix("\\/Date(")) {
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '-'))?;
        return rest[..end].parse().ok();
    }
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'/' {
        // `2026/10/14 7:09` (Excel in Japan, China, Korea): year first.
        return parse_iso(s.replacen('/', "-", 2).as_bytes());
    }
    if b.first().is_some_and(u8::is_ascii_digit) && s.contains('/') {
        return parse_display(s, b'/', false);
    }
    if dotted(b) {
        return parse_display(s, b'.', true);
    }
    None
}

/// `14.10.2026 07:09` (German, Excel): a day, a dot, a month, a dot.
fn dotted(b: &[u8]) -> bool {
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&d) && b.get(d) == Some(&b'.') && b.get(d + 1).is_some_and(u8::is_ascii_digit)
}

/// The order of day and month in a date written with slashes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// `10/14/2026` (US English; the portal's own display).
    #[default]
    MonthFirst,
    /// `14/10/2026` (most of Europe; always for `14.10.2026`).
    DayFirst,
}

impl DateOrder {
    /// How it is said in a message.
    pub fn describe(self) -> &'static str {
        match self {
            DateOrder::MonthFirst => "month first (MM/DD/YYYY)",
            DateOrder::DayFirst => "day first (DD/MM/YYYY)",
        }
    }
}

/// What one file's slash dates say about their order (see [`parse_ts_ms_ordered`]).
#[derive(Clone, Debug, Default)]
pub struct SlashDates {
    /// The order ambiguous dates (`3/4/2026`) are read in until the file says otherwise.
    pub order: DateOrder,
    /// Why `day_first` was assumed (for the report).
    pub assumed_because: &'static str,
    /// Dates written with slashes.
    pub seen: u64,
    /// Dates whose first two numbers are both 1–12 and differ.
    pub ambiguous: u64,
    /// The first line whose date can only be day first (`14/10/2026`), and that date.
    pub day_only: Option<(u64, String)>,
    /// The first line whose date can only be month first (`10/14/2026`), and that date.
    pub month_only: Option<(u64, String)>,
}

/// For a date written with slashes (`3/4/2026`, as Excel re-saves a file), its first two
/// numbers: which order it is in is decided by the file (see [`parse_ts_ms_ordered`]).
pub fn slash_date_parts(text: &str) -> Option<(u32, u32)> {
    let s = text.trim();
    let (a, rest) = s.split_once('/')?;
    let (b, _) = rest.split_once('/')?;
    // A year first (`2026/10/14`) is not ambiguous.
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// [`parse_ts_ms`], reading a slash date in `order` (`14/10/2026 07:09` day first), and in
/// the other order when that one is impossible.
///
/// ```
/// use lantern::core::model::time::{parse_ts_ms, parse_ts_ms_ordered, DateOrder::*};
/// let oct14 = parse_ts_ms("2026-10-14T07:09:00Z");
/// assert_eq!(parse_ts_ms_ordered("14/10/2026 07:09", MonthFirst), oct14);
/// assert_eq!(parse_ts_ms_ordered("10/14/2026 7:09 AM", DayFirst), oct14);
/// assert_eq!(parse_ts_ms_ordered("14.10.2026 07:09", MonthFirst), oct14);
/// assert_eq!(parse_ts_ms_ordered("3/4/2026", DayFirst), parse_ts_ms("2026-04-03"));
/// assert_eq!(parse_ts_ms_ordered("3/4/2026", MonthFirst), parse_ts_ms("2026-03-04"));
/// assert_eq!(parse_ts_ms_ordered("2026/10/14 07:09", DayFirst), oct14);
/// ```
pub fn parse_ts_ms_ordered(text: &str, order: DateOrder) -> Option<i64> {
    let s = text.trim();
    if slash_date_parts(s).is_some() {
        let day_first = order == DateOrder::DayFirst;
        return parse_display(s, b'/', day_first).or_else(|| parse_display(s, b'/', !day_first));
    }
    parse_ts_ms(s)
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, min: usize, max: usize) -> Option<(i64, usize)> {
        let start = self.i;
        let mut v: i64 = 0;
        while self.i < self.b.len() && self.i - start < max && self.b[self.i].is_ascii_digit() {
            v = v * 10 + (self.b[self.i] - b'0') as i64;
            self.i += 1;
        }
        let n = self.i - start;
        (n >= min).then_some((v, n))
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
}

fn parse_iso(b: &[u8]) -> Option<i64> {
    let mut c = Cursor { b, i: 0 };
    let (y, _) = c.digits(4, 4)?;
    c.eat(b'-').then_some(())?;
    let (mo, _) = c.digits(1, 2)?;
    c.eat(b'-').then_some(())?;
    let (d, _) = c.digits(1, 2)?;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let mut ms = days_from_civil(y, mo as u32, d as u32) * MS_PER_DAY;
    if c.peek().is_none() {
        return Some(ms);
    }
    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return None;
    }
    let (h, _) = c.digits(1, 2)?;
    c.eat(b':').then_some(())?;
    let (mi, _) = c.digits(2, 2)?;
    let sec = if c.eat(b':') { c.digits(2, 2)?.0 } else { 0 };
    if h > 24 || mi > 59 || sec > 60 {
        return None;
    }
    ms += (h * 3600 + mi * 60 + sec) * 1000;
    if c.eat(b'.') || c.eat(b',') {
        let (frac, n) = c.digits(1, 12)?;
        // Keep milliseconds: scale the fraction to 3 digits (truncating).
        let frac_ms = match n {
            1 => frac * 100,
            2 => frac * 10,
            3 => frac,
            _ => frac / 10_i64.pow(n as u32 - 3),
        };
        ms += frac_ms;
    }
    match c.peek() {
        None => Some(ms),
        Some(b'Z') | Some(b'z') => (c.i + 1 == b.len()).then_some(ms),
        Some(sign @ (b'+' | b'-')) => {
            c.i += 1;
            let (oh, _) = c.digits(2, 2)?;
            c.eat(b':');
            let om = c.digits(2, 2).map_or(0, |v| v.0);
            if c.i != b.len() {
                return None;
            }
            let off = (oh * 60 + om) * 60_000;
            Some(if sign == b'+' { ms - off } else { ms + off })
        }
        Some(_) => {
            // Tolerate trailing " UTC".
            let rest = std::str::from_utf8(&b[c.i..]).ok()?.trim();
            rest.eq_ignore_ascii_case("utc").then_some(ms)
        }
    }
}

/// `4/28/2021, 2:08:45.221 PM` (also without the comma, without seconds, 24-hour); with
/// `day_first`, `28/4/2021 14:08` and `28.04.2021 14:08`.
fn parse_display(s: &str, sep: u8, day_first: bool) -> Option<i64> {
    let b = s.as_bytes();
    let mut c = Cursor { b, i: 0 };
    let (first, _) = c.digits(1, 2)?;
    c.eat(sep).then_some(())?;
    let (second, _) = c.digits(1, 2)?;
    c.eat(sep).then_some(())?;
    let (y, _) = c.digits(4, 4)?;
    let (mo, d) = if day_first { (second, first) } else { (first, second) };
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let mut ms = days_from_civil(y, mo as u32, d as u32) * MS_PER_DAY;
    c.eat(b',');
    while c.eat(b' ') {}
    if c.peek().is_none() {
        return Some(ms);
    }
    let (mut h, _) = c.digits(1, 2)?;
    c.eat(b':').then_some(())?;
    let (mi, _) = c.digits(2, 2)?;
    let sec = if c.eat(b':') { c.digits(2, 2)?.0 } else { 0 };
    let mut frac_ms = 0;
    if c.eat(b'.') {
        let (frac, n) = c.digits(1, 9)?;
        frac_ms = match n {
            1 => frac * 100,
            2 => frac * 10,
            3 => frac,
            _ => frac / 10_i64.pow(n as u32 - 3),
        };
    }
    while c.eat(b' ') {}
    let mut rest = std::str::from_utf8(&b[c.i..]).ok()?.trim();
    // An AM/PM marker, then an optional UTC offset (`+01:00`, `-0500`, `Z`, `UTC`, `GMT`), as
    // PowerShell's `Get-Date` text and some Excel re-saves write them.
    let marker = rest.get(..2).filter(|m| m.eq_ignore_ascii_case("AM") || m.eq_ignore_ascii_case("PM"));
    if let Some(m) = marker {
        if m.eq_ignore_ascii_case("PM") && h < 12 {
            h += 12;
        } else if m.eq_ignore_ascii_case("AM") && h == 12 {
            h = 0;
        }
        rest = rest[2..].trim_start();
    }
    let offset_ms = utc_offset_ms(rest)?;
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    ms += (h * 3600 + mi * 60 + sec) * 1000 + frac_ms;
    Some(ms - offset_ms)
}

/// `""`, `Z`, `UTC`, `GMT` → 0; `+01:00`, `-0500`, `+1` → the offset east of UTC in ms.
fn utc_offset_ms(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() || s.eq_ignore_ascii_case("z") || s.eq_ignore_ascii_case("utc") || s.eq_ignore_ascii_case("gmt") {
        return Some(0);
    }
    let s = s.strip_prefix("UTC").or_else(|| s.strip_prefix("GMT")).unwrap_or(s);
    let (sign, digits) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let (hh, mm) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let (hh, mm): (i64, i64) = (hh.parse().ok()?, mm.parse().ok()?);
    (hh <= 14 && mm < 60 && !digits.is_empty()).then_some(sign * (hh * 60 + mm) * 60_000)
}

/// Formats UTC milliseconds as `2024-01-31T13:05:09Z` (seconds precision), the portal's style.
pub fn format_iso_s(ts_ms: i64) -> String {
    let (y, mo, d, h, mi, s, _) = split(ts_ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// Formats UTC milliseconds as `2024-01-31T13:05:09.123Z`.
pub fn format_iso_ms(ts_ms: i64) -> String {
    let (y, mo, d, h, mi, s, ms) = split(ts_ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
}

/// Formats milliseconds (already shifted to the wanted zone) as `2024-01-31 13:05:09`.
pub fn format_display(ts_ms: i64) -> String {
    let (y, mo, d, h, mi, s, _) = split(ts_ms);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

/// Formats the date part only: `2024-01-31`.
pub fn format_date(ts_ms: i64) -> String {
    let (y, mo, d, ..) = split(ts_ms);
    format!("{y:04}-{mo:02}-{d:02}")
}

/// Splits UTC milliseconds into (year, month, day, hour, minute, second, millisecond).
pub fn split(ts_ms: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let days = ts_ms.div_euclid(MS_PER_DAY);
    let rem = ts_ms.rem_euclid(MS_PER_DAY);
    let (y, mo, d) = civil_from_days(days);
    let secs = rem / 1000;
    (y, mo, d, (secs / 3600) as u32, ((secs / 60) % 60) as u32, (secs % 60) as u32, (rem % 1000) as u32)
}

/// Day of week, 0 = Monday … 6 = Sunday.
pub fn weekday(ts_ms: i64) -> u32 {
    // 1970-01-01 was a Thursday (3 when Monday = 0).
    (ts_ms.div_euclid(MS_PER_DAY) + 3).rem_euclid(7) as u32
}

/// Hour of day 0–23.
pub fn hour(ts_ms: i64) -> u32 {
    (ts_ms.rem_euclid(MS_PER_DAY) / 3_600_000) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for z in [-800_000, -1, 0, 1, 59, 18_000, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn iso_variants() {
        let base = parse_ts_ms("2022-01-24T05:10:08Z").unwrap();
        assert_eq!(parse_ts_ms("2022-01-24T05:10:08.6816663Z"), Some(base + 681));
        assert_eq!(parse_ts_ms("2022-01-24T05:10:08.6816663+00:00"), Some(base + 681));
        assert_eq!(parse_ts_ms("2022-01-24T05:10:08.429773+00:00"), Some(base + 429));
        assert_eq!(parse_ts_ms("2022-01-24T05:10:08.5Z"), Some(base + 500));
        assert_eq!(parse_ts_ms("2022-01-24 05:10:08"), Some(base));
        assert_eq!(parse_ts_ms("2022-01-24T00:10:08-05:00"), Some(base));
        assert_eq!(parse_ts_ms("2022-01-24T10:40:08+0530"), Some(base));
        assert_eq!(parse_ts_ms("2022-01-24T05:10:08.123456789Z"), Some(base + 123));
        assert_eq!(parse_ts_ms(" 2022-01-24T05:10:08Z "), Some(base));
        assert_eq!(parse_ts_ms("2022-01-24"), parse_ts_ms("2022-01-24T00:00:00Z"));
        assert_eq!(parse_ts_ms("2022-13-24T05:10:08Z"), None);
        assert_eq!(parse_ts_ms("2022-01-24T05:10:08Zjunk"), None);
        assert_eq!(parse_ts_ms(""), None);
    }

    #[test]
    fn log_analytics_display_format() {
        assert_eq!(parse_ts_ms("4/28/2021, 2:08:45.221 PM"), parse_ts_ms("2021-04-28T14:08:45.221Z"));
        assert_eq!(parse_ts_ms("4/28/2021, 12:08:45.221 AM"), parse_ts_ms("2021-04-28T00:08:45.221Z"));
        assert_eq!(parse_ts_ms("12/1/2021 12:00:00 PM"), parse_ts_ms("2021-12-01T12:00:00Z"));
        assert_eq!(parse_ts_ms("4/28/2021 14:08"), parse_ts_ms("2021-04-28T14:08:00Z"));
    }

    #[test]
    fn formatting() {
        let t = parse_ts_ms("2024-02-29T23:59:58.007Z").unwrap();
        assert_eq!(format_iso_s(t), "2024-02-29T23:59:58Z");
        assert_eq!(format_iso_ms(t), "2024-02-29T23:59:58.007Z");
        assert_eq!(format_display(t), "2024-02-29 23:59:58");
        assert_eq!(weekday(t), 3); // Thursday
        assert_eq!(hour(t), 23);
        assert_eq!(format_iso_s(-1), "1969-12-31T23:59:59Z");
    }
}
