/*
 * buffer: the bulk byte work behind node:buffer, TextEncoder/TextDecoder and
 * string_decoder: encoding strings into bytes and bytes into strings (utf8, utf16le,
 * latin1, ascii, base64, base64url, hex), searching, comparing, validating.
 *
 * Every function takes typed arrays (Buffers are Uint8Arrays over engine memory) and
 * works on their bytes in place. JavaScript handles small inputs itself where crossing
 * into C would cost more than the work (see lib/buffer.js).
 *
 * Encodings are passed as small integers (ENC_* below, mirrored in lib/internal/buffer.js)
 * to avoid string comparisons on every call.
 */
#include "../base64.h"
#include "../jsc_string.h"
#include "../runtime.h"
#include "bindings.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum {
  ENC_UTF8 = 0,
  ENC_UCS2 = 1, /* utf16le */
  ENC_LATIN1 = 2,
  ENC_ASCII = 3,
  ENC_BASE64 = 4,
  ENC_BASE64URL = 5,
  ENC_HEX = 6,
};

/* An integer argument, as nd_int converts it (NaN is 0), read through nd_number: the
 * arguments are numbers lib/ computed, mostly small integers. */
static int64_t arg_int(JSContextRef ctx, JSValueRef value) {
  return nd_number_to_int(nd_number(ctx, value));
}

typedef struct {
  uint8_t *data;
  size_t length;
} bytes_t;

/* The bytes of a typed array or DataView argument; false (with *exc set) otherwise.
 * Uint8Arrays (Buffers) are read from the view itself (nd_uint8_bytes); for the others the
 * C API returns the start of the backing store (before byteOffset). The pointer is only
 * valid until the next engine call: callers fetch bytes after every other argument
 * conversion. */
static bool get_bytes(JSContextRef ctx, JSValueRef value, bytes_t *out, JSValueRef *exc) {
  if (nd_uint8_bytes(ctx, value, &out->data, &out->length))
    return true;
  if (!JSValueIsObject(ctx, value)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
    return false;
  }
  JSObjectRef obj = (JSObjectRef)value;
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, value, NULL);
  if (type == kJSTypedArrayTypeNone) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
    return false;
  }
  if (type == kJSTypedArrayTypeArrayBuffer) {
    out->data = JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
    out->length = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
  } else {
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    out->length = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    out->data = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
    if (out->data != NULL)
      out->data += offset;
  }
  if (out->data == NULL)
    out->length = 0;
  return true;
}

/* Clamps a start/end pair to [0, length]; a negative end means "to the end". */
static void clamp_numbers(double s, double e, size_t length, size_t *start, size_t *end) {
  if (e < 0)
    e = (double)length;
  if (!(s >= 0))
    s = 0;
  if (!(e >= 0))
    e = 0;
  if (s > (double)length)
    s = (double)length;
  if (e > (double)length)
    e = (double)length;
  if (e < s)
    e = s;
  *start = (size_t)s;
  *end = (size_t)e;
}

/* ---------------------------------------------------------------------------------------
 * Strings -> bytes. Strings arrive through nd_str_get (src/jsc_string.h): 8-bit engine
 * strings are read in place as Latin-1, 16-bit ones as UTF-16, so every encoder has a loop
 * for each width. */

/* UTF-8 length of UTF-16 units, lone surrogates counting as U+FFFD (3 bytes). */
static size_t utf8_length16(const JSChar *p, size_t n) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned c = p[i];
    if (c < 0x80)
      len += 1;
    else if (c < 0x800)
      len += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
      len += 4;
      i++;
    } else
      len += 3;
  }
  return len;
}

/* UTF-8 length of Latin-1 characters: one byte each, two from U+0080. */
static size_t utf8_length8(const uint8_t *p, size_t n) {
  /* Eight bytes at a time: the high bits, moved to the bottom of each byte, summed by a
   * multiplication into the top byte (at most 8, so no byte overflows). */
  size_t high = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    high += (((w & 0x8080808080808080ULL) >> 7) * 0x0101010101010101ULL) >> 56;
  }
  for (; i < n; i++)
    high += p[i] >> 7;
  return n + high;
}

/* Encodes units as UTF-8 into out (capacity cap), writing only whole characters.
 * Returns bytes written; *consumed receives the units used. */
