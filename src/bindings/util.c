/*
 * util: engine introspection that util.inspect and util.types need and the public C API
 * does not offer: an object's internal type, a promise's state and result, a proxy's
 * target and handler.
 *
 * How: JavaScriptCore's value handles are cell pointers on 64-bit builds, and every cell
 * starts with a fixed header whose sixth byte is its JSType. The type numbers differ
 * between engine versions, so they are not hard-coded: at start-up the binding creates one
 * object of each kind and records the byte it finds (calibration). Promise state and
 * result come from JSC::JSPromise's exported member functions; a proxy's handler is found
 * by locating, once, the slot that holds a known handler in a sample proxy. Everything is
 * checked against the calibrated type before memory is read, and a failed calibration
 * degrades to "unknown" (-1) rather than guessing.
 */
#include "../runtime.h"
#include "bindings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Exported C++ members of JSC::JSPromise (libjavascriptcoregtk-4.1). */
extern unsigned nd_jsc_promise_status(const void *promise, void *vm)
    __asm__("_ZNK3JSC9JSPromise6statusERNS_2VME");
extern uint64_t nd_jsc_promise_result(const void *promise, void *vm)
    __asm__("_ZNK3JSC9JSPromise6resultERNS_2VME");
extern bool nd_jsc_promise_is_handled(const void *promise, void *vm)
    __asm__("_ZNK3JSC9JSPromise9isHandledERNS_2VME");

/* Exported by the engine; declared in the unshipped JSObjectRefPrivate.h. Returns the
 * target of a proxy, or NULL when obj is not a proxy. */
JS_EXPORT JSObjectRef JSObjectGetProxyTarget(JSObjectRef obj);

enum {
  KIND_PROMISE,
  KIND_PROXY,
  KIND_ERROR,
  KIND_ARGUMENTS,
  KIND_MAP_ITERATOR,
  KIND_SET_ITERATOR,
  KIND_GENERATOR,
  KIND_ASYNC_GENERATOR,
  KIND_MAP,
  KIND_SET,
  KIND_WEAK_MAP,
  KIND_WEAK_SET,
  KIND_DATE,
  KIND_REGEXP,
  KIND_ARRAY_BUFFER,
  KIND_DATA_VIEW,
  KIND_NUMBER_OBJECT,
  KIND_STRING_OBJECT,
  KIND_BOOLEAN_OBJECT,
  KIND_SYMBOL_OBJECT,
  KIND_BIGINT_OBJECT,
  KIND_WEAK_REF,
  KIND_FINALIZATION_REGISTRY,
  KIND_ARRAY_ITERATOR,
  KIND_STRING_ITERATOR,
  KIND_SCOPED_ARGUMENTS,
  KIND_CLONED_ARGUMENTS,
  KIND_COUNT
};

static const char *const kind_names[KIND_COUNT] = {
    "kPromise",        "kProxy",          "kError",         "kArguments",
    "kMapIterator",    "kSetIterator",    "kGenerator",     "kAsyncGenerator",
    "kMap",            "kSet",            "kWeakMap",       "kWeakSet",
    "kDate",           "kRegExp",         "kArrayBuffer",   "kDataView",
    "kNumberObject",   "kStringObject",   "kBooleanObject", "kSymbolObject",
    "kBigIntObject",   "kWeakRef",        "kFinalizationRegistry",
    "kArrayIterator",  "kStringIterator", "kScopedArguments", "kClonedArguments",
};

/* Expressions producing one sample of each kind, in the order of the enum. */
static const char calibration_script[] =
    "[Promise.resolve(), new Proxy({}, {}), new Error(), (function () { return arguments; })(),"
    " new Map().entries(), new Set().values(), (function* () {})(), (async function* () {})(),"
    " new Map(), new Set(), new WeakMap(), new WeakSet(), new Date(0), /x/,"
    " new ArrayBuffer(0), new DataView(new ArrayBuffer(0)), new Number(0), new String(''),"
    " new Boolean(false), Object(Symbol()), Object(0n), new WeakRef({}),"
    " new FinalizationRegistry(function () {}), [][Symbol.iterator](), ''[Symbol.iterator](),"
    " (function (a) { return [function () { return a; }, arguments][1]; })(0),"
    " (function () { 'use strict'; return arguments; })()]";

static int kind_types[KIND_COUNT];
static int proxy_handler_slot = -1; /* index of the handler in the proxy cell, in words */
static bool calibrated;

static inline int cell_type(JSValueRef value) {
  return ((const uint8_t *)value)[5];
}

