'use strict';
// TextEncoder/TextDecoder/StringDecoder with bad or unusual arguments.
const show = require('./_show');
const util = require('util');
const { StringDecoder } = require('string_decoder');

// encodeInto takes only a string source, checked before the destination.
for (const src of [undefined, null, 1, {}, [], Buffer.from('a'), 'ab€']) {
  show(`encodeInto(${util.inspect(src)})`, () => JSON.stringify(new TextEncoder().encodeInto(src, new Uint8Array(8))));
}
show('encodeInto()', () => new TextEncoder().encodeInto());
show('encodeInto(1, 1)', () => new TextEncoder().encodeInto(1, 1));

// The label is converted with String(), and bad options are reported before an
// unknown label.
for (const label of [{}, [], [1, 2], ['utf-8'], new ArrayBuffer(2), 10n, null, 'UTF8 ']) {
  show(`TextDecoder(${util.inspect(label)})`, () => new TextDecoder(label).encoding);
}
show('TextDecoder(bad, bad options)', () => new TextDecoder('nope', 5));
show('TextDecoder(utf-8, bad options)', () => new TextDecoder('utf-8', 'x'));

// A UTF-8 or windows-1252 decoder that has never streamed ignores decode()'s
// options; one that has, and any other encoding, validates them (before the
// input).
for (const options of [0, 'x', true, 1n, null]) {
  show(`utf-8 decode(buf, ${util.inspect(options)})`, () => new TextDecoder().decode(Buffer.from('a'), options));
  show(`utf-16le decode(buf, ${util.inspect(options)})`, () => new TextDecoder('utf-16le').decode(Buffer.from('a\0'), options));
  show(`latin1 decode(bad, ${util.inspect(options)})`, () => new TextDecoder('windows-1252').decode(5, options));
  show(`latin1 after stream decode(bad, ${util.inspect(options)})`, () => {
    const d = new TextDecoder('latin1');
    d.decode(Buffer.from('a'), { stream: true });
    return d.decode(5, options);
  });
  show(`utf-8 after stream decode(buf, ${util.inspect(options)})`, () => {
    const d = new TextDecoder();
    d.decode(Buffer.from([0xe2]), { stream: true });
    return d.decode(Buffer.from([0x82, 0xac]), options);
  });
}

// Inspection: TextEncoder shows its fields alone, TextDecoder with its name.
console.log(util.inspect(new TextEncoder()), util.inspect([new TextEncoder()]));
console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true })));
console.log(util.inspect({ a: { b: new TextEncoder(), c: new TextDecoder() } }, { depth: 1 }));
for (const C of [TextEncoder, TextDecoder]) {
  const f = C.prototype[util.inspect.custom];
  console.log(C.name, 'inspect length', f.length);
}

// StringDecoder converts only values whose length is that of an encoding name.
for (const enc of [new String('hex'), new String('UCS-2'), ['utf8'], 0, '', null, 'binary', { length: 4, toString() { return 'ucs2'; } }]) {
  show(`StringDecoder(${util.inspect(enc)})`, () => new StringDecoder(enc).encoding);
}
