'use strict';
// compat: node-args=--expose-internals --no-warnings
// NodeEventTarget (internal): an EventTarget with EventEmitter-style methods.
const { NodeEventTarget } = require('internal/event_target');
const t = new NodeEventTarget();
const log = [];
function nodeStyle(value) { log.push(['node-style', value]); }
t.on('foo', nodeStyle);
t.addEventListener('foo', (e) => log.push(['dom', e.constructor.name, e.type, e.detail]));
t.once('foo', (value) => log.push(['once', value]));
console.log(t.listenerCount('foo'), t.eventNames(), t.getMaxListeners());
console.log(t.emit('foo', 42), t.emit('none', 1));
console.log(t.listenerCount('foo'));
t.emit('foo', 'again');
t.off('foo', nodeStyle);
t.emit('foo', 'third');
for (const entry of log) console.log(JSON.stringify(entry));
t.setMaxListeners(3);
console.log(t.getMaxListeners());
t.removeAllListeners('foo');
console.log(t.listenerCount('foo'), t.eventNames());
t.on('a', () => {}).on('b', () => {});
console.log(t.eventNames());
t.removeAllListeners();
console.log(t.eventNames());
try {
  t.emit(1);
} catch (err) {
  console.log(err.code, err.message);
}
console.log(t instanceof EventTarget);
