'use strict';

// DOMException (WebIDL): an exception type with a name, a message and a legacy numeric
// code derived from the name. As in node, it is not a native error: instances are
// ordinary objects whose prototype inherits Error.prototype (so `instanceof Error` holds
// and the stack is captured like an error's), while name, message and code are
// brand-checked getters on the prototype.
//
// Contract: `new DOMException(message = '', options = 'Error')`, where options is a name
// string or an object { name, cause }. The legacy code is 0 for names without one.

const {
  Error,
  ErrorCaptureStackTrace,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  SafeMap,
  SymbolToStringTag,
  TypeError,
} = primordials;

// The legacy codes, in code order (WebIDL's table of error names).
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

const codeByName = new SafeMap();
for (let i = 0; i < legacyCodes.length; i++) {
  const { 0: name, 2: code } = legacyCodes[i];
  if (name !== null) codeByName.set(name, code);
}

// WebIDL converts with ToString, whose TypeError for symbols has V8's wording in node.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

// The error node raises for a getter called on a foreign receiver (a plain TypeError with
// a code, not one of the coded error classes: node builds it outside internal/errors).
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// Whether a value was made by the DOMException constructor (set in its static block).
let isDOMException;

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    // The stack starts at the caller (or at a subclass's constructor), so an uncaught
    // DOMException points at the user's throw site.
    ErrorCaptureStackTrace(this, DOMException);
    if (options !== null && typeof options === 'object') {
      const name = options.name;
      this.#message = toDOMString(message);
      // node converts a missing name to the string "undefined" (no WebIDL default).
      this.#name = toDOMString(name);
      if ('cause' in options) {
        ObjectDefineProperty(this, 'cause', {
          __proto__: null, value: options.cause, writable: true, enumerable: false,
          configurable: true,
        });
      }
    } else {
      this.#message = toDOMString(message);
      this.#name = toDOMString(options);
    }
  }

  get name() {
    if (!isDOMException(this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!isDOMException(this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!isDOMException(this)) throw invalidThis();
    return codeByName.get(this.#name) ?? 0;
  }

  static {
    isDOMException = (value) => value !== null && typeof value === 'object' && #name in value;
  }
}

ObjectSetPrototypeOf(DOMException.prototype, Error.prototype);

// WebIDL attributes are enumerable; the constants are enumerable and read-only on both the
// interface object and its prototype.
{
  const attributes = { __proto__: null };
  for (const key of ['name', 'message', 'code']) {
    attributes[key] = { __proto__: null, enumerable: true };
  }
  ObjectDefineProperties(DOMException.prototype, attributes);
  const constants = { __proto__: null };
  for (let i = 0; i < legacyCodes.length; i++) {
    const { 1: constant, 2: code } = legacyCodes[i];
    constants[constant] = {
      __proto__: null, value: code, writable: false, enumerable: true, configurable: false,
    };
  }
  ObjectDefineProperties(DOMException, constants);
  ObjectDefineProperties(DOMException.prototype, constants);
  ObjectDefineProperty(DOMException.prototype, SymbolToStringTag, {
    __proto__: null, value: 'DOMException', writable: false, enumerable: false,
    configurable: true,
  });
}

module.exports = {
  DOMException,
  isDOMException,
};
