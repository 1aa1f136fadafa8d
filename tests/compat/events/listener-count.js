'use strict';
// listenerCount(type[, listener]) and the deprecated static EventEmitter.listenerCount.
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
console.log(e.listenerCount('x'), e.listenerCount('x', a), EventEmitter.listenerCount(e, 'x'));
e.on('x', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
e.on('x', b);
e.once('x', a);
e.on('x', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
console.log(e.listenerCount('x', null), e.listenerCount('x', undefined), e.listenerCount('x', 'nope'));
e.once('y', b);
console.log(e.listenerCount('y', b), e.listenerCount('y', e.rawListeners('y')[0]), e.listenerCount('y', a));
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'y'));
const sym = Symbol('s');
e.on(sym, a);
console.log(e.listenerCount(sym), e.listenerCount(Symbol('s')));
// The static form falls back to the prototype method for objects without listenerCount.
console.log(EventEmitter.listenerCount({ _events: { z: [a, b, a] } }, 'z'));
console.log(EventEmitter.listenerCount({ listenerCount: (t) => `custom ${t}` }, 'w'));
console.log(EventEmitter.listenerCount({}, 'w'));
const proto = EventEmitter.prototype.listenerCount;
console.log(proto.name, proto.length, EventEmitter.listenerCount.name === '', EventEmitter.listenerCount.length);
console.log(proto.call({ _events: { k: a } }, 'k', a), proto.call({ _events: { k: a } }, 'k', b));
