'use strict';
// Web streams can only be transferred: cloning one (alone, nested, or through a
// MessagePort) without listing it in the transfer list throws
// ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST, and nothing is cloned.
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.constructor.name, err.name, err.code, err.message);
  }
}

const makers = {
  ReadableStream: () => new ReadableStream(),
  WritableStream: () => new WritableStream(),
  TransformStream: () => new TransformStream(),
  'TransformStream.readable': () => new TransformStream().readable,
  'byte ReadableStream': () => new ReadableStream({ type: 'bytes' }),
};
for (const [name, make] of Object.entries(makers)) {
  const stream = make();
  attempt(`${name} alone`, () => structuredClone(stream));
  attempt(`${name} nested`, () => structuredClone({ list: [1, new Map([['s', stream]])] }));
  console.log(`${name} still unlocked:`, (stream.readable ?? stream).locked);
}
// The stream is found before a later uncloneable value.
attempt('stream then function', () => structuredClone([new ReadableStream(), () => {}]));
attempt('function then stream', () => structuredClone([() => {}, new ReadableStream()]));
// Look-alikes are ordinary objects.
attempt('subclass-free look-alike',
        () => structuredClone(Object.create(ReadableStream.prototype)));

const { port1, port2 } = new MessageChannel();
attempt('postMessage', () => port1.postMessage({ stream: new WritableStream() }));
port1.close();
port2.close();
