//! Streaming framing of JSON exports into records, without parsing them.
//!
//! Feeds of arbitrary chunks go in; complete record byte ranges come out. The framer
//! tracks only strings, escapes and nesting depth, so it runs at memory speed, and each
//! record is then parsed on its own (`record.rs`): a malformed record costs one warning,
//! not the file, and every record keeps its exact byte range for the details view.
//!
//! Shapes recognised (see `../shared/reference/formats.md`):
//! - a top-level array of records (`[ {...}, {...} ]`), also several arrays one after
//!   the other (PowerShell `Out-File -Append` of pages);
//! - a wrapper object whose `value` (Graph) or `records` (Azure Monitor) member is the
//!   array of records; other members (`@odata.context`, `@odata.nextLink`) are skipped;
//! - the Log Analytics REST response `{"tables":[{"name","columns":[{"name","type"}…],
//!   "rows":[[…],[…]]}]}`: each row (an array) is a record of its own, and the table's
//!   `columns` are handed out first ([`Event::Columns`]) so that rows can be mapped;
//! - one or many top-level objects (NDJSON, or a single pretty-printed record). When the
//!   first record fits on one line the file is treated as NDJSON and framed by lines, so
//!   a broken line cannot swallow the next one.
//!
//! A record larger than [`MAX_RECORD_BYTES`] is skipped with a warning rather than held.

use memchr::{memchr, memchr2};

/// Records above this size are skipped (never buffered whole).
pub const MAX_RECORD_BYTES: usize = 64 << 20;

/// What the framer found.
#[derive(Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// A complete record: its bytes, stream offset, 1-based line of its first byte and
    /// 1-based record number.
    Record { bytes: &'a [u8], offset: u64, line: u64, number: u64 },
    /// Something that is not a record where one was expected.
    Problem { line: u64, record: Option<u64>, message: String },
    /// A row of a Log Analytics table (an array of values in the order of the table's
    /// columns), with the same position information as a record.
    Row { bytes: &'a [u8], offset: u64, line: u64, number: u64 },
    /// A Log Analytics table starts (`{"tables":[{…` ): forget the previous table's columns.
    Table { line: u64 },
    /// The `columns` array of a Log Analytics table (the raw JSON text of the array).
    Columns { bytes: &'a [u8], line: u64 },
}

/// A record the consumer may read straight from the chunk (see [`Sink::fast`]).
#[derive(Debug)]
pub struct Candidate<'a> {
    /// The text from the record's opening `{` to the end of the chunk's valid UTF-8.
    pub text: &'a str,
    /// Stream offset of the `{`, 1-based line and record number, as a record would have.
    pub offset: u64,
    pub line: u64,
    pub number: u64,
}

/// Receives what the framer finds.
/// What a framer offers its sink besides events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Events only.
    Nothing,
    /// Each record of an array, to parse straight from the chunk ([`Sink::fast`]).
    Records,
}

pub trait Sink {
    /// An event (a framed record, a problem, a table's columns…).
    fn event(&mut self, e: Event<'_>);

    /// Offered where an element of the array of records starts: a consumer that can read
    /// one whole record from the start of `c.text` does so and returns its length in
    /// bytes; the framer then continues after it without scanning it a second time.
    /// `None` (the record does not end in this chunk, or is not valid JSON) lets the
    /// framer frame it as usual, and it arrives as an [`Event::Record`].
    fn fast(&mut self, c: Candidate<'_>) -> Option<usize> {
        let _ = c;
        None
    }
}

/// A closure as a sink (no fast path).
struct FnSink<'f>(&'f mut dyn FnMut(Event<'_>));

impl Sink for FnSink<'_> {
    fn event(&mut self, e: Event<'_>) {
        (self.0)(e)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Before the first significant byte.
    Start,
    /// Inside a top-level array: records are its elements.
    Array,
    /// Reading a top-level object whose role (record or wrapper) is not known yet.
    TopObject,
    /// Inside the array member of a wrapper object.
    WrapperArray,
    /// After a wrapper's array: skipping the rest of the wrapper object.
    WrapperTail,
    /// Between top-level values.
    Between,
    /// One record per line.
    Lines,
    /// Inside one table object of a `{"tables":[…]}` response (depth 3 = its members).
    TableObject,
    /// Collecting a table's `columns` array.
    TableColumns,
    /// Inside a table's `rows` array: records are its elements (arrays), at depth 4.
    TableRows,
}

/// Depth of a table's members in `{"tables":[{…}]}`.
const TABLE_DEPTH: u32 = 3;
/// Depth of the rows inside a table's `rows` array.
const ROWS_DEPTH: u32 = 4;

/// Bytes that change the framer's state inside a record.
static STRUCTURAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'{' as usize] = true;
    t[b'}' as usize] = true;
    t[b'[' as usize] = true;
    t[b']' as usize] = true;
    t
};

