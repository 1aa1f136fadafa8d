/*
 * icu: the legacy text decoders of the WHATWG Encoding Standard (Shift_JIS, EUC-KR, GBK,
 * the ISO-8859 and windows-125x families, ...) for TextDecoder, over ICU's converters.
 * node built with full ICU decodes these through ICU too, so the results (including what
 * an invalid sequence turns into) are ICU's. UTF-8, UTF-16 and the windows-1252 labels
 * (which node decodes as Latin-1) stay in lib/internal/encoding.js and the buffer binding.
 *
 * A converter keeps the state of a streaming decode (a multi-byte sequence split across
 * chunks, ISO-2022-JP's shift state) between calls; the JavaScript object owning it closes
 * it when collected.
 */
#include "../runtime.h"
#include "bindings.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

static JSClassRef converter_class;

/* A converter with what the error callback needs to know about it. */
typedef struct {
  UConverter *converter;
  bool fatal;
  bool gb18030;
} decoder_t;

static void converter_finalize(JSObjectRef object) {
  decoder_t *decoder = JSObjectGetPrivate(object);
  if (decoder != NULL) {
    ucnv_close(decoder->converter);
    free(decoder);
  }
}

/* Called by ICU for bytes it cannot decode. ICU's own substitution writes U+001A for bytes
 * a multi-byte converter knows are unassigned and U+FFFD only for illegal ones; the
 * Encoding Standard (and node) use U+FFFD for both, or stop when the decoder is fatal.
 * GB18030's decoder in the standard maps the single byte 0x80 to the euro sign, which
 * this ICU (72, GB18030-2005) does not. */
static void on_invalid_bytes(const void *context, UConverterToUnicodeArgs *args,
                             const char *bytes, int32_t length, UConverterCallbackReason reason,
                             UErrorCode *status) {
  const decoder_t *decoder = context;
  if (reason > UCNV_IRREGULAR)
    return;
  if (decoder->gb18030 && length == 1 && (unsigned char)bytes[0] == 0x80) {
    static const UChar euro[] = {0x20ac};
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, euro, 1, 0, status);
    return;
  }
  if (decoder->fatal)
    return; /* leaves the error in *status: ucnv_toUnicode stops */
  static const UChar replacement[] = {0xfffd};
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, replacement, 1, 0, status);
}

/* GB18030-2022 gave 19 two-byte codes the standard characters that GB18030-2005 (this
 * ICU's table) had in the Private Use Area; the Encoding Standard and node follow 2022.
 * No other sequence decodes to these private code points (checked against node for every
 * two-byte and BMP four-byte sequence), so rewriting them in the output is exact. */
static UChar gb18030_2022(UChar c) {
  static const UChar from[] = {0xe5e5, 0xe78d, 0xe78e, 0xe78f, 0xe790, 0xe791, 0xe792,
                               0xe793, 0xe794, 0xe795, 0xe796, 0xe81e, 0xe826, 0xe82b,
                               0xe82c, 0xe832, 0xe843, 0xe854, 0xe864};
  static const UChar to[] = {0x3000, 0xfe10, 0xfe12, 0xfe11, 0xfe13, 0xfe14, 0xfe15,
                             0xfe16, 0xfe17, 0xfe18, 0xfe19, 0x9fb4, 0x9fb5, 0x9fb6,
                             0x9fb7, 0x9fb8, 0x9fb9, 0x9fba, 0x9fbb};
  if (c < 0xe5e5 || c > 0xe864)
    return c;
  for (size_t i = 0; i < sizeof from / sizeof *from; i++) {
    if (from[i] == c)
      return to[i];
  }
  return c;
}

/* Opens ICU's converter for an encoding name, NULL when ICU has none. */
static UConverter *open_converter(JSContextRef ctx, JSValueRef name_value) {
  char *name = nd_to_utf8(ctx, name_value, NULL, NULL);
  if (name == NULL)
    return NULL;
  UErrorCode status = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(name, &status);
  free(name);
  if (U_FAILURE(status)) {
    if (converter != NULL)
      ucnv_close(converter);
    return NULL;
  }
  return converter;
}

