/*
 * tty_wrap: terminal queries (is a descriptor a terminal, its size, raw mode) and an
 * event-loop reader for standard input, whatever it is (terminal, pipe, socket or file).
 * process.stdin and the REPL read through it; data arrives as strings in callbacks that
 * go through the runtime's driver like every other event.
 *
 * It also has node's TTY handle, a stream (src/stream_wrap.h) over a terminal that
 * tty.ReadStream/WriteStream build on through net.Socket:
 *
 *   const ctx = {};
 *   const h = new TTY(fd, ctx);      // on failure throws, with ctx.code/errno/syscall set
 *   h.getWindowSize(array)           // -> 0 or -errno; array[0] = columns, array[1] = rows
 *   h.setRawMode(flag)               // -> 0 or -errno
 *   h.readStart() ... (every stream method)
 *
 *   isTTY(fd), guessHandleType(fd) -> 'TCP' | 'TTY' | 'UDP' | 'FILE' | 'PIPE' | 'UNKNOWN'
 */
#include "../runtime.h"
#include "../stream_wrap.h"
#include "bindings.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

static ND_FUNCTION(is_tty) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  return JSValueMakeBoolean(ctx, fd >= 0 && isatty(fd));
}

/* getWindowSize(fd) -> [columns, rows], or undefined when fd is not a terminal. */
static ND_FUNCTION(get_window_size) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  struct winsize ws;
  if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0)
    return JSValueMakeUndefined(ctx);
  JSValueRef items[2] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return nd_array(ctx, 2, items);
}

/* ---------------------------------------------------------------------------------------
 * The stdin reader. One per process: the handle kind follows what fd 0 is. */

typedef enum { READER_NONE, READER_STREAM, READER_FILE } reader_kind_t;

static struct {
  reader_kind_t kind;
  union {
    uv_tty_t tty;
    uv_pipe_t pipe;
    uv_tcp_t tcp;
    uv_stream_t stream;
    uv_handle_t handle;
  } h;
  uv_fs_t fs_req;
  char file_buf[65536];
  int64_t file_offset;
  bool reading;      /* JavaScript wants data */
  bool file_pending; /* a file read is in flight */
  bool is_tty;
  JSObjectRef holder; /* keeps the callback: holder.onread(data | null for EOF | error) */
} reader;

static void deliver(JSValueRef value) {
  nd_runtime_t *rt = nd_runtime_current();
  JSValueRef onread = nd_get(rt->ctx, reader.holder, "onread", NULL);
  if (!JSValueIsObject(rt->ctx, onread))
    return;
  nd_make_callback(rt, reader.holder, (JSObjectRef)onread, 1, &value);
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  buf->base = malloc(suggested);
  buf->len = buf->base ? suggested : 0;
}

static void on_stream_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  nd_runtime_t *rt = nd_runtime_current();
  if (nread > 0) {
    JSValueRef data = nd_string_n(rt->ctx, buf->base, (size_t)nread);
    free(buf->base);
    deliver(data);
    return;
  }
  free(buf->base);
  if (nread == 0)
    return;
  uv_read_stop(stream);
  reader.reading = false;
  if (nread == UV_EOF)
    deliver(JSValueMakeNull(rt->ctx));
  else
    deliver(nd_uv_error(rt->ctx, (int)nread, "read", NULL, NULL));
}

static void start_file_read(void);

static void on_file_read(uv_fs_t *req) {
  nd_runtime_t *rt = nd_runtime_current();
  ssize_t n = req->result;
  uv_fs_req_cleanup(req);
  reader.file_pending = false;
  if (n > 0) {
    if (reader.file_offset >= 0)
      reader.file_offset += n;
    JSValueRef data = nd_string_n(rt->ctx, reader.file_buf, (size_t)n);
    deliver(data);
    if (reader.reading && !reader.file_pending)
      start_file_read();
    return;
  }
  reader.reading = false;
  if (n == 0)
    deliver(JSValueMakeNull(rt->ctx));
  else
    deliver(nd_uv_error(rt->ctx, (int)n, "read", NULL, NULL));
}

