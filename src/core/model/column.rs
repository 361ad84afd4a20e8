//! Column storage: dictionary-encoded text with adaptive width, and plain vectors.
//!
//! A [`SymCol`] keeps, per column, a small local dictionary of the global [`Sym`]s it has
//! seen and stores per row only the local code: one byte while the column has ≤ 256
//! distinct values, two bytes up to 65,536, four beyond. Most sign-in fields (app, status
//! text, browser, OS, country, client app…) stay at one byte per row, which is what keeps
//! 250,000 records well under the file's size in memory. Local code 0 is always "".

use hashbrown::HashMap;

use crate::core::model::intern::Sym;

#[derive(Clone, Debug)]
enum Codes {
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
}

/// A dictionary-encoded text column.
#[derive(Clone, Debug)]
pub struct SymCol {
    codes: Codes,
    dict: Vec<Sym>,
    index: HashMap<Sym, u32>,
    /// The last symbol pushed and its code: runs of the same value skip the hash lookup.
    last: (Sym, u32),
    /// The largest symbol in `dict` (how wide the wire writes this column's symbols).
    max: Sym,
}

impl Default for SymCol {
    fn default() -> Self {
        let mut index = HashMap::new();
        index.insert(Sym::EMPTY, 0);
        Self { codes: Codes::U8(Vec::new()), dict: vec![Sym::EMPTY], index, last: (Sym::EMPTY, 0), max: Sym::EMPTY }
    }
}

impl SymCol {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match &self.codes {
            Codes::U8(v) => v.len(),
            Codes::U16(v) => v.len(),
            Codes::U32(v) => v.len(),
        }
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends a row.
    pub fn push(&mut self, sym: Sym) {
        let code = if sym == self.last.0 {
            self.last.1
        } else {
            let c = self.code_for(sym);
            self.last = (sym, c);
            c
        };
        self.widen_for(code);
        match &mut self.codes {
            Codes::U8(v) => v.push(code as u8),
            Codes::U16(v) => v.push(code as u16),
            Codes::U32(v) => v.push(code),
        }
    }

    fn code_for(&mut self, sym: Sym) -> u32 {
        match self.index.get(&sym) {
            Some(&c) => c,
            None => {
                let c = self.dict.len() as u32;
                self.dict.push(sym);
                self.index.insert(sym, c);
                self.max = self.max.max(sym);
                c
            }
        }
    }

    fn widen_for(&mut self, code: u32) {
        let widened = match &self.codes {
            Codes::U8(v) if code > u8::MAX as u32 => {
                if code > u16::MAX as u32 {
                    Some(Codes::U32(v.iter().map(|&c| c as u32).collect()))
                } else {
                    Some(Codes::U16(v.iter().map(|&c| c as u16).collect()))
                }
            }
            Codes::U16(v) if code > u16::MAX as u32 => Some(Codes::U32(v.iter().map(|&c| c as u32).collect())),
            _ => None,
        };
        if let Some(c) = widened {
            self.codes = c;
        }
    }

    /// Appends `rows` of `from` (another dataset's column), each symbol through `map`: a
    /// dictionary entry of `from` is mapped and looked up once, not once per row, and new values
    /// join the dictionary in the order they first appear (as pushing row by row would).
    pub fn extend_from(&mut self, from: &SymCol, rows: std::ops::Range<usize>, map: impl Fn(Sym) -> Sym) {
        let mut codes = vec![u32::MAX; from.dict.len()];
        for row in rows {
            let c = from.code(row) as usize;
            let code = match codes.get(c) {
                Some(&k) if k != u32::MAX => k,
                Some(_) => {
                    let sym = map(from.dict[c]);
                    let k = self.code_for(sym);
                    self.widen_for(k);
                    codes[c] = k;
                    k
                }
                None => 0,
            };
            match &mut self.codes {
                Codes::U8(v) => v.push(code as u8),
                Codes::U16(v) => v.push(code as u16),
                Codes::U32(v) => v.push(code),
            }
        }
    }

    /// The local code of `row` (0 = "").
    #[inline]
    pub fn code(&self, row: usize) -> u32 {
        match &self.codes {
            Codes::U8(v) => v.get(row).map_or(0, |&c| c as u32),
            Codes::U16(v) => v.get(row).map_or(0, |&c| c as u32),
            Codes::U32(v) => v.get(row).copied().unwrap_or(0),
        }
    }

