/*
 * spawn_sync: runs a child process to completion, the work behind
 * child_process.spawnSync(), execSync() and execFileSync().
 *
 *   const result = spawn(options);
 *
 * options is the object lib/internal/child_process.js builds (already validated):
 *   file        the program (looked up in PATH by libuv when it has no slash)
 *   args        argv, args[0] included
 *   cwd         working directory, or undefined/null for ours
 *   envPairs    ['K=V', ...], or undefined to inherit our environment
 *   uid, gid    int32 numbers to switch to, or absent
 *   detached    true to start the child in a new session
 *   timeout     milliseconds after which the child is sent killSignal (0: never)
 *   maxBuffer   total bytes of captured output after which the child is sent killSignal
 *               (0 or absent: no limit; Infinity allowed)
 *   killSignal  signal number for timeout/maxBuffer (default SIGTERM)
 *   stdio       one entry per child fd:
 *                 {type: 'pipe' | 'overlapped', readable, writable, input}
 *                   readable: the child reads it (we write input, then end it);
 *                   writable: the child writes it (we capture everything);
 *                   input: an optional Uint8Array written to a readable pipe
 *                 {type: 'ignore'}                  /dev/null
 *                 {type: 'inherit' | 'fd', fd: n}   the child gets our fd n
 *
 * The result has node's shape: {error?, status, signal, output, pid}. error is a negative
 * errno when spawning failed, the timeout (ETIMEDOUT) or maxBuffer (ENOBUFS) fired, or a
 * pipe failed; status is the exit code or null (killed by a signal, or never started);
 * signal is the terminating signal's name or null; output has a Uint8Array for each pipe
 * the child wrote to and null elsewhere, or is null when the child never started.
 *
 * The child runs on a private libuv loop, so nothing else in the program (timers, I/O,
 * JavaScript) runs while it does: the call blocks like node's. No engine call happens
 * while that loop runs, which keeps the input bytes of typed arrays valid without a copy.
 */
#include "bindings.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

/* Reads grow capture buffers by at least this much, libuv's own suggestion. */
#define READ_CHUNK 65536
/* uv_buf_t lengths are unsigned int: larger inputs are written in pieces of this size. */
#define MAX_IO ((size_t)1 << 30)

typedef struct runner runner_t;

typedef enum { STDIO_IGNORE, STDIO_INHERIT, STDIO_PIPE } stdio_kind_t;

typedef struct {
  stdio_kind_t kind;
  int fd;                 /* STDIO_INHERIT: our fd the child receives */
  bool readable;          /* STDIO_PIPE: the child reads from it */
  bool writable;          /* STDIO_PIPE: the child writes to it */
  bool open;              /* the uv_pipe_t is initialised and not yet closing */
  JSValueRef input_value; /* kept alive by options.stdio[i].input for the whole call */
  const uint8_t *input;
  size_t input_len;
  uint8_t *out; /* captured output, malloc'ed, grown geometrically */
  size_t out_len, out_cap;
  uv_pipe_t pipe;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  runner_t *runner;
} stdio_t;

struct runner {
  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  bool timer_open;
  bool spawned;
  bool exited;
  bool killed;
  int64_t exit_status;
  int term_signal;
  int error;      /* the first failure of the run itself (spawn, timeout, maxBuffer, kill) */
  int pipe_error; /* the first failure of a pipe, reported only without error */
  double max_buffer;
  double buffered;
  uint64_t timeout;
  int kill_signal;
  stdio_t *stdio;
  size_t stdio_count;
  /* uv_process_options_t storage */
  char *file;
  char **args;
  char **env;
  char *cwd;
  uv_stdio_container_t *containers;
};

static void set_error(runner_t *r, int err) {
  if (r->error == 0)
    r->error = err;
}

static void set_pipe_error(runner_t *r, int err) {
  if (r->pipe_error == 0)
    r->pipe_error = err;
}

/* ---------------------------------------------------------------------------------------
 * Ending the run. */

static void close_pipe(stdio_t *s) {
  if (!s->open)
    return;
  s->open = false;
  uv_close((uv_handle_t *)&s->pipe, NULL);
}

static void close_timer(runner_t *r) {
  if (!r->timer_open)
    return;
  r->timer_open = false;
  uv_close((uv_handle_t *)&r->timer, NULL);
}

/* Ends the run early (timeout, maxBuffer): signals the child if it is still running and
 * stops all I/O with it, so the loop ends as soon as the child has exited. Output that
 * was already captured is kept. */
