'use strict';
// node 22 runtime-deprecates calling crypto.Hash (DEP0179) and crypto.Hmac (DEP0181)
// directly; the local node v20 does not, so golden tests cannot cover it. createHash and
// createHmac stay silent, and instances still pass instanceof against the exports.
const assert = require('assert');
const crypto = require('crypto');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));

assert.strictEqual(crypto.Hash.name, 'deprecated');
assert.strictEqual(crypto.Hmac.name, 'deprecated');
assert.strictEqual(Object.getPrototypeOf(crypto.Hash).name, 'Hash');
assert.strictEqual(Object.getPrototypeOf(crypto.Hmac).name, 'Hmac');

const h = crypto.createHash('sha1');
const hm = crypto.createHmac('sha1', 'k');
assert.ok(h instanceof crypto.Hash);
assert.ok(hm instanceof crypto.Hmac);
assert.ok(h.copy() instanceof crypto.Hash);
assert.strictEqual(h.constructor.name, 'Hash');

setImmediate(() => {
  // Nothing so far called a constructor directly.
  assert.deepStrictEqual(warnings, []);
  assert.strictEqual(crypto.Hash('md5').digest('hex'), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.ok(new crypto.Hash('sha1') instanceof crypto.Hash);
  assert.strictEqual(new crypto.Hmac('md5', '').digest('hex'),
                     crypto.createHmac('md5', '').digest('hex'));
  crypto.Hmac('sha1', 'k');
  setImmediate(() => {
    // One warning per code, however often the constructors are called.
    assert.deepStrictEqual(warnings, [
      'DeprecationWarning DEP0179 crypto.Hash constructor is deprecated.',
      'DeprecationWarning DEP0181 crypto.Hmac constructor is deprecated.',
    ]);
  });
});
