/*
 * zlib: the native side of node:zlib. A compression handle is a JSClass instance made by
 * new Zlib(mode), new BrotliEncoder(mode) or new BrotliDecoder(mode) that owns an nd_zstream_t
 * (zlib_stream.c) and is freed by its finalizer, or earlier by close().
 *
 * Handle methods:
 *   init(windowBits, level, memLevel, strategy, writeState, dictionary) -> bool   (zlib)
 *   init(params, writeState) -> bool                                        (brotli)
 *   writeSync(flush, in, inOff, inLen, out, outOff, outLen) -> undefined | [message, errno, code]
 *   processAllSync(flush, in, inOff, inLen, chunkSize, maxOutputLength)
 *       -> ArrayBuffer | undefined | [message, errno, code] | null   (see there)
 *   write(flush, in, inOff, inLen, out, outOff, outLen[, extra, window]): the same work on
 *       libuv's thread pool; completes with this.oncomplete() or this.onerror(message,
 *       errno, code), called through the runtime's driver. With extra > 0, out has `extra`
 *       more bytes after the range, cut in windows of `window` bytes: while a write fills
 *       its range and a window is left, the write is repeated into the next window in the
 *       same trip (see run_write)
 *   params(level, strategy) / reset() -> undefined | [message, errno, code]
 *   close()
 * After a write, writeState (a Uint32Array of 2 or more given to init) holds
 * [output bytes left, input bytes left] of the last write; when it has room for them
 * (3 + ND_ZLIB_MAX_WINDOWS entries), [2] is the number of extra windows written and
 * [3 + i] the input bytes left after the write into window i (the first range is i = 0).
 *
 * While a write is on the thread pool the handle and both buffers are protected from the
 * garbage collector, and the handle refuses other writes and params(); close() and
 * reset() are then recorded and applied when the write comes back.
 */
#include "../runtime.h"
#include "bindings.h"
#include "zlib_stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* At most this many extra output windows per thread-pool trip: each trip costs two thread
 * switches, and the library work of the extra windows is done before the reader asks for
 * their output (lib/zlib.js still hands it out one window at a time). */
#define ND_ZLIB_MAX_WINDOWS 8

typedef struct {
  nd_zstream_t z;
  uv_work_t work;
  JSObjectRef object;    /* the handle, protected while a write is in flight */
  uint32_t *write_state; /* [availOutAfter, availInAfter], memory of a JS Uint32Array */
  /* The write in flight. */
  int flush;
  const uint8_t *in;
  size_t in_len;
  uint8_t *out;
  size_t out_len;
  JSObjectRef in_object, out_object; /* protected while in flight */
  bool busy;
  bool close_pending;
  bool reset_pending; /* reset() arrived during a write: applied when it comes back */
  uint32_t write_state_len;
  /* The extra output windows of a write in flight (see run_write). */
  uint8_t *extra;
  size_t extra_len, window;
  uint32_t windows_done;
  uint32_t left_after[ND_ZLIB_MAX_WINDOWS];
  /* A repeated write failed after earlier windows were filled: the windows are reported
   * as a success and the failure (kept in z) by the next write, so that the output
   * before it is delivered first, as it is when every window is its own write. */
  bool deferred_failure;
} zhandle_t;

static JSClassRef zlib_class, encoder_class, decoder_class;
/* The prototypes of the three kinds (with a `constructor`, as node's handles have). */
/* Prototype objects belong to one engine: per thread (worker threads have their own). */
static __thread JSObjectRef zlib_proto, encoder_proto, decoder_proto;

static void handle_finalize(JSObjectRef object) {
  zhandle_t *h = JSObjectGetPrivate(object);
  if (h == NULL)
    return;
  /* A write in flight protects the object, so it cannot be collected meanwhile. */
  nd_zstream_close(&h->z);
  free(h);
}

static zhandle_t *get_handle(JSContextRef ctx, JSObjectRef object, JSValueRef *exc) {
  if (object == NULL || !(JSValueIsObjectOfClass(ctx, object, zlib_class) ||
                          JSValueIsObjectOfClass(ctx, object, encoder_class) ||
                          JSValueIsObjectOfClass(ctx, object, decoder_class))) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  return JSObjectGetPrivate(object);
}

