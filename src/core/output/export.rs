//! Downloads: the filtered view as CSV or JSON, findings as CSV or JSON, and file names.
//!
//! Everything here writes into a caller-owned `Vec<u8>` **in parts**, so that the UI can
//! turn each part into one `Blob` part (10,000 rows at a time, say) and a 250,000-record
//! export never holds the whole file twice.
//!
//! ## CSV
//! RFC 4180 with what Excel needs: UTF-8 with a byte-order mark (written with the
//! header), CRLF line ends, **every** cell quoted (`"` doubled), and every cell passed
//! through [`neutralize`] first — log fields such as user agents, display names and
//! audit targets are attacker-controlled, and a cell like `=HYPERLINK(…)` must not become
//! a formula when the file is opened in a spreadsheet.
//!
//! ## JSON
//! One array of records. For each row the caller may hand over the record's original
//! bytes (re-read from its source file by byte range):
//! - from a JSON source, the record is emitted **as it was** (it is JSON already; it is
//!   checked, and trailing commas as in the Graph docs' examples are removed);
//! - from a CSV source, the record becomes an object of `header → cell` (all strings, in
//!   the file's column order; a repeated header gets ` (2)`, ` (3)`…);
//! - without original bytes (or if they do not parse), the record is rebuilt from the
//!   model: an object whose keys are the schema's field keys (`time`, `user`, `upn`,
//!   `app`, `code`, `ip`…; times as ISO 8601 UTC with milliseconds, codes and numbers as
//!   JSON numbers, enums as their labels, empty fields left out), plus for sign-ins
//!   `ca_policies` (`[{id, name, result, grant, session}]`) and `auth_steps`
//!   (`[{time, method, detail, succeeded, result, requirement}]`), for audit events
//!   `targets` (`[{type, name, id, upn, modified_properties: [{name, old, new}]}]`) and
//!   `additional_details` (`[{key, value}]`).
//!
//! JSON strings need no neutralising: JSON is not opened as a spreadsheet.

use crate::core::model::Log;
use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serialize;

use crate::core::{
    ingest::raw,
    model::time,
    model::{AuditField as A, Dataset, Kind, NO_INT, NO_TIME, SignInField as S, Value, id},
    query::view::cell_text,
};

/// Whether a CSV part starts with the header line (and the BOM).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    Write,
    Skip,
}

/// Whether a JSON part is the first of its file (it opens the array) or a later one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    First,
    Later,
}

/// The UTF-8 byte-order mark Excel needs to read UTF-8 CSV.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Characters that make a spreadsheet treat a cell as a formula (or split it): `=`, `+`,
/// `-`, `@`, their full-width (U+FF1D, U+FF0B, U+FF0D, U+FF20) and small-form (U+FE66,
/// U+FE62, U+FE63, U+FE6B) variants.
fn is_trigger(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '\u{FF1D}'
            | '\u{FF0B}'
            | '\u{FF0D}'
            | '\u{FF20}'
            | '\u{FE66}'
            | '\u{FE62}'
            | '\u{FE63}'
            | '\u{FE6B}'
    )
}

/// Neutralises a cell against CSV (formula) injection, following OWASP's guidance: a
/// cell gets a leading apostrophe `'` (and is otherwise unchanged) when
///
/// 1. its first character is `=`, `+`, `-`, `@`, TAB (0x09), CR (0x0D) or LF (0x0A); or
/// 2. its first character is a full-width or small-form variant of `=`, `+`, `-`, `@`
///    (`＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫`), which some spreadsheets normalise to the ASCII ones; or
/// 3. it starts with whitespace (any Unicode white space, e.g. spaces or a no-break
///    space) followed by any of the above — spreadsheets trim leading blanks.
///
/// This includes negative numbers (`-2` becomes `'-2`): OWASP's rule is on the first
/// character, and `-2+3` is a formula. Nothing else is changed; other cells are borrowed.
///
/// ```
/// use lantern::core::output::export::neutralize;
/// assert_eq!(neutralize("=HYPERLINK(\"http://x\",\"click\")"), "'=HYPERLINK(\"http://x\",\"click\")");
/// assert_eq!(neutralize("Mozilla/5.0"), "Mozilla/5.0");
/// ```
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    let first = cell.chars().find(|c| !c.is_whitespace() || matches!(c, '\t' | '\r' | '\n'));
    let starts_bad = match cell.chars().next() {
        Some('\t' | '\r' | '\n') => true,
        Some(c) if is_trigger(c) => true,
        Some(c) if c.is_whitespace() => first.is_some_and(|f| is_trigger(f) || matches!(f, '\t' | '\r' | '\n')),
        _ => false,
    };
    if starts_bad { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// Appends one CSV cell: neutralised, quoted, `"` doubled.
pub fn write_csv_cell(out: &mut Vec<u8>, cell: &str) {
    let cell = neutralize(cell);
    out.push(b'"');
    for b in cell.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// Appends one CSV line (cells separated by commas, CRLF at the end).
pub fn write_csv_row<'a>(out: &mut Vec<u8>, cells: impl IntoIterator<Item = &'a str>) {
    for (i, c) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_csv_cell(out, c);
    }
    out.extend_from_slice(b"\r\n");
}

