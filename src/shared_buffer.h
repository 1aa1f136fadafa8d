#ifndef ND_SHARED_BUFFER_H
#define ND_SHARED_BUFFER_H

/*
 * Sharing a SharedArrayBuffer's memory between engines (worker threads).
 *
 * JavaScriptCore's C API can make an ArrayBuffer over given memory but never a
 * SharedArrayBuffer, and each thread has its own engine (context group). The engine's
 * C++ library exports what is needed to do it properly: ArrayBuffer::shareWith() takes
 * a new reference to a shared buffer's contents (the memory and its reference count, which
 * is thread-safe), ArrayBuffer::create() makes a buffer of such contents in another
 * engine, and a DataView made over it and wrapped for JavaScript has that buffer, as a
 * SharedArrayBuffer, as its `buffer`. The exported functions are looked up at run time;
 * the one layout fact used (where a JSArrayBuffer cell keeps its ArrayBuffer) is
 * calibrated at first use and checked against the C API on every call. When anything is
 * missing, nd_shared_buffer_available() is false and callers report the buffer as not
 * cloneable.
 *
 * A token is one reference to the memory, owned by whoever holds it until it is adopted
 * (or released).
 */

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>

/* Whether sharing works with this engine (resolves the functions on first call). */
bool nd_shared_buffer_available(JSContextRef ctx);

/* A new token for the memory of sab (a SharedArrayBuffer of ctx's engine), or NULL. */
void *nd_shared_buffer_share(JSContextRef ctx, JSObjectRef sab);

/* A second token for the same memory (for fan-out to several receivers), or NULL. */
void *nd_shared_buffer_clone_token(void *token);

/* Makes the memory of the token (which is consumed) a SharedArrayBuffer of ctx's engine.
 * Returns a DataView over it, whose `buffer` is the SharedArrayBuffer, or NULL. */
JSObjectRef nd_shared_buffer_adopt(JSContextRef ctx, void *token);

/* Drops a token that will not be adopted. ctx may be NULL when no engine of the calling
 * thread is alive, in which case the reference is leaked rather than risked. */
void nd_shared_buffer_release(JSContextRef ctx, void *token);

#endif
