//! Reading export files: sniffing, streaming, mapping, and a report of what went wrong.
//!
//! A [`FileIngest`] is fed a file's bytes in chunks of any size (the browser reads
//! `Blob` slices; the command line reads `io::Read`) and appends records to a
//! [`Dataset`] as soon as each one is complete, so the design streams: nothing ever holds
//! the whole file. Layers, outermost first:
//!
//! 1. **container** — gzip (`1f 8b`) is inflated as it streams; a zip archive's members
//!    are each read as a file of their own (`archive.zip › member.csv`);
//! 2. **charset** — a UTF-8 BOM is dropped; UTF-16 (with BOM, as Windows PowerShell 5.1
//!    writes) is transcoded to UTF-8;
//! 3. **format** — the first significant byte decides: `[` or `{` is JSON (framed by
//!    `json_split`, each record parsed by `record`), anything else is CSV (framed by
//!    `csv_input`, header mapped by `columns`).
//!
//! Problems never stop a load: a record that cannot be read becomes a [`Warning`] naming
//! the line and record number and what was wrong, and the next record is read. Only a
//! file that cannot be read at all (empty, binary, not a log export) gets a file-level
//! `error` — one sentence saying what was expected.

pub mod columns;
pub mod csv_input;
pub mod flex;
mod gz;
pub mod json_split;
pub mod locale;
pub mod raw;
pub mod record;
pub mod split;
mod zip;

use crate::core::model::Log;
use std::borrow::Cow;

use columns::{CsvFlavour, Dest, HeaderMap, PropPart, StepPart, TargetPart};
use csv_input::{CsvFramer, RawRecord};
use json_split::{Event, JsonFramer, Shape};
use record::Rec;

use crate::core::{
    codes,
    model::time::parse_ts_ms,
    model::{
        AuditField as A, AuditRow, AuthStep, Dataset, KeyValue, LoadState, ModifiedProperty, NO_INT, NO_TIME, Pushed,
        Severity, SignInField as S, SignInRow, SourceFile, SourceRef, Target, Value, id, parse_enum, schema,
    },
};

/// Streams one file into a dataset.
pub struct FileIngest {
    /// Index of this file in `Dataset::files`.
    pub file: u16,
    name: String,
    container: Container,
    /// Raw bytes fed so far.
    fed: u64,
    /// The file's last part was read by another reader and adopted (`split`): its end is
    /// read already.
    read_by_parts: bool,
}

enum Container {
    Undecided(Vec<u8>),
    Plain(TextIngest),
    Gzip(Box<gz::Gunzip>, TextIngest),
    Zip(Box<zip::ZipReader>),
    Failed,
}

/// Reads decoded text of one (member) file.
pub(crate) struct TextIngest {
    pub(crate) file: u16,
    charset: Charset,
    parser: Parser,
    /// Offset in the decoded stream of the next byte given to the parser.
    pos: u64,
}

enum Charset {
    Undecided(Vec<u8>),
    Utf8,
    Windows1252,
    Utf16 { le: bool, carry: Vec<u8>, high: Option<u16> },
}

enum Parser {
    Undecided(Vec<u8>),
    Csv(Box<CsvState>),
    Json(Box<JsonState>),
    Failed,
}

struct CsvState {
    framer: CsvFramer,
    rows: CsvRows,
}

struct CsvRows {
    file: u16,
    file_name: String,
    header: Option<HeaderMap>,
    delim: u8,
    event_type: u8,
    records: u64,
    /// Column count of the header (0 until read).
    width: usize,
    /// The header was not a log export: the rest of the file is skipped.
    rejected: bool,
    bad_utf8: bool,
    /// Per column: the previous row's cell and its value (runs of equal cells are common).
    cache: Vec<(String, Value)>,
    /// PowerShell wrote .NET type names for nested objects (reported once).
    typenames_warned: bool,
    /// The column of the record's time (portal sign-ins and audit), for slash dates.
    time_col: Option<usize>,
    /// Records whose slash date could be day or month first, held (with their record number)
    /// until a date of the file settles the order — or the file ends.
    held: Vec<(Vec<u8>, u64, u64, u64)>,
    held_bytes: usize,
    /// The order of the file's slash dates is known (or no longer waited for).
    order_settled: bool,
    /// Stream offset of the first record after the header (`split`: what comes before it
    /// starts every part).
    first_record: Option<u64>,
}

/// What to do with a record while the order of a file's slash dates is not known yet.
enum DateGate {
    /// Read it now.
    Pass,
    /// Keep it until the order is settled.
    Hold,
    /// This record settles the order: read the held records first, then it.
    Release,
}

/// Held records of one file beyond this many bytes are read with the assumed order.
const MAX_HELD_BYTES: usize = 64 << 20;

struct JsonState {
    framer: JsonFramer,
    rows: JsonRows,
}

struct JsonRows {
    file: u16,
    bad_utf8: bool,
    loaded: u64,
    unrecognised: u64,
    other_categories: Vec<String>,
    /// Column names of the current Log Analytics table (`{"tables":[…]}`), once read.
    columns: Option<Vec<String>>,
    /// A row came before its table's columns (reported once).
    rows_without_columns: bool,
    /// Stream offset of the first record read (`split`).
    first_record: Option<u64>,
}

const SNIFF_BYTES: usize = 4096;
/// Bytes looked at to tell UTF-8 from Windows-1252.
const CHARSET_SNIFF_BYTES: usize = 64 * 1024;

/// True when `head` is not UTF-8 and holds no UTF-8 multi-byte character at all: a file that
/// is UTF-8 with one damaged byte keeps its other accents (and is reported as damaged instead).
fn looks_windows_1252(head: &[u8]) -> bool {
    let mut rest = head;
    let mut invalid = false;
    loop {
        match std::str::from_utf8(rest) {
            Ok(t) => return invalid && t.is_ascii(),
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                if !good.is_ascii() {
                    return false;
                }
                match e.error_len() {
                    Some(n) => {
                        invalid = true;
                        rest = &after[n..];
                    }
                    // Cut inside a character at the end of the window.
                    None => return invalid,
                }
            }
        }
    }
}

/// Windows-1252 → UTF-8: Latin-1, with the typographic characters of 0x80–0x9F.
fn windows_1252(bytes: &[u8]) -> Vec<u8> {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        out.push(match b {
            0x80..=0x9F => HIGH[(b - 0x80) as usize],
            _ => b as char,
        });
    }
    out.into_bytes()
}

impl FileIngest {
    /// Registers `name` in `ds.files` and returns an ingest for it.
    pub fn new(name: &str, size_bytes: u64, ds: &mut Dataset) -> Self {
        let file = ds.files.len() as u16;
        ds.files.push(SourceFile::new(name, size_bytes));
        Self { file, name: name.to_owned(), container: Container::Undecided(Vec::new()), fed: 0, read_by_parts: false }
    }

    /// Feeds the next chunk of the file.
    pub fn feed(&mut self, chunk: &[u8], ds: &mut Dataset) {
        self.fed += chunk.len() as u64;
        if let Some(f) = ds.files.get_mut(self.file as usize) {
            f.bytes_done = self.fed;
        }
        self.feed_inner(chunk, ds, false);
    }

    fn feed_inner(&mut self, chunk: &[u8], ds: &mut Dataset, eof: bool) {
        match &mut self.container {
            Container::Undecided(buf) => {
                buf.extend_from_slice(chunk);
                if buf.len() < 4 && !eof {
                    return;
                }
                let bytes = std::mem::take(buf);
                self.container = if bytes.starts_with(&[0x1f, 0x8b]) {
                    if let Some(f) = ds.files.get_mut(self.file as usize) {
                        f.compressed = true;
                    }
                    Container::Gzip(Box::default(), TextIngest::new(self.file))
                } else if bytes.starts_with(b"PK\x03\x04") || (bytes.starts_with(b"PK") && eof && bytes.len() <= 22) {
                    Container::Zip(Box::new(zip::ZipReader::new(self.file, &self.name)))
                } else {
                    Container::Plain(TextIngest::new(self.file))
                };
                self.feed_inner(&bytes, ds, eof);
            }
            Container::Plain(t) => t.feed(chunk, ds),
            Container::Gzip(gz, t) => {
                if let Err(message) = gz.feed(chunk, &mut |out| t.feed(out, ds)) {
                    fail(ds, self.file, &message);
                    self.container = Container::Failed;
                }
            }
            Container::Zip(z) => z.feed(chunk, ds),
            Container::Failed => {}
        }
    }

