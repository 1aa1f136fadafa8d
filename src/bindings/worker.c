/*
 * worker: threads for node:worker_threads (lib/internal/worker.js is the parent's side,
 * lib/internal/main/worker_thread.js the worker's).
 *
 * A worker is a thread with its own libuv loop and its own engine (context group), which
 * runs the same bootstrap as the main thread with the 'worker' entry point. The parent and
 * the worker talk only through message ports (messaging.c): two endpoints, made by the
 * parent's JavaScript as channels and handed to the thread here, become the worker's
 * internal port (start-up data, stdio, errors) and its parentPort.
 *
 * Stopping. A worker ends when its loop runs out of work, when it calls process.exit(),
 * after an uncaught exception, or when the parent calls terminate(). The last three go
 * through nd_worker_stop() on the worker's thread: from then on no JavaScript runs there.
 * JavaScript that is running is interrupted with the engine's execution time limit
 * (JSContextGroupSetExecutionTimeLimit, the one way the C API offers): every worker runs
 * with a limit whose callback answers whether the worker must stop, so a busy worker
 * notices terminate() within WATCHDOG_SECONDS of CPU time, and stopping sets the limit to
 * zero so running code ends at once. A worker blocked in a system call (Atomics.wait, a
 * synchronous read) is only interrupted when that call returns.
 *
 * The parent's handle (a handle_wrap over a uv_async_t on the parent's loop) learns of
 * the end of the thread, joins it and calls handle.onexit(code). Closing the handle while
 * the thread runs (the parent thread itself ending) stops the worker and waits for it.
 *
 * JavaScript interface:
 *   threadId, isMainThread            of the calling thread
 *   createWorker({ name, stackSizeMb }, internalTransit, publicTransit) -> handle
 *     handle.startThread() -> 0 or a negative errno
 *     handle.stopThread()             terminate()
 *     handle.threadId
 *     handle.onexit(code)             once the thread has ended
 *     handle.ref(), unref(), hasRef(), close()
 *   takeParentPorts() -> [internal, public] port handles   (in a worker, once)
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "bindings.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Exported by libjavascriptcoregtk, declared in JSContextRefPrivate.h (not shipped). The
 * callback runs on the engine's thread once the running script has used `limit` seconds
 * of CPU time; returning true ends the script with an uncatchable termination. */
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void *context);
JS_EXPORT void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                                   JSShouldTerminateCallback callback,
                                                   void *context);

/* CPU seconds a worker's JavaScript may run before the engine asks whether it must stop. */
#define WATCHDOG_SECONDS 0.02

typedef struct nd_worker {
  nd_handle_wrap_t base; /* the parent's handle */
  uv_async_t exit_async; /* on the parent's loop: the thread has ended */
  pthread_mutex_t lock;
  uv_thread_t thread;
  bool started, joined;
  int thread_id;
  size_t stack_size;
  nd_options_t options; /* the parent's, with the worker mode */
  void *endpoints[2];   /* internal and public port endpoints, until the worker takes them */

  /* Guarded by lock. */
  bool parent_open;      /* exit_async may be signalled */
  bool stop_ready;       /* stop_async may be signalled */
  bool finished;
  int exit_code;

  /* The worker's side. */
  uv_loop_t loop;
  uv_async_t stop_async;
  atomic_bool stop_requested;
  nd_runtime_t *rt;
} nd_worker_t;

static JSClassRef worker_class;
static atomic_int next_thread_id = 1;
static __thread int current_thread_id;

/* ---------------------------------------------------------------------------------------
 * The worker's thread */

/* The engine's execution-time-limit callback: stop when asked to. Runs on the worker's
 * thread while its JavaScript runs. */
