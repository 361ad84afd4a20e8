//! One file read by several readers at once, so that every core works on a large file.
//!
//! A large plain file is cut into parts at guessed record starts. Each later part is read by
//! a reader of its own (a Web Worker, a thread) into a dataset of its own, as if it were a
//! file made of the bytes before the file's first record (the CSV header, `[`, `{"value":[`)
//! followed by the part ([`PartReader`]). The first reader reads the first part itself; when
//! it reaches the start of the next part it checks that it stands exactly between two records
//! there and *adopts* that part's rows ([`FileIngest::adopt`]): strings interned again,
//! policies renumbered, byte offsets moved, duplicates checked against everything loaded
//! before. A part is adopted only when it was read cleanly (no warning, no duplicate, no
//! slash date, no error, nothing that depends on what came before it); otherwise the first
//! reader reads the rest of the file itself. Either way the records, warnings and their
//! order are those of one reader (`tests/core/split.rs` cuts every shape at many places).

use memchr::{memchr, memchr2, memmem};
use serde::{Deserialize, Serialize};

use super::{Charset, Container, FileIngest, Parser, count_push, record};
use crate::core::model::{
    AuditRow, AuthStep, CaApplied, CaPolicy, Column, Dataset, KeyValue, Log, ModifiedProperty, SignInField as S,
    SourceRef, Target, Value, id::NON_GUID_TAG, intern::Sym,
};

/// Files smaller than this are read by one reader (a part costs a worker's start and a merge).
pub const MIN_SPLIT_BYTES: u64 = 24 << 20;
/// Parts are at least this large: a smaller one gains less than the reader costs (and a browser
/// may report more cores than it has: WebKit said 4 on a 2-core machine).
pub const MIN_PART_BYTES: u64 = 16 << 20;

/// How many readers to use for `bytes` still to read, with `readers` available: at most one per
/// `min_part` bytes (0 = no minimum), at least one.
pub fn readers_for(bytes: u64, readers: usize, min_part: u64) -> usize {
    let by_size = bytes.checked_div(min_part).map_or(usize::MAX, |n| n.max(1).min(usize::MAX as u64) as usize);
    readers.min(by_size).max(1)
}

/// Bytes read from the start before a file is cut (its header and first record must be in them).
pub const FIRST_BYTES: u64 = 1 << 20;
/// How far past a nominal cut a record start is looked for.
pub const WINDOW_BYTES: u64 = 1 << 20;

/// How a file may be cut: the bytes before its first record, and what a record start looks like.
#[derive(Clone, Debug)]
pub struct Splitter {
    head: Vec<u8>,
    start: Start,
}

#[derive(Clone, Debug)]
enum Start {
    /// A record starts after any line break (CSV, JSON lines); the reader checks quotes.
    Line,
    /// An element of the array of records: `,` + the first record's indentation + its opening
    /// up to its first key (`{"id":`), then, after a string value, its second key.
    Object { pattern: Vec<u8>, skip: usize, second: Vec<u8> },
}

/// A part for a reader of its own.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PartJob {
    pub name: String,
    pub size: u64,
    /// The bytes before the file's first record.
    pub head: Vec<u8>,
    pub start: u64,
    pub end: u64,
}

impl PartJob {
    /// The part runs to the end of the file.
    pub fn last(&self) -> bool {
        self.end >= self.size
    }
}

/// What a part's reader says besides its rows.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct PartReport {
    pub start: u64,
    pub end: u64,
    pub head_len: u64,
    pub last: bool,
    /// Why the part cannot be adopted (empty when it can).
    pub refused: String,
    /// Line breaks, records (framed) and records read in the part.
    pub lines: u64,
    pub records: u64,
    pub loaded: u64,
    /// Authentication steps read (the portal's authentication details CSV).
    pub steps: u64,
    /// The JSON container the part's reader recognised ("csv" for CSV).
    pub shape: String,
    /// Its records came from Log Analytics (`Type`/`TenantId` columns).
    pub log_analytics: bool,
}

