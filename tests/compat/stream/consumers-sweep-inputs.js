'use strict';
// stream/consumers over inputs of every kind: non-iterables reject (asynchronously, never
// throw), chunks that are not bytes go through a Blob for buffer/arrayBuffer/blob and make
// text/json reject, web streams and (a)sync iterables work, and split or dangling UTF-8 is
// decoded like TextDecoder does.
const c = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

function show(v) {
  if (Buffer.isBuffer(v)) return `Buffer ${JSON.stringify(v.toString('latin1'))}`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer ${JSON.stringify(Buffer.from(v).toString('latin1'))}`;
  if (v instanceof Blob) return `Blob size=${v.size} type=${JSON.stringify(v.type)}`;
  return JSON.stringify(v);
}

async function attempt(label, fn) {
  let p;
  try {
    p = fn();
  } catch (err) {
    console.log(label, 'throws', err.name);
    return;
  }
  try {
    console.log(label, p instanceof Promise ? 'resolves' : 'returns', show(await p));
  } catch (err) {
    console.log(label, 'rejects', err.name, err.code);
  }
}

const inputs = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['number', () => 1],
  ['string', () => 'str'],
  ['object', () => ({})],
  ['array', () => ['a', 'b']],
  ['Buffer', () => Buffer.from('ab')],
  ['bad asyncIterator', () => ({ [Symbol.asyncIterator]: 5 })],
  ['strings', () => Readable.from(['a', 'b'])],
  ['byte views', () => Readable.from(['a', Buffer.from('b'), new Uint8Array([99]),
    new Uint16Array([0x6564]), new DataView(new Uint8Array([102]).buffer)])],
  ['ArrayBuffer chunk', () => Readable.from([new Uint8Array([65, 66]).buffer])],
  ['numbers', () => Readable.from([1, 2])],
  ['objects', () => Readable.from([{ a: 1 }])],
  ['empty', () => Readable.from([])],
  ['web bytes', () => new ReadableStream({
    start(ctl) { ctl.enqueue(new Uint8Array([104, 105])); ctl.close(); },
  })],
  ['web strings', () => new ReadableStream({
    start(ctl) { ctl.enqueue('hi'); ctl.enqueue('!'); ctl.close(); },
  })],
  ['web error', () => new ReadableStream({
    start(ctl) { ctl.enqueue('a'); ctl.error(new RangeError('webfail')); },
  })],
  ['async generator', () => (async function* () { yield 'x'; yield Buffer.from('y'); })()],
  ['sync generator', () => (function* () { yield 'x'; })()],
  ['generator throws', () => (async function* () { yield 'x'; throw new TypeError('g'); })()],
  ['destroyed', () => { const r = new Readable({ read() {} }); r.destroy(); return r; }],
  ['destroyed with error', () => {
    const r = new Readable({ read() {} });
    r.destroy(new RangeError('pre'));
    return r;
  }],
  ['error mid-stream', () => {
    const p = new PassThrough();
    p.write('ab');
    setImmediate(() => p.destroy(new URIError('mid')));
    return p;
  }],
  ['destroy mid-stream', () => {
    const p = new PassThrough();
    p.write('ab');
    setImmediate(() => p.destroy());
    return p;
  }],
  ['split UTF-8', () => Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])],
  ['dangling UTF-8', () => Readable.from([Buffer.from([0x61, 0xe2, 0x82])])],
  ['BOM', () => Readable.from([Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])])],
  ['JSON text', () => Readable.from(['  {"a" :', ' [1, 2]} \n'])],
  ['hex encoded', () => {
    const r = new PassThrough({ encoding: 'hex' });
    r.end(Buffer.from('AB'));
    return r;
  }],
];

async function main() {
  for (const name of ['text', 'json', 'buffer', 'arrayBuffer', 'blob']) {
    for (const [label, make] of inputs) await attempt(`${name}(${label})`, () => c[name](make()));
  }
  // Reading a locked web stream fails with the stream's own error.
  const locked = new ReadableStream();
  locked.getReader();
  await attempt('text(locked)', () => c.text(locked));
  // An iterator whose next() rejects is not closed with return(); a bad chunk closes it.
  const failing = {
    i: 0,
    [Symbol.asyncIterator]() { return this; },
    next() {
      return this.i++ < 1 ? Promise.resolve({ value: 'z', done: false }) :
        Promise.reject(new Error('next fails'));
    },
    return() { console.log('return() called'); return Promise.resolve({ done: true }); },
  };
  await attempt('text(next rejects)', () => c.text(failing));
  const badChunk = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: 5, done: false }); },
    return() { console.log('return() called'); return Promise.resolve({ done: true }); },
  };
  await attempt('text(bad chunk)', () => c.text(badChunk));
}
main();
