/*
 * timers: the one libuv timer behind every setTimeout/setInterval, and the check and idle
 * handles behind setImmediate. The lists themselves live in JavaScript (lib/internal/
 * timers.js); C only wakes JavaScript up.
 *
 * Each expired timer and each immediate runs as its own entry from the loop, so promise
 * jobs and the nextTick queue run between two callbacks, as in node: C calls the
 * JavaScript processor repeatedly, once per callback, until it says it is done.
 */
#include "../runtime.h"
#include "bindings.h"

#include <math.h>

/* Per thread: each thread that runs JavaScript (worker threads) has its own loop. */
static __thread uv_timer_t timer_handle;
static __thread uv_check_t immediate_check;
static __thread uv_idle_t immediate_idle;
static __thread bool initialised;

/* [count, refCount, hasOutstanding] maintained by JavaScript. */
static __thread uint32_t immediate_info[3];
enum { IMMEDIATE_COUNT = 0, IMMEDIATE_REF_COUNT = 1, IMMEDIATE_HAS_OUTSTANDING = 2 };

/* Kept as properties of the binding object so the engine keeps them alive. */
static __thread JSObjectRef binding_object;

static JSObjectRef get_callback(nd_runtime_t *rt, const char *name) {
  JSValueRef v = nd_get(rt->ctx, binding_object, name, NULL);
  return JSValueIsObject(rt->ctx, v) ? (JSObjectRef)v : NULL;
}

static void on_timeout(uv_timer_t *handle);

/* processTimers(now) returns true when it ran a callback and wants to be called again,
 * otherwise the next expiry: 0 for none, positive when a referenced timer remains,
 * negative (its absolute value the time) when only unreferenced ones do. */
static void on_timeout(uv_timer_t *handle) {
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  JSObjectRef process_timers = get_callback(rt, "processTimers");
  if (process_timers == NULL)
    return;
  /* One "now" for the whole run, as in node: a timer that a callback of this run creates
   * starts at or after it, so it cannot become due within the same run. */
  uv_update_time(rt->loop);
  JSValueRef now = JSValueMakeNumber(ctx, (double)uv_now(rt->loop));
  for (;;) {
    JSValueRef ret = nd_make_callback(rt, rt->global, process_timers, 1, &now);
    if (rt->exiting)
      return;
    if (ret == NULL)
      continue; /* a callback threw and an uncaughtException handler took it */
    if (JSValueIsBoolean(ctx, ret)) {
      if (JSValueToBoolean(ctx, ret))
        continue;
      return;
    }
    double next = JSValueToNumber(ctx, ret, NULL);
    if (next == 0 || isnan(next))
      return;
    double abs_next = fabs(next);
    double delay = abs_next - (double)uv_now(rt->loop);
    uv_timer_start(handle, on_timeout, delay < 1 ? 1 : (uint64_t)delay, 0);
    if (next > 0)
      uv_ref((uv_handle_t *)handle);
    else
      uv_unref((uv_handle_t *)handle);
    return;
  }
}

static void on_check(uv_check_t *handle) {
  nd_runtime_t *rt = nd_runtime_current();
  if (immediate_info[IMMEDIATE_COUNT] == 0 && !immediate_info[IMMEDIATE_HAS_OUTSTANDING])
    return;
  JSObjectRef process_immediate = get_callback(rt, "processImmediate");
  if (process_immediate == NULL)
    return;
  for (;;) {
    JSValueRef ret = nd_make_callback(rt, rt->global, process_immediate, 0, NULL);
    if (rt->exiting)
      return;
    if (ret != NULL && !JSValueToBoolean(rt->ctx, ret))
      break;
  }
  if (immediate_info[IMMEDIATE_REF_COUNT] == 0)
    uv_idle_stop(&immediate_idle);
}

static void on_idle(uv_idle_t *handle) {
  /* Only exists to keep the loop from blocking in poll while immediates are pending. */
}

/* scheduleTimer(ms): (re)arms the libuv timer to fire after ms milliseconds. */
static ND_FUNCTION(js_schedule_timer) {
  double ms = JSValueToNumber(ctx, ND_ARG(0), NULL);
  uv_timer_start(&timer_handle, on_timeout, ms >= 1 ? (uint64_t)ms : 1, 0);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_toggle_timer_ref) {
  if (JSValueToBoolean(ctx, ND_ARG(0)))
    uv_ref((uv_handle_t *)&timer_handle);
  else
    uv_unref((uv_handle_t *)&timer_handle);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_toggle_immediate_ref) {
  if (JSValueToBoolean(ctx, ND_ARG(0)))
    uv_idle_start(&immediate_idle, on_idle);
  else
    uv_idle_stop(&immediate_idle);
  return JSValueMakeUndefined(ctx);
}

/* getLibuvNow() -> the loop's clock, refreshed first: timers measure their start from
 * the moment they are created, as in node. */
static ND_FUNCTION(js_get_libuv_now) {
  uv_loop_t *loop = nd_runtime_current()->loop;
  uv_update_time(loop);
  return JSValueMakeNumber(ctx, (double)uv_now(loop));
}

/* setupTimers(processImmediate, processTimers) registers the JavaScript processors. */
static ND_FUNCTION(js_setup_timers) {
  nd_set(ctx, binding_object, "processImmediate", ND_ARG(0));
  nd_set(ctx, binding_object, "processTimers", ND_ARG(1));
  return JSValueMakeUndefined(ctx);
}

void nd__binding_timers_init(JSContextRef ctx, JSObjectRef exports) {
  nd_runtime_t *rt = nd_runtime_current();
  if (!initialised) {
    uv_timer_init(rt->loop, &timer_handle);
    uv_unref((uv_handle_t *)&timer_handle);
    uv_check_init(rt->loop, &immediate_check);
    uv_check_start(&immediate_check, on_check);
    uv_unref((uv_handle_t *)&immediate_check);
    uv_idle_init(rt->loop, &immediate_idle);
    initialised = true;
  }
  binding_object = exports;
  static const nd_method_t methods[] = {
      {"scheduleTimer", js_schedule_timer},
      {"toggleTimerRef", js_toggle_timer_ref},
      {"toggleImmediateRef", js_toggle_immediate_ref},
      {"getLibuvNow", js_get_libuv_now},
      {"setupTimers", js_setup_timers},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set(ctx, exports, "immediateInfo",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint32Array, immediate_info,
                                               sizeof immediate_info, NULL, NULL, NULL));
  nd_set_number(ctx, exports, "kCount", IMMEDIATE_COUNT);
  nd_set_number(ctx, exports, "kRefCount", IMMEDIATE_REF_COUNT);
  nd_set_number(ctx, exports, "kHasOutstanding", IMMEDIATE_HAS_OUTSTANDING);
}
