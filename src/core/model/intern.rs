//! A string interner: every distinct string is stored once, rows hold a [`Sym`].
//!
//! Invariants:
//! - `Sym(0)` is the empty string, always; "no value" and "" are the same thing in logs.
//! - Symbols are dense and assigned in insertion order. Two interners that intern the
//!   same strings in the same order hand out the same symbols; the page's copy of the
//!   dataset relies on this (it replays the worker's new strings, see `model::wire`).
//! - Strings are never removed, so a `Sym` stays valid for the interner's lifetime.
//!
//! Storage is one contiguous `String` arena plus end offsets, and a hash table that holds
//! only `u32` symbol ids (the key text is read back from the arena), so a distinct string
//! costs its bytes + 4 bytes of offset + ~5 bytes of table.

use std::hash::BuildHasher as _;

use hashbrown::{DefaultHashBuilder, HashTable};

/// An interned string id. `Sym::EMPTY` is "".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

impl Sym {
    /// The empty string.
    pub const EMPTY: Sym = Sym(0);

    /// True for the empty string.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Distinct strings, stored once.
#[derive(Clone)]
pub struct Interner {
    arena: String,
    /// `ends[i]` is the end offset of symbol `i` in `arena` (symbol 0 ends at 0).
    ends: Vec<u32>,
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
    /// Symbols whose text is not ASCII (the free-text search lowercases only these fully).
    non_ascii: Vec<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Interner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interner").field("len", &self.len()).field("bytes", &self.arena.len()).finish()
    }
}

impl Interner {
    /// An interner holding only the empty string.
    pub fn new() -> Self {
        let mut me = Self {
            arena: String::new(),
            ends: vec![0],
            table: HashTable::new(),
            hasher: DefaultHashBuilder::default(),
            non_ascii: Vec::new(),
        };
        let h = me.hasher.hash_one("");
        me.table.insert_unique(h, 0, |_| h);
        me
    }

    /// Number of distinct strings (including "").
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when only "" is interned.
    pub fn is_empty(&self) -> bool {
        self.ends.len() == 1
    }

    /// Bytes held by the string arena.
    pub fn arena_bytes(&self) -> usize {
        self.arena.len()
    }

    /// Approximate heap bytes used.
    pub fn heap_bytes(&self) -> usize {
        self.arena.capacity() + self.ends.capacity() * 4 + self.table.capacity() * 5 + self.non_ascii.capacity() * 4
    }

    /// Every symbol whose text contains `needle_lower` (already lower-case) ignoring case,
    /// exactly as `text.to_lowercase().contains(needle_lower)` would say, as a mask indexed
    /// by symbol. One pass over the arena: the free-text search asks this once per keystroke
    /// instead of testing each column's values on their own.
    pub fn matching_ci(&self, needle_lower: &str) -> Vec<bool> {
        let n = self.len();
        let mut hit = vec![false; n];
        if needle_lower.is_empty() {
            hit.fill(true);
            return hit;
        }
        if !needle_lower.is_ascii() {
            for (i, h) in hit.iter_mut().enumerate().skip(1) {
                *h = self.get(Sym(i as u32)).to_lowercase().contains(needle_lower);
            }
            return hit;
        }
        let (a, nb) = (self.arena.as_bytes(), needle_lower.as_bytes());
        let (lo, up) = (nb[0], nb[0].to_ascii_uppercase());
        let (mut pos, mut sym) = (0usize, 0usize);
        while let Some(k) = memchr::memchr2(lo, up, &a[pos..]) {
            let p = pos + k;
            // The symbol holding byte p: ends are sorted, and p only grows.
            while (self.ends[sym] as usize) <= p {
                sym += 1;
            }
            let end = self.ends[sym] as usize;
            if p + nb.len() <= end && a[p..p + nb.len()].eq_ignore_ascii_case(nb) {
                hit[sym] = true;
                pos = end;
            } else {
                pos = p + 1;
            }
        }
        // An ASCII match in bytes is a match after lower-casing; non-ASCII texts can match in
        // more ways (the Kelvin sign lower-cases to `k`): ask those the slow way.
        for &s in &self.non_ascii {
            if !hit[s as usize] {
                hit[s as usize] = self.get(Sym(s)).to_lowercase().contains(needle_lower);
            }
        }
        hit
    }

