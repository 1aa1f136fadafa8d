/*
 * crypto: the OpenSSL side of node:crypto and globalThis.crypto. This part provides
 * message digests (Hash), HMAC, random bytes and constant-time comparison; ciphers,
 * keys, signatures and KDFs grow here later around the same pattern: a native object
 * (a JSClass instance owning the OpenSSL context, freed by its finalizer) and plain
 * functions that take typed arrays.
 *
 * Errors from OpenSSL are thrown as node does: an Error whose message is OpenSSL's
 * "error:...:reason" string, with code ERR_OSSL_<REASON>.
 */
#include "../jsc_string.h"
#include "../runtime.h"
#include "bindings.h"

#include <ctype.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------------------------
 * Helpers. */

/* The bytes of a typed array, DataView or ArrayBuffer argument through the C API, which
 * pins the buffer (it can no longer be detached): what a job on the thread pool needs. */
static bool get_bytes_pinned(JSContextRef ctx, JSValueRef value, const uint8_t **data, size_t *len,
                             JSValueRef *exc) {
  if (!JSValueIsObject(ctx, value)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
    return false;
  }
  JSObjectRef obj = (JSObjectRef)value;
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, value, NULL);
  if (type == kJSTypedArrayTypeNone) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
    return false;
  }
  if (type == kJSTypedArrayTypeArrayBuffer) {
    *len = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
    *data = JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
  } else {
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    *len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
    *data = base ? base + offset : NULL;
  }
  if (*data == NULL) {
    static const uint8_t empty[1];
    *data = empty;
    *len = 0;
  }
  return true;
}

/* The bytes of an argument for work done before the binding returns: a Uint8Array (every
 * Buffer) is read in place (nd_uint8_bytes), which neither pins it nor takes the engine's
 * lock four times; anything else goes through the C API. */
static bool get_bytes(JSContextRef ctx, JSValueRef value, const uint8_t **data, size_t *len,
                      JSValueRef *exc) {
  uint8_t *bytes;
  if (nd_uint8_bytes(ctx, value, &bytes, len)) {
    static const uint8_t empty[1];
    *data = bytes != NULL ? bytes : empty;
    return true;
  }
  return get_bytes_pinned(ctx, value, data, len, exc);
}

/* OpenSSL library numbers and the short names node puts in error codes. */
static const struct {
  int lib;
  const char *name;
} openssl_libs[] = {
    {ERR_LIB_SYS, "SYS"},       {ERR_LIB_BN, "BN"},       {ERR_LIB_RSA, "RSA"},
    {ERR_LIB_DH, "DH"},         {ERR_LIB_EVP, "EVP"},     {ERR_LIB_BUF, "BUF"},
    {ERR_LIB_OBJ, "OBJ"},       {ERR_LIB_PEM, "PEM"},     {ERR_LIB_DSA, "DSA"},
    {ERR_LIB_X509, "X509"},     {ERR_LIB_ASN1, "ASN1"},   {ERR_LIB_CONF, "CONF"},
    {ERR_LIB_CRYPTO, "CRYPTO"}, {ERR_LIB_EC, "EC"},       {ERR_LIB_SSL, "SSL"},
    {ERR_LIB_BIO, "BIO"},       {ERR_LIB_PKCS7, "PKCS7"}, {ERR_LIB_X509V3, "X509V3"},
    {ERR_LIB_PKCS12, "PKCS12"}, {ERR_LIB_RAND, "RAND"},   {ERR_LIB_OCSP, "OCSP"},
    {ERR_LIB_UI, "UI"},         {ERR_LIB_CMS, "CMS"},     {ERR_LIB_KDF, "KDF"},
    {ERR_LIB_PROV, "PROV"},     {ERR_LIB_USER, "USER"},
};

/* Throws the most recent OpenSSL error like node: message "error:...", code
 * ERR_OSSL_<LIB>_<REASON>, and the library and reason as properties. */
