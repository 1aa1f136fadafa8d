'use strict';
// once(): the wrapper (a bound function carrying .listener) removes itself before the
// listener runs, so re-emitting inside the listener does not call it again.
const EventEmitter = require('events');

const e = new EventEmitter();
let calls = 0;
function handler(...args) {
  calls++;
  console.log('handler', this === e, JSON.stringify(args), 'count now', e.listenerCount('x'));
  e.emit('x', 'nested');
}
e.once('x', handler);
const raw = e.rawListeners('x')[0];
console.log(raw === handler, raw.listener === handler, raw.name, raw.length, typeof raw);
console.log(e.listeners('x')[0] === handler);
console.log(e.emit('x', 1, 2), e.emit('x', 3), calls);
// Calling the raw wrapper directly calls the listener once and removes it.
e.once('y', (a) => console.log('y listener', a));
const wrapper = e.rawListeners('y')[0];
wrapper('direct');
wrapper('again');
console.log('y left:', e.listenerCount('y'));
// removeListener with the original function removes a once wrapper.
e.once('z', handler);
e.removeListener('z', handler);
console.log('z left:', e.listenerCount('z'));
// The same function with on() and once(): once's wrapper is found by .listener.
function both() { console.log('both called'); }
e.on('w', both);
e.once('w', both);
e.removeListener('w', both);
console.log(JSON.stringify(e.rawListeners('w').map((f) => f.name)));
e.emit('w');
console.log('w left:', e.listenerCount('w'));
// once() with zero and many arguments.
e.once('n', function () { console.log('args', arguments.length, this === e); });
e.emit('n');
e.once('n', function () { console.log('args', arguments.length, [...arguments].join(',')); });
e.emit('n', 1, 2, 3, 4, 5, 6, 7);
// Invalid listeners.
for (const bad of [undefined, null, 1, 'f', {}]) {
  try {
    e.once('v', bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
// Once listeners added during emit run on the next emit only.
const f = new EventEmitter();
f.on('q', () => f.once('q', () => console.log('inner once')));
f.emit('q');
console.log('after first emit');
f.emit('q');
