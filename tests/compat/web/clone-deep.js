'use strict';
// A mixed, nested structure round-trips.
const util = require('util');
const input = {
  id: 1,
  tags: new Set(['a', 'b']),
  index: new Map([['x', { when: new Date(0), pattern: /x+/g }]]),
  bytes: new Uint8Array([1, 2, 3]),
  list: [{ n: 1n }, [null, undefined], 'text', -0],
  err: new RangeError('out of range'),
};
input.list.push(input.index);
const out = structuredClone(input);
console.log(util.inspect({ ...out, err: out.err.message }, { depth: 5 }));
console.log(out.list[4] === out.index, out.index !== input.index);
console.log(JSON.stringify(structuredClone({ a: [{ b: [{ c: 'deep' }] }] })));