impl Splitter {
    /// The bytes before the file's first record.
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// In `window` (the file's bytes from offset `at`), the offset of the first byte that looks
    /// like the start of a record. Only a guess: the reader that reaches it checks it.
    pub fn find_start(&self, window: &[u8], at: u64) -> Option<u64> {
        match &self.start {
            Start::Line => memchr(b'\n', window).map(|i| at + i as u64 + 1),
            Start::Object { pattern, skip, second } => memmem::find_iter(window, pattern)
                .find(|&m| {
                    let closes = window[..m].iter().rposition(|c| !c.is_ascii_whitespace()).map(|p| window[p]);
                    closes == Some(b'}')
                        && (second.is_empty() || second_key_follows(&window[m + pattern.len()..], second))
                })
                .map(|m| at + (m + skip) as u64),
        }
    }

    /// Where to look for the starts of `parts` parts of a file of `size` bytes whose first
    /// `from` bytes are read already: evenly spaced offsets, one per later part.
    pub fn nominal_cuts(&self, from: u64, size: u64, parts: usize) -> Vec<u64> {
        let parts = parts.max(1) as u64;
        (1..parts).map(|k| from + (size - from.min(size)) * k / parts).collect()
    }
}

/// After a record's first key and `:`: a string value without escapes, then `second`.
fn second_key_follows(rest: &[u8], second: &[u8]) -> bool {
    let j = rest.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(rest.len());
    if rest.get(j) != Some(&b'"') {
        return false;
    }
    match memchr2(b'"', b'\\', &rest[j + 1..]) {
        Some(k) if rest[j + 1 + k] == b'"' => rest[j + 2 + k..].starts_with(second),
        _ => false,
    }
}

/// The record-start pattern of an array of records, from the first record at `at` in `first`.
fn object_start(first: &[u8], at: usize) -> Option<Start> {
    let before = first.get(..at)?;
    let p = before.iter().rposition(|c| !c.is_ascii_whitespace())?;
    let indent = &before[p + 1..];
    let rec = &first[at..first.len().min(at + 512)];
    if rec.first() != Some(&b'{') {
        return None;
    }
    let colon = memchr(b':', rec)?;
    if rec[..colon].iter().filter(|&&c| c == b'"').count() != 2 {
        return None;
    }
    let mut pattern = Vec::with_capacity(1 + indent.len() + colon + 1);
    pattern.push(b',');
    pattern.extend_from_slice(indent);
    pattern.extend_from_slice(&rec[..=colon]);
    // The second key, after a string value: tells a record from a nested object whose first
    // key is the same (`{"id":` of a Conditional Access policy inside a sign-in).
    let rest = &rec[colon + 1..];
    let j = rest.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(rest.len());
    let mut second = Vec::new();
    if rest.get(j) == Some(&b'"')
        && let Some(k) = memchr2(b'"', b'\\', &rest[j + 1..])
        && rest[j + 1 + k] == b'"'
    {
        let after = &rest[j + 2 + k..];
        if after.first() == Some(&b',')
            && let Some(c) = memchr(b':', after)
        {
            second = after[..=c].to_vec();
        }
    }
    Some(Start::Object { pattern, skip: 1 + indent.len(), second })
}

impl FileIngest {
    /// Once the first bytes of the file (`first`, from offset 0) are fed: how the file may be
    /// cut, or `None` when it may not (compressed, not UTF-8, not records in an array or lines,
    /// no record read yet).
    pub fn splitter(&self, first: &[u8]) -> Option<Splitter> {
        let Container::Plain(t) = &self.container else {
            return None;
        };
        if !matches!(t.charset, Charset::Utf8) {
            return None;
        }
        let (at, start) = match &t.parser {
            Parser::Csv(st) if st.rows.header.is_some() && !st.rows.rejected => (st.rows.first_record?, Start::Line),
            Parser::Json(st) => {
                let at = st.rows.first_record?;
                match st.framer.shape {
                    super::Shape::Ndjson => (at, Start::Line),
                    super::Shape::Array | super::Shape::GraphPage | super::Shape::Records => {
                        (at, object_start(first, usize::try_from(at).ok()?)?)
                    }
                    _ => return None,
                }
            }
            _ => return None,
        };
        let head = first.get(..usize::try_from(at).ok()?)?.to_vec();
        Some(Splitter { head, start })
    }

    /// True when everything fed so far ends exactly between two records, with nothing read
    /// before that a later record depends on (records held for their dates' order).
    pub fn between_records(&self) -> bool {
        let Container::Plain(t) = &self.container else {
            return false;
        };
        matches!(t.charset, Charset::Utf8)
            && match &t.parser {
                Parser::Csv(st) => {
                    st.rows.header.is_some()
                        && !st.rows.rejected
                        && st.rows.held.is_empty()
                        && st.framer.between_records()
                }
                Parser::Json(st) => st.rows.columns.is_none() && st.framer.between_records(),
                _ => false,
            }
    }

