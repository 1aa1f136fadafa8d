/*
 * fs: file system calls for node:fs, fs/promises and the module loader.
 *
 * Every operation takes its arguments and then `req`:
 *  - req undefined: the call runs synchronously (libuv's synchronous uv_fs_* mode) and
 *    returns the result, or throws node's error ("ENOENT: no such file or directory,
 *    open 'x'" with errno, code, syscall, path, dest);
 *  - req an object: the call runs on libuv's thread pool and completes with
 *    req.oncomplete(err) or req.oncomplete(null, result) through the runtime's driver.
 *    The req object is kept alive (JSValueProtect) until then; JavaScript keeps any
 *    buffer involved as a property of req, so its memory stays valid.
 *
 * Paths are strings (UTF-8) or Uint8Arrays (raw bytes). Stats are returned as a
 * Float64Array (or BigInt64Array) of 18 numbers in node's order; see nd_fs_stat_fields().
 */
#include "../jsc_string.h"
#include "../runtime.h"
#include "bindings.h"
#include "fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

typedef enum {
  RESULT_NONE,    /* undefined */
  RESULT_INT,     /* req.result as a number (fd, bytes) */
  RESULT_STATS,   /* a stats array */
  RESULT_BIGSTATS,
  RESULT_PATH,    /* req.path / req.ptr as a string (mkdtemp, readlink, realpath) */
  RESULT_DIRENTS, /* names (and types) from scandir */
  RESULT_STATFS,
  RESULT_DIR,     /* a Dir handle from opendir */
  RESULT_DIR_ENTRIES,
  RESULT_FILE,    /* readFile's bytes: an ArrayBuffer, a string, or the size when too large */
} result_kind_t;

/* readdir's result, made by its job (scan_directory), or a batch of a Dir's entries
 * (read_dir_batch): the names joined by '/', their libuv types, and whether the names are
 * all ASCII. */
typedef struct {
  char *names;
  size_t names_len;
  uint8_t *types;
  size_t count;
  bool ascii;
} dir_list_t;

typedef struct fs_req {
  uv_fs_t req;
  JSObjectRef holder;   /* the JavaScript req object, protected while in flight */
  result_kind_t kind;
  const char *syscall;
  char *path;           /* copies, for error messages */
  char *dest;
  bool with_types;      /* readdir withFileTypes */
  bool buffer_names;    /* readdir/readlink/realpath/mkdtemp with encoding 'buffer' */
  uv_buf_t *bufs;       /* readv/writev: the buffer list (points into JS memory) */
  uv_buf_t small_bufs[4];
  uv_dir_t *dir;        /* readDir: the directory being read and how many entries to read */
  size_t dir_count;
  dir_list_t list;      /* readdir: the entries read */
  /* writeFile and readFile as one thread-pool job each (write_file_work, read_file_work):
   * how to open the file and the first failure with its system call. For writeFile, the
   * bytes (JavaScript memory the request object keeps alive); for readFile, the bytes read
   * (malloc'ed, owned by the request until they become the result), the encoding of the
   * result (-1 for bytes) and the size of a file too large to read (0 when it is not). */
  const uint8_t *data;
  size_t data_len, written;
  int wf_flags, wf_mode, wf_error;
  bool flush;
  const char *wf_syscall;
  uint8_t *file_bytes;
  size_t file_len;
  int file_encoding;
  int64_t file_too_large;
  /* A large readFile between its two jobs (read_file_continue): the open file, its size,
   * and the string being read into when file_direct (file_latin1 once UTF-8 read into it
   * has been decoded there). */
  int file_fd;
  size_t file_size;
  bool file_direct, file_latin1;
  nd_newstr_t file_text;
  struct fs_req *next_waiting;
  uv_work_t work;
  /* Asynchronous requests of the thread in flight (getActiveRequests). */
  struct fs_req *active_prev, *active_next;
  /* readChunk: the bytes read on the loop thread before the request was queued (see
   * js_read_chunk), and the next request whose read finished there. */
  size_t read_now;
  struct fs_req *ready_next;
} fs_req_t;

/* The calling thread's asynchronous requests in flight, newest first: what
 * process._getActiveRequests() and getActiveResourcesInfo() report. */
static __thread fs_req_t *active_reqs;

static JSClassRef dir_class;

static JSValueRef make_file_result(JSContextRef ctx, fs_req_t *r, JSValueRef *error);

/* ---------------------------------------------------------------------------------------
 * Argument helpers. */

/* A path argument (string or byte array) as a NUL-terminated malloc'ed C string. */
char *nd_fs_get_path(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  if (JSValueIsObject(ctx, value)) {
    JSTypedArrayType type = JSValueGetTypedArrayType(ctx, value, NULL);
    if (type != kJSTypedArrayTypeNone && type != kJSTypedArrayTypeArrayBuffer) {
      JSObjectRef obj = (JSObjectRef)value;
      size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
      size_t len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
      const char *base = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
      char *path = malloc(len + 1);
      if (base != NULL)
        memcpy(path, base + offset, len);
      path[len] = '\0';
      return path;
    }
  }
  return nd_to_utf8(ctx, value, NULL, exc);
}

typedef struct {
  uint8_t *data;
  size_t length;
} bytes_t;

static bool get_bytes(JSContextRef ctx, JSValueRef value, bytes_t *out, JSValueRef *exc) {
  JSTypedArrayType type =
      JSValueIsObject(ctx, value) ? JSValueGetTypedArrayType(ctx, value, NULL) : kJSTypedArrayTypeNone;
  if (type == kJSTypedArrayTypeNone) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "buffer must be a typed array");
    return false;
  }
  JSObjectRef obj = (JSObjectRef)value;
  if (type == kJSTypedArrayTypeArrayBuffer) {
    out->length = JSObjectGetArrayBufferByteLength(ctx, obj, NULL);
    out->data = JSObjectGetArrayBufferBytesPtr(ctx, obj, NULL);
  } else {
    size_t offset = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    out->length = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, obj, NULL);
    out->data = base ? base + offset : NULL;
  }
  if (out->data == NULL) {
    static uint8_t empty[1];
    out->data = empty;
    out->length = 0;
  }
  return true;
}

static bool is_async(JSContextRef ctx, JSValueRef req) {
  return JSValueIsObject(ctx, req);
}

/* ---------------------------------------------------------------------------------------
 * Results. */

/* Writes node's 18 stat fields: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
 * blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime. */
void nd_fs_stat_fields(const uv_stat_t *s, double out[18]) {
  out[0] = (double)s->st_dev;
  out[1] = (double)s->st_mode;
  out[2] = (double)s->st_nlink;
  out[3] = (double)s->st_uid;
  out[4] = (double)s->st_gid;
  out[5] = (double)s->st_rdev;
  out[6] = (double)s->st_blksize;
  out[7] = (double)s->st_ino;
  out[8] = (double)s->st_size;
  out[9] = (double)s->st_blocks;
  out[10] = (double)s->st_atim.tv_sec;
  out[11] = (double)s->st_atim.tv_nsec;
  out[12] = (double)s->st_mtim.tv_sec;
  out[13] = (double)s->st_mtim.tv_nsec;
  out[14] = (double)s->st_ctim.tv_sec;
  out[15] = (double)s->st_ctim.tv_nsec;
  out[16] = (double)s->st_birthtim.tv_sec;
  out[17] = (double)s->st_birthtim.tv_nsec;
}

static JSValueRef make_stats(JSContextRef ctx, const uv_stat_t *s, bool bigint) {
  if (bigint) {
    int64_t *out = malloc(18 * sizeof(int64_t));
    double values[18];
    nd_fs_stat_fields(s, values);
    for (int i = 0; i < 18; i++)
      out[i] = (int64_t)values[i];
    return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeBigInt64Array, out,
                                                 18 * sizeof(int64_t), nd_free_bytes, NULL, NULL);
  }
  double *out = malloc(18 * sizeof(double));
  nd_fs_stat_fields(s, out);
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, out,
                                               18 * sizeof(double), nd_free_bytes, NULL, NULL);
}

/* A Buffer-ready Uint8Array holding a copy of len bytes. */
static JSValueRef make_bytes(JSContextRef ctx, const char *bytes, size_t len) {
  uint8_t *copy = malloc(len ? len : 1);
  if (copy == NULL)
    abort();
  memcpy(copy, bytes, len);
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, copy, len,
                                               nd_free_bytes, NULL, NULL);
}

/* A string, or a Buffer-ready Uint8Array copy of the bytes when names are wanted raw. */
static JSValueRef make_name(JSContextRef ctx, const char *name, bool as_bytes) {
  return as_bytes ? make_bytes(ctx, name, strlen(name)) : nd_string(ctx, name);
}

/* ---------------------------------------------------------------------------------------
 * readdir: a directory's entries read, sorted and joined in one job (on the thread pool
 * for fs.readdir), then turned into a few engine values on the JavaScript thread.
 *
 * libuv's scandir (which node uses) reads the directory with scandir(3): one malloc'ed
 * copy per entry, then a sort calling strcmp through a function pointer, then one free per
 * entry as the entries are taken. For a directory of 10,000 entries that was about 40% of
 * the time of a readdirSync, the rest being the kernel's. Here the names go into one
 * buffer and are sorted by their bytes eight at a time; the order is node's (strcmp's, on
 * unsigned bytes, with "." and ".." left out). */

/* An entry while the directory is read and sorted: its name (an offset into the names
 * buffer until reading is done, then a pointer), its length and libuv's type, and the
 * sort key, eight bytes of the name from the current depth as a big-endian number. */
typedef struct {
  union {
    size_t offset;
    const char *name;
  } at;
  uint64_t key;
  uint32_t len;
  uint8_t type;
} scan_entry_t;

/* libuv's numbering of a dirent's d_type (node's UV_DIRENT_* constants). */
static uint8_t scan_type(const struct dirent *d) {
#ifdef _DIRENT_HAVE_D_TYPE
  switch (d->d_type) {
  case DT_REG:
    return UV_DIRENT_FILE;
  case DT_DIR:
    return UV_DIRENT_DIR;
  case DT_LNK:
    return UV_DIRENT_LINK;
  case DT_FIFO:
    return UV_DIRENT_FIFO;
  case DT_SOCK:
    return UV_DIRENT_SOCKET;
  case DT_CHR:
    return UV_DIRENT_CHAR;
  case DT_BLK:
    return UV_DIRENT_BLOCK;
  }
#else
  (void)d;
#endif
  return UV_DIRENT_UNKNOWN;
}

/* Bytes depth..depth+7 of the name as a big-endian number, zeros past its end. No name
 * contains a NUL byte, so comparing keys orders names as strcmp does, a shorter name
 * before every longer one it is a prefix of. */
static uint64_t scan_key(const scan_entry_t *e, size_t depth) {
  size_t left = e->len > depth ? e->len - depth : 0;
  if (left == 0)
    return 0;
  /* The names buffer has eight bytes of room after its last name, so eight bytes can
   * always be loaded; those past the name's end are masked off. */
  uint64_t key;
  memcpy(&key, e->at.name + depth, 8);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  key = __builtin_bswap64(key);
#endif
  return left >= 8 ? key : key & ~(UINT64_MAX >> (8 * left));
}

