/* Floor for the zlib-file.js bench rows: the same work done by calling Debian's zlib and
 * brotli directly, with node's parameters (gzip level 6, windowBits 15+16, memLevel 8,
 * default strategy, 16 KiB output chunks; brotli quality 6, lgwin 22, 16 KiB chunks;
 * file streams read in 64 KiB). gzip-sync and gzip-stream also print the CPU time of each
 * half, and gzip-stream the CPU time spent inside the library calls: on a shared machine
 * these count the work, where wall times count the wait for a CPU as well.
 *   floor gzip-sync FILE | gzip-stream FILE DIR | brotli FILE
 * Build: cc -O2 -o floor zlib-floor.c -lz -lbrotlienc -lbrotlidec
 * FILE is bench/.work's text-100m.txt (fixtures.js); brotli takes its first 10 MB. For the
 * zlib-stream.js row, gzip-stream takes the file `ZLIB_STREAM_DUMP=FILE node zlib-stream.js`
 * writes (that row's exact input). */
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#define CHUNK 16384
#define READ  65536

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* CPU time of this (only) thread: on a shared machine it counts the work, not the wait. */
static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* CPU time spent inside deflate/inflate calls by zstream, and the number of calls. */
static double lib_cpu;
static long lib_calls;

static unsigned char *slurp(const char *path, size_t *len) {
  int fd = open(path, O_RDONLY);
  struct stat st;
  fstat(fd, &st);
  unsigned char *p = malloc(st.st_size);
  size_t got = 0;
  while (got < (size_t)st.st_size)
    got += read(fd, p + got, st.st_size - got);
  close(fd);
  *len = got;
  return p;
}