static JSValueRef throw_openssl(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
  unsigned long err = ERR_get_error();
  ERR_clear_error();
  if (err == 0)
    return nd_throw(ctx, exc, "Error", NULL, "%s", fallback);
  char message[256];
  ERR_error_string_n(err, message, sizeof message);
  const char *reason = ERR_reason_error_string(err);
  const char *library = ERR_lib_error_string(err);
  char code[160] = "ERR_OSSL_";
  size_t n = strlen(code);
  for (size_t i = 0; i < sizeof openssl_libs / sizeof openssl_libs[0]; i++) {
    if (openssl_libs[i].lib == ERR_GET_LIB(err)) {
      n += (size_t)snprintf(code + n, sizeof code - n, "%s_", openssl_libs[i].name);
      break;
    }
  }
  for (const char *p = reason ? reason : "UNKNOWN"; *p && n + 1 < sizeof code; p++)
    code[n++] = *p == ' ' ? '_' : (char)toupper((unsigned char)*p);
  code[n] = '\0';
  nd_throw(ctx, exc, "Error", NULL, "%s", message);
  if (exc != NULL && JSValueIsObject(ctx, *exc)) {
    JSObjectRef e = (JSObjectRef)*exc;
    if (library)
      nd_set_string(ctx, e, "library", library);
    if (reason)
      nd_set_string(ctx, e, "reason", reason);
    nd_set_string(ctx, e, "code", code);
  }
  return JSValueMakeUndefined(ctx);
}

/* An ArrayBuffer taking ownership of malloc'ed bytes. */
static JSValueRef owned_array_buffer(JSContextRef ctx, uint8_t *bytes, size_t len,
                                     JSValueRef *exc) {
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, nd_free_bytes, NULL, exc);
}

/* A digest's malloc'ed bytes as the caller asked for them: a string in a buffer encoding
 * (encoding >= 0, the bytes are freed), which saves making an ArrayBuffer and a Buffer
 * only to convert them, or an ArrayBuffer that owns them (-1). */
static JSValueRef digest_result(JSContextRef ctx, uint8_t *bytes, size_t len, int encoding,
                                JSValueRef *exc) {
  if (encoding < 0)
    return owned_array_buffer(ctx, bytes, len, exc);
  JSValueRef s = nd_buffer_to_string(ctx, encoding, bytes, len, exc);
  free(bytes);
  return s;
}

/* ---------------------------------------------------------------------------------------
 * Hash. */

typedef struct {
  EVP_MD_CTX *md;
  EVP_MD *fetched;         /* owned when fetched through a provider */
  unsigned int xof_length; /* XOF output length, or (unsigned)-1 for the default */
  uint8_t *digest;         /* the digest once taken (malloc'ed), NULL before */
  size_t digest_length;
} hash_t;

static JSClassRef hash_class;

static void hash_finalize(JSObjectRef object) {
  hash_t *h = JSObjectGetPrivate(object);
  if (h == NULL)
    return;
  EVP_MD_CTX_free(h->md);
  EVP_MD_free(h->fetched);
  free(h->digest);
  free(h);
}

static hash_t *get_hash(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  if (!JSValueIsObjectOfClass(ctx, value, hash_class)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be a Hash");
    return NULL;
  }
  return JSObjectGetPrivate((JSObjectRef)value);
}

/* NULL for a name OpenSSL does not know, with the error queue empty. A digest OpenSSL
 * knows but cannot provide (md4 and whirlpool live in the legacy provider, which is not
 * loaded) also gives NULL, but leaves OpenSSL's "unsupported" error queued, which callers
 * throw as node does. */
static EVP_MD *fetch_digest_uncached(const char *name) {
  EVP_MD *md = EVP_MD_fetch(NULL, name, NULL);
  if (md == NULL) {
    ERR_clear_error();
    /* Legacy names and aliases (RSA-SHA256, ssl3-md5) resolve through the object table. */
    const EVP_MD *legacy = EVP_get_digestbyname(name);
    if (legacy != NULL)
      md = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
    if (md != NULL || legacy == NULL)
      ERR_clear_error();
  }
  return md;
}

