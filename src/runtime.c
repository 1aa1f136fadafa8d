#include "runtime.h"

#include "engine_loop.h"

#include "bindings/bindings.h"
#include "builtins_table.h"
#include "handle_wrap.h"
#include "js.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Exported by libjavascriptcoregtk but declared in a private header that Debian does not
 * ship (JSContextRefPrivate.h). The function is called with (promise, reason) for every
 * promise still rejected without a handler after the engine drained its job queue. */
JS_EXPORT void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                            JSObjectRef function,
                                                            JSValueRef *exception);

static __thread nd_runtime_t *current_runtime;

nd_runtime_t *nd_runtime_current(void) {
  return current_runtime;
}

/* Engine options are read from JSC_* environment variables when the first VM is created.
 * Set the ones nodus depends on, leaving any value the user chose alone. */
static const char *engine_variables_set[8];

static void set_engine_variable(const char *name, const char *value) {
  if (getenv(name) != NULL)
    return;
  setenv(name, value, 1);
  for (size_t i = 0; i < sizeof engine_variables_set / sizeof *engine_variables_set; i++) {
    if (engine_variables_set[i] == NULL) {
      engine_variables_set[i] = name;
      break;
    }
  }
}

static void configure_engine(void) {
  /* Node exposes SharedArrayBuffer; JavaScriptCore hides it unless asked. */
  set_engine_variable("JSC_useSharedArrayBuffer", "true");
  /* V8 has no proper tail calls: with them, strict-mode code loses caller frames, which
   * stack traces (and assert's call-site lookup) must show as in node. */
  set_engine_variable("JSC_useTailCalls", "false");
  /* The engine suspends threads for garbage collection with a signal, SIGUSR1 by default.
   * Node programs listen for SIGUSR1 and SIGUSR2 themselves, and a listener replacing the
   * engine's handler deadlocks the collector. A real-time signal has no name in node's
   * API, so no program can claim it. */
  static char gc_signal[16];
  snprintf(gc_signal, sizeof gc_signal, "%d", SIGRTMIN + 4);
  set_engine_variable("JSC_SIGNAL_FOR_GC", gc_signal);
  /* Heap growth. On machines with 16 GB of RAM or more the engine lets the heap grow to
   * about four times what survived the last full collection, and that size counts the
   * ArrayBuffers and large strings that are still alive. A program holding a 64 MiB Buffer
   * may then pile up some 200 MB of garbage before the next full collection, where node
   * peaks far lower. Allowing twice the surviving size instead brings those peaks down by a
   * quarter to a third (Buffer.concat, toString and TextDecoder of 1 MiB, writeFile of 64
   * MiB). The engine's context groups are "small" heaps whose floor is 1 MB; with the
   * smaller factor alone, programs with a few MB alive would then run a full collection
   * after nearly every young one. So the floor is raised to 8 MB, the size the engine's
   * rate limit (8 x the floor) already let the young generation reach, and the rate limit
   * is set to 1 x the new floor: small heaps keep their number and kind of collections.
   * Measurements and the other options tried: docs/engine-gc.md. */
  set_engine_variable("JSC_heapGrowthMaxIncrease", "1");
  set_engine_variable("JSC_smallHeapSize", "8388608");
  set_engine_variable("JSC_maxEdenSizeForRateLimitingMultiplier", "1");
}

/* The variables above configure the engine once per process, when it initialises; they
 * are then removed (all of them, or only the one named by `only`) so that process.env and
 * child processes see the environment the user gave, as under node. The threading layer
 * reads JSC_SIGNAL_FOR_GC when the run loop is set up, and the option parser that runs
 * later rejects variables it does not know ("invalid option"), so that one goes first. */
static void forget_engine_variables(const char *only) {
  for (size_t i = 0; i < sizeof engine_variables_set / sizeof *engine_variables_set; i++) {
    const char *name = engine_variables_set[i];
    if (name == NULL || (only != NULL && strcmp(name, only) != 0))
      continue;
    unsetenv(name);
    engine_variables_set[i] = NULL;
  }
}

void nd_print_raw_exception(JSContextRef ctx, JSValueRef exception) {
  char *message = nd_to_utf8(ctx, exception, NULL, NULL);
  fprintf(stderr, "%s\n", message ? message : "(unprintable exception)");
  free(message);
  if (JSValueIsObject(ctx, exception)) {
    JSValueRef stack = nd_get(ctx, (JSObjectRef)exception, "stack", NULL);
    if (JSValueIsString(ctx, stack)) {
      char *s = nd_to_utf8(ctx, stack, NULL, NULL);
      fprintf(stderr, "%s\n", s);
      free(s);
    }
  }
  fflush(stderr);
}

