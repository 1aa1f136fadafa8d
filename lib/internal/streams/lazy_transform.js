'use strict';

// LazyTransform: a Transform whose stream machinery is only set up when the object is
// first used as a stream. Objects that are mostly used through another API (crypto's
// Hash, Hmac, Cipher...) inherit from it so that creating one stays cheap: touching
// _readableState or _writableState (which every stream method does) runs the
// Transform constructor with the options given to LazyTransform.
//
// Strings written to such a stream reach _transform() as strings (decodeStrings is
// false), so that the owner can apply its own default encoding.

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
} = primordials;

const Transform = require('internal/streams/transform');

function LazyTransform(options) {
  this._options = options;
}
ObjectSetPrototypeOf(LazyTransform.prototype, Transform.prototype);
ObjectSetPrototypeOf(LazyTransform, Transform);

// The first read of a state property builds the Transform, which defines the state
// properties on the instance (hiding these accessors), then returns the value.
function initializeOnRead(name) {
  return function() {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

// Assigning a state property before first use just stores it.
function storeOnWrite(name) {
  return function(value) {
    ObjectDefineProperty(this, name, {
      __proto__: null,
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  };
}

ObjectDefineProperties(LazyTransform.prototype, {
  _readableState: {
    __proto__: null,
    get: initializeOnRead('_readableState'),
    set: storeOnWrite('_readableState'),
    configurable: true,
    enumerable: true,
  },
  _writableState: {
    __proto__: null,
    get: initializeOnRead('_writableState'),
    set: storeOnWrite('_writableState'),
    configurable: true,
    enumerable: true,
  },
});

module.exports = LazyTransform;