/// Every column of a log, in schema order (for "all columns").
pub fn all_columns(log: Log) -> Vec<usize> {
    (0..match log {
        Log::SignIns => S::ALL.len(),
        Log::Audits => A::ALL.len(),
    })
        .collect()
}

/// `UTC`, or `UTC+02:00` / `UTC-05:30`.
pub fn tz_label(tz_offset_min: i32) -> String {
    if tz_offset_min == 0 {
        return "UTC".into();
    }
    let sign = if tz_offset_min < 0 { '-' } else { '+' };
    let m = tz_offset_min.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// Column headings for `cols` (the portal's labels; a time column names its zone, e.g.
/// `Date (UTC+01:00)`). Unknown indices are skipped.
pub fn csv_header(log: Log, cols: &[usize], tz_offset_min: i32) -> Vec<String> {
    let defs = match log {
        Log::SignIns => crate::core::model::schema::SIGNIN_FIELDS,
        Log::Audits => crate::core::model::schema::AUDIT_FIELDS,
    };
    cols.iter()
        .filter_map(|&c| defs.get(c))
        .map(|d| match d.kind {
            Kind::Time => format!("Date ({})", tz_label(tz_offset_min)),
            _ => d.label.trim().to_owned(),
        })
        .collect()
}

/// Writes `rows` of `log` as CSV lines into `out`: the cells of `cols` as the grid shows
/// them (times shifted by `tz_offset_min`), neutralised and quoted, CRLF. With `header`,
/// the BOM and the heading line come first (use it for the first part only). Rows and
/// columns that do not exist are skipped.
pub fn write_csv_part(
    ds: &Dataset,
    log: Log,
    rows: &[u32],
    cols: &[usize],
    tz_offset_min: i32,
    header: Header,
    out: &mut Vec<u8>,
) {
    let header = header == Header::Write;
    let table = log.table(ds);
    let cols: Vec<usize> = cols.iter().copied().filter(|&c| c < table.defs().len()).collect();
    if header {
        out.extend_from_slice(BOM);
        let h = csv_header(log, &cols, tz_offset_min);
        write_csv_row(out, h.iter().map(String::as_str));
    }
    for &r in rows {
        let r = r as usize;
        if r >= table.len() {
            continue;
        }
        for (i, &c) in cols.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            // Text cells are written straight from the interner (no copy per cell).
            match table.col(c).value(r) {
                Value::Sym(s) => write_csv_cell(out, ds.strings.get(s)),
                _ => write_csv_cell(out, &cell_text(table, c, r, &ds.strings, tz_offset_min)),
            }
        }
        out.extend_from_slice(b"\r\n");
    }
}

/// A CSV export in parts: `next_part` writes the header (with the BOM) and then at most
/// `part_rows` rows per call, and returns false once everything has been written.
#[derive(Clone, Debug)]
pub struct CsvExport {
    pub log: Log,
    pub cols: Vec<usize>,
    pub tz_offset_min: i32,
    pub part_rows: usize,
    next: usize,
    header_done: bool,
}

impl CsvExport {
    /// A new export of `cols` (see [`all_columns`]); `part_rows` 0 counts as 10,000.
    pub fn new(log: Log, cols: Vec<usize>, tz_offset_min: i32, part_rows: usize) -> Self {
        Self {
            log,
            cols,
            tz_offset_min,
            part_rows: if part_rows == 0 { 10_000 } else { part_rows },
            next: 0,
            header_done: false,
        }
    }

    /// Rows written so far.
    pub fn rows_done(&self) -> usize {
        self.next
    }

