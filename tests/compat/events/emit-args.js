'use strict';
// emit() passes its arguments through unchanged, whatever their number, to one listener
// and to several (once() wrappers included), and the captureRejections path receives
// them too, for a single listener and for one of several.
const { EventEmitter, captureRejectionSymbol } = require('events');

const e = new EventEmitter();
function show(tag) {
  return function(...args) {
    console.log(tag, arguments.length, JSON.stringify(args), this === e);
  };
}
e.on('one', show('one'));
e.on('many', show('m1'));
e.once('many', show('m2-once'));
e.on('many', show('m3'));
for (let n = 0; n <= 6; n++) {
  const args = [];
  for (let i = 0; i < n; i++) args.push(i % 2 ? `s${i}` : i);
  console.log('emit', n, e.emit('one', ...args), e.emit('many', ...args));
}
console.log(e.emit('none', 1, 2), e.listenerCount('many'));

(async () => {
  for (const count of [1, 3]) {
    const c = new EventEmitter({ captureRejections: true });
    c[captureRejectionSymbol] = function(err, type, ...args) {
      console.log('rejection', count, err.message, type, JSON.stringify(args));
    };
    for (let i = 0; i < count; i++) {
      c.on('x', async (...args) => {
        args.push('mutated');
        throw new Error(`listener ${i}`);
      });
    }
    c.emit('x', 'a', 2, { k: true });
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
})();
