/*
 * tcp_wrap: the TCP handle behind node:net (a libuv uv_tcp_t; the stream methods come
 * from src/stream_wrap.h).
 *
 *   const { TCP, constants } = internalBinding('tcp_wrap');
 *   const h = new TCP(constants.SOCKET | constants.SERVER);
 *   h.open(fd) / h.bind(ip, port, flags) / h.bind6(ip, port, flags)   -> 0 or -errno
 *   h.listen(backlog)                         -> 0 or -errno; then for every connection
 *       h.onconnection(status, clientHandle)  (clientHandle is a new TCP, or undefined)
 *   h.connect(req, ip, port) / h.connect6(req, ip, port) -> 0 or -errno; then
 *       req.oncomplete(status, handle, req, readable, writable)
 *   h.getsockname(out) / h.getpeername(out)   -> 0 or -errno; fills address/family/port
 *   h.setNoDelay(flag) / h.setKeepAlive(flag, delaySeconds) -> 0 or -errno
 *   h.reset(cb)                               closes with RST; cb runs once closed
 *
 * Addresses must be numeric (node:net resolves names with node:dns first).
 * constants.UV_TCP_IPV6ONLY is the bind6 flag for ipv6Only servers.
 */
#include "../runtime.h"
#include "../stream_wrap.h"
#include "bindings.h"

#include <stdlib.h>
#include <string.h>

enum { TCP_SOCKET = 0, TCP_SERVER = 1 };

typedef struct {
  nd_stream_wrap_t stream;
  uv_tcp_t handle;
} tcp_wrap_t;

typedef struct {
  uv_connect_t req;
  JSObjectRef object;
} connect_req_t;

static JSClassRef tcp_class;

static bool init_tcp(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                     const JSValueRef argv[], JSValueRef *exc) {
  tcp_wrap_t *t = (tcp_wrap_t *)wrap;
  int err = uv_tcp_init(nd_runtime_current()->loop, &t->handle);
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "uv_tcp_init", NULL, NULL);
    return false;
  }
  nd_stream_wrap_attach(&t->stream, (uv_stream_t *)&t->handle);
  return true;
}

static tcp_wrap_t *unwrap_open(JSContextRef ctx, JSObjectRef object, JSValueRef *exc,
                               int *err) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, object, tcp_class, exc);
  if (wrap == NULL)
    return NULL;
  *err = wrap->state == ND_HANDLE_OPEN ? 0 : UV_EBADF;
  return (tcp_wrap_t *)wrap;
}

/* Reads (ip, port) arguments into a socket address of the family. */
static int parse_address(JSContextRef ctx, JSValueRef ip_value, JSValueRef port_value, bool v6,
                         struct sockaddr_storage *out, JSValueRef *exc) {
  char *ip = nd_to_utf8(ctx, ip_value, NULL, exc);
  if (ip == NULL)
    return UV_EINVAL;
  int port = (int)JSValueToNumber(ctx, port_value, NULL);
  int err = v6 ? uv_ip6_addr(ip, port, (struct sockaddr_in6 *)out)
               : uv_ip4_addr(ip, port, (struct sockaddr_in *)out);
  free(ip);
  return err;
}

#define UNWRAP_OR_RETURN()                                                                         \
  int err = 0;                                                                                     \
  tcp_wrap_t *t = unwrap_open(ctx, this_object, exc, &err);                                        \
  if (t == NULL)                                                                                   \
    return NULL;                                                                                   \
  if (err != 0)                                                                                    \
    return JSValueMakeNumber(ctx, err);

static ND_FUNCTION(js_open) {
  UNWRAP_OR_RETURN();
  err = uv_tcp_open(&t->handle, (uv_os_sock_t)nd_int(ctx, ND_ARG(0)));
  return JSValueMakeNumber(ctx, err);
}

static JSValueRef do_bind(JSContextRef ctx, JSObjectRef this_object, size_t argc,
                          const JSValueRef argv[], JSValueRef *exc, bool v6) {
  UNWRAP_OR_RETURN();
  struct sockaddr_storage addr;
  err = parse_address(ctx, ND_ARG(0), ND_ARG(1), v6, &addr, exc);
  if (*exc != NULL)
    return NULL;
  if (err == 0) {
    unsigned flags = v6 ? (unsigned)nd_int(ctx, ND_ARG(2)) : 0;
    err = uv_tcp_bind(&t->handle, (struct sockaddr *)&addr, flags);
  }
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_bind) {
  return do_bind(ctx, this_object, argc, argv, exc, false);
}

static ND_FUNCTION(js_bind6) {
  return do_bind(ctx, this_object, argc, argv, exc, true);
}

static void on_connection(uv_stream_t *server, int status) {
  tcp_wrap_t *t = server->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  if (t->stream.base.finalized)
    return;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status == 0) {
    JSValueRef type = JSValueMakeNumber(ctx, TCP_SOCKET);
    JSValueRef exc = NULL;
    JSObjectRef client = nd_handle_wrap_new(ctx, tcp_class, sizeof(tcp_wrap_t), init_tcp, 1,
                                            &type, &exc);
    if (client == NULL)
      return;
    tcp_wrap_t *c = JSObjectGetPrivate(client);
    int err = uv_accept(server, (uv_stream_t *)&c->handle);
    if (err != 0) {
      /* The connection went away before it was accepted: nothing to report. */
      nd_handle_wrap_close(&c->stream.base);
      return;
    }
    args[1] = client;
  }
  nd_handle_wrap_emit(&t->stream.base, "onconnection", 2, args);
}

static ND_FUNCTION(js_listen) {
  UNWRAP_OR_RETURN();
  int backlog = (int)nd_int(ctx, ND_ARG(0));
  err = uv_listen((uv_stream_t *)&t->handle, backlog, on_connection);
  return JSValueMakeNumber(ctx, err);
}