_Noreturn void nd_runtime_exit(nd_runtime_t *rt, int code) {
  nd_startup_trace_report(rt->ctx);
  uv_tty_reset_mode();
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

void nd_handle_uncaught(nd_runtime_t *rt, JSValueRef exception, bool from_promise) {
  JSContextRef ctx = rt->ctx;
  if (rt->terminating)
    return; /* a stopping worker: nothing is reported any more */
  if (!rt->bootstrapped || rt->uncaught_handler == NULL) {
    nd_print_raw_exception(ctx, exception);
    if (rt->worker != NULL) {
      nd_worker_stop(rt, 1);
      return;
    }
    nd_runtime_exit(rt, 1);
  }
  JSValueRef args[2] = {exception, JSValueMakeBoolean(ctx, from_promise)};
  JSValueRef inner = NULL;
  rt->depth++;
  JSValueRef result = JSObjectCallAsFunction(ctx, rt->uncaught_handler, NULL, 2, args, &inner);
  rt->depth--;
  if (rt->terminating)
    return;
  if (inner != NULL) {
    /* The handler itself failed: this is a bug in nodus's library, not user code. */
    fprintf(stderr, "nodus: internal error while handling an uncaught exception:\n");
    nd_print_raw_exception(ctx, inner);
    nd_print_raw_exception(ctx, exception);
    if (rt->worker != NULL) {
      nd_worker_stop(rt, 7);
      return;
    }
    nd_runtime_exit(rt, 7);
  }
  if (result != NULL && JSValueIsBoolean(ctx, result) && JSValueToBoolean(ctx, result))
    return;
  int code = result != NULL && JSValueIsNumber(ctx, result) ? (int)nd_int(ctx, result) : 1;
  if (rt->worker != NULL) {
    nd_worker_stop(rt, code);
    return;
  }
  nd_runtime_exit(rt, code);
}

void nd_process_ticks(nd_runtime_t *rt) {
  /* Each call is a separate top-level API call, so the engine drains promise jobs after
   * it; ticks queued by those jobs are picked up by the next iteration. Reported
   * rejections are checked for late handlers once per turn. */
  bool checked_reported = false;
  while (rt->tick_callback != NULL && !rt->terminating) {
    uint8_t *info = rt->tick_info;
    if (!info[ND_TICK_HAS_TICK] && !info[ND_TICK_HAS_REJECTION]) {
      if (!info[ND_TICK_HAS_REPORTED] || checked_reported)
        break;
      checked_reported = true;
    }
    JSValueRef exc = NULL;
    rt->depth++;
    JSObjectCallAsFunction(rt->ctx, rt->tick_callback, NULL, 0, NULL, &exc);
    rt->depth--;
    if (exc != NULL)
      nd_handle_uncaught(rt, exc, false);
  }
}

JSValueRef nd_make_callback(nd_runtime_t *rt, JSObjectRef recv, JSObjectRef fn, size_t argc,
                            const JSValueRef argv[]) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exc = NULL;
  JSValueRef result;
  if (rt->terminating)
    return NULL;
  if (rt->depth > 0 || rt->trampoline == NULL) {
    rt->depth++;
    result = JSObjectCallAsFunction(ctx, fn, recv, argc, argv, &exc);
    rt->depth--;
  } else {
    /* The trampoline takes the callback as its first argument. */
    JSValueRef stack_args[8];
    JSValueRef *args = argc < 8 ? stack_args : malloc((argc + 1) * sizeof(JSValueRef));
    if (args == NULL)
      abort();
    args[0] = fn;
    for (size_t i = 0; i < argc; i++)
      args[i + 1] = argv[i];
    rt->depth++;
    result = JSObjectCallAsFunction(ctx, rt->trampoline, recv, argc + 1, args, &exc);
    rt->depth--;
    if (args != stack_args)
      free(args);
  }
  if (exc != NULL) {
    result = NULL;
    if (rt->depth == 0)
      nd_handle_uncaught(rt, exc, false);
  } else if (result == rt->callback_failed) {
    result = NULL; /* it threw, and the trampoline has reported it */
  }
  if (rt->depth == 0)
    nd_process_ticks(rt);
  return result;
}