    /// The container shape as a part reports it.
    fn shape_name(&self) -> String {
        match &self.container {
            Container::Plain(t) => match &t.parser {
                Parser::Csv(_) => "csv".into(),
                Parser::Json(st) => format!("{:?}", st.framer.shape),
                _ => String::new(),
            },
            _ => String::new(),
        }
    }

    /// (records framed, records read) so far.
    fn counts(&self) -> (u64, u64) {
        match &self.container {
            Container::Plain(t) => match &t.parser {
                Parser::Csv(st) => (st.rows.records, 0),
                Parser::Json(st) => (st.framer.records(), st.rows.loaded),
                _ => (0, 0),
            },
            _ => (0, 0),
        }
    }

    /// Why the part this ingest read (as [`PartReader`]) cannot be adopted, if it cannot.
    fn part_refusal(&self, ds: &Dataset, last: bool) -> Option<&'static str> {
        let f = ds.files.get(self.file as usize)?;
        let Container::Plain(t) = &self.container else {
            return Some("the part is not plain text");
        };
        if !matches!(t.charset, Charset::Utf8) {
            return Some("the part is not UTF-8");
        }
        if f.error.is_some() || f.warning_count() > 0 {
            return Some("the part has warnings");
        }
        if f.duplicates > 0 || f.missing_time > 0 {
            return Some("the part has duplicates or records without a time");
        }
        if ds.slash_dates.get(&self.file).is_some_and(|s| s.seen > 0) {
            return Some("the part has slash dates");
        }
        let quiet = match &t.parser {
            Parser::Csv(st) => st.rows.header.is_some() && !st.rows.rejected && !st.rows.bad_utf8,
            Parser::Json(st) => {
                st.rows.unrecognised == 0
                    && st.rows.other_categories.is_empty()
                    && !st.rows.bad_utf8
                    && !st.rows.rows_without_columns
                    && st.rows.columns.is_none()
            }
            _ => false,
        };
        if !quiet {
            return Some("the part has records that are not sign-ins or audit events");
        }
        if !last && !self.between_records() {
            return Some("the part does not end between two records");
        }
        None
    }

    /// Moves past a part that another reader read: offsets, lines and record numbers go on.
    fn skip_part(&mut self, r: &PartReport, ds: &mut Dataset) {
        let bytes = r.end - r.start;
        self.fed = r.end;
        if let Some(f) = ds.files.get_mut(self.file as usize) {
            f.bytes_done = self.fed;
        }
        let Container::Plain(t) = &mut self.container else {
            return;
        };
        t.pos += bytes;
        match &mut t.parser {
            Parser::Csv(st) => {
                st.framer.skip(bytes, r.lines);
                st.rows.records += r.records;
            }
            Parser::Json(st) => {
                st.framer.skip(bytes, r.lines, r.records);
                st.rows.loaded += r.loaded;
            }
            _ => {}
        }
        if r.last {
            self.read_by_parts = true;
        }
    }

    /// Takes the rows of a part that another reader read (`part`, with its report), when it
    /// was read cleanly and this ingest stands exactly at its start. Otherwise nothing changes
    /// and the reason is returned: read the file on from the part's start instead.
    pub fn adopt(&mut self, ds: &mut Dataset, part: Dataset, r: PartReport) -> Result<(), String> {
        let mut a = self.begin_adoption(ds, part, r)?;
        while !a.step(self, ds, usize::MAX) {}
        Ok(())
    }

    /// [`FileIngest::adopt`] a few rows at a time ([`Adoption::step`]), so that a worker can
    /// ship them to the page in batches. The checks are made here: a part refused leaves
    /// everything as it was.
    pub fn begin_adoption(&mut self, ds: &mut Dataset, part: Dataset, r: PartReport) -> Result<Adoption, String> {
        if !r.refused.is_empty() {
            return Err(r.refused);
        }
        if self.fed != r.start || !self.between_records() {
            return Err("the part's start is not between two records".into());
        }
        if self.shape_name() != r.shape {
            return Err(format!("the part reads as {}, the file as {}", r.shape, self.shape_name()));
        }
        let audit_keys = loaded_before(ds, &part)?;
        let map: Vec<Sym> = part.strings.strings_from(0).map(|s| ds.strings.intern(s)).collect();
        let policies: Vec<u32> = part
            .policies
            .iter()
            .map(|p| {
                ds.policy(CaPolicy {
                    id: map[p.id.0 as usize],
                    name: map[p.name.0 as usize],
                    grant: map[p.grant.0 as usize],
                    session: map[p.session.0 as usize],
                })
            })
            .collect();
        Ok(Adoption { part, report: r, map, policies, audit_keys, next: [0; 3], done: false })
    }
}

