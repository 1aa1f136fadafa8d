#include "js.h"
#include "jsc_string.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

static JSStringRef make_name(const char *name) {
  return JSStringCreateWithUTF8CString(name);
}

JSValueRef nd_string(JSContextRef ctx, const char *utf8) {
  return nd_string_n(ctx, utf8, strlen(utf8));
}

size_t nd__utf8_to_utf16(const unsigned char *s, size_t len, JSChar *out) {
  size_t i = 0, n = 0;
  while (i < len) {
    unsigned c = s[i];
    if (c < 0x80) {
      out[n++] = (JSChar)c;
      i++;
      continue;
    }
    unsigned need, cp, lower = 0x80, upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0)
        lower = 0xA0;
      if (c == 0xED)
        upper = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0)
        lower = 0x90;
      if (c == 0xF4)
        upper = 0x8F;
    } else {
      out[n++] = 0xFFFD;
      i++;
      continue;
    }
    size_t j = i + 1;
    unsigned k;
    for (k = 0; k < need; k++, j++) {
      if (j >= len || s[j] < lower || s[j] > upper)
        break;
      cp = (cp << 6) | (s[j] & 0x3F);
      lower = 0x80;
      upper = 0xBF;
    }
    if (k < need) {
      out[n++] = 0xFFFD;
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[n++] = (JSChar)(0xD800 + (cp >> 10));
      out[n++] = (JSChar)(0xDC00 + (cp & 0x3FF));
    } else {
      out[n++] = (JSChar)cp;
    }
    i = j;
  }
  return n;
}

JSValueRef nd_string_n(JSContextRef ctx, const char *utf8, size_t len) {
  const unsigned char *s = (const unsigned char *)utf8;
  size_t i = 0;
  while (i < len && s[i] < 0x80 && s[i] != 0)
    i++;
  JSStringRef str;
  if (i == len && utf8[len] == '\0') {
    /* Pure ASCII and already terminated: the engine stores it as an 8-bit string. */
    str = JSStringCreateWithUTF8CString(utf8);
  } else {
    JSChar stack_buf[256] = {0};
    JSChar *buf = len <= 256 ? stack_buf : malloc(len * sizeof(JSChar));
    if (buf == NULL)
      abort();
    size_t n = nd__utf8_to_utf16(s, len, buf);
    str = JSStringCreateWithCharacters(buf, n);
    if (buf != stack_buf)
      free(buf);
  }
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  return v;
}

JSValueRef nd_string_latin1(JSContextRef ctx, const char *bytes, size_t len) {
  JSChar stack_buf[256] = {0};
  JSChar *buf = len <= 256 ? stack_buf : malloc(len * sizeof(JSChar));
  if (buf == NULL)
    abort();
  for (size_t i = 0; i < len; i++)
    buf[i] = (unsigned char)bytes[i];
  JSStringRef str = JSStringCreateWithCharacters(buf, len);
  if (buf != stack_buf)
    free(buf);
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  return v;
}

/* UTF-16 code units as malloc'ed, NUL-terminated UTF-8, lone surrogates as U+FFFD. */
static char *utf16_to_utf8(const JSChar *p, size_t n, size_t *len_out) {
  char *out = malloc(n * 3 + 1);
  if (out == NULL)
    abort();
  size_t o = 0;
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
        c = 0xFFFD; /* a lone surrogate */
      out[o++] = (char)(0xE0 | (c >> 12));
      out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[o] = '\0';
  if (len_out)
    *len_out = o;
  return out;
}

/* Latin-1 characters (an 8-bit engine string) as malloc'ed, NUL-terminated UTF-8: the
 * ASCII run at the start is copied as it is, every later character of 0x80 or more takes
 * two bytes. */