/// Keys that matter (`value`, `records`, `tables`, `columns`, `rows`) are short: a longer
/// string is kept only in part, so that a huge string value is never copied.
const KEY_CAPTURE_MAX: usize = 32;

fn capture_key(key: &mut Vec<u8>, bytes: &[u8]) {
    let room = KEY_CAPTURE_MAX.saturating_sub(key.len());
    key.extend_from_slice(&bytes[..bytes.len().min(room)]);
}

/// A position in the chunk being fed.
struct Cursor<'c> {
    chunk: &'c [u8],
    /// The chunk's valid UTF-8 prefix, when the sink may read records from it.
    text: &'c str,
    i: usize,
    /// Newlines before this index are already counted in `line`.
    line_pos: usize,
    /// Start of the record being collected, when it began in this chunk (or the chunk start
    /// when it continues from an earlier one).
    rec_start: Option<usize>,
}

/// The framer's state between chunks.
pub struct JsonFramer {
    mode: Mode,
    /// Bytes of the value being collected (a record, or a top-level object of unknown role).
    buf: Vec<u8>,
    /// Collecting into `buf`; otherwise skipping.
    collecting: bool,
    /// Skipping an oversized value (counted but not stored).
    oversized: bool,
    /// `buf` holds the start of the current record from earlier chunks.
    carried: bool,
    depth: u32,
    in_string: bool,
    escape: bool,
    /// Stream offset of the next byte to be fed.
    pos: u64,
    /// Current 1-based line.
    line: u64,
    start_offset: u64,
    start_line: u64,
    /// Records emitted (or attempted) so far.
    records: u64,
    /// The first record decided NDJSON vs structural framing.
    decided: bool,
    /// For a wrapper: depth of the array holding the records.
    wrapper_depth: u32,
    /// Within a wrapper's top-level object, the last key seen at depth 1.
    last_key: Vec<u8>,
    key_capture: Option<Vec<u8>>,
    /// In `Between`/`Array` modes, a stray value (not an object) being skipped.
    stray: bool,
    /// Skipping text between top-level values that is not JSON (reported once).
    garbage: bool,
    /// Top-level shape, for the format name.
    pub shape: Shape,
}

/// The container shape the framer recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Unknown,
    Array,
    /// `{"value":[…]}` (Graph).
    GraphPage,
    /// `{"records":[…]}` (Azure Monitor Event Hub body).
    Records,
    /// One object per line.
    Ndjson,
    /// Whole pretty-printed objects.
    Objects,
    /// `{"tables":[…]}` (Log Analytics REST).
    Tables,
}

impl Default for JsonFramer {
    fn default() -> Self {
        Self::new()
    }
}

impl JsonFramer {
    /// A framer at the start of a stream.
    pub fn new() -> Self {
        Self {
            mode: Mode::Start,
            buf: Vec::new(),
            collecting: false,
            oversized: false,
            carried: false,
            depth: 0,
            in_string: false,
            escape: false,
            pos: 0,
            line: 1,
            start_offset: 0,
            start_line: 1,
            records: 0,
            decided: false,
            wrapper_depth: 0,
            last_key: Vec::new(),
            key_capture: None,
            stray: false,
            garbage: false,
            shape: Shape::Unknown,
        }
    }

