/* libFuzzer target for the compression engine behind node:zlib (src/bindings/zlib_stream.c),
 * driven the way lib/zlib.js drives it: a write gets an input range and an output range,
 * and is repeated with the rest of the input while the output range fills up.
 *
 * For each input it checks:
 *  - range checks: nd_zstream_range_ok (the binding's test of offsets and lengths that
 *    arrive as JavaScript numbers) agrees with exact arithmetic, for doubles taken from
 *    the input (NaN, infinities, fractions, huge values included);
 *  - decompression of the bytes in every decoding mode never crashes, never reports
 *    more bytes left than it was given, and gives the same result (success or failure,
 *    and the same bytes) whether the input arrives at once into a large output buffer or
 *    in random pieces into small ones;
 *  - compression with options, piece sizes and flush kinds chosen by the input, followed
 *    by decompression, gives the input back.
 * Build and run: make fuzz. */
#include "../../src/bindings/zlib_stream.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define OUTPUT_CAP (1u << 20) /* stop decoding bombs: compare only up to this much */

typedef struct {
  uint8_t *data;
  size_t len, cap;
  bool failed;
  bool capped;
} sink_t;

static void sink_add(sink_t *s, const uint8_t *p, size_t n) {
  if (s->len + n > OUTPUT_CAP) {
    n = OUTPUT_CAP - s->len;
    s->capped = true;
  }
  if (s->len + n > s->cap) {
    s->cap = (s->len + n) * 2 + 64;
    s->data = realloc(s->data, s->cap);
  }
  memcpy(s->data + s->len, p, n);
  s->len += n;
}

/* A small deterministic generator seeded from the input. */
typedef struct {
  uint64_t state;
} rng_t;

static uint32_t next(rng_t *r) {
  r->state = r->state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(r->state >> 33);
}

/* One logical write as lib/zlib.js performs it: the first call gets what is left of the
 * current output chunk (first bytes, 1..chunk), and while the output fills up the write
 * is repeated with the rest of the input and a fresh chunk (at least 64 bytes, like
 * options.chunkSize; a smaller space would let a sync flush emit markers forever).
 * Returns false when the stream failed. Sets *ended when the data ended before the input
 * did (lib/zlib.js then ends the readable side and ignores later input). */
static bool feed(nd_zstream_t *z, int flush, const uint8_t *in, size_t in_len, size_t first,
                 size_t chunk, sink_t *sink, bool *ended) {
  uint8_t *out = malloc(chunk);
  size_t out_size = first;
  size_t in_off = 0;
  bool ok = true;
  for (;;) {
    size_t in_now = in_len - in_off;
    nd_zstream_write(z, flush, in + in_off, in_now, out, out_size);
    if (z->avail_in_after > in_now || z->avail_out_after > out_size)
      abort();
    if (z->failed) {
      ok = false;
      break;
    }
    size_t produced = out_size - z->avail_out_after;
    sink_add(sink, out, produced);
    if (sink->capped)
      break;
    in_off += in_now - z->avail_in_after;
    if (z->avail_out_after != 0) {
      if (z->avail_in_after > 0)
        *ended = true;
      break;
    }
    out_size = chunk;
  }
  free(out);
  return ok;
}

static bool is_brotli(int mode) {
  return mode == ND_Z_BROTLI_ENCODE || mode == ND_Z_BROTLI_DECODE;
}

static int finish_flush(int mode) {
  return is_brotli(mode) ? BROTLI_OPERATION_FINISH : Z_FINISH;
}

static bool open_stream(nd_zstream_t *z, int mode, int window_bits, int level, int mem_level,
                        int strategy, const uint32_t *params) {
  nd_zstream_create(z, mode);
  if (is_brotli(mode)) {
    uint32_t none[ND_BROTLI_PARAMS];
    for (int i = 0; i < ND_BROTLI_PARAMS; i++)
      none[i] = ND_BROTLI_UNSET;
    return nd_zstream_init_brotli(z, params ? params : none);
  }
  return nd_zstream_init_zlib(z, window_bits, level, mem_level, strategy, NULL, 0);
}

/* Decodes in one piece into a large buffer. */
static void decode_whole(int mode, const uint8_t *in, size_t len, sink_t *sink) {
  nd_zstream_t z;
  if (!open_stream(&z, mode, 15, 0, 0, 0, NULL)) {
    sink->failed = true;
    return;
  }
  bool ended = false;
  sink->failed = !feed(&z, finish_flush(mode), in, len, 65536, 65536, sink, &ended);
  nd_zstream_close(&z);
}

/* Decodes in random pieces into tiny buffers, then finishes with an empty write. */
static void decode_pieces(int mode, const uint8_t *in, size_t len, rng_t *rng, sink_t *sink) {
  nd_zstream_t z;
  if (!open_stream(&z, mode, 15, 0, 0, 0, NULL)) {
    sink->failed = true;
    return;
  }
  size_t chunk = 64 + next(rng) % 64;
  size_t off = 0;
  bool ended = false;
  bool ok = true;
  while (ok && !ended && !sink->capped && off < len) {
    size_t piece = 1 + next(rng) % 97;
    if (piece > len - off)
      piece = len - off;
    ok = feed(&z, is_brotli(mode) ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH, in + off, piece,
              1 + next(rng) % chunk, chunk, sink, &ended);
    off += piece;
  }
  if (ok && !ended && !sink->capped)
    ok = feed(&z, finish_flush(mode), in + len, 0, 1 + next(rng) % chunk, chunk, sink, &ended);
  sink->failed = !ok;
  nd_zstream_close(&z);
}

