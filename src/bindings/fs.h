#ifndef ND_BINDINGS_FS_H
#define ND_BINDINGS_FS_H

/* Pieces of the fs binding shared with the file watchers (stat_watcher.c). */

#include "../js.h"

#include <uv.h>

/* A path argument (string, or Uint8Array of raw bytes) as a NUL-terminated malloc'ed C
 * string; NULL with *exc set when converting the value throws. The caller frees it. */
char *nd_fs_get_path(JSContextRef ctx, JSValueRef value, JSValueRef *exc);

/* Writes node's 18 stat fields: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
 * blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime. */
void nd_fs_stat_fields(const uv_stat_t *s, double out[18]);

/* Adds the StatWatcher constructor (stat_watcher.c) to the fs binding's exports. */
void nd__stat_watcher_init(JSContextRef ctx, JSObjectRef exports);

#endif
