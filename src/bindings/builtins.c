/*
 * builtins: access to the library embedded by tools/js2c.c, and script evaluation for
 * user code (the CommonJS loader wraps module source and evaluates it here).
 */
#include "../builtins_table.h"
#include "../runtime.h"
#include "bindings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const nd_builtin_source_t *nd_builtin_find(const char *id) {
  size_t lo = 0, hi = nd__builtin_source_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(nd__builtin_sources[mid].id, id);
    if (c == 0)
      return &nd__builtin_sources[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* Exported by the engine, declared in the unshipped JSStringRefPrivate.h: a string over
 * caller-owned UTF-16 that must outlive it. */
JS_EXPORT JSStringRef JSStringCreateWithCharactersNoCopy(const JSChar *chars, size_t count);

JSObjectRef nd_builtin_compile(JSContextRef ctx, const nd_builtin_source_t *src,
                               JSValueRef *exc) {
  char url[256];
  snprintf(url, sizeof url, "node:%s", src->id);
  /* The table is static and immortal: the engine may reference it without a copy. */
  JSStringRef script =
      JSStringCreateWithCharactersNoCopy((const JSChar *)src->source, src->length);
  JSStringRef name = JSStringCreateWithUTF8CString(url);
  JSValueRef result = JSEvaluateScript(ctx, script, NULL, name, 1, exc);
  JSStringRelease(script);
  JSStringRelease(name);
  if (result == NULL || !JSValueIsObject(ctx, result))
    return NULL;
  return (JSObjectRef)result;
}

/* compileBuiltin(id) -> function (exports, require, module, process, internalBinding,
 * primordials). Throws for an unknown id or a syntax error in the library. */
static ND_FUNCTION(compile_builtin) {
  char *id = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (id == NULL)
    return NULL;
  const nd_builtin_source_t *src = nd_builtin_find(id);
  if (src == NULL) {
    nd_throw(ctx, exc, "Error", NULL, "No such built-in module: %s", id);
    free(id);
    return NULL;
  }
  free(id);
  return nd_builtin_compile(ctx, src, exc);
}

/* getSource(id) -> the library module's source text, or undefined (used to print the
 * source line of errors thrown inside the library, as node does). */
static ND_FUNCTION(get_source) {
  char *id = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (id == NULL)
    return NULL;
  const nd_builtin_source_t *src = nd_builtin_find(id);
  free(id);
  if (src == NULL)
    return JSValueMakeUndefined(ctx);
  /* Without the wrapper: the header before the first line and "\n})" after the last. */
  size_t start = nd__builtin_wrapper_offset;
  JSStringRef text = JSStringCreateWithCharacters((const JSChar *)src->source + start,
                                                  src->length - start - 3);
  JSValueRef value = JSValueMakeString(ctx, text);
  JSStringRelease(text);
  return value;
}

static ND_FUNCTION(has_builtin) {
  char *id = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (id == NULL)
    return NULL;
  bool found = nd_builtin_find(id) != NULL;
  free(id);
  return JSValueMakeBoolean(ctx, found);
}

/* evaluateScript(source, filename) evaluates source as a classic script whose errors and
 * stack frames name filename. Returns the completion value. */
static ND_FUNCTION(evaluate_script) {
  JSStringRef source = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (source == NULL)
    return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (url == NULL) {
    JSStringRelease(source);
    return NULL;
  }
  JSValueRef result = JSEvaluateScript(ctx, source, NULL, url, 1, exc);
  JSStringRelease(source);
  JSStringRelease(url);
  return result;
}

/* checkSyntax(source, filename) throws the SyntaxError the source would raise, if any. */
static ND_FUNCTION(check_syntax) {
  JSStringRef source = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (source == NULL)
    return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (url == NULL) {
    JSStringRelease(source);
    return NULL;
  }
  bool ok = JSCheckScriptSyntax(ctx, source, url, 1, exc);
  JSStringRelease(source);
  JSStringRelease(url);
  return ok ? JSValueMakeUndefined(ctx) : NULL;
}

void nd__binding_builtins_init(JSContextRef ctx, JSObjectRef exports) {
  JSValueRef *ids = malloc(nd__builtin_source_count * sizeof(JSValueRef) + 1);
  for (size_t i = 0; i < nd__builtin_source_count; i++)
    ids[i] = nd_string(ctx, nd__builtin_sources[i].id);
  nd_set(ctx, exports, "ids", nd_array(ctx, nd__builtin_source_count, ids));
  free(ids);
  static const nd_method_t methods[] = {
      {"compileBuiltin", compile_builtin},
      {"hasBuiltin", has_builtin},
      {"getSource", get_source},
      {"evaluateScript", evaluate_script},
      {"checkSyntax", check_syntax},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