/// A part being adopted ([`FileIngest::begin_adoption`]).
pub struct Adoption {
    part: Dataset,
    report: PartReport,
    map: Vec<Sym>,
    policies: Vec<u32>,
    audit_keys: Vec<u128>,
    /// Next sign-in, audit event and step to take.
    next: [usize; 3],
    done: bool,
}

impl Adoption {
    /// Takes up to `rows` more rows into `ds`; true once the whole part is taken (and `ing`
    /// stands at the part's end).
    pub fn step(&mut self, ing: &mut FileIngest, ds: &mut Dataset, rows: usize) -> bool {
        if self.done {
            return true;
        }
        let part = &self.part;
        let remap = Remap {
            map: &self.map,
            policies: &self.policies,
            file: ing.file,
            shift: self.report.start as i64 - self.report.head_len as i64,
        };
        let mut budget = rows;
        let [s, a, st] = &mut self.next;
        if *s < part.signin_count() && budget > 0 {
            let end = (*s + budget).min(part.signin_count());
            remap.signins(part, ds, ing.file, *s..end);
            budget -= end - *s;
            *s = end;
        }
        while *a < part.audit_count() && budget > 0 {
            let row = *a;
            let values = remap.values(&part.audits.table, row);
            let targets = part.targets_of(row).iter().map(|t| remap.target(t, part)).collect();
            let details = part.details_of(row).iter().map(|kv| remap.detail(kv)).collect();
            let src = remap.src(part.audits.src.get(row));
            let audit = AuditRow { values, targets, details, src };
            let key = self.audit_keys[row];
            count_push(ds, ing.file, (None, 0), |ds| ds.push_audit_checked(audit, key), Log::Audits);
            *a += 1;
            budget -= 1;
        }
        while *st < part.steps.len() && budget > 0 {
            ds.push_step(remap.step(&part.steps, *st));
            *st += 1;
            budget -= 1;
        }
        if budget == 0 {
            return false;
        }
        if let Some(f) = ds.files.get_mut(ing.file as usize) {
            f.readers += 1;
            f.steps += self.report.steps;
            if self.report.log_analytics {
                f.format_id = "log-analytics".into();
            }
        }
        ing.skip_part(&self.report, ds);
        self.done = true;
        true
    }

    /// Rows in the part (sign-ins, audit events and steps).
    pub fn rows(&self) -> usize {
        self.part.signin_count() + self.part.audit_count() + self.part.steps.len()
    }

    /// The part's report.
    pub fn report(&self) -> &PartReport {
        &self.report
    }
}

/// The audit events' de-duplication keys, or an error when a record of the part is loaded
/// already (one reader would have counted it as a duplicate, at its place).
fn loaded_before(ds: &Dataset, part: &Dataset) -> Result<Vec<u128>, String> {
    let t = &part.signins.table;
    for row in 0..part.signin_count() {
        let mut id = t.id(S::RequestId as usize, row);
        if id & NON_GUID_TAG == NON_GUID_TAG {
            // A text id: loaded before only if its text is known here.
            let text = part.strings.get(Sym((id & 0xFFFF_FFFF) as u32));
            id = match ds.strings.lookup(text) {
                Some(s) => NON_GUID_TAG | s.0 as u128,
                None => continue,
            };
        }
        if ds.knows_signin(id, t.enum_code(S::EventType as usize, row)) {
            return Err("a sign-in of the part was loaded before".into());
        }
    }
    let mut keys = Vec::with_capacity(part.audit_count());
    for row in 0..part.audit_count() {
        let values: Vec<Value> =
            (0..part.audits.table.defs().len()).map(|c| part.audits.table.col(c).value(row)).collect();
        let targets: Vec<(Target, Vec<ModifiedProperty>)> =
            part.targets_of(row).iter().map(|t| (*t, part.props_of(t).to_vec())).collect();
        let key = record::audit_key(&values, part, &targets);
        if ds.knows_audit(key) {
            return Err("an audit event of the part was loaded before".into());
        }
        keys.push(key);
    }
    Ok(keys)
}

