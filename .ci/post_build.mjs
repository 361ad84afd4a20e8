// Trunk's post-build hook (see Trunk.toml), run on the staging folder before it becomes dist/:
//  1. stamps the service worker's cache name with a hash of the built files, so a new build
//     replaces the cached copy;
//  2. packs the whole app into one reproducible zip (fixed timestamps, sorted names, no
//     extra fields) — lantern-offline.zip — with its SHA-256 next to it.
// Usage: node .ci/post_build.mjs DIR   (DIR defaults to $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node .ci/post_build.mjs DIR');
const ZIP = 'lantern-offline.zip';

// 1. The service worker's cache name.
const built = readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js').sort();
const h = createHash('sha256');
for (const f of built) h.update(readFileSync(join(dir, f)));
const sw = join(dir, 'sw.js');
writeFileSync(sw, readFileSync(sw, 'utf8').replace('__BUILD__', h.digest('hex').slice(0, 16)));

// 2. The zip.
const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const files = readdirSync(dir)
  .filter((f) => f !== ZIP && !f.startsWith(`${ZIP}.`) && statSync(join(dir, f)).isFile())
  .sort();
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (1 << 5) | 1; // 1980-01-01
const locals = [];
const centrals = [];
let offset = 0;
for (const name of files) {
  const data = readFileSync(join(dir, name));
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const nameBuf = Buffer.from(`lantern/${name}`, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  local.writeUInt16LE(0, 28);
  locals.push(local, nameBuf, packed);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(DOS_TIME, 12);
  central.writeUInt16LE(DOS_DATE, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // rw-r--r--
  central.writeUInt32LE(offset, 42);
  centrals.push(central, nameBuf);
  offset += local.length + nameBuf.length + packed.length;
}
const cd = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.length, 8);
end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(cd.length, 12);
end.writeUInt32LE(offset, 16);
const zip = Buffer.concat([...locals, cd, end]);
const sha = createHash('sha256').update(zip).digest('hex');
writeFileSync(join(dir, ZIP), zip);
writeFileSync(join(dir, `${ZIP}.sha256`), `${sha}  ${ZIP}\n`);
console.log(`${ZIP}: ${files.length} files, ${zip.length} bytes, SHA-256 ${sha}`);