static ND_FUNCTION(js_internal_binding) {
  char *name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (name == NULL)
    return NULL;
  JSObjectRef b = nd_internal_binding(ctx, name, exc);
  free(name);
  return b;
}

/* Runs one bootstrap script: compiles lib/<id>.js with the builtin parameter list and
 * calls it. Returns module.exports, or NULL after printing the failure. */
static JSValueRef run_bootstrap_script(nd_runtime_t *rt, const char *id, JSObjectRef process,
                                       JSObjectRef binding_fn, JSObjectRef primordials) {
  JSContextRef ctx = rt->ctx;
  const nd_builtin_source_t *src = nd_builtin_find(id);
  if (src == NULL) {
    fprintf(stderr, "nodus: missing builtin %s\n", id);
    return NULL;
  }
  JSValueRef exc = NULL;
  JSObjectRef fn = nd_builtin_compile(ctx, src, &exc);
  if (fn == NULL) {
    nd_print_raw_exception(ctx, exc);
    return NULL;
  }
  JSObjectRef exports = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef module = JSObjectMake(ctx, NULL, NULL);
  nd_set(ctx, module, "exports", exports);
  JSValueRef args[6] = {exports,     JSValueMakeUndefined(ctx), module, process, binding_fn,
                        primordials};
  rt->depth++;
  JSObjectCallAsFunction(ctx, fn, NULL, 6, args, &exc);
  rt->depth--;
  if (exc != NULL) {
    nd_print_raw_exception(ctx, exc);
    return NULL;
  }
  return nd_get(ctx, module, "exports", NULL);
}

/* Descriptors open before the engine starts, as a bitmap over the first 1024 numbers. The
 * engine opens some of its own without close-on-exec (/dev/urandom twice, /dev/null):
 * those must not leak into child processes, while descriptors inherited from our parent
 * stay as they are (a parent may pass extra ones on purpose). */
static void open_descriptors(unsigned char map[128]) {
  memset(map, 0, 128);
  DIR *dir = opendir("/proc/self/fd");
  if (dir == NULL)
    return;
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL) {
    int fd = atoi(entry->d_name);
    if (entry->d_name[0] >= '0' && entry->d_name[0] <= '9' && fd >= 0 && fd < 1024)
      map[fd / 8] |= (unsigned char)(1u << (fd % 8));
  }
  closedir(dir);
}

