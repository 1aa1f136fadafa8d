/*
 * js2c: embeds the JavaScript library (every .js file under lib/) into the nodus binary.
 *
 * Usage: js2c [--no-minify] OUTPUT.c LIBDIR FILE...
 *
 * Every FILE (a path under LIBDIR) becomes a UTF-16 string constant (char16_t) holding
 * the module already wrapped in its function:
 *   (function (exports, require, module, process, internalBinding, primordials) { ... })
 * so the runtime hands it to the engine without copying or transcoding (converting the
 * library from UTF-8 at every start-up cost about 4M instructions). The module id is the
 * path relative to LIBDIR without ".js" ("lib/internal/errors.js" becomes
 * "internal/errors"). The table is sorted by id so the runtime can binary-search it.
 * OUTPUT is rewritten only when its content changes, so an unchanged library does not
 * force a recompile of the generated file.
 *
 * With --first LIST (a file of module ids, one a line, '#' comments), those modules'
 * sources are emitted first, in that order, so that the ones every process loads at
 * start-up lie together in the binary: the kernel maps file pages around each one read
 * (fault-around), and scattered sources made the whole table resident.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *id;
  char *path;
} entry_t;

typedef struct {
  char *data;
  size_t len, cap;
} buf_t;

static void buf_grow(buf_t *b, size_t extra) {
  if (b->len + extra <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 1 << 16;
  while (cap < b->len + extra)
    cap *= 2;
  b->data = realloc(b->data, cap);
  if (b->data == NULL) {
    perror("js2c: realloc");
    exit(1);
  }
  b->cap = cap;
}

static void buf_put(buf_t *b, const char *s, size_t n) {
  buf_grow(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

static void buf_puts(buf_t *b, const char *s) {
  buf_put(b, s, strlen(s));
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "js2c: cannot open %s: %s\n", path, strerror(errno));
    exit(1);
  }
  buf_t b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_put(&b, chunk, n);
  fclose(f);
  buf_grow(&b, 1);
  b.data[b.len] = '\0';
  *len = b.len;
  return b.data;
}

static int compare_entries(const void *a, const void *b) {
  return strcmp(((const entry_t *)a)->id, ((const entry_t *)b)->id);
}

/* Appends SRC as a sequence of C string literals, one per source line. The library must
 * be ASCII so the runtime can hand it to the engine without transcoding; anything else
 * is reported as an error with its position. */
/* ---------------------------------------------------------------------------------------
 * Minification that keeps positions' lines: comments and indentation are removed, line
 * breaks are kept (so stack traces through the library keep their line numbers). The
 * engine parses every library module it loads; this removes about a third of the bytes.
 * A small lexer tells strings, template literals (with nested ${...}) and regular
 * expressions from comments and division. */

static int is_ident_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '$';
}

/* Whether a '/' after the previous significant output begins a regular expression. */
static int regex_allowed(const buf_t *out) {
  size_t i = out->len;
  while (i > 0 && (out->data[i - 1] == ' ' || out->data[i - 1] == '\n' ||
                   out->data[i - 1] == '\t'))
    i--;
  if (i == 0)
    return 1;
  char c = out->data[i - 1];
  if (c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '`')
    return 0;
  if (is_ident_char((unsigned char)c)) {
    /* A keyword that precedes expressions allows a regex; an identifier does not. */
    static const char *const keywords[] = {"return", "typeof", "case", "do", "else", "in",
                                           "of", "new", "delete", "void", "throw", "yield",
                                           "await", "instanceof"};
    size_t end = i, start = i;
    while (start > 0 && is_ident_char((unsigned char)out->data[start - 1]))
      start--;
    for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++) {
      size_t n = strlen(keywords[k]);
      if (end - start == n && memcmp(out->data + start, keywords[k], n) == 0)
        return 1;
    }
    return 0;
  }
  return 1;
}

/* Copies a quoted string starting at src[*i] (the quote) to out. */
static void copy_string(buf_t *out, const char *src, size_t len, size_t *i) {
  char quote = src[*i];
  buf_put(out, &src[(*i)++], 1);
  while (*i < len) {
    char c = src[*i];
    buf_put(out, &src[(*i)++], 1);
    if (c == '\\' && *i < len) {
      buf_put(out, &src[(*i)++], 1);
    } else if (c == quote || c == '\n') {
      return;
    }
  }
}

static void minify_code(buf_t *out, const char *src, size_t len, size_t *i, int stop_at_brace);

/* Copies a template literal starting at src[*i] (the backquote), minifying the code
 * inside its ${...} substitutions. */
