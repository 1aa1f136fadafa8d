'use strict';
// A few megabytes through Readable -> Transform -> Writable in byte chunks of uneven
// sizes, checked by length and a running checksum; also read(n) across many chunks.
const { Readable, Transform, Writable, pipeline } = require('stream');
const { log, fmt } = require('./_helpers');

let produced = 0;
const total = 3 * 1024 * 1024 + 17;
let seed = 7;
function next() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
const src = new Readable({
  read(size) {
    if (produced >= total) { this.push(null); return; }
    const n = Math.min(total - produced, 1 + (next() % 50000));
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i += 97) b[i] = (produced + i) & 0xff;
    produced += n;
    this.push(b);
  },
});
let transformed = 0;
const xor = new Transform({
  transform(chunk, enc, cb) {
    transformed += chunk.length;
    for (let i = 0; i < chunk.length; i += 97) chunk[i] ^= 0x5a;
    cb(null, chunk);
  },
});
let sum = 0;
let received = 0;
let writes = 0;
const dst = new Writable({
  highWaterMark: 100000,
  write(chunk, enc, cb) {
    writes++;
    received += chunk.length;
    for (let i = 0; i < chunk.length; i += 1009) sum = (sum + chunk[i] * (i + 1)) % 1000000007;
    if (writes % 7 === 0) setImmediate(cb); else cb();
  },
});
pipeline(src, xor, dst, (err) => {
  log('pipeline done', fmt(err), 'produced', produced, 'transformed', transformed, 'received', received, 'sum', sum, 'positive writes', writes > 0);

  const r = new Readable({ read() {} });
  for (let i = 0; i < 1000; i++) r.push(Buffer.from([i & 0xff, (i >> 8) & 0xff, 7]));
  r.push(null);
  let got = 0;
  let x = 0;
  let rec;
  while ((rec = r.read(1000)) !== null) { got += rec.length; for (const b of rec) x = (x * 31 + b) % 65521; }
  log('read(1000) total', got, 'hash', x);
});
