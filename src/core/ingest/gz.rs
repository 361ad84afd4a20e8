//! Streaming gzip (RFC 1952): header parsing around a raw-deflate inflater, several
//! members one after the other (as `cat a.gz b.gz` makes) supported.

use flate2::{Decompress, FlushDecompress, Status};

/// A streaming gunzip.
pub struct Gunzip {
    buf: Vec<u8>,
    state: State,
    dec: Decompress,
    out: Vec<u8>,
    members: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Header,
    Body,
    Trailer,
}

impl Default for Gunzip {
    fn default() -> Self {
        Self::new()
    }
}

impl Gunzip {
    /// A gunzip at the start of a stream.
    pub fn new() -> Self {
        Self {
            buf: Vec::new(),
            state: State::Header,
            dec: Decompress::new(false),
            out: vec![0; 256 * 1024],
            members: 0,
        }
    }

    /// True when the stream ended cleanly (at a member boundary).
    pub fn is_complete(&self) -> bool {
        self.state == State::Header && self.buf.is_empty() && self.members > 0
    }

    /// Feeds compressed bytes; decompressed bytes go to `sink`.
    pub fn feed(&mut self, chunk: &[u8], sink: &mut dyn FnMut(&[u8])) -> Result<(), String> {
        self.buf.extend_from_slice(chunk);
        let mut pos = 0;
        loop {
            match self.state {
                State::Header => {
                    let rest = &self.buf[pos..];
                    if rest.is_empty() {
                        break;
                    }
                    if rest.len() >= 2 && rest[..2] != [0x1f, 0x8b] {
                        if self.members > 0 && rest.iter().all(|&b| b == 0) {
                            // Zero padding after the last member.
                            pos = self.buf.len();
                            break;
                        }
                        return Err("the .gz data is corrupt (bad member header)".into());
                    }
                    match header_len(rest) {
                        Some(Ok(n)) => {
                            pos += n;
                            self.state = State::Body;
                            self.dec.reset(false);
                        }
                        Some(Err(m)) => return Err(m),
                        None => break,
                    }
                }
                State::Body => {
                    let input = &self.buf[pos..];
                    let before_in = self.dec.total_in();
                    let before_out = self.dec.total_out();
                    let status = self
                        .dec
                        .decompress(input, &mut self.out, FlushDecompress::None)
                        .map_err(|e| format!("the .gz data is corrupt ({e})"))?;
                    let used = (self.dec.total_in() - before_in) as usize;
                    let produced = (self.dec.total_out() - before_out) as usize;
                    pos += used;
                    if produced > 0 {
                        sink(&self.out[..produced]);
                    }
                    if status == Status::StreamEnd {
                        self.state = State::Trailer;
                        continue;
                    }
                    if used == 0 && produced == 0 {
                        break;
                    }
                }
                State::Trailer => {
                    if self.buf.len() - pos < 8 {
                        break;
                    }
                    pos += 8;
                    self.members += 1;
                    self.state = State::Header;
                }
            }
        }
        self.buf.drain(..pos);
        Ok(())
    }
}

/// Length of a complete gzip member header at the start of `b`, `None` if more bytes are needed.
fn header_len(b: &[u8]) -> Option<Result<usize, String>> {
    if b.len() < 10 {
        return None;
    }
    if b[2] != 8 {
        return Some(Err("the .gz file uses a compression method other than deflate".into()));
    }
    let flags = b[3];
    let mut i = 10;
    if flags & 0x04 != 0 {
        if b.len() < i + 2 {
            return None;
        }
        let xlen = u16::from_le_bytes([b[i], b[i + 1]]) as usize;
        i += 2 + xlen;
    }
    for bit in [0x08, 0x10] {
        if flags & bit != 0 {
            let z = memchr::memchr(0, b.get(i..)?)?;
            i += z + 1;
        }
    }
    if flags & 0x02 != 0 {
        i += 2;
    }
    (b.len() >= i).then_some(Ok(i))
}
