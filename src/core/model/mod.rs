//! The compact, columnar store of loaded records.
//!
//! A [`Dataset`] holds every loaded sign-in and audit event, de-duplicated, plus the
//! authentication steps and Conditional Access results that hang off sign-ins.
//!
//! Invariants (the tests in `tests/core/model.rs` pin them):
//! - **Columns, not structs.** Each log type is a [`Table`]: one [`Column`] per field of
//!   its schema (`schema::SIGNIN_FIELDS` / `AUDIT_FIELDS`), all of the same length.
//!   Row `i` of every column is record `i`. Text is interned once in
//!   [`Dataset::strings`] and dictionary-encoded per column ([`column::SymCol`]).
//! - **Time is UTC milliseconds** (`i64`); "no value" is [`column::NO_TIME`] for times,
//!   [`column::NO_INT`] for integers, NaN for coordinates, 0 for enums and ids, `Sym(0)`
//!   (the empty string) for text.
//! - **Every field has a home.** The fields the analysis uses are columns. Multi-valued
//!   parts live in arenas: per sign-in, a span of [`CaApplied`] (each distinct policy is
//!   stored once in [`Dataset::policies`]); per audit event, spans of [`Target`]s (each
//!   with a span of [`ModifiedProperty`]) and [`KeyValue`] additional details;
//!   authentication steps are their own table keyed by request id ([`AuthSteps`]), which
//!   is how the portal's `*_AuthDetails_*` files join to their sign-ins. Everything else
//!   stays in the source file: each record keeps its source file and byte range
//!   ([`Sources`]), so the details view re-reads and shows the original record.
//! - **Records are unique.** A sign-in is identified by its request id, an audit event
//!   by its id (or, when the export has none, a hash of time, correlation id, activity,
//!   actor and targets); a record whose key was already loaded is counted as a duplicate
//!   of its file and dropped.
//! - **Append-only.** Rows are only appended (or all cleared). Symbols never change, so
//!   selections (`Vec<u32>` of row numbers) stay valid while more files load.

pub mod column;
pub mod id;
pub mod intern;
pub mod schema;
pub mod time;
pub mod wire;

use hashbrown::HashMap;
use serde::{Deserialize, Serialize};

pub use column::{Column, NO_INT, NO_TIME, SymCol, Value};
pub use schema::{AuditField, FieldDef, Group, Kind, SignInField};

use crate::core::model::intern::{Interner, Sym};

/// A table of records of one log type: one column per schema field.
#[derive(Clone, Debug)]
pub struct Table {
    defs: &'static [FieldDef],
    cols: Vec<Column>,
    len: usize,
}

impl Table {
    /// An empty table for `defs`.
    pub fn new(defs: &'static [FieldDef]) -> Self {
        let cols = defs
            .iter()
            .map(|d| match d.kind {
                Kind::Text => Column::Sym(SymCol::default()),
                Kind::Time => Column::Time(Vec::new()),
                Kind::Id => Column::Id(Vec::new()),
                Kind::Int => Column::Int(Vec::new()),
                Kind::Float => Column::Float(Vec::new()),
                Kind::Enum(_) => Column::Enum(Vec::new()),
            })
            .collect();
        Self { defs, cols, len: 0 }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The field definitions.
    pub fn defs(&self) -> &'static [FieldDef] {
        self.defs
    }

    /// A column by index.
    pub fn col(&self, i: usize) -> &Column {
        &self.cols[i]
    }

    /// A fresh row of "no value"s for this table.
    pub fn blank_row(&self) -> Vec<Value> {
        let mut v = Vec::with_capacity(self.defs.len());
        self.blank_into(&mut v);
        v
    }

    /// Makes `v` a row of "no value"s for this table (its allocation is kept).
    pub fn blank_into(&self, v: &mut Vec<Value>) {
        v.clear();
        v.extend(self.defs.iter().map(|d| match d.kind {
            Kind::Text => Value::Sym(Sym::EMPTY),
            Kind::Time => Value::Time(NO_TIME),
            Kind::Id => Value::Id(0),
            Kind::Int => Value::Int(NO_INT),
            Kind::Float => Value::Float(f32::NAN),
            Kind::Enum(_) => Value::Enum(0),
        }));
    }

    /// Appends a row (`row.len()` must equal the number of fields; extra values are ignored,
    /// missing ones become "no value").
    pub fn push(&mut self, row: &[Value]) {
        for (i, col) in self.cols.iter_mut().enumerate() {
            col.push(row.get(i).copied().unwrap_or(Value::Sym(Sym::EMPTY)));
        }
        self.len += 1;
    }

