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
  JSStringRef ref; /* NULL when the characters are read from the value itself */
  const uint8_t *latin1;
  const JSChar *utf16;
  size_t length;
  bool held; /* set by a successful nd_str_get, cleared by nd_str_release */
} nd_str_t;

/* Converts value to a string (ToString, which may throw: then false with *exc set) and
 * exposes its characters without copying them when it is 8-bit. A value that already is a
 * flat engine string is read in place, with no copy at all: its characters stay valid as
 * long as the value is reachable (an argument of the running binding function is). */
bool nd_str_get(JSContextRef ctx, JSValueRef value, nd_str_t *out, JSValueRef *exc);
void nd_str_release(nd_str_t *s);

/* The bytes of a Uint8Array (a Buffer included) read straight from the engine's view
 * object: true with *data and *length set (NULL and 0 once its buffer is detached), false
 * when value is anything else (another typed array, a DataView, an ArrayBuffer, a view of
 * a resizable or growable buffer) or the layout check failed, and the caller uses the C
 * API. The C API takes the engine's lock again in each of the four calls this needs.
 * The pointer is valid only until JavaScript next runs: a small view no API call has
 * touched keeps its bytes in the collector's memory, which moves when its .buffer is first
 * asked for. Never hand it to a pool thread (nd_uint8_owned_bytes is for that). */
bool nd_uint8_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *length);

/* nd_uint8_bytes, also taking a large Uint8Array made with a length that has never had an
 * ArrayBuffer (the engine then keeps its bytes in memory the view owns, and hands that same
 * memory to an ArrayBuffer made for it later; a small one keeps them in the collector's
 * memory, which would be copied). The API would give it an ArrayBuffer, which the engine
 * stops counting in its heap size only at a full collection. For bytes used after the call
 * returns (a thread pool job) while the caller keeps the view reachable and out of anyone
 * else's hands. */
bool nd_uint8_owned_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *length);

/* The elements of an array the engine keeps in its plain contiguous form (the usual form
 * of an array of objects without accessors or huge gaps): true with *items pointing at its
 * *length values, where a hole reads as NULL (the caller then asks the C API, which looks
 * at the prototype chain). false for any other value or form, or when the layout check
 * failed. Valid until JavaScript next runs (which may grow or reshape the array). */
bool nd_array_items(JSContextRef ctx, JSValueRef value, const JSValueRef **items, size_t *length);

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

/* Frees a string under construction that will not be finished. */
void nd_newstr_discard(nd_newstr_t *s);

/* len bytes decoded as UTF-8 (invalid sequences become U+FFFD, as nd_string_n does)
 * straight into an engine string: 8-bit when every character fits, else 16-bit. The C API
 * route (a UTF-16 copy, then the engine's own copy, then another when the value is made)
 * holds several times the input's size at once, which for a large file was most of the
 * peak memory of readFile. */
JSValueRef nd_string_from_utf8(JSContextRef ctx, const uint8_t *p, size_t len);

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

/* Around code that runs arbitrary JavaScript from inside a locked function or a host
 * function (the promise job drain): JavaScript may call C API functions, which run with
 * the engine's lock dropped, so the record that this thread holds the lock must not be
 * trusted inside. nd_engine_lock_forget clears the record and returns it;
 * nd_engine_lock_remember puts it back afterwards. */
int nd_engine_lock_forget(void);
void nd_engine_lock_remember(int depth);

/* Defines the binding function `name`, which runs the callback name##_locked with the
 * engine's lock held for its whole run, so that the engine calls inside are cheap
 * re-entries instead of full lock cycles. */
#define ND_LOCKED_FUNCTION(name)                                                                   \
  static JSValueRef name(JSContextRef ctx, JSObjectRef function, JSObjectRef this_object,          \
                         size_t argc, const JSValueRef argv[], JSValueRef *exc) {                  \
    nd_engine_lock_t lock;                                                                         \
    nd_engine_lock(&lock, ctx);                                                                    \
    JSValueRef r = name##_locked(ctx, function, this_object, argc, argv, exc);                     \
    nd_engine_unlock(&lock);                                                                       \
    return r;                                                                                      \
  }

/* Functions the engine calls directly, as it calls its own built-ins ("host functions").
 * A function made by the C API (JSObjectMakeFunctionWithCallback) releases the engine's
 * lock before its callback runs and takes it again afterwards, and every engine call
 * inside takes it once more: together most of the cost of a small call. A host function
 * runs with the lock held. Its body is an ordinary callback (function and this_object are
 * NULL); an exception it reports through *exc is thrown into the engine.
 *
 * The engine's function constructor and call frame layout are checked once against a
 * probe function; nd_host_function returns NULL when they are unavailable or the check
 * failed, and the caller keeps its C API function. */
typedef JSValueRef (*nd_callback_t)(JSContextRef ctx, JSObjectRef function, JSObjectRef this_object,
                                    size_t argc, const JSValueRef argv[], JSValueRef *exc);
typedef int64_t (*nd_host_fn)(void *global, void *frame);

JSObjectRef nd_host_function(JSContextRef ctx, const char *name, unsigned length, nd_host_fn fn);

/* The body of every host function: runs `body` on the frame's arguments. */
int64_t nd_host_call(void *global, void *frame, nd_callback_t body);

/* Defines name##_host, the host function entry for the callback `name`. */
#define ND_HOST_ENTRY(name)                                                                        \
  static int64_t name##_host(void *global, void *frame) {                                         \
    return nd_host_call(global, frame, name);                                                      \
  }

/* Replaces obj[name] (a C API function) with a host function running `fn`, when host
 * functions are usable. */
void nd_use_host_function(JSContextRef ctx, JSObjectRef obj, const char *name, unsigned length,
                          nd_host_fn fn);

/* The number in value: an int32 is read straight from the engine's 64-bit value encoding
 * (checked once against JSValueMakeNumber); anything else goes through JSValueToNumber.
 * Converting a small integer argument through the C API takes and drops the engine's lock,
 * which costs more than the rest of a small binding call. */
double nd_number(JSContextRef ctx, JSValueRef value);

#endif