/* Reads the next entry of dir other than "." and "..": 1 with *out set, 0 at the end, or
 * a negative errno. */
static int next_dir_entry(DIR *dir, struct dirent **out) {
  for (;;) {
    errno = 0;
    struct dirent *d = readdir(dir);
    if (d == NULL)
      return -errno;
    const char *name = d->d_name;
    if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
      continue;
    *out = d;
    return 1;
  }
}

/* strcmp of two names whose first `depth` bytes are equal. */
static int scan_compare(const scan_entry_t *a, const scan_entry_t *b, size_t depth) {
  if (a->key != b->key)
    return a->key < b->key ? -1 : 1;
  size_t la = a->len - depth, lb = b->len - depth;
  int c = memcmp(a->at.name + depth, b->at.name + depth, la < lb ? la : lb);
  return c != 0 ? c : (la > lb) - (la < lb);
}

/* The radix sort's digits: six of eleven bits cover a key (fewer passes than bytes, for
 * counts that still fit the caches). */
#define SCAN_DIGIT_BITS    11
#define SCAN_DIGITS        6
#define SCAN_DIGIT(key, d) (((key) >> (SCAN_DIGIT_BITS * (d))) & ((1u << SCAN_DIGIT_BITS) - 1))

/* The working memory of scan_directory: the names in the order read, the entries, and
 * the radix sort's second array of entries and digit counts. Each thread keeps its own
 * between directories (see scan_scratch), so a large directory read again and again does
 * not map, fault in and unmap fresh pages every time. Capacities are in bytes. */
typedef struct {
  char *names;
  size_t names_cap;
  scan_entry_t *entries;
  size_t entries_cap;
  scan_entry_t *spare;
  size_t spare_cap;
  uint32_t (*counts)[1u << SCAN_DIGIT_BITS];
} scan_scratch_t;

/* Below this many entries, quicksort on the keys beats the radix sort's fixed costs. */
enum { SCAN_RADIX_MIN = 256 };

static void scan_sort_at(scan_scratch_t *s, scan_entry_t *a, size_t n, size_t depth);

/* Three-way quicksort on the keys of one depth: entries with equal keys share eight more
 * bytes and are sorted on the next eight (unless the key holds the end of their names, in
 * which case they are the same name, which a directory never lists twice). */
static void scan_sort_keys(scan_scratch_t *s, scan_entry_t *a, size_t n, size_t depth) {
  while (n > 1) {
    if (n < 12) {
      for (size_t i = 1; i < n; i++) {
        scan_entry_t x = a[i];
        size_t j = i;
        for (; j > 0 && scan_compare(&a[j - 1], &x, depth) > 0; j--)
          a[j] = a[j - 1];
        a[j] = x;
      }
      return;
    }
    uint64_t x = a[0].key, y = a[n / 2].key, z = a[n - 1].key;
    uint64_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
    size_t lt = 0, gt = n, i = 0;
    while (i < gt) {
      scan_entry_t t;
      if (a[i].key < pivot) {
        t = a[lt], a[lt] = a[i], a[i] = t;
        lt++, i++;
      } else if (a[i].key > pivot) {
        gt--;
        t = a[gt], a[gt] = a[i], a[i] = t;
      } else {
        i++;
      }
    }
    if ((pivot & 0xff) != 0)
      scan_sort_at(s, a + lt, gt - lt, depth + 8);
    /* Recursing into the smaller side keeps the stack depth logarithmic. */
    if (lt < n - gt) {
      scan_sort_keys(s, a, lt, depth);
      a += gt;
      n -= gt;
    } else {
      scan_sort_keys(s, a + gt, n - gt, depth);
      n = lt;
    }
  }
}

/* A least-significant-digit-first radix sort of many entries on their keys: one pass
 * counts all the digits, then each digit that is not the same in every key moves the
 * entries once, without the mispredicted comparisons that made quicksort most of the
 * sorting time. Runs of equal keys are then sorted on the next eight bytes. */
static void scan_sort_radix(scan_scratch_t *s, scan_entry_t *a, size_t n, size_t depth) {
  memset(s->counts, 0, SCAN_DIGITS * sizeof s->counts[0]);
  for (size_t i = 0; i < n; i++) {
    uint64_t key = a[i].key;
    for (int d = 0; d < SCAN_DIGITS; d++)
      s->counts[d][SCAN_DIGIT(key, d)]++;
  }
  scan_entry_t *from = a, *to = s->spare;
  for (int d = 0; d < SCAN_DIGITS; d++) {
    uint32_t *count = s->counts[d];
    if (count[SCAN_DIGIT(from[0].key, d)] == n)
      continue;
    uint32_t sum = 0;
    for (unsigned v = 0; v < 1u << SCAN_DIGIT_BITS; v++) {
      uint32_t c = count[v];
      count[v] = sum;
      sum += c;
    }
    for (size_t i = 0; i < n; i++)
      to[count[SCAN_DIGIT(from[i].key, d)]++] = from[i];
    scan_entry_t *t = from;
    from = to;
    to = t;
  }
  if (from != a)
    memcpy(a, from, n * sizeof *a);
  /* The spare room and counts are free again: the runs can use them. */
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && a[j].key == a[i].key)
      j++;
    if (j - i > 1 && (a[i].key & 0xff) != 0)
      scan_sort_at(s, a + i, j - i, depth + 8);
    i = j;
  }
}

/* Sorts entries whose first `depth` bytes are equal. Bytes that every name has in common
 * (names in one directory often start alike) are skipped first, so that the keys hold the
 * bytes that tell the names apart. */
static void scan_sort_at(scan_scratch_t *s, scan_entry_t *a, size_t n, size_t depth) {
  if (n < 2)
    return;
  for (;;) {
    uint64_t differ = 0;
    a[0].key = scan_key(&a[0], depth);
    for (size_t i = 1; i < n; i++) {
      a[i].key = scan_key(&a[i], depth);
      differ |= a[i].key ^ a[0].key;
    }
    /* Equal keys that hold the end of the names would be equal names, which a directory
     * does not have; equal keys before the end move on to the next eight bytes. */
    if (differ == 0) {
      if ((a[0].key & 0xff) == 0)
        return;
      depth += 8;
      continue;
    }
    size_t same = (size_t)__builtin_clzll(differ) / 8;
    if (same == 0)
      break;
    depth += same;
  }
  if (n < SCAN_RADIX_MIN)
    scan_sort_keys(s, a, n, depth);
  else
    scan_sort_radix(s, a, n, depth);
}

/* Grows a malloc'ed array to hold at least `need` bytes, keeping its contents; aborts
 * when out of memory, like the engine does. */
static void *scan_grow(void *p, size_t *cap, size_t need) {
  if (need <= *cap)
    return p;
  size_t next = *cap * 2;
  *cap = next > need ? next : need;
  p = realloc(p, *cap);
  if (p == NULL)
    abort();
  return p;
}

/* Like scan_grow for an array whose contents are not needed any more (no copy). */
static void *scan_reserve(void *p, size_t *cap, size_t need) {
  if (need <= *cap)
    return p;
  free(p);
  *cap = need;
  p = malloc(need);
  if (p == NULL)
    abort();
  return p;
}

/* Sorts the entries in strcmp's order of their names. */
static void scan_sort(scan_scratch_t *s, scan_entry_t *entries, size_t count) {
  if (count >= SCAN_RADIX_MIN) {
    s->spare = scan_reserve(s->spare, &s->spare_cap, count * sizeof *s->spare);
    if (s->counts == NULL && (s->counts = malloc(SCAN_DIGITS * sizeof s->counts[0])) == NULL)
      abort();
  }
  scan_sort_at(s, entries, count, 0);
}

/* A thread's scratch memory is kept up to this size and freed with the thread. */
enum { SCAN_KEEP = 2 << 20 };

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_release(scan_scratch_t *s) {
  free(s->names);
  free(s->entries);
  free(s->spare);
  free(s->counts);
  memset(s, 0, sizeof *s);
}

static void scratch_destroy(void *p) {
  scratch_release(p);
  free(p);
}

static void scratch_key_create(void) {
  if (pthread_key_create(&scratch_key, scratch_destroy) != 0)
    abort();
}

static scan_scratch_t *scan_scratch(void) {
  pthread_once(&scratch_once, scratch_key_create);
  scan_scratch_t *s = pthread_getspecific(scratch_key);
  if (s == NULL) {
    s = calloc(1, sizeof *s);
    if (s == NULL || pthread_setspecific(scratch_key, s) != 0)
      abort();
  }
  return s;
}

/* Ends a use of the scratch memory: what is more than a thread keeps is freed. */
static void scan_done(scan_scratch_t *s) {
  if (s->names_cap + s->entries_cap + s->spare_cap > SCAN_KEEP)
    scratch_release(s);
}

/* Reads the directory at `path` into `out`: its names in node's order joined by '/' (a
 * byte no name contains), their types, and whether every byte is ASCII. 0, or a negative
 * errno from opening or reading the directory. Runs on any thread. */
static int scan_directory(const char *path, dir_list_t *out) {
  DIR *dir = opendir(path);
  if (dir == NULL)
    return -errno;
  /* The directory's size, where the file system gives one (bytes of directory blocks on
   * ext4, about twice the bytes of the names on btrfs), bounds the names' bytes, so the
   * buffers seldom need to grow (each growth copies them). */
  struct stat st;
  size_t hint = 4096;
  if (fstat(dirfd(dir), &st) == 0 && st.st_size > 4096)
    hint = st.st_size < (4 << 20) ? (size_t)st.st_size : (4 << 20);
  scan_scratch_t *s = scan_scratch();
  char *names = scan_reserve(s->names, &s->names_cap, hint + 8);
  scan_entry_t *entries =
      scan_reserve(s->entries, &s->entries_cap, (hint / 24 + 16) * sizeof(scan_entry_t));
  s->names = names;
  s->entries = entries;
  size_t names_len = 0, count = 0;
  int err = 0;
  for (;;) {
    struct dirent *d;
    err = next_dir_entry(dir, &d);
    if (err <= 0)
      break;
    const char *name = d->d_name;
    size_t len = strlen(name);
    names = scan_grow(names, &s->names_cap, names_len + len + 8);
    entries = scan_grow(entries, &s->entries_cap, (count + 1) * sizeof(scan_entry_t));
    memcpy(names + names_len, name, len);
    entries[count].at.offset = names_len;
    entries[count].len = (uint32_t)len;
    entries[count].type = scan_type(d);
    names_len += len;
    count++;
  }
  closedir(dir);
  s->names = names;
  s->entries = entries;
  if (err != 0) {
    scan_done(s);
    return err;
  }
  for (size_t i = 0; i < count; i++)
    entries[i].at.name = names + entries[i].at.offset;
  scan_sort(s, entries, count);
  /* The joined names: the names plus a separator between each two. */
  size_t joined_len = count > 0 ? names_len + count - 1 : 0;
  char *joined = malloc(joined_len ? joined_len : 1);
  uint8_t *types = malloc(count ? count : 1);
  if (joined == NULL || types == NULL)
    abort();
  char *p = joined;
  for (size_t i = 0; i < count; i++) {
    if (i > 0)
      *p++ = '/';
    memcpy(p, entries[i].at.name, entries[i].len);
    p += entries[i].len;
    types[i] = entries[i].type;
  }
  bool ascii = nd_ascii_prefix((const uint8_t *)names, names_len) == names_len;
  scan_done(s);
  out->names = joined;
  out->names_len = joined_len;
  out->types = types;
  out->count = count;
  out->ascii = ascii;
  return 0;
}

