#include "stream_wrap.h"

#include "runtime.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* The stream classes, so that stream methods accept an object of any of them. Classes
 * are made once per process (bindings make them under pthread_once) and never freed;
 * entries are appended under the lock and the count published after. */
#define MAX_STREAM_CLASSES 8
static JSClassRef stream_classes[MAX_STREAM_CLASSES];
/* The method and value tables of each class (the engine keeps pointers into them). */
static JSStaticFunction *stream_method_tables[MAX_STREAM_CLASSES];
static JSStaticValue *stream_value_tables[MAX_STREAM_CLASSES];
static atomic_size_t stream_class_count;
static pthread_mutex_t stream_classes_lock = PTHREAD_MUTEX_INITIALIZER;

/* Property names used on every read and write, made once (engine strings are immutable
 * and may be shared between threads). */
static JSStringRef name_onread, name_oncomplete, name_chunks;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void make_names(void) {
  name_onread = JSStringCreateWithUTF8CString("onread");
  name_oncomplete = JSStringCreateWithUTF8CString("oncomplete");
  name_chunks = JSStringCreateWithUTF8CString("chunks");
}

static __thread double next_async_id = 1000;

double nd_stream_wrap_next_async_id(void) {
  return ++next_async_id;
}

nd_stream_wrap_t *nd_stream_wrap_unwrap(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  size_t count = atomic_load(&stream_class_count);
  for (size_t i = 0; i < count; i++)
    if (JSValueIsObjectOfClass(ctx, value, stream_classes[i]))
      return JSObjectGetPrivate((JSObjectRef)value);
  nd_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return NULL;
}

void nd_stream_wrap_attach(nd_stream_wrap_t *wrap, uv_stream_t *stream) {
  wrap->stream = stream;
  wrap->base.handle = (uv_handle_t *)stream;
  wrap->async_id = nd_stream_wrap_next_async_id();
}

static bool is_open(const nd_stream_wrap_t *wrap) {
  return wrap->base.state == ND_HANDLE_OPEN && wrap->stream != NULL;
}

/* Calls object[name](args) through the driver when it is a function. */
static void call_method(JSObjectRef object, JSStringRef name, size_t argc, const JSValueRef argv[]) {
  nd_runtime_t *rt = nd_runtime_current();
  JSValueRef fn = JSObjectGetProperty(rt->ctx, object, name, NULL);
  if (fn != NULL && JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn))
    nd_make_callback(rt, object, (JSObjectRef)fn, argc, argv);
}

/* ---------------------------------------------------------------------------------------
 * Reading. */

/* Reads land in a block that the thread keeps between reads (libuv asks for a buffer and
 * fills it before it asks again, so one block per thread is enough). A short read is
 * copied out into memory of its own size and the block stays for the next read; a read
 * that fills most of the block takes the block itself. Allocating a fresh 64 KiB block for
 * every read and shrinking it afterwards cost more than the copy for small messages. The
 * block is freed with the thread. */
#define READ_BLOCK_SIZE 65536
#define READ_COPY_LIMIT (READ_BLOCK_SIZE / 4)

static pthread_key_t read_block_key;
static pthread_once_t read_block_once = PTHREAD_ONCE_INIT;
static __thread char *read_block;

static void make_read_block_key(void) {
  pthread_key_create(&read_block_key, free);
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
  (void)handle;
  (void)suggested;
  if (read_block == NULL) {
    pthread_once(&read_block_once, make_read_block_key);
    read_block = malloc(READ_BLOCK_SIZE);
    pthread_setspecific(read_block_key, read_block);
  }
  buf->base = read_block;
  buf->len = read_block != NULL ? READ_BLOCK_SIZE : 0;
}

/* Takes the bytes of a successful read out of the thread's block: a copy of their size,
 * or the block itself (which the next read replaces). */
