//! Lenient JSON value types for records whose shape varies between exports.
//!
//! The same property arrives as a number in Graph (`errorCode: 50126`), as a string in
//! Azure Monitor (`resultType: "50126"`), as `TRUE` in a Log Analytics CSV, and nested
//! objects arrive either as objects or as JSON text inside a string (Log Analytics
//! dynamic columns). These wrappers accept every spelling, so the record structs stay
//! simple. Keys are matched after normalisation (lower-case, letters and digits only),
//! which makes `createdDateTime`, `CreatedDateTime` and `createddatetime` one key and
//! `riskEventTypes_v2` equal to PowerShell's `RiskEventTypesV2`.

use std::{borrow::Cow, fmt};

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A scalar read as text: strings as they are, numbers and booleans formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FStr<'a>(pub Option<Cow<'a, str>>);

impl<'a> FStr<'a> {
    /// The text ("" when absent).
    pub fn as_str(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
    /// True when absent or empty.
    pub fn is_empty(&self) -> bool {
        self.as_str().is_empty()
    }
}

impl<'de> Deserialize<'de> for FStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Owned(v.to_owned()))))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Owned(v))))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<FStr<'de>, E> {
                Ok(FStr(Some(Cow::Borrowed(if v { "true" } else { "false" }))))
            }
            fn visit_unit<E: de::Error>(self) -> Result<FStr<'de>, E> {
                Ok(FStr(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<FStr<'de>, E> {
                Ok(FStr(None))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<FStr<'de>, D::Error> {
                FStr::deserialize(d)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FStr<'de>, A::Error> {
                // Windows PowerShell writes some dates as {"value":"\/Date(…)\/","DateTime":"…"}:
                // take `value`; any other object has no text.
                let mut out = FStr(None);
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    if key.0.eq_ignore_ascii_case("value") && out.0.is_none() {
                        out = map.next_value::<FStr<'de>>()?;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(out)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FStr<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(FStr(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// A number, from a JSON number or a numeric string.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FNum(pub Option<f64>);

impl<'de> Deserialize<'de> for FNum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = FStr::deserialize(d)?;
        Ok(FNum(s.0.and_then(|t| t.trim().parse::<f64>().ok())))
    }
}

/// A boolean, from `true`, `"TRUE"`, `"Yes"`, `1`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FBool(pub Option<bool>);

impl<'de> Deserialize<'de> for FBool {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = FStr::deserialize(d)?;
        Ok(FBool(s.0.and_then(|t| match t.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Some(true),
            "false" | "no" | "0" => Some(false),
            _ => None,
        })))
    }
}

/// A list: a JSON array, a JSON array inside a string, or a single scalar.
#[derive(Clone, Debug, PartialEq)]
pub struct FList<T>(pub Vec<T>);