    /// A column to append to directly ([`Table::grew_to`] then says how many rows there are).
    pub(crate) fn col_mut(&mut self, i: usize) -> &mut Column {
        &mut self.cols[i]
    }

    /// After columns were appended to one by one: every column must hold `len` rows.
    pub(crate) fn grew_to(&mut self, len: usize) -> bool {
        let whole = self.cols.iter().all(|c| c.len() == len);
        if whole {
            self.len = len;
        } else {
            self.cols.iter_mut().for_each(|c| c.truncate(self.len));
        }
        whole
    }

    /// Drops rows from `len` on.
    pub fn truncate(&mut self, len: usize) {
        if len < self.len {
            self.cols.iter_mut().for_each(|c| c.truncate(len));
            self.len = len;
        }
    }

    /// Approximate heap bytes.
    pub fn heap_bytes(&self) -> usize {
        self.cols.iter().map(Column::heap_bytes).sum()
    }

    /// Symbol at (`col`, `row`), `Sym::EMPTY` for non-text columns.
    #[inline]
    pub fn sym(&self, col: usize, row: usize) -> Sym {
        match &self.cols[col] {
            Column::Sym(c) => c.get(row),
            _ => Sym::EMPTY,
        }
    }

    /// Time at `row` of column `col`.
    #[inline]
    pub fn time(&self, col: usize, row: usize) -> i64 {
        match &self.cols[col] {
            Column::Time(v) => v.get(row).copied().unwrap_or(NO_TIME),
            _ => NO_TIME,
        }
    }

    /// Integer at (`col`, `row`).
    #[inline]
    pub fn int(&self, col: usize, row: usize) -> u32 {
        match &self.cols[col] {
            Column::Int(v) => v.get(row).copied().unwrap_or(NO_INT),
            _ => NO_INT,
        }
    }

