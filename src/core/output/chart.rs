//! Chart geometry: time bins, stacked bars, the weekday × hour heatmap, top-N bars, the
//! country choropleth, map points and travel lines — as plain numbers and SVG path `d`
//! strings, with no DOM.
//!
//! The UI binds these to its own SVG elements (classes, themes, events); the findings
//! report draws them with the small `*_svg` renderers at the end of this module, which
//! escape every label (log text is attacker-controlled).
//!
//! Conventions:
//! - sizes are CSS pixels, the origin is the top-left corner, y grows downwards;
//! - coordinates are rounded to 0.01 px so that snapshots are stable across platforms;
//! - times are UTC milliseconds; a `tz_offset_min` shifts only what is *shown* (bin
//!   boundaries fall on local midnight / local hours, labels are local);
//! - sign-in classes come from [`codes::class_of`] (success / interrupt / failure), or the
//!   exported Status when a record has no error code; audit events are classed by their
//!   result (success / timeout / failure, timeout drawn in the "interrupted" slot).
//!
//! No function here panics on any input: empty selections, rows out of range, NaN or
//! absurd sizes all give empty or clamped geometry.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::core::{
    codes::{self, CodeClass},
    geo,
    model::Log,
    model::time,
    model::{AuditField as A, Column, Dataset, NO_INT, NO_TIME, SignInField as S},
    query::aggregate::user_key,
    query::filter::facet,
};

/// One minute in milliseconds.
pub const MINUTE_MS: i64 = 60_000;
/// One hour in milliseconds.
pub const HOUR_MS: i64 = 3_600_000;
/// One day in milliseconds.
pub const DAY_MS: i64 = 86_400_000;
/// One week in milliseconds.
pub const WEEK_MS: i64 = 7 * DAY_MS;

/// 1970-01-01 was a Thursday: week bins are shifted by four days to start on Mondays.
const MONDAY_SHIFT_MS: i64 = 4 * DAY_MS;

/// The bin sizes a time chart may use, smallest first (longer spans use whole weeks): the
/// axis tick steps up to one week.
pub const NICE_BINS_MS: &[i64] = TICK_STEPS_MS.split_at(14).0;
const _: () = assert!(NICE_BINS_MS[NICE_BINS_MS.len() - 1] == WEEK_MS);

/// Rounds to 0.01 (and turns -0 into 0), for stable geometry.
fn r2(x: f64) -> f64 {
    if !x.is_finite() {
        return 0.0;
    }
    let v = (x * 100.0).round() / 100.0;
    if v == 0.0 { 0.0 } else { v }
}

/// A number for SVG text: at most two decimals, no trailing zeros.
pub fn num(x: f64) -> String {
    let v = r2(x);
    let mut s = format!("{v:.2}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" { "0".into() } else { s }
}

/// A finite, non-negative size (NaN and negatives become 0, huge values are capped).
pub(crate) fn size(x: f64) -> f64 {
    if x.is_finite() { x.clamp(0.0, 1.0e7) } else { 0.0 }
}

// ---------------------------------------------------------------------------------------
// Time bins.

/// The smallest "nice" bin size (1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h; 1, 2 days;
/// 1 week, then whole numbers of weeks) such that `span_ms` fits in at most `max_bins`
/// bins (`ceil(span / bin) ≤ max_bins`). `max_bins` 0 counts as 1; a negative span as 0.
///
/// ```
/// use lantern::core::output::chart::{auto_bin_ms, HOUR_MS, DAY_MS};
/// assert_eq!(auto_bin_ms(21 * DAY_MS, 100), 6 * HOUR_MS);
/// assert_eq!(auto_bin_ms(21 * DAY_MS, 30), DAY_MS);
/// assert_eq!(auto_bin_ms(0, 10), 60_000);
/// ```
pub fn auto_bin_ms(span_ms: i64, max_bins: usize) -> i64 {
    let span = span_ms.max(0) as i128;
    let max = max_bins.max(1) as i128;
    for &b in NICE_BINS_MS {
        if (span + b as i128 - 1) / b as i128 <= max {
            return b;
        }
    }
    // Whole weeks: 1, 2, 4, 8, 13, 26, 52, then multiples of 52.
    let weeks = (span + (WEEK_MS as i128 * max) - 1) / (WEEK_MS as i128 * max);
    let weeks = weeks.max(1);
    let nice = [1i128, 2, 4, 8, 13, 26, 52].into_iter().find(|w| *w >= weeks).unwrap_or(((weeks + 51) / 52) * 52);
    let ms = nice.saturating_mul(WEEK_MS as i128);
    ms.min(i64::MAX as i128 / 4) as i64
}

/// Start of the bin of size `bin_ms` that holds local time `local_ms` (weeks start on Monday).
fn align(local_ms: i64, bin_ms: i64) -> i64 {
    let bin = bin_ms.max(1);
    let shift = if bin % WEEK_MS == 0 { MONDAY_SHIFT_MS } else { 0 };
    local_ms.saturating_sub(shift).div_euclid(bin).saturating_mul(bin).saturating_add(shift)
}

/// Counts per time bin of a selection, split into three classes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeSeries {
    /// UTC start of the first bin.
    pub start_ms: i64,
    /// Bin size.
    pub bin_ms: i64,
    /// The offset the bins are aligned to (local midnight / local hours) and labelled in.
    pub tz_offset_min: i32,
    /// Successful sign-ins (audit: result Success) per bin.
    pub success: Vec<u32>,
    /// Interrupted sign-ins (audit: result Timeout) per bin.
    pub interrupted: Vec<u32>,
    /// Failed sign-ins (audit: result Failure) per bin.
    pub failure: Vec<u32>,
    /// Selected records not drawn: no time, or no class (neither a code nor a status).
    pub other: u32,
}

