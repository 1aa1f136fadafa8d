'use strict';
// setMaxListeners/getMaxListeners, defaultMaxListeners, and their validation.
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners, e._maxListeners);
console.log(e.setMaxListeners(3) === e, e.getMaxListeners(), e._maxListeners);
e.setMaxListeners(0);
console.log(e.getMaxListeners());
e.setMaxListeners(Infinity);
console.log(e.getMaxListeners());
e.setMaxListeners(1.5);
console.log(e.getMaxListeners());
for (const bad of [-1, NaN, 'a', '1', null, undefined, {}, 1n, -Infinity]) {
  try {
    e.setMaxListeners(bad);
    console.log('accepted', String(bad));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const bad of [-1, NaN, 'x', null]) {
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
// The default applies to emitters without their own limit, including existing ones.
const f = new EventEmitter();
EventEmitter.defaultMaxListeners = 4;
console.log(f.getMaxListeners(), new EventEmitter().getMaxListeners(), EventEmitter.getMaxListeners(f));
// events.setMaxListeners(n) without targets changes the default.
EventEmitter.setMaxListeners(6);
console.log(EventEmitter.defaultMaxListeners, f.getMaxListeners());
EventEmitter.setMaxListeners();
console.log('no argument keeps the default:', EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(2, f, e);
console.log(f.getMaxListeners(), e.getMaxListeners());
for (const bad of [[-1], ['x'], [1, {}], [1, null], [1, f, 'str']]) {
  try {
    EventEmitter.setMaxListeners(...bad);
  } catch (err) {
    console.log(err.name, err.code, err.code ? err.message : '');
  }
}
// A falsy _maxListeners set on a subclass prototype is kept as undefined by init.
class Sub extends EventEmitter {}
Sub.prototype._maxListeners = 0;
console.log(new Sub()._maxListeners, new Sub().getMaxListeners());
Sub.prototype._maxListeners = 7;
console.log(new Sub()._maxListeners);
// Duck-typed objects for events.setMaxListeners.
const duck = { setMaxListeners(n) { console.log('duck got', n); } };
EventEmitter.setMaxListeners(9, duck);
for (const bad of [{}, null, 1, { getMaxListeners: 5 }]) {
  try {
    console.log(EventEmitter.getMaxListeners(bad));
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(EventEmitter.getMaxListeners({ getMaxListeners() { return 'ignored'; }, _maxListeners: 3 }));
console.log(EventEmitter.getMaxListeners({ [EventEmitter.kMaxEventTargetListeners]: 5 }));