    /// Ends the file: flushes the last record and settles the summary.
    pub fn finish(&mut self, ds: &mut Dataset) {
        if let Container::Undecided(_) = self.container {
            self.feed_inner(&[], ds, true);
        }
        match &mut self.container {
            Container::Undecided(_) => {}
            Container::Plain(t) if self.read_by_parts => t.settle(ds),
            Container::Plain(t) => t.finish(ds),
            Container::Gzip(gz, t) => {
                if !gz.is_complete() {
                    warn(
                        ds,
                        self.file,
                        Severity::Warning,
                        None,
                        None,
                        "the .gz data ends early (truncated file?); the records read so far are kept",
                    );
                }
                t.finish(ds);
            }
            Container::Zip(z) => z.finish(ds),
            Container::Failed => {}
        }
        if let Some(f) = ds.files.get_mut(self.file as usize)
            && f.state == LoadState::Loading
        {
            f.state = if f.error.is_some() { LoadState::Failed } else { LoadState::Done };
        }
        // Zip members were registered as files of their own: settle them too.
        for f in ds.files.iter_mut().skip(self.file as usize + 1) {
            if f.state == LoadState::Loading && f.member.is_some() {
                f.state = if f.error.is_some() { LoadState::Failed } else { LoadState::Done };
            }
        }
    }

    /// Marks the file as cancelled (records loaded so far stay).
    pub fn cancel(&mut self, ds: &mut Dataset) {
        for f in ds.files.iter_mut().skip(self.file as usize) {
            if f.state == LoadState::Loading {
                f.state = LoadState::Cancelled;
            }
        }
    }
}

impl TextIngest {
    pub(crate) fn new(file: u16) -> Self {
        Self { file, charset: Charset::Undecided(Vec::new()), parser: Parser::Undecided(Vec::new()), pos: 0 }
    }

    pub(crate) fn feed(&mut self, chunk: &[u8], ds: &mut Dataset) {
        match &mut self.charset {
            Charset::Undecided(buf) => {
                buf.extend_from_slice(chunk);
                let bom = buf.starts_with(&[0xEF, 0xBB, 0xBF])
                    || buf.starts_with(&[0xFF, 0xFE])
                    || buf.starts_with(&[0xFE, 0xFF]);
                // Without a BOM, look at the first bytes for text that is not UTF-8 (Excel's ANSI).
                if buf.len() < 3 || (!bom && buf.len() < CHARSET_SNIFF_BYTES) {
                    return;
                }
                let bytes = std::mem::take(buf);
                self.decide_charset(bytes, ds);
            }
            Charset::Utf8 => self.feed_text(chunk, ds),
            Charset::Windows1252 => {
                let text = windows_1252(chunk);
                self.feed_text(&text, ds);
            }
            Charset::Utf16 { .. } => {
                let text = self.utf16(chunk);
                self.feed_text(&text, ds);
            }
        }
    }

    fn decide_charset(&mut self, bytes: Vec<u8>, ds: &mut Dataset) {
        if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            self.charset = Charset::Utf8;
            self.pos = 3;
            self.feed_text(rest, ds);
        } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            let le = bytes[0] == 0xFF;
            self.charset = Charset::Utf16 { le, carry: Vec::new(), high: None };
            if let Some(f) = ds.files.get_mut(self.file as usize) {
                f.compressed = true;
                f.warn(
                    Severity::Info,
                    None,
                    None,
                    format!(
                        "the file is UTF-16 ({}) text, as Windows PowerShell writes it; it was read as such",
                        if le { "little-endian" } else { "big-endian" }
                    ),
                );
            }
            let text = self.utf16(&bytes[2..]);
            self.feed_text(&text, ds);
        } else if looks_windows_1252(&bytes[..bytes.len().min(CHARSET_SNIFF_BYTES)]) {
            // Not UTF-8 (and not cut inside a character): Excel's "CSV" on Windows saves in the
            // ANSI code page, Windows-1252 in Western Europe and the Americas.
            self.charset = Charset::Windows1252;
            if let Some(f) = ds.files.get_mut(self.file as usize) {
                f.compressed = true;
                f.warn(
                    Severity::Info,
                    None,
                    None,
                    "the file is not UTF-8: it was read as Windows-1252, as Excel saves a CSV on a Western \
                     European or American Windows (save as \"CSV UTF-8\" to keep every character)",
                );
            }
            let text = windows_1252(&bytes);
            self.feed_text(&text, ds);
        } else {
            self.charset = Charset::Utf8;
            self.feed_text(&bytes, ds);
        }
    }

    fn utf16(&mut self, chunk: &[u8]) -> Vec<u8> {
        let Charset::Utf16 { le, carry, high } = &mut self.charset else {
            return chunk.to_vec();
        };
        let mut bytes = std::mem::take(carry);
        bytes.extend_from_slice(chunk);
        let pairs = bytes.len() / 2;
        let mut out = String::with_capacity(bytes.len());
        for i in 0..pairs {
            let b = [bytes[2 * i], bytes[2 * i + 1]];
            let u = if *le { u16::from_le_bytes(b) } else { u16::from_be_bytes(b) };
            match (high.take(), u) {
                (None, 0xD800..=0xDBFF) => *high = Some(u),
                (None, 0xDC00..=0xDFFF) => out.push('\u{FFFD}'),
                (None, u) => out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}')),
                (Some(h), 0xDC00..=0xDFFF) => {
                    let c = 0x10000 + (((h as u32) - 0xD800) << 10) + (u as u32 - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                }
                (Some(_), 0xD800..=0xDBFF) => {
                    out.push('\u{FFFD}');
                    *high = Some(u);
                }
                (Some(_), u) => {
                    out.push('\u{FFFD}');
                    out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
                }
            }
        }
        if bytes.len() % 2 == 1 {
            carry.push(bytes[bytes.len() - 1]);
        }
        out.into_bytes()
    }

    fn feed_text(&mut self, chunk: &[u8], ds: &mut Dataset) {
        match &mut self.parser {
            Parser::Undecided(buf) => {
                buf.extend_from_slice(chunk);
                // Judge on the same first bytes however the file arrives in chunks (the
                // rest of the file is decided at its end, by `finish`).
                if buf.len() < SNIFF_BYTES {
                    return;
                }
                let bytes = std::mem::take(buf);
                self.decide_parser(bytes, ds, false);
            }
            Parser::Csv(st) => {
                let CsvState { framer, rows } = &mut **st;
                let mut problems = Vec::new();
                framer.feed(chunk, &mut |r| rows.record(r, ds), &mut |line, m| problems.push((line, m)));
                for (line, m) in problems {
                    warn(ds, self.file, Severity::Warning, Some(line), None, m);
                }
            }
            Parser::Json(st) => {
                let JsonState { framer, rows } = &mut **st;
                framer.feed_sink(chunk, &mut JsonSink { rows, ds }, json_split::Offer::Records);
            }
            Parser::Failed => {}
        }
    }

    fn decide_parser(&mut self, bytes: Vec<u8>, ds: &mut Dataset, eof: bool) {
        let Some(first) = bytes.iter().position(|c| !c.is_ascii_whitespace()) else {
            if eof {
                let msg = if bytes.is_empty() { "the file is empty" } else { "the file contains only blank space" };
                fail(ds, self.file, msg);
                self.parser = Parser::Failed;
            } else {
                self.parser = Parser::Undecided(bytes);
            }
            return;
        };
        let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
        let controls = head.iter().filter(|&&c| c < 0x09 || (0x0E..0x20).contains(&c)).count();
        if controls * 20 > head.len().max(1) || (std::str::from_utf8(head).is_err() && invalid_utf8_share(head) > 0.1) {
            fail(
                ds,
                self.file,
                "this is a binary file, not a text export: expected a CSV or JSON file downloaded from the Entra admin center, Microsoft Graph, Azure Monitor or Log Analytics (or a .gz/.zip holding one)",
            );
            self.parser = Parser::Failed;
            return;
        }
        let name = ds.files.get(self.file as usize).map(|f| f.name.clone()).unwrap_or_default();
        if matches!(bytes[first], b'[' | b'{') {
            if let Some(f) = ds.files.get_mut(self.file as usize) {
                f.format = "JSON".into();
                f.format_id = "json".into();
            }
            self.parser = Parser::Json(Box::new(JsonState {
                framer: JsonFramer::new(),
                rows: JsonRows {
                    file: self.file,
                    bad_utf8: false,
                    loaded: 0,
                    unrecognised: 0,
                    other_categories: Vec::new(),
                    columns: None,
                    rows_without_columns: false,
                    first_record: None,
                },
            }));
        } else {
            self.parser = Parser::Csv(Box::new(CsvState {
                framer: CsvFramer::new(self.pos, 1),
                rows: CsvRows {
                    file: self.file,
                    file_name: name,
                    header: None,
                    delim: b',',
                    event_type: 1,
                    records: 0,
                    width: 0,
                    rejected: false,
                    bad_utf8: false,
                    cache: Vec::new(),
                    typenames_warned: false,
                    time_col: None,
                    held: Vec::new(),
                    held_bytes: 0,
                    order_settled: false,
                    first_record: None,
                },
            }));
        }
        self.feed_text(&bytes, ds);
    }

    pub(crate) fn finish(&mut self, ds: &mut Dataset) {
        self.finish_parser(ds);
        settle_missing_time(ds, self.file);
        settle_slash_dates(ds, self.file);
    }

    /// Ends a file whose last record was read by another reader (`split`).
    fn settle(&mut self, ds: &mut Dataset) {
        self.settle_parser(ds);
        settle_missing_time(ds, self.file);
        settle_slash_dates(ds, self.file);
    }

    fn finish_parser(&mut self, ds: &mut Dataset) {
        if let Charset::Undecided(buf) = &mut self.charset {
            let bytes = std::mem::take(buf);
            self.decide_charset(bytes, ds);
        }
        if let Parser::Undecided(buf) = &mut self.parser {
            let bytes = std::mem::take(buf);
            self.decide_parser(bytes, ds, true);
        }
        match &mut self.parser {
            Parser::Csv(st) => {
                let CsvState { framer, rows } = &mut **st;
                let mut problems = Vec::new();
                framer.finish(&mut |r| rows.record(r, ds), &mut |line, m| problems.push((line, m)));
                for (line, m) in problems {
                    warn(ds, self.file, Severity::Warning, Some(line), None, m);
                }
            }
            Parser::Json(st) => {
                let JsonState { framer, rows } = &mut **st;
                framer.finish(&mut |e| rows.event(e, ds));
            }
            Parser::Undecided(_) | Parser::Failed => {}
        }
        self.settle_parser(ds);
    }

    /// The end of a file once its last record is read: held records, the format's name, and a
    /// file-level error when nothing could be read.
    fn settle_parser(&mut self, ds: &mut Dataset) {
        match &mut self.parser {
            Parser::Csv(st) => {
                let rows = &mut st.rows;
                // No date settled the order: the held records are read in the assumed one.
                rows.order_settled = true;
                rows.release_held(ds);
                if rows.header.is_none() && ds.files[self.file as usize].error.is_none() {
                    fail(ds, self.file, "the file is empty");
                } else if rows.header.is_some() && rows.records == 0 && !rows.rejected {
                    warn(
                        ds,
                        self.file,
                        Severity::Warning,
                        Some(1),
                        None,
                        "line 1: the file has a header line but no records",
                    );
                }
            }
            Parser::Json(st) => {
                let JsonState { framer, rows } = &mut **st;
                let shape = framer.shape;
                let records = framer.records();
                if let Some(f) = ds.files.get_mut(self.file as usize) {
                    let (fmt, fid) = json_format_name(shape, f.signins, f.audits, &f.format_id);
                    f.format = fmt;
                    f.format_id = fid.into();
                }
                if rows.loaded == 0 {
                    let f = &ds.files[self.file as usize];
                    if f.error.is_none() && f.duplicates == 0 {
                        let msg = if records == 0 {
                            "this JSON holds no records: expected an array of Graph signIn / directoryAudit objects, a Graph response {\"value\":[…]}, Azure Monitor records (one per line or {\"records\":[…]}) or Log Analytics rows".to_owned()
                        } else if !rows.other_categories.is_empty() {
                            format!(
                                "this JSON holds {} record(s) of other log categories ({}), not sign-in or audit logs",
                                records,
                                rows.other_categories.join(", ")
                            )
                        } else if rows.unrecognised > 0 {
                            format!(
                                "none of the {records} JSON record(s) is a sign-in or audit event: expected Graph signIn fields (createdDateTime, userPrincipalName, status…) or directoryAudit fields (activityDateTime, activityDisplayName, initiatedBy…)"
                            )
                        } else {
                            format!("none of the {records} JSON record(s) could be read (see the warnings)")
                        };
                        fail(ds, self.file, &msg);
                    }
                }
            }
            Parser::Undecided(_) | Parser::Failed => {}
        }
    }
}

