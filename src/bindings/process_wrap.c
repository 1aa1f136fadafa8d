/*
 * process_wrap: the Process handle (a libuv uv_process_t) behind child_process.spawn(),
 * exec(), execFile() and fork(). lib/internal/child_process.js drives it.
 *
 *   const { Process } = internalBinding('process_wrap');
 *   const handle = new Process();
 *   handle.onexit = function(exitCode, signalCode) {...};   // this = handle
 *   const err = handle.spawn(options);   // 0, or a negative errno (ENOENT, EACCES, ...)
 *   handle.pid                           // set when spawn() succeeded
 *   handle.kill(signal)                  // 0 or a negative errno (ESRCH once it is gone)
 *   handle.close(cb) / ref() / unref() / hasRef()          (src/handle_wrap.h)
 *
 * options (normalised and validated in JavaScript):
 *   file        the program (libuv looks it up in PATH when it has no slash)
 *   args        argv, args[0] included
 *   cwd         working directory, or null/undefined for ours
 *   envPairs    ['K=V', ...], or undefined to inherit our environment
 *   uid, gid    int32 numbers to switch to, or absent
 *   detached    true to start the child in a new session (and process group)
 *   stdio       one entry per child fd:
 *                 {type: 'ignore'}                      /dev/null
 *                 {type: 'pipe' | 'overlapped', handle} a Pipe made in JavaScript (an IPC
 *                                                       Pipe for the channel); libuv
 *                                                       connects it to the child
 *                 {type: 'inherit' | 'fd', fd}          the child gets our fd
 *                 {type: 'wrap', handle}                the child gets the descriptor of an
 *                                                       existing stream handle (Pipe, TCP,
 *                                                       TTY)
 *   windowsHide and windowsVerbatimArguments only mean something on Windows.
 *
 * Failures that happen in the child before it runs the program (a missing file, a cwd
 * that does not exist, no permission) come back from uv_spawn as the errno; JavaScript
 * turns them into node's asynchronous 'error' ("spawn x ENOENT"). The pipes are still
 * connected then (to nothing: reads see EOF at once), as node's are.
 *
 * The exit arrives as onexit(exitCode, signalCode) through the runtime's driver, with
 * signalCode the signal's name ("SIGTERM") or "" when the child exited by itself.
 *
 * Lifetime: the handle is made right before spawn() by the JavaScript side, and the uv
 * handle only exists (for libuv) once uv_spawn has run, successful or not. A Process that
 * is closed without ever being spawned closes a placeholder idle handle instead (see
 * on_closing), so close() and the thread's close-all are safe at any time.
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "../stream_wrap.h"
#include "bindings.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  nd_handle_wrap_t base;
  uv_process_t process;
  uv_idle_t placeholder; /* closed in place of process when spawn() never ran */
  bool spawn_called;     /* uv_spawn ran (the uv handle is initialised) */
  bool alive;            /* the child runs: spawned and its exit not yet seen */
} process_wrap_t;

static JSClassRef process_class;

/* The strings uv_spawn needs, freed once it returns (the child has its own copy by then,
 * or has failed). */
typedef struct {
  char *file;
  char *cwd;
  char **args;
  char **env;
  uv_stdio_container_t *stdio;
  int stdio_count;
} spawn_strings_t;

static void free_vector(char **vec) {
  if (vec == NULL)
    return;
  for (char **p = vec; *p != NULL; p++)
    free(*p);
  free(vec);
}

static void free_strings(spawn_strings_t *s) {
  free(s->file);
  free(s->cwd);
  free_vector(s->args);
  free_vector(s->env);
  free(s->stdio);
}

static bool is_set(JSContextRef ctx, JSValueRef v) {
  return v != NULL && !JSValueIsUndefined(ctx, v) && !JSValueIsNull(ctx, v);
}

/* A JS array of strings -> a NULL-terminated malloc'ed vector of UTF-8 strings. */
static char **string_vector(JSContextRef ctx, JSValueRef value, const char *name,
                            JSValueRef *exc) {
  if (!JSValueIsArray(ctx, value)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "options.%s must be an array", name);
    return NULL;
  }
  JSObjectRef arr = (JSObjectRef)value;
  size_t n = (size_t)nd_int(ctx, nd_get(ctx, arr, "length", NULL));
  char **vec = calloc(n + 1, sizeof *vec);
  if (vec == NULL) {
    nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  for (size_t i = 0; i < n; i++) {
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, exc);
    if (item == NULL || *exc != NULL) {
      free_vector(vec);
      return NULL;
    }
    vec[i] = nd_to_utf8(ctx, item, NULL, exc);
    if (vec[i] == NULL) {
      free_vector(vec);
      return NULL;
    }
  }
  return vec;
}

