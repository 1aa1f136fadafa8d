// Structures too deep to format print an "interrupted" marker instead of crashing.
const { inspect } = require('util');
let nested = [];
for (let i = 0; i < 100000; i++) nested = [nested];
const out = inspect(nested, { depth: Infinity });
console.log(out.includes('Inspection interrupted prematurely'), out.length > 0);
