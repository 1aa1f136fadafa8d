#include "jsc_string.h"
#include "js.h"

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
/*   JSString* jsStringWithCacheSlowCase(VM&, StringImpl&): a string value that shares the
 *   StringImpl (the public JSValueMakeString copies the characters once more). */
typedef JSValueRef (*make_value_fn)(void *vm, void *impl);

typedef void (*destroy_fn)(void *impl);

static struct {
  destroy_fn destroy;
  create_uninitialized_fn create8;
  create_uninitialized_fn create16;
  try_create_fn try_create;
  lock_holder_fn lock_holder;
  lock_release_fn lock_release;
  make_value_fn make_value;
} engine;
static pthread_once_t lock_once = PTHREAD_ONCE_INIT;

/* How many nd_engine_lock holders or host function bodies are running on this thread: the
 * engine's lock is known to be held while it is positive, so string finishing need not
 * take it again (a recursive re-entry costs about 170 instructions). */
static __thread int lock_depth;

/* 1 once JSContextGetGlobalContext(ctx) has been seen to return ctx itself (a context
 * reference is its global object), -1 when it did not: the public call takes and drops
 * the engine's lock, which costs more than the rest of a small binding call. */
static int context_is_global;

static JSGlobalContextRef global_of(JSContextRef ctx) {
  if (context_is_global == 1)
    return (JSGlobalContextRef)ctx;
  JSGlobalContextRef global = JSContextGetGlobalContext(ctx);
  if (context_is_global == 0)
    context_is_global = (const void *)global == (const void *)ctx ? 1 : -1;
  return global;
}

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
    engine.lock_holder(lock->holder, (void *)global_of(ctx));
    lock_depth++;
  }
}

int nd_engine_lock_forget(void) {
  int depth = lock_depth;
  lock_depth = 0;
  return depth;
}

void nd_engine_lock_remember(int depth) {
  lock_depth = depth;
}

void nd_engine_unlock(nd_engine_lock_t *lock) {
  if (lock->held) {
    lock_depth--;
    engine.lock_release(lock->holder);
  }
  lock->held = false;
}

/* Layout found by calibration (byte offsets), valid when `calibrated` is 1:
 *   OpaqueJSString: the StringImpl* of its String, and its cached UTF-16 pointer, which the
 *   engine sets at construction for 16-bit strings and leaves NULL for 8-bit ones;
 *   StringImpl: its length (32-bit) and its character pointer. */
static int opaque_impl_offset, opaque_chars_offset, impl_length_offset, impl_data_offset;
static int calibrated; /* 0 not yet, 1 usable, -1 unusable: public API only */
/* Whether a new string's StringImpl can be handled without an OpaqueJSString around it:
 * its reference count (the first 32-bit field, counting in steps of 2) was seen to be
 * exactly one reference, and StringImpl::destroy is exported. */
static bool bare_impl;
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
  engine.destroy = (destroy_fn)dlsym(RTLD_DEFAULT, "_ZN3WTF10StringImpl7destroyEPS0_");
  engine.make_value = (make_value_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE");
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
    if (w == 0)
      bare_impl = field_u32(impl, 0) == 2;
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
  if (engine.destroy == NULL || impl_length_offset != 4)
    bare_impl = false;
}

static bool usable(void) {
  pthread_once(&calibrate_once, calibrate);
  return calibrated == 1;
}

/* String values read in place. A JavaScript string is a cell whose type byte (offset 5, as
 * util.c also reads it) is the engine's string type; a flat one holds its StringImpl
 * pointer in the word after the cell header, a rope the same word with its low bit set.
 * The StringImpl's flags word (after the length and the character pointer) has a bit for
 * 8-bit characters. All of it is checked once against strings of every shape (flat and
 * substring, 8-bit and 16-bit, including a 16-bit string of ASCII characters, and a rope);
 * JSValueToStringCopy, which copies the characters into a new string each time (a malloc,
 * a memcpy and a free, most of a small binding call), is then only needed for ropes and
 * for values that are not strings. */
static int string_cell_type = -1;
static int impl_flags_offset;
static uint32_t impl_flag_8bit;
static int direct_strings; /* 0 not yet checked, 1 usable, -1 not usable */
static pthread_once_t direct_once = PTHREAD_ONCE_INIT;
static __thread JSContextRef calibration_ctx;

/* Runs a layout check (which sets *state to 1 when the layout is usable, -1 when not) the
 * first time any thread needs it, with ctx as the context it evaluates its samples in;
 * true when the layout is usable. */
static bool checked_once(JSContextRef ctx, int *state, pthread_once_t *once, void (*check)(void)) {
  if (*state < 0)
    return false;
  calibration_ctx = ctx;
  pthread_once(once, check);
  return *state == 1;
}

/* JSVALUE64: a cell is a non-zero value with none of the number or "other" tag bits. */
static inline const uint8_t *value_cell(JSValueRef value) {
  uint64_t bits = (uint64_t)(uintptr_t)value;
  if (bits == 0 || (bits & 0xfffe000000000002ull) != 0)
    return NULL;
  return (const uint8_t *)value;
}

