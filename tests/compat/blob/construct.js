'use strict';
// new Blob(sources, options): every kind of source, the type rules (lowercased, dropped
// when it has characters outside printable ASCII), line endings, and the class's shape.
const { Blob: BufferBlob, File: BufferFile } = require('buffer');
const util = require('util');

console.log(BufferBlob === Blob, BufferFile === File, Blob.name, Blob.length);
const shape = {};
for (const key of Reflect.ownKeys(Blob.prototype)) {
  if (typeof key === 'symbol' && key !== Symbol.toStringTag) continue;
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, key);
  shape[String(key)] = `${d.get ? 'get' : typeof d.value}${d.enumerable ? ' enumerable' : ''}`;
}
console.log(shape);
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Blob');
console.log(descriptor.enumerable, descriptor.configurable, typeof descriptor.get);

const texts = [];
function show(label, blob) {
  console.log(label, blob, blob.size, JSON.stringify(blob.type));
  texts.push(blob.text().then((text) => `${label}: ${JSON.stringify(text)}`));
}

show('empty', new Blob());
show('undefined', new Blob(undefined));
show('empty array', new Blob([]));
show('strings', new Blob(['hello', ' ', 'world']));
show('unicode', new Blob(['\u00e9\u4e2d\ud83d\ude00']));
show('lone surrogate', new Blob(['a\ud800b']));
show('typed arrays', new Blob([new Uint8Array([104, 105]), new Uint16Array([0x6968]),
  new Int8Array([33])]));
show('view window', new Blob([new Uint8Array([0, 65, 66, 67, 0]).subarray(1, 4)]));
show('DataView', new Blob([new DataView(new Uint8Array([1, 97, 98, 2]).buffer, 1, 2)]));
show('ArrayBuffer', new Blob([new Uint8Array([120, 121]).buffer]));
show('SharedArrayBuffer', new Blob([new SharedArrayBuffer(3)]));
show('Buffer', new Blob([Buffer.from('buffer!')]));
show('blobs', new Blob([new Blob(['in']), '-', new Blob([new Blob(['ner'])])]));
show('other values', new Blob([5, null, undefined, true, { a: 1 }, [1, 2],
  { toString() { return 'custom'; } }]));
show('iterable', new Blob(new Set(['s', 'e', 't'])));
show('generator', new Blob((function* gen() { yield 'g'; yield new Uint8Array([101]); })()));
show('native endings', new Blob(['a\nb\r\nc\rd\n\r'], { endings: 'native' }));
show('transparent endings', new Blob(['a\nb\r\nc\r'], { endings: 'transparent' }));
show('endings apply to strings only', new Blob([Buffer.from('x\r\ny')], { endings: 'native' }));

for (const type of ['text/plain', 'Text/HTML;Charset=UTF-8', 'a\u0100', '\u00e9', 'A\x1fB', 'A\x7fB',
  ' spaced ', '', 5, null, { toString() { return 'X/Y'; } }]) {
  console.log(JSON.stringify(new Blob([], { type }).type));
}
console.log(JSON.stringify(new Blob([], { type: undefined }).type),
  JSON.stringify(new Blob([], null).type), JSON.stringify(new Blob([], {}).type));
console.log(new Blob([], { endings: undefined }).size, new Blob(['\r\n'], { endings: 'native', type: 'a' }).size);

// Sources are copied when the Blob is made: later writes do not show.
const bytes = new Uint8Array([97, 98, 99]);
const copied = new Blob([bytes, bytes.buffer]);
bytes[0] = 122;
texts.push(copied.text().then((text) => `copied: ${text}`));

console.log(Object.prototype.toString.call(new Blob()), String(new Blob()), `${new Blob()}`);
console.log(Object.keys(new Blob(['x'])), JSON.stringify(new Blob(['x'])));
console.log(util.inspect(new Blob(['abc'], { type: 'a/b' }), { depth: -1 }),
  util.inspect(new Blob(['abc'], { type: 'a/b' }), { depth: 0 }),
  util.inspect({ nested: { blob: new Blob() } }, { depth: 1 }),
  util.inspect([new Blob()], { depth: 0 }));
console.log(new Blob() instanceof Blob, Object.getPrototypeOf(new Blob()) === Blob.prototype);
class MyBlob extends Blob {}
const mine = new MyBlob(['sub']);
console.log(mine instanceof Blob, mine.size, mine);

Promise.all(texts).then((lines) => console.log(lines.join('\n')));
