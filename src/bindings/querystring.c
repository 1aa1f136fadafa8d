/* The querystring binding: the escaping and unescaping loops of lib/querystring.js, which
 * cost the engine a slice and a concatenation per character when written in JavaScript.
 *   percentEncode(string, from) -> string            (querystring.escape)
 *   joinEscaped(parts, count, sep, eq) -> string       (querystring.stringify)
 *   decodeValue(string, start, end) -> string | undefined   (querystring.parse's values)
 */
#include "../jsc_string.h"
#include "../runtime.h"
#include "bindings.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------------------------
 * querystring.escape: percent-encoding of UTF-8, keeping A-Z a-z 0-9 and - _ . ! ~ * ' ( ).
 * lib/querystring.js scans a string itself and calls this only from the first character
 * that needs escaping, so the result is built once, flat, instead of from a slice and a
 * concatenation per escaped character (which cost the engine several allocations each). */

/* 1 for the characters left as they are. */
static const uint8_t qs_unreserved[128] = {
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1,  ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,  ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,  ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1,  ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1,  ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1,  ['t'] = 1, ['u'] = 1, ['v'] = 1,
    ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['0'] = 1,  ['1'] = 1, ['2'] = 1, ['3'] = 1,
    ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,  ['9'] = 1, ['-'] = 1, ['_'] = 1,
    ['.'] = 1, ['!'] = 1, ['~'] = 1, ['*'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1,
};

/* The escaped length of units [from, n) of a string (width-generic through the macro's
 * p), or SIZE_MAX when a surrogate is the last unit. Like node, a surrogate anywhere else
 * is combined with the unit after it, whatever that unit is. */
#define PERCENT_LENGTH_LOOP                                                                        \
  for (size_t i = from; i < n; i++) {                                                              \
    unsigned c = p[i];                                                                             \
    if (c < 0x80)                                                                                  \
      len += qs_unreserved[c] ? 1 : 3;                                                             \
    else if (c < 0x800)                                                                            \
      len += 6;                                                                                    \
    else if (c < 0xD800 || c >= 0xE000)                                                            \
      len += 9;                                                                                    \
    else if (++i < n)                                                                              \
      len += 12;                                                                                   \
    else                                                                                           \
      return SIZE_MAX;                                                                             \
  }

static size_t percent_length(const nd_str_t *s, size_t from) {
  size_t len = 0, n = s->length;
  if (s->latin1) {
    const uint8_t *p = s->latin1;
    PERCENT_LENGTH_LOOP
  } else {
    const JSChar *p = s->utf16;
    PERCENT_LENGTH_LOOP
  }
  return len;
}

/* The most bytes one unit escapes to (a character from U+0800 as three %XX). */
#define PERCENT_MAX_PER_UNIT 9

static uint8_t *percent_byte(uint8_t *o, unsigned b) {
  static const char hex[] = "0123456789ABCDEF";
  o[0] = '%';
  o[1] = (uint8_t)hex[b >> 4];
  o[2] = (uint8_t)hex[b & 15];
  return o + 3;
}

/* Writes units [from, n) escaped at o, which has room for them (PERCENT_MAX_PER_UNIT bytes
 * a unit, or the length percent_length counted); returns the end, or NULL when the last
 * unit is a surrogate. */
#define PERCENT_ENCODE_LOOP                                                                        \
  for (size_t i = from; i < n; i++) {                                                              \
    unsigned c = p[i];                                                                             \
    if (c < 0x80) {                                                                                \
      if (qs_unreserved[c])                                                                        \
        *o++ = (uint8_t)c;                                                                         \
      else                                                                                         \
        o = percent_byte(o, c);                                                                    \
    } else if (c < 0x800) {                                                                        \
      o = percent_byte(o, 0xC0 | (c >> 6));                                                        \
      o = percent_byte(o, 0x80 | (c & 0x3F));                                                      \
    } else if (c < 0xD800 || c >= 0xE000) {                                                        \
      o = percent_byte(o, 0xE0 | (c >> 12));                                                       \
      o = percent_byte(o, 0x80 | ((c >> 6) & 0x3F));                                               \
      o = percent_byte(o, 0x80 | (c & 0x3F));                                                      \
    } else if (i + 1 < n) {                                                                        \
      unsigned cp = 0x10000 + (((c & 0x3FF) << 10) | (p[++i] & 0x3FF));                            \
      o = percent_byte(o, 0xF0 | (cp >> 18));                                                      \
      o = percent_byte(o, 0x80 | ((cp >> 12) & 0x3F));                                             \
      o = percent_byte(o, 0x80 | ((cp >> 6) & 0x3F));                                              \
      o = percent_byte(o, 0x80 | (cp & 0x3F));                                                     \
    } else {                                                                                       \
      return NULL;                                                                                 \
    }                                                                                              \
  }

static uint8_t *percent_write(const nd_str_t *s, size_t from, uint8_t *o) {
  size_t n = s->length;
  if (s->latin1) {
    const uint8_t *p = s->latin1;
    PERCENT_ENCODE_LOOP
  } else {
    const JSChar *p = s->utf16;
    PERCENT_ENCODE_LOOP
  }
  return o;
}

/* Results up to this long are escaped in one pass into a buffer on the stack, then copied
 * into the engine string; longer ones are measured first and written in place. */
#define PERCENT_STACK 4096

/* A finished 8-bit string of the len bytes at p, or NULL when the engine cannot hold it. */
static JSValueRef latin1_value(JSContextRef ctx, const uint8_t *p, size_t len) {
  if (len == 0)
    return nd_string(ctx, "");
  nd_newstr_t out;
  if (len > 0x7fffffff || !nd_newstr_latin1(&out, len))
    return NULL;
  memcpy(out.latin1, p, len);
  return nd_newstr_finish(ctx, &out);
}

/* percentEncode(string, from) -> the string escaped, its first `from` units taken as they
 * are (the caller has checked that they need no escaping), or undefined when its last unit
 * is a surrogate, for the caller to throw node's URIError, or null when the engine cannot
 * hold the result, for the caller to build it by concatenation and fail as the engine does
 * on a string too long. */
static ND_FUNCTION(percent_encode_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(0), &s, exc))
    return NULL;
  size_t n = s.length;
  size_t from = (size_t)nd_number_to_int(nd_number(ctx, ND_ARG(1)));
  if (from > n)
    from = n;
  JSValueRef result = JSValueMakeUndefined(ctx);
  uint8_t stack[PERCENT_STACK];
  if ((n - from) * PERCENT_MAX_PER_UNIT + from <= sizeof stack) {
    for (size_t i = 0; i < from; i++)
      stack[i] = s.latin1 ? s.latin1[i] : (uint8_t)s.utf16[i];
    uint8_t *end = percent_write(&s, from, stack + from);
    if (end != NULL)
      result = latin1_value(ctx, stack, (size_t)(end - stack));
  } else {
    size_t len = percent_length(&s, from);
    nd_newstr_t out;
    if (len == SIZE_MAX) {
      /* undefined: a lone surrogate */
    } else if (len + from > 0x7fffffff || !nd_newstr_latin1(&out, len + from)) {
      result = NULL;
    } else {
      for (size_t i = 0; i < from; i++)
        out.latin1[i] = s.latin1 ? s.latin1[i] : (uint8_t)s.utf16[i];
      percent_write(&s, from, out.latin1 + from);
      result = nd_newstr_finish(ctx, &out);
    }
  }
  nd_str_release(&s);
  return result != NULL ? result : JSValueMakeNull(ctx);
}

