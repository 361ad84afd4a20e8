//! Streaming zip reader: every member is read as a file of its own.
//!
//! Local file headers are read in order (no seeking, so it works on a stream);
//! stored and deflated members are supported, with or without a trailing data
//! descriptor, and ZIP64 sizes. Directories and `__MACOSX/` entries are skipped.
//! Each member is registered in `Dataset::files` as `archive.zip › member.csv`.

use flate2::{Decompress, FlushDecompress, Status};

use super::{TextIngest, fail, warn};
use crate::core::model::{Dataset, LoadState, Severity, SourceFile};

pub struct ZipReader {
    outer: u16,
    name: String,
    buf: Vec<u8>,
    state: State,
    members: u32,
    out: Vec<u8>,
}

enum State {
    Header,
    Data { member: Option<Member>, method: Method, descriptor: bool },
    Descriptor { zip64: bool },
    Done,
}

enum Method {
    Stored(u64),
    Deflate(Box<Decompress>),
}

struct Member {
    text: TextIngest,
}

const LOCAL: [u8; 4] = *b"PK\x03\x04";

/// Whether the reader can go on with what it has, or waits for more bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Next,
    Wait,
}

impl ZipReader {
    pub fn new(outer: u16, name: &str) -> Self {
        Self {
            outer,
            name: name.to_owned(),
            buf: Vec::new(),
            state: State::Header,
            members: 0,
            out: vec![0; 256 * 1024],
        }
    }

    pub fn feed(&mut self, chunk: &[u8], ds: &mut Dataset) {
        self.buf.extend_from_slice(chunk);
        let mut pos = 0;
        loop {
            let flow = match &mut self.state {
                State::Done => {
                    pos = self.buf.len();
                    Flow::Wait
                }
                State::Header => self.header(&mut pos, ds),
                State::Data { .. } => self.data(&mut pos, ds),
                State::Descriptor { zip64, .. } => {
                    let b = &self.buf[pos..];
                    let sig = b.len() >= 4 && b[..4] == *b"PK\x07\x08";
                    let len = if sig { 4 } else { 0 } + if *zip64 { 20 } else { 12 };
                    if b.len() < len {
                        Flow::Wait
                    } else {
                        pos += len;
                        self.state = State::Header;
                        Flow::Next
                    }
                }
            };
            if flow == Flow::Wait {
                break;
            }
        }
        self.buf.drain(..pos.min(self.buf.len()));
    }

    /// Reads a local file header at `pos` (when all of it is there) and starts its member.
    fn header(&mut self, pos: &mut usize, ds: &mut Dataset) -> Flow {
        let b = &self.buf[*pos..];
        if b.len() < 4 {
            return Flow::Wait;
        }
        if b[..4] != LOCAL {
            // Central directory or end record: no more members.
            self.state = State::Done;
            return Flow::Next;
        }
        if b.len() < 30 {
            return Flow::Wait;
        }
        let u16at = |i: usize| u16::from_le_bytes([b[i], b[i + 1]]) as usize;
        let u32at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as u64;
        let flags = u16at(6);
        let method = u16at(8);
        let mut comp = u32at(18);
        let name_len = u16at(26);
        let extra_len = u16at(28);
        if b.len() < 30 + name_len + extra_len {
            return Flow::Wait;
        }
        let name = String::from_utf8_lossy(&b[30..30 + name_len]).into_owned();
        let extra = &b[30 + name_len..30 + name_len + extra_len];
        let mut zip64 = false;
        let mut e = 0;
        while e + 4 <= extra.len() {
            let id = u16::from_le_bytes([extra[e], extra[e + 1]]);
            let len = u16::from_le_bytes([extra[e + 2], extra[e + 3]]) as usize;
            if id == 1 && len >= 16 && e + 4 + 16 <= extra.len() {
                zip64 = true;
                let mut v = [0u8; 8];
                v.copy_from_slice(&extra[e + 12..e + 20]);
                comp = u64::from_le_bytes(v);
            }
            e += 4 + len;
        }
        *pos += 30 + name_len + extra_len;
        let descriptor = flags & 0x08 != 0;
        let skip = name.ends_with('/')
            || name.starts_with("__MACOSX/")
            || name.rsplit('/').next().is_some_and(|n| n.starts_with("._"));
        let member = if skip { None } else { Some(self.register(&name, ds)) };
        if let Some(m) = &member
            && flags & 0x01 != 0
        {
            fail(ds, m.text.file, "this zip member is encrypted (password-protected); extract it first");
        }
        let method = match method {
            0 if descriptor && comp == 0 => {
                if let Some(m) = &member {
                    fail(
                        ds,
                        m.text.file,
                        "this zip member is stored with an unknown size; re-create the archive or extract it first",
                    );
                }
                self.state = State::Done;
                return Flow::Next;
            }
            0 => Method::Stored(comp),
            8 => Method::Deflate(Box::new(Decompress::new(false))),
            other => {
                if let Some(m) = &member {
                    fail(
                        ds,
                        m.text.file,
                        &format!(
                            "this zip member uses compression method {other}, which Lantern cannot read (only stored and deflate)"
                        ),
                    );
                }
                if descriptor {
                    self.state = State::Done;
                    return Flow::Next;
                }
                Method::Stored(comp)
            }
        };
        let encrypted = flags & 0x01 != 0;
        let member = if encrypted { None } else { member };
        self.state = State::Data { member, method, descriptor };
        let _ = zip64;
        Flow::Next
    }

