/*
 * The compression engine behind node:zlib (see zlib_stream.h). No JavaScript here: the
 * binding (zlib.c) and the fuzz target both drive it.
 *
 * Behaviour that node defines on top of the libraries, and that programs observe:
 *  - Gunzip reads concatenated gzip members as one stream; after a member ends, a zero
 *    byte ends the data (padding) and anything else must start another member.
 *  - Unzip detects gzip (1f 8b) or zlib from the first two bytes.
 *  - Inflate applies the dictionary given at creation when the stream asks for one, and
 *    reports "Missing dictionary" / "Bad dictionary" otherwise.
 *  - A finishing write that leaves output space but did not reach the end of the data is
 *    "unexpected end of file" (Z_BUF_ERROR), for zlib and brotli alike.
 *  - zlib's own message (strm.msg) wins over node's generic text when zlib set one.
 */
#include "zlib_stream.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_deflating(int mode) {
  return mode == ND_Z_DEFLATE || mode == ND_Z_GZIP || mode == ND_Z_DEFLATERAW;
}

static bool is_zlib_mode(int mode) {
  return mode >= ND_Z_DEFLATE && mode <= ND_Z_UNZIP;
}

static const char *zlib_code_name(int err) {
  switch (err) {
  case Z_OK:
    return "Z_OK";
  case Z_STREAM_END:
    return "Z_STREAM_END";
  case Z_NEED_DICT:
    return "Z_NEED_DICT";
  case Z_ERRNO:
    return "Z_ERRNO";
  case Z_STREAM_ERROR:
    return "Z_STREAM_ERROR";
  case Z_DATA_ERROR:
    return "Z_DATA_ERROR";
  case Z_MEM_ERROR:
    return "Z_MEM_ERROR";
  case Z_BUF_ERROR:
    return "Z_BUF_ERROR";
  case Z_VERSION_ERROR:
    return "Z_VERSION_ERROR";
  default:
    return "Z_UNKNOWN_ERROR";
  }
}

static void set_error(nd_zstream_t *z, int errno_value, const char *message, const char *code) {
  z->failed = true;
  z->error_errno = errno_value;
  snprintf(z->error_message, sizeof z->error_message, "%s", message);
  snprintf(z->error_code, sizeof z->error_code, "%s", code);
}

/* A zlib failure: zlib's own message when it gave one, else node's text. */
static void set_zlib_error(nd_zstream_t *z, int err, const char *fallback) {
  set_error(z, err, z->strm.msg != NULL ? z->strm.msg : fallback, zlib_code_name(err));
}

/* node names brotli decoder errors after the library's constant, without its
 * "BROTLI_DECODER" prefix: ERR__ERROR_FORMAT_PADDING_1. Older brotli versions return
 * the bare name (PADDING_1), so the group prefix is rebuilt from the number. */
static void brotli_decoder_code(BrotliDecoderErrorCode code, char *out, size_t size) {
  const char *name = BrotliDecoderErrorString(code);
  if (name == NULL)
    name = "UNKNOWN";
  if (name[0] == '_') {
    snprintf(out, size, "ERR_%s", name);
    return;
  }
  const char *group = "_ERROR_";
  if (code <= -1 && code >= -18)
    group = "_ERROR_FORMAT_";
  else if (code <= -21 && code >= -30)
    group = "_ERROR_ALLOC_";
  snprintf(out, size, "ERR_%s%s", group, name);
}

void nd_zstream_create(nd_zstream_t *z, int mode) {
  memset(z, 0, sizeof *z);
  z->mode = mode;
  z->initial_mode = mode;
  for (int i = 0; i < ND_BROTLI_PARAMS; i++)
    z->params[i] = ND_BROTLI_UNSET;
  z->last_result = BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT;
}

/* Gives zlib the dictionary where node does: deflating modes (not gzip) at start, raw
 * inflate at start; zlib-wrapped inflate receives it when the stream asks. */
static int apply_dictionary(nd_zstream_t *z) {
  if (z->dictionary == NULL)
    return Z_OK;
  if (z->mode == ND_Z_DEFLATE || z->mode == ND_Z_DEFLATERAW)
    return deflateSetDictionary(&z->strm, z->dictionary, (uInt)z->dictionary_len);
  if (z->mode == ND_Z_INFLATERAW)
    return inflateSetDictionary(&z->strm, z->dictionary, (uInt)z->dictionary_len);
  return Z_OK;
}