    /// Writes the next part of `rows` into `out` (which the caller then hands to a Blob
    /// part and clears). Pass the same `rows` every time.
    pub fn next_part(&mut self, ds: &Dataset, rows: &[u32], out: &mut Vec<u8>) -> bool {
        if self.header_done && self.next >= rows.len() {
            return false;
        }
        let end = self.next.saturating_add(self.part_rows).min(rows.len());
        let chunk = rows.get(self.next..end).unwrap_or(&[]);
        write_csv_part(
            ds,
            self.log,
            chunk,
            &self.cols,
            self.tz_offset_min,
            if self.header_done { Header::Skip } else { Header::Write },
            out,
        );
        self.header_done = true;
        self.next = end;
        true
    }
}

// ---------------------------------------------------------------------------------------
// JSON.

fn json_str(out: &mut Vec<u8>, s: &str) {
    // Serialising a &str cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// Writes `"key":value` pairs, comma-separated, tracking the first.
struct Obj<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Obj<'a> {
    fn open(out: &'a mut Vec<u8>) -> Self {
        out.push(b'{');
        Self { out, first: true }
    }
    fn key(&mut self, k: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        json_str(self.out, k);
        self.out.push(b':');
    }
    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        json_str(self.out, v);
    }
    fn str_nonempty(&mut self, k: &str, v: &str) {
        if !v.is_empty() {
            self.str(k, v);
        }
    }
    fn raw(&mut self, k: &str, v: &str) {
        self.key(k);
        self.out.extend_from_slice(v.as_bytes());
    }
    fn close(self) {
        self.out.push(b'}');
    }
}

/// The record's original JSON, checked; trailing commas removed; `None` if it is not JSON.
fn clean_json(bytes: &[u8]) -> Option<Cow<'_, [u8]>> {
    let trimmed = trim_ascii(bytes);
    let trimmed = trimmed.strip_suffix(b",").map(trim_ascii).unwrap_or(trimmed);
    if !matches!(trimmed.first(), Some(b'{')) {
        return None;
    }
    if serde_json::from_slice::<serde::de::IgnoredAny>(trimmed).is_ok() {
        return Some(Cow::Borrowed(trimmed));
    }
    let fixed = raw::strip_trailing_commas(trimmed)?;
    serde_json::from_slice::<serde::de::IgnoredAny>(&fixed).ok()?;
    Some(Cow::Owned(fixed))
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(start, |e| e + 1);
    &b[start..end.max(start)]
}

/// Authentication steps by request id (in time order), built once per export: looking
/// them up per record with [`Dataset::steps_of`] would scan every step each time.
#[derive(Clone, Debug, Default)]
pub struct StepIndex(HashMap<u128, Vec<usize>>);

impl StepIndex {
    /// Indexes the steps of `ds`.
    pub fn new(ds: &Dataset) -> Self {
        let st = &ds.steps;
        let mut m: HashMap<u128, Vec<usize>> = HashMap::new();
        for (i, r) in st.request.iter().enumerate() {
            if *r != 0 {
                m.entry(*r).or_default().push(i);
            }
        }
        for v in m.values_mut() {
            v.sort_by_key(|&i| st.time.get(i).copied().unwrap_or(NO_TIME));
        }
        StepIndex(m)
    }

    fn of(&self, request: u128) -> &[usize] {
        self.0.get(&request).map_or(&[], Vec::as_slice)
    }
}

/// Writes one record as JSON (see the module docs for the three shapes).
pub fn write_record_json(ds: &Dataset, log: Log, row: usize, original: Option<&[u8]>, out: &mut Vec<u8>) {
    write_record(ds, log, row, original, None, out);
}

fn write_record(
    ds: &Dataset,
    log: Log,
    row: usize,
    original: Option<&[u8]>,
    steps: Option<&StepIndex>,
    out: &mut Vec<u8>,
) {
    if let Some(bytes) = original {
        let src = match log {
            Log::SignIns => ds.signins.src.get(row),
            Log::Audits => ds.audits.src.get(row),
        };
        let file = src.and_then(|s| ds.files.get(s.file as usize));
        match file {
            Some(f) if f.delimiter != 0 && !f.header.is_empty() => {
                if let Ok(view) = raw::view_record(f, bytes) {
                    let mut seen: HashMap<&str, usize> = HashMap::new();
                    let mut o = Obj::open(out);
                    for (k, v) in &view.fields {
                        let n = seen.entry(k.as_str()).or_insert(0);
                        *n += 1;
                        if *n == 1 {
                            o.str(k, v);
                        } else {
                            o.str(&format!("{k} ({n})"), v);
                        }
                    }
                    o.close();
                    return;
                }
            }
            _ => {
                if let Some(json) = clean_json(bytes) {
                    out.extend_from_slice(&json);
                    return;
                }
            }
        }
    }
    write_model(ds, log, row, steps, out);
}

