/* Floor of buf.indexOf in bench/buffer-indexof.js: glibc memchr over the same 1 MiB
 * haystack (whose text never holds the needle's first byte before the match), twice per
 * round (found late + not found), 5,000 rounds. Build and run:
 *   cc -O2 -o /tmp/memchr bench/floors/memchr.c && /tmp/memchr */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(void) {
  size_t n = 1 << 20;
  unsigned char *h = malloc(n);
  for (size_t i = 0; i < n; i++)
    h[i] = "acdefghijklmnopqrstuvwxyz \r\n"[i % 28];
  memcpy(h + n - 1024, "boundary=Zq8vLm3Xw1Pt9Rk", 24);
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  size_t check = 0;
  for (int r = 0; r < 5000; r++) {
    __asm__ volatile("" : : "r"(h) : "memory");
    const unsigned char *p = memchr(h, 'b', n);
    check += p ? (size_t)(p - h) : 0;
    p = memchr(h + (p - h) + 1, 'b', n - (size_t)(p - h) - 1);
    check += p ? 1 : 0;
    /* the not-found search scans the whole haystack */
    p = memchr(h, 'B', n);
    check += p ? 1 : 0;
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("memchr 2 x 1 MiB x 5000: %.1f ms (check %zu)\n",
         (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6, check);
  return 0;
}
