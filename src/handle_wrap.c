#include "handle_wrap.h"

#include "runtime.h"

#include <pthread.h>
#include <stdatomic.h>
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

/* Shared by every thread that runs JavaScript (workers register the same classes again):
 * entries are appended under the lock and never change afterwards, so readers only need
 * the published count. */
#define MAX_SPECS 32
static wrap_spec_t specs[MAX_SPECS];
static atomic_size_t spec_count;
static pthread_mutex_t specs_lock = PTHREAD_MUTEX_INITIALIZER;

/* The calling thread's open wraps, so a thread that ends can close them all. */
static __thread nd_handle_wrap_t *open_wraps;

static void link_open(nd_handle_wrap_t *wrap) {
  wrap->open_prev = NULL;
  wrap->open_next = open_wraps;
  if (open_wraps != NULL)
    open_wraps->open_prev = wrap;
  open_wraps = wrap;
}

static void unlink_open(nd_handle_wrap_t *wrap) {
  if (wrap->open_prev != NULL)
    wrap->open_prev->open_next = wrap->open_next;
  else if (open_wraps == wrap)
    open_wraps = wrap->open_next;
  if (wrap->open_next != NULL)
    wrap->open_next->open_prev = wrap->open_prev;
  wrap->open_prev = wrap->open_next = NULL;
}

void nd_handle_wrap_close_all(void) {
  for (nd_handle_wrap_t *wrap = open_wraps; wrap != NULL; wrap = wrap->open_next)
    nd_handle_wrap_close(wrap);
}

/* The names given to nd_handle_wrap_class, by class: nd_handle_wrap_active reports them.
 * Like specs, entries are appended under the lock and never change. The method table is
 * kept here too: the engine holds it for the class's lifetime, but in memory a leak
 * checker does not scan. */
typedef struct {
  JSClassRef cls;
  const char *name;
  JSStaticFunction *methods;
} class_name_t;
static class_name_t class_names[MAX_SPECS];
static atomic_size_t class_name_count;

static const char *class_name_of(JSContextRef ctx, JSObjectRef object) {
  size_t count = atomic_load(&class_name_count);
  for (size_t i = 0; i < count; i++)
    if (JSValueIsObjectOfClass(ctx, object, class_names[i].cls))
      return class_names[i].name;
  return "";
}

JSValueRef nd_handle_wrap_active(JSContextRef ctx) {
  nd_handle_wrap_t *last = NULL;
  for (nd_handle_wrap_t *wrap = open_wraps; wrap != NULL; wrap = wrap->open_next)
    last = wrap;
  /* The class names are new strings: they go straight into an engine array (nd_list),
   * since the collector does not see values held in malloc'ed memory. */
  nd_list_t list;
  nd_list_init(&list, ctx);
  /* The list is newest first; node lists handles in the order they were made. */
  for (nd_handle_wrap_t *wrap = last; wrap != NULL; wrap = wrap->open_prev) {
    if (wrap->state == ND_HANDLE_CLOSED || wrap->finalized || wrap->handle == NULL ||
        !uv_has_ref(wrap->handle))
      continue;
    nd_list_push(&list, wrap->object);
    nd_list_push(&list, nd_string(ctx, class_name_of(ctx, wrap->object)));
  }
  return list.array;
}

static nd_handle_wrap_t *this_wrap(JSObjectRef object) {
  return JSObjectGetPrivate(object);
}

static void on_handle_closed(uv_handle_t *handle) {
  nd_handle_wrap_t *wrap = handle->data;
  nd_runtime_t *rt = nd_runtime_current();
  wrap->state = ND_HANDLE_CLOSED;
  unlink_open(wrap);
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
  if (wrap->on_closing != NULL)
    wrap->on_closing(wrap);
  uv_close(wrap->handle, on_handle_closed);
}

