'use strict';
// MessageChannel within one thread: structured clones of many value kinds, EventEmitter-
// and EventTarget-style listeners, MessageEvent fields, and 'close' on both ports.
const { MessageChannel } = require('worker_threads');
const util = require('util');

const { port1, port2 } = new MessageChannel();

const cyclic = { name: 'cyclic' };
cyclic.self = cyclic;
const shared = { shared: true };
const sparse = [1, , 3];
sparse.extra = 'prop';

const values = [
  undefined, null, true, 0, -0, 1.5, NaN, Infinity, 2n ** 70n, -5n, '', 'plain text',
  'unicode \u00e9\u4e16\ud83d\ude00', [1, 'two', [3]], sparse, { a: 1, b: { c: [] } },
  new Date(86400000), /ab+c/gi, new Map([[1, 'one'], ['k', { v: 2 }]]), new Set([1, 'x']),
  new Uint8Array([1, 2, 3]), new Float64Array([0.5, -1]), new DataView(new ArrayBuffer(4)),
  new Int16Array(new ArrayBuffer(8), 2, 2), new ArrayBuffer(3), Object(1), Object('s'),
  Object(false), Object(3n), new Error('plain'), new TypeError('typed', { cause: 'why' }),
  new RangeError(), cyclic, { first: shared, second: shared }, 'x'.repeat(70000),
  { [Symbol('ignored')]: 1, visible: 2 }, Object.create({ inherited: 1 }, { own: { value: 1, enumerable: true } }),
];

let received = 0;
port2.on('message', (value) => {
  const i = received++;
  if (typeof value === 'string' && value.length > 1000) {
    console.log(i, 'long string', value.length, value === 'x'.repeat(70000));
  } else if (value instanceof Error) {
    console.log(i, 'error', value.constructor.name, value.name, JSON.stringify(value.message),
                value.cause, typeof value.stack, Object.keys(value));
  } else if (value && value.first) {
    console.log(i, util.inspect(value), value.first === value.second);
  } else {
    console.log(i, util.inspect(value, { showHidden: false }), Object.is(value, -0) ? '(-0)' : '');
  }
  if (received === values.length) port1.close();
});
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));

for (const value of values) port1.postMessage(value);

// The EventTarget side: MessageEvent for addEventListener and onmessage.
const other = new MessageChannel();
other.port1.addEventListener('message', (event) => {
  console.log('event', event.constructor.name, event.type, event.data, event.ports.length,
              event.origin === '', event.lastEventId === '', event.source,
              event.target === other.port1, event.currentTarget === other.port1,
              event instanceof Event);
});
other.port1.onmessage = (event) => {
  console.log('onmessage', event.data);
  other.port1.onmessage = null;
  other.port1.close();
};
console.log('onmessage getter is function', typeof other.port1.onmessage);
other.port2.postMessage({ hello: 'event' });
other.port1.addEventListener('close', (event) => {
  console.log('close event', event.constructor.name, event.type);
});
other.port2.on('close', () => console.log('other port2 close'));