/* getConverter(name, fatal): a converter object, or undefined when ICU has none. With
 * fatal, an invalid sequence stops the decode (decode() then returns undefined);
 * otherwise it becomes U+FFFD. */
static ND_FUNCTION(get_converter) {
  UConverter *converter = open_converter(ctx, ND_ARG(0));
  if (converter == NULL)
    return JSValueMakeUndefined(ctx);
  decoder_t *decoder = malloc(sizeof *decoder);
  if (decoder == NULL) {
    ucnv_close(converter);
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  }
  UErrorCode status = U_ZERO_ERROR;
  const char *name = ucnv_getName(converter, &status);
  decoder->converter = converter;
  decoder->fatal = JSValueToBoolean(ctx, ND_ARG(1));
  decoder->gb18030 = U_SUCCESS(status) && strcmp(name, "gb18030") == 0;
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter, on_invalid_bytes, decoder, NULL, NULL, &status);
  return JSObjectMake(ctx, converter_class, decoder);
}

/* decode(converter, bytes, flush): the text of the bytes (a Uint8Array). Without flush an
 * incomplete sequence at the end is kept for the next call; with flush it is an error and
 * the converter starts afresh afterwards. Returns undefined when a fatal converter meets
 * an invalid sequence (the converter is reset). */
static ND_FUNCTION(decode) {
  JSValueRef converter_value = ND_ARG(0);
  if (!JSValueIsObjectOfClass(ctx, converter_value, converter_class))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a converter");
  decoder_t *decoder = JSObjectGetPrivate((JSObjectRef)converter_value);
  UConverter *converter = decoder->converter;
  JSValueRef bytes_value = ND_ARG(1);
  const char *source = "";
  size_t length = 0;
  if (JSValueIsObject(ctx, bytes_value) &&
      JSValueGetTypedArrayType(ctx, bytes_value, NULL) == kJSTypedArrayTypeUint8Array) {
    JSObjectRef bytes = (JSObjectRef)bytes_value;
    source = JSObjectGetTypedArrayBytesPtr(ctx, bytes, NULL);
    length = JSObjectGetTypedArrayByteLength(ctx, bytes, NULL);
    if (source == NULL)
      source = "";
    else
      source += JSObjectGetTypedArrayByteOffset(ctx, bytes, NULL);
  }
  bool flush = JSValueToBoolean(ctx, ND_ARG(2));

  /* Every encoding here yields at most two UTF-16 units per input byte, plus what a
   * flushed partial sequence or a pending state can produce. */
  size_t capacity = length * 2 + 16;
  UChar *out = malloc(capacity * sizeof(UChar));
  if (out == NULL)
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  UChar *target = out;
  const char *source_end = source + length;
  UErrorCode status = U_ZERO_ERROR;
  for (;;) {
    ucnv_toUnicode(converter, &target, out + capacity, &source, source_end, NULL, flush,
                   &status);
    if (status != U_BUFFER_OVERFLOW_ERROR)
      break;
    /* Grow and continue where the converter stopped. */
    size_t used = (size_t)(target - out);
    capacity *= 2;
    UChar *grown = realloc(out, capacity * sizeof(UChar));
    if (grown == NULL) {
      free(out);
      ucnv_resetToUnicode(converter);
      return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                      "Failed to allocate memory");
    }
    out = grown;
    target = out + used;
    status = U_ZERO_ERROR;
  }
  if (U_FAILURE(status)) {
    free(out);
    ucnv_resetToUnicode(converter);
    return JSValueMakeUndefined(ctx);
  }
  if (flush)
    ucnv_resetToUnicode(converter);
  if (decoder->gb18030) {
    for (UChar *p = out; p < target; p++)
      *p = gb18030_2022(*p);
  }
  JSStringRef s = JSStringCreateWithCharacters((const JSChar *)out, (size_t)(target - out));
  free(out);
  JSValueRef result = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return result;
}

void nd__binding_icu_init(JSContextRef ctx, JSObjectRef exports) {
  if (converter_class == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Converter";
    def.finalize = converter_finalize;
    converter_class = JSClassCreate(&def);
  }
  static const nd_method_t methods[] = {
      {"getConverter", get_converter},
      {"decode", decode},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
