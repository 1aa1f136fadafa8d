'use strict';
// `this` inside listeners is the emitter (not for arrow functions or bound functions),
// also for once() listeners and when emit is called on another receiver.
const EventEmitter = require('events');

const e = new EventEmitter();
const self = this;
e.on('x', function () { console.log('function this is emitter:', this === e); });
e.on('x', () => console.log('arrow this is module this:', this === self));
e.once('x', function () { console.log('once this is emitter:', this === e); });
const bound = { name: 'bound target' };
e.on('x', function () { console.log('bound this:', this === bound); }.bind(bound));
e.emit('x');
// emit.call with another emitter-like receiver uses that receiver's listeners.
const other = new EventEmitter();
other.on('x', function () { console.log('other this:', this === other); });
EventEmitter.prototype.emit.call(other, 'x');
// Strict-mode listeners of an emitter used as a mixin.
const mixin = { __proto__: EventEmitter.prototype };
EventEmitter.call(mixin);
mixin.on('m', function (...args) { console.log('mixin', this === mixin, args.length); });
mixin.emit('m', 1, 2);
// Listeners receive the same argument values.
const obj = { key: 'value' };
e.on('same', (received) => console.log('same object:', received === obj));
e.emit('same', obj);