    /// Number of records seen.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// True when everything fed so far ends between two records of the array of records (or
    /// between two lines of JSON lines): a later part of the file may start here
    /// (`ingest::split`).
    pub(crate) fn between_records(&self) -> bool {
        let quiet = !self.collecting && !self.oversized && !self.in_string && !self.escape && self.buf.is_empty();
        match self.mode {
            Mode::Lines => quiet,
            Mode::Array => quiet && !self.stray && self.depth == 1,
            Mode::WrapperArray => {
                quiet && !self.stray && self.depth == self.wrapper_depth && self.shape != Shape::Tables
            }
            _ => false,
        }
    }

    /// Moves past `bytes` bytes holding `lines` line breaks and `records` records that another
    /// reader read (`ingest::split`): offsets, lines and record numbers go on from there.
    pub(crate) fn skip(&mut self, bytes: u64, lines: u64, records: u64) {
        self.pos += bytes;
        self.line += lines;
        self.records += records;
        self.start_offset = self.pos;
        self.start_line = self.line;
    }

    /// Feeds a chunk; calls `out` for every event.
    ///
    /// Records that lie wholly inside `chunk` are handed out as slices of it (no copy);
    /// only a record that spans chunks is gathered in the framer's buffer.
    pub fn feed(&mut self, chunk: &[u8], out: &mut dyn FnMut(Event<'_>)) {
        self.feed_sink(chunk, &mut FnSink(out), Offer::Nothing);
    }

    /// Feeds a chunk; events go to `sink`. With [`Offer::Records`], the sink is offered each
    /// record of an array to read directly from the chunk ([`Sink::fast`]).
    pub fn feed_sink(&mut self, chunk: &[u8], out: &mut dyn Sink, offer: Offer) {
        let fast = offer == Offer::Records;
        if self.mode == Mode::Lines {
            self.feed_lines(chunk, out);
            return;
        }
        let text = if fast {
            match std::str::from_utf8(chunk) {
                Ok(t) => t,
                Err(e) => std::str::from_utf8(&chunk[..e.valid_up_to()]).unwrap_or(""),
            }
        } else {
            ""
        };
        let mut cur =
            Cursor { chunk, text, i: 0, line_pos: 0, rec_start: if self.collecting { Some(0) } else { None } };
        while cur.i < chunk.len() {
            if self.mode == Mode::Lines {
                // Decided just now: the rest of the chunk is lines.
                self.sync_lines(&mut cur);
                self.pos += cur.i as u64;
                let rest = &chunk[cur.i..];
                self.feed_lines(rest, out);
                return;
            }
            if self.in_string {
                if self.escape {
                    self.escape = false;
                    cur.i += 1;
                    continue;
                }
                match memchr2(b'"', b'\\', &chunk[cur.i..]) {
                    Some(k) => {
                        if let Some(key) = self.key_capture.as_mut() {
                            capture_key(key, &chunk[cur.i..cur.i + k]);
                        }
                        cur.i += k;
                        if chunk[cur.i] == b'\\' {
                            self.escape = true;
                        } else {
                            self.in_string = false;
                            if let Some(k) = self.key_capture.take() {
                                self.last_key = k;
                            }
                        }
                        cur.i += 1;
                    }
                    None => {
                        if let Some(key) = self.key_capture.as_mut() {
                            capture_key(key, &chunk[cur.i..]);
                        }
                        cur.i = chunk.len();
                    }
                }
                continue;
            }
            // Inside a record only quotes and brackets matter: skip everything else fast.
            if self.collecting && self.depth > 0 {
                while cur.i < chunk.len() && !STRUCTURAL[chunk[cur.i] as usize] {
                    cur.i += 1;
                }
                if cur.i == chunk.len() {
                    break;
                }
            }
            let c = chunk[cur.i];
            self.step(c, &mut cur, out);
        }
        // Keep the unfinished record's bytes for the next chunk.
        if let Some(start) = cur.rec_start
            && self.collecting
        {
            self.gather(&chunk[start..]);
            self.carried = true;
        }
        self.sync_lines(&mut cur);
        self.pos += chunk.len() as u64;
    }

    /// Ends the stream; reports a truncated record if one is open.
    pub fn finish(&mut self, out: &mut dyn FnMut(Event<'_>)) {
        self.finish_sink(&mut FnSink(out));
    }

    /// Ends the stream (see [`JsonFramer::finish`]), with events going to `sink`.
    pub fn finish_sink(&mut self, out: &mut dyn Sink) {
        if self.mode == Mode::Lines {
            if !self.buf.is_empty() || self.oversized {
                self.emit_line(out);
            }
            return;
        }
        if !self.collecting && !self.oversized && self.depth > 0 && self.mode != Mode::TopObject {
            out.event(Event::Problem {
                line: self.line,
                record: None,
                message: format!(
                    "line {}: the file ends before the JSON is closed (truncated file?); the {} complete record(s) before it were read",
                    self.line, self.records
                ),
            });
            return;
        }
        if self.collecting || self.oversized || self.depth > 0 {
            let what = if self.mode == Mode::TopObject { "the top-level object" } else { "a record" };
            out.event(Event::Problem {
                line: self.start_line,
                record: Some(self.records + 1),
                message: format!(
                    "the file ends in the middle of {what} that starts on line {} (truncated file?); it was skipped",
                    self.start_line
                ),
            });
            self.buf.clear();
            self.collecting = false;
        }
    }

    /// Counts newlines up to the cursor (lazily: each byte is counted once).
    fn sync_lines(&mut self, cur: &mut Cursor<'_>) {
        let end = cur.i.min(cur.chunk.len());
        if end > cur.line_pos {
            self.line += memchr::memchr_iter(b'\n', &cur.chunk[cur.line_pos..end]).count() as u64;
            cur.line_pos = end;
        }
    }

    fn gather(&mut self, bytes: &[u8]) {
        if self.oversized {
            return;
        }
        if self.buf.len() + bytes.len() > MAX_RECORD_BYTES {
            self.oversized = true;
            self.buf = Vec::new();
        } else {
            self.buf.extend_from_slice(bytes);
        }
    }

    /// Starts collecting a value at the cursor.
    fn begin(&mut self, cur: &mut Cursor<'_>) {
        self.sync_lines(cur);
        self.collecting = true;
        self.oversized = false;
        self.carried = false;
        self.buf.clear();
        self.start_offset = self.pos + cur.i as u64;
        self.start_line = self.line;
        cur.rec_start = Some(cur.i);
    }

    /// Ends the value being collected at the cursor (inclusive) and emits it as a record.
    fn end_record(&mut self, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        let start = cur.rec_start.take().unwrap_or(0);
        let piece = &cur.chunk[start..=cur.i.min(cur.chunk.len() - 1)];
        self.records += 1;
        self.collecting = false;
        let row = self.mode == Mode::TableRows;
        let (offset, line, number) = (self.start_offset, self.start_line, self.records);
        if !self.carried {
            if piece.len() > MAX_RECORD_BYTES {
                self.report_oversized(out);
            } else if row {
                out.event(Event::Row { bytes: piece, offset, line, number });
            } else {
                out.event(Event::Record { bytes: piece, offset, line, number });
            }
        } else {
            self.gather(piece);
            if self.oversized {
                self.report_oversized(out);
            } else if row {
                out.event(Event::Row { bytes: &self.buf, offset, line, number });
            } else {
                out.event(Event::Record { bytes: &self.buf, offset, line, number });
            }
        }
        self.buf.clear();
        self.oversized = false;
        self.carried = false;
    }

    /// Emits the line-mode record gathered in `buf`.
    fn emit(&mut self, out: &mut dyn Sink) {
        self.records += 1;
        self.collecting = false;
        if self.oversized {
            self.oversized = false;
            self.report_oversized(out);
        } else {
            out.event(Event::Record {
                bytes: &self.buf,
                offset: self.start_offset,
                line: self.start_line,
                number: self.records,
            });
        }
        self.buf.clear();
    }

    fn report_oversized(&mut self, out: &mut dyn Sink) {
        out.event(Event::Problem {
            line: self.start_line,
            record: Some(self.records),
            message: format!(
                "record {} (line {}) is larger than {} MiB; skipped",
                self.records,
                self.start_line,
                MAX_RECORD_BYTES >> 20
            ),
        });
    }

    fn problem(&mut self, cur: &mut Cursor<'_>, record: Option<u64>, message: String, out: &mut dyn Sink) {
        self.sync_lines(cur);
        out.event(Event::Problem { line: self.line, record, message });
    }

    /// Offers the record starting at the cursor to the sink (see [`Sink::fast`]).
    fn try_fast(&mut self, cur: &mut Cursor<'_>, out: &mut dyn Sink) -> Option<usize> {
        if self.mode == Mode::TableRows {
            return None;
        }
        let text = cur.text.get(cur.i..).filter(|t| t.starts_with('{'))?;
        self.sync_lines(cur);
        let candidate = Candidate { text, offset: self.pos + cur.i as u64, line: self.line, number: self.records + 1 };
        let n = out.fast(candidate)?;
        self.records += 1;
        Some(n.clamp(1, text.len()))
    }

    /// The mode after the closing bracket of the array of records.
    fn after_array(&self) -> Mode {
        match self.mode {
            Mode::Array => Mode::Between,
            Mode::TableRows => Mode::TableObject,
            _ => Mode::WrapperTail,
        }
    }

    /// Ends a table's `columns` array at the cursor (inclusive) and hands it out.
    fn end_columns(&mut self, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        let start = cur.rec_start.take().unwrap_or(0);
        let end = cur.i.min(cur.chunk.len().saturating_sub(1));
        let piece = cur.chunk.get(start..=end).unwrap_or(&[]);
        self.collecting = false;
        if self.carried {
            self.gather(piece);
        }
        if self.oversized {
            out.event(Event::Problem {
                line: self.start_line,
                record: None,
                message: format!(
                    "line {}: the table's \"columns\" list is larger than {} MiB; its rows cannot be read",
                    self.start_line,
                    MAX_RECORD_BYTES >> 20
                ),
            });
        } else if self.carried {
            out.event(Event::Columns { bytes: &self.buf, line: self.start_line });
        } else {
            out.event(Event::Columns { bytes: piece, line: self.start_line });
        }
        self.buf.clear();
        self.oversized = false;
        self.carried = false;
    }

    fn step(&mut self, c: u8, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        match self.mode {
            Mode::Start | Mode::Between => self.step_between(c, cur, out),
            Mode::Array | Mode::WrapperArray | Mode::TableRows => self.step_records(c, cur, out),
            Mode::TableObject => self.step_table_object(c, cur),
            Mode::TableColumns => self.step_table_columns(c, cur, out),
            Mode::TopObject => self.step_top_object(c, cur, out),
            Mode::WrapperTail => self.step_wrapper_tail(c, cur),
            Mode::Lines => unreachable!("handled by feed_lines"),
        }
    }

    /// Between top-level values: an array or object starts, anything else is reported once.
    #[inline]
    fn step_between(&mut self, c: u8, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        if c.is_ascii_whitespace() || c == b',' {
            cur.i += 1;
            return;
        }
        if c == b'[' || c == b'{' {
            self.garbage = false;
        }
        match c {
            b'[' => {
                cur.i += 1;
                self.mode = Mode::Array;
                self.depth = 1;
                if self.shape == Shape::Unknown {
                    self.shape = Shape::Array;
                }
            }
            b'{' => {
                self.begin(cur);
                cur.i += 1;
                self.depth = 1;
                self.mode = Mode::TopObject;
                self.last_key.clear();
            }
            _ => {
                if !self.garbage {
                    self.garbage = true;
                    self.sync_lines(cur);
                    let line = self.line;
                    self.problem(
                        cur,
                        None,
                        format!("unexpected {:?} at line {line} where a JSON object or array should start; skipped to the next object", c as char),
                        out,
                    );
                }
                cur.i += 1;
                self.mode = Mode::Between;
            }
        }
    }

    /// Inside an array of records (a plain array, a wrapper's array or a table's rows).
    #[inline]
    fn step_records(&mut self, c: u8, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        let base = match self.mode {
            Mode::Array => 1,
            Mode::TableRows => ROWS_DEPTH,
            _ => self.wrapper_depth,
        };
        if self.depth == base && !self.collecting && !self.stray {
            match c {
                b'{' if self.mode == Mode::WrapperArray && self.shape == Shape::Tables => {
                    // A table object: its rows are the records.
                    self.sync_lines(cur);
                    out.event(Event::Table { line: self.line });
                    cur.i += 1;
                    self.depth = TABLE_DEPTH;
                    self.mode = Mode::TableObject;
                    self.last_key.clear();
                }
                b'{' => {
                    if let Some(n) = self.try_fast(cur, out) {
                        cur.i += n;
                        return;
                    }
                    self.begin(cur);
                    cur.i += 1;
                    self.depth += 1;
                }
                b'[' if self.mode == Mode::TableRows => {
                    self.begin(cur);
                    cur.i += 1;
                    self.depth += 1;
                }
                b']' => {
                    cur.i += 1;
                    self.depth -= 1;
                    self.mode = self.after_array();
                }
                b',' => cur.i += 1,
                c if c.is_ascii_whitespace() => cur.i += 1,
                _ => {
                    self.records += 1;
                    let kind = match c {
                        b'"' => "a string",
                        b'[' => "an array",
                        _ => "not an object",
                    };
                    self.sync_lines(cur);
                    let (n, line) = (self.records, self.line);
                    let msg = if kind == "not an object" {
                        format!("record {n} (line {line}) is not an object; skipped")
                    } else {
                        format!("record {n} (line {line}) is {kind}, not an object; skipped")
                    };
                    self.problem(cur, Some(n), msg, out);
                    self.stray = true;
                    match c {
                        b'"' => self.in_string = true,
                        b'[' => self.depth += 1,
                        _ => {}
                    }
                    cur.i += 1;
                }
            }
            return;
        }
        if self.stray && self.depth == base {
            // A scalar stray value ends at a comma or the closing bracket.
            match c {
                b',' => self.stray = false,
                b']' => {
                    self.stray = false;
                    self.depth -= 1;
                    self.mode = self.after_array();
                }
                b'"' => self.in_string = true,
                _ => {}
            }
            cur.i += 1;
            return;
        }
        match c {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == base {
                    if self.stray {
                        self.stray = false;
                    } else {
                        self.end_record(cur, out);
                    }
                }
            }
            _ => {}
        }
        cur.i += 1;
    }

    /// Inside a Log Analytics table object: its `columns` and `rows`.
    #[inline]
    fn step_table_object(&mut self, c: u8, cur: &mut Cursor<'_>) {
        if self.depth == TABLE_DEPTH && c == b'"' {
            cur.i += 1;
            self.in_string = true;
            self.key_capture = Some(Vec::new());
            return;
        }
        if self.depth == TABLE_DEPTH && c == b'[' {
            let key = std::mem::take(&mut self.last_key);
            match key.as_slice() {
                b"columns" => {
                    self.begin(cur);
                    cur.i += 1;
                    self.depth += 1;
                    self.mode = Mode::TableColumns;
                    return;
                }
                b"rows" => {
                    cur.i += 1;
                    self.depth = ROWS_DEPTH;
                    self.mode = Mode::TableRows;
                    return;
                }
                _ => {}
            }
        }
        match c {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth < TABLE_DEPTH {
                    // The table object ended: back in the `tables` array.
                    self.depth = self.wrapper_depth;
                    self.mode = Mode::WrapperArray;
                    if c == b']' {
                        // `]` closed the `tables` array itself (malformed).
                        self.depth = 1;
                        self.mode = Mode::WrapperTail;
                    }
                }
            }
            _ => {}
        }
        cur.i += 1;
    }

