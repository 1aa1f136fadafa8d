/* Tests of src/base64.c: every vector decoder this CPU has gives the scalar rules' bytes,
 * on valid text, on text with characters to skip, '=' and bytes >= 0x80 at every position
 * of a block, and with every output capacity. */
#include "../../src/base64.h"
#include "test.h"

#include <stdbool.h>
#include <stdint.h>

static const char *const decoders[] = {"none", "avx2", "avx512vbmi2"};
static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";

/* A deterministic generator (xorshift), so that a failure can be replayed. */
static uint32_t next_random(uint32_t *state) {
  uint32_t x = *state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

/* Compares each available decoder with the scalar one on text[0..n) for capacity cap. */
static int check_all(const uint8_t *text, size_t n, size_t cap) {
  uint8_t expected[1024], got[1024 + 64];
  if (cap > sizeof expected)
    cap = sizeof expected;
  size_t want = nd_base64_decode_scalar(text, n, expected, cap);
  for (size_t d = 0; d < sizeof decoders / sizeof decoders[0]; d++) {
    memset(got, 0xEE, sizeof got);
    size_t written = nd_base64_decode_with(decoders[d], text, n, got, cap);
    if (written == (size_t)-1)
      continue; /* not on this CPU */
    if (written != want || memcmp(got, expected, want) != 0 || got[cap] != 0xEE) {
      fprintf(stderr, "decoder %s: n=%zu cap=%zu wrote %zu, expected %zu\n", decoders[d], n, cap,
              written, want);
      return 1;
    }
  }
  return 0;
}

TEST(base64_vector_matches_scalar_valid) {
  uint8_t text[1300];
  uint32_t seed = 12345;
  for (size_t n = 0; n < sizeof text; n += 7) {
    for (size_t i = 0; i < n; i++)
      text[i] = (uint8_t)alphabet[next_random(&seed) % 66];
    ASSERT_EQ(check_all(text, n, n), 0);
    ASSERT_EQ(check_all(text, n, n * 3 / 4), 0);
  }
  /* Known bytes: both alphabets, mixed, decode to the same values. */
  uint8_t out[64];
  const char *mixed = "+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_+/-_";
  size_t n = nd_base64_decode((const uint8_t *)mixed, 64, out, sizeof out);
  ASSERT_EQ(n, 48u);
  for (size_t i = 0; i < n; i += 3) {
    ASSERT_EQ(out[i], 0xFB);
    ASSERT_EQ(out[i + 1], 0xFF);
    ASSERT_EQ(out[i + 2], 0xBF);
  }
  return 0;
}

TEST(base64_vector_matches_scalar_odd_characters) {
  static const uint8_t odd[] = {'=', ' ', '\n', '\r', '\t', '.',  '@',  '[',  '`', '{',  ':',
                                ',', '^', ']',  0x00, 0x7F, 0x80, 0xC1, 0xFF, '*', '\\', '~'};
  uint8_t text[200];
  uint32_t seed = 99;
  for (size_t n = 60; n < sizeof text; n += 13) {
    for (size_t pos = 0; pos < n; pos++) {
      for (size_t k = 0; k < sizeof odd; k++) {
        for (size_t i = 0; i < n; i++)
          text[i] = (uint8_t)alphabet[next_random(&seed) % 66];
        text[pos] = odd[k];
        ASSERT_EQ(check_all(text, n, n), 0);
        ASSERT_EQ(check_all(text, n, pos / 2), 0);
      }
    }
  }
  /* Line breaks every 76 characters, as MIME writes them. */
  uint8_t mime[1000];
  for (size_t i = 0; i < sizeof mime; i++)
    mime[i] = (i % 77 == 76) ? '\n' : (uint8_t)alphabet[next_random(&seed) % 64];
  ASSERT_EQ(check_all(mime, sizeof mime, sizeof mime), 0);
  return 0;
}

TEST(base64_vector_matches_scalar_random_bytes) {
  uint8_t text[700];
  uint32_t seed = 7;
  for (int round = 0; round < 3000; round++) {
    size_t n = next_random(&seed) % sizeof text;
    uint32_t odd_rate = 1 + next_random(&seed) % 200;
    for (size_t i = 0; i < n; i++) {
      uint32_t r = next_random(&seed);
      text[i] = (r % odd_rate == 0) ? (uint8_t)(r >> 8) : (uint8_t)alphabet[(r >> 8) % 66];
    }
    ASSERT_EQ(check_all(text, n, next_random(&seed) % (n + 2)), 0);
    ASSERT_EQ(check_all(text, n, n), 0);
  }
  return 0;
}

/* Runs of valid characters between runs of characters to skip, each up to 150 long, so
 * that values are carried across whole blocks of skipped characters. */
TEST(base64_vector_matches_scalar_runs) {
  uint8_t text[1024];
  uint32_t seed = 4242;
  for (int round = 0; round < 3000; round++) {
    size_t n = 0;
    size_t limit = 64 + next_random(&seed) % (sizeof text - 64);
    while (n < limit) {
      size_t run = next_random(&seed) % 151;
      bool skip = next_random(&seed) % 2;
      for (size_t k = 0; k < run && n < limit; k++)
        text[n++] = skip ? (uint8_t) " \n\r\t.*~"[next_random(&seed) % 7]
                         : (uint8_t)alphabet[next_random(&seed) % 66];
    }
    if (next_random(&seed) % 4 == 0)
      text[next_random(&seed) % n] = '=';
    ASSERT_EQ(check_all(text, n, n), 0);
    ASSERT_EQ(check_all(text, n, next_random(&seed) % n), 0);
  }
  return 0;
}