bool nd_zstream_init_zlib(nd_zstream_t *z, int window_bits, int level, int mem_level, int strategy,
                          const uint8_t *dictionary, size_t dictionary_len) {
  if (!is_zlib_mode(z->mode) || z->ready)
    return false;
  if (dictionary_len > UINT_MAX)
    return false;
  z->level = level;
  z->window_bits = window_bits;
  z->mem_level = mem_level;
  z->strategy = strategy;
  int bits = window_bits;
  switch (z->mode) {
  case ND_Z_GZIP:
  case ND_Z_GUNZIP:
    bits += 16;
    break;
  case ND_Z_UNZIP:
    bits += 32;
    break;
  case ND_Z_DEFLATERAW:
    /* zlib no longer writes raw streams with a 256-byte window; node asks for 512. */
    bits = -(bits == 8 ? 9 : bits);
    break;
  case ND_Z_INFLATERAW:
    bits = -bits;
    break;
  default:
    break;
  }
  int err = is_deflating(z->mode)
                ? deflateInit2(&z->strm, level, Z_DEFLATED, bits, mem_level, strategy)
                : inflateInit2(&z->strm, bits);
  if (err != Z_OK) {
    set_zlib_error(z, err, "Init error");
    return false;
  }
  z->ready = true;
  if (dictionary != NULL && dictionary_len > 0) {
    z->dictionary = malloc(dictionary_len);
    if (z->dictionary == NULL) {
      nd_zstream_close(z);
      return false;
    }
    memcpy(z->dictionary, dictionary, dictionary_len);
    z->dictionary_len = dictionary_len;
  }
  if (apply_dictionary(z) != Z_OK) {
    set_error(z, Z_STREAM_ERROR, "Failed to set dictionary", "Z_STREAM_ERROR");
    nd_zstream_close(z);
    return false;
  }
  return true;
}

static bool create_brotli_state(nd_zstream_t *z) {
  if (z->mode == ND_Z_BROTLI_ENCODE) {
    z->encoder = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    if (z->encoder == NULL)
      return false;
    for (int i = 0; i < ND_BROTLI_PARAMS; i++) {
      if (z->params[i] != ND_BROTLI_UNSET &&
          !BrotliEncoderSetParameter(z->encoder, (BrotliEncoderParameter)i, z->params[i]))
        return false;
    }
  } else {
    z->decoder = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (z->decoder == NULL)
      return false;
    for (int i = 0; i < ND_BROTLI_PARAMS; i++) {
      if (z->params[i] != ND_BROTLI_UNSET &&
          !BrotliDecoderSetParameter(z->decoder, (BrotliDecoderParameter)i, z->params[i]))
        return false;
    }
  }
  z->last_result = BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT;
  return true;
}

static void destroy_brotli_state(nd_zstream_t *z) {
  if (z->encoder != NULL)
    BrotliEncoderDestroyInstance(z->encoder);
  if (z->decoder != NULL)
    BrotliDecoderDestroyInstance(z->decoder);
  z->encoder = NULL;
  z->decoder = NULL;
}

bool nd_zstream_init_brotli(nd_zstream_t *z, const uint32_t params[ND_BROTLI_PARAMS]) {
  if ((z->mode != ND_Z_BROTLI_ENCODE && z->mode != ND_Z_BROTLI_DECODE) || z->ready)
    return false;
  memcpy(z->params, params, sizeof z->params);
  if (!create_brotli_state(z)) {
    destroy_brotli_state(z);
    set_error(z, -1, "Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED");
    return false;
  }
  z->ready = true;
  return true;
}

/* UNZIP: records the first input bytes and settles the mode once they tell. */
static void detect_format(nd_zstream_t *z, const uint8_t *in, size_t in_len) {
  size_t i = 0;
  while (z->magic_len < 2 && i < in_len) {
    z->magic[z->magic_len++] = in[i++];
    if (z->magic[0] != 0x1f)
      break;
  }
  if (z->magic_len >= 1 && z->magic[0] != 0x1f)
    z->mode = ND_Z_INFLATE;
  else if (z->magic_len == 2)
    z->mode = z->magic[1] == 0x8b ? ND_Z_GUNZIP : ND_Z_INFLATE;
}

