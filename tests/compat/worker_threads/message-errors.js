'use strict';
// postMessage's errors (node's codes, DataCloneError as a DOMException) and return values.
const { MessageChannel } = require('worker_threads');

const show = (name, fn) => {
  try {
    console.log(name, 'returned', fn());
  } catch (err) {
    console.log(name, 'threw', err.constructor.name, err.name, err.code, JSON.stringify(err.message),
                err instanceof DOMException);
  }
};

const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();

show('no arguments', () => port1.postMessage());
show('function', () => port1.postMessage(() => {}));
show('symbol', () => port1.postMessage(Symbol('sym')));
show('nested function', () => port1.postMessage({ a: [1, { f() {} }] }));
show('proxy', () => port1.postMessage(new Proxy({}, {})));
show('weakmap', () => port1.postMessage(new WeakMap()));
show('promise', () => port1.postMessage(Promise.resolve()));
show('port not in transfer list', () => port1.postMessage({ port: other.port1 }));
show('transferList number', () => port1.postMessage(1, 5));
show('transferList string', () => port1.postMessage(1, 'abc'));
show('options.transfer null', () => port1.postMessage(1, { transfer: null }));
show('options.transfer number', () => port1.postMessage(1, { transfer: 5 }));
show('options.transfer bad iterator',
     () => port1.postMessage(1, { transfer: { [Symbol.iterator]() { return {}; } } }));
show('invalid transfer object', () => port1.postMessage(1, [{}]));
show('number in transfer list', () => port1.postMessage(1, [1]));
show('SharedArrayBuffer in transfer list', () => port1.postMessage(1, [new SharedArrayBuffer(4)]));
show('duplicate ArrayBuffer', () => {
  const ab = new ArrayBuffer(2);
  return port1.postMessage(ab, [ab, ab]);
});
show('duplicate port', () => port1.postMessage(1, [other.port1, other.port1]));
show('source port', () => port1.postMessage(1, [port1]));
{
  const closed = new MessageChannel();
  closed.port1.close();
  show('closed port in transfer list', () => port1.postMessage(1, [closed.port1]));
  show('postMessage on closed port', () => closed.port1.postMessage('x'));
}
show('null transfer list', () => port1.postMessage(1, null));
show('empty options', () => port1.postMessage(1, {}));
show('options without list', () => port1.postMessage(1, { transfer: undefined }));
show('generator transfer list', () => {
  const ab = new ArrayBuffer(4);
  const result = port1.postMessage(ab, (function* () { yield ab; })());
  return `${result} byteLength after: ${ab.byteLength}`;
});

// A port whose peer has closed: postMessage returns false.
const lonely = new MessageChannel();
lonely.port2.close();
lonely.port2.on('close', () => {
  show('post to closed peer', () => lonely.port1.postMessage('anyone?'));
  lonely.port1.close();
});

let count = 0;
port2.on('message', (m) => {
  count++;
  console.log('received', m instanceof ArrayBuffer ? `ArrayBuffer(${m.byteLength})` : m);
  if (count === 4) {
    port1.close();
    other.port1.close();
  }
});

// MessageEvent's checks.
show('MessageEvent source', () => new MessageEvent('message', { source: {} }));
show('MessageEvent ports', () => new MessageEvent('message', { ports: 5 }));
show('MessageEvent port item', () => new MessageEvent('message', { ports: [null] }));
show('MessageEvent fields', () => {
  const e = new MessageEvent('message', { data: 1, origin: 2, lastEventId: 3 });
  return JSON.stringify([e.type, e.data, e.origin, e.lastEventId, e.source, e.ports]);
});