static void dir_list_free(dir_list_t *list) {
  free(list->names);
  free(list->types);
  list->names = NULL;
  list->types = NULL;
}

/* The names as raw bytes: an array of Uint8Arrays (and [names, types] with types). */
static JSValueRef make_dirents_bytes(JSContextRef ctx, dir_list_t *list, bool with_types) {
  nd_list_t names, types;
  nd_list_init(&names, ctx);
  if (with_types)
    nd_list_init(&types, ctx);
  const char *p = list->names;
  for (size_t i = 0; i < list->count; i++) {
    const char *end = memchr(p, '/', list->names + list->names_len - p);
    size_t len = end != NULL ? (size_t)(end - p) : (size_t)(list->names + list->names_len - p);
    nd_list_push(&names, make_bytes(ctx, p, len));
    if (with_types)
      nd_list_push(&types, JSValueMakeNumber(ctx, list->types[i]));
    p += len + 1;
  }
  if (!with_types)
    return names.array;
  JSValueRef pair[2] = {names.array, types.array};
  return nd_array(ctx, 2, pair);
}

/* The names as one string, joined by '/', which JavaScript splits; with types, [joined,
 * Uint8Array of types]. Making one string and one typed array costs a few engine calls per
 * directory instead of two or three per entry, which dominated the time of a large
 * directory. Names are decoded from UTF-8 with replacement characters: an invalid sequence
 * never swallows the ASCII '/' after it, so decoding the joined bytes gives the same
 * strings as decoding each name. */
static JSValueRef make_dirents(JSContextRef ctx, dir_list_t *list, bool with_types, bool as_bytes) {
  /* The engine's lock is held across the engine calls, which would otherwise each take
   * and release it in full. */
  nd_engine_lock_t lock;
  nd_engine_lock(&lock, ctx);
  JSValueRef result;
  if (as_bytes) {
    result = make_dirents_bytes(ctx, list, with_types);
  } else {
    nd_newstr_t out;
    JSValueRef names;
    if (list->ascii && list->names_len > 0 && nd_newstr_latin1(&out, list->names_len)) {
      memcpy(out.latin1, list->names, list->names_len);
      names = nd_newstr_finish(ctx, &out);
    } else {
      names = nd_string_from_utf8(ctx, (const uint8_t *)list->names, list->names_len);
    }
    result = names;
    if (with_types) {
      JSValueRef pair[2] = {names, JSObjectMakeTypedArrayWithBytesNoCopy(
                                       ctx, kJSTypedArrayTypeUint8Array, list->types, list->count,
                                       nd_free_bytes, NULL, NULL)};
      list->types = NULL; /* now the typed array's */
      result = nd_array(ctx, 2, pair);
    }
  }
  dir_list_free(list);
  nd_engine_unlock(&lock);
  return result;
}

static JSValueRef make_statfs(JSContextRef ctx, const uv_statfs_t *s) {
  JSValueRef values[7] = {
      JSValueMakeNumber(ctx, (double)s->f_type),   JSValueMakeNumber(ctx, (double)s->f_bsize),
      JSValueMakeNumber(ctx, (double)s->f_blocks), JSValueMakeNumber(ctx, (double)s->f_bfree),
      JSValueMakeNumber(ctx, (double)s->f_bavail), JSValueMakeNumber(ctx, (double)s->f_files),
      JSValueMakeNumber(ctx, (double)s->f_ffree),
  };
  return nd_array(ctx, 7, values);
}

typedef struct {
  uv_dir_t *dir;
  bool closed;
} dir_handle_t;

static void dir_finalize(JSObjectRef object) {
  dir_handle_t *h = JSObjectGetPrivate(object);
  if (h == NULL)
    return;
  if (!h->closed && h->dir != NULL) {
    uv_fs_t req;
    uv_fs_closedir(NULL, &req, h->dir, NULL);
    uv_fs_req_cleanup(&req);
  }
  free(h);
}

/* Reads the next `count` entries (fewer at the end) of an open directory, in the
 * directory's own order, into `out` joined by '/' like readdir's (see make_dirents). As
 * with libuv's uv_fs_readdir, which node calls for bufferSize entries at a time, "." and
 * ".." are skipped and a failure loses the entries read before it. Reading the names
 * straight into one buffer spares the copy libuv makes of each name, and the result costs
 * a few engine calls instead of one per name and per type. 0 or a negative errno; runs on
 * any thread. */
static int read_dir_batch(DIR *dir, size_t count, dir_list_t *out) {
  size_t names_cap = 1024, types_cap = count < 64 ? count : 64;
  size_t names_len = 0, n = 0;
  char *names = malloc(names_cap);
  uint8_t *types = malloc(types_cap);
  if (names == NULL || types == NULL)
    abort();
  int err = 0;
  while (n < count) {
    struct dirent *d;
    err = next_dir_entry(dir, &d);
    if (err <= 0)
      break;
    const char *name = d->d_name;
    size_t len = strlen(name);
    if (names_len + len + 1 > names_cap) {
      while (names_len + len + 1 > names_cap)
        names_cap *= 2;
      names = realloc(names, names_cap);
    }
    if (n == types_cap) {
      types_cap *= 2;
      types = realloc(types, types_cap);
    }
    if (names == NULL || types == NULL)
      abort();
    if (n > 0)
      names[names_len++] = '/';
    memcpy(names + names_len, name, len);
    names_len += len;
    types[n++] = scan_type(d);
  }
  if (err < 0) {
    free(names);
    free(types);
    return err;
  }
  out->names = names;
  out->names_len = names_len;
  out->types = types;
  out->count = n;
  out->ascii = nd_ascii_prefix((const uint8_t *)names, names_len) == names_len;
  return 0;
}

/* The result of a finished request, or NULL with *error set. */
static JSValueRef build_result(JSContextRef ctx, fs_req_t *r, JSValueRef *error) {
  uv_fs_t *req = &r->req;
  /* A chunk read partly on the loop thread: like one read(2) that stops early, a failure
   * after some bytes reports those bytes. */
  if (r->read_now > 0)
    return JSValueMakeNumber(ctx, (double)r->read_now + (req->result > 0 ? req->result : 0));
  if (req->result < 0) {
    *error = nd_uv_error(ctx, (int)req->result, r->syscall, r->path, r->dest);
    return NULL;
  }
  switch (r->kind) {
  case RESULT_NONE:
    return JSValueMakeUndefined(ctx);
  case RESULT_INT:
    return JSValueMakeNumber(ctx, (double)req->result);
  case RESULT_STATS:
  case RESULT_BIGSTATS:
    return make_stats(ctx, &req->statbuf, r->kind == RESULT_BIGSTATS);
  case RESULT_PATH: {
    const char *text = req->fs_type == UV_FS_MKDTEMP ? req->path : (const char *)req->ptr;
    return make_name(ctx, text ? text : "", r->buffer_names);
  }
  case RESULT_DIRENTS:
    return make_dirents(ctx, &r->list, r->with_types, r->buffer_names);
  case RESULT_STATFS:
    return make_statfs(ctx, (const uv_statfs_t *)req->ptr);
  case RESULT_DIR: {
    dir_handle_t *h = calloc(1, sizeof *h);
    h->dir = (uv_dir_t *)req->ptr;
    return JSObjectMake(ctx, dir_class, h);
  }
  case RESULT_DIR_ENTRIES:
    /* [names, types] like readdir's with types, or null at the end of the directory. */
    if (r->list.count == 0)
      return JSValueMakeNull(ctx);
    return make_dirents(ctx, &r->list, true, r->buffer_names);
  case RESULT_FILE:
    return make_file_result(ctx, r, error);
  }
  return JSValueMakeUndefined(ctx);
}

static void unlink_active(fs_req_t *r) {
  if (r->holder == NULL)
    return;
  if (r->active_prev != NULL)
    r->active_prev->active_next = r->active_next;
  else if (active_reqs == r)
    active_reqs = r->active_next;
  if (r->active_next != NULL)
    r->active_next->active_prev = r->active_prev;
  r->active_prev = r->active_next = NULL;
}

static void free_req(fs_req_t *r) {
  unlink_active(r);
  uv_fs_req_cleanup(&r->req);
  dir_list_free(&r->list);
  free(r->path);
  free(r->dest);
  free(r->file_bytes);
  /* A large readFile keeps its file open between its two jobs; a request that ends in
   * between (its second job could not be queued, say) closes it here. */
  if (r->kind == RESULT_FILE && r->file_fd >= 0)
    close(r->file_fd);
  if (r->file_direct)
    nd_newstr_discard(&r->file_text);
  if (r->bufs != r->small_bufs)
    free(r->bufs);
  free(r);
}

/* The callback's property name, made once per process (engine strings are immutable and
 * may be shared between threads): every completed request reads it. */
static JSStringRef oncomplete_name;
static pthread_once_t oncomplete_once = PTHREAD_ONCE_INIT;

static void make_oncomplete_name(void) {
  oncomplete_name = JSStringCreateWithUTF8CString("oncomplete");
}

static void after_async(uv_fs_t *req) {
  pthread_once(&oncomplete_once, make_oncomplete_name);
  fs_req_t *r = req->data;
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  JSValueRef error = NULL;
  JSValueRef result = build_result(ctx, r, &error);
  JSObjectRef holder = r->holder;
  JSValueRef oncomplete = JSObjectGetProperty(ctx, holder, oncomplete_name, NULL);
  if (oncomplete != NULL && JSValueIsObject(ctx, oncomplete)) {
    JSValueRef args[2] = {error ? error : JSValueMakeNull(ctx),
                          result ? result : JSValueMakeUndefined(ctx)};
    /* Like node, a request without a result calls back with the error argument only,
       so that callbacks see (null) rather than (null, undefined). */
    int argc = error != NULL || result == NULL || JSValueIsUndefined(ctx, result) ? 1 : 2;
    nd_make_callback(rt, holder, (JSObjectRef)oncomplete, argc, args);
  }
  /* Freed after the callback: like node's, the request counts as active until its
   * callback has run (process.getActiveResourcesInfo() inside it lists it). */
  free_req(r);
  JSValueUnprotect(ctx, holder);
}

static fs_req_t *new_req(JSContextRef ctx, JSValueRef holder, result_kind_t kind,
                         const char *syscall) {
  fs_req_t *r = calloc(1, sizeof *r);
  r->req.data = r;
  r->kind = kind;
  r->syscall = syscall;
  if (is_async(ctx, holder)) {
    r->holder = (JSObjectRef)holder;
    JSValueProtect(ctx, holder);
    r->active_next = active_reqs;
    if (active_reqs != NULL)
      active_reqs->active_prev = r;
    active_reqs = r;
  }
  return r;
}

/* Finishes a call started with the request: for a synchronous call, builds the result
 * (or throws); for an asynchronous one, reports a failure to start through the callback
 * path as node does and returns undefined. */