fn invalid_utf8_share(b: &[u8]) -> f64 {
    let s = String::from_utf8_lossy(b);
    s.chars().filter(|&c| c == '\u{FFFD}').count() as f64 / s.chars().count().max(1) as f64
}

fn json_format_name(shape: Shape, signins: u64, audits: u64, current: &str) -> (String, &'static str) {
    let what = match (signins > 0, audits > 0) {
        (true, true) => "sign-ins and audit events",
        (false, true) => "audit events",
        _ => "sign-ins",
    };
    let (name, id) = match shape {
        Shape::GraphPage => ("Microsoft Graph response {\"value\":[…]}", "graph-json"),
        Shape::Records => ("Azure Monitor records {\"records\":[…]}", "diagnostic-json"),
        Shape::Ndjson => (
            if current == "log-analytics" {
                "Log Analytics rows, one JSON object per line"
            } else {
                "JSON lines (Azure Monitor / Log Analytics), one record per line"
            },
            "ndjson",
        ),
        Shape::Objects => ("JSON object(s)", "json-objects"),
        Shape::Tables => ("Log Analytics API response {\"tables\":[…]}", "log-analytics-api"),
        Shape::Array | Shape::Unknown => ("JSON array of records (portal / Graph download)", "portal-json"),
    };
    (format!("{name} — {what}"), id)
}

/// Records a warning on a file.
pub fn warn(
    ds: &mut Dataset,
    file: u16,
    sev: Severity,
    line: Option<u64>,
    record: Option<u64>,
    msg: impl Into<String>,
) {
    if let Some(f) = ds.files.get_mut(file as usize) {
        f.warn(sev, line, record, msg);
    }
}

/// Marks a whole file as unreadable.
pub fn fail(ds: &mut Dataset, file: u16, msg: &str) {
    if let Some(f) = ds.files.get_mut(file as usize) {
        if f.error.is_none() {
            f.error = Some(msg.to_owned());
        }
        f.state = LoadState::Failed;
    }
}

fn lossy(b: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(b)
}

impl CsvRows {
    fn record(&mut self, r: RawRecord<'_>, ds: &mut Dataset) {
        if let Some(c) = ds.capture.as_mut() {
            if c.file == self.file && c.offset == r.offset && c.bytes.is_none() {
                c.bytes = Some(r.bytes.to_vec());
            }
            return;
        }
        if r.lines == u64::MAX && self.header.is_none() && !self.rejected {
            // The first line is over the size limit: there is no header to read.
            fail(
                ds,
                self.file,
                &format!(
                    "line {}: the first line is longer than {} MiB without a line break, so this is not a CSV export (a header line was expected)",
                    r.line,
                    csv_input::MAX_RECORD_BYTES >> 20
                ),
            );
            self.rejected = true;
            return;
        }
        if r.lines == u64::MAX || self.rejected {
            // Reported already (an oversized record, or a file that is not a log export).
            return;
        }
        if self.header.is_none() {
            if r.bytes.starts_with(b"#TYPE ") || r.bytes.starts_with(b"\"#TYPE ") {
                // Windows PowerShell's Export-Csv without -NoTypeInformation: a type line first.
                warn(
                    ds,
                    self.file,
                    Severity::Info,
                    Some(r.line),
                    None,
                    format!("line {}: PowerShell's \"#TYPE\" line was skipped", r.line),
                );
                return;
            }
            self.read_header(r, ds);
            return;
        }
        self.first_record.get_or_insert(r.offset);
        let mut raw_fields = Vec::with_capacity(self.width);
        let clean = csv_input::split_fields(r.bytes, self.delim, &mut raw_fields);
        if raw_fields.len() == 1 && raw_fields[0].is_empty() {
            return; // Blank line.
        }
        self.records += 1;
        if !self.check_width(&r, raw_fields.len(), clean, ds) {
            return;
        }
        let fields = self.cell_texts(&r, &raw_fields, ds);
        match self.date_gate(&fields, ds) {
            DateGate::Pass => {}
            DateGate::Hold => {
                self.held_bytes += r.bytes.len();
                self.held.push((r.bytes.to_vec(), r.offset, r.line, self.records));
                return;
            }
            DateGate::Release => self.release_held(ds),
        }
        self.push_row(&r, &fields, ds);
    }