/// Writes a record rebuilt from the model (field keys; see the module docs).
pub fn write_model_json(ds: &Dataset, log: Log, row: usize, out: &mut Vec<u8>) {
    write_model(ds, log, row, None, out);
}

fn write_model(ds: &Dataset, log: Log, row: usize, index: Option<&StepIndex>, out: &mut Vec<u8>) {
    let table = log.table(ds);
    let mut o = Obj::open(out);
    if row >= table.len() {
        o.close();
        return;
    }
    for (c, def) in table.defs().iter().enumerate() {
        match table.col(c).value(row) {
            Value::Sym(s) => o.str_nonempty(def.key, ds.strings.get(s)),
            Value::Time(t) if t != NO_TIME => o.str(def.key, &time::format_iso_ms(t)),
            Value::Int(i) if i != NO_INT => o.raw(def.key, &i.to_string()),
            Value::Float(f) if f.is_finite() => o.raw(def.key, &format!("{f}")),
            Value::Id(i) if i != 0 => o.str(def.key, &id::id_to_text(i, &ds.strings)),
            Value::Enum(e) if e != 0 => {
                if let Kind::Enum(labels) = def.kind {
                    o.str_nonempty(def.key, labels.get(e as usize - 1).copied().unwrap_or(""));
                }
            }
            _ => {}
        }
    }
    match log {
        Log::SignIns => {
            write_ca(ds, row, &mut o);
            write_steps(ds, table.id(S::RequestId as usize, row), index, &mut o);
        }
        Log::Audits => {
            write_targets(ds, row, &mut o);
            write_details(ds, row, &mut o);
        }
    }
    o.close();
}

/// A sign-in's Conditional Access policies.
fn write_ca(ds: &Dataset, row: usize, o: &mut Obj<'_>) {
    let ca = ds.ca_of(row);
    if !ca.is_empty() {
        o.key("ca_policies");
        o.out.push(b'[');
        for (i, a) in ca.iter().enumerate() {
            if i > 0 {
                o.out.push(b',');
            }
            let mut p = Obj::open(o.out);
            if let Some(pol) = ds.policies.get(a.policy as usize) {
                p.str("id", ds.strings.get(pol.id));
                p.str("name", ds.strings.get(pol.name));
                p.str("result", ds.strings.get(a.result));
                p.str("grant", ds.strings.get(pol.grant));
                p.str("session", ds.strings.get(pol.session));
            } else {
                p.str("result", ds.strings.get(a.result));
            }
            p.close();
        }
        o.out.push(b']');
    }
}

/// A sign-in's authentication steps.
fn write_steps(ds: &Dataset, req: u128, index: Option<&StepIndex>, o: &mut Obj<'_>) {
    let owned;
    let steps: &[usize] = match index {
        Some(ix) => ix.of(req),
        None => {
            owned = ds.steps_of(req);
            &owned
        }
    };
    if !steps.is_empty() {
        o.key("auth_steps");
        o.out.push(b'[');
        for (i, &k) in steps.iter().enumerate() {
            if i > 0 {
                o.out.push(b',');
            }
            let st = &ds.steps;
            let mut p = Obj::open(o.out);
            let t = st.time.get(k).copied().unwrap_or(NO_TIME);
            if t != NO_TIME {
                p.str("time", &time::format_iso_ms(t));
            }
            let g = |v: &Vec<crate::core::model::intern::Sym>| v.get(k).map_or("", |s| ds.strings.get(*s));
            p.str("method", g(&st.method));
            p.str("detail", g(&st.detail));
            p.raw(
                "succeeded",
                match st.succeeded.get(k) {
                    Some(2) => "true",
                    Some(1) => "false",
                    _ => "null",
                },
            );
            p.str("result", g(&st.result));
            p.str("requirement", g(&st.requirement));
            p.close();
        }
        o.out.push(b']');
    }
}

