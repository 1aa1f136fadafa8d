#ifndef ND_JSC_STRING_H
#define ND_JSC_STRING_H

/*
 * Engine strings without the C API's conversions, for the bulk encoders of node:buffer
 * and TextEncoder/TextDecoder.
 *
 * JavaScriptCore keeps most strings as 8-bit Latin-1 internally, but its C API only hands
 * out UTF-16: JSStringGetCharactersPtr widens an 8-bit string into a fresh copy, and
 * making a string from bytes goes through UTF-8 validation, a UTF-16 buffer and two more
 * copies. These helpers read an 8-bit string's characters in place and build a string
 * from a buffer the caller fills directly, through the engine's exported WTF functions and
 * the layout of its string objects, which is calibrated once against strings made through
 * the public API. When the functions are missing or the calibration disagrees, every
 * helper falls back to the public API: callers always get correct results, only slower.
 */

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The characters of a string value: exactly one of latin1 and utf16 is set (both NULL when
 * the length is 0). Valid until nd_str_release. */
typedef struct {
  JSStringRef ref;
  const uint8_t *latin1;
  const JSChar *utf16;
  size_t length;
} nd_str_t;

/* Converts value to a string (ToString, which may throw: then false with *exc set) and
 * exposes its characters without copying them when it is 8-bit. */
bool nd_str_get(JSContextRef ctx, JSValueRef value, nd_str_t *out, JSValueRef *exc);
void nd_str_release(nd_str_t *s);

/* A string under construction: the caller writes exactly `length` code units into latin1
 * (8-bit strings) or utf16 (16-bit strings), then calls nd_newstr_finish. */
typedef struct {
  JSStringRef ref;  /* engine string owning the buffer, or NULL in the fallback */
  void *impl;       /* its StringImpl, for nd_newstr_truncate */
  uint8_t *latin1;
  JSChar *utf16;
  size_t length;
} nd_newstr_t;

/* Allocate an uninitialised 8-bit or 16-bit string of length units; false when out of
 * memory. */
bool nd_newstr_latin1(nd_newstr_t *s, size_t length);
bool nd_newstr_utf16(nd_newstr_t *s, size_t length);

/* Shortens the string before it is finished (length <= the allocated length). */
void nd_newstr_truncate(nd_newstr_t *s, size_t length);

/* The finished JavaScript string; releases the builder. */
JSValueRef nd_newstr_finish(JSContextRef ctx, nd_newstr_t *s);

/* Holds the engine's lock for the current thread across a binding function. The C API
 * drops the lock while a C callback runs and takes it again, in full, inside every API
 * function; with the lock already held those are only recursive re-entries. A no-op when
 * the engine's lock functions are not exported. */
typedef struct {
  void *holder[2];
  bool held;
} nd_engine_lock_t;

void nd_engine_lock(nd_engine_lock_t *lock, JSContextRef ctx);
void nd_engine_unlock(nd_engine_lock_t *lock);

#endif
