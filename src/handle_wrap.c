#include "handle_wrap.h"

#include "runtime.h"

#include <stdlib.h>
#include <string.h>

/* The constructor's extra state: the class and how to build its struct. Kept as the
 * constructor's private data is not possible for callback constructors, so a small table
 * maps classes to their specs. */
typedef struct {
  JSClassRef cls;
  size_t size;
  nd_handle_wrap_init_fn init;
} wrap_spec_t;

#define MAX_SPECS 32
static wrap_spec_t specs[MAX_SPECS];
static size_t spec_count;

static nd_handle_wrap_t *this_wrap(JSObjectRef object) {
  return JSObjectGetPrivate(object);
}

static void on_handle_closed(uv_handle_t *handle) {
  nd_handle_wrap_t *wrap = handle->data;
  nd_runtime_t *rt = nd_runtime_current();
  wrap->state = ND_HANDLE_CLOSED;
  if (wrap->on_closed != NULL)
    wrap->on_closed(wrap);
  if (wrap->finalized) {
    free(wrap);
    return;
  }
  JSObjectRef callback = wrap->close_callback;
  wrap->close_callback = NULL;
  if (callback != NULL) {
    nd_make_callback(rt, wrap->object, callback, 0, NULL);
    JSValueUnprotect(rt->ctx, callback);
  }
  JSValueUnprotect(rt->ctx, wrap->object);
}

void nd_handle_wrap_close(nd_handle_wrap_t *wrap) {
  if (wrap->state != ND_HANDLE_OPEN)
    return;
  wrap->state = ND_HANDLE_CLOSING;
  uv_close(wrap->handle, on_handle_closed);
}

static void finalize(JSObjectRef object) {
  nd_handle_wrap_t *wrap = this_wrap(object);
  if (wrap == NULL)
    return;
  /* Open handles are protected, so only a closed (or never initialised) handle gets
   * here, except at context teardown where the loop is going away with it. */
  if (wrap->state == ND_HANDLE_CLOSED || wrap->handle == NULL) {
    free(wrap);
    return;
  }
  wrap->finalized = true;
  nd_handle_wrap_close(wrap);
}

static ND_FUNCTION(js_close) {
  nd_handle_wrap_t *wrap = this_wrap(this_object);
  if (wrap == NULL || wrap->state != ND_HANDLE_OPEN)
    return JSValueMakeUndefined(ctx);
  JSValueRef cb = ND_ARG(0);
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
    wrap->close_callback = (JSObjectRef)cb;
    JSValueProtect(ctx, cb);
  }
  nd_handle_wrap_close(wrap);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_ref) {
  nd_handle_wrap_t *wrap = this_wrap(this_object);
  if (wrap != NULL && wrap->state == ND_HANDLE_OPEN)
    uv_ref(wrap->handle);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_unref) {
  nd_handle_wrap_t *wrap = this_wrap(this_object);
  if (wrap != NULL && wrap->state == ND_HANDLE_OPEN)
    uv_unref(wrap->handle);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_has_ref) {
  nd_handle_wrap_t *wrap = this_wrap(this_object);
  return JSValueMakeBoolean(ctx, wrap != NULL && wrap->state == ND_HANDLE_OPEN &&
                                     uv_has_ref(wrap->handle));
}

static const JSStaticFunction common_methods[] = {
    {"close", js_close, kJSPropertyAttributeDontEnum},
    {"ref", js_ref, kJSPropertyAttributeDontEnum},
    {"unref", js_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", js_has_ref, kJSPropertyAttributeDontEnum},
};

JSClassRef nd_handle_wrap_class(const char *name, const JSStaticFunction *methods,
                                const JSStaticValue *values) {
  size_t extra = 0;
  while (methods != NULL && methods[extra].name != NULL)
    extra++;
  size_t common = sizeof common_methods / sizeof common_methods[0];
  /* The engine keeps pointers into this table for the class's lifetime (forever). */
  JSStaticFunction *table = calloc(common + extra + 1, sizeof *table);
  memcpy(table, common_methods, sizeof common_methods);
  if (extra > 0)
    memcpy(table + common, methods, extra * sizeof *table);
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.staticFunctions = table;
  def.staticValues = values;
  def.finalize = finalize;
  return JSClassCreate(&def);
}

static JSObjectRef construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                             const JSValueRef argv[], JSValueRef *exc) {
  JSValueRef cls_value = nd_get(ctx, constructor, "__nd_spec", NULL);
  size_t index = (size_t)JSValueToNumber(ctx, cls_value, NULL);
  if (index >= spec_count) {
    nd_throw(ctx, exc, "TypeError", NULL, "Illegal constructor");
    return NULL;
  }
  const wrap_spec_t *spec = &specs[index];
  nd_handle_wrap_t *wrap = calloc(1, spec->size);
  if (wrap == NULL) {
    nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  JSObjectRef object = JSObjectMake(ctx, spec->cls, wrap);
  wrap->object = object;
  if (!spec->init(ctx, wrap, argc, argv, exc)) {
    /* handle stays NULL: the finalizer frees the struct. */
    wrap->handle = NULL;
    return NULL;
  }
  wrap->handle->data = wrap;
  wrap->state = ND_HANDLE_OPEN;
  JSValueProtect(ctx, object);
  return object;
}

JSObjectRef nd_handle_wrap_constructor(JSContextRef ctx, JSClassRef cls, size_t size,
                                       nd_handle_wrap_init_fn init) {
  size_t index = spec_count;
  for (size_t i = 0; i < spec_count; i++)
    if (specs[i].cls == cls)
      index = i;
  if (index == spec_count) {
    if (spec_count == MAX_SPECS)
      abort();
    specs[spec_count++] = (wrap_spec_t){cls, size, init};
  }
  JSObjectRef constructor = JSObjectMakeConstructor(ctx, cls, construct);
  JSStringRef key = JSStringCreateWithUTF8CString("__nd_spec");
  JSObjectSetProperty(ctx, constructor, key, JSValueMakeNumber(ctx, (double)index),
                      kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly |
                          kJSPropertyAttributeDontDelete,
                      NULL);
  JSStringRelease(key);
  return constructor;
}

nd_handle_wrap_t *nd_handle_wrap_unwrap(JSContextRef ctx, JSValueRef value, JSClassRef cls,
                                        JSValueRef *exc) {
  if (!JSValueIsObjectOfClass(ctx, value, cls)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  return JSObjectGetPrivate((JSObjectRef)value);
}

void nd_handle_wrap_emit(nd_handle_wrap_t *wrap, const char *name, size_t argc,
                         const JSValueRef argv[]) {
  nd_runtime_t *rt = nd_runtime_current();
  JSValueRef fn = nd_get(rt->ctx, wrap->object, name, NULL);
  if (JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn))
    nd_make_callback(rt, wrap->object, (JSObjectRef)fn, argc, argv);
}