static char *take_read_bytes(char *block, size_t nread) {
  if (nread <= READ_COPY_LIMIT) {
    char *copy = malloc(nread);
    if (copy == NULL)
      abort();
    memcpy(copy, block, nread);
    return copy;
  }
  read_block = NULL;
  pthread_setspecific(read_block_key, NULL);
  if (nread < READ_BLOCK_SIZE) {
    char *shrunk = realloc(block, nread);
    if (shrunk != NULL)
      block = shrunk;
  }
  return block;
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  nd_stream_wrap_t *wrap = stream->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  /* The block stays the thread's unless a successful read takes it. */
  if (nread <= 0) {
    /* 0 is libuv's "nothing this time" (EAGAIN). */
    if (nread == 0 || wrap->base.finalized)
      return;
    JSValueRef arg = JSValueMakeNumber(ctx, (double)nread);
    call_method(wrap->base.object, name_onread, 1, &arg);
    return;
  }
  if (wrap->base.finalized)
    return;
  wrap->bytes_read += (uint64_t)nread;
  char *data = take_read_bytes(buf->base, (size_t)nread);
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, (size_t)nread, nd_free_bytes, NULL, NULL);
  if (ab == NULL) {
    free(data);
    return;
  }
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)nread), ab};
  call_method(wrap->base.object, name_onread, 2, args);
}

static ND_FUNCTION(js_read_start) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  if (!is_open(wrap))
    return JSValueMakeNumber(ctx, UV_EBADF);
  int err = uv_read_start(wrap->stream, on_alloc, on_read);
  /* Starting twice is not an error for callers (libuv >= 1.38 says EALREADY). */
  if (err == UV_EALREADY)
    err = 0;
  return JSValueMakeNumber(ctx, err);
}

static ND_FUNCTION(js_read_stop) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  if (!is_open(wrap))
    return JSValueMakeNumber(ctx, UV_EBADF);
  return JSValueMakeNumber(ctx, uv_read_stop(wrap->stream));
}

/* ---------------------------------------------------------------------------------------
 * Writing. */

typedef enum { ENC_BUFFER, ENC_UTF8, ENC_LATIN1, ENC_UCS2, ENC_UNKNOWN } encoding_t;

typedef struct {
  uv_write_t req;
  JSObjectRef object; /* the caller's request object, protected until completion */
  char *owned;        /* encoded string bytes, freed on completion */
} write_req_t;

/* The most bytes a string of n code units can take in the encoding. */
static size_t max_encoded(size_t n, encoding_t enc) {
  switch (enc) {
  case ENC_UTF8:
    return n * 3;
  case ENC_UCS2:
    return n * 2;
  default:
    return n;
  }
}

/* Encodes the units into out (at least max_encoded bytes); returns the bytes written.
 * Lone surrogates become U+FFFD in UTF-8, as node writes them. */
static size_t encode_units(const JSChar *p, size_t n, encoding_t enc, char *out) {
  size_t o = 0;
  if (enc == ENC_LATIN1) {
    for (size_t i = 0; i < n; i++)
      out[i] = (char)(p[i] & 0xFF);
    return n;
  }
  if (enc == ENC_UCS2) {
    for (size_t i = 0; i < n; i++) {
      out[o++] = (char)(p[i] & 0xFF);
      out[o++] = (char)(p[i] >> 8);
    }
    return o;
  }
  for (size_t i = 0; i < n; i++) {
    unsigned c = p[i];
    if (c < 0x80) {
      out[o++] = (char)c;
    } else if (c < 0x800) {
      out[o++] = (char)(0xC0 | (c >> 6));
      out[o++] = (char)(0x80 | (c & 0x3F));
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 &&
               p[i + 1] <= 0xDFFF) {
      unsigned cp = 0x10000 + ((c - 0xD800) << 10) + (p[i + 1] - 0xDC00);
      i++;
      out[o++] = (char)(0xF0 | (cp >> 18));
      out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
      out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = (char)(0x80 | (cp & 0x3F));
    } else {
      if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xFFFD;
      out[o++] = (char)(0xE0 | (c >> 12));
      out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (char)(0x80 | (c & 0x3F));
    }
  }
  return o;
}

