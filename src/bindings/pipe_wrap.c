/*
 * pipe_wrap: the Pipe handle (a libuv uv_pipe_t: Unix domain sockets and pipes) behind
 * node:net's path sockets, and later child processes' stdio pipes. Stream methods come
 * from src/stream_wrap.h.
 *
 *   const { Pipe, constants } = internalBinding('pipe_wrap');
 *   const h = new Pipe(constants.SOCKET | constants.SERVER | constants.IPC);
 *   h.open(fd) / h.bind(path) / h.listen(backlog) / h.fchmod(mode)  -> 0 or -errno
 *   h.onconnection(status, clientHandle)      for every accepted connection
 *   h.connect(req, path)                      -> 0; then
 *       req.oncomplete(status, handle, req, readable, writable)
 *   h.setPendingInstances(n)                  (Windows only; accepted and ignored)
 *
 * The IPC type creates a pipe that can pass handles (uv_pipe_init with ipc = 1). A handle
 * is sent with the bytes of a write (writeUtf8String(req, string, handle), see
 * src/stream_wrap.c); one that arrived with the bytes being read is taken inside onread:
 *   h.pendingType()           -> 'tcp', 'pipe', 'udp' or '' (none waiting)
 *   h.acceptPending(handle)   -> 0 or -errno: handle (a new TCP or Pipe of that type)
 *                                becomes the received one
 */
#include "../runtime.h"
#include "../stream_wrap.h"
#include "bindings.h"

#include <stdlib.h>
#include <string.h>

enum { PIPE_SOCKET = 0, PIPE_SERVER = 1, PIPE_IPC = 2 };

typedef struct {
  nd_stream_wrap_t stream;
  uv_pipe_t handle;
  int type;
} pipe_wrap_t;

typedef struct {
  uv_connect_t req;
  JSObjectRef object;
} connect_req_t;

static JSClassRef pipe_class;

static bool init_pipe(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                      const JSValueRef argv[], JSValueRef *exc) {
  pipe_wrap_t *p = (pipe_wrap_t *)wrap;
  p->type = argc > 0 && JSValueIsNumber(ctx, argv[0]) ? (int)nd_int(ctx, argv[0]) : PIPE_SOCKET;
  int err = uv_pipe_init(nd_runtime_current()->loop, &p->handle, p->type == PIPE_IPC);
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "uv_pipe_init", NULL, NULL);
    return false;
  }
  nd_stream_wrap_attach(&p->stream, (uv_stream_t *)&p->handle);
  return true;
}

#define UNWRAP_OR_RETURN()                                                                         \
  nd_handle_wrap_t *wrap_ = nd_handle_wrap_unwrap(ctx, this_object, pipe_class, exc);              \
  if (wrap_ == NULL)                                                                               \
    return NULL;                                                                                   \
  pipe_wrap_t *p = (pipe_wrap_t *)wrap_;                                                           \
  int err = 0;                                                                                     \
  if (wrap_->state != ND_HANDLE_OPEN)                                                              \
    return JSValueMakeNumber(ctx, UV_EBADF);

static ND_FUNCTION(js_open) {
  UNWRAP_OR_RETURN();
  err = uv_pipe_open(&p->handle, (uv_file)nd_int(ctx, ND_ARG(0)));
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_bind) {
  UNWRAP_OR_RETURN();
  char *name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (name == NULL)
    return NULL;
  err = uv_pipe_bind(&p->handle, name);
  free(name);
  return JSValueMakeNumber(ctx, err);
}

static void on_connection(uv_stream_t *server, int status) {
  pipe_wrap_t *p = server->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  if (p->stream.base.finalized)
    return;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status == 0) {
    JSValueRef type = JSValueMakeNumber(ctx, PIPE_SOCKET);
    JSValueRef exc = NULL;
    JSObjectRef client = nd_handle_wrap_new(ctx, pipe_class, sizeof(pipe_wrap_t), init_pipe, 1,
                                            &type, &exc);
    if (client == NULL)
      return;
    pipe_wrap_t *c = JSObjectGetPrivate(client);
    if (uv_accept(server, (uv_stream_t *)&c->handle) != 0) {
      nd_handle_wrap_close(&c->stream.base);
      return;
    }
    args[1] = client;
  }
  nd_handle_wrap_emit(&p->stream.base, "onconnection", 2, args);
}

static ND_FUNCTION(js_listen) {
  UNWRAP_OR_RETURN();
  err = uv_listen((uv_stream_t *)&p->handle, (int)nd_int(ctx, ND_ARG(0)), on_connection);
  return JSValueMakeNumber(ctx, err);
}

