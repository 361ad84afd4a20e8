//! The delta format that carries newly parsed records from the ingest worker to the page.
//!
//! The worker owns a [`Dataset`] whose rows it ships and clears after every chunk; the
//! page owns the dataset the UI reads. A delta holds the strings interned since the
//! previous delta, new policies, and the new rows of every table, column by column, as
//! little-endian bytes (an `ArrayBuffer` that is *transferred*, not copied, between the
//! threads). A text column is a width byte (1–4, enough for the largest symbol the column
//! holds) and then each row's symbol in that many bytes: most columns' symbols were interned
//! early and take one or two bytes, not four. Because both interners see the same strings in the same order, symbols in
//! the delta are valid on the page as they are: `apply` checks that the page's string
//! count equals the delta's starting point, so a lost delta is an error, not silent
//! corruption.

use thiserror::Error;

use super::{AuditRow, CaApplied, CaPolicy, Column, Dataset, KeyValue, ModifiedProperty, SourceRef, Target, Value};
use crate::core::model::intern::Sym;

const MAGIC: u32 = u32::from_be_bytes(*b"LAN2"); // text columns as 1–4-byte symbols (LAN1: 4 bytes)

/// A delta could not be applied.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum WireError {
    #[error("the delta is truncated or corrupt")]
    Corrupt,
    #[error("the delta starts at string {expected} but the page has {found} strings")]
    OutOfOrder { expected: u32, found: u32 },
}

/// Where the previous delta ended (the worker keeps one of these).
#[derive(Clone, Copy, Debug)]
pub struct Watermark {
    pub strings: usize,
    pub policies: usize,
}

impl Default for Watermark {
    /// A fresh dataset: the interner already holds "" (symbol 0), never shipped.
    fn default() -> Self {
        Self { strings: 1, policies: 0 }
    }
}

struct W(Vec<u8>);
impl W {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u128(&mut self, v: u128) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

struct R<'a> {
    b: &'a [u8],
    i: usize,
}
impl<'a> R<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let s = self.b.get(self.i..self.i + n).ok_or(WireError::Corrupt)?;
        self.i += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], WireError> {
        self.take(N)?.try_into().map_err(|_| WireError::Corrupt)
    }
    fn u16(&mut self) -> Result<u16, WireError> {
        Ok(u16::from_le_bytes(self.arr()?))
    }
    fn u32(&mut self) -> Result<u32, WireError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    fn u64(&mut self) -> Result<u64, WireError> {
        Ok(u64::from_le_bytes(self.arr()?))
    }
    fn i64(&mut self) -> Result<i64, WireError> {
        Ok(i64::from_le_bytes(self.arr()?))
    }
    fn u128(&mut self) -> Result<u128, WireError> {
        Ok(u128::from_le_bytes(self.arr()?))
    }
    fn str(&mut self) -> Result<&'a str, WireError> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| WireError::Corrupt)
    }
    fn sym(&mut self) -> Result<Sym, WireError> {
        Ok(Sym(self.u32()?))
    }
    /// A row count, refused unless `n` rows of at least `row_bytes` each can follow: a
    /// corrupt count must not make the page allocate for billions of rows.
    fn rows(&mut self, row_bytes: usize) -> Result<usize, WireError> {
        let n = self.u32()? as usize;
        let left = self.b.len().saturating_sub(self.i);
        if n.saturating_mul(row_bytes.max(1)) > left {
            return Err(WireError::Corrupt);
        }
        Ok(n)
    }
}

/// The fewest bytes one row of a table takes in a delta: its cells, its source reference
/// (file u16, offset u64, length u32), and `extra` bytes of counts.
fn min_row_bytes(table: &super::Table, extra: usize) -> usize {
    let cells: usize = (0..table.defs().len())
        .map(|c| match table.col(c) {
            Column::Sym(_) => 1,
            Column::Int(_) | Column::Float(_) => 4,
            Column::Time(_) => 8,
            Column::Id(_) => 16,
            Column::Enum(_) => 1,
        })
        .sum();
    cells + 14 + extra
}

