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
    let h = format!("{v:032x}");
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
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
