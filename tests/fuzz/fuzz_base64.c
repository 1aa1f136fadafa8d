/* libFuzzer target for the base64 decoder (src/base64.c): every vector decoder this CPU
 * has must write exactly the scalar rules' bytes, never past the capacity it is given.
 * The first two input bytes choose the capacity. Build and run: make fuzz. */
#include "../../src/base64.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2)
    return 0;
  size_t cap = ((size_t)data[0] << 8 | data[1]) % (size + 1);
  const uint8_t *text = data + 2;
  size_t n = size - 2;
  uint8_t *expected = malloc(cap + 1), *got = malloc(cap + 1);
  size_t want = nd_base64_decode_scalar(text, n, expected, cap);
  static const char *const decoders[] = {"none", "avx2", "avx512vbmi2"};
  for (size_t d = 0; d < sizeof decoders / sizeof decoders[0]; d++) {
    size_t written = nd_base64_decode_with(decoders[d], text, n, got, cap);
    if (written == (size_t)-1)
      continue;
    if (written != want || memcmp(got, expected, want) != 0)
      abort();
  }
  free(expected);
  free(got);
  return 0;
}
