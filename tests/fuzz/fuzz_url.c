/* libFuzzer target for the URL parser (src/bindings/url.c, its engine-free core). On
 * arbitrary bytes it checks:
 *  - parsing (with no base, and against a base chosen by the first byte) never crashes;
 *  - a successful parse serializes to ASCII, with component offsets in range, in order,
 *    and pointing at their delimiters;
 *  - the serialization parses back to itself;
 *  - after a setter (chosen by the second byte, value from the input) the URL still
 *    serializes to an href that parses back to itself;
 *  - when the fast path (fast_parse) accepts the URL bytes read as Latin-1, the basic
 *    parser gives the same href and offsets.
 * Build and run: make fuzz. */
#define ND_URL_CORE_ONLY 1
#include "../../src/bindings/url.c"

static const char *const bases[] = {
    NULL,
    "http://user:pw@example.com:8080/a/b/c?q=1#f",
    "file:///C:/dir/file.txt",
    "file://host/share/x",
    "sc://h/p/q",
    "sc:opaque path?x#y",
    "https://[::1]/",
    "https://example.com/",
    "wss://h/a/b?q",
};

static void check(bool ok) {
  if (!ok)
    abort();
}

/* Serializes u and checks the href and its offsets; returns the href (malloc'ed). */
static char *serialize_checked(const url_t *u, size_t *len) {
  ubuf out;
  ub_init(&out);
  int32_t c[C_COUNT];
  serialize(u, &out, c);
  int32_t n = (int32_t)out.len;
  for (size_t i = 0; i < out.len; i++)
    check((unsigned char)out.p[i] >= 0x20 && (unsigned char)out.p[i] < 0x7F);
  check(c[C_PROTOCOL_END] >= 2 && c[C_PROTOCOL_END] <= n && out.p[c[C_PROTOCOL_END] - 1] == ':');
  check(c[C_PROTOCOL_END] <= c[C_USERNAME_END] && c[C_USERNAME_END] <= c[C_HOST_START] &&
        c[C_HOST_START] <= c[C_HOST_END] && c[C_HOST_END] <= c[C_PATHNAME_START] &&
        c[C_PATHNAME_START] <= n);
  int32_t after_path = n;
  if (c[C_HASH_START] >= 0) {
    check(c[C_HASH_START] >= c[C_PATHNAME_START] && c[C_HASH_START] < n &&
          out.p[c[C_HASH_START]] == '#');
    after_path = c[C_HASH_START];
  }
  if (c[C_SEARCH_START] >= 0) {
    check(c[C_SEARCH_START] >= c[C_PATHNAME_START] && c[C_SEARCH_START] < after_path &&
          out.p[c[C_SEARCH_START]] == '?');
  }
  check(c[C_PORT] >= -1 && c[C_PORT] <= 65535);
  if (c[C_FLAGS] & 1)
    check(out.p[c[C_PROTOCOL_END]] == '/' && out.p[c[C_PROTOCOL_END] + 1] == '/');
  char *href = malloc(out.len + 1);
  memcpy(href, out.p, out.len);
  href[out.len] = 0;
  *len = out.len;
  ub_free(&out);
  return href;
}

/* The href must parse to a URL that serializes to the same href. */
static void check_reparse(const char *href, size_t len) {
  uint32_t *cps = malloc((len + 1) * sizeof *cps);
  size_t n = cps_from_utf8((const unsigned char *)href, len, true, true, cps);
  check(n == len); /* ASCII without tabs, newlines or leading/trailing spaces */
  url_t again;
  url_init(&again);
  check(parse_cps(cps, n, NULL, &again) == PARSE_OK);
  size_t len2;
  char *href2 = serialize_checked(&again, &len2);
  check(len2 == len && memcmp(href, href2, len) == 0);
  free(href2);
  url_free(&again);
  free(cps);
}

/* The basic parser's href and offsets for Latin-1 bytes (prepared like the binding
 * does), against an optional base; false when it fails. */