    /// Enum code at (`col`, `row`).
    #[inline]
    pub fn enum_code(&self, col: usize, row: usize) -> u8 {
        match &self.cols[col] {
            Column::Enum(v) => v.get(row).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// Float at (`col`, `row`).
    #[inline]
    pub fn float(&self, col: usize, row: usize) -> f32 {
        match &self.cols[col] {
            Column::Float(v) => v.get(row).copied().unwrap_or(f32::NAN),
            _ => f32::NAN,
        }
    }

    /// Id at (`col`, `row`).
    #[inline]
    pub fn id(&self, col: usize, row: usize) -> u128 {
        match &self.cols[col] {
            Column::Id(v) => v.get(row).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// The cell as display text.
    pub fn text(&self, col: usize, row: usize, strings: &Interner) -> String {
        value_text(self.defs[col].kind, self.cols[col].value(row), strings)
    }
}

/// Renders a cell value as text (times as ISO 8601 UTC with seconds).
pub fn value_text(kind: Kind, v: Value, strings: &Interner) -> String {
    match v {
        Value::Sym(s) => strings.get(s).to_owned(),
        Value::Time(t) if t == NO_TIME => String::new(),
        Value::Time(t) => crate::core::model::time::format_iso_s(t),
        Value::Id(i) => id::id_to_text(i, strings),
        Value::Int(i) if i == NO_INT => String::new(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.is_nan() => String::new(),
        Value::Float(f) => format!("{f}"),
        Value::Enum(0) => String::new(),
        Value::Enum(e) => match kind {
            Kind::Enum(labels) => labels.get(e as usize - 1).copied().unwrap_or("").to_owned(),
            _ => e.to_string(),
        },
    }
}

/// Parses enum text against `labels` (case, spaces and underscores ignored); 0 = none/unknown.
///
/// Accepts the spellings the exports use: `notApplied` / `Not Applied`, `true` / `Yes`,
/// `nonInteractiveUser` / `Non-interactive`.
pub fn parse_enum(labels: &[&str], text: &str) -> u8 {
    let text = text.trim();
    if text.is_empty() {
        return 0;
    }
    // Fast path: the export spells the label as we do (any case).
    if let Some(i) = labels.iter().position(|l| l.eq_ignore_ascii_case(text)) {
        return i as u8 + 1;
    }
    // Otherwise compare letters and digits only, lower-cased, without allocating.
    fn norm<'b>(s: &str, buf: &'b mut [u8; 48]) -> &'b [u8] {
        let mut n = 0;
        for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
            if n == buf.len() {
                break;
            }
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        &buf[..n]
    }
    let (mut a, mut b) = ([0u8; 48], [0u8; 48]);
    let t = norm(text, &mut a);
    if t.is_empty() {
        return 0;
    }
    if let Some(i) = labels.iter().position(|l| norm(l, &mut b) == t) {
        return i as u8 + 1;
    }
    let alias: &[u8] = match t {
        b"true" | b"1" => b"yes",
        b"false" | b"0" => b"no",
        b"interactiveuser" => b"interactive",
        b"noninteractiveuser" => b"noninteractive",
        b"serviceprincipal" | b"application" => b"serviceprincipal",
        b"managedidentity" | b"msi" => b"managedidentity",
        b"succeeded" => b"success",
        b"failed" => b"failure",
        _ => return 0,
    };
    labels.iter().position(|l| norm(l, &mut b) == alias).map_or(0, |i| i as u8 + 1)
}

/// Where a record came from: file index and byte range (in the file's decoded stream).
#[derive(Clone, Debug, Default)]
pub struct Sources {
    /// Index into [`Dataset::files`].
    pub file: Vec<u16>,
    /// Byte offset of the record's first byte.
    pub offset: Vec<u64>,
    /// Length of the record in bytes.
    pub len: Vec<u32>,
}

impl Sources {
    fn push(&mut self, s: SourceRef) {
        self.file.push(s.file);
        self.offset.push(s.offset);
        self.len.push(s.len);
    }
    fn truncate(&mut self, n: usize) {
        self.file.truncate(n);
        self.offset.truncate(n);
        self.len.truncate(n);
    }
    /// The source of `row`.
    pub fn get(&self, row: usize) -> Option<SourceRef> {
        Some(SourceRef { file: *self.file.get(row)?, offset: *self.offset.get(row)?, len: *self.len.get(row)? })
    }
}

/// A record's origin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: u16,
    pub offset: u64,
    pub len: u32,
}

/// A Conditional Access policy, stored once per dataset.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CaPolicy {
    pub id: Sym,
    pub name: Sym,
    /// Enforced grant controls, joined with ", ".
    pub grant: Sym,
    /// Enforced session controls, joined with ", ".
    pub session: Sym,
}

/// One policy's result on one sign-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaApplied {
    /// Index into [`Dataset::policies`].
    pub policy: u32,
    /// The result text (`success`, `failure`, `notApplied`, `notEnabled`, `reportOnly…`).
    pub result: Sym,
}

/// A target of an audit event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Target {
    pub kind: Sym,
    pub name: Sym,
    pub id: Sym,
    pub upn: Sym,
    /// Start of this target's modified properties in [`Dataset::props`].
    pub props_off: u32,
    pub props_len: u16,
}

/// A modified property of an audit target (values as the export wrote them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModifiedProperty {
    pub name: Sym,
    pub old: Sym,
    pub new: Sym,
}

/// A key/value pair (audit additional details).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyValue {
    pub key: Sym,
    pub value: Sym,
}

/// Sign-in records.
#[derive(Clone, Debug)]
pub struct SignIns {
    pub table: Table,
    pub src: Sources,
    /// Start of each row's policy results in [`Dataset::ca`].
    pub ca_off: Vec<u32>,
    pub ca_len: Vec<u16>,
}

/// Audit events.
#[derive(Clone, Debug)]
pub struct Audits {
    pub table: Table,
    pub src: Sources,
    /// Start of each row's targets in [`Dataset::targets`].
    pub tgt_off: Vec<u32>,
    pub tgt_len: Vec<u16>,
    /// Start of each row's additional details in [`Dataset::details`].
    pub det_off: Vec<u32>,
    pub det_len: Vec<u16>,
}

/// Authentication steps (from JSON `authenticationDetails` or `*_AuthDetails_*` CSVs).
#[derive(Clone, Debug, Default)]
pub struct AuthSteps {
    pub request: Vec<u128>,
    pub time: Vec<i64>,
    pub method: Vec<Sym>,
    pub detail: Vec<Sym>,
    /// 0 unknown, 1 false, 2 true.
    pub succeeded: Vec<u8>,
    pub result: Vec<Sym>,
    pub requirement: Vec<Sym>,
}

