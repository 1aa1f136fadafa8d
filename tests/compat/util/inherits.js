// util.inherits: prototype chain, super_, and argument validation.
const util = require('util');
const { attempt } = require('./_show');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function() { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function() { return 'woof'; };
const d = new Dog('rex');
console.log(d.speak(), d.bark(), d instanceof Animal, d instanceof Dog);
console.log(Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Dog.prototype.constructor === Dog);

class Base {}
function Legacy() {}
util.inherits(Legacy, Base);
console.log(new Legacy() instanceof Base);

attempt('ctor undefined', () => util.inherits(undefined, Animal));
attempt('ctor null', () => util.inherits(null, Animal));
attempt('super undefined', () => util.inherits(Dog, undefined));
attempt('super null', () => util.inherits(Dog, null));
attempt('super no prototype', () => util.inherits(Dog, () => {}));
attempt('super object', () => util.inherits(Dog, {}));
attempt('super with prototype object', () => util.inherits(function X() {}, { prototype: {} }));
attempt('super prototype null', () => util.inherits(function Y() {}, { prototype: null }));