static void after_connect(uv_connect_t *req, int status) {
  connect_req_t *c = (connect_req_t *)req;
  tcp_wrap_t *t = req->handle->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  if (!t->stream.base.finalized) {
    JSValueRef fn = nd_get(ctx, c->object, "oncomplete", NULL);
    if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn)) {
      JSValueRef args[5] = {JSValueMakeNumber(ctx, status), t->stream.base.object, c->object,
                            JSValueMakeBoolean(ctx, true), JSValueMakeBoolean(ctx, true)};
      nd_make_callback(rt, c->object, (JSObjectRef)fn, 5, args);
    }
  }
  JSValueUnprotect(ctx, c->object);
  free(c);
}

static JSValueRef do_connect(JSContextRef ctx, JSObjectRef this_object, size_t argc,
                             const JSValueRef argv[], JSValueRef *exc, bool v6) {
  UNWRAP_OR_RETURN();
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a request object is required");
  struct sockaddr_storage addr;
  err = parse_address(ctx, ND_ARG(1), ND_ARG(2), v6, &addr, exc);
  if (*exc != NULL)
    return NULL;
  if (err != 0)
    return JSValueMakeNumber(ctx, err);
  connect_req_t *c = calloc(1, sizeof *c);
  if (c == NULL)
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  c->object = (JSObjectRef)argv[0];
  err = uv_tcp_connect(&c->req, &t->handle, (struct sockaddr *)&addr, after_connect);
  if (err != 0) {
    free(c);
    return JSValueMakeNumber(ctx, err);
  }
  JSValueProtect(ctx, c->object);
  return JSValueMakeNumber(ctx, 0);
}

static ND_FUNCTION(js_connect) {
  return do_connect(ctx, this_object, argc, argv, exc, false);
}

static ND_FUNCTION(js_connect6) {
  return do_connect(ctx, this_object, argc, argv, exc, true);
}

static JSValueRef get_name(JSContextRef ctx, JSObjectRef this_object, size_t argc,
                           const JSValueRef argv[], JSValueRef *exc, bool peer) {
  UNWRAP_OR_RETURN();
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "an object is required");
  struct sockaddr_storage addr;
  int len = sizeof addr;
  err = peer ? uv_tcp_getpeername(&t->handle, (struct sockaddr *)&addr, &len)
             : uv_tcp_getsockname(&t->handle, (struct sockaddr *)&addr, &len);
  if (err == 0)
    err = nd_sockaddr_to_js(ctx, (struct sockaddr *)&addr, (JSObjectRef)argv[0]);
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_getsockname) {
  return get_name(ctx, this_object, argc, argv, exc, false);
}

static ND_FUNCTION(js_getpeername) {
  return get_name(ctx, this_object, argc, argv, exc, true);
}

static ND_FUNCTION(js_set_no_delay) {
  UNWRAP_OR_RETURN();
  err = uv_tcp_nodelay(&t->handle, JSValueToBoolean(ctx, ND_ARG(0)));
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_set_keep_alive) {
  UNWRAP_OR_RETURN();
  int enable = JSValueToBoolean(ctx, ND_ARG(0));
  unsigned delay = (unsigned)nd_int(ctx, ND_ARG(1));
  err = uv_tcp_keepalive(&t->handle, enable, delay);
  return JSValueMakeNumber(ctx, err);
}

static int close_reset(uv_handle_t *handle, uv_close_cb cb) {
  return uv_tcp_close_reset((uv_tcp_t *)handle, cb);
}

/* reset(cb): closes the connection with RST instead of FIN. */
static ND_FUNCTION(js_reset) {
  UNWRAP_OR_RETURN();
  err = nd_handle_wrap_close_with(&t->stream.base, ctx, ND_ARG(0), close_reset);
  return JSValueMakeNumber(ctx, err);
}

/* setSimultaneousAccepts(): a Windows setting; nothing to do here. */
static ND_FUNCTION(js_set_simultaneous_accepts) {
  return JSValueMakeUndefined(ctx);
}

/* The methods of the TCP class (made once per process, shared by threads). */
static const JSStaticFunction tcp_methods[] = {
    {"open", js_open, kJSPropertyAttributeDontEnum},
    {"bind", js_bind, kJSPropertyAttributeDontEnum},
    {"bind6", js_bind6, kJSPropertyAttributeDontEnum},
    {"listen", js_listen, kJSPropertyAttributeDontEnum},
    {"connect", js_connect, kJSPropertyAttributeDontEnum},
    {"connect6", js_connect6, kJSPropertyAttributeDontEnum},
    {"getsockname", js_getsockname, kJSPropertyAttributeDontEnum},
    {"getpeername", js_getpeername, kJSPropertyAttributeDontEnum},
    {"setNoDelay", js_set_no_delay, kJSPropertyAttributeDontEnum},
    {"setKeepAlive", js_set_keep_alive, kJSPropertyAttributeDontEnum},
    {"reset", js_reset, kJSPropertyAttributeDontEnum},
    {"setSimultaneousAccepts", js_set_simultaneous_accepts, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

void nd__binding_tcp_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  nd_stream_wrap_class_once(&tcp_class, "TCP", tcp_methods, NULL);
  JSObjectRef ctor = nd_handle_wrap_constructor(ctx, tcp_class, sizeof(tcp_wrap_t), init_tcp);
  nd_set(ctx, exports, "TCP", ctor);
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  nd_set_number(ctx, constants, "SOCKET", TCP_SOCKET);
  nd_set_number(ctx, constants, "SERVER", TCP_SERVER);
  nd_set_number(ctx, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  nd_set(ctx, exports, "constants", constants);
}
