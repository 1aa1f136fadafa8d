/*
 * task_queue: the hooks the bootstrap hands to the C driver (see runtime.h), and the
 * tickInfo flags that JavaScript sets and C reads without crossing the boundary.
 */
#include "../runtime.h"
#include "bindings.h"

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
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