/* Writes the key eq value pairs of strs[0, count) joined by sep at o, which has room for
 * them; returns the end, or NULL when a part ends in a lone surrogate. */
static uint8_t *join_write(const nd_str_t *strs, size_t count, const nd_str_t *sep,
                           const nd_str_t *eq, uint8_t *o) {
  for (size_t i = 0; i < count && o != NULL; i += 2) {
    if (i > 0)
      for (size_t j = 0; j < sep->length; j++)
        *o++ = sep->latin1[j];
    o = percent_write(&strs[i], 0, o);
    if (o == NULL)
      break;
    for (size_t j = 0; j < eq->length; j++)
      *o++ = eq->latin1[j];
    o = percent_write(&strs[i + 1], 0, o);
  }
  return o;
}

/* joinEscaped(parts, count, sep, eq) -> querystring.stringify's result from the strings
 * parts[0, count): key, value, key, value..., each escaped, as key eq value pairs joined by
 * sep. Every part is a string lib/querystring.js has read from the object in node's order
 * and checked for the lone surrogate that makes node throw, so nothing here can be seen by
 * the program; the result is one flat string where concatenation would have made two
 * engine strings per pair and more per escaped character. undefined when a part still
 * ends in a lone surrogate (the caller throws node's URIError), null when sep or eq is not
 * Latin-1 or the result would be too long, for the caller to concatenate instead. */
