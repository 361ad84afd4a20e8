//! Re-reading one record from its source bytes, for the details view.
//!
//! The model keeps only what the analysis needs; the original record is kept where it
//! is, in the file, and re-read by byte range when a person opens it. These functions
//! turn those bytes back into something to show: the CSV cells with their headers, or
//! the JSON pretty-printed plus a flat list of `path = value` pairs.

use serde_json::Value;

use super::{FileIngest, csv_input::split_fields};
use crate::core::model::{Capture, Dataset, SourceFile};

/// Finds one record again inside a file that was decoded as it was read (gzip, zip, UTF-16,
/// Windows-1252), where its byte range is not one of the file's own: the outer file is fed
/// again from its start through the same decoders and framers — records are framed, not
/// parsed — until the record at the wanted offset comes by. Nothing but that record is kept.
pub struct Reread {
    ds: Dataset,
    ingest: FileIngest,
}

impl Reread {
    /// Looks for the record at decoded `offset` of the file that was registered `member`
    /// places after the outer file `outer_name` (0 for the file itself or its gzip content,
    /// k for the k-th member of a zip archive).
    pub fn new(outer_name: &str, member: u16, offset: u64) -> Self {
        let mut ds = Dataset::new();
        ds.capture = Some(Capture { file: member, offset, bytes: None });
        let ingest = FileIngest::new(outer_name, 0, &mut ds);
        Self { ds, ingest }
    }

    /// Feeds the next chunk of the outer file; the record's bytes once it has been read.
    pub fn feed(&mut self, chunk: &[u8]) -> Option<Vec<u8>> {
        self.ingest.feed(chunk, &mut self.ds);
        self.found()
    }

    /// Ends the file (the last record is framed at the end); the record's bytes, if it was there.
    pub fn finish(&mut self) -> Option<Vec<u8>> {
        self.ingest.finish(&mut self.ds);
        self.found()
    }

    fn found(&mut self) -> Option<Vec<u8>> {
        self.ds.capture.as_mut().and_then(|c| c.bytes.take())
    }
}

/// An original record, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct RawView {
    /// Field path (or CSV header) and value, in the record's order.
    pub fields: Vec<(String, String)>,
    /// The record as text: pretty JSON, or the CSV line.
    pub text: String,
}

/// Reads a record's bytes as `file` describes them (CSV with its header, or JSON).
pub fn view_record(file: &SourceFile, bytes: &[u8]) -> Result<RawView, String> {
    if file.delimiter != 0 && !file.header.is_empty() {
        let mut cells = Vec::new();
        split_fields(bytes, file.delimiter, &mut cells);
        let fields = file
            .header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                (h.clone(), cells.get(i).map(|c| String::from_utf8_lossy(c).into_owned()).unwrap_or_default())
            })
            .collect();
        return Ok(RawView { fields, text: String::from_utf8_lossy(bytes).into_owned() });
    }
    let v: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => match strip_trailing_commas(bytes).and_then(|b| serde_json::from_slice(&b).ok()) {
            Some(v) => v,
            None => return Err(format!("the record is not valid JSON: {e}")),
        },
    };
    let mut fields = Vec::new();
    match &v {
        // A Log Analytics table row: values in the order of the table's columns.
        Value::Array(values) if !file.header.is_empty() => {
            for (name, value) in file.header.iter().zip(values) {
                flatten(name, value, &mut fields);
            }
        }
        _ => flatten("", &v, &mut fields),
    }
    let text = serde_json::to_string_pretty(&v).unwrap_or_default();
    Ok(RawView { fields, text })
}

/// Flattens JSON into `a.b[0].c = value` pairs; JSON text inside strings is expanded.
pub fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            if m.is_empty() && !prefix.is_empty() {
                out.push((prefix.to_owned(), "{}".into()));
            }
            for (k, v) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&p, v, out);
            }
        }
        Value::Array(a) => {
            if a.is_empty() {
                out.push((prefix.to_owned(), "[]".into()));
            }
            for (i, v) in a.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), v, out);
            }
        }
        Value::String(s) => {
            let t = s.trim_start();
            if (t.starts_with('{') || t.starts_with('['))
                && t.len() > 2
                && let Ok(inner) = serde_json::from_str::<Value>(s)
                && (inner.is_object() || inner.is_array())
            {
                flatten(prefix, &inner, out);
                return;
            }
            out.push((prefix.to_owned(), s.clone()));
        }
        Value::Null => out.push((prefix.to_owned(), String::new())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

/// Removes commas that directly precede `}` or `]` (outside strings), as the Graph
/// documentation's examples have. `None` if there were none.
pub fn strip_trailing_commas(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut in_str = false;
    let mut esc = false;
    let mut changed = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if in_str {
            out.push(c);
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
        } else if c == b',' {
            let next = b[i + 1..].iter().find(|x| !x.is_ascii_whitespace());
            if matches!(next, Some(b'}') | Some(b']')) {
                changed = true;
            } else {
                out.push(c);
            }
        } else {
            if c == b'"' {
                in_str = true;
            }
            out.push(c);
        }
        i += 1;
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_commas_are_removed_outside_strings_only() {
        assert_eq!(strip_trailing_commas(br#"{"a":[1,2,],"b":",}",}"#).unwrap(), br#"{"a":[1,2],"b":",}"}"#.to_vec());
        assert!(strip_trailing_commas(br#"{"a":1}"#).is_none());
    }

    #[test]
    fn flatten_expands_nested_and_embedded_json() {
        let v: Value = serde_json::from_str(r#"{"a":{"b":1},"c":[{"d":"x"}],"e":"{\"f\":true}"}"#).unwrap();
        let mut out = Vec::new();
        flatten("", &v, &mut out);
        assert_eq!(out, vec![("a.b".into(), "1".into()), ("c[0].d".into(), "x".into()), ("e.f".into(), "true".into())]);
    }
}
