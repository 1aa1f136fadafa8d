/*
 * cares_wrap: name resolution through the system resolver (libuv's getaddrinfo and
 * getnameinfo on the thread pool), behind dns.lookup(), dns.lookupService() and
 * node:net's host names. The c-ares based resolver functions (dns.resolve*, reverse)
 * will join this binding later under the same name, as in node.
 *
 *   getaddrinfo(req, hostname, family, hints, order)  -> 0 or a negative errno; then
 *       req.oncomplete(status, addresses)   status 0 or a UV_EAI_* code; addresses is an
 *                                           array of address strings
 *   getnameinfo(req, ip, port)              -> 0 or a negative errno; then
 *       req.oncomplete(status, hostname, service)
 *   strerror(code)
 *   AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED, DNS_ORDER_VERBATIM, DNS_ORDER_IPV4_FIRST,
 *   DNS_ORDER_IPV6_FIRST
 *
 * family is 0 (any), 4 or 6. order chooses how addresses of both families are listed:
 * as the resolver returned them, IPv4 first, or IPv6 first.
 */
#include "../runtime.h"
#include "bindings.h"

#include <netdb.h>
#include <stdlib.h>
#include <string.h>

enum { ORDER_VERBATIM = 0, ORDER_IPV4_FIRST = 1, ORDER_IPV6_FIRST = 2 };

typedef struct {
  uv_getaddrinfo_t req;
  JSObjectRef object;
  int order;
} addrinfo_req_t;

typedef struct {
  uv_getnameinfo_t req;
  JSObjectRef object;
} nameinfo_req_t;

/* Appends the addresses of one family (0: both) to the list (an engine array: the
 * collector does not see new strings held in malloc'ed memory). */
static void collect(JSContextRef ctx, const struct addrinfo *res, int family, nd_list_t *list) {
  char ip[INET6_ADDRSTRLEN];
  for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
    if (family != 0 && ai->ai_family != family)
      continue;
    if (ai->ai_family == AF_INET)
      uv_ip4_name((const struct sockaddr_in *)ai->ai_addr, ip, sizeof ip);
    else if (ai->ai_family == AF_INET6)
      uv_ip6_name((const struct sockaddr_in6 *)ai->ai_addr, ip, sizeof ip);
    else
      continue;
    nd_list_push(list, nd_string(ctx, ip));
  }
}

static void after_getaddrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  addrinfo_req_t *r = (addrinfo_req_t *)req;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status == 0) {
    nd_list_t list;
    nd_list_init(&list, ctx);
    if (r->order == ORDER_IPV4_FIRST) {
      collect(ctx, res, AF_INET, &list);
      collect(ctx, res, AF_INET6, &list);
    } else if (r->order == ORDER_IPV6_FIRST) {
      collect(ctx, res, AF_INET6, &list);
      collect(ctx, res, AF_INET, &list);
    } else {
      collect(ctx, res, 0, &list);
    }
    args[1] = list.array;
    /* An answer without a usable address is "not found", as node reports it. */
    if (list.length == 0)
      args[0] = JSValueMakeNumber(ctx, UV_EAI_NODATA);
  }
  uv_freeaddrinfo(res);
  JSValueRef fn = nd_get(ctx, r->object, "oncomplete", NULL);
  if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn))
    nd_make_callback(rt, r->object, (JSObjectRef)fn, 2, args);
  JSValueUnprotect(ctx, r->object);
  free(r);
}

static ND_FUNCTION(js_getaddrinfo) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a request object is required");
  char *hostname = nd_to_utf8(ctx, ND_ARG(1), NULL, exc);
  if (hostname == NULL)
    return NULL;
  int family = (int)JSValueToNumber(ctx, ND_ARG(2), NULL);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  /* One entry per address (not one per socket type). */
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = (int)JSValueToNumber(ctx, ND_ARG(3), NULL);
  addrinfo_req_t *r = calloc(1, sizeof *r);
  if (r == NULL) {
    free(hostname);
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  }
  r->object = (JSObjectRef)argv[0];
  r->order = (int)JSValueToNumber(ctx, ND_ARG(4), NULL);
  int err = uv_getaddrinfo(nd_runtime_current()->loop, &r->req, after_getaddrinfo, hostname, NULL,
                           &hints);
  free(hostname);
  if (err != 0) {
    free(r);
    return JSValueMakeNumber(ctx, err);
  }
  JSValueProtect(ctx, r->object);
  return JSValueMakeNumber(ctx, 0);
}

static void after_getnameinfo(uv_getnameinfo_t *req, int status, const char *hostname,
                              const char *service) {
  nameinfo_req_t *r = (nameinfo_req_t *)req;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx),
                        JSValueMakeUndefined(ctx)};
  if (status == 0) {
    args[1] = nd_string(ctx, hostname);
    args[2] = nd_string(ctx, service);
  }
  JSValueRef fn = nd_get(ctx, r->object, "oncomplete", NULL);
  if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn))
    nd_make_callback(rt, r->object, (JSObjectRef)fn, 3, args);
  JSValueUnprotect(ctx, r->object);
  free(r);
}

static ND_FUNCTION(js_getnameinfo) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a request object is required");
  char *ip = nd_to_utf8(ctx, ND_ARG(1), NULL, exc);
  if (ip == NULL)
    return NULL;
  int port = (int)JSValueToNumber(ctx, ND_ARG(2), NULL);
  struct sockaddr_storage addr;
  int err = uv_ip4_addr(ip, port, (struct sockaddr_in *)&addr);
  if (err != 0)
    err = uv_ip6_addr(ip, port, (struct sockaddr_in6 *)&addr);
  free(ip);
  if (err != 0)
    return JSValueMakeNumber(ctx, err);
  nameinfo_req_t *r = calloc(1, sizeof *r);
  if (r == NULL)
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  r->object = (JSObjectRef)argv[0];
  err = uv_getnameinfo(nd_runtime_current()->loop, &r->req, after_getnameinfo,
                       (struct sockaddr *)&addr, NI_NAMEREQD);
  if (err != 0) {
    free(r);
    return JSValueMakeNumber(ctx, err);
  }
  JSValueProtect(ctx, r->object);
  return JSValueMakeNumber(ctx, 0);
}

static ND_FUNCTION(js_strerror) {
  return nd_string(ctx, uv_strerror((int)nd_int(ctx, ND_ARG(0))));
}

void nd__binding_cares_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"getaddrinfo", js_getaddrinfo},
      {"getnameinfo", js_getnameinfo},
      {"strerror", js_strerror},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set_number(ctx, exports, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  nd_set_number(ctx, exports, "AI_ALL", AI_ALL);
  nd_set_number(ctx, exports, "AI_V4MAPPED", AI_V4MAPPED);
  nd_set_number(ctx, exports, "DNS_ORDER_VERBATIM", ORDER_VERBATIM);
  nd_set_number(ctx, exports, "DNS_ORDER_IPV4_FIRST", ORDER_IPV4_FIRST);
  nd_set_number(ctx, exports, "DNS_ORDER_IPV6_FIRST", ORDER_IPV6_FIRST);
}
