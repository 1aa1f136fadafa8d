// Classes print as [class X], with extends, statics and anonymous classes.
const { inspect } = require('util');
class A {}
class B extends A {}
class C extends B { static s = 1; static m() {} }
const Anon = class {};
const AnonExt = class extends A {};
class WithCtor { constructor(a, b) { this.a = a; } }
class /* comment */ Commented {}
class Fields { x = 1; #y = 2; static z = 3; }
console.log(A, B, C, Anon, AnonExt, WithCtor, Commented, Fields);
console.log([A, B], { A });
console.log(class extends null {}, class N extends Array {}, class M extends Map {});
console.log(class E extends Error {}, class P extends Promise {});
const NoName = class {};
Object.defineProperty(NoName, 'name', { value: '' });
console.log(NoName);
console.log(Object.setPrototypeOf(class Orphan {}, null));
console.log(inspect(A, { colors: true }));
console.log(inspect(C, { showHidden: true }));
const tagged = class T {};
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tag' });
console.log(tagged);
function OldStyle() {}
OldStyle.prototype.method = function () {};
console.log(OldStyle, new OldStyle());
