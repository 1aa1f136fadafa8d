// util.promisify validates its argument.
const util = require('util');
const { attempt } = require('./_show');

for (const v of [undefined, null, 1, 'fn', {}, [], Symbol('s'), true]) {
  attempt(typeof v, () => util.promisify(v));
}
