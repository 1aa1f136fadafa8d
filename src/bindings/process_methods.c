/*
 * process_methods: the system calls behind the process object (cwd, hrtime, memory and
 * CPU usage, signals, credentials, the environment, exit). Numbers that JavaScript reads
 * often (hrtime, memoryUsage) are written into typed arrays over static C memory so one
 * call returns several values without allocating.
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "../version.h"

#include <brotli/encode.h>
#include <openssl/opensslv.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <zlib.h>
#include "bindings.h"

#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

extern char **environ;

/* Private engine entry point (JSBasePrivate.h, not shipped): an object with heapSize,
 * heapCapacity, extraMemorySize and object counts. */
JS_EXPORT JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

/* Per thread (worker threads have their own process object). */
static __thread uint32_t hrtime_fields[3];  /* seconds (high, low), nanoseconds */
static __thread uint64_t hrtime_bigint[1];
static __thread double memory_fields[5];    /* rss, heapTotal, heapUsed, external, arrayBuffers */
static __thread double cpu_fields[2];       /* user, system (microseconds) */
static __thread double resource_fields[16];
static uint64_t start_time_ns;

/* The C environment is process-wide and the C library's functions are not safe against
 * concurrent changes: worker threads sharing it (SHARE_ENV) go through this lock. */
static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

static ND_FUNCTION(js_cwd) {
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_cwd(buf, &size);
  if (err != 0)
    return nd_throw_uv(ctx, exc, err, "uv_cwd", NULL, NULL);
  return nd_string_n(ctx, buf, size);
}

static ND_FUNCTION(js_chdir) {
  char *dir = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (dir == NULL)
    return NULL;
  int err = uv_chdir(dir);
  if (err != 0) {
    char cwd[4096];
    size_t size = sizeof cwd;
    if (uv_cwd(cwd, &size) != 0)
      strcpy(cwd, "");
    nd_throw_uv(ctx, exc, err, "chdir", cwd, dir);
    free(dir);
    return NULL;
  }
  free(dir);
  return JSValueMakeUndefined(ctx);
}

/* umask() reads without changing (two calls, as node does); umask(mask) sets. */
static ND_FUNCTION(js_umask) {
  mode_t old;
  if (argc == 0 || JSValueIsUndefined(ctx, argv[0])) {
    old = umask(0);
    umask(old);
  } else {
    old = umask((mode_t)nd_int(ctx, argv[0]) & 0777);
  }
  return JSValueMakeNumber(ctx, old);
}

static ND_FUNCTION(js_hrtime) {
  uint64_t t = uv_hrtime();
  uint64_t sec = t / 1000000000u;
  hrtime_fields[0] = (uint32_t)(sec >> 32);
  hrtime_fields[1] = (uint32_t)(sec & 0xffffffffu);
  hrtime_fields[2] = (uint32_t)(t % 1000000000u);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_hrtime_bigint) {
  hrtime_bigint[0] = uv_hrtime();
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_uptime) {
  return JSValueMakeNumber(ctx, (double)(uv_hrtime() - start_time_ns) / 1e9);
}

/* dlopen(filename, flags): opens and closes again the shared object, to report why it
 * cannot be loaded: the loader's message, or null when it loads (nodus has no addon
 * interface, so process.dlopen then refuses it itself). */
static ND_FUNCTION(js_dlopen) {
  char *filename = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (filename == NULL)
    return NULL;
  void *lib = dlopen(filename, (int)nd_int(ctx, ND_ARG(1)));
  free(filename);
  if (lib == NULL) {
    const char *message = dlerror();
    return nd_string(ctx, message != NULL ? message : "unknown error");
  }
  dlclose(lib);
  return JSValueMakeNull(ctx);
}

/* getActiveHandles(): the handle objects that keep the loop alive (src/handle_wrap.c);
 * process._getActiveHandles and getActiveResourcesInfo build on it. */
static ND_FUNCTION(js_get_active_handles) {
  return nd_handle_wrap_active(ctx);
}

