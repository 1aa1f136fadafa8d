'use strict';
// Subclassing: ES classes, the ES5 pattern (EventEmitter.call + prototype chain),
// overriding emit, and instances keeping separate listeners.
const EventEmitter = require('events');
const { EventEmitter: Named } = EventEmitter;

console.log(Named === EventEmitter);
class MyEE extends EventEmitter {
  constructor(cb) {
    super();
    this.once(1, cb);
  }
}
const myee = new MyEE(() => console.log('constructor listener ran'));
myee.emit(1);
console.log(myee instanceof EventEmitter, myee.constructor.name, JSON.stringify(Object.keys(myee)));

function Legacy() {
  this.marker = true;
  EventEmitter.call(this);
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);
const legacy = new Legacy();
legacy.on('ev', (v) => console.log('legacy got', v));
legacy.emit('ev', 'value');
console.log(legacy instanceof EventEmitter, JSON.stringify(Object.keys(legacy)), typeof Legacy.once);

// Instances do not share listeners.
const a = new MyEE(() => {});
const b = new MyEE(() => {});
a.on('x', () => {});
console.log(a.listenerCount('x'), b.listenerCount('x'), a._events !== b._events);

// Overriding emit.
class Logging extends EventEmitter {
  emit(type, ...args) {
    console.log('emit called for', String(type));
    return super.emit(type, ...args);
  }
}
const l = new Logging();
l.on('newListener', () => {});
l.on('y', () => console.log('y listener'));
l.emit('y');

// A subclass with a different init call (ES5 style with options).
function WithOptions() {
  EventEmitter.call(this, { captureRejections: true });
}
Object.setPrototypeOf(WithOptions.prototype, EventEmitter.prototype);
const w = new WithOptions();
w.on('error', (err) => console.log('captured in subclass:', err.message));
w.on('z', async () => { throw new Error('z failed'); });
w.emit('z');

// EventEmitter called without new.
try {
  EventEmitter();
} catch (err) {
  console.log('without new:', err.name);
}
const plain = {};
EventEmitter.call(plain);
console.log(JSON.stringify(Object.keys(plain)), Object.getOwnPropertySymbols(plain).length);
EventEmitter.init.call(plain);
console.log(JSON.stringify(Object.keys(plain)));