/// Bytes a text column's symbols take on the wire: enough for the largest.
fn sym_width(max: Sym) -> u8 {
    match max.0 {
        0..0x100 => 1,
        0x100..0x1_0000 => 2,
        0x1_0000..0x100_0000 => 3,
        _ => 4,
    }
}

/// One column's first `rows` cells (rows past its end as the none-value), one typed pass.
fn write_col(w: &mut W, col: &Column, rows: usize) {
    fn put<T: Copy, const N: usize>(w: &mut W, v: &[T], rows: usize, none: T, le: impl Fn(T) -> [u8; N]) {
        w.0.reserve(rows * N);
        for r in 0..rows {
            w.0.extend_from_slice(&le(v.get(r).copied().unwrap_or(none)));
        }
    }
    match col {
        Column::Sym(c) => {
            let width = sym_width(c.max_sym());
            w.u8(width);
            match width {
                1 => c.write_syms::<1>(rows, &mut w.0),
                2 => c.write_syms::<2>(rows, &mut w.0),
                3 => c.write_syms::<3>(rows, &mut w.0),
                _ => c.write_syms::<4>(rows, &mut w.0),
            }
        }
        Column::Time(v) => put(w, v, rows, super::NO_TIME, i64::to_le_bytes),
        Column::Id(v) => put(w, v, rows, 0, u128::to_le_bytes),
        Column::Int(v) => put(w, v, rows, super::NO_INT, u32::to_le_bytes),
        Column::Float(v) => put(w, v, rows, f32::NAN, f32::to_le_bytes),
        Column::Enum(v) => put(w, v, rows, 0, u8::to_le_bytes),
    }
}

/// Hands each of the next `n` `N`-byte cells to `f` (one bounds check for the column).
fn each<const N: usize>(r: &mut R, n: usize, mut f: impl FnMut([u8; N])) -> Result<(), WireError> {
    let bytes = r.take(n.checked_mul(N).ok_or(WireError::Corrupt)?)?;
    for c in bytes.chunks_exact(N) {
        let mut a = [0u8; N];
        a.copy_from_slice(c);
        f(a);
    }
    Ok(())
}

/// A text column: its width byte, then `n` symbols of that width.
fn read_syms(r: &mut R, n: usize, mut f: impl FnMut(Sym)) -> Result<(), WireError> {
    fn widen<const N: usize>(b: [u8; N]) -> Sym {
        let mut a = [0u8; 4];
        a[..N].copy_from_slice(&b);
        Sym(u32::from_le_bytes(a))
    }
    match r.u8()? {
        1 => each::<1>(r, n, |b| f(widen(b))),
        2 => each::<2>(r, n, |b| f(widen(b))),
        3 => each::<3>(r, n, |b| f(widen(b))),
        4 => each::<4>(r, n, |b| f(widen(b))),
        _ => Err(WireError::Corrupt),
    }
}

/// Reads `n` cells of a column of `col`'s kind, each handed to `push` as a value.
fn read_cells(r: &mut R, col: &Column, n: usize, mut push: impl FnMut(Value)) -> Result<(), WireError> {
    match col {
        Column::Sym(_) => read_syms(r, n, |s| push(Value::Sym(s))),
        Column::Time(_) => each::<8>(r, n, |b| push(Value::Time(i64::from_le_bytes(b)))),
        Column::Id(_) => each::<16>(r, n, |b| push(Value::Id(u128::from_le_bytes(b)))),
        Column::Int(_) => each::<4>(r, n, |b| push(Value::Int(u32::from_le_bytes(b)))),
        Column::Float(_) => each::<4>(r, n, |b| push(Value::Float(f32::from_le_bytes(b)))),
        Column::Enum(_) => each::<1>(r, n, |b| push(Value::Enum(b[0]))),
    }
}

fn write_src(w: &mut W, s: &super::Sources, rows: usize) {
    for i in 0..rows {
        w.u16(s.file[i]);
        w.u64(s.offset[i]);
        w.u32(s.len[i]);
    }
}