/* Fetching a digest from OpenSSL's providers takes locks and a lookup that cost more than
 * hashing a short input, and programs hash with the same few names over and over (etags,
 * ids): the digests of the most recent names are kept, for every thread, and handed out
 * as new references (callers free what they get, as with EVP_MD_fetch). */
enum { DIGEST_CACHE_SIZE = 16, DIGEST_NAME_MAX = 48 };
static struct {
  char name[DIGEST_NAME_MAX];
  EVP_MD *md;
} digest_cache[DIGEST_CACHE_SIZE];
static unsigned digest_cache_next;
static pthread_mutex_t digest_cache_lock = PTHREAD_MUTEX_INITIALIZER;

static EVP_MD *fetch_digest(const char *name) {
  size_t n = strlen(name);
  if (n >= DIGEST_NAME_MAX)
    return fetch_digest_uncached(name);
  pthread_mutex_lock(&digest_cache_lock);
  for (unsigned i = 0; i < DIGEST_CACHE_SIZE; i++) {
    if (digest_cache[i].md != NULL && strcmp(digest_cache[i].name, name) == 0) {
      EVP_MD *md = digest_cache[i].md;
      EVP_MD_up_ref(md);
      pthread_mutex_unlock(&digest_cache_lock);
      return md;
    }
  }
  pthread_mutex_unlock(&digest_cache_lock);
  EVP_MD *md = fetch_digest_uncached(name);
  if (md == NULL)
    return NULL;
  pthread_mutex_lock(&digest_cache_lock);
  unsigned slot = digest_cache_next++ % DIGEST_CACHE_SIZE;
  EVP_MD_free(digest_cache[slot].md);
  memcpy(digest_cache[slot].name, name, n + 1);
  EVP_MD_up_ref(md);
  digest_cache[slot].md = md;
  pthread_mutex_unlock(&digest_cache_lock);
  return md;
}

/* createHash(algorithm, outputLength or -1) -> a Hash object; undefined for an unknown
 * algorithm (the JavaScript side throws node's "Digest method not supported"). */
static ND_FUNCTION(create_hash) {
  char *name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (name == NULL)
    return NULL;
  double out_len = JSValueToNumber(ctx, ND_ARG(1), NULL);
  EVP_MD *md = fetch_digest(name);
  free(name);
  if (md == NULL)
    return ERR_peek_error() != 0 ? throw_openssl(ctx, exc, "") : JSValueMakeUndefined(ctx);
  hash_t *h = calloc(1, sizeof *h);
  h->fetched = md;
  h->md = EVP_MD_CTX_new();
  if (h->md == NULL || EVP_DigestInit_ex(h->md, md, NULL) != 1) {
    EVP_MD_CTX_free(h->md);
    EVP_MD_free(md);
    free(h);
    return throw_openssl(ctx, exc, "Digest method not supported");
  }
  h->xof_length = (unsigned int)-1;
  if (out_len >= 0) {
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (!xof && (unsigned int)out_len != (unsigned int)EVP_MD_get_size(md)) {
      EVP_MD_CTX_free(h->md);
      EVP_MD_free(md);
      free(h);
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      return throw_openssl(ctx, exc, "not XOF or invalid length");
    }
    h->xof_length = xof ? (unsigned int)out_len : (unsigned int)-1;
  }
  return JSObjectMake(ctx, hash_class, h);
}