static size_t utf8_encode16(const JSChar *p, size_t n, uint8_t *out, size_t cap,
                            size_t *consumed) {
  size_t o = 0, i = 0;
  for (; i < n; i++) {
    unsigned c = p[i];
    if (c < 0x80) {
      if (o + 1 > cap)
        break;
      out[o++] = (uint8_t)c;
    } else if (c < 0x800) {
      if (o + 2 > cap)
        break;
      out[o++] = (uint8_t)(0xC0 | (c >> 6));
      out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 &&
               p[i + 1] <= 0xDFFF) {
      if (o + 4 > cap)
        break;
      unsigned cp = 0x10000 + ((c - 0xD800) << 10) + (p[i + 1] - 0xDC00);
      out[o++] = (uint8_t)(0xF0 | (cp >> 18));
      out[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
      out[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (cp & 0x3F));
      i++;
    } else {
      if (o + 3 > cap)
        break;
      if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xFFFD;
      out[o++] = (uint8_t)(0xE0 | (c >> 12));
      out[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    }
  }
  if (consumed)
    *consumed = i;
  return o;
}

/* The same for Latin-1 characters: ASCII runs are copied whole. */
static size_t utf8_encode8(const uint8_t *p, size_t n, uint8_t *out, size_t cap,
                           size_t *consumed) {
  size_t o = 0, i = 0;
  while (i < n) {
    size_t run = nd_ascii_prefix(p + i, n - i);
    if (run > cap - o)
      run = cap - o;
    memcpy(out + o, p + i, run);
    o += run;
    i += run;
    if (i == n || o == cap)
      break;
    if (p[i] < 0x80)
      continue;
    if (o + 2 > cap)
      break;
    out[o++] = (uint8_t)(0xC0 | (p[i] >> 6));
    out[o++] = (uint8_t)(0x80 | (p[i] & 0x3F));
    i++;
  }
  if (consumed)
    *consumed = i;
  return o;
}

static size_t utf8_encode(const nd_str_t *s, uint8_t *out, size_t cap, size_t *consumed) {
  if (s->latin1)
    return utf8_encode8(s->latin1, s->length, out, cap, consumed);
  return utf8_encode16(s->utf16, s->length, out, cap, consumed);
}

/* hex_values holds value + 1 of each hex digit, 0 for other characters. */
static const int8_t hex_values[256] = {
    ['0'] = 1,  ['1'] = 2,  ['2'] = 3,  ['3'] = 4,  ['4'] = 5,  ['5'] = 6,  ['6'] = 7,
    ['7'] = 8,  ['8'] = 9,  ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14,
    ['e'] = 15, ['f'] = 16, ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15,
    ['F'] = 16,
};

/* As in node, a 16-bit unit counts as its low byte. */
static int hex_value(unsigned c) {
  return hex_values[(uint8_t)c] - 1;
}

/* Loop bodies shared by the 8-bit and 16-bit versions below (p is the unit pointer). */

/* Decodes base64 or base64url leniently, like node (base64.h has the rules). As in node,
 * a 16-bit unit counts as its low byte (so U+0141 reads as 'A' and U+D83D as '='). */
static size_t base64_decode(const nd_str_t *s, uint8_t *out, size_t cap) {
  if (s->latin1)
    return nd_base64_decode(s->latin1, s->length, out, cap);
  return nd_base64_decode16(s->utf16, s->length, out, cap);
}

/* Decodes hex pairs until the first invalid pair, like node. */
#define HEX_DECODE_LOOP                                                                        \
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {                                           \
    int hi = hex_value(p[i]), lo = hex_value(p[i + 1]);                                        \
    if (hi < 0 || lo < 0)                                                                      \
      break;                                                                                   \
    out[o++] = (uint8_t)((hi << 4) | lo);                                                      \
  }

static size_t hex_decode(const nd_str_t *s, uint8_t *out, size_t cap) {
  size_t o = 0, n = s->length;
  if (s->latin1) {
    const uint8_t *p = s->latin1;
    HEX_DECODE_LOOP
  } else {
    const JSChar *p = s->utf16;
    HEX_DECODE_LOOP
  }
  return o;
}

/* Writes a string into out (capacity cap) in an encoding; returns bytes written. Only
 * whole characters are written in utf8 and utf16le. */
static size_t encode_string(int encoding, const nd_str_t *s, uint8_t *out, size_t cap) {
  size_t n = s->length;
  switch (encoding) {
  case ENC_UTF8:
    return utf8_encode(s, out, cap, NULL);
  case ENC_UCS2: {
    size_t units = n < cap / 2 ? n : cap / 2;
    if (s->latin1) {
      for (size_t i = 0; i < units; i++) {
        out[2 * i] = s->latin1[i];
        out[2 * i + 1] = 0;
      }
    } else {
      for (size_t i = 0; i < units; i++) {
        out[2 * i] = (uint8_t)(s->utf16[i] & 0xFF);
        out[2 * i + 1] = (uint8_t)(s->utf16[i] >> 8);
      }
    }
    return units * 2;
  }
  case ENC_LATIN1:
  case ENC_ASCII: {
    size_t count = n < cap ? n : cap;
    if (s->latin1) {
      memcpy(out, s->latin1, count);
    } else {
      for (size_t i = 0; i < count; i++)
        out[i] = (uint8_t)s->utf16[i];
    }
    return count;
  }
  case ENC_BASE64:
  case ENC_BASE64URL:
    return base64_decode(s, out, cap);
  case ENC_HEX:
    return hex_decode(s, out, cap);
  default:
    return 0;
  }
}

#define HEX_LENGTH_LOOP                                                                        \
  while (i + 1 < n && hex_value(p[i]) >= 0 && hex_value(p[i + 1]) >= 0)                       \
    i += 2;

#define BASE64_LENGTH_LOOP                                                                         \
  for (size_t i = 0; i < n; i++) {                                                                 \
    if ((uint8_t)p[i] == '=')                                                                      \
      break;                                                                                       \
    if (nd_base64_values[(uint8_t)p[i]] != 0)                                                      \
      chars++;                                                                                     \
  }

/* The number of bytes a string takes in an encoding (exact for every encoding). */
static size_t encoded_length(int encoding, const nd_str_t *s) {
  size_t n = s->length;
  switch (encoding) {
  case ENC_UTF8:
    return s->latin1 ? utf8_length8(s->latin1, n) : utf8_length16(s->utf16, n);
  case ENC_UCS2:
    return n * 2;
  case ENC_LATIN1:
  case ENC_ASCII:
    return n;
  case ENC_HEX: {
    size_t i = 0;
    if (s->latin1) {
      const uint8_t *p = s->latin1;
      HEX_LENGTH_LOOP
    } else {
      const JSChar *p = s->utf16;
      HEX_LENGTH_LOOP
    }
    return i / 2;
  }
  default: {
    size_t chars = 0;
    if (s->latin1) {
      const uint8_t *p = s->latin1;
      BASE64_LENGTH_LOOP
    } else {
      const JSChar *p = s->utf16;
      BASE64_LENGTH_LOOP
    }
    return chars * 6 / 8;
  }
  }
}

/* byteLength(string, encoding) -> exact encoded size. */
static ND_FUNCTION(byte_length_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(0), &s, exc))
    return NULL;
  size_t n = encoded_length((int)arg_int(ctx, ND_ARG(1)), &s);
  nd_str_release(&s);
  return JSValueMakeNumber(ctx, (double)n);
}