static void check_decoder(int mode, const uint8_t *data, size_t size, rng_t *rng);

/* Every decoding mode over the same bytes. */
static void check_decoders(const uint8_t *data, size_t size, rng_t *rng) {
  static const int modes[] = {ND_Z_INFLATE, ND_Z_GUNZIP, ND_Z_UNZIP, ND_Z_INFLATERAW,
                              ND_Z_BROTLI_DECODE};
  for (int m = 0; m < 5; m++)
    check_decoder(modes[m], data, size, rng);
}

static void check_decoder(int mode, const uint8_t *data, size_t size, rng_t *rng) {
  sink_t whole = {0}, pieces = {0};
  decode_whole(mode, data, size, &whole);
  decode_pieces(mode, data, size, rng, &pieces);
  if (!whole.capped && !pieces.capped) {
    if (whole.failed != pieces.failed)
      abort();
    if (!whole.failed &&
        (whole.len != pieces.len || memcmp(whole.data, pieces.data, whole.len) != 0))
      abort();
  } else {
    size_t n = whole.len < pieces.len ? whole.len : pieces.len;
    if (!whole.failed && !pieces.failed && memcmp(whole.data, pieces.data, n) != 0)
      abort();
  }
  free(whole.data);
  free(pieces.data);
}

static void check_round_trip(const uint8_t *data, size_t size, rng_t *rng) {
  static const int modes[] = {ND_Z_DEFLATE, ND_Z_GZIP, ND_Z_DEFLATERAW, ND_Z_BROTLI_ENCODE};
  static const int inverse[] = {ND_Z_INFLATE, ND_Z_GUNZIP, ND_Z_INFLATERAW, ND_Z_BROTLI_DECODE};
  static const int zflushes[] = {Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK};
  int which = (int)(next(rng) % 4);
  int mode = modes[which];
  int window_bits = 8 + (int)(next(rng) % 8);
  if (mode == ND_Z_GZIP && window_bits == 8)
    window_bits = 9;
  int level = (int)(next(rng) % 11) - 1;
  int mem_level = 1 + (int)(next(rng) % 9);
  int strategy = (int)(next(rng) % 5);
  uint32_t params[ND_BROTLI_PARAMS];
  for (int i = 0; i < ND_BROTLI_PARAMS; i++)
    params[i] = ND_BROTLI_UNSET;
  params[BROTLI_PARAM_QUALITY] = next(rng) % 6;
  params[BROTLI_PARAM_LGWIN] = 10 + next(rng) % 15;
  nd_zstream_t z;
  if (!open_stream(&z, mode, window_bits, level, mem_level, strategy, params))
    abort();
  sink_t packed = {0};
  size_t chunk = 64 + next(rng) % 300;
  size_t off = 0;
  bool ended = false;
  while (off < size) {
    size_t piece = 1 + next(rng) % 200;
    if (piece > size - off)
      piece = size - off;
    int flush = mode == ND_Z_BROTLI_ENCODE
                    ? (next(rng) % 4 == 0 ? BROTLI_OPERATION_FLUSH : BROTLI_OPERATION_PROCESS)
                    : zflushes[next(rng) % 5];
    if (!feed(&z, flush, data + off, piece, 1 + next(rng) % chunk, chunk, &packed, &ended) || ended)
      abort();
    off += piece;
  }
  if (!feed(&z, finish_flush(mode), data + size, 0, 1 + next(rng) % chunk, chunk, &packed,
            &ended) ||
      ended)
    abort();
  nd_zstream_close(&z);
  sink_t back = {0};
  decode_whole(inverse[which], packed.data, packed.len, &back);
  if (back.failed || back.len != size || (size && memcmp(back.data, data, size) != 0))
    abort();
  free(packed.data);
  free(back.data);
}

static double pick_double(rng_t *rng) {
  switch (next(rng) % 8) {
  case 0:
    return NAN;
  case 1:
    return INFINITY;
  case 2:
    return -INFINITY;
  case 3:
    return -(double)(next(rng) % 100);
  case 4:
    return (double)(next(rng) % 200) + 0.5;
  case 5:
    return ldexp(1.0, (int)(next(rng) % 80));
  default:
    return (double)(next(rng) % 300);
  }
}

static void check_ranges(rng_t *rng) {
  for (int i = 0; i < 16; i++) {
    double off = pick_double(rng), len = pick_double(rng);
    size_t total = next(rng) % 400;
    bool expect = isfinite(off) && isfinite(len) && off >= 0 && len >= 0 && floor(off) == off &&
                  floor(len) == len && off <= (double)total && len <= (double)total &&
                  (uint64_t)off + (uint64_t)len <= total;
    if (nd_zstream_range_ok(off, len, total) != expect)
      abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  rng_t rng = {0x9E3779B97F4A7C15ULL ^ size};
  for (size_t i = 0; i < size && i < 16; i++)
    rng.state = rng.state * 31 + data[i];
  check_ranges(&rng);
  check_decoders(data, size, &rng);
  if (size <= 16384)
    check_round_trip(data, size, &rng);
  return 0;
}