/// An audit event's targets with their modified properties.
fn write_targets(ds: &Dataset, row: usize, o: &mut Obj<'_>) {
    let targets = ds.targets_of(row);
    if !targets.is_empty() {
        o.key("targets");
        o.out.push(b'[');
        for (i, t) in targets.iter().enumerate() {
            if i > 0 {
                o.out.push(b',');
            }
            let mut p = Obj::open(o.out);
            p.str("type", ds.strings.get(t.kind));
            p.str("name", ds.strings.get(t.name));
            p.str("id", ds.strings.get(t.id));
            p.str("upn", ds.strings.get(t.upn));
            p.key("modified_properties");
            p.out.push(b'[');
            for (j, m) in ds.props_of(t).iter().enumerate() {
                if j > 0 {
                    p.out.push(b',');
                }
                let mut q = Obj::open(p.out);
                q.str("name", ds.strings.get(m.name));
                q.str("old", ds.strings.get(m.old));
                q.str("new", ds.strings.get(m.new));
                q.close();
            }
            p.out.push(b']');
            p.close();
        }
        o.out.push(b']');
    }
}

/// An audit event's additional details.
fn write_details(ds: &Dataset, row: usize, o: &mut Obj<'_>) {
    let details = ds.details_of(row);
    if !details.is_empty() {
        o.key("additional_details");
        o.out.push(b'[');
        for (i, kv) in details.iter().enumerate() {
            if i > 0 {
                o.out.push(b',');
            }
            let mut p = Obj::open(o.out);
            p.str("key", ds.strings.get(kv.key));
            p.str("value", ds.strings.get(kv.value));
            p.close();
        }
        o.out.push(b']');
    }
}

/// Writes a part of a JSON array of records: `[` first when `first`, then the records of
/// `rows` separated by `,\n` (a part that is not the first begins with `,\n`, so the
/// parts concatenate). `originals[i]` is the original bytes of `rows[i]` when the caller
/// has them (a shorter slice means "none" for the rest). Finish the file with
/// [`write_json_end`]. An empty first part must still be written (it opens the array);
/// [`JsonExport`] tracks all this for you.
pub fn write_json_part(
    ds: &Dataset,
    log: Log,
    rows: &[u32],
    originals: &[Option<&[u8]>],
    part: Part,
    out: &mut Vec<u8>,
) {
    let first = part == Part::First;
    if first {
        out.extend_from_slice(b"[\n");
    }
    let n = log.table(ds).len();
    let index = (log == Log::SignIns && !rows.is_empty() && !ds.steps.is_empty()).then(|| StepIndex::new(ds));
    let mut wrote = !first;
    for (i, &r) in rows.iter().enumerate() {
        if r as usize >= n {
            continue;
        }
        if wrote {
            out.extend_from_slice(b",\n");
        }
        write_record(ds, log, r as usize, originals.get(i).copied().flatten(), index.as_ref(), out);
        wrote = true;
    }
}

/// Closes the JSON array.
pub fn write_json_end(out: &mut Vec<u8>) {
    out.extend_from_slice(b"\n]\n");
}

/// A JSON export in parts, tracking the separators (empty parts are fine).
#[derive(Clone, Debug, Default)]
pub struct JsonExport {
    started: bool,
    records: usize,
    /// Built on the first sign-in part (the dataset is not expected to change meanwhile).
    steps: Option<StepIndex>,
}

impl JsonExport {
    /// A new export.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records written so far.
    pub fn records(&self) -> usize {
        self.records
    }

    /// Writes `rows` (with their original bytes, when known) into `out`.
    pub fn part(&mut self, ds: &Dataset, log: Log, rows: &[u32], originals: &[Option<&[u8]>], out: &mut Vec<u8>) {
        if !self.started {
            out.extend_from_slice(b"[\n");
            self.started = true;
        }
        let n = log.table(ds).len();
        if log == Log::SignIns && self.steps.is_none() && !rows.is_empty() {
            self.steps = Some(StepIndex::new(ds));
        }
        for (i, &r) in rows.iter().enumerate() {
            if r as usize >= n {
                continue;
            }
            if self.records > 0 {
                out.extend_from_slice(b",\n");
            }
            write_record(ds, log, r as usize, originals.get(i).copied().flatten(), self.steps.as_ref(), out);
            self.records += 1;
        }
    }

