/*
 * url: the WHATWG URL Standard's basic URL parser, written from the specification
 * (https://url.spec.whatwg.org/), behind node's URL class and node:url.
 *
 * The parser works on an array of Unicode scalar values (the JavaScript string converted
 * once, lone surrogates replaced by U+FFFD) and builds a URL record whose components are
 * kept already serialized: the path is one string of "/segment" items (or the opaque
 * path), hosts are their serialization. Because every component is percent-encoded or
 * IDNA-converted, a serialized URL is always ASCII, so its byte offsets are also its
 * UTF-16 offsets in JavaScript.
 *
 * JavaScript crosses into C once per operation: parse(input, base) returns the serialized
 * href (or undefined for failure) and writes the component offsets into a shared
 * Int32Array (`components`), which lib/internal/url.js slices the href with. Setters are
 * update(href, action, value): the href is parsed again into a record, the setter runs
 * with its state override, and the new href and offsets come back the same way.
 *
 * Common inputs (8-bit strings: absolute http(s)/ws(s)/ftp URLs, and references against a
 * special base) take fast_parse / fast_parse_relative, which write the serialization
 * directly and leave every other shape, and every failure, to the basic parser.
 *
 * Allocation is bounded by the input: the output is at most nine bytes per input code
 * unit plus what IDNA mapping produces, and every buffer grows geometrically.
 *
 * The core (everything above the binding section) has no engine dependency so that the
 * fuzzer (tests/fuzz/fuzz_url.c) can include it with ND_URL_CORE_ONLY defined.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uidna.h>

/* ------------------------------------------------------------------------------------ */
/* Growable buffers with inline storage (most URL components are short). A buffer must
 * not be copied by assignment: its pointer may refer to its own inline array. */

typedef struct {
  char *p;
  size_t len, cap;
  char inl[120];
} ubuf;

static void ub_init(ubuf *b) {
  b->p = b->inl;
  b->len = 0;
  b->cap = sizeof b->inl;
}

static void ub_free(ubuf *b) {
  if (b->p != b->inl)
    free(b->p);
  ub_init(b);
}

static void ub_grow(ubuf *b, size_t extra) {
  size_t need = b->len + extra;
  size_t cap = b->cap * 2;
  while (cap < need)
    cap *= 2;
  char *np = malloc(cap);
  if (np == NULL)
    abort();
  memcpy(np, b->p, b->len);
  if (b->p != b->inl)
    free(b->p);
  b->p = np;
  b->cap = cap;
}

static inline void ub_reserve(ubuf *b, size_t extra) {
  if (b->len + extra > b->cap)
    ub_grow(b, extra);
}

static inline void ub_push(ubuf *b, char c) {
  ub_reserve(b, 1);
  b->p[b->len++] = c;
}

