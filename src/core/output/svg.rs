//! SVG renderers for the report, drawn from [`chart`](crate::core::output::chart)'s geometry
//! (the UI draws from the geometry itself). Every label is escaped.

use std::{collections::BTreeMap, fmt::Write as _};

use crate::core::{
    geo,
    model::time,
    output::{chart::*, html::escape_html},
};

// ---------------------------------------------------------------------------------------
// SVG renderers (for the report; the UI draws from the geometry itself).

/// Fill colours: success, interrupted, failure (also set as classes `s0`, `s1`, `s2`).
pub const CLASS_COLOURS: [&str; 3] = ["#2e7d32", "#f2a900", "#c62828"];
/// Legend names of the three classes for sign-ins.
pub const SIGNIN_CLASSES: [&str; 3] = ["Success", "Interrupted", "Failure"];
/// Legend names of the three classes for audit events.
pub const AUDIT_CLASSES: [&str; 3] = ["Success", "Timeout", "Failure"];

/// Shortens `s` to at most `max` characters (with `…`).
pub fn truncate_label(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A stacked time chart as inline SVG (no `xmlns`: meant for an HTML document), with a
/// legend; `title` and every label are escaped.
pub fn stacked_bars_svg(sb: &StackedBars, title: &str, classes: [&str; 3]) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart chart--time" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-label="{}"><title>{}</title>"#,
        num(sb.width),
        num(sb.height + 18.0),
        num(sb.width),
        num(sb.height + 18.0),
        escape_html(title),
        escape_html(title)
    );
    for (y, label) in &sb.y_ticks {
        let _ = write!(
            s,
            r##"<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d0d4da" stroke-width="0.5"/><text class="tick" x="{}" y="{}" text-anchor="end" font-size="10">{}</text>"##,
            num(sb.plot.x),
            num(sb.plot.right()),
            num(*y),
            num(*y),
            num(sb.plot.x - 4.0),
            num(y + 3.0),
            escape_html(label)
        );
    }
    for b in &sb.bars {
        for (k, (y, h)) in b.segments.iter().enumerate() {
            if *h > 0.0 {
                let _ = write!(
                    s,
                    r#"<rect class="s{k}" x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {} {}</title></rect>"#,
                    num(b.x),
                    num(*y),
                    num(b.w),
                    num(*h),
                    CLASS_COLOURS[k],
                    escape_html(&time::format_display(
                        b.bin_start_ms.saturating_add(sb.tz_offset_min as i64 * MINUTE_MS)
                    )),
                    b.counts[k],
                    escape_html(classes[k])
                );
            }
        }
    }
    let base = sb.plot.bottom();
    let _ = write!(
        s,
        r##"<line class="axis" x1="{}" x2="{}" y1="{}" y2="{}" stroke="#6b7280"/>"##,
        num(sb.plot.x),
        num(sb.plot.right()),
        num(base),
        num(base)
    );
    for (x, label) in &sb.x_ticks {
        // A label that would stick out of the right edge is right-aligned to its tick.
        let half = label.chars().count() as f64 * 5.6 / 2.0;
        let anchor = if x + half > sb.width { "end" } else { "middle" };
        let _ = write!(
            s,
            r##"<line class="axis" x1="{}" x2="{}" y1="{}" y2="{}" stroke="#6b7280"/><text class="tick" x="{}" y="{}" text-anchor="{anchor}" font-size="10">{}</text>"##,
            num(*x),
            num(*x),
            num(base),
            num(base + 4.0),
            num(*x),
            num(base + 15.0),
            escape_html(label)
        );
    }
    let ly = sb.height + 12.0;
    let mut lx = sb.plot.x;
    for (k, name) in classes.iter().enumerate() {
        let _ = write!(
            s,
            r#"<rect class="s{k}" x="{}" y="{}" width="10" height="10" fill="{}"/><text class="legend" x="{}" y="{}" font-size="10">{}</text>"#,
            num(lx),
            num(ly - 9.0),
            CLASS_COLOURS[k],
            num(lx + 14.0),
            num(ly),
            escape_html(name)
        );
        lx += 24.0 + name.chars().count() as f64 * 6.0;
    }
    s.push_str("</svg>");
    s
}