/* Fills the stdio containers from options.stdio. */
static bool parse_stdio(JSContextRef ctx, JSValueRef value, spawn_strings_t *s,
                        JSValueRef *exc) {
  if (!JSValueIsArray(ctx, value)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "options.stdio must be an array");
    return false;
  }
  JSObjectRef arr = (JSObjectRef)value;
  size_t n = (size_t)nd_int(ctx, nd_get(ctx, arr, "length", NULL));
  s->stdio = calloc(n ? n : 1, sizeof *s->stdio);
  if (s->stdio == NULL) {
    nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return false;
  }
  s->stdio_count = (int)n;
  for (size_t i = 0; i < n; i++) {
    uv_stdio_container_t *c = &s->stdio[i];
    c->flags = UV_IGNORE;
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, exc);
    if (item == NULL || *exc != NULL)
      return false;
    if (!JSValueIsObject(ctx, item)) {
      nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
               "options.stdio[%zu] must be an object", i);
      return false;
    }
    JSObjectRef o = (JSObjectRef)item;
    char type[16] = "";
    JSValueRef type_value = nd_get(ctx, o, "type", NULL);
    if (JSValueIsString(ctx, type_value)) {
      JSStringRef str = JSValueToStringCopy(ctx, type_value, NULL);
      JSStringGetUTF8CString(str, type, sizeof type);
      JSStringRelease(str);
    }
    if (strcmp(type, "ignore") == 0) {
      c->flags = UV_IGNORE;
    } else if (strcmp(type, "pipe") == 0 || strcmp(type, "overlapped") == 0 ||
               strcmp(type, "wrap") == 0) {
      nd_stream_wrap_t *stream = nd_stream_wrap_unwrap(ctx, nd_get(ctx, o, "handle", NULL), exc);
      if (stream == NULL)
        return false;
      if (stream->base.state != ND_HANDLE_OPEN) {
        nd_throw(ctx, exc, "Error", "ERR_INVALID_HANDLE_TYPE",
                 "options.stdio[%zu].handle is closed", i);
        return false;
      }
      c->data.stream = stream->stream;
      if (type[0] == 'w') {
        c->flags = UV_INHERIT_STREAM;
      } else {
        /* Both directions, as node asks for: on Unix libuv makes a socket pair either
         * way, so the child may also use its end in the other direction. */
        c->flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
        if (type[0] == 'o')
          c->flags |= UV_OVERLAPPED_PIPE;
      }
    } else if (strcmp(type, "inherit") == 0 || strcmp(type, "fd") == 0) {
      c->flags = UV_INHERIT_FD;
      c->data.fd = (int)nd_int(ctx, nd_get(ctx, o, "fd", NULL));
    } else {
      nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Unknown stdio type: %s", type);
      return false;
    }
  }
  return true;
}

static bool parse_options(JSContextRef ctx, JSObjectRef o, uv_process_options_t *opts,
                          spawn_strings_t *s, JSValueRef *exc) {
  JSValueRef v = nd_get(ctx, o, "file", exc);
  if (*exc != NULL)
    return false;
  if (!JSValueIsString(ctx, v)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "options.file must be a string");
    return false;
  }
  s->file = nd_to_utf8(ctx, v, NULL, exc);
  if (s->file == NULL)
    return false;
  opts->file = s->file;

  v = nd_get(ctx, o, "args", exc);
  if (*exc != NULL)
    return false;
  if (is_set(ctx, v)) {
    s->args = string_vector(ctx, v, "args", exc);
    if (s->args == NULL)
      return false;
  } else {
    s->args = calloc(2, sizeof *s->args);
    if (s->args == NULL || (s->args[0] = strdup(s->file)) == NULL) {
      nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
      return false;
    }
  }
  opts->args = s->args;

  v = nd_get(ctx, o, "envPairs", exc);
  if (*exc != NULL)
    return false;
  if (is_set(ctx, v)) {
    s->env = string_vector(ctx, v, "envPairs", exc);
    if (s->env == NULL)
      return false;
    opts->env = s->env;
  }

  v = nd_get(ctx, o, "cwd", exc);
  if (*exc != NULL)
    return false;
  if (is_set(ctx, v)) {
    s->cwd = nd_to_utf8(ctx, v, NULL, exc);
    if (s->cwd == NULL)
      return false;
    /* An empty cwd means ours, as in node. */
    if (s->cwd[0] != '\0')
      opts->cwd = s->cwd;
  }

  v = nd_get(ctx, o, "uid", NULL);
  if (JSValueIsNumber(ctx, v)) {
    opts->uid = (uv_uid_t)nd_int(ctx, v);
    opts->flags |= UV_PROCESS_SETUID;
  }
  v = nd_get(ctx, o, "gid", NULL);
  if (JSValueIsNumber(ctx, v)) {
    opts->gid = (uv_gid_t)nd_int(ctx, v);
    opts->flags |= UV_PROCESS_SETGID;
  }
  if (JSValueToBoolean(ctx, nd_get(ctx, o, "detached", NULL)))
    opts->flags |= UV_PROCESS_DETACHED;

  v = nd_get(ctx, o, "stdio", exc);
  if (*exc != NULL)
    return false;
  if (!parse_stdio(ctx, v, s, exc))
    return false;
  opts->stdio = s->stdio;
  opts->stdio_count = s->stdio_count;
  return true;
}

