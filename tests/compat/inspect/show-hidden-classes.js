// showHidden lists the data properties of user prototypes (dimmed with colors).
const { inspect } = require('util');
class Base {
  constructor() { this.own = 1; }
  get computed() { return 2; }
  method() {}
}
Base.prototype.shared = 'proto value';
class Derived extends Base {
  constructor() { super(); this.derivedOwn = 3; }
  get derivedGetter() { return 4; }
}
Derived.prototype.level2 = true;
class Third extends Derived {}
Third.prototype.level3 = [1];
for (const v of [new Base(), new Derived(), new Third()]) {
  console.log(inspect(v, { showHidden: true }));
}
console.log(inspect(new Third(), { showHidden: true, depth: 0 }));
console.log(JSON.stringify(inspect(new Derived(), { showHidden: true, colors: true })));
console.log(inspect({ nested: new Derived() }, { showHidden: true }));
const proto = { inherited: 1 };
console.log(inspect(Object.create(proto), { showHidden: true }));
console.log(inspect(Object.create(Object.create(proto)), { showHidden: true }));
console.log(inspect(new (class extends Map { extra = 1; })(), { showHidden: true }));