static inline void ub_append(ubuf *b, const char *s, size_t n) {
  ub_reserve(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void ub_assign(ubuf *dst, const ubuf *src) {
  dst->len = 0;
  ub_append(dst, src->p, src->len);
}

/* A code point buffer, same rules. */
typedef struct {
  uint32_t *p;
  size_t len, cap;
  uint32_t inl[32];
} cpbuf;

static void cb_init(cpbuf *b) {
  b->p = b->inl;
  b->len = 0;
  b->cap = sizeof b->inl / sizeof b->inl[0];
}

static void cb_free(cpbuf *b) {
  if (b->p != b->inl)
    free(b->p);
  cb_init(b);
}

static void cb_push(cpbuf *b, uint32_t c) {
  if (b->len == b->cap) {
    size_t cap = b->cap * 2;
    uint32_t *np = malloc(cap * sizeof *np);
    if (np == NULL)
      abort();
    memcpy(np, b->p, b->len * sizeof *np);
    if (b->p != b->inl)
      free(b->p);
    b->p = np;
    b->cap = cap;
  }
  b->p[b->len++] = c;
}

/* ------------------------------------------------------------------------------------ */
/* Character classes and percent-encode sets. */

#define EOFC 0xFFFFFFFFu

enum {
  SET_C0 = 1 << 0,        /* C0 control percent-encode set */
  SET_FRAGMENT = 1 << 1,  /* fragment percent-encode set */
  SET_QUERY = 1 << 2,     /* query percent-encode set */
  SET_SQUERY = 1 << 3,    /* special-query percent-encode set */
  SET_PATH = 1 << 4,      /* path percent-encode set */
  SET_USERINFO = 1 << 5,  /* userinfo percent-encode set */
  SET_COMPONENT = 1 << 6, /* component percent-encode set */
  STOP_PATH = 1 << 8,     /* code points the path state must look at */
  STOP_QUERY = 1 << 9,    /* code points the query state must look at */
  STOP_HOST = 1 << 10,    /* code points that end or reject fast_parse's host scan */
};

/* For each ASCII character, the sets that contain it (code points above U+007E are in
 * every set). Built once from the Standard's definitions, each set extending the one
 * before it. */
static uint16_t ascii_sets[128];
static bool sets_ready;

static void mark(int set, const char *chars) {
  for (const char *c = chars; *c; c++)
    ascii_sets[(unsigned char)*c] |= (uint16_t)set;
}

static void build_sets(void) {
  memset(ascii_sets, 0, sizeof ascii_sets);
  for (int c = 0; c < 0x20; c++)
    ascii_sets[c] |= 0x7F; /* C0 controls are in every set */
  ascii_sets[0x7F] |= 0x7F;
  mark(SET_FRAGMENT, " \"<>`");
  mark(SET_QUERY | SET_SQUERY | SET_PATH | SET_USERINFO | SET_COMPONENT, " \"#<>");
  mark(SET_SQUERY, "'");
  mark(SET_PATH | SET_USERINFO | SET_COMPONENT, "?^`{}");
  mark(SET_USERINFO | SET_COMPONENT, "/:;=@[\\]|");
  mark(SET_COMPONENT, "$%&+,");
  mark(STOP_PATH, "/\\?#");
  mark(STOP_QUERY, "#");
  for (int c = 0; c <= 0x20; c++)
    ascii_sets[c] |= STOP_HOST;
  ascii_sets[0x7F] |= STOP_HOST;
  mark(STOP_HOST, "#%/:<>?@[\\]^|");
}

static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

static void init_sets(void) {
  if (!sets_ready) {
    pthread_once(&sets_once, build_sets);
    sets_ready = true;
  }
}

static const char hexu[] = "0123456789ABCDEF";

static inline bool is_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_hex(uint32_t c) {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static inline int hexval(uint32_t c) { return is_digit(c) ? (int)(c - '0') : (int)((c | 0x20) - 'a' + 10); }
static inline uint32_t lower(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static inline void pct_byte(ubuf *o, unsigned char b) {
  ub_reserve(o, 3);
  o->p[o->len++] = '%';
  o->p[o->len++] = hexu[b >> 4];
  o->p[o->len++] = hexu[b & 15];
}

static size_t utf8_encode(uint32_t c, unsigned char out[4]) {
  if (c < 0x80) {
    out[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (unsigned char)(0xC0 | (c >> 6));
    out[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (c >> 12));
    out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (c >> 18));
  out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

/* UTF-8 percent-encodes one code point with the given set. */
static inline void encode_cp(ubuf *o, uint32_t c, int set) {
  if (c < 0x80) {
    if (ascii_sets[c] & set)
      pct_byte(o, (unsigned char)c);
    else
      ub_push(o, (char)c);
    return;
  }
  unsigned char b[4];
  size_t n = utf8_encode(c, b);
  for (size_t i = 0; i < n; i++)
    pct_byte(o, b[i]);
}

/* Appends the run of code points from in[*p + 1] on that are ASCII and in none of the
 * sets in `mask` (percent-encode sets and stop sets), advancing *p past them. The hot
 * loops of the path, query and fragment states. */
static inline void copy_plain_run(ubuf *o, const uint32_t *in, ptrdiff_t *p, ptrdiff_t end,
                                  int mask) {
  ptrdiff_t i = *p + 1;
  ptrdiff_t j = i;
  while (j < end && in[j] < 0x80 && !(ascii_sets[in[j]] & mask))
    j++;
  if (j > i) {
    ub_reserve(o, (size_t)(j - i));
    char *w = o->p + o->len;
    for (ptrdiff_t k = i; k < j; k++)
      *w++ = (char)in[k];
    o->len += (size_t)(j - i);
    *p = j - 1;
  }
}

/* ------------------------------------------------------------------------------------ */
/* Schemes. */

enum { SCH_OTHER = 0, SCH_HTTP, SCH_HTTPS, SCH_WS, SCH_WSS, SCH_FTP, SCH_FILE };

static const int default_ports[] = {-1, 80, 443, 80, 443, 21, -1};

static int scheme_type(const char *s, size_t n) {
  switch (n) {
  case 2:
    return memcmp(s, "ws", 2) == 0 ? SCH_WS : SCH_OTHER;
  case 3:
    if (memcmp(s, "wss", 3) == 0)
      return SCH_WSS;
    return memcmp(s, "ftp", 3) == 0 ? SCH_FTP : SCH_OTHER;
  case 4:
    if (memcmp(s, "http", 4) == 0)
      return SCH_HTTP;
    return memcmp(s, "file", 4) == 0 ? SCH_FILE : SCH_OTHER;
  case 5:
    return memcmp(s, "https", 5) == 0 ? SCH_HTTPS : SCH_OTHER;
  default:
    return SCH_OTHER;
  }
}

/* ------------------------------------------------------------------------------------ */
/* The URL record. Components are stored serialized; `path` holds "/seg" per segment (or
 * the opaque path), with path_count segments. */

typedef struct {
  ubuf scheme, username, password, host, path, query, fragment;
  int port; /* -1: null */
  int type; /* SCH_* */
  bool has_host, has_query, has_fragment, opaque_path;
  size_t path_count;
} url_t;

static void url_init(url_t *u) {
  ub_init(&u->scheme);
  ub_init(&u->username);
  ub_init(&u->password);
  ub_init(&u->host);
  ub_init(&u->path);
  ub_init(&u->query);
  ub_init(&u->fragment);
  u->port = -1;
  u->type = SCH_OTHER;
  u->has_host = u->has_query = u->has_fragment = u->opaque_path = false;
  u->path_count = 0;
}

static void url_free(url_t *u) {
  ub_free(&u->scheme);
  ub_free(&u->username);
  ub_free(&u->password);
  ub_free(&u->host);
  ub_free(&u->path);
  ub_free(&u->query);
  ub_free(&u->fragment);
}

static inline bool has_credentials(const url_t *u) {
  return u->username.len > 0 || u->password.len > 0;
}

static void path_push(url_t *u, const char *seg, size_t n) {
  ub_reserve(&u->path, n + 1);
  u->path.p[u->path.len++] = '/';
  memcpy(u->path.p + u->path.len, seg, n);
  u->path.len += n;
  u->path_count++;
}

static bool is_normalized_drive(const char *s, size_t n) {
  return n == 2 && is_alpha((unsigned char)s[0]) && s[1] == ':';
}

/* Whether the first path segment is a normalized Windows drive letter ("C:"). */
static bool first_segment_is_drive(const url_t *u) {
  const ubuf *p = &u->path;
  return u->path_count >= 1 && p->len >= 3 && is_normalized_drive(p->p + 1, 2) &&
         (p->len == 3 || p->p[3] == '/');
}

static void path_shorten(url_t *u) {
  if (u->type == SCH_FILE && u->path_count == 1 && first_segment_is_drive(u))
    return;
  if (u->path_count == 0)
    return;
  size_t i = u->path.len;
  while (i > 0 && u->path.p[i - 1] != '/')
    i--;
  u->path.len = i > 0 ? i - 1 : 0;
  u->path_count--;
}

static void copy_authority(url_t *u, const url_t *b) {
  ub_assign(&u->username, &b->username);
  ub_assign(&u->password, &b->password);
  ub_assign(&u->host, &b->host);
  u->has_host = b->has_host;
  u->port = b->port;
}

static void copy_path(url_t *u, const url_t *b) {
  ub_assign(&u->path, &b->path);
  u->path_count = b->path_count;
  u->opaque_path = b->opaque_path;
}

static void copy_query(url_t *u, const url_t *b) {
  ub_assign(&u->query, &b->query);
  u->has_query = b->has_query;
}

static void set_scheme(url_t *u, const char *s, size_t n, int type) {
  u->scheme.len = 0;
  ub_append(&u->scheme, s, n);
  u->type = type;
}

/* ------------------------------------------------------------------------------------ */
/* IPv4. */

/* Parses one IPv4 number (decimal, 0x-hex or 0-octal). Returns the value (saturated at
 * 2^33) or -1 for failure. */
static int64_t ipv4_number(const char *s, size_t n) {
  if (n == 0)
    return -1;
  int radix = 10;
  if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
    s += 2;
    n -= 2;
    radix = 16;
  } else if (n >= 2 && s[0] == '0') {
    s += 1;
    n -= 1;
    radix = 8;
  }
  if (n == 0)
    return 0;
  int64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int d;
    if (radix == 16) {
      if (!is_hex(c))
        return -1;
      d = hexval(c);
    } else {
      if (!is_digit(c) || c - '0' >= radix)
        return -1;
      d = c - '0';
    }
    v = v * radix + d;
    if (v > ((int64_t)1 << 33))
      v = (int64_t)1 << 33;
  }
  return v;
}

/* The "ends in a number checker" over an ASCII domain. */
static bool ends_in_number(const char *s, size_t n) {
  if (n == 0)
    return false;
  size_t end = n;
  if (s[end - 1] == '.')
    end--; /* the empty last part is dropped (there are at least two parts) */
  size_t start = end;
  while (start > 0 && s[start - 1] != '.')
    start--;
  if (start == end)
    return false;
  bool digits = true;
  for (size_t i = start; i < end; i++)
    if (!is_digit((unsigned char)s[i])) {
      digits = false;
      break;
    }
  if (digits)
    return true;
  return ipv4_number(s + start, end - start) >= 0;
}

/* False when the domain certainly does not end in a number: the last character of its
 * last label (a trailing dot aside) must then be a digit, a hex digit or the 'x' of "0x". */
static inline bool maybe_ends_in_number(const char *s, size_t n) {
  if (n > 0 && s[n - 1] == '.')
    n--;
  if (n == 0)
    return true;
  unsigned char c = (unsigned char)(s[n - 1] | 0x20);
  return is_digit(s[n - 1]) || (c >= 'a' && c <= 'f') || c == 'x';
}

/* The IPv4 parser. Returns the address, or -1 for failure. */
static int64_t ipv4_parse(const char *s, size_t n) {
  size_t end = n;
  /* An empty last part is removed (a trailing dot means there are two or more parts). */
  if (end > 0 && s[end - 1] == '.')
    end--;
  int64_t nums[4];
  int count = 0;
  size_t start = 0;
  for (;;) {
    size_t e = start;
    while (e < end && s[e] != '.')
      e++;
    if (count == 4)
      return -1;
    int64_t v = ipv4_number(s + start, e - start);
    if (v < 0)
      return -1;
    nums[count++] = v;
    if (e >= end)
      break;
    start = e + 1;
  }
  for (int i = 0; i < count - 1; i++)
    if (nums[i] > 255)
      return -1;
  int64_t limit = (int64_t)1 << (8 * (5 - count));
  if (nums[count - 1] >= limit)
    return -1;
  int64_t addr = nums[count - 1];
  for (int i = 0; i < count - 1; i++)
    addr += nums[i] << (8 * (3 - i));
  return addr;
}

/* Appends the decimal form of v (snprintf costs hundreds of instructions per call, and
 * hosts and ports are serialized on every parse). */
static void append_decimal(ubuf *o, uint32_t v) {
  char tmp[10];
  size_t n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  ub_reserve(o, n);
  while (n > 0)
    o->p[o->len++] = tmp[--n];
}

static void ipv4_serialize(uint32_t a, ubuf *o) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    append_decimal(o, (a >> shift) & 255);
    if (shift != 0)
      ub_push(o, '.');
  }
}

/* ------------------------------------------------------------------------------------ */
/* IPv6. */

static bool ipv6_parse(const uint32_t *in, size_t n, uint16_t addr[8]) {
  memset(addr, 0, 8 * sizeof addr[0]);
  int piece = 0, compress = -1;
  size_t p = 0;
#define C6 (p < n ? in[p] : EOFC)
  if (C6 == ':') {
    if (p + 1 >= n || in[p + 1] != ':')
      return false;
    p += 2;
    piece++;
    compress = piece;
  }
  while (C6 != EOFC) {
    if (piece == 8)
      return false;
    if (C6 == ':') {
      if (compress >= 0)
        return false;
      p++;
      piece++;
      compress = piece;
      continue;
    }
    unsigned value = 0, length = 0;
    while (length < 4 && is_hex(C6)) {
      value = value * 16 + (unsigned)hexval(C6);
      p++;
      length++;
    }
    if (C6 == '.') {
      if (length == 0)
        return false;
      p -= length;
      if (piece > 6)
        return false;
      int seen = 0;
      while (C6 != EOFC) {
        int v4 = -1;
        if (seen > 0) {
          if (C6 == '.' && seen < 4)
            p++;
          else
            return false;
        }
        if (!is_digit(C6))
          return false;
        while (is_digit(C6)) {
          int d = (int)(C6 - '0');
          if (v4 < 0)
            v4 = d;
          else if (v4 == 0)
            return false;
          else
            v4 = v4 * 10 + d;
          if (v4 > 255)
            return false;
          p++;
        }
        addr[piece] = (uint16_t)(addr[piece] * 0x100 + v4);
        seen++;
        if (seen == 2 || seen == 4)
          piece++;
      }
      if (seen != 4)
        return false;
      break;
    } else if (C6 == ':') {
      p++;
      if (C6 == EOFC)
        return false;
    } else if (C6 != EOFC) {
      return false;
    }
    addr[piece] = (uint16_t)value;
    piece++;
  }
#undef C6
  if (compress >= 0) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = addr[piece];
      addr[piece] = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return false;
  }
  return true;
}

static void ipv6_serialize(const uint16_t a[8], ubuf *o) {
  /* The first longest run of two or more zero pieces is compressed. */
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (a[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && a[j] == 0)
      j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  ub_push(o, '[');
  bool ignore0 = false;
  for (int i = 0; i < 8; i++) {
    if (ignore0 && a[i] == 0)
      continue;
    ignore0 = false;
    if (best == i) {
      ub_append(o, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
      ignore0 = true;
      continue;
    }
    /* The piece in lowercase hexadecimal without leading zeros. */
    int shift = 12;
    while (shift > 0 && (a[i] >> shift) == 0)
      shift -= 4;
    for (; shift >= 0; shift -= 4)
      ub_push(o, "0123456789abcdef"[(a[i] >> shift) & 15]);
    if (i != 7)
      ub_push(o, ':');
  }
  ub_push(o, ']');
}

/* Code points from UTF-8 (invalid sequences become U+FFFD, one per bad byte). Same
 * stripping rules as cps_from_utf16. out must hold n entries. */
static size_t cps_from_utf8(const unsigned char *s, size_t n, bool fresh, bool strip_tabs,
                            uint32_t *out) {
  size_t start = 0, end = n;
  if (fresh) {
    while (start < end && s[start] <= 0x20)
      start++;
    while (end > start && s[end - 1] <= 0x20)
      end--;
  }
  size_t o = 0;
  for (size_t i = start; i < end;) {
    unsigned char b = s[i];
    uint32_t c;
    size_t len = 1;
    if (b < 0x80) {
      c = b;
    } else if (b >= 0xC2 && b <= 0xDF && i + 1 < end && (s[i + 1] & 0xC0) == 0x80) {
      c = ((uint32_t)(b & 0x1F) << 6) | (s[i + 1] & 0x3F);
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF && i + 2 < end && (s[i + 1] & 0xC0) == 0x80 &&
               (s[i + 2] & 0xC0) == 0x80) {
      c = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      len = 3;
      if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
        c = 0xFFFD;
        len = 1;
      }
    } else if (b >= 0xF0 && b <= 0xF4 && i + 3 < end && (s[i + 1] & 0xC0) == 0x80 &&
               (s[i + 2] & 0xC0) == 0x80 && (s[i + 3] & 0xC0) == 0x80) {
      c = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
          ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
      len = 4;
      if (c < 0x10000 || c > 0x10FFFF) {
        c = 0xFFFD;
        len = 1;
      }
    } else {
      c = 0xFFFD;
    }
    i += len;
    if ((c == '\t' || c == '\n' || c == '\r') && strip_tabs)
      continue;
    out[o++] = c;
  }
  return o;
}

/* ------------------------------------------------------------------------------------ */
/* IDNA (UTS #46 through ICU) and hosts. */

static UIDNA *idna;
static pthread_once_t idna_once = PTHREAD_ONCE_INIT;

static void idna_open(void) {
  UErrorCode status = U_ZERO_ERROR;
  /* The Standard's "domain to ASCII": CheckHyphens false, CheckBidi true, CheckJoiners
   * true, UseSTD3ASCIIRules false, nontransitional, VerifyDnsLength false (the length
   * and hyphen errors ICU always reports are ignored below). The handle is immutable
   * and shared by all threads. */
  idna = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                             UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE,
                         &status);
  if (U_FAILURE(status))
    idna = NULL;
}

static UIDNA *idna_handle(void) {
  pthread_once(&idna_once, idna_open);
  return idna;
}

static const uint32_t idna_ignored_errors =
    UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |
    UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

/* UTS #46 ToASCII of UTF-8 input into out. Returns false for failure. */
static bool idna_to_ascii(const char *s, size_t n, ubuf *out) {
  UIDNA *idna = idna_handle();
  if (idna == NULL || n > INT32_MAX / 4)
    return false;
  int32_t cap = (int32_t)(n * 2 + 64);
  for (int attempt = 0; attempt < 2; attempt++) {
    out->len = 0;
    ub_reserve(out, (size_t)cap);
    UErrorCode status = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t len = uidna_nameToASCII_UTF8(idna, s, (int32_t)n, out->p, cap, &info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
      cap = len + 1;
      continue;
    }
    if (U_FAILURE(status) || (info.errors & ~idna_ignored_errors) != 0)
      return false;
    out->len = (size_t)len;
    return true;
  }
  return false;
}

static inline bool forbidden_host(uint32_t c) {
  switch (c) {
  case 0: case '\t': case '\n': case '\r': case ' ': case '#': case '/': case ':':
  case '<': case '>': case '?': case '@': case '[': case '\\': case ']': case '^': case '|':
    return true;
  default:
    return false;
  }
}

static inline bool forbidden_domain(uint32_t c) {
  return forbidden_host(c) || c <= 0x1F || c == '%' || c == 0x7F;
}

/* ICU 72 carries the IDNA mapping data of Unicode 15.0. UTS #46 15.1 changed some
 * entries the Standard's tests exercise; they are applied here before ICU runs:
 *  - a few capital letters whose lowercase forms are valid now map to them;
 *  - five CJK compatibility ideographs, disallowed before, map to their canonical
 *    decompositions;
 *  - the deprecated format characters U+180E and U+206A..U+206F are ignored.
 * Returns the replacement, or EOFC for "ignored". */
static uint32_t idna_premap(uint32_t c) {
  switch (c) {
  case 0x1E9E: return 0xDF;    /* LATIN CAPITAL LETTER SHARP S */
  case 0x04C0: return 0x04CF;  /* CYRILLIC LETTER PALOCHKA */
  case 0x2183: return 0x2184;  /* ROMAN NUMERAL REVERSED ONE HUNDRED */
  case 0x2F868: return 0x36FC;
  case 0x2F874: return 0x5F33;
  case 0x2F91F: return 0x243AB;
  case 0x2F95F: return 0x7AEE;
  case 0x2F9BF: return 0x45D7;
  case 0x180E:
  case 0x206A: case 0x206B: case 0x206C: case 0x206D: case 0x206E: case 0x206F:
    return EOFC;
  default:
    return c;
  }
}

/* UTS #46 ToASCII of UTF-8 input with the 15.1 premapping applied. Invalid UTF-8
 * becomes U+FFFD, which IDNA rejects. */
static bool idna_premapped_to_ascii(const char *s, size_t n, ubuf *out) {
  uint32_t *cps = malloc((n + 1) * sizeof *cps);
  if (cps == NULL)
    abort();
  size_t m = cps_from_utf8((const unsigned char *)s, n, false, false, cps);
  ubuf mapped;
  ub_init(&mapped);
  ub_reserve(&mapped, n + 4);
  for (size_t i = 0; i < m; i++) {
    uint32_t c = idna_premap(cps[i]);
    if (c == EOFC)
      continue;
    unsigned char b[4];
    size_t k = utf8_encode(c, b);
    ub_append(&mapped, (const char *)b, k);
  }
  free(cps);
  bool ok = idna_to_ascii(mapped.p, mapped.len, out);
  ub_free(&mapped);
  return ok;
}

/* A small cache of IDNA conversions (non-ASCII domains only, as UTF-8): ICU's UTS #46
 * processing costs about a microsecond, and programs see the same hosts again and
 * again. Direct-mapped; keys longer than IDNA_CACHE_KEY_MAX bytes are not cached. */
#define IDNA_CACHE_SIZE 64
#define IDNA_CACHE_KEY_MAX 256
static _Thread_local struct {
  size_t key_len; /* 0: empty slot */
  char key[IDNA_CACHE_KEY_MAX];
  bool ok;
  size_t out_len;
  char *out;
} idna_cache[IDNA_CACHE_SIZE];

static uint32_t idna_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static bool idna_cached_to_ascii(const char *s, size_t n, ubuf *out) {
  if (n == 0 || n > IDNA_CACHE_KEY_MAX)
    return idna_premapped_to_ascii(s, n, out);
  uint32_t slot = idna_hash(s, n) % IDNA_CACHE_SIZE;
  if (idna_cache[slot].key_len == n && memcmp(idna_cache[slot].key, s, n) == 0) {
    out->len = 0;
    if (idna_cache[slot].ok)
      ub_append(out, idna_cache[slot].out, idna_cache[slot].out_len);
    return idna_cache[slot].ok;
  }
  bool ok = idna_premapped_to_ascii(s, n, out);
  free(idna_cache[slot].out);
  idna_cache[slot].out = NULL;
  idna_cache[slot].out_len = 0;
  if (ok) {
    idna_cache[slot].out = malloc(out->len + 1);
    if (idna_cache[slot].out == NULL)
      abort();
    memcpy(idna_cache[slot].out, out->p, out->len);
    idna_cache[slot].out_len = out->len;
  }
  memcpy(idna_cache[slot].key, s, n);
  idna_cache[slot].key_len = n;
  idna_cache[slot].ok = ok;
  return ok;
}

/* The "domain to ASCII" algorithm (beStrict false) over UTF-8 bytes. An ASCII domain is
 * only lowercased: the Standard does not validate ASCII labels (not even "xn--" ones). */
static bool domain_to_ascii(const char *s, size_t n, ubuf *out) {
  bool ascii = true;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    out->len = 0;
    ub_reserve(out, n);
    for (size_t i = 0; i < n; i++)
      out->p[i] = (char)lower((unsigned char)s[i]);
    out->len = n;
  } else if (!idna_cached_to_ascii(s, n, out)) {
    return false;
  }
  if (out->len == 0)
    return false;
  for (size_t i = 0; i < out->len; i++) {
    unsigned char c = (unsigned char)out->p[i];
    if (c >= 0x80 || forbidden_domain(c))
      return false;
  }
  return true;
}