static void on_child_exit(uv_process_t *process, int64_t exit_status, int term_signal) {
  process_wrap_t *p = process->data;
  nd_runtime_t *rt = nd_runtime_current();
  p->alive = false;
  if (p->base.finalized)
    return;
  JSValueRef args[2] = {JSValueMakeNumber(rt->ctx, (double)exit_status),
                        nd_string(rt->ctx, nd_signal_name(term_signal))};
  nd_handle_wrap_emit(&p->base, "onexit", 2, args);
}

/* spawn(options) -> 0 or a negative errno; see the top of this file. */
static ND_FUNCTION(js_spawn) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, this_object, process_class, exc);
  if (wrap == NULL)
    return NULL;
  process_wrap_t *p = (process_wrap_t *)wrap;
  if (wrap->state != ND_HANDLE_OPEN || p->spawn_called)
    return JSValueMakeNumber(ctx, UV_EINVAL);
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                    "The \"options\" argument must be of type object");
  uv_process_options_t opts;
  memset(&opts, 0, sizeof opts);
  spawn_strings_t strings;
  memset(&strings, 0, sizeof strings);
  if (!parse_options(ctx, (JSObjectRef)argv[0], &opts, &strings, exc)) {
    free_strings(&strings);
    return NULL;
  }
  opts.exit_cb = on_child_exit;

  p->process.data = p;
  int err = uv_spawn(nd_runtime_current()->loop, &p->process, &opts);
  free_strings(&strings);
  /* uv_spawn initialises the handle whatever happens; it may have reset data. */
  p->spawn_called = true;
  p->process.data = p;
  if (err == 0) {
    p->alive = true;
    nd_set_number(ctx, this_object, "pid", p->process.pid);
  }
  return JSValueMakeNumber(ctx, err);
}

/* kill(signal) -> 0 or a negative errno. */
static ND_FUNCTION(js_kill) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, this_object, process_class, exc);
  if (wrap == NULL)
    return NULL;
  process_wrap_t *p = (process_wrap_t *)wrap;
  if (wrap->state != ND_HANDLE_OPEN || !p->alive)
    return JSValueMakeNumber(ctx, UV_ESRCH);
  int sig = (int)nd_int(ctx, ND_ARG(0));
  return JSValueMakeNumber(ctx, uv_process_kill(&p->process, sig));
}

static bool init_process(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                         const JSValueRef argv[], JSValueRef *exc) {
  process_wrap_t *p = (process_wrap_t *)wrap;
  wrap->handle = (uv_handle_t *)&p->process;
  return true;
}

/* Closing a Process that never reached uv_spawn: libuv cannot close a handle it never
 * initialised, so an idle handle (never started, so it keeps nothing alive) is closed in
 * its place, which runs the same close callbacks. */
static void on_closing(nd_handle_wrap_t *wrap) {
  process_wrap_t *p = (process_wrap_t *)wrap;
  if (p->spawn_called)
    return;
  uv_idle_init(nd_runtime_current()->loop, &p->placeholder);
  p->placeholder.data = wrap;
  wrap->handle = (uv_handle_t *)&p->placeholder;
}

static JSObjectRef construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                             const JSValueRef argv[], JSValueRef *exc) {
  JSObjectRef object = nd_handle_wrap_new(ctx, process_class, sizeof(process_wrap_t),
                                          init_process, argc, argv, exc);
  if (object != NULL) {
    nd_handle_wrap_t *wrap = JSObjectGetPrivate(object);
    wrap->on_closing = on_closing;
  }
  return object;
}

void nd__binding_process_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  /* Binding initialisation is serialised across threads (registry.c). */
  if (process_class == NULL) {
    static const JSStaticFunction methods[] = {
        {"spawn", js_spawn, kJSPropertyAttributeDontEnum},
        {"kill", js_kill, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    process_class = nd_handle_wrap_class("Process", methods, NULL);
  }
  nd_set(ctx, exports, "Process", JSObjectMakeConstructor(ctx, process_class, construct));
}
