/*
 * signal_wrap: process.on('SIGINT', ...) and friends. One libuv signal watcher per signal
 * number while JavaScript listens for it; it holds no reference on the loop (node's
 * signal listeners do not keep a process alive either).
 */
#include "../runtime.h"
#include "bindings.h"

#include <signal.h>
#include <stdlib.h>

#define MAX_SIGNAL 65

/* Main thread only: signals are not delivered to worker threads (as in node). */
static uv_signal_t *watchers[MAX_SIGNAL];
static JSObjectRef holder; /* holder.onsignal(signum) */

static void on_close(uv_handle_t *handle) {
  free(handle);
}

static void on_signal(uv_signal_t *handle, int signum) {
  nd_runtime_t *rt = nd_runtime_current();
  JSValueRef fn = nd_get(rt->ctx, holder, "onsignal", NULL);
  if (!JSValueIsObject(rt->ctx, fn))
    return;
  JSValueRef arg = JSValueMakeNumber(rt->ctx, signum);
  nd_make_callback(rt, holder, (JSObjectRef)fn, 1, &arg);
}

/* start(signum) -> 0 or a negative errno. */
static ND_FUNCTION(start) {
  int signum = (int)nd_int(ctx, ND_ARG(0));
  if (signum <= 0 || signum >= MAX_SIGNAL)
    return JSValueMakeNumber(ctx, UV_EINVAL);
  if (nd_runtime_current()->worker != NULL)
    return JSValueMakeNumber(ctx, 0);
  if (watchers[signum] != NULL)
    return JSValueMakeNumber(ctx, 0);
  uv_signal_t *w = malloc(sizeof *w);
  if (w == NULL)
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  uv_signal_init(nd_runtime_current()->loop, w);
  int err = uv_signal_start(w, on_signal, signum);
  if (err != 0) {
    uv_close((uv_handle_t *)w, on_close);
    return JSValueMakeNumber(ctx, err);
  }
  uv_unref((uv_handle_t *)w);
  watchers[signum] = w;
  return JSValueMakeNumber(ctx, 0);
}

static ND_FUNCTION(stop) {
  int signum = (int)nd_int(ctx, ND_ARG(0));
  if (nd_runtime_current()->worker != NULL)
    return JSValueMakeUndefined(ctx);
  if (signum > 0 && signum < MAX_SIGNAL && watchers[signum] != NULL) {
    uv_close((uv_handle_t *)watchers[signum], on_close);
    watchers[signum] = NULL;
  }
  return JSValueMakeUndefined(ctx);
}

void nd__binding_signal_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  if (nd_runtime_current()->worker == NULL)
    holder = exports;
  nd_set_function(ctx, exports, "start", start);
  nd_set_function(ctx, exports, "stop", stop);
}