static void copy_template(buf_t *out, const char *src, size_t len, size_t *i) {
  buf_put(out, &src[(*i)++], 1);
  while (*i < len) {
    char c = src[*i];
    if (c == '\\' && *i + 1 < len) {
      buf_put(out, &src[*i], 2);
      *i += 2;
    } else if (c == '`') {
      buf_put(out, &src[(*i)++], 1);
      return;
    } else if (c == '$' && *i + 1 < len && src[*i + 1] == '{') {
      buf_put(out, &src[*i], 2);
      *i += 2;
      minify_code(out, src, len, i, 1);
      if (*i < len)
        buf_put(out, &src[(*i)++], 1); /* the closing brace */
    } else {
      buf_put(out, &src[(*i)++], 1);
    }
  }
}

static void copy_regex(buf_t *out, const char *src, size_t len, size_t *i) {
  int in_class = 0;
  buf_put(out, &src[(*i)++], 1);
  while (*i < len) {
    char c = src[*i];
    buf_put(out, &src[(*i)++], 1);
    if (c == '\\' && *i < len) {
      buf_put(out, &src[(*i)++], 1);
    } else if (c == '[') {
      in_class = 1;
    } else if (c == ']') {
      in_class = 0;
    } else if ((c == '/' && !in_class) || c == '\n') {
      return;
    }
  }
}

/* Minifies code until the end, or (stop_at_brace) until the '}' closing a template
 * substitution, which is left unconsumed. */
static void minify_code(buf_t *out, const char *src, size_t len, size_t *i, int stop_at_brace) {
  int depth = 0;
  int at_line_start = 1;
  while (*i < len) {
    char c = src[*i];
    if (at_line_start && (c == ' ' || c == '\t')) {
      (*i)++;
      continue;
    }
    at_line_start = 0;
    if (c == '\n') {
      /* Drop trailing blanks before the line break. */
      while (out->len > 0 && (out->data[out->len - 1] == ' ' || out->data[out->len - 1] == '\t'))
        out->len--;
      buf_put(out, "\n", 1);
      (*i)++;
      at_line_start = 1;
      continue;
    }
    if (c == '/' && *i + 1 < len && src[*i + 1] == '/') {
      while (*i < len && src[*i] != '\n')
        (*i)++;
      continue;
    }
    if (c == '/' && *i + 1 < len && src[*i + 1] == '*') {
      *i += 2;
      while (*i + 1 < len && !(src[*i] == '*' && src[*i + 1] == '/')) {
        if (src[*i] == '\n')
          buf_put(out, "\n", 1);
        (*i)++;
      }
      *i += 2;
      /* Keep tokens apart: "a/ * x * /b" must not become "ab". */
      if (out->len > 0 && is_ident_char((unsigned char)out->data[out->len - 1]))
        buf_put(out, " ", 1);
      continue;
    }
    if (c == '"' || c == '\'') {
      copy_string(out, src, len, i);
      continue;
    }
    if (c == '`') {
      copy_template(out, src, len, i);
      continue;
    }
    if (c == '/' && regex_allowed(out)) {
      copy_regex(out, src, len, i);
      continue;
    }
    if (stop_at_brace) {
      if (c == '{')
        depth++;
      if (c == '}') {
        if (depth == 0)
          return;
        depth--;
      }
    }
    buf_put(out, &src[(*i)++], 1);
  }
}

static char *minify(const char *src, size_t len, size_t *out_len) {
  buf_t out = {0};
  size_t i = 0;
  minify_code(&out, src, len, &i, 0);
  *out_len = out.len;
  return out.data;
}

static const char wrapper_head[] =
    "(function (exports, require, module, process, internalBinding, primordials) { ";
static const char wrapper_tail[] = "\n})";

static void emit_literal(buf_t *out, const char *path, const char *src, size_t len) {
  size_t line = 1;
  buf_puts(out, "  u\"");
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)src[i];
    char esc[8];
    if (c >= 0x80) {
      fprintf(stderr, "js2c: %s:%zu: non-ASCII byte 0x%02x (use a \\u escape)\n", path, line, c);
      exit(1);
    }
    switch (c) {
    case '\n':
      line++;
      buf_puts(out, "\\n\"\n  u\"");
      break;
    case '"':
      buf_puts(out, "\\\"");
      break;
    case '\\':
      buf_puts(out, "\\\\");
      break;
    case '?':
      buf_puts(out, "\\?");
      break;
    default:
      if (c < 0x20 || c == 0x7f) {
        snprintf(esc, sizeof esc, "\\%03o", c);
        buf_puts(out, esc);
      } else {
        buf_put(out, (const char *)&src[i], 1);
      }
    }
  }
  buf_puts(out, "\"");
}