    /// Feeds the current member's data at `pos` (stored or deflated) to its reader.
    fn data(&mut self, pos: &mut usize, ds: &mut Dataset) -> Flow {
        let State::Data { member, method, descriptor } = &mut self.state else {
            return Flow::Next;
        };
        let avail = &self.buf[*pos..];
        match method {
            Method::Stored(remaining) => {
                let n = (*remaining).min(avail.len() as u64) as usize;
                if let Some(m) = member.as_mut() {
                    m.text.feed(&avail[..n], ds);
                }
                *remaining -= n as u64;
                *pos += n;
                if *remaining == 0 {
                    let m = member.take();
                    let d = *descriptor;
                    end_member(m, ds);
                    self.state = if d { State::Descriptor { zip64: false } } else { State::Header };
                    return Flow::Next;
                }
                return Flow::Wait;
            }
            Method::Deflate(dec) => {
                let before_in = dec.total_in();
                let before_out = dec.total_out();
                let status = match dec.decompress(avail, &mut self.out, FlushDecompress::None) {
                    Ok(s) => s,
                    Err(e) => {
                        if let Some(m) = member.take() {
                            fail(ds, m.text.file, &format!("this zip member is corrupt ({e})"));
                        }
                        self.state = State::Done;
                        return Flow::Next;
                    }
                };
                let used = (dec.total_in() - before_in) as usize;
                let produced = (dec.total_out() - before_out) as usize;
                *pos += used;
                if produced > 0
                    && let Some(m) = member.as_mut()
                {
                    m.text.feed(&self.out[..produced], ds);
                }
                if status == Status::StreamEnd {
                    let m = member.take();
                    let d = *descriptor;
                    end_member(m, ds);
                    self.state = if d { State::Descriptor { zip64: false } } else { State::Header };
                    return Flow::Next;
                }
                if used == 0 && produced == 0 {
                    return Flow::Wait;
                }
            }
        }
        Flow::Next
    }

    fn register(&mut self, member: &str, ds: &mut Dataset) -> Member {
        self.members += 1;
        let file = ds.files.len() as u16;
        let mut f = SourceFile::new(&format!("{} › {}", self.name, member), 0);
        f.member = Some(member.to_owned());
        f.compressed = true;
        ds.files.push(f);
        Member { text: TextIngest::new(file) }
    }

    pub fn finish(&mut self, ds: &mut Dataset) {
        match std::mem::replace(&mut self.state, State::Done) {
            State::Data { member, .. } => {
                if let Some(m) = &member {
                    warn(
                        ds,
                        m.text.file,
                        Severity::Warning,
                        None,
                        None,
                        "the zip archive ends in the middle of this member (truncated download?); the records read so far are kept",
                    );
                }
                end_member(member, ds);
            }
            State::Descriptor { .. } | State::Header | State::Done => {}
        }
        let outer = ds.files.get_mut(self.outer as usize);
        if let Some(f) = outer {
            f.format = format!("zip archive ({} member{})", self.members, if self.members == 1 { "" } else { "s" });
            f.format_id = "zip".into();
            if self.members == 0 && f.error.is_none() {
                f.error = Some("the zip archive holds no files Lantern could read".into());
                f.state = LoadState::Failed;
            }
        }
    }
}

fn end_member(m: Option<Member>, ds: &mut Dataset) {
    if let Some(mut m) = m {
        m.text.finish(ds);
        if let Some(f) = ds.files.get_mut(m.text.file as usize)
            && f.state == LoadState::Loading
        {
            f.state = if f.error.is_some() { LoadState::Failed } else { LoadState::Done };
        }
    }
}