static bool should_terminate(JSContextRef ctx, void *data) {
  nd_worker_t *w = data;
  if (!atomic_load(&w->stop_requested)) {
    /* Arm the next check: the engine re-arms its timer after a callback that declined
     * only when the callback sets the limit again. */
    JSContextGroupSetExecutionTimeLimit(JSContextGetGroup(ctx), WATCHDOG_SECONDS,
                                        should_terminate, w);
    return false;
  }
  nd_runtime_t *rt = w->rt;
  if (rt != NULL && !rt->terminating) {
    rt->terminating = true;
    rt->exiting = true;
    rt->exit_code = 1;
    uv_stop(rt->loop);
  }
  return true;
}

void nd_worker_stop(nd_runtime_t *rt, int code) {
  nd_worker_t *w = rt->worker;
  if (w == NULL || rt->terminating)
    return;
  rt->terminating = true;
  rt->exiting = true;
  rt->exit_code = code;
  uv_stop(rt->loop);
  atomic_store(&w->stop_requested, true);
  /* Interrupt whatever JavaScript is running now (process.exit() called from deep inside
   * it); the worker's library spins until this lands. */
  if (rt->group != NULL)
    JSContextGroupSetExecutionTimeLimit(rt->group, 0, should_terminate, w);
}

static void on_stop_async(uv_async_t *async) {
  nd_worker_t *w = async->data;
  if (w->rt != NULL && atomic_load(&w->stop_requested))
    nd_worker_stop(w->rt, 1);
}

static void worker_main(void *arg) {
  nd_worker_t *w = arg;
  current_thread_id = w->thread_id;
  int code = 1;
  nd_runtime_t *rt = calloc(1, sizeof *rt);
  if (rt != NULL && uv_loop_init(&w->loop) == 0) {
    int err = nd_runtime_init_worker(rt, &w->options, &w->loop, w);
    if (err == 0) {
      uv_async_init(&w->loop, &w->stop_async, on_stop_async);
      w->stop_async.data = w;
      uv_unref((uv_handle_t *)&w->stop_async);
      pthread_mutex_lock(&w->lock);
      w->rt = rt;
      w->stop_ready = true;
      pthread_mutex_unlock(&w->lock);
      JSContextGroupSetExecutionTimeLimit(rt->group, WATCHDOG_SECONDS, should_terminate, w);
      if (atomic_load(&w->stop_requested))
        nd_worker_stop(rt, 1);
      code = nd_runtime_run(rt);
    } else {
      code = err;
    }
    pthread_mutex_lock(&w->lock);
    w->stop_ready = false;
    pthread_mutex_unlock(&w->lock);
    if (rt->ctx != NULL)
      nd_runtime_dispose(rt);
    w->rt = NULL;
    uv_loop_close(&w->loop);
  }
  free(rt);
  /* Endpoints the worker never took (it failed to start) close here. */
  for (int i = 0; i < 2; i++) {
    nd_messaging_release_endpoint(w->endpoints[i]);
    w->endpoints[i] = NULL;
  }
  nd_messaging_thread_exit();
  pthread_mutex_lock(&w->lock);
  w->finished = true;
  w->exit_code = code;
  if (w->parent_open)
    uv_async_send(&w->exit_async);
  pthread_mutex_unlock(&w->lock);
}

/* ---------------------------------------------------------------------------------------
 * The parent's handle */

static void request_stop(nd_worker_t *w) {
  pthread_mutex_lock(&w->lock);
  atomic_store(&w->stop_requested, true);
  if (w->stop_ready)
    uv_async_send(&w->stop_async);
  pthread_mutex_unlock(&w->lock);
}

static void join(nd_worker_t *w) {
  if (w->started && !w->joined) {
    uv_thread_join(&w->thread);
    w->joined = true;
  }
}

static void on_exit_async(uv_async_t *async) {
  nd_worker_t *w = (nd_worker_t *)async->data;
  pthread_mutex_lock(&w->lock);
  bool finished = w->finished;
  int code = w->exit_code;
  pthread_mutex_unlock(&w->lock);
  if (!finished)
    return;
  join(w);
  JSValueRef arg = JSValueMakeNumber(nd_runtime_current()->ctx, code);
  nd_handle_wrap_emit(&w->base, "onexit", 1, &arg);
}

