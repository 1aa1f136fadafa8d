/*
 * fs: file system calls. This first part holds the synchronous calls the module loader
 * and stdio need (stat for resolution, whole-file reads, realpath, writes to a file
 * descriptor); node:fs grows on top of it. Calls go through libuv's synchronous uv_fs_*
 * mode so the asynchronous forms can reuse the same requests with a callback.
 */
#include "../runtime.h"
#include "bindings.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* internalModuleStat(path) -> 0 for a file, 1 for a directory, a negative errno otherwise.
 * Never throws: the loader probes many paths that do not exist. */
static ND_FUNCTION(internal_module_stat) {
  char *path = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (path == NULL)
    return NULL;
  struct stat st;
  int r = stat(path, &st) == 0 ? (S_ISDIR(st.st_mode) ? 1 : 0) : -errno;
  free(path);
  return JSValueMakeNumber(ctx, r);
}

/* Reads the whole file at fd into a malloc'ed buffer. Returns 0 or a negative errno. */
static int read_all(int fd, char **out, size_t *out_len) {
  size_t cap = 65536, len = 0;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    cap = (size_t)st.st_size + 1;
  char *buf = malloc(cap + 1);
  if (buf == NULL)
    return UV_ENOMEM;
  for (;;) {
    if (len == cap) {
      cap *= 2;
      char *bigger = realloc(buf, cap + 1);
      if (bigger == NULL) {
        free(buf);
        return UV_ENOMEM;
      }
      buf = bigger;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, -1);
        continue;
      }
      int err = -errno;
      free(buf);
      return err;
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  buf[len] = '\0';
  *out = buf;
  *out_len = len;
  return 0;
}

/* readFileUtf8(pathOrFd) -> the file's content decoded as UTF-8 (a leading BOM is kept;
 * callers strip it). Throws node's ENOENT/EISDIR/... errors. */
static ND_FUNCTION(read_file_utf8) {
  int fd;
  char *path = NULL;
  if (JSValueIsNumber(ctx, ND_ARG(0))) {
    fd = (int)nd_int(ctx, argv[0]);
  } else {
    path = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
    if (path == NULL)
      return NULL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      nd_throw_uv(ctx, exc, -errno, "open", path, NULL);
      free(path);
      return NULL;
    }
  }
  char *data = NULL;
  size_t len = 0;
  int err = read_all(fd, &data, &len);
  if (path != NULL)
    close(fd);
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "read", NULL, NULL);
    free(path);
    return NULL;
  }
  free(path);
  JSValueRef result = nd_string_n(ctx, data, len);
  free(data);
  return result;
}

/* realpath(path) -> the canonical absolute path; throws like fs.realpathSync.native. */
static ND_FUNCTION(js_realpath) {
  char *path = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (path == NULL)
    return NULL;
  uv_fs_t req;
  int err = uv_fs_realpath(NULL, &req, path, NULL);
  JSValueRef result;
  if (err < 0)
    result = nd_throw_uv(ctx, exc, err, "realpath", path, NULL);
  else
    result = nd_string(ctx, (const char *)req.ptr);
  uv_fs_req_cleanup(&req);
  free(path);
  return err < 0 ? NULL : result;
}

/* Writes all of buf to fd, waiting when a non-blocking descriptor is full, as node's
 * synchronous stdio does. Returns 0 or a negative errno. */
static int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLOUT};
        poll(&p, 1, -1);
        continue;
      }
      return -errno;
    }
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

/* writeString(fd, string) -> bytes written (UTF-8); throws node's error on failure. */
static ND_FUNCTION(write_string) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  size_t len;
  char *s = nd_to_utf8(ctx, ND_ARG(1), &len, exc);
  if (s == NULL)
    return NULL;
  int err = write_all(fd, s, len);
  free(s);
  if (err != 0)
    return nd_throw_uv(ctx, exc, err, "write", NULL, NULL);
  return JSValueMakeNumber(ctx, (double)len);
}

void nd__binding_fs_init(JSContextRef ctx, JSObjectRef exports) {
  static const nd_method_t methods[] = {
      {"internalModuleStat", internal_module_stat},
      {"readFileUtf8", read_file_utf8},
      {"realpath", js_realpath},
      {"writeString", write_string},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
}
