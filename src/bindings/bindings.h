#ifndef ND_BINDINGS_H
#define ND_BINDINGS_H

/*
 * The registry of internal bindings: C modules that lib/ reaches with
 * internalBinding(name). Each binding lives in src/bindings/NAME.c and exports one
 * function that fills the exports object it is given; it runs the first time the
 * binding is requested.
 */

#include "js.h"

#define ND_BINDINGS(V)                                                                             \
  V(buffer)                                                                                        \
  V(builtins)                                                                                      \
  V(constants)                                                                                     \
  V(crypto)                                                                                        \
  V(errors)                                                                                        \
  V(fs)                                                                                            \
  V(fs_event_wrap)                                                                                 \
  V(options)                                                                                       \
  V(os)                                                                                            \
  V(process_methods)                                                                               \
  V(signal_wrap)                                                                                   \
  V(spawn_sync)                                                                                    \
  V(task_queue)                                                                                    \
  V(timers)                                                                                        \
  V(tty_wrap)                                                                                      \
  V(url)                                                                                           \
  V(util)                                                                                          \
  V(zlib)

#define ND_DECLARE_BINDING(name) void nd__binding_##name##_init(JSContextRef ctx, JSObjectRef exports);
ND_BINDINGS(ND_DECLARE_BINDING)
#undef ND_DECLARE_BINDING

/* Returns the exports of the binding, initialising it on first use; NULL with *exc set
 * for an unknown name. */
JSObjectRef nd_internal_binding(JSContextRef ctx, const char *name, JSValueRef *exc);

#endif