    /// Closes the array (opening it first if no part was written).
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        if !self.started {
            out.extend_from_slice(b"[");
            self.started = true;
        }
        write_json_end(out);
    }
}

// ---------------------------------------------------------------------------------------
// Findings.

/// A finding as exported (plain data; the detection engine fills it in).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FindingRow {
    /// Rule key, e.g. `password_spray_ip`.
    pub rule: String,
    /// `high`, `medium`, `low`, `info`.
    pub severity: String,
    pub title: String,
    pub why: String,
    pub users: Vec<String>,
    pub ips: Vec<String>,
    pub first_ms: Option<i64>,
    pub last_ms: Option<i64>,
    /// Request ids of sign-ins / ids of audit events.
    pub evidence_ids: Vec<String>,
}

/// Heading of the findings CSV.
pub const FINDINGS_CSV_HEADER: [&str; 10] = [
    "Rule",
    "Severity",
    "Title",
    "Why",
    "Users",
    "IP addresses",
    "First (UTC)",
    "Last (UTC)",
    "Evidence records",
    "Evidence ids",
];

fn iso_opt(t: Option<i64>) -> String {
    t.filter(|t| *t != NO_TIME).map(time::format_iso_s).unwrap_or_default()
}

/// Findings as CSV (BOM, header, one line per finding; lists joined with `; `; cells
/// neutralised and quoted, CRLF).
pub fn findings_csv(findings: &[FindingRow], out: &mut Vec<u8>) {
    out.extend_from_slice(BOM);
    write_csv_row(out, FINDINGS_CSV_HEADER);
    for f in findings {
        let cells = [
            f.rule.clone(),
            f.severity.clone(),
            f.title.clone(),
            f.why.clone(),
            f.users.join("; "),
            f.ips.join("; "),
            iso_opt(f.first_ms),
            iso_opt(f.last_ms),
            f.evidence_ids.len().to_string(),
            f.evidence_ids.join("; "),
        ];
        write_csv_row(out, cells.iter().map(String::as_str));
    }
}

#[derive(Serialize)]
struct FindingJson<'a> {
    rule: &'a str,
    severity: &'a str,
    title: &'a str,
    why: &'a str,
    users: &'a [String],
    ips: &'a [String],
    first: Option<String>,
    last: Option<String>,
    first_ms: Option<i64>,
    last_ms: Option<i64>,
    evidence_ids: &'a [String],
}

/// Findings as a pretty-printed JSON array of
/// `{rule, severity, title, why, users, ips, first, last, first_ms, last_ms, evidence_ids}`
/// (`first`/`last` ISO 8601 UTC, or null).
pub fn findings_json(findings: &[FindingRow], out: &mut Vec<u8>) {
    let v: Vec<FindingJson<'_>> = findings
        .iter()
        .map(|f| FindingJson {
            rule: &f.rule,
            severity: &f.severity,
            title: &f.title,
            why: &f.why,
            users: &f.users,
            ips: &f.ips,
            first: f.first_ms.filter(|t| *t != NO_TIME).map(time::format_iso_s),
            last: f.last_ms.filter(|t| *t != NO_TIME).map(time::format_iso_s),
            first_ms: f.first_ms,
            last_ms: f.last_ms,
            evidence_ids: &f.evidence_ids,
        })
        .collect();
    // Serialising plain strings and numbers cannot fail.
    let _ = serde_json::to_writer_pretty(&mut *out, &v);
    out.push(b'\n');
}

// ---------------------------------------------------------------------------------------
// File names.

/// Lower-case ASCII letters, digits and single dashes; at most `max` characters.
pub fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= max {
            break;
        }
    }
    out.trim_matches('-').to_owned()
}

/// The organisation part of a domain: `contoso.onmicrosoft.com` → `contoso`,
/// `mail.contoso.co.uk` → `contoso`, `contoso.example` → `contoso`.
pub fn domain_label(domain: &str) -> &str {
    let d = domain.trim().trim_end_matches('.');
    let d = d.strip_suffix(".onmicrosoft.com").or_else(|| d.strip_suffix(".mail.onmicrosoft.com")).unwrap_or(d);
    let mut labels: Vec<&str> = d.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() > 1 {
        labels.pop();
        if labels.len() > 1
            && matches!(labels[labels.len() - 1], "co" | "com" | "org" | "net" | "ac" | "gov" | "edu" | "or" | "ne")
        {
            labels.pop();
        }
    }
    labels.last().copied().unwrap_or("")
}