/* One zlib call over the stream's current windows, with node's rules around it. */
static int zlib_step(nd_zstream_t *z, int flush) {
  if (is_deflating(z->mode))
    return deflate(&z->strm, flush);
  int err = inflate(&z->strm, flush);
  if (z->mode != ND_Z_INFLATERAW && err == Z_NEED_DICT && z->dictionary != NULL) {
    err = inflateSetDictionary(&z->strm, z->dictionary, (uInt)z->dictionary_len);
    if (err == Z_OK)
      err = inflate(&z->strm, flush);
    else if (err == Z_DATA_ERROR)
      err = Z_NEED_DICT; /* reported as "Bad dictionary" */
  }
  /* Another gzip member may follow; a zero byte is padding that ends the data. */
  while (z->strm.avail_in > 0 && z->mode == ND_Z_GUNZIP && err == Z_STREAM_END &&
         z->strm.next_in[0] != 0x00) {
    inflateReset(&z->strm);
    err = inflate(&z->strm, flush);
  }
  return err;
}

static void write_zlib(nd_zstream_t *z, int flush, const uint8_t *in, size_t in_len, uint8_t *out,
                       size_t out_len) {
  if (z->mode == ND_Z_UNZIP)
    detect_format(z, in, in_len);
  size_t in_left = in_len, out_left = out_len;
  int err;
  /* zlib counts in 32 bits: larger windows are fed in slices. */
  for (;;) {
    uInt in_now = in_left > UINT_MAX ? UINT_MAX : (uInt)in_left;
    uInt out_now = out_left > UINT_MAX ? UINT_MAX : (uInt)out_left;
    z->strm.next_in = (Bytef *)(in + (in_len - in_left));
    z->strm.avail_in = in_now;
    z->strm.next_out = out + (out_len - out_left);
    z->strm.avail_out = out_now;
    err = zlib_step(z, flush);
    in_left -= in_now - z->strm.avail_in;
    out_left -= out_now - z->strm.avail_out;
    if (err != Z_OK && err != Z_BUF_ERROR)
      break;
    bool more_in = z->strm.avail_in == 0 && in_left > 0;
    bool more_out = z->strm.avail_out == 0 && out_left > 0;
    if (!more_in && !more_out)
      break;
  }
  z->avail_in_after = in_left;
  z->avail_out_after = out_left;
  switch (err) {
  case Z_OK:
  case Z_BUF_ERROR:
    if (out_left != 0 && flush == Z_FINISH)
      set_zlib_error(z, err, "unexpected end of file");
    break;
  case Z_STREAM_END:
    break;
  case Z_NEED_DICT:
    set_zlib_error(z, err, z->dictionary != NULL ? "Bad dictionary" : "Missing dictionary");
    break;
  default:
    set_zlib_error(z, err, "Zlib error");
    break;
  }
}

static void write_brotli(nd_zstream_t *z, int flush, const uint8_t *in, size_t in_len, uint8_t *out,
                         size_t out_len) {
  const uint8_t *next_in = in;
  size_t avail_in = in_len;
  uint8_t *next_out = out;
  size_t avail_out = out_len;
  if (z->mode == ND_Z_BROTLI_ENCODE) {
    if (flush < BROTLI_OPERATION_PROCESS || flush > BROTLI_OPERATION_EMIT_METADATA ||
        !BrotliEncoderCompressStream(z->encoder, (BrotliEncoderOperation)flush, &avail_in, &next_in,
                                     &avail_out, &next_out, NULL))
      set_error(z, -1, "Compression failed", "ERR_BROTLI_COMPRESSION_FAILED");
  } else {
    z->last_result =
        BrotliDecoderDecompressStream(z->decoder, &avail_in, &next_in, &avail_out, &next_out, NULL);
    if (z->last_result == BROTLI_DECODER_RESULT_ERROR) {
      BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(z->decoder);
      char name[64];
      brotli_decoder_code(code, name, sizeof name);
      set_error(z, (int)code, "Decompression failed", name);
    } else if (flush == BROTLI_OPERATION_FINISH &&
               z->last_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      set_error(z, Z_BUF_ERROR, "unexpected end of file", "Z_BUF_ERROR");
    }
  }
  z->avail_in_after = avail_in;
  z->avail_out_after = avail_out;
}

