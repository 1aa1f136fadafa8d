/*
 * The command line: parses node's options (from argv and NODE_OPTIONS) into an
 * nd_options_t and runs the runtime. Errors in options are reported the way node reports
 * them ("nodus: bad option: --foo", exit code 9).
 */
#include "runtime.h"
#include "version.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXIT_BAD_OPTION 9

typedef enum {
  OPT_FLAG,  /* no value */
  OPT_VALUE, /* --name=value or --name value */
} opt_kind_t;

typedef enum {
  OPT_EVAL,
  OPT_PRINT,
  OPT_REQUIRE,
  OPT_VERSION,
  OPT_HELP,
  OPT_INTERACTIVE,
  OPT_CHECK,
  OPT_INPUT_TYPE,
  OPT_NO_WARNINGS,
  OPT_NO_DEPRECATION,
  OPT_THROW_DEPRECATION,
  OPT_TRACE_DEPRECATION,
  OPT_TRACE_WARNINGS,
  OPT_PENDING_DEPRECATION,
  OPT_STACK_TRACE_LIMIT,
  OPT_UNHANDLED_REJECTIONS,
  OPT_TITLE,
  OPT_EXPOSE_GC,
  OPT_EXPOSE_INTERNALS,
  OPT_TRACE_UNCAUGHT,
  OPT_ABORT_ON_UNCAUGHT,
  OPT_PRESERVE_SYMLINKS,
  OPT_PRESERVE_SYMLINKS_MAIN,
  OPT_SECURITY_REVERT,
  OPT_REDIRECT_WARNINGS,
  OPT_ZERO_FILL_BUFFERS,
  OPT_IGNORED_FLAG,  /* accepted for compatibility; engine tuning nodus leaves to JSC */
  OPT_IGNORED_VALUE,
} opt_id_t;

typedef struct {
  const char *name;   /* long form, with dashes */
  const char *alias;  /* short form or NULL */
  opt_id_t id;
  opt_kind_t kind;
  bool env_allowed;   /* may appear in NODE_OPTIONS (process.allowedNodeEnvironmentFlags,
                       * in lib/internal/process/per_thread.js, lists these) */
} option_spec_t;