impl AuthSteps {
    /// Number of steps.
    pub fn len(&self) -> usize {
        self.request.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.request.is_empty()
    }
    fn truncate(&mut self, n: usize) {
        self.request.truncate(n);
        self.time.truncate(n);
        self.method.truncate(n);
        self.detail.truncate(n);
        self.succeeded.truncate(n);
        self.result.truncate(n);
        self.requirement.truncate(n);
    }
}

/// One authentication step, as ingest produces it.
#[derive(Clone, Copy, Debug)]
pub struct AuthStep {
    pub request: u128,
    pub time: i64,
    pub method: Sym,
    pub detail: Sym,
    pub succeeded: u8,
    pub result: Sym,
    pub requirement: Sym,
}

/// Which log a record, file or table belongs to (serialised `signin` / `audit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Log {
    #[serde(rename = "signin")]
    SignIns,
    #[serde(rename = "audit")]
    Audits,
}

impl Log {
    /// The table of this log in `ds`.
    pub fn table(self, ds: &Dataset) -> &Table {
        match self {
            Log::SignIns => &ds.signins.table,
            Log::Audits => &ds.audits.table,
        }
    }

    /// The time column index.
    pub fn time_col(self) -> usize {
        match self {
            Log::SignIns => SignInField::Time as usize,
            Log::Audits => AuditField::Time as usize,
        }
    }

    /// The field definitions of this log (schema order).
    pub fn fields(self) -> &'static [FieldDef] {
        match self {
            Log::SignIns => schema::SIGNIN_FIELDS,
            Log::Audits => schema::AUDIT_FIELDS,
        }
    }

    /// The portal's default columns of this log (indices into [`Log::fields`]).
    pub fn default_columns(self) -> Vec<usize> {
        self.fields().iter().enumerate().filter(|(_, d)| d.default_visible).map(|(i, _)| i).collect()
    }

    /// Stable key (`signins`, `audit`).
    pub fn key(self) -> &'static str {
        match self {
            Log::SignIns => "signins",
            Log::Audits => "audit",
        }
    }
}

/// Severity of a load warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was read leniently; nothing lost.
    Info,
    /// A value was unreadable and left empty, or a record was skipped.
    Warning,
    /// The file (or a large part of it) could not be read.
    Error,
}

/// A problem found while loading a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
    pub severity: Severity,
    pub message: String,
}

/// How far a file's load has got.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LoadState {
    Loading,
    Done,
    Cancelled,
    Failed,
}

/// At most this many warnings are kept per file (the rest are only counted).
pub const MAX_WARNINGS_KEPT: usize = 200;

/// A loaded (or loading) file and what came out of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceFile {
    pub name: String,
    /// Human-readable format, e.g. "Entra portal CSV — sign-ins (57 columns)".
    pub format: String,
    /// Short format id, e.g. `portal-csv`.
    pub format_id: String,
    pub size_bytes: u64,
    pub bytes_done: u64,
    pub signins: u64,
    pub audits: u64,
    pub steps: u64,
    pub duplicates: u64,
    pub warnings: Vec<Warning>,
    /// Warnings beyond [`MAX_WARNINGS_KEPT`], counted only.
    pub warnings_dropped: u64,
    pub state: LoadState,
    /// Whole-file error, when the file could not be read at all.
    pub error: Option<String>,
    /// The CSV header (for re-reading a record), empty for JSON.
    pub header: Vec<String>,
    /// CSV delimiter (0 for JSON).
    pub delimiter: u8,
    /// The file is a container (gzip/zip); byte ranges are in the decoded stream.
    pub compressed: bool,
    /// For a member of a zip archive: its name inside the archive.
    pub member: Option<String>,
    /// Records that carry no readable time (reported once, at the end).
    #[serde(default)]
    pub missing_time: u64,
    /// The log of the first record read (kept when every record was a duplicate) or of the
    /// header (a CSV with no records).
    #[serde(default)]
    pub kind: Option<Log>,
    /// Readers that read the file at once (`ingest::split`: 1 + the parts adopted).
    #[serde(default = "one_reader")]
    pub readers: u16,
}

fn one_reader() -> u16 {
    1
}

impl SourceFile {
    /// A new, empty entry.
    pub fn new(name: &str, size_bytes: u64) -> Self {
        Self {
            name: name.to_owned(),
            format: String::new(),
            format_id: String::new(),
            size_bytes,
            bytes_done: 0,
            signins: 0,
            audits: 0,
            steps: 0,
            duplicates: 0,
            warnings: Vec::new(),
            warnings_dropped: 0,
            state: LoadState::Loading,
            error: None,
            header: Vec::new(),
            delimiter: 0,
            compressed: false,
            member: None,
            missing_time: 0,
            kind: None,
            readers: 1,
        }
    }

