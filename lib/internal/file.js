'use strict';

// File: a Blob with a name and a modification time. As in node 22, a File is cloned (by
// structuredClone() and postMessage()) to a File with the same name and modification time
// (internal/blob's clone handler), and its getters reject other receivers with
// ERR_INVALID_THIS.

const {
  DateNow,
  NumberIsNaN,
  ObjectDefineProperties,
  StringPrototypeToWellFormed,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
} = primordials;

const { codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS } } = require('internal/errors');
const { Blob, inspectFields } = require('internal/blob');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kEnumerable = { __proto__: null, enumerable: true };

// +value with V8's messages for the values that cannot become numbers.
function toNumber(value) {
  if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  return +value;
}

let isFile;

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = { __proto__: null }) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = (options ?? { __proto__: null }).lastModified;
    if (lastModified !== undefined) {
      lastModified = toNumber(lastModified);
      if (NumberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = DateNow();
    }
    if (typeof fileName === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    this.#name = StringPrototypeToWellFormed(`${fileName}`);
    this.#lastModified = lastModified;
  }

  get name() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    return inspectFields('File', {
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, depth, options);
  }

  static {
    isFile = (value) => value !== null && typeof value === 'object' && #name in value;
  }
}

ObjectDefineProperties(File.prototype, {
  name: kEnumerable,
  lastModified: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'File', writable: false, enumerable: false, configurable: true,
  },
});

module.exports = {
  File,
  isFile: (value) => isFile(value),
};