/* The bytes of a typed array, DataView or ArrayBuffer; false when value is none. */
static bool get_bytes(JSContextRef ctx, JSValueRef value, char **data, size_t *len) {
  if (!JSValueIsObject(ctx, value))
    return false;
  JSObjectRef obj = (JSObjectRef)value;
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, value, NULL);
  if (type == kJSTypedArrayTypeNone)
    return false;
  if (type == kJSTypedArrayTypeArrayBuffer) {
    *data = JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
    *len = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
  } else {
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    *len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    *data = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
    if (*data != NULL)
      *data += offset;
  }
  if (*data == NULL)
    *len = 0;
  return true;
}

static encoding_t parse_encoding(JSContextRef ctx, JSValueRef value) {
  char name[16];
  if (!JSValueIsString(ctx, value))
    return ENC_UNKNOWN;
  JSStringRef s = JSValueToStringCopy(ctx, value, NULL);
  size_t n = JSStringGetUTF8CString(s, name, sizeof name);
  JSStringRelease(s);
  if (n == 0)
    return ENC_UNKNOWN;
  if (strcmp(name, "buffer") == 0)
    return ENC_BUFFER;
  if (strcmp(name, "utf8") == 0 || strcmp(name, "utf-8") == 0)
    return ENC_UTF8;
  if (strcmp(name, "latin1") == 0 || strcmp(name, "binary") == 0 || strcmp(name, "ascii") == 0)
    return ENC_LATIN1;
  if (strcmp(name, "ucs2") == 0 || strcmp(name, "ucs-2") == 0 || strcmp(name, "utf16le") == 0 ||
      strcmp(name, "utf-16le") == 0)
    return ENC_UCS2;
  return ENC_UNKNOWN;
}

static void after_write(uv_write_t *req, int status) {
  write_req_t *w = (write_req_t *)req;
  nd_stream_wrap_t *wrap = req->handle->data;
  nd_runtime_t *rt = nd_runtime_current();
  free(w->owned);
  if (!wrap->base.finalized) {
    JSValueRef arg = JSValueMakeNumber(rt->ctx, status);
    call_method(w->object, name_oncomplete, 1, &arg);
  }
  JSValueUnprotect(rt->ctx, w->object);
  free(w);
}

/* Writes the buffers: synchronously when the kernel takes all of them, else queues the
 * rest. owned (may be NULL) is a malloc'ed block the buffers point into; this function
 * takes it over. chunks is what keeps the other buffers' memory alive while queued.
 * Returns 0 (done), 1 (queued) or a negative errno. */
static int dispatch(JSContextRef ctx, nd_stream_wrap_t *wrap, JSObjectRef req_object,
                    JSValueRef chunks, uv_buf_t *bufs, size_t nbufs, char *owned,
                    uv_stream_t *send_handle) {
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++)
    total += bufs[i].len;
  if (!is_open(wrap)) {
    free(owned);
    return UV_EBADF;
  }
  int written = 0;
  /* A handle travels with the first byte of a uv_write2, so nothing may go ahead of it
   * through uv_try_write. */
  if (total > 0 && send_handle == NULL) {
    written = uv_try_write(wrap->stream, bufs, (unsigned)nbufs);
    if (written == UV_EAGAIN || written == UV_ENOSYS)
      written = 0;
    if (written < 0) {
      free(owned);
      return written;
    }
  }
  if ((size_t)written == total && send_handle == NULL) {
    wrap->bytes_written += total;
    free(owned);
    return 0;
  }
  /* Skip what was written. */
  size_t skip = (size_t)written;
  while (nbufs > 0 && skip >= bufs[0].len) {
    skip -= bufs[0].len;
    bufs++;
    nbufs--;
  }
  if (nbufs > 0 && skip > 0) {
    bufs[0].base += skip;
    bufs[0].len -= skip;
  }
  write_req_t *w = calloc(1, sizeof *w);
  if (w == NULL) {
    free(owned);
    return UV_ENOMEM;
  }
  w->object = req_object;
  w->owned = owned;
  int err = send_handle != NULL
                ? uv_write2(&w->req, wrap->stream, bufs, (unsigned)nbufs, send_handle, after_write)
                : uv_write(&w->req, wrap->stream, bufs, (unsigned)nbufs, after_write);
  if (err != 0) {
    free(owned);
    free(w);
    return err;
  }
  wrap->bytes_written += total;
  JSValueProtect(ctx, req_object);
  if (chunks != NULL)
    JSObjectSetProperty(ctx, req_object, name_chunks, chunks, kJSPropertyAttributeDontEnum, NULL);
  return 1;
}