/// Encodes everything added to `ds` since `mark` (rows are all of `ds`'s current rows:
/// the worker clears them after each delta), and advances `mark`.
pub fn encode_delta(ds: &Dataset, mark: &mut Watermark) -> Vec<u8> {
    let mut w = W(Vec::with_capacity(1 << 16));
    w.u32(MAGIC);
    // Strings.
    w.u32(mark.strings as u32);
    w.u32((ds.strings.len() - mark.strings) as u32);
    for s in ds.strings.strings_from(mark.strings) {
        w.str(s);
    }
    // Policies.
    w.u32(mark.policies as u32);
    w.u32((ds.policies.len() - mark.policies) as u32);
    for p in &ds.policies[mark.policies..] {
        for s in [p.id, p.name, p.grant, p.session] {
            w.u32(s.0);
        }
    }
    // Sign-ins, column-major.
    let n = ds.signins.table.len();
    w.u32(n as u32);
    for c in 0..ds.signins.table.defs().len() {
        write_col(&mut w, ds.signins.table.col(c), n);
    }
    write_src(&mut w, &ds.signins.src, n);
    for i in 0..n {
        let ca = ds.ca_of(i);
        w.u16(ca.len() as u16);
        for a in ca {
            w.u32(a.policy);
            w.u32(a.result.0);
        }
    }
    // Audits.
    let n = ds.audits.table.len();
    w.u32(n as u32);
    for c in 0..ds.audits.table.defs().len() {
        write_col(&mut w, ds.audits.table.col(c), n);
    }
    write_src(&mut w, &ds.audits.src, n);
    for i in 0..n {
        let t = ds.targets_of(i);
        w.u16(t.len() as u16);
        for t in t {
            for s in [t.kind, t.name, t.id, t.upn] {
                w.u32(s.0);
            }
            let props = ds.props_of(t);
            w.u16(props.len() as u16);
            for p in props {
                for s in [p.name, p.old, p.new] {
                    w.u32(s.0);
                }
            }
        }
        let d = ds.details_of(i);
        w.u16(d.len() as u16);
        for kv in d {
            w.u32(kv.key.0);
            w.u32(kv.value.0);
        }
    }
    // Steps.
    let st = &ds.steps;
    w.u32(st.len() as u32);
    for i in 0..st.len() {
        w.u128(st.request[i]);
        w.i64(st.time[i]);
        for s in [st.method[i], st.detail[i]] {
            w.u32(s.0);
        }
        w.u8(st.succeeded[i]);
        for s in [st.result[i], st.requirement[i]] {
            w.u32(s.0);
        }
    }
    mark.strings = ds.strings.len();
    mark.policies = ds.policies.len();
    w.0
}

