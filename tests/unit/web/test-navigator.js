'use strict';
// The navigator global (node 22; the local node v20 has none, so golden tests cannot cover
// it): its getters, their values, the property shape and the illegal constructor.
const assert = require('assert');
const os = require('os');
const util = require('util');

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(descriptor.configurable, true);
assert.ok(Object.keys(globalThis).includes('navigator'));

assert.strictEqual(typeof Navigator, 'function');
assert.ok(navigator instanceof Navigator);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'Navigator').enumerable, false);
assert.throws(() => new Navigator(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });

assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
assert.ok(Number.isInteger(navigator.hardwareConcurrency) && navigator.hardwareConcurrency >= 1);
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
assert.strictEqual(navigator.userAgent, 'Node.js/22');
const platforms = { 'linux x64': 'Linux x86_64', 'linux ia32': 'Linux i686' };
assert.strictEqual(navigator.platform,
                   platforms[`${process.platform} ${process.arch}`] ?? navigator.platform);
assert.match(navigator.platform, /\S/);
assert.strictEqual(typeof navigator.language, 'string');
assert.match(navigator.language, /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/);
assert.deepStrictEqual(navigator.languages, [navigator.language]);

// Everything lives on the prototype as enumerable getters.
assert.deepStrictEqual(Object.keys(navigator), []);
for (const name of ['hardwareConcurrency', 'language', 'languages', 'platform', 'userAgent']) {
  const d = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.set, undefined, name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.configurable, true, name);
}
assert.strictEqual(util.inspect(navigator), 'Navigator {}');
assert.throws(() => Object.getOwnPropertyDescriptor(Navigator.prototype, 'userAgent').get.call({}),
              TypeError);
assert.throws(() => Navigator.prototype.hardwareConcurrency, TypeError);

// Like node's, the global stays an accessor without a setter (a read-only replaceable
// attribute): assigning throws in strict code and is ignored otherwise, while
// Object.defineProperty can still replace it.
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.get.name, 'get navigator');
assert.strictEqual(descriptor.set, undefined);
const original = navigator;
assert.strictEqual(navigator, original);
assert.throws(() => { navigator = 'replaced'; }, TypeError);
new Function('navigator = "sloppy"')();
assert.strictEqual(navigator, original);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'navigator').get, descriptor.get);
Object.defineProperty(globalThis, 'navigator', { value: 'replaced', writable: true });
assert.strictEqual(globalThis.navigator, 'replaced');
