/*
 * base64: node's lenient base64 decoding, with vectorised runs of valid characters.
 *
 * The vector decoders only ever handle whole blocks (32 characters for AVX2, 64 for
 * AVX-512) in which every character belongs to one of the two alphabets; a block with
 * anything else in it ('=', whitespace, other bytes) is left to the scalar rules, which
 * then go on until the decoder is back at a 4-character group boundary. A block of valid
 * characters decodes to the same bytes under both sets of rules, so the output does not
 * depend on which decoder ran.
 */
#include "base64.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define ND_BASE64_X86 1
#endif

const int8_t nd_base64_values[256] = {
    ['A'] = 1,  ['B'] = 2,  ['C'] = 3,  ['D'] = 4,  ['E'] = 5,  ['F'] = 6,  ['G'] = 7,  ['H'] = 8,
    ['I'] = 9,  ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16,
    ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22, ['W'] = 23, ['X'] = 24,
    ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32,
    ['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40,
    ['o'] = 41, ['p'] = 42, ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48,
    ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
    ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63, ['-'] = 63,
    ['/'] = 64, ['_'] = 64,
};

/* A vector decoder: decodes whole blocks of valid characters from the start of in while
 * they fit out; returns bytes written and sets *consumed to the characters decoded. */
typedef size_t (*block_decoder)(const uint8_t *in, size_t n, uint8_t *out, size_t cap,
                                size_t *consumed);

#ifdef ND_BASE64_X86

/*
 * AVX2, 32 characters into 24 bytes. A character is valid when the two table entries
 * picked by its high and low nibble share no bit: each high nibble that holds valid
 * characters has a bit of its own (4 and 6 share one: both are valid for low nibbles
 * 1-F), set in the low-nibble table for the low nibbles that are not valid under it, and
 * the other high nibbles (bytes >= 0x80 included) use bit 0x20, set for every low nibble.
 */
__attribute__((target("avx2"))) static size_t decode_avx2(const uint8_t *in, size_t n, uint8_t *out,
                                                          size_t cap, size_t *consumed) {
#define REPEAT16(...) __VA_ARGS__, __VA_ARGS__
  const __m256i by_low = _mm256_setr_epi8(REPEAT16(0x25, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21,
                                                   0x21, 0x21, 0x23, 0x3A, 0x3B, 0x3A, 0x3B, 0x32));
  const __m256i by_high =
      _mm256_setr_epi8(REPEAT16(0x20, 0x20, 0x01, 0x02, 0x04, 0x08, 0x04, 0x10, 0x20, 0x20, 0x20,
                                0x20, 0x20, 0x20, 0x20, 0x20));
  /* What to add to a character for its value, by high nibble ('A'-'Z' -65, 'a'-'z' -71,
   * '0'-'9' +4); the characters '+', '-' and '/' (high nibble 2) by their low nibble, and
   * '_' (which the high nibble 5 makes -65) 33 more. */
  const __m256i offset_high =
      _mm256_setr_epi8(REPEAT16(0, 0, 0, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0));
  const __m256i offset_punct =
      _mm256_setr_epi8(REPEAT16(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 17, 0, 16));
  /* Bytes 2, 1, 0 of each 32-bit group hold its three output bytes, most significant
   * first. */
  const __m256i order =
      _mm256_setr_epi8(REPEAT16(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
#undef REPEAT16
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i two = _mm256_set1_epi8(2);
  const __m256i underscore = _mm256_set1_epi8('_');
  const __m256i underscore_fix = _mm256_set1_epi8(33);
  const __m256i merge_pairs = _mm256_set1_epi32(0x01400140);
  const __m256i merge_quads = _mm256_set1_epi32(0x00011000);
  const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  size_t i = 0, o = 0;
  while (n - i >= 32 && cap - o >= 24) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(in + i));
    __m256i high = _mm256_and_si256(_mm256_srli_epi32(v, 4), nibble);
    __m256i low = _mm256_and_si256(v, nibble);
    __m256i bad =
        _mm256_and_si256(_mm256_shuffle_epi8(by_low, low), _mm256_shuffle_epi8(by_high, high));
    if (!_mm256_testz_si256(bad, bad))
      break;
    __m256i offset = _mm256_shuffle_epi8(offset_high, high);
    offset = _mm256_add_epi8(offset, _mm256_and_si256(_mm256_shuffle_epi8(offset_punct, low),
                                                      _mm256_cmpeq_epi8(high, two)));
    offset =
        _mm256_add_epi8(offset, _mm256_and_si256(_mm256_cmpeq_epi8(v, underscore), underscore_fix));
    __m256i values = _mm256_add_epi8(v, offset);
    /* a<<6|b and c<<6|d in 16 bits, then a<<18|b<<12|c<<6|d in 32. */
    __m256i packed = _mm256_madd_epi16(_mm256_maddubs_epi16(values, merge_pairs), merge_quads);
    packed = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(packed, order), lanes);
    _mm_storeu_si128((__m128i *)(out + o), _mm256_castsi256_si128(packed));
    _mm_storel_epi64((__m128i *)(out + o + 16), _mm256_extracti128_si256(packed, 1));
    i += 32;
    o += 24;
  }
  *consumed = i;
  return o;
}