    /// Records a warning (kept up to [`MAX_WARNINGS_KEPT`]).
    pub fn warn(&mut self, severity: Severity, line: Option<u64>, record: Option<u64>, message: impl Into<String>) {
        if self.warnings.len() < MAX_WARNINGS_KEPT {
            self.warnings.push(Warning { line, record, severity, message: message.into() });
        } else {
            self.warnings_dropped += 1;
        }
    }

    /// Total number of warnings (kept + dropped).
    pub fn warning_count(&self) -> u64 {
        self.warnings.len() as u64 + self.warnings_dropped
    }

    /// A warning as one self-contained sentence: the file, then where in it, then what.
    ///
    /// Messages name their line and record themselves ("line 3: …", "record 2 (line 3) …");
    /// the place is prefixed only when a message does not.
    pub fn describe(&self, w: &Warning) -> String {
        let placed = w.message.starts_with("line ") || w.message.starts_with("record ") || w.message.contains(" line ");
        match (placed, w.line, w.record) {
            (false, Some(l), Some(r)) => {
                format!("{}, line {l}, record {r}: {}", self.name, w.message)
            }
            (false, Some(l), None) => format!("{}, line {l}: {}", self.name, w.message),
            (false, None, Some(r)) => format!("{}, record {r}: {}", self.name, w.message),
            _ => format!("{}: {}", self.name, w.message),
        }
    }

    /// The log type most of this file's records belong to.
    pub fn log(&self) -> Log {
        match self.audits.cmp(&self.signins) {
            std::cmp::Ordering::Greater => Log::Audits,
            std::cmp::Ordering::Less => Log::SignIns,
            std::cmp::Ordering::Equal => self.kind.unwrap_or(Log::SignIns),
        }
    }
}

/// Everything loaded.
#[derive(Clone, Debug)]
pub struct Dataset {
    pub strings: Interner,
    pub signins: SignIns,
    pub audits: Audits,
    pub steps: AuthSteps,
    pub policies: Vec<CaPolicy>,
    pub ca: Vec<CaApplied>,
    pub targets: Vec<Target>,
    pub props: Vec<ModifiedProperty>,
    pub details: Vec<KeyValue>,
    pub files: Vec<SourceFile>,
    policy_ix: HashMap<CaPolicy, u32>,
    /// Loaded ids → a fingerprint of the fields two copies must agree on ([`Pushed`]).
    seen_signins: HashMap<u128, u64>,
    seen_audits: HashMap<u128, u64>,
    /// The last pushed sign-in row's buffer, handed out again by [`Dataset::blank_signin_row`]
    /// (ingest then allocates no row per record).
    spare_signin: Vec<Value>,
    /// Ingest's per-field shortcut around `strings` (see [`crate::core::model::intern::Recent`]).
    pub(crate) recent: crate::core::model::intern::Recent,
    /// Per file being read: what its slash dates (`3/4/2026`) say about their order.
    pub(crate) slash_dates: HashMap<u16, time::SlashDates>,
    /// Re-reading one record (`ingest::raw::Reread`): records are framed, not parsed, and the
    /// one at this file and offset is kept.
    pub(crate) capture: Option<Capture>,
}

/// The record a re-read looks for, and its bytes once found.
#[derive(Clone, Debug, Default)]
pub(crate) struct Capture {
    pub file: u16,
    pub offset: u64,
    pub bytes: Option<Vec<u8>>,
}

impl Default for Dataset {
    fn default() -> Self {
        Self::new()
    }
}

/// A sign-in row as ingest produces it (before it is appended).
#[derive(Clone, Debug)]
pub struct SignInRow {
    pub values: Vec<Value>,
    pub ca: Vec<CaApplied>,
    pub src: SourceRef,
}

/// An audit row as ingest produces it.
#[derive(Clone, Debug)]
pub struct AuditRow {
    pub values: Vec<Value>,
    /// Targets with their properties (the `props_off` of each is filled in on append).
    pub targets: Vec<(Target, Vec<ModifiedProperty>)>,
    pub details: Vec<KeyValue>,
    pub src: SourceRef,
}