/* write(buffer, string, offset, maxLength, encoding) -> bytes written. Only whole
 * characters are written in utf8 and utf16le. */
static ND_FUNCTION(js_write_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(1), &s, exc))
    return NULL;
  size_t offset = (size_t)arg_int(ctx, ND_ARG(2));
  size_t max = (size_t)arg_int(ctx, ND_ARG(3));
  int encoding = (int)arg_int(ctx, ND_ARG(4));
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(0), &b, exc)) {
    nd_str_release(&s);
    return NULL;
  }
  size_t written = 0;
  if (offset <= b.length) {
    size_t room = b.length - offset;
    if (max > room)
      max = room;
    written = encode_string(encoding, &s, b.data + offset, max);
  }
  nd_str_release(&s);
  return JSValueMakeNumber(ctx, (double)written);
}

/* The string (first) and the bytes of a typed array, for the two-argument writers; false
 * with *exc set when either fails (the string is then released). */
static bool get_string_and_bytes(JSContextRef ctx, JSValueRef string, JSValueRef view, nd_str_t *s,
                                 bytes_t *b, JSValueRef *exc) {
  if (!nd_str_get(ctx, string, s, exc))
    return false;
  if (!get_bytes(ctx, view, b, exc)) {
    nd_str_release(s);
    return false;
  }
  return true;
}

/* writeLatin1(buffer, string): the low byte of each of the string's first buffer.length
 * characters into buffer (latin1 and ascii, whose byte length is the string's length, so
 * Buffer.from sizes the buffer itself). The two-argument form of write for Buffer.from's
 * most common fixed-width encodings: the three numbers write converts cost about a third
 * of its crossing for a 1 KiB string. Returns nothing. */
static ND_FUNCTION(write_latin1_locked) {
  nd_str_t s;
  bytes_t b;
  if (!get_string_and_bytes(ctx, ND_ARG(1), ND_ARG(0), &s, &b, exc))
    return NULL;
  encode_string(ENC_LATIN1, &s, b.data, b.length);
  nd_str_release(&s);
  return JSValueMakeUndefined(ctx);
}

/* writeBase64(buffer, string): string decoded as base64 or base64url (node's lenient rules,
 * the same for both) into buffer; returns the bytes written. The two-argument write for
 * Buffer.from(string, 'base64'), which sizes the buffer with node's estimate. */
static ND_FUNCTION(write_base64_locked) {
  nd_str_t s;
  bytes_t b;
  if (!get_string_and_bytes(ctx, ND_ARG(1), ND_ARG(0), &s, &b, exc))
    return NULL;
  size_t written = base64_decode(&s, b.data, b.length);
  nd_str_release(&s);
  return JSValueMakeNumber(ctx, (double)written);
}

/* encodeInto(string, dest, results): UTF-8 encodes as much of string as fits in dest
 * (whole characters only); results[0] = UTF-16 units read, results[1] = bytes written. */
static ND_FUNCTION(encode_into_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(0), &s, exc))
    return NULL;
  bytes_t results, dest;
  if (!get_bytes(ctx, ND_ARG(2), &results, exc) || !get_bytes(ctx, ND_ARG(1), &dest, exc)) {
    nd_str_release(&s);
    return NULL;
  }
  size_t read = 0;
  size_t written = utf8_encode(&s, dest.data, dest.length, &read);
  nd_str_release(&s);
  if (results.length >= 8) {
    uint32_t r[2] = {(uint32_t)read, (uint32_t)written};
    memcpy(results.data, r, sizeof r);
  }
  return JSValueMakeUndefined(ctx);
}

/* Copies Latin-1 characters to out for as long as they are ASCII, 64 at a time; returns
 * how many were copied (n when all were). A string's UTF-8 is its Latin-1 bytes up to its
 * first non-ASCII character, so checking and copying in the same pass reads the string
 * once, where measuring the length first and copying afterwards read it twice. */
static size_t copy_ascii_run(const uint8_t *p, size_t n, uint8_t *out) {
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 64 <= n && nd_ascii_block64(p + i); i += 64)
    memcpy(out + i, p + i, 64);
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL)
      break;
    memcpy(out + i, &w, 8);
  }
  for (; i < n && p[i] < 0x80; i++)
    out[i] = p[i];
  return i;
}

/* encodeUtf8(string) -> a new Uint8Array of the string's UTF-8, lone surrogates as U+FFFD
 * (TextEncoder.encode of long strings). Its bytes are malloc'ed and written once, where
 * `new Uint8Array(size)` would have the engine zero them first. A Latin-1 string is first
 * copied optimistically into as many bytes as it has characters; at its first non-ASCII
 * character the block grows to the exact size and the rest is encoded. */