/*
 * AVX-512 (VBMI, VBMI2), 64 characters at a time: one two-table byte permute maps every
 * ASCII character to its value, or to 0x80 when it is in neither alphabet (bytes >= 0x80
 * have the high bit themselves). A block of 64 values decodes into 48 bytes. A block with
 * characters to skip (text broken into lines: PEM, MIME) has its values compressed
 * together; whole 4-value groups are decoded and the 0-3 values left over are carried in a
 * register in front of the next block's, so that no block waits for the one before it to
 * find where it ends. The vector loop stops before a block holding a '=', the last
 * partial block, or when the output has less than a block's room, at the first carried
 * character (a group boundary), where the scalar rules go on.
 */
static int8_t vbmi_values[128];
static uint8_t vbmi_order[64];
/* Byte permutes of a carry register (first table) and a block's values (second):
 * vbmi_join[r] puts r carried values in front of the block's. */
static uint8_t vbmi_join[4][64];

#define AVX512_TARGET "avx512f,avx512bw,avx512vbmi,avx512vbmi2,bmi2,popcnt"

__attribute__((target(AVX512_TARGET))) static size_t
decode_avx512(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *consumed) {
  const __m512i table_low = _mm512_loadu_si512(vbmi_values);
  const __m512i table_high = _mm512_loadu_si512(vbmi_values + 64);
  const __m512i order = _mm512_loadu_si512(vbmi_order);
  const __m512i iota = _mm512_loadu_si512(vbmi_join[0]); /* 64, 65, ... 127 */
  const __m512i merge_pairs = _mm512_set1_epi32(0x01400140);
  const __m512i merge_quads = _mm512_set1_epi32(0x00011000);
  const __m512i equals = _mm512_set1_epi8('=');
  __m512i carry = _mm512_setzero_si512();
  size_t carried = 0;  /* values in carry */
  size_t carry_at = 0; /* where the first of them was read */
  size_t i = 0, o = 0;
  while (n - i >= 64 && cap - o >= 48) {
    __m512i v = _mm512_loadu_si512(in + i);
    if (_mm512_cmpeq_epi8_mask(v, equals) != 0)
      break;
    __m512i values = _mm512_permutex2var_epi8(table_low, v, table_high);
    __mmask64 valid = ~_mm512_movepi8_mask(_mm512_or_si512(values, v));
    if (valid == ~0ULL && carried == 0) {
      __m512i packed = _mm512_madd_epi16(_mm512_maddubs_epi16(values, merge_pairs), merge_quads);
      _mm512_mask_storeu_epi8(out + o, (1ULL << 48) - 1, _mm512_permutexvar_epi8(order, packed));
      i += 64;
      o += 48;
      continue;
    }
    size_t count = (size_t)__builtin_popcountll(valid);
    __m512i compressed = _mm512_maskz_compress_epi8(valid, values);
    size_t total = carried + count;
    size_t whole = total >= 64 ? 64 : total & ~(size_t)3;
    if (whole == 0) {
      /* Fewer than 4 values so far: all of them are carried. */
      if (carried == 0 && count != 0)
        carry_at = i + (size_t)__builtin_ctzll(valid);
      carry = _mm512_permutex2var_epi8(carry, _mm512_loadu_si512(vbmi_join[carried]), compressed);
      carried = total;
      i += 64;
      continue;
    }
    __m512i joined =
        _mm512_permutex2var_epi8(carry, _mm512_loadu_si512(vbmi_join[carried]), compressed);
    __m512i packed = _mm512_madd_epi16(_mm512_maddubs_epi16(joined, merge_pairs), merge_quads);
    _mm512_mask_storeu_epi8(out + o, (1ULL << (whole / 4 * 3)) - 1,
                            _mm512_permutexvar_epi8(order, packed));
    o += whole / 4 * 3;
    /* The values left over are the block's last total - whole. */
    size_t left = total - whole;
    if (left != 0) {
      size_t first = count - left;
      carry_at = i + (size_t)__builtin_ctzll(_pdep_u64(1ULL << first, valid));
      carry = _mm512_permutexvar_epi8(_mm512_add_epi8(iota, _mm512_set1_epi8((char)(first - 64))),
                                      compressed);
    }
    carried = left;
    i += 64;
  }
  *consumed = carried != 0 ? carry_at : i;
  return o;
}

static void init_vbmi_tables(void) {
  for (int c = 0; c < 128; c++)
    vbmi_values[c] = nd_base64_values[c] ? (int8_t)(nd_base64_values[c] - 1) : (int8_t)0x80;
  for (int k = 0; k < 16; k++) {
    vbmi_order[3 * k] = (uint8_t)(4 * k + 2);
    vbmi_order[3 * k + 1] = (uint8_t)(4 * k + 1);
    vbmi_order[3 * k + 2] = (uint8_t)(4 * k);
  }
  for (int r = 0; r < 4; r++) {
    for (int j = 0; j < 64; j++)
      vbmi_join[r][j] = (uint8_t)(j < r ? j : 64 + j - r);
  }
}

