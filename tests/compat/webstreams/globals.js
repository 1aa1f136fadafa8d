'use strict';
// The stream classes as globals and from node:stream/web: identity, property attributes,
// prototypes, lengths and toStringTag.
const web = require('stream/web');
const names = Object.keys(web);
console.log(names);
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  const value = globalThis[name];
  console.log(name, value === web[name], typeof value, value.length, d.enumerable,
              'get' in d ? 'accessor' : 'data');
}
console.log(require('node:stream/web') === web);
for (const Class of [ReadableStream, WritableStream, TransformStream, ReadableStreamDefaultReader,
  ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController,
  ReadableStreamDefaultController, WritableStreamDefaultWriter, WritableStreamDefaultController,
  TransformStreamDefaultController, TextEncoderStream, TextDecoderStream]) {
  const proto = Class.prototype;
  const members = Object.getOwnPropertyNames(proto).filter((k) => k !== 'constructor').map((k) => {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    return `${k}${'get' in d ? '(get)' : `(${d.value.length})`}${d.enumerable ? '' : '!e'}`;
  });
  console.log(Class.name, members.join(' '));
}
console.log('from', ReadableStream.from.length, Object.getOwnPropertyDescriptor(ReadableStream, 'from').enumerable);
console.log(Object.prototype.toString.call(new ReadableStream()), String(new WritableStream()));
// Subclassing works.
class MyStream extends ReadableStream {
  constructor() {
    super({ start(c) { c.enqueue('sub'); c.close(); } });
  }
}
const m = new MyStream();
console.log(m instanceof ReadableStream, m.constructor.name);
m.getReader().read().then((r) => console.log(r));