static void close_on_exec_since(const unsigned char before[128]) {
  unsigned char now[128];
  open_descriptors(now);
  for (int fd = 3; fd < 1024; fd++) {
    bool was_open = before[fd / 8] & (1u << (fd % 8));
    bool is_open = now[fd / 8] & (1u << (fd % 8));
    if (is_open && !was_open) {
      int flags = fcntl(fd, F_GETFD);
      if (flags >= 0 && !(flags & FD_CLOEXEC))
        fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
  }
}

static int init_thread(nd_runtime_t *rt, nd_options_t *options, uv_loop_t *loop,
                       struct nd_worker *worker);

int nd_runtime_init(nd_runtime_t *rt, nd_options_t *options) {
  return init_thread(rt, options, uv_default_loop(), NULL);
}

int nd_runtime_init_worker(nd_runtime_t *rt, nd_options_t *options, uv_loop_t *loop,
                           struct nd_worker *worker) {
  return init_thread(rt, options, loop, worker);
}

/* The main thread (worker == NULL) also does the process-wide set-up. */
static int init_thread(nd_runtime_t *rt, nd_options_t *options, uv_loop_t *loop,
                       struct nd_worker *worker) {
  memset(rt, 0, sizeof *rt);
  current_runtime = rt;
  rt->options = options;
  rt->worker = worker;
  unsigned char inherited_fds[128];
  if (worker == NULL) {
    nd_startup_trace_init();
    configure_engine();
    signal(SIGPIPE, SIG_IGN);
    /* Like node: a write past RLIMIT_FSIZE fails with EFBIG instead of killing us. */
    signal(SIGXFSZ, SIG_IGN);
    open_descriptors(inherited_fds);
  }
  rt->loop = loop;
  if (worker == NULL)
    nd_performance_init_loop(rt->loop);
  nd_engine_loop_prepare();
  if (worker == NULL)
    forget_engine_variables("JSC_SIGNAL_FOR_GC");
  rt->group = JSContextGroupCreate();
  rt->ctx = JSGlobalContextCreateInGroup(rt->group, NULL);
  if (worker == NULL)
    forget_engine_variables(NULL);
  JSContextRef ctx = rt->ctx;
  rt->global = JSContextGetGlobalObject(ctx);
  nd_startup_trace_mark(ND_STARTUP_CONTEXT);

  /* JavaScriptCore installs a console of its own; node's replaces it. */
  JSStringRef console_name = JSStringCreateWithUTF8CString("console");
  JSObjectDeleteProperty(ctx, rt->global, console_name, NULL);
  JSStringRelease(console_name);

  rt->binding_cache = JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, rt->binding_cache);

  JSStringRef binding_name = JSStringCreateWithUTF8CString("internalBinding");
  JSObjectRef binding_fn = JSObjectMakeFunctionWithCallback(ctx, binding_name, js_internal_binding);
  JSStringRelease(binding_name);

  JSObjectRef process = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef primordials = JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, process);

  /* The primordials script exports the (lazy) primordials object the library uses. */
  JSValueRef lazy_primordials = run_bootstrap_script(rt, "internal/per_context/primordials",
                                                     process, binding_fn, primordials);
  if (lazy_primordials == NULL || !JSValueIsObject(ctx, lazy_primordials))
    return 1;
  primordials = (JSObjectRef)lazy_primordials;
  nd_startup_trace_mark(ND_STARTUP_PRIMORDIALS);
  /* The realm sets up the library loader and runs internal/bootstrap/node, which
   * registers the driver's hooks (task_queue.setupHooks). */
  if (run_bootstrap_script(rt, "internal/bootstrap/realm", process, binding_fn, primordials) ==
      NULL)
    return 1;
  nd_startup_trace_mark(ND_STARTUP_BOOTSTRAP);
  if (rt->trampoline == NULL || rt->tick_callback == NULL || rt->uncaught_handler == NULL ||
      rt->run_main == NULL || rt->emit_before_exit == NULL || rt->emit_exit == NULL) {
    fprintf(stderr, "nodus: bootstrap did not register its hooks\n");
    return 1;
  }
  rt->bootstrapped = true;
  nd_engine_loop_start(rt);
  if (worker == NULL)
    close_on_exec_since(inherited_fds);
  return 0;
}

int nd_runtime_run(nd_runtime_t *rt) {
  JSContextRef ctx = rt->ctx;
  nd_make_callback(rt, rt->global, rt->run_main, 0, NULL);
  while (!rt->exiting) {
    uv_run(rt->loop, UV_RUN_DEFAULT);
    if (rt->exiting)
      break;
    nd_make_callback(rt, rt->global, rt->emit_before_exit, 0, NULL);
    if (!uv_loop_alive(rt->loop))
      break;
  }
  rt->exiting = true;
  if (rt->terminating)
    return rt->exit_code;
  JSValueRef code = nd_make_callback(rt, rt->global, rt->emit_exit, 0, NULL);
  if (rt->terminating)
    return rt->exit_code;
  /* An 'exit' listener threw and an 'uncaughtException' listener handled the error (an
   * unhandled one has ended the process already): like node, process.exitCode stands.
   * 'exit' is not emitted twice: emitExit only reads the code now. */
  if (code == NULL)
    code = nd_make_callback(rt, rt->global, rt->emit_exit, 0, NULL);
  if (code == NULL || !JSValueIsNumber(ctx, code))
    return 7;
  return (int)nd_int(ctx, code);
}

static void close_walk(uv_handle_t *handle, void *arg) {
  if (!uv_is_closing(handle))
    uv_close(handle, NULL);
}

void nd_runtime_dispose(nd_runtime_t *rt) {
  rt->terminating = true;
  rt->exiting = true;
  /* Handles owned by JavaScript objects close through their wraps (so ports tell their
   * peers); then everything else. Pending requests finish while the loop runs. */
  nd_handle_wrap_close_all();
  uv_walk(rt->loop, close_walk, NULL);
  while (uv_run(rt->loop, UV_RUN_DEFAULT) != 0)
    uv_walk(rt->loop, close_walk, NULL);
  JSGlobalContextRef ctx = rt->ctx;
  rt->ctx = NULL; /* finalizers must not call into the engine being destroyed */
  JSGlobalContextRelease(ctx);
  JSContextGroupRelease(rt->group);
  rt->group = NULL;
  uv_walk(rt->loop, close_walk, NULL);
  uv_run(rt->loop, UV_RUN_DEFAULT);
  nd_engine_loop_stop();
  current_runtime = NULL;
}
