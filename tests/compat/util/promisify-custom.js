// util.promisify.custom: an object's own promise-returning variant wins.
const util = require('util');
const { attempt } = require('./_show');

function legacy(cb) { cb(null, 'legacy'); }
legacy[util.promisify.custom] = () => Promise.resolve('custom');
const p = util.promisify(legacy);
console.log(p === legacy[util.promisify.custom]);
p().then((v) => console.log('resolved', v));
console.log(util.promisify(p) === p);

function viaSymbolFor(cb) {}
const customFn = async () => 'for';
viaSymbolFor[Symbol.for('nodejs.util.promisify.custom')] = customFn;
console.log(util.promisify(viaSymbolFor) === customFn);

function badCustom() {}
badCustom[util.promisify.custom] = 'nope';
attempt('custom string', () => util.promisify(badCustom));
function falsyCustom(cb) { cb(null, 'fell back'); }
falsyCustom[util.promisify.custom] = 0;
util.promisify(falsyCustom)().then((v) => console.log('falsy custom ignored:', v));
