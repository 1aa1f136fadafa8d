#ifndef ND_BINDINGS_ZLIB_STREAM_H
#define ND_BINDINGS_ZLIB_STREAM_H

/*
 * The compression engine behind node:zlib, free of JavaScript: one nd_zstream_t per
 * stream object, wrapping a zlib z_stream or a brotli encoder/decoder state. The zlib
 * binding (zlib.c) calls it from the loop thread or from libuv's thread pool, and the
 * fuzz target (tests/fuzz/fuzz_zlib.c) drives it directly.
 *
 * A write hands the engine an input range and an output range; the engine consumes as
 * much input and fills as much output as the library wants, then reports how much of
 * each is left and whether the library reported an error (with node's message, errno
 * and code). It never reads or writes outside the ranges it was given.
 */

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

/* node's mode numbers (zlib.constants.DEFLATE ...). */
enum {
  ND_Z_NONE = 0,
  ND_Z_DEFLATE = 1,
  ND_Z_INFLATE = 2,
  ND_Z_GZIP = 3,
  ND_Z_GUNZIP = 4,
  ND_Z_DEFLATERAW = 5,
  ND_Z_INFLATERAW = 6,
  ND_Z_UNZIP = 7,
  ND_Z_BROTLI_DECODE = 8,
  ND_Z_BROTLI_ENCODE = 9,
};

/* The number of brotli parameter slots node passes (the largest encoder or decoder
 * parameter number, BROTLI_PARAM_NDIRECT, plus one). */
#define ND_BROTLI_PARAMS 9
/* A parameter slot left at this value is not set. */
#define ND_BROTLI_UNSET 0xFFFFFFFFu

typedef struct {
  int mode;         /* the current mode: UNZIP turns into GUNZIP or INFLATE */
  int initial_mode; /* the mode the stream was created with */
  bool ready;       /* the library state exists */

  /* zlib */
  z_stream strm;
  int level, window_bits, mem_level, strategy;
  uint8_t *dictionary;
  size_t dictionary_len;
  uint8_t magic[2]; /* UNZIP: the first input bytes, to tell gzip from zlib */
  int magic_len;

  /* brotli */
  BrotliEncoderState *encoder;
  BrotliDecoderState *decoder;
  uint32_t params[ND_BROTLI_PARAMS];
  BrotliDecoderResult last_result;

  /* The outcome of the last write: remaining sizes and an error, if any. */
  size_t avail_in_after, avail_out_after;
  bool failed;
  int error_errno;
  char error_message[128]; /* node's text, or zlib's strm.msg */
  char error_code[64];
} nd_zstream_t;

/* Prepares a stream for the mode; nothing is allocated yet. */
void nd_zstream_create(nd_zstream_t *z, int mode);

/* Initialises a zlib mode (DEFLATE ... UNZIP). window_bits 0 asks an inflating mode to use
 * the stream header's window size. The dictionary bytes are copied. Returns false when
 * zlib refused the settings (node's ERR_ZLIB_INITIALIZATION_FAILED). */
bool nd_zstream_init_zlib(nd_zstream_t *z, int window_bits, int level, int mem_level, int strategy,
                          const uint8_t *dictionary, size_t dictionary_len);

/* Initialises a brotli mode with ND_BROTLI_PARAMS parameter values (ND_BROTLI_UNSET for
 * the library's default). Returns false when brotli refused a parameter. */
bool nd_zstream_init_brotli(nd_zstream_t *z, const uint32_t params[ND_BROTLI_PARAMS]);

/* Runs the library over in[0, in_len) into out[0, out_len) with the flush value (zlib's
 * Z_* flush or a brotli operation). Afterwards avail_in_after / avail_out_after say what
 * is left; on failure `failed` is set with node's message, errno and code. Safe to call
 * from any one thread at a time. */
void nd_zstream_write(nd_zstream_t *z, int flush, const uint8_t *in, size_t in_len, uint8_t *out,
                      size_t out_len);

/* Changes a deflating stream's level and strategy. Returns false (with the error set)
 * when zlib refuses. Other modes ignore the call. */
bool nd_zstream_params(nd_zstream_t *z, int level, int strategy);

/* Returns the stream to its state right after init (the dictionary and brotli parameters
 * are applied again). Returns false with the error set when the library refuses. */
bool nd_zstream_reset(nd_zstream_t *z);

/* Frees the library state; the stream can no longer be used. Safe to call twice. */
void nd_zstream_close(nd_zstream_t *z);

/* True when [offset, offset + length) is a valid range of a buffer of buffer_len bytes,
 * for offsets and lengths that arrive as JavaScript numbers (any double). */
bool nd_zstream_range_ok(double offset, double length, size_t buffer_len);

/* The CRC-32 of the bytes continued from value (zlib's crc32, for any length). */
uint32_t nd_zstream_crc32(uint32_t value, const uint8_t *data, size_t len);

#endif