/* The bytes of a typed array or ArrayBuffer (any element type, counted in bytes). */
static bool get_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *len,
                      JSValueRef *exc) {
  JSTypedArrayType type = JSValueIsObject(ctx, value) ? JSValueGetTypedArrayType(ctx, value, NULL)
                                                      : kJSTypedArrayTypeNone;
  if (type == kJSTypedArrayTypeNone) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "zlib: expected a typed array");
    return false;
  }
  JSObjectRef obj = (JSObjectRef)value;
  if (type == kJSTypedArrayTypeArrayBuffer) {
    *len = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
    *data = JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
  } else {
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    *len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
    *data = base ? base + offset : NULL;
  }
  if (*data == NULL)
    *len = 0;
  return true;
}

static double num(JSContextRef ctx, JSValueRef v) {
  return JSValueToNumber(ctx, v, NULL);
}

/* [message, errno, code] for the stream's last failure. */
static JSValueRef error_tuple(JSContextRef ctx, const nd_zstream_t *z) {
  JSValueRef items[3] = {
      nd_string(ctx, z->error_message),
      JSValueMakeNumber(ctx, z->error_errno),
      nd_string(ctx, z->error_code),
  };
  return nd_array(ctx, 3, items);
}

static void store_write_state(zhandle_t *h) {
  if (h->write_state == NULL)
    return;
  h->write_state[0] =
      h->z.avail_out_after > UINT32_MAX ? UINT32_MAX : (uint32_t)h->z.avail_out_after;
  h->write_state[1] = h->z.avail_in_after > UINT32_MAX ? UINT32_MAX : (uint32_t)h->z.avail_in_after;
  if (h->write_state_len >= 3 + ND_ZLIB_MAX_WINDOWS) {
    h->write_state[2] = h->windows_done;
    for (uint32_t i = 0; i < h->windows_done; i++)
      h->write_state[3 + i] = h->left_after[i];
  }
}

/* Remembers the Uint32Array the results go to; it is also kept as a property of the
 * handle so that its memory lives as long as the handle. */
static bool take_write_state(JSContextRef ctx, JSObjectRef object, zhandle_t *h, JSValueRef value,
                             JSValueRef *exc) {
  if (!JSValueIsObject(ctx, value) ||
      JSValueGetTypedArrayType(ctx, value, NULL) != kJSTypedArrayTypeUint32Array ||
      JSObjectGetTypedArrayLength(ctx, (JSObjectRef)value, NULL) < 2) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE",
             "zlib: writeState must be a Uint32Array(2)");
    return false;
  }
  JSObjectRef arr = (JSObjectRef)value;
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, arr, NULL);
  h->write_state = (uint32_t *)(base + JSObjectGetTypedArrayByteOffset(ctx, arr, NULL));
  size_t len = JSObjectGetTypedArrayLength(ctx, arr, NULL);
  h->write_state_len = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
  nd_set_hidden(ctx, object, "writeState", value);
  return true;
}

/* new Zlib(mode) / new BrotliEncoder(mode) / new BrotliDecoder(mode): a handle for one of
 * node's modes (1..9). */
static JSObjectRef construct_handle(JSContextRef ctx, JSObjectRef constructor, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  int mode = (int)num(ctx, ND_ARG(0));
  if (mode < ND_Z_DEFLATE || mode > ND_Z_BROTLI_ENCODE) {
    nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "zlib: bad mode %d", mode);
    return NULL;
  }
  zhandle_t *h = calloc(1, sizeof *h);
  if (h == NULL) {
    nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
    return NULL;
  }
  nd_zstream_create(&h->z, mode);
  h->work.data = h;
  JSClassRef cls = zlib_class;
  JSObjectRef proto = zlib_proto;
  if (mode == ND_Z_BROTLI_ENCODE) {
    cls = encoder_class;
    proto = encoder_proto;
  } else if (mode == ND_Z_BROTLI_DECODE) {
    cls = decoder_class;
    proto = decoder_proto;
  }
  JSObjectRef object = JSObjectMake(ctx, cls, h);
  if (proto != NULL)
    JSObjectSetPrototype(ctx, object, proto);
  h->object = object;
  return object;
}