static ND_FUNCTION(encode_utf8_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(0), &s, exc))
    return NULL;
  size_t n = s.length, size;
  uint8_t *data;
  if (s.latin1) {
    size = n;
    data = malloc(n ? n : 1);
    if (data != NULL) {
      size_t done = copy_ascii_run(s.latin1, n, data);
      if (done < n) {
        size = done + utf8_length8(s.latin1 + done, n - done);
        uint8_t *grown = realloc(data, size);
        if (grown == NULL) {
          free(data);
          data = NULL;
        } else {
          data = grown;
          utf8_encode8(s.latin1 + done, n - done, data + done, size - done, NULL);
        }
      }
    }
  } else {
    /* Encoded in one pass into room for the longest result (three bytes a unit), which is
     * then shrunk: measuring first was a second pass over the string as slow as the
     * encoding. Should that much memory not be there, the exact size is measured. */
    data = n <= SIZE_MAX / 3 ? malloc(n * 3) : NULL;
    if (data != NULL) {
      size = utf8_encode16(s.utf16, n, data, n * 3, NULL);
      uint8_t *shrunk = realloc(data, size ? size : 1);
      if (shrunk != NULL)
        data = shrunk;
    } else {
      size = utf8_length16(s.utf16, n);
      data = malloc(size ? size : 1);
      if (data != NULL)
        utf8_encode16(s.utf16, n, data, size, NULL);
    }
  }
  nd_str_release(&s);
  if (data == NULL)
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, data, size,
                                               nd_free_bytes, NULL, exc);
}

/* fromString(string, encoding) -> an ArrayBuffer holding exactly the encoded bytes, in
 * memory from C (used by Blob). */
static ND_FUNCTION(from_string_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(0), &s, exc))
    return NULL;
  int encoding = (int)arg_int(ctx, ND_ARG(1));
  size_t n = encoded_length(encoding, &s);
  uint8_t *data = malloc(n ? n : 1);
  if (data == NULL) {
    nd_str_release(&s);
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  }
  size_t written = encode_string(encoding, &s, data, n);
  nd_str_release(&s);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, written, nd_free_bytes, NULL, exc);
}

/* Memory of Buffer pools, kept for reuse. A program making many small Buffers makes a new
 * 8 KiB pool every few of them, and the collector frees the old ones in batches, about a
 * thousand at a time (one per 8 MiB allocated); glibc's malloc and free of an 8 KiB block
 * (above its per-thread caches, so through its bins and their consolidation) cost about
 * 2,400 instructions per pool, more than a tenth of a 1 KiB Buffer.from. Freed pool memory
 * of the size last used is kept here, up to POOL_CACHE_BYTES (one such batch), and handed
 * to the next pools. The collector may free an ArrayBuffer on another thread than the one
 * that made it (and every worker has pools), hence the lock. */
#define POOL_CACHE_BYTES  (8u << 20)
#define POOL_CACHE_BLOCKS 1024u

static struct {
  pthread_mutex_t lock;
  size_t size; /* the size of every cached block */
  unsigned count;
  void *blocks[POOL_CACHE_BLOCKS];
} pool_cache = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void *pool_memory(size_t n) {
  void *data = NULL;
  pthread_mutex_lock(&pool_cache.lock);
  if (pool_cache.count > 0 && pool_cache.size == n)
    data = pool_cache.blocks[--pool_cache.count];
  pthread_mutex_unlock(&pool_cache.lock);
  return data != NULL ? data : malloc(n ? n : 1);
}

/* The deallocator of pool ArrayBuffers; context holds the block's size. */
static void pool_memory_free(void *bytes, void *context) {
  size_t n = (size_t)(uintptr_t)context;
  pthread_mutex_lock(&pool_cache.lock);
  if (pool_cache.count == 0)
    pool_cache.size = n;
  if (pool_cache.size == n && pool_cache.count < POOL_CACHE_BLOCKS &&
      (pool_cache.count + 1) * n <= POOL_CACHE_BYTES) {
    pool_cache.blocks[pool_cache.count++] = bytes;
    bytes = NULL;
  }
  pthread_mutex_unlock(&pool_cache.lock);
  free(bytes);
}

/* allocUnsafe(size) -> an ArrayBuffer of size bytes whose contents are not zeroed, for
 * Buffer's pool: pooled memory needs no zeroing, which the engine's ArrayBuffer
 * constructor always does, and its blocks are reused (pool_memory). */
static ND_FUNCTION(alloc_unsafe_locked) {
  size_t n = (size_t)arg_int(ctx, ND_ARG(0));
  uint8_t *data = pool_memory(n);
  if (data == NULL)
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, n, pool_memory_free,
                                                (void *)(uintptr_t)n, exc);
}

/* ---------------------------------------------------------------------------------------
 * Bytes -> strings. Results are built in place in engine strings (nd_newstr_*): 8-bit
 * whenever the text allows, as node makes one-byte strings. */

static JSValueRef decode_latin1(JSContextRef ctx, const uint8_t *p, size_t n, uint8_t mask) {
  nd_newstr_t s;
  if (!nd_newstr_latin1(&s, n))
    abort();
  /* 'ascii' clears the high bit of each byte; text that is already ASCII (the usual
   * case) is found eight bytes at a time and copied whole. */
  size_t plain = mask == 0xFF ? n : nd_ascii_prefix(p, n);
  memcpy(s.latin1, p, plain);
  for (size_t i = plain; i < n; i++)
    s.latin1[i] = p[i] & mask;
  return nd_newstr_finish(ctx, &s);
}

static const char base64_chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char base64url_chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static JSValueRef encode_base64(JSContextRef ctx, const uint8_t *p, size_t n, bool url) {
  const char *alphabet = url ? base64url_chars : base64_chars;
  size_t out_len = url ? (n * 4 + 2) / 3 : (n + 2) / 3 * 4;
  nd_newstr_t s;
  if (!nd_newstr_latin1(&s, out_len))
    abort();
  uint8_t *out = s.latin1;
  size_t o = 0, i = 0;
  for (; i + 2 < n; i += 3) {
    uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
    out[o] = (uint8_t)alphabet[v >> 18];
    out[o + 1] = (uint8_t)alphabet[(v >> 12) & 63];
    out[o + 2] = (uint8_t)alphabet[(v >> 6) & 63];
    out[o + 3] = (uint8_t)alphabet[v & 63];
    o += 4;
  }
  if (i < n) {
    uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
    out[o++] = (uint8_t)alphabet[v >> 18];
    out[o++] = (uint8_t)alphabet[(v >> 12) & 63];
    if (i + 1 < n)
      out[o++] = (uint8_t)alphabet[(v >> 6) & 63];
    else if (!url)
      out[o++] = '=';
    if (!url)
      out[o++] = '=';
  }
  return nd_newstr_finish(ctx, &s);
}

