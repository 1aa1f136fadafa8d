/*
 * options: the parsed command line (see main.c), handed to the JavaScript bootstrap as
 * one plain object so the library decides what to run.
 */
#include "../runtime.h"
#include "bindings.h"

#include <stdlib.h>

static JSObjectRef string_array(JSContextRef ctx, int count, char **items) {
  nd_list_t values;
  nd_list_init(&values, ctx);
  for (int i = 0; i < count; i++)
    nd_list_push(&values, nd_string(ctx, items[i]));
  return values.array;
}

static void set_optional_string(JSContextRef ctx, JSObjectRef obj, const char *name,
                                const char *value) {
  nd_set(ctx, obj, name, value ? nd_string(ctx, value) : JSValueMakeUndefined(ctx));
}

static void set_bool(JSContextRef ctx, JSObjectRef obj, const char *name, bool value) {
  nd_set(ctx, obj, name, JSValueMakeBoolean(ctx, value));
}

static ND_FUNCTION(get_options) {
  nd_options_t *o = nd_runtime_current()->options;
  static const char *const modes[] = {"file", "eval", "print", "stdin", "repl", "worker"};
  JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
  nd_set_string(ctx, r, "mode", modes[o->mode]);
  set_optional_string(ctx, r, "script", o->script);
  set_optional_string(ctx, r, "evalSource", o->eval_source);
  nd_set(ctx, r, "argv", string_array(ctx, o->argc, o->argv));
  nd_set(ctx, r, "scriptArgv", string_array(ctx, o->script_argc, o->script_argv));
  nd_set(ctx, r, "execArgv", string_array(ctx, o->exec_argc, o->exec_argv));
  nd_set(ctx, r, "requires", string_array(ctx, o->require_count, (char **)o->requires));
  set_optional_string(ctx, r, "inputType", o->input_type);
  set_optional_string(ctx, r, "unhandledRejections", o->unhandled_rejections);
  set_optional_string(ctx, r, "title", o->title);
  set_optional_string(ctx, r, "redirectWarnings", o->redirect_warnings);
  nd_set_number(ctx, r, "stackTraceLimit", o->stack_trace_limit);
  set_bool(ctx, r, "noWarnings", o->no_warnings);
  set_bool(ctx, r, "noDeprecation", o->no_deprecation);
  set_bool(ctx, r, "throwDeprecation", o->throw_deprecation);
  set_bool(ctx, r, "traceDeprecation", o->trace_deprecation);
  set_bool(ctx, r, "traceWarnings", o->trace_warnings);
  set_bool(ctx, r, "pendingDeprecation", o->pending_deprecation);
  set_bool(ctx, r, "exposeGc", o->expose_gc);
  set_bool(ctx, r, "zeroFillBuffers", o->zero_fill_buffers);
  set_bool(ctx, r, "exposeInternals", o->expose_internals);
  set_bool(ctx, r, "interactive", o->interactive);
  set_bool(ctx, r, "check", o->check);
  set_bool(ctx, r, "traceUncaught", o->trace_uncaught);
  set_bool(ctx, r, "abortOnUncaughtException", o->abort_on_uncaught);
  set_bool(ctx, r, "preserveSymlinks", o->preserve_symlinks);
  set_bool(ctx, r, "preserveSymlinksMain", o->preserve_symlinks_main);
  return r;
}

void nd__binding_options_init(JSContextRef ctx, JSObjectRef exports) {
  nd_set_function(ctx, exports, "getOptions", get_options);
}
