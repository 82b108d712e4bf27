// Draws the app icon (the same design as web/icon.svg) into PNGs for the web app
// manifest: node tools/make-icons.mjs DIST. No image library: a few shapes, 4x4
// supersampling, and a minimal PNG encoder over node:zlib.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BLUE = [28, 92, 158], PAPER = [246, 244, 239];

// The design on a 64x64 grid (see web/icon.svg); returns the colour at (x, y) or null.
function shade(x, y, maskable) {
  const inRoundRect = (x0, y0, w, h, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x0 + w - r), cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h;
  };
  // A maskable icon fills the square and keeps the drawing in the middle 80%.
  if (maskable) { x = (x - 32) / 0.8 + 32; y = (y - 32) / 0.8 + 32; }
  const bg = maskable ? true : inRoundRect(0, 0, 64, 64, 12);
  if (!bg) return null;
  const bar = inRoundRect(12, 16, 26, 4, 2) || inRoundRect(12, 26, 18, 4, 2) || inRoundRect(12, 36, 14, 4, 2);
  const d = Math.hypot(x - 39, y - 37);
  const ring = d >= 8.5 && d <= 13.5;
  // The handle: a thick segment from (47,45) to (54,52).
  const t = Math.max(0, Math.min(1, ((x - 47) * 7 + (y - 45) * 7) / 98));
  const handle = Math.hypot(x - (47 + 7 * t), y - (45 + 7 * t)) <= 3;
  return bar || ring || handle ? PAPER : BLUE;
}

function render(size, maskable) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);  // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const c = shade(((px + (sx + 0.5) / 4) / size) * 64, ((py + (sy + 0.5) / 4) / size) * 64, maskable);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
      const o = 1 + px * 4;
      if (a) { row[o] = r / a; row[o + 1] = g / a; row[o + 2] = b / a; }
      row[o + 3] = Math.round((a / 16) * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(w, h, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 6;  // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dist = process.argv[2] || 'dist';
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  writeFileSync(join(dist, name), render(size, maskable));
}