/* The flat StringImpl of a string value, or NULL (not a string, or a rope). */
static inline const void *flat_impl(JSValueRef value) {
  const uint8_t *cell = value_cell(value);
  if (cell == NULL || cell[5] != string_cell_type)
    return NULL;
  uintptr_t fiber = *(const uintptr_t *)(cell + 8);
  if (fiber & 1)
    return NULL;
  return (const void *)fiber;
}

static const char direct_samples[] =
    "(function () { var a = 'nodus calibration text, eight bits only: caf\\u00e9';"
    " var w = 'nodus \\u2603 wide calibration text \\ud83d\\ude00';"
    " return [a, a.slice(6, 30), w, w.slice(8, 20), a + String(a.length) + w, w + a]; })()";

enum { SAMPLES = 8, ROPE_FLATTENED = 4, ROPE_KEPT = 5 };

/* The value of a calibration script (sample objects made by the engine itself), or NULL
 * when it threw. */
static JSValueRef evaluate_samples(JSContextRef ctx, const char *source) {
  JSStringRef script = JSStringCreateWithUTF8CString(source);
  JSValueRef value = JSEvaluateScript(ctx, script, NULL, NULL, 1, NULL);
  JSStringRelease(script);
  return value;
}

static void calibrate_direct(void) {
  direct_strings = -1;
  JSContextRef ctx = calibration_ctx;
  if (sizeof(void *) != 8 || !usable() || impl_length_offset != 4 || impl_data_offset != 8)
    return;
  JSValueRef list = evaluate_samples(ctx, direct_samples);
  if (list == NULL || !JSValueIsObject(ctx, list))
    return;
  /* Samples: 8-bit, an 8-bit substring, 16-bit, a 16-bit substring of ASCII characters
   * only (still 16-bit), two ropes (all but the second are flattened below), then strings
   * from the public API: 8-bit from ASCII UTF-8 and 16-bit from UTF-16 units. */
  JSValueRef v[SAMPLES];
  for (unsigned i = 0; i < 6; i++) {
    v[i] = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)list, i, NULL);
    if (v[i] == NULL || !JSValueIsString(ctx, v[i]))
      return;
  }
  static const JSChar ascii16[] = {'a', 's', 'c', 'i', 'i'};
  JSStringRef narrow = JSStringCreateWithUTF8CString("public api");
  JSStringRef wide = JSStringCreateWithCharacters(ascii16, 5);
  v[6] = JSValueMakeString(ctx, narrow);
  v[7] = JSValueMakeString(ctx, wide);
  JSStringRelease(narrow);
  JSStringRelease(wide);
  static const bool eight[SAMPLES] = {true, true, false, false, false, false, true, false};
  if (value_cell(v[0]) == NULL)
    return;
  int type = ((const uint8_t *)v[0])[5];
  for (int i = 0; i < SAMPLES; i++) {
    const uint8_t *cell = value_cell(v[i]);
    if (cell == NULL || cell[5] != type)
      return;
    /* Concatenations are ropes; substrings may be (a lazy substring is a rope too). */
    uintptr_t fiber = *(const uintptr_t *)(cell + 8);
    bool is_rope = i == ROPE_FLATTENED || i == ROPE_KEPT;
    bool maybe_rope = i == 1 || i == 3;
    if (!maybe_rope && ((fiber & 1) != 0) != is_rope)
      return;
  }
  /* Objects, a String object included, must not look like strings. */
  JSObjectRef object = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef boxed = JSValueToObject(ctx, v[0], NULL);
  if (((const uint8_t *)object)[5] == type || boxed == NULL || ((const uint8_t *)boxed)[5] == type)
    return;
  string_cell_type = type;
  /* Reading a rope through the public API must leave it flat. */
  bool ok = true;
  for (int i = 0; i < SAMPLES && ok; i++) {
    if (i == ROPE_KEPT)
      continue;
    JSStringRef flat = JSValueToStringCopy(ctx, v[i], NULL);
    if (flat != NULL)
      JSStringRelease(flat);
    ok = flat != NULL && flat_impl(v[i]) != NULL;
  }
  /* The 8-bit flag: the one bit of the flags word's low byte set in every 8-bit sample
   * and clear in every 16-bit one. */
  uint32_t set = 0xff, clear = 0xff;
  for (int i = 0; i < SAMPLES && ok; i++) {
    if (i == ROPE_KEPT)
      continue;
    const void *impl = flat_impl(v[i]);
    if (impl == NULL || !plausible(impl) || !plausible(field_ptr(impl, impl_data_offset))) {
      ok = false;
      break;
    }
    uint32_t flags = field_u32(impl, 16);
    if (eight[i])
      set &= flags;
    else
      clear &= ~flags;
  }
  uint32_t candidates = set & clear;
  if (!ok || candidates == 0 || (candidates & (candidates - 1)) != 0) {
    string_cell_type = -1;
    return;
  }
  impl_flags_offset = 16;
  impl_flag_8bit = candidates;
  /* Every flat sample must read back as the public API reads it. */
  for (int i = 0; i < SAMPLES && ok; i++) {
    if (i == ROPE_KEPT)
      continue;
    const void *impl = flat_impl(v[i]);
    JSStringRef copy = JSValueToStringCopy(ctx, v[i], NULL);
    size_t n = JSStringGetLength(copy);
    const JSChar *units = JSStringGetCharactersPtr(copy);
    const void *data = field_ptr(impl, impl_data_offset);
    bool is8 = (field_u32(impl, impl_flags_offset) & impl_flag_8bit) != 0;
    ok = field_u32(impl, impl_length_offset) == n && n > 0 && is8 == eight[i];
    for (size_t k = 0; ok && k < n; k++)
      ok = (is8 ? ((const uint8_t *)data)[k] : ((const JSChar *)data)[k]) == units[k];
    JSStringRelease(copy);
  }
  if (!ok) {
    string_cell_type = -1;
    return;
  }
  direct_strings = 1;
}

