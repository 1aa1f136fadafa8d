// Instances are prefixed with their constructor's name.
const { inspect } = require('util');
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Sub extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), new Empty(), new Sub(), [new Point(0, 0)], { p: new Point(5, 6) });
function Legacy() { this.v = 1; }
console.log(new Legacy());
const noCtor = Object.create(Point.prototype);
console.log(noCtor);
const renamedCtor = new Point(1, 1);
Object.defineProperty(Point, 'name', { value: 'RenamedPoint' });
console.log(renamedCtor);
class Base {}
const instance = new Base();
Object.defineProperty(Base.prototype, 'constructor', { value: undefined });
console.log(instance);
const proto = { constructor: function Fake() {} };
console.log(Object.create(proto));
class Anon {}
Object.defineProperty(Anon, 'name', { value: '' });
console.log(new Anon());
class Parent { constructor() { this.a = 1; } }
const child = new Parent();
Object.setPrototypeOf(Parent.prototype, null);
console.log(child);
console.log(Object.create(Object.create(null)));
console.log(Object.create(Object.create(Object.create(null))));
console.log(Object.setPrototypeOf({ a: 1 }, Object.assign(Object.create(null), { b: 2 })));
console.log(inspect(Object.create(Object.create(null)), { depth: -1 }));
