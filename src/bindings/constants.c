/*
 * constants: the numbers behind os.constants and fs.constants, taken from the system
 * headers at build time. Property order follows node's on Linux, because inspecting
 * these objects is observable.
 */
#include "../runtime.h"
#include "bindings.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *name;
  double value;
} constant_t;

static JSObjectRef make_table(JSContextRef ctx, const constant_t *table, size_t count) {
  JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
  for (size_t i = 0; i < count; i++)
    nd_set_number(ctx, obj, table[i].name, table[i].value);
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

void nd__binding_constants_init(JSContextRef ctx, JSObjectRef exports) {
  JSObjectRef os = JSObjectMake(ctx, NULL, NULL);
  nd_set_number(ctx, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  nd_set(ctx, os, "dlopen", make_table(ctx, dlopen_constants, N(dlopen_constants)));
  nd_set(ctx, os, "errno", make_table(ctx, errno_constants, N(errno_constants)));
  nd_set(ctx, os, "signals", make_table(ctx, signal_constants, N(signal_constants)));
  nd_set(ctx, os, "priority", make_table(ctx, priority_constants, N(priority_constants)));
  nd_set(ctx, exports, "os", os);
  nd_set(ctx, exports, "fs", make_table(ctx, fs_constants, N(fs_constants)));
}
