/*
 * constants: the numbers behind os.constants and fs.constants, taken from the system
 * headers at build time. Property order follows node's on Linux, because inspecting
 * these objects is observable.
 */
#include "../runtime.h"
#include "bindings.h"

#include <dlfcn.h>
#include <errno.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/engine.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <openssl/tls1.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *name;
  double value;
} constant_t;

/* Node's constant tables have no prototype (so `'toString' in os.constants.signals` is
 * false) and their entries are read-only and cannot be deleted; the objects themselves
 * stay extensible. */
static JSObjectRef make_constants_object(JSContextRef ctx) {
  JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
  JSObjectSetPrototype(ctx, obj, JSValueMakeNull(ctx));
  return obj;
}

static void set_constant(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, value,
                      kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontDelete, NULL);
  JSStringRelease(key);
}

static JSObjectRef make_table(JSContextRef ctx, const constant_t *table, size_t count) {
  JSObjectRef obj = make_constants_object(ctx);
  for (size_t i = 0; i < count; i++)
    set_constant(ctx, obj, table[i].name, JSValueMakeNumber(ctx, table[i].value));
  return obj;
}

#define C(name) {#name, name}
#define N(table) (sizeof table / sizeof table[0])
static const constant_t signal_constants[] = {
    C(SIGHUP),
    C(SIGINT),
    C(SIGQUIT),
    C(SIGILL),
    C(SIGTRAP),
    C(SIGABRT),
    C(SIGIOT),
    C(SIGBUS),
    C(SIGFPE),
    C(SIGKILL),
    C(SIGUSR1),
    C(SIGSEGV),
    C(SIGUSR2),
    C(SIGPIPE),
    C(SIGALRM),
    C(SIGTERM),
    C(SIGCHLD),
    C(SIGSTKFLT),
    C(SIGCONT),
    C(SIGSTOP),
    C(SIGTSTP),
    C(SIGTTIN),
    C(SIGTTOU),
    C(SIGURG),
    C(SIGXCPU),
    C(SIGXFSZ),
    C(SIGVTALRM),
    C(SIGPROF),
    C(SIGWINCH),
    C(SIGIO),
    C(SIGPOLL),
    C(SIGPWR),
    C(SIGSYS),
};
static const constant_t errno_constants[] = {
    C(E2BIG),
    C(EACCES),
    C(EADDRINUSE),
    C(EADDRNOTAVAIL),
    C(EAFNOSUPPORT),
    C(EAGAIN),
    C(EALREADY),
    C(EBADF),
    C(EBADMSG),
    C(EBUSY),
    C(ECANCELED),
    C(ECHILD),
    C(ECONNABORTED),
    C(ECONNREFUSED),
    C(ECONNRESET),
    C(EDEADLK),
    C(EDESTADDRREQ),
    C(EDOM),
    C(EDQUOT),
    C(EEXIST),
    C(EFAULT),
    C(EFBIG),
    C(EHOSTUNREACH),
    C(EIDRM),
    C(EILSEQ),
    C(EINPROGRESS),
    C(EINTR),
    C(EINVAL),
    C(EIO),
    C(EISCONN),
    C(EISDIR),
    C(ELOOP),
    C(EMFILE),
    C(EMLINK),
    C(EMSGSIZE),
    C(EMULTIHOP),
    C(ENAMETOOLONG),
    C(ENETDOWN),
    C(ENETRESET),
    C(ENETUNREACH),
    C(ENFILE),
    C(ENOBUFS),
    C(ENODATA),
    C(ENODEV),
    C(ENOENT),
    C(ENOEXEC),
    C(ENOLCK),
    C(ENOLINK),
    C(ENOMEM),
    C(ENOMSG),
    C(ENOPROTOOPT),
    C(ENOSPC),
    C(ENOSR),
    C(ENOSTR),
    C(ENOSYS),
    C(ENOTCONN),
    C(ENOTDIR),
    C(ENOTEMPTY),
    C(ENOTSOCK),
    C(ENOTSUP),
    C(ENOTTY),
    C(ENXIO),
    C(EOPNOTSUPP),
    C(EOVERFLOW),
    C(EPERM),
    C(EPIPE),
    C(EPROTO),
    C(EPROTONOSUPPORT),
    C(EPROTOTYPE),
    C(ERANGE),
    C(EROFS),
    C(ESPIPE),
    C(ESRCH),
    C(ESTALE),
    C(ETIME),
    C(ETIMEDOUT),
    C(ETXTBSY),
    C(EWOULDBLOCK),
    C(EXDEV),
};
static const constant_t priority_constants[] = {
    {"PRIORITY_LOW", 19},         {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
    {"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14},       {"PRIORITY_HIGHEST", -20},
};
static const constant_t dlopen_constants[] = {
    C(RTLD_LAZY), C(RTLD_NOW), C(RTLD_GLOBAL), C(RTLD_LOCAL), C(RTLD_DEEPBIND),
};
static const constant_t fs_constants[] = {
    {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
    {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
    C(O_RDONLY),
    C(O_WRONLY),
    C(O_RDWR),
    C(UV_DIRENT_UNKNOWN),
    C(UV_DIRENT_FILE),
    C(UV_DIRENT_DIR),
    C(UV_DIRENT_LINK),
    C(UV_DIRENT_FIFO),
    C(UV_DIRENT_SOCKET),
    C(UV_DIRENT_CHAR),
    C(UV_DIRENT_BLOCK),
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0},
    {"EXTENSIONLESS_FORMAT_WASM", 1},
    C(S_IFMT),
    C(S_IFREG),
    C(S_IFDIR),
    C(S_IFCHR),
    C(S_IFBLK),
    C(S_IFIFO),
    C(S_IFLNK),
    C(S_IFSOCK),
    C(O_CREAT),
    C(O_EXCL),
    {"UV_FS_O_FILEMAP", 0},
    C(O_NOCTTY),
    C(O_TRUNC),
    C(O_APPEND),
    C(O_DIRECTORY),
    C(O_NOATIME),
    C(O_NOFOLLOW),
    C(O_SYNC),
    C(O_DSYNC),
    C(O_DIRECT),
    C(O_NONBLOCK),
    C(S_IRWXU),
    C(S_IRUSR),
    C(S_IWUSR),
    C(S_IXUSR),
    C(S_IRWXG),
    C(S_IRGRP),
    C(S_IWGRP),
    C(S_IXGRP),
    C(S_IRWXO),
    C(S_IROTH),
    C(S_IWOTH),
    C(S_IXOTH),
    C(F_OK),
    C(R_OK),
    C(W_OK),
    C(X_OK),
    C(UV_FS_COPYFILE_EXCL),
    {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    C(UV_FS_COPYFILE_FICLONE),
    {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    C(UV_FS_COPYFILE_FICLONE_FORCE),
    {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
};

/* crypto.constants, in node's order. SSL_OP_NO_SSLv2 is 0 in OpenSSL 3 (SSLv2 is gone),
 * as node reports it. */
static const constant_t crypto_constants[] = {
    C(OPENSSL_VERSION_NUMBER),
    C(SSL_OP_ALL),
    C(SSL_OP_ALLOW_NO_DHE_KEX),
    C(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION),
    C(SSL_OP_CIPHER_SERVER_PREFERENCE),
    C(SSL_OP_CISCO_ANYCONNECT),
    C(SSL_OP_COOKIE_EXCHANGE),
    C(SSL_OP_CRYPTOPRO_TLSEXT_BUG),
    C(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS),
    C(SSL_OP_LEGACY_SERVER_CONNECT),
    C(SSL_OP_NO_COMPRESSION),
    C(SSL_OP_NO_ENCRYPT_THEN_MAC),
    C(SSL_OP_NO_QUERY_MTU),
    C(SSL_OP_NO_RENEGOTIATION),
    C(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION),
    {"SSL_OP_NO_SSLv2", 0},
    C(SSL_OP_NO_SSLv3),
    C(SSL_OP_NO_TICKET),
    C(SSL_OP_NO_TLSv1),
    C(SSL_OP_NO_TLSv1_1),
    C(SSL_OP_NO_TLSv1_2),
    C(SSL_OP_NO_TLSv1_3),
    C(SSL_OP_PRIORITIZE_CHACHA),
    C(SSL_OP_TLS_ROLLBACK_BUG),
    C(ENGINE_METHOD_RSA),
    C(ENGINE_METHOD_DSA),
    C(ENGINE_METHOD_DH),
    C(ENGINE_METHOD_RAND),
    C(ENGINE_METHOD_EC),
    C(ENGINE_METHOD_CIPHERS),
    C(ENGINE_METHOD_DIGESTS),
    C(ENGINE_METHOD_PKEY_METHS),
    C(ENGINE_METHOD_PKEY_ASN1_METHS),
    C(ENGINE_METHOD_ALL),
    C(ENGINE_METHOD_NONE),
    C(DH_CHECK_P_NOT_SAFE_PRIME),
    C(DH_CHECK_P_NOT_PRIME),
    C(DH_UNABLE_TO_CHECK_GENERATOR),
    C(DH_NOT_SUITABLE_GENERATOR),
    C(RSA_PKCS1_PADDING),
    C(RSA_NO_PADDING),
    C(RSA_PKCS1_OAEP_PADDING),
    C(RSA_X931_PADDING),
    C(RSA_PKCS1_PSS_PADDING),
    C(RSA_PSS_SALTLEN_DIGEST),
    C(RSA_PSS_SALTLEN_MAX_SIGN),
    C(RSA_PSS_SALTLEN_AUTO),
};

/* Node's default TLS cipher list (its own choice, not OpenSSL's). */
#define ND_DEFAULT_CIPHER_LIST                                                                     \
  "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"                  \
  "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"       \
  "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"             \
  "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:"                         \
  "ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:"     \
  "!PSK:!SRP:!CAMELLIA"

static const constant_t crypto_tail_constants[] = {
    C(TLS1_VERSION),
    C(TLS1_1_VERSION),
    C(TLS1_2_VERSION),
    C(TLS1_3_VERSION),
    C(POINT_CONVERSION_COMPRESSED),
    C(POINT_CONVERSION_UNCOMPRESSED),
    C(POINT_CONVERSION_HYBRID),
};

static JSObjectRef make_crypto_constants(JSContextRef ctx) {
  JSObjectRef crypto = make_table(ctx, crypto_constants, N(crypto_constants));
  nd_set_string(ctx, crypto, "defaultCoreCipherList", ND_DEFAULT_CIPHER_LIST);
  for (size_t i = 0; i < N(crypto_tail_constants); i++)
    nd_set_number(ctx, crypto, crypto_tail_constants[i].name, crypto_tail_constants[i].value);
  nd_set_string(ctx, crypto, "defaultCipherList", ND_DEFAULT_CIPHER_LIST);
  return crypto;
}

void nd__binding_constants_init(JSContextRef ctx, JSObjectRef exports) {
  JSObjectRef os = make_constants_object(ctx);
  set_constant(ctx, os, "UV_UDP_REUSEADDR", JSValueMakeNumber(ctx, UV_UDP_REUSEADDR));
  /* The tables themselves are plain (writable, configurable) members of os.constants in
   * node; only the numbers are read-only. */
  nd_set(ctx, os, "dlopen", make_table(ctx, dlopen_constants, N(dlopen_constants)));
  nd_set(ctx, os, "errno", make_table(ctx, errno_constants, N(errno_constants)));
  nd_set(ctx, os, "signals", make_table(ctx, signal_constants, N(signal_constants)));
  nd_set(ctx, os, "priority", make_table(ctx, priority_constants, N(priority_constants)));
  nd_set(ctx, exports, "os", os);
  nd_set(ctx, exports, "fs", make_table(ctx, fs_constants, N(fs_constants)));
  nd_set(ctx, exports, "crypto", make_crypto_constants(ctx));
}
