'use strict';
// require(): loads a generated tree of 2,000 small CommonJS modules (bench/run.py writes it
// into bench/.work/require/): 20 directories resolved through their index.js, each requiring
// 100 modules by extension-less relative paths; every module also requires its predecessor
// (a cache hit) and node:path.
const path = require('path');
const root = process.argv[2] || path.join(__dirname, '.work', 'require');
const start = process.hrtime.bigint();
const dirs = require(root);
let sum = 0;
for (const mods of dirs) for (const m of mods) sum += m.f(1);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${sum}\n`);
