/*
 * fs_event_wrap: the FSEvent handle behind fs.watch() (inotify through libuv's
 * uv_fs_event_t).
 *
 *   const h = new FSEvent();
 *   h.onchange = (status, eventType, filename) => ...;  // status < 0 is an error
 *   const err = h.start(path, persistent, recursive, rawNames);  // 0 or a negative errno
 *   h.initialized  // true once started
 *   h.close(cb); h.ref(); h.unref(); h.hasRef();
 *
 * eventType is 'rename' or 'change'. filename is a string, or a Uint8Array of the raw
 * bytes when rawNames is true (JavaScript decodes it for encodings other than utf8), or
 * null when libuv does not know it.
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "bindings.h"
#include "fs.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  nd_handle_wrap_t base;
  uv_fs_event_t handle;
  bool started;
  bool raw_names;
} fs_event_t;

static JSClassRef fs_event_class;

static bool init_handle(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                        const JSValueRef argv[], JSValueRef *exc) {
  fs_event_t *w = (fs_event_t *)wrap;
  int err = uv_fs_event_init(nd_runtime_current()->loop, &w->handle);
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "uv_fs_event_init", NULL, NULL);
    return false;
  }
  wrap->handle = (uv_handle_t *)&w->handle;
  /* Not watching yet: nothing should keep the loop alive until start(). */
  return true;
}

static void on_change(uv_fs_event_t *handle, const char *filename, int events, int status) {
  fs_event_t *w = (fs_event_t *)handle->data;
  JSContextRef ctx = nd_runtime_current()->ctx;
  JSValueRef name;
  if (filename == NULL) {
    name = JSValueMakeNull(ctx);
  } else if (w->raw_names) {
    size_t len = strlen(filename);
    void *copy = malloc(len ? len : 1);
    memcpy(copy, filename, len);
    name = JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy, len,
                                                 nd_free_bytes, NULL, NULL);
  } else {
    name = nd_string(ctx, filename);
  }
  JSValueRef args[3];
  args[0] = JSValueMakeNumber(ctx, status);
  if (status < 0) {
    args[1] = JSValueMakeUndefined(ctx);
  } else if (events & UV_RENAME) {
    /* inotify reports a rename and a content change together sometimes; node reports
     * 'rename' then, and so do we. */
    args[1] = nd_string(ctx, "rename");
  } else {
    args[1] = nd_string(ctx, "change");
  }
  args[2] = name;
  nd_handle_wrap_emit(&w->base, "onchange", 3, args);
}

/* start(path, persistent, recursive, rawNames) -> 0 or a negative errno. */
static ND_FUNCTION(js_start) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, this_object, fs_event_class, exc);
  if (wrap == NULL)
    return NULL;
  fs_event_t *w = (fs_event_t *)wrap;
  if (wrap->state != ND_HANDLE_OPEN || w->started)
    return JSValueMakeNumber(ctx, 0);
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  bool persistent = JSValueToBoolean(ctx, ND_ARG(1));
  unsigned flags = JSValueToBoolean(ctx, ND_ARG(2)) ? UV_FS_EVENT_RECURSIVE : 0;
  w->raw_names = JSValueToBoolean(ctx, ND_ARG(3));
  int err = uv_fs_event_start(&w->handle, on_change, path, flags);
  free(path);
  if (err == 0) {
    w->started = true;
    if (!persistent)
      uv_unref(wrap->handle);
  }
  return JSValueMakeNumber(ctx, err);
}

static JSValueRef get_initialized(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                  JSValueRef *exc) {
  fs_event_t *w = JSObjectGetPrivate(object);
  return JSValueMakeBoolean(ctx, w != NULL && w->started);
}

void nd__binding_fs_event_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  if (fs_event_class == NULL) {
    static const JSStaticFunction methods[] = {
        {"start", js_start, kJSPropertyAttributeDontEnum},
        {NULL, NULL, 0},
    };
    static const JSStaticValue values[] = {
        {"initialized", get_initialized, NULL,
         kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
        {NULL, NULL, NULL, 0},
    };
    fs_event_class = nd_handle_wrap_class("FSEvent", methods, values);
  }
  nd_set(ctx, exports, "FSEvent",
         nd_handle_wrap_constructor(ctx, fs_event_class, sizeof(fs_event_t), init_handle));
}