int main(int argc, char **argv) {
  int minify_mode = 1;
  const char *first_list = NULL;
  for (;;) {
    if (argc > 1 && strcmp(argv[1], "--no-minify") == 0) {
      minify_mode = 0;
      argv++;
      argc--;
    } else if (argc > 2 && strcmp(argv[1], "--first") == 0) {
      first_list = argv[2];
      argv += 2;
      argc -= 2;
    } else {
      break;
    }
  }
  if (argc < 3) {
    fprintf(stderr, "usage: js2c [--no-minify] [--first LIST] OUTPUT.c LIBDIR FILE...\n");
    return 2;
  }
  const char *output = argv[1];
  const char *libdir = argv[2];
  size_t libdir_len = strlen(libdir);
  size_t count = (size_t)(argc - 3);
  entry_t *entries = calloc(count ? count : 1, sizeof *entries);

  for (size_t i = 0; i < count; i++) {
    const char *path = argv[i + 3];
    const char *rel = path;
    if (strncmp(path, libdir, libdir_len) == 0 && path[libdir_len] == '/')
      rel = path + libdir_len + 1;
    size_t rel_len = strlen(rel);
    if (rel_len < 4 || strcmp(rel + rel_len - 3, ".js") != 0) {
      fprintf(stderr, "js2c: %s is not a .js file\n", path);
      return 1;
    }
    entries[i].id = strndup(rel, rel_len - 3);
    entries[i].path = (char *)path;
  }
  qsort(entries, count, sizeof *entries, compare_entries);

  buf_t out = {0};
  buf_puts(&out, "/* Generated by tools/js2c.c from lib/. Do not edit. */\n");
  buf_puts(&out, "#include \"builtins_table.h\"\n\n");
  {
    char offset[128];
    snprintf(offset, sizeof offset, "const size_t nd__builtin_wrapper_offset = %zu;\n\n",
             sizeof wrapper_head - 1);
    buf_puts(&out, offset);
  }
  /* Emission order: the --first modules, then the others (the table stays sorted). */
  size_t *order = calloc(count ? count : 1, sizeof *order);
  char *placed = calloc(count ? count : 1, 1);
  size_t n_order = 0;
  if (first_list != NULL) {
    size_t list_len;
    char *list = read_file(first_list, &list_len);
    for (char *line = strtok(list, "\n"); line != NULL; line = strtok(NULL, "\n")) {
      while (*line == ' ' || *line == '\t')
        line++;
      size_t n = strcspn(line, " \t#");
      if (n == 0)
        continue;
      line[n] = '\0';
      for (size_t i = 0; i < count; i++) {
        if (!placed[i] && strcmp(entries[i].id, line) == 0) {
          placed[i] = 1;
          order[n_order++] = i;
          break;
        }
      }
    }
    free(list);
  }
  for (size_t i = 0; i < count; i++)
    if (!placed[i])
      order[n_order++] = i;
  for (size_t k = 0; k < count; k++) {
    size_t i = order[k];
    size_t len;
    char *src = read_file(entries[i].path, &len);
    char head[64];
    snprintf(head, sizeof head, "static const char16_t source_%zu[] =\n", i);
    buf_puts(&out, head);
    size_t min_len = len;
    char *min = minify_mode ? minify(src, len, &min_len) : NULL;
    const char *body = min ? min : src;
    size_t head_len = sizeof wrapper_head - 1, tail_len = sizeof wrapper_tail - 1;
    char *wrapped = malloc(head_len + min_len + tail_len);
    memcpy(wrapped, wrapper_head, head_len);
    memcpy(wrapped + head_len, body, min_len);
    memcpy(wrapped + head_len + min_len, wrapper_tail, tail_len);
    emit_literal(&out, entries[i].path, wrapped, head_len + min_len + tail_len);
    free(wrapped);
    free(min);
    buf_puts(&out, ";\n\n");
    free(src);
  }
  buf_puts(&out, "const nd_builtin_source_t nd__builtin_sources[] = {\n");
  for (size_t i = 0; i < count; i++) {
    char line[512];
    snprintf(line, sizeof line,
             "  {\"%s\", source_%zu, sizeof source_%zu / sizeof(char16_t) - 1},\n",
             entries[i].id, i, i);
    buf_puts(&out, line);
  }
  if (count == 0)
    buf_puts(&out, "  {0, 0, 0},\n");
  buf_puts(&out, "};\n\n");
  char tail[128];
  snprintf(tail, sizeof tail, "const size_t nd__builtin_source_count = %zu;\n", count);
  buf_puts(&out, tail);

  /* Only touch the output when it changed. */
  size_t old_len = 0;
  FILE *probe = fopen(output, "rb");
  if (probe != NULL) {
    fclose(probe);
    char *old = read_file(output, &old_len);
    int same = old_len == out.len && memcmp(old, out.data, out.len) == 0;
    free(old);
    if (same)
      return 0;
  }
  FILE *f = fopen(output, "wb");
  if (f == NULL || fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0) {
    fprintf(stderr, "js2c: cannot write %s: %s\n", output, strerror(errno));
    return 1;
  }
  return 0;
}
