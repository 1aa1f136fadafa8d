'use strict';
// util.promisify / util.callbackify: the shape of the functions they return and how
// falsy errors travel through them.
const util = require('util');

const tick = () => new Promise((resolve) => setImmediate(resolve));
const desc = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return d && `${typeof d.value}/${d.enumerable}/${d.writable}/${d.configurable}`;
};

(async () => {
  function foo(a, b, cb) { cb(null, a + b); }
  foo.extra = 1;
  Object.defineProperty(foo, 'name', { value: 'renamed' });
  const pf = util.promisify(foo);
  console.log('promisified', pf.name, pf.length, typeof pf.prototype, pf.extra,
              Object.getPrototypeOf(pf) === Function.prototype,
              desc(pf, util.promisify.custom), util.promisify(pf) === pf);
  async function af() {}
  const paf = util.promisify(af);
  console.log('async original', Object.getPrototypeOf(paf) === Object.getPrototypeOf(af));
  console.log('multiple results', await util.promisify((cb) => cb(null, 1, 2, 3))());
  for (const err of [0, '', false, null, undefined, NaN]) {
    const r = await util.promisify((cb) => cb(err, 'value'))().then(
      (v) => `resolved ${v}`, (e) => `rejected ${util.inspect(e)}`);
    console.log('promisify error', util.inspect(err), r);
  }
  function custom() {}
  custom[util.promisify.custom] = 42;
  try { util.promisify(custom); } catch (e) { console.log(e.code, e.message); }

  async function af2(a, b) { return a + b; }
  const cf = util.callbackify(af2);
  console.log('callbackified', cf.name, cf.length, typeof cf.prototype, desc(cf, 'length'));
  try { cf(1, 2); } catch (e) { console.log(e.code, e.message); }
  for (const reason of [0, '', false, null, undefined, NaN, 'str']) {
    util.callbackify(() => Promise.reject(reason))((err) => {
      console.log('callbackify reason', util.inspect(reason), err instanceof Error ?
        `${err.code} ${err.message} ${util.inspect(err.reason)} ${Object.keys(err)}` :
        util.inspect(err));
    });
    await tick();
  }
  const order = [];
  util.callbackify(async () => 'v')(() => order.push('callback'));
  Promise.resolve().then(() => order.push('microtask'));
  process.nextTick(() => order.push('nextTick'));
  order.push('sync');
  await tick();
  console.log('order', order);
})();