    /// The symbol of `row`.
    #[inline]
    pub fn get(&self, row: usize) -> Sym {
        self.dict.get(self.code(row) as usize).copied().unwrap_or(Sym::EMPTY)
    }

    /// The largest symbol the column has held (no row's symbol is larger).
    pub fn max_sym(&self) -> Sym {
        self.max
    }

    /// Appends the symbols of rows `0..rows` to `out`, each as its `W` low little-endian bytes
    /// (rows past the end as ""): the wire's column, one pass over the codes, no per-cell dispatch.
    pub fn write_syms<const W: usize>(&self, rows: usize, out: &mut Vec<u8>) {
        fn go<const W: usize, T: Copy + Into<u32>>(codes: &[T], dict: &[Sym], rows: usize, out: &mut Vec<u8>) {
            out.reserve(rows * W);
            for &c in codes.iter().take(rows) {
                let s = dict.get(c.into() as usize).copied().unwrap_or(Sym::EMPTY);
                out.extend_from_slice(&s.0.to_le_bytes()[..W]);
            }
            for _ in codes.len()..rows {
                out.extend_from_slice(&[0; W]);
            }
        }
        match &self.codes {
            Codes::U8(v) => go::<W, u8>(v, &self.dict, rows, out),
            Codes::U16(v) => go::<W, u16>(v, &self.dict, rows, out),
            Codes::U32(v) => go::<W, u32>(v, &self.dict, rows, out),
        }
    }

    /// The local code for `sym`, if the column has it.
    pub fn local(&self, sym: Sym) -> Option<u32> {
        self.index.get(&sym).copied()
    }

    /// The dictionary: local code → symbol.
    pub fn dict(&self) -> &[Sym] {
        &self.dict
    }

    /// Drops rows from `len` on (the dictionary is kept).
    pub fn truncate(&mut self, len: usize) {
        match &mut self.codes {
            Codes::U8(v) => v.truncate(len),
            Codes::U16(v) => v.truncate(len),
            Codes::U32(v) => v.truncate(len),
        }
    }

    /// Approximate heap bytes.
    pub fn heap_bytes(&self) -> usize {
        let codes = match &self.codes {
            Codes::U8(v) => v.capacity(),
            Codes::U16(v) => v.capacity() * 2,
            Codes::U32(v) => v.capacity() * 4,
        };
        codes + self.dict.capacity() * 4 + self.index.capacity() * 9
    }

    /// Sets `hits[r]` for every row whose code is marked in `mask` (ORs into `hits`).
    pub fn mark_rows(&self, mask: &[bool], hits: &mut [bool]) {
        fn go<T: Copy + Into<u32>>(v: &[T], mask: &[bool], hits: &mut [bool]) {
            for (h, c) in hits.iter_mut().zip(v) {
                *h |= mask.get((*c).into() as usize).copied().unwrap_or(false);
            }
        }
        match &self.codes {
            Codes::U8(v) => go(v, mask, hits),
            Codes::U16(v) => go(v, mask, hits),
            Codes::U32(v) => go(v, mask, hits),
        }
    }

    /// Counts rows per local code over `rows` (facet counting).
    pub fn count_codes(&self, rows: impl Iterator<Item = usize>) -> Vec<u32> {
        let mut counts = vec![0u32; self.dict.len()];
        match &self.codes {
            Codes::U8(v) => rows.for_each(|r| {
                if let Some(&c) = v.get(r) {
                    counts[c as usize] += 1;
                }
            }),
            Codes::U16(v) => rows.for_each(|r| {
                if let Some(&c) = v.get(r) {
                    counts[c as usize] += 1;
                }
            }),
            Codes::U32(v) => rows.for_each(|r| {
                if let Some(&c) = v.get(r)
                    && let Some(slot) = counts.get_mut(c as usize)
                {
                    *slot += 1;
                }
            }),
        }
        counts
    }
}

/// One column of a table.
#[derive(Clone, Debug)]
pub enum Column {
    /// Interned text.
    Sym(SymCol),
    /// UTC milliseconds.
    Time(Vec<i64>),
    /// GUIDs (see `model::id`).
    Id(Vec<u128>),
    /// Integers; `u32::MAX` = none.
    Int(Vec<u32>),
    /// Floats; NaN = none.
    Float(Vec<f32>),
    /// Enum codes; 0 = none.
    Enum(Vec<u8>),
}