void nd_zstream_write(nd_zstream_t *z, int flush, const uint8_t *in, size_t in_len, uint8_t *out,
                      size_t out_len) {
  /* zlib refuses a null output pointer even for an empty window. */
  static uint8_t empty[1];
  if (in == NULL)
    in = empty, in_len = 0;
  if (out == NULL)
    out = empty, out_len = 0;
  z->failed = false;
  z->avail_in_after = in_len;
  z->avail_out_after = out_len;
  if (!z->ready) {
    set_error(z, Z_STREAM_ERROR, "zlib binding closed", "Z_STREAM_ERROR");
    return;
  }
  if (is_zlib_mode(z->initial_mode))
    write_zlib(z, flush, in, in_len, out, out_len);
  else
    write_brotli(z, flush, in, in_len, out, out_len);
}

bool nd_zstream_params(nd_zstream_t *z, int level, int strategy) {
  z->failed = false;
  if (!z->ready || !is_deflating(z->mode))
    return true;
  /* deflateParams may emit the end of the current block. The caller flushed before
   * asking, so nothing is pending; the scratch space only keeps zlib away from the
   * last write's (possibly released) output buffer. */
  uint8_t scratch[64];
  z->strm.next_in = scratch;
  z->strm.avail_in = 0;
  z->strm.next_out = scratch;
  z->strm.avail_out = sizeof scratch;
  int err = deflateParams(&z->strm, level, strategy);
  z->strm.next_out = NULL;
  z->strm.avail_out = 0;
  z->strm.next_in = NULL;
  if (err != Z_OK && err != Z_BUF_ERROR) {
    set_zlib_error(z, err, "Failed to set parameters");
    return false;
  }
  z->level = level;
  z->strategy = strategy;
  return true;
}

bool nd_zstream_reset(nd_zstream_t *z) {
  z->failed = false;
  if (!z->ready)
    return true;
  if (!is_zlib_mode(z->initial_mode)) {
    destroy_brotli_state(z);
    if (!create_brotli_state(z)) {
      destroy_brotli_state(z);
      z->ready = false;
      set_error(z, -1, "Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED");
      return false;
    }
    return true;
  }
  z->mode = z->initial_mode;
  z->magic_len = 0;
  int err = is_deflating(z->mode) ? deflateReset(&z->strm) : inflateReset(&z->strm);
  if (err == Z_OK)
    err = apply_dictionary(z);
  if (err != Z_OK) {
    set_zlib_error(z, err, "Failed to reset stream");
    return false;
  }
  return true;
}

void nd_zstream_close(nd_zstream_t *z) {
  if (z->ready) {
    if (is_zlib_mode(z->initial_mode)) {
      /* UNZIP may have become GUNZIP or INFLATE: both inflate. */
      if (is_deflating(z->mode))
        deflateEnd(&z->strm);
      else
        inflateEnd(&z->strm);
    } else {
      destroy_brotli_state(z);
    }
  }
  z->ready = false;
  free(z->dictionary);
  z->dictionary = NULL;
  z->dictionary_len = 0;
}

bool nd_zstream_range_ok(double offset, double length, size_t buffer_len) {
  if (!(offset >= 0) || !(length >= 0) || offset != floor(offset) || length != floor(length))
    return false;
  if (offset > (double)buffer_len)
    return false;
  size_t start = (size_t)offset;
  if (start > buffer_len)
    return false;
  return length <= (double)(buffer_len - start);
}

uint32_t nd_zstream_crc32(uint32_t value, const uint8_t *data, size_t len) {
  uLong crc = value;
  while (len > 0) {
    uInt now = len > UINT_MAX ? UINT_MAX : (uInt)len;
    crc = crc32(crc, data, now);
    data += now;
    len -= now;
  }
  return (uint32_t)crc;
}