static ND_FUNCTION(handle_init) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL)
    return NULL;
  if (h->z.mode == ND_Z_BROTLI_ENCODE || h->z.mode == ND_Z_BROTLI_DECODE) {
    uint8_t *bytes;
    size_t len;
    if (!get_bytes(ctx, ND_ARG(0), &bytes, &len, exc))
      return NULL;
    if (!take_write_state(ctx, this_object, h, ND_ARG(1), exc))
      return NULL;
    uint32_t params[ND_BROTLI_PARAMS];
    for (int i = 0; i < ND_BROTLI_PARAMS; i++) {
      params[i] = ND_BROTLI_UNSET;
      if ((size_t)(i + 1) * 4 <= len)
        memcpy(&params[i], bytes + i * 4, 4);
    }
    return JSValueMakeBoolean(ctx, nd_zstream_init_brotli(&h->z, params));
  }
  int window_bits = (int)num(ctx, ND_ARG(0));
  int level = (int)num(ctx, ND_ARG(1));
  int mem_level = (int)num(ctx, ND_ARG(2));
  int strategy = (int)num(ctx, ND_ARG(3));
  if (!take_write_state(ctx, this_object, h, ND_ARG(4), exc))
    return NULL;
  uint8_t *dict = NULL;
  size_t dict_len = 0;
  if (JSValueIsObject(ctx, ND_ARG(5)) && !get_bytes(ctx, ND_ARG(5), &dict, &dict_len, exc))
    return NULL;
  return JSValueMakeBoolean(
      ctx, nd_zstream_init_zlib(&h->z, window_bits, level, mem_level, strategy, dict, dict_len));
}

/* Reads (flush, in, inOff, inLen, out, outOff, outLen) into the handle's write fields. */
static bool parse_write(JSContextRef ctx, zhandle_t *h, size_t argc, const JSValueRef argv[],
                        JSValueRef *exc) {
  if (h->busy) {
    nd_throw(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib: a write is already in progress");
    return false;
  }
  if (!h->z.ready || h->close_pending) {
    nd_throw(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib binding closed");
    return false;
  }
  uint8_t *in, *out;
  size_t in_total, out_total;
  if (!get_bytes(ctx, ND_ARG(1), &in, &in_total, exc) ||
      !get_bytes(ctx, ND_ARG(4), &out, &out_total, exc))
    return false;
  double in_off = num(ctx, ND_ARG(2)), in_len = num(ctx, ND_ARG(3));
  double out_off = num(ctx, ND_ARG(5)), out_len = num(ctx, ND_ARG(6));
  if (!nd_zstream_range_ok(in_off, in_len, in_total) ||
      !nd_zstream_range_ok(out_off, out_len, out_total)) {
    nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "zlib: write range out of bounds");
    return false;
  }
  h->flush = (int)num(ctx, ND_ARG(0));
  h->in = in ? in + (size_t)in_off : NULL;
  h->in_len = (size_t)in_len;
  h->out = out ? out + (size_t)out_off : NULL;
  h->out_len = (size_t)out_len;
  h->extra = NULL;
  h->extra_len = h->window = 0;
  h->windows_done = 0;
  double extra = argc > 7 ? num(ctx, argv[7]) : 0, window = argc > 8 ? num(ctx, argv[8]) : 0;
  if (extra > 0 && h->write_state_len >= 3 + ND_ZLIB_MAX_WINDOWS) {
    if (!(window >= 1) || !nd_zstream_range_ok(out_off + out_len, extra, out_total)) {
      nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "zlib: write range out of bounds");
      return false;
    }
    h->extra = h->out + h->out_len;
    h->extra_len = (size_t)extra;
    h->window = (size_t)window;
  }
  return true;
}

/* One write, then (with extra windows) the same write again into the next window for as
 * long as the library fills the space it is given: the calls the JavaScript side would
 * make one trip at a time, made in one. */
