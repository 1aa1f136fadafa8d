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
  KIND_COUNT
};

static const char *const kind_names[KIND_COUNT] = {
    "kPromise",        "kProxy",          "kError",         "kArguments",
    "kMapIterator",    "kSetIterator",    "kGenerator",     "kAsyncGenerator",
    "kMap",            "kSet",            "kWeakMap",       "kWeakSet",
    "kDate",           "kRegExp",         "kArrayBuffer",   "kDataView",
    "kNumberObject",   "kStringObject",   "kBooleanObject", "kSymbolObject",
    "kBigIntObject",   "kWeakRef",        "kFinalizationRegistry",
    "kArrayIterator",  "kStringIterator",
};

/* Expressions producing one sample of each kind, in the order of the enum. */
static const char calibration_script[] =
    "[Promise.resolve(), new Proxy({}, {}), new Error(), (function () { return arguments; })(),"
    " new Map().entries(), new Set().values(), (function* () {})(), (async function* () {})(),"
    " new Map(), new Set(), new WeakMap(), new WeakSet(), new Date(0), /x/,"
    " new ArrayBuffer(0), new DataView(new ArrayBuffer(0)), new Number(0), new String(''),"
    " new Boolean(false), Object(Symbol()), Object(0n), new WeakRef({}),"
    " new FinalizationRegistry(function () {}), [][Symbol.iterator](), ''[Symbol.iterator]()]";

static int kind_types[KIND_COUNT];
static int proxy_handler_slot = -1; /* index of the handler in the proxy cell, in words */
static bool calibrated;

static inline int cell_type(JSValueRef value) {
  return ((const uint8_t *)value)[5];
}

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
  calibrated = true;
}

/* getObjectType(value) -> the engine type number of an object, or -1 for primitives.
 * Compare with the k* constants of this binding. */
static ND_FUNCTION(get_object_type) {
  JSValueRef v = ND_ARG(0);
  if (!JSValueIsObject(ctx, v))
    return JSValueMakeNumber(ctx, -1);
  return JSValueMakeNumber(ctx, cell_type(v));
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

/* getProxyDetails(value, showProxy) -> undefined when not a proxy; the target when
 * showProxy is false; [target, handler] otherwise (both null once revoked). */
static ND_FUNCTION(get_proxy_details) {
  JSValueRef v = ND_ARG(0);
  if (!JSValueIsObject(ctx, v) || kind_types[KIND_PROXY] < 0 ||
      cell_type(v) != kind_types[KIND_PROXY])
    return JSValueMakeUndefined(ctx);
  JSObjectRef target = JSObjectGetProxyTarget((JSObjectRef)v);
  JSValueRef target_value = target ? (JSValueRef)target : JSValueMakeNull(ctx);
  if (!JSValueToBoolean(ctx, ND_ARG(1)))
    return target_value;
  JSValueRef handler = JSValueMakeNull(ctx);
  if (target != NULL && proxy_handler_slot > 0) {
    uintptr_t word = ((const uintptr_t *)v)[proxy_handler_slot];
    /* The slot holds an encoded value: a cell pointer for an object handler. */
    if (word != 0 && (word & 0xffff000000000002ull) == 0)
      handler = (JSValueRef)word;
  }
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
      {"isPromiseHandled", is_promise_handled},
      {"sleep", js_sleep},
      {"guessHandleType", guess_handle_type},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