impl TimeSeries {
    /// Number of bins.
    pub fn len(&self) -> usize {
        self.success.len()
    }

    /// True when there are no bins.
    pub fn is_empty(&self) -> bool {
        self.success.is_empty()
    }

    /// UTC end (exclusive) of the last bin.
    pub fn end_ms(&self) -> i64 {
        self.start_ms.saturating_add(self.bin_ms.saturating_mul(self.len() as i64))
    }

    /// Total of bin `i` (0 when out of range).
    pub fn total(&self, i: usize) -> u32 {
        let g = |v: &Vec<u32>| v.get(i).copied().unwrap_or(0);
        g(&self.success).saturating_add(g(&self.interrupted)).saturating_add(g(&self.failure))
    }

    /// The largest bin total.
    pub fn max_total(&self) -> u32 {
        (0..self.len()).map(|i| self.total(i)).max().unwrap_or(0)
    }

    /// Sum over all bins of (success, interrupted, failure).
    pub fn sums(&self) -> [u64; 3] {
        let s = |v: &Vec<u32>| v.iter().map(|x| *x as u64).sum::<u64>();
        [s(&self.success), s(&self.interrupted), s(&self.failure)]
    }
}

/// Class slot of a sign-in: 0 success, 1 interrupted, 2 failure; `None` when unknown.
pub fn signin_slot(ds: &Dataset, row: usize) -> Option<usize> {
    let t = &ds.signins.table;
    if row >= t.len() {
        return None;
    }
    let code = t.int(S::Code as usize, row);
    if code != NO_INT {
        return Some(match codes::class_of(code) {
            CodeClass::Success => 0,
            CodeClass::Interrupt => 1,
            CodeClass::Failure => 2,
        });
    }
    // schema::STATUS = Success, Failure, Interrupted.
    match t.enum_code(S::Status as usize, row) {
        1 => Some(0),
        2 => Some(2),
        3 => Some(1),
        _ => None,
    }
}

/// Class slot of an audit event: 0 success, 1 timeout, 2 failure; `None` when unknown.
pub fn audit_slot(ds: &Dataset, row: usize) -> Option<usize> {
    let t = &ds.audits.table;
    if row >= t.len() {
        return None;
    }
    // schema::AUDIT_RESULT = Success, Failure, Timeout.
    match t.enum_code(A::Result as usize, row) {
        1 => Some(0),
        2 => Some(2),
        3 => Some(1),
        _ => None,
    }
}

fn series(
    rows: &[u32],
    max_bins: usize,
    tz_offset_min: i32,
    time_of: impl Fn(usize) -> i64,
    slot_of: impl Fn(usize) -> Option<usize>,
) -> TimeSeries {
    let tz_ms = tz_offset_min as i64 * MINUTE_MS;
    let (mut lo, mut hi) = (i64::MAX, i64::MIN);
    let mut other = 0u32;
    for &r in rows {
        let t = time_of(r as usize);
        if t == NO_TIME {
            continue;
        }
        lo = lo.min(t);
        hi = hi.max(t);
    }
    if lo > hi {
        return TimeSeries { tz_offset_min, other: rows.len().min(u32::MAX as usize) as u32, ..Default::default() };
    }
    let max_bins = max_bins.max(1);
    let span = hi.saturating_sub(lo);
    let mut bin = auto_bin_ms(span, max_bins);
    // Alignment may add one bin: step up until the aligned range fits.
    let (mut start, mut n);
    loop {
        start = align(lo.saturating_add(tz_ms), bin);
        let last = align(hi.saturating_add(tz_ms), bin);
        n = ((last - start) / bin + 1) as usize;
        if n <= max_bins || bin >= i64::MAX / 8 {
            break;
        }
        bin = NICE_BINS_MS.iter().copied().find(|b| *b > bin).unwrap_or(bin.saturating_mul(2));
    }
    let n = n.min(max_bins.max(1)).max(1);
    let mut ts = TimeSeries {
        start_ms: start - tz_ms,
        bin_ms: bin,
        tz_offset_min,
        success: vec![0; n],
        interrupted: vec![0; n],
        failure: vec![0; n],
        other: 0,
    };
    for &r in rows {
        let t = time_of(r as usize);
        let slot = if t == NO_TIME { None } else { slot_of(r as usize) };
        let Some(slot) = slot else {
            other = other.saturating_add(1);
            continue;
        };
        let i = ((t - ts.start_ms) / bin).clamp(0, n as i64 - 1) as usize;
        let v = match slot {
            0 => &mut ts.success,
            1 => &mut ts.interrupted,
            _ => &mut ts.failure,
        };
        v[i] = v[i].saturating_add(1);
    }
    ts.other = other;
    ts
}

/// Sign-ins of `rows` per auto-sized time bin (UTC bins), split by class.
pub fn time_series(ds: &Dataset, rows: &[u32], max_bins: usize) -> TimeSeries {
    time_series_tz(ds, rows, max_bins, 0)
}

/// [`time_series`] with bins aligned to the local day / hour of `tz_offset_min`.
pub fn time_series_tz(ds: &Dataset, rows: &[u32], max_bins: usize, tz_offset_min: i32) -> TimeSeries {
    let t = &ds.signins.table;
    series(
        rows,
        max_bins,
        tz_offset_min,
        |r| {
            if r < t.len() { t.time(S::Time as usize, r) } else { NO_TIME }
        },
        |r| signin_slot(ds, r),
    )
}

/// Audit events of `rows` per time bin, split by result (success / timeout / failure).
pub fn audit_series(ds: &Dataset, rows: &[u32], max_bins: usize, tz_offset_min: i32) -> TimeSeries {
    let t = &ds.audits.table;
    series(
        rows,
        max_bins,
        tz_offset_min,
        |r| {
            if r < t.len() { t.time(A::Time as usize, r) } else { NO_TIME }
        },
        |r| audit_slot(ds, r),
    )
}