    /// Finds the time column and the order slash dates are assumed in: Excel writes them in the
    /// order of its locale, so the header's (or, for a `;` file, a European one) until a date
    /// settles it (`date_gate`).
    fn expect_dates(&mut self, hm: &HeaderMap, ds: &mut Dataset) {
        use crate::core::model::time::DateOrder::{DayFirst, MonthFirst};
        self.time_col =
            hm.dests.iter().position(|d| matches!(d, Some(Dest::Signin(S::Time)) | Some(Dest::Audit(A::Time))));
        let st = ds.slash_dates.entry(self.file).or_default();
        (st.order, st.assumed_because) = match hm.language {
            Some(l) if locale::DAY_FIRST.contains(&l) => (DayFirst, "as the header's language writes them"),
            Some(_) => (MonthFirst, "as the header's language writes them"),
            None if self.delim == b';' => (DayFirst, "as Excel writes them where it saves with ';'"),
            None => (MonthFirst, "as US English writes them"),
        };
    }

    /// Whether a record can be read now or waits for the order of the file's slash dates
    /// (`3/4/2026`): a date that can only be one order settles it for the whole file, before
    /// any ambiguous date is read — so no time is ever read in the wrong order and corrected
    /// later (the worker posts what it read as it goes).
    fn date_gate(&mut self, fields: &[Cow<'_, str>], ds: &mut Dataset) -> DateGate {
        use crate::core::model::time::DateOrder;
        if self.order_settled || ds.capture.is_some() {
            return DateGate::Pass;
        }
        let Some(cell) = self.time_col.and_then(|c| fields.get(c)) else {
            return DateGate::Pass;
        };
        let settle = |this: &mut Self, ds: &mut Dataset, order: DateOrder| {
            this.order_settled = true;
            ds.slash_dates.entry(this.file).or_default().order = order;
            DateGate::Release
        };
        match crate::core::model::time::slash_date_parts(cell) {
            Some((a, b)) if a > 12 && b <= 12 => settle(self, ds, DateOrder::DayFirst),
            Some((a, b)) if b > 12 && a <= 12 => settle(self, ds, DateOrder::MonthFirst),
            Some((a, b)) if a != b => {
                if self.held_bytes < MAX_HELD_BYTES {
                    DateGate::Hold
                } else {
                    // Too much is waiting: go on in the assumed order (said at the end).
                    self.order_settled = true;
                    DateGate::Release
                }
            }
            // Not a slash date, or the same either way: keep the file's order of records.
            _ if !self.held.is_empty() => DateGate::Hold,
            _ => DateGate::Pass,
        }
    }

    /// Reads the held records, in their order, with the order now known (or assumed).
    fn release_held(&mut self, ds: &mut Dataset) {
        let held = std::mem::take(&mut self.held);
        self.held_bytes = 0;
        let records = self.records;
        for (bytes, offset, line, number) in held {
            self.records = number;
            let mut raw_fields = Vec::with_capacity(self.width);
            csv_input::split_fields(&bytes, self.delim, &mut raw_fields);
            // Checked and reported when it was first read: only the cells are needed again.
            let fields: Vec<Cow<'_, str>> = raw_fields
                .iter()
                .map(|f| {
                    let t = String::from_utf8_lossy(f);
                    if t.contains('\0') { Cow::Owned(t.replace('\0', "")) } else { Cow::Owned(t.into_owned()) }
                })
                .collect();
            let r = RawRecord { bytes: &bytes, offset, line, lines: 1 };
            self.push_row(&r, &fields, ds);
        }
        self.records = records;
    }

    /// Reports a row whose field count differs from the header's; re-reads the lines of a
    /// row that swallowed several (an unbalanced quote). False when the row was replaced.
    fn check_width(&mut self, r: &RawRecord<'_>, n: usize, clean: bool, ds: &mut Dataset) -> bool {
        if n != self.width {
            if r.lines > 1 {
                warn(
                    ds,
                    self.file,
                    Severity::Warning,
                    Some(r.line),
                    Some(self.records),
                    format!(
                        "line {}: {} fields where the header has {} and a quoted cell spans {} lines (unbalanced quote?); this line was skipped and the lines after it were read again",
                        r.line, n, self.width, r.lines
                    ),
                );
                self.records -= 1;
                let mut sub = Vec::new();
                let mut sub_problems = Vec::new();
                csv_input::reframe_after_first_line(
                    r.bytes,
                    r.offset,
                    r.line,
                    &mut |rr| sub.push((rr.bytes.to_vec(), rr.offset, rr.line, rr.lines)),
                    &mut |l, m| sub_problems.push((l, m)),
                );
                for (bytes, offset, line, lines) in sub {
                    self.record(RawRecord { bytes: &bytes, offset, line, lines }, ds);
                }
                return false;
            }
            warn(
                ds,
                self.file,
                Severity::Warning,
                Some(r.line),
                Some(self.records),
                format!(
                    "line {}: {} fields where the header has {}; {}",
                    r.line,
                    n,
                    self.width,
                    if n < self.width { "the missing ones were left empty" } else { "the extra ones were ignored" }
                ),
            );
        } else if !clean {
            warn(
                ds,
                self.file,
                Severity::Info,
                Some(r.line),
                Some(self.records),
                format!("line {}: text after a closing quote was kept as part of the cell", r.line),
            );
        }
        true
    }

    /// The text of each cell (the record's UTF-8 is validated once; cells are slices of it).
    fn cell_texts<'r>(
        &mut self,
        r: &RawRecord<'r>,
        raw_fields: &[Cow<'r, [u8]>],
        ds: &mut Dataset,
    ) -> Vec<Cow<'r, str>> {
        let valid = std::str::from_utf8(r.bytes).is_ok();
        if !valid && !self.bad_utf8 {
            self.bad_utf8 = true;
            warn(
                ds,
                self.file,
                Severity::Warning,
                Some(r.line),
                Some(self.records),
                format!(
                    "line {}: the text is not valid UTF-8; unreadable bytes are shown as the replacement character (the first such line; others are not listed)",
                    r.line
                ),
            );
        }
        let has_nul = memchr::memchr(0, r.bytes).is_some();
        if has_nul {
            warn(
                ds,
                self.file,
                Severity::Warning,
                Some(r.line),
                Some(self.records),
                format!("line {}: the record contains NUL bytes; they were removed", r.line),
            );
        }
        let base = r.bytes.as_ptr() as usize;
        let rec_text = if valid { std::str::from_utf8(r.bytes).unwrap_or("") } else { "" };
        raw_fields
            .iter()
            .map(|f| {
                let cell: Cow<'_, str> = match f {
                    Cow::Borrowed(b) if valid => {
                        let a = b.as_ptr() as usize - base;
                        Cow::Borrowed(rec_text.get(a..a + b.len()).unwrap_or(""))
                    }
                    other => Cow::Owned(String::from_utf8_lossy(other).into_owned()),
                };
                if has_nul && cell.contains('\0') { Cow::Owned(cell.replace('\0', "")) } else { cell }
            })
            .collect()
    }

    /// Maps the cells onto the model by the header's flavour.
    fn push_row(&mut self, r: &RawRecord<'_>, fields: &[Cow<'_, str>], ds: &mut Dataset) {
        let src = SourceRef { file: self.file, offset: r.offset, len: r.bytes.len().min(u32::MAX as usize) as u32 };
        let Some(hm) = self.header.as_ref() else {
            return;
        };
        match hm.flavour {
            CsvFlavour::PortalSignin => {
                let row = signin_from_csv(
                    hm,
                    fields,
                    ds,
                    self.file,
                    r.line,
                    self.records,
                    src,
                    self.event_type,
                    &mut self.cache,
                );
                count_push(ds, self.file, (Some(r.line), self.records), |ds| ds.push_signin_checked(row), Log::SignIns);
            }
            CsvFlavour::PortalAudit => {
                let (row, key) = audit_from_csv(hm, fields, ds, self.file, r.line, self.records, src);
                count_push(
                    ds,
                    self.file,
                    (Some(r.line), self.records),
                    |ds| ds.push_audit_checked(row, key),
                    Log::Audits,
                );
            }
            CsvFlavour::PortalSteps => step_from_csv(hm, fields, ds, self.file, r.line, self.records),
            CsvFlavour::PropertyColumns => self.property_columns_row(r, fields, src, ds),
        }
    }

    /// A CSV of property names (PowerShell's Export-Csv, Log Analytics): read as a record.
    fn property_columns_row(&mut self, r: &RawRecord<'_>, fields: &[Cow<'_, str>], src: SourceRef, ds: &mut Dataset) {
        let Some(hm) = self.header.as_ref() else {
            return;
        };
        let mut map = serde_json::Map::with_capacity(fields.len());
        let mut typenames: Vec<&str> = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if let Some(name) = hm.names.get(i) {
                let key = columns::norm_header(name);
                if f.is_empty() {
                    continue;
                }
                if flex::is_dotnet_type_name(f) {
                    // PowerShell's Export-Csv wrote the nested object's type name.
                    typenames.push(name);
                    continue;
                }
                map.insert(key, serde_json::Value::String(f.to_string()));
            }
        }
        if !typenames.is_empty() && !self.typenames_warned {
            self.typenames_warned = true;
            let shown: Vec<&str> = typenames.iter().take(8).copied().collect();
            warn(
                ds,
                self.file,
                Severity::Info,
                Some(r.line),
                Some(self.records),
                format!(
                    "line {}: PowerShell wrote .NET type names instead of values in {} column(s) ({}{}); those fields are empty (export with ConvertTo-Json -Depth 10, or flatten them before Export-Csv, to keep them)",
                    r.line,
                    typenames.len(),
                    shown.join(", "),
                    if typenames.len() > 8 { ", …" } else { "" }
                ),
            );
        }
        match Rec::deserialize_value(serde_json::Value::Object(map)) {
            Ok(rec) => {
                push_rec(&rec, ds, self.file, src, Some(r.line), self.records, &mut Vec::new(), &mut 0);
            }
            Err(e) => warn(
                ds,
                self.file,
                Severity::Warning,
                Some(r.line),
                Some(self.records),
                format!("line {}: {e}", r.line),
            ),
        }
    }

    fn read_header(&mut self, r: RawRecord<'_>, ds: &mut Dataset) {
        self.delim = csv_input::sniff_delimiter(r.bytes);
        let mut fields = Vec::new();
        csv_input::split_fields(r.bytes, self.delim, &mut fields);
        let cells: Vec<String> = fields.iter().map(|f| lossy(f).into_owned()).collect();
        match columns::map_header(&cells, &self.file_name) {
            Ok(hm) => {
                self.width = cells.len();
                if let Some(f) = ds.files.get_mut(self.file as usize) {
                    f.format = hm.format.clone();
                    f.format_id = hm.format_id.into();
                    f.header = hm.names.clone();
                    f.delimiter = self.delim;
                    f.kind = match hm.flavour {
                        CsvFlavour::PortalAudit => Some(Log::Audits),
                        CsvFlavour::PortalSignin | CsvFlavour::PortalSteps => Some(Log::SignIns),
                        CsvFlavour::PropertyColumns => f.kind,
                    };
                }
                let norm: Vec<String> = cells.iter().map(|c| columns::norm_header(c)).collect();
                self.event_type = columns::event_type_code(columns::signin_csv_kind(&norm, &self.file_name));
                let mut seen = std::collections::HashSet::new();
                let dup: Vec<&str> =
                    norm.iter().filter(|h| !h.is_empty() && !seen.insert(h.as_str())).map(String::as_str).collect();
                if !dup.is_empty() && hm.flavour != CsvFlavour::PortalSignin {
                    warn(
                        ds,
                        self.file,
                        Severity::Info,
                        Some(r.line),
                        None,
                        format!("the header repeats column(s) {}; the first non-empty value is used", dup.join(", ")),
                    );
                }
                if norm.iter().any(String::is_empty) {
                    warn(
                        ds,
                        self.file,
                        Severity::Info,
                        Some(r.line),
                        None,
                        "the header has empty column names; those columns were ignored",
                    );
                }
                let unknown: Vec<&str> = hm
                    .dests
                    .iter()
                    .zip(&hm.names)
                    .filter(|(d, n)| d.is_none() && !n.is_empty())
                    .map(|(_, n)| n.as_str())
                    .collect();
                if hm.flavour != CsvFlavour::PropertyColumns && !unknown.is_empty() {
                    warn(
                        ds,
                        self.file,
                        Severity::Info,
                        Some(r.line),
                        None,
                        format!(
                            "{} column(s) not known to Lantern are kept in the original record only: {}",
                            unknown.len(),
                            unknown.join(", ")
                        ),
                    );
                }
                if hm.flavour == CsvFlavour::PropertyColumns && !hm.missing.is_empty() {
                    warn(
                        ds,
                        self.file,
                        Severity::Info,
                        Some(r.line),
                        None,
                        format!(
                            "line {}: the header lacks {}; the rows were read with those fields empty",
                            r.line,
                            hm.missing.join(", ")
                        ),
                    );
                }
                if hm.flavour == CsvFlavour::PortalSignin {
                    let has = |f: S| hm.dests.contains(&Some(Dest::Signin(f)));
                    if !has(S::Time) {
                        warn(
                            ds,
                            self.file,
                            Severity::Warning,
                            Some(r.line),
                            None,
                            "the header has no \"Date (UTC)\" column: sign-ins will have no time",
                        );
                    }
                }
                self.expect_dates(&hm, ds);
                self.header = Some(hm);
            }
            Err(msg) => {
                fail(ds, self.file, &msg);
                self.header = Some(HeaderMap {
                    flavour: CsvFlavour::PortalSignin,
                    dests: Vec::new(),
                    names: Vec::new(),
                    format: "CSV (not a log export)".into(),
                    format_id: "csv",
                    missing: Vec::new(),
                    language: None,
                });
                self.rejected = true;
            }
        }
    }
}

