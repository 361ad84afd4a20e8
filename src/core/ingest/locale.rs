//! Localised exports: the admin center writes CSV headers (and a few values) in the portal's
//! language. `locales.tsv` (beside this file) maps them onto the English names the rest of
//! ingest knows; its sources are in the README's "Data and licences" section.
//!
//! A header is recognised as a language when at least two of its cells are that language's
//! names and differ from English; then every cell that has a translation is read as its English
//! name, and the cells left over are named in the load report.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::columns::norm_header;

const TSV: &str = include_str!("locales.tsv");

/// A language of the table: its code and its English name (for messages).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("fr", "French"),
    ("de", "German"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("pt-BR", "Portuguese (Brazil)"),
    ("nl", "Dutch"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("zh-CN", "Chinese (Simplified)"),
];

/// Languages whose Excel writes dates day first (`14/10/2026`).
pub const DAY_FIRST: &[&str] = &["fr", "de", "es", "it", "pt-BR", "nl"];

/// The English name of a language code.
pub fn language_name(code: &str) -> &'static str {
    LANGUAGES.iter().find(|(c, _)| *c == code).map_or("an unknown language", |(_, n)| n)
}

struct Table {
    /// (language, normalised localised header) → normalised English headers.
    headers: HashMap<(&'static str, String), Vec<String>>,
    /// normalised localised value → English value (any language).
    values: HashMap<String, &'static str>,
}

/// Normalises a localised header or value: as [`norm_header`], typographic apostrophes as `'`,
/// a de-duplication suffix (`_1`, added by tools that re-save a file with a repeated column) dropped.
pub fn norm_localized(h: &str) -> String {
    let h = h.replace(['\u{2019}', '\u{2018}', '\u{00b4}'], "'");
    let mut n = norm_header(&h);
    if let Some(i) = n.rfind('_')
        && i + 1 < n.len()
        && n[i + 1..].bytes().all(|b| b.is_ascii_digit())
    {
        n.truncate(i);
    }
    n
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut headers: HashMap<(&'static str, String), Vec<String>> = HashMap::new();
        let mut values = HashMap::new();
        for line in TSV.lines().filter(|l| !l.starts_with('#') && !l.starts_with("lang\t")) {
            let mut cells = line.split('\t');
            let (Some(lang), Some(_log), Some(english), Some(localized)) =
                (cells.next(), cells.next(), cells.next(), cells.next())
            else {
                continue;
            };
            let lang = LANGUAGES.iter().find(|(c, _)| *c == lang).map_or("", |(c, _)| *c);
            if lang.is_empty() {
                continue;
            }
            if let Some(v) = english.strip_prefix("value:") {
                let english = v.split_once('=').map_or(v, |(_, e)| e);
                values.entry(norm_localized(localized)).or_insert(english);
                continue;
            }
            let list = headers.entry((lang, norm_localized(localized))).or_default();
            let e = norm_header(english);
            if !list.contains(&e) {
                list.push(e);
            }
        }
        Table { headers, values }
    })
}

/// The English value of a localised enum value (`Opération réussie` → `Success`, `Ja` → `Yes`).
pub fn english_value(text: &str) -> Option<&'static str> {
    table().values.get(&norm_localized(text)).copied()
}

/// A header read in a language other than English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// The language code (`fr`).
    pub lang: &'static str,
    /// The normalised headers, translated where the table knows them.
    pub norm: Vec<String>,
}

/// Reads a normalised header as the language most of its cells are written in, if any.
///
/// `known` says whether a normalised English header is one ingest places.
pub fn translate(norm: &[String], known: &dyn Fn(&str) -> bool) -> Option<Translated> {
    let t = table();
    let keys: Vec<String> = norm.iter().map(|h| norm_localized(h)).collect();
    let best = LANGUAGES
        .iter()
        .map(|(lang, _)| {
            let hits =
                keys.iter().filter(|k| t.headers.get(&(*lang, (*k).clone())).is_some_and(|e| !e.contains(k))).count();
            (hits, *lang)
        })
        .max_by_key(|(hits, _)| *hits)?;
    if best.0 < 2 {
        return None;
    }
    let lang = best.1;
    let mut out = Vec::with_capacity(norm.len());
    for (h, k) in norm.iter().zip(&keys) {
        let english = t.headers.get(&(lang, k.clone())).and_then(|es| {
            // The same word can name two columns (sign-in and audit): take the one ingest places.
            es.iter().find(|e| known(e)).or_else(|| es.first())
        });
        let h = match english {
            Some(e) => e.clone(),
            // Numbered audit columns: `Cible1Type` is `Target1Type`.
            None => match k.strip_prefix("cible").filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
                Some(rest) => format!("target{rest}"),
                None => h.clone(),
            },
        };
        out.push(h);
    }
    Some(Translated { lang, norm: out })
}
