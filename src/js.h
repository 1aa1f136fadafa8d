#ifndef ND_JS_H
#define ND_JS_H

/*
 * Small helpers over JavaScriptCore's C API: strings, properties, argument checks and
 * errors. Everything here follows one convention: functions that can fail take a
 * JSValueRef *exc out-parameter like the engine's own API and leave an exception in it.
 */

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Declares a binding function with the engine's callback signature. */
#define ND_FUNCTION(name)                                                                          \
  JSValueRef name(JSContextRef ctx, JSObjectRef function, JSObjectRef this_object,                 \
                  size_t argc, const JSValueRef argv[], JSValueRef *exc)

/* The argument at index i, or undefined when fewer were passed. */
#define ND_ARG(i) ((i) < argc ? argv[i] : JSValueMakeUndefined(ctx))

/* One entry of a binding's method table, terminated by {NULL, NULL}. */
typedef struct {
  const char *name;
  JSObjectCallAsFunctionCallback fn;
} nd_method_t;

/* A JS string from a NUL-terminated UTF-8 C string. */
JSValueRef nd_string(JSContextRef ctx, const char *utf8);

/* A JS string from len bytes of UTF-8. Invalid sequences become U+FFFD following the
 * WHATWG decoder's rules, so arbitrary bytes never fail. */
JSValueRef nd_string_n(JSContextRef ctx, const char *utf8, size_t len);

/* Decodes UTF-8 into UTF-16 following the WHATWG "UTF-8 decode" algorithm: each maximal
 * invalid subpart becomes one U+FFFD. out must hold len code units (UTF-16 never needs
 * more units than UTF-8 has bytes). Returns the number of units written. */
size_t nd__utf8_to_utf16(const unsigned char *s, size_t len, JSChar *out);

/* The length of the run of ASCII bytes at the start of the n bytes at p (inline: the
 * decoders call it once per run). */
#ifdef __SSE2__
/* Whether the 64 bytes at p are all ASCII. */
static inline bool nd_ascii_block64(const uint8_t *p) {
  __m128i a = _mm_loadu_si128((const __m128i *)p);
  __m128i b = _mm_loadu_si128((const __m128i *)(p + 16));
  __m128i c = _mm_loadu_si128((const __m128i *)(p + 32));
  __m128i d = _mm_loadu_si128((const __m128i *)(p + 48));
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0;
}
#endif

static inline size_t nd_ascii_prefix(const uint8_t *p, size_t n) {
  size_t i = 0;
#ifdef __SSE2__
  /* 64 bytes per step while all are ASCII, then 16 at a time to find the first that is
   * not: most text scanned here is long runs of ASCII. */
  while (i + 64 <= n && nd_ascii_block64(p + i))
    i += 64;
  for (; i + 16 <= n; i += 16) {
    int high = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(p + i)));
    if (high != 0)
      return i + (size_t)__builtin_ctz((unsigned)high);
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL)
      break;
  }
  while (i < n && p[i] < 0x80)
    i++;
  return i;
}

/* A JS string from len bytes of Latin-1 (each byte is one code unit). */
JSValueRef nd_string_latin1(JSContextRef ctx, const char *bytes, size_t len);

/* Converts any value to a string (ToString) and returns it as malloc'ed UTF-8, with lone
 * surrogates encoded as U+FFFD. Sets *len when non-NULL. Returns NULL with *exc set when
 * ToString throws. The caller frees the result. */
char *nd_to_utf8(JSContextRef ctx, JSValueRef value, size_t *len, JSValueRef *exc);

/* The deallocator to give JSObjectMake{ArrayBuffer,TypedArray}WithBytesNoCopy for malloc'ed
 * bytes: the engine calls it when it collects the buffer, and it frees them. */
void nd_free_bytes(void *bytes, void *context);

/* Same as nd_to_utf8 for an engine string handle (never fails, except on OOM). */
char *nd_jsstring_to_utf8(JSStringRef s, size_t *len);

/* Property helpers. The name is UTF-8. nd_get returns undefined on a throwing getter and
 * leaves the exception in *exc when exc is non-NULL. */
JSValueRef nd_get(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef *exc);
void nd_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value);
void nd_set_hidden(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value);
void nd_set_number(JSContextRef ctx, JSObjectRef obj, const char *name, double value);
void nd_set_string(JSContextRef ctx, JSObjectRef obj, const char *name, const char *utf8);
void nd_set_function(JSContextRef ctx, JSObjectRef obj, const char *name,
                     JSObjectCallAsFunctionCallback fn);
void nd_set_methods(JSContextRef ctx, JSObjectRef obj, const nd_method_t *methods);

/* Converts a value known to be a number (the JS side validates) to an integer. */
int64_t nd_int(JSContextRef ctx, JSValueRef value);

/* d as an integer the way nd_int converts numbers: NaN is 0, the fraction is dropped and
 * values beyond the int64 range clamp to its ends. */
static inline int64_t nd_number_to_int(double d) {
  if (d != d)
    return 0;
  if (d >= 9.2e18)
    return INT64_MAX;
  if (d <= -9.2e18)
    return INT64_MIN;
  return (int64_t)d;
}

/* Throws a new error of the given constructor name ("Error", "TypeError", ...) with the
 * message, and sets err.code when code is non-NULL. Always returns undefined so bindings
 * can `return nd_throw(...)`. */
JSValueRef nd_throw(JSContextRef ctx, JSValueRef *exc, const char *type, const char *code,
                    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Builds node's error for a failed system call, e.g. "ENOENT: no such file or directory,
 * open 'x'" with errno, code, syscall, path and dest set. err is a negative errno (libuv
 * convention). path and dest may be NULL. */
JSObjectRef nd_uv_error(JSContextRef ctx, int err, const char *syscall, const char *path,
                        const char *dest);

/* Throws nd_uv_error(...) and returns undefined. */
JSValueRef nd_throw_uv(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall,
                       const char *path, const char *dest);

/* A new plain array holding the values. The values must be reachable by the collector
 * while they are gathered: JavaScriptCore scans the C stack, not malloc'ed memory, so
 * gather them in a stack array (small, fixed counts) or use nd_list below. */
JSObjectRef nd_array(JSContextRef ctx, size_t count, const JSValueRef *values);

/* A JS array built value by value, for lists of unknown or large size: each value is
 * stored in the array as soon as it is made, so none is held only in C heap memory
 * (where the collector cannot see it) while the next one is allocated. Declare it as a
 * local variable: the array pointer on the stack keeps the array alive. */
typedef struct {
  JSContextRef ctx;
  JSObjectRef array;
  unsigned length;
} nd_list_t;

void nd_list_init(nd_list_t *list, JSContextRef ctx);
void nd_list_push(nd_list_t *list, JSValueRef value);

#endif
