'use strict';
// TextEncoder.encode of strings past the scratch array (over 16 Ki characters), where the
// result is written in one pass: ASCII copied 64 characters at a time until the first
// non-ASCII character, then the rest encoded. The first non-ASCII character is put on and
// around the 64-character block edges, at the very start and end, and far in; the results
// are compared with Buffer.from(string, 'utf8') and summed, and their ArrayBuffers checked
// (own memory, exact length, writable, transferable).
const crypto = require('crypto');
const digest = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const encoder = new TextEncoder();
const base = 'abcdefghijklmnopqrstuvwxyz0123456789 '.repeat(600).slice(0, 20000);

function show(name, text) {
  const e = encoder.encode(text);
  const same = Buffer.compare(Buffer.from(e.buffer, e.byteOffset, e.length),
                              Buffer.from(text, 'utf8')) === 0;
  console.log(name, e.length, e.byteOffset, e.buffer.byteLength, same, digest(e));
}

for (const at of [0, 1, 15, 16, 63, 64, 65, 127, 128, 129, 8191, 19935, 19998, 19999]) {
  show(`latin1 at ${at}`, base.slice(0, at) + '\u00e9' + base.slice(at + 1));
  show(`wide at ${at}`, base.slice(0, at) + '\u20ac' + base.slice(at + 1));
  show(`pair at ${at}`, base.slice(0, at) + '\ud83d\ude00' + base.slice(at + 2));
  show(`lone high at ${at}`, base.slice(0, at) + '\ud800' + base.slice(at + 1));
  show(`lone low at ${at}`, base.slice(0, at) + '\udfff' + base.slice(at + 1));
}
for (const n of [16384, 16385, 16447, 16448, 16449, 65536, 65537]) show(`ascii ${n}`, base.repeat(4).slice(0, n));
show('all 0x80-0xff', Array.from({ length: 20000 }, (_, i) => String.fromCharCode(0x80 + (i % 128))).join(''));
show('ascii then 0xff tail', 'x'.repeat(30000) + '\u00ff'.repeat(100));
show('control characters', '\u0000\u0001\u007f'.repeat(7000));
show('lone surrogate last', base + '\ud83d');
show('lone surrogate first', '\ude00' + base);
show('reversed pair', base + '\ude00\ud83d');

// A rope string and a number-made string go through ToString like shorter ones do.
show('rope', base.slice(0, 10000) + String(Math.PI).repeat(1000));
console.log('object', digest(encoder.encode({ toString() { return base + '\u00e9'; } })));

const r = encoder.encode(base);
r[0] = 300;
r[19999] = -1;
console.log('writable', r[0], r[19999], r instanceof Uint8Array, Object.getPrototypeOf(r) === Uint8Array.prototype);
const cloned = structuredClone(r, { transfer: [r.buffer] });
console.log('transferred', r.length, r.byteLength, cloned.length, cloned[0], cloned[1]);
const s = encoder.encode(base + '\u00e9');
console.log('slice of buffer', s.buffer.slice(19998).byteLength, new Uint8Array(s.buffer.slice(20000))[1]);

// encodeInto is unchanged by this path and still stops at whole characters.
const dest = new Uint8Array(20001);
console.log('encodeInto', encoder.encodeInto(base + '\u20ac', dest), dest[19999]);
console.log('encodeInto full', encoder.encodeInto(base + '\u00e9', new Uint8Array(20002)));