/* The host parser. Writes the serialized host into out; returns false for failure. */
static bool host_parse(const uint32_t *in, size_t n, bool not_special, ubuf *out) {
  out->len = 0;
  if (n > 0 && in[0] == '[') {
    if (in[n - 1] != ']' || n < 2)
      return false;
    uint16_t a[8];
    if (!ipv6_parse(in + 1, n - 2, a))
      return false;
    ipv6_serialize(a, out);
    return true;
  }
  if (not_special) {
    for (size_t i = 0; i < n; i++)
      if (forbidden_host(in[i]))
        return false;
    for (size_t i = 0; i < n; i++)
      encode_cp(out, in[i], SET_C0);
    return true;
  }
  /* The common case: ASCII without percent signs needs no decoding and no IDNA. */
  bool plain = true;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = in[i];
    if (c >= 0x80 || c == '%') {
      plain = false;
      break;
    }
  }
  if (plain) {
    ub_reserve(out, n);
    for (size_t i = 0; i < n; i++) {
      uint32_t c = lower(in[i]);
      if (forbidden_domain(c))
        return false;
      out->p[i] = (char)c;
    }
    out->len = n;
    if (n == 0)
      return false;
    if (ends_in_number(out->p, n)) {
      int64_t a = ipv4_parse(out->p, n);
      if (a < 0)
        return false;
      out->len = 0;
      ipv4_serialize((uint32_t)a, out);
    }
    return true;
  }
  /* Percent-decode the UTF-8 encoding of the input. */
  ubuf bytes;
  ub_init(&bytes);
  ub_reserve(&bytes, n * 4);
  for (size_t i = 0; i < n; i++) {
    uint32_t c = in[i];
    if (c == '%' && i + 2 < n && is_hex(in[i + 1]) && is_hex(in[i + 2])) {
      bytes.p[bytes.len++] = (char)(hexval(in[i + 1]) * 16 + hexval(in[i + 2]));
      i += 2;
    } else {
      bytes.len += utf8_encode(c, (unsigned char *)bytes.p + bytes.len);
    }
  }
  ubuf ascii;
  ub_init(&ascii);
  bool ok = domain_to_ascii(bytes.p, bytes.len, &ascii);
  ub_free(&bytes);
  if (!ok) {
    ub_free(&ascii);
    return false;
  }
  if (ends_in_number(ascii.p, ascii.len)) {
    int64_t a = ipv4_parse(ascii.p, ascii.len);
    ub_free(&ascii);
    if (a < 0)
      return false;
    ipv4_serialize((uint32_t)a, out);
    return true;
  }
  ub_assign(out, &ascii);
  ub_free(&ascii);
  return true;
}

/* ------------------------------------------------------------------------------------ */
/* The basic URL parser. */

typedef enum {
  ST_NONE = 0,
  ST_SCHEME_START,
  ST_SCHEME,
  ST_NO_SCHEME,
  ST_SPECIAL_RELATIVE_OR_AUTHORITY,
  ST_PATH_OR_AUTHORITY,
  ST_RELATIVE,
  ST_RELATIVE_SLASH,
  ST_SPECIAL_AUTHORITY_SLASHES,
  ST_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  ST_AUTHORITY,
  ST_HOST,
  ST_HOSTNAME,
  ST_PORT,
  ST_FILE,
  ST_FILE_SLASH,
  ST_FILE_HOST,
  ST_PATH_START,
  ST_PATH,
  ST_OPAQUE_PATH,
  ST_QUERY,
  ST_FRAGMENT,
} state_t;