/// Pushes one record and counts it on its file (added or duplicate); a duplicate whose key
/// fields differ from the copy already loaded gets a warning naming them.
fn count_push(
    ds: &mut Dataset,
    file: u16,
    at: (Option<u64>, u64),
    push: impl FnOnce(&mut Dataset) -> Pushed,
    log: Log,
) {
    let pushed = push(ds);
    if let Some(f) = ds.files.get_mut(file as usize) {
        f.kind.get_or_insert(log);
        match (&pushed, log) {
            (Pushed::Added, Log::SignIns) => f.signins += 1,
            (Pushed::Added, Log::Audits) => f.audits += 1,
            (Pushed::Duplicate | Pushed::Differs(_), _) => f.duplicates += 1,
        }
    }
    if let Pushed::Differs(fields) = pushed {
        let (line, rec) = at;
        let place = line.map_or_else(|| format!("record {rec}"), |l| format!("line {l}"));
        let what = if log == Log::SignIns { "a sign-in with this request id" } else { "an audit event with this id" };
        warn(
            ds,
            file,
            Severity::Warning,
            line,
            Some(rec),
            format!(
                "{place}: {what} was already loaded, but with a different {}; the copy loaded first is kept",
                fields.join(", ").to_lowercase()
            ),
        );
    }
}

fn parse_time_cell(ds: &mut Dataset, file: u16, line: u64, rec: u64, col: &str, s: &str) -> i64 {
    let t = s.trim();
    if t.is_empty() {
        return NO_TIME;
    }
    let parsed = match crate::core::model::time::slash_date_parts(t) {
        Some((a, b)) => {
            let st = ds.slash_dates.entry(file).or_default();
            st.seen += 1;
            if a > 12 && b <= 12 && st.day_only.is_none() {
                st.day_only = Some((line, truncate(t, 30)));
            }
            if b > 12 && a <= 12 && st.month_only.is_none() {
                st.month_only = Some((line, truncate(t, 30)));
            }
            if a <= 12 && b <= 12 && a != b {
                st.ambiguous += 1;
            }
            crate::core::model::time::parse_ts_ms_ordered(t, st.order)
        }
        None => parse_ts_ms(t),
    };
    match parsed {
        Some(v) => v,
        None => {
            warn(
                ds,
                file,
                Severity::Warning,
                Some(line),
                Some(rec),
                format!("line {line}: {col:?} is not a date: {:?}; left empty", truncate(t, 60)),
            );
            NO_TIME
        }
    }
}

/// [`parse_enum`], then the localised values of `locale` (`Opération réussie`, `Ja`).
fn parse_enum_localized(labels: &[&str], s: &str) -> u8 {
    match parse_enum(labels, s) {
        0 => locale::english_value(s).map_or(0, |e| parse_enum(labels, e)),
        e => e,
    }
}