static void kill_child(runner_t *r) {
  if (r->killed)
    return;
  r->killed = true;
  if (r->spawned && !r->exited) {
    int err = uv_process_kill(&r->process, r->kill_signal);
    if (err < 0 && err != UV_ESRCH) {
      set_error(r, err);
      uv_process_kill(&r->process, SIGKILL);
    }
  }
  for (size_t i = 0; i < r->stdio_count; i++)
    close_pipe(&r->stdio[i]);
  close_timer(r);
}

/* ---------------------------------------------------------------------------------------
 * libuv callbacks. */

static void on_child_exit(uv_process_t *process, int64_t exit_status, int term_signal) {
  runner_t *r = process->data;
  if (exit_status < 0) {
    set_error(r, (int)exit_status);
    return;
  }
  r->exited = true;
  r->exit_status = exit_status;
  r->term_signal = term_signal;
}

static void on_timeout(uv_timer_t *timer) {
  runner_t *r = timer->data;
  set_error(r, UV_ETIMEDOUT);
  kill_child(r);
}

/* Hands libuv the free tail of the pipe's capture buffer, growing it geometrically so a
 * large output is read in place with amortised linear copying. */
static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  stdio_t *s = handle->data;
  if (s->out_cap - s->out_len < READ_CHUNK) {
    size_t cap = s->out_cap * 2;
    if (cap < s->out_len + READ_CHUNK)
      cap = s->out_len + READ_CHUNK;
    uint8_t *grown = realloc(s->out, cap);
    if (grown == NULL) {
      *buf = uv_buf_init(NULL, 0); /* libuv reports UV_ENOBUFS to on_read */
      return;
    }
    s->out = grown;
    s->out_cap = cap;
  }
  size_t room = s->out_cap - s->out_len;
  if (room > MAX_IO)
    room = MAX_IO;
  *buf = uv_buf_init((char *)s->out + s->out_len, (unsigned)room);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  stdio_t *s = stream->data;
  runner_t *r = s->runner;
  if (nread > 0) {
    s->out_len += (size_t)nread;
    r->buffered += (double)nread;
    if (r->max_buffer > 0 && r->buffered > r->max_buffer) {
      set_error(r, UV_ENOBUFS);
      kill_child(r);
    }
  } else if (nread < 0) {
    if (nread != UV_EOF)
      set_pipe_error(r, (int)nread);
    close_pipe(s);
  }
}

static void on_write(uv_write_t *req, int status) {
  stdio_t *s = req->data;
  if (status < 0)
    set_pipe_error(s->runner, status);
}

static void on_shutdown(uv_shutdown_t *req, int status) {
  stdio_t *s = req->data;
  if (status < 0 && status != UV_ENOTCONN)
    set_pipe_error(s->runner, status);
  /* The child only read from it: nothing more will happen on this pipe. */
  if (!s->writable)
    close_pipe(s);
}

/* Starts the I/O of one pipe once the child runs: input is written and the pipe ended
 * (the child sees EOF, also when there is no input); output is read until EOF. */
static void start_pipe(stdio_t *s) {
  runner_t *r = s->runner;
  uv_stream_t *stream = (uv_stream_t *)&s->pipe;
  if (s->readable) {
    if (s->input_len > 0) {
      /* One write request for the whole input (libuv copies the descriptors). */
      size_t nbufs = (s->input_len + MAX_IO - 1) / MAX_IO;
      uv_buf_t small[4];
      uv_buf_t *bufs = nbufs <= 4 ? small : malloc(nbufs * sizeof *bufs);
      if (bufs == NULL) {
        set_pipe_error(r, UV_ENOMEM);
      } else {
        for (size_t i = 0; i < nbufs; i++) {
          size_t at = i * MAX_IO;
          size_t len = s->input_len - at < MAX_IO ? s->input_len - at : MAX_IO;
          bufs[i] = uv_buf_init((char *)s->input + at, (unsigned)len);
        }
        s->write_req.data = s;
        int err = uv_write(&s->write_req, stream, bufs, (unsigned)nbufs, on_write);
        if (err < 0)
          set_pipe_error(r, err);
        if (bufs != small)
          free(bufs);
      }
    }
    s->shutdown_req.data = s;
    int err = uv_shutdown(&s->shutdown_req, stream, on_shutdown);
    if (err < 0)
      set_pipe_error(r, err);
  }
  if (s->writable) {
    int err = uv_read_start(stream, on_alloc, on_read);
    if (err < 0)
      set_pipe_error(r, err);
  }
}

/* ---------------------------------------------------------------------------------------
 * Options. */

static bool is_set(JSContextRef ctx, JSValueRef v) {
  return !JSValueIsUndefined(ctx, v) && !JSValueIsNull(ctx, v);
}

