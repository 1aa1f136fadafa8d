'use strict';
// The npm readable-stream package (node's streams as a library) mixed with node's own.
const rs = require('readable-stream');
const stream = require('stream');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { tmpdir } = require('./_tmp');

const root = tmpdir('rs');

class Counter extends rs.Readable {
  constructor(n) {
    super({ highWaterMark: 4, objectMode: true });
    this.n = n;
    this.i = 0;
  }
  _read() {
    this.i++;
    if (this.i > this.n) this.push(null);
    else setImmediate(() => this.push(String(this.i)));
  }
}

async function main() {
  const got = [];
  for await (const x of new Counter(5)) got.push(x);
  console.log('async iterate', got);

  const upper = new rs.Transform({
    transform(chunk, enc, cb) {
      cb(null, chunk.toString().toUpperCase());
    },
  });
  const file = path.join(root, 'out.gz');
  await rs.promises.pipeline(rs.Readable.from(['abc\n', 'def\n']), upper, zlib.createGzip(), fs.createWriteStream(file));
  console.log('pipeline to file', zlib.gunzipSync(fs.readFileSync(file)).toString());

  // Node stream into readable-stream Writable and back.
  const chunks = [];
  await new Promise((resolve, reject) => {
    rs.pipeline(
      fs.createReadStream(file),
      zlib.createGunzip(),
      new rs.Writable({
        write(c, e, cb) {
          chunks.push(c.toString());
          cb();
        },
      }),
      (err) => (err ? reject(err) : resolve()));
  });
  console.log('node -> rs', chunks.join(''));

  const d = new rs.Duplex({
    read() {},
    write(c, e, cb) {
      this.push(`echo:${c}`);
      cb();
    },
    final(cb) {
      this.push(null);
      cb();
    },
  });
  const echoed = [];
  d.on('data', (c) => echoed.push(c.toString()));
  d.write('1');
  d.end('2');
  await rs.promises.finished(d);
  console.log('duplex', echoed);

  const err = await new Promise((resolve) => {
    rs.pipeline(new rs.Readable({ read() { this.destroy(new Error('broken')); } }), new rs.PassThrough(), resolve);
  });
  console.log('pipeline error', err.message);

  const pt = new rs.PassThrough();
  pt.end('x');
  console.log('is node stream', pt instanceof stream.Stream, rs.Readable.prototype instanceof stream.Stream, typeof rs.addAbortSignal);
  const ac = new AbortController();
  const r2 = rs.addAbortSignal(ac.signal, new rs.Readable({ read() {} }));
  r2.on('error', (e) => console.log('aborted', e.name, e.code));
  ac.abort();
  const arr = await rs.Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).map((x) => x * 10).toArray();
  console.log('operators', arr);
}
main().catch((e) => {
  console.log('FAILED', e);
  process.exitCode = 1;
});