static JSObjectRef req_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc) {
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a request object is required");
    return NULL;
  }
  return (JSObjectRef)argv[0];
}

/* The optional handle argument of a write over an IPC pipe: NULL when absent, else its
 * stream (false with *exc set when it is not a stream handle). */
static bool send_handle_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t index,
                            uv_stream_t **out, JSValueRef *exc) {
  *out = NULL;
  if (argc <= index || JSValueIsUndefined(ctx, argv[index]) || JSValueIsNull(ctx, argv[index]))
    return true;
  nd_stream_wrap_t *handle = nd_stream_wrap_unwrap(ctx, argv[index], exc);
  if (handle == NULL)
    return false;
  if (!is_open(handle)) {
    nd_throw(ctx, exc, "Error", "ERR_INVALID_HANDLE_TYPE", "This handle type cannot be sent");
    return false;
  }
  *out = handle->stream;
  return true;
}

static ND_FUNCTION(js_write_buffer) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  JSObjectRef req = req_arg(ctx, argc, argv, exc);
  if (req == NULL)
    return NULL;
  uv_stream_t *send_handle;
  if (!send_handle_arg(ctx, argc, argv, 2, &send_handle, exc))
    return NULL;
  uv_buf_t buf;
  char *data;
  size_t len;
  /* node's handle reports a non-buffer chunk (a string written with the encoding
   * 'buffer') in these words; programs and node's tests match on them. */
  if (!get_bytes(ctx, ND_ARG(1), &data, &len))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
                    "Second argument must be a buffer");
  buf = uv_buf_init(data, (unsigned)len);
  return JSValueMakeNumber(ctx, dispatch(ctx, wrap, req, argv[1], &buf, 1, NULL, send_handle));
}

/* Strings up to this many bytes are encoded on the stack: when the kernel takes them at
 * once (the common case) nothing is allocated. */
#define STACK_BYTES 16384

static JSValueRef write_string(JSContextRef ctx, JSObjectRef this_object, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc, encoding_t enc) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  JSObjectRef req = req_arg(ctx, argc, argv, exc);
  if (req == NULL)
    return NULL;
  uv_stream_t *send_handle;
  if (!send_handle_arg(ctx, argc, argv, 2, &send_handle, exc))
    return NULL;
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (s == NULL)
    return NULL;
  size_t units = JSStringGetLength(s);
  size_t max = max_encoded(units, enc);
  char stack[STACK_BYTES];
  /* With a handle to send the bytes always go through uv_write2, which needs them to
   * outlive this call. */
  char *data = max <= sizeof stack && send_handle == NULL ? stack : malloc(max ? max : 1);
  if (data == NULL) {
    JSStringRelease(s);
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  }
  size_t len = encode_units(JSStringGetCharactersPtr(s), units, enc, data);
  JSStringRelease(s);
  if (!is_open(wrap)) {
    if (data != stack)
      free(data);
    return JSValueMakeNumber(ctx, UV_EBADF);
  }
  char *owned = data != stack ? data : NULL;
  uv_buf_t buf = uv_buf_init(data, (unsigned)len);
  if (data == stack && len > 0) {
    /* Try the write from the stack; copy only what the kernel did not take. */
    int written = uv_try_write(wrap->stream, &buf, 1);
    if (written == UV_EAGAIN || written == UV_ENOSYS)
      written = 0;
    if (written < 0)
      return JSValueMakeNumber(ctx, written);
    if ((size_t)written == len) {
      wrap->bytes_written += len;
      return JSValueMakeNumber(ctx, 0);
    }
    size_t rest = len - (size_t)written;
    owned = malloc(rest);
    if (owned == NULL)
      return JSValueMakeNumber(ctx, UV_ENOMEM);
    memcpy(owned, data + written, rest);
    /* The written part counts now; dispatch counts the rest. */
    wrap->bytes_written += (uint64_t)written;
    buf = uv_buf_init(owned, (unsigned)rest);
  }
  return JSValueMakeNumber(ctx, dispatch(ctx, wrap, req, NULL, &buf, 1, owned, send_handle));
}