impl Dataset {
    /// An empty dataset.
    pub fn new() -> Self {
        Self {
            strings: Interner::new(),
            signins: SignIns {
                table: Table::new(schema::SIGNIN_FIELDS),
                src: Sources::default(),
                ca_off: Vec::new(),
                ca_len: Vec::new(),
            },
            audits: Audits {
                table: Table::new(schema::AUDIT_FIELDS),
                src: Sources::default(),
                tgt_off: Vec::new(),
                tgt_len: Vec::new(),
                det_off: Vec::new(),
                det_len: Vec::new(),
            },
            steps: AuthSteps::default(),
            policies: Vec::new(),
            ca: Vec::new(),
            targets: Vec::new(),
            props: Vec::new(),
            details: Vec::new(),
            files: Vec::new(),
            policy_ix: HashMap::new(),
            seen_signins: HashMap::new(),
            spare_signin: Vec::new(),
            seen_audits: HashMap::new(),
            slash_dates: HashMap::new(),
            capture: None,
            recent: Default::default(),
        }
    }

    /// Index of a policy, adding it if new.
    pub fn policy(&mut self, p: CaPolicy) -> u32 {
        if let Some(&i) = self.policy_ix.get(&p) {
            return i;
        }
        let i = self.policies.len() as u32;
        self.policies.push(p.clone());
        self.policy_ix.insert(p, i);
        i
    }

    /// Appends a sign-in unless it was already loaded; returns false for a duplicate.
    ///
    /// The key is the request id together with the kind of sign-in (interactive,
    /// non-interactive, service principal, managed identity): the same request id in two
    /// kinds is two records.
    pub fn push_signin(&mut self, row: SignInRow) -> bool {
        self.push_signin_checked(row) == Pushed::Added
    }

    /// [`Dataset::push_signin`], telling a duplicate whose time, user, app, IP address or code
    /// differ from the copy already loaded.
    pub fn push_signin_checked(&mut self, row: SignInRow) -> Pushed {
        let id = match row.values.get(SignInField::RequestId as usize) {
            Some(Value::Id(v)) => *v,
            _ => 0,
        };
        let kind = match row.values.get(SignInField::EventType as usize) {
            Some(Value::Enum(k)) => *k as u128,
            _ => 0,
        };
        if id != 0 {
            let print = fingerprint(&row.values, SIGNIN_AGREE.iter().map(|f| *f as usize));
            match self.seen_signins.entry(id ^ (kind << 100)) {
                hashbrown::hash_map::Entry::Occupied(old) => {
                    let old = *old.get();
                    self.spare_signin = row.values;
                    return Pushed::duplicate(old, print, SIGNIN_AGREE.iter().map(|f| f.def().label));
                }
                hashbrown::hash_map::Entry::Vacant(v) => {
                    v.insert(print);
                }
            }
        }
        self.signins.table.push(&row.values);
        self.push_signin_extras(row.src, row.ca);
        self.spare_signin = row.values;
        Pushed::Added
    }

    /// A row of "no value"s for the sign-in table, in the buffer of the last row pushed.
    pub fn blank_signin_row(&mut self) -> Vec<Value> {
        let mut v = std::mem::take(&mut self.spare_signin);
        self.signins.table.blank_into(&mut v);
        v
    }

    /// Records sign-in `row`, already in the table, as loaded; false when its request id and
    /// kind were loaded before (as [`Dataset::push_signin`] would have refused it).
    pub(crate) fn note_signin_row(&mut self, row: usize) -> bool {
        let t = &self.signins.table;
        let id = t.id(SignInField::RequestId as usize, row);
        if id == 0 {
            return true;
        }
        let kind = t.enum_code(SignInField::EventType as usize, row) as u128;
        let agree: [Value; SIGNIN_AGREE.len()] = std::array::from_fn(|i| t.col(SIGNIN_AGREE[i] as usize).value(row));
        let print = fingerprint(&agree, 0..agree.len());
        match self.seen_signins.entry(id ^ (kind << 100)) {
            hashbrown::hash_map::Entry::Occupied(_) => false,
            hashbrown::hash_map::Entry::Vacant(v) => {
                v.insert(print);
                true
            }
        }
    }

    /// The source and policy results of a sign-in whose cells were appended column by column
    /// (after [`Dataset::note_signin_row`]).
    pub(crate) fn push_signin_extras(&mut self, src: SourceRef, ca: impl IntoIterator<Item = CaApplied>) {
        self.signins.src.push(src);
        let off = self.ca.len();
        self.ca.extend(ca.into_iter().take(u16::MAX as usize));
        self.signins.ca_off.push(off as u32);
        self.signins.ca_len.push((self.ca.len() - off) as u16);
    }