/// Applies a delta to the page's dataset. Rows are appended as they are (the worker
/// already de-duplicated them). Returns the number of (sign-ins, audits) appended.
pub fn apply_delta(ds: &mut Dataset, bytes: &[u8]) -> Result<(usize, usize), WireError> {
    let mut r = R { b: bytes, i: 0 };
    if r.u32()? != MAGIC {
        return Err(WireError::Corrupt);
    }
    let from = r.u32()?;
    if from as usize != ds.strings.len() {
        return Err(WireError::OutOfOrder { expected: from, found: ds.strings.len() as u32 });
    }
    let count = r.u32()?;
    for _ in 0..count {
        let s = r.str()?;
        // The empty string is never shipped (it is symbol 0 everywhere), so interning
        // each in order reproduces the worker's symbols exactly.
        let sym = ds.strings.intern(s);
        if sym.0 as usize + 1 != ds.strings.len() {
            return Err(WireError::Corrupt);
        }
    }
    let pfrom = r.u32()?;
    if pfrom as usize != ds.policies.len() {
        return Err(WireError::Corrupt);
    }
    let pcount = r.u32()?;
    for _ in 0..pcount {
        let p = CaPolicy { id: r.sym()?, name: r.sym()?, grant: r.sym()?, session: r.sym()? };
        ds.policy(p);
    }

    let added_signins = apply_signins(ds, &mut r)?;

    let n = r.rows(min_row_bytes(&ds.audits.table, 4))?;
    let defs = ds.audits.table.defs().len();
    let mut rows: Vec<Vec<Value>> = (0..n).map(|_| Vec::with_capacity(defs)).collect();
    for c in 0..defs {
        let mut row = rows.iter_mut();
        read_cells(&mut r, ds.audits.table.col(c), n, |v| {
            if let Some(row) = row.next() {
                row.push(v);
            }
        })?;
    }
    let mut srcs = Vec::with_capacity(n);
    for _ in 0..n {
        srcs.push(SourceRef { file: r.u16()?, offset: r.u64()?, len: r.u32()? });
    }
    let mut added_audits = 0;
    for (i, (values, src)) in rows.into_iter().zip(srcs).enumerate() {
        let tn = r.u16()? as usize;
        let mut targets = Vec::with_capacity(tn);
        for _ in 0..tn {
            let t = Target { kind: r.sym()?, name: r.sym()?, id: r.sym()?, upn: r.sym()?, props_off: 0, props_len: 0 };
            let pn = r.u16()? as usize;
            let mut props = Vec::with_capacity(pn);
            for _ in 0..pn {
                props.push(ModifiedProperty { name: r.sym()?, old: r.sym()?, new: r.sym()? });
            }
            targets.push((t, props));
        }
        let dn = r.u16()? as usize;
        let mut details = Vec::with_capacity(dn);
        for _ in 0..dn {
            details.push(KeyValue { key: r.sym()?, value: r.sym()? });
        }
        // The worker de-duplicated already; a unique synthetic key keeps the page's set apart.
        let _ = i;
        if ds.push_audit(AuditRow { values, targets, details, src }, 0) {
            added_audits += 1;
        }
    }

    let n = r.u32()? as usize;
    for _ in 0..n {
        let request = r.u128()?;
        let time = r.i64()?;
        let method = r.sym()?;
        let detail = r.sym()?;
        let succeeded = r.u8()?;
        let result = r.sym()?;
        let requirement = r.sym()?;
        ds.push_step(super::AuthStep { request, time, method, detail, succeeded, result, requirement });
    }
    if r.i != bytes.len() {
        return Err(WireError::Corrupt);
    }
    Ok((added_signins, added_audits))
}

/// The delta's sign-ins, read column by column straight into the page's table (no row buffers);
/// a row whose request id was loaded before is taken out again (the worker de-duplicates, so
/// that only happens after a restart). Returns the number appended.
fn apply_signins(ds: &mut Dataset, r: &mut R) -> Result<usize, WireError> {
    let n = r.rows(min_row_bytes(&ds.signins.table, 2))?;
    let before = ds.signins.table.len();
    let t = &mut ds.signins.table;
    for c in 0..t.defs().len() {
        let col = t.col_mut(c);
        if let Err(e) = read_column(r, col, n) {
            t.grew_to(usize::MAX);
            return Err(e);
        }
    }
    if !t.grew_to(before + n) {
        return Err(WireError::Corrupt);
    }
    let mut srcs = Vec::with_capacity(n);
    for _ in 0..n {
        srcs.push(SourceRef { file: r.u16()?, offset: r.u64()?, len: r.u32()? });
    }
    let mut cas = Vec::with_capacity(n);
    for _ in 0..n {
        let k = r.u16()? as usize;
        let mut ca = Vec::with_capacity(k);
        for _ in 0..k {
            ca.push(CaApplied { policy: r.u32()?, result: r.sym()? });
        }
        cas.push(ca);
    }
    let fresh: Vec<bool> = (before..before + n).map(|row| ds.note_signin_row(row)).collect();
    if fresh.iter().all(|&f| f) {
        for (src, ca) in srcs.into_iter().zip(cas) {
            ds.push_signin_extras(src, ca);
        }
        return Ok(n);
    }
    // Some were loaded before: keep the others, in order.
    let t = &ds.signins.table;
    let rows: Vec<Vec<Value>> =
        (before..before + n).map(|row| (0..t.defs().len()).map(|c| t.col(c).value(row)).collect()).collect();
    ds.signins.table.truncate(before);
    let mut added = 0;
    for (((values, src), ca), keep) in rows.into_iter().zip(srcs).zip(cas).zip(fresh) {
        if keep {
            ds.signins.table.push(&values);
            ds.push_signin_extras(src, ca);
            added += 1;
        }
    }
    Ok(added)
}