static JSValueRef finish(JSContextRef ctx, fs_req_t *r, int started, JSValueRef *exc) {
  if (r->holder != NULL) {
    if (started < 0) {
      r->req.result = started;
      after_async(&r->req);
    }
    return JSValueMakeUndefined(ctx);
  }
  /* A request libuv refused to start (EINVAL for no buffers, say) fails like one that ran. */
  if (started < 0)
    r->req.result = started;
  JSValueRef error = NULL;
  JSValueRef result = build_result(ctx, r, &error);
  free_req(r);
  if (error != NULL) {
    *exc = error;
    return NULL;
  }
  return result;
}

static uv_loop_t *loop(void) {
  return nd_runtime_current()->loop;
}

static uv_fs_cb callback_for(fs_req_t *r) {
  return r->holder != NULL ? after_async : NULL;
}

/* ---------------------------------------------------------------------------------------
 * Operations. Each ND_FUNCTION parses its arguments, then starts the uv_fs request. */

#define REQ_ARG(i) ND_ARG(i)

/* A path-only operation: fn(path, req). */
#define PATH_OP(name, syscall_name, kind, call)                                                    \
  static ND_FUNCTION(name) {                                                                       \
    char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);                                                    \
    if (path == NULL)                                                                              \
      return NULL;                                                                                 \
    fs_req_t *r = new_req(ctx, ND_ARG(1), kind, syscall_name);                                     \
    r->path = path;                                                                                \
    int err = call;                                                                                \
    return finish(ctx, r, err, exc);                                                               \
  }

PATH_OP(js_unlink, "unlink", RESULT_NONE,
        uv_fs_unlink(loop(), &r->req, path, callback_for(r)))
PATH_OP(js_rmdir, "rmdir", RESULT_NONE, uv_fs_rmdir(loop(), &r->req, path, callback_for(r)))

/* access(path, mode, req) */
static ND_FUNCTION(js_access) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  int mode = (int)nd_int(ctx, ND_ARG(1));
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "access");
  r->path = path;
  return finish(ctx, r, uv_fs_access(loop(), &r->req, path, mode, callback_for(r)), exc);
}

/* open(path, flags, mode, req) -> fd */
static ND_FUNCTION(js_open) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  int flags = (int)nd_int(ctx, ND_ARG(1));
  int mode = (int)nd_int(ctx, ND_ARG(2));
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_INT, "open");
  r->path = path;
  return finish(ctx, r, uv_fs_open(loop(), &r->req, path, flags | O_CLOEXEC, mode, callback_for(r)),
                exc);
}

/* close(fd, req) */
static ND_FUNCTION(js_close) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  fs_req_t *r = new_req(ctx, ND_ARG(1), RESULT_NONE, "close");
  return finish(ctx, r, uv_fs_close(loop(), &r->req, fd, callback_for(r)), exc);
}

/* A file position argument: a safe integer, or a bigint (exact beyond 2^53, where
 * positions up to 2^63 - 1 need it; lib/ checked its range). Anything else, NaN,
 * fractions and infinities included, is -1, the current position, as in node (whose
 * fs.write and writev leave numeric positions unchecked). */
static int64_t position_arg(JSContextRef ctx, JSValueRef value) {
  if (JSValueIsNumber(ctx, value)) {
    double d = JSValueToNumber(ctx, value, NULL);
    if (d == trunc(d) && fabs(d) <= 9007199254740991.0)
      return (int64_t)d;
    return -1;
  }
  if (JSValueIsBigInt(ctx, value))
    return JSValueToInt64(ctx, value, NULL);
  return -1;
}

/* read(fd, buffer, offset, length, position, req) -> bytes read. position -1 reads from
 * the current position. */
static ND_FUNCTION(js_read) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  int64_t offset = nd_int(ctx, ND_ARG(2));
  int64_t length = nd_int(ctx, ND_ARG(3));
  int64_t position = position_arg(ctx, ND_ARG(4));
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(1), &b, exc))
    return NULL;
  if (offset < 0 || length < 0 || (size_t)(offset + length) > b.length)
    return nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "read range out of bounds");
  fs_req_t *r = new_req(ctx, ND_ARG(5), RESULT_INT, "read");
  r->bufs = r->small_bufs;
  r->bufs[0] = uv_buf_init((char *)b.data + offset, (unsigned int)length);
  return finish(ctx, r, uv_fs_read(loop(), &r->req, fd, r->bufs, 1, position, callback_for(r)),
                exc);
}

/* readChunk(fd, chunk, position, req): read's form for a ReadStream's next chunk, a fresh
 * Uint8Array that no one else can reach until req completes, filled from its start.
 *
 * Its bytes are taken from the view in place (nd_uint8_owned_bytes) rather than through
 * the API, which would pin them and give the view an ArrayBuffer of its own: the engine
 * subtracts such buffers from its heap size only at a full collection, so a stream of them
 * made every other collection a full one. A view the direct reader does not know falls back
 * to the API. The view stays reachable through req (JavaScript keeps it there), and the
 * collector does not move the memory of a view that owns it.
 *
 * Data the page cache holds is read at once on the loop thread (preadv2 with RWF_NOWAIT,
 * which fails with EAGAIN rather than wait for a disk, and reads only what is cached): the
 * two hand-offs to and from a pool thread cost more than copying a chunk of a few pages.
 * The request is still completed from the loop, in a later turn (deliver_ready), as a
 * pool read would be. A regular file that was only partly cached is read on from the pool
 * (the chunk is not cut short, which a stream would show); anything else gets what there
 * was, as its read(2) would have returned. Larger chunks, and every other case, go to the
 * pool as before. */
#define READ_NOW_MAX ((size_t)1 << 20)

static __thread fs_req_t *ready_head, *ready_tail;
static __thread uv_async_t ready_async;
static __thread uv_loop_t *ready_loop;

/* The reads finished on the loop thread, completed in order from the loop's poll phase,
 * where a pool thread's completions arrive (an async handle, woken with no thread switch):
 * what a callback does next, immediates included, then happens in node's order. Reads a
 * callback starts wait for the next turn, so that timers and I/O get theirs between two
 * chunks. The handle keeps the loop alive only while reads wait. */
static void deliver_ready(uv_async_t *async) {
  fs_req_t *list = ready_head;
  ready_head = ready_tail = NULL;
  while (list != NULL) {
    fs_req_t *r = list;
    list = r->ready_next;
    r->ready_next = NULL;
    after_async(&r->req);
  }
  if (ready_head == NULL)
    uv_unref((uv_handle_t *)async);
}

static void queue_ready(fs_req_t *r) {
  if (ready_loop != loop() || uv_is_closing((uv_handle_t *)&ready_async)) {
    uv_async_init(loop(), &ready_async, deliver_ready);
    ready_loop = loop();
  }
  if (ready_tail != NULL)
    ready_tail->ready_next = r;
  else
    ready_head = r;
  ready_tail = r;
  uv_ref((uv_handle_t *)&ready_async);
  uv_async_send(&ready_async);
}

static ND_FUNCTION(js_read_chunk) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  int64_t position = position_arg(ctx, ND_ARG(2));
  bytes_t b;
  if (!nd_uint8_owned_bytes(ctx, ND_ARG(1), &b.data, &b.length) &&
      !get_bytes(ctx, ND_ARG(1), &b, exc))
    return NULL;
  /* Linux reads at most this much at once; a larger chunk is a short read, which the
   * stream handles. */
  size_t length = b.length < 0x7ffff000 ? b.length : 0x7ffff000;
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_INT, "read");
  r->bufs = r->small_bufs;
  if (r->holder != NULL && length > 0 && length <= READ_NOW_MAX) {
    struct iovec v = {b.data, length};
    ssize_t n = preadv2(fd, &v, 1, position, RWF_NOWAIT);
    struct stat st;
    if (n == (ssize_t)length || n == 0 ||
        (n > 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)))) {
      r->req.result = n;
      queue_ready(r);
      return JSValueMakeUndefined(ctx);
    }
    if (n > 0) {
      r->read_now = (size_t)n;
      b.data += n;
      length -= (size_t)n;
      if (position >= 0)
        position += n;
    }
  }
  r->bufs[0] = uv_buf_init((char *)b.data, (unsigned int)length);
  return finish(ctx, r, uv_fs_read(loop(), &r->req, fd, r->bufs, 1, position, callback_for(r)),
                exc);
}

/* write(fd, buffer, offset, length, position, req) -> bytes written. */
static ND_FUNCTION(js_write_buffer) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  int64_t offset = nd_int(ctx, ND_ARG(2));
  int64_t length = nd_int(ctx, ND_ARG(3));
  int64_t position = position_arg(ctx, ND_ARG(4));
  bytes_t b;
  if (!get_bytes(ctx, ND_ARG(1), &b, exc))
    return NULL;
  if (offset < 0 || length < 0 || (size_t)(offset + length) > b.length)
    return nd_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "write range out of bounds");
  fs_req_t *r = new_req(ctx, ND_ARG(5), RESULT_INT, "write");
  r->bufs = r->small_bufs;
  r->bufs[0] = uv_buf_init((char *)b.data + offset, (unsigned int)length);
  return finish(ctx, r, uv_fs_write(loop(), &r->req, fd, r->bufs, 1, position, callback_for(r)),
                exc);
}

/* readv/writev(fd, arrayOfBuffers, position, req) -> bytes. */
static JSValueRef vector_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, bool is_write) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  if (!JSValueIsObject(ctx, ND_ARG(1)))
    return nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "buffers must be an array");
  JSObjectRef list = (JSObjectRef)argv[1];
  size_t count = (size_t)nd_int(ctx, nd_get(ctx, list, "length", NULL));
  int64_t position = position_arg(ctx, ND_ARG(2));
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_INT, is_write ? "write" : "read");
  r->bufs = count <= 4 ? r->small_bufs : malloc(count * sizeof(uv_buf_t));
  for (size_t i = 0; i < count; i++) {
    bytes_t b;
    JSValueRef item = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL);
    if (!get_bytes(ctx, item, &b, exc)) {
      if (r->holder)
        JSValueUnprotect(ctx, r->holder);
      free_req(r);
      return NULL;
    }
    r->bufs[i] = uv_buf_init((char *)b.data, (unsigned int)b.length);
  }
  int err = is_write
                ? uv_fs_write(loop(), &r->req, fd, r->bufs, (unsigned)count, position, callback_for(r))
                : uv_fs_read(loop(), &r->req, fd, r->bufs, (unsigned)count, position, callback_for(r));
  return finish(ctx, r, err, exc);
}

static ND_FUNCTION(js_writev) {
  return vector_op(ctx, argc, argv, exc, true);
}

static ND_FUNCTION(js_readv) {
  return vector_op(ctx, argc, argv, exc, false);
}

/* stat/lstat(path, bigint, req), fstat(fd, bigint, req) */
/* The optional fourth argument of a synchronous stat call: a Float64Array of at least 18
 * numbers that receives the fields (and is returned) instead of a new array, which cost
 * more than the system call itself in a loop of statSync calls. */