/// Shortens text for messages.
pub fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_owned() } else { s.chars().take(n).collect::<String>() + "…" }
}

#[allow(clippy::too_many_arguments)]
fn signin_from_csv(
    hm: &HeaderMap,
    fields: &[Cow<'_, str>],
    ds: &mut Dataset,
    file: u16,
    line: u64,
    rec: u64,
    src: SourceRef,
    event_type: u8,
    cache: &mut Vec<(String, Value)>,
) -> SignInRow {
    let mut row = ds.blank_signin_row();
    let mut status_text = String::new();
    if cache.len() < hm.dests.len() {
        cache.resize(hm.dests.len(), (String::new(), Value::Sym(crate::core::model::intern::Sym::EMPTY)));
    }
    for (i, dest) in hm.dests.iter().enumerate() {
        let (Some(dest), Some(cell)) = (dest, fields.get(i)) else {
            continue;
        };
        if cell.is_empty() || record::is_null_literal(cell) {
            continue;
        }
        let s: &str = cell;
        match *dest {
            Dest::Signin(f) => {
                let slot = f as usize;
                match f.def().kind {
                    schema::Kind::Text | schema::Kind::Enum(_) if cache[i].0 == s => {
                        if f == S::Status {
                            status_text = s.trim().to_owned();
                        }
                        if row[slot] == Value::Sym(crate::core::model::intern::Sym::EMPTY)
                            || matches!(row[slot], Value::Enum(0))
                        {
                            row[slot] = cache[i].1;
                        }
                    }
                    schema::Kind::Text => {
                        if row[slot] == Value::Sym(crate::core::model::intern::Sym::EMPTY) {
                            row[slot] = record::text(ds, s);
                            cache[i].0.clear();
                            cache[i].0.push_str(s);
                            cache[i].1 = row[slot];
                        }
                    }
                    schema::Kind::Time => {
                        row[slot] = Value::Time(parse_time_cell(ds, file, line, rec, &hm.names[i], s))
                    }
                    // The first non-empty id, as for text (a header may be written twice).
                    schema::Kind::Id if row[slot] == Value::Id(0) => {
                        row[slot] = Value::Id(id::id_from_text(s, &mut ds.strings))
                    }
                    schema::Kind::Id => {}
                    schema::Kind::Int => {
                        let v = if f == S::Code { codes::parse_code(s) } else { s.trim().parse::<u32>().ok() };
                        if v.is_none() && !s.trim().is_empty() {
                            warn(
                                ds,
                                file,
                                Severity::Warning,
                                Some(line),
                                Some(rec),
                                format!(
                                    "line {line}: {:?} is not a number: {:?}; left empty",
                                    hm.names[i],
                                    truncate(s, 40)
                                ),
                            );
                        }
                        row[slot] = Value::Int(v.unwrap_or(NO_INT));
                    }
                    schema::Kind::Float => row[slot] = Value::Float(s.trim().parse().unwrap_or(f32::NAN)),
                    schema::Kind::Enum(labels) => {
                        if f == S::Status {
                            status_text = s.trim().to_owned();
                        }
                        row[slot] = Value::Enum(parse_enum_localized(labels, s));
                        cache[i].0.clear();
                        cache[i].0.push_str(s);
                        cache[i].1 = row[slot];
                    }
                }
            }
            Dest::Location => {
                let (city, state, country) = record::split_location(s);
                row[S::City as usize] = record::text(ds, city);
                row[S::State as usize] = record::text(ds, state);
                row[S::Country as usize] = record::text(ds, country);
                row[S::Location as usize] = record::text(ds, &record::join_location(city, state, country));
            }
            _ => {}
        }
    }
    let code = match row[S::Code as usize] {
        Value::Int(c) if c != NO_INT => Some(c),
        _ => None,
    };
    match (row[S::Status as usize], code) {
        (Value::Enum(0), Some(c)) => row[S::Status as usize] = Value::Enum(record::status_from_code(c)),
        (Value::Enum(1), None) => row[S::Code as usize] = Value::Int(0),
        (Value::Enum(0), None) if !status_text.is_empty() => {
            // A localised status ("Opération réussie"): keep the code empty, say so once.
            warn(
                ds,
                file,
                Severity::Info,
                Some(line),
                Some(rec),
                format!("line {line}: status {:?} is not Success/Failure/Interrupted", truncate(&status_text, 40)),
            );
        }
        _ => {}
    }
    row[S::EventType as usize] = Value::Enum(event_type);
    SignInRow { values: row, ca: Vec::new(), src }
}

fn audit_from_csv(
    hm: &HeaderMap,
    fields: &[Cow<'_, str>],
    ds: &mut Dataset,
    file: u16,
    line: u64,
    rec: u64,
    src: SourceRef,
) -> (AuditRow, u128) {
    let mut row = ds.audits.table.blank_row();
    let mut targets: Vec<(Target, Vec<ModifiedProperty>)> = Vec::new();
    let mut details: Vec<(u8, KeyValue)> = Vec::new();
    for (i, dest) in hm.dests.iter().enumerate() {
        let (Some(dest), Some(cell)) = (dest, fields.get(i)) else {
            continue;
        };
        if cell.is_empty() || record::is_null_literal(cell) {
            continue;
        }
        let s: &str = cell;
        match *dest {
            Dest::Audit(f) => {
                let slot = f as usize;
                row[slot] = match f.def().kind {
                    schema::Kind::Time => Value::Time(parse_time_cell(ds, file, line, rec, &hm.names[i], s)),
                    schema::Kind::Id => Value::Id(id::id_from_text(s, &mut ds.strings)),
                    schema::Kind::Enum(labels) => Value::Enum(parse_enum_localized(labels, s)),
                    _ => record::text(ds, s),
                };
            }
            Dest::Target(n, part) => {
                let t = target_slot(&mut targets, n);
                let sym = ds.strings.intern(s.trim());
                match part {
                    TargetPart::Kind => t.0.kind = sym,
                    TargetPart::Name => t.0.name = sym,
                    TargetPart::Id => t.0.id = sym,
                    TargetPart::Upn => t.0.upn = sym,
                }
            }
            Dest::Prop(n, m, part) => {
                let t = target_slot(&mut targets, n);
                while t.1.len() <= m as usize {
                    t.1.push(ModifiedProperty::default());
                }
                let sym = ds.strings.intern(if part == PropPart::Name { s.trim() } else { s });
                let p = &mut t.1[m as usize];
                match part {
                    PropPart::Name => p.name = sym,
                    PropPart::Old => p.old = sym,
                    PropPart::New => p.new = sym,
                }
            }
            Dest::Detail(n, is_key) => {
                let sym = ds.strings.intern(if is_key { s.trim() } else { s });
                let at = match details.iter().position(|(k, _)| *k == n) {
                    Some(i) => i,
                    None => {
                        details.push((n, KeyValue::default()));
                        details.len() - 1
                    }
                };
                let kv = &mut details[at].1;
                if is_key {
                    kv.key = sym;
                } else {
                    kv.value = sym;
                }
            }
            _ => {}
        }
    }
    // Drop empty target slots and empty properties (the CSV pads to 3 × 5).
    targets.retain(|(t, p)| {
        !(t.kind.is_empty() && t.name.is_empty() && t.id.is_empty() && t.upn.is_empty() && p.is_empty())
    });
    for (_, props) in targets.iter_mut() {
        props.retain(|p| !(p.name.is_empty() && p.old.is_empty() && p.new.is_empty()));
    }
    details.sort_by_key(|(n, _)| *n);
    let details: Vec<KeyValue> =
        details.into_iter().map(|(_, kv)| kv).filter(|kv| !(kv.key.is_empty() && kv.value.is_empty())).collect();
    let g = |row: &Vec<Value>, f: A| ds.strings.get(record::sym_of(&row[f as usize])).to_owned();
    let actor =
        record::actor_display(&g(&row, A::ActorUpn), &g(&row, A::ActorName), &g(&row, A::ActorSpName), "").to_owned();
    row[A::Actor as usize] = record::text(ds, &actor);
    let shown = record::targets_display(ds, &targets);
    row[A::Targets as usize] = record::text(ds, &shown);
    let key = record::audit_key(&row, ds, &targets);
    // The portal's audit CSV has no event id: one is made from the correlation id and the
    // de-duplication key, so the record can still be named (in links, evidence, exports).
    if row[A::Id as usize] == Value::Id(0) {
        row[A::Id as usize] = Value::Id(record::synthetic_audit_id(&row, key, ds));
    }
    (AuditRow { values: row, targets, details, src }, key)
}

fn target_slot(targets: &mut Vec<(Target, Vec<ModifiedProperty>)>, n: u8) -> &mut (Target, Vec<ModifiedProperty>) {
    while targets.len() <= n as usize {
        targets.push((Target::default(), Vec::new()));
    }
    &mut targets[n as usize]
}

fn step_from_csv(hm: &HeaderMap, fields: &[Cow<'_, str>], ds: &mut Dataset, file: u16, line: u64, rec: u64) {
    let mut step = AuthStep {
        request: 0,
        time: NO_TIME,
        method: Default::default(),
        detail: Default::default(),
        succeeded: 0,
        result: Default::default(),
        requirement: Default::default(),
    };
    for (i, dest) in hm.dests.iter().enumerate() {
        let (Some(Dest::Step(part)), Some(cell)) = (dest, fields.get(i)) else {
            continue;
        };
        let s: &str = cell;
        match part {
            StepPart::Request => step.request = id::id_from_text(s, &mut ds.strings),
            StepPart::Time => step.time = parse_time_cell(ds, file, line, rec, &hm.names[i], s),
            StepPart::Method => step.method = ds.strings.intern(s.trim()),
            StepPart::Detail => step.detail = ds.strings.intern(s.trim()),
            StepPart::Succeeded => step.succeeded = parse_enum(schema::YES_NO, s),
            StepPart::Result => step.result = ds.strings.intern(s.trim()),
            StepPart::Requirement => step.requirement = ds.strings.intern(s.trim()),
        }
    }
    if step.request == 0 {
        warn(
            ds,
            file,
            Severity::Warning,
            Some(line),
            Some(rec),
            format!("line {line}: an authentication step without a Request ID was skipped"),
        );
        return;
    }
    ds.push_step(step);
    if let Some(f) = ds.files.get_mut(file as usize) {
        f.steps += 1;
    }
}

impl<'a> Rec<'a> {
    /// Reads a record from an already-parsed JSON value (Log Analytics CSV rows).
    pub fn deserialize_value(v: serde_json::Value) -> Result<Rec<'static>, serde_json::Error> {
        serde::Deserialize::deserialize(v)
    }
}

/// Maps one JSON record and appends it; returns false if it was not a sign-in or audit.
#[allow(clippy::too_many_arguments)]
fn push_rec(
    rec: &Rec<'_>,
    ds: &mut Dataset,
    file: u16,
    src: SourceRef,
    line: Option<u64>,
    number: u64,
    other: &mut Vec<String>,
    unrecognised: &mut u64,
) -> bool {
    match rec.log_kind() {
        Ok(crate::core::model::Log::SignIns) => {
            let row = record::to_signin(rec, ds, src);
            if matches!(row.values[S::Time as usize], Value::Time(NO_TIME)) {
                note_missing_time(ds, file, line, number, "createdDateTime");
            }
            count_push(ds, file, (line, number), |ds| ds.push_signin_checked(row), Log::SignIns);
            true
        }
        Ok(crate::core::model::Log::Audits) => {
            let (row, key) = record::to_audit(rec, ds, src);
            if matches!(row.values[A::Time as usize], Value::Time(NO_TIME)) {
                note_missing_time(ds, file, line, number, "activityDateTime");
            }
            count_push(ds, file, (line, number), |ds| ds.push_audit_checked(row, key), Log::Audits);
            true
        }
        Err(record::Skip::OtherCategory(c)) => {
            if !other.contains(&c) {
                warn(
                    ds,
                    file,
                    Severity::Info,
                    line,
                    Some(number),
                    format!(
                        "{}: category {c:?} is not a sign-in or audit log; such records are skipped",
                        place(number, line)
                    ),
                );
                other.push(c);
            }
            false
        }
        Err(record::Skip::Unrecognised) => {
            *unrecognised += 1;
            warn(
                ds,
                file,
                Severity::Warning,
                line,
                Some(number),
                format!(
                    "{}: neither a sign-in nor an audit event (no createdDateTime, userPrincipalName, activityDisplayName…); skipped",
                    place(number, line)
                ),
            );
            false
        }
    }
}

/// "record 5 (line 7)", or "record 5" when the line is not known.
fn place(number: u64, line: Option<u64>) -> String {
    match line {
        Some(l) => format!("record {number} (line {l})"),
        None => format!("record {number}"),
    }
}

/// Counts a record without a time; the first one is reported with its position.
fn note_missing_time(ds: &mut Dataset, file: u16, line: Option<u64>, number: u64, field: &str) {
    let Some(f) = ds.files.get_mut(file as usize) else {
        return;
    };
    f.missing_time += 1;
    if f.missing_time == 1 {
        f.warn(
            Severity::Warning,
            line,
            Some(number),
            format!("record {number} has no readable time ({field}, TimeGenerated); records without a time are kept but sort last and fall outside date filters"),
        );
    }
}

/// Adds the count of records without a time to the first such warning.
/// Decides the order of a file's slash dates (`3/4/2026`, as Excel re-saves them) from the
/// whole column: one date that can only be day first (`14/10/2026`) or only month first
/// (`10/14/2026`) settles it; the ambiguous dates read before are re-read in that order. When
/// none does, the assumption (the header's language, `;` as Excel writes in Europe, else the
/// US order) is said.
fn settle_slash_dates(ds: &mut Dataset, file: u16) {
    let Some(st) = ds.slash_dates.remove(&file) else {
        return;
    };
    if st.seen == 0 {
        return;
    }
    use crate::core::model::time::DateOrder;
    let (severity, line, message) = match (&st.day_only, &st.month_only) {
        (Some((dl, dt)), Some((ml, mt))) => (
            Severity::Warning,
            *dl.min(ml),
            format!(
                "the dates mix two orders: line {dl} ({dt:?}) can only be day first, line {ml} ({mt:?}) only month first; \
                 each date was read in the order it allows ({} when either fits)",
                st.order.describe()
            ),
        ),
        (Some((l, t)), None) | (None, Some((l, t))) => {
            let order = if st.day_only.is_some() { DateOrder::DayFirst } else { DateOrder::MonthFirst };
            let mut msg = format!(
                "dates are written {}, as line {l} shows ({t:?}); every date was read in that order",
                order.describe()
            );
            if st.ambiguous > 0 {
                msg.push_str(&format!(
                    " (the {} that could be read either way waited for it, so none was read in the other order)",
                    st.ambiguous
                ));
            }
            (Severity::Info, *l, msg)
        }
        (None, None) if st.ambiguous > 0 => (
            Severity::Warning,
            1,
            format!(
                "every date could be day or month first (e.g. 3/4/2026: 3 April or March 4): read {}, {}; \
                 check one record against the portal if the order matters",
                st.order.describe(),
                st.assumed_because
            ),
        ),
        (None, None) => return,
    };
    warn(ds, file, severity, Some(line), None, message);
}

fn settle_missing_time(ds: &mut Dataset, file: u16) {
    let Some(f) = ds.files.get_mut(file as usize) else {
        return;
    };
    if f.missing_time > 1 {
        let n = f.missing_time;
        if let Some(w) = f.warnings.iter_mut().find(|w| w.message.contains("has no readable time")) {
            w.message = format!(
                "{n} records have no readable time (the first is record {}); they are kept but sort last and fall outside date filters",
                w.record.unwrap_or(0)
            );
        }
    }
}

impl JsonRows {
    fn event(&mut self, e: Event<'_>, ds: &mut Dataset) {
        match e {
            Event::Problem { line, record, message } => {
                warn(ds, self.file, Severity::Warning, Some(line), record, message)
            }
            Event::Table { .. } => self.columns = None,
            Event::Columns { bytes, line } => self.read_columns(bytes, line, ds),
            Event::Row { bytes, offset, .. } | Event::Record { bytes, offset, .. } if ds.capture.is_some() => {
                if let Some(c) = ds.capture.as_mut()
                    && c.file == self.file
                    && c.offset == offset
                    && c.bytes.is_none()
                {
                    c.bytes = Some(bytes.to_vec());
                }
            }
            Event::Row { bytes, offset, line, number } => self.table_row(bytes, offset, line, number, ds),
            Event::Record { bytes, offset, line, number } => {
                let src = SourceRef { file: self.file, offset, len: bytes.len().min(u32::MAX as usize) as u32 };
                // Validate the record's UTF-8 once (fast), then parse from &str (serde_json then
                // skips validating every string on its own).
                let text: Cow<'_, str> = match std::str::from_utf8(bytes) {
                    Ok(t) => Cow::Borrowed(t),
                    Err(e) => {
                        if !self.bad_utf8 {
                            self.bad_utf8 = true;
                            warn(
                                ds,
                                self.file,
                                Severity::Warning,
                                Some(line),
                                Some(number),
                                format!(
                                    "record {number} (line {line}) is not valid UTF-8 (byte {}); such bytes are shown as the replacement character",
                                    e.valid_up_to()
                                ),
                            );
                        }
                        Cow::Owned(String::from_utf8_lossy(bytes).into_owned())
                    }
                };
                let parsed = serde_json::from_str::<Rec<'_>>(&text);
                let lenient;
                let rec = match parsed {
                    Ok(r) => r,
                    Err(e) => {
                        lenient = raw::strip_trailing_commas(text.as_bytes()).and_then(|b| String::from_utf8(b).ok());
                        match lenient.as_ref().map(|b| serde_json::from_str::<Rec<'_>>(b)) {
                            Some(Ok(r)) => {
                                warn(
                                    ds,
                                    self.file,
                                    Severity::Info,
                                    Some(line),
                                    Some(number),
                                    format!(
                                        "record {number} (line {line}) has trailing commas (not valid JSON); it was read leniently"
                                    ),
                                );
                                r
                            }
                            _ => {
                                let at = line + e.line() as u64 - 1;
                                warn(
                                    ds,
                                    self.file,
                                    Severity::Warning,
                                    Some(at),
                                    Some(number),
                                    format!("record {number} (line {at}) is not valid JSON: {e}; skipped"),
                                );
                                return;
                            }
                        }
                    }
                };
                self.accept(&rec, src, line, number, ds);
            }
        }
    }

    /// Maps a parsed record onto the model.
    fn accept(&mut self, rec: &Rec<'_>, src: SourceRef, line: u64, number: u64, ds: &mut Dataset) {
        self.first_record.get_or_insert(src.offset);
        if let Some(t) = rec.table.0.as_deref()
            && !t.is_empty()
            && let Some(f) = ds.files.get_mut(self.file as usize)
            && f.format_id != "log-analytics"
        {
            f.format_id = "log-analytics".into();
        }
        if push_rec(rec, ds, self.file, src, Some(line), number, &mut self.other_categories, &mut self.unrecognised) {
            self.loaded += 1;
        }
    }
}

/// The JSON reader's side of the framer: events, and records read straight from the chunk.
struct JsonSink<'r> {
    rows: &'r mut JsonRows,
    ds: &'r mut Dataset,
}

