//! Streaming CSV: record framing over arbitrary chunks, then field splitting.
//!
//! RFC 4180 with the quirks of real exports: every cell quoted (portal), CRLF line ends
//! (also inside quoted cells: Log Analytics), `""` escapes, `,` `;` or tab delimiters
//! (localised Excel). Framing tracks only the quote state, so a record's raw bytes and
//! byte range are known exactly (the details view re-reads them).
//!
//! Resynchronisation: an unbalanced quote would otherwise swallow the rest of the file
//! into one cell. A record that spans several lines *and* has the wrong number of fields
//! is treated as broken: its first line is reported and skipped and the lines after it
//! are framed again (see `reframe_after_first_line`). A record growing past
//! [`MAX_RECORD_BYTES`] is cut the same way without being held whole.

use std::borrow::Cow;

/// A record (possibly spanning lines) above this size is treated as an unbalanced quote.
pub const MAX_RECORD_BYTES: usize = 64 << 20;

/// A framed record.
#[derive(Debug)]
pub struct RawRecord<'a> {
    /// Raw bytes without the line terminator.
    pub bytes: &'a [u8],
    /// Stream offset of the first byte.
    pub offset: u64,
    /// 1-based line of the first byte.
    pub line: u64,
    /// Number of lines the record spans.
    pub lines: u64,
}

/// Frames CSV records from chunks.
pub struct CsvFramer {
    buf: Vec<u8>,
    in_quotes: bool,
    pos: u64,
    line: u64,
    start_offset: u64,
    start_line: u64,
    /// The current record was cut for being too large; skip to its end.
    overflow: bool,
}

impl Default for CsvFramer {
    fn default() -> Self {
        Self::new(0, 1)
    }
}

impl CsvFramer {
    /// A framer whose first byte is at stream offset `pos`, on line `line`.
    pub fn new(pos: u64, line: u64) -> Self {
        Self { buf: Vec::new(), in_quotes: false, pos, line, start_offset: pos, start_line: line, overflow: false }
    }