static JSValueRef encode_hex(JSContextRef ctx, const uint8_t *p, size_t n) {
  /* Two digits per byte from a 256-entry table of digit pairs. */
  static uint16_t pairs[256];
  if (pairs[255] == 0) {
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 256; i++) {
      uint8_t two[2] = {(uint8_t)digits[i >> 4], (uint8_t)digits[i & 15]};
      memcpy(&pairs[i], two, 2);
    }
  }
  nd_newstr_t s;
  if (!nd_newstr_latin1(&s, n * 2))
    abort();
  size_t i = 0;
#ifdef __SSE2__
  /* 16 bytes at a time: each nibble becomes '0' + n, plus 39 more when it is over 9 (to
   * reach 'a'), and the high and low digits are interleaved back into byte order. */
  const __m128i low_mask = _mm_set1_epi8(0x0F);
  const __m128i nine = _mm_set1_epi8(9);
  const __m128i zero_char = _mm_set1_epi8('0');
  const __m128i letter_gap = _mm_set1_epi8('a' - '0' - 10);
  for (; i + 16 <= n; i += 16) {
    __m128i bytes = _mm_loadu_si128((const __m128i *)(p + i));
    __m128i high = _mm_and_si128(_mm_srli_epi16(bytes, 4), low_mask);
    __m128i low = _mm_and_si128(bytes, low_mask);
    high = _mm_add_epi8(_mm_add_epi8(high, zero_char),
                        _mm_and_si128(_mm_cmpgt_epi8(high, nine), letter_gap));
    low = _mm_add_epi8(_mm_add_epi8(low, zero_char),
                       _mm_and_si128(_mm_cmpgt_epi8(low, nine), letter_gap));
    _mm_storeu_si128((__m128i *)(s.latin1 + 2 * i), _mm_unpacklo_epi8(high, low));
    _mm_storeu_si128((__m128i *)(s.latin1 + 2 * i + 16), _mm_unpackhi_epi8(high, low));
  }
#endif
  for (; i < n; i++)
    memcpy(s.latin1 + 2 * i, &pairs[p[i]], 2);
  return nd_newstr_finish(ctx, &s);
}

/* The engine's longest string (buffer.constants.MAX_STRING_LENGTH): a decode whose result
 * could be longer throws node's ERR_STRING_TOO_LONG instead of failing to allocate. */
#define MAX_STRING_LENGTH 0x7fffffffu

static JSValueRef throw_string_too_long(JSContextRef ctx, JSValueRef *exc) {
  return nd_throw(ctx, exc, "Error", "ERR_STRING_TOO_LONG",
                  "Cannot create a string longer than 0x7fffffff characters");
}

JSValueRef nd_buffer_to_string(JSContextRef ctx, int encoding, const uint8_t *p, size_t n,
                               JSValueRef *exc) {
  size_t longest = n; /* an upper bound of the result's length, in UTF-16 units */
  if (encoding == ENC_UCS2)
    longest = n / 2;
  else if (encoding == ENC_BASE64 || encoding == ENC_BASE64URL)
    longest = (n + 2) / 3 * 4;
  else if (encoding == ENC_HEX)
    longest = n * 2;
  if (longest > MAX_STRING_LENGTH)
    return throw_string_too_long(ctx, exc);
  switch (encoding) {
  case ENC_UTF8:
    return nd_string_from_utf8(ctx, p, n);
  case ENC_UCS2: {
    size_t units = n / 2;
    nd_newstr_t s;
    if (!nd_newstr_utf16(&s, units))
      abort();
    for (size_t i = 0; i < units; i++)
      s.utf16[i] = (JSChar)(p[2 * i] | (p[2 * i + 1] << 8));
    return nd_newstr_finish(ctx, &s);
  }
  case ENC_LATIN1:
    return decode_latin1(ctx, p, n, 0xFF);
  case ENC_ASCII:
    return decode_latin1(ctx, p, n, 0x7F);
  case ENC_BASE64:
    return encode_base64(ctx, p, n, false);
  case ENC_BASE64URL:
    return encode_base64(ctx, p, n, true);
  case ENC_HEX:
    return encode_hex(ctx, p, n);
  default:
    return nd_throw(ctx, exc, "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding");
  }
}

/* toString(buffer, encoding, start, end) -> the decoded string. */
static ND_FUNCTION(to_string_locked) {
  int encoding = (int)arg_int(ctx, ND_ARG(1));
  double start_arg = nd_number(ctx, ND_ARG(2));
  double end_arg = argc > 3 ? nd_number(ctx, argv[3]) : -1;
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(0), &b, exc))
    return NULL;
  size_t start, end;
  clamp_numbers(start_arg, end_arg, b.length, &start, &end);
  return nd_buffer_to_string(ctx, encoding, b.data + start, end - start, exc);
}

/* ---------------------------------------------------------------------------------------
 * Search, compare, validate. */