static double *stats_target(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  if (argc < 4 || !JSValueIsObject(ctx, argv[3]) ||
      JSValueGetTypedArrayType(ctx, argv[3], NULL) != kJSTypedArrayTypeFloat64Array)
    return NULL;
  JSObjectRef array = (JSObjectRef)argv[3];
  if (JSObjectGetTypedArrayLength(ctx, array, NULL) < 18)
    return NULL;
  char *base = JSObjectGetTypedArrayBytesPtr(ctx, array, NULL);
  return base ? (double *)(base + JSObjectGetTypedArrayByteOffset(ctx, array, NULL)) : NULL;
}

static JSValueRef stat_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                          JSValueRef *exc, int which) {
  bool bigint = JSValueToBoolean(ctx, ND_ARG(1));
  double *target = !bigint && !is_async(ctx, ND_ARG(2)) ? stats_target(ctx, argc, argv) : NULL;
  if (target != NULL) {
    uv_fs_t req;
    int err;
    char *path = NULL;
    const char *syscall = which == 0 ? "stat" : which == 1 ? "lstat" : "fstat";
    if (which == 2) {
      err = uv_fs_fstat(NULL, &req, (int)nd_int(ctx, ND_ARG(0)), NULL);
    } else {
      path = nd_fs_get_path(ctx, ND_ARG(0), exc);
      if (path == NULL)
        return NULL;
      err = which == 0 ? uv_fs_stat(NULL, &req, path, NULL) : uv_fs_lstat(NULL, &req, path, NULL);
    }
    if (err == 0)
      nd_fs_stat_fields(&req.statbuf, target);
    uv_fs_req_cleanup(&req);
    JSValueRef result = err == 0 ? argv[3] : nd_throw_uv(ctx, exc, err, syscall, path, NULL);
    free(path);
    return result;
  }
  result_kind_t kind = bigint ? RESULT_BIGSTATS : RESULT_STATS;
  if (which == 2) {
    int fd = (int)nd_int(ctx, ND_ARG(0));
    fs_req_t *r = new_req(ctx, ND_ARG(2), kind, "fstat");
    return finish(ctx, r, uv_fs_fstat(loop(), &r->req, fd, callback_for(r)), exc);
  }
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(2), kind, which == 0 ? "stat" : "lstat");
  r->path = path;
  int err = which == 0 ? uv_fs_stat(loop(), &r->req, path, callback_for(r))
                       : uv_fs_lstat(loop(), &r->req, path, callback_for(r));
  return finish(ctx, r, err, exc);
}

/* Each stat function holds the engine's lock for its whole run; as host functions
 * (jsc_string.h) they are entered with it held, which saves most of a small call's cost. */
#define STAT_FUNCTION(name, which)                                                                 \
  static JSValueRef name##_locked(JSContextRef ctx, JSObjectRef function, JSObjectRef this_object, \
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc) {         \
    return stat_op(ctx, argc, argv, exc, which);                                                   \
  }                                                                                                \
  ND_LOCKED_FUNCTION(name)                                                                         \
  ND_HOST_ENTRY(name##_locked)

STAT_FUNCTION(js_stat, 0)
STAT_FUNCTION(js_lstat, 1)
STAT_FUNCTION(js_fstat, 2)

/* statfs(path, bigint, req) -> [type, bsize, blocks, bfree, bavail, files, ffree] */
static ND_FUNCTION(js_statfs) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_STATFS, "statfs");
  r->path = path;
  return finish(ctx, r, uv_fs_statfs(loop(), &r->req, path, callback_for(r)), exc);
}

/* Two-path operations: rename, link, copyfile(src, dest, flags), symlink(target, path,
 * flags). */
static ND_FUNCTION(js_rename) {
  char *from = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (from == NULL)
    return NULL;
  char *to = nd_fs_get_path(ctx, ND_ARG(1), exc);
  if (to == NULL) {
    free(from);
    return NULL;
  }
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "rename");
  r->path = from;
  r->dest = to;
  return finish(ctx, r, uv_fs_rename(loop(), &r->req, from, to, callback_for(r)), exc);
}

static ND_FUNCTION(js_link) {
  char *from = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (from == NULL)
    return NULL;
  char *to = nd_fs_get_path(ctx, ND_ARG(1), exc);
  if (to == NULL) {
    free(from);
    return NULL;
  }
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "link");
  r->path = from;
  r->dest = to;
  return finish(ctx, r, uv_fs_link(loop(), &r->req, from, to, callback_for(r)), exc);
}

static ND_FUNCTION(js_symlink) {
  char *target = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (target == NULL)
    return NULL;
  char *path = nd_fs_get_path(ctx, ND_ARG(1), exc);
  if (path == NULL) {
    free(target);
    return NULL;
  }
  int flags = (int)nd_int(ctx, ND_ARG(2));
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_NONE, "symlink");
  r->path = target;
  r->dest = path;
  return finish(ctx, r, uv_fs_symlink(loop(), &r->req, target, path, flags, callback_for(r)),
                exc);
}

static ND_FUNCTION(js_copyfile) {
  char *src = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (src == NULL)
    return NULL;
  char *dest = nd_fs_get_path(ctx, ND_ARG(1), exc);
  if (dest == NULL) {
    free(src);
    return NULL;
  }
  int flags = (int)nd_int(ctx, ND_ARG(2));
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_NONE, "copyfile");
  r->path = src;
  r->dest = dest;
  return finish(ctx, r, uv_fs_copyfile(loop(), &r->req, src, dest, flags, callback_for(r)), exc);
}

/* readlink/realpath(path, asBuffer, req) -> string or bytes */
static ND_FUNCTION(js_readlink) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_PATH, "readlink");
  r->path = path;
  r->buffer_names = JSValueToBoolean(ctx, ND_ARG(1));
  return finish(ctx, r, uv_fs_readlink(loop(), &r->req, path, callback_for(r)), exc);
}

static ND_FUNCTION(js_realpath) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_PATH, "realpath");
  r->path = path;
  r->buffer_names = JSValueToBoolean(ctx, ND_ARG(1));
  return finish(ctx, r, uv_fs_realpath(loop(), &r->req, path, callback_for(r)), exc);
}

/* mkdtemp(prefix, asBuffer, req) -> the created directory */
static ND_FUNCTION(js_mkdtemp) {
  char *prefix = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (prefix == NULL)
    return NULL;
  size_t len = strlen(prefix);
  char *tpl = malloc(len + 7);
  memcpy(tpl, prefix, len);
  memcpy(tpl + len, "XXXXXX", 7);
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_PATH, "mkdtemp");
  r->path = tpl;
  r->buffer_names = JSValueToBoolean(ctx, ND_ARG(1));
  free(prefix);
  return finish(ctx, r, uv_fs_mkdtemp(loop(), &r->req, tpl, callback_for(r)), exc);
}

/* mkdir(path, mode, req): one level (recursion is done in JavaScript). */
static ND_FUNCTION(js_mkdir) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  int mode = (int)nd_int(ctx, ND_ARG(1));
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "mkdir");
  r->path = path;
  return finish(ctx, r, uv_fs_mkdir(loop(), &r->req, path, mode, callback_for(r)), exc);
}

/* readdir's job: the directory read, sorted and joined (scan_directory). */
static void readdir_work(uv_work_t *work) {
  fs_req_t *r = work->data;
  int err = scan_directory(r->path, &r->list);
  r->req.result = err < 0 ? err : (ssize_t)r->list.count;
}

static void readdir_done(uv_work_t *work, int status) {
  fs_req_t *r = work->data;
  if (status < 0)
    r->req.result = status;
  after_async(&r->req);
}

/* readdir(path, withTypes, asBuffer, req) -> names, or [names, types]; string names come
 * as one string joined by '/' and types as a Uint8Array (see make_dirents). Failures are
 * scandir's, as in node. */
static ND_FUNCTION(js_readdir) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_DIRENTS, "scandir");
  r->path = path;
  r->with_types = JSValueToBoolean(ctx, ND_ARG(1));
  r->buffer_names = JSValueToBoolean(ctx, ND_ARG(2));
  r->work.data = r;
  if (r->holder == NULL) {
    readdir_work(&r->work);
    return finish(ctx, r, 0, exc);
  }
  return finish(ctx, r, uv_queue_work(loop(), &r->work, readdir_work, readdir_done), exc);
}

/* writeFile(path, bytes, flags, mode, flush, req): fs.writeFile's open, writes, optional
 * fsync and close as one job on the thread pool, so the loop thread and a pool thread meet
 * once per file instead of once per system call (for small files those hand-offs were
 * most of the time), and JavaScript is called back once. The first failure is reported
 * with its system call (and the path for open); a failed write or fsync still closes the
 * file. */
static void write_file_work(uv_work_t *work) {
  fs_req_t *r = work->data;
  int fd;
  do
    fd = open(r->path, r->wf_flags | O_CLOEXEC, r->wf_mode);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    r->wf_error = -errno;
    r->wf_syscall = "open";
    return;
  }
  while (r->written < r->data_len) {
    /* At most 1 GiB per call, as the kernel writes at most about 2 GiB at once anyway. */
    size_t left = r->data_len - r->written;
    ssize_t n = write(fd, r->data + r->written, left < (1u << 30) ? left : (1u << 30));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      r->wf_error = -errno;
      r->wf_syscall = "write";
      break;
    }
    r->written += (size_t)n;
  }
  if (r->wf_error == 0 && r->flush && fsync(fd) < 0) {
    r->wf_error = -errno;
    r->wf_syscall = "fsync";
  }
  /* An interrupted close has still released the descriptor on Linux: not a failure. */
  if (close(fd) < 0 && errno != EINTR && errno != EINPROGRESS && r->wf_error == 0) {
    r->wf_error = -errno;
    r->wf_syscall = "close";
  }
}

/* The completion of writeFile's and readFile's jobs, on the loop thread. */
static void whole_file_done(uv_work_t *work, int status) {
  fs_req_t *r = work->data;
  if (status < 0 && r->wf_error == 0) {
    r->wf_error = status;
    r->wf_syscall = "open";
  }
  /* Report through the common completion path, with node's error shape. */
  r->req.result = r->wf_error;
  if (r->wf_error != 0) {
    r->syscall = r->wf_syscall;
    if (strcmp(r->wf_syscall, "open") != 0) {
      free(r->path);
      r->path = NULL;
    }
  }
  after_async(&r->req);
}

/* The path of a whole-file job (malloc'ed), or NULL with *exc set: for a bad path, or
 * when req is not a request object (these jobs have no synchronous form). */
static char *whole_file_path(JSContextRef ctx, JSValueRef path_arg, JSValueRef req,
                             JSValueRef *exc) {
  char *path = nd_fs_get_path(ctx, path_arg, exc);
  if (path == NULL)
    return NULL;
  if (!is_async(ctx, req)) {
    free(path);
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "req must be an object");
    return NULL;
  }
  return path;
}

static ND_FUNCTION(js_write_file) {
  bytes_t bytes;
  if (!get_bytes(ctx, ND_ARG(1), &bytes, exc))
    return NULL;
  char *path = whole_file_path(ctx, ND_ARG(0), ND_ARG(5), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(5), RESULT_NONE, "open");
  r->path = path;
  r->data = bytes.data;
  r->data_len = bytes.length;
  r->flush = JSValueToBoolean(ctx, ND_ARG(4));
  r->wf_flags = (int)nd_int(ctx, ND_ARG(2));
  r->wf_mode = (int)nd_int(ctx, ND_ARG(3));
  r->work.data = r;
  int err = uv_queue_work(loop(), &r->work, write_file_work, whole_file_done);
  return finish(ctx, r, err, exc);
}

