'use strict';

// The engine's own typed array constructors by the name their Symbol.toStringTag reports,
// captured with the other built-ins at start-up: code that needs "the constructor of this
// view's kind" must not trust the view's (or the global object's) `constructor`, which a
// program may have replaced. Float16Array is left out: it is not among the captured
// built-ins, and reading it from the global object now could give one user code put there;
// callers treat a missing kind as unknown.

const typedArrayConstructors = {
  __proto__: null,
  Int8Array: primordials.Int8Array,
  Uint8Array: primordials.Uint8Array,
  Uint8ClampedArray: primordials.Uint8ClampedArray,
  Int16Array: primordials.Int16Array,
  Uint16Array: primordials.Uint16Array,
  Int32Array: primordials.Int32Array,
  Uint32Array: primordials.Uint32Array,
  Float32Array: primordials.Float32Array,
  Float64Array: primordials.Float64Array,
  BigInt64Array: primordials.BigInt64Array,
  BigUint64Array: primordials.BigUint64Array,
};

module.exports = { typedArrayConstructors };
