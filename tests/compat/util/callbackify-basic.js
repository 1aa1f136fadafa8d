// util.callbackify: results and errors reach the callback on a later tick.
const util = require('util');

async function double(x) { return x * 2; }
async function boom() { throw new Error('boom'); }
const cbDouble = util.callbackify(double);
const cbBoom = util.callbackify(boom);
console.log(cbDouble.name, cbDouble.length, cbBoom.name, cbBoom.length);
let sync = true;
cbDouble(21, (err, value) => console.log('double', err, value, 'sync:', sync));
cbBoom((err, value) => console.log('boom', err.message, value));
util.callbackify(() => Promise.resolve())((...args) => console.log('args', args.length, args[0], args[1]));
util.callbackify(function() { return Promise.resolve(this.tag); }).call({ tag: 'this kept' },
  function(err, v) { console.log(v, this.tag); });
sync = false;
const returned = cbDouble(1, () => {});
console.log('returns', returned);
process.on('exit', () => console.log('exit'));