    /// Appends an audit event unless its key was already loaded; returns false for a duplicate.
    pub fn push_audit(&mut self, row: AuditRow, key: u128) -> bool {
        self.push_audit_checked(row, key) == Pushed::Added
    }

    /// [`Dataset::push_audit`], telling a duplicate whose time, activity, result or actor differ.
    pub fn push_audit_checked(&mut self, row: AuditRow, key: u128) -> Pushed {
        if key != 0 {
            let print = fingerprint(&row.values, AUDIT_AGREE.iter().map(|f| *f as usize));
            if let Some(&old) = self.seen_audits.get(&key) {
                return Pushed::duplicate(old, print, AUDIT_AGREE.iter().map(|f| f.def().label));
            }
            self.seen_audits.insert(key, print);
        }
        self.audits.table.push(&row.values);
        self.audits.src.push(row.src);
        self.audits.tgt_off.push(self.targets.len() as u32);
        self.audits.tgt_len.push(row.targets.len().min(u16::MAX as usize) as u16);
        for (mut t, props) in row.targets.into_iter().take(u16::MAX as usize) {
            t.props_off = self.props.len() as u32;
            t.props_len = props.len().min(u16::MAX as usize) as u16;
            self.props.extend(props.into_iter().take(u16::MAX as usize));
            self.targets.push(t);
        }
        self.audits.det_off.push(self.details.len() as u32);
        self.audits.det_len.push(row.details.len().min(u16::MAX as usize) as u16);
        self.details.extend(row.details.into_iter().take(u16::MAX as usize));
        Pushed::Added
    }

    /// True when a sign-in with this request id and kind is loaded already.
    pub(crate) fn knows_signin(&self, id: u128, kind: u8) -> bool {
        id != 0 && self.seen_signins.contains_key(&(id ^ ((kind as u128) << 100)))
    }

    /// True when an audit event with this de-duplication key is loaded already.
    pub(crate) fn knows_audit(&self, key: u128) -> bool {
        key != 0 && self.seen_audits.contains_key(&key)
    }

    /// Appends an authentication step.
    pub fn push_step(&mut self, s: AuthStep) {
        let st = &mut self.steps;
        st.request.push(s.request);
        st.time.push(s.time);
        st.method.push(s.method);
        st.detail.push(s.detail);
        st.succeeded.push(s.succeeded);
        st.result.push(s.result);
        st.requirement.push(s.requirement);
    }

    /// Policy results of sign-in `row`.
    pub fn ca_of(&self, row: usize) -> &[CaApplied] {
        let (Some(&off), Some(&len)) = (self.signins.ca_off.get(row), self.signins.ca_len.get(row)) else {
            return &[];
        };
        self.ca.get(off as usize..off as usize + len as usize).unwrap_or(&[])
    }

    /// Targets of audit event `row`.
    pub fn targets_of(&self, row: usize) -> &[Target] {
        let (Some(&off), Some(&len)) = (self.audits.tgt_off.get(row), self.audits.tgt_len.get(row)) else {
            return &[];
        };
        self.targets.get(off as usize..off as usize + len as usize).unwrap_or(&[])
    }

    /// Modified properties of a target.
    pub fn props_of(&self, t: &Target) -> &[ModifiedProperty] {
        self.props.get(t.props_off as usize..t.props_off as usize + t.props_len as usize).unwrap_or(&[])
    }

    /// Additional details of audit event `row`.
    pub fn details_of(&self, row: usize) -> &[KeyValue] {
        let (Some(&off), Some(&len)) = (self.audits.det_off.get(row), self.audits.det_len.get(row)) else {
            return &[];
        };
        self.details.get(off as usize..off as usize + len as usize).unwrap_or(&[])
    }

    /// Authentication steps of the sign-in with request id `request`, in time order.
    pub fn steps_of(&self, request: u128) -> Vec<usize> {
        if request == 0 {
            return Vec::new();
        }
        let mut v: Vec<usize> =
            self.steps.request.iter().enumerate().filter(|(_, r)| **r == request).map(|(i, _)| i).collect();
        v.sort_by_key(|&i| self.steps.time[i]);
        v
    }

