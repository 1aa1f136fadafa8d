#ifndef ND_BASE64_H
#define ND_BASE64_H

/*
 * node's lenient base64 decoding of 8-bit text, vectorised where the CPU allows.
 *
 * node decodes base64 and base64url with one set of rules: characters of either alphabet
 * (mixed freely) are decoded, every other character is skipped, and decoding stops at the
 * first '='. Runs of 32 or 64 valid characters are decoded with AVX2 or AVX-512 (VBMI)
 * when the running CPU has them, chosen once at the first call; the scalar rules handle
 * everything else, so the result never depends on the CPU.
 */

#include <stddef.h>
#include <stdint.h>

/* The 6-bit value + 1 of each character of both alphabets ('+' and '-' are 62, '/' and
 * '_' are 63); 0 for every other byte. */
extern const int8_t nd_base64_values[256];

/* Decodes n characters of p into out, writing at most cap bytes; returns the number of
 * bytes written. */
size_t nd_base64_decode(const uint8_t *p, size_t n, uint8_t *out, size_t cap);

/* The same rules over 16-bit code units, each read as its low byte (as node reads a
 * two-byte string: U+0141 is 'A'). */
size_t nd_base64_decode16(const uint16_t *p, size_t n, uint8_t *out, size_t cap);

/* The same decoding without vector instructions: the reference the fuzzer and the unit
 * tests compare nd_base64_decode against. */
size_t nd_base64_decode_scalar(const uint8_t *p, size_t n, uint8_t *out, size_t cap);

/* nd_base64_decode with the named vector decoder ("avx512vbmi2", "avx2" or "none"), for
 * tests on a CPU that would choose another; (size_t)-1 when this CPU lacks it. */
size_t nd_base64_decode_with(const char *simd, const uint8_t *p, size_t n, uint8_t *out,
                             size_t cap);

/* Which vector decoder nd_base64_decode uses on this CPU: "avx512vbmi2", "avx2" or
 * "none" (for tests and benchmarks). */
const char *nd_base64_simd_name(void);

#endif