    /// The text of `sym`; "" for an unknown symbol.
    pub fn get(&self, sym: Sym) -> &str {
        let i = sym.0 as usize;
        match (i.checked_sub(1).and_then(|p| self.ends.get(p)), self.ends.get(i)) {
            (Some(&start), Some(&end)) => self.arena.get(start as usize..end as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// Finds `text` without adding it.
    pub fn lookup(&self, text: &str) -> Option<Sym> {
        let h = self.hasher.hash_one(text);
        self.table.find(h, |&id| self.get(Sym(id)) == text).map(|&id| Sym(id))
    }

    /// Interns `text`, returning its symbol.
    pub fn intern(&mut self, text: &str) -> Sym {
        if text.is_empty() {
            return Sym::EMPTY;
        }
        let h = self.hasher.hash_one(text);
        let Self { arena, ends, table, hasher, non_ascii } = self;
        let found = table.find(h, |&id| {
            let i = id as usize;
            let start = if i == 0 { 0 } else { ends[i - 1] as usize };
            &arena[start..ends[i] as usize] == text
        });
        if let Some(&id) = found {
            return Sym(id);
        }
        let id = ends.len() as u32;
        if !text.is_ascii() {
            non_ascii.push(id);
        }
        arena.push_str(text);
        ends.push(arena.len() as u32);
        table.insert_unique(h, id, |&id| {
            let i = id as usize;
            let start = if i == 0 { 0 } else { ends[i - 1] as usize };
            hasher.hash_one(&arena[start..ends[i] as usize])
        });
        Sym(id)
    }

    /// All strings from symbol `from` on, in order (used to ship new strings to a mirror).
    pub fn strings_from(&self, from: usize) -> impl Iterator<Item = &str> {
        (from..self.len()).map(|i| self.get(Sym(i as u32)))
    }

    /// Iterates every symbol with its text.
    pub fn iter(&self) -> impl Iterator<Item = (Sym, &str)> {
        (0..self.len()).map(|i| (Sym(i as u32), self.get(Sym(i as u32))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_same_symbol_and_empty_is_zero() {
        let mut i = Interner::new();
        assert_eq!(i.intern(""), Sym::EMPTY);
        let a = i.intern("alice@contoso.com");
        let b = i.intern("bob");
        assert_eq!(i.intern("alice@contoso.com"), a);
        assert_ne!(a, b);
        assert_eq!(i.get(a), "alice@contoso.com");
        assert_eq!(i.get(b), "bob");
        assert_eq!(i.get(Sym(999)), "");
        assert_eq!(i.lookup("bob"), Some(b));
        assert_eq!(i.lookup("carol"), None);
        assert_eq!(i.len(), 3);
    }

    #[test]
    fn matching_ci_agrees_with_lowercase_contains() {
        let mut i = Interner::new();
        let texts =
            ["Microsoft Teams", "TEAMS", "te", "am", "Zürich", "\u{212A}elvin", "ÉCOLE", "xteamsx", "a", "10.0.0.1"];
        for t in texts {
            i.intern(t);
        }
        for needle in ["teams", "t", "s", "kelvin", "é", "école", "10.", "zz", "a", "ürich", "e"] {
            let got = i.matching_ci(needle);
            for (sym, text) in i.iter().skip(1) {
                assert_eq!(got[sym.0 as usize], text.to_lowercase().contains(needle), "{needle:?} in {text:?}");
            }
        }
        assert!(i.matching_ci("").iter().all(|h| *h));
    }

    #[test]
    fn replaying_strings_gives_identical_symbols() {
        let mut a = Interner::new();
        for s in ["x", "y", "x", "zz", "é"] {
            a.intern(s);
        }
        let mut b = Interner::new();
        for s in a.strings_from(1).map(str::to_owned).collect::<Vec<_>>() {
            b.intern(&s);
        }
        for (sym, text) in a.iter() {
            assert_eq!(b.lookup(text), Some(sym));
        }
    }
}

/// A shortcut around the interner for ingest: per slot (a field of the record being
/// mapped), the last two texts interned and their symbols. Consecutive records repeat
/// most of their values (tenant, app, client, status text…), and comparing with a hot
/// copy is cheaper than hashing into a large table. The symbols belong to one interner:
/// use one `Recent` per `Interner` (the dataset keeps them together).
#[derive(Clone, Debug, Default)]
pub struct Recent {
    slots: Vec<[(String, Sym); 2]>,
}

impl Recent {
    /// Texts longer than this are interned directly (not copied into the shortcut).
    const MAX_LEN: usize = 128;

    /// Interns `text` for `slot`.
    #[inline]
    pub fn intern(&mut self, strings: &mut Interner, slot: usize, text: &str) -> Sym {
        if text.is_empty() {
            return Sym::EMPTY;
        }
        if text.len() > Self::MAX_LEN || slot > 1024 {
            return strings.intern(text);
        }
        if slot >= self.slots.len() {
            self.slots.resize_with(slot + 1, Default::default);
        }
        let s = &mut self.slots[slot];
        if s[0].0 == text {
            return s[0].1;
        }
        if s[1].0 == text {
            s.swap(0, 1);
            return s[0].1;
        }
        let sym = strings.intern(text);
        s.swap(0, 1);
        s[0].0.clear();
        s[0].0.push_str(text);
        s[0].1 = sym;
        sym
    }
}
