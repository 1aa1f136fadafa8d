/*
 * StatWatcher: the polling handle behind fs.watchFile() (libuv's uv_fs_poll_t), exported
 * from the fs binding as node does.
 *
 *   const h = new StatWatcher(bigint);
 *   h.onchange = (status, stats) => ...;  // status: 0, or a negative errno
 *   const err = h.start(path, intervalMs);  // 0 or a negative errno
 *   h.close(cb); h.ref(); h.unref(); h.hasRef();
 *
 * stats is a Float64Array (BigInt64Array when bigint) of 36 numbers: the current stat
 * fields then the previous ones, in nd_fs_stat_fields() order. When the file is missing,
 * its fields are all zero.
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "bindings.h"
#include "fs.h"

#include <stdlib.h>
#include <string.h>

#define FIELDS 18

typedef struct {
  nd_handle_wrap_t base;
  uv_fs_poll_t handle;
  bool bigint;
  bool started;
} stat_watcher_t;

static JSClassRef stat_watcher_class;

/* new StatWatcher(bigint) */
static bool init_handle(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                        const JSValueRef argv[], JSValueRef *exc) {
  stat_watcher_t *w = (stat_watcher_t *)wrap;
  w->bigint = JSValueToBoolean(ctx, ND_ARG(0));
  int err = uv_fs_poll_init(nd_runtime_current()->loop, &w->handle);
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "uv_fs_poll_init", NULL, NULL);
    return false;
  }
  wrap->handle = (uv_handle_t *)&w->handle;
  return true;
}

static void free_bytes(void *bytes, void *context) {
  free(bytes);
}

static JSValueRef make_pair(JSContextRef ctx, const uv_stat_t *curr, const uv_stat_t *prev,
                            bool bigint) {
  double values[2 * FIELDS];
  nd_fs_stat_fields(curr, values);
  nd_fs_stat_fields(prev, values + FIELDS);
  if (bigint) {
    int64_t *out = malloc(sizeof(int64_t) * 2 * FIELDS);
    for (int i = 0; i < 2 * FIELDS; i++)
      out[i] = (int64_t)values[i];
    return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeBigInt64Array, out,
                                                 sizeof(int64_t) * 2 * FIELDS, free_bytes, NULL,
                                                 NULL);
  }
  double *out = malloc(sizeof values);
  memcpy(out, values, sizeof values);
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, out,
                                               sizeof values, free_bytes, NULL, NULL);
}

static void on_change(uv_fs_poll_t *handle, int status, const uv_stat_t *prev,
                      const uv_stat_t *curr) {
  stat_watcher_t *w = (stat_watcher_t *)handle->data;
  JSContextRef ctx = nd_runtime_current()->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), make_pair(ctx, curr, prev, w->bigint)};
  nd_handle_wrap_emit(&w->base, "onchange", 2, args);
}

/* start(path, intervalMs) -> 0 or a negative errno. */
static ND_FUNCTION(js_start) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, this_object, stat_watcher_class, exc);
  if (wrap == NULL)
    return NULL;
  stat_watcher_t *w = (stat_watcher_t *)wrap;
  if (wrap->state != ND_HANDLE_OPEN || w->started)
    return JSValueMakeNumber(ctx, 0);
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  double interval = JSValueToNumber(ctx, ND_ARG(1), NULL);
  if (!(interval >= 1))
    interval = 1;
  if (interval > 4294967295.0)
    interval = 4294967295.0;
  int err = uv_fs_poll_start(&w->handle, on_change, path, (unsigned)interval);
  free(path);
  if (err == 0)
    w->started = true;
  return JSValueMakeNumber(ctx, err);
}

/* Adds StatWatcher to the fs binding's exports. */
void nd__stat_watcher_init(JSContextRef ctx, JSObjectRef exports) {
  if (stat_watcher_class == NULL) {
    static const JSStaticFunction methods[] = {
        {"start", js_start, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    stat_watcher_class = nd_handle_wrap_class("StatWatcher", methods, NULL);
  }
  nd_set(ctx, exports, "StatWatcher",
         nd_handle_wrap_constructor(ctx, stat_watcher_class, sizeof(stat_watcher_t),
                                    init_handle));
}