static ND_FUNCTION(js_write_utf8) {
  return write_string(ctx, this_object, argc, argv, exc, ENC_UTF8);
}

static ND_FUNCTION(js_write_latin1) {
  return write_string(ctx, this_object, argc, argv, exc, ENC_LATIN1);
}

static ND_FUNCTION(js_write_ucs2) {
  return write_string(ctx, this_object, argc, argv, exc, ENC_UCS2);
}

/* writev(req, chunks, allBuffers). */
static ND_FUNCTION(js_writev) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  JSObjectRef req = req_arg(ctx, argc, argv, exc);
  if (req == NULL)
    return NULL;
  if (!JSValueIsArray(ctx, ND_ARG(1)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "chunks must be an array");
  JSObjectRef chunks = (JSObjectRef)argv[1];
  bool all_buffers = JSValueToBoolean(ctx, ND_ARG(2));
  size_t length = (size_t)nd_int(ctx, nd_get(ctx, chunks, "length", NULL));
  size_t count = all_buffers ? length : length / 2;
  size_t step = all_buffers ? 1 : 2;

  /* First pass: the encodings and the room the strings need. */
  uv_buf_t stack_bufs[64];
  uv_buf_t *bufs = count <= 64 ? stack_bufs : malloc(count * sizeof *bufs);
  encoding_t stack_encs[64];
  encoding_t *encs = count <= 64 ? stack_encs : malloc(count * sizeof *encs);
  if (bufs == NULL || encs == NULL) {
    if (bufs != stack_bufs)
      free(bufs);
    if (encs != stack_encs)
      free(encs);
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  }
  size_t string_bytes = 0;
  int err = 0;
  for (size_t i = 0; i < count; i++) {
    JSValueRef chunk = JSObjectGetPropertyAtIndex(ctx, chunks, (unsigned)(i * step), NULL);
    encs[i] = ENC_BUFFER;
    if (!all_buffers && JSValueIsString(ctx, chunk)) {
      encs[i] = parse_encoding(
          ctx, JSObjectGetPropertyAtIndex(ctx, chunks, (unsigned)(i * step + 1), NULL));
      if (encs[i] == ENC_BUFFER || encs[i] == ENC_UNKNOWN) {
        err = UV_EINVAL;
        break;
      }
      JSStringRef s = JSValueToStringCopy(ctx, chunk, NULL);
      string_bytes += max_encoded(JSStringGetLength(s), encs[i]);
      JSStringRelease(s);
    }
  }
  char *owned = NULL;
  if (err == 0 && string_bytes > 0) {
    owned = malloc(string_bytes);
    if (owned == NULL)
      err = UV_ENOMEM;
  }
  /* Second pass: encode the strings and collect the buffers' bytes. Buffer pointers are
   * taken last, after the conversions that may run the engine. */
  size_t used = 0;
  for (size_t i = 0; err == 0 && i < count; i++) {
    JSValueRef chunk = JSObjectGetPropertyAtIndex(ctx, chunks, (unsigned)(i * step), NULL);
    if (encs[i] != ENC_BUFFER) {
      JSStringRef s = JSValueToStringCopy(ctx, chunk, NULL);
      size_t n = encode_units(JSStringGetCharactersPtr(s), JSStringGetLength(s), encs[i],
                              owned + used);
      JSStringRelease(s);
      bufs[i] = uv_buf_init(owned + used, (unsigned)n);
      used += n;
    } else {
      char *data;
      size_t len;
      if (!get_bytes(ctx, chunk, &data, &len)) {
        err = UV_EINVAL;
        break;
      }
      bufs[i] = uv_buf_init(data, (unsigned)len);
    }
  }
  int result;
  if (err != 0) {
    free(owned);
    result = err;
  } else {
    result = dispatch(ctx, wrap, req, chunks, bufs, count, owned, NULL);
  }
  if (bufs != stack_bufs)
    free(bufs);
  if (encs != stack_encs)
    free(encs);
  return JSValueMakeNumber(ctx, result);
}