/* Mode, ownership and time setters. */
static ND_FUNCTION(js_chmod) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  int mode = (int)nd_int(ctx, ND_ARG(1));
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "chmod");
  r->path = path;
  return finish(ctx, r, uv_fs_chmod(loop(), &r->req, path, mode, callback_for(r)), exc);
}

static ND_FUNCTION(js_fchmod) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  int mode = (int)nd_int(ctx, ND_ARG(1));
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "fchmod");
  return finish(ctx, r, uv_fs_fchmod(loop(), &r->req, fd, mode, callback_for(r)), exc);
}

static JSValueRef chown_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc, int which) {
  uv_uid_t uid = (uv_uid_t)nd_int(ctx, ND_ARG(1));
  uv_gid_t gid = (uv_gid_t)nd_int(ctx, ND_ARG(2));
  if (which == 1) {
    int fd = (int)nd_int(ctx, ND_ARG(0));
    fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_NONE, "fchown");
    return finish(ctx, r, uv_fs_fchown(loop(), &r->req, fd, uid, gid, callback_for(r)), exc);
  }
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_NONE, which == 0 ? "chown" : "lchown");
  r->path = path;
  int err = which == 0 ? uv_fs_chown(loop(), &r->req, path, uid, gid, callback_for(r))
                       : uv_fs_lchown(loop(), &r->req, path, uid, gid, callback_for(r));
  return finish(ctx, r, err, exc);
}

static ND_FUNCTION(js_chown) {
  return chown_op(ctx, argc, argv, exc, 0);
}
static ND_FUNCTION(js_fchown) {
  return chown_op(ctx, argc, argv, exc, 1);
}
static ND_FUNCTION(js_lchown) {
  return chown_op(ctx, argc, argv, exc, 2);
}

/* utimes/lutimes(path, atime, mtime, req), futimes(fd, atime, mtime, req); times in
 * seconds (fractions allowed). */
static JSValueRef utimes_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, int which) {
  double atime = JSValueToNumber(ctx, ND_ARG(1), NULL);
  double mtime = JSValueToNumber(ctx, ND_ARG(2), NULL);
  if (which == 1) {
    int fd = (int)nd_int(ctx, ND_ARG(0));
    fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_NONE, "futime");
    return finish(ctx, r, uv_fs_futime(loop(), &r->req, fd, atime, mtime, callback_for(r)),
                  exc);
  }
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_NONE, which == 0 ? "utime" : "lutime");
  r->path = path;
  int err = which == 0 ? uv_fs_utime(loop(), &r->req, path, atime, mtime, callback_for(r))
                       : uv_fs_lutime(loop(), &r->req, path, atime, mtime, callback_for(r));
  return finish(ctx, r, err, exc);
}

static ND_FUNCTION(js_utimes) {
  return utimes_op(ctx, argc, argv, exc, 0);
}
static ND_FUNCTION(js_futimes) {
  return utimes_op(ctx, argc, argv, exc, 1);
}
static ND_FUNCTION(js_lutimes) {
  return utimes_op(ctx, argc, argv, exc, 2);
}

/* fd operations: fsync, fdatasync, ftruncate(fd, len). */
static ND_FUNCTION(js_fsync) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  fs_req_t *r = new_req(ctx, ND_ARG(1), RESULT_NONE, "fsync");
  return finish(ctx, r, uv_fs_fsync(loop(), &r->req, fd, callback_for(r)), exc);
}

static ND_FUNCTION(js_fdatasync) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  fs_req_t *r = new_req(ctx, ND_ARG(1), RESULT_NONE, "fdatasync");
  return finish(ctx, r, uv_fs_fdatasync(loop(), &r->req, fd, callback_for(r)), exc);
}

static ND_FUNCTION(js_ftruncate) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  int64_t len = nd_int(ctx, ND_ARG(1));
  fs_req_t *r = new_req(ctx, ND_ARG(2), RESULT_NONE, "ftruncate");
  return finish(ctx, r, uv_fs_ftruncate(loop(), &r->req, fd, len, callback_for(r)), exc);
}

/* Directories: opendir(path, req) -> Dir, readDir(dir, count, asBuffer, req) -> [names,
 * types] as readdir's with types (see make_dirents) or null at the end, closeDir(dir,
 * req). */
static ND_FUNCTION(js_opendir) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(1), RESULT_DIR, "opendir");
  r->path = path;
  return finish(ctx, r, uv_fs_opendir(loop(), &r->req, path, callback_for(r)), exc);
}

static dir_handle_t *get_dir(JSContextRef ctx, JSValueRef value, JSValueRef *exc) {
  if (!JSValueIsObjectOfClass(ctx, value, dir_class)) {
    nd_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "expected a directory handle");
    return NULL;
  }
  dir_handle_t *h = JSObjectGetPrivate((JSObjectRef)value);
  if (h == NULL || h->closed) {
    nd_throw(ctx, exc, "Error", "ERR_DIR_CLOSED", "Directory handle was closed");
    return NULL;
  }
  return h;
}

static void read_dir_work(uv_work_t *work) {
  fs_req_t *r = work->data;
  int err = read_dir_batch(r->dir->dir, r->dir_count, &r->list);
  r->req.result = err < 0 ? err : (ssize_t)r->list.count;
}

static ND_FUNCTION(js_read_dir) {
  dir_handle_t *h = get_dir(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  size_t count = (size_t)nd_int(ctx, ND_ARG(1));
  if (count == 0)
    count = 32;
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_DIR_ENTRIES, "scandir");
  r->buffer_names = JSValueToBoolean(ctx, ND_ARG(2));
  r->dir = h->dir;
  r->dir_count = count;
  r->work.data = r;
  if (r->holder == NULL) {
    read_dir_work(&r->work);
    return finish(ctx, r, 0, exc);
  }
  return finish(ctx, r, uv_queue_work(loop(), &r->work, read_dir_work, readdir_done), exc);
}

static ND_FUNCTION(js_close_dir) {
  dir_handle_t *h = get_dir(ctx, ND_ARG(0), exc);
  if (h == NULL)
    return NULL;
  h->closed = true;
  fs_req_t *r = new_req(ctx, ND_ARG(1), RESULT_NONE, "closedir");
  return finish(ctx, r, uv_fs_closedir(loop(), &r->req, h->dir, callback_for(r)), exc);
}

/* ---------------------------------------------------------------------------------------
 * The loader's and stdio's synchronous helpers. */

/* internalModuleStat(path) -> 0 for a file, 1 for a directory, a negative errno otherwise.
 * Never throws: the loader probes many paths that do not exist. */
static ND_FUNCTION(internal_module_stat) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  struct stat st;
  int r = stat(path, &st) == 0 ? (S_ISDIR(st.st_mode) ? 1 : 0) : -errno;
  free(path);
  return JSValueMakeNumber(ctx, r);
}

/* node's limit for reading a whole file at once (kIoMaxLength). */
#define READ_ALL_MAX ((int64_t)INT32_MAX)

/* read_all's result for a regular file larger than READ_ALL_MAX; the size is stored in
 * *out_len. */
#define READ_ALL_TOO_LARGE 1

/* Reads the whole file at fd into a malloc'ed buffer. Returns 0, READ_ALL_TOO_LARGE or a
 * negative errno. */
/* Large file buffers live in C memory that the collector only frees once it finds their
 * JavaScript objects dead, and it does not know how urgent that is: reading a big file
 * several times kept every earlier copy until a collection happened to run (peak memory
 * several times node's). So once large reads since the last collection add up to
 * more than LARGE_READS_GC bytes, a full collection runs before the next one allocates (a
 * young-generation one was measured not to release them); its cost is small next to
 * reading that much. The limit is 64 MiB, the growth of outside memory at which node's
 * engine collects on its own: with 128 MiB, reading a 64 MiB file over and over kept up to
 * three copies (peak memory twice node's). */
#define LARGE_READ     (8u << 20)
#define LARGE_READS_GC ((size_t)64 << 20)
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);
static __thread size_t large_reads;

static void before_large_read(JSContextRef ctx, size_t size) {
  if (size < LARGE_READ)
    return;
  if (large_reads + size > LARGE_READS_GC) {
    JSSynchronousGarbageCollectForDebugging(ctx);
    large_reads = 0;
  }
  large_reads += size;
}

/* Memory for a large file buffer. Filling a fresh buffer of tens of megabytes costs one
 * page fault (and a zeroed page) per 4 KiB inside the kernel's copy, which was most of the
 * time of a large readFile; aligned to 2 MiB and marked for transparent huge pages, the
 * same buffer takes one fault per 2 MiB. Small buffers keep plain malloc. Either is freed
 * with free(). */
#define HUGE_PAGE ((size_t)2 << 20)
static void *alloc_file_bytes(size_t len) {
  if (len < LARGE_READ)
    return malloc(len ? len : 1);
  size_t rounded = (len + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  void *bytes = aligned_alloc(HUGE_PAGE, rounded);
  if (bytes != NULL)
    madvise(bytes, rounded, MADV_HUGEPAGE);
  return bytes;
}

static int read_all(JSContextRef ctx, int fd, char **out, size_t *out_len) {
  size_t cap = 65536, len = 0;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    /* Refused before reading, like node, rather than buffering gigabytes first. */
    if ((int64_t)st.st_size > READ_ALL_MAX) {
      *out_len = (size_t)st.st_size;
      return READ_ALL_TOO_LARGE;
    }
    cap = (size_t)st.st_size + 1;
    before_large_read(ctx, cap);
  }
  char *buf = alloc_file_bytes(cap + 1);
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

static JSValueRef throw_file_too_large(JSContextRef ctx, JSValueRef *exc, size_t size) {
  return nd_throw(ctx, exc, "RangeError", "ERR_FS_FILE_TOO_LARGE",
                  "File size (%zu) is greater than 2 GiB", size);
}

/* readFileUtf8(pathOrFd, flags) -> the file decoded as UTF-8 (a BOM is kept). Throws
 * node's errors. */
static JSValueRef read_file_utf8_locked(JSContextRef ctx, JSObjectRef function,
                                        JSObjectRef this_object, size_t argc,
                                        const JSValueRef argv[], JSValueRef *exc) {
  int fd;
  char *path = NULL;
  if (JSValueIsNumber(ctx, ND_ARG(0))) {
    fd = (int)nd_int(ctx, argv[0]);
  } else {
    path = nd_fs_get_path(ctx, ND_ARG(0), exc);
    if (path == NULL)
      return NULL;
    int flags = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? (int)nd_int(ctx, argv[1]) : O_RDONLY;
    fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0) {
      nd_throw_uv(ctx, exc, -errno, "open", path, NULL);
      free(path);
      return NULL;
    }
  }
  char *data = NULL;
  size_t len = 0;
  int err = read_all(ctx, fd, &data, &len);
  if (path != NULL)
    close(fd);
  if (err == READ_ALL_TOO_LARGE) {
    free(path);
    return throw_file_too_large(ctx, exc, len);
  }
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "read", NULL, NULL);
    free(path);
    return NULL;
  }
  free(path);
  JSValueRef result = nd_string_from_utf8(ctx, (const uint8_t *)data, len);
  free(data);
  return result;
}

