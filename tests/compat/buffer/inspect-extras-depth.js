// Extra properties of a Buffer are inspected one level down, as node formats them (the
// caller's depth, null and Infinity, showHidden, nested in an object, an empty Buffer).
'use strict';
const util = require('util');
const b = Buffer.from('a');
b[Symbol('q')] = new (require('string_decoder').StringDecoder)();
b.extra = { deep: { deeper: { deepest: 1 } } };
console.log(util.inspect(b, { depth: 0 }));
console.log(util.inspect(b, { depth: 1 }));
console.log(util.inspect(b));
console.log(util.inspect({ nested: b }, { depth: 0 }));
console.log(util.inspect(b, { depth: null }));
console.log(util.inspect(b, { depth: Infinity, showHidden: true }));
const e = Buffer.alloc(0); e.x = [1, [2, [3, [4]]]]; console.log(util.inspect(e), util.inspect(e, { depth: 1 }));