static void start_file_read(void) {
  uv_buf_t buf = uv_buf_init(reader.file_buf, sizeof reader.file_buf);
  reader.file_pending = true;
  uv_fs_read(nd_runtime_current()->loop, &reader.fs_req, STDIN_FILENO, &buf, 1,
             reader.file_offset, on_file_read);
}

static int open_reader(void) {
  if (reader.kind != READER_NONE)
    return 0;
  uv_loop_t *loop = nd_runtime_current()->loop;
  int err = 0;
  switch (uv_guess_handle(STDIN_FILENO)) {
  case UV_TTY:
    err = uv_tty_init(loop, &reader.h.tty, STDIN_FILENO, 1);
    reader.is_tty = true;
    reader.kind = READER_STREAM;
    break;
  case UV_NAMED_PIPE:
    err = uv_pipe_init(loop, &reader.h.pipe, 0);
    if (err == 0)
      err = uv_pipe_open(&reader.h.pipe, STDIN_FILENO);
    reader.kind = READER_STREAM;
    break;
  case UV_TCP:
    err = uv_tcp_init(loop, &reader.h.tcp);
    if (err == 0)
      err = uv_tcp_open(&reader.h.tcp, STDIN_FILENO);
    reader.kind = READER_STREAM;
    break;
  case UV_FILE:
    reader.kind = READER_FILE;
    reader.file_offset = -1; /* read from the current position */
    break;
  default:
    return UV_EINVAL;
  }
  if (err != 0)
    reader.kind = READER_NONE;
  return err;
}

/* startReading(holder): reads fd 0 and calls holder.onread(string) for each chunk,
 * holder.onread(null) at end of input, holder.onread(error) on failure. */
static ND_FUNCTION(start_reading) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", NULL, "startReading: expected an object");
  int err = open_reader();
  if (err != 0)
    return nd_throw_uv(ctx, exc, err, "read", NULL, NULL);
  if (reader.holder == NULL) {
    reader.holder = (JSObjectRef)argv[0];
    JSValueProtect(ctx, reader.holder);
  }
  if (reader.reading)
    return JSValueMakeUndefined(ctx);
  reader.reading = true;
  if (reader.kind == READER_STREAM) {
    err = uv_read_start(&reader.h.stream, on_alloc, on_stream_read);
    if (err != 0) {
      reader.reading = false;
      return nd_throw_uv(ctx, exc, err, "read", NULL, NULL);
    }
  } else if (!reader.file_pending) {
    start_file_read();
  }
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(stop_reading) {
  if (!reader.reading)
    return JSValueMakeUndefined(ctx);
  reader.reading = false;
  if (reader.kind == READER_STREAM)
    uv_read_stop(&reader.h.stream);
  return JSValueMakeUndefined(ctx);
}

/* setRawMode(flag) -> 0 or a negative errno; only for a terminal on stdin. */
static ND_FUNCTION(set_raw_mode) {
  if (!isatty(STDIN_FILENO))
    return JSValueMakeNumber(ctx, UV_ENOTTY);
  int err = open_reader();
  if (err != 0 || !reader.is_tty)
    return JSValueMakeNumber(ctx, err != 0 ? err : UV_ENOTTY);
  err = uv_tty_set_mode(&reader.h.tty, JSValueToBoolean(ctx, ND_ARG(0)) ? UV_TTY_MODE_RAW
                                                                          : UV_TTY_MODE_NORMAL);
  return JSValueMakeNumber(ctx, err);
}

