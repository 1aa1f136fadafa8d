#include "engine_loop.h"

#include <glib.h>

#define MAX_FDS 8

/* One per thread that runs an engine (worker threads have their own). */
static __thread GMainContext *context;
static __thread uv_timer_t deadline_timer;
static __thread uv_poll_t pollers[MAX_FDS];
static __thread int poller_fds[MAX_FDS];
static __thread int poller_count;
static __thread bool pumping;

/* Arms the timer for GLib's next deadline (timeout in ms, -1 for none). */
static void arm_timer(int timeout) {
  if (timeout < 0)
    uv_timer_stop(&deadline_timer);
  else
    uv_timer_start(&deadline_timer, (uv_timer_cb)nd_engine_loop_pump, (uint64_t)timeout, 0);
}

static void on_fd_ready(uv_poll_t *handle, int status, int events) {
  nd_engine_loop_pump();
}

/* Watches a descriptor GLib wants polled, once. */
static void watch_fd(int fd) {
  for (int i = 0; i < poller_count; i++)
    if (poller_fds[i] == fd)
      return;
  if (poller_count == MAX_FDS)
    return;
  uv_poll_t *p = &pollers[poller_count];
  if (uv_poll_init(nd_runtime_current()->loop, p, fd) != 0)
    return;
  poller_fds[poller_count++] = fd;
  uv_poll_start(p, UV_READABLE, on_fd_ready);
  uv_unref((uv_handle_t *)p);
}

void nd_engine_loop_pump(void) {
  if (context == NULL || pumping || !g_main_context_acquire(context))
    return;
  pumping = true;
  GPollFD fds[MAX_FDS];
  gint priority = 0, timeout = -1;
  g_main_context_prepare(context, &priority);
  gint nfds = g_main_context_query(context, priority, &timeout, fds, MAX_FDS);
  if (nfds > MAX_FDS)
    nfds = MAX_FDS;
  /* Never block: libuv does the waiting. */
  g_poll(fds, (guint)nfds, 0);
  if (g_main_context_check(context, priority, fds, nfds))
    g_main_context_dispatch(context);
  /* Dispatched work may have set new deadlines; ask again for the next one. */
  g_main_context_prepare(context, &priority);
  nfds = g_main_context_query(context, priority, &timeout, fds, MAX_FDS);
  if (nfds > MAX_FDS)
    nfds = MAX_FDS;
  for (gint i = 0; i < nfds; i++)
    watch_fd(fds[i].fd);
  g_main_context_check(context, priority, fds, 0);
  g_main_context_release(context);
  pumping = false;
  arm_timer(timeout);

  /* Engine callbacks (FinalizationRegistry) may have queued process.nextTick work. */
  nd_runtime_t *rt = nd_runtime_current();
  if (rt == NULL || rt->ctx == NULL)
    return;
  if (rt->bootstrapped && !rt->exiting && rt->depth == 0 && rt->tick_info[ND_TICK_HAS_TICK])
    nd_process_ticks(rt);
}

/* WTF's main run loop, which the engine's timers (and its memory-pressure handler, used
 * by full collections) expect to exist on the main thread. Embedders such as WebKit set
 * it up with this call; the C API does not, so we do. Exported by libjavascriptcoregtk
 * (C++ symbol WTF::RunLoop::initializeMain()). */
extern void _ZN3WTF7RunLoop14initializeMainEv(void);

void nd_engine_loop_prepare(void) {
  /* The engine's run loop adopts the thread-default context when it is first created. */
  context = g_main_context_new();
  g_main_context_push_thread_default(context);
  /* Worker threads get run loops of their own from the engine; the main one is the main
   * thread's. */
  nd_runtime_t *rt = nd_runtime_current();
  if (rt == NULL || rt->worker == NULL)
    _ZN3WTF7RunLoop14initializeMainEv();
}

void nd_engine_loop_start(nd_runtime_t *rt) {
  uv_timer_init(rt->loop, &deadline_timer);
  uv_unref((uv_handle_t *)&deadline_timer);
  nd_engine_loop_pump();
}

void nd_engine_loop_stop(void) {
  if (context == NULL)
    return;
  g_main_context_pop_thread_default(context);
  g_main_context_unref(context);
  context = NULL;
  poller_count = 0;
}