impl json_split::Sink for JsonSink<'_> {
    fn event(&mut self, e: Event<'_>) {
        self.rows.event(e, self.ds);
    }

    /// Parses one record from the start of the rest of the chunk (no framing pass). Only a
    /// record that parses cleanly is taken; anything else (cut by the chunk end, invalid,
    /// oversized) goes back to the framer and arrives as an `Event::Record`, exactly as
    /// without this path.
    fn fast(&mut self, c: json_split::Candidate<'_>) -> Option<usize> {
        if self.ds.capture.is_some() {
            // Re-reading one record: let the framer cut every record (`Event::Record`).
            return None;
        }
        let mut it = serde_json::Deserializer::from_str(c.text).into_iter::<Rec<'_>>();
        let rec = it.next()?.ok()?;
        let n = it.byte_offset();
        if n == 0 || n > json_split::MAX_RECORD_BYTES {
            return None;
        }
        let src = SourceRef { file: self.rows.file, offset: c.offset, len: n as u32 };
        self.rows.accept(&rec, src, c.line, c.number, self.ds);
        Some(n)
    }
}

impl JsonRows {
    /// Reads a Log Analytics table's `columns`: `[{"name":"TimeGenerated","type":"datetime"},…]`.
    fn read_columns(&mut self, bytes: &[u8], line: u64, ds: &mut Dataset) {
        #[derive(serde::Deserialize)]
        struct Col {
            #[serde(default, alias = "ColumnName")]
            name: Option<String>,
        }
        match serde_json::from_slice::<Vec<Col>>(bytes) {
            Ok(cols) => {
                let names: Vec<String> = cols.into_iter().map(|c| c.name.unwrap_or_default()).collect();
                if names.iter().all(String::is_empty) {
                    warn(
                        ds,
                        self.file,
                        Severity::Warning,
                        Some(line),
                        None,
                        format!(
                            "line {line}: the table's \"columns\" list has no column names; its rows cannot be read"
                        ),
                    );
                    self.columns = Some(Vec::new());
                } else {
                    // Kept for the details view (a row is re-read as `column = value`).
                    if let Some(f) = ds.files.get_mut(self.file as usize)
                        && f.header.is_empty()
                    {
                        f.header = names.clone();
                    }
                    self.columns = Some(names);
                }
            }
            Err(e) => {
                warn(
                    ds,
                    self.file,
                    Severity::Warning,
                    Some(line),
                    None,
                    format!("line {line}: the table's \"columns\" list is not readable ({e}); its rows cannot be read"),
                );
                self.columns = Some(Vec::new());
            }
        }
    }