/* Converts a JS array of strings into a NULL-terminated malloc'ed vector. */
static char **string_vector(JSContextRef ctx, JSValueRef value, const char *name, JSValueRef *exc) {
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
    if (item == NULL || *exc != NULL)
      goto fail;
    vec[i] = nd_to_utf8(ctx, item, NULL, exc);
    if (vec[i] == NULL)
      goto fail;
  }
  return vec;
fail:
  for (size_t i = 0; i < n; i++)
    free(vec[i]);
  free(vec);
  return NULL;
}

static void free_vector(char **vec) {
  if (vec == NULL)
    return;
  for (char **p = vec; *p != NULL; p++)
    free(*p);
  free(vec);
}

static bool parse_stdio(JSContextRef ctx, runner_t *r, JSValueRef value, JSValueRef *exc) {
  if (!JSValueIsArray(ctx, value)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "options.stdio must be an array");
    return false;
  }
  JSObjectRef arr = (JSObjectRef)value;
  size_t n = (size_t)nd_int(ctx, nd_get(ctx, arr, "length", NULL));
  r->stdio = calloc(n ? n : 1, sizeof *r->stdio);
  r->containers = calloc(n ? n : 1, sizeof *r->containers);
  if (r->stdio == NULL || r->containers == NULL) {
    nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return false;
  }
  r->stdio_count = n;
  for (size_t i = 0; i < n; i++) {
    stdio_t *s = &r->stdio[i];
    s->runner = r;
    s->kind = STDIO_IGNORE;
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, exc);
    if (item == NULL || *exc != NULL)
      return false;
    if (!JSValueIsObject(ctx, item)) {
      nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
               "options.stdio[%zu] must be an object", i);
      return false;
    }
    JSObjectRef o = (JSObjectRef)item;
    char *type = nd_to_utf8(ctx, nd_get(ctx, o, "type", NULL), NULL, exc);
    if (type == NULL)
      return false;
    if (strcmp(type, "ignore") == 0) {
      s->kind = STDIO_IGNORE;
    } else if (strcmp(type, "pipe") == 0 || strcmp(type, "overlapped") == 0) {
      s->kind = STDIO_PIPE;
      s->readable = JSValueToBoolean(ctx, nd_get(ctx, o, "readable", NULL));
      s->writable = JSValueToBoolean(ctx, nd_get(ctx, o, "writable", NULL));
      JSValueRef input = nd_get(ctx, o, "input", NULL);
      if (is_set(ctx, input)) {
        if (JSValueGetTypedArrayType(ctx, input, NULL) == kJSTypedArrayTypeNone ||
            JSValueGetTypedArrayType(ctx, input, NULL) == kJSTypedArrayTypeArrayBuffer) {
          free(type);
          nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "options.stdio[%zu].input must be a typed array", i);
          return false;
        }
        s->input_value = input;
      }
    } else if (strcmp(type, "inherit") == 0 || strcmp(type, "fd") == 0) {
      s->kind = STDIO_INHERIT;
      s->fd = (int)nd_int(ctx, nd_get(ctx, o, "fd", NULL));
    } else {
      nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Unknown stdio type: %s", type);
      free(type);
      return false;
    }
    free(type);
  }
  return true;
}

static bool parse_options(JSContextRef ctx, runner_t *r, JSObjectRef o, uv_process_options_t *opts,
                          JSValueRef *exc) {
  JSValueRef v = nd_get(ctx, o, "file", exc);
  if (*exc != NULL)
    return false;
  if (!JSValueIsString(ctx, v)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "options.file must be a string");
    return false;
  }
  r->file = nd_to_utf8(ctx, v, NULL, exc);
  if (r->file == NULL)
    return false;
  opts->file = r->file;

  v = nd_get(ctx, o, "args", exc);
  if (*exc != NULL)
    return false;
  if (is_set(ctx, v)) {
    r->args = string_vector(ctx, v, "args", exc);
    if (r->args == NULL)
      return false;
  } else {
    r->args = calloc(2, sizeof *r->args);
    r->args[0] = strdup(r->file);
  }
  opts->args = r->args;

  v = nd_get(ctx, o, "envPairs", exc);
  if (*exc != NULL)
    return false;
  if (is_set(ctx, v)) {
    r->env = string_vector(ctx, v, "envPairs", exc);
    if (r->env == NULL)
      return false;
    opts->env = r->env;
  }

  v = nd_get(ctx, o, "cwd", exc);
  if (*exc != NULL)
    return false;
  if (is_set(ctx, v)) {
    r->cwd = nd_to_utf8(ctx, v, NULL, exc);
    if (r->cwd == NULL)
      return false;
    opts->cwd = r->cwd;
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
  /* windowsHide and windowsVerbatimArguments only mean something on Windows. */

  v = nd_get(ctx, o, "timeout", NULL);
  if (JSValueIsNumber(ctx, v)) {
    double t = JSValueToNumber(ctx, v, NULL);
    if (t > 0)
      r->timeout = t >= 1.8e19 ? UINT64_MAX : (uint64_t)t;
  }
  v = nd_get(ctx, o, "maxBuffer", NULL);
  if (JSValueIsNumber(ctx, v)) {
    double m = JSValueToNumber(ctx, v, NULL);
    if (m > 0)
      r->max_buffer = m;
  }
  r->kill_signal = SIGTERM;
  v = nd_get(ctx, o, "killSignal", NULL);
  if (JSValueIsNumber(ctx, v)) {
    int sig = (int)nd_int(ctx, v);
    if (sig > 0)
      r->kill_signal = sig;
  }

  v = nd_get(ctx, o, "stdio", exc);
  if (*exc != NULL)
    return false;
  if (!parse_stdio(ctx, r, v, exc))
    return false;
  return true;
}