static bool slow_parse(const uint8_t *s, size_t n, const url_t *base, ubuf *out,
                       int32_t comp[C_COUNT]) {
  uint32_t *cps = malloc((n + 1) * sizeof *cps);
  size_t m = 0, start = 0, end = n;
  while (start < end && s[start] <= 0x20)
    start++;
  while (end > start && s[end - 1] <= 0x20)
    end--;
  for (size_t i = start; i < end; i++)
    if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
      cps[m++] = s[i];
  url_t url;
  url_init(&url);
  bool ok = parse_cps(cps, m, base, &url) == PARSE_OK;
  if (ok)
    serialize(&url, out, comp);
  url_free(&url);
  free(cps);
  return ok;
}

/* The fast paths must agree with the basic parser whenever they accept an input: the
 * absolute one with and without the base, the relative one against the base. */
static void check_fast_path(const uint8_t *s, size_t n, const url_t *base) {
  ubuf fast, slow;
  ub_init(&fast);
  ub_init(&slow);
  int32_t fc[C_COUNT], sc[C_COUNT];
  bool accepted = fast_parse(s, n, &fast, fc);
  if (!accepted && base != NULL) {
    ubuf bhref;
    ub_init(&bhref);
    int32_t bc[C_COUNT];
    serialize(base, &bhref, bc);
    accepted = fast_parse_relative(s, n, bhref.p, bhref.len, bc, &fast, fc);
    ub_free(&bhref);
    if (accepted) {
      check(slow_parse(s, n, base, &slow, sc));
      check(slow.len == fast.len && memcmp(slow.p, fast.p, fast.len) == 0);
      check(memcmp(sc, fc, sizeof sc) == 0);
    }
  } else if (accepted) {
    for (int with_base = 0; with_base <= (base != NULL); with_base++) {
      check(slow_parse(s, n, with_base ? base : NULL, &slow, sc));
      check(slow.len == fast.len && memcmp(slow.p, fast.p, fast.len) == 0);
      check(memcmp(sc, fc, sizeof sc) == 0);
    }
  }
  ub_free(&fast);
  ub_free(&slow);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2)
    return 0;
  init_sets();
  const char *base_text = bases[data[0] % (sizeof bases / sizeof bases[0])];
  int action = 1 + data[1] % 9;
  data += 2;
  size -= 2;
  /* The input is split at the first 0xFF byte: URL, then a setter value. */
  size_t split = 0;
  while (split < size && data[split] != 0xFF)
    split++;
  const uint8_t *value = split < size ? data + split + 1 : data + size;
  size_t value_len = split < size ? size - split - 1 : 0;

  url_t base;
  url_init(&base);
  bool have_base = false;
  if (base_text != NULL) {
    size_t bl = strlen(base_text);
    uint32_t *bcps = malloc((bl + 1) * sizeof *bcps);
    size_t bn = cps_from_utf8((const unsigned char *)base_text, bl, true, true, bcps);
    check(parse_cps(bcps, bn, NULL, &base) == PARSE_OK);
    free(bcps);
    have_base = true;
  }

  uint32_t *cps = malloc((split + 1) * sizeof *cps);
  size_t n = cps_from_utf8(data, split, true, true, cps);
  url_t url;
  url_init(&url);
  if (parse_cps(cps, n, have_base ? &base : NULL, &url) == PARSE_OK) {
    size_t len;
    char *href = serialize_checked(&url, &len);
    check_reparse(href, len);
    free(href);

    uint32_t *vcps = malloc((value_len + 1) * sizeof *vcps);
    size_t vn = cps_from_utf8(value, value_len, false, false, vcps);
    apply_setter(&url, action, vcps, vn);
    free(vcps);
    href = serialize_checked(&url, &len);
    check_reparse(href, len);
    free(href);
  }
  url_free(&url);
  check_fast_path(data, split, have_base ? &base : NULL);
  url_free(&base);
  free(cps);

  /* The helpers behind domainToUnicode and the IDNA path take any bytes. */
  ubuf u;
  ub_init(&u);
  hostname_to_unicode((const char *)data, split, &u);
  ub_free(&u);
  ub_init(&u);
  domain_to_ascii((const char *)data, split, &u);
  ub_free(&u);
  return 0;
}