static const uint8_t *find_forward(const uint8_t *hay, size_t hay_len, const uint8_t *needle,
                                   size_t needle_len) {
  if (needle_len == 0)
    return hay;
  if (needle_len > hay_len)
    return NULL;
  if (needle_len == 1)
    return memchr(hay, needle[0], hay_len);
  /* Candidates by the needle's first byte, found with memchr (vectorised), which is
   * several times faster than memmem's two-way scan when that byte is rare, as it is in
   * typical searches (a boundary, a delimiter, a word). When candidates turn out to be
   * dense, memmem takes over the rest of the haystack: it is linear in the worst case. */
  const uint8_t *p = hay;
  const uint8_t *last = hay + (hay_len - needle_len); /* the last possible start */
  size_t misses = 0;
  while (p <= last) {
    p = memchr(p, needle[0], (size_t)(last - p) + 1);
    if (p == NULL)
      return NULL;
    if (memcmp(p + 1, needle + 1, needle_len - 1) == 0)
      return p;
    p++;
    if (++misses >= 64 && (size_t)(p - hay) < misses * 64)
      return memmem(p, (size_t)(hay + hay_len - p), needle, needle_len);
  }
  return NULL;
}

static const uint8_t *find_backward(const uint8_t *hay, size_t hay_len, const uint8_t *needle,
                                    size_t needle_len) {
  if (needle_len > hay_len)
    return NULL;
  for (size_t i = hay_len - needle_len + 1; i-- > 0;) {
    if (hay[i] == needle[0] && memcmp(hay + i, needle, needle_len) == 0)
      return hay + i;
  }
  return NULL;
}

/* indexOfBytes(buffer, needleBuffer, byteOffset, forward) -> index or -1. The offset is
 * already normalized by JavaScript: for forward searches the first index to try, for
 * backward searches the last. */
static ND_FUNCTION(index_of_bytes_locked) {
  double offset = nd_number(ctx, ND_ARG(2));
  bool forward = JSValueToBoolean(ctx, ND_ARG(3));
  bytes_t hay, needle;
  if (!get_bytes(ctx, ND_ARG(0), &hay, exc) || !get_bytes(ctx, ND_ARG(1), &needle, exc))
    return NULL;
  const uint8_t *found;
  if (forward) {
    if (offset < 0)
      offset = 0;
    if (offset > (double)hay.length)
      return JSValueMakeNumber(ctx, needle.length == 0 ? (double)hay.length : -1);
    size_t start = (size_t)offset;
    found = find_forward(hay.data + start, hay.length - start, needle.data, needle.length);
  } else {
    if (offset < 0)
      return JSValueMakeNumber(ctx, -1);
    size_t last = offset > (double)hay.length ? hay.length : (size_t)offset;
    size_t window = last + needle.length;
    if (window > hay.length)
      window = hay.length;
    found = find_backward(hay.data, window, needle.data, needle.length);
  }
  return JSValueMakeNumber(ctx, found ? (double)(found - hay.data) : -1);
}

/* indexOfString(buffer, string, byteOffset, encoding, forward): encodes the needle, then
 * searches like indexOfBytes. */
static ND_FUNCTION(index_of_string_locked) {
  nd_str_t u;
  if (!nd_str_get(ctx, ND_ARG(1), &u, exc))
    return NULL;
  int encoding = (int)arg_int(ctx, ND_ARG(3));
  size_t n = encoded_length(encoding, &u);
  uint8_t stack_buf[256];
  uint8_t *needle = n <= sizeof stack_buf ? stack_buf : malloc(n);
  if (needle == NULL)
    abort();
  n = encode_string(encoding, &u, needle, n);
  nd_str_release(&u);
  double offset = nd_number(ctx, ND_ARG(2));
  bool forward = JSValueToBoolean(ctx, ND_ARG(4));
  bytes_t hay;
  if (!get_bytes(ctx, ND_ARG(0), &hay, exc)) {
    if (needle != stack_buf)
      free(needle);
    return NULL;
  }
  const uint8_t *found = NULL;
  double result = -1;
  if (forward) {
    if (offset < 0)
      offset = 0;
    if (offset <= (double)hay.length) {
      size_t start = (size_t)offset;
      found = find_forward(hay.data + start, hay.length - start, needle, n);
    } else if (n == 0) {
      result = (double)hay.length;
    }
  } else if (offset >= 0) {
    size_t last = offset > (double)hay.length ? hay.length : (size_t)offset;
    size_t window = last + n > hay.length ? hay.length : last + n;
    found = find_backward(hay.data, window, needle, n);
  }
  if (found)
    result = (double)(found - hay.data);
  if (needle != stack_buf)
    free(needle);
  return JSValueMakeNumber(ctx, result);
}

/* compare(a, b, aStart, aEnd, bStart, bEnd) -> -1, 0 or 1 over the given ranges. */
static ND_FUNCTION(compare_locked) {
  int64_t ranges[4] = {0, -1, 0, -1};
  if (argc > 2) {
    for (int k = 0; k < 4; k++)
      ranges[k] = arg_int(ctx, ND_ARG(2 + (size_t)k));
  }
  bytes_t a, b;
  if (!get_bytes(ctx, ND_ARG(0), &a, exc) || !get_bytes(ctx, ND_ARG(1), &b, exc))
    return NULL;
  size_t as = 0, ae = a.length, bs = 0, be = b.length;
  if (argc > 2) {
    as = (size_t)ranges[0];
    ae = (size_t)ranges[1];
    bs = (size_t)ranges[2];
    be = (size_t)ranges[3];
    if (ae > a.length)
      ae = a.length;
    if (be > b.length)
      be = b.length;
    if (as > ae)
      as = ae;
    if (bs > be)
      bs = be;
  }
  size_t alen = ae - as, blen = be - bs;
  size_t n = alen < blen ? alen : blen;
  int c = n ? memcmp(a.data + as, b.data + bs, n) : 0;
  if (c == 0)
    c = alen < blen ? -1 : alen > blen ? 1 : 0;
  return JSValueMakeNumber(ctx, c < 0 ? -1 : c > 0 ? 1 : 0);
}

