//! Range maths for the virtual grid: which rows to put in the DOM.

use std::ops::Range;

/// Rows to render for a fixed-height virtual list (lengths in CSS px).
///
/// The first row is clamped so that a stale scroll position (the list just got shorter
/// after a filter) still shows the last rows instead of nothing.
///
/// ```
/// use lantern::core::query::window::visible_rows;
/// assert_eq!(visible_rows(0.0, 100.0, 20.0, 1000, 2), 0..8);
/// assert_eq!(visible_rows(1e9, 100.0, 20.0, 1000, 2), 992..1000);
/// assert_eq!(visible_rows(0.0, 100.0, 20.0, 0, 2), 0..0);
/// ```
pub fn visible_rows(
    scroll_top_px: f64,
    viewport_px: f64,
    row_height_px: f64,
    total_rows: usize,
    overscan: usize,
) -> Range<usize> {
    if total_rows == 0 || row_height_px <= 0.0 || !row_height_px.is_finite() {
        return 0..0;
    }
    let count = (viewport_px.max(0.0) / row_height_px).ceil() as usize + 1;
    let top = if scroll_top_px.is_finite() { scroll_top_px.max(0.0) } else { 0.0 };
    let first = ((top / row_height_px) as usize).min(total_rows.saturating_sub(count));
    let start = first.saturating_sub(overscan);
    let end = first.saturating_add(count).saturating_add(overscan).min(total_rows);
    start..end
}

/// How many row elements a virtual list keeps: the longest range [`visible_rows`] returns for
/// this viewport. Each element (slot) shows the positions `p` with `p % slots == slot`, so that
/// scrolling by a few rows rewrites only the rows that came into view: the others keep their
/// element and their text.
///
/// ```
/// use lantern::core::query::window::{slot_count, visible_rows};
/// let slots = slot_count(100.0, 20.0, 2);
/// assert_eq!(slots, 10);
/// assert!(visible_rows(500.0, 100.0, 20.0, 1000, 2).len() <= slots);
/// ```
pub fn slot_count(viewport_px: f64, row_height_px: f64, overscan: usize) -> usize {
    if row_height_px <= 0.0 || !row_height_px.is_finite() {
        return 0;
    }
    (viewport_px.max(0.0) / row_height_px).ceil() as usize + 1 + 2 * overscan
}

/// The index in `range` of the position slot `slot` shows, or `None` when no position of the
/// range falls on it (the range is shorter than `slots`). Every position of a range no longer
/// than `slots` falls on exactly one slot.
///
/// ```
/// use lantern::core::query::window::slot_index;
/// // Slots 0..4 over positions 6..10: slot 2 shows 6, slot 3 shows 7, slot 0 shows 8.
/// assert_eq!(slot_index(2, 6..10, 4), Some(0));
/// assert_eq!(slot_index(0, 6..10, 4), Some(2));
/// assert_eq!(slot_index(1, 6..8, 4), None);
/// ```
pub fn slot_index(slot: usize, range: Range<usize>, slots: usize) -> Option<usize> {
    if slots == 0 || slot >= slots {
        return None;
    }
    let i = (slot + slots - range.start % slots) % slots;
    (i < range.len()).then_some(i)
}

/// The scroll offset that brings `row` into view (minimal movement), or `None` if it is
/// already fully visible.
pub fn scroll_to_show(row: usize, scroll_top_px: f64, viewport_px: f64, row_height_px: f64) -> Option<f64> {
    let top = row as f64 * row_height_px;
    let bottom = top + row_height_px;
    if top < scroll_top_px {
        Some(top)
    } else if bottom > scroll_top_px + viewport_px {
        Some((bottom - viewport_px).max(0.0))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_stays_in_bounds() {
        for total in [1usize, 5, 100, 250_000] {
            for scroll in [0.0, 10.0, 1e3, 1e7, -5.0, f64::NAN] {
                let r = visible_rows(scroll, 600.0, 24.0, total, 10);
                assert!(r.start < r.end && r.end <= total, "{total} {scroll} {r:?}");
            }
        }
    }

    #[test]
    fn scrolling_into_view() {
        assert_eq!(scroll_to_show(0, 100.0, 240.0, 24.0), Some(0.0));
        assert_eq!(scroll_to_show(5, 0.0, 240.0, 24.0), None);
        assert_eq!(scroll_to_show(20, 0.0, 240.0, 24.0), Some(264.0));
    }
}

/// `own` widths, with `avail − Σ own` (when positive) shared by the `grow` columns in
/// proportion to their widths (all columns when none may grow).
pub fn fill_widths(own: &[f64], grow: &[bool], avail: f64) -> Vec<f64> {
    let total: f64 = own.iter().sum();
    let extra = avail - total - 2.0;
    if extra <= 0.0 || own.is_empty() {
        return own.to_vec();
    }
    let any = grow.iter().any(|g| *g);
    let base: f64 = own.iter().zip(grow).filter(|(_, g)| **g || !any).map(|(w, _)| *w).sum::<f64>().max(1.0);
    own.iter().zip(grow).map(|(w, g)| if *g || !any { w + extra * w / base } else { *w }).collect()
}

#[cfg(test)]
mod fill_tests {
    use super::fill_widths;

    #[test]
    fn columns_fill_the_grid() {
        // Room left over goes to the growable columns, in proportion.
        assert_eq!(fill_widths(&[100.0, 200.0, 100.0], &[false, true, true], 702.0), [100.0, 400.0, 200.0]);
        // No room: widths as they are; nothing growable: everyone grows.
        assert_eq!(fill_widths(&[100.0, 200.0], &[true, true], 250.0), [100.0, 200.0]);
        assert_eq!(fill_widths(&[100.0, 100.0], &[false, false], 402.0), [200.0, 200.0]);
        assert!(fill_widths(&[], &[], 500.0).is_empty());
    }
}