/* A gzip stream with node's defaults: level 6, windowBits 15 + 16, memLevel 8. */
static void gzip_init(z_stream *s, int deflating) {
  memset(s, 0, sizeof *s);
  if (deflating)
    deflateInit2(s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  else
    inflateInit2(s, 15 + 16);
}

/* Whole input in one call; output in 16 KiB chunks appended to a growing buffer. */
static unsigned char *zsync(int deflating, const unsigned char *in, size_t in_len,
                            size_t *out_len) {
  z_stream s;
  gzip_init(&s, deflating);
  size_t cap = CHUNK, used = 0;
  unsigned char *out = malloc(cap);
  s.next_in = (unsigned char *)in;
  s.avail_in = in_len;
  int err;
  do {
    if (cap - used < CHUNK) {
      cap *= 2;
      out = realloc(out, cap);
    }
    s.next_out = out + used;
    s.avail_out = CHUNK;
    err = deflating ? deflate(&s, Z_FINISH) : inflate(&s, Z_FINISH);
    used += CHUNK - s.avail_out;
  } while (err == Z_OK || err == Z_BUF_ERROR);
  if (err != Z_STREAM_END)
    fprintf(stderr, "error %d\n", err);
  deflating ? deflateEnd(&s) : inflateEnd(&s);
  *out_len = used;
  return out;
}

/* Read in 64 KiB, write each 16 KiB output chunk to the file as it comes. */
static void zstream(int deflating, const char *from, const char *to) {
  int in_fd = open(from, O_RDONLY), out_fd = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  z_stream s;
  gzip_init(&s, deflating);
  static unsigned char in[READ], out[CHUNK];
  int err = Z_OK;
  for (;;) {
    ssize_t n = read(in_fd, in, READ);
    int flush = n == 0 ? Z_FINISH : Z_NO_FLUSH;
    s.next_in = in;
    s.avail_in = n;
    do {
      s.next_out = out;
      s.avail_out = CHUNK;
      double c0 = cpu_now();
      err = deflating ? deflate(&s, flush) : inflate(&s, flush);
      lib_cpu += cpu_now() - c0;
      lib_calls++;
      if (CHUNK - s.avail_out)
        write(out_fd, out, CHUNK - s.avail_out);
    } while (s.avail_out == 0);
    if (n == 0 || err == Z_STREAM_END)
      break;
  }
  deflating ? deflateEnd(&s) : inflateEnd(&s);
  close(in_fd);
  close(out_fd);
}

static unsigned char *bro(int encoding, const unsigned char *in, size_t in_len, size_t *out_len) {
  BrotliEncoderState *e = NULL;
  BrotliDecoderState *d = NULL;
  if (encoding) {
    e = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    BrotliEncoderSetParameter(e, BROTLI_PARAM_QUALITY, 6);
  } else {
    d = BrotliDecoderCreateInstance(NULL, NULL, NULL);
  }
  size_t cap = CHUNK, used = 0, avail_in = in_len;
  const uint8_t *next_in = in;
  unsigned char *out = malloc(cap);
  for (;;) {
    if (cap - used < CHUNK) {
      cap *= 2;
      out = realloc(out, cap);
    }
    size_t avail_out = CHUNK;
    uint8_t *next_out = out + used;
    if (encoding) {
      BrotliEncoderCompressStream(e, BROTLI_OPERATION_FINISH, &avail_in, &next_in, &avail_out,
                                  &next_out, NULL);
      used += CHUNK - avail_out;
      if (BrotliEncoderIsFinished(e))
        break;
    } else {
      BrotliDecoderResult r =
          BrotliDecoderDecompressStream(d, &avail_in, &next_in, &avail_out, &next_out, NULL);
      used += CHUNK - avail_out;
      if (r != BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
        break;
    }
  }
  if (e)
    BrotliEncoderDestroyInstance(e);
  if (d)
    BrotliDecoderDestroyInstance(d);
  *out_len = used;
  return out;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: floor gzip-sync FILE | gzip-stream FILE DIR | brotli FILE\n");
    return 2;
  }
  const char *mode = argv[1];
  size_t len, clen, blen;
  double t0 = now(), t1, t2;
  if (!strcmp(mode, "gzip-sync")) {
    unsigned char *data = slurp(argv[2], &len);
    t0 = now();
    double c0 = cpu_now();
    unsigned char *gz = zsync(1, data, len, &clen);
    t1 = now();
    double c1 = cpu_now();
    unsigned char *back = zsync(0, gz, clen, &blen);
    t2 = now();
    double c2 = cpu_now();
    printf("gzip %.0f ms, gunzip %.0f ms (%zu -> %zu -> %zu, equal %d)\n", t1 - t0, t2 - t1, len,
           clen, blen, blen == len && !memcmp(back, data, len));
    printf("cpu: gzip %.0f ms, gunzip %.0f ms\n", c1 - c0, c2 - c1);
  } else if (!strcmp(mode, "gzip-stream")) {
    char gz[4096], back[4096];
    snprintf(gz, sizeof gz, "%s/floor.gz", argv[3]);
    snprintf(back, sizeof back, "%s/floor.txt", argv[3]);
    double c0 = cpu_now();
    zstream(1, argv[2], gz);
    t1 = now();
    double c1 = cpu_now(), lib1 = lib_cpu;
    long calls1 = lib_calls;
    zstream(0, gz, back);
    t2 = now();
    double c2 = cpu_now();
    printf("gzip %.0f ms, gunzip %.0f ms\n", t1 - t0, t2 - t1);
    printf("cpu: gzip %.0f ms (%.0f in %ld deflate calls), gunzip %.0f ms (%.0f in %ld inflate "
           "calls)\n",
           c1 - c0, lib1, calls1, c2 - c1, lib_cpu - lib1, lib_calls - calls1);
  } else {
    unsigned char *data = slurp(argv[2], &len);
    len = 10 * 1000 * 1000;
    t0 = now();
    unsigned char *br = bro(1, data, len, &clen);
    unsigned char *back = bro(0, br, clen, &blen);
    t1 = now();
    free(br);
    free(back);
    /* The streaming half does the same library work (one 10 MB chunk in, 16 KiB chunks out). */
    br = bro(1, data, len, &clen);
    back = bro(0, br, clen, &blen);
    t2 = now();
    printf("sync %.0f ms, stream %.0f ms (%zu -> %zu -> %zu, equal %d)\n", t1 - t0, t2 - t1, len,
           clen, blen, blen == len && !memcmp(back, data, len));
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("total %.0f ms, cpu %.0f ms, maxrss %.1f MB\n", now() - t0,
         ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3 + ru.ru_stime.tv_sec * 1e3 +
             ru.ru_stime.tv_usec / 1e3,
         ru.ru_maxrss / 1024.0);
  return 0;
}