#endif /* ND_BASE64_X86 */

/* The decoder nd_base64_decode runs: one of the vector ones, or the scalar rules. */
typedef enum { SIMD_NONE, SIMD_AVX2, SIMD_AVX512 } simd_level;
static simd_level chosen = SIMD_NONE;
static pthread_once_t choose_once = PTHREAD_ONCE_INIT;

static bool cpu_has(simd_level level) {
#ifdef ND_BASE64_X86
  if (level == SIMD_AVX512)
    return __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("avx512vbmi") &&
           __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("bmi2") &&
           __builtin_cpu_supports("popcnt");
  if (level == SIMD_AVX2)
    return __builtin_cpu_supports("avx2");
#endif
  return level == SIMD_NONE;
}

static void choose_decoder(void) {
#ifdef ND_BASE64_X86
  __builtin_cpu_init();
  init_vbmi_tables();
#endif
  chosen = cpu_has(SIMD_AVX512) ? SIMD_AVX512 : cpu_has(SIMD_AVX2) ? SIMD_AVX2 : SIMD_NONE;
}

static const char *const level_names[] = {"none", "avx2", "avx512vbmi2"};

const char *nd_base64_simd_name(void) {
  pthread_once(&choose_once, choose_decoder);
  return level_names[chosen];
}

/* The scalar rules' state: a character's 6 bits go into acc, and each full byte goes out. */
typedef struct {
  uint32_t acc;
  int bits; /* undecoded bits in acc: 0 exactly at a 4-character group boundary */
} scalar_state;

static inline void push_value(scalar_state *st, int value, uint8_t *out, size_t *o) {
  st->acc = (st->acc << 6) | (uint32_t)value;
  st->bits += 6;
  if (st->bits >= 8) {
    st->bits -= 8;
    out[(*o)++] = (uint8_t)(st->acc >> st->bits);
  }
}

size_t nd_base64_decode_scalar(const uint8_t *p, size_t n, uint8_t *out, size_t cap) {
  scalar_state st = {0, 0};
  size_t o = 0;
  for (size_t i = 0; i < n && o < cap; i++) {
    if (p[i] == '=')
      break;
    int value = nd_base64_values[p[i]];
    if (value != 0)
      push_value(&st, value - 1, out, &o);
  }
  return o;
}

size_t nd_base64_decode16(const uint16_t *p, size_t n, uint8_t *out, size_t cap) {
  scalar_state st = {0, 0};
  size_t o = 0;
  for (size_t i = 0; i < n && o < cap; i++) {
    uint8_t c = (uint8_t)p[i];
    if (c == '=')
      break;
    int value = nd_base64_values[c];
    if (value != 0)
      push_value(&st, value - 1, out, &o);
  }
  return o;
}

static size_t decode(block_decoder vector, size_t block, const uint8_t *p, size_t n, uint8_t *out,
                     size_t cap) {
  scalar_state st = {0, 0};
  size_t i = 0, o = 0;
  while (i < n && o < cap) {
    if (vector != NULL && st.bits == 0 && n - i >= block) {
      size_t consumed;
      o += vector(p + i, n - i, out + o, cap - o, &consumed);
      i += consumed;
      if (i >= n || o >= cap)
        break;
    }
    /* The scalar rules, past the next skipped character (the one that stopped the vector
     * decoder, if any) and on to the next group boundary, where vectors may resume. */
    bool skipped = false;
    for (; i < n && o < cap; i++) {
      if (p[i] == '=')
        return o;
      int value = nd_base64_values[p[i]];
      if (value == 0) {
        skipped = true;
        continue;
      }
      push_value(&st, value - 1, out, &o);
      if (st.bits == 0 && skipped) {
        i++;
        break;
      }
    }
  }
  return o;
}

static size_t decode_at(simd_level level, const uint8_t *p, size_t n, uint8_t *out, size_t cap) {
#ifdef ND_BASE64_X86
  if (level == SIMD_AVX512)
    return decode(decode_avx512, 64, p, n, out, cap);
  if (level == SIMD_AVX2)
    return decode(decode_avx2, 32, p, n, out, cap);
#endif
  return decode(NULL, 0, p, n, out, cap);
}

size_t nd_base64_decode(const uint8_t *p, size_t n, uint8_t *out, size_t cap) {
  pthread_once(&choose_once, choose_decoder);
  return decode_at(chosen, p, n, out, cap);
}

size_t nd_base64_decode_with(const char *simd, const uint8_t *p, size_t n, uint8_t *out,
                             size_t cap) {
  pthread_once(&choose_once, choose_decoder);
  for (simd_level level = SIMD_NONE; level <= SIMD_AVX512; level++) {
    if (strcmp(simd, level_names[level]) == 0)
      return cpu_has(level) ? decode_at(level, p, n, out, cap) : (size_t)-1;
  }
  return (size_t)-1;
}