    /// Approximate heap bytes held by the dataset (for the memory benchmark).
    pub fn heap_bytes(&self) -> usize {
        let src = |s: &Sources| s.file.capacity() * 2 + s.offset.capacity() * 8 + s.len.capacity() * 4;
        self.strings.heap_bytes()
            + self.signins.table.heap_bytes()
            + src(&self.signins.src)
            + self.signins.ca_off.capacity() * 6
            + self.audits.table.heap_bytes()
            + src(&self.audits.src)
            + self.audits.tgt_off.capacity() * 12
            + self.steps.request.capacity() * 16
            + self.steps.time.capacity() * 8
            + self.steps.method.capacity() * 17
            + self.ca.capacity() * 8
            + self.targets.capacity() * std::mem::size_of::<Target>()
            + self.props.capacity() * 12
            + self.details.capacity() * 8
            + self.policies.capacity() * 32
            + self.seen_signins.capacity() * 25
            + self.seen_audits.capacity() * 25
    }

    /// Drops the rows of all tables (keeping strings, policies and the seen-id sets), so
    /// that a worker can ship what it parsed and start the next batch empty.
    pub fn clear_rows(&mut self) {
        self.signins.table.truncate(0);
        self.signins.src.truncate(0);
        self.signins.ca_off.clear();
        self.signins.ca_len.clear();
        self.audits.table.truncate(0);
        self.audits.src.truncate(0);
        self.audits.tgt_off.clear();
        self.audits.tgt_len.clear();
        self.audits.det_off.clear();
        self.audits.det_len.clear();
        self.steps.truncate(0);
        self.ca.clear();
        self.targets.clear();
        self.props.clear();
        self.details.clear();
    }

    /// Forgets everything (a fresh dataset).
    pub fn clear(&mut self) {
        *self = Self::new();
    }

    /// Number of sign-ins.
    pub fn signin_count(&self) -> usize {
        self.signins.table.len()
    }

    /// Number of audit events.
    pub fn audit_count(&self) -> usize {
        self.audits.table.len()
    }
}

/// What [`Dataset::push_signin_checked`] and [`Dataset::push_audit_checked`] did with a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pushed {
    Added,
    /// A copy of a record already loaded.
    Duplicate,
    /// Same id as a record already loaded, but these fields differ; the first copy is kept.
    Differs(Vec<&'static str>),
}

impl Pushed {
    fn duplicate(old: u64, new: u64, labels: impl Iterator<Item = &'static str>) -> Pushed {
        let differ: Vec<&'static str> = labels
            .enumerate()
            .filter(|(i, _)| {
                let (a, b) = (old >> (i * 12) & 0xfff, new >> (i * 12) & 0xfff);
                // 0 = the field was empty in one copy (a CSV without the column): not a conflict.
                a != 0 && b != 0 && a != b
            })
            .map(|(_, l)| l)
            .collect();
        if differ.is_empty() { Pushed::Duplicate } else { Pushed::Differs(differ) }
    }
}

/// The sign-in fields two copies of one record must agree on.
const SIGNIN_AGREE: [SignInField; 5] =
    [SignInField::Time, SignInField::Upn, SignInField::AppId, SignInField::Ip, SignInField::Code];
/// The audit fields two copies of one event must agree on.
const AUDIT_AGREE: [AuditField; 4] = [AuditField::Time, AuditField::Activity, AuditField::Result, AuditField::ActorUpn];

/// 12 bits per field (0 when the field is empty), so a differing field can be named.
fn fingerprint(values: &[Value], fields: impl Iterator<Item = usize>) -> u64 {
    let mut print = 0u64;
    for (i, f) in fields.enumerate() {
        let h = match values.get(f) {
            None
            | Some(Value::Time(NO_TIME))
            | Some(Value::Int(NO_INT))
            | Some(Value::Enum(0))
            | Some(Value::Id(0)) => 0,
            Some(Value::Sym(s)) if s.is_empty() => 0,
            Some(v) => {
                let mut x = match *v {
                    Value::Sym(s) => s.0 as u64,
                    Value::Time(t) => t as u64,
                    Value::Int(n) => n as u64,
                    Value::Enum(e) => e as u64,
                    Value::Id(id) => (id ^ (id >> 64)) as u64,
                    Value::Float(f) => f.to_bits() as u64,
                };
                // splitmix64 finaliser; 0 is kept for "empty".
                x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                ((x ^ (x >> 31)) & 0xfff).max(1)
            }
        };
        print |= h << (i * 12);
    }
    print
}
