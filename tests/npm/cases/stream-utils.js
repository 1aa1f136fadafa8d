'use strict';
// split2, through2, pump, end-of-stream, concat-stream and get-stream over node streams.
const split2 = require('split2');
const through2 = require('through2');
const pump = require('pump');
const eos = require('end-of-stream');
const concat = require('concat-stream');
const getStream = require('get-stream');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Readable, PassThrough, Writable } = require('stream');
const { tmpdir } = require('./_tmp');

const root = tmpdir('streams');
const text = Array.from({ length: 300 }, (_, i) => JSON.stringify({ i, sq: i * i, s: 'ü'.repeat(i % 5) })).join('\n') + '\n';
fs.writeFileSync(path.join(root, 'lines.ndjson'), text);

function step1() {
  const objs = [];
  pump(
    fs.createReadStream(path.join(root, 'lines.ndjson'), { highWaterMark: 97 }),
    split2(JSON.parse),
    through2.obj(function (o, enc, cb) {
      if (o.i % 50 === 0) this.push({ i: o.i, sq: o.sq, len: o.s.length });
      cb();
    }, function (cb) {
      this.push({ done: true });
      cb();
    }),
    new Writable({ objectMode: true, write(o, e, cb) { objs.push(o); cb(); } }),
    (err) => {
      console.log('pump split2/through2', err, JSON.stringify(objs));
      step2();
    });
}

function step2() {
  // Multi-byte characters split across chunks and a custom separator.
  const parts = [];
  const s = split2(/\r?\n/);
  s.on('data', (l) => parts.push(l)).on('end', () => {
    console.log('split2 utf8', JSON.stringify(parts));
    step3();
  });
  const buf = Buffer.from('héllo\r\nwörld\nlast');
  for (let i = 0; i < buf.length; i++) s.write(buf.subarray(i, i + 1));
  s.end();
}

function step3() {
  const gz = zlib.gzipSync(text);
  const src = new PassThrough();
  pump(src, zlib.createGunzip(), through2(function (chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  }), concat((data) => {
    console.log('concat gunzip', Buffer.isBuffer(data), data.length, data.toString().slice(0, 30));
    concat({ encoding: 'string' }, (s) => console.log('concat string', JSON.stringify(s)))
      .end('abc');
    const arr = concat({ encoding: 'array' }, (a) => console.log('concat array', a));
    arr.write([1, 2]);
    arr.end([3]);
    concat((o) => console.log('concat objects', o)).end({ a: 1 });
    step4();
  }));
  src.end(gz);
}

function step4() {
  const r = Readable.from(['a', 'b', 'c']);
  eos(r, (err) => {
    console.log('eos readable', err);
    const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
    eos(w, (err2) => {
      console.log('eos writable error', err2 && err2.message);
      const p = new PassThrough();
      eos(p, (err3) => {
        console.log('eos premature', err3 && err3.message);
        step5();
      });
      p.destroy();
    });
    w.on('error', () => {});
    w.write('x');
  });
  r.resume();
}

async function step5() {
  console.log('getStream', await getStream(Readable.from(['x', 'y', 'z'])));
  const buf = await getStream.buffer(fs.createReadStream(path.join(root, 'lines.ndjson')));
  console.log('getStream.buffer', buf.length, buf.length === Buffer.byteLength(text));
  console.log('getStream.array', await getStream.array(Readable.from([1, 2, 3])));
  try {
    await getStream(fs.createReadStream(path.join(root, 'lines.ndjson')), { maxBuffer: 100 });
  } catch (e) {
    console.log('maxBuffer', e.name, e.message, typeof e.bufferedData);
  }
  try {
    await getStream(fs.createReadStream(path.join(root, 'missing')));
  } catch (e) {
    console.log('missing', e.code);
  }
  const failing = new Readable({ read() { this.destroy(new Error('source broke')); } });
  pump(failing, new PassThrough(), (err) => console.log('pump error', err.message));
}

step1();
