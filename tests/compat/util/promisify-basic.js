// util.promisify: resolves with the callback's first value, rejects with its error.
const util = require('util');

function add(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function fail(cb) { cb(new Error('failed')); }
function many(cb) { cb(null, 1, 2, 3); }
function none(cb) { cb(); }
function falsyErr(cb) { cb(0, 'value'); }
function syncThrow() { throw new Error('sync'); }
const obj = { factor: 10, scale(x, cb) { cb(null, x * this.factor); } };

async function main() {
  console.log(await util.promisify(add)(2, 3));
  await util.promisify(fail)().catch((e) => console.log('rejected', e.message));
  console.log(await util.promisify(many)());
  console.log(await util.promisify(none)());
  console.log(await util.promisify(falsyErr)());
  await util.promisify(syncThrow)().catch((e) => console.log('sync rejected', e.message));
  obj.scaleAsync = util.promisify(obj.scale);
  console.log(await obj.scaleAsync(4));
  const p = util.promisify(add)(1, 1);
  console.log(p instanceof Promise);
  await p;
  const errs = [null, undefined, false, '', NaN];
  for (const e of errs) {
    console.log(String(e), await util.promisify((cb) => cb(e, 'ok'))());
  }
}
main();
