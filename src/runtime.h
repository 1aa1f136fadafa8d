#ifndef ND_RUNTIME_H
#define ND_RUNTIME_H

/*
 * The runtime: one JavaScriptCore context, one libuv loop, the bootstrap that loads the
 * embedded library, and the single driver through which the loop calls into JavaScript.
 *
 * Tick semantics. Node runs, after every callback from the loop, the process.nextTick
 * queue and then promise jobs, repeating until both are empty. JavaScriptCore drains
 * promise jobs by itself when the outermost API call returns, so every entry from C goes
 * through nd_make_callback(): it calls a JavaScript trampoline that runs the callback and
 * then the nextTick queue inside the same API call (promise jobs have not run yet), and
 * after it returns (promise jobs drained) it re-enters the tick processor while ticks or
 * promise rejections are pending. An exception is caught by the trampoline and reported
 * from JavaScript, before the engine drains anything. Nested entries (JS -> C -> JS) call
 * the function directly and never drain.
 */

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stdint.h>
#include <uv.h>

typedef enum {
  ND_MODE_FILE,   /* nodus file.js */
  ND_MODE_EVAL,   /* nodus -e CODE */
  ND_MODE_PRINT,  /* nodus -p CODE */
  ND_MODE_STDIN,  /* nodus - , or no script and stdin is not a TTY */
  ND_MODE_REPL,   /* no script and stdin is a TTY */
  ND_MODE_WORKER, /* a worker thread (internal/main/worker_thread) */
} nd_mode_t;

/* What the command line asked for. Strings point into argv or NODE_OPTIONS storage and
 * live as long as the process. */
typedef struct {
  nd_mode_t mode;
  const char *script;      /* the script path (ND_MODE_FILE) */
  const char *eval_source; /* -e / -p code */
  int argc;                /* the original argv */
  char **argv;
  int script_argc;         /* arguments after the script (process.argv.slice(2)) */
  char **script_argv;
  int exec_argc;           /* options before the script (process.execArgv) */
  char **exec_argv;
  int require_count;       /* -r / --require, in order */
  const char **requires;
  const char *input_type;  /* --input-type */
  const char *unhandled_rejections; /* --unhandled-rejections */
  const char *title;       /* --title */
  const char *redirect_warnings; /* --redirect-warnings */
  int stack_trace_limit;   /* --stack-trace-limit, -1 when not given */
  bool no_warnings, no_deprecation, throw_deprecation, trace_deprecation, trace_warnings;
  bool pending_deprecation, expose_gc, expose_internals, interactive, check;
  bool trace_uncaught, abort_on_uncaught, preserve_symlinks, preserve_symlinks_main;
  bool zero_fill_buffers; /* --zero-fill-buffers: Buffer pools are zeroed */
} nd_options_t;

/* Process-wide runtime state. There is one per thread that runs JavaScript. */
typedef struct nd_runtime {
  uv_loop_t *loop;
  JSContextGroupRef group;
  JSGlobalContextRef ctx;
  JSObjectRef global;
  nd_options_t *options;

  /* Set by the bootstrap (internal/bootstrap/node) and kept alive with JSValueProtect. */
  JSObjectRef trampoline;        /* callbackTrampoline(fn, ...args) with this = receiver */
  JSObjectRef callback_failed;   /* what the trampoline returns when the callback threw */
  JSObjectRef tick_callback;     /* processTicksAndRejections() */
  JSObjectRef uncaught_handler;  /* onUncaughtException(err, fromPromise) -> true | code */
  JSObjectRef emit_before_exit;  /* emitBeforeExit() */
  JSObjectRef emit_exit;         /* emitExit() -> final exit code */
  JSObjectRef run_main;          /* runMain(): runs the entry point the options chose */

  /* Shared with JavaScript as typed arrays over this memory (no crossing to read). */
  uint8_t tick_info[4];          /* [hasTickScheduled, hasRejectionToWarn, hasReported] */

  JSObjectRef binding_cache;     /* name -> initialised binding object */
  int depth;                     /* nesting of nd_make_callback */
  bool bootstrapped;
  bool exiting;
  int exit_code;

  /* Worker threads (src/bindings/worker.c): the worker this runtime runs, NULL on the main
   * thread. Once terminating is set no JavaScript runs any more: the thread is stopping
   * (process.exit(), an uncaught exception or worker.terminate()) with exit_code. */
  struct nd_worker *worker;
  bool terminating;
} nd_runtime_t;

enum { ND_TICK_HAS_TICK = 0, ND_TICK_HAS_REJECTION = 1, ND_TICK_HAS_REPORTED = 2 };

/* The runtime of the calling thread. */
nd_runtime_t *nd_runtime_current(void);

/* Creates the engine context and the loop, and runs the bootstrap. Returns 0, or an exit
 * code when start-up failed (the error has been printed). */
int nd_runtime_init(nd_runtime_t *rt, nd_options_t *options);

/* Creates a worker thread's runtime: like nd_runtime_init, on the given loop, without the
 * process-wide set-up the main thread did already. Call on the worker's thread. */
int nd_runtime_init_worker(nd_runtime_t *rt, nd_options_t *options, uv_loop_t *loop,
                           struct nd_worker *worker);

/* Runs the entry point chosen by the options, then the loop until no referenced handle is
 * left ('beforeExit' may restart it), then 'exit'. Returns the process exit code (a
 * worker's exit code when it was stopped). */
int nd_runtime_run(nd_runtime_t *rt);

/* Tears a worker thread's runtime down: closes every handle, runs the loop until they have
 * closed, and destroys the engine. No JavaScript runs. */
void nd_runtime_dispose(nd_runtime_t *rt);

/* Calls fn(argv...) with this = recv from the event loop: the callback, the nextTick queue
 * and promise jobs run in node's order, and an exception goes to the uncaught-exception
 * machinery. Returns the callback's result, or NULL when it threw. */
JSValueRef nd_make_callback(nd_runtime_t *rt, JSObjectRef recv, JSObjectRef fn, size_t argc,
                            const JSValueRef argv[]);

/* Runs the nextTick queue and pending rejections until both are empty. Used after an entry
 * that did not go through nd_make_callback. */
void nd_process_ticks(nd_runtime_t *rt);

/* Reports an exception that reached the top of a callback: 'uncaughtException' handlers
 * run, or the error is printed and the process exits like node's. */
void nd_handle_uncaught(nd_runtime_t *rt, JSValueRef exception, bool from_promise);

/* Ends the process now with the code, without running JavaScript (except the start-up
 * trace's reporter when NODUS_DEBUG_STARTUP is set). Main thread only: a worker stops
 * with nd_worker_stop(). */
_Noreturn void nd_runtime_exit(nd_runtime_t *rt, int code);

/* Stops the worker thread rt runs (rt->worker != NULL) with the exit code: no more
 * JavaScript runs on it, running JavaScript is interrupted, and its loop ends. The first
 * code wins. Defined in bindings/worker.c. */
void nd_worker_stop(nd_runtime_t *rt, int code);

/* Prints an exception that could not be handled by the JavaScript side (for example one
 * thrown during bootstrap) to stderr, with its stack. */
void nd_print_raw_exception(JSContextRef ctx, JSValueRef exception);

#endif
