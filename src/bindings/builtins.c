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
#include <time.h>

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

/* ---------------------------------------------------------------------------------------
 * The start-up trace (NODUS_DEBUG_STARTUP=1). Times are milliseconds from
 * nd_runtime_init, as doubles. */

static bool trace_enabled;
static bool trace_cpu; /* NODUS_DEBUG_STARTUP=cpu: the main thread's CPU time */
static uint64_t trace_origin;
static double trace_marks[ND_STARTUP_MARK_COUNT];
static JSObjectRef trace_reporter;

static uint64_t trace_clock(void) {
  if (trace_cpu) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  }
  return uv_hrtime();
}

void nd_startup_trace_init(void) {
  const char *value = getenv("NODUS_DEBUG_STARTUP");
  trace_enabled = value != NULL && value[0] != '\0' && strcmp(value, "0") != 0;
  trace_cpu = trace_enabled && strcmp(value, "cpu") == 0;
  if (trace_enabled)
    trace_origin = trace_clock();
}

static double trace_now_ms(void) {
  return (double)(trace_clock() - trace_origin) / 1e6;
}

void nd_startup_trace_mark(nd_startup_mark_t mark) {
  if (trace_enabled)
    trace_marks[mark] = trace_now_ms();
}

void nd_startup_trace_report(JSContextRef ctx) {
  if (trace_reporter == NULL)
    return;
  JSObjectRef reporter = trace_reporter;
  trace_reporter = NULL; /* once, even if the reporter itself exits */
  JSValueRef args[1] = {JSValueMakeNumber(ctx, trace_now_ms())};
  JSValueRef report = JSObjectCallAsFunction(ctx, reporter, NULL, 1, args, NULL);
  if (report != NULL && JSValueIsString(ctx, report)) {
    char *text = nd_to_utf8(ctx, report, NULL, NULL);
    if (text != NULL) {
      fflush(stdout);
      fputs(text, stderr);
      fflush(stderr);
      free(text);
    }
  }
  JSValueUnprotect(ctx, reporter);
}

/* startupTraceNow() -> milliseconds since the trace's origin. */
static ND_FUNCTION(startup_trace_now) {
  return JSValueMakeNumber(ctx, trace_now_ms());
}

/* startupTraceMarks() -> [context created, primordials run, bootstrap run] in trace
 * milliseconds (0 for a phase not reached yet). */
static ND_FUNCTION(startup_trace_marks) {
  JSValueRef marks[3] = {JSValueMakeNumber(ctx, trace_marks[ND_STARTUP_CONTEXT]),
                         JSValueMakeNumber(ctx, trace_marks[ND_STARTUP_PRIMORDIALS]),
                         JSValueMakeNumber(ctx, trace_marks[ND_STARTUP_BOOTSTRAP])};
  return nd_array(ctx, 3, marks);
}

/* setStartupTraceReporter(fn): fn(exitTimeMs) runs once when the process exits and returns
 * the report, which is written to stderr. */
static ND_FUNCTION(set_startup_trace_reporter) {
  JSValueRef fn = ND_ARG(0);
  if (!JSValueIsObject(ctx, fn) || !JSObjectIsFunction(ctx, (JSObjectRef)fn))
    return JSValueMakeUndefined(ctx);
  if (trace_reporter != NULL)
    JSValueUnprotect(ctx, trace_reporter);
  trace_reporter = (JSObjectRef)fn;
  JSValueProtect(ctx, fn);
  return JSValueMakeUndefined(ctx);
}

/* listIds() -> every module id, sorted: a new array each call (start-up does not need
 * the list: the loader asks hasBuiltin). */
static ND_FUNCTION(list_ids) {
  nd_list_t ids;
  nd_list_init(&ids, ctx);
  for (size_t i = 0; i < nd__builtin_source_count; i++)
    nd_list_push(&ids, nd_string(ctx, nd__builtin_sources[i].id));
  return ids.array;
}

void nd__binding_builtins_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"listIds", list_ids},
      {"compileBuiltin", compile_builtin},
      {"hasBuiltin", has_builtin},
      {"getSource", get_source},
      {"evaluateScript", evaluate_script},
      {"checkSyntax", check_syntax},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  /* Only with NODUS_DEBUG_STARTUP: realm.js tests the one flag. */
  if (trace_enabled) {
    nd_set(ctx, exports, "startupTrace", nd_string(ctx, trace_cpu ? "cpu" : "wall"));
    static const nd_method_t trace_methods[] = {
        {"startupTraceNow", startup_trace_now},
        {"startupTraceMarks", startup_trace_marks},
        {"setStartupTraceReporter", set_startup_trace_reporter},
        {NULL, NULL},
    };
    nd_set_methods(ctx, exports, trace_methods);
  }
}
