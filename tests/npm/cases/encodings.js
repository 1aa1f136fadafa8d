'use strict';
// iconv-lite, safe-buffer and the npm string_decoder package.
const iconv = require('iconv-lite');
const { Buffer: SafeBuffer } = require('safe-buffer');
const { StringDecoder } = require('string_decoder/');
const NodeDecoder = require('string_decoder').StringDecoder;
const fs = require('fs');
const path = require('path');
const { pipeline, Readable, Writable } = require('stream');
const { tmpdir } = require('./_tmp');

const text = 'Grüße, ¡olé! Ωμέγα Привет 日本語 €';
for (const enc of ['utf8', 'latin1', 'win1252', 'iso-8859-7', 'cp1251', 'koi8-r', 'utf16le', 'utf16be', 'utf16', 'shift_jis', 'gbk', 'euc-kr', 'big5', 'cp437', 'utf32']) {
  const b = iconv.encode(text, enc);
  console.log(enc, b.length, b.subarray(0, 12).toString('hex'), iconv.decode(b, enc));
}
console.log('exists', iconv.encodingExists('cp866'), iconv.encodingExists('nope'));
console.log('bom', iconv.encode('x', 'utf16', { addBOM: true }).toString('hex'), iconv.decode(Buffer.from('efbbbf78', 'hex'), 'utf8'),
  iconv.decode(Buffer.from('efbbbf78', 'hex'), 'utf8', { stripBOM: false }).length);
try {
  iconv.encode('x', 'bogus-enc');
} catch (e) {
  console.log('bad encoding', e.message);
}

// Streaming decode through a pipeline from a file, in 3-byte chunks.
const root = tmpdir('enc');
const file = path.join(root, 'sjis.txt');
fs.writeFileSync(file, iconv.encode(text.repeat(20), 'shift_jis'));
let decoded = '';
pipeline(fs.createReadStream(file, { highWaterMark: 3 }), iconv.decodeStream('shift_jis'), iconv.encodeStream('utf16le'),
  new Writable({
    write(c, e, cb) {
      decoded += c.toString('utf16le');
      cb();
    },
  }), (err) => {
    console.log('stream decode', err, decoded.length, decoded === text.repeat(20).replace(/[€¡éΩμέγαПриветüßö]/g, (c) => iconv.decode(iconv.encode(c, 'shift_jis'), 'shift_jis')));
  });

// safe-buffer is node's Buffer.
console.log('safe-buffer', SafeBuffer === Buffer, SafeBuffer.from('abc').toString('base64'), SafeBuffer.alloc(3, 'ab').toString(),
  SafeBuffer.allocUnsafe(4).length, SafeBuffer.allocUnsafeSlow(2).length);
try {
  SafeBuffer.from(5);
} catch (e) {
  console.log(e.name, e.code);
}

// The npm string_decoder against node's.
const bytes = Buffer.from('a€b😀c\u00e9', 'utf8');
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  const src = enc === 'utf16le' ? Buffer.from('a€b😀c', 'utf16le') : bytes;
  const out = [];
  for (const D of [StringDecoder, NodeDecoder]) {
    const d = new D(enc);
    let s = '';
    for (let i = 0; i < src.length; i++) s += d.write(src.subarray(i, i + 1));
    s += d.end();
    out.push(JSON.stringify(s));
  }
  console.log('decoder', enc, out[0], out[0] === out[1]);
}
const partial = new StringDecoder('utf8');
console.log('incomplete', JSON.stringify(partial.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(partial.end()));
try {
  new StringDecoder('nope');
} catch (e) {
  console.log('unknown', e.message);
}
Readable.from(['x']).on('end', () => {}).resume();
