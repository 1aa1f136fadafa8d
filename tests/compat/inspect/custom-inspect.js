// Objects with a [util.inspect.custom] method control their own output.
const util = require('util');
const { inspect } = util;
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Money {
  constructor(amount) { this.amount = amount; }
  [inspect.custom]() { return `Money<${this.amount}>`; }
}
console.log(new Money(5), [new Money(1), new Money(2)], { price: new Money(3) });
const returnsObject = { [inspect.custom]() { return { replaced: [1, 2], ok: true }; } };
console.log(returnsObject, { nested: returnsObject });
const returnsThis = { a: 1, [inspect.custom]() { return this; } };
console.log(returnsThis);
const multiline = { [inspect.custom]() { return 'line one\nline two'; } };
console.log(multiline, { deep: { multiline } }, [multiline]);
const returnsNumber = { [inspect.custom]() { return 42; } };
const returnsUndefined = { [inspect.custom]() {} };
const returnsNull = { [inspect.custom]() { return null; } };
console.log(returnsNumber, returnsUndefined, returnsNull);
console.log(inspect(new Money(9), { customInspect: false }));
console.log(Money.prototype, [Money.prototype]);
const notFunction = { [inspect.custom]: 'nope', b: 2 };
console.log(notFunction);
const legacy = { inspect() { return 'legacy inspect is ignored'; } };
console.log(legacy);
const usesInspect = { [inspect.custom](depth, options, insp) { return insp({ inner: [1, { x: 2 }] }, options); } };
console.log(usesInspect, { wrap: usesInspect });
const throwing = { [inspect.custom]() { throw new Error('custom inspect threw'); } };
try { inspect(throwing); } catch (e) { console.log('caught:', e.message); }
const fn = Object.assign(function f() {}, { [inspect.custom]() { return '[custom function]'; } });
console.log(fn);
const inherited = Object.create({ [inspect.custom]() { return 'from prototype'; } });
console.log(inherited);
console.log(util.format('%s %o %O', new Money(1), new Money(2), new Money(3)));
console.log(inspect({ arr: [new Money(7)] }, { colors: true }));
