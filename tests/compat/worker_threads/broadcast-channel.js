'use strict';
// BroadcastChannel within a thread: every other channel of the same name receives each
// message (as a MessageEvent), a closed channel receives nothing, and the methods check
// their receiver and arguments.
const { BroadcastChannel, receiveMessageOnPort } = require('worker_threads');

const show = (name, fn) => {
  try {
    console.log(name, 'returned', fn());
  } catch (err) {
    console.log(name, 'threw', err.name, err.code, JSON.stringify(err.message));
  }
};

const a = new BroadcastChannel('room');
const b = new BroadcastChannel('room');
const c = new BroadcastChannel('room');
const other = new BroadcastChannel('elsewhere');
console.log(a.name, other.name, new BroadcastChannel(42).close(), String(a));

let pending = 3;
const done = () => {
  if (--pending === 0) {
    a.close();
    b.close();
    other.close();
  }
};
b.onmessage = (event) => {
  console.log('b got', event.data, event.constructor.name, event.target === b);
  done();
};
c.addEventListener('message', (event) => {
  console.log('c got', event.data);
  c.close();
  done();
});
a.onmessage = (event) => {
  console.log('a got', event.data);
  done();
};
other.onmessage = () => console.log('other never gets room messages');

a.postMessage({ from: 'a', list: [1, 2] });
b.postMessage('from b');

// receiveMessageOnPort works on a channel too.
const r1 = new BroadcastChannel('sync');
const r2 = new BroadcastChannel('sync');
r1.postMessage('synchronous');
console.log(receiveMessageOnPort(r2), receiveMessageOnPort(r2));
r1.close();
r2.close();

show('postMessage()', () => a.postMessage());
show('postMessage(symbol)', () => a.postMessage(Symbol('x')));
show('postMessage(port)', () => a.postMessage(new MessageChannel().port1));
show('name of other this', () => Reflect.get(BroadcastChannel.prototype, 'name', {}));
show('close on other this', () => BroadcastChannel.prototype.close.call({}));
show('symbol name', () => new BroadcastChannel(Symbol('n')));
const closed = new BroadcastChannel('closed');
closed.close();
show('post after close', () => closed.postMessage('x'));
show('close twice', () => closed.close());
