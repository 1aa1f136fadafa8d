/*
 * task_queue: the hooks the bootstrap hands to the C driver (see runtime.h), and the
 * tickInfo flags that JavaScript sets and C reads without crossing the boundary.
 */
#include "../jsc_string.h"
#include "../runtime.h"
#include "bindings.h"

#include <dlfcn.h>
#include <pthread.h>

JS_EXPORT void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                            JSObjectRef function,
                                                            JSValueRef *exception);

static JSObjectRef hook(JSContextRef ctx, JSObjectRef hooks, const char *name, JSValueRef *exc) {
  JSValueRef v = nd_get(ctx, hooks, name, exc);
  if (!JSValueIsObject(ctx, v) || !JSObjectIsFunction(ctx, (JSObjectRef)v)) {
    nd_throw(ctx, exc, "TypeError", NULL, "setupHooks: %s must be a function", name);
    return NULL;
  }
  JSValueProtect(ctx, v);
  return (JSObjectRef)v;
}

/* setupHooks({ trampoline, callbackFailed, tickCallback, uncaughtHandler, emitBeforeExit,
 * emitExit, runMain, onUnhandledRejection }) registers the JavaScript side of the driver.
 * Called once. */
static ND_FUNCTION(setup_hooks) {
  nd_runtime_t *rt = nd_runtime_current();
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", NULL, "setupHooks: expected an object");
  JSObjectRef hooks = (JSObjectRef)argv[0];
  JSObjectRef rejection;
  JSValueRef failed = nd_get(ctx, hooks, "callbackFailed", exc);
  if (!JSValueIsObject(ctx, failed))
    return nd_throw(ctx, exc, "TypeError", NULL, "setupHooks: callbackFailed must be an object");
  JSValueProtect(ctx, failed);
  rt->callback_failed = (JSObjectRef)failed;
  if (!(rt->trampoline = hook(ctx, hooks, "trampoline", exc)) ||
      !(rt->tick_callback = hook(ctx, hooks, "tickCallback", exc)) ||
      !(rt->uncaught_handler = hook(ctx, hooks, "uncaughtHandler", exc)) ||
      !(rt->emit_before_exit = hook(ctx, hooks, "emitBeforeExit", exc)) ||
      !(rt->emit_exit = hook(ctx, hooks, "emitExit", exc)) ||
      !(rt->run_main = hook(ctx, hooks, "runMain", exc)) ||
      !(rejection = hook(ctx, hooks, "onUnhandledRejection", exc)))
    return NULL;
  JSGlobalContextSetUnhandledRejectionCallback(rt->ctx, rejection, exc);
  return JSValueMakeUndefined(ctx);
}

/* triggerUncaughtException(err, fromPromise) -> whether JavaScript may go on: reports err
 * as node does for an exception that reached the event loop. The library catches what a
 * callback, a tick or a queueMicrotask callback throws and reports it here, from inside
 * the engine call: had the exception left the call, the engine would first have run the
 * promise jobs already queued, which node runs after the 'uncaughtException' handler.
 * Without a handler the process has ended before this returns; false means that a worker
 * is stopping. */
static ND_FUNCTION(trigger_uncaught_exception) {
  nd_runtime_t *rt = nd_runtime_current();
  nd_handle_uncaught(rt, ND_ARG(0), JSValueToBoolean(ctx, ND_ARG(1)));
  return JSValueMakeBoolean(ctx, !rt->terminating);
}

/* runMicrotasks(): runs the engine's promise jobs now, from inside the current engine call.
 *
 * Left to itself, JavaScriptCore runs them when the outermost API call returns, outside
 * any JavaScript frame, so every job is a fresh top-level entry into the engine, and on
 * this platform each such entry resets the engine's date cache (about 2 KB of stores):
 * that was a sixth of the time of a `for await` loop over an async generator. Run from
 * here the jobs execute nested in the caller's entry, as in node, whose driver also
 * calls runMicrotasks() from JavaScript. The engine's lock is taken for the drain (a C API
 * function runs with it dropped; a host function already holds it).
 *
 * The drain is an exported C++ symbol, not C API; where it is missing this does nothing
 * and the jobs run when the outermost call returns, in the same order as before. */
typedef void (*drain_fn)(void *vm);
static drain_fn engine_drain;
static pthread_once_t engine_drain_once = PTHREAD_ONCE_INIT;

static void engine_drain_init(void) {
  engine_drain = (drain_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC2VM15drainMicrotasksEv");
}

static ND_FUNCTION(run_microtasks) {
  pthread_once(&engine_drain_once, engine_drain_init);
  if (engine_drain == NULL)
    return JSValueMakeUndefined(ctx);
  nd_engine_lock_t lock;
  nd_engine_lock(&lock, ctx);
  if (lock.held) {
    /* The jobs run arbitrary JavaScript, which may call C API functions that run with
     * the lock dropped: the record that this thread holds it is cleared meanwhile. */
    int depth = nd_engine_lock_forget();
    /* A context group is the engine's VM (the C API casts one to the other). */
    engine_drain((void *)JSContextGetGroup(ctx));
    nd_engine_lock_remember(depth);
  }
  nd_engine_unlock(&lock);
  return JSValueMakeUndefined(ctx);
}

ND_HOST_ENTRY(run_microtasks)

void nd__binding_task_queue_init(JSContextRef ctx, JSObjectRef exports) {
  nd_runtime_t *rt = nd_runtime_current();
  JSObjectRef tick_info = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeUint8Array, rt->tick_info, sizeof rt->tick_info, NULL, NULL, NULL);
  nd_set(ctx, exports, "tickInfo", tick_info);
  nd_set_number(ctx, exports, "kHasTickScheduled", ND_TICK_HAS_TICK);
  nd_set_number(ctx, exports, "kHasRejectionToWarn", ND_TICK_HAS_REJECTION);
  nd_set_number(ctx, exports, "kHasReportedRejections", ND_TICK_HAS_REPORTED);
  static const nd_method_t methods[] = {
      {"setupHooks", setup_hooks},
      {"triggerUncaughtException", trigger_uncaught_exception},
      {"runMicrotasks", run_microtasks},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  /* Called after every callback from the loop, mostly with no job queued: as a host
   * function the empty call costs a fraction of a C API call. */
  nd_use_host_function(ctx, exports, "runMicrotasks", 0, run_microtasks_host);
}