static char *latin1_to_utf8(const uint8_t *p, size_t n, size_t *len_out) {
  size_t ascii = nd_ascii_prefix(p, n);
  char *out = malloc(ascii == n ? n + 1 : 2 * n - ascii + 1);
  if (out == NULL)
    abort();
  memcpy(out, p, ascii);
  size_t o = ascii;
  for (size_t i = ascii; i < n; i++) {
    unsigned c = p[i];
    if (c < 0x80) {
      out[o++] = (char)c;
    } else {
      out[o++] = (char)(0xC0 | (c >> 6));
      out[o++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[o] = '\0';
  if (len_out)
    *len_out = o;
  return out;
}

char *nd_jsstring_to_utf8(JSStringRef s, size_t *len_out) {
  return utf16_to_utf8(JSStringGetCharactersPtr(s), JSStringGetLength(s), len_out);
}

void nd_free_bytes(void *bytes, void *context) {
  free(bytes);
}

/* Reads the characters where the engine keeps them (nd_str_get): an 8-bit string, the
 * usual kind for paths, names and options, is encoded straight from its Latin-1 bytes,
 * without the UTF-16 copy the C API would make first. */
char *nd_to_utf8(JSContextRef ctx, JSValueRef value, size_t *len, JSValueRef *exc) {
  JSValueRef local_exc = NULL;
  nd_str_t s;
  if (!nd_str_get(ctx, value, &s, &local_exc)) {
    if (exc)
      *exc = local_exc;
    return NULL;
  }
  char *out = s.latin1 != NULL ? latin1_to_utf8(s.latin1, s.length, len)
                               : utf16_to_utf8(s.utf16, s.utf16 != NULL ? s.length : 0, len);
  nd_str_release(&s);
  return out;
}

JSValueRef nd_get(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef *exc) {
  JSStringRef n = make_name(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, n, exc);
  JSStringRelease(n);
  return v ? v : JSValueMakeUndefined(ctx);
}

void nd_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value) {
  JSStringRef n = make_name(name);
  JSObjectSetProperty(ctx, obj, n, value, kJSPropertyAttributeNone, NULL);
  JSStringRelease(n);
}

void nd_set_hidden(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value) {
  JSStringRef n = make_name(name);
  JSObjectSetProperty(ctx, obj, n, value, kJSPropertyAttributeDontEnum, NULL);
  JSStringRelease(n);
}

void nd_set_number(JSContextRef ctx, JSObjectRef obj, const char *name, double value) {
  nd_set(ctx, obj, name, JSValueMakeNumber(ctx, value));
}

void nd_set_string(JSContextRef ctx, JSObjectRef obj, const char *name, const char *utf8) {
  nd_set(ctx, obj, name, nd_string(ctx, utf8));
}

void nd_set_function(JSContextRef ctx, JSObjectRef obj, const char *name,
                     JSObjectCallAsFunctionCallback fn) {
  JSStringRef n = make_name(name);
  JSObjectRef f = JSObjectMakeFunctionWithCallback(ctx, n, fn);
  JSObjectSetProperty(ctx, obj, n, f, kJSPropertyAttributeNone, NULL);
  JSStringRelease(n);
}

void nd_set_methods(JSContextRef ctx, JSObjectRef obj, const nd_method_t *methods) {
  for (; methods->name != NULL; methods++)
    nd_set_function(ctx, obj, methods->name, methods->fn);
}

int64_t nd_int(JSContextRef ctx, JSValueRef value) {
  return nd_number_to_int(JSValueToNumber(ctx, value, NULL));
}

static JSObjectRef make_error(JSContextRef ctx, const char *type, const char *message) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef ctor = nd_get(ctx, global, type, NULL);
  JSValueRef msg = nd_string(ctx, message);
  JSObjectRef err = NULL;
  if (JSValueIsObject(ctx, ctor))
    err = JSObjectCallAsConstructor(ctx, (JSObjectRef)ctor, 1, &msg, NULL);
  if (err == NULL)
    err = JSObjectMakeError(ctx, 1, &msg, NULL);
  return err;
}

JSValueRef nd_throw(JSContextRef ctx, JSValueRef *exc, const char *type, const char *code,
                    const char *fmt, ...) {
  char message[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  JSObjectRef err = make_error(ctx, type, message);
  if (code != NULL)
    nd_set_hidden(ctx, err, "code", nd_string(ctx, code));
  if (exc)
    *exc = err;
  return JSValueMakeUndefined(ctx);
}

JSObjectRef nd_uv_error(JSContextRef ctx, int err, const char *syscall, const char *path,
                        const char *dest) {
  const char *code = uv_err_name(err);
  char message[4096];
  int n = snprintf(message, sizeof message, "%s: %s, %s", code, uv_strerror(err), syscall);
  if (path != NULL && n > 0 && (size_t)n < sizeof message)
    n += snprintf(message + n, sizeof message - (size_t)n, " '%s'", path);
  if (dest != NULL && n > 0 && (size_t)n < sizeof message)
    snprintf(message + n, sizeof message - (size_t)n, " -> '%s'", dest);
  JSObjectRef e = make_error(ctx, "Error", message);
  nd_set(ctx, e, "errno", JSValueMakeNumber(ctx, err));
  nd_set_string(ctx, e, "code", code);
  nd_set_string(ctx, e, "syscall", syscall);
  if (path != NULL)
    nd_set_string(ctx, e, "path", path);
  if (dest != NULL)
    nd_set_string(ctx, e, "dest", dest);
  return e;
}

JSValueRef nd_throw_uv(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall,
                       const char *path, const char *dest) {
  if (exc)
    *exc = nd_uv_error(ctx, err, syscall, path, dest);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef nd_array(JSContextRef ctx, size_t count, const JSValueRef *values) {
  return JSObjectMakeArray(ctx, count, values, NULL);
}

void nd_list_init(nd_list_t *list, JSContextRef ctx) {
  list->ctx = ctx;
  list->array = JSObjectMakeArray(ctx, 0, NULL, NULL);
  list->length = 0;
}

void nd_list_push(nd_list_t *list, JSValueRef value) {
  JSObjectSetPropertyAtIndex(list->ctx, list->array, list->length++, value, NULL);
}
