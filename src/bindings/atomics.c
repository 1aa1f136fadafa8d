/*
 * atomics: the waiters of Atomics.waitAsync, which JavaScriptCore does not expose.
 *
 * lib/internal/atomics.js checks the arguments, then asks wait() to compare the element
 * with the expected value and, when they are equal, to register a waiter: an id, the
 * element's address and the Waker of the calling thread. Atomics.notify (replaced in
 * every thread by internal/bootstrap/node) first wakes the engine's own Atomics.wait
 * waiters, then calls notify() here for the rest of its count: the oldest waiters on that
 * address leave the list and their ids go to their thread's Waker, which wakes that
 * thread's loop; there onwake(ids) resolves their promises with "ok". A waiter whose
 * timeout passes first is taken out by cancel(id) and resolves with "timed-out".
 *
 * One list for the whole process, under one lock: the comparison in wait() and the
 * registration happen under it, as does every notify(), so a notify that follows a store
 * either finds the waiter or the waiter saw the new value. The list is short (one entry
 * per pending waitAsync), so it is searched linearly.
 *
 * A Waker is a handle wrap over a uv_async_t that holds no reference on the loop (a
 * pending waitAsync does not keep node alive either). When it closes (its thread ends),
 * its waiters leave the list, so no other thread signals it afterwards.
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "bindings.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct waker {
  nd_handle_wrap_t base;
  uv_async_t async;
  double *woken; /* ids notified and not yet handed to JavaScript */
  size_t count, capacity;
} waker_t;

typedef struct waiter {
  struct waiter *next;
  double id;
  void *address;
  waker_t *owner;
} waiter_t;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static waiter_t *first, *last; /* oldest first */
static double next_id = 1;
/* How many waiters the list holds, changed under the lock. JavaScript reads it (a view
 * over this memory, Atomics.load) so that Atomics.notify skips the binding while nobody
 * uses waitAsync, the common case. */
static int32_t waiter_total;
static JSClassRef waker_class;

/* Removes the waiter after prev (or the first when prev is NULL). Called with the lock. */
static void unlink_after(waiter_t *prev, waiter_t *w) {
  if (prev == NULL)
    first = w->next;
  else
    prev->next = w->next;
  if (last == w)
    last = prev;
  __atomic_store_n(&waiter_total, waiter_total - 1, __ATOMIC_SEQ_CST);
}

static void on_wake(uv_async_t *async) {
  waker_t *k = (waker_t *)async->data;
  pthread_mutex_lock(&lock);
  double *ids = k->woken;
  size_t count = k->count;
  k->woken = NULL;
  k->count = k->capacity = 0;
  pthread_mutex_unlock(&lock);
  if (count == 0) {
    free(ids);
    return;
  }
  JSContextRef ctx = nd_runtime_current()->ctx;
  nd_list_t list;
  nd_list_init(&list, ctx);
  for (size_t i = 0; i < count; i++)
    nd_list_push(&list, JSValueMakeNumber(ctx, ids[i]));
  free(ids);
  JSValueRef arg = list.array;
  nd_handle_wrap_emit(&k->base, "onwake", 1, &arg);
}

/* The thread is ending (or JavaScript closed the Waker): its waiters will never be
 * resolved, and nothing may signal the handle once it starts closing. */
static void on_closing(nd_handle_wrap_t *wrap) {
  waker_t *k = (waker_t *)wrap;
  pthread_mutex_lock(&lock);
  waiter_t *prev = NULL;
  for (waiter_t *w = first; w != NULL;) {
    waiter_t *next = w->next;
    if (w->owner == k) {
      unlink_after(prev, w);
      free(w);
    } else {
      prev = w;
    }
    w = next;
  }
  free(k->woken);
  k->woken = NULL;
  k->count = k->capacity = 0;
  pthread_mutex_unlock(&lock);
}

static bool init_waker(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                       const JSValueRef argv[], JSValueRef *exc) {
  waker_t *k = (waker_t *)wrap;
  int err = uv_async_init(nd_runtime_current()->loop, &k->async, on_wake);
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "uv_async_init", NULL, NULL);
    return false;
  }
  uv_unref((uv_handle_t *)&k->async);
  wrap->handle = (uv_handle_t *)&k->async;
  wrap->on_closing = on_closing;
  return true;
}

/* The address of element index of an Int32Array or BigInt64Array (the JavaScript side has
 * checked the type, that the buffer is shared and the index); NULL with a TypeError in
 * *exc otherwise, so a bad call cannot reach outside the array. */
static void *element_address(JSContextRef ctx, JSValueRef array, JSValueRef index_value, bool *is64,
                             JSValueRef *exc) {
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, array, NULL);
  if (type != kJSTypedArrayTypeInt32Array && type != kJSTypedArrayTypeBigInt64Array) {
    nd_throw(ctx, exc, "TypeError", NULL, "not an Int32Array or BigInt64Array");
    return NULL;
  }
  JSObjectRef obj = (JSObjectRef)array;
  int64_t index = nd_int(ctx, index_value);
  size_t length = JSObjectGetTypedArrayLength(ctx, obj, NULL);
  if (index < 0 || (uint64_t)index >= length) {
    nd_throw(ctx, exc, "RangeError", NULL, "Invalid atomic access index");
    return NULL;
  }
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
  if (base == NULL) {
    nd_throw(ctx, exc, "TypeError", NULL, "detached array");
    return NULL;
  }
  *is64 = type == kJSTypedArrayTypeBigInt64Array;
  size_t size = *is64 ? 8 : 4;
  return base + JSObjectGetTypedArrayByteOffset(ctx, obj, NULL) + (size_t)index * size;
}

