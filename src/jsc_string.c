#include "jsc_string.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* std::span<T> as the engine passes it by reference: a pointer and a size. */
typedef struct {
  void *data;
  size_t size;
} span_t;

/* Itanium C++ ABI: functions returning Ref<T>/RefPtr<T> write the pointer through a hidden
 * first argument; references and rvalue references are pointers.
 *   Ref<StringImpl> StringImpl::createUninitialized(size_t, std::span<LChar or UChar>&)
 *   RefPtr<OpaqueJSString> OpaqueJSString::tryCreate(String&&)   (moves the String) */
typedef void (*create_uninitialized_fn)(void **result, size_t length, span_t *data);
typedef void (*try_create_fn)(void **result, void **string);

typedef void (*lock_holder_fn)(void *holder, void *global);
typedef void (*lock_release_fn)(void *holder);

static struct {
  create_uninitialized_fn create8;
  create_uninitialized_fn create16;
  try_create_fn try_create;
  lock_holder_fn lock_holder;
  lock_release_fn lock_release;
} engine;
static pthread_once_t lock_once = PTHREAD_ONCE_INIT;

static void resolve_lock(void) {
  engine.lock_holder =
      (lock_holder_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC12JSLockHolderC1EPNS_14JSGlobalObjectE");
  engine.lock_release = (lock_release_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC12JSLockHolderD1Ev");
  if (engine.lock_holder == NULL || engine.lock_release == NULL)
    engine.lock_holder = NULL;
}

void nd_engine_lock(nd_engine_lock_t *lock, JSContextRef ctx) {
  pthread_once(&lock_once, resolve_lock);
  lock->held = engine.lock_holder != NULL;
  if (lock->held) {
    lock->holder[0] = lock->holder[1] = NULL;
    /* A context reference is the engine's global object. */
    engine.lock_holder(lock->holder, (void *)JSContextGetGlobalContext(ctx));
  }
}

void nd_engine_unlock(nd_engine_lock_t *lock) {
  if (lock->held)
    engine.lock_release(lock->holder);
  lock->held = false;
}

/* Layout found by calibration (byte offsets), valid when `calibrated` is 1:
 *   OpaqueJSString: the StringImpl* of its String, and its cached UTF-16 pointer, which the
 *   engine sets at construction for 16-bit strings and leaves NULL for 8-bit ones;
 *   StringImpl: its length (32-bit) and its character pointer. */
static int opaque_impl_offset, opaque_chars_offset, impl_length_offset, impl_data_offset;
static int calibrated; /* 0 not yet, 1 usable, -1 unusable: public API only */
static pthread_once_t calibrate_once = PTHREAD_ONCE_INIT;

static bool plausible(const void *p) {
  uintptr_t v = (uintptr_t)p;
  return v >= 0x10000 && v < ((uintptr_t)1 << 47);
}

static void *field_ptr(const void *base, int offset) {
  return *(void *const *)((const char *)base + offset);
}

static uint32_t field_u32(const void *base, int offset) {
  return *(const uint32_t *)((const char *)base + offset);
}

/* A new engine string of length uninitialised units (8-bit when wide is false), wrapped in
 * a JSStringRef. NULL when the engine functions are missing. */
static JSStringRef make_uninitialized(size_t length, bool wide, void **data, void **impl) {
  if (engine.try_create == NULL || (wide ? engine.create16 : engine.create8) == NULL)
    return NULL;
  span_t span = {NULL, 0};
  void *string = NULL; /* a WTF::String: one StringImpl pointer */
  (wide ? engine.create16 : engine.create8)(&string, length, &span);
  if (string == NULL || span.size != length || (length > 0 && span.data == NULL))
    return NULL; /* leaks one empty string at most: only possible on a mismatched engine */
  *impl = string;
  void *opaque = NULL;
  engine.try_create(&opaque, &string);
  *data = span.data;
  return opaque;
}

/* Checks the layout assumptions on strings made through the public API; any disagreement
 * leaves the helpers on the public API. */
static void calibrate(void) {
  calibrated = -1;
  engine.create8 = (create_uninitialized_fn)dlsym(
      RTLD_DEFAULT, "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE");
  engine.create16 = (create_uninitialized_fn)dlsym(
      RTLD_DEFAULT, "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE");
  engine.try_create =
      (try_create_fn)dlsym(RTLD_DEFAULT, "_ZN14OpaqueJSString9tryCreateEON3WTF6StringE");
  if (engine.create8 == NULL || engine.create16 == NULL || engine.try_create == NULL) {
    engine.create8 = engine.create16 = NULL;
    engine.try_create = NULL;
    return;
  }

  static const char narrow_text[] = "nodus string calibration";
  const size_t narrow_len = sizeof narrow_text - 1;
  static const JSChar wide_text[] = {0x100, 'n', 0x2603, 'd', 0xD83D, 0xDE00, 's'};
  const size_t wide_len = sizeof wide_text / sizeof wide_text[0];
  JSStringRef narrow = JSStringCreateWithUTF8CString(narrow_text);
  JSStringRef wide = JSStringCreateWithCharacters(wide_text, wide_len);
  bool ok = false;
  /* The opaque string is a reference count followed by the String and the UTF-16 cache. */
  for (int o = 8; o <= 16 && !ok; o += 8) {
    void *nimpl = field_ptr(narrow, o), *wimpl = field_ptr(wide, o);
    if (!plausible(nimpl) || !plausible(wimpl))
      continue;
    int chars_off = o + 8;
    if (field_ptr(narrow, chars_off) != NULL)
      continue;
    /* For a 16-bit string the cache is the string's own buffer, which the API returns. */
    const JSChar *wchars = field_ptr(wide, chars_off);
    if (wchars == NULL || wchars != JSStringGetCharactersPtr(wide))
      continue;
    for (int l = 0; l <= 8 && !ok; l += 4) {
      if (field_u32(nimpl, l) != narrow_len || field_u32(wimpl, l) != wide_len)
        continue;
      for (int d = 8; d <= 16 && !ok; d += 8) {
        const void *ndata = field_ptr(nimpl, d);
        if (!plausible(ndata) || field_ptr(wimpl, d) != wchars)
          continue;
        if (memcmp(ndata, narrow_text, narrow_len) != 0 ||
            memcmp(wchars, wide_text, sizeof wide_text) != 0)
          continue;
        opaque_impl_offset = o;
        opaque_chars_offset = chars_off;
        impl_length_offset = l;
        impl_data_offset = d;
        ok = true;
      }
    }
  }
  JSStringRelease(narrow);
  JSStringRelease(wide);
  if (!ok)
    return;

  /* Build one string of each width, shorten it and read it back through the API. */
  for (int w = 0; w < 2 && ok; w++) {
    void *data = NULL, *impl = NULL;
    JSStringRef s = make_uninitialized(6, w == 1, &data, &impl);
    if (s == NULL) {
      ok = false;
      break;
    }
    for (int i = 0; i < 6; i++) {
      if (w)
        ((JSChar *)data)[i] = (JSChar)(w == 1 && i == 0 ? 0x3A9 : 'a' + i);
      else
        ((uint8_t *)data)[i] = (uint8_t)('a' + i);
    }
    ok = field_ptr(s, opaque_impl_offset) == impl && field_u32(impl, impl_length_offset) == 6 &&
         field_ptr(impl, impl_data_offset) == data &&
         (field_ptr(s, opaque_chars_offset) == NULL) == (w == 0);
    if (ok) {
      *(uint32_t *)((char *)impl + impl_length_offset) = 4;
      char out[16];
      JSStringGetUTF8CString(s, out, sizeof out);
      ok = JSStringGetLength(s) == 4 && strcmp(out, w ? "\xCE\xA9" "bcd" : "abcd") == 0;
    }
    JSStringRelease(s);
  }
  if (ok)
    calibrated = 1;
}

static bool usable(void) {
  pthread_once(&calibrate_once, calibrate);
  return calibrated == 1;
}

bool nd_str_get(JSContextRef ctx, JSValueRef value, nd_str_t *out, JSValueRef *exc) {
  out->latin1 = NULL;
  out->utf16 = NULL;
  out->ref = JSValueToStringCopy(ctx, value, exc);
  if (out->ref == NULL)
    return false;
  out->length = JSStringGetLength(out->ref);
  if (out->length == 0)
    return true;
  if (usable()) {
    /* A string made by JSValueToStringCopy shares the value's characters; its UTF-16
     * cache is only NULL when they are 8-bit (nobody has asked for UTF-16 yet). */
    const void *chars = field_ptr(out->ref, opaque_chars_offset);
    if (chars == NULL) {
      const void *impl = field_ptr(out->ref, opaque_impl_offset);
      out->latin1 = field_ptr(impl, impl_data_offset);
      return true;
    }
    out->utf16 = chars;
    return true;
  }
  out->utf16 = JSStringGetCharactersPtr(out->ref);
  return true;
}

void nd_str_release(nd_str_t *s) {
  if (s->ref != NULL)
    JSStringRelease(s->ref);
  s->ref = NULL;
}

static bool newstr(nd_newstr_t *s, size_t length, bool wide) {
  s->ref = NULL;
  s->impl = NULL;
  s->latin1 = NULL;
  s->utf16 = NULL;
  s->length = length;
  if (length > 0 && usable()) {
    void *data = NULL;
    s->ref = make_uninitialized(length, wide, &data, &s->impl);
    if (s->ref != NULL) {
      if (wide)
        s->utf16 = data;
      else
        s->latin1 = data;
      return true;
    }
  }
  /* Fallback: a plain buffer, turned into a string by the public API at the end. */
  void *data = malloc((length ? length : 1) * (wide ? sizeof(JSChar) : 1));
  if (data == NULL)
    return false;
  if (wide)
    s->utf16 = data;
  else
    s->latin1 = data;
  return true;
}

bool nd_newstr_latin1(nd_newstr_t *s, size_t length) {
  return newstr(s, length, false);
}

bool nd_newstr_utf16(nd_newstr_t *s, size_t length) {
  return newstr(s, length, true);
}

void nd_newstr_truncate(nd_newstr_t *s, size_t length) {
  if (length >= s->length)
    return;
  s->length = length;
  if (s->ref != NULL)
    *(uint32_t *)((char *)s->impl + impl_length_offset) = (uint32_t)length;
}

JSValueRef nd_newstr_finish(JSContextRef ctx, nd_newstr_t *s) {
  JSStringRef ref = s->ref;
  if (ref == NULL) {
    if (s->utf16 != NULL) {
      ref = JSStringCreateWithCharacters(s->utf16, s->length);
      free(s->utf16);
    } else {
      JSChar *units = malloc((s->length ? s->length : 1) * sizeof(JSChar));
      if (units == NULL)
        abort();
      for (size_t i = 0; i < s->length; i++)
        units[i] = s->latin1[i];
      free(s->latin1);
      ref = JSStringCreateWithCharacters(units, s->length);
      free(units);
    }
  }
  JSValueRef v = JSValueMakeString(ctx, ref);
  JSStringRelease(ref);
  s->ref = NULL;
  s->latin1 = NULL;
  s->utf16 = NULL;
  return v;
}
