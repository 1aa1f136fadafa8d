'use strict';
// Duplex.from() on valid and invalid bodies: which ones are accepted and what comes back,
// that Blob look-alikes are rejected while real Blobs and Files are accepted, and what a
// Blob's stream yields.
const { Duplex, Readable, Writable, PassThrough } = require('stream');

function fmt(e) { return `${e?.constructor?.name}|${e?.code}|${e?.message}`; }
function t(label, fn) {
  try {
    const d = fn();
    d.on('error', () => {});
    console.log(label, '->', d.constructor.name, d.readable, d.writable);
    return d;
  } catch (e) {
    console.log(label, '-> THROW', fmt(e));
  }
}

const d = Object.getOwnPropertyDescriptor(Duplex, 'from');
console.log('Duplex.from', d.writable, d.enumerable, d.configurable, d.value.length);

const blobLike = {
  arrayBuffer() { return Promise.resolve(new ArrayBuffer(1)); },
  stream() {}, slice() {}, size: 1, type: '',
};
const bodies = {
  'undefined': undefined, 'null': null, 'number': 1, 'string': 'str', 'boolean': true,
  'symbol': Symbol('x'), 'empty object': {}, '{ readable: 1 }': { readable: 1 },
  '{ writable: "x" }': { writable: 'x' }, 'nullish pair': { readable: null, writable: null },
  'empty array': [], 'array': [1, 2], 'Map': new Map(), 'ArrayBuffer': new ArrayBuffer(2),
  'Uint8Array': new Uint8Array(2), 'Buffer': Buffer.from('x'),
  '{ then: 1 }': { then: 1 }, 'Blob look-alike': blobLike,
  'generator function': function*() {}, 'async generator function': async function*() {},
  'async function': async () => {}, 'function returning 1': () => 1,
  'function returning null': () => null, 'function returning a Readable': () => new Readable({ read() {} }),
  'function returning a ReadableStream': () => new ReadableStream(),
  'function throwing': () => { throw new Error('fthrow'); },
  'Blob': new Blob(['ab']), 'File': new File(['x'], 'f.txt'),
  'Readable': new Readable({ read() {} }), 'Writable': new Writable({ write(c, e, cb) { cb(); } }),
  'ReadableStream': new ReadableStream(), 'WritableStream': new WritableStream(),
  'TransformStream': new TransformStream(),
  'web pair': { readable: new ReadableStream(), writable: new WritableStream() },
  'readable-only node pair': { readable: new Readable({ read() {} }) },
  'writable-only web pair': { writable: new WritableStream() },
  'async iterable object': { async *[Symbol.asyncIterator]() { yield 1; } },
};
for (const [name, body] of Object.entries(bodies)) t(name, () => Duplex.from(body));
const pt = new PassThrough();
console.log('Duplex returned as is', Duplex.from(pt) === pt);
console.log('function returning a Duplex', Duplex.from(() => pt) === pt);
{
  const rs = new ReadableStream();
  rs.getReader();
  t('locked ReadableStream', () => Duplex.from(rs));
}
t('throwing readable getter', () => Duplex.from({ get readable() { throw new Error('rg'); } }));

(async () => {
  for (const body of [new Blob(['hello', ' ', 'world']), new Blob([]), new File(['f'], 'a')]) {
    const chunks = [];
    for await (const c of Duplex.from(body)) chunks.push(Buffer.from(c).toString());
    console.log('blob chunks', JSON.stringify(chunks));
  }
})();
process.on('unhandledRejection', (e) => console.log('unhandledRejection', fmt(e)));