/* fillString(buffer, string, start, end, encoding) -> bytes in one copy of the pattern
 * (0 when the string encodes to nothing, and the buffer is untouched). */
static ND_FUNCTION(fill_string_locked) {
  nd_str_t u;
  if (!nd_str_get(ctx, ND_ARG(1), &u, exc))
    return NULL;
  double start_arg = nd_number(ctx, ND_ARG(2));
  double end_arg = nd_number(ctx, ND_ARG(3));
  int encoding = (int)arg_int(ctx, ND_ARG(4));
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(0), &b, exc)) {
    nd_str_release(&u);
    return NULL;
  }
  size_t start, end;
  clamp_numbers(start_arg, end_arg, b.length, &start, &end);
  size_t n = encoded_length(encoding, &u);
  uint8_t *pattern = malloc(n ? n : 1);
  if (pattern == NULL)
    abort();
  n = encode_string(encoding, &u, pattern, n);
  nd_str_release(&u);
  if (n > 0) {
    size_t len = end - start;
    uint8_t *dst = b.data + start;
    size_t first = n < len ? n : len;
    memcpy(dst, pattern, first);
    /* Double the filled region each round. */
    size_t filled = first;
    while (filled < len) {
      size_t chunk = filled < len - filled ? filled : len - filled;
      memcpy(dst + filled, dst, chunk);
      filled += chunk;
    }
  }
  free(pattern);
  return JSValueMakeNumber(ctx, (double)n);
}

/* fillBytes(buffer, pattern, start, end): repeats the pattern bytes over the range. */
static ND_FUNCTION(fill_bytes_locked) {
  double start_arg = nd_number(ctx, ND_ARG(2));
  double end_arg = nd_number(ctx, ND_ARG(3));
  bytes_t b, pat;
  if (!get_bytes(ctx, ND_ARG(0), &b, exc) || !get_bytes(ctx, ND_ARG(1), &pat, exc))
    return NULL;
  size_t start, end;
  clamp_numbers(start_arg, end_arg, b.length, &start, &end);
  size_t len = end - start;
  if (pat.length == 0 || len == 0)
    return JSValueMakeNumber(ctx, (double)pat.length);
  uint8_t *copy = malloc(pat.length);
  if (copy == NULL)
    abort();
  memcpy(copy, pat.data, pat.length); /* the pattern may overlap the target */
  uint8_t *dst = b.data + start;
  size_t first = pat.length < len ? pat.length : len;
  memcpy(dst, copy, first);
  size_t filled = first;
  while (filled < len) {
    size_t chunk = filled < len - filled ? filled : len - filled;
    memcpy(dst + filled, dst, chunk);
    filled += chunk;
  }
  free(copy);
  return JSValueMakeNumber(ctx, (double)pat.length);
}

/* Whether bytes are well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF). */
static bool valid_utf8(const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    unsigned lower = 0x80, upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0)
        lower = 0xA0;
      if (c == 0xED)
        upper = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0)
        lower = 0x90;
      if (c == 0xF4)
        upper = 0x8F;
    } else
      return false;
    for (size_t k = 1; k <= need; k++) {
      if (i + k >= n || p[i + k] < lower || p[i + k] > upper)
        return false;
      lower = 0x80;
      upper = 0xBF;
    }
    i += need + 1;
  }
  return true;
}

static ND_FUNCTION(is_utf8_locked) {
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(0), &b, exc))
    return NULL;
  return JSValueMakeBoolean(ctx, valid_utf8(b.data, b.length));
}

static ND_FUNCTION(is_ascii_locked) {
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(0), &b, exc))
    return NULL;
  for (size_t i = 0; i < b.length; i++)
    if (b.data[i] & 0x80)
      return JSValueMakeBoolean(ctx, false);
  return JSValueMakeBoolean(ctx, true);
}

/* copy(source, target, targetStart, sourceStart, count): memmove between (possibly
 * overlapping) buffers; the ranges are validated by JavaScript. */
static ND_FUNCTION(js_copy_locked) {
  size_t target_start = (size_t)arg_int(ctx, ND_ARG(2));
  size_t source_start = (size_t)arg_int(ctx, ND_ARG(3));
  size_t count = (size_t)arg_int(ctx, ND_ARG(4));
  bytes_t src, dst;
  if (!get_bytes(ctx, ND_ARG(0), &src, exc) || !get_bytes(ctx, ND_ARG(1), &dst, exc))
    return NULL;
  if (source_start > src.length || target_start > dst.length)
    return JSValueMakeNumber(ctx, 0);
  if (count > src.length - source_start)
    count = src.length - source_start;
  if (count > dst.length - target_start)
    count = dst.length - target_start;
  memmove(dst.data + target_start, src.data + source_start, count);
  return JSValueMakeNumber(ctx, (double)count);
}

/* concat(target, list, start, pos, state) copies the Uint8Arrays list[start],
 * list[start + 1], ... one after the other into target from byte pos, each cut short where
 * target ends: the copy loop of Buffer.concat, which in JavaScript costs an engine call per
 * part (about 26 ns each, the engine's typed array set). Only what can be read without
 * running JavaScript is done here: the items of a plain array (nd_array_items) that are
 * plain Uint8Arrays. Returns the byte position reached when it got to the end of the list;
 * at the first other case (a hole, another kind of list or item) it stops and returns
 * -(index + 1), with the byte position written to state (a Uint8Array over a
 * Float64Array), and JavaScript goes on from there. */
