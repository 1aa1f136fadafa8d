'use strict';

// Whether an array or typed array has own properties besides its indices, answered
// without listing its keys.
//
// Listing the keys of an array or typed array makes a string of every index under
// JavaScriptCore, about a microsecond each (V8 skips indices): comparing two 5 MB
// Buffers that way took seconds. An object whose engine shape (Structure) is the one of a
// freshly made array or typed array with the same prototype has no named own properties
// at all, since objects sharing a shape share their named properties. The shapes of
// fresh objects are learnt from samples made here, once per prototype and kind; the
// samples stay alive as long as their prototype, which keeps their shape ids from being
// reused for other shapes. A value whose shape is not among them (it has properties, or
// was frozen, or lost one, or comes from another realm) gets the answer "not known".

const {
  Array,
  ArrayIsArray,
  ArrayPrototype,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectPreventExtensions,
  ObjectSeal,
  ReflectConstruct,
  SafeSet,
  SafeWeakMap,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

const { shapeId } = internalBinding('util');

// prototype -> { kinds: kinds sampled, ids: shape ids of samples, samples }
const pristineShapes = new SafeWeakMap();

function addSample(record, sample) {
  const id = shapeId(sample);
  if (id === -1 || record.ids.has(id)) return;
  record.ids.add(id);
  record.samples[record.samples.length] = sample;
}

// A constructor-like function whose `prototype` is `proto`, for Reflect.construct.
function newTargetFor(proto) {
  const target = function() {};
  target.prototype = proto;
  return target;
}

// Arrays change shape with the kind of elements they store (none yet, small integers,
// doubles, any value, sparse storage, indexed accessors, copy-on-write literals), and
// again when they are frozen, sealed or made non-extensible.
const arrayMakers = [
  (make) => make(),
  (make) => { const array = make(); array[0] = 1; return array; },
  (make) => { const array = make(); array[0] = 1.5; return array; },
  (make) => { const array = make(); array[0] = 'x'; return array; },
  (make) => { const array = make(); array[200000] = 1; return array; },
  (make) => ObjectDefineProperty(make(), 0, { __proto__: null, get() { return 0; } }),
];
const literalMakers = [() => [0, 1], () => [0.5, 1.5], () => ['', 'x']];
const lockers = [(value) => value, ObjectFreeze, ObjectSeal, ObjectPreventExtensions];

function addArraySamples(record, proto) {
  const make = proto === ArrayPrototype ? () => [] :
    () => ReflectConstruct(Array, [], newTargetFor(proto));
  for (let i = 0; i < lockers.length; i++) {
    for (let j = 0; j < arrayMakers.length; j++) addSample(record, lockers[i](arrayMakers[j](make)));
    if (proto !== ArrayPrototype) continue;
    for (let j = 0; j < literalMakers.length; j++) addSample(record, lockers[i](literalMakers[j]()));
  }
}

const { typedArrayConstructors } = require('internal/util/typed_arrays');

// Typed arrays have one shape over fixed-length buffers and another over resizable or
// growable ones.
function addTypedArraySamples(record, proto, constructor) {
  const make = constructor.prototype === proto ?
    (buffer) => new constructor(buffer) :
    (buffer) => ReflectConstruct(constructor, [buffer], newTargetFor(proto));
  addSample(record, make(0));
  addSample(record, ObjectPreventExtensions(make(1)));
  try {
    addSample(record, make(new primordials.ArrayBuffer(0, { __proto__: null, maxByteLength: 8 })));
    addSample(record, make(new primordials.SharedArrayBuffer(0, { __proto__: null, maxByteLength: 8 })));
  } catch {
    // Resizable buffers are missing: those views share the fixed-length shape or do not
    // exist.
  }
}

/**
 * True when `value`, an array or a typed array, certainly has no own properties besides
 * its indices (and an array's `length`); false means "not known".
 */
function hasOnlyIndexProperties(value) {
  const id = shapeId(value);
  if (id === -1) return false;
  const proto = ObjectGetPrototypeOf(value);
  if (proto === null) return false;
  let record = pristineShapes.get(proto);
  if (record === undefined) {
    record = { kinds: new SafeSet(), ids: new SafeSet(), samples: [] };
    pristineShapes.set(proto, record);
  }
  const kind = ArrayIsArray(value) ? 'Array' : TypedArrayPrototypeGetSymbolToStringTag(value);
  if (!record.kinds.has(kind)) {
    record.kinds.add(kind);
    if (kind === 'Array') {
      addArraySamples(record, proto);
    } else {
      const constructor = typedArrayConstructors[kind];
      if (constructor === undefined) return false;
      addTypedArraySamples(record, proto, constructor);
    }
  }
  return record.ids.has(id);
}

module.exports = { hasOnlyIndexProperties };
