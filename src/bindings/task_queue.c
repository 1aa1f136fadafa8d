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

/* setupHooks({ trampoline, tickCallback, uncaughtHandler, emitBeforeExit, emitExit, runMain,
 * onUnhandledRejection }) registers the JavaScript side of the driver. Called once. */
static ND_FUNCTION(setup_hooks) {
  nd_runtime_t *rt = nd_runtime_current();
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", NULL, "setupHooks: expected an object");
  JSObjectRef hooks = (JSObjectRef)argv[0];
  JSObjectRef rejection;
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

/* triggerUncaughtException(err, fromPromise): reports err as node does for an exception
 * that reached the event loop (used for errors from queueMicrotask callbacks). */
static ND_FUNCTION(trigger_uncaught_exception) {
  nd_runtime_t *rt = nd_runtime_current();
  nd_handle_uncaught(rt, ND_ARG(0), JSValueToBoolean(ctx, ND_ARG(1)));
  return JSValueMakeUndefined(ctx);
}

/* runMicrotasks(): runs the engine's promise jobs now, from inside the current engine call.
 *
 * Left to itself, JavaScriptCore runs them when the outermost API call returns, outside
 * any JavaScript frame, so every job is a fresh top-level entry into the engine, and on
 * this platform each such entry resets the engine's date cache (about 2 KB of stores):
 * that was a sixth of the time of a `for await` loop over an async generator. Run from
 * here the jobs execute nested in the caller's entry, as in node, whose driver also
 * calls runMicrotasks() from JavaScript. The C API drops the engine lock around a host
 * function, so it is taken again for the drain.
 *
 * These are exported C++ symbols, not C API; where they are missing this does nothing
 * and the jobs run when the outermost call returns, in the same order as before. */
typedef void (*drain_fn)(void *vm);
typedef void (*lock_holder_fn)(void *holder, void *vm);
typedef void (*unlock_holder_fn)(void *holder);
static struct {
  drain_fn drain;
  lock_holder_fn lock;
  unlock_holder_fn unlock;
} engine_jobs;
static pthread_once_t engine_jobs_once = PTHREAD_ONCE_INIT;

static void engine_jobs_init(void) {
  engine_jobs.drain = (drain_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC2VM15drainMicrotasksEv");
  engine_jobs.lock = (lock_holder_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC12JSLockHolderC1EPNS_2VME");
  engine_jobs.unlock = (unlock_holder_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC12JSLockHolderD1Ev");
}

static ND_FUNCTION(run_microtasks) {
  pthread_once(&engine_jobs_once, engine_jobs_init);
  if (engine_jobs.drain != NULL && engine_jobs.lock != NULL && engine_jobs.unlock != NULL) {
    /* A context group is the engine's VM (the C API casts one to the other). The lock
     * holder is one reference-counted pointer; the buffer leaves room to spare. */
    void *vm = (void *)JSContextGetGroup(ctx);
    void *holder[4] = {NULL, NULL, NULL, NULL};
    engine_jobs.lock(holder, vm);
    int depth = nd_engine_lock_forget();
    engine_jobs.drain(vm);
    nd_engine_lock_remember(depth);
    engine_jobs.unlock(holder);
  }
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