static ND_FUNCTION(join_escaped_locked) {
  JSValueRef parts_value = ND_ARG(0);
  size_t count = (size_t)nd_number_to_int(nd_number(ctx, ND_ARG(1)));
  nd_str_t sep, eq;
  if (!nd_str_get(ctx, ND_ARG(2), &sep, exc))
    return NULL;
  if (!nd_str_get(ctx, ND_ARG(3), &eq, exc)) {
    nd_str_release(&sep);
    return NULL;
  }
  JSValueRef result = JSValueMakeNull(ctx);
  nd_str_t local[64];
  nd_str_t *strs = local;
  size_t got = 0;
  if ((sep.length > 0 && sep.latin1 == NULL) || (eq.length > 0 && eq.latin1 == NULL) ||
      !JSValueIsObject(ctx, parts_value) || count % 2 != 0 || count == 0)
    goto done;
  if (count > sizeof local / sizeof local[0]) {
    strs = malloc(count * sizeof *strs);
    if (strs == NULL)
      goto done;
  }
  /* The parts are strings, so reading them runs no JavaScript, and the array's storage
   * stays where it is. */
  const JSValueRef *items = NULL;
  size_t items_length = 0;
  if (!nd_array_items(ctx, parts_value, &items, &items_length) || items_length < count)
    items = NULL;
  size_t fixed = (count / 2) * eq.length + (count / 2 - 1) * sep.length, units = 0;
  for (; got < count; got++) {
    JSValueRef v =
        items != NULL && items[got] != NULL
            ? items[got]
            : JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)parts_value, (unsigned)got, NULL);
    if (!nd_str_get(ctx, v, &strs[got], exc)) {
      result = NULL;
      goto done;
    }
    units += strs[got].length;
  }
  uint8_t stack[PERCENT_STACK];
  if (units <= (sizeof stack - fixed) / PERCENT_MAX_PER_UNIT && fixed <= sizeof stack) {
    uint8_t *end = join_write(strs, count, &sep, &eq, stack);
    if (end == NULL)
      result = JSValueMakeUndefined(ctx);
    else
      result = latin1_value(ctx, stack, (size_t)(end - stack));
  } else {
    size_t len = fixed;
    for (size_t i = 0; i < count && len != SIZE_MAX; i++) {
      size_t l = percent_length(&strs[i], 0);
      len = l == SIZE_MAX ? SIZE_MAX : len + l;
    }
    nd_newstr_t out;
    if (len == SIZE_MAX) {
      result = JSValueMakeUndefined(ctx);
    } else if (len <= 0x7fffffff && nd_newstr_latin1(&out, len)) {
      join_write(strs, count, &sep, &eq, out.latin1);
      result = nd_newstr_finish(ctx, &out);
    }
  }
  if (result == NULL)
    result = JSValueMakeNull(ctx);
done:
  for (size_t i = 0; i < got; i++)
    nd_str_release(&strs[i]);
  if (strs != local)
    free(strs);
  nd_str_release(&sep);
  nd_str_release(&eq);
  return result;
}

/* ---------------------------------------------------------------------------------------
 * querystring.parse's values: '+' as a space, then decodeURIComponent's strict decoding,
 * straight from the query string, which saves the engine a slice, its flattening, and the
 * builder decodeURIComponent grows. */

/* The value of a hex digit unit, or -1. */
static int unit_hex(unsigned c) {
  if (c >= '0' && c <= '9')
    return (int)(c - '0');
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10) : -1;
}

/* Decodes units [start, end) into out (room for end - start units); returns the units
 * written, or SIZE_MAX when decodeURIComponent would throw: a '%' without two hex digits,
 * or escaped bytes that are not UTF-8 (overlong forms, surrogates, past U+10FFFF, a
 * sequence cut short or a stray continuation byte). */