/* readFileBytes(pathOrFd, flags) -> an ArrayBuffer with the whole file. */
static JSValueRef read_file_bytes_locked(JSContextRef ctx, JSObjectRef function,
                                         JSObjectRef this_object, size_t argc,
                                         const JSValueRef argv[], JSValueRef *exc) {
  int fd;
  char *path = NULL;
  if (JSValueIsNumber(ctx, ND_ARG(0))) {
    fd = (int)nd_int(ctx, argv[0]);
  } else {
    path = nd_fs_get_path(ctx, ND_ARG(0), exc);
    if (path == NULL)
      return NULL;
    int flags = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? (int)nd_int(ctx, argv[1]) : O_RDONLY;
    fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0) {
      nd_throw_uv(ctx, exc, -errno, "open", path, NULL);
      free(path);
      return NULL;
    }
  }
  char *data = NULL;
  size_t len = 0;
  int err = read_all(ctx, fd, &data, &len);
  if (path != NULL)
    close(fd);
  if (err == READ_ALL_TOO_LARGE) {
    free(path);
    return throw_file_too_large(ctx, exc, len);
  }
  if (err != 0) {
    nd_throw_uv(ctx, exc, err, "read", NULL, NULL);
    free(path);
    return NULL;
  }
  free(path);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, len, nd_free_bytes, NULL, exc);
}

/* readFile(path, flags, encoding, req): fs.readFile's open, fstat, reads and close as one
 * job on the thread pool, like writeFile (see write_file_work): for small files the four or
 * more hand-offs between the loop thread and a pool thread were most of the time. A regular
 * file is read up to the size fstat gave (node reads no further either, and a file that
 * shrank ends early); anything else (pipes, devices, files of /proc that report size 0) is
 * read into a buffer that doubles until the end of the file.
 *
 * A large regular file (LARGE_READ and up) takes a second job: the first one leaves it open
 * after fstat, and the loop thread gets its memory before the second one reads it, so that
 * earlier large results are collected before the new one is allocated (before_large_read),
 * and so that UTF-8 or latin1 text is read straight into the characters of a new 8-bit
 * string (UTF-8 of characters up to U+00FF is decoded where it lies): such a text file is
 * then in memory once rather than as bytes and a string. Other results are made on the
 * loop thread by make_file_result, which decodes and frees the bytes at once. */
#define READ_FILE_FIRST_CHUNK ((size_t)64 << 10)
#define READ_CALL_MAX         ((size_t)1 << 30)
/* The buffer binding's numbers for these encodings (bindings.h). */
#define FILE_UTF8   0
#define FILE_LATIN1 2

static void read_file_fail(fs_req_t *r, int err, const char *syscall) {
  r->wf_error = err;
  r->wf_syscall = syscall;
}

/* One read into buf, retried when interrupted and waited for on a descriptor opened with
 * O_NONBLOCK (a FIFO, say). Returns the count, 0 at the end, or a negative errno. */
static ssize_t read_some(int fd, uint8_t *buf, size_t want) {
  for (;;) {
    ssize_t n = read(fd, buf, want < READ_CALL_MAX ? want : READ_CALL_MAX);
    if (n >= 0)
      return n;
    if (errno == EINTR)
      continue;
    if (errno == EAGAIN) {
      struct pollfd p = {.fd = fd, .events = POLLIN};
      poll(&p, 1, -1);
      continue;
    }
    return -errno;
  }
}

/* Reads fd into buf until size bytes or the end; stores the count in *len. Returns 0 or a
 * negative errno. */
static int read_sized(int fd, uint8_t *buf, size_t size, size_t *len) {
  *len = 0;
  while (*len < size) {
    ssize_t n = read_some(fd, buf + *len, size - *len);
    if (n < 0)
      return (int)n;
    if (n == 0)
      break;
    *len += (size_t)n;
  }
  return 0;
}

/* Reads fd to its end into a growing buffer, r->file_bytes. */
static void read_unsized(fs_req_t *r, int fd) {
  size_t cap = READ_FILE_FIRST_CHUNK, len = 0;
  uint8_t *buf = malloc(cap);
  if (buf == NULL) {
    read_file_fail(r, UV_ENOMEM, "read");
    return;
  }
  for (;;) {
    if (len == cap) {
      /* Past node's limit the read stops: a stream that long is refused like a file. */
      if (cap > (size_t)READ_ALL_MAX) {
        free(buf);
        r->file_too_large = (int64_t)len;
        return;
      }
      cap = cap * 2 > (size_t)READ_ALL_MAX + 1 ? (size_t)READ_ALL_MAX + 1 : cap * 2;
      uint8_t *bigger = realloc(buf, cap);
      if (bigger == NULL) {
        free(buf);
        read_file_fail(r, UV_ENOMEM, "read");
        return;
      }
      buf = bigger;
    }
    ssize_t n = read_some(fd, buf + len, cap - len);
    if (n < 0) {
      free(buf);
      read_file_fail(r, (int)n, "read");
      return;
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  r->file_bytes = buf;
  r->file_len = len;
}

/* Closes the file of a readFile job; a failure to close fails a read that went well. An
 * interrupted close has still released the descriptor on Linux: not a failure. */
static void read_file_close(fs_req_t *r, int fd) {
  if (close(fd) < 0 && errno != EINTR && errno != EINPROGRESS && r->wf_error == 0)
    read_file_fail(r, -errno, "close");
}

/* The first job: open, fstat, then either the whole read and close, or (a large regular
 * file) nothing more, leaving the file open in r->file_fd for read_file_rest_work. */
static void read_file_work(uv_work_t *work) {
  fs_req_t *r = work->data;
  int fd;
  do
    fd = open(r->path, r->wf_flags | O_CLOEXEC, 0666);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    read_file_fail(r, -errno, "open");
    return;
  }
  struct stat st;
  if (fstat(fd, &st) < 0) {
    read_file_fail(r, -errno, "fstat");
  } else if (!S_ISREG(st.st_mode) || st.st_size == 0) {
    /* Only a regular file's size is to be trusted. */
    read_unsized(r, fd);
  } else if (st.st_size > READ_ALL_MAX) {
    r->file_too_large = (int64_t)st.st_size;
  } else if ((size_t)st.st_size >= LARGE_READ) {
    r->file_fd = fd;
    r->file_size = (size_t)st.st_size;
    return;
  } else {
    size_t size = (size_t)st.st_size;
    uint8_t *buf = malloc(size);
    int err = buf != NULL ? read_sized(fd, buf, size, &r->file_len) : UV_ENOMEM;
    if (err < 0) {
      free(buf);
      read_file_fail(r, err, "read");
    } else {
      r->file_bytes = buf;
    }
  }
  read_file_close(r, fd);
}

/* Decodes UTF-8 made of ASCII and the two-byte forms of U+0080 to U+00FF into latin1 in
 * place (each character takes at most the bytes it had, so the output never overtakes the
 * input) and returns the new length; SIZE_MAX, with p untouched, when the text has other
 * characters or invalid sequences, which need the full decoder (nd_string_from_utf8). The
 * characters are those nd_string_from_utf8 gives for such text. */
static size_t utf8_to_latin1_in_place(uint8_t *p, size_t len) {
  size_t ascii = nd_ascii_prefix(p, len);
  for (size_t i = ascii; i < len;) {
    i += nd_ascii_prefix(p + i, len - i);
    if (i == len)
      break;
    if ((p[i] != 0xC2 && p[i] != 0xC3) || i + 1 == len || (p[i + 1] & 0xC0) != 0x80)
      return SIZE_MAX;
    i += 2;
  }
  size_t o = ascii;
  for (size_t i = ascii; i < len;) {
    size_t run = nd_ascii_prefix(p + i, len - i);
    memmove(p + o, p + i, run);
    o += run;
    i += run;
    if (i < len) {
      p[o++] = (uint8_t)(((p[i] & 0x03) << 6) | (p[i + 1] & 0x3F));
      i += 2;
    }
  }
  return o;
}

/* The second job of a large file: reads it into the memory the loop thread made for it
 * (a string's characters, or bytes), then closes it. */
static void read_file_rest_work(uv_work_t *work) {
  fs_req_t *r = work->data;
  int fd = r->file_fd;
  r->file_fd = -1;
  uint8_t *buf = r->file_direct ? r->file_text.latin1 : r->file_bytes;
  int err = read_sized(fd, buf, r->file_size, &r->file_len);
  if (err < 0)
    read_file_fail(r, err, "read");
  else if (r->file_direct && r->file_encoding == FILE_UTF8) {
    /* Most text decodes where it lies; the rest is decoded on the loop thread. */
    size_t chars = utf8_to_latin1_in_place(buf, r->file_len);
    r->file_latin1 = chars != SIZE_MAX;
    if (r->file_latin1)
      r->file_len = chars;
  }
  read_file_close(r, fd);
}

static void read_file_done(uv_work_t *work, int status);

/* On the loop thread between the two jobs of a large file: its memory, then the read.
 * Returns false when the request is to be completed now (with r->wf_error set). */
static bool read_file_continue(fs_req_t *r) {
  nd_runtime_t *rt = nd_runtime_current();
  before_large_read(rt->ctx, r->file_size);
  int enc = r->file_encoding;
  if ((enc == FILE_UTF8 || enc == FILE_LATIN1) && nd_newstr_latin1(&r->file_text, r->file_size))
    r->file_direct = true;
  else if ((r->file_bytes = alloc_file_bytes(r->file_size)) == NULL)
    read_file_fail(r, UV_ENOMEM, "read");
  if (r->wf_error == 0) {
    int err = uv_queue_work(rt->loop, &r->work, read_file_rest_work, read_file_done);
    if (err == 0)
      return true;
    read_file_fail(r, err, "read");
  }
  close(r->file_fd);
  r->file_fd = -1;
  return false;
}

/* Large files waiting for their memory, oldest last, and the check handle (one per
 * thread) that gets it for them. The collection before_large_read may run is made from the
 * loop's check phase rather than from the work's completion: that one runs under libuv's
 * poll, whose large array of events holds stale words from the JavaScript that ran before
 * in the same stack, and the collector, which scans the stack conservatively, kept the
 * previous large result alive through them. */
static __thread fs_req_t *large_waiting;
static __thread uv_check_t large_check;
static __thread bool large_check_ready;

static void on_large_check(uv_check_t *check) {
  uv_check_stop(check);
  fs_req_t *list = large_waiting;
  large_waiting = NULL;
  /* Oldest first, in the order the reads finished their first job. */
  fs_req_t *ordered = NULL;
  while (list != NULL) {
    fs_req_t *next = list->next_waiting;
    list->next_waiting = ordered;
    ordered = list;
    list = next;
  }
  while (ordered != NULL) {
    fs_req_t *r = ordered;
    ordered = r->next_waiting;
    r->next_waiting = NULL;
    if (!read_file_continue(r))
      whole_file_done(&r->work, 0);
  }
}

static void read_file_done(uv_work_t *work, int status) {
  fs_req_t *r = work->data;
  if (status == 0 && r->file_fd >= 0) {
    if (!large_check_ready) {
      uv_check_init(work->loop, &large_check);
      large_check_ready = true;
    }
    r->next_waiting = large_waiting;
    large_waiting = r;
    uv_check_start(&large_check, on_large_check);
    return;
  }
  whole_file_done(work, status);
}

/* readFile's result: the bytes as an ArrayBuffer, or the text in the request's encoding
 * (bytes are decoded and freed before returning), or the size (a number) of a file over
 * node's limit, which JavaScript turns into ERR_FS_FILE_TOO_LARGE. NULL with *error set
 * when the text would be longer than the engine's longest string. */
static JSValueRef make_file_result(JSContextRef ctx, fs_req_t *r, JSValueRef *error) {
  if (r->file_too_large > 0)
    return JSValueMakeNumber(ctx, (double)r->file_too_large);
  size_t len = r->file_len;
  if (r->file_direct) {
    /* Read into a string's characters: final for latin1 and for UTF-8 that was decoded
     * in place; other UTF-8 is decoded from them into a new string. */
    r->file_direct = false;
    if (len > 0 && (r->file_encoding == FILE_LATIN1 || r->file_latin1)) {
      nd_newstr_truncate(&r->file_text, len);
      return nd_newstr_finish(ctx, &r->file_text);
    }
    JSValueRef text = nd_string_from_utf8(ctx, r->file_text.latin1, len);
    nd_newstr_discard(&r->file_text);
    return text;
  }
  uint8_t *bytes = r->file_bytes;
  r->file_bytes = NULL;
  if (r->file_encoding < 0)
    return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, nd_free_bytes, NULL, NULL);
  JSValueRef exc = NULL;
  JSValueRef text = len == 0 ? nd_string_n(ctx, "", 0)
                             : nd_buffer_to_string(ctx, r->file_encoding, bytes, len, &exc);
  free(bytes);
  if (text == NULL)
    *error = exc;
  return text;
}

