// More than six short items are grouped into aligned columns; numbers align right.
const { inspect } = require('util');
const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(6), range(7), range(16), range(26), range(27));
console.log(range(30, (i) => i * 100));
console.log(range(50, (i) => i * i));
console.log(range(100, (i) => i ** 3));
console.log(range(20, (i) => (i % 3 === 0 ? -i : i) / 4));
console.log(range(12, (i) => 10 ** i));
console.log(range(25, (i) => BigInt(i) * 1000n));
console.log(range(40, (i) => (i % 2 ? NaN : Infinity)));
console.log({ nested: { list: range(40) } });
console.log([range(10), range(20)]);
console.log(range(200));
console.log(new Uint16Array(range(40, (i) => i * 1000)));
console.log(new Float64Array(range(20, (i) => i / 3)));