/// A part's symbols, policies and offsets in the dataset that adopts it.
struct Remap<'m> {
    map: &'m [Sym],
    policies: &'m [u32],
    file: u16,
    /// Added to a part's offsets (its head stands before its first byte).
    shift: i64,
}

impl Remap<'_> {
    fn sym(&self, s: Sym) -> Sym {
        self.map.get(s.0 as usize).copied().unwrap_or(Sym::EMPTY)
    }

    fn id(&self, v: u128) -> u128 {
        if v != 0 && v & NON_GUID_TAG == NON_GUID_TAG {
            NON_GUID_TAG | self.sym(Sym((v & 0xFFFF_FFFF) as u32)).0 as u128
        } else {
            v
        }
    }

    fn values(&self, table: &crate::core::model::Table, row: usize) -> Vec<Value> {
        (0..table.defs().len())
            .map(|c| match table.col(c).value(row) {
                Value::Sym(s) => Value::Sym(self.sym(s)),
                Value::Id(v) => Value::Id(self.id(v)),
                v => v,
            })
            .collect()
    }

    /// Appends the part's sign-ins `rows` to `ds` column by column (no row buffers). None of
    /// them can be a duplicate: the part was read cleanly and `loaded_before` found none of its
    /// request ids loaded.
    fn signins(&self, part: &Dataset, ds: &mut Dataset, file: u16, rows: std::ops::Range<usize>) {
        let from = &part.signins.table;
        let before = ds.signins.table.len();
        for c in 0..from.defs().len() {
            self.column(from.col(c), ds.signins.table.col_mut(c), rows.clone());
        }
        if !ds.signins.table.grew_to(before + rows.len()) {
            return;
        }
        let added = rows.len() as u64;
        for (i, row) in rows.enumerate() {
            ds.note_signin_row(before + i);
            let ca = part.ca_of(row).iter().map(|a| self.ca(a));
            ds.push_signin_extras(self.src(part.signins.src.get(row)), ca);
        }
        if let Some(f) = ds.files.get_mut(file as usize) {
            f.kind.get_or_insert(Log::SignIns);
            f.signins += added;
        }
    }

    /// Appends `rows` of column `from` (the part's) to `to`, symbols and text ids remapped.
    fn column(&self, from: &Column, to: &mut Column, rows: std::ops::Range<usize>) {
        match (from, to) {
            (Column::Sym(f), Column::Sym(t)) => t.extend_from(f, rows, |s| self.sym(s)),
            (Column::Id(f), Column::Id(t)) => t.extend(f[rows].iter().map(|v| self.id(*v))),
            (Column::Time(f), Column::Time(t)) => t.extend_from_slice(&f[rows]),
            (Column::Int(f), Column::Int(t)) => t.extend_from_slice(&f[rows]),
            (Column::Float(f), Column::Float(t)) => t.extend_from_slice(&f[rows]),
            (Column::Enum(f), Column::Enum(t)) => t.extend_from_slice(&f[rows]),
            (f, t) => rows.for_each(|row| t.push(f.value(row))),
        }
    }

    fn src(&self, s: Option<SourceRef>) -> SourceRef {
        let s = s.unwrap_or(SourceRef { file: 0, offset: 0, len: 0 });
        SourceRef { file: self.file, offset: (s.offset as i64 + self.shift).max(0) as u64, len: s.len }
    }

    fn ca(&self, a: &CaApplied) -> CaApplied {
        CaApplied {
            policy: self.policies.get(a.policy as usize).copied().unwrap_or(a.policy),
            result: self.sym(a.result),
        }
    }

    fn target(&self, t: &Target, part: &Dataset) -> (Target, Vec<ModifiedProperty>) {
        let props = part
            .props_of(t)
            .iter()
            .map(|p| ModifiedProperty { name: self.sym(p.name), old: self.sym(p.old), new: self.sym(p.new) })
            .collect();
        let t = Target {
            kind: self.sym(t.kind),
            name: self.sym(t.name),
            id: self.sym(t.id),
            upn: self.sym(t.upn),
            props_off: 0,
            props_len: 0,
        };
        (t, props)
    }

    fn detail(&self, kv: &KeyValue) -> KeyValue {
        KeyValue { key: self.sym(kv.key), value: self.sym(kv.value) }
    }

    fn step(&self, st: &crate::core::model::AuthSteps, i: usize) -> AuthStep {
        AuthStep {
            request: self.id(st.request[i]),
            time: st.time[i],
            method: self.sym(st.method[i]),
            detail: self.sym(st.detail[i]),
            succeeded: st.succeeded[i],
            result: self.sym(st.result[i]),
            requirement: self.sym(st.requirement[i]),
        }
    }
}