/* Reads a flat string value in place; false when value is anything else. */
static bool str_direct(JSContextRef ctx, JSValueRef value, nd_str_t *out) {
  if (direct_strings != 1 && !checked_once(ctx, &direct_strings, &direct_once, calibrate_direct))
    return false;
  const void *impl = flat_impl(value);
  if (impl == NULL)
    return false;
  out->ref = NULL;
  out->length = field_u32(impl, impl_length_offset);
  out->held = true;
  if (out->length == 0)
    return true;
  const void *data = field_ptr(impl, impl_data_offset);
  if (field_u32(impl, impl_flags_offset) & impl_flag_8bit)
    out->latin1 = data;
  else
    out->utf16 = data;
  return true;
}

/* Uint8Array views read in place. A typed array is an object (cell header and butterfly,
 * 16 bytes) followed by its data pointer (already advanced by the byte offset) and its
 * length, then the byte offset and a mode byte that tells views of resizable or growable
 * buffers (whose length the engine computes on each access) from the plain ones. The cell
 * type byte, the two fields and the mode byte's position and plain values are checked once
 * against the C API on views of every kind. */
enum { VIEW_VECTOR = 16, VIEW_LENGTH = 24 };
static int uint8_cell_type = -1;
static int view_mode_offset;
static uint8_t view_modes[4];
static int view_mode_count;
static int owned_view_mode = -1; /* see nd_uint8_owned_bytes */
/* The mode of a small view whose bytes are still in the collector's memory (learnt by
 * calibrate_views; -1 when not known): nd_uint8_bytes reads those in place, but the engine
 * moves their bytes when something asks for the view's buffer, so nd_uint8_owned_bytes
 * never hands them out for use after the call. */
static int fast_view_mode = -1;
static int direct_views; /* 0 not yet checked, 1 usable, -1 not usable */
static pthread_once_t views_once = PTHREAD_ONCE_INIT;

static const char view_samples[] =
    "(function () { var ab = new ArrayBuffer(4096);"
    " var plain = [new Uint8Array(16), new Uint8Array(100000), new Uint8Array(ab, 3, 50),"
    "  new Uint8Array(ab, 7), new Uint8Array(ab, 9, 1).subarray(1), new Uint8Array(ab),"
    "  new Uint8Array(new SharedArrayBuffer(64), 5, 20),"
    "  Reflect.construct(Uint8Array, [ab, 11, 30], class extends Uint8Array {})];"
    " var rab = new ArrayBuffer(64, { maxByteLength: 128 });"
    " var gsab = new SharedArrayBuffer(64, { maxByteLength: 128 });"
    " var resizable = [new Uint8Array(rab), new Uint8Array(rab, 3, 8), new Uint8Array(gsab),"
    "  new Uint8Array(gsab, 3, 8), new Uint8Array(rab, 8)];"
    " var detached = new Uint8Array(new ArrayBuffer(64), 8, 16); detached.buffer.transfer();"
    " var fast = new Uint8Array(16); for (var i = 0; i < 16; i++) fast[i] = 200 + i;"
    " var owned = new Uint8Array(4096); for (var i = 0; i < 4096; i++) owned[i] = i * 7;"
    " return [plain, resizable, new Int8Array(8), new DataView(ab), detached, fast, owned];"
    " })()";

static JSValueRef list_item(JSContextRef ctx, JSValueRef list, unsigned i) {
  if (list == NULL || !JSValueIsObject(ctx, list))
    return NULL;
  return JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)list, i, NULL);
}

/* The first n items of a sample list into out; false unless every one is an engine cell. */
static bool sample_cells(JSContextRef ctx, JSValueRef list, JSValueRef *out, unsigned n) {
  for (unsigned i = 0; i < n; i++) {
    out[i] = list_item(ctx, list, i);
    if (out[i] == NULL || value_cell(out[i]) == NULL)
      return false;
  }
  return true;
}