    /// One row of a Log Analytics table (an array of values in column order).
    fn table_row(&mut self, bytes: &[u8], offset: u64, line: u64, number: u64, ds: &mut Dataset) {
        let Some(columns) = self.columns.as_ref().filter(|c| !c.is_empty()) else {
            if self.columns.is_none() && !self.rows_without_columns {
                self.rows_without_columns = true;
                warn(
                    ds,
                    self.file,
                    Severity::Warning,
                    Some(line),
                    Some(number),
                    format!(
                        "record {number} (line {line}) is a table row, but the table's \"columns\" were not given before its \"rows\"; such rows are skipped"
                    ),
                );
            }
            return;
        };
        let values: Vec<serde_json::Value> = match serde_json::from_slice(bytes) {
            Ok(v) => v,
            Err(e) => {
                let at = line + e.line() as u64 - 1;
                warn(
                    ds,
                    self.file,
                    Severity::Warning,
                    Some(at),
                    Some(number),
                    format!("record {number} (line {at}) is not valid JSON: {e}; skipped"),
                );
                return;
            }
        };
        if values.len() != columns.len() {
            warn(
                ds,
                self.file,
                Severity::Warning,
                Some(line),
                Some(number),
                format!(
                    "record {number} (line {line}) has {} values where the table has {} columns; {}",
                    values.len(),
                    columns.len(),
                    if values.len() < columns.len() {
                        "the missing ones were left empty"
                    } else {
                        "the extra ones were ignored"
                    }
                ),
            );
        }
        let mut map = serde_json::Map::with_capacity(columns.len());
        for (name, v) in columns.iter().zip(values) {
            if !name.is_empty() && !v.is_null() {
                map.insert(name.clone(), v);
            }
        }
        let src = SourceRef { file: self.file, offset, len: bytes.len().min(u32::MAX as usize) as u32 };
        match Rec::deserialize_value(serde_json::Value::Object(map)) {
            Ok(rec) => {
                if push_rec(
                    &rec,
                    ds,
                    self.file,
                    src,
                    Some(line),
                    number,
                    &mut self.other_categories,
                    &mut self.unrecognised,
                ) {
                    self.loaded += 1;
                }
            }
            Err(e) => warn(
                ds,
                self.file,
                Severity::Warning,
                Some(line),
                Some(number),
                format!("record {number} (line {line}): {e}; skipped"),
            ),
        }
    }
}

/// Loads a whole file from memory (tests, the demo tenant, the command line).
pub fn load_bytes(name: &str, bytes: &[u8], ds: &mut Dataset) -> u16 {
    let mut ing = FileIngest::new(name, bytes.len() as u64, ds);
    for chunk in bytes.chunks(1 << 20) {
        ing.feed(chunk, ds);
    }
    ing.finish(ds);
    ing.file
}

/// Loads from any reader in chunks of `chunk_bytes`.
pub fn load_reader(
    name: &str,
    size_bytes: u64,
    mut r: impl std::io::Read,
    ds: &mut Dataset,
    chunk_bytes: usize,
) -> std::io::Result<u16> {
    let mut ing = FileIngest::new(name, size_bytes, ds);
    let mut buf = vec![0u8; chunk_bytes.max(1)];
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                fail(ds, ing.file, &format!("reading the file failed: {e}"));
                break;
            }
        };
        ing.feed(&buf[..n], ds);
    }
    ing.finish(ds);
    Ok(ing.file)
}
