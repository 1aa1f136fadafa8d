// Boxed primitives: [Number: 3], [String: 'ab'], ...
const { inspect } = require('util');
console.log(new Number(3), new Number(-0), new Number(NaN), new String('ab'), new String(''),
  new Boolean(true), new Boolean(false), Object(Symbol('sym')), Object(Symbol()), Object(12n));
console.log([new Number(1)], { s: new String("it's") });
const withProps = new String('abc');
withProps.extra = 1;
console.log(withProps);
const numProps = Object.assign(new Number(5), { unit: 'kg' });
console.log(numProps);
class MyNumber extends Number {}
class MyString extends String {}
console.log(new MyNumber(7), new MyString('sub'));
console.log(Object.setPrototypeOf(new Number(1), null), Object.setPrototypeOf(new String('np'), null));
console.log(inspect(new String('ab'), { showHidden: true }), inspect(new Number(1), { showHidden: true }));
for (const v of [new Number(1), new String('s'), new Boolean(false), Object(Symbol('x')), Object(1n)]) {
  console.log(JSON.stringify(inspect(v, { colors: true })));
}
console.log(JSON.stringify(inspect(numProps, { colors: true })));
const tagged = new Number(3);
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tagged' });
console.log(tagged);
console.log(new String('x'.repeat(100)));
console.log(inspect(new String('long'), { maxStringLength: 2 }));
console.log(Number.prototype, String.prototype, Boolean.prototype, Symbol.prototype, BigInt.prototype);
