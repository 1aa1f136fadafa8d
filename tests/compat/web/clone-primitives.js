'use strict';
// structuredClone of primitives and boxed primitives.
const util = require('util');
const values = [undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 10n,
  -(2n ** 70n), '', 'str', '\u00e9\ud83d\ude00', '\ud800'];
for (const v of values) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v), util.inspect(c));
}
for (const v of [new Number(5), new Number(-0), new String('str'), new Boolean(false),
  Object(10n), new Number(NaN)]) {
  const c = structuredClone(v);
  console.log(util.inspect(c), c !== v, typeof c, Object.prototype.toString.call(c),
    Object.is(c.valueOf(), v.valueOf()));
}
const boxedWithProps = new String('ab');
boxedWithProps.x = 1;
console.log(util.inspect(structuredClone(boxedWithProps)), structuredClone(boxedWithProps).x);
console.log(structuredClone(undefined), structuredClone(null), structuredClone(1, undefined),
  structuredClone(1, null), structuredClone(1, {}));