/* hashUpdate(hash, bytes) */
static ND_FUNCTION(hash_update) {
  hash_t *h = get_hash(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  const uint8_t *data;
  size_t len;
  if (!get_bytes(ctx, ND_ARG(1), &data, &len, exc))
    return NULL;
  if (EVP_DigestUpdate(h->md, data, len) != 1)
    return throw_openssl(ctx, exc, "Hash update failed");
  return JSValueMakeUndefined(ctx);
}

/* hashDigest(hash, encoding) -> the digest as a string in that encoding (an id of the
 * buffer binding's), or an ArrayBuffer for -1. The digest is taken once and kept: later
 * calls return it again (a Hash used as a stream pushes the digest that digest() took),
 * and the hash cannot be updated afterwards. */
static ND_FUNCTION(hash_digest) {
  hash_t *h = get_hash(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  int encoding = argc > 1 ? (int)nd_int(ctx, argv[1]) : -1;
  if (h->digest == NULL) {
    const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    /* xof_length is (unsigned)-1 when no outputLength was given: the default size. */
    size_t len =
        xof && h->xof_length != (unsigned int)-1 ? h->xof_length : (size_t)EVP_MD_get_size(md);
    uint8_t *out = malloc(len ? len : 1);
    int ok;
    if (xof) {
      ok = len == 0 ? 1 : EVP_DigestFinalXOF(h->md, out, len);
    } else {
      unsigned int written = 0;
      ok = EVP_DigestFinal_ex(h->md, out, &written);
      len = written;
    }
    if (ok != 1) {
      free(out);
      return throw_openssl(ctx, exc, "Digest failed");
    }
    h->digest = out;
    h->digest_length = len;
  }
  if (encoding >= 0)
    return nd_buffer_to_string(ctx, encoding, h->digest, h->digest_length, exc);
  uint8_t *copy = malloc(h->digest_length ? h->digest_length : 1);
  memcpy(copy, h->digest, h->digest_length);
  return owned_array_buffer(ctx, copy, h->digest_length, exc);
}

/* hashCopy(hash, outputLength or -1) -> an independent Hash in the same state. */
static ND_FUNCTION(hash_copy) {
  hash_t *h = get_hash(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  double out_len = JSValueToNumber(ctx, ND_ARG(1), NULL);
  hash_t *copy = calloc(1, sizeof *copy);
  copy->md = EVP_MD_CTX_new();
  if (copy->md == NULL || EVP_MD_CTX_copy_ex(copy->md, h->md) != 1) {
    EVP_MD_CTX_free(copy->md);
    free(copy);
    return throw_openssl(ctx, exc, "Hash copy failed");
  }
  /* Like node, a copy made without an outputLength has the digest's default length, not
   * the original's. */
  copy->xof_length = (unsigned int)-1;
  if (out_len >= 0) {
    /* As at creation: a fixed-size digest accepts only its own size. */
    const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (!xof && (unsigned int)out_len != (unsigned int)EVP_MD_get_size(md)) {
      EVP_MD_CTX_free(copy->md);
      free(copy);
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      return throw_openssl(ctx, exc, "not XOF or invalid length");
    }
    if (xof)
      copy->xof_length = (unsigned int)out_len;
  }
  return JSObjectMake(ctx, hash_class, copy);
}

/* oneShotDigest(algorithm, bytes, encoding) -> the digest as hashDigest returns it, or
 * undefined for an unknown digest. */
static ND_FUNCTION(one_shot_digest) {
  int encoding = argc > 2 ? (int)nd_int(ctx, argv[2]) : -1;
  char *name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (name == NULL)
    return NULL;
  EVP_MD *md = fetch_digest(name);
  free(name);
  if (md == NULL)
    return ERR_peek_error() != 0 ? throw_openssl(ctx, exc, "") : JSValueMakeUndefined(ctx);
  const uint8_t *data;
  size_t len;
  if (!get_bytes(ctx, ND_ARG(1), &data, &len, exc)) {
    EVP_MD_free(md);
    return NULL;
  }
  unsigned int out_len = 0;
  uint8_t *out = malloc(EVP_MAX_MD_SIZE);
  int ok = EVP_Digest(data, len, out, &out_len, md, NULL);
  EVP_MD_free(md);
  if (ok != 1) {
    free(out);
    return throw_openssl(ctx, exc, "Digest failed");
  }
  return digest_result(ctx, out, out_len, encoding, exc);
}

/* ---------------------------------------------------------------------------------------
 * HMAC, through OpenSSL 3's EVP_MAC. */

typedef struct {
  EVP_MAC_CTX *mac;
} hmac_t;

static JSClassRef hmac_class;

static void hmac_finalize(JSObjectRef object) {
  hmac_t *h = JSObjectGetPrivate(object);
  if (h == NULL)
    return;
  EVP_MAC_CTX_free(h->mac);
  free(h);
}

/* createHmac(algorithm, keyBytes) -> an Hmac object, or undefined for an unknown digest. */
static ND_FUNCTION(create_hmac) {
  char *name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (name == NULL)
    return NULL;
  EVP_MD *md = fetch_digest(name);
  free(name);
  if (md == NULL)
    return ERR_peek_error() != 0 ? throw_openssl(ctx, exc, "") : JSValueMakeUndefined(ctx);
  /* Node's HMAC setup refuses extendable-output digests without an OpenSSL error, so its
   * message is the one OpenSSL formats for "no error". */
  if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) {
    EVP_MD_free(md);
    return nd_throw(ctx, exc, "Error", NULL, "error:00000000:lib(0)::reason(0)");
  }
  const char *digest_name = EVP_MD_get0_name(md);
  const uint8_t *key;
  size_t key_len;
  if (!get_bytes(ctx, ND_ARG(1), &key, &key_len, exc)) {
    EVP_MD_free(md);
    return NULL;
  }
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  EVP_MAC_CTX *mctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
  EVP_MAC_free(mac);
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string("digest", (char *)digest_name, 0),
      OSSL_PARAM_construct_end(),
  };
  /* OpenSSL refuses an empty key pointer; an empty key is a valid HMAC key. */
  static const uint8_t empty_key[1] = {0};
  int ok = mctx != NULL && EVP_MAC_init(mctx, key_len ? key : empty_key, key_len, params) == 1;
  EVP_MD_free(md);
  if (!ok) {
    EVP_MAC_CTX_free(mctx);
    return throw_openssl(ctx, exc, "HMAC initialization failed");
  }
  hmac_t *h = calloc(1, sizeof *h);
  h->mac = mctx;
  return JSObjectMake(ctx, hmac_class, h);
}

static hmac_t *get_hmac(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  if (!JSValueIsObjectOfClass(ctx, value, hmac_class)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be an Hmac");
    return NULL;
  }
  return JSObjectGetPrivate((JSObjectRef)value);
}

static ND_FUNCTION(hmac_update) {
  hmac_t *h = get_hmac(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  const uint8_t *data;
  size_t len;
  if (!get_bytes(ctx, ND_ARG(1), &data, &len, exc))
    return NULL;
  if (EVP_MAC_update(h->mac, data, len) != 1)
    return throw_openssl(ctx, exc, "Hmac update failed");
  return JSValueMakeUndefined(ctx);
}

/* hmacDigest(hmac, encoding) -> as hashDigest. */
static ND_FUNCTION(hmac_digest) {
  hmac_t *h = get_hmac(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  int encoding = argc > 1 ? (int)nd_int(ctx, argv[1]) : -1;
  size_t len = EVP_MAC_CTX_get_mac_size(h->mac);
  uint8_t *out = malloc(len ? len : 1);
  size_t written = 0;
  if (EVP_MAC_final(h->mac, out, &written, len) != 1) {
    free(out);
    return throw_openssl(ctx, exc, "Hmac digest failed");
  }
  return digest_result(ctx, out, written, encoding, exc);
}

/* ---------------------------------------------------------------------------------------
 * Random bytes. Large requests run on the thread pool (node's randomBytes with a
 * callback never blocks the loop). */

/* randomFillSync(typedArray, offset, size) */
static ND_FUNCTION(random_fill_sync) {
  double offset = JSValueToNumber(ctx, ND_ARG(1), NULL);
  double size = JSValueToNumber(ctx, ND_ARG(2), NULL);
  const uint8_t *data;
  size_t len;
  if (!get_bytes(ctx, ND_ARG(0), &data, &len, exc))
    return NULL;
  if (offset < 0 || size < 0 || offset + size > (double)len)
    return nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "random range out of bounds");
  if (size > 0 && RAND_bytes((uint8_t *)data + (size_t)offset, (int)size) != 1)
    return throw_openssl(ctx, exc, "random generator failed");
  return JSValueMakeUndefined(ctx);
}

typedef struct {
  uv_work_t work;
  uint8_t *data;
  size_t size;
  int ok;
  JSObjectRef holder; /* holder.ondone(err | null); keeps the target buffer alive */
} random_job_t;

static void random_work(uv_work_t *req) {
  random_job_t *job = req->data;
  job->ok = job->size == 0 || RAND_bytes(job->data, (int)job->size) == 1;
}

static void random_after(uv_work_t *req, int status) {
  random_job_t *job = req->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  JSValueRef fn = nd_get(ctx, job->holder, "ondone", NULL);
  JSValueRef arg =
      job->ok ? JSValueMakeNull(ctx) : nd_uv_error(ctx, UV_EIO, "randomFill", NULL, NULL);
  JSValueUnprotect(ctx, job->holder);
  JSObjectRef holder = job->holder;
  free(job);
  if (JSValueIsObject(ctx, fn))
    nd_make_callback(rt, holder, (JSObjectRef)fn, 1, &arg);
}

/* randomFillJob(holder) fills holder.buffer[offset, offset+size) on the thread pool and
 * then calls holder.ondone(error | null). The holder keeps the buffer alive meanwhile. */
static ND_FUNCTION(random_fill_job) {
  if (!JSValueIsObject(ctx, ND_ARG(0)))
    return nd_throw(ctx, exc, "TypeError", NULL, "randomFillJob: expected an object");
  JSObjectRef holder = (JSObjectRef)argv[0];
  double offset = JSValueToNumber(ctx, nd_get(ctx, holder, "offset", NULL), NULL);
  double size = JSValueToNumber(ctx, nd_get(ctx, holder, "size", NULL), NULL);
  JSValueRef buffer = nd_get(ctx, holder, "buffer", NULL);
  const uint8_t *data;
  size_t len;
  if (!get_bytes_pinned(ctx, buffer, &data, &len, exc))
    return NULL;
  if (offset < 0 || size < 0 || offset + size > (double)len)
    return nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "random range out of bounds");
  random_job_t *job = calloc(1, sizeof *job);
  job->work.data = job;
  job->data = (uint8_t *)data + (size_t)offset;
  job->size = (size_t)size;
  job->holder = holder;
  JSValueProtect(ctx, holder);
  uv_queue_work(nd_runtime_current()->loop, &job->work, random_work, random_after);
  return JSValueMakeUndefined(ctx);
}

/* timingSafeEqual(a, b) -> constant-time comparison of equal-length byte ranges. */
static ND_FUNCTION(timing_safe_equal) {
  const uint8_t *a, *b;
  size_t alen, blen;
  if (!get_bytes(ctx, ND_ARG(0), &a, &alen, exc) || !get_bytes(ctx, ND_ARG(1), &b, &blen, exc))
    return NULL;
  if (alen != blen)
    return nd_throw(ctx, exc, "RangeError", "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                    "Input buffers must have the same byte length");
  return JSValueMakeBoolean(ctx, CRYPTO_memcmp(a, b, alen) == 0);
}

/* getFips() -> 1 when OpenSSL's default property query asks for FIPS algorithms, else 0. */
static ND_FUNCTION(get_fips) {
  return JSValueMakeNumber(ctx, EVP_default_properties_is_fips_enabled(NULL) ? 1 : 0);
}

/* setFips(enable): switches OpenSSL's default property query to FIPS algorithms or back,
 * as node does. Without a FIPS provider, fetching a digest then fails ("unsupported"). */
static ND_FUNCTION(set_fips) {
  bool enable = JSValueToBoolean(ctx, ND_ARG(0));
  if ((EVP_default_properties_is_fips_enabled(NULL) != 0) == enable)
    return JSValueMakeUndefined(ctx);
  if (EVP_default_properties_enable_fips(NULL, enable ? 1 : 0) != 1)
    return throw_openssl(ctx, exc, "Enabling FIPS mode failed");
  return JSValueMakeUndefined(ctx);
}

/* getHashes() -> the digest names node lists: OpenSSL's names and aliases that can be
 * fetched, sorted. */
typedef struct {
  char **names;
  size_t count, cap;
} name_list_t;

static void collect_digest(const EVP_MD *md, const char *from, const char *to, void *arg) {
  name_list_t *list = arg;
  if (from == NULL)
    return;
  EVP_MD *fetched = fetch_digest(from);
  if (fetched == NULL)
    return;
  EVP_MD_free(fetched);
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 64;
    list->names = realloc(list->names, list->cap * sizeof(char *));
  }
  list->names[list->count++] = strdup(from);
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static ND_FUNCTION(get_hashes) {
  name_list_t list = {0};
  EVP_MD_do_all_sorted(collect_digest, &list);
  qsort(list.names, list.count, sizeof(char *), compare_names);
  nd_list_t items;
  nd_list_init(&items, ctx);
  for (size_t i = 0; i < list.count; i++) {
    if (i == 0 || strcmp(list.names[i], list.names[i - 1]) != 0)
      nd_list_push(&items, nd_string(ctx, list.names[i]));
  }
  for (size_t i = 0; i < list.count; i++)
    free(list.names[i]);
  free(list.names);
  JSObjectRef result = items.array;
  return result;
}

static ND_FUNCTION(get_openssl_version) {
  return nd_string(ctx, OpenSSL_version(OPENSSL_VERSION_STRING));
}

/* The calls a program makes per hash or per random value also run as host functions
 * (jsc_string.h), without the C API's lock cycles around and inside them: for a short
 * input those cost more than the hashing. */
ND_HOST_ENTRY(create_hash)
ND_HOST_ENTRY(hash_update)
ND_HOST_ENTRY(hash_digest)
ND_HOST_ENTRY(one_shot_digest)
ND_HOST_ENTRY(create_hmac)
ND_HOST_ENTRY(hmac_update)
ND_HOST_ENTRY(hmac_digest)
ND_HOST_ENTRY(random_fill_sync)
ND_HOST_ENTRY(timing_safe_equal)

void nd__binding_crypto_init(JSContextRef ctx, JSObjectRef exports) {
  if (hash_class == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Hash";
    def.finalize = hash_finalize;
    hash_class = JSClassCreate(&def);
    JSClassDefinition hdef = kJSClassDefinitionEmpty;
    hdef.className = "Hmac";
    hdef.finalize = hmac_finalize;
    hmac_class = JSClassCreate(&hdef);
  }
  static const nd_method_t methods[] = {
      {"createHash", create_hash},
      {"hashUpdate", hash_update},
      {"hashDigest", hash_digest},
      {"hashCopy", hash_copy},
      {"oneShotDigest", one_shot_digest},
      {"createHmac", create_hmac},
      {"hmacUpdate", hmac_update},
      {"hmacDigest", hmac_digest},
      {"randomFillSync", random_fill_sync},
      {"randomFillJob", random_fill_job},
      {"timingSafeEqual", timing_safe_equal},
      {"getFips", get_fips},
      {"setFips", set_fips},
      {"getHashes", get_hashes},
      {"getOpenSSLVersion", get_openssl_version},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_use_host_function(ctx, exports, "createHash", 2, create_hash_host);
  nd_use_host_function(ctx, exports, "hashUpdate", 2, hash_update_host);
  nd_use_host_function(ctx, exports, "hashDigest", 2, hash_digest_host);
  nd_use_host_function(ctx, exports, "oneShotDigest", 3, one_shot_digest_host);
  nd_use_host_function(ctx, exports, "createHmac", 2, create_hmac_host);
  nd_use_host_function(ctx, exports, "hmacUpdate", 2, hmac_update_host);
  nd_use_host_function(ctx, exports, "hmacDigest", 2, hmac_digest_host);
  nd_use_host_function(ctx, exports, "randomFillSync", 3, random_fill_sync_host);
  nd_use_host_function(ctx, exports, "timingSafeEqual", 2, timing_safe_equal_host);
}
