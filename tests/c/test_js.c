/* Tests of src/js.c: UTF-8 <-> UTF-16 conversion and error construction. */
#include "../../src/builtins_table.h"
#include "../../src/js.h"
#include "test.h"

#include <uv.h>

static JSGlobalContextRef make_context(void) {
  return JSGlobalContextCreate(NULL);
}

/* Round-trips bytes through nd_string_n and back to UTF-8. */
static char *round_trip(JSContextRef ctx, const char *bytes, size_t len, size_t *out_len) {
  JSValueRef v = nd_string_n(ctx, bytes, len);
  return nd_to_utf8(ctx, v, out_len, NULL);
}

static size_t js_length(JSContextRef ctx, JSValueRef v) {
  JSStringRef s = JSValueToStringCopy(ctx, v, NULL);
  size_t n = JSStringGetLength(s);
  JSStringRelease(s);
  return n;
}

TEST(utf8_ascii) {
  JSGlobalContextRef ctx = make_context();
  size_t len;
  char *s = round_trip(ctx, "hello", 5, &len);
  ASSERT_EQ(len, 5u);
  ASSERT_STR_EQ(s, "hello");
  free(s);
  JSGlobalContextRelease(ctx);
  return 0;
}

TEST(utf8_multibyte) {
  JSGlobalContextRef ctx = make_context();
  const char text[] = "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"; /* é € 😀 */
  JSValueRef v = nd_string_n(ctx, text, sizeof text - 1);
  ASSERT_EQ(js_length(ctx, v), 4u); /* 1 + 1 + 2 (surrogate pair) */
  size_t len;
  char *s = round_trip(ctx, text, sizeof text - 1, &len);
  ASSERT_EQ(len, sizeof text - 1);
  ASSERT(memcmp(s, text, len) == 0);
  free(s);
  JSGlobalContextRelease(ctx);
  return 0;
}

TEST(utf8_invalid_sequences) {
  JSGlobalContextRef ctx = make_context();
  /* WHATWG: each maximal invalid subpart is one U+FFFD.
   *   ff        -> FFFD
   *   e2 82     -> FFFD (truncated 3-byte sequence)
   *   41        -> 'A'
   *   ed a0 80  -> FFFD FFFD FFFD (surrogate code points are invalid; ED accepts 80..9F)
   *   c0 80     -> FFFD FFFD (overlong lead byte) */
  const char bad[] = "\xff\xe2\x82\x41\xed\xa0\x80\xc0\x80";
  JSValueRef v = nd_string_n(ctx, bad, sizeof bad - 1);
  JSStringRef s = JSValueToStringCopy(ctx, v, NULL);
  const JSChar *p = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  const JSChar expect[] = {0xFFFD, 0xFFFD, 'A', 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD};
  ASSERT_EQ(n, sizeof expect / sizeof expect[0]);
  for (size_t i = 0; i < n; i++)
    ASSERT_EQ(p[i], expect[i]);
  JSStringRelease(s);
  JSGlobalContextRelease(ctx);
  return 0;
}

TEST(utf8_lone_surrogates_encode) {
  JSGlobalContextRef ctx = make_context();
  JSChar chars[] = {'a', 0xD800, 'b', 0xDC00};
  JSStringRef s = JSStringCreateWithCharacters(chars, 4);
  size_t len;
  char *utf8 = nd_jsstring_to_utf8(s, &len);
  ASSERT_EQ(len, 8u);
  ASSERT(memcmp(utf8, "a\xef\xbf\xbd" "b\xef\xbf\xbd", 8) == 0);
  free(utf8);
  JSStringRelease(s);
  JSGlobalContextRelease(ctx);
  return 0;
}

/* The ASCII scan against a byte-at-a-time count, with the first high byte at every
 * position of every length up to 200 (the 64-, 16- and 8-byte steps and the tail), and
 * from every alignment. */
TEST(ascii_prefix_every_position) {
  uint8_t bytes[208];
  for (size_t offset = 0; offset < 8; offset++) {
    for (size_t n = 0; n <= 200; n++) {
      for (size_t high = 0; high <= n; high++) {
        uint8_t *p = bytes + offset;
        for (size_t i = 0; i < n; i++)
          p[i] = (uint8_t)('a' + i % 26);
        if (high < n)
          p[high] = (uint8_t)(0x80 | high);
        ASSERT_EQ(nd_ascii_prefix(p, n), high);
      }
    }
  }
  return 0;
}

/* Strings of each engine form reach C as the same UTF-8: 8-bit ones with bytes over 0x7F
 * (two bytes each), 16-bit ones, and values converted with ToString. */
TEST(to_utf8_string_forms) {
  JSGlobalContextRef ctx = make_context();
  size_t len;
  char *s = round_trip(ctx, "caf\xc3\xa9 \xc3\xbf", 9, &len);
  ASSERT_EQ(len, 9u);
  ASSERT(memcmp(s, "caf\xc3\xa9 \xc3\xbf", 9) == 0);
  free(s);
  s = round_trip(ctx, "\xe2\x82\xac\xf0\x9f\x98\x80", 7, &len);
  ASSERT_EQ(len, 7u);
  ASSERT(memcmp(s, "\xe2\x82\xac\xf0\x9f\x98\x80", 7) == 0);
  free(s);
  s = nd_to_utf8(ctx, JSValueMakeNumber(ctx, 12.5), &len, NULL);
  ASSERT_STR_EQ(s, "12.5");
  free(s);
  JSStringRef empty = JSStringCreateWithCharacters(NULL, 0);
  s = nd_to_utf8(ctx, JSValueMakeString(ctx, empty), &len, NULL);
  JSStringRelease(empty);
  ASSERT_EQ(len, 0u);
  ASSERT_STR_EQ(s, "");
  free(s);
  JSGlobalContextRelease(ctx);
  return 0;
}

TEST(uv_error_message) {
  JSGlobalContextRef ctx = make_context();
  JSObjectRef err = nd_uv_error(ctx, UV_ENOENT, "open", "missing.txt", NULL);
  char *message = nd_to_utf8(ctx, nd_get(ctx, err, "message", NULL), NULL, NULL);
  ASSERT_STR_EQ(message, "ENOENT: no such file or directory, open 'missing.txt'");
  char *code = nd_to_utf8(ctx, nd_get(ctx, err, "code", NULL), NULL, NULL);
  ASSERT_STR_EQ(code, "ENOENT");
  ASSERT_EQ(JSValueToNumber(ctx, nd_get(ctx, err, "errno", NULL), NULL), (double)UV_ENOENT);
  free(message);
  free(code);
  JSGlobalContextRelease(ctx);
  return 0;
}

TEST(builtin_table_sorted) {
  ASSERT(nd__builtin_source_count > 0);
  for (size_t i = 1; i < nd__builtin_source_count; i++)
    ASSERT(strcmp(nd__builtin_sources[i - 1].id, nd__builtin_sources[i].id) < 0);
  ASSERT(nd_builtin_find("events") != NULL);
  ASSERT(nd_builtin_find("no/such/module") == NULL);
  return 0;
}