/* ---------------------------------------------------------------------------------------
 * The run. */

/* Spawns the child and runs the private loop until the child has exited and every pipe
 * has ended (or the run was cut short), then closes every handle. */
static void run(runner_t *r, uv_process_options_t *opts) {
  for (size_t i = 0; i < r->stdio_count; i++) {
    stdio_t *s = &r->stdio[i];
    uv_stdio_container_t *c = &r->containers[i];
    switch (s->kind) {
    case STDIO_IGNORE:
      c->flags = UV_IGNORE;
      break;
    case STDIO_INHERIT:
      c->flags = UV_INHERIT_FD;
      c->data.fd = s->fd;
      break;
    case STDIO_PIPE: {
      int err = uv_pipe_init(&r->loop, &s->pipe, 0);
      if (err < 0) {
        set_error(r, err);
        c->flags = UV_IGNORE;
        s->kind = STDIO_IGNORE;
        break;
      }
      s->open = true;
      s->pipe.data = s;
      c->flags = UV_CREATE_PIPE | (s->readable ? UV_READABLE_PIPE : 0) |
                 (s->writable ? UV_WRITABLE_PIPE : 0);
      c->data.stream = (uv_stream_t *)&s->pipe;
      break;
    }
    }
  }
  opts->stdio = r->containers;
  opts->stdio_count = (int)r->stdio_count;
  opts->exit_cb = on_child_exit;

  if (r->error == 0) {
    if (r->timeout > 0) {
      uv_timer_init(&r->loop, &r->timer);
      r->timer.data = r;
      r->timer_open = true;
      uv_timer_start(&r->timer, on_timeout, r->timeout, 0);
      /* The timer alone must not keep the run going once the child and its pipes are
       * done. */
      uv_unref((uv_handle_t *)&r->timer);
    }
    r->process.data = r;
    int err = uv_spawn(&r->loop, &r->process, opts);
    if (err < 0) {
      set_error(r, err);
      uv_close((uv_handle_t *)&r->process, NULL);
    } else {
      r->spawned = true;
      for (size_t i = 0; i < r->stdio_count; i++) {
        if (r->stdio[i].kind == STDIO_PIPE)
          start_pipe(&r->stdio[i]);
      }
    }
    if (r->spawned)
      uv_run(&r->loop, UV_RUN_DEFAULT);
  }

  for (size_t i = 0; i < r->stdio_count; i++)
    close_pipe(&r->stdio[i]);
  close_timer(r);
  if (r->spawned && !uv_is_closing((uv_handle_t *)&r->process))
    uv_close((uv_handle_t *)&r->process, NULL);
  uv_run(&r->loop, UV_RUN_DEFAULT);
}

/* The name node reports for a terminating signal ("" for ones it has no name for, such
 * as real-time signals). Where Linux gives a number two names, node's choice is kept.
 * Shared with process_wrap.c (declared in bindings.h). */
const char *nd_signal_name(int sig) {
  static const struct {
    int number;
    const char *name;
  } names[] = {
#define S(name) {name, #name}
      S(SIGHUP),    S(SIGINT),  S(SIGQUIT),   S(SIGILL),  S(SIGTRAP),  S(SIGABRT), S(SIGBUS),
      S(SIGFPE),    S(SIGKILL), S(SIGUSR1),   S(SIGSEGV), S(SIGUSR2),  S(SIGPIPE), S(SIGALRM),
      S(SIGTERM),
#ifdef SIGSTKFLT
      S(SIGSTKFLT),
#endif
      S(SIGCHLD),   S(SIGCONT), S(SIGSTOP),   S(SIGTSTP), S(SIGTTIN),  S(SIGTTOU), S(SIGURG),
      S(SIGXCPU),   S(SIGXFSZ), S(SIGVTALRM), S(SIGPROF), S(SIGWINCH), S(SIGIO),
#ifdef SIGPWR
      S(SIGPWR),
#endif
      S(SIGSYS),
#undef S
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (names[i].number == sig)
      return names[i].name;
  }
  return "";
}