// ---------------------------------------------------------------------------------------
// Stacked bars.

/// Space around a chart's plot area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Default for Margins {
    /// Room for y labels on the left and x labels below.
    fn default() -> Self {
        Self { top: 10.0, right: 12.0, bottom: 24.0, left: 44.0 }
    }
}

/// The plot area inside the margins.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// y of the bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    /// x of the right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
}

fn plot_rect(width_px: f64, height_px: f64, m: Margins) -> Rect {
    let (w, h) = (size(width_px), size(height_px));
    let (l, r, t, b) = (size(m.left), size(m.right), size(m.top), size(m.bottom));
    let pw = (w - l - r).max(1.0);
    let ph = (h - t - b).max(1.0);
    Rect { x: r2(l), y: r2(t), w: r2(pw), h: r2(ph) }
}

/// One bar of a stacked time chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub w: f64,
    /// `(y, h)` of the success, interrupted and failure segments, stacked bottom-up
    /// (success at the bottom). A zero count has `h` 0 at the top of the stack so far.
    pub segments: [(f64, f64); 3],
    pub bin_start_ms: i64,
    pub bin_end_ms: i64,
    /// (success, interrupted, failure).
    pub counts: [u32; 3],
    pub total: u32,
}

/// A stacked bar chart of a [`TimeSeries`], with axes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StackedBars {
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    pub bars: Vec<Bar>,
    /// `(y, label)` of horizontal grid lines, bottom (0) first.
    pub y_ticks: Vec<(f64, String)>,
    /// `(x, label)` of time ticks, left to right.
    pub x_ticks: Vec<(f64, String)>,
    /// The count at the top of the plot area.
    pub y_max: u32,
    pub start_ms: i64,
    pub end_ms: i64,
    pub bin_ms: i64,
    pub tz_offset_min: i32,
}

/// A "nice" step (1, 2 or 5 × 10^k, at least `min_step`) so that `max` needs at most
/// about `target` steps.
pub fn nice_step(max: f64, target: usize, min_step: f64) -> f64 {
    let target = target.max(1) as f64;
    if !max.is_finite() || max <= 0.0 {
        return min_step.max(f64::MIN_POSITIVE);
    }
    let raw = (max / target).max(min_step);
    let mag = 10f64.powf(raw.log10().floor());
    let step =
        [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * mag).find(|s| *s >= raw * (1.0 - 1e-9)).unwrap_or(10.0 * mag);
    step.max(min_step)
}