/// Reads one part of a file into a dataset of its own, as if the file were its head followed
/// by the part.
pub struct PartReader {
    ing: FileIngest,
    ds: Dataset,
    report: PartReport,
}

impl PartReader {
    /// A reader for `job`; feed it the part's bytes in order, then [`PartReader::finish`].
    pub fn new(job: &PartJob) -> Self {
        let mut ds = Dataset::new();
        let mut ing = FileIngest::new(&job.name, job.size, &mut ds);
        ing.feed(&job.head, &mut ds);
        let report = PartReport {
            start: job.start,
            end: job.end,
            head_len: job.head.len() as u64,
            last: job.last(),
            ..PartReport::default()
        };
        Self { ing, ds, report }
    }

    /// The next bytes of the part.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.report.lines += memchr::memchr_iter(b'\n', bytes).count() as u64;
        self.ing.feed(bytes, &mut self.ds);
    }

    /// The part's rows and what the adopting reader needs to know.
    pub fn finish(mut self) -> (Dataset, PartReport) {
        let slash = self.ds.slash_dates.get(&self.ing.file).map_or(0, |s| s.seen);
        self.report.log_analytics = self.ds.files.first().is_some_and(|f| f.format_id == "log-analytics");
        if self.report.last {
            self.ing.finish(&mut self.ds);
        }
        let (records, loaded) = self.ing.counts();
        self.report.records = records;
        self.report.loaded = loaded;
        self.report.shape = self.ing.shape_name();
        self.report.steps = self.ds.files.first().map_or(0, |f| f.steps);
        let refusal = if slash > 0 {
            Some("the part has slash dates")
        } else {
            self.ing.part_refusal(&self.ds, self.report.last)
        };
        self.report.refused = refusal.unwrap_or_default().to_owned();
        (self.ds, self.report)
    }
}

/// Reads `job` with `read_at(offset, len)`, in slices of `slice` bytes.
pub fn read_part(
    job: &PartJob,
    slice: u64,
    read_at: &mut dyn FnMut(u64, u64) -> std::io::Result<Vec<u8>>,
) -> std::io::Result<(Dataset, PartReport)> {
    let mut reader = PartReader::new(job);
    let mut at = job.start;
    while at < job.end {
        let n = slice.min(job.end - at);
        let bytes = read_at(at, n)?;
        if bytes.is_empty() {
            break;
        }
        at += bytes.len() as u64;
        reader.feed(&bytes);
    }
    Ok(reader.finish())
}

/// The parts of a file after its first `from` bytes: `(start, end)` of each, found by looking
/// for a record start near evenly spaced offsets (`read_at` gives the windows). Fewer parts
/// when a window holds no record start.
pub fn plan(
    splitter: &Splitter,
    from: u64,
    size: u64,
    parts: usize,
    read_at: &mut dyn FnMut(u64, u64) -> std::io::Result<Vec<u8>>,
) -> std::io::Result<Vec<(u64, u64)>> {
    let mut starts = Vec::new();
    for at in splitter.nominal_cuts(from, size, parts) {
        let window = read_at(at, WINDOW_BYTES.min(size - at))?;
        if let Some(s) = splitter.find_start(&window, at)
            && s > starts.last().copied().unwrap_or(from)
            && s < size
        {
            starts.push(s);
        }
    }
    let ends = starts.iter().skip(1).copied().chain(std::iter::once(size));
    Ok(starts.iter().copied().zip(ends).collect())
}

/// Waits for a part read elsewhere (a thread) and gives its rows and report.
pub type PartWait = Box<dyn FnOnce() -> std::io::Result<(Dataset, PartReport)>>;