static const option_spec_t option_specs[] = {
    {"--eval", "-e", OPT_EVAL, OPT_VALUE, false},
    {"--print", "-p", OPT_PRINT, OPT_FLAG, false},
    {"--require", "-r", OPT_REQUIRE, OPT_VALUE, true},
    {"--version", "-v", OPT_VERSION, OPT_FLAG, false},
    {"--help", "-h", OPT_HELP, OPT_FLAG, false},
    {"--interactive", "-i", OPT_INTERACTIVE, OPT_FLAG, false},
    {"--check", "-c", OPT_CHECK, OPT_FLAG, false},
    {"--input-type", NULL, OPT_INPUT_TYPE, OPT_VALUE, true},
    {"--no-warnings", NULL, OPT_NO_WARNINGS, OPT_FLAG, true},
    {"--no-deprecation", NULL, OPT_NO_DEPRECATION, OPT_FLAG, true},
    {"--throw-deprecation", NULL, OPT_THROW_DEPRECATION, OPT_FLAG, true},
    {"--trace-deprecation", NULL, OPT_TRACE_DEPRECATION, OPT_FLAG, true},
    {"--trace-warnings", NULL, OPT_TRACE_WARNINGS, OPT_FLAG, true},
    {"--pending-deprecation", NULL, OPT_PENDING_DEPRECATION, OPT_FLAG, true},
    {"--stack-trace-limit", NULL, OPT_STACK_TRACE_LIMIT, OPT_VALUE, true},
    {"--unhandled-rejections", NULL, OPT_UNHANDLED_REJECTIONS, OPT_VALUE, true},
    {"--title", NULL, OPT_TITLE, OPT_VALUE, true},
    {"--expose-gc", NULL, OPT_EXPOSE_GC, OPT_FLAG, true},
    {"--expose-internals", NULL, OPT_EXPOSE_INTERNALS, OPT_FLAG, false},
    {"--trace-uncaught", NULL, OPT_TRACE_UNCAUGHT, OPT_FLAG, true},
    {"--abort-on-uncaught-exception", NULL, OPT_ABORT_ON_UNCAUGHT, OPT_FLAG, true},
    {"--preserve-symlinks", NULL, OPT_PRESERVE_SYMLINKS, OPT_FLAG, true},
    {"--preserve-symlinks-main", NULL, OPT_PRESERVE_SYMLINKS_MAIN, OPT_FLAG, true},
    {"--security-revert", NULL, OPT_SECURITY_REVERT, OPT_VALUE, false},
    {"--redirect-warnings", NULL, OPT_REDIRECT_WARNINGS, OPT_VALUE, true},
    {"--zero-fill-buffers", NULL, OPT_ZERO_FILL_BUFFERS, OPT_FLAG, true},
    /* V8 and node tuning flags: accepted so that scripts and test harnesses that pass them
     * run, without effect on JavaScriptCore. */
    {"--max-old-space-size", NULL, OPT_IGNORED_VALUE, OPT_VALUE, true},
    {"--max-semi-space-size", NULL, OPT_IGNORED_VALUE, OPT_VALUE, true},
    {"--stack-size", NULL, OPT_IGNORED_VALUE, OPT_VALUE, true},
    {"--max-http-header-size", NULL, OPT_IGNORED_VALUE, OPT_VALUE, true},
    {"--no-experimental-fetch", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--no-experimental-global-webcrypto", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--experimental-global-webcrypto", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--experimental-vm-modules", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--enable-source-maps", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--no-addons", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--no-global-search-paths", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--allow-natives-syntax", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--harmony", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--jitless", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--perf-basic-prof", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--perf-basic-prof-only-functions", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--perf-prof", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
    {"--perf-prof-unwinding-info", NULL, OPT_IGNORED_FLAG, OPT_FLAG, true},
};

static void usage(void) {
  printf("Usage: nodus [options] [ script.js ] [arguments]\n"
         "       nodus [options] -e CODE [arguments]\n"
         "       nodus [options] -            (script read from stdin)\n"
         "\n"
         "nodus %s: a Node.js-compatible runtime (API of Node.js v%s) on JavaScriptCore "
         "and libuv.\n"
         "\n"
         "Options:\n"
         "  -                          script read from stdin (the default when stdin is "
         "not a terminal)\n"
         "  --                         indicate the end of node options\n"
         "  -c, --check                syntax check script without executing\n"
         "  -e, --eval CODE            evaluate CODE\n"
         "  -h, --help                 print this help\n"
         "  -i, --interactive          always enter the REPL even if stdin does not appear "
         "to be a terminal\n"
         "  --input-type TYPE          \"commonjs\" or \"module\" for -e and stdin input\n"
         "  --no-deprecation           silence deprecation warnings\n"
         "  --no-warnings              silence all process warnings\n"
         "  --pending-deprecation      emit pending deprecation warnings\n"
         "  -p, --print CODE           evaluate CODE and print the result\n"
         "  -r, --require MODULE       require MODULE at start-up (repeatable)\n"
         "  --stack-trace-limit N      number of stack frames captured in errors\n"
         "  --throw-deprecation        throw an exception on deprecations\n"
         "  --title TITLE              the process title on start-up\n"
         "  --redirect-warnings FILE   write process warnings to FILE instead of stderr\n"
         "  --trace-deprecation        show stack traces on deprecations\n"
         "  --trace-warnings           show stack traces on process warnings\n"
         "  --unhandled-rejections MODE  throw (default), strict, warn, none or "
         "warn-with-error-code\n"
         "  -v, --version              print the Node.js version nodus implements\n"
         "\n"
         "Environment variables:\n"
         "  NODE_OPTIONS               options, as on the command line\n"
         "  NODE_PATH                  ':'-separated directories prefixed to the module "
         "search path\n"
         "  NODE_DEBUG                 ','-separated core modules that print debug "
         "information\n"
         "  NO_COLOR, FORCE_COLOR      disable or force colours\n",
         ND_VERSION, ND_NODE_VERSION);
}

static _Noreturn void bad_option(const char *fmt, const char *arg) {
  fprintf(stderr, "nodus: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\n");
  exit(EXIT_BAD_OPTION);
}

/* Node accepts '_' for '-' inside long option names (--no_warnings). */
static void normalize_name(char *dst, size_t cap, const char *src, size_t len) {
  size_t i = 0;
  for (; i < len && i + 1 < cap; i++)
    dst[i] = (i >= 2 && src[i] == '_') ? '-' : src[i];
  dst[i] = '\0';
}

static const option_spec_t *find_option(const char *name) {
  for (size_t i = 0; i < sizeof option_specs / sizeof option_specs[0]; i++) {
    if (strcmp(option_specs[i].name, name) == 0 ||
        (option_specs[i].alias && strcmp(option_specs[i].alias, name) == 0))
      return &option_specs[i];
  }
  return NULL;
}

static void add_require(nd_options_t *o, const char *module) {
  o->requires = realloc(o->requires, (size_t)(o->require_count + 1) * sizeof(char *));
  o->requires[o->require_count++] = module;
}

static bool version_flag, help_flag;

/* Applies one recognized option. value is NULL for flags. */
static void apply_option(nd_options_t *o, const option_spec_t *spec, const char *value,
                         bool from_env) {
  switch (spec->id) {
  case OPT_EVAL:
    if (o->mode != ND_MODE_PRINT)
      o->mode = ND_MODE_EVAL;
    o->eval_source = value;
    break;
  case OPT_PRINT:
    o->mode = ND_MODE_PRINT;
    break;
  case OPT_REQUIRE:
    add_require(o, value);
    break;
  case OPT_VERSION:
    version_flag = true;
    break;
  case OPT_HELP:
    help_flag = true;
    break;
  case OPT_INTERACTIVE:
    o->interactive = true;
    break;
  case OPT_CHECK:
    o->check = true;
    break;
  case OPT_INPUT_TYPE:
    if (strcmp(value, "module") != 0 && strcmp(value, "commonjs") != 0)
      bad_option("%s", "--input-type must be \"module\" or \"commonjs\"");
    o->input_type = value;
    break;
  case OPT_NO_WARNINGS:
    o->no_warnings = true;
    break;
  case OPT_NO_DEPRECATION:
    o->no_deprecation = true;
    break;
  case OPT_THROW_DEPRECATION:
    o->throw_deprecation = true;
    break;
  case OPT_TRACE_DEPRECATION:
    o->trace_deprecation = true;
    break;
  case OPT_TRACE_WARNINGS:
    o->trace_warnings = true;
    break;
  case OPT_PENDING_DEPRECATION:
    o->pending_deprecation = true;
    break;
  case OPT_STACK_TRACE_LIMIT: {
    char *end;
    long n = strtol(value, &end, 10);
    if (*value == '\0' || *end != '\0' || n < 0)
      bad_option("invalid value for --stack-trace-limit: %s", value);
    o->stack_trace_limit = n > 100000 ? 100000 : (int)n;
    break;
  }
  case OPT_UNHANDLED_REJECTIONS:
    if (strcmp(value, "throw") && strcmp(value, "strict") && strcmp(value, "warn") &&
        strcmp(value, "none") && strcmp(value, "warn-with-error-code"))
      bad_option("invalid value for --unhandled-rejections%s", "");
    o->unhandled_rejections = value;
    break;
  case OPT_TITLE:
    o->title = value;
    break;
  case OPT_REDIRECT_WARNINGS:
    o->redirect_warnings = value;
    break;
  case OPT_SECURITY_REVERT:
    /* node's one revertible fix concerns Windows batch files, so on this platform the
     * revert changes nothing; node still announces it, and refuses unknown CVEs (exit
     * code 12, like its other invalid-option errors at start-up). */
    if (strcmp(value, "CVE-2024-27980") != 0) {
      fprintf(stderr, "nodus: Error: Attempt to revert an unknown CVE [%s]\n", value);
      exit(12);
    }
    printf("SECURITY WARNING: Reverting CVE-2024-27980: Unsafe Windows batch file execution\n");
    fflush(stdout);
    break;
  case OPT_EXPOSE_GC:
    o->expose_gc = true;
    break;
  case OPT_ZERO_FILL_BUFFERS:
    o->zero_fill_buffers = true;
    break;
  case OPT_EXPOSE_INTERNALS:
    o->expose_internals = true;
    break;
  case OPT_TRACE_UNCAUGHT:
    o->trace_uncaught = true;
    break;
  case OPT_ABORT_ON_UNCAUGHT:
    o->abort_on_uncaught = true;
    break;
  case OPT_PRESERVE_SYMLINKS:
    o->preserve_symlinks = true;
    break;
  case OPT_PRESERVE_SYMLINKS_MAIN:
    o->preserve_symlinks_main = true;
    break;
  case OPT_IGNORED_FLAG:
  case OPT_IGNORED_VALUE:
    break;
  }
  (void)from_env;
}

/* Parses options from args[start..count). Returns the index of the first argument that is
 * not an option (the script), or count. With from_env, options that node refuses in
 * NODE_OPTIONS are errors and a script name is not allowed. */
static int parse_options(nd_options_t *o, int count, char **args, int start, bool from_env) {
  int i = start;
  while (i < count) {
    const char *arg = args[i];
    if (strcmp(arg, "--") == 0) {
      if (from_env)
        bad_option("%s is not allowed in NODE_OPTIONS", arg);
      return i + 1;
    }
    if (arg[0] != '-' || strcmp(arg, "-") == 0)
      return i;
    /* Combined short flags node accepts: -pe and -ep. */
    if (strcmp(arg, "-pe") == 0 || strcmp(arg, "-ep") == 0) {
      if (from_env)
        bad_option("%s is not allowed in NODE_OPTIONS", arg);
      apply_option(o, find_option("-p"), NULL, false);
      if (i + 1 >= count)
        bad_option("%s requires an argument", arg);
      apply_option(o, find_option("-e"), args[i + 1], false);
      i += 2;
      continue;
    }
    const char *eq = arg[1] == '-' ? strchr(arg, '=') : NULL;
    size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
    char name[128];
    normalize_name(name, sizeof name, arg, name_len);
    const option_spec_t *spec = find_option(name);
    if (spec == NULL) {
      if (from_env)
        bad_option("%s is not allowed in NODE_OPTIONS", name);
      bad_option("bad option: %s", arg);
    }
    if (from_env && !spec->env_allowed)
      bad_option("%s is not allowed in NODE_OPTIONS", name);
    const char *value = NULL;
    if (spec->kind == OPT_VALUE) {
      if (eq != NULL) {
        value = eq + 1;
      } else if (i + 1 < count) {
        value = args[++i];
      } else if (spec->id == OPT_PRINT) {
        value = NULL;
      } else {
        bad_option("%s requires an argument", arg);
      }
    } else if (eq != NULL) {
      bad_option("bad option: %s", arg);
    }
    /* -p takes its code as the next argument when one follows (node -p CODE). */
    if (spec->id == OPT_PRINT && i + 1 < count && args[i + 1][0] != '-') {
      apply_option(o, spec, NULL, from_env);
      apply_option(o, find_option("-e"), args[i + 1], from_env);
      i += 2;
      continue;
    }
    apply_option(o, spec, value, from_env);
    i++;
  }
  return i;
}

/* Splits NODE_OPTIONS on white space; double quotes group, backslash escapes inside them. */
static char **split_env_options(const char *s, int *count) {
  size_t len = strlen(s);
  char *buf = malloc(len + 1);
  char **out = malloc((len / 2 + 2) * sizeof(char *));
  int n = 0;
  size_t w = 0;
  size_t i = 0;
  while (i < len) {
    while (i < len && isspace((unsigned char)s[i]))
      i++;
    if (i >= len)
      break;
    out[n++] = buf + w;
    bool quoted = false;
    while (i < len && (quoted || !isspace((unsigned char)s[i]))) {
      if (s[i] == '"') {
        quoted = !quoted;
        i++;
        continue;
      }
      if (quoted && s[i] == '\\' && i + 1 < len)
        i++;
      buf[w++] = s[i++];
    }
    buf[w++] = '\0';
  }
  *count = n;
  return out;
}

/* Standard descriptors closed by our parent are opened on /dev/null, as node does:
 * otherwise the first file the process opens (the engine opens some at start-up) would
 * become "stdin" or "stdout", and output meant for the terminal would land in it. */
static int stdio_flags[3];

static void reserve_stdio(void) {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      /* The lowest free number is fd itself. */
      int opened = open("/dev/null", fd == 0 ? O_RDONLY : O_RDWR);
      if (opened != fd && opened >= 0)
        close(opened);
    }
    stdio_flags[fd] = fcntl(fd, F_GETFL);
  }
}