/// A count as a short axis label: `950`, `1.5k`, `20k`, `1.2M`.
pub fn compact_count(n: u64) -> String {
    fn one(v: f64, unit: &str) -> String {
        let s = if v < 10.0 && (v - v.round()).abs() > 0.05 { format!("{v:.1}") } else { format!("{:.0}", v.round()) };
        format!("{s}{unit}")
    }
    match n {
        0..=999 => n.to_string(),
        1_000..=999_999 => one(n as f64 / 1e3, "k"),
        1_000_000..=999_999_999 => one(n as f64 / 1e6, "M"),
        _ => one(n as f64 / 1e9, "G"),
    }
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `26 Oct` (local time already applied).
fn day_month(local_ms: i64) -> String {
    let (_, m, d, ..) = time::split(local_ms);
    format!("{d} {}", MONTHS.get((m as usize).wrapping_sub(1)).copied().unwrap_or(""))
}

/// The tick intervals a time axis may use.
const TICK_STEPS_MS: &[i64] = &[
    MINUTE_MS,
    2 * MINUTE_MS,
    5 * MINUTE_MS,
    10 * MINUTE_MS,
    15 * MINUTE_MS,
    30 * MINUTE_MS,
    HOUR_MS,
    2 * HOUR_MS,
    3 * HOUR_MS,
    6 * HOUR_MS,
    12 * HOUR_MS,
    DAY_MS,
    2 * DAY_MS,
    WEEK_MS,
    2 * WEEK_MS,
    4 * WEEK_MS,
    13 * WEEK_MS,
    26 * WEEK_MS,
    52 * WEEK_MS,
];

/// Time ticks between `start` and `end` (UTC), at most one per `min_gap_px`, labelled in
/// local time: dates for day-sized steps (`26 Oct`, the first with its year), hours
/// otherwise (`06:00`, with the date at local midnight and on the first tick).
pub fn time_ticks(start_ms: i64, end_ms: i64, tz_offset_min: i32, plot: Rect, min_gap_px: f64) -> Vec<(f64, String)> {
    let span = end_ms.saturating_sub(start_ms);
    if span <= 0 || plot.w <= 0.0 {
        return Vec::new();
    }
    let max_ticks = ((plot.w / min_gap_px.max(10.0)).floor() as i64).max(2);
    let step = TICK_STEPS_MS
        .iter()
        .copied()
        .find(|s| span / s < max_ticks)
        .unwrap_or_else(|| ((span / max_ticks).max(1) / WEEK_MS + 1) * WEEK_MS);
    let tz_ms = tz_offset_min as i64 * MINUTE_MS;
    let mut local = align(start_ms.saturating_add(tz_ms), step);
    if local < start_ms.saturating_add(tz_ms) {
        local = local.saturating_add(step);
    }
    let mut out = Vec::new();
    while local <= end_ms.saturating_add(tz_ms) && out.len() < 1000 {
        let utc = local as i128 - tz_ms as i128;
        let x = r2(plot.x + (utc - start_ms as i128) as f64 / span as f64 * plot.w);
        let first = out.is_empty();
        let label = if step >= DAY_MS {
            let (y, ..) = time::split(local);
            if first { format!("{} {y}", day_month(local)) } else { day_month(local) }
        } else {
            let (_, _, _, h, mi, ..) = time::split(local);
            if h == 0 && mi == 0 {
                day_month(local)
            } else if first {
                format!("{} {h:02}:{mi:02}", day_month(local))
            } else {
                format!("{h:02}:{mi:02}")
            }
        };
        out.push((x, label));
        match local.checked_add(step) {
            Some(next) => local = next,
            None => break,
        }
    }
    out
}

/// Lays out `ts` as stacked bars in a `width_px` × `height_px` box: nice y ticks
/// (1-2-5 steps, integers), readable time ticks, one bar per bin with a small gap.
pub fn stacked_bars(ts: &TimeSeries, width_px: f64, height_px: f64, margins: Margins) -> StackedBars {
    let plot = plot_rect(width_px, height_px, margins);
    let n = ts.len();
    let max = ts.max_total();
    let step = nice_step(max as f64, 5, 1.0);
    let y_max = if max == 0 { 1.0 } else { (max as f64 / step).ceil() * step };
    let scale = plot.h / y_max;
    let mut y_ticks = Vec::new();
    let mut v = 0.0;
    while v <= y_max + 1e-9 && y_ticks.len() < 50 {
        y_ticks.push((r2(plot.bottom() - v * scale), compact_count(v as u64)));
        v += step;
    }
    let bw = if n == 0 { 0.0 } else { plot.w / n as f64 };
    let gap = if bw >= 4.0 { (bw * 0.15).min(4.0) } else { 0.0 };
    let mut bars = Vec::with_capacity(n);
    for i in 0..n {
        let counts = [
            ts.success.get(i).copied().unwrap_or(0),
            ts.interrupted.get(i).copied().unwrap_or(0),
            ts.failure.get(i).copied().unwrap_or(0),
        ];
        let mut top = plot.bottom();
        let mut segments = [(0.0, 0.0); 3];
        for (k, c) in counts.iter().enumerate() {
            let h = *c as f64 * scale;
            top -= h;
            segments[k] = (r2(top), r2(h));
        }
        let start = ts.start_ms.saturating_add(ts.bin_ms.saturating_mul(i as i64));
        bars.push(Bar {
            x: r2(plot.x + i as f64 * bw + gap / 2.0),
            w: r2((bw - gap).max(0.0)),
            segments,
            bin_start_ms: start,
            bin_end_ms: start.saturating_add(ts.bin_ms),
            counts,
            total: ts.total(i),
        });
    }
    let x_ticks = time_ticks(ts.start_ms, ts.end_ms(), ts.tz_offset_min, plot, 72.0);
    StackedBars {
        width: r2(size(width_px)),
        height: r2(size(height_px)),
        plot,
        bars,
        y_ticks,
        x_ticks,
        y_max: y_max as u32,
        start_ms: ts.start_ms,
        end_ms: ts.end_ms(),
        bin_ms: ts.bin_ms,
        tz_offset_min: ts.tz_offset_min,
    }
}

/// The time (UTC ms) under horizontal pixel `x` (clamped to the plot area).
pub fn x_to_time(sb: &StackedBars, x: f64) -> i64 {
    if sb.plot.w <= 0.0 || sb.end_ms <= sb.start_ms {
        return sb.start_ms;
    }
    let x = if x.is_finite() { x } else { sb.plot.x };
    let f = ((x - sb.plot.x) / sb.plot.w).clamp(0.0, 1.0);
    let t = sb.start_ms as i128 + (f * (sb.end_ms as i128 - sb.start_ms as i128) as f64) as i128;
    t.clamp(sb.start_ms as i128, sb.end_ms as i128) as i64
}

/// The horizontal pixel of time `t_ms` (clamped to the plot area).
pub fn time_to_x(sb: &StackedBars, t_ms: i64) -> f64 {
    if sb.end_ms <= sb.start_ms {
        return sb.plot.x;
    }
    let f = ((t_ms as i128 - sb.start_ms as i128) as f64 / (sb.end_ms as i128 - sb.start_ms as i128) as f64)
        .clamp(0.0, 1.0);
    r2(sb.plot.x + f * sb.plot.w)
}

/// The index of the bar under pixel `x`, if any.
pub fn bar_at(sb: &StackedBars, x: f64) -> Option<usize> {
    if !x.is_finite() || x < sb.plot.x || x > sb.plot.right() || sb.bars.is_empty() {
        return None;
    }
    let i = ((x - sb.plot.x) / sb.plot.w * sb.bars.len() as f64).floor() as usize;
    Some(i.min(sb.bars.len() - 1))
}

/// A brushed pixel range as a date filter `[from_ms, to_ms)`, snapped outwards to whole
/// bins (a click without drag selects its bin). `None` when the chart is empty.
pub fn brush_range(sb: &StackedBars, x0: f64, x1: f64) -> Option<(i64, i64)> {
    if sb.bars.is_empty() || sb.bin_ms <= 0 {
        return None;
    }
    let (a, b) = (x_to_time(sb, x0.min(x1)) as i128, x_to_time(sb, x0.max(x1)) as i128);
    let (start, bin) = (sb.start_ms as i128, sb.bin_ms as i128);
    let from = start + (a - start).div_euclid(bin) * bin;
    let mut to = start + (b - start + bin - 1).div_euclid(bin) * bin;
    if to <= from {
        to = from + bin;
    }
    let to = to.min(sb.end_ms as i128).max(from + 1);
    let clamp = |v: i128| v.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    Some((clamp(from), clamp(to)))
}

// ---------------------------------------------------------------------------------------
// Heatmap.

/// Weekday labels, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Sign-ins of `rows` per (local weekday, local hour): `grid[weekday][hour]`, Monday = 0.
pub fn heatmap(ds: &Dataset, rows: &[u32], tz_offset_min: i32) -> [[u32; 24]; 7] {
    heatmap_of(ds, Log::SignIns, rows, tz_offset_min)
}

/// [`heatmap`] for either log.
pub fn heatmap_of(ds: &Dataset, log: Log, rows: &[u32], tz_offset_min: i32) -> [[u32; 24]; 7] {
    let table = log.table(ds);
    let col = log.time_col();
    let tz_ms = tz_offset_min as i64 * MINUTE_MS;
    let mut grid = [[0u32; 24]; 7];
    for &r in rows {
        let r = r as usize;
        if r >= table.len() {
            continue;
        }
        let t = table.time(col, r);
        if t == NO_TIME {
            continue;
        }
        let local = t.saturating_add(tz_ms);
        let (d, h) = (time::weekday(local) as usize, time::hour(local) as usize);
        if let Some(c) = grid.get_mut(d).and_then(|row| row.get_mut(h)) {
            *c = c.saturating_add(1);
        }
    }
    grid
}

/// The colour step (0 = none, 1..=`steps`) of `count` on a linear scale up to `max`.
pub fn level(count: u32, max: u32, steps: u8) -> u8 {
    if count == 0 || max == 0 || steps == 0 {
        return 0;
    }
    let l = ((count as f64 / max as f64) * steps as f64).ceil() as u8;
    l.clamp(1, steps)
}

/// One heatmap cell.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatCell {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// 0 = Monday.
    pub weekday: u8,
    pub hour: u8,
    pub count: u32,
    /// 0 (empty) … 5 (busiest).
    pub level: u8,
    /// `count / max`, 0..1 (for a fill-opacity scale).
    pub opacity: f64,
}

