'use strict';
// buffer.transcode() over every supported pair of encodings: ASCII bytes above 0x7f,
// malformed UTF-8 (an error only when converting to UTF-16), odd-length and lone-surrogate
// UTF-16 (an error only when converting to UTF-8), and default-ignorable characters, which
// are dropped rather than replaced when the target cannot represent them.
const { transcode } = require('buffer');

function show(label, fn) {
  try {
    const v = fn();
    console.log(`${label}: <${v.toString('hex')}>`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.errno} ${e.message}`);
  }
}

const encodings = ['ascii', 'latin1', 'utf8', 'ucs2'];
const sources = {
  text: Buffer.from('hello'),
  high: Buffer.from([0x80, 0xff, 0xe9, 0x41]),
  utf8: Buffer.from('h\u00e9\u20ac\u{1f600}x', 'utf8'),
  badUtf8: Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff, 0x41]),
  odd: Buffer.from([0x41, 0x00, 0x42]),
  one: Buffer.from([0x41]),
  loneHigh: Buffer.from([0x00, 0xd8, 0x41, 0x00]),
  loneLow: Buffer.from([0x41, 0x00, 0x00, 0xdc]),
  utf8Bom: Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf]),
  utf16Bom: Buffer.from([0xff, 0xfe, 0x41, 0x00, 0xff, 0xfe]),
  softHyphen: Buffer.from([0x41, 0xad]),
};
for (const [name, source] of Object.entries(sources)) {
  for (const from of encodings) {
    for (const to of encodings) show(`${name} ${from}->${to}`, () => transcode(source, from, to));
  }
}

// Default-ignorable characters against a few neighbours that are not.
for (const cp of [0xac, 0xad, 0x34f, 0x350, 0x200b, 0x2010, 0x2060, 0x2070, 0xfe0f, 0xfe10,
  0xfeff, 0xfff8, 0xfff9, 0x1d173, 0x1d17b, 0xe0001, 0xe1000]) {
  const source = Buffer.from(`<${String.fromCodePoint(cp)}>`, 'utf8');
  show(`U+${cp.toString(16)} ->ascii`, () => transcode(source, 'utf8', 'ascii'));
  show(`U+${cp.toString(16)} ->latin1`, () => transcode(source, 'utf8', 'latin1'));
}

// Encoding names, unsupported encodings and bad sources.
for (const enc of ['binary', 'UTF-8', 'utf-16le', 'UCS-2', '', undefined, null, 'hex', 'base64',
  'base64url', 'foo', 1]) {
  show(`from ${String(enc)}`, () => transcode(Buffer.from('ab'), enc, 'utf8'));
  show(`to ${String(enc)}`, () => transcode(Buffer.from('ab'), 'latin1', enc));
}
show('empty', () => transcode(Buffer.alloc(0), 'utf8', 'hex'));
show('Uint8Array view', () => transcode(new Uint8Array([1, 65, 66]).subarray(1), 'latin1', 'ucs2'));
for (const bad of ['abc', null, new Uint16Array(1), new Int8Array(1), new ArrayBuffer(1)]) {
  show(`source ${Object.prototype.toString.call(bad)}`, () => transcode(bad, 'utf8', 'ucs2'));
}
try {
  transcode(Buffer.from([0xff]), 'utf8', 'ucs2');
} catch (e) {
  console.log(Object.keys(e), Object.getPrototypeOf(e) === Error.prototype);
}