/* At exit the standard descriptors get back the blocking mode they came with: libuv
 * makes pipes and sockets non-blocking, and the open file descriptions are shared with
 * other processes (the shell, the next command reading the same pipe). */
static void restore_stdio(void) {
  for (int fd = 0; fd <= 2; fd++) {
    int flags = fcntl(fd, F_GETFL);
    if (flags == -1 || stdio_flags[fd] == -1 || ((flags ^ stdio_flags[fd]) & O_NONBLOCK) == 0)
      continue;
    fcntl(fd, F_SETFL, (flags & ~O_NONBLOCK) | (stdio_flags[fd] & O_NONBLOCK));
  }
}

int main(int argc, char **argv) {
  /* libuv keeps a copy of the arguments so that process.title can reuse their memory
   * (what ps shows); without this the title can be neither read nor set. */
  argv = uv_setup_args(argc, argv);
  reserve_stdio();
  atexit(restore_stdio);
  static nd_options_t options;
  nd_options_t *o = &options;
  o->argc = argc;
  o->argv = argv;
  o->stack_trace_limit = -1;
  o->mode = ND_MODE_FILE;

  const char *env_options = getenv("NODE_OPTIONS");
  if (env_options != NULL && *env_options != '\0') {
    int env_count;
    char **env_args = split_env_options(env_options, &env_count);
    parse_options(o, env_count, env_args, 0, true);
  }

  int script_index = parse_options(o, argc, argv, 1, false);
  o->exec_argc = script_index - 1;
  o->exec_argv = argv + 1;
  /* "--" is not part of execArgv. */
  if (o->exec_argc > 0 && strcmp(argv[script_index - 1], "--") == 0)
    o->exec_argc--;

  if (help_flag) {
    usage();
    return 0;
  }
  if (version_flag) {
    printf("v%s\n", ND_NODE_VERSION);
    return 0;
  }

  if (o->mode == ND_MODE_EVAL || o->mode == ND_MODE_PRINT) {
    if (o->eval_source == NULL)
      bad_option("%s requires an argument", "-p");
    o->script_argc = argc - script_index;
    o->script_argv = argv + script_index;
  } else if (script_index < argc && strcmp(argv[script_index], "-") != 0) {
    o->mode = ND_MODE_FILE;
    o->script = argv[script_index];
    o->script_argc = argc - script_index - 1;
    o->script_argv = argv + script_index + 1;
  } else {
    bool dash = script_index < argc;
    o->mode = (!dash && (o->interactive || isatty(STDIN_FILENO))) ? ND_MODE_REPL : ND_MODE_STDIN;
    /* node keeps the "-" in process.argv. */
    o->script_argc = argc - script_index;
    o->script_argv = argv + script_index;
    (void)dash;
  }

  nd_runtime_t rt;
  int status = nd_runtime_init(&rt, o);
  if (status != 0)
    return status;
  status = nd_runtime_run(&rt);
  nd_runtime_exit(&rt, status);
}
