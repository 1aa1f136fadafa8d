// Other iterators and generator objects print as tagged objects.
const { inspect } = require('util');
function* gen() { yield 1; }
async function* agen() { yield 1; }
console.log([1, 2].values(), [1, 2].keys(), [1, 2].entries(), 'ab'[Symbol.iterator]());
console.log('a1'.matchAll(/\d/g), gen(), agen());
console.log(inspect(gen(), { showHidden: true }));
console.log(inspect([1].values(), { showHidden: true }));
const g = gen();
g.next();
console.log(g, Object.prototype.toString.call(g));
