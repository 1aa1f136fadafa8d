'use strict';
// node 22 behaviour of node:util that the node 20 oracle cannot produce golden output
// for: runtime deprecation of the legacy helpers, DEP0174, util.getCallSites.
const util = require('util');

let failures = 0;
function check(condition, label) {
  if (!condition) {
    failures++;
    process.stderr.write(`not ok: ${label}\n`);
  }
}

const warnings = [];
process.on('warning', (w) => warnings.push(w));

// The legacy is* helpers warn once per code (DEP0044..DEP0059).
check(util.isArray([]) === true, 'isArray works');
util.isArray([]);
check(util.isBoolean(true) === true, 'isBoolean works');
check(util.isNullOrUndefined(null) === true, 'isNullOrUndefined works');
check(util.isBuffer('x') === false, 'isBuffer on a string');
check(util._extend({ a: 1 }, { b: 2 }).b === 2, '_extend works');

// promisify of a function that returns a promise warns (DEP0174).
const p = util.promisify(async function returnsPromise(cb) { cb(null, 'v'); });

// getCallSites: the caller is the first entry.
// Not a tail call: JavaScriptCore drops the frames of strict-mode tail calls.
function whereAmI() {
  const result = util.getCallSites();
  return result;
}
const sites = whereAmI();
check(Array.isArray(sites) && sites.length > 0, 'getCallSites returns frames');
check(sites[0].functionName === 'whereAmI', `first frame is the caller (${sites[0].functionName})`);
check(sites[0].scriptName === __filename, 'scriptName is this file');
check(typeof sites[0].lineNumber === 'number' && sites[0].lineNumber > 0, 'lineNumber');
check(typeof sites[0].column === 'number' && sites[0].column > 0, 'column');
check(util.getCallSites(1).length === 1, 'frameCount limits the frames');
check(util.getCallSites({ sourceMap: false }).length >= 1, 'options as first argument');
for (const bad of [0, 201, 'x', -1]) {
  let code;
  try {
    util.getCallSites(bad);
  } catch (e) {
    code = e.code;
  }
  check(code === 'ERR_OUT_OF_RANGE' || code === 'ERR_INVALID_ARG_TYPE', `getCallSites(${bad}) throws`);
}

p().then((value) => {
  check(value === 'v', 'promisified async function still resolves');
  setTimeout(() => {
    const codes = warnings.map((w) => w.code);
    for (const code of ['DEP0044', 'DEP0045', 'DEP0051', 'DEP0046', 'DEP0060', 'DEP0174']) {
      check(codes.includes(code), `warning ${code} emitted`);
    }
    check(codes.filter((c) => c === 'DEP0044').length === 1, 'DEP0044 emitted once');
    check(warnings.every((w) => w.name === 'DeprecationWarning'), 'all are DeprecationWarnings');
    if (failures > 0) process.exitCode = 1;
  }, 1);
});

// getSystemErrorMessage (node 22.12).
check(util.getSystemErrorMessage(-2) === 'no such file or directory', 'getSystemErrorMessage(-2)');
check(util.getSystemErrorMessage(-99999) === 'Unknown system error -99999', 'unknown errno message');
for (const bad of [0, 1, -1.5, 'x']) {
  let code;
  try {
    util.getSystemErrorMessage(bad);
  } catch (e) {
    code = e.code;
  }
  check(code === 'ERR_OUT_OF_RANGE' || code === 'ERR_INVALID_ARG_TYPE', `getSystemErrorMessage(${bad}) throws`);
}
const keys = Object.keys(util);
check(keys.indexOf('getSystemErrorMessage') === keys.indexOf('getSystemErrorName') + 1,
      'getSystemErrorMessage follows getSystemErrorName');
check(keys.indexOf('getCallSites') === keys.indexOf('getCallSite') + 1 &&
      keys.indexOf('getCallSite') === keys.indexOf('formatWithOptions') + 1, 'getCallSite(s) order');