static void calibrate_views(void) {
  direct_views = -1;
  JSContextRef ctx = calibration_ctx;
  if (sizeof(void *) != 8)
    return;
  JSValueRef all = evaluate_samples(ctx, view_samples);
  JSValueRef plain_list = list_item(ctx, all, 0), resizable_list = list_item(ctx, all, 1);
  JSValueRef int8 = list_item(ctx, all, 2), view = list_item(ctx, all, 3);
  enum { PLAIN = 8, RESIZABLE = 5 };
  JSValueRef plain[PLAIN], resizable[RESIZABLE];
  if (!sample_cells(ctx, plain_list, plain, PLAIN) ||
      !sample_cells(ctx, resizable_list, resizable, RESIZABLE))
    return;
  for (unsigned i = 0; i < PLAIN; i++)
    if (JSValueGetTypedArrayType(ctx, plain[i], NULL) != kJSTypedArrayTypeUint8Array)
      return;
  if (int8 == NULL || value_cell(int8) == NULL || view == NULL || value_cell(view) == NULL)
    return;
  int type = ((const uint8_t *)plain[0])[5];
  if (((const uint8_t *)int8)[5] == type || ((const uint8_t *)view)[5] == type)
    return;
  for (unsigned i = 0; i < PLAIN; i++) {
    const uint8_t *cell = (const uint8_t *)plain[i];
    JSObjectRef obj = (JSObjectRef)plain[i];
    uint8_t *bytes = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    size_t length = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    if (cell[5] != type || bytes == NULL || field_ptr(cell, VIEW_VECTOR) != bytes + offset ||
        *(const size_t *)(cell + VIEW_LENGTH) != length)
      return;
  }
  /* The mode byte: plain views use at most three values, which no view of a resizable or
   * growable buffer uses (the byte offset, which varies more, cannot pass for it). */
  for (int o = VIEW_LENGTH + 8; o < VIEW_LENGTH + 32 && view_mode_count == 0; o++) {
    uint8_t seen[4] = {0, 0, 0, 0};
    int count = 0;
    bool ok = true;
    for (unsigned i = 0; i < PLAIN && ok; i++) {
      uint8_t m = ((const uint8_t *)plain[i])[o];
      bool known = false;
      for (int k = 0; k < count; k++)
        known = known || seen[k] == m;
      if (!known) {
        if (count == 3)
          ok = false;
        else
          seen[count++] = m;
      }
    }
    for (unsigned i = 0; i < RESIZABLE && ok; i++) {
      uint8_t m = ((const uint8_t *)resizable[i])[o];
      for (int k = 0; k < count; k++)
        ok = ok && seen[k] != m;
      ok = ok && ((const uint8_t *)resizable[i])[5] == type;
    }
    if (ok && count > 0) {
      view_mode_offset = o;
      memcpy(view_modes, seen, sizeof seen);
      view_mode_count = count;
    }
  }
  if (view_mode_count == 0)
    return;
  /* The plain samples above went through the C API, which moves a small view's bytes out
   * of the collector's memory into an ArrayBuffer of their own and changes its mode. A
   * small view no API call has touched (most Buffer.alloc results) has a mode of its own:
   * it is learnt from the untouched sample, whose bytes must then be where the data
   * pointer says, and no view of a resizable or growable buffer may use it. */
  const uint8_t *untouched = (const uint8_t *)list_item(ctx, all, 5);
  if (untouched != NULL && value_cell((JSValueRef)untouched) != NULL && untouched[5] == type &&
      view_mode_count < 4) {
    uint8_t m = untouched[view_mode_offset];
    const uint8_t *bytes = field_ptr(untouched, VIEW_VECTOR);
    bool ok = *(const size_t *)(untouched + VIEW_LENGTH) == 16 && plausible(bytes);
    for (unsigned i = 0; i < RESIZABLE && ok; i++)
      ok = ((const uint8_t *)resizable[i])[view_mode_offset] != m;
    for (int k = 0; k < view_mode_count && ok; k++)
      ok = view_modes[k] != m;
    for (size_t i = 0; ok && i < 16; i++)
      ok = bytes[i] == 200 + i;
    if (ok) {
      view_modes[view_mode_count++] = m;
      fast_view_mode = m;
    }
  }
  uint8_cell_type = type;
  direct_views = 1;
  /* A view whose buffer was detached must read as empty (or not be taken at all). A
   * small view that no API call has touched keeps its bytes in the collector's memory
   * (the API moves them into an ArrayBuffer first): it must read as the bytes it holds. */
  JSValueRef detached = list_item(ctx, all, 4), fast = list_item(ctx, all, 5);
  uint8_t *data = NULL;
  size_t length = 0;
  bool ok = detached != NULL && value_cell(detached) != NULL && fast != NULL &&
            value_cell(fast) != NULL;
  if (ok && nd_uint8_bytes(ctx, detached, &data, &length))
    ok = data == NULL && length == 0;
  if (ok && nd_uint8_bytes(ctx, fast, &data, &length)) {
    ok = length == 16 && plausible(data);
    for (size_t i = 0; ok && i < 16; i++)
      ok = data[i] == 200 + i;
  }
  if (!ok) {
    uint8_cell_type = -1;
    direct_views = -1;
    return;
  }
  /* A large view made with a length that nothing has asked for its buffer owns its memory:
   * its mode byte must differ from the plain ones, a small view's and the resizable ones',
   * and its fields must give its length and the bytes JavaScript stored. */
  const uint8_t *owned = value_cell(list_item(ctx, all, 6));
  if (owned == NULL || owned[5] != type)
    return;
  uint8_t mode = owned[view_mode_offset];
  ok = mode != ((const uint8_t *)fast)[view_mode_offset];
  for (int k = 0; k < view_mode_count; k++)
    ok = ok && view_modes[k] != mode;
  for (unsigned i = 0; i < RESIZABLE; i++)
    ok = ok && ((const uint8_t *)resizable[i])[view_mode_offset] != mode;
  data = field_ptr(owned, VIEW_VECTOR);
  ok = ok && *(const size_t *)(owned + VIEW_LENGTH) == 4096 && plausible(data);
  for (size_t i = 0; ok && i < 4096; i++)
    ok = data[i] == (uint8_t)(i * 7);
  if (ok)
    owned_view_mode = mode;
}

