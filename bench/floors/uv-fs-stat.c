/* Floor for the fs-stat.js "promise" bench row: 10,000 stats of one file, one after another,
 * each started from the previous one's completion, done by calling Debian's libuv directly
 * (uv_fs_stat on the thread pool, completion on the loop), as nodus's fs binding does. The
 * row's cost is mostly this round trip: the request handed to a pool thread and the result
 * handed back to the loop thread. Prints the row's line ("bench ms=... check=...") and the
 * CPU time, to read next to `node fs-stat.js promise` and `nodus fs-stat.js promise`.
 *   uv-fs-stat FILE
 * Build: cc -O2 -o uv-fs-stat uv-fs-stat.c -luv */
#include <stdio.h>
#include <time.h>
#include <uv.h>

#define COUNT 10000

static const char *path;
static int done, files;
static long long size;
static double newest;

static double now(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void on_stat(uv_fs_t *req) {
  if (req->result == 0) {
    const uv_stat_t *st = &req->statbuf;
    if ((st->st_mode & S_IFMT) == S_IFREG)
      files++;
    size += (long long)st->st_size;
    double mtime_ms = st->st_mtim.tv_sec * 1e3 + st->st_mtim.tv_nsec / 1e6;
    if (mtime_ms > newest)
      newest = mtime_ms;
  }
  uv_fs_req_cleanup(req);
  if (++done < COUNT)
    uv_fs_stat(req->loop, req, path, on_stat);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: uv-fs-stat FILE\n");
    return 2;
  }
  path = argv[1];
  uv_loop_t *loop = uv_default_loop();
  uv_fs_t req;
  double wall = now(CLOCK_MONOTONIC), cpu = now(CLOCK_PROCESS_CPUTIME_ID);
  uv_fs_stat(loop, &req, path, on_stat);
  uv_run(loop, UV_RUN_DEFAULT);
  wall = now(CLOCK_MONOTONIC) - wall;
  cpu = now(CLOCK_PROCESS_CPUTIME_ID) - cpu;
  fprintf(stderr, "bench ms=%.3f check=%d-%lld-%s\ncpu ms=%.3f\n", wall, files, size,
          newest > 0 ? "true" : "false", cpu);
  return 0;
}