int nd_handle_wrap_close_with(nd_handle_wrap_t *wrap, JSContextRef ctx, JSValueRef callback,
                              int (*closer)(uv_handle_t *handle, uv_close_cb cb)) {
  if (wrap->state != ND_HANDLE_OPEN)
    return 0;
  int err = closer(wrap->handle, on_handle_closed);
  if (err != 0)
    return err;
  wrap->state = ND_HANDLE_CLOSING;
  if (wrap->on_closing != NULL)
    wrap->on_closing(wrap);
  if (callback != NULL && JSValueIsObject(ctx, callback) &&
      JSObjectIsFunction(ctx, (JSObjectRef)callback)) {
    wrap->close_callback = (JSObjectRef)callback;
    JSValueProtect(ctx, callback);
  }
  return 0;
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
  JSClassRef cls = JSClassCreate(&def);
  pthread_mutex_lock(&specs_lock);
  size_t count = atomic_load(&class_name_count);
  if (count < MAX_SPECS) {
    class_names[count] = (class_name_t){cls, name, table};
    atomic_store(&class_name_count, count + 1);
  }
  pthread_mutex_unlock(&specs_lock);
  return cls;
}

static size_t spec_index(JSClassRef cls, size_t size, nd_handle_wrap_init_fn init) {
  pthread_mutex_lock(&specs_lock);
  size_t count = atomic_load(&spec_count);
  size_t index = count;
  for (size_t i = 0; i < count; i++)
    if (specs[i].cls == cls)
      index = i;
  if (index == count) {
    if (count == MAX_SPECS)
      abort();
    specs[count] = (wrap_spec_t){cls, size, init};
    atomic_store(&spec_count, count + 1);
  }
  pthread_mutex_unlock(&specs_lock);
  return index;
}

JSObjectRef nd_handle_wrap_new(JSContextRef ctx, JSClassRef cls, size_t size,
                               nd_handle_wrap_init_fn init, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc) {
  nd_handle_wrap_t *wrap = calloc(1, size);
  if (wrap == NULL) {
    nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  JSObjectRef object = JSObjectMake(ctx, cls, wrap);
  wrap->object = object;
  if (!init(ctx, wrap, argc, argv, exc)) {
    /* handle stays NULL: the finalizer frees the struct. */
    wrap->handle = NULL;
    return NULL;
  }
  wrap->handle->data = wrap;
  wrap->state = ND_HANDLE_OPEN;
  link_open(wrap);
  JSValueProtect(ctx, object);
  return object;
}

static JSObjectRef construct(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                             const JSValueRef argv[], JSValueRef *exc) {
  JSValueRef cls_value = nd_get(ctx, constructor, "__nd_spec", NULL);
  size_t index = (size_t)JSValueToNumber(ctx, cls_value, NULL);
  if (index >= atomic_load(&spec_count)) {
    nd_throw(ctx, exc, "TypeError", NULL, "Illegal constructor");
    return NULL;
  }
  const wrap_spec_t *spec = &specs[index];
  return nd_handle_wrap_new(ctx, spec->cls, spec->size, spec->init, argc, argv, exc);
}

JSObjectRef nd_handle_wrap_constructor(JSContextRef ctx, JSClassRef cls, size_t size,
                                       nd_handle_wrap_init_fn init) {
  size_t index = spec_index(cls, size, init);
  JSObjectRef constructor = JSObjectMakeConstructor(ctx, cls, construct);
  JSStringRef key = JSStringCreateWithUTF8CString("__nd_spec");
  JSObjectSetProperty(ctx, constructor, key, JSValueMakeNumber(ctx, (double)index),
                      kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly |
                          kJSPropertyAttributeDontDelete,
                      NULL);
  JSStringRelease(key);
  return constructor;
}

JSObjectRef nd_handle_wrap_adopt(JSContextRef ctx, JSClassRef cls, nd_handle_wrap_t *wrap) {
  JSObjectRef object = JSObjectMake(ctx, cls, wrap);
  wrap->object = object;
  wrap->handle->data = wrap;
  wrap->state = ND_HANDLE_OPEN;
  link_open(wrap);
  JSValueProtect(ctx, object);
  return object;
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