/* ---------------------------------------------------------------------------------------
 * Shutdown and the rest. */

typedef struct {
  uv_shutdown_t req;
  JSObjectRef object;
} shutdown_req_t;

static void after_shutdown(uv_shutdown_t *req, int status) {
  shutdown_req_t *s = (shutdown_req_t *)req;
  nd_stream_wrap_t *wrap = req->handle->data;
  nd_runtime_t *rt = nd_runtime_current();
  if (!wrap->base.finalized) {
    JSValueRef arg = JSValueMakeNumber(rt->ctx, status);
    call_method(s->object, name_oncomplete, 1, &arg);
  }
  JSValueUnprotect(rt->ctx, s->object);
  free(s);
}

static ND_FUNCTION(js_shutdown) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  JSObjectRef req = req_arg(ctx, argc, argv, exc);
  if (req == NULL)
    return NULL;
  if (!is_open(wrap))
    return JSValueMakeNumber(ctx, UV_EBADF);
  shutdown_req_t *s = calloc(1, sizeof *s);
  if (s == NULL)
    return JSValueMakeNumber(ctx, UV_ENOMEM);
  s->object = req;
  int err = uv_shutdown(&s->req, wrap->stream, after_shutdown);
  if (err != 0) {
    free(s);
    return JSValueMakeNumber(ctx, err);
  }
  JSValueProtect(ctx, req);
  return JSValueMakeNumber(ctx, 0);
}

static ND_FUNCTION(js_set_blocking) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  if (!is_open(wrap))
    return JSValueMakeNumber(ctx, UV_EBADF);
  return JSValueMakeNumber(ctx,
                           uv_stream_set_blocking(wrap->stream, JSValueToBoolean(ctx, ND_ARG(0))));
}

static ND_FUNCTION(js_get_async_id) {
  nd_stream_wrap_t *wrap = nd_stream_wrap_unwrap(ctx, this_object, exc);
  if (wrap == NULL)
    return NULL;
  return JSValueMakeNumber(ctx, wrap->async_id);
}

static JSValueRef get_bytes_read(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                 JSValueRef *exc) {
  nd_stream_wrap_t *wrap = JSObjectGetPrivate(object);
  return JSValueMakeNumber(ctx, wrap != NULL ? (double)wrap->bytes_read : 0);
}

static JSValueRef get_bytes_written(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                    JSValueRef *exc) {
  nd_stream_wrap_t *wrap = JSObjectGetPrivate(object);
  return JSValueMakeNumber(ctx, wrap != NULL ? (double)wrap->bytes_written : 0);
}

static JSValueRef get_write_queue_size(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                       JSValueRef *exc) {
  nd_stream_wrap_t *wrap = JSObjectGetPrivate(object);
  if (wrap == NULL || !is_open(wrap))
    return JSValueMakeNumber(ctx, 0);
  return JSValueMakeNumber(ctx, (double)uv_stream_get_write_queue_size(wrap->stream));
}

static JSValueRef get_fd(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                         JSValueRef *exc) {
  nd_stream_wrap_t *wrap = JSObjectGetPrivate(object);
  uv_os_fd_t fd = -1;
  if (wrap == NULL || !is_open(wrap) || uv_fileno(wrap->base.handle, &fd) != 0)
    fd = -1;
  return JSValueMakeNumber(ctx, fd);
}

static JSValueRef get_is_stream_base(JSContextRef ctx, JSObjectRef object, JSStringRef name,
                                     JSValueRef *exc) {
  return JSValueMakeBoolean(ctx, true);
}