static void calibrate_iterators(JSContextRef ctx);

static void calibrate(JSContextRef ctx) {
  for (int i = 0; i < KIND_COUNT; i++)
    kind_types[i] = -1;
  JSStringRef script = JSStringCreateWithUTF8CString(calibration_script);
  JSValueRef samples = JSEvaluateScript(ctx, script, NULL, NULL, 1, NULL);
  JSStringRelease(script);
  if (samples == NULL || !JSValueIsObject(ctx, samples))
    return;
  for (int i = 0; i < KIND_COUNT; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)samples, (unsigned)i, NULL);
    if (v != NULL && JSValueIsObject(ctx, v))
      kind_types[i] = cell_type(v);
  }
  /* Two kinds sharing a type byte would make the checks ambiguous: drop both. */
  for (int i = 0; i < KIND_COUNT; i++)
    for (int j = i + 1; j < KIND_COUNT; j++)
      if (kind_types[i] != -1 && kind_types[i] == kind_types[j])
        kind_types[i] = kind_types[j] = -1;

  /* Find the proxy handler's slot: build a proxy around known objects and look for the
   * handler pointer among the first words of the cell. */
  JSStringRef proxy_script =
      JSStringCreateWithUTF8CString("(function () { var t = {}, h = {}; return [new Proxy(t, h), "
                                    "t, h]; })()");
  JSValueRef triple = JSEvaluateScript(ctx, proxy_script, NULL, NULL, 1, NULL);
  JSStringRelease(proxy_script);
  if (triple != NULL && JSValueIsObject(ctx, triple)) {
    JSValueRef proxy = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)triple, 0, NULL);
    JSValueRef target = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)triple, 1, NULL);
    JSValueRef handler = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)triple, 2, NULL);
    if (JSObjectGetProxyTarget((JSObjectRef)proxy) == target) {
      const uintptr_t *words = (const uintptr_t *)proxy;
      for (int i = 1; i < 8; i++) {
        if (words[i] == (uintptr_t)handler) {
          proxy_handler_slot = i;
          break;
        }
      }
    }
  }
  calibrate_iterators(ctx);
  calibrated = true;
}

/* Map and Set iterators. An iterator cell holds, in internal-field slots, the iterated
 * collection, the collection's entry storage as it was when iteration started (a shared
 * sentinel once the iterator is done), the position in that storage and the kind
 * (keys/values/entries). The storage counts deleted entries in a header word. Slot
 * indices and kind encodings are found by calibration on sample iterators. */
static struct {
  bool ok;
  int collection_slot;    /* in the iterator cell */
  int storage_slot;       /* in the iterator cell */
  int position_slot;      /* in the iterator cell */
  int kind_slot;          /* in the iterator cell */
  int owner_storage_slot; /* in the Map/Set cell */
  int deleted_slot;       /* in the storage cell; -1 when unknown */
  uint64_t map_kinds[3];  /* encoded kind values: keys, values, entries */
  uint64_t set_kinds[2];  /* values, entries */
  uint64_t map_done;      /* storage sentinel of exhausted iterators */
  uint64_t set_done;
} iter;

#define ND_NUMBER_TAG 0xfffe000000000000ull
#define IS_INT32(w) (((w) & 0xffff000000000000ull) == ND_NUMBER_TAG)
#define IS_CELL(w) ((w) != 0 && ((w) & 0xffff000000000002ull) == 0)
/* Words read from an iterator cell (header, butterfly, four internal fields) and from a
 * Map/Set cell (header, butterfly, storage) during calibration. */
#define ITER_WORDS 6
#define COLLECTION_WORDS 3

static const uint64_t *cell_words(JSValueRef v) {
  return (const uint64_t *)v;
}