static void run_write(zhandle_t *h) {
  if (h->deferred_failure) {
    h->deferred_failure = false;
    h->z.failed = true;
    return;
  }
  nd_zstream_write(&h->z, h->flush, h->in, h->in_len, h->out, h->out_len);
  const uint8_t *in = h->in;
  size_t offset = 0;
  while (h->extra != NULL && !h->z.failed && h->z.avail_out_after == 0 &&
         h->windows_done < ND_ZLIB_MAX_WINDOWS && h->extra_len - offset >= h->window) {
    size_t in_left = h->z.avail_in_after;
    if (in != NULL)
      in += h->in_len - in_left;
    h->in_len = in_left;
    size_t out_left = h->z.avail_out_after;
    nd_zstream_write(&h->z, h->flush, in, in_left, h->extra + offset, h->window);
    if (h->z.failed) {
      /* Report the windows filled so far; the failure comes with the next write. */
      h->deferred_failure = true;
      h->z.failed = false;
      h->z.avail_in_after = in_left;
      h->z.avail_out_after = out_left;
      break;
    }
    h->left_after[h->windows_done++] = (uint32_t)(in_left > UINT32_MAX ? UINT32_MAX : in_left);
    offset += h->window;
  }
}

static ND_FUNCTION(handle_write_sync) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL || !parse_write(ctx, h, argc, argv, exc))
    return NULL;
  run_write(h);
  h->in = NULL;
  h->out = NULL;
  store_write_state(h);
  return h->z.failed ? error_tuple(ctx, &h->z) : JSValueMakeUndefined(ctx);
}

/* processAllSync(flush, in, inOff, inLen, chunkSize, maxOutputLength): the whole one-shot
 * conversion of the Sync convenience functions (gzipSync, inflateSync, ...) in one call.
 * It writes the input with `flush` as long as the library fills the output it is given,
 * as the chunked loop of a stream does, but into one growing malloc'd block instead of
 * chunkSize pieces that are concatenated afterwards: compressed and decompressed bytes do
 * not depend on how the output space is handed out, and this saves an ArrayBuffer, a
 * crossing and a copy per chunk (a 30 MB gunzipSync took 16 KiB pieces 1,800 times).
 * Returns an ArrayBuffer of exactly the output's size (undefined when there is no
 * output), [message, errno, code] on a library error, or null once the output would
 * exceed maxOutputLength. writeState gets [0, input bytes left] as after a write. */
static ND_FUNCTION(handle_process_all_sync) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL)
    return NULL;
  if (h->busy || !h->z.ready || h->close_pending)
    return nd_throw(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib binding closed");
  uint8_t *in;
  size_t in_total;
  if (!get_bytes(ctx, ND_ARG(1), &in, &in_total, exc))
    return NULL;
  double in_off = num(ctx, ND_ARG(2)), in_len = num(ctx, ND_ARG(3));
  double chunk = num(ctx, ND_ARG(4)), max_output = num(ctx, ND_ARG(5));
  if (!nd_zstream_range_ok(in_off, in_len, in_total) || !(chunk >= 1) || !(max_output >= 0))
    return nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "zlib: write range out of bounds");
  int flush = (int)num(ctx, ND_ARG(0));
  const uint8_t *next_in = in ? in + (size_t)in_off : NULL;
  size_t in_left = (size_t)in_len;
  /* One byte past the limit is enough to know that the limit is exceeded. */
  size_t max_out = max_output >= (double)(SIZE_MAX / 2) ? SIZE_MAX / 2 : (size_t)max_output;
  size_t limit = max_out + 1;
  size_t capacity = chunk > (double)limit ? limit : (size_t)chunk;
  size_t used = 0;
  uint8_t *out = malloc(capacity); /* at least 1: chunk >= 1 and limit >= 1 */
  if (out == NULL)
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  for (;;) {
    nd_zstream_write(&h->z, flush, next_in, in_left, out + used, capacity - used);
    size_t produced = (capacity - used) - h->z.avail_out_after;
    if (next_in != NULL)
      next_in += in_left - h->z.avail_in_after;
    in_left = h->z.avail_in_after;
    used += produced;
    if (h->z.failed) {
      free(out);
      store_write_state(h);
      return error_tuple(ctx, &h->z);
    }
    if (used > max_out) {
      free(out);
      store_write_state(h);
      return JSValueMakeNull(ctx);
    }
    if (h->z.avail_out_after != 0)
      break;
    /* The library filled its window and may have more: double the block (realloc of a
     * large block remaps pages instead of copying them). */
    size_t grown = capacity > limit / 2 ? limit : capacity * 2;
    if (grown <= capacity) /* limit reached exactly with nothing more to come */
      break;
    uint8_t *bigger = realloc(out, grown);
    if (bigger == NULL) {
      free(out);
      return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                      "Failed to allocate memory");
    }
    out = bigger;
    capacity = grown;
  }
  store_write_state(h);
  if (used == 0) {
    free(out);
    return JSValueMakeUndefined(ctx);
  }
  if (used < capacity) {
    uint8_t *exact = realloc(out, used);
    if (exact != NULL)
      out = exact;
  }
  JSObjectRef buffer = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, out, used, nd_free_bytes, NULL, exc);
  if (buffer == NULL)
    free(out);
  return buffer;
}