/// A top-N chart as inline SVG; labels come from `by.label` and are escaped.
pub fn top_n_svg(items: &[(String, u32)], by: TopBy, width_px: f64) -> String {
    let row_h = 18.0;
    let label_w = (width_px * 0.42).clamp(80.0, 260.0);
    let bars = bars_geometry(items, width_px, label_w, row_h);
    let height = (bars.len() as f64 * row_h).max(row_h);
    let title = by.title();
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart chart--top" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{t}"><title>{t}</title>"#,
        w = num(size(width_px)),
        h = num(height),
        t = escape_html(title)
    );
    if bars.is_empty() {
        let _ = write!(s, r#"<text class="empty" x="0" y="13" font-size="11">No data</text>"#);
    }
    // About 6.6 px per character at 11 px (labels are right-aligned at label_w − 6).
    let max_chars = ((label_w - 8.0) / 6.6).max(4.0) as usize;
    for b in &bars {
        let label = by.label(&b.value);
        let _ = write!(
            s,
            r##"<text class="label" x="{}" y="{}" text-anchor="end" font-size="11"><title>{}</title>{}</text><rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="#3b6fb6"/><text class="count" x="{}" y="{}" font-size="11">{}</text>"##,
            num(b.x - 6.0),
            num(b.y + b.h / 2.0 + 4.0),
            escape_html(&label),
            escape_html(&truncate_label(&label, max_chars)),
            num(b.x),
            num(b.y + 2.0),
            num(b.w),
            num((b.h - 4.0).max(1.0)),
            num(b.count_x),
            num(b.y + b.h / 2.0 + 4.0),
            b.count
        );
    }
    s.push_str("</svg>");
    s
}

/// A weekday × hour heatmap as inline SVG (opacity scale on one colour).
pub fn heatmap_svg(hm: &Heatmap, title: &str) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart chart--heat" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{t}"><title>{t}</title>"#,
        w = num(hm.width),
        h = num(hm.height),
        t = escape_html(title)
    );
    for c in &hm.cells {
        let _ = write!(
            s,
            r##"<rect class="heat l{}" x="{}" y="{}" width="{}" height="{}" fill="#3b6fb6" fill-opacity="{}"><title>{} {:02}:00 — {}</title></rect>"##,
            c.level,
            num(c.x),
            num(c.y),
            num(c.w),
            num(c.h),
            num(if c.count == 0 { 0.04 } else { 0.15 + 0.85 * c.opacity }),
            WEEKDAYS.get(c.weekday as usize).copied().unwrap_or(""),
            c.hour,
            c.count
        );
    }
    for (y, l) in &hm.row_labels {
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}" text-anchor="end" font-size="10">{}</text>"#,
            num(hm.plot.x - 4.0),
            num(y + 3.0),
            l
        );
    }
    for (x, l) in &hm.col_labels {
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}" text-anchor="middle" font-size="10">{}</text>"#,
            num(*x),
            num(hm.plot.bottom() + 12.0),
            l
        );
    }
    s.push_str("</svg>");
    s
}

/// Shade colours for the choropleth, light to dark (class 1..=5; class 0 is the land).
pub const SHADES: [&str; 6] = ["#e5e7eb", "#dbe7f5", "#aecbeb", "#74a5d9", "#3b6fb6", "#1d4580"];

/// A world map shaded by sign-ins (5 quantile classes), as inline SVG in the 360 × 180
/// box of [`geo`], scaled to `width_px`; countries with a high failure share get a red
/// outline. Every country's name and counts are in its `<title>`.
pub fn choropleth_svg(stats: &[CountryStat], width_px: f64, title: &str) -> String {
    let counts: Vec<u32> = stats.iter().map(|c| c.signins).collect();
    let breaks = quantile_breaks(&counts, 5);
    let by: BTreeMap<&str, &CountryStat> = stats.iter().map(|c| (c.iso2.as_str(), c)).collect();
    let w = size(width_px).max(1.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg class="chart chart--map" viewBox="0 0 360 180" width="{}" height="{}" role="img" aria-label="{t}"><title>{t}</title><rect x="0" y="0" width="360" height="180" fill="#f8fafc"/>"##,
        num(w),
        num(w / 2.0),
        t = escape_html(title)
    );
    for c in geo::countries() {
        let stat = by.get(c.iso2);
        let class = stat.map_or(0, |st| shade(st.signins, &breaks));
        let (stroke, sw) = match stat {
            Some(st) if share_class(st.failure_share) >= 3 => ("#c62828", "0.6"),
            _ => ("#ffffff", "0.2"),
        };
        let tip = match stat {
            Some(st) => format!("{}: {} sign-ins, {} failed", c.name, st.signins, st.failures),
            None => c.name.to_owned(),
        };
        let _ = write!(
            s,
            r#"<path class="land c{class}" d="{}" fill="{}" stroke="{stroke}" stroke-width="{sw}"><title>{}</title></path>"#,
            escape_html(c.path),
            SHADES[class.min(5) as usize],
            escape_html(&tip)
        );
    }
    s.push_str("</svg>");
    s
}