/// Appends `n` cells of a column's kind to `col`, typed (no per-cell dispatch).
fn read_column(r: &mut R, col: &mut Column, n: usize) -> Result<(), WireError> {
    match col {
        Column::Sym(c) => read_syms(r, n, |s| c.push(s)),
        Column::Time(v) => {
            v.reserve(n);
            each::<8>(r, n, |b| v.push(i64::from_le_bytes(b)))
        }
        Column::Id(v) => {
            v.reserve(n);
            each::<16>(r, n, |b| v.push(u128::from_le_bytes(b)))
        }
        Column::Int(v) => {
            v.reserve(n);
            each::<4>(r, n, |b| v.push(u32::from_le_bytes(b)))
        }
        Column::Float(v) => {
            v.reserve(n);
            each::<4>(r, n, |b| v.push(f32::from_le_bytes(b)))
        }
        Column::Enum(v) => {
            v.reserve(n);
            each::<1>(r, n, |b| v.push(b[0]))
        }
    }
}

/// Encodes everything but the rows of `ds` (strings, policies, the ids already seen and
/// the file list), so that a restarted worker continues exactly where the page is.
pub fn encode_state(ds: &Dataset) -> Vec<u8> {
    let mut w = W(Vec::new());
    w.u32(MAGIC ^ 0x5354);
    w.u32(ds.strings.len() as u32);
    for s in ds.strings.strings_from(1) {
        w.str(s);
    }
    w.u32(ds.policies.len() as u32);
    for p in &ds.policies {
        for s in [p.id, p.name, p.grant, p.session] {
            w.u32(s.0);
        }
    }
    for set in [&ds.seen_signins, &ds.seen_audits] {
        w.u32(set.len() as u32);
        let mut v: Vec<(u128, u64)> = set.iter().map(|(&k, &p)| (k, p)).collect();
        v.sort_unstable();
        for (id, print) in v {
            w.u128(id);
            w.u64(print);
        }
    }
    w.str(&serde_json::to_string(&ds.files).unwrap_or_else(|_| "[]".into()));
    w.0
}

/// Rebuilds a worker's dataset from [`encode_state`]; returns the watermark to continue from.
pub fn apply_state(bytes: &[u8]) -> Result<(Dataset, Watermark), WireError> {
    let mut r = R { b: bytes, i: 0 };
    if r.u32()? != MAGIC ^ 0x5354 {
        return Err(WireError::Corrupt);
    }
    let mut ds = Dataset::new();
    let n = r.u32()? as usize;
    for _ in 1..n {
        ds.strings.intern(r.str()?);
    }
    if ds.strings.len() != n {
        return Err(WireError::Corrupt);
    }
    let np = r.u32()?;
    for _ in 0..np {
        let p = CaPolicy { id: r.sym()?, name: r.sym()?, grant: r.sym()?, session: r.sym()? };
        ds.policy(p);
    }
    for k in 0..2 {
        let n = r.u32()?;
        for _ in 0..n {
            let id = r.u128()?;
            let print = r.u64()?;
            if k == 0 {
                ds.seen_signins.insert(id, print);
            } else {
                ds.seen_audits.insert(id, print);
            }
        }
    }
    ds.files = serde_json::from_str(r.str()?).map_err(|_| WireError::Corrupt)?;
    let mark = Watermark { strings: ds.strings.len(), policies: ds.policies.len() };
    Ok((ds, mark))
}