#define PERCENT_DECODE_LOOP                                                                        \
  for (size_t i = start; i < end;) {                                                               \
    unsigned c = p[i];                                                                             \
    if (c == '+') {                                                                                \
      out[o++] = ' ';                                                                              \
      i++;                                                                                         \
      continue;                                                                                    \
    }                                                                                              \
    if (c != '%') {                                                                                \
      out[o++] = (JSChar)c;                                                                        \
      i++;                                                                                         \
      continue;                                                                                    \
    }                                                                                              \
    unsigned bytes[4];                                                                             \
    size_t count = 0, need = 1;                                                                    \
    while (count < need) {                                                                         \
      if (i + 2 >= end || p[i] != '%')                                                             \
        return SIZE_MAX;                                                                           \
      int hi = unit_hex(p[i + 1]), lo = hi < 0 ? -1 : unit_hex(p[i + 2]);                          \
      if (lo < 0)                                                                                  \
        return SIZE_MAX;                                                                           \
      unsigned b = (unsigned)(hi * 16 + lo);                                                       \
      if (count == 0) {                                                                            \
        if (b < 0x80)                                                                              \
          need = 1;                                                                                \
        else if (b >= 0xC2 && b <= 0xDF)                                                           \
          need = 2;                                                                                \
        else if (b >= 0xE0 && b <= 0xEF)                                                           \
          need = 3;                                                                                \
        else if (b >= 0xF0 && b <= 0xF4)                                                           \
          need = 4;                                                                                \
        else                                                                                       \
          return SIZE_MAX;                                                                         \
      } else {                                                                                     \
        unsigned low = 0x80, high = 0xBF;                                                          \
        if (count == 1 && bytes[0] == 0xE0)                                                        \
          low = 0xA0;                                                                              \
        else if (count == 1 && bytes[0] == 0xED)                                                   \
          high = 0x9F;                                                                             \
        else if (count == 1 && bytes[0] == 0xF0)                                                   \
          low = 0x90;                                                                              \
        else if (count == 1 && bytes[0] == 0xF4)                                                   \
          high = 0x8F;                                                                             \
        if (b < low || b > high)                                                                   \
          return SIZE_MAX;                                                                         \
      }                                                                                            \
      bytes[count++] = b;                                                                          \
      i += 3;                                                                                      \
    }                                                                                              \
    unsigned cp;                                                                                   \
    if (need == 1)                                                                                 \
      cp = bytes[0];                                                                               \
    else if (need == 2)                                                                            \
      cp = ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F);                                           \
    else if (need == 3)                                                                            \
      cp = ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F);               \
    else                                                                                           \
      cp = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) |      \
           (bytes[3] & 0x3F);                                                                      \
    if (cp >= 0x10000) {                                                                           \
      out[o++] = (JSChar)(0xD800 + ((cp - 0x10000) >> 10));                                        \
      out[o++] = (JSChar)(0xDC00 + ((cp - 0x10000) & 0x3FF));                                      \
    } else {                                                                                       \
      out[o++] = (JSChar)cp;                                                                       \
    }                                                                                              \
  }

static size_t percent_decode8(const uint8_t *p, size_t start, size_t end, JSChar *out) {
  size_t o = 0;
  PERCENT_DECODE_LOOP
  return o;
}

static size_t percent_decode16(const JSChar *p, size_t start, size_t end, JSChar *out) {
  size_t o = 0;
  PERCENT_DECODE_LOOP
  return o;
}

/* decodeValue(string, start, end) -> string[start, end) with each '+' read as a space and
 * then decoded as decodeURIComponent does, or undefined where decodeURIComponent would
 * throw (the caller then takes node's lenient path). */
static ND_FUNCTION(decode_value_locked) {
  nd_str_t s;
  if (!nd_str_get(ctx, ND_ARG(0), &s, exc))
    return NULL;
  size_t start = (size_t)nd_number_to_int(nd_number(ctx, ND_ARG(1)));
  size_t end = (size_t)nd_number_to_int(nd_number(ctx, ND_ARG(2)));
  if (end > s.length)
    end = s.length;
  if (start > end)
    start = end;
  JSValueRef result = JSValueMakeUndefined(ctx);
  JSChar stack[1024];
  JSChar *out = end - start <= sizeof stack / sizeof stack[0]
                    ? stack
                    : malloc((end - start) * sizeof(JSChar));
  if (out == NULL) {
    nd_str_release(&s);
    return JSValueMakeUndefined(ctx);
  }
  size_t n = s.latin1 ? percent_decode8(s.latin1, start, end, out)
                      : percent_decode16(s.utf16, start, end, out);
  nd_str_release(&s);
  if (n != SIZE_MAX) {
    JSChar wide = 0;
    for (size_t i = 0; i < n; i++)
      wide |= out[i];
    nd_newstr_t str;
    if (n == 0) {
      result = nd_string(ctx, "");
    } else if (wide < 0x100 ? nd_newstr_latin1(&str, n) : nd_newstr_utf16(&str, n)) {
      if (wide < 0x100) {
        for (size_t i = 0; i < n; i++)
          str.latin1[i] = (uint8_t)out[i];
      } else {
        memcpy(str.utf16, out, n * sizeof(JSChar));
      }
      result = nd_newstr_finish(ctx, &str);
    }
  }
  if (out != stack)
    free(out);
  return result;
}

ND_LOCKED_FUNCTION(percent_encode)
ND_LOCKED_FUNCTION(join_escaped)
ND_LOCKED_FUNCTION(decode_value)

/* The same bodies as host functions (jsc_string.h), which replace the C API functions
 * when the engine allows: they already run with the lock held. */
ND_HOST_ENTRY(percent_encode_locked)
ND_HOST_ENTRY(join_escaped_locked)
ND_HOST_ENTRY(decode_value_locked)

void nd__binding_querystring_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"percentEncode", percent_encode},
      {"joinEscaped", join_escaped},
      {"decodeValue", decode_value},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_use_host_function(ctx, exports, "percentEncode", 2, percent_encode_locked_host);
  nd_use_host_function(ctx, exports, "joinEscaped", 4, join_escaped_locked_host);
  nd_use_host_function(ctx, exports, "decodeValue", 3, decode_value_locked_host);
}
