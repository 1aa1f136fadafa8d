'use strict';
// 'error' listeners: called with all arguments; once('error'); errors thrown by
// listeners propagate out of emit(); an 'error' listener removed during emit.
const EventEmitter = require('events');

const e = new EventEmitter();
e.once('error', (err, ...rest) => console.log('once error', err.message, JSON.stringify(rest)));
console.log(e.emit('error', new Error('first'), 1, 2));
try {
  e.emit('error', new Error('second'));
} catch (err) {
  console.log('second thrown:', err.message);
}
e.on('error', () => { throw new Error('from listener'); });
try {
  e.emit('error', new Error('third'));
} catch (err) {
  console.log('listener threw:', err.message);
}
e.removeAllListeners('error');
// An 'error' listener that removes itself, then a second emit throws.
const f = new EventEmitter();
function handler(err) {
  console.log('handled', err);
  f.removeListener('error', handler);
}
f.on('error', handler);
f.emit('error', 'one');
try {
  f.emit('error', 'two');
} catch (err) {
  console.log(err.code, err.message);
}
// process-level handling of an error thrown from emit() in a callback.
process.on('uncaughtException', (err) => {
  console.log('uncaughtException:', err.message, err.code);
});
setTimeout(() => {
  new EventEmitter().emit('error', 'async value');
}, 1);
