/* Floor for the peak memory of the small-heap stream rows: a bare JavaScriptCore host that
 * makes one context group and context, as nodus does, installs nothing but print() and the
 * program's arguments (scriptArgs), and runs one script. The engine drains the promise jobs
 * itself when the script's top-level call returns, so a program made only of promises and
 * async functions runs to completion; there is no event loop, no timer and no I/O.
 *   heap-peak [-n] SCRIPT [ARGS...]
 * -n first sets the heap options nodus sets in configure_engine() (src/runtime.c), unless
 * the environment already has them; without it the engine's defaults apply. A JSC_*
 * variable in the environment configures the engine as it does nodus. At exit the host
 * prints its own peak RSS (getrusage) and CPU time on stderr.
 * Build: cc -O2 -o heap-peak heap-peak.c $(pkg-config --cflags --libs javascriptcoregtk-4.1)
 * Run heap-peak.js with it, with node and with nodus (bench/floors/README.md, "Peak
 * memory"). */
#include <JavaScriptCore/JavaScript.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)size + 1);
  if (text == NULL || fread(text, 1, (size_t)size, f) != (size_t)size) {
    fclose(f);
    free(text);
    return NULL;
  }
  fclose(f);
  text[size] = '\0';
  return text;
}

static void print_value(JSContextRef ctx, JSValueRef value, FILE *out) {
  JSStringRef string = JSValueToStringCopy(ctx, value, NULL);
  if (string == NULL)
    return;
  size_t capacity = JSStringGetMaximumUTF8CStringSize(string);
  char *utf8 = malloc(capacity);
  JSStringGetUTF8CString(string, utf8, capacity);
  fputs(utf8, out);
  free(utf8);
  JSStringRelease(string);
}

static JSValueRef js_print(JSContextRef ctx, JSObjectRef function, JSObjectRef self, size_t argc,
                           const JSValueRef argv[], JSValueRef *exception) {
  for (size_t i = 0; i < argc; i++) {
    if (i > 0)
      fputc(' ', stdout);
    print_value(ctx, argv[i], stdout);
  }
  fputc('\n', stdout);
  fflush(stdout);
  return JSValueMakeUndefined(ctx);
}

static void set_property(JSContextRef ctx, JSObjectRef object, const char *name, JSValueRef value) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, object, key, value, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

int main(int argc, char **argv) {
  int first = 1;
  if (argc > 1 && strcmp(argv[1], "-n") == 0) {
    /* The same values as configure_engine(); setenv without overwrite lets a variable the
     * caller gives win, as in nodus. */
    setenv("JSC_heapGrowthMaxIncrease", "1", 0);
    setenv("JSC_smallHeapSize", "8388608", 0);
    setenv("JSC_maxEdenSizeForRateLimitingMultiplier", "1", 0);
    first = 2;
  }
  if (argc <= first) {
    fprintf(stderr, "usage: %s [-n] SCRIPT [ARGS...]\n", argv[0]);
    return 2;
  }
  char *source = read_file(argv[first]);
  if (source == NULL) {
    perror(argv[first]);
    return 2;
  }

  JSContextGroupRef group = JSContextGroupCreate();
  JSGlobalContextRef ctx = JSGlobalContextCreateInGroup(group, NULL);
  JSObjectRef global = JSContextGetGlobalObject(ctx);

  JSStringRef print_name = JSStringCreateWithUTF8CString("print");
  set_property(ctx, global, "print", JSObjectMakeFunctionWithCallback(ctx, print_name, js_print));
  JSStringRelease(print_name);

  int count = argc - first - 1;
  JSValueRef *values = calloc((size_t)count + 1, sizeof *values);
  for (int i = 0; i < count; i++) {
    JSStringRef s = JSStringCreateWithUTF8CString(argv[first + 1 + i]);
    values[i] = JSValueMakeString(ctx, s);
    JSStringRelease(s);
  }
  set_property(ctx, global, "scriptArgs", JSObjectMakeArray(ctx, (size_t)count, values, NULL));
  free(values);

  JSStringRef script = JSStringCreateWithUTF8CString(source);
  JSStringRef url = JSStringCreateWithUTF8CString(argv[first]);
  free(source);
  JSValueRef exception = NULL;
  JSEvaluateScript(ctx, script, NULL, url, 1, &exception);
  JSStringRelease(script);
  JSStringRelease(url);
  int status = 0;
  if (exception != NULL) {
    print_value(ctx, exception, stderr);
    fputc('\n', stderr);
    status = 1;
  }

  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  fprintf(stderr, "heap-peak: maxrss %.1f MB, cpu %.0f ms\n", usage.ru_maxrss / 1024.0,
          (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
              (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
  JSGlobalContextRelease(ctx);
  JSContextGroupRelease(group);
  return status;
}