/* Moves a pipe's captured bytes into a Uint8Array (the array owns them afterwards). */
static JSValueRef take_output(JSContextRef ctx, stdio_t *s) {
  if (s->out_len == 0) {
    free(s->out);
    s->out = NULL;
    return JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, 0, NULL);
  }
  uint8_t *bytes = s->out;
  if (s->out_cap > s->out_len) {
    uint8_t *shrunk = realloc(bytes, s->out_len);
    if (shrunk != NULL)
      bytes = shrunk;
  }
  s->out = NULL;
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, bytes, s->out_len,
                                               nd_free_bytes, NULL, NULL);
}

static JSObjectRef build_result(JSContextRef ctx, runner_t *r) {
  JSObjectRef result = JSObjectMake(ctx, NULL, NULL);
  int err = r->error != 0 ? r->error : r->pipe_error;
  if (err != 0)
    nd_set_number(ctx, result, "error", err);
  bool signaled = r->exited && r->term_signal > 0;
  if (r->exited && !signaled)
    nd_set_number(ctx, result, "status", (double)r->exit_status);
  else
    nd_set(ctx, result, "status", JSValueMakeNull(ctx));
  if (signaled)
    nd_set_string(ctx, result, "signal", nd_signal_name(r->term_signal));
  else
    nd_set(ctx, result, "signal", JSValueMakeNull(ctx));
  if (r->spawned) {
    /* Each value goes into the array as soon as it exists: the collector scans the stack
     * but not malloc'ed memory, so a value held only in a C array could be collected by
     * the next allocation. */
    JSObjectRef output = nd_array(ctx, 0, NULL);
    nd_set(ctx, result, "output", output);
    for (size_t i = 0; i < r->stdio_count; i++) {
      stdio_t *s = &r->stdio[i];
      JSValueRef item =
          s->kind == STDIO_PIPE && s->writable ? take_output(ctx, s) : JSValueMakeNull(ctx);
      JSObjectSetPropertyAtIndex(ctx, output, (unsigned)i, item, NULL);
    }
  } else {
    nd_set(ctx, result, "output", JSValueMakeNull(ctx));
  }
  nd_set_number(ctx, result, "pid", r->spawned ? r->process.pid : 0);
  return result;
}

static void free_runner(runner_t *r) {
  free(r->file);
  free_vector(r->args);
  free_vector(r->env);
  free(r->cwd);
  for (size_t i = 0; i < r->stdio_count; i++)
    free(r->stdio[i].out);
  free(r->stdio);
  free(r->containers);
  free(r);
}

/* spawn(options) -> {error?, status, signal, output, pid}; see the top of this file. */
static ND_FUNCTION(js_spawn) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                    "The \"options\" argument must be of type object");
  runner_t *r = calloc(1, sizeof *r);
  if (r == NULL)
    return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  uv_process_options_t opts;
  memset(&opts, 0, sizeof opts);
  if (!parse_options(ctx, r, (JSObjectRef)argv[0], &opts, exc)) {
    free_runner(r);
    return NULL;
  }

  /* Input bytes are located last: no engine call may happen between here and the end
   * of the run, so the pointers stay valid without copying. */
  for (size_t i = 0; i < r->stdio_count; i++) {
    stdio_t *s = &r->stdio[i];
    if (s->input_value == NULL)
      continue;
    JSObjectRef arr = (JSObjectRef)s->input_value;
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, arr, NULL);
    uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, arr, NULL);
    s->input_len = JSObjectGetTypedArrayByteLength(ctx, arr, NULL);
    s->input = base != NULL ? base + offset : NULL;
    if (s->input == NULL)
      s->input_len = 0;
  }

  int err = uv_loop_init(&r->loop);
  if (err < 0) {
    free_runner(r);
    return nd_throw_uv(ctx, exc, err, "uv_loop_init", NULL, NULL);
  }
  run(r, &opts);
  uv_loop_close(&r->loop);

  JSObjectRef result = build_result(ctx, r);
  free_runner(r);
  return result;
}

void nd__binding_spawn_sync_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"spawn", js_spawn},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
