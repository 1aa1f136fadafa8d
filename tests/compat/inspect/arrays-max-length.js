// maxArrayLength limits arrays, typed arrays, Sets, Maps and ArrayBuffers.
const { inspect } = require('util');
const arr = Array.from({ length: 150 }, (_, i) => i);
console.log(arr);
for (const maxArrayLength of [0, 1, 2, 99, 100, 149, 150, null, Infinity, -5]) {
  const out = inspect(arr, { maxArrayLength });
  console.log(maxArrayLength, out.length, out.slice(-40));
}
console.log(inspect(new Set(arr), { maxArrayLength: 3 }));
console.log(inspect(new Map(arr.map((i) => [i, String(i)])), { maxArrayLength: 2 }));
console.log(inspect(new Uint8Array(arr), { maxArrayLength: 4 }));
console.log(inspect(new Uint8Array(arr).buffer, { maxArrayLength: 4 }));
console.log(inspect([1, 2], { maxArrayLength: 1 }), inspect([1], { maxArrayLength: 0 }));
console.log(inspect(Object.assign([1, 2, 3], { x: 1 }), { maxArrayLength: 1 }));
console.log(inspect(new Set([1, 2]), { maxArrayLength: 0 }), inspect(new Map([[1, 2]]), { maxArrayLength: 0 }));
