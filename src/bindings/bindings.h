#ifndef ND_BINDINGS_H
#define ND_BINDINGS_H

/*
 * The registry of internal bindings: C modules that lib/ reaches with
 * internalBinding(name). Each binding lives in src/bindings/NAME.c and exports one
 * function that fills the exports object it is given; it runs the first time the
 * binding is requested.
 */

#include "js.h"

#include <uv.h>

#define ND_BINDINGS(V)                                                                             \
  V(atomics)                                                                                       \
  V(buffer)                                                                                        \
  V(builtins)                                                                                      \
  V(cares_wrap)                                                                                    \
  V(constants)                                                                                     \
  V(contextify)                                                                                    \
  V(crypto)                                                                                        \
  V(errors)                                                                                        \
  V(fs)                                                                                            \
  V(fs_event_wrap)                                                                                 \
  V(icu)                                                                                           \
  V(messaging)                                                                                     \
  V(options)                                                                                       \
  V(os)                                                                                            \
  V(performance)                                                                                   \
  V(pipe_wrap)                                                                                     \
  V(process_methods)                                                                               \
  V(process_wrap)                                                                                  \
  V(querystring)                                                                                   \
  V(signal_wrap)                                                                                   \
  V(spawn_sync)                                                                                    \
  V(task_queue)                                                                                    \
  V(tcp_wrap)                                                                                      \
  V(timers)                                                                                        \
  V(tty_wrap)                                                                                      \
  V(url)                                                                                           \
  V(util)                                                                                          \
  V(uv)                                                                                            \
  V(worker)                                                                                        \
  V(zlib)

#define ND_DECLARE_BINDING(name) void nd__binding_##name##_init(JSContextRef ctx, JSObjectRef exports);
ND_BINDINGS(ND_DECLARE_BINDING)
#undef ND_DECLARE_BINDING

/* Bytes as a string in one of the buffer binding's encodings (the ids of kEncoding in
 * lib/internal/buffer.js: utf8 0, utf16le 1, latin1 2, ascii 3, base64 4, base64url 5,
 * hex 6), as buf.toString() makes it; NULL with *exc set for an unknown id or a result
 * longer than the engine's longest string. Defined in buffer.c. */
JSValueRef nd_buffer_to_string(JSContextRef ctx, int encoding, const uint8_t *p, size_t n,
                               JSValueRef *exc);

/* Starts the calling thread's performance clock (the time origin) and configures its loop
 * for idle-time metrics (performance.eventLoopUtilization); call before the loop first
 * runs. Later calls on the thread do nothing; a thread that never calls it gets its clock
 * when perf_hooks is first used. Defined in performance.c. */
void nd_performance_init_loop(uv_loop_t *loop);

/* Frees the calling thread's messaging scratch memory (defined in messaging.c); a worker
 * thread calls it after its engine is gone. */
void nd_messaging_thread_exit(void);

/* Message port endpoints that cross to a new thread outside of a message (messaging.c):
 * the endpoint a transit object holds (the transit is emptied; NULL when it is not one),
 * a handle receiving for an endpoint on the calling thread (NULL on failure, the endpoint
 * is then closed), and closing an endpoint that will not be adopted. */
void *nd_messaging_take_transit(JSContextRef ctx, JSValueRef transit);
JSObjectRef nd_messaging_adopt_endpoint(JSContextRef ctx, void *endpoint);
void nd_messaging_release_endpoint(void *endpoint);

/* The name node gives a signal number ("SIGTERM"; "" for numbers it has no name for),
 * defined in spawn_sync.c and shared with process_wrap.c. */
const char *nd_signal_name(int sig);

/* Returns the exports of the binding, initialising it on first use; NULL with *exc set
 * for an unknown name. */
JSObjectRef nd_internal_binding(JSContextRef ctx, const char *name, JSValueRef *exc);

#endif
