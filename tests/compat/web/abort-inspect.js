'use strict';
// util.inspect of controllers and signals.
const util = require('util');
const ac = new AbortController();
console.log(util.inspect(ac));
console.log(util.inspect(ac.signal));
console.log(util.inspect(ac, { depth: 0 }));
console.log(util.inspect([ac.signal], { depth: -1 }));
console.log(util.inspect({ a: { b: ac } }, { depth: 1 }));
console.log(util.inspect({ a: ac.signal }, { depth: 0 }));
ac.abort();
console.log(util.inspect(ac));
console.log(util.inspect(AbortSignal.abort('x')));
console.log(util.inspect(ac, { compact: false }));