/* wait(waker, typedArray, index, low, high, register) -> -1 when the element differs from
 * the expected value (low: its low 32 bits as a signed number for an Int32Array, unsigned
 * for a BigInt64Array; high: the high 32 bits, unsigned), 0 when it is equal and register
 * is false, else the id of a new waiter. */
static ND_FUNCTION(js_wait) {
  nd_handle_wrap_t *wrap = nd_handle_wrap_unwrap(ctx, ND_ARG(0), waker_class, exc);
  if (wrap == NULL)
    return NULL;
  bool is64 = false;
  void *address = element_address(ctx, ND_ARG(1), ND_ARG(2), &is64, exc);
  if (address == NULL)
    return NULL;
  uint32_t low = (uint32_t)nd_int(ctx, ND_ARG(3));
  uint32_t high = (uint32_t)nd_int(ctx, ND_ARG(4));
  bool do_register = JSValueToBoolean(ctx, ND_ARG(5));
  waiter_t *w = NULL;
  if (do_register && wrap->state == ND_HANDLE_OPEN) {
    w = malloc(sizeof *w);
    if (w == NULL)
      return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  pthread_mutex_lock(&lock);
  /* The count goes up before the element is read. A notifier stores the element, then
   * reads the count without the lock (lib/internal/atomics.js): had the count gone up only
   * after the read, both could see the old values, and the waiter would register after a
   * notify that skipped it. Counted first, either the waiter reads the new value or the
   * notifier sees a waiter and takes the lock, which the waiter holds until registered. */
  if (w != NULL)
    __atomic_add_fetch(&waiter_total, 1, __ATOMIC_SEQ_CST);
  bool equal;
  if (is64)
    equal = (uint64_t)__atomic_load_n((int64_t *)address, __ATOMIC_SEQ_CST) ==
            (((uint64_t)high << 32) | low);
  else
    equal = (uint32_t)__atomic_load_n((int32_t *)address, __ATOMIC_SEQ_CST) == low;
  double result = equal ? 0 : -1;
  if (equal && w != NULL) {
    w->next = NULL;
    w->id = next_id++;
    w->address = address;
    w->owner = (waker_t *)wrap;
    if (last == NULL)
      first = w;
    else
      last->next = w;
    last = w;
    result = w->id;
    w = NULL;
  }
  if (w != NULL)
    __atomic_sub_fetch(&waiter_total, 1, __ATOMIC_SEQ_CST);
  pthread_mutex_unlock(&lock);
  free(w);
  return JSValueMakeNumber(ctx, result);
}

/* notify(typedArray, index, count) -> how many waiters were woken, oldest first. */
static ND_FUNCTION(js_notify) {
  bool is64 = false;
  void *address = element_address(ctx, ND_ARG(0), ND_ARG(1), &is64, exc);
  if (address == NULL)
    return NULL;
  double count = JSValueToNumber(ctx, ND_ARG(2), NULL);
  double woken = 0;
  pthread_mutex_lock(&lock);
  waiter_t *prev = NULL;
  for (waiter_t *w = first; w != NULL && woken < count;) {
    waiter_t *next = w->next;
    if (w->address != address) {
      prev = w;
      w = next;
      continue;
    }
    waker_t *k = w->owner;
    if (k->count == k->capacity) {
      size_t capacity = k->capacity ? k->capacity * 2 : 8;
      double *grown = realloc(k->woken, capacity * sizeof *grown);
      if (grown == NULL)
        break; /* the waiter stays; a later notify or its timeout ends it */
      k->woken = grown;
      k->capacity = capacity;
    }
    k->woken[k->count++] = w->id;
    uv_async_send(&k->async);
    unlink_after(prev, w);
    free(w);
    woken++;
    w = next;
  }
  pthread_mutex_unlock(&lock);
  return JSValueMakeNumber(ctx, woken);
}

/* cancel(id) -> true when the waiter was still waiting (it is removed), false when a
 * notify took it first (its "ok" is on the way). */
static ND_FUNCTION(js_cancel) {
  double id = JSValueToNumber(ctx, ND_ARG(0), NULL);
  bool found = false;
  pthread_mutex_lock(&lock);
  waiter_t *prev = NULL;
  for (waiter_t *w = first; w != NULL; prev = w, w = w->next) {
    if (w->id == id) {
      unlink_after(prev, w);
      free(w);
      found = true;
      break;
    }
  }
  pthread_mutex_unlock(&lock);
  return JSValueMakeBoolean(ctx, found);
}

void nd__binding_atomics_init(JSContextRef ctx, JSObjectRef exports) {
  if (waker_class == NULL)
    waker_class = nd_handle_wrap_class("AtomicsWaker", NULL, NULL);
  nd_set(ctx, exports, "Waker",
         nd_handle_wrap_constructor(ctx, waker_class, sizeof(waker_t), init_waker));
  static const nd_method_t methods[] = {
      {"wait", js_wait},
      {"notify", js_notify},
      {"cancel", js_cancel},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set(ctx, exports, "waiterCount",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array, &waiter_total,
                                               sizeof waiter_total, NULL, NULL, NULL));
}