/* "Starts with a Windows drive letter" for the code points from `in`. */
static bool starts_with_drive(const uint32_t *in, size_t n) {
  if (n < 2 || !is_alpha(in[0]) || (in[1] != ':' && in[1] != '|'))
    return false;
  if (n == 2)
    return true;
  uint32_t c = in[2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

static bool is_single_dot(const char *s, size_t n) {
  return (n == 1 && s[0] == '.') ||
         (n == 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e');
}

static bool is_double_dot(const char *s, size_t n) {
  switch (n) {
  case 2:
    return s[0] == '.' && s[1] == '.';
  case 4:
    return (s[0] == '.' && s[1] == '%' && s[2] == '2' && (s[3] | 0x20) == 'e') ||
           (s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e' && s[3] == '.');
  case 6:
    return s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e' && s[3] == '%' && s[4] == '2' &&
           (s[5] | 0x20) == 'e';
  default:
    return false;
  }
}

enum { PARSE_OK = 0, PARSE_FAIL = -1 };

/* Runs the basic URL parser over the code points. Without a state override `url` must
 * be freshly initialised and the input already stripped. With one, `url` is modified in
 * place (also when failure is returned, as the Standard's setters expect). */
static int basic_parse(const uint32_t *in, size_t n, const url_t *base, url_t *url,
                       state_t override) {
  state_t state = override ? override : ST_SCHEME_START;
  /* The Standard's buffer, in the states that collect code points, is always a run of
   * the input: it is kept as a start index and a length. */
  ptrdiff_t bstart = 0;
  size_t blen = 0;
  ubuf seg;
  ub_init(&seg);
  bool at_seen = false, in_brackets = false, pw_seen = false;
  bool port_digits = false;
  uint32_t port_val = 0;
  int result = PARSE_OK;
  ptrdiff_t p = 0;
  const ptrdiff_t end = (ptrdiff_t)n;

#define FAIL()                                                                                     \
  do {                                                                                             \
    result = PARSE_FAIL;                                                                           \
    goto done;                                                                                     \
  } while (0)
#define RETURN()                                                                                   \
  do {                                                                                             \
    result = PARSE_OK;                                                                             \
    goto done;                                                                                     \
  } while (0)
#define REMAINING_IS(ch) (p + 1 < end && in[p + 1] == (uint32_t)(ch))
#define SPECIAL (url->type != SCH_OTHER)
#define BUF_PUSH()                                                                                 \
  do {                                                                                             \
    if (blen++ == 0)                                                                               \
      bstart = p;                                                                                  \
  } while (0)
#define BUF (in + bstart)

  for (;;) {
    uint32_t c = (p >= 0 && p < end) ? in[p] : EOFC;
    switch (state) {
    case ST_NONE:
      FAIL();

    case ST_SCHEME_START:
      if (is_alpha(c)) {
        BUF_PUSH();
        state = ST_SCHEME;
      } else if (!override) {
        state = ST_NO_SCHEME;
        p--;
      } else {
        FAIL();
      }
      break;

    case ST_SCHEME:
      if (c != EOFC && (is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) {
        BUF_PUSH();
      } else if (c == ':') {
        char small[16];
        char *name = blen <= sizeof small ? small : malloc(blen);
        if (name == NULL)
          abort();
        for (size_t i = 0; i < blen; i++)
          name[i] = (char)lower(BUF[i]);
        int t = scheme_type(name, blen);
        if (override) {
          if ((url->type != SCH_OTHER) != (t != SCH_OTHER) ||
              ((has_credentials(url) || url->port >= 0) && t == SCH_FILE) ||
              (url->type == SCH_FILE && url->has_host && url->host.len == 0)) {
            if (name != small)
              free(name);
            RETURN();
          }
        }
        set_scheme(url, name, blen, t);
        if (name != small)
          free(name);
        if (override) {
          if (url->port >= 0 && url->port == default_ports[t])
            url->port = -1;
          RETURN();
        }
        blen = 0;
        if (t == SCH_FILE) {
          state = ST_FILE;
        } else if (t != SCH_OTHER && base != NULL && base->type == t) {
          state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (t != SCH_OTHER) {
          state = ST_SPECIAL_AUTHORITY_SLASHES;
        } else if (REMAINING_IS('/')) {
          state = ST_PATH_OR_AUTHORITY;
          p++;
        } else {
          url->opaque_path = true;
          url->path.len = 0;
          state = ST_OPAQUE_PATH;
        }
      } else if (!override) {
        blen = 0;
        state = ST_NO_SCHEME;
        p = -1;
      } else {
        FAIL();
      }
      break;

    case ST_NO_SCHEME:
      if (base == NULL || (base->opaque_path && c != '#')) {
        FAIL();
      } else if (base->opaque_path && c == '#') {
        set_scheme(url, base->scheme.p, base->scheme.len, base->type);
        copy_path(url, base);
        copy_query(url, base);
        url->fragment.len = 0;
        url->has_fragment = true;
        state = ST_FRAGMENT;
      } else if (base->type != SCH_FILE) {
        state = ST_RELATIVE;
        p--;
      } else {
        state = ST_FILE;
        p--;
      }
      break;

    case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c == '/' && REMAINING_IS('/')) {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p++;
      } else {
        state = ST_RELATIVE;
        p--;
      }
      break;

    case ST_PATH_OR_AUTHORITY:
      if (c == '/') {
        state = ST_AUTHORITY;
      } else {
        state = ST_PATH;
        p--;
      }
      break;

    case ST_RELATIVE:
      set_scheme(url, base->scheme.p, base->scheme.len, base->type);
      if (c == '/' || (SPECIAL && c == '\\')) {
        state = ST_RELATIVE_SLASH;
      } else {
        copy_authority(url, base);
        copy_path(url, base);
        copy_query(url, base);
        if (c == '?') {
          url->query.len = 0;
          url->has_query = true;
          state = ST_QUERY;
        } else if (c == '#') {
          url->fragment.len = 0;
          url->has_fragment = true;
          state = ST_FRAGMENT;
        } else if (c != EOFC) {
          url->query.len = 0;
          url->has_query = false;
          path_shorten(url);
          state = ST_PATH;
          p--;
        }
      }
      break;

    case ST_RELATIVE_SLASH:
      if (SPECIAL && (c == '/' || c == '\\')) {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c == '/') {
        state = ST_AUTHORITY;
      } else {
        copy_authority(url, base);
        state = ST_PATH;
        p--;
      }
      break;

    case ST_SPECIAL_AUTHORITY_SLASHES:
      if (c == '/' && REMAINING_IS('/')) {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p++;
      } else {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p--;
      }
      break;

    case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c != '/' && c != '\\') {
        state = ST_AUTHORITY;
        p--;
      }
      break;

    case ST_AUTHORITY:
      if (c == '@') {
        if (at_seen) {
          /* Prepend "%40": the earlier '@' becomes part of the userinfo. */
          ubuf *target = pw_seen ? &url->password : &url->username;
          ub_append(target, "%40", 3);
        }
        at_seen = true;
        for (size_t i = 0; i < blen; i++) {
          uint32_t cp = BUF[i];
          if (cp == ':' && !pw_seen) {
            pw_seen = true;
            continue;
          }
          encode_cp(pw_seen ? &url->password : &url->username, cp, SET_USERINFO);
        }
        blen = 0;
      } else if (c == EOFC || c == '/' || c == '?' || c == '#' || (SPECIAL && c == '\\')) {
        if (at_seen && blen == 0)
          FAIL();
        p -= (ptrdiff_t)blen + 1;
        blen = 0;
        state = ST_HOST;
      } else {
        BUF_PUSH();
        /* Ordinary code points up to the next one this state looks at. */
        while (p + 1 < end) {
          uint32_t d = in[p + 1];
          if (d == '@' || d == '/' || d == '?' || d == '#' || d == '\\')
            break;
          p++;
          blen++;
        }
      }
      break;

    case ST_HOST:
    case ST_HOSTNAME:
      if (override && url->type == SCH_FILE) {
        p--;
        state = ST_FILE_HOST;
      } else if (c == ':' && !in_brackets) {
        if (blen == 0)
          FAIL();
        if (override == ST_HOSTNAME)
          FAIL();
        ubuf h;
        ub_init(&h);
        if (!host_parse(BUF, blen, !SPECIAL, &h)) {
          ub_free(&h);
          FAIL();
        }
        ub_assign(&url->host, &h);
        ub_free(&h);
        url->has_host = true;
        blen = 0;
        state = ST_PORT;
      } else if (c == EOFC || c == '/' || c == '?' || c == '#' || (SPECIAL && c == '\\')) {
        p--;
        if (SPECIAL && blen == 0)
          FAIL();
        if (override && blen == 0 && (has_credentials(url) || url->port >= 0))
          FAIL();
        ubuf h;
        ub_init(&h);
        if (!host_parse(BUF, blen, !SPECIAL, &h)) {
          ub_free(&h);
          FAIL();
        }
        ub_assign(&url->host, &h);
        ub_free(&h);
        url->has_host = true;
        blen = 0;
        state = ST_PATH_START;
        if (override)
          RETURN();
      } else {
        if (c == '[')
          in_brackets = true;
        if (c == ']')
          in_brackets = false;
        BUF_PUSH();
        /* Ordinary code points up to the next one this state looks at. */
        while (p + 1 < end) {
          uint32_t d = in[p + 1];
          if (d == ':' || d == '/' || d == '?' || d == '#' || d == '\\' || d == '[' || d == ']')
            break;
          p++;
          blen++;
        }
      }
      break;

    case ST_PORT:
      if (is_digit(c)) {
        port_digits = true;
        port_val = port_val * 10 + (c - '0');
        if (port_val > 65536)
          port_val = 65536; /* saturate: anything above 65535 fails */
      } else if (c == EOFC || c == '/' || c == '?' || c == '#' || (SPECIAL && c == '\\') ||
                 override) {
        if (port_digits) {
          if (port_val > 65535)
            FAIL();
          url->port = ((int)port_val == default_ports[url->type]) ? -1 : (int)port_val;
          port_digits = false;
          port_val = 0;
          if (override)
            RETURN();
        }
        if (override)
          FAIL();
        state = ST_PATH_START;
        p--;
      } else {
        FAIL();
      }
      break;

    case ST_FILE:
      set_scheme(url, "file", 4, SCH_FILE);
      url->host.len = 0;
      url->has_host = true;
      if (c == '/' || c == '\\') {
        state = ST_FILE_SLASH;
      } else if (base != NULL && base->type == SCH_FILE) {
        ub_assign(&url->host, &base->host);
        url->has_host = base->has_host;
        copy_path(url, base);
        copy_query(url, base);
        if (c == '?') {
          url->query.len = 0;
          url->has_query = true;
          state = ST_QUERY;
        } else if (c == '#') {
          url->fragment.len = 0;
          url->has_fragment = true;
          state = ST_FRAGMENT;
        } else if (c != EOFC) {
          url->query.len = 0;
          url->has_query = false;
          if (!starts_with_drive(in + p, (size_t)(end - p))) {
            path_shorten(url);
          } else {
            url->path.len = 0;
            url->path_count = 0;
          }
          state = ST_PATH;
          p--;
        }
      } else {
        state = ST_PATH;
        p--;
      }
      break;

    case ST_FILE_SLASH:
      if (c == '/' || c == '\\') {
        state = ST_FILE_HOST;
      } else {
        if (base != NULL && base->type == SCH_FILE) {
          ub_assign(&url->host, &base->host);
          url->has_host = base->has_host;
          if (!starts_with_drive(in + p, (size_t)(end - p)) && first_segment_is_drive(base))
            path_push(url, base->path.p + 1, 2);
        }
        state = ST_PATH;
        p--;
      }
      break;

    case ST_FILE_HOST:
      if (c == EOFC || c == '/' || c == '\\' || c == '?' || c == '#') {
        p--;
        if (!override && blen == 2 && is_alpha(BUF[0]) && (BUF[1] == ':' || BUF[1] == '|')) {
          /* The drive letter quirk: the buffer becomes the first path segment. */
          seg.len = 0;
          ub_push(&seg, (char)BUF[0]);
          ub_push(&seg, (char)BUF[1]);
          blen = 0;
          state = ST_PATH;
        } else if (blen == 0) {
          url->host.len = 0;
          url->has_host = true;
          if (override)
            RETURN();
          state = ST_PATH_START;
        } else {
          ubuf h;
          ub_init(&h);
          if (!host_parse(BUF, blen, !SPECIAL, &h)) {
            ub_free(&h);
            FAIL();
          }
          if (h.len == 9 && memcmp(h.p, "localhost", 9) == 0)
            h.len = 0;
          ub_assign(&url->host, &h);
          ub_free(&h);
          url->has_host = true;
          if (override)
            RETURN();
          blen = 0;
          state = ST_PATH_START;
        }
      } else {
        BUF_PUSH();
      }
      break;

    case ST_PATH_START:
      if (SPECIAL) {
        state = ST_PATH;
        if (c != '/' && c != '\\')
          p--;
      } else if (!override && c == '?') {
        url->query.len = 0;
        url->has_query = true;
        state = ST_QUERY;
      } else if (!override && c == '#') {
        url->fragment.len = 0;
        url->has_fragment = true;
        state = ST_FRAGMENT;
      } else if (c != EOFC) {
        state = ST_PATH;
        if (c != '/')
          p--;
      } else if (override && !url->has_host) {
        path_push(url, "", 0);
      }
      break;

    case ST_PATH:
      if (c == EOFC || c == '/' || (SPECIAL && c == '\\') ||
          (!override && (c == '?' || c == '#'))) {
        bool slash = c == '/' || (SPECIAL && c == '\\');
        if (is_double_dot(seg.p, seg.len)) {
          path_shorten(url);
          if (!slash)
            path_push(url, "", 0);
        } else if (is_single_dot(seg.p, seg.len)) {
          if (!slash)
            path_push(url, "", 0);
        } else {
          if (url->type == SCH_FILE && url->path_count == 0 && seg.len == 2 &&
              is_alpha((unsigned char)seg.p[0]) && (seg.p[1] == ':' || seg.p[1] == '|'))
            seg.p[1] = ':';
          path_push(url, seg.p, seg.len);
        }
        seg.len = 0;
        if (c == '?') {
          url->query.len = 0;
          url->has_query = true;
          state = ST_QUERY;
        } else if (c == '#') {
          url->fragment.len = 0;
          url->has_fragment = true;
          state = ST_FRAGMENT;
        }
      } else {
        encode_cp(&seg, c, SET_PATH);
        /* The rest of the segment, up to the next possible delimiter. */
        for (;;) {
          copy_plain_run(&seg, in, &p, end, SET_PATH | STOP_PATH);
          if (p + 1 >= end)
            break;
          uint32_t d = in[p + 1];
          if (d == '/' || d == '\\' || d == '?' || d == '#')
            break;
          encode_cp(&seg, d, SET_PATH);
          p++;
        }
      }
      break;

    case ST_OPAQUE_PATH:
      if (c == '?') {
        url->query.len = 0;
        url->has_query = true;
        state = ST_QUERY;
      } else if (c == '#') {
        url->fragment.len = 0;
        url->has_fragment = true;
        state = ST_FRAGMENT;
      } else if (c == ' ') {
        if (REMAINING_IS('?') || REMAINING_IS('#'))
          ub_append(&url->path, "%20", 3);
        else
          ub_push(&url->path, ' ');
      } else if (c != EOFC) {
        encode_cp(&url->path, c, SET_C0);
      }
      break;

    case ST_QUERY:
      if ((!override && c == '#') || c == EOFC) {
        if (c == '#') {
          url->fragment.len = 0;
          url->has_fragment = true;
          state = ST_FRAGMENT;
        }
      } else {
        const int set = SPECIAL ? SET_SQUERY : SET_QUERY;
        encode_cp(&url->query, c, set);
        for (;;) {
          copy_plain_run(&url->query, in, &p, end, set | STOP_QUERY);
          if (p + 1 >= end || in[p + 1] == '#')
            break;
          encode_cp(&url->query, in[++p], set);
        }
      }
      break;

    case ST_FRAGMENT:
      if (c != EOFC) {
        encode_cp(&url->fragment, c, SET_FRAGMENT);
        for (;;) {
          copy_plain_run(&url->fragment, in, &p, end, SET_FRAGMENT);
          if (p + 1 >= end)
            break;
          encode_cp(&url->fragment, in[++p], SET_FRAGMENT);
        }
      }
      break;
    }
    if (p >= end)
      break;
    p++;
  }

done:
  ub_free(&seg);
  return result;
#undef FAIL
#undef RETURN
#undef REMAINING_IS
#undef SPECIAL
#undef BUF_PUSH
#undef BUF
}

/* ------------------------------------------------------------------------------------ */
/* Serialization. */

/* Component offsets handed to JavaScript (indices into the href). */
enum {
  C_PROTOCOL_END, /* after the scheme's ':' */
  C_USERNAME_END,
  C_HOST_START,
  C_HOST_END,
  C_PORT, /* the port number, -1 when null */
  C_PATHNAME_START,
  C_SEARCH_START, /* the '?', -1 when the query is null */
  C_HASH_START,   /* the '#', -1 when the fragment is null */
  C_FLAGS,        /* bit 0: has a host; bit 1: opaque path; bits 2..: scheme type */
  C_COUNT
};

static void serialize(const url_t *u, ubuf *o, int32_t comp[C_COUNT]) {
  o->len = 0;
  ub_reserve(o, u->scheme.len + u->username.len + u->password.len + u->host.len +
                    u->path.len + u->query.len + u->fragment.len + 16);
  ub_append(o, u->scheme.p, u->scheme.len);
  ub_push(o, ':');
  comp[C_PROTOCOL_END] = (int32_t)o->len;
  if (u->has_host) {
    ub_append(o, "//", 2);
    ub_append(o, u->username.p, u->username.len);
    comp[C_USERNAME_END] = (int32_t)o->len;
    if (u->password.len > 0) {
      ub_push(o, ':');
      ub_append(o, u->password.p, u->password.len);
    }
    if (has_credentials(u))
      ub_push(o, '@');
    comp[C_HOST_START] = (int32_t)o->len;
    ub_append(o, u->host.p, u->host.len);
    comp[C_HOST_END] = (int32_t)o->len;
    if (u->port >= 0) {
      ub_push(o, ':');
      append_decimal(o, (uint32_t)u->port);
    }
  } else {
    comp[C_USERNAME_END] = comp[C_HOST_START] = comp[C_HOST_END] = (int32_t)o->len;
    if (!u->opaque_path && u->path_count > 1 && u->path.len >= 2 && u->path.p[1] == '/')
      ub_append(o, "/.", 2);
  }
  comp[C_PORT] = u->port;
  comp[C_PATHNAME_START] = (int32_t)o->len;
  ub_append(o, u->path.p, u->path.len);
  comp[C_SEARCH_START] = -1;
  if (u->has_query) {
    comp[C_SEARCH_START] = (int32_t)o->len;
    ub_push(o, '?');
    ub_append(o, u->query.p, u->query.len);
  }
  comp[C_HASH_START] = -1;
  if (u->has_fragment) {
    comp[C_HASH_START] = (int32_t)o->len;
    ub_push(o, '#');
    ub_append(o, u->fragment.p, u->fragment.len);
  }
  comp[C_FLAGS] = (u->has_host ? 1 : 0) | (u->opaque_path ? 2 : 0) | (u->type << 2);
}

/* ------------------------------------------------------------------------------------ */
/* The fast path. Most URLs a program parses are absolute http(s) (or ws, wss, ftp) URLs
 * with a plain host. For those, given as Latin-1 characters (an 8-bit engine string: every
 * code unit is the code point) and with no base, fast_parse runs the same steps the basic
 * parser would, writing the serialization and its offsets directly instead of going
 * through the code point array and the URL record. Its shape is: a special scheme other
 * than file, ":" and exactly two slashes, a host of ASCII characters that are neither
 * forbidden domain code points nor "%" (so no credentials, IPv6, percent-decoding or IDNA
 * is involved; hosts ending in a number go through the IPv4 parser like in host_parse), an
 * optional port, then path, query and fragment, where anything the Standard would strip
 * (leading or trailing C0 controls and spaces, tabs and newlines) or treat as a slash
 * ("\\") does not occur. Anything else, every failure included, returns false and the
 * caller runs basic_parse, which alone decides about errors. */

/* Appends one Latin-1 character above U+007F, UTF-8 encoded and percent-encoded (such
 * characters are in every percent-encode set). */
static inline void pct_latin1(ubuf *o, unsigned char c) {
  ub_reserve(o, 6);
  char *w = o->p + o->len;
  w[0] = '%';
  w[1] = 'C';
  w[2] = c < 0xC0 ? '2' : '3';
  w[3] = '%';
  w[4] = hexu[0x8 | ((c >> 4) & 3)];
  w[5] = hexu[c & 15];
  o->len += 6;
}

/* Appends s[*i..] up to (not including) the first character in `stop`, percent-encoding
 * the characters in `set`. Returns false on a character the Standard removes from the
 * input before parsing (tab, newline, carriage return). */
static inline bool fast_copy(ubuf *o, const uint8_t *s, size_t n, size_t *i, int set, int stop) {
  size_t k = *i;
  while (k < n) {
    size_t j = k;
    while (j < n && s[j] < 0x80 && !(ascii_sets[s[j]] & (set | stop)))
      j++;
    if (j > k) {
      ub_append(o, (const char *)s + k, j - k);
      k = j;
      if (k == n)
        break;
    }
    unsigned char c = s[k];
    if (c >= 0x80) {
      pct_latin1(o, c);
    } else if (ascii_sets[c] & stop) {
      break;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    } else {
      pct_byte(o, c);
    }
    k++;
  }
  *i = k;
  return true;
}

/* The query and fragment from s[i] (at '?', '#' or the end); the offsets of ones the
 * caller already wrote stay unless the input has its own. */
static bool fast_query_fragment(const uint8_t *s, size_t n, size_t i, ubuf *o,
                                int32_t comp[C_COUNT]) {
  if (i < n && s[i] == '?') {
    comp[C_SEARCH_START] = (int32_t)o->len;
    ub_push(o, '?');
    i++;
    if (!fast_copy(o, s, n, &i, SET_SQUERY, STOP_QUERY))
      return false;
  }
  if (i < n && s[i] == '#') {
    comp[C_HASH_START] = (int32_t)o->len;
    ub_push(o, '#');
    i++;
    if (!fast_copy(o, s, n, &i, SET_FRAGMENT, 0))
      return false;
  }
  return true;
}

/* Appends userinfo characters s[from..to) percent-encoded with the userinfo set. */
static bool fast_userinfo(ubuf *o, const uint8_t *s, size_t from, size_t to) {
  for (size_t k = from; k < to; k++) {
    unsigned char c = s[k];
    if (c >= 0x80)
      pct_latin1(o, c);
    else if (ascii_sets[c] & SET_USERINFO)
      pct_byte(o, c);
    else
      ub_push(o, (char)c);
  }
  return true;
}

/* The authority of a special URL from s[*i] (just after "//"): userinfo, host and port,
 * as the authority, host and port states produce them. Leaves *i at the path, query,
 * fragment or end. */
static bool fast_authority(const uint8_t *s, size_t n, size_t *ip, int type, ubuf *o,
                           int32_t comp[C_COUNT]) {
  size_t i = *ip;
  /* The usual authority is a plain host, maybe with a port: it is lowercased straight
   * into the output. */
  size_t h = i;
  size_t host_start = o->len;
  ub_reserve(o, n - i);
  char *w = o->p + host_start;
  while (h < n && s[h] < 0x80 && !(ascii_sets[s[h]] & STOP_HOST))
    *w++ = (char)lower(s[h++]);
  size_t port_end = h;
  if (h > i && h < n && s[h] == ':') {
    port_end = h + 1;
    while (port_end < n && is_digit(s[port_end]))
      port_end++;
  }
  if (h > i && (port_end == n || s[port_end] == '/' || s[port_end] == '?' || s[port_end] == '#')) {
    o->len = host_start + (h - i);
    if (maybe_ends_in_number(o->p + host_start, h - i) &&
        ends_in_number(o->p + host_start, h - i)) {
      int64_t a = ipv4_parse(o->p + host_start, h - i);
      if (a < 0)
        return false;
      o->len = host_start;
      ipv4_serialize((uint32_t)a, o);
    }
    comp[C_HOST_END] = (int32_t)o->len;
    comp[C_PORT] = -1;
    if (port_end > h + 1) {
      uint32_t v = 0;
      for (size_t d = h + 1; d < port_end; d++) {
        v = v * 10 + (s[d] - '0');
        if (v > 65535)
          return false;
      }
      if ((int)v != default_ports[type]) {
        comp[C_PORT] = (int)v;
        ub_push(o, ':');
        append_decimal(o, v);
      }
    }
    *ip = port_end;
    return true;
  }

  /* Otherwise: the authority ends at the first '/', '?' or '#'; its last '@' ends the
   * userinfo. */
  size_t end = i, at = SIZE_MAX;
  bool plain = true;
  for (; end < n; end++) {
    unsigned char c = s[end];
    if (c < 0x80 && (ascii_sets[c] & STOP_HOST)) {
      if (c == '/' || c == '?' || c == '#')
        break;
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
        return false;
      if (c == '@')
        at = end;
      if (c != ':')
        plain = false;
    } else if (c >= 0x80) {
      plain = false;
    }
  }
  if (at != SIZE_MAX) {
    size_t colon = i;
    while (colon < at && s[colon] != ':')
      colon++;
    fast_userinfo(o, s, i, colon);
    comp[C_USERNAME_END] = (int32_t)o->len;
    size_t user_len = (size_t)comp[C_USERNAME_END] - (size_t)comp[C_HOST_START];
    if (colon + 1 < at) {
      ub_push(o, ':');
      fast_userinfo(o, s, colon + 1, at);
    }
    if (user_len > 0 || colon + 1 < at)
      ub_push(o, '@');
    comp[C_HOST_START] = (int32_t)o->len;
    i = at + 1;
    if (i == end)
      return false;
    /* The host part alone decides whether the host is plain. */
    plain = true;
    for (size_t k = i; k < end && plain; k++)
      plain = s[k] < 0x80 && (s[k] == ':' || !(ascii_sets[s[k]] & STOP_HOST));
  }

  /* The host ends at a ':' outside brackets. */
  size_t host_begin = i;
  bool in_brackets = false;
  while (i < end && (s[i] != ':' || in_brackets)) {
    if (s[i] == '[')
      in_brackets = true;
    else if (s[i] == ']')
      in_brackets = false;
    i++;
  }
  size_t host_len = i - host_begin;
  if (host_len == 0)
    return false;
  host_start = o->len;
  if (plain) {
    ub_reserve(o, host_len);
    for (size_t k = 0; k < host_len; k++)
      o->p[host_start + k] = (char)lower(s[host_begin + k]);
    o->len += host_len;
    if (ends_in_number(o->p + host_start, host_len)) {
      int64_t a = ipv4_parse(o->p + host_start, host_len);
      if (a < 0)
        return false;
      o->len = host_start;
      ipv4_serialize((uint32_t)a, o);
    }
  } else {
    /* Percent-escapes, IDNA and IPv6: the host parser itself, on the code points. */
    uint32_t cps[256];
    if (host_len > sizeof cps / sizeof cps[0])
      return false;
    for (size_t k = 0; k < host_len; k++)
      cps[k] = s[host_begin + k];
    ubuf parsed;
    ub_init(&parsed);
    bool ok = host_parse(cps, host_len, false, &parsed);
    if (ok)
      ub_append(o, parsed.p, parsed.len);
    ub_free(&parsed);
    if (!ok)
      return false;
  }
  comp[C_HOST_END] = (int32_t)o->len;

  /* The port: digits only, up to the end of the authority. */
  int port = -1;
  if (i < end) {
    i++;
    bool digits = false;
    uint32_t v = 0;
    for (; i < end; i++) {
      if (!is_digit(s[i]))
        return false;
      v = v * 10 + (s[i] - '0');
      if (v > 65535)
        return false;
      digits = true;
    }
    if (digits && (int)v != default_ports[type]) {
      port = (int)v;
      ub_push(o, ':');
      append_decimal(o, v);
    }
  }
  comp[C_PORT] = port;
  *ip = end;
  return true;
}

/* The path (from s[*i], whose first segment starts there; the output's path so far
 * begins at path_start), query and fragment of a special URL. The path is "/segment"
 * items, with "." and ".." segments applied as the path state does (they are recognised
 * on the percent-encoded segment, like there). */
static bool fast_tail(const uint8_t *s, size_t n, size_t i, size_t path_start, ubuf *o,
                      int32_t comp[C_COUNT]) {
  for (;;) {
    ub_push(o, '/');
    size_t seg_start = o->len;
    if (!fast_copy(o, s, n, &i, SET_PATH, STOP_PATH))
      return false;
    if (i < n && s[i] == '\\')
      return false;
    bool slash = i < n && s[i] == '/';
    const char *seg = o->p + seg_start;
    size_t seg_len = o->len - seg_start;
    if (is_double_dot(seg, seg_len)) {
      o->len = seg_start - 1;
      if (o->len > path_start) {
        while (o->p[o->len - 1] != '/')
          o->len--;
        o->len--;
      }
      if (!slash)
        ub_push(o, '/');
    } else if (is_single_dot(seg, seg_len)) {
      o->len = seg_start - 1;
      if (!slash)
        ub_push(o, '/');
    }
    if (!slash)
      break;
    i++;
  }
  return fast_query_fragment(s, n, i, o, comp);
}

static bool fast_parse(const uint8_t *s, size_t n, ubuf *o, int32_t comp[C_COUNT]) {
  /* The scheme: letters only, then ':' and "//" not followed by a third slash. */
  char scheme[6];
  size_t i = 0;
  while (i < n && i < sizeof scheme && is_alpha(s[i])) {
    scheme[i] = (char)(s[i] | 0x20);
    i++;
  }
  if (i + 3 >= n || s[i] != ':' || s[i + 1] != '/' || s[i + 2] != '/' || s[i + 3] == '/' ||
      s[i + 3] == '\\' || s[n - 1] <= 0x20)
    return false;
  int type = scheme_type(scheme, i);
  if (type == SCH_OTHER || type == SCH_FILE)
    return false;
  o->len = 0;
  ub_reserve(o, n + 8);
  ub_append(o, scheme, i);
  ub_append(o, "://", 3);
  comp[C_PROTOCOL_END] = (int32_t)i + 1;
  comp[C_USERNAME_END] = comp[C_HOST_START] = (int32_t)o->len;
  comp[C_SEARCH_START] = comp[C_HASH_START] = -1;
  i += 3;
  if (!fast_authority(s, n, &i, type, o, comp))
    return false;
  size_t path_start = o->len;
  comp[C_PATHNAME_START] = (int32_t)path_start;
  if (i < n && s[i] == '/')
    i++;
  if (!fast_tail(s, n, i, path_start, o, comp))
    return false;
  comp[C_FLAGS] = 1 | (type << 2);
  return true;
}

/* A reference without a scheme against a base URL given as its serialization and offsets
 * (a special URL other than file:): the relative and relative slash states copy the
 * base's components, which here are runs of the base's href. References that start with
 * two slashes (network-path references) or a backslash are left to basic_parse. */
static bool fast_parse_relative(const uint8_t *s, size_t n, const char *base, size_t base_len,
                                const int32_t bc[C_COUNT], ubuf *o, int32_t comp[C_COUNT]) {
  int type = bc[C_FLAGS] >> 2;
  if (type == SCH_OTHER || type == SCH_FILE || !(bc[C_FLAGS] & 1))
    return false;
  if (n > 0 && (s[0] <= 0x20 || s[n - 1] <= 0x20))
    return false;
  /* A scheme ("letter, then letters, digits, '+', '-', '.', then ':'") means another
   * kind of parse. */
  if (n > 0 && is_alpha(s[0])) {
    size_t k = 1;
    while (k < n && (is_alpha(s[k]) || is_digit(s[k]) || s[k] == '+' || s[k] == '-' || s[k] == '.'))
      k++;
    if (k < n && s[k] == ':')
      return false;
  }
  size_t path_start = (size_t)bc[C_PATHNAME_START];
  size_t base_query = bc[C_SEARCH_START] >= 0 ? (size_t)bc[C_SEARCH_START] : SIZE_MAX;
  size_t base_hash = bc[C_HASH_START] >= 0 ? (size_t)bc[C_HASH_START] : base_len;
  size_t path_end = base_query != SIZE_MAX ? base_query : base_hash;
  o->len = 0;
  ub_reserve(o, path_end + n + 8);
  memcpy(comp, bc, C_COUNT * sizeof comp[0]);
  size_t i = 0;
  if (n == 0 || s[0] == '?' || s[0] == '#') {
    /* The base's path, and its query too unless the reference has one. */
    size_t keep = n > 0 && s[0] == '?' ? path_end : base_hash;
    ub_append(o, base, keep);
    comp[C_HASH_START] = -1;
    if (n > 0 && s[0] == '?')
      comp[C_SEARCH_START] = -1;
    return fast_query_fragment(s, n, 0, o, comp);
  }
  if (s[0] == '/') {
    if (n > 1 && (s[1] == '/' || s[1] == '\\'))
      return false;
    ub_append(o, base, path_start);
    i = 1;
  } else if (s[0] == '\\') {
    return false;
  } else {
    /* The base's path without its last segment. */
    size_t e = path_end;
    if (e > path_start) {
      while (base[e - 1] != '/')
        e--;
      e--;
    }
    ub_append(o, base, e);
  }
  comp[C_SEARCH_START] = comp[C_HASH_START] = -1;
  return fast_tail(s, n, i, path_start, o, comp);
}

/* ------------------------------------------------------------------------------------ */
/* Input preparation and the operations the binding (and the fuzzer) use. */

/* Code points from UTF-16, lone surrogates becoming U+FFFD. When `fresh`, leading and
 * trailing C0 controls and spaces are removed; tabs and newlines are always removed when
 * `strip_tabs`. out must hold n entries. Returns the count. */
static size_t cps_from_utf16(const uint16_t *s, size_t n, bool fresh, bool strip_tabs,
                             uint32_t *out) {
  size_t start = 0, end = n;
  if (fresh) {
    while (start < end && s[start] <= 0x20)
      start++;
    while (end > start && s[end - 1] <= 0x20)
      end--;
  }
  size_t o = 0;
  for (size_t i = start; i < end; i++) {
    uint32_t c = s[i];
    if (c >= 0x20 && c < 0xD800) { /* the common case */
      out[o++] = c;
      continue;
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      if (strip_tabs)
        continue;
    } else if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 < end && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        i++;
      } else {
        c = 0xFFFD;
      }
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    out[o++] = c;
  }
  return o;
}

/* Setter actions (the numbers lib/internal/url.js passes to update()). */
enum {
  ACT_PROTOCOL = 1,
  ACT_USERNAME,
  ACT_PASSWORD,
  ACT_HOST,
  ACT_HOSTNAME,
  ACT_PORT,
  ACT_PATHNAME,
  ACT_SEARCH,
  ACT_HASH,
};

static bool cannot_have_credentials(const url_t *u) {
  return !u->has_host || u->host.len == 0 || u->type == SCH_FILE;
}

/* Applies a setter to a parsed URL. `value` holds the code points of the new value,
 * without tab/newline removal (the username and password setters keep them). */
static void apply_setter(url_t *u, int action, const uint32_t *value, size_t n) {
  /* The parser-driven setters drop tabs and newlines first. */
  uint32_t small[128];
  uint32_t *v = n + 1 <= 128 ? small : malloc((n + 1) * sizeof *v);
  if (v == NULL)
    abort();
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (value[i] != '\t' && value[i] != '\n' && value[i] != '\r')
      v[m++] = value[i];
  switch (action) {
  case ACT_PROTOCOL:
    v[m++] = ':';
    basic_parse(v, m, NULL, u, ST_SCHEME_START);
    break;
  case ACT_USERNAME:
  case ACT_PASSWORD:
    if (!cannot_have_credentials(u)) {
      ubuf *target = action == ACT_USERNAME ? &u->username : &u->password;
      target->len = 0;
      for (size_t i = 0; i < n; i++)
        encode_cp(target, value[i], SET_USERINFO);
    }
    break;
  case ACT_HOST:
  case ACT_HOSTNAME:
    if (!u->opaque_path)
      basic_parse(v, m, NULL, u, action == ACT_HOST ? ST_HOST : ST_HOSTNAME);
    break;
  case ACT_PORT:
    if (!cannot_have_credentials(u)) {
      if (n == 0)
        u->port = -1;
      else
        basic_parse(v, m, NULL, u, ST_PORT);
    }
    break;
  case ACT_PATHNAME:
    if (!u->opaque_path) {
      u->path.len = 0;
      u->path_count = 0;
      basic_parse(v, m, NULL, u, ST_PATH_START);
    }
    break;
  case ACT_SEARCH:
    if (n == 0) {
      u->query.len = 0;
      u->has_query = false;
    } else {
      size_t skip = (m > 0 && v[0] == '?') ? 1 : 0;
      u->query.len = 0;
      u->has_query = true;
      basic_parse(v + skip, m - skip, NULL, u, ST_QUERY);
    }
    break;
  case ACT_HASH:
    if (n == 0) {
      u->fragment.len = 0;
      u->has_fragment = false;
    } else {
      size_t skip = (m > 0 && v[0] == '#') ? 1 : 0;
      u->fragment.len = 0;
      u->has_fragment = true;
      basic_parse(v + skip, m - skip, NULL, u, ST_FRAGMENT);
    }
    break;
  default:
    break;
  }
  if (v != small)
    free(v);
}

/* Parses already-prepared code points with an optional base; returns PARSE_OK and fills
 * `out` (initialised by the caller) or PARSE_FAIL. */
static int parse_cps(const uint32_t *in, size_t n, const url_t *base, url_t *out) {
  init_sets();
  return basic_parse(in, n, base, out, ST_NONE);
}

/* Decodes one punycode label (RFC 3492) into code points; false when it is invalid. */
static bool punycode_decode(const char *s, size_t n, cpbuf *out) {
  enum { BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700 };
  size_t basic = 0;
  bool delim = false;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '-') {
      basic = i;
      delim = true;
    }
  out->len = 0;
  for (size_t i = 0; i < basic; i++) {
    if ((unsigned char)s[i] >= 0x80)
      return false;
    cb_push(out, (unsigned char)s[i]);
  }
  uint32_t code = 128, bias = 72;
  uint64_t i = 0;
  size_t in = delim ? basic + 1 : 0;
  bool first = true;
  while (in < n) {
    uint64_t oldi = i, w = 1;
    for (uint32_t k = BASE;; k += BASE) {
      if (in >= n)
        return false;
      unsigned char ch = (unsigned char)s[in++];
      uint32_t digit;
      if (ch >= '0' && ch <= '9')
        digit = ch - '0' + 26;
      else if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
        digit = (uint32_t)((ch | 0x20) - 'a');
      else
        return false;
      i += digit * w;
      if (i > 0x10FFFF * (uint64_t)(out->len + 1) + 0x10FFFF)
        return false;
      uint32_t t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t)
        break;
      w *= BASE - t;
      if (w > 0xFFFFFFFFull)
        return false;
    }
    size_t len = out->len + 1;
    uint64_t delta = i - oldi;
    delta = first ? delta / DAMP : delta / 2;
    first = false;
    delta += delta / len;
    uint32_t k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    bias = (uint32_t)(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
    uint64_t cp = code + i / len;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    code = (uint32_t)cp;
    i %= len;
    cb_push(out, 0);
    memmove(out->p + i + 1, out->p + i, (out->len - 1 - i) * sizeof(uint32_t));
    out->p[i] = code;
    i++;
  }
  return true;
}

/* node's domainToUnicode over an ASCII hostname: each "xn--" label that decodes is
 * replaced by its Unicode form (as UTF-8), other labels are kept. */
static void hostname_to_unicode(const char *s, size_t n, ubuf *out) {
  out->len = 0;
  cpbuf tmp;
  cb_init(&tmp);
  size_t start = 0;
  while (start <= n) {
    size_t e = start;
    while (e < n && s[e] != '.')
      e++;
    const char *label = s + start;
    size_t len = e - start;
    bool done = false;
    if (len >= 4 && (label[0] | 0x20) == 'x' && (label[1] | 0x20) == 'n' && label[2] == '-' &&
        label[3] == '-') {
      bool ascii = true;
      for (size_t i = 0; i < len; i++)
        if ((unsigned char)label[i] >= 0x80)
          ascii = false;
      if (ascii && punycode_decode(label + 4, len - 4, &tmp)) {
        for (size_t i = 0; i < tmp.len; i++) {
          unsigned char b[4];
          size_t k = utf8_encode(tmp.p[i], b);
          ub_append(out, (const char *)b, k);
        }
        done = true;
      }
    }
    if (!done)
      ub_append(out, label, len);
    if (e >= n)
      break;
    ub_push(out, '.');
    start = e + 1;
  }
  cb_free(&tmp);
}

#ifndef ND_URL_CORE_ONLY
/* ------------------------------------------------------------------------------------ */
/* The binding. */

#include "../jsc_string.h"
#include "bindings.h"

static _Thread_local int32_t components[C_COUNT];

/* cps_from_utf16 for Latin-1 characters (an engine string's 8-bit form), which hold no
 * surrogates. */
static size_t cps_from_latin1(const uint8_t *s, size_t n, bool fresh, bool strip_tabs,
                              uint32_t *out) {
  size_t start = 0, end = n;
  if (fresh) {
    while (start < end && s[start] <= 0x20)
      start++;
    while (end > start && s[end - 1] <= 0x20)
      end--;
  }
  size_t o = 0;
  for (size_t i = start; i < end; i++) {
    uint32_t c = s[i];
    if (strip_tabs && (c == '\t' || c == '\n' || c == '\r'))
      continue;
    out[o++] = c;
  }
  return o;
}

/* Code points of a JavaScript value that is already a string (lib/ converts), read in
 * place (nd_str_get). Uses the caller's stack buffer when it fits; the result must be
 * freed when it is not `stack`. When str_out is given it receives the string (released by
 * the caller), otherwise it is released here. */
static uint32_t *value_cps(JSContextRef ctx, JSValueRef v, bool fresh, bool strip_tabs,
                           uint32_t *stack, size_t stack_n, size_t *n_out, nd_str_t *str_out,
                           JSValueRef *exc) {
  nd_str_t s;
  if (!nd_str_get(ctx, v, &s, exc))
    return NULL;
  size_t n = s.length;
  uint32_t *out = n <= stack_n ? stack : malloc((n + 1) * sizeof *out);
  if (out == NULL)
    abort();
  if (s.latin1 != NULL)
    *n_out = cps_from_latin1(s.latin1, n, fresh, strip_tabs, out);
  else
    *n_out = cps_from_utf16((const uint16_t *)s.utf16, n, fresh, strip_tabs, out);
  if (str_out != NULL)
    *str_out = s;
  else
    nd_str_release(&s);
  return out;
}

/* Whether the string's characters are exactly the n bytes at s. */
static bool str_equals_bytes(const nd_str_t *str, const char *s, size_t n) {
  if (str->length != n)
    return false;
  if (n == 0)
    return true;
  if (str->latin1 != NULL)
    return memcmp(str->latin1, s, n) == 0;
  for (size_t i = 0; i < n; i++) {
    if (str->utf16[i] != (unsigned char)s[i])
      return false;
  }
  return true;
}

/* A JS string for ASCII bytes; returns `same` (the input value) when the text is equal
 * to `same_str`, saving an allocation for already-normalized input. The string is built
 * in place as an 8-bit engine string (nd_newstr_latin1). */
static JSValueRef ascii_string(JSContextRef ctx, const char *s, size_t n, const nd_str_t *same_str,
                               JSValueRef same) {
  if (same_str != NULL && same_str->held && str_equals_bytes(same_str, s, n))
    return same;
  nd_newstr_t str;
  if (!nd_newstr_latin1(&str, n))
    abort();
  if (n > 0)
    memcpy(str.latin1, s, n);
  return nd_newstr_finish(ctx, &str);
}

#define CPS_STACK 512

/* The last base URL parsed, kept because programs resolve many URLs against the same
 * base: its UTF-16 text and its record (or its failure). Bases longer than
 * BASE_CACHE_MAX code units are not kept. */
#define BASE_CACHE_MAX 2048
static _Thread_local struct {
  bool valid, ok;
  size_t len;
  JSChar text[BASE_CACHE_MAX];
  url_t url;
  /* When ok: the serialization and its offsets, for fast_parse_relative. */
  ubuf href;
  int32_t comp[C_COUNT];
} base_cache;

/* Whether the string's characters equal its length of UTF-16 units at units. */
static bool str_equals_units(const nd_str_t *str, const JSChar *units) {
  if (str->latin1 != NULL) {
    for (size_t i = 0; i < str->length; i++) {
      if (units[i] != str->latin1[i])
        return false;
    }
    return true;
  }
  return str->length == 0 || memcmp(str->utf16, units, str->length * sizeof(JSChar)) == 0;
}

/* The parsed base for base_v: a pointer into the cache, or into *scratch (initialised by
 * the caller) when the base is too long to keep. Returns 1, 0 when the base is not a
 * URL, -1 with *exc set. */
static int get_base(JSContextRef ctx, JSValueRef base_v, url_t *scratch, const url_t **out,
                    JSValueRef *exc) {
  nd_str_t s;
  if (!nd_str_get(ctx, base_v, &s, exc))
    return -1;
  size_t n = s.length;
  if (base_cache.valid && base_cache.len == n && str_equals_units(&s, base_cache.text)) {
    nd_str_release(&s);
    *out = &base_cache.url;
    return base_cache.ok ? 1 : 0;
  }
  uint32_t stack[CPS_STACK];
  uint32_t *cps = n <= CPS_STACK ? stack : malloc((n + 1) * sizeof *cps);
  if (cps == NULL)
    abort();
  size_t m = s.latin1 != NULL ? cps_from_latin1(s.latin1, n, true, true, cps)
                              : cps_from_utf16((const uint16_t *)s.utf16, n, true, true, cps);
  url_t *target = scratch;
  if (n <= BASE_CACHE_MAX) {
    static _Thread_local bool initialised;
    if (initialised) {
      url_free(&base_cache.url);
      ub_free(&base_cache.href);
    }
    url_init(&base_cache.url);
    ub_init(&base_cache.href);
    initialised = true;
    base_cache.valid = false;
    target = &base_cache.url;
  }
  int r = parse_cps(cps, m, NULL, target);
  if (cps != stack)
    free(cps);
  if (target == &base_cache.url) {
    for (size_t i = 0; i < n; i++)
      base_cache.text[i] = s.latin1 != NULL ? s.latin1[i] : s.utf16[i];
    base_cache.len = n;
    base_cache.ok = r == PARSE_OK;
    if (base_cache.ok)
      serialize(&base_cache.url, &base_cache.href, base_cache.comp);
    base_cache.valid = true;
  }
  nd_str_release(&s);
  *out = target;
  return r == PARSE_OK ? 1 : 0;
}

/* Parses `input` against the optional base value (undefined for none) into url.
 * Returns 1 on success, 0 on failure, -1 with *exc set. */
static int parse_value(JSContextRef ctx, JSValueRef input, JSValueRef base_v, url_t *url,
                       nd_str_t *input_str, JSValueRef *exc) {
  url_t scratch;
  url_init(&scratch);
  const url_t *base = NULL;
  if (base_v != NULL && !JSValueIsUndefined(ctx, base_v)) {
    int r = get_base(ctx, base_v, &scratch, &base, exc);
    if (r <= 0) {
      url_free(&scratch);
      return r;
    }
  }
  uint32_t stack[CPS_STACK];
  size_t n;
  uint32_t *in = value_cps(ctx, input, true, true, stack, CPS_STACK, &n, input_str, exc);
  if (in == NULL) {
    url_free(&scratch);
    return -1;
  }
  init_sets();
  int r = basic_parse(in, n, base, url, ST_NONE);
  if (in != stack)
    free(in);
  url_free(&scratch);
  return r == PARSE_OK ? 1 : 0;
}

/* Serializes url, fills `components`, returns the href string (or undefined when the
 * href is too long for a JavaScript string). */
static JSValueRef finish(JSContextRef ctx, const url_t *url, const nd_str_t *same_str,
                         JSValueRef same) {
  ubuf out;
  ub_init(&out);
  serialize(url, &out, components);
  JSValueRef v;
  if (out.len > 0x7FFFFFF0)
    v = JSValueMakeUndefined(ctx);
  else
    v = ascii_string(ctx, out.p, out.len, same_str, same);
  ub_free(&out);
  return v;
}

/* Runs the fast paths on the 8-bit input s (absolute special URLs; references against a
 * special base, the cached one). Returns 1 when one accepted the input (out and
 * `components` filled), 0 when the basic parser must decide, -1 with *exc set. */
static int fast_value(JSContextRef ctx, const nd_str_t *s, JSValueRef base_v, ubuf *out,
                      JSValueRef *exc) {
  if (s->latin1 == NULL || s->length > 0x10000000)
    return 0;
  init_sets();
  if (JSValueIsUndefined(ctx, base_v))
    return fast_parse(s->latin1, s->length, out, components) ? 1 : 0;
  url_t scratch;
  url_init(&scratch);
  const url_t *base;
  int r = get_base(ctx, base_v, &scratch, &base, exc);
  url_free(&scratch);
  if (r <= 0 || base != &base_cache.url)
    return r < 0 ? -1 : 0;
  return fast_parse(s->latin1, s->length, out, components) ||
                 fast_parse_relative(s->latin1, s->length, base_cache.href.p, base_cache.href.len,
                                     base_cache.comp, out, components)
             ? 1
             : 0;
}

/* fast_value for a JavaScript input: 1 when a fast path accepted it, with *href (when
 * href is not NULL) set to the result's href string; 0 when the basic parser must decide;
 * -1 with *exc set. */
static int fast_attempt(JSContextRef ctx, JSValueRef input, JSValueRef base_v, JSValueRef *href,
                        JSValueRef *exc) {
  nd_str_t s;
  if (!nd_str_get(ctx, input, &s, exc))
    return -1;
  ubuf out;
  ub_init(&out);
  int fast = fast_value(ctx, &s, base_v, &out, exc);
  if (fast > 0 && href != NULL)
    *href = ascii_string(ctx, out.p, out.len, &s, input);
  ub_free(&out);
  nd_str_release(&s);
  return fast;
}

/* parse(input, base) -> href, or undefined when the input (or base) is not a URL. The
 * component offsets are written into `components`. */
static ND_FUNCTION(js_parse_locked) {
  JSValueRef href = NULL;
  int fast = fast_attempt(ctx, ND_ARG(0), ND_ARG(1), &href, exc);
  if (fast != 0)
    return fast > 0 ? href : NULL;
  url_t url;
  url_init(&url);
  nd_str_t input_str = {0};
  int r = parse_value(ctx, ND_ARG(0), ND_ARG(1), &url, &input_str, exc);
  JSValueRef result;
  if (r < 0)
    result = NULL;
  else if (r == 0)
    result = JSValueMakeUndefined(ctx);
  else
    result = finish(ctx, &url, &input_str, ND_ARG(0));
  nd_str_release(&input_str);
  url_free(&url);
  return result;
}

/* canParse(input, base) -> boolean. */
static ND_FUNCTION(js_can_parse_locked) {
  int fast = fast_attempt(ctx, ND_ARG(0), ND_ARG(1), NULL, exc);
  if (fast != 0)
    return fast > 0 ? JSValueMakeBoolean(ctx, true) : NULL;
  url_t url;
  url_init(&url);
  int r = parse_value(ctx, ND_ARG(0), ND_ARG(1), &url, NULL, exc);
  url_free(&url);
  if (r < 0)
    return NULL;
  return JSValueMakeBoolean(ctx, r == 1);
}

/* update(href, action, value) -> the new href (components updated), or false when href
 * does not parse. */
static ND_FUNCTION(js_update_locked) {
  url_t url;
  url_init(&url);
  int r = parse_value(ctx, ND_ARG(0), NULL, &url, NULL, exc);
  if (r <= 0) {
    url_free(&url);
    return r < 0 ? NULL : JSValueMakeBoolean(ctx, false);
  }
  int action = (int)JSValueToNumber(ctx, ND_ARG(1), NULL);
  uint32_t stack[CPS_STACK];
  size_t n;
  uint32_t *v = value_cps(ctx, ND_ARG(2), false, false, stack, CPS_STACK, &n, NULL, exc);
  if (v == NULL) {
    url_free(&url);
    return NULL;
  }
  apply_setter(&url, action, v, n);
  if (v != stack)
    free(v);
  JSValueRef result = finish(ctx, &url, NULL, NULL);
  url_free(&url);
  return result;
}

/* The hostname node's domainToASCII reports: the hostname setter applied to "ws://x"
 * with the input; NULL (and false) when it fails or the input is empty. */
static bool domain_via_setter(JSContextRef ctx, JSValueRef input, url_t *url, JSValueRef *exc,
                              bool *threw) {
  uint32_t stack[CPS_STACK];
  size_t n;
  *threw = false;
  uint32_t *v = value_cps(ctx, input, false, false, stack, CPS_STACK, &n, NULL, exc);
  if (v == NULL) {
    *threw = true;
    return false;
  }
  init_sets();
  static const uint32_t ws[] = {'w', 's', ':', '/', '/', 'x'};
  basic_parse(ws, 6, NULL, url, ST_NONE);
  bool ok = false;
  if (n > 0) {
    url->host.len = 0;
    apply_setter(url, ACT_HOSTNAME, v, n);
    /* The setter leaves the host untouched when it fails; it was emptied above, and a
     * successful parse of a special URL never yields an empty host. */
    ok = url->host.len > 0;
  }
  if (v != stack)
    free(v);
  return ok;
}

static ND_FUNCTION(js_domain_to_ascii) {
  url_t url;
  url_init(&url);
  bool threw;
  bool ok = domain_via_setter(ctx, ND_ARG(0), &url, exc, &threw);
  JSValueRef r = threw  ? NULL
                 : ok   ? ascii_string(ctx, url.host.p, url.host.len, NULL, NULL)
                        : nd_string(ctx, "");
  url_free(&url);
  return r;
}

static ND_FUNCTION(js_domain_to_unicode) {
  url_t url;
  url_init(&url);
  bool threw;
  bool ok = domain_via_setter(ctx, ND_ARG(0), &url, exc, &threw);
  JSValueRef r;
  if (threw) {
    r = NULL;
  } else if (!ok) {
    r = nd_string(ctx, "");
  } else {
    ubuf u;
    ub_init(&u);
    hostname_to_unicode(url.host.p, url.host.len, &u);
    r = nd_string_n(ctx, u.p, u.len);
    ub_free(&u);
  }
  url_free(&url);
  return r;
}

/* toUnicodeHost(hostname) -> the hostname with its punycode labels decoded (for
 * url.format's `unicode` option, which takes an already-parsed hostname). */
static ND_FUNCTION(js_hostname_to_unicode) {
  size_t len;
  char *s = nd_to_utf8(ctx, ND_ARG(0), &len, exc);
  if (s == NULL)
    return NULL;
  ubuf u;
  ub_init(&u);
  hostname_to_unicode(s, len, &u);
  JSValueRef r = nd_string_n(ctx, u.p, u.len);
  ub_free(&u);
  free(s);
  return r;
}

/* legacyToASCII(hostname) -> the UTS #46 ToASCII form the legacy url.parse() uses, or
 * "" when IDNA rejects it. Unlike the WHATWG host parser, "xn--" labels are validated,
 * there is no forbidden code point check and no IPv4 step (the caller checks). */
static ND_FUNCTION(js_legacy_to_ascii) {
  size_t len;
  char *s = nd_to_utf8(ctx, ND_ARG(0), &len, exc);
  if (s == NULL)
    return NULL;
  bool simple = true;
  for (size_t i = 0; i < len && simple; i++) {
    if ((unsigned char)s[i] >= 0x80)
      simple = false;
    else if ((i == 0 || s[i - 1] == '.') && i + 4 <= len && (s[i] | 0x20) == 'x' &&
             (s[i + 1] | 0x20) == 'n' && s[i + 2] == '-' && s[i + 3] == '-')
      simple = false;
  }
  ubuf out;
  ub_init(&out);
  bool ok;
  if (simple) {
    ub_reserve(&out, len);
    for (size_t i = 0; i < len; i++)
      out.p[i] = (char)lower((unsigned char)s[i]);
    out.len = len;
    ok = true;
  } else {
    ok = idna_cached_to_ascii(s, len, &out);
  }
  /* node hands the result back as a C string: it ends at the first NUL. */
  size_t rlen = 0;
  while (ok && rlen < out.len && out.p[rlen] != 0)
    rlen++;
  JSValueRef r = ok ? nd_string_n(ctx, out.p, rlen) : nd_string(ctx, "");
  ub_free(&out);
  free(s);
  return r;
}

/* The exported functions hold the engine's lock for their whole run (nd_engine_lock), so
 * that the engine calls inside them are cheap re-entries instead of full lock cycles. */
ND_LOCKED_FUNCTION(js_parse)
ND_LOCKED_FUNCTION(js_can_parse)
ND_LOCKED_FUNCTION(js_update)
/* The same bodies as host functions (jsc_string.h), used when the engine allows. */
ND_HOST_ENTRY(js_parse_locked)
ND_HOST_ENTRY(js_can_parse_locked)
ND_HOST_ENTRY(js_update_locked)

void nd__binding_url_init(JSContextRef ctx, JSObjectRef exports) {
  init_sets();
  static const nd_method_t methods[] = {
      {"parse", js_parse},
      {"canParse", js_can_parse},
      {"update", js_update},
      {"domainToASCII", js_domain_to_ascii},
      {"domainToUnicode", js_domain_to_unicode},
      {"hostnameToUnicode", js_hostname_to_unicode},
      {"legacyToASCII", js_legacy_to_ascii},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_use_host_function(ctx, exports, "parse", 2, js_parse_locked_host);
  nd_use_host_function(ctx, exports, "canParse", 2, js_can_parse_locked_host);
  nd_use_host_function(ctx, exports, "update", 3, js_update_locked_host);
  nd_set(ctx, exports, "components",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array, components,
                                               sizeof components, NULL, NULL, NULL));
}
#endif /* ND_URL_CORE_ONLY */