static void write_work(uv_work_t *req) {
  zhandle_t *h = req->data;
  run_write(h);
}

static void write_after(uv_work_t *req, int status) {
  zhandle_t *h = req->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  h->busy = false;
  h->in = NULL;
  h->out = NULL;
  JSValueUnprotect(ctx, h->in_object);
  JSValueUnprotect(ctx, h->out_object);
  h->in_object = h->out_object = NULL;
  JSObjectRef object = h->object;
  if (status == UV_ECANCELED) {
    nd_zstream_close(&h->z);
    JSValueUnprotect(ctx, object);
    return;
  }
  store_write_state(h);
  JSValueRef args[3];
  size_t nargs = 0;
  const char *name = "oncomplete";
  if (h->z.failed) {
    name = "onerror";
    args[0] = nd_string(ctx, h->z.error_message);
    args[1] = JSValueMakeNumber(ctx, h->z.error_errno);
    args[2] = nd_string(ctx, h->z.error_code);
    nargs = 3;
  }
  if (h->close_pending) {
    h->close_pending = false;
    nd_zstream_close(&h->z);
  } else if (h->reset_pending) {
    h->reset_pending = false;
    h->deferred_failure = false;
    nd_zstream_reset(&h->z);
  }
  JSValueRef fn = nd_get(ctx, object, name, NULL);
  if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn))
    nd_make_callback(rt, object, (JSObjectRef)fn, nargs, args);
  /* Last: the handle may be collected (and h freed) from here on. */
  JSValueUnprotect(ctx, object);
}

static ND_FUNCTION(handle_write) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL || !parse_write(ctx, h, argc, argv, exc))
    return NULL;
  h->busy = true;
  h->in_object = (JSObjectRef)argv[1];
  h->out_object = (JSObjectRef)argv[4];
  JSValueProtect(ctx, h->in_object);
  JSValueProtect(ctx, h->out_object);
  JSValueProtect(ctx, this_object);
  int err = uv_queue_work(nd_runtime_current()->loop, &h->work, write_work, write_after);
  if (err != 0) {
    h->busy = false;
    JSValueUnprotect(ctx, h->in_object);
    JSValueUnprotect(ctx, h->out_object);
    JSValueUnprotect(ctx, this_object);
    h->in_object = h->out_object = NULL;
    return nd_throw_uv(ctx, exc, err, "uv_queue_work", NULL, NULL);
  }
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(handle_params) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL)
    return NULL;
  if (h->busy)
    return nd_throw(ctx, exc, "Error", "ERR_INTERNAL_ASSERTION", "zlib: a write is in progress");
  if (!nd_zstream_params(&h->z, (int)num(ctx, ND_ARG(0)), (int)num(ctx, ND_ARG(1))))
    return error_tuple(ctx, &h->z);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(handle_reset) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL)
    return NULL;
  if (h->busy) {
    /* The library state belongs to the thread pool until the write returns. */
    h->reset_pending = true;
    return JSValueMakeUndefined(ctx);
  }
  h->deferred_failure = false;
  if (!nd_zstream_reset(&h->z))
    return error_tuple(ctx, &h->z);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(handle_close) {
  zhandle_t *h = get_handle(ctx, this_object, exc);
  if (h == NULL)
    return NULL;
  if (h->busy)
    h->close_pending = true;
  else
    nd_zstream_close(&h->z);
  return JSValueMakeUndefined(ctx);
}