/* unrefReader()/refReader(): whether pending stdin keeps the process alive. */
static ND_FUNCTION(unref_reader) {
  if (reader.kind == READER_STREAM)
    uv_unref(&reader.h.handle);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(ref_reader) {
  if (reader.kind == READER_STREAM)
    uv_ref(&reader.h.handle);
  return JSValueMakeUndefined(ctx);
}

/* ---------------------------------------------------------------------------------------
 * The TTY handle. */

typedef struct {
  nd_stream_wrap_t stream;
  uv_tty_t handle;
} tty_handle_t;

static JSClassRef tty_class;

static bool init_tty(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                     const JSValueRef argv[], JSValueRef *exc) {
  tty_handle_t *t = (tty_handle_t *)wrap;
  int fd = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? (int)nd_int(ctx, argv[0]) : -1;
  int err = fd >= 0 ? uv_tty_init(nd_runtime_current()->loop, &t->handle, fd, 0) : UV_EINVAL;
  if (err != 0) {
    JSObjectRef error = nd_uv_error(ctx, err, "uv_tty_init", NULL, NULL);
    if (argc > 1 && JSValueIsObject(ctx, argv[1])) {
      /* node's shape: the caller reads the failure from ctx. */
      JSObjectRef info = (JSObjectRef)argv[1];
      nd_set_number(ctx, info, "errno", err);
      nd_set_string(ctx, info, "code", uv_err_name(err));
      nd_set_string(ctx, info, "message", uv_strerror(err));
      nd_set_string(ctx, info, "syscall", "uv_tty_init");
    }
    *exc = error;
    return false;
  }
  nd_stream_wrap_attach(&t->stream, (uv_stream_t *)&t->handle);
  return true;
}

static ND_FUNCTION(tty_get_window_size) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, this_object, tty_class, exc);
  if (wrap == NULL)
    return NULL;
  if (wrap->state != ND_HANDLE_OPEN)
    return JSValueMakeNumber(ctx, UV_EBADF);
  int width = 0, height = 0;
  int err = uv_tty_get_winsize(&((tty_handle_t *)wrap)->handle, &width, &height);
  if (err == 0 && JSValueIsObject(ctx, ND_ARG(0))) {
    JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[0], 0, JSValueMakeNumber(ctx, width), NULL);
    JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)argv[0], 1, JSValueMakeNumber(ctx, height), NULL);
  }
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(tty_set_raw_mode) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, this_object, tty_class, exc);
  if (wrap == NULL)
    return NULL;
  if (wrap->state != ND_HANDLE_OPEN)
    return JSValueMakeNumber(ctx, UV_EBADF);
  int err = uv_tty_set_mode(&((tty_handle_t *)wrap)->handle,
                            JSValueToBoolean(ctx, ND_ARG(0)) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(guess_handle_type) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  const char *type = "UNKNOWN";
  switch (fd >= 0 ? uv_guess_handle(fd) : UV_UNKNOWN_HANDLE) {
  case UV_TCP:
    type = "TCP";
    break;
  case UV_TTY:
    type = "TTY";
    break;
  case UV_UDP:
    type = "UDP";
    break;
  case UV_FILE:
    type = "FILE";
    break;
  case UV_NAMED_PIPE:
    type = "PIPE";
    break;
  default:
    break;
  }
  return nd_string(ctx, type);
}

/* The methods of the TTY class (made once per process, shared by threads). */
static const JSStaticFunction tty_methods[] = {
    {"getWindowSize", tty_get_window_size, kJSPropertyAttributeDontEnum},
    {"setRawMode", tty_set_raw_mode, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

void nd__binding_tty_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  nd_stream_wrap_class_once(&tty_class, "TTY", tty_methods, NULL);
  nd_set(ctx, exports, "TTY",
         nd_handle_wrap_constructor(ctx, tty_class, sizeof(tty_handle_t), init_tty));
  nd_set_function(ctx, exports, "guessHandleType", guess_handle_type);
  static const nd_method_t methods[] = {
      {"isTTY", is_tty},
      {"getWindowSize", get_window_size},
      {"startReading", start_reading},
      {"stopReading", stop_reading},
      {"setRawMode", set_raw_mode},
      {"unrefReader", unref_reader},
      {"refReader", ref_reader},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
