'use strict';
// eventNames(): the names with listeners, strings (in insertion order, integer-like
// names first as for object keys) then symbols.
const EventEmitter = require('events');

const e = new EventEmitter();
const s1 = Symbol('first');
const s2 = Symbol('second');
e.on('foo', () => {});
e.on(s1, () => {});
e.on('bar', () => {});
e.on(s2, () => {});
e.on('2', () => {});
e.on(1, () => {});
e.on('', () => {});
console.log(JSON.stringify(e.eventNames().map(String)));
console.log(e.eventNames()[e.eventNames().length - 2] === s1, e.eventNames().length, e._eventsCount);
e.removeAllListeners('foo');
console.log(JSON.stringify(e.eventNames().map(String)));
e.removeAllListeners(s1);
console.log(JSON.stringify(e.eventNames().map(String)));
e.removeAllListeners();
console.log(JSON.stringify(e.eventNames()), Array.isArray(e.eventNames()));
// The returned array is new every time.
e.on('a', () => {});
const names = e.eventNames();
names.push('b');
console.log(JSON.stringify(e.eventNames()), e.eventNames() !== e.eventNames());
// Symbols emitted and removed.
const s = Symbol('only');
function fn() { console.log('symbol listener'); }
e.on(s, fn);
console.log(e.emit(s), e.listenerCount(s));
e.off(s, fn);
console.log(e.emit(s), e.listenerCount(s), JSON.stringify(e.eventNames().map(String)));
console.log(e.eventNames.name, e.eventNames.length);