/// A laid-out weekday × hour heatmap.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Heatmap {
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    /// 168 cells, Monday 00h first, row by row.
    pub cells: Vec<HeatCell>,
    /// `(y, label)` centre of each weekday row.
    pub row_labels: Vec<(f64, &'static str)>,
    /// `(x, label)` centre of every third hour column (`00`, `03`, …).
    pub col_labels: Vec<(f64, String)>,
    pub max: u32,
}

/// Lays out a weekday × hour grid in a `width_px` × `height_px` box.
pub fn heatmap_geometry(grid: &[[u32; 24]; 7], width_px: f64, height_px: f64, margins: Margins) -> Heatmap {
    let plot = plot_rect(width_px, height_px, margins);
    let (cw, ch) = (plot.w / 24.0, plot.h / 7.0);
    let max = grid.iter().flat_map(|r| r.iter()).copied().max().unwrap_or(0);
    let pad = if cw >= 6.0 && ch >= 6.0 { 1.0 } else { 0.0 };
    let mut cells = Vec::with_capacity(168);
    for (d, row) in grid.iter().enumerate() {
        for (h, &count) in row.iter().enumerate() {
            cells.push(HeatCell {
                x: r2(plot.x + h as f64 * cw + pad / 2.0),
                y: r2(plot.y + d as f64 * ch + pad / 2.0),
                w: r2((cw - pad).max(0.0)),
                h: r2((ch - pad).max(0.0)),
                weekday: d as u8,
                hour: h as u8,
                count,
                level: level(count, max, 5),
                opacity: if max == 0 { 0.0 } else { r2(count as f64 / max as f64) },
            });
        }
    }
    Heatmap {
        width: r2(size(width_px)),
        height: r2(size(height_px)),
        plot,
        row_labels: WEEKDAYS.iter().enumerate().map(|(d, l)| (r2(plot.y + (d as f64 + 0.5) * ch), *l)).collect(),
        col_labels: (0..24).step_by(3).map(|h| (r2(plot.x + (h as f64 + 0.5) * cw), format!("{h:02}"))).collect(),
        cells,
        max,
    }
}

// ---------------------------------------------------------------------------------------
// Top-N.

/// What a top-N bar chart counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TopBy {
    /// Sign-ins per application.
    Apps,
    /// Sign-ins per country (the value is the exported country, usually an ISO code).
    Countries,
    /// Sign-ins per error code (code 0 — success — excluded).
    ErrorCodes,
    /// Sign-ins per client app (browser, mobile apps, IMAP…).
    ClientApps,
    /// Failed sign-ins (class failure) per user.
    UsersWithFailures,
    /// Sign-ins per IP address.
    Ips,
    /// Audit events per activity.
    Activities,
    /// Audit events per actor.
    Actors,
}

impl TopBy {
    /// Every kind.
    pub const ALL: [TopBy; 8] = [
        TopBy::Apps,
        TopBy::Countries,
        TopBy::ErrorCodes,
        TopBy::ClientApps,
        TopBy::UsersWithFailures,
        TopBy::Ips,
        TopBy::Activities,
        TopBy::Actors,
    ];

    /// The log whose rows this counts.
    pub fn log(self) -> Log {
        match self {
            TopBy::Activities | TopBy::Actors => Log::Audits,
            _ => Log::SignIns,
        }
    }

    /// The filter field a click on a bar sets (`Cond::In { field, values: [value] }`).
    pub fn field(self) -> &'static str {
        match self {
            TopBy::Apps => "app",
            TopBy::Countries => "country",
            TopBy::ErrorCodes => "code",
            TopBy::ClientApps => "client_app",
            TopBy::UsersWithFailures => "user_any",
            TopBy::Ips => "ip",
            TopBy::Activities => "activity",
            TopBy::Actors => "actor",
        }
    }

    /// Chart title.
    pub fn title(self) -> &'static str {
        match self {
            TopBy::Apps => "Top applications",
            TopBy::Countries => "Top countries",
            TopBy::ErrorCodes => "Top error codes",
            TopBy::ClientApps => "Top client apps",
            TopBy::UsersWithFailures => "Users with most failures",
            TopBy::Ips => "Top IP addresses",
            TopBy::Activities => "Top audit activities",
            TopBy::Actors => "Top audit actors",
        }
    }

    /// What to show for a value: the country's name, the code with its name, else the value.
    pub fn label(self, value: &str) -> String {
        match self {
            TopBy::Countries => {
                let name = geo::country_name(value.trim());
                if name == value.trim() { value.to_owned() } else { format!("{name} ({})", value.trim()) }
            }
            TopBy::ErrorCodes => match codes::parse_code(value).and_then(codes::lookup) {
                Some(c) => format!("{} {}", c.code, c.name),
                None => value.to_owned(),
            },
            _ => value.to_owned(),
        }
    }
}

