//! Identifiers: GUIDs as `u128`, anything else interned behind a tag.
//!
//! Request ids, correlation ids and most record ids are GUIDs; storing them as 16 bytes
//! instead of 36-byte strings, and comparing them as integers, is what makes
//! de-duplication across files cheap. A non-GUID id (audit ids such as
//! `Directory_<guid>_<suffix>_<n>`) is interned and stored as `NON_GUID_TAG | sym`.
//! 0 means "no id".

use crate::core::model::intern::{Interner, Sym};

/// Marks an interned, non-GUID identifier (the low 32 bits hold the symbol).
pub const NON_GUID_TAG: u128 = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_0000_0000;

/// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (also braced or without dashes).
pub fn parse_guid(text: &str) -> Option<u128> {
    let mut b = text.as_bytes();
    // Fast path: ingest parses four ids per sign-in, nearly all already bare and dashed.
    if b.len() != 36 {
        let t = text.trim().trim_start_matches('{').trim_end_matches('}');
        b = t.as_bytes();
    }
    let dashed = b.len() == 36;
    if !(dashed || b.len() == 32) {
        return None;
    }
    let mut v: u128 = 0;
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        if dashed && matches!(i, 8 | 13 | 18 | 23) {
            if c != b'-' {
                return None;
            }
            continue;
        }
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => return None,
        };
        v = (v << 4) | d as u128;
        n += 1;
    }
    (n == 32 && (v & NON_GUID_TAG) != NON_GUID_TAG).then_some(v)
}

/// Formats a GUID in lower case with dashes.
pub fn format_guid(v: u128) -> String {
    String::from_utf8_lossy(&guid_bytes(v)).into_owned()
}

/// What a GUID must meet for its text (lower case, dashed) to contain `needle` (lower case):
/// one `(mask, value)` pair per place the needle can stand, `v & mask == value`. The search
/// tests every row's ids this way, with no text rendered per row. Empty when no GUID's text can
/// contain the needle (a letter past `f`, a dash out of place).
pub fn guid_patterns(needle: &[u8]) -> Vec<(u128, u128)> {
    let mut out = Vec::new();
    if needle.is_empty() || needle.len() > 36 {
        return out;
    }
    'place: for k in 0..=36 - needle.len() {
        let (mut mask, mut value) = (0u128, 0u128);
        for (j, &c) in needle.iter().enumerate() {
            let p = k + j;
            if matches!(p, 8 | 13 | 18 | 23) {
                if c != b'-' {
                    continue 'place;
                }
                continue;
            }
            let d = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                _ => continue 'place,
            };
            let nibble = p - [8, 13, 18, 23].iter().filter(|&&x| x < p).count();
            let shift = 124 - 4 * nibble;
            mask |= 0xF << shift;
            value |= (d as u128) << shift;
        }
        out.push((mask, value));
    }
    out
}

/// A GUID's text, lower case with dashes, without allocating (the search tests every row's).
pub fn guid_bytes(v: u128) -> [u8; 36] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = [b'-'; 36];
    let mut nibble = 0;
    for (i, o) in out.iter_mut().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            continue;
        }
        *o = HEX[((v >> (124 - 4 * nibble)) & 0xF) as usize];
        nibble += 1;
    }
    out
}

/// Stores any id text: a GUID as itself, anything else interned. "" → 0.
pub fn id_from_text(text: &str, strings: &mut Interner) -> u128 {
    let t = text.trim();
    if t.is_empty() {
        return 0;
    }
    parse_guid(t).unwrap_or_else(|| NON_GUID_TAG | strings.intern(t).0 as u128)
}

/// Finds the stored form of an id without adding anything ("" and unknown non-GUIDs → None).
pub fn id_lookup(text: &str, strings: &Interner) -> Option<u128> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    parse_guid(t).or_else(|| strings.lookup(t).map(|s| NON_GUID_TAG | s.0 as u128))
}

/// The id as text ("" for 0).
pub fn id_to_text(v: u128, strings: &Interner) -> String {
    if v == 0 {
        String::new()
    } else if v & NON_GUID_TAG == NON_GUID_TAG {
        strings.get(Sym((v & 0xFFFF_FFFF) as u32)).to_owned()
    } else {
        format_guid(v)
    }
}

/// A 128-bit FNV-1a hash, used as a synthetic id for records that have none.
pub fn hash128(parts: &[&[u8]]) -> u128 {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for p in parts {
        for &b in *p {
            h ^= b as u128;
            h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013B);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013B);
    }
    // Keep clear of the tag space and of 0.
    (h & !NON_GUID_TAG) | 1
}

#[cfg(test)]
mod tests {
    #[test]
    fn guid_patterns_agree_with_searching_the_text() {
        let mut x: u128 = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834;
        for round in 0..400 {
            x = x.wrapping_mul(0x2360_ed05_1fc6_5da4_4385_df64_9fcc_f645).wrapping_add(round);
            let v = x & !super::NON_GUID_TAG;
            let text = super::guid_bytes(v);
            let at = (x >> 7) as usize % 36;
            let len = 1 + (x >> 13) as usize % (36 - at);
            let mut needles = vec![text[at..at + len].to_vec(), b"-".to_vec(), b"0-".to_vec(), b"g1".to_vec()];
            needles.push(text[at..at + len].iter().map(|&c| if c == b'-' { b'x' } else { c }).collect());
            for n in needles {
                let by_text = memchr::memmem::find(&text, &n).is_some();
                let by_bits = super::guid_patterns(&n).iter().any(|&(m, val)| v & m == val);
                assert_eq!(by_text, by_bits, "{} in {}", String::from_utf8_lossy(&n), String::from_utf8_lossy(&text));
            }
        }
    }

    use super::*;

    #[test]
    fn guid_round_trip() {
        let g = "0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a00";
        let v = parse_guid(g).unwrap();
        assert_eq!(format_guid(v), g);
        assert_eq!(parse_guid("0CD3E3F9-7F4B-4B1C-8A4C-2F0E1D6B1A00"), Some(v));
        assert_eq!(parse_guid("{0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a00}"), Some(v));
        assert_eq!(parse_guid("0cd3e3f97f4b4b1c8a4c2f0e1d6b1a00"), Some(v));
        assert_eq!(parse_guid("Directory_0cd3e3f9"), None);
        assert_eq!(parse_guid("0cd3e3f9-7f4b-4b1c-8a4c-2f0e1d6b1a0g"), None);
    }

    #[test]
    fn non_guid_ids_are_interned() {
        let mut s = Interner::new();
        let a = id_from_text("Directory_abc_XYZ_1", &mut s);
        assert_eq!(a & NON_GUID_TAG, NON_GUID_TAG);
        assert_eq!(id_to_text(a, &s), "Directory_abc_XYZ_1");
        assert_eq!(id_from_text("", &mut s), 0);
        assert_ne!(hash128(&[b"a", b"b"]), hash128(&[b"ab"]));
    }
}