bool nd_uint8_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *length) {
  if (direct_views != 1 && !checked_once(ctx, &direct_views, &views_once, calibrate_views))
    return false;
  const uint8_t *cell = value_cell(value);
  if (cell == NULL || cell[5] != uint8_cell_type)
    return false;
  uint8_t mode = cell[view_mode_offset];
  bool plain = false;
  for (int k = 0; k < view_mode_count; k++)
    plain = plain || view_modes[k] == mode;
  if (!plain)
    return false;
  *data = field_ptr(cell, VIEW_VECTOR);
  *length = *(const size_t *)(cell + VIEW_LENGTH);
  if (*data == NULL)
    *length = 0;
  return true;
}

/* Arrays: the engine keeps an ordinary array of objects in "contiguous" form: the word
 * after the cell header points at its elements (encoded values, 0 for a hole), with the
 * array's length as a 32-bit field 8 bytes before them. Which values of the cell's
 * indexing byte (the byte before the type byte) mean that form is learnt from sample
 * arrays, checked not to be shared by arrays in any other form (numbers only, sparse, with
 * an accessor, a proxy), and every sample's length and elements are compared with the C
 * API's. */
enum { ARRAY_STORAGE = 8, ARRAY_LENGTH = -8 };
static int array_cell_type = -1;
static uint8_t array_shapes[4];
static int array_shape_count;
static int direct_arrays; /* 0 not yet checked, 1 usable, -1 not usable */
static pthread_once_t arrays_once = PTHREAD_ONCE_INIT;

static const char array_samples[] =
    "(function () { var o = [{}, new Uint8Array(4), function () {}, 'text', 5.5, null];"
    " var pushed = []; for (var i = 0; i < 1000; i++) pushed.push(o[i % o.length]);"
    " var holes = [o[0], , o[1]]; holes[5] = o[2];"
    " var sparse = [o[0]]; sparse[100000] = o[1];"
    " var accessor = [o[0], o[1]]; Object.defineProperty(accessor, 0, { get: function () {"
    "  return 1; } });"
    " return [[[o[0], o[1], o[2]], pushed, holes, [o[1]]],"
    "  [[1, 2, 3], [1.5, 2.5], [], new Array(4), sparse, accessor, new Proxy(pushed, {})"
    "  ]]; })()";

static bool array_shape_known(uint8_t shape) {
  for (int k = 0; k < array_shape_count; k++)
    if (array_shapes[k] == shape)
      return true;
  return false;
}

static void calibrate_arrays(void) {
  direct_arrays = -1;
  JSContextRef ctx = calibration_ctx;
  if (sizeof(void *) != 8)
    return;
  JSValueRef all = evaluate_samples(ctx, array_samples);
  JSValueRef good_list = list_item(ctx, all, 0), other_list = list_item(ctx, all, 1);
  enum { GOOD = 4, OTHER = 7 };
  JSValueRef good[GOOD], other[OTHER];
  if (!sample_cells(ctx, good_list, good, GOOD) || !sample_cells(ctx, other_list, other, OTHER))
    return;
  int type = ((const uint8_t *)good[0])[5];
  for (unsigned i = 0; i < GOOD; i++) {
    const uint8_t *cell = (const uint8_t *)good[i];
    if (cell[5] != type)
      return;
    if (!array_shape_known(cell[4])) {
      if (array_shape_count == 4)
        return;
      array_shapes[array_shape_count++] = cell[4];
    }
  }
  for (unsigned i = 0; i < OTHER; i++) {
    const uint8_t *cell = (const uint8_t *)other[i];
    if (cell[5] == type && array_shape_known(cell[4]))
      return;
  }
  JSStringRef length_name = JSStringCreateWithUTF8CString("length");
  bool ok = true;
  for (unsigned i = 0; i < GOOD && ok; i++) {
    const uint8_t *cell = (const uint8_t *)good[i];
    const uint8_t *storage = field_ptr(cell, ARRAY_STORAGE);
    JSValueRef length_value = JSObjectGetProperty(ctx, (JSObjectRef)good[i], length_name, NULL);
    double length = length_value != NULL ? JSValueToNumber(ctx, length_value, NULL) : -1;
    ok = plausible(storage) && length >= 1 && field_u32(storage, ARRAY_LENGTH) == length;
    for (unsigned k = 0; ok && k < (unsigned)length; k++) {
      JSValueRef expected = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)good[i], k, NULL);
      JSValueRef stored = ((const JSValueRef *)storage)[k];
      /* A hole is stored as 0 and reads as undefined. */
      ok = stored == expected || (stored == NULL && JSValueIsUndefined(ctx, expected));
    }
  }
  JSStringRelease(length_name);
  /* The sample with holes must have shown some. */
  const uint8_t *holes = field_ptr(good[2], ARRAY_STORAGE);
  ok = ok && ((const JSValueRef *)holes)[1] == NULL && ((const JSValueRef *)holes)[3] == NULL;
  if (!ok)
    return;
  array_cell_type = type;
  direct_arrays = 1;
}