static void calibrate_iterators(JSContextRef ctx) {
  static const char script[] =
      "(function () { var m = new Map([[1, 2], [3, 4], [5, 6]]); var s = new Set([1, 2, 3]);"
      " var m1 = m.keys(); m1.next();"
      " var md = m.keys(); md.next(); md.next(); md.next(); md.next();"
      " var sd = s.values(); sd.next(); sd.next(); sd.next(); sd.next();"
      " var d = new Map([[1, 2], [3, 4], [5, 6]]); d.delete(1);"
      " var f = new Map([[1, 2], [3, 4], [5, 6]]);"
      " return [m, m.keys(), m.values(), m.entries(), m1, md, s, s.values(), s.entries(), sd,"
      " d, f]; })()";
  JSStringRef source = JSStringCreateWithUTF8CString(script);
  JSValueRef result = JSEvaluateScript(ctx, source, NULL, NULL, 1, NULL);
  JSStringRelease(source);
  if (result == NULL || !JSValueIsObject(ctx, result))
    return;
  JSValueRef v[12];
  for (int i = 0; i < 12; i++) {
    v[i] = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)result, (unsigned)i, NULL);
    if (v[i] == NULL || !JSValueIsObject(ctx, v[i]))
      return;
  }
  const uint64_t *map = cell_words(v[0]), *mk = cell_words(v[1]), *mv = cell_words(v[2]),
                 *me = cell_words(v[3]), *m1 = cell_words(v[4]), *md = cell_words(v[5]),
                 *set = cell_words(v[6]), *sv = cell_words(v[7]), *se = cell_words(v[8]),
                 *sd = cell_words(v[9]), *deleted = cell_words(v[10]), *fresh = cell_words(v[11]);
  iter.collection_slot = iter.storage_slot = iter.position_slot = iter.kind_slot = -1;
  iter.owner_storage_slot = iter.deleted_slot = -1;
  for (int i = 1; i < ITER_WORDS; i++) {
    if (mk[i] == (uint64_t)(uintptr_t)v[0] && se[i] == (uint64_t)(uintptr_t)v[6])
      iter.collection_slot = i;
    else if (IS_INT32(mk[i]) && IS_INT32(mv[i]) && IS_INT32(me[i]) && mk[i] != mv[i] &&
             mv[i] != me[i] && mk[i] != me[i])
      iter.kind_slot = i;
    else if (IS_INT32(mk[i]) && (uint32_t)mk[i] == 0 && IS_INT32(m1[i]) && (uint32_t)m1[i] == 1)
      iter.position_slot = i;
  }
  for (int i = 1; i < ITER_WORDS && iter.storage_slot < 0; i++) {
    if (!IS_CELL(mk[i]) || i == iter.collection_slot)
      continue;
    for (int j = 1; j < COLLECTION_WORDS; j++) {
      if (map[j] == mk[i] && set[j] == sv[i]) {
        iter.storage_slot = i;
        iter.owner_storage_slot = j;
        break;
      }
    }
  }
  if (iter.collection_slot < 0 || iter.kind_slot < 0 || iter.position_slot < 0 ||
      iter.storage_slot < 0)
    return;
  iter.map_kinds[0] = mk[iter.kind_slot];
  iter.map_kinds[1] = mv[iter.kind_slot];
  iter.map_kinds[2] = me[iter.kind_slot];
  iter.set_kinds[0] = sv[iter.kind_slot];
  iter.set_kinds[1] = se[iter.kind_slot];
  iter.map_done = md[iter.storage_slot];
  iter.set_done = sd[iter.storage_slot];
  if (iter.set_kinds[0] == iter.set_kinds[1] || iter.map_done == map[iter.owner_storage_slot])
    return;
  /* The deleted-entry count: 0 in a fresh storage, 1 after one delete. */
  uint64_t fresh_word = fresh[iter.owner_storage_slot];
  uint64_t deleted_word = deleted[iter.owner_storage_slot];
  if (IS_CELL(fresh_word) && IS_CELL(deleted_word)) {
    const uint64_t *fresh_storage = (const uint64_t *)(uintptr_t)fresh_word;
    const uint64_t *deleted_storage = (const uint64_t *)(uintptr_t)deleted_word;
    for (int i = 1; i < 6; i++) {
      if (IS_INT32(fresh_storage[i]) && (uint32_t)fresh_storage[i] == 0 &&
          IS_INT32(deleted_storage[i]) && (uint32_t)deleted_storage[i] == 1) {
        iter.deleted_slot = i;
        break;
      }
    }
  }
  iter.ok = true;
}

/* previewIterator(iterator) -> [collection, kind, position, done, exact] for a Map or Set
 * iterator, without advancing it; undefined for other values or when calibration failed.
 * kind is 'keys', 'values' or 'entries'; position is the number of entries already
 * produced. exact is false when the collection changed in a way that makes position an
 * estimate (deletions before the position, or a rehash since iteration began). */
