// util.callbackify validation: the original must be a function, the last argument too.
const util = require('util');
const { attempt } = require('./_show');

for (const v of [undefined, null, 'x', 1, {}]) attempt(`original ${typeof v}`, () => util.callbackify(v));
const cb = util.callbackify(async () => 1);
attempt('no callback', () => cb());
attempt('callback number', () => cb(1));
attempt('callback object', () => cb({}));
function syncThrower() { throw new Error('thrown synchronously'); }
attempt('sync throw', () => util.callbackify(syncThrower)(() => {}));
const named = util.callbackify(Object.defineProperty(async () => {}, 'name', { value: 'custom' }));
console.log(named.name);
const weird = util.callbackify(Object.defineProperty(async () => {}, 'length', { value: 'x' }));
console.log(weird.length);
const thenable = { then(resolve) { resolve('from thenable'); } };
util.callbackify(() => thenable)((err, v) => console.log('thenable', err, v));
attempt('non-promise result', () => util.callbackify(() => 5)(() => {}));
attempt('undefined result', () => util.callbackify(() => undefined)(() => {}));
attempt('null result', () => util.callbackify(() => null)(() => {}));
