'use strict';

// ByteLengthQueuingStrategy and CountQueuingStrategy (Streams Standard, section 7).
// Each instance holds a high-water mark; `size` is one function shared by every
// instance of a class, as the spec requires.

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  customInspect,
  defineClassShape,
  kInspect,
} = require('internal/webstreams/util');

// The QueuingStrategyInit dictionary: its required highWaterMark as a number.
function convertInit(init) {
  // Node checks init as a plain object: arrays and functions are refused.
  validateObject(init, 'init');
  const highWaterMark = init.highWaterMark;
  if (highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +highWaterMark;
}

// Methods of object literals: functions named "size" that are not constructors.
const { size: byteLengthSize } = { size(chunk) { return chunk.byteLength; } };
const { size: countSize } = { size() { return 1; } };

let isByteLengthStrategy;

class ByteLengthQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = convertInit(init);
  }

  get highWaterMark() {
    if (!isByteLengthStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this.#highWaterMark;
  }

  get size() {
    if (!isByteLengthStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options) {
    return customInspect('ByteLengthQueuingStrategy',
                         { highWaterMark: this.highWaterMark }, depth, options);
  }

  static {
    isByteLengthStrategy = (value) => value !== null && typeof value === 'object' &&
      #highWaterMark in value;
  }
}

let isCountStrategy;

class CountQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = convertInit(init);
  }

  get highWaterMark() {
    if (!isCountStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this.#highWaterMark;
  }

  get size() {
    if (!isCountStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect('CountQueuingStrategy',
                         { highWaterMark: this.highWaterMark }, depth, options);
  }

  static {
    isCountStrategy = (value) => value !== null && typeof value === 'object' &&
      #highWaterMark in value;
  }
}

defineClassShape(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy',
                 ['highWaterMark', 'size']);
defineClassShape(CountQueuingStrategy, 'CountQueuingStrategy', ['highWaterMark', 'size']);

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