static ND_FUNCTION(concat_locked) {
  size_t i = (size_t)arg_int(ctx, ND_ARG(2));
  size_t pos = (size_t)arg_int(ctx, ND_ARG(3));
  const JSValueRef *items;
  size_t count;
  bytes_t dst;
  if (nd_array_items(ctx, ND_ARG(1), &items, &count) && get_bytes(ctx, ND_ARG(0), &dst, exc)) {
    for (; i < count; i++) {
      bytes_t src;
      if (items[i] == NULL || !nd_uint8_bytes(ctx, items[i], &src.data, &src.length))
        break;
      size_t n = pos < dst.length ? dst.length - pos : 0;
      if (n > src.length)
        n = src.length;
      if (n > 0)
        memmove(dst.data + pos, src.data, n);
      pos += n;
    }
    if (i == count)
      return JSValueMakeNumber(ctx, (double)pos);
  }
  if (*exc != NULL)
    return NULL;
  bytes_t state;
  if (!get_bytes(ctx, ND_ARG(4), &state, exc))
    return NULL;
  if (state.length >= sizeof(double)) {
    double p = (double)pos;
    memcpy(state.data, &p, sizeof p);
  }
  return JSValueMakeNumber(ctx, -(double)i - 1);
}

/* ---------------------------------------------------------------------------------------
 * The functions the binding exports. Each holds the engine's lock for its whole run
 * (nd_engine_lock): without it, every engine call inside would take and release the lock
 * in full, which costs more than the work of a small call. */

ND_LOCKED_FUNCTION(byte_length)
ND_LOCKED_FUNCTION(js_write)
ND_LOCKED_FUNCTION(write_latin1)
ND_LOCKED_FUNCTION(write_base64)
ND_LOCKED_FUNCTION(encode_into)
ND_LOCKED_FUNCTION(encode_utf8)
ND_LOCKED_FUNCTION(from_string)
ND_LOCKED_FUNCTION(index_of_bytes)
ND_LOCKED_FUNCTION(index_of_string)
ND_LOCKED_FUNCTION(compare)
ND_LOCKED_FUNCTION(fill_string)
ND_LOCKED_FUNCTION(fill_bytes)
ND_LOCKED_FUNCTION(is_utf8)
ND_LOCKED_FUNCTION(is_ascii)
ND_LOCKED_FUNCTION(js_copy)
ND_LOCKED_FUNCTION(to_string)
ND_LOCKED_FUNCTION(alloc_unsafe)
ND_LOCKED_FUNCTION(concat)

/* The same bodies as host functions (jsc_string.h), which replace the C API functions
 * when the engine allows: they already run with the lock held. */
ND_HOST_ENTRY(byte_length_locked)
ND_HOST_ENTRY(js_write_locked)
ND_HOST_ENTRY(write_latin1_locked)
ND_HOST_ENTRY(write_base64_locked)
ND_HOST_ENTRY(from_string_locked)
ND_HOST_ENTRY(encode_into_locked)
ND_HOST_ENTRY(encode_utf8_locked)
ND_HOST_ENTRY(to_string_locked)
ND_HOST_ENTRY(index_of_bytes_locked)
ND_HOST_ENTRY(index_of_string_locked)
ND_HOST_ENTRY(compare_locked)
ND_HOST_ENTRY(fill_string_locked)
ND_HOST_ENTRY(fill_bytes_locked)
ND_HOST_ENTRY(is_utf8_locked)
ND_HOST_ENTRY(is_ascii_locked)
ND_HOST_ENTRY(js_copy_locked)
ND_HOST_ENTRY(alloc_unsafe_locked)
ND_HOST_ENTRY(concat_locked)

void nd__binding_buffer_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"byteLength", byte_length},
      {"write", js_write},
      {"writeLatin1", write_latin1},
      {"writeBase64", write_base64},
      {"fromString", from_string},
      {"encodeInto", encode_into},
      {"encodeUtf8", encode_utf8},
      {"toString", to_string},
      {"indexOfBytes", index_of_bytes},
      {"indexOfString", index_of_string},
      {"compare", compare},
      {"fillString", fill_string},
      {"fillBytes", fill_bytes},
      {"isUtf8", is_utf8},
      {"isAscii", is_ascii},
      {"copy", js_copy},
      {"allocUnsafe", alloc_unsafe},
      {"concat", concat},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  static const struct {
    const char *name;
    unsigned length;
    nd_host_fn fn;
  } hosts[] = {
      {"byteLength", 2, byte_length_locked_host},
      {"write", 5, js_write_locked_host},
      {"writeLatin1", 2, write_latin1_locked_host},
      {"writeBase64", 2, write_base64_locked_host},
      {"fromString", 2, from_string_locked_host},
      {"encodeInto", 3, encode_into_locked_host},
      {"encodeUtf8", 1, encode_utf8_locked_host},
      {"toString", 4, to_string_locked_host},
      {"indexOfBytes", 4, index_of_bytes_locked_host},
      {"indexOfString", 5, index_of_string_locked_host},
      {"compare", 6, compare_locked_host},
      {"fillString", 5, fill_string_locked_host},
      {"fillBytes", 4, fill_bytes_locked_host},
      {"isUtf8", 1, is_utf8_locked_host},
      {"isAscii", 1, is_ascii_locked_host},
      {"copy", 5, js_copy_locked_host},
      {"allocUnsafe", 1, alloc_unsafe_locked_host},
      {"concat", 5, concat_locked_host},
  };
  for (size_t i = 0; i < sizeof hosts / sizeof hosts[0]; i++)
    nd_use_host_function(ctx, exports, hosts[i].name, hosts[i].length, hosts[i].fn);
  nd_set_number(ctx, exports, "kMaxLength", 4294967296.0);
  nd_set_number(ctx, exports, "kStringMaxLength", 2147483647.0);
}