    /// Feeds a chunk, calling `out` for each complete record and `problem` for records cut
    /// for size.
    pub fn feed(&mut self, chunk: &[u8], out: &mut dyn FnMut(RawRecord<'_>), problem: &mut dyn FnMut(u64, String)) {
        // Line at a time: find the next newline, then the parity of the quotes before it
        // says whether the newline ends the record (two vectorised scans per line instead
        // of a call per quote). Records wholly inside the chunk are handed out as slices.
        let mut i = 0;
        while i < chunk.len() {
            let rest = &chunk[i..];
            let Some(nl) = memchr::memchr(b'\n', rest) else {
                let quotes = memchr::memchr_iter(b'"', rest).count();
                if quotes % 2 == 1 {
                    self.in_quotes = !self.in_quotes;
                }
                if self.append(rest, problem) {
                    self.cut(out, problem);
                }
                return;
            };
            let line = &rest[..nl];
            if memchr::memchr_iter(b'"', line).count() % 2 == 1 {
                self.in_quotes = !self.in_quotes;
            }
            if self.in_quotes {
                // The newline is inside a quoted cell: the record continues.
                let cut = self.append(&rest[..=nl], problem);
                self.line += 1;
                i += nl + 1;
                if cut {
                    self.cut(out, problem);
                }
                continue;
            }
            if self.buf.is_empty() && !self.overflow {
                // The whole record is in this chunk: no copy.
                let mut end = nl;
                if end > 0 && line[end - 1] == b'\r' {
                    end -= 1;
                }
                self.pos += nl as u64 + 1;
                if line.len() > MAX_RECORD_BYTES {
                    problem(
                        self.start_line,
                        format!(
                            "line {}: the line is longer than {} MiB; it was skipped",
                            self.start_line,
                            MAX_RECORD_BYTES >> 20
                        ),
                    );
                    // The marker the reader knows as "oversized, reported already".
                    out(RawRecord { bytes: &[], offset: self.start_offset, line: self.start_line, lines: u64::MAX });
                } else {
                    out(RawRecord {
                        bytes: &line[..end],
                        offset: self.start_offset,
                        line: self.start_line,
                        lines: self.line - self.start_line + 1,
                    });
                }
                self.start_offset = self.pos;
                self.line += 1;
                self.start_line = self.line;
            } else {
                let cut = self.append(line, problem);
                if cut {
                    // Cannot happen outside quotes, but keep the state sane.
                    self.cut(out, problem);
                    i += nl + 1;
                    continue;
                }
                self.pos += 1;
                self.emit(out);
                self.line += 1;
            }
            i += nl + 1;
        }
    }

    /// True when everything fed so far ends exactly after a record (nothing held, not inside
    /// quotes): a later part of the file may start here (`ingest::split`).
    pub(crate) fn between_records(&self) -> bool {
        self.buf.is_empty() && !self.in_quotes && !self.overflow && self.start_offset == self.pos
    }

    /// Moves past `bytes` bytes holding `lines` line breaks that another reader read
    /// (`ingest::split`): offsets and line numbers go on as if this framer had read them.
    pub(crate) fn skip(&mut self, bytes: u64, lines: u64) {
        self.pos += bytes;
        self.line += lines;
        self.start_offset = self.pos;
        self.start_line = self.line;
    }

    /// Ends the stream, emitting the last record if it has no line terminator.
    pub fn finish(&mut self, out: &mut dyn FnMut(RawRecord<'_>), problem: &mut dyn FnMut(u64, String)) {
        if self.in_quotes && !self.overflow {
            // A quote never closed: the record runs to the end of the file. Re-frame it.
            let bytes = std::mem::take(&mut self.buf);
            let (off, line) = (self.start_offset, self.start_line);
            self.in_quotes = false;
            if memchr::memchr(b'\n', &bytes).is_none() {
                // Only the last line is open: the file was cut inside a quoted cell.
                problem(
                    line,
                    format!(
                        "line {line}: the file ends inside a quoted cell (truncated file?); this last line was skipped"
                    ),
                );
                return;
            }
            problem(
                line,
                format!(
                    "line {line}: a quoted cell is never closed (unbalanced quote); the line was skipped and the lines after it were read again"
                ),
            );
            reframe_after_first_line(&bytes, off, line, out, problem);
            return;
        }
        if !self.buf.is_empty() || self.overflow {
            self.emit(out);
        }
    }

    /// Appends to the current record; true when it grew past the limit inside quotes.
    /// A line that grows past the limit outside quotes is reported through `problem` and
    /// skipped to its end (never held whole).
    fn append(&mut self, bytes: &[u8], problem: &mut dyn FnMut(u64, String)) -> bool {
        self.pos += bytes.len() as u64;
        if self.overflow {
            return false;
        }
        self.buf.extend_from_slice(bytes);
        if self.buf.len() > MAX_RECORD_BYTES {
            if self.in_quotes {
                return true;
            }
            // A huge unquoted record (a line of 100 MB without a newline): skip it.
            self.overflow = true;
            self.buf = Vec::new();
            let line = self.start_line;
            problem(
                line,
                format!(
                    "line {line}: the line is longer than {} MiB without a line break; it was skipped",
                    MAX_RECORD_BYTES >> 20
                ),
            );
        }
        false
    }

    /// An over-long quoted run: report its first line and frame again what follows it.
    fn cut(&mut self, out: &mut dyn FnMut(RawRecord<'_>), problem: &mut dyn FnMut(u64, String)) {
        let bytes = std::mem::take(&mut self.buf);
        let (off, line) = (self.start_offset, self.start_line);
        problem(
            line,
            format!(
                "line {line}: a quoted cell runs past {} MiB (unbalanced quote?); the line was skipped and the lines after it were read again",
                MAX_RECORD_BYTES >> 20
            ),
        );
        let first_nl = memchr::memchr(b'\n', &bytes).map_or(bytes.len(), |p| p + 1);
        self.in_quotes = false;
        self.pos = off + first_nl as u64;
        self.line = line + 1;
        self.start_offset = self.pos;
        self.start_line = self.line;
        let tail = bytes[first_nl..].to_vec();
        self.feed(&tail, out, problem);
    }

    fn emit(&mut self, out: &mut dyn FnMut(RawRecord<'_>)) {
        if self.overflow {
            // Reported by the reader as an empty, oversized record.
            out(RawRecord { bytes: &[], offset: self.start_offset, line: self.start_line, lines: u64::MAX });
        } else {
            let mut end = self.buf.len();
            if end > 0 && self.buf[end - 1] == b'\r' {
                end -= 1;
            }
            out(RawRecord {
                bytes: &self.buf[..end],
                offset: self.start_offset,
                line: self.start_line,
                lines: self.line - self.start_line + 1,
            });
        }
        self.overflow = false;
        self.buf.clear();
        self.start_offset = self.pos;
        self.start_line = self.line + 1;
    }
}

/// Frames again the bytes after the first line of a broken record.
pub fn reframe_after_first_line(
    bytes: &[u8],
    offset: u64,
    line: u64,
    out: &mut dyn FnMut(RawRecord<'_>),
    problem: &mut dyn FnMut(u64, String),
) {
    let Some(nl) = memchr::memchr(b'\n', bytes) else {
        return;
    };
    let mut sub = CsvFramer::new(offset + nl as u64 + 1, line + 1);
    sub.feed(&bytes[nl + 1..], out, problem);
    sub.finish(out, problem);
}

/// Splits one record into fields, unescaping `""`. Returns false if a quote was
/// malformed (text after a closing quote), which is kept leniently.
///
/// Cells are short, so a plain byte loop beats a vectorised search call per cell.
pub fn split_fields<'a>(rec: &'a [u8], delim: u8, out: &mut Vec<Cow<'a, [u8]>>) -> bool {
    out.clear();
    let mut clean = true;
    let n = rec.len();
    let mut i = 0;
    loop {
        if i < n && rec[i] == b'"' {
            // Quoted field: find the closing quote, noting doubled quotes.
            let start = i + 1;
            let mut j = start;
            let mut escaped = false;
            let close = loop {
                match memchr::memchr(b'"', &rec[j..]) {
                    Some(k) => {
                        let q = j + k;
                        if rec.get(q + 1) == Some(&b'"') {
                            escaped = true;
                            j = q + 2;
                        } else {
                            break Some(q);
                        }
                    }
                    None => break None,
                }
            };
            let Some(q) = close else {
                // Unterminated quote inside a framed record: keep the rest.
                clean = false;
                out.push(unescape(&rec[start..], escaped));
                return clean;
            };
            let field = unescape(&rec[start..q], escaped);
            // Anything up to the delimiter after a closing quote is kept.
            let mut end = q + 1;
            while end < n && rec[end] != delim {
                end += 1;
            }
            if end > q + 1 {
                clean = false;
                let mut o = field.into_owned();
                o.extend_from_slice(&rec[q + 1..end]);
                out.push(Cow::Owned(o));
            } else {
                out.push(field);
            }
            i = end;
        } else {
            let start = i.min(n);
            let mut end = start;
            while end < n && rec[end] != delim {
                end += 1;
            }
            out.push(Cow::Borrowed(&rec[start..end]));
            i = end;
        }
        if i >= n {
            return clean;
        }
        // rec[i] is the delimiter.
        i += 1;
        if i == n {
            out.push(Cow::Borrowed(&rec[n..]));
            return clean;
        }
    }
}

fn unescape(b: &[u8], escaped: bool) -> Cow<'_, [u8]> {
    if !escaped {
        return Cow::Borrowed(b);
    }
    let mut o = Vec::with_capacity(b.len());
    let mut k = 0;
    while k < b.len() {
        o.push(b[k]);
        k += if b[k] == b'"' && b.get(k + 1) == Some(&b'"') { 2 } else { 1 };
    }
    Cow::Owned(o)
}

/// Guesses the delimiter from a header line: the most frequent of `,` `;` tab outside quotes.
pub fn sniff_delimiter(header: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut q = false;
    for &c in header {
        match c {
            b'"' => q = !q,
            b',' if !q => counts[0] += 1,
            b';' if !q => counts[1] += 1,
            b'\t' if !q => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    type Framed = (Vec<(Vec<u8>, u64, u64)>, Vec<String>);

    fn frame(text: &[u8], chunk: usize) -> Framed {
        let mut f = CsvFramer::new(0, 1);
        let mut recs = Vec::new();
        let mut probs = Vec::new();
        {
            let mut out = |r: RawRecord<'_>| {
                assert_eq!(&text[r.offset as usize..r.offset as usize + r.bytes.len()], r.bytes);
                recs.push((r.bytes.to_vec(), r.offset, r.line))
            };
            let mut problem = |_l: u64, m: String| probs.push(m);
            for c in text.chunks(chunk) {
                f.feed(c, &mut out, &mut problem);
            }
            f.finish(&mut out, &mut problem);
        }
        (recs, probs)
    }

    #[test]
    fn frames_crlf_and_multiline_quoted_cells_at_any_chunk_size() {
        let t = b"a,b\r\n\"x\r\ny\",2\r\n3,\"q\"\"q\"\r\nlast,1";
        for chunk in [1, 2, 5, 100] {
            let (r, p) = frame(t, chunk);
            assert!(p.is_empty());
            let lines: Vec<u64> = r.iter().map(|x| x.2).collect();
            assert_eq!(lines, vec![1, 2, 4, 5]);
            assert_eq!(r[1].0, b"\"x\r\ny\",2".to_vec());
            assert_eq!(r[3].0, b"last,1".to_vec());
        }
    }

    #[test]
    fn unbalanced_quote_at_end_is_reframed() {
        let t = b"h1,h2\n\"oops,1\n2,3\n4,5\n";
        let (r, p) = frame(t, 3);
        assert_eq!(p.len(), 1);
        let texts: Vec<&[u8]> = r.iter().map(|x| x.0.as_slice()).collect();
        assert_eq!(texts, vec![&b"h1,h2"[..], b"2,3", b"4,5"]);
        assert_eq!(r[2].2, 4);
    }

    #[test]
    fn splits_quoted_and_unquoted_fields() {
        let mut v = Vec::new();
        assert!(split_fields(b"\"a\",\"b \"\"q\"\"\",c,,\"\"", b',', &mut v));
        let s: Vec<&[u8]> = v.iter().map(|c| c.as_ref()).collect();
        assert_eq!(s, vec![&b"a"[..], b"b \"q\"", b"c", b"", b""]);
        assert!(split_fields(b"a,", b',', &mut v));
        assert_eq!(v.len(), 2);
        assert!(split_fields(b"", b',', &mut v));
        assert_eq!(v.len(), 1);
        assert!(!split_fields(b"\"a\"x,b", b',', &mut v));
        assert_eq!(v[0].as_ref(), b"ax");
        assert!(split_fields(b"a;\"b;c\"", b';', &mut v));
        assert_eq!(v[1].as_ref(), b"b;c");
    }

    #[test]
    fn delimiter_sniffing() {
        assert_eq!(sniff_delimiter(b"\"a\",\"b\",\"c\""), b',');
        assert_eq!(sniff_delimiter(b"a;b;\"c,d\""), b';');
        assert_eq!(sniff_delimiter(b"a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter(b"single"), b',');
    }
}