/* constrainedMemory(): the limit the operating system puts on this process's memory
 * (cgroups), as libuv reports it (node returns the same number). */
static ND_FUNCTION(js_constrained_memory) {
  return JSValueMakeNumber(ctx, (double)uv_get_constrained_memory());
}

static double stat_number(JSContextRef ctx, JSObjectRef stats, const char *name) {
  JSValueRef v = nd_get(ctx, stats, name, NULL);
  return JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, NULL) : 0;
}

static ND_FUNCTION(js_memory_usage) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  memory_fields[0] = (double)rss;
  memory_fields[1] = stats ? stat_number(ctx, stats, "heapCapacity") : 0;
  memory_fields[2] = stats ? stat_number(ctx, stats, "heapSize") : 0;
  memory_fields[3] = stats ? stat_number(ctx, stats, "extraMemorySize") : 0;
  memory_fields[4] = memory_fields[3];
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_rss) {
  size_t rss = 0;
  int err = uv_resident_set_memory(&rss);
  if (err != 0)
    return nd_throw_uv(ctx, exc, err, "uv_resident_set_memory", NULL, NULL);
  return JSValueMakeNumber(ctx, (double)rss);
}

static ND_FUNCTION(js_cpu_usage) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0)
    return nd_throw_uv(ctx, exc, err, "uv_getrusage", NULL, NULL);
  cpu_fields[0] = (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec;
  cpu_fields[1] = (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_resource_usage) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0)
    return nd_throw_uv(ctx, exc, err, "uv_getrusage", NULL, NULL);
  double *f = resource_fields;
  f[0] = (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec;
  f[1] = (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
  f[2] = (double)ru.ru_maxrss;
  f[3] = (double)ru.ru_ixrss;
  f[4] = (double)ru.ru_idrss;
  f[5] = (double)ru.ru_isrss;
  f[6] = (double)ru.ru_minflt;
  f[7] = (double)ru.ru_majflt;
  f[8] = (double)ru.ru_nswap;
  f[9] = (double)ru.ru_inblock;
  f[10] = (double)ru.ru_oublock;
  f[11] = (double)ru.ru_msgsnd;
  f[12] = (double)ru.ru_msgrcv;
  f[13] = (double)ru.ru_nsignals;
  f[14] = (double)ru.ru_nvcsw;
  f[15] = (double)ru.ru_nivcsw;
  return JSValueMakeUndefined(ctx);
}

/* kill(pid, signal) -> 0 or a negative errno (the JavaScript side builds the error). */
static ND_FUNCTION(js_kill) {
  int pid = (int)nd_int(ctx, ND_ARG(0));
  int sig = (int)nd_int(ctx, ND_ARG(1));
  return JSValueMakeNumber(ctx, uv_kill(pid, sig));
}

static ND_FUNCTION(js_abort) {
  fflush(stdout);
  fflush(stderr);
  abort();
}

/* reallyExit(code): ends the process; 'exit' listeners have already run. */
static ND_FUNCTION(js_really_exit) {
  nd_runtime_t *rt = nd_runtime_current();
  if (rt->worker != NULL) {
    /* Ends the worker thread only; its JavaScript is interrupted (see worker.c). */
    nd_worker_stop(rt, (int)nd_int(ctx, ND_ARG(0)));
    return JSValueMakeUndefined(ctx);
  }
  rt->exiting = true;
  nd_runtime_exit(rt, (int)nd_int(ctx, ND_ARG(0)));
}

static ND_FUNCTION(js_getuid) {
  return JSValueMakeNumber(ctx, getuid());
}
static ND_FUNCTION(js_geteuid) {
  return JSValueMakeNumber(ctx, geteuid());
}
static ND_FUNCTION(js_getgid) {
  return JSValueMakeNumber(ctx, getgid());
}
static ND_FUNCTION(js_getegid) {
  return JSValueMakeNumber(ctx, getegid());
}

static ND_FUNCTION(js_getgroups) {
  int n = getgroups(0, NULL);
  if (n < 0)
    return nd_throw_uv(ctx, exc, -errno, "getgroups", NULL, NULL);
  gid_t *groups = malloc((size_t)(n + 1) * sizeof(gid_t));
  n = getgroups(n, groups);
  if (n < 0) {
    free(groups);
    return nd_throw_uv(ctx, exc, -errno, "getgroups", NULL, NULL);
  }
  /* node includes the effective gid when the list lacks it. */
  gid_t egid = getegid();
  bool has_egid = false;
  for (int i = 0; i < n; i++)
    has_egid |= groups[i] == egid;
  if (!has_egid)
    groups[n++] = egid;
  JSValueRef *values = malloc((size_t)n * sizeof(JSValueRef) + 1);
  for (int i = 0; i < n; i++)
    values[i] = JSValueMakeNumber(ctx, groups[i]);
  JSObjectRef result = nd_array(ctx, (size_t)n, values);
  free(values);
  free(groups);
  return result;
}

/* Resolves a user or group given as a number or a name; -1 when the name is unknown. */
static long lookup_id(JSContextRef ctx, JSValueRef v, bool group, JSValueRef *exc) {
  if (JSValueIsNumber(ctx, v))
    return (long)nd_int(ctx, v);
  char *name = nd_to_utf8(ctx, v, NULL, exc);
  if (name == NULL)
    return -2;
  long id = -1;
  if (group) {
    struct group *g = getgrnam(name);
    if (g)
      id = g->gr_gid;
  } else {
    struct passwd *p = getpwnam(name);
    if (p)
      id = p->pw_uid;
  }
  free(name);
  return id;
}

/* setuid/setgid/seteuid/setegid(id): returns 0, a negative errno, or 1 when the name is
 * unknown (the JavaScript side throws ERR_UNKNOWN_CREDENTIAL). */
#define ND_SET_ID(fn, call, is_group)                                                              \
  static ND_FUNCTION(fn) {                                                                         \
    long id = lookup_id(ctx, ND_ARG(0), is_group, exc);                                            \
    if (id == -2)                                                                                  \
      return NULL;                                                                                 \
    if (id == -1)                                                                                  \
      return JSValueMakeNumber(ctx, 1);                                                            \
    return JSValueMakeNumber(ctx, call((unsigned)id) == 0 ? 0 : -errno);                           \
  }
ND_SET_ID(js_setuid, setuid, false)
ND_SET_ID(js_seteuid, seteuid, false)
ND_SET_ID(js_setgid, setgid, true)
ND_SET_ID(js_setegid, setegid, true)

/* setgroups(list): the supplementary group list, each item a gid or a group name.
 * Returns 0, a negative errno, or i + 1 when the name at index i is unknown. */
static ND_FUNCTION(js_setgroups) {
  JSObjectRef list = JSValueToObject(ctx, ND_ARG(0), exc);
  if (list == NULL)
    return NULL;
  size_t n = (size_t)nd_int(ctx, nd_get(ctx, list, "length", NULL));
  gid_t *groups = malloc((n ? n : 1) * sizeof(gid_t));
  if (groups == NULL)
    return nd_throw_uv(ctx, exc, UV_ENOMEM, "setgroups", NULL, NULL);
  for (size_t i = 0; i < n; i++) {
    long id = lookup_id(ctx, JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL), true, exc);
    if (id < 0) {
      free(groups);
      return id == -2 ? NULL : JSValueMakeNumber(ctx, (double)i + 1);
    }
    groups[i] = (gid_t)id;
  }
  int rc = setgroups(n, groups);
  free(groups);
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

/* initgroups(user, extraGroup): the group list of `user` (a uid or a name) from the group
 * database, plus extraGroup. Returns 0, a negative errno, 1 for an unknown user id or 2
 * for an unknown group. */
static ND_FUNCTION(js_initgroups) {
  char *name = NULL;
  if (JSValueIsNumber(ctx, ND_ARG(0))) {
    struct passwd *p = getpwuid((uid_t)nd_int(ctx, ND_ARG(0)));
    if (p == NULL)
      return JSValueMakeNumber(ctx, 1);
    name = strdup(p->pw_name);
  } else {
    /* A name goes to initgroups() as it is: the group database is searched by name. */
    name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
    if (name == NULL)
      return NULL;
  }
  long gid = lookup_id(ctx, ND_ARG(1), true, exc);
  if (gid < 0) {
    free(name);
    return gid == -2 ? NULL : JSValueMakeNumber(ctx, 2);
  }
  int rc = initgroups(name, (gid_t)gid);
  free(name);
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

static ND_FUNCTION(js_pid) {
  return JSValueMakeNumber(ctx, uv_os_getpid());
}

static ND_FUNCTION(js_ppid) {
  return JSValueMakeNumber(ctx, uv_os_getppid());
}

static ND_FUNCTION(js_get_title) {
  char buf[1024];
  if (uv_get_process_title(buf, sizeof buf) != 0)
    buf[0] = '\0';
  return nd_string(ctx, buf);
}

static ND_FUNCTION(js_set_title) {
  char *title = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (title == NULL)
    return NULL;
  uv_set_process_title(title);
  free(title);
  return JSValueMakeUndefined(ctx);
}

/* The environment, read and written live through the C library like node's process.env. */
static ND_FUNCTION(js_get_env) {
  char *key = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (key == NULL)
    return NULL;
  pthread_mutex_lock(&env_lock);
  const char *value = getenv(key);
  JSValueRef result = value ? nd_string(ctx, value) : JSValueMakeUndefined(ctx);
  pthread_mutex_unlock(&env_lock);
  free(key);
  return result;
}

static ND_FUNCTION(js_set_env) {
  char *key = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (key == NULL)
    return NULL;
  char *value = nd_to_utf8(ctx, ND_ARG(1), NULL, exc);
  if (value == NULL) {
    free(key);
    return NULL;
  }
  if (*key != '\0' && strchr(key, '=') == NULL) {
    pthread_mutex_lock(&env_lock);
    setenv(key, value, 1);
    pthread_mutex_unlock(&env_lock);
  }
  free(key);
  free(value);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_unset_env) {
  char *key = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (key == NULL)
    return NULL;
  pthread_mutex_lock(&env_lock);
  unsetenv(key);
  pthread_mutex_unlock(&env_lock);
  free(key);
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_env_keys) {
  pthread_mutex_lock(&env_lock);
  size_t n = 0;
  while (environ[n] != NULL)
    n++;
  nd_list_t keys;
  nd_list_init(&keys, ctx);
  for (size_t i = 0; i < n; i++) {
    const char *eq = strchr(environ[i], '=');
    if (eq == NULL || eq == environ[i])
      continue;
    nd_list_push(&keys, nd_string_n(ctx, environ[i], (size_t)(eq - environ[i])));
  }
  pthread_mutex_unlock(&env_lock);
  return keys.array;
}

/* _rawDebug(message): writes straight to stderr, bypassing process.stderr. */
static ND_FUNCTION(js_raw_debug) {
  size_t len;
  char *s = nd_to_utf8(ctx, ND_ARG(0), &len, exc);
  if (s == NULL)
    return NULL;
  fprintf(stderr, "%s\n", s);
  fflush(stderr);
  free(s);
  return JSValueMakeUndefined(ctx);
}

/* global.gc() under --expose-gc: a full, synchronous collection like V8's. The engine
 * exports the synchronous form for debugging; JSGarbageCollect only schedules one. */
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

static ND_FUNCTION(js_gc) {
  JSSynchronousGarbageCollectForDebugging(ctx);
  return JSValueMakeUndefined(ctx);
}

static JSObjectRef shared_array(JSContextRef ctx, JSTypedArrayType type, void *bytes,
                                size_t size) {
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, type, bytes, size, NULL, NULL, NULL);
}

void nd__binding_process_methods_init(JSContextRef ctx, JSObjectRef exports) {
  if (start_time_ns == 0)
    start_time_ns = uv_hrtime();
  static const nd_method_t methods[] = {
      {"cwd", js_cwd},
      {"chdir", js_chdir},
      {"umask", js_umask},
      {"hrtime", js_hrtime},
      {"hrtimeBigInt", js_hrtime_bigint},
      {"uptime", js_uptime},
      {"constrainedMemory", js_constrained_memory},
      {"getActiveHandles", js_get_active_handles},
      {"dlopen", js_dlopen},
      {"memoryUsage", js_memory_usage},
      {"rss", js_rss},
      {"cpuUsage", js_cpu_usage},
      {"resourceUsage", js_resource_usage},
      {"kill", js_kill},
      {"abort", js_abort},
      {"reallyExit", js_really_exit},
      {"getuid", js_getuid},
      {"geteuid", js_geteuid},
      {"getgid", js_getgid},
      {"getegid", js_getegid},
      {"getgroups", js_getgroups},
      {"setuid", js_setuid},
      {"seteuid", js_seteuid},
      {"setgid", js_setgid},
      {"setgroups", js_setgroups},
      {"initgroups", js_initgroups},
      {"setegid", js_setegid},
      {"pid", js_pid},
      {"ppid", js_ppid},
      {"getTitle", js_get_title},
      {"setTitle", js_set_title},
      {"getEnv", js_get_env},
      {"setEnv", js_set_env},
      {"unsetEnv", js_unset_env},
      {"envKeys", js_env_keys},
      {"rawDebug", js_raw_debug},
      {"gc", js_gc},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set(ctx, exports, "hrtimeFields",
         shared_array(ctx, kJSTypedArrayTypeUint32Array, hrtime_fields, sizeof hrtime_fields));
  nd_set(ctx, exports, "hrtimeBigIntFields",
         shared_array(ctx, kJSTypedArrayTypeBigUint64Array, hrtime_bigint, sizeof hrtime_bigint));
  nd_set(ctx, exports, "memoryFields",
         shared_array(ctx, kJSTypedArrayTypeFloat64Array, memory_fields, sizeof memory_fields));
  nd_set(ctx, exports, "cpuFields",
         shared_array(ctx, kJSTypedArrayTypeFloat64Array, cpu_fields, sizeof cpu_fields));
  nd_set(ctx, exports, "resourceFields",
         shared_array(ctx, kJSTypedArrayTypeFloat64Array, resource_fields,
                      sizeof resource_fields));

  char path[4096];
  size_t size = sizeof path;
  if (uv_exepath(path, &size) == 0)
    nd_set(ctx, exports, "execPath", nd_string_n(ctx, path, size));
  else
    nd_set_string(ctx, exports, "execPath", "nodus");
  nd_set_string(ctx, exports, "nodeVersion", ND_NODE_VERSION);
  nd_set_string(ctx, exports, "nodusVersion", ND_VERSION);
  nd_set_string(ctx, exports, "uvVersion", uv_version_string());
  nd_set_string(ctx, exports, "jscVersion", ND_JSC_VERSION);
  /* The libraries process.versions lists, as node formats them. */
  char text[64];
  nd_set_string(ctx, exports, "zlibVersion", zlibVersion());
  uint32_t brotli = BrotliEncoderVersion();
  snprintf(text, sizeof text, "%u.%u.%u", brotli >> 24, (brotli >> 12) & 0xfff, brotli & 0xfff);
  nd_set_string(ctx, exports, "brotliVersion", text);
  snprintf(text, sizeof text, "%d.%d.%d", (int)OPENSSL_VERSION_MAJOR, (int)OPENSSL_VERSION_MINOR,
           (int)OPENSSL_VERSION_PATCH);
  nd_set_string(ctx, exports, "opensslVersion", text);
  nd_set_string(ctx, exports, "icuVersion", U_ICU_VERSION);
  nd_set_string(ctx, exports, "unicodeVersion", U_UNICODE_VERSION);
  nd_set_string(ctx, exports, "arch", ND_ARCH);
}
