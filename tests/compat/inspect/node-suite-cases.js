// Cases adapted from node's own util tests (behaviour, not code): function kinds with
// replaced prototypes, typed arrays with odd lengths, huge sparse arrays, getters on
// Symbol.iterator, digit grouping in util.format, %s conversions.
const util = require('util');
const { inspect, format } = util;
const gen = (() => function*() {})();
console.log(inspect(gen));
Object.setPrototypeOf(gen, Object.getPrototypeOf(async () => {}));
console.log(inspect(gen), util.types.isGeneratorFunction(gen), util.types.isAsyncFunction(gen));
const asyncFn = async function named() {};
Object.setPrototypeOf(asyncFn, Function.prototype);
console.log(inspect(asyncFn), util.types.isAsyncFunction(asyncFn));
const plain = function plain() {};
Object.setPrototypeOf(plain, Object.getPrototypeOf(function*() {}));
console.log(inspect(plain), util.types.isGeneratorFunction(plain));

const brokenLength = new Float32Array(2);
Object.defineProperty(brokenLength, 'length', { value: -1 });
console.log(inspect(brokenLength));
console.log(inspect(Object.setPrototypeOf(new BigInt64Array(2), null)));
console.log(inspect(Object.setPrototypeOf(new BigInt64Array(10), null)));
console.log(inspect(Object.setPrototypeOf(new Uint8Array(3), null), { showHidden: true }));

const huge = [0];
huge[2 ** 32 - 2] = 'max';
huge['4294967295'] = 'too far';
console.log(inspect(huge));
const huge2 = [];
huge2[2 ** 32 - 2] = true;
huge2[2 ** 32] = true;
console.log(inspect(huge2));

console.log(inspect({ get [Symbol.iterator]() { throw new Error('not run'); } }));

const saved = inspect.defaultOptions.numericSeparator;
inspect.defaultOptions.numericSeparator = true;
console.log(format('%d %s %i %f', 1234567, 1234567, 7654321, 1234.5678), format('%d', 12345n));
console.log(format('%d', 1180591620717411303424), format(1234567));
console.log(util.formatWithOptions({ numericSeparator: false }, '%d', 1234567),
  util.formatWithOptions({}, '%d', 1234567), util.formatWithOptions({ numericSeparator: 0 }, '%d', 1234567));
inspect.defaultOptions.numericSeparator = saved;

class P { [Symbol.toPrimitive]() { return 'P!'; } }
class Q extends Date { [Symbol.toPrimitive]() { return 'Q!'; } }
class R extends Date {}
class X {}
X.prototype.toString = 5;
class Z extends Date { toString() { return 'Z!'; } }
const values = [new P(), new Q(0), new R(0), { toString: 5 }, new X(),
  { toString: 5, [Symbol.toPrimitive]() { return 'tp'; } },
  Object.create(Object.assign(Object.create(null), { [Symbol.toPrimitive]() { return 'pp'; } })),
  Object.assign(Object.create(null), { toString() { return 'own'; } }), new Z(0), () => 5];
for (const v of values) console.log(format('%s', v));