static void on_worker_closing(nd_handle_wrap_t *wrap) {
  nd_worker_t *w = (nd_worker_t *)wrap;
  pthread_mutex_lock(&w->lock);
  w->parent_open = false;
  bool running = w->started && !w->finished;
  pthread_mutex_unlock(&w->lock);
  if (running)
    request_stop(w);
}

/* The handle has closed: the thread is stopped (when still running) and joined; then
 * what the struct owns is freed (the wrapper's finalizer frees the struct). */
static void on_worker_closed(nd_handle_wrap_t *wrap) {
  nd_worker_t *w = (nd_worker_t *)wrap;
  join(w);
  for (int i = 0; i < 2; i++) {
    nd_messaging_release_endpoint(w->endpoints[i]);
    w->endpoints[i] = NULL;
  }
  free(w->options.exec_argv);
  w->options.exec_argv = NULL;
  pthread_mutex_destroy(&w->lock);
}

static nd_worker_t *this_worker(JSContextRef ctx, JSObjectRef object, JSValueRef *exc) {
  return (nd_worker_t *)nd_handle_wrap_unwrap(ctx, object, worker_class, exc);
}

static ND_FUNCTION(js_start_thread) {
  nd_worker_t *w = this_worker(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  if (w->started || w->base.state != ND_HANDLE_OPEN)
    return JSValueMakeNumber(ctx, UV_EINVAL);
  uv_thread_options_t options = {UV_THREAD_HAS_STACK_SIZE, w->stack_size};
  int err = uv_thread_create_ex(&w->thread, &options, worker_main, w);
  if (err == 0)
    w->started = true;
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_stop_thread) {
  nd_worker_t *w = this_worker(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  if (w->started)
    request_stop(w);
  return JSValueMakeUndefined(ctx);
}

static JSValueRef get_thread_id(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                JSValueRef *exc) {
  nd_worker_t *w = JSObjectGetPrivate(object);
  return JSValueMakeNumber(ctx, w != NULL ? w->thread_id : -1);
}

/* Copies the strings of a JavaScript array into a NULL-terminated array whose strings
 * live in the same allocation (freed with one free()). */
static char **string_array(JSContextRef ctx, JSValueRef value, int *count) {
  *count = 0;
  if (!JSValueIsObject(ctx, value))
    return NULL;
  JSValueRef n = nd_get(ctx, (JSObjectRef)value, "length", NULL);
  int len = JSValueIsNumber(ctx, n) ? (int)JSValueToNumber(ctx, n, NULL) : 0;
  char **items = calloc((size_t)len + 1, sizeof *items);
  char **strings = calloc((size_t)len + 1, sizeof *strings);
  size_t total = 0;
  for (int i = 0; i < len; i++) {
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)value, (unsigned)i, NULL);
    strings[i] = nd_to_utf8(ctx, item, NULL, NULL);
    total += strings[i] != NULL ? strlen(strings[i]) + 1 : 1;
  }
  char **block = malloc(((size_t)len + 1) * sizeof *block + total);
  char *text = (char *)(block + len + 1);
  for (int i = 0; i < len; i++) {
    const char *s = strings[i] != NULL ? strings[i] : "";
    size_t l = strlen(s) + 1;
    memcpy(text, s, l);
    block[i] = text;
    text += l;
    free(strings[i]);
  }
  block[len] = NULL;
  free(strings);
  free(items);
  *count = len;
  return block;
}