static const JSStaticFunction stream_methods[] = {
    {"readStart", js_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", js_read_stop, kJSPropertyAttributeDontEnum},
    {"writeBuffer", js_write_buffer, kJSPropertyAttributeDontEnum},
    {"writev", js_writev, kJSPropertyAttributeDontEnum},
    {"writeUtf8String", js_write_utf8, kJSPropertyAttributeDontEnum},
    {"writeLatin1String", js_write_latin1, kJSPropertyAttributeDontEnum},
    /* Node writes 'ascii' strings byte for byte like latin1. */
    {"writeAsciiString", js_write_latin1, kJSPropertyAttributeDontEnum},
    {"writeUcs2String", js_write_ucs2, kJSPropertyAttributeDontEnum},
    {"shutdown", js_shutdown, kJSPropertyAttributeDontEnum},
    {"setBlocking", js_set_blocking, kJSPropertyAttributeDontEnum},
    {"getAsyncId", js_get_async_id, kJSPropertyAttributeDontEnum},
};

static const JSStaticValue stream_values[] = {
    {"bytesRead", get_bytes_read, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"bytesWritten", get_bytes_written, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"writeQueueSize", get_write_queue_size, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"fd", get_fd, NULL, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"isStreamBase", get_is_stream_base, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
};

JSClassRef nd_stream_wrap_class(const char *name, const JSStaticFunction *methods,
                                const JSStaticValue *values) {
  pthread_once(&names_once, make_names);
  size_t nm = 0, nv = 0;
  while (methods != NULL && methods[nm].name != NULL)
    nm++;
  while (values != NULL && values[nv].name != NULL)
    nv++;
  size_t sm = sizeof stream_methods / sizeof stream_methods[0];
  size_t sv = sizeof stream_values / sizeof stream_values[0];
  /* The engine keeps pointers into these tables for the class's lifetime (forever). */
  JSStaticFunction *mtable = calloc(sm + nm + 1, sizeof *mtable);
  JSStaticValue *vtable = calloc(sv + nv + 1, sizeof *vtable);
  if (mtable == NULL || vtable == NULL)
    abort();
  memcpy(mtable, stream_methods, sizeof stream_methods);
  if (nm > 0)
    memcpy(mtable + sm, methods, nm * sizeof *mtable);
  memcpy(vtable, stream_values, sizeof stream_values);
  if (nv > 0)
    memcpy(vtable + sv, values, nv * sizeof *vtable);
  JSClassRef cls = nd_handle_wrap_class(name, mtable, vtable);
  pthread_mutex_lock(&stream_classes_lock);
  size_t count = atomic_load(&stream_class_count);
  if (count == MAX_STREAM_CLASSES)
    abort();
  stream_classes[count] = cls;
  stream_method_tables[count] = mtable;
  stream_value_tables[count] = vtable;
  atomic_store(&stream_class_count, count + 1);
  pthread_mutex_unlock(&stream_classes_lock);
  return cls;
}

JSClassRef nd_stream_wrap_class_once(JSClassRef *slot, const char *name,
                                     const JSStaticFunction *methods, const JSStaticValue *values) {
  static pthread_mutex_t once_lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&once_lock);
  if (*slot == NULL)
    *slot = nd_stream_wrap_class(name, methods, values);
  JSClassRef cls = *slot;
  pthread_mutex_unlock(&once_lock);
  return cls;
}

/* ---------------------------------------------------------------------------------------
 * Socket addresses. */

int nd_sockaddr_to_js(JSContextRef ctx, const struct sockaddr *addr, JSObjectRef out) {
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  int port;
  const char *family;
  if (addr->sa_family == AF_INET) {
    const struct sockaddr_in *a4 = (const struct sockaddr_in *)addr;
    uv_ip4_name(a4, ip, sizeof ip);
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else if (addr->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)addr;
    uv_ip6_name(a6, ip, sizeof ip);
    if (a6->sin6_scope_id != 0) {
      /* A link-local address names its interface after '%', as node shows it. */
      size_t used = strlen(ip);
      char ifname[IF_NAMESIZE + 1];
      size_t ifsize = sizeof ifname;
      ip[used++] = '%';
      if (uv_if_indextoname(a6->sin6_scope_id, ifname, &ifsize) == 0)
        snprintf(ip + used, sizeof ip - used, "%s", ifname);
      else
        snprintf(ip + used, sizeof ip - used, "%u", (unsigned)a6->sin6_scope_id);
    }
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    return UV_EAFNOSUPPORT;
  }
  nd_set_string(ctx, out, "address", ip);
  nd_set_string(ctx, out, "family", family);
  nd_set_number(ctx, out, "port", port);
  return 0;
}