/// A value for one cell, as ingest produces it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Sym(Sym),
    Time(i64),
    Id(u128),
    Int(u32),
    Float(f32),
    Enum(u8),
}

/// "No value" for integer columns.
pub const NO_INT: u32 = u32::MAX;
/// "No value" for time columns.
pub const NO_TIME: i64 = i64::MIN;

impl Column {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            Column::Sym(c) => c.len(),
            Column::Time(v) => v.len(),
            Column::Id(v) => v.len(),
            Column::Int(v) => v.len(),
            Column::Float(v) => v.len(),
            Column::Enum(v) => v.len(),
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends a value; a value of the wrong kind appends this column's "none".
    pub fn push(&mut self, v: Value) {
        match (self, v) {
            (Column::Sym(c), Value::Sym(s)) => c.push(s),
            (Column::Sym(c), _) => c.push(Sym::EMPTY),
            (Column::Time(c), Value::Time(t)) => c.push(t),
            (Column::Time(c), _) => c.push(NO_TIME),
            (Column::Id(c), Value::Id(t)) => c.push(t),
            (Column::Id(c), _) => c.push(0),
            (Column::Int(c), Value::Int(t)) => c.push(t),
            (Column::Int(c), _) => c.push(NO_INT),
            (Column::Float(c), Value::Float(t)) => c.push(t),
            (Column::Float(c), _) => c.push(f32::NAN),
            (Column::Enum(c), Value::Enum(t)) => c.push(t),
            (Column::Enum(c), _) => c.push(0),
        }
    }

    /// The cell at `row` (none-values for out-of-range rows).
    pub fn value(&self, row: usize) -> Value {
        match self {
            Column::Sym(c) => Value::Sym(c.get(row)),
            Column::Time(v) => Value::Time(v.get(row).copied().unwrap_or(NO_TIME)),
            Column::Id(v) => Value::Id(v.get(row).copied().unwrap_or(0)),
            Column::Int(v) => Value::Int(v.get(row).copied().unwrap_or(NO_INT)),
            Column::Float(v) => Value::Float(v.get(row).copied().unwrap_or(f32::NAN)),
            Column::Enum(v) => Value::Enum(v.get(row).copied().unwrap_or(0)),
        }
    }

    /// Drops rows from `len` on.
    pub fn truncate(&mut self, len: usize) {
        match self {
            Column::Sym(c) => c.truncate(len),
            Column::Time(v) => v.truncate(len),
            Column::Id(v) => v.truncate(len),
            Column::Int(v) => v.truncate(len),
            Column::Float(v) => v.truncate(len),
            Column::Enum(v) => v.truncate(len),
        }
    }

    /// Approximate heap bytes.
    pub fn heap_bytes(&self) -> usize {
        match self {
            Column::Sym(c) => c.heap_bytes(),
            Column::Time(v) => v.capacity() * 8,
            Column::Id(v) => v.capacity() * 16,
            Column::Int(v) => v.capacity() * 4,
            Column::Float(v) => v.capacity() * 4,
            Column::Enum(v) => v.capacity(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sym_col_widens_and_keeps_values() {
        let mut c = SymCol::default();
        for i in 0..70_000u32 {
            c.push(Sym(i % 66_000));
        }
        assert_eq!(c.len(), 70_000);
        for i in [0usize, 1, 255, 256, 65_535, 65_536, 65_999, 66_000, 69_999] {
            assert_eq!(c.get(i), Sym(i as u32 % 66_000), "row {i}");
        }
        assert_eq!(c.local(Sym::EMPTY), Some(0));
        c.truncate(10);
        assert_eq!(c.len(), 10);
        assert_eq!(c.get(9), Sym(9));
    }

    #[test]
    fn facet_counts_by_code() {
        let mut c = SymCol::default();
        for s in [1, 2, 1, 0, 1] {
            c.push(Sym(s));
        }
        let counts = c.count_codes(0..5);
        assert_eq!(counts[c.local(Sym(1)).unwrap() as usize], 3);
        assert_eq!(counts[0], 1);
    }
}