    /// Inside a table's `columns` list.
    #[inline]
    fn step_table_columns(&mut self, c: u8, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        match c {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth <= TABLE_DEPTH {
                    self.depth = TABLE_DEPTH;
                    self.end_columns(cur, out);
                    self.mode = Mode::TableObject;
                }
            }
            _ => {}
        }
        cur.i += 1;
    }

    /// Inside a top-level object: a record, or a wrapper when a depth-1 key opens an array.
    #[inline]
    fn step_top_object(&mut self, c: u8, cur: &mut Cursor<'_>, out: &mut dyn Sink) {
        // A key at depth 1 followed by ':' and '[' makes this a wrapper.
        if self.depth == 1 && c == b'"' {
            cur.i += 1;
            self.in_string = true;
            self.key_capture = Some(Vec::new());
            return;
        }
        if self.depth == 1 && c == b'[' {
            let key = std::mem::take(&mut self.last_key);
            let shape = match key.as_slice() {
                b"value" => Some(Shape::GraphPage),
                b"records" => Some(Shape::Records),
                b"tables" => Some(Shape::Tables),
                _ => None,
            };
            if let Some(shape) = shape {
                // The object is a wrapper; drop what was buffered of it.
                self.collecting = false;
                cur.rec_start = None;
                self.buf.clear();
                cur.i += 1;
                self.depth = 2;
                self.wrapper_depth = 2;
                self.mode = Mode::WrapperArray;
                if self.shape == Shape::Unknown || self.shape == Shape::Array {
                    self.shape = shape;
                }
                return;
            }
        }
        match c {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    // A whole top-level object: it is a record.
                    self.sync_lines(cur);
                    let single_line = self.line == self.start_line;
                    self.end_record(cur, out);
                    cur.i += 1;
                    self.mode = Mode::Between;
                    if !self.decided {
                        self.decided = true;
                        if single_line {
                            self.mode = Mode::Lines;
                            self.shape = Shape::Ndjson;
                        } else {
                            self.shape = Shape::Objects;
                        }
                    }
                    return;
                }
            }
            _ => {}
        }
        cur.i += 1;
    }

    /// After a wrapper's array: the rest of the wrapper object.
    #[inline]
    fn step_wrapper_tail(&mut self, c: u8, cur: &mut Cursor<'_>) {
        match c {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    self.mode = Mode::Between;
                }
            }
            _ => {}
        }
        cur.i += 1;
    }

    /// NDJSON: every non-blank line is one record.
    fn feed_lines(&mut self, chunk: &[u8], out: &mut dyn Sink) {
        let mut i = 0;
        while i < chunk.len() {
            if !self.collecting && !self.oversized {
                // Skip blank space between lines.
                while i < chunk.len() && chunk[i].is_ascii_whitespace() {
                    if chunk[i] == b'\n' {
                        self.line += 1;
                    }
                    self.pos += 1;
                    i += 1;
                }
                if i == chunk.len() {
                    return;
                }
                self.collecting = true;
                self.buf.clear();
                self.start_offset = self.pos;
                self.start_line = self.line;
            }
            match memchr(b'\n', &chunk[i..]) {
                Some(k) => {
                    self.push_line_bytes(&chunk[i..i + k]);
                    self.pos += 1;
                    i += k + 1;
                    self.emit_line(out);
                    self.line += 1;
                }
                None => {
                    self.push_line_bytes(&chunk[i..]);
                    return;
                }
            }
        }
    }

    fn push_line_bytes(&mut self, b: &[u8]) {
        self.pos += b.len() as u64;
        if self.oversized {
            return;
        }
        if self.buf.len() + b.len() > MAX_RECORD_BYTES {
            self.oversized = true;
            self.buf = Vec::new();
        } else {
            self.buf.extend_from_slice(b);
        }
    }

    fn emit_line(&mut self, out: &mut dyn Sink) {
        let mut end = self.buf.len();
        while end > 0 && self.buf[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        // A trailing comma after a record (hand-edited files) is tolerated.
        if end > 0 && self.buf[end - 1] == b',' {
            end -= 1;
        }
        self.buf.truncate(end);
        self.emit(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(text: &str, chunk: usize) -> (Vec<(String, u64, u64)>, Vec<String>, Shape) {
        let mut f = JsonFramer::new();
        let mut recs = Vec::new();
        let mut probs = Vec::new();
        let mut handle = |e: Event<'_>| match e {
            Event::Record { bytes, offset, line, .. } => {
                assert_eq!(&text.as_bytes()[offset as usize..offset as usize + bytes.len()], bytes);
                recs.push((String::from_utf8(bytes.to_vec()).unwrap(), offset, line))
            }
            Event::Problem { message, .. } => probs.push(message),
            Event::Row { bytes, offset, line, .. } => {
                assert_eq!(&text.as_bytes()[offset as usize..offset as usize + bytes.len()], bytes);
                recs.push((String::from_utf8(bytes.to_vec()).unwrap(), offset, line))
            }
            Event::Table { .. } => probs.push("<table>".into()),
            Event::Columns { bytes, .. } => probs.push(format!("<columns {}>", String::from_utf8_lossy(bytes))),
        };
        for c in text.as_bytes().chunks(chunk.max(1)) {
            f.feed(c, &mut handle);
        }
        f.finish(&mut handle);
        (recs, probs, f.shape)
    }

    #[test]
    fn array_and_wrappers_give_the_same_records_at_any_chunk_size() {
        let a = r#"[{"id":"1","x":{"y":[1,2]}},{"id":"2","s":"a}b\"]"}]"#;
        let g = r#"{"@odata.context":"x","value":[{"id":"1","x":{"y":[1,2]}},{"id":"2","s":"a}b\"]"}],"@odata.nextLink":"n"}"#;
        let r = r#"{"records":[{"id":"1","x":{"y":[1,2]}},{"id":"2","s":"a}b\"]"}]}"#;
        for chunk in [1, 2, 3, 7, 1000] {
            let (ra, pa, sa) = frame(a, chunk);
            let (rg, pg, sg) = frame(g, chunk);
            let (rr, _, sr) = frame(r, chunk);
            assert!(pa.is_empty() && pg.is_empty(), "{pa:?} {pg:?}");
            let texts = |v: &Vec<(String, u64, u64)>| v.iter().map(|r| r.0.clone()).collect::<Vec<_>>();
            assert_eq!(texts(&ra), vec![r#"{"id":"1","x":{"y":[1,2]}}"#, r#"{"id":"2","s":"a}b\"]"}"#]);
            assert_eq!(texts(&ra), texts(&rg));
            assert_eq!(texts(&ra), texts(&rr));
            assert_eq!((sa, sg, sr), (Shape::Array, Shape::GraphPage, Shape::Records));
        }
    }

    #[test]
    fn ndjson_lines_resync_after_a_broken_line() {
        let t = "{\"id\":1}\n{\"id\":2, \"broken\n{\"id\":3}\n\n{\"id\":4}";
        for chunk in [1, 5, 100] {
            let (r, p, s) = frame(t, chunk);
            assert_eq!(s, Shape::Ndjson);
            assert!(p.is_empty());
            let lines: Vec<u64> = r.iter().map(|x| x.2).collect();
            assert_eq!(lines, vec![1, 2, 3, 5]);
            assert_eq!(r[1].0, "{\"id\":2, \"broken");
        }
    }

    #[test]
    fn pretty_objects_and_concatenated_arrays() {
        let t = "{\n  \"id\": 1\n}\n{\n  \"id\": 2\n}\n";
        let (r, p, s) = frame(t, 3);
        assert_eq!((r.len(), p.len(), s), (2, 0, Shape::Objects));
        assert_eq!(r[1].2, 4);
        let t = "[{\"a\":1}]\n[{\"a\":2},{\"a\":3}]";
        let (r, _, _) = frame(t, 4);
        assert_eq!(r.len(), 3);
    }

    #[test]
    fn log_analytics_tables_hand_out_columns_then_rows() {
        let t = r#"{"tables":[{"name":"A","columns":[{"name":"x","type":"string"}],"rows":[["1",{"a":"]"}],[2]]},{"rows":[],"columns":[{"name":"y"}],"name":"B"}],"stats":{}}"#;
        for chunk in [1, 2, 5, 1000] {
            let (r, p, s) = frame(t, chunk);
            assert_eq!(s, Shape::Tables);
            let texts: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
            assert_eq!(texts, vec![r#"["1",{"a":"]"}]"#, "[2]"], "chunk {chunk}");
            assert_eq!(
                p,
                vec![
                    "<table>".to_owned(),
                    r#"<columns [{"name":"x","type":"string"}]>"#.to_owned(),
                    "<table>".to_owned(),
                    r#"<columns [{"name":"y"}]>"#.to_owned()
                ]
            );
        }
    }

    #[test]
    fn truncated_and_stray_values_are_problems() {
        let (r, p, _) = frame(r#"[{"a":1},{"a":"#, 4);
        assert_eq!(r.len(), 1);
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("ends in the middle"), "{p:?}");
        let (r, p, _) = frame(r#"[1, {"a":1}, "x", [2], {"b":2},]"#, 3);
        assert_eq!(r.len(), 2);
        assert_eq!(p.len(), 3);
    }
}