bool nd_array_items(JSContextRef ctx, JSValueRef value, const JSValueRef **items, size_t *length) {
  if (direct_arrays != 1 && !checked_once(ctx, &direct_arrays, &arrays_once, calibrate_arrays))
    return false;
  const uint8_t *cell = value_cell(value);
  if (cell == NULL || cell[5] != array_cell_type || !array_shape_known(cell[4]))
    return false;
  const uint8_t *storage = field_ptr(cell, ARRAY_STORAGE);
  if (storage == NULL)
    return false;
  *items = (const JSValueRef *)storage;
  *length = field_u32(storage, ARRAY_LENGTH);
  return true;
}

bool nd_uint8_owned_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *length) {
  if (nd_uint8_bytes(ctx, value, data, length))
    return ((const uint8_t *)value)[view_mode_offset] != fast_view_mode;
  const uint8_t *cell = value_cell(value);
  if (owned_view_mode < 0 || cell == NULL || cell[5] != uint8_cell_type ||
      cell[view_mode_offset] != owned_view_mode)
    return false;
  *data = field_ptr(cell, VIEW_VECTOR);
  *length = *(const size_t *)(cell + VIEW_LENGTH);
  return *data != NULL;
}

bool nd_str_get(JSContextRef ctx, JSValueRef value, nd_str_t *out, JSValueRef *exc) {
  out->latin1 = NULL;
  out->utf16 = NULL;
  out->held = false;
  if (str_direct(ctx, value, out))
    return true;
  out->ref = JSValueToStringCopy(ctx, value, exc);
  if (out->ref == NULL)
    return false;
  out->held = true;
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
  s->held = false;
}

/* 1 once a string value made by engine.make_value has been checked against the public
 * API's, -1 when the check failed (or the function is missing): then JSValueMakeString. */
static int make_value_checked;