static void after_connect(uv_connect_t *req, int status) {
  connect_req_t *c = (connect_req_t *)req;
  pipe_wrap_t *p = req->handle->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  if (!p->stream.base.finalized) {
    JSValueRef fn = nd_get(ctx, c->object, "oncomplete", NULL);
    if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn)) {
      JSValueRef args[5] = {JSValueMakeNumber(ctx, status), p->stream.base.object, c->object,
                            JSValueMakeBoolean(ctx, true), JSValueMakeBoolean(ctx, true)};
      nd_make_callback(rt, c->object, (JSObjectRef)fn, 5, args);
    }
  }
  JSValueUnprotect(ctx, c->object);
  free(c);
}

static ND_FUNCTION(js_connect) {
  UNWRAP_OR_RETURN();
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a request object is required");
  char *name = nd_to_utf8(ctx, ND_ARG(1), NULL, exc);
  if (name == NULL)
    return NULL;
  connect_req_t *c = calloc(1, sizeof *c);
  if (c == NULL) {
    free(name);
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  }
  c->object = (JSObjectRef)argv[0];
  JSValueProtect(ctx, c->object);
  /* Failures (a missing path, a refused connection) arrive in the callback. */
  uv_pipe_connect(&c->req, &p->handle, name, after_connect);
  free(name);
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_fchmod) {
  UNWRAP_OR_RETURN();
  err = uv_pipe_chmod(&p->handle, (int)nd_int(ctx, ND_ARG(0)));
  return JSValueMakeNumber(ctx, err);
}

/* The type of the next handle received over an IPC pipe, or '' when none waits. libuv
 * keeps received descriptors with the pipe until they are accepted. */
static ND_FUNCTION(js_pending_type) {
  UNWRAP_OR_RETURN();
  (void)err;
  const char *type = "";
  if (p->type == PIPE_IPC && uv_pipe_pending_count(&p->handle) > 0) {
    switch (uv_pipe_pending_type(&p->handle)) {
    case UV_TCP:
      type = "tcp";
      break;
    case UV_NAMED_PIPE:
      type = "pipe";
      break;
    case UV_UDP:
      type = "udp";
      break;
    default:
      break;
    }
  }
  return nd_string(ctx, type);
}

/* Moves the next received handle into handle (a fresh, unopened handle of the type
 * pendingType() named). */
static ND_FUNCTION(js_accept_pending) {
  UNWRAP_OR_RETURN();
  nd_stream_wrap_t *target = nd_stream_wrap_unwrap(ctx, ND_ARG(0), exc);
  if (target == NULL)
    return NULL;
  if (p->type != PIPE_IPC || uv_pipe_pending_count(&p->handle) == 0)
    return JSValueMakeNumber(ctx, UV_EAGAIN);
  err = uv_accept((uv_stream_t *)&p->handle, target->stream);
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_set_pending_instances) {
  return JSValueMakeUndefined(ctx);
}

/* The methods of the Pipe class (made once per process, shared by threads). */
static const JSStaticFunction pipe_methods[] = {
    {"open", js_open, kJSPropertyAttributeDontEnum},
    {"bind", js_bind, kJSPropertyAttributeDontEnum},
    {"listen", js_listen, kJSPropertyAttributeDontEnum},
    {"connect", js_connect, kJSPropertyAttributeDontEnum},
    {"fchmod", js_fchmod, kJSPropertyAttributeDontEnum},
    {"setPendingInstances", js_set_pending_instances, kJSPropertyAttributeDontEnum},
    {"pendingType", js_pending_type, kJSPropertyAttributeDontEnum},
    {"acceptPending", js_accept_pending, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

void nd__binding_pipe_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  nd_stream_wrap_class_once(&pipe_class, "Pipe", pipe_methods, NULL);
  JSObjectRef ctor = nd_handle_wrap_constructor(ctx, pipe_class, sizeof(pipe_wrap_t), init_pipe);
  nd_set(ctx, exports, "Pipe", ctor);
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  nd_set_number(ctx, constants, "SOCKET", PIPE_SOCKET);
  nd_set_number(ctx, constants, "SERVER", PIPE_SERVER);
  nd_set_number(ctx, constants, "IPC", PIPE_IPC);
  nd_set_number(ctx, constants, "UV_READABLE", UV_READABLE);
  nd_set_number(ctx, constants, "UV_WRITABLE", UV_WRITABLE);
  nd_set(ctx, exports, "constants", constants);
}