/// The `n` most frequent values (most first; ties by value), as `(value, count)`. The
/// value is what a filter matches (`TopBy::field`); [`TopBy::label`] makes it readable.
pub fn top_n(ds: &Dataset, rows: &[u32], by: TopBy, n: usize) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = match by {
        // A text column: the facet counts of the filter panel, without the empty value.
        TopBy::Apps | TopBy::Countries | TopBy::ClientApps | TopBy::Ips | TopBy::Activities | TopBy::Actors => {
            facet(ds, by.log(), rows, by.field())
                .into_iter()
                .filter(|f| !f.value.is_empty())
                .map(|f| (f.value, f.count))
                .collect()
        }
        TopBy::ErrorCodes => {
            let t = &ds.signins.table;
            let mut m: BTreeMap<u32, u32> = BTreeMap::new();
            for &r in rows {
                let r = r as usize;
                if r >= t.len() {
                    continue;
                }
                let c = t.int(S::Code as usize, r);
                if c != NO_INT && c != 0 {
                    *m.entry(c).or_default() += 1;
                }
            }
            m.into_iter().map(|(c, k)| (c.to_string(), k)).collect()
        }
        TopBy::UsersWithFailures => {
            let mut m: BTreeMap<&str, u32> = BTreeMap::new();
            for &r in rows {
                let r = r as usize;
                if signin_slot(ds, r) == Some(2) {
                    let u = user_key(ds, r);
                    if !u.is_empty() {
                        *m.entry(u).or_default() += 1;
                    }
                }
            }
            m.into_iter().map(|(u, k)| (u.to_owned(), k)).collect()
        }
    };
    if by == TopBy::ErrorCodes {
        // Ties in code order (50053 before 500121).
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| (a.0.len(), &a.0).cmp(&(b.0.len(), &b.0))));
    } else {
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }
    v.truncate(n);
    v
}

/// One horizontal bar of a top-N chart.
#[derive(Clone, Debug, PartialEq)]
pub struct HBar {
    /// Top of the row.
    pub y: f64,
    /// Row height (the bar is drawn inside it with a small gap).
    pub h: f64,
    /// Left of the bar (labels go to its left, right-aligned).
    pub x: f64,
    pub w: f64,
    /// Where the count label starts (just right of the bar).
    pub count_x: f64,
    pub value: String,
    pub count: u32,
}

