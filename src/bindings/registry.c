#include "bindings.h"

#include <pthread.h>
#include <string.h>

typedef struct {
  const char *name;
  void (*init)(JSContextRef ctx, JSObjectRef exports);
} binding_entry_t;

#define ND_BINDING_ENTRY(name) {#name, nd__binding_##name##_init},
static const binding_entry_t bindings[] = {ND_BINDINGS(ND_BINDING_ENTRY)};
#undef ND_BINDING_ENTRY

#include "../runtime.h"

JSObjectRef nd_internal_binding(JSContextRef ctx, const char *name, JSValueRef *exc) {
  nd_runtime_t *rt = nd_runtime_current();
  JSValueRef cached = nd_get(ctx, rt->binding_cache, name, NULL);
  if (JSValueIsObject(ctx, cached))
    return (JSObjectRef)cached;
  for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
    if (strcmp(bindings[i].name, name) == 0) {
      JSObjectRef exports = JSObjectMake(ctx, NULL, NULL);
      /* Bindings create their classes (and other process-wide state) on first init;
       * worker threads may initialise the same binding at the same time. */
      static pthread_mutex_t init_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
      pthread_mutex_lock(&init_lock);
      bindings[i].init(ctx, exports);
      pthread_mutex_unlock(&init_lock);
      nd_set(ctx, rt->binding_cache, name, exports);
      return exports;
    }
  }
  nd_throw(ctx, exc, "Error", NULL, "No such binding: %s", name);
  return NULL;
}