/// Counts per non-empty value of a text field over every row (the filter panel's facet).
fn column_counts(ds: &Dataset, log: Log, field: &str) -> Vec<(String, u32)> {
    let rows: Vec<u32> = (0..log.table(ds).len() as u32).collect();
    crate::core::query::filter::facet(ds, log, &rows, field)
        .into_iter()
        .map(|f| (f.value.trim().to_owned(), f.count))
        .filter(|(v, _)| !v.is_empty())
        .collect()
}

fn most_common(v: Vec<(String, u32)>) -> Option<String> {
    let mut m: HashMap<String, u64> = HashMap::new();
    for (k, n) in v {
        *m.entry(k).or_default() += n as u64;
    }
    m.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(k, _)| k)
}

/// The tenant's name for display: the most common home tenant name of the sign-ins (or
/// of audit actors), else the organisation part of the most common user domain, else "".
pub fn tenant_name(ds: &Dataset) -> String {
    let names =
        [column_counts(ds, Log::SignIns, "home_tenant_name"), column_counts(ds, Log::Audits, "actor_home_tenant_name")];
    for n in names {
        if let Some(x) = most_common(n) {
            return x;
        }
    }
    let mut domains: Vec<(String, u32)> = Vec::new();
    for (log, field) in [(Log::SignIns, "upn"), (Log::Audits, "actor_upn")] {
        for (upn, n) in column_counts(ds, log, field) {
            if let Some((_, d)) = upn.rsplit_once('@') {
                let label = domain_label(d);
                if !label.is_empty() {
                    domains.push((label.to_ascii_lowercase(), n));
                }
            }
        }
    }
    most_common(domains).unwrap_or_default()
}

/// `lantern-{kind}_{tenant}_{first date}_{last date}.{ext}`, each part slugged (dates UTC;
/// missing parts left out), e.g. `lantern-signins_contoso_2026-10-26_2026-11-15.csv`.
pub fn file_name_for(kind: &str, ext: &str, tenant: &str, range: Option<(i64, i64)>) -> String {
    let mut name = format!("lantern-{}", {
        let k = slug(kind, 40);
        if k.is_empty() { "export".to_owned() } else { k }
    });
    let t = slug(tenant, 40);
    if !t.is_empty() {
        name.push('_');
        name.push_str(&t);
    }
    if let Some((a, b)) = range {
        name.push('_');
        name.push_str(&time::format_date(a));
        name.push('_');
        name.push_str(&time::format_date(b));
    }
    let ext = slug(ext, 10);
    if !ext.is_empty() {
        name.push('.');
        name.push_str(&ext);
    }
    name
}

/// The download name for `rows` of `log`: the tenant from [`tenant_name`], the dates from
/// [`time_range`]. See [`file_name_for`].
pub fn file_name(kind: &str, ext: &str, ds: &Dataset, log: Log, rows: &[u32]) -> String {
    file_name_for(kind, ext, &tenant_name(ds), crate::core::query::aggregate::time_range(ds, log, rows))
}

/// Findings of the detection engine as export rows (evidence named by record id).
pub fn finding_rows(ds: &Dataset, findings: &[crate::core::detect::Finding]) -> Vec<FindingRow> {
    use crate::core::model::{AuditField, SignInField, id};
    findings
        .iter()
        .map(|f| {
            let mut evidence_ids: Vec<String> = f
                .signins
                .iter()
                .map(|&r| id::id_to_text(ds.signins.table.id(SignInField::RequestId as usize, r as usize), &ds.strings))
                .collect();
            evidence_ids.extend(
                f.audits
                    .iter()
                    .map(|&r| id::id_to_text(ds.audits.table.id(AuditField::Id as usize, r as usize), &ds.strings)),
            );
            evidence_ids.retain(|s| !s.is_empty());
            evidence_ids.dedup();
            FindingRow {
                rule: f.rule_name(),
                severity: f.severity.label().to_owned(),
                title: f.title.clone(),
                why: f.why.clone(),
                users: f.users.clone(),
                ips: f.ips.clone(),
                first_ms: (f.first_ms > i64::MIN).then_some(f.first_ms),
                last_ms: (f.last_ms > i64::MIN).then_some(f.last_ms),
                evidence_ids,
            }
        })
        .collect()
}