/* createWorker({ stackSizeMb, execArgv }, internalTransit, publicTransit) -> handle */
static ND_FUNCTION(js_create_worker) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", NULL, "createWorker: expected options");
  JSObjectRef config = (JSObjectRef)argv[0];
  nd_worker_t *w = calloc(1, sizeof *w);
  if (w == NULL)
    return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  pthread_mutex_init(&w->lock, NULL);
  atomic_init(&w->stop_requested, false);
  w->thread_id = atomic_fetch_add(&next_thread_id, 1);
  JSValueRef stack = nd_get(ctx, config, "stackSizeMb", NULL);
  double mb = JSValueIsNumber(ctx, stack) ? JSValueToNumber(ctx, stack, NULL) : 4;
  if (!(mb >= 1))
    mb = 4;
  if (mb > 1024)
    mb = 1024;
  /* The engine keeps a reserve below its stack limit; give it room on top of the size
   * JavaScript may use. */
  w->stack_size = (size_t)(mb * 1024 * 1024) + 256 * 1024;
  nd_runtime_t *parent = nd_runtime_current();
  w->options = *parent->options;
  w->options.mode = ND_MODE_WORKER;
  w->options.script = NULL;
  w->options.eval_source = NULL;
  w->options.script_argc = 0;
  w->options.script_argv = NULL;
  w->options.require_count = 0;
  w->options.requires = NULL;
  w->options.exec_argv = string_array(ctx, nd_get(ctx, config, "execArgv", NULL),
                                      &w->options.exec_argc);
  w->endpoints[0] = nd_messaging_take_transit(ctx, ND_ARG(1));
  w->endpoints[1] = nd_messaging_take_transit(ctx, ND_ARG(2));
  if (uv_async_init(parent->loop, &w->exit_async, on_exit_async) != 0) {
    nd_messaging_release_endpoint(w->endpoints[0]);
    nd_messaging_release_endpoint(w->endpoints[1]);
    free(w->options.exec_argv);
    pthread_mutex_destroy(&w->lock);
    free(w);
    return nd_throw(ctx, exc, "Error", NULL, "cannot create the worker's handle");
  }
  w->base.handle = (uv_handle_t *)&w->exit_async;
  w->base.on_closing = on_worker_closing;
  w->base.on_closed = on_worker_closed;
  w->parent_open = true;
  return nd_handle_wrap_adopt(ctx, worker_class, &w->base);
}

/* takeParentPorts() -> [internal, public]: the worker's ends of its channels, as port
 * handles on this thread (once; undefined afterwards or on the main thread). */
static ND_FUNCTION(js_take_parent_ports) {
  nd_runtime_t *rt = nd_runtime_current();
  nd_worker_t *w = rt->worker;
  if (w == NULL || w->endpoints[0] == NULL || w->endpoints[1] == NULL)
    return JSValueMakeUndefined(ctx);
  JSValueRef handles[2];
  for (int i = 0; i < 2; i++) {
    JSObjectRef handle = nd_messaging_adopt_endpoint(ctx, w->endpoints[i]);
    w->endpoints[i] = NULL;
    handles[i] = handle != NULL ? (JSValueRef)handle : JSValueMakeUndefined(ctx);
  }
  return nd_array(ctx, 2, handles);
}

static void make_class(void) {
  static const JSStaticFunction methods[] = {
      {"startThread", js_start_thread, kJSPropertyAttributeDontEnum},
      {"stopThread", js_stop_thread, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  static const JSStaticValue values[] = {
      {"threadId", get_thread_id, NULL,
       kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
      {NULL, NULL, NULL, 0},
  };
  worker_class = nd_handle_wrap_class("WorkerHandle", methods, values);
}

void nd__binding_worker_init(JSContextRef ctx, JSObjectRef exports) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, make_class);
  static const nd_method_t methods[] = {
      {"createWorker", js_create_worker},
      {"takeParentPorts", js_take_parent_ports},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set_number(ctx, exports, "threadId", current_thread_id);
  nd_set(ctx, exports, "isMainThread",
         JSValueMakeBoolean(ctx, nd_runtime_current()->worker == NULL));
}