/// Lays out `items` as horizontal bars, one `row_h` row each, bars starting at
/// `label_w` and scaled so the longest leaves 48 px for its count. A non-zero count
/// gets at least 1 px.
pub fn bars_geometry(items: &[(String, u32)], width_px: f64, label_w: f64, row_h: f64) -> Vec<HBar> {
    let (width, label_w, row_h) = (size(width_px), size(label_w), size(row_h).max(1.0));
    let max = items.iter().map(|i| i.1).max().unwrap_or(0);
    let avail = (width - label_w - 48.0).max(1.0);
    items
        .iter()
        .enumerate()
        .map(|(i, (value, count))| {
            let w = if max == 0 || *count == 0 { 0.0 } else { (*count as f64 / max as f64 * avail).max(1.0) };
            HBar {
                y: r2(i as f64 * row_h),
                h: r2(row_h),
                x: r2(label_w),
                w: r2(w),
                count_x: r2(label_w + w + 4.0),
                value: value.clone(),
                count: *count,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Map.

/// Sign-ins and failures of one country.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryStat {
    /// ISO 3166-1 alpha-2 when the export's value is known to the gazetteer (as a code or
    /// an English name), else the exported value itself.
    pub iso2: String,
    pub name: String,
    pub signins: u32,
    pub failures: u32,
    /// `failures / signins`, 0..1.
    pub failure_share: f64,
}

/// The ISO code for an exported country value (`US`, `us`, `United States`), if known.
pub fn country_iso(value: &str) -> Option<&'static str> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if let Some(c) = geo::country(v) {
        return Some(c.iso2);
    }
    geo::countries().iter().find(|c| c.name.eq_ignore_ascii_case(v)).map(|c| c.iso2)
}

/// Sign-ins and failures per country over `rows`, most sign-ins first (ties by code).
/// Rows without a country are not counted.
pub fn choropleth(ds: &Dataset, rows: &[u32]) -> Vec<CountryStat> {
    let t = &ds.signins.table;
    let Column::Sym(c) = t.col(S::Country as usize) else {
        return Vec::new();
    };
    // Per distinct exported value: (sign-ins, failures).
    let mut per_code: Vec<(u32, u32)> = vec![(0, 0); c.dict().len()];
    for &r in rows {
        let r = r as usize;
        if r >= t.len() {
            continue;
        }
        if let Some(e) = per_code.get_mut(c.code(r) as usize) {
            e.0 = e.0.saturating_add(1);
            if signin_slot(ds, r) == Some(2) {
                e.1 = e.1.saturating_add(1);
            }
        }
    }
    let mut by: BTreeMap<String, (String, u32, u32)> = BTreeMap::new();
    for (sym, (n, f)) in c.dict().iter().zip(per_code) {
        let v = ds.strings.get(*sym).trim();
        if n == 0 || v.is_empty() {
            continue;
        }
        let (iso, name) = match country_iso(v).and_then(geo::country) {
            Some(k) => (k.iso2.to_owned(), k.name.to_owned()),
            None => (v.to_owned(), v.to_owned()),
        };
        let e = by.entry(iso).or_insert((name, 0, 0));
        e.1 = e.1.saturating_add(n);
        e.2 = e.2.saturating_add(f);
    }
    let mut out: Vec<CountryStat> = by
        .into_iter()
        .map(|(iso2, (name, signins, failures))| CountryStat {
            iso2,
            name,
            signins,
            failures,
            failure_share: if signins == 0 { 0.0 } else { failures as f64 / signins as f64 },
        })
        .collect();
    out.sort_by(|a, b| b.signins.cmp(&a.signins).then_with(|| a.iso2.cmp(&b.iso2)));
    out
}

/// Upper bounds of `classes` quantile classes over the non-zero `values` (ascending,
/// duplicates merged, so possibly fewer than `classes`). Nearest-rank quantiles.
pub fn quantile_breaks(values: &[u32], classes: usize) -> Vec<u32> {
    let mut v: Vec<u32> = values.iter().copied().filter(|x| *x > 0).collect();
    if v.is_empty() || classes == 0 {
        return Vec::new();
    }
    v.sort_unstable();
    let mut out: Vec<u32> = (1..=classes)
        .map(|k| {
            let rank = (k * v.len()).div_ceil(classes).clamp(1, v.len());
            v[rank - 1]
        })
        .collect();
    out.dedup();
    out
}

/// The shade class of `value`: 0 for none, else 1 + the index of the first break ≥ value
/// (values above the last break get the last class).
pub fn shade(value: u32, breaks: &[u32]) -> u8 {
    if value == 0 || breaks.is_empty() {
        return 0;
    }
    let i = breaks.iter().position(|b| value <= *b).unwrap_or(breaks.len() - 1);
    (i + 1).min(u8::MAX as usize) as u8
}

/// The failure-share class: 0 under 5 %, 1 under 20 %, 2 under 50 %, 3 under 80 %, else 4.
pub fn share_class(share: f64) -> u8 {
    match share {
        s if !s.is_finite() || s < 0.05 => 0,
        s if s < 0.20 => 1,
        s if s < 0.50 => 2,
        s if s < 0.80 => 3,
        _ => 4,
    }
}

/// A place on the map where sign-ins came from.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPoint {
    pub x: f64,
    pub y: f64,
    pub lat: f64,
    pub lon: f64,
    pub count: u32,
    pub failures: u32,
    /// The exported location ("Redmond, Washington, US").
    pub label: String,
    /// The exported country value (what the `country` filter matches).
    pub country: String,
    /// From the record's own coordinates, or from the city gazetteer.
    pub precision: geo::Precision,
}

/// The position of a sign-in: its own coordinates, else its city from the gazetteer;
/// `None` otherwise (a country alone is not a point — the choropleth shows it).
pub fn signin_position(ds: &Dataset, row: usize) -> Option<(f64, f64, geo::Precision)> {
    let t = &ds.signins.table;
    if row >= t.len() {
        return None;
    }
    let (lat, lon) = (t.float(S::Lat as usize, row), t.float(S::Lon as usize, row));
    if lat.is_finite() && lon.is_finite() && !(lat == 0.0 && lon == 0.0) && lat.abs() <= 90.0 && lon.abs() <= 180.0 {
        return Some((lat as f64, lon as f64, geo::Precision::Exact));
    }
    let country = ds.strings.get(t.sym(S::Country as usize, row));
    let city = ds.strings.get(t.sym(S::City as usize, row));
    let iso = country_iso(country)?;
    geo::city(iso, city).map(|(la, lo)| (la, lo, geo::Precision::City))
}

/// Up to `max` places of `rows` (most sign-ins first; ties by label), projected into a
/// `width_px` × `height_px` equirectangular box. Sign-ins are merged by place — the same
/// city (and country) is one dot even when the records' coordinates differ a little — and
/// otherwise by position to 0.1°; the dot sits at the mean of its positions. Sign-ins known
/// only by their country are not points (see [`choropleth`]).
pub fn points(ds: &Dataset, rows: &[u32], max: usize, width_px: f64, height_px: f64) -> Vec<MapPoint> {
    let t = &ds.signins.table;
    let (w, h) = (size(width_px), size(height_px));
    // Key: (city, country) symbols when the city is known, else the rounded position. A
    // record of a known city without coordinates joins the dot its city has from others.
    // (point, Σ latitude, Σ longitude, located records) per place.
    type Acc = (MapPoint, f64, f64, u32);
    let mut by: BTreeMap<(u32, u32, i64, i64), Acc> = BTreeMap::new();
    for &r in rows {
        let r = r as usize;
        let pos = signin_position(ds, r);
        let (city, country) = (t.sym(S::City as usize, r), t.sym(S::Country as usize, r));
        let key = match (city.is_empty(), pos) {
            (false, _) => (city.0, country.0, 0, 0),
            (true, Some((lat, lon, _))) => (0, 0, (lat * 10.0).round() as i64, (lon * 10.0).round() as i64),
            (true, None) => continue,
        };
        let (p, sum_lat, sum_lon, located) = by.entry(key).or_insert_with(|| {
            let p = MapPoint {
                x: 0.0,
                y: 0.0,
                lat: 0.0,
                lon: 0.0,
                count: 0,
                failures: 0,
                label: place_label(ds, r),
                country: ds.strings.get(country).to_owned(),
                precision: geo::Precision::Country,
            };
            (p, 0.0, 0.0, 0)
        });
        p.count = p.count.saturating_add(1);
        if let Some((lat, lon, precision)) = pos {
            *sum_lat += lat;
            *sum_lon += lon;
            *located += 1;
            p.precision = p.precision.max(precision);
        }
        if signin_slot(ds, r) == Some(2) {
            p.failures = p.failures.saturating_add(1);
        }
    }
    let mut v: Vec<MapPoint> = by
        .into_values()
        .filter(|(_, _, _, n)| *n > 0)
        .map(|(mut p, la, lo, n)| {
            (p.lat, p.lon) = (la / n as f64, lo / n as f64);
            let (x, y) = geo::screen_from_lonlat(p.lon, p.lat, w, h);
            (p.x, p.y) = (r2(x), r2(y));
            p
        })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)).then_with(|| a.x.total_cmp(&b.x)));
    v.truncate(max);
    v
}