/* crc32(data, value) -> the CRC-32 of data (a string, taken as UTF-8, or a typed array)
 * continuing from value. */
static ND_FUNCTION(js_crc32) {
  uint32_t value = (uint32_t)num(ctx, ND_ARG(1));
  JSValueRef data = ND_ARG(0);
  if (JSValueIsString(ctx, data)) {
    size_t len;
    char *text = nd_to_utf8(ctx, data, &len, exc);
    if (text == NULL)
      return NULL;
    value = nd_zstream_crc32(value, (const uint8_t *)text, len);
    free(text);
    return JSValueMakeNumber(ctx, value);
  }
  uint8_t *bytes;
  size_t len;
  if (!get_bytes(ctx, data, &bytes, &len, exc))
    return NULL;
  return JSValueMakeNumber(ctx, nd_zstream_crc32(value, bytes, len));
}

static JSClassRef make_class(const char *name) {
  static const JSStaticFunction functions[] = {
      {"init", handle_init, kJSPropertyAttributeDontEnum},
      {"write", handle_write, kJSPropertyAttributeDontEnum},
      {"writeSync", handle_write_sync, kJSPropertyAttributeDontEnum},
      {"processAllSync", handle_process_all_sync, kJSPropertyAttributeDontEnum},
      {"params", handle_params, kJSPropertyAttributeDontEnum},
      {"reset", handle_reset, kJSPropertyAttributeDontEnum},
      {"close", handle_close, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  /* The methods are served from each instance, so the prototype can be our own. */
  def.attributes = kJSClassAttributeNoAutomaticPrototype;
  def.finalize = handle_finalize;
  def.staticFunctions = functions;
  return JSClassCreate(&def);
}

void nd__binding_zlib_init(JSContextRef ctx, JSObjectRef exports) {
  if (zlib_class == NULL) {
    zlib_class = make_class("Zlib");
    encoder_class = make_class("BrotliEncoder");
    decoder_class = make_class("BrotliDecoder");
  }
  const struct {
    const char *name;
    JSClassRef cls;
    JSObjectRef *proto;
  } constructors[] = {{"Zlib", zlib_class, &zlib_proto},
                      {"BrotliEncoder", encoder_class, &encoder_proto},
                      {"BrotliDecoder", decoder_class, &decoder_proto}};
  for (size_t i = 0; i < 3; i++) {
    JSObjectRef ctor = JSObjectMakeConstructor(ctx, constructors[i].cls, construct_handle);
    JSObjectRef proto = JSObjectMake(ctx, NULL, NULL);
    nd_set_hidden(ctx, proto, "constructor", ctor);
    nd_set_hidden(ctx, ctor, "prototype", proto);
    if (*constructors[i].proto != NULL)
      JSValueUnprotect(ctx, *constructors[i].proto);
    JSValueProtect(ctx, proto);
    *constructors[i].proto = proto;
    nd_set(ctx, exports, constructors[i].name, ctor);
  }
  static const nd_method_t methods[] = {
      {"crc32", js_crc32},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set_number(ctx, exports, "ZLIB_VERNUM", ZLIB_VERNUM);
  nd_set_string(ctx, exports, "zlibVersion", zlibVersion());
  uint32_t bv = BrotliEncoderVersion();
  char brotli[32];
  snprintf(brotli, sizeof brotli, "%u.%u.%u", bv >> 24, (bv >> 12) & 0xFFF, bv & 0xFFF);
  nd_set_string(ctx, exports, "brotliVersion", brotli);
}