static ND_FUNCTION(js_read_file) {
  char *path = whole_file_path(ctx, ND_ARG(0), ND_ARG(3), exc);
  if (path == NULL)
    return NULL;
  fs_req_t *r = new_req(ctx, ND_ARG(3), RESULT_FILE, "open");
  r->path = path;
  r->wf_flags = (int)nd_int(ctx, ND_ARG(1));
  r->file_encoding = JSValueIsNumber(ctx, ND_ARG(2)) ? (int)nd_int(ctx, ND_ARG(2)) : -1;
  r->file_fd = -1;
  r->work.data = r;
  int err = uv_queue_work(loop(), &r->work, read_file_work, read_file_done);
  return finish(ctx, r, err, exc);
}

/* The whole-file reads hold the engine's lock for their whole run, and are host functions
 * where the engine allows (see STAT_FUNCTION). */
ND_LOCKED_FUNCTION(read_file_utf8)
ND_LOCKED_FUNCTION(read_file_bytes)

ND_HOST_ENTRY(read_file_utf8_locked)
ND_HOST_ENTRY(read_file_bytes_locked)

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

/* A string's characters as UTF-8 into out (room for 3 bytes per UTF-16 unit, 2 per
 * Latin-1 character); a lone surrogate becomes U+FFFD, as Buffer.from does. */
static size_t encode_utf8(const nd_str_t *s, uint8_t *out) {
  size_t o = 0;
  if (s->latin1 != NULL) {
    size_t start = nd_ascii_prefix(s->latin1, s->length);
    memcpy(out, s->latin1, start);
    o = start;
    for (size_t i = start; i < s->length; i++) {
      uint8_t c = s->latin1[i];
      if (c < 0x80) {
        out[o++] = c;
      } else {
        out[o++] = (uint8_t)(0xC0 | (c >> 6));
        out[o++] = (uint8_t)(0x80 | (c & 0x3F));
      }
    }
    return o;
  }
  const JSChar *u = s->utf16;
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length && u[i + 1] >= 0xDC00 &&
        u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
      out[o++] = (uint8_t)(0xF0 | (c >> 18));
      out[o++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
      out[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (c & 0x3F));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF)
      c = 0xFFFD;
    if (c < 0x80) {
      out[o++] = (uint8_t)c;
    } else if (c < 0x800) {
      out[o++] = (uint8_t)(0xC0 | (c >> 6));
      out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    } else {
      out[o++] = (uint8_t)(0xE0 | (c >> 12));
      out[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    }
  }
  return o;
}

/* writeFileUtf8(path, string, flags, mode, flush): writeFileSync of a string in UTF-8, in
 * one call: open, write everything, optionally fsync, close. The string is read in place
 * (ASCII needs no copy at all), where the general path made a Buffer and crossed into C
 * three times. Errors are node's, with the failing system call's name. */
static JSValueRef write_file_utf8_locked(JSContextRef ctx, JSObjectRef function,
                                         JSObjectRef this_object, size_t argc,
                                         const JSValueRef argv[], JSValueRef *exc) {
  char *path = nd_fs_get_path(ctx, ND_ARG(0), exc);
  if (path == NULL)
    return NULL;
  int flags = (int)nd_int(ctx, ND_ARG(2));
  int mode = (int)nd_int(ctx, ND_ARG(3));
  bool flush = JSValueToBoolean(ctx, ND_ARG(4));
  nd_str_t str;
  if (!nd_str_get(ctx, ND_ARG(1), &str, exc)) {
    free(path);
    return NULL;
  }
  const uint8_t *bytes = str.latin1;
  size_t len = str.length;
  uint8_t stack_buf[8192];
  uint8_t *heap_buf = NULL;
  bool ascii = str.latin1 != NULL && nd_ascii_prefix(str.latin1, len) == len;
  if (!ascii && len > 0) {
    size_t cap = str.length * (str.latin1 != NULL ? 2 : 3);
    uint8_t *buf = cap <= sizeof stack_buf ? stack_buf : (heap_buf = malloc(cap));
    if (buf == NULL)
      abort();
    len = encode_utf8(&str, buf);
    bytes = buf;
  }
  const char *syscall = "open";
  int err = 0;
  int fd = open(path, flags | O_CLOEXEC, mode);
  if (fd < 0) {
    err = -errno;
  } else {
    syscall = "write";
    err = len > 0 ? write_all(fd, (const char *)bytes, len) : 0;
    if (err == 0 && flush) {
      syscall = "fsync";
      if (fsync(fd) != 0)
        err = -errno;
    }
    if (close(fd) != 0 && err == 0 && errno != EINTR) {
      syscall = "close";
      err = -errno;
    }
  }
  free(heap_buf);
  nd_str_release(&str);
  JSValueRef result = err == 0 ? JSValueMakeUndefined(ctx)
                               : nd_throw_uv(ctx, exc, err, syscall,
                                             strcmp(syscall, "open") == 0 ? path : NULL, NULL);
  free(path);
  return result;
}

ND_LOCKED_FUNCTION(write_file_utf8)

ND_HOST_ENTRY(write_file_utf8_locked)

/* allocBytes(n) -> an ArrayBuffer of n uninitialised bytes, for buffers a read fills
 * before anyone sees them (readFile's, and a ReadStream's chunks when a replaced fs.read
 * reads them): the engine zero-fills the memory of `new Uint8Array(n)`. The memory is
 * freed when the collector frees the buffer. (A ReadStream over fs.read itself reads into
 * `new Uint8Array(n)`s after all: see readChunk.) */
static ND_FUNCTION(alloc_bytes) {
  double n = JSValueToNumber(ctx, ND_ARG(0), NULL);
  size_t len = n > 0 ? (size_t)n : 0;
  before_large_read(ctx, len);
  void *bytes = alloc_file_bytes(len);
  if (bytes == NULL)
    return nd_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, nd_free_bytes, NULL, exc);
}

/* The number of the file type flags in UV_DIRENT_* form, for Dirent. */

/* getActiveRequests(): the request objects of the asynchronous calls in flight, oldest
 * first (node's req_wrap_queue order). */
static ND_FUNCTION(js_get_active_requests) {
  size_t count = 0;
  fs_req_t *last = NULL;
  for (fs_req_t *r = active_reqs; r != NULL; r = r->active_next) {
    count++;
    last = r;
  }
  JSValueRef *items = malloc((count ? count : 1) * sizeof *items);
  if (items == NULL)
    return JSObjectMakeArray(ctx, 0, NULL, NULL);
  size_t n = 0;
  for (fs_req_t *r = last; r != NULL; r = r->active_prev)
    items[n++] = r->holder;
  JSObjectRef array = JSObjectMakeArray(ctx, n, items, NULL);
  free(items);
  return array;
}

void nd__binding_fs_init(JSContextRef ctx, JSObjectRef exports) {
  if (dir_class == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "DirHandle";
    def.finalize = dir_finalize;
    dir_class = JSClassCreate(&def);
  }
  static const nd_method_t methods[] = {
      {"internalModuleStat", internal_module_stat},
      {"readFileUtf8", read_file_utf8},
      {"readFileBytes", read_file_bytes},
      {"writeString", write_string},
      {"writeFileUtf8", write_file_utf8},
      {"allocBytes", alloc_bytes},
      {"writeFile", js_write_file},
      {"readFile", js_read_file},
      {"access", js_access},
      {"getActiveRequests", js_get_active_requests},
      {"open", js_open},
      {"close", js_close},
      {"read", js_read},
      {"readChunk", js_read_chunk},
      {"writeBuffer", js_write_buffer},
      {"readBuffers", js_readv},
      {"writeBuffers", js_writev},
      {"stat", js_stat},
      {"lstat", js_lstat},
      {"fstat", js_fstat},
      {"statfs", js_statfs},
      {"rename", js_rename},
      {"link", js_link},
      {"symlink", js_symlink},
      {"copyFile", js_copyfile},
      {"readlink", js_readlink},
      {"realpath", js_realpath},
      {"mkdtemp", js_mkdtemp},
      {"mkdir", js_mkdir},
      {"readdir", js_readdir},
      {"unlink", js_unlink},
      {"rmdir", js_rmdir},
      {"chmod", js_chmod},
      {"fchmod", js_fchmod},
      {"chown", js_chown},
      {"fchown", js_fchown},
      {"lchown", js_lchown},
      {"utimes", js_utimes},
      {"futimes", js_futimes},
      {"lutimes", js_lutimes},
      {"fsync", js_fsync},
      {"fdatasync", js_fdatasync},
      {"ftruncate", js_ftruncate},
      {"opendir", js_opendir},
      {"readDir", js_read_dir},
      {"closeDir", js_close_dir},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_use_host_function(ctx, exports, "writeFileUtf8", 5, write_file_utf8_locked_host);
  nd_use_host_function(ctx, exports, "readFileUtf8", 2, read_file_utf8_locked_host);
  nd_use_host_function(ctx, exports, "readFileBytes", 2, read_file_bytes_locked_host);
  nd_use_host_function(ctx, exports, "stat", 4, js_stat_locked_host);
  nd_use_host_function(ctx, exports, "lstat", 4, js_lstat_locked_host);
  nd_use_host_function(ctx, exports, "fstat", 4, js_fstat_locked_host);
  nd__stat_watcher_init(ctx, exports);
}