/// "Redmond, Washington, US" from the record's city, state and country (no empty parts).
fn place_label(ds: &Dataset, r: usize) -> String {
    let t = &ds.signins.table;
    let parts: Vec<&str> = [S::City, S::State, S::Country]
        .iter()
        .map(|f| ds.strings.get(t.sym(*f as usize, r)).trim())
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(", ")
}

/// The radius of a map dot for `count` sign-ins, in viewBox units (the legend shows the same).
pub fn dot_radius(count: u32) -> f64 {
    (0.6 + (count as f64).ln_1p() * 0.35).min(4.0)
}

/// Legend labels of quantile classes: `["1–3", "4–12", "13–250"]` for breaks `[3, 12, 250]`.
pub fn break_labels(breaks: &[u32]) -> Vec<String> {
    let mut lo = 1;
    breaks
        .iter()
        .map(|&hi| {
            let s = if hi <= lo {
                compact_count(hi as u64)
            } else {
                format!("{}–{}", compact_count(lo as u64), compact_count(hi as u64))
            };
            lo = hi + 1;
            s
        })
        .collect()
}

/// Unit vector of a (lat, lon) in degrees.
fn unit(lat: f64, lon: f64) -> [f64; 3] {
    let (la, lo) = (lat.to_radians(), lon.to_radians());
    [la.cos() * lo.cos(), la.cos() * lo.sin(), la.sin()]
}

fn latlon(v: [f64; 3]) -> (f64, f64) {
    let n = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt().max(f64::MIN_POSITIVE);
    ((v[2] / n).clamp(-1.0, 1.0).asin().to_degrees(), v[1].atan2(v[0]).to_degrees())
}

/// Points along the great circle from `a` to `b` (both included), about one per 3°.
fn great_circle(a: (f64, f64), b: (f64, f64)) -> Vec<(f64, f64)> {
    let (ua, ub) = (unit(a.0, a.1), unit(b.0, b.1));
    let dot = (ua[0] * ub[0] + ua[1] * ub[1] + ua[2] * ub[2]).clamp(-1.0, 1.0);
    let angle = dot.acos();
    let steps = ((angle.to_degrees() / 3.0).ceil() as usize).clamp(1, 120);
    let s = angle.sin();
    let mut out = Vec::with_capacity(steps + 1);
    out.push(a);
    for i in 1..steps {
        let f = i as f64 / steps as f64;
        if s.abs() < 1e-9 {
            // Same or antipodal points: no unique great circle; go straight.
            out.push((a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f));
            continue;
        }
        let (p, q) = (((1.0 - f) * angle).sin() / s, (f * angle).sin() / s);
        out.push(latlon([p * ua[0] + q * ub[0], p * ua[1] + q * ub[1], p * ua[2] + q * ub[2]]));
    }
    out.push(b);
    out
}

/// An SVG path `d` through `points` (lat, lon in degrees) in order, along great circles,
/// in a `width_px` × `height_px` equirectangular box. A leg that crosses the antimeridian
/// is split at the map edge (the line leaves on one side and re-enters on the other);
/// points that are not finite or out of range break the path.
pub fn travel_lines(points: &[(f64, f64)], width_px: f64, height_px: f64) -> String {
    let (w, h) = (size(width_px), size(height_px));
    let valid = |p: &(f64, f64)| p.0.is_finite() && p.1.is_finite() && p.0.abs() <= 90.0 && p.1.abs() <= 180.0;
    let mut d = String::new();
    let mut pen: Option<(f64, f64)> = None;
    let push = |d: &mut String, cmd: char, lat: f64, lon: f64| {
        let (x, y) = geo::screen_from_lonlat(lon, lat, w, h);
        if !d.is_empty() {
            d.push(' ');
        }
        let _ = write!(d, "{cmd}{},{}", num(x), num(y));
    };
    for win in points.windows(2) {
        let (a, b) = (win[0], win[1]);
        if !valid(&a) || !valid(&b) {
            pen = None;
            continue;
        }
        if (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9 {
            continue;
        }
        if pen != Some(a) {
            push(&mut d, 'M', a.0, a.1);
        }
        let arc = great_circle(a, b);
        for s in arc.windows(2) {
            let (p, q) = (s[0], s[1]);
            let dl = q.1 - p.1;
            if dl.abs() > 180.0 {
                // Crosses the antimeridian: unwrap, find the crossing latitude.
                let edge = if dl < 0.0 { 180.0 } else { -180.0 };
                let q_lon = if dl < 0.0 { q.1 + 360.0 } else { q.1 - 360.0 };
                let f = if (q_lon - p.1).abs() < 1e-12 { 0.0 } else { (edge - p.1) / (q_lon - p.1) };
                let lat_c = p.0 + (q.0 - p.0) * f.clamp(0.0, 1.0);
                push(&mut d, 'L', lat_c, edge);
                push(&mut d, 'M', lat_c, -edge);
            }
            push(&mut d, 'L', q.0, q.1);
        }
        pen = Some(b);
    }
    d
}