impl<T> Default for FList<T> {
    fn default() -> Self {
        FList(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for FList<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = FList<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FList<T>, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = seq.next_element::<T>()? {
                    v.push(x);
                }
                Ok(FList(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FList<T>, E> {
                from_json_text(v)
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<FList<T>, E> {
                from_json_text(v)
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<FList<T>, E> {
                from_json_text(&v)
            }
            fn visit_unit<E: de::Error>(self) -> Result<FList<T>, E> {
                Ok(FList::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<FList<T>, E> {
                Ok(FList::default())
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<FList<T>, D::Error> {
                FList::deserialize(d)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FList<T>, A::Error> {
                // A single object where a list was expected.
                let one = T::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(FList(vec![one]))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<FList<T>, E> {
                Ok(FList::default())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<FList<T>, E> {
                Ok(FList::default())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<FList<T>, E> {
                Ok(FList::default())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<FList<T>, E> {
                Ok(FList::default())
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// True for the .NET type name PowerShell writes in place of a nested object or array
/// (`Export-Csv`, or `ConvertTo-Json` past its depth): `System.Object[]`,
/// `Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus`, …
///
/// ```
/// use lantern::core::ingest::flex::is_dotnet_type_name;
/// assert!(is_dotnet_type_name("Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus"));
/// assert!(is_dotnet_type_name("System.Collections.Generic.Dictionary`2[System.String,System.Object]"));
/// assert!(!is_dotnet_type_name("Microsoft Graph PowerShell"));
/// assert!(!is_dotnet_type_name("Microsoft.Azure.SyncFabric"));
/// ```
pub fn is_dotnet_type_name(text: &str) -> bool {
    let t = text.trim();
    let known = t.starts_with("System.")
        || (t.starts_with("Microsoft.Graph.") && (t.contains(".Models.") || t.contains(".PowerShell.")));
    known
        && t.len() <= 300
        && t.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'`' | b'[' | b']' | b','))
}

/// Parses JSON text inside a string into `T` (owned), or, for text that is not JSON,
/// reads it as a plain scalar (`"a, b"` as a one-element list of strings).
fn from_json_text<'de, T: Deserialize<'de>, E: de::Error>(text: &str) -> Result<FList<T>, E> {
    let t = text.trim();
    if t.is_empty() || t == "[]" || t == "{}" || t == "null" || is_dotnet_type_name(t) {
        return Ok(FList::default());
    }
    if t.starts_with('[') || t.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(t).map_err(|e| E::custom(format!("embedded JSON: {e}")))?;
        return match v {
            serde_json::Value::Array(items) => items
                .into_iter()
                .map(|i| T::deserialize(i).map_err(|e| E::custom(e.to_string())))
                .collect::<Result<Vec<_>, _>>()
                .map(FList),
            other => T::deserialize(other).map(|x| FList(vec![x])).map_err(|e| E::custom(e.to_string())),
        };
    }
    T::deserialize(serde_json::Value::String(t.to_owned()))
        .map(|x| FList(vec![x]))
        .map_err(|e| E::custom(e.to_string()))
}

/// Parses JSON text inside a string into an object type (used by [`obj!`] types).
pub fn object_from_json_text<'de, T: Deserialize<'de> + Default, E: de::Error>(text: &str) -> Result<T, E> {
    let t = text.trim();
    if t.is_empty() || t == "{}" || t == "[]" || t == "null" || !t.starts_with('{') {
        return Ok(T::default());
    }
    let v: serde_json::Value = serde_json::from_str(t).map_err(|e| E::custom(format!("embedded JSON: {e}")))?;
    T::deserialize(v).map_err(|e| E::custom(e.to_string()))
}

/// "Nothing here": absent, empty text, an empty list or an object of blanks.
pub trait Blank {
    /// True when the value carries nothing.
    fn is_blank(&self) -> bool;
}

impl Blank for FStr<'_> {
    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}
impl Blank for FNum {
    fn is_blank(&self) -> bool {
        self.0.is_none()
    }
}
impl Blank for FBool {
    fn is_blank(&self) -> bool {
        self.0.is_none()
    }
}
impl<T> Blank for FList<T> {
    fn is_blank(&self) -> bool {
        self.0.is_empty()
    }
}
impl<T> Blank for Option<T> {
    fn is_blank(&self) -> bool {
        self.is_none()
    }
}

/// Normalises a key: ASCII letters and digits only, lower-cased. Keys longer than the
/// buffer come back empty (no known key is that long).
#[inline]
pub fn norm_key<'b>(key: &str, buf: &'b mut [u8; 64]) -> &'b [u8] {
    let bytes = key.as_bytes();
    if bytes.len() > buf.len() {
        return &[];
    }
    let mut n = 0;
    for &c in bytes {
        buf[n] = c.to_ascii_lowercase();
        n += c.is_ascii_alphanumeric() as usize;
    }
    &buf[..n]
}

/// A map key, borrowed when possible.
pub struct Key<'a>(pub Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// Defines a record struct read from a JSON object (or JSON text in a string) with
/// normalised keys. Unknown keys are skipped cheaply.
#[macro_export]
macro_rules! flex_obj {
    ($(#[$meta:meta])* $name:ident < $lt:lifetime > { $( $field:ident : $ty:ty = [$($key:literal),+] ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default)]
        pub struct $name<$lt> {
            $( pub $field: $ty, )*
            _p: std::marker::PhantomData<&$lt ()>,
        }

        impl $crate::core::ingest::flex::Blank for $name<'_> {
            fn is_blank(&self) -> bool {
                true $( && $crate::core::ingest::flex::Blank::is_blank(&self.$field) )*
            }
        }

        impl<$lt> serde::Deserialize<$lt> for $name<$lt> {
            fn deserialize<D: serde::Deserializer<$lt>>(d: D) -> Result<Self, D::Error> {
                use std::sync::LazyLock;
                #[allow(non_camel_case_types)]
                #[derive(Clone, Copy, PartialEq, Eq)]
                enum __Field { $($field),* }
                static KEYS: LazyLock<hashbrown::HashMap<&'static [u8], __Field>> = LazyLock::new(|| {
                    let mut m = hashbrown::HashMap::new();
                    $( $( m.insert($key.as_bytes(), __Field::$field); )+ )*
                    m
                });
                struct V;
                impl<$lt> serde::de::Visitor<$lt> for V {
                    type Value = $name<$lt>;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("an object (", stringify!($name), ")"))
                    }
                    fn visit_map<A: serde::de::MapAccess<$lt>>(self, mut map: A) -> Result<$name<$lt>, A::Error> {
                        // Records of one export list their keys in the same order, so the
                        // field found for the key at each position is remembered (the key
                        // as written, two per position: an envelope and its body share
                        // this type). A hit costs one short comparison instead of
                        // normalising and hashing the key.
                        thread_local! {
                            static SHAPE: std::cell::RefCell<Vec<[(Vec<u8>, Option<__Field>); 2]>> =
                                const { std::cell::RefCell::new(Vec::new()) };
                        }
                        const SHAPE_MAX: usize = 256;
                        let mut out = $name::default();
                        let mut buf = [0u8; 64];
                        let mut pos = 0usize;
                        while let Some(key) = map.next_key::<$crate::core::ingest::flex::Key<$lt>>()? {
                            let raw = key.0.as_bytes();
                            let at = pos;
                            pos += 1;
                            let cached = SHAPE.with(|c| {
                                let c = c.try_borrow().ok()?;
                                let slot = c.get(at)?;
                                slot.iter().find(|(k, _)| k.as_slice() == raw).map(|(_, f)| *f)
                            });
                            let field = match cached {
                                Some(f) => f,
                                None => {
                                    let k = $crate::core::ingest::flex::norm_key(&key.0, &mut buf);
                                    let f = KEYS.get(k).copied();
                                    if at < SHAPE_MAX && raw.len() <= 64 {
                                        SHAPE.with(|c| {
                                            let Ok(mut c) = c.try_borrow_mut() else { return };
                                            while c.len() <= at {
                                                c.push([(Vec::new(), None), (Vec::new(), None)]);
                                            }
                                            // Keep the most recent key first, the one before second.
                                            c[at].swap(0, 1);
                                            c[at][0].0.clear();
                                            c[at][0].0.extend_from_slice(raw);
                                            c[at][0].1 = f;
                                        });
                                    }
                                    f
                                }
                            };
                            let Some(field_id__) = field else {
                                map.next_value::<serde::de::IgnoredAny>()?;
                                continue;
                            };
                            match field_id__ {
                                $(
                                    __Field::$field => {
                                        // Union artefacts (`Status_dynamic` / `Status_string`)
                                        // repeat a field with one copy empty: keep the filled one.
                                        let v: $ty = map.next_value()?;
                                        if !$crate::core::ingest::flex::Blank::is_blank(&v) {
                                            out.$field = v;
                                        }
                                    }
                                )*
                            }
                        }
                        Ok(out)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name<$lt>, E> {
                        $crate::core::ingest::flex::object_from_json_text(v)
                    }
                    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<$name<$lt>, E> {
                        $crate::core::ingest::flex::object_from_json_text(&v)
                    }
                    fn visit_unit<E: serde::de::Error>(self) -> Result<$name<$lt>, E> {
                        Ok($name::default())
                    }
                    fn visit_none<E: serde::de::Error>(self) -> Result<$name<$lt>, E> {
                        Ok($name::default())
                    }
                    fn visit_some<D: serde::Deserializer<$lt>>(self, d: D) -> Result<$name<$lt>, D::Error> {
                        <$name<$lt> as serde::Deserialize<$lt>>::deserialize(d)
                    }
                    fn visit_seq<A: serde::de::SeqAccess<$lt>>(self, mut seq: A) -> Result<$name<$lt>, A::Error> {
                        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                        Ok($name::default())
                    }
                    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<$name<$lt>, E> { Ok($name::default()) }
                    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<$name<$lt>, E> { Ok($name::default()) }
                    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<$name<$lt>, E> { Ok($name::default()) }
                    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<$name<$lt>, E> { Ok($name::default()) }
                }
                d.deserialize_any(V)
            }
        }
    };
}
