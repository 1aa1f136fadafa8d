#ifndef ND_HANDLE_WRAP_H
#define ND_HANDLE_WRAP_H

/*
 * A libuv handle owned by a JavaScript object, the common part of every handle binding
 * (file watchers now; sockets, pipes and processes later).
 *
 * Each binding embeds nd_handle_wrap_t as the first member of its own struct, which also
 * holds the uv handle. The JavaScript wrapper is an instance of a class made with
 * nd_handle_wrap_class(): its prototype has close(cb), ref(), unref() and hasRef() plus
 * the binding's own methods.
 *
 * Lifetime. Like node's HandleWrap, the wrapper stays alive (JSValueProtect) from creation
 * until its handle has closed, so an active watcher whose JavaScript owner was dropped
 * keeps firing instead of being collected mid-flight. The struct is freed by the
 * wrapper's finalizer once the handle is closed.
 */

#include "js.h"

#include <stdbool.h>
#include <uv.h>

typedef enum { ND_HANDLE_OPEN, ND_HANDLE_CLOSING, ND_HANDLE_CLOSED } nd_handle_state_t;

typedef struct nd_handle_wrap {
  JSObjectRef object;   /* the JavaScript wrapper */
  uv_handle_t *handle;  /* points into the embedding struct */
  nd_handle_state_t state;
  JSObjectRef close_callback; /* close(cb): protected until it has run */
  bool finalized;
  /* Optional: runs when the handle has closed, before the close callback (for example to
   * release JavaScript values the binding protected). */
  void (*on_closed)(struct nd_handle_wrap *wrap);
  /* Optional: runs when closing starts, just before uv_close (for example to stop other
   * threads from signalling the handle). */
  void (*on_closing)(struct nd_handle_wrap *wrap);
  /* The thread's list of open wraps (nd_handle_wrap_close_all). */
  struct nd_handle_wrap *open_prev, *open_next;
} nd_handle_wrap_t;

/* Creates a wrapper class named name whose prototype holds the common handle methods and
 * the binding's own; values are accessors on each instance. Either table may be NULL;
 * each ends with a {0} entry and must outlive the class (make them static). */
JSClassRef nd_handle_wrap_class(const char *name, const JSStaticFunction *methods,
                                const JSStaticValue *values);

/* Initialises the uv handle of a new wrap (and sets wrap->handle) from the constructor's
 * arguments; returns false with *exc set to make `new` throw. */
typedef bool (*nd_handle_wrap_init_fn)(JSContextRef ctx, nd_handle_wrap_t *wrap, size_t argc,
                                       const JSValueRef argv[], JSValueRef *exc);

/* Makes a constructor for the class: `new C(...args)` allocates size bytes (zeroed), calls
 * init, and returns the wrapper. */
JSObjectRef nd_handle_wrap_constructor(JSContextRef ctx, JSClassRef cls, size_t size,
                                       nd_handle_wrap_init_fn init);

/* Creates a wrapper of the class from C (for example the handle of an accepted
 * connection): allocates size bytes (zeroed), calls init with the arguments and returns
 * the new wrapper, or NULL with *exc set. */
JSObjectRef nd_handle_wrap_new(JSContextRef ctx, JSClassRef cls, size_t size,
                               nd_handle_wrap_init_fn init, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc);

/* Wraps a wrap that C initialised itself (wrap->handle set, the uv handle initialised on
 * the current runtime's loop) in a new instance of the class: the C-side counterpart of
 * the constructor, for handles that JavaScript does not create with `new` (for example
 * ones that arrive from another thread). wrap must come from calloc/malloc: the wrapper
 * frees it. */
JSObjectRef nd_handle_wrap_adopt(JSContextRef ctx, JSClassRef cls, nd_handle_wrap_t *wrap);

/* The wrap behind a wrapper of the class, or NULL (with a TypeError in *exc) when this
 * is not one. */
nd_handle_wrap_t *nd_handle_wrap_unwrap(JSContextRef ctx, JSValueRef value, JSClassRef cls,
                                        JSValueRef *exc);

/* Calls wrapper[name](args) through the runtime's driver, when it is a function. */
void nd_handle_wrap_emit(nd_handle_wrap_t *wrap, const char *name, size_t argc,
                         const JSValueRef argv[]);

/* Closes the handle (once); the close callback, if any, runs when libuv has closed it. */
void nd_handle_wrap_close(nd_handle_wrap_t *wrap);

/* Closes every open wrap of the calling thread (a worker thread that ends); their close
 * callbacks run when the loop runs next. */
void nd_handle_wrap_close_all(void);

/* The wrappers of the calling thread's wraps that keep its loop alive (not closed,
 * handle referenced), oldest first, as a flat JavaScript array of pairs [wrapper, class
 * name, wrapper, class name, ...]: node's active handles. */
JSValueRef nd_handle_wrap_active(JSContextRef ctx);

/* Closes the handle with a closing function other than uv_close (for example one that
 * resets a TCP connection), which must call the callback it is given once the handle has
 * closed. callback (may be NULL) is the JavaScript close callback, as for close(cb).
 * Returns the closing function's error, in which case the handle stays open. */
int nd_handle_wrap_close_with(nd_handle_wrap_t *wrap, JSContextRef ctx, JSValueRef callback,
                              int (*closer)(uv_handle_t *handle, uv_close_cb cb));

#endif
