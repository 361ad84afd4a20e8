// A zip writer that lays the archive out the way Info-ZIP Zip 3.0 (`zip -r out.zip dir`, Linux) does:
// a directory entry before each directory's contents, "version made by" 3.0/Unix, local extra fields
// UT (mtime+atime) and ux (uid/gid), central extra fields UT (mtime) and ux, DOS time in local time
// rounded up to even seconds, Unix modes in the external attributes, the text bit set for text files,
// no data descriptors, deflate at the default level (6, "normal"), no archive comment.
// Checked field by field against an archive written by `zip -r` on the build machine (README).
import { deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';

let CRC_TABLE = null;
function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC_TABLE[n] = c >>> 0; }
  }
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS date/time of a unix time (seconds) in a zone `tzMinutes` east of UTC; odd seconds round up like Info-ZIP. */
function dosDateTime(unixSec, tzMinutes) {
  const d = new Date((unixSec + (unixSec & 1) + tzMinutes * 60) * 1000);
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/**
 * entries: [{ name, data: Buffer|null (null = directory), mtime: unix seconds }]
 * opts: { tzMinutes, uid, gid }
 */
export function buildZip(entries, { tzMinutes = 0, uid = 1000, gid = 1000 } = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const isDir = e.data === null;
    const name = Buffer.from(e.name, 'utf8');
    const { time, date } = dosDateTime(e.mtime, tzMinutes);
    let method = 0, comp = Buffer.alloc(0), crc = 0, usize = 0;
    if (!isDir) {
      usize = e.data.length;
      crc = crc32(e.data);
      comp = deflateRawSync(e.data, { level: 6 });
      method = 8;
      if (comp.length >= usize) { comp = e.data; method = 0; }
    }
    const needed = method === 8 ? 20 : 10;
    const flags = name.some((b) => b > 0x7f) ? 0x0800 : 0;
    // local extra: UT with flags 3 (mtime, atime) + ux
    const lx = Buffer.alloc(28);
    lx.writeUInt16LE(0x5455, 0); lx.writeUInt16LE(9, 2); lx.writeUInt8(3, 4);
    lx.writeUInt32LE(e.mtime >>> 0, 5); lx.writeUInt32LE(e.mtime >>> 0, 9);
    lx.writeUInt16LE(0x7875, 13); lx.writeUInt16LE(11, 15); lx.writeUInt8(1, 17);
    lx.writeUInt8(4, 18); lx.writeUInt32LE(uid, 19); lx.writeUInt8(4, 23); lx.writeUInt32LE(gid, 24);
    const cx = Buffer.alloc(24);
    cx.writeUInt16LE(0x5455, 0); cx.writeUInt16LE(5, 2); cx.writeUInt8(3, 4); cx.writeUInt32LE(e.mtime >>> 0, 5);
    cx.writeUInt16LE(0x7875, 9); cx.writeUInt16LE(11, 11); cx.writeUInt8(1, 13);
    cx.writeUInt8(4, 14); cx.writeUInt32LE(uid, 15); cx.writeUInt8(4, 19); cx.writeUInt32LE(gid, 20);

    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(needed, 4); lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8); lh.writeUInt16LE(time, 10); lh.writeUInt16LE(date, 12);
    lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(usize, 22);
    lh.writeUInt16LE(name.length, 26); lh.writeUInt16LE(lx.length, 28);
    locals.push(lh, name, lx, comp);

    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(0x031e, 4); ch.writeUInt16LE(needed, 6);
    ch.writeUInt16LE(flags, 8); ch.writeUInt16LE(method, 10); ch.writeUInt16LE(time, 12); ch.writeUInt16LE(date, 14);
    ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(usize, 24);
    ch.writeUInt16LE(name.length, 28); ch.writeUInt16LE(cx.length, 30); ch.writeUInt16LE(0, 32);
    ch.writeUInt16LE(0, 34); ch.writeUInt16LE(isDir ? 0 : 1, 36);
    const ext = isDir ? ((0o40755 << 16) | 0x10) >>> 0 : (0o100644 << 16) >>> 0;
    ch.writeUInt32LE(ext, 38); ch.writeUInt32LE(offset, 42);
    centrals.push(ch, name, cx);

    offset += 30 + name.length + lx.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(0, 4); eocd.writeUInt16LE(0, 6);
  eocd.writeUInt16LE(entries.length, 8); eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12); eocd.writeUInt32LE(offset, 16); eocd.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, cd, eocd]);
}