static bool newstr(nd_newstr_t *s, size_t length, bool wide) {
  s->ref = NULL;
  s->impl = NULL;
  s->latin1 = NULL;
  s->utf16 = NULL;
  s->length = length;
  if (length > 0 && usable()) {
    void *data = NULL;
    if (bare_impl && make_value_checked == 1) {
      /* Only the StringImpl: nd_newstr_finish hands it to the engine directly, which
       * saves making and freeing an OpaqueJSString (about 400 instructions). */
      span_t span = {NULL, 0};
      void *impl = NULL;
      (wide ? engine.create16 : engine.create8)(&impl, length, &span);
      if (impl != NULL && span.size == length && span.data != NULL) {
        s->impl = impl;
        if (wide)
          s->utf16 = span.data;
        else
          s->latin1 = span.data;
        return true;
      }
      if (impl != NULL)
        engine.destroy(impl);
      s->impl = NULL;
    }
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
  if (s->impl != NULL)
    *(uint32_t *)((char *)s->impl + impl_length_offset) = (uint32_t)length;
}

/* The string value for a finished builder through engine.make_value, or NULL. The
 * engine's lock must be held while it allocates: it is taken here unless this thread
 * already holds it (lock_depth). */
static JSValueRef make_value_direct(JSContextRef ctx, nd_newstr_t *s) {
  if (make_value_checked < 0 || engine.make_value == NULL || engine.lock_holder == NULL)
    return NULL;
  /* A context group reference is the engine's VM. */
  void *vm = (void *)JSContextGetGroup(ctx);
  if (vm == NULL)
    return NULL;
  JSValueRef v;
  if (lock_depth > 0) {
    v = engine.make_value(vm, s->impl);
  } else {
    nd_engine_lock_t lock;
    nd_engine_lock(&lock, ctx);
    v = engine.make_value(vm, s->impl);
    nd_engine_unlock(&lock);
  }
  if (make_value_checked == 0) {
    bool same = false;
    if (v != NULL && JSValueIsString(ctx, v)) {
      JSStringRef copy = JSValueToStringCopy(ctx, v, NULL);
      same = copy != NULL && JSStringIsEqual(copy, s->ref);
      if (copy != NULL)
        JSStringRelease(copy);
    }
    make_value_checked = same ? 1 : -1;
    if (!same)
      return NULL;
  }
  return v;
}

JSValueRef nd_newstr_finish(JSContextRef ctx, nd_newstr_t *s) {
  if (s->ref == NULL && s->impl != NULL) {
    /* A bare StringImpl (newstr): the string value takes a reference of its own, then
     * ours is dropped. Should the engine refuse, the impl moves into an OpaqueJSString
     * for the public API below. */
    JSValueRef v = make_value_direct(ctx, s);
    if (v != NULL) {
      uint32_t *refs = s->impl;
      if (*refs > 2)
        *refs -= 2;
      else
        engine.destroy(s->impl);
      s->impl = NULL;
      s->latin1 = NULL;
      s->utf16 = NULL;
      return v;
    }
    void *string = s->impl;
    void *opaque = NULL;
    engine.try_create(&opaque, &string);
    if (opaque == NULL)
      abort();
    s->ref = opaque;
  }
  JSStringRef ref = s->ref;
  if (ref != NULL && s->length > 0) {
    pthread_once(&lock_once, resolve_lock);
    JSValueRef v = make_value_direct(ctx, s);
    if (v != NULL) {
      JSStringRelease(ref);
      s->ref = NULL;
      s->latin1 = NULL;
      s->utf16 = NULL;
      return v;
    }
  }
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

void nd_newstr_discard(nd_newstr_t *s) {
  if (s->ref != NULL) {
    /* The OpaqueJSString owns the StringImpl. */
    JSStringRelease(s->ref);
  } else if (s->impl != NULL) {
    /* A bare StringImpl holds our one reference (references count in steps of 2). */
    uint32_t *refs = s->impl;
    if (*refs > 2)
      *refs -= 2;
    else
      engine.destroy(s->impl);
  } else {
    free(s->latin1 != NULL ? (void *)s->latin1 : (void *)s->utf16);
  }
  s->ref = NULL;
  s->impl = NULL;
  s->latin1 = NULL;
  s->utf16 = NULL;
}

/* ---------------------------------------------------------------------------------------
 * Host functions. Engine entry points (Itanium C++ ABI, x86-64):
 *   JSFunction* JSFunction::create(VM&, JSGlobalObject*, unsigned length, const String& name,
 *       NativeFunction, ImplementationVisibility, Intrinsic, NativeFunction constructor,
 *       const DOMJIT::Signature*)
 *   Exception* VM::throwException(JSGlobalObject*, JSValue)
 *   EncodedJSValue callHostFunctionAsConstructor(JSGlobalObject*, CallFrame*)
 * A native function receives its global object and call frame; the frame is an array of
 * 64-bit registers: [4] holds the argument count including `this` (in its low half), [5]
 * `this`, and the arguments follow from [6]. Values are the engine's 64-bit encoding, which
 * is what the C API's JSValueRef carries on this platform. */

typedef void *(*make_function_fn)(void *vm, void *global, unsigned length, void *name,
                                  nd_host_fn fn, unsigned visibility, unsigned intrinsic,
                                  nd_host_fn constructor, const void *signature);
typedef void *(*vm_throw_fn)(void *vm, void *global, JSValueRef value);

static make_function_fn make_function;
static vm_throw_fn vm_throw;
static nd_host_fn host_constructor;
/* 0 not yet checked, 1 usable, -1 not usable. */
static int host_state;

enum { FRAME_ARGC = 4, FRAME_ARGS = 6 };

int64_t nd_host_call(void *global, void *frame, nd_callback_t body) {
  const uint64_t *slots = frame;
  uint32_t count = (uint32_t)slots[FRAME_ARGC];
  size_t argc = count > 0 ? count - 1 : 0;
  const JSValueRef *argv = (const JSValueRef *)(slots + FRAME_ARGS);
  JSContextRef ctx = global;
  JSValueRef exc = NULL;
  lock_depth++; /* a host function runs with the engine's lock held */
  JSValueRef r = body(ctx, NULL, NULL, argc, argv, &exc);
  lock_depth--;
  /* As for a C API callback, a reported exception wins over the returned value. */
  if (exc == NULL && r != NULL)
    return (int64_t)(intptr_t)r;
  vm_throw((void *)JSContextGetGroup(ctx), global, exc != NULL ? exc : JSValueMakeUndefined(ctx));
  return 0; /* the empty value: the engine sees the exception */
}

/* The probe the check calls: with a first argument equal (as encoded bits) to probe_first,
 * it returns its argument count; with probe_throw it throws its second argument. */
static JSValueRef probe_first, probe_throw;

static JSValueRef probe_body(JSContextRef ctx, JSObjectRef function, JSObjectRef this_object,
                             size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  (void)function;
  (void)this_object;
  if (argc >= 2 && argv[0] == probe_throw) {
    *exc = argv[1];
    return NULL;
  }
  return JSValueMakeNumber(ctx, argc >= 1 && argv[0] == probe_first ? (double)argc : -1);
}
ND_HOST_ENTRY(probe_body)

static JSObjectRef create_host(JSContextRef ctx, const char *name, unsigned length,
                               nd_host_fn fn) {
  /* The name as an engine String: the one an OpaqueJSString holds (calibrated offset). */
  JSStringRef jsname = JSStringCreateWithUTF8CString(name);
  void *string_field = (char *)jsname + opaque_impl_offset;
  void *vm = (void *)JSContextGetGroup(ctx);
  nd_engine_lock_t lock;
  nd_engine_lock(&lock, ctx);
  void *f = make_function(vm, (void *)ctx, length, string_field, fn, 0, 0, host_constructor, NULL);
  nd_engine_unlock(&lock);
  JSStringRelease(jsname);
  return f;
}

static bool host_usable(JSContextRef ctx) {
  if (host_state != 0)
    return host_state == 1;
  host_state = -1;
#if !defined(__x86_64__)
  /* The calling convention above was checked on x86-64 only. */
  return false;
#endif
  if (getenv("NODUS_NO_HOST_FUNCTIONS") != NULL || !usable() || global_of(ctx) != ctx)
    return false;
  pthread_once(&lock_once, resolve_lock);
  make_function = (make_function_fn)dlsym(
      RTLD_DEFAULT,
      "_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_"
      "11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_"
      "24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE");
  vm_throw = (vm_throw_fn)dlsym(RTLD_DEFAULT,
                                "_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE");
  host_constructor = (nd_host_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE");
  if (make_function == NULL || vm_throw == NULL || host_constructor == NULL ||
      engine.lock_holder == NULL || JSContextGetGroup(ctx) == NULL)
    return false;

  JSObjectRef probe = create_host(ctx, "probe", 2, probe_body_host);
  if (probe == NULL || !JSObjectIsFunction(ctx, probe))
    return false;
  JSValueProtect(ctx, probe);
  probe_first = JSValueMakeNumber(ctx, 5);
  probe_throw = JSValueMakeNumber(ctx, 42);
  bool ok = false;
  JSStringRef text = JSStringCreateWithUTF8CString("probe");
  JSValueRef message = JSValueMakeString(ctx, text);
  JSStringRelease(text);
  JSValueRef args[3] = {probe_first, message, JSValueMakeBoolean(ctx, true)};
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectCallAsFunction(ctx, probe, NULL, 3, args, &exc);
  if (r != NULL && exc == NULL && JSValueIsNumber(ctx, r) && JSValueToNumber(ctx, r, NULL) == 3) {
    JSValueRef throw_args[2] = {probe_throw, message};
    r = JSObjectCallAsFunction(ctx, probe, NULL, 2, throw_args, &exc);
    ok = r == NULL && exc != NULL && JSValueIsStrictEqual(ctx, exc, message);
  }
  JSValueUnprotect(ctx, probe);
  if (ok)
    host_state = 1;
  return ok;
}

JSObjectRef nd_host_function(JSContextRef ctx, const char *name, unsigned length, nd_host_fn fn) {
  if (!host_usable(ctx))
    return NULL;
  return create_host(ctx, name, length, fn);
}

void nd_use_host_function(JSContextRef ctx, JSObjectRef obj, const char *name, unsigned length,
                          nd_host_fn fn) {
  JSObjectRef f = nd_host_function(ctx, name, length, fn);
  if (f == NULL)
    return;
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, f, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

/* 1 once JSValueMakeNumber(5) was seen encoded as the engine's tagged int32, -1 if not. */
static int int32_encoding;

double nd_number(JSContextRef ctx, JSValueRef value) {
  /* JSVALUE64: an int32 carries the number tag in its top 15 bits and the integer in its
   * low 32. */
  const uint64_t tag = 0xfffe000000000000ull;
  uint64_t bits = (uint64_t)(uintptr_t)value;
  if (int32_encoding == 1 && (bits & tag) == tag)
    return (double)(int32_t)(uint32_t)bits;
  if (int32_encoding == 0) {
    uint64_t five = (uint64_t)(uintptr_t)JSValueMakeNumber(ctx, 5);
    uint64_t minus = (uint64_t)(uintptr_t)JSValueMakeNumber(ctx, -7);
    bool tagged = sizeof(JSValueRef) == 8 && five == (tag | 5) && minus == (tag | (uint32_t)-7);
    int32_encoding = tagged ? 1 : -1;
    return nd_number(ctx, value);
  }
  return JSValueToNumber(ctx, value, NULL);
}

/* Whether UTF-8 bytes, ASCII up to `from`, hold only characters up to U+00FF (ASCII, and
 * C2/C3 followed by a continuation byte), so that the string fits the engine's 8-bit form. */
static bool utf8_is_latin1(const uint8_t *p, size_t len, size_t from) {
  size_t i = from;
  while (i < len) {
    i += nd_ascii_prefix(p + i, len - i);
    if (i == len)
      break;
    if ((p[i] != 0xC2 && p[i] != 0xC3) || i + 1 == len || (p[i + 1] & 0xC0) != 0x80)
      return false;
    i += 2;
  }
  return true;
}

JSValueRef nd_string_from_utf8(JSContextRef ctx, const uint8_t *p, size_t len) {
  nd_newstr_t out;
  if (len == 0)
    return nd_string_n(ctx, "", 0);
  size_t ascii = nd_ascii_prefix(p, len);
  if (ascii == len) {
    if (!nd_newstr_latin1(&out, len))
      abort();
    memcpy(out.latin1, p, len);
    return nd_newstr_finish(ctx, &out);
  }
  if (utf8_is_latin1(p, len, ascii)) {
    /* Every character after the ASCII prefix is one or two bytes. */
    size_t n = ascii;
    for (size_t i = ascii; i < len; i++)
      n += (p[i] & 0xC0) != 0x80;
    if (!nd_newstr_latin1(&out, n))
      abort();
    memcpy(out.latin1, p, ascii);
    size_t o = ascii;
    for (size_t i = ascii; i < len;) {
      size_t run = nd_ascii_prefix(p + i, len - i);
      memcpy(out.latin1 + o, p + i, run);
      o += run;
      i += run;
      if (i < len) {
        out.latin1[o++] = (uint8_t)(((p[i] & 0x03) << 6) | (p[i + 1] & 0x3F));
        i += 2;
      }
    }
    return nd_newstr_finish(ctx, &out);
  }
  /* UTF-16 never needs more units than UTF-8 has bytes. */
  if (!nd_newstr_utf16(&out, len))
    abort();
  nd_newstr_truncate(&out, nd__utf8_to_utf16(p, len, out.utf16));
  return nd_newstr_finish(ctx, &out);
}