/// How a file is cut: into how many parts at most, from what size, after how many first bytes.
#[derive(Clone, Copy, Debug)]
pub struct Cuts {
    pub parts: usize,
    pub min_bytes: u64,
    pub first_bytes: u64,
    /// The smallest part worth a reader ([`MIN_PART_BYTES`]; 0 in tests that cut small files).
    pub min_part_bytes: u64,
    /// Rows adopted at a time (a worker ships each batch to the page).
    pub batch_rows: usize,
}

impl Cuts {
    /// `parts` readers for files of [`MIN_SPLIT_BYTES`] or more.
    pub fn readers(parts: usize) -> Self {
        Self {
            parts,
            min_bytes: MIN_SPLIT_BYTES,
            first_bytes: FIRST_BYTES,
            min_part_bytes: MIN_PART_BYTES,
            batch_rows: usize::MAX,
        }
    }
}

/// Loads a file with up to `cuts.parts` readers: the first reads as usual; `spawn` starts a later
/// part (on a thread, or at once) and returns how to wait for its result. The result is what
/// [`super::load_reader`] gives.
pub fn load_in_parts(
    name: &str,
    size: u64,
    read_at: &mut dyn FnMut(u64, u64) -> std::io::Result<Vec<u8>>,
    ds: &mut Dataset,
    cuts: &Cuts,
    spawn: &mut dyn FnMut(PartJob) -> PartWait,
) -> Outcome {
    let mut ing = FileIngest::new(name, size, ds);
    let mut out = Outcome { file: ing.file, parts: 1, adopted: 0, refused: None };
    let mut pos = 0;
    let first = match read_at(0, cuts.first_bytes.min(size)) {
        Ok(b) => b,
        Err(e) => {
            super::fail(ds, ing.file, &format!("reading the file failed: {e}"));
            ing.finish(ds);
            return out;
        }
    };
    ing.feed(&first, ds);
    pos += first.len() as u64;
    let splitter = if size >= cuts.min_bytes && cuts.parts > 1 && pos > 0 { ing.splitter(&first) } else { None };
    let ranges = match &splitter {
        Some(s) => {
            plan(s, pos, size, readers_for(size - pos, cuts.parts, cuts.min_part_bytes), read_at).unwrap_or_default()
        }
        None => Vec::new(),
    };
    let head = splitter.map(|s| s.head).unwrap_or_default();
    let waits: Vec<(u64, PartWait)> = ranges
        .into_iter()
        .map(|(start, end)| (start, spawn(PartJob { name: name.to_owned(), size, head: head.clone(), start, end })))
        .collect();
    out.parts += waits.len();
    let mut ok = true;
    for (start, wait) in waits {
        ok = feed_to(read_at, &mut ing, ds, &mut pos, start);
        if !ok {
            break;
        }
        let adopted = match wait() {
            Ok((part, report)) => {
                let end = report.end;
                ing.begin_adoption(ds, part, report).map(|mut a| {
                    while !a.step(&mut ing, ds, cuts.batch_rows.max(1)) {}
                    end
                })
            }
            Err(e) => Err(format!("the part could not be read ({e})")),
        };
        match adopted {
            Ok(end) => {
                pos = end;
                out.adopted += 1;
            }
            Err(why) => {
                out.refused = Some(why);
                break;
            }
        }
    }
    if ok {
        feed_to(read_at, &mut ing, ds, &mut pos, size);
    }
    ing.finish(ds);
    out
}

/// Feeds the file from `pos` up to `to`; false when a read failed or the file ended early (a
/// failed read ends the file as one reader's would: what was read is kept).
fn feed_to(
    read_at: &mut dyn FnMut(u64, u64) -> std::io::Result<Vec<u8>>,
    ing: &mut FileIngest,
    ds: &mut Dataset,
    pos: &mut u64,
    to: u64,
) -> bool {
    while *pos < to {
        match read_at(*pos, (4 << 20).min(to - *pos)) {
            Ok(bytes) if !bytes.is_empty() => {
                *pos += bytes.len() as u64;
                ing.feed(&bytes, ds);
            }
            Ok(_) => return false,
            Err(e) => {
                super::fail(ds, ing.file, &format!("reading the file failed: {e}"));
                return false;
            }
        }
    }
    true
}

/// How a file was read by [`load_in_parts`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The file's index in `Dataset::files`.
    pub file: u16,
    /// Parts planned (1: the file was not cut).
    pub parts: usize,
    /// Later parts adopted.
    pub adopted: usize,
    /// Why a part was not adopted (the rest was read by the first reader).
    pub refused: Option<String>,
}