static ND_FUNCTION(preview_iterator) {
  JSValueRef v = ND_ARG(0);
  if (!iter.ok || !JSValueIsObject(ctx, v))
    return JSValueMakeUndefined(ctx);
  int type = cell_type(v);
  bool is_map;
  if (type == kind_types[KIND_MAP_ITERATOR] && type >= 0)
    is_map = true;
  else if (type == kind_types[KIND_SET_ITERATOR] && type >= 0)
    is_map = false;
  else
    return JSValueMakeUndefined(ctx);
  const uint64_t *w = cell_words(v);
  uint64_t collection = w[iter.collection_slot];
  uint64_t storage = w[iter.storage_slot];
  uint64_t kind_word = w[iter.kind_slot];
  uint64_t position_word = w[iter.position_slot];
  if (!IS_CELL(collection) || !IS_INT32(position_word))
    return JSValueMakeUndefined(ctx);
  int expected = kind_types[is_map ? KIND_MAP : KIND_SET];
  if (cell_type((JSValueRef)(uintptr_t)collection) != expected)
    return JSValueMakeUndefined(ctx);
  const char *kind;
  if (is_map)
    kind = kind_word == iter.map_kinds[0]   ? "keys"
           : kind_word == iter.map_kinds[1] ? "values"
                                            : "entries";
  else
    kind = kind_word == iter.set_kinds[1] ? "entries" : "values";
  bool done = storage == (is_map ? iter.map_done : iter.set_done);
  double position = (double)(int32_t)(uint32_t)position_word;
  bool exact = true;
  if (!done && position > 0) {
    uint64_t current = cell_words((JSValueRef)(uintptr_t)collection)[iter.owner_storage_slot];
    if (current != storage || iter.deleted_slot < 0) {
      exact = false;
    } else if (IS_CELL(storage)) {
      uint64_t deleted = ((const uint64_t *)(uintptr_t)storage)[iter.deleted_slot];
      if (!IS_INT32(deleted) || (uint32_t)deleted != 0)
        exact = false;
    }
  }
  JSValueRef items[5] = {(JSValueRef)(uintptr_t)collection, nd_string(ctx, kind),
                         JSValueMakeNumber(ctx, position), JSValueMakeBoolean(ctx, done),
                         JSValueMakeBoolean(ctx, exact)};
  return nd_array(ctx, 5, items);
}

/* getObjectType(value) -> the engine type number of an object, or -1 for primitives.
 * Compare with the k* constants of this binding. */
static ND_FUNCTION(get_object_type) {
  JSValueRef v = ND_ARG(0);
  if (!JSValueIsObject(ctx, v))
    return JSValueMakeNumber(ctx, -1);
  return JSValueMakeNumber(ctx, cell_type(v));
}

/* A cell's first four bytes are its StructureID: cells with the same id share one Structure,
 * so they have the same named (non-index) own properties with the same attributes. The
 * calibration checks that two empty objects agree and that adding a property changes it. */
static int shape_ids_usable = -1;

static uint32_t cell_shape(JSValueRef value) {
  uint32_t id;
  memcpy(&id, value, sizeof(id));
  return id;
}

static bool calibrate_shapes(JSContextRef ctx) {
  JSStringRef script = JSStringCreateWithUTF8CString("[{}, {}, { x: 1 }, { x: 2 }, { y: 1 }]");
  JSValueRef samples = JSEvaluateScript(ctx, script, NULL, NULL, 1, NULL);
  JSStringRelease(script);
  if (samples == NULL || !JSValueIsObject(ctx, samples))
    return false;
  uint32_t ids[5];
  for (unsigned i = 0; i < 5; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)samples, i, NULL);
    if (v == NULL || !JSValueIsObject(ctx, v))
      return false;
    ids[i] = cell_shape(v);
  }
  return ids[0] == ids[1] && ids[2] == ids[3] && ids[0] != ids[2] && ids[2] != ids[4] &&
         ids[0] != 0;
}

/* shapeId(value) -> a number naming the engine's shape (Structure) of an object, or -1 for
 * primitives and when the shape cannot be read. Objects with equal ids have the same
 * named own properties. An id can be reused once every object of that shape has been
 * collected, so a caller that remembers an id must keep an object of that shape alive. */
static ND_FUNCTION(shape_id) {
  JSValueRef v = ND_ARG(0);
  if (shape_ids_usable < 0)
    shape_ids_usable = calibrate_shapes(ctx);
  if (!shape_ids_usable || !JSValueIsObject(ctx, v))
    return JSValueMakeNumber(ctx, -1);
  return JSValueMakeNumber(ctx, cell_shape(v));
}

enum { PROMISE_PENDING = 0, PROMISE_FULFILLED = 1, PROMISE_REJECTED = 2 };

/* getPromiseDetails(promise) -> [state] or [state, result], or undefined when the value
 * is not a promise. States: kPending 0, kFulfilled 1, kRejected 2. */
