/* libFuzzer target for the UTF-8 decoder (src/js.c). Checks the decoder's contract on
 * arbitrary bytes: it never writes more units than input bytes, emits no lone
 * surrogates, and decodes valid input (re-encoded from its own output) to the same
 * units. Build and run: make fuzz. */
#include "../../src/js.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static size_t encode(const JSChar *u, size_t n, unsigned char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      unsigned cp = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
      out[o++] = (unsigned char)(0xF0 | (cp >> 18));
      out[o++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
      out[o++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (c < 0x80) {
      out[o++] = (unsigned char)c;
    } else if (c < 0x800) {
      out[o++] = (unsigned char)(0xC0 | (c >> 6));
      out[o++] = (unsigned char)(0x80 | (c & 0x3F));
    } else {
      out[o++] = (unsigned char)(0xE0 | (c >> 12));
      out[o++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (unsigned char)(0x80 | (c & 0x3F));
    }
  }
  return o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  JSChar *units = malloc((size + 1) * sizeof(JSChar));
  size_t n = nd__utf8_to_utf16(data, size, units);
  if (n > size)
    abort();
  for (size_t i = 0; i < n; i++) {
    int high = units[i] >= 0xD800 && units[i] <= 0xDBFF;
    int low = units[i] >= 0xDC00 && units[i] <= 0xDFFF;
    if (low)
      abort(); /* a low surrogate must follow a high one */
    if (high) {
      if (i + 1 >= n || units[i + 1] < 0xDC00 || units[i + 1] > 0xDFFF)
        abort();
      i++;
    }
  }
  unsigned char *again = malloc(n * 4 + 1);
  size_t m = encode(units, n, again);
  JSChar *units2 = malloc((m + 1) * sizeof(JSChar));
  size_t n2 = nd__utf8_to_utf16(again, m, units2);
  if (n2 != n || memcmp(units, units2, n * sizeof(JSChar)) != 0)
    abort();
  free(units);
  free(units2);
  free(again);
  return 0;
}
