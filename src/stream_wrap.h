#ifndef ND_STREAM_WRAP_H
#define ND_STREAM_WRAP_H

/*
 * A libuv stream (TCP socket, pipe, terminal) owned by a JavaScript object: the layer
 * that node:net's Socket, process.stdin/stdout and child process pipes read and write
 * through. It extends the handle wrap (src/handle_wrap.h) with stream methods that every
 * stream class gets on its prototype:
 *
 *   handle.onread = function(nread, arrayBuffer) {...}   // this = handle
 *   handle.readStart() / readStop()          -> 0 or a negative errno
 *   handle.writeBuffer(req, typedArray)      -> see "Writes" below
 *   handle.writev(req, chunks, allBuffers)
 *   handle.writeUtf8String(req, string)      (and writeLatin1String, writeAsciiString,
 *                                             writeUcs2String)
 *   handle.shutdown(req)                     -> 0 or a negative errno; later
 *                                               req.oncomplete(status)
 *   handle.setBlocking(flag)                 -> 0 or a negative errno
 *   handle.getAsyncId()
 *   handle.bytesRead, handle.bytesWritten, handle.writeQueueSize, handle.fd
 *
 * Reads. Every chunk arrives as onread(nread, arrayBuffer) with nread > 0 bytes in a
 * fresh ArrayBuffer of exactly nread bytes: libuv reads into a malloc'ed block, which is
 * shrunk in place to the bytes read and handed to JavaScript without a copy
 * (JSObjectMakeArrayBufferWithBytesNoCopy; the engine frees it with the buffer). The end
 * of the stream is onread(UV_EOF) and a failure onread(negative errno).
 *
 * Writes. A write first tries to complete synchronously (uv_try_write). It returns
 *   0   all bytes were written; req.oncomplete is never called;
 *   1   the rest was queued (uv_write); req.oncomplete(status) runs once it has been
 *       written or failed, through the runtime's driver. Until then req is kept alive
 *       and holds the chunks (req.chunks), whose bytes libuv reads in place;
 *  <0   a negative errno: nothing was queued.
 * req is any object the caller makes; the layer only pins it and calls oncomplete.
 * writev takes either an array of buffers (allBuffers true) or a flat array
 * [chunk, encoding, chunk, encoding, ...] whose string chunks are in 'utf8', 'latin1',
 * 'ascii' or 'ucs2' (the caller converts other encodings to buffers first).
 *
 * A binding embeds nd_stream_wrap_t as the first member of its struct, followed by its
 * uv handle, creates its class with nd_stream_wrap_class() and calls
 * nd_stream_wrap_attach() once the uv handle is initialised. All state is per handle.
 */

#include "handle_wrap.h"

#include <stdint.h>

typedef struct nd_stream_wrap {
  nd_handle_wrap_t base;
  uv_stream_t *stream; /* the embedded uv handle, as a stream */
  uint64_t bytes_read;
  uint64_t bytes_written;
  double async_id;
} nd_stream_wrap_t;

/* Creates a stream class: the common handle methods, the stream methods and values, and
 * the binding's own (either table may be NULL; each ends with a {0} entry and must be
 * static). Objects of the class are accepted by the stream methods. */
JSClassRef nd_stream_wrap_class(const char *name, const JSStaticFunction *methods,
                                const JSStaticValue *values);

/* Makes the class in *slot unless a thread already did (under a process-wide lock), and
 * returns it: what a binding's init function calls. */
JSClassRef nd_stream_wrap_class_once(JSClassRef *slot, const char *name,
                                     const JSStaticFunction *methods, const JSStaticValue *values);

/* Links the wrap to its initialised uv stream; call from the handle's init function. */
void nd_stream_wrap_attach(nd_stream_wrap_t *wrap, uv_stream_t *stream);

/* The stream wrap behind a wrapper of any stream class, or NULL with a TypeError. Other
 * bindings reach a handle's uv stream this way (for example a Pipe object handed to a
 * child process as one of its stdio streams: nd_stream_wrap_unwrap(...)->stream). */
nd_stream_wrap_t *nd_stream_wrap_unwrap(JSContextRef ctx, JSValueRef value, JSValueRef *exc);

/* Fills out.address, out.family ('IPv4' / 'IPv6') and out.port from a socket address;
 * returns 0, or UV_EAFNOSUPPORT for other families. Shared by the TCP binding and later
 * UDP. */
int nd_sockaddr_to_js(JSContextRef ctx, const struct sockaddr *addr, JSObjectRef out);

/* A new id for getAsyncId() (per thread, increasing). */
double nd_stream_wrap_next_async_id(void);

#endif