static ND_FUNCTION(get_promise_details) {
  JSValueRef v = ND_ARG(0);
  if (!JSValueIsObject(ctx, v) || kind_types[KIND_PROMISE] < 0 ||
      cell_type(v) != kind_types[KIND_PROMISE])
    return JSValueMakeUndefined(ctx);
  void *vm = (void *)JSContextGetGroup(ctx);
  unsigned state = nd_jsc_promise_status(v, vm);
  JSValueRef items[2];
  items[0] = JSValueMakeNumber(ctx, state);
  if (state == PROMISE_PENDING)
    return nd_array(ctx, 1, items);
  items[1] = (JSValueRef)(uintptr_t)nd_jsc_promise_result(v, vm);
  return nd_array(ctx, 2, items);
}

/* isPromiseHandled(promise) -> whether a handler has ever been attached (false for
 * non-promises). */
static ND_FUNCTION(is_promise_handled) {
  JSValueRef v = ND_ARG(0);
  if (!JSValueIsObject(ctx, v) || kind_types[KIND_PROMISE] < 0 ||
      cell_type(v) != kind_types[KIND_PROMISE])
    return JSValueMakeBoolean(ctx, false);
  return JSValueMakeBoolean(ctx, nd_jsc_promise_is_handled(v, (void *)JSContextGetGroup(ctx)));
}

/* getProxyDetails(value, showProxy = true) -> undefined when not a proxy; the target when
 * showProxy is false; [target, handler] otherwise (both null once revoked). */
static ND_FUNCTION(get_proxy_details) {
  JSValueRef v = ND_ARG(0);
  if (!JSValueIsObject(ctx, v) || kind_types[KIND_PROXY] < 0 ||
      cell_type(v) != kind_types[KIND_PROXY])
    return JSValueMakeUndefined(ctx);
  JSObjectRef target = JSObjectGetProxyTarget((JSObjectRef)v);
  JSValueRef handler = JSValueMakeNull(ctx);
  if (target != NULL && proxy_handler_slot > 0) {
    uintptr_t word = ((const uintptr_t *)v)[proxy_handler_slot];
    /* The slot holds an encoded value: a cell pointer for an object handler, the encoded
     * null (0x02) once the proxy was revoked. V8 drops the target too; so does this. */
    if (word != 0 && (word & 0xffff000000000002ull) == 0)
      handler = (JSValueRef)word;
    else if (word == 0x02)
      target = NULL;
  }
  JSValueRef target_value = target ? (JSValueRef)target : JSValueMakeNull(ctx);
  /* As in node, a missing second argument means the full details. */
  if (argc > 1 && !JSValueToBoolean(ctx, argv[1]))
    return target_value;
  JSValueRef items[2] = {target_value, handler};
  return nd_array(ctx, 2, items);
}

static ND_FUNCTION(js_sleep) {
  double ms = JSValueToNumber(ctx, ND_ARG(0), NULL);
  if (ms > 0) {
    struct timespec ts = {(time_t)(ms / 1000), (long)((ms - (double)(time_t)(ms / 1000) * 1000) * 1e6)};
    while (nanosleep(&ts, &ts) != 0) {
    }
  }
  return JSValueMakeUndefined(ctx);
}

/* guessHandleType(fd) -> 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN' (libuv's view). */
static ND_FUNCTION(guess_handle_type) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  const char *name = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
    case UV_TTY:
      name = "TTY";
      break;
    case UV_FILE:
      name = "FILE";
      break;
    case UV_NAMED_PIPE:
      name = "PIPE";
      break;
    case UV_TCP:
      name = "TCP";
      break;
    case UV_UDP:
      name = "UDP";
      break;
    default:
      name = "UNKNOWN";
    }
  }
  return nd_string(ctx, name);
}

void nd__binding_util_init(JSContextRef ctx, JSObjectRef exports) {
  if (!calibrated)
    calibrate(ctx);
  for (int i = 0; i < KIND_COUNT; i++)
    nd_set_number(ctx, exports, kind_names[i], kind_types[i]);
  nd_set_number(ctx, exports, "kPending", PROMISE_PENDING);
  nd_set_number(ctx, exports, "kFulfilled", PROMISE_FULFILLED);
  nd_set_number(ctx, exports, "kRejected", PROMISE_REJECTED);
  static const nd_method_t methods[] = {
      {"getObjectType", get_object_type},
      {"getPromiseDetails", get_promise_details},
      {"getProxyDetails", get_proxy_details},
      {"previewIterator", preview_iterator},
      {"isPromiseHandled", is_promise_handled},
      {"sleep", js_sleep},
      {"guessHandleType", guess_handle_type},
      {"shapeId", shape_id},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
