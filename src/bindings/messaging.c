/*
 * messaging: the ports behind MessagePort, MessageChannel and BroadcastChannel, within a
 * thread and between threads (lib/internal/worker/io.js is the JavaScript side).
 *
 * A port has two parts. The endpoint (port_core_t) is plain C shared between threads: a
 * mutex-protected queue of incoming messages, the entangled endpoint at the other end of
 * the channel, and the handle that currently receives for it. The handle (port_wrap_t) is
 * the JavaScript-facing part that lives on one thread's loop (a handle_wrap.h handle whose
 * uv_async_t carries its reference on the loop). Senders on any thread queue a message and
 * signal the receiving thread's waker (an eventfd polled by the loop), so messages are
 * delivered in the loop's poll phase, one callback per message (each followed by the
 * nextTick queue and promise jobs), like node's. Transferring a port moves its endpoint
 * (with anything queued) into the message; the receiving thread makes a new handle for
 * it.
 *
 * A message is bytes (lib/internal/worker/serialize.js encodes structured-clone records)
 * plus what cannot be bytes: array buffer contents moved out of line ("blobs", handed to
 * the receiver without another copy), shared-memory tokens (src/shared_buffer.h) and
 * transferred endpoints.
 *
 * Closing: closing one side (or dropping it with its thread) queues a close message to
 * the other, which closes its handle when the message is processed; each side emits
 * 'close' when its handle has closed. BroadcastChannel handles have no peer: they belong
 * to a named group, and a message is copied into the queue of every other member.
 *
 * JavaScript interface (all handles are instances of MessagePortHandle):
 *   createChannel() -> [handle, handle]
 *   openBroadcastChannel(name) -> handle
 *   adopt(transit) -> handle          (a port transferred within the thread)
 *   sendBuffer, receiveBuffer         Uint8Arrays over this thread's scratch memory
 *   handle.postMessage(buffer | undefined, length, blobs, shared, transits) -> boolean, or
 *                                  -1 when the message carried its own receiving port
 *   handle.start(), handle.stop(), handle.receive(), handle.drain(), handle.detach()
 *   handle.close(), ref(), unref(), hasRef()       (handle_wrap.h)
 *   handle.onmessage(payload, blobs, shared, ports)  payload: a length in receiveBuffer,
 *                                                     or an ArrayBuffer when larger
 *   handle.onclose()
 */
#include "../handle_wrap.h"
#include "../runtime.h"
#include "../shared_buffer.h"
#include "bindings.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

typedef struct port_core port_core_t;
typedef struct port_wrap port_wrap_t;
typedef struct bc_group bc_group_t;

typedef enum { MSG_DATA, MSG_CLOSE } msg_kind_t;

typedef struct {
  uint8_t *data;
  size_t len;
} msg_blob_t;

typedef struct message {
  struct message *next;
  msg_kind_t kind;
  uint32_t blob_count, shared_count, port_count;
  msg_blob_t *blobs;
  void **shared;
  port_core_t **ports;
  size_t len;
  uint8_t payload[];
} message_t;

struct port_core {
  pthread_mutex_t lock;
  atomic_int refs;
  message_t *head, *tail;
  size_t queued;
  port_core_t *peer;  /* counted reference, NULL once disentangled */
  port_wrap_t *owner; /* the receiving handle; NULL while in transit or closing */
  bc_group_t *group;  /* BroadcastChannel membership (fixed at creation) */
  bool closed;        /* accepts no more messages */
};

typedef struct waker waker_t;

struct port_wrap {
  nd_handle_wrap_t base;
  uv_async_t async;  /* never signalled: it only holds the port's reference on the loop */
  port_core_t *core; /* counted reference; NULL after detach() */
  bool receiving;    /* start()ed: data messages are delivered */
  atomic_bool pending; /* its queue needs a look (set by senders, cleared by the waker) */
  atomic_bool remote;  /* ... because of a sender on another thread */
  waker_t *waker;
  port_wrap_t *prev, *next; /* the waker's ports, in creation order */
};

/* One per thread: wakes the loop for every port of the thread. Senders on any thread
 * set the port's pending flag and, unless the waker is signalled already, write its
 * eventfd; the loop then looks at the pending ports in creation order (so ports are
 * served in the order node serves its per-port async handles). libuv 1.44's uv_async_t
 * would make the receiving thread spin while a sender on another core is inside
 * uv_async_send(), which dominated cross-thread round trips. */
struct waker {
  uv_poll_t poll;
  int fd;
  atomic_bool signalled;
  atomic_uint remote_signals; /* signals from other threads so far */
  port_wrap_t *first, *last;
};

struct bc_group {
  bc_group_t *next;
  char *name;
  port_core_t **members;
  size_t count, capacity;
};

static JSClassRef port_class;
static JSClassRef transit_class;
static JSStringRef onmessage_name; /* engine strings are shared between threads */
static pthread_once_t classes_once = PTHREAD_ONCE_INIT;
static void make_classes(void);

static bc_group_t *groups;
static pthread_mutex_t groups_lock = PTHREAD_MUTEX_INITIALIZER;

/* Per-thread scratch memory shared with JavaScript: messages are encoded into send_buf
 * and small ones decoded from recv_buf, so neither needs a buffer object per message. */
#define SCRATCH_SIZE 65536
static __thread uint8_t *send_buf;
static __thread uint8_t *recv_buf;
static __thread waker_t *thread_waker;

/* Messages a callback delivers at least, before yielding to the loop (a listener that
 * posts to its own port must not starve everything else). */
#define DELIVERY_BATCH 1000

/* ---------------------------------------------------------------------------------------
 * Messages and endpoints */

static message_t *message_new(msg_kind_t kind, const uint8_t *payload, size_t len) {
  message_t *m = calloc(1, sizeof *m + len);
  if (m == NULL)
    return NULL;
  m->kind = kind;
  m->len = len;
  if (len > 0)
    memcpy(m->payload, payload, len);
  return m;
}

static void core_unref(port_core_t *core);
static void core_orphan(port_core_t *core);
static void deliver(port_wrap_t *w, bool drain);

static void waker_signal(waker_t *waker) {
  if (!atomic_exchange(&waker->signalled, true)) {
    uint64_t one = 1;
    ssize_t n;
    do
      n = write(waker->fd, &one, sizeof one);
    while (n < 0 && errno == EINTR);
  }
}

/* Asks the port's thread to look at its queue. Any thread. */
static void port_signal(port_wrap_t *w) {
  if (w->waker != thread_waker) {
    atomic_store(&w->remote, true);
    atomic_fetch_add(&w->waker->remote_signals, 1);
  }
  atomic_store(&w->pending, true);
  waker_signal(w->waker);
}

static void serve(port_wrap_t *w) {
  if (atomic_exchange(&w->pending, false)) {
    atomic_store(&w->remote, false);
    deliver(w, false);
  }
}

/* The calling thread's engine, when one is running (to release shared-memory tokens). */
static JSContextRef current_ctx(void) {
  nd_runtime_t *rt = nd_runtime_current();
  return rt != NULL && rt->ctx != NULL ? rt->ctx : NULL;
}

/* Frees a message that will not be delivered, with everything it carries: transferred
 * endpoints are closed (their peers see 'close'). */
static void message_drop(message_t *m) {
  for (uint32_t i = 0; i < m->blob_count; i++)
    free(m->blobs[i].data);
  for (uint32_t i = 0; i < m->shared_count; i++)
    nd_shared_buffer_release(current_ctx(), m->shared[i]);
  for (uint32_t i = 0; i < m->port_count; i++)
    if (m->ports[i] != NULL)
      core_orphan(m->ports[i]);
  free(m->blobs);
  free(m->shared);
  free(m->ports);
  free(m);
}

/* A copy of a data message for another BroadcastChannel member (no ports: broadcast
 * messages cannot transfer them). */
static message_t *message_copy(const message_t *src) {
  message_t *m = message_new(MSG_DATA, src->payload, src->len);
  if (m == NULL)
    return NULL;
  if (src->blob_count > 0) {
    m->blobs = calloc(src->blob_count, sizeof *m->blobs);
    if (m->blobs == NULL)
      goto fail;
    for (uint32_t i = 0; i < src->blob_count; i++) {
      size_t n = src->blobs[i].len;
      m->blobs[i].data = malloc(n ? n : 1);
      if (m->blobs[i].data == NULL)
        goto fail;
      memcpy(m->blobs[i].data, src->blobs[i].data, n);
      m->blobs[i].len = n;
      m->blob_count = i + 1;
    }
  }
  if (src->shared_count > 0) {
    m->shared = calloc(src->shared_count, sizeof *m->shared);
    if (m->shared == NULL)
      goto fail;
    for (uint32_t i = 0; i < src->shared_count; i++) {
      m->shared[i] = nd_shared_buffer_clone_token(src->shared[i]);
      if (m->shared[i] == NULL)
        goto fail;
      m->shared_count = i + 1;
    }
  }
  return m;
fail:
  message_drop(m);
  return NULL;
}

static port_core_t *core_new(void) {
  port_core_t *core = calloc(1, sizeof *core);
  if (core == NULL)
    return NULL;
  pthread_mutex_init(&core->lock, NULL);
  atomic_init(&core->refs, 1);
  return core;
}

static void core_ref(port_core_t *core) {
  atomic_fetch_add(&core->refs, 1);
}

static void core_unref(port_core_t *core) {
  if (atomic_fetch_sub(&core->refs, 1) != 1)
    return;
  /* Nobody can reach the endpoint any more: drop what is still queued. */
  message_t *m = core->head;
  while (m != NULL) {
    message_t *next = m->next;
    message_drop(m);
    m = next;
  }
  pthread_mutex_destroy(&core->lock);
  free(core);
}

/* Appends m to core's queue and wakes its receiver. Called with core->lock held. */
static void enqueue_locked(port_core_t *core, message_t *m) {
  m->next = NULL;
  if (core->tail != NULL)
    core->tail->next = m;
  else
    core->head = m;
  core->tail = m;
  core->queued++;
  if (core->owner != NULL)
    port_signal(core->owner);
}

/* Takes both endpoints' locks in a fixed order. */
static void lock_pair(port_core_t *a, port_core_t *b) {
  if (a < b) {
    pthread_mutex_lock(&a->lock);
    pthread_mutex_lock(&b->lock);
  } else {
    pthread_mutex_lock(&b->lock);
    pthread_mutex_lock(&a->lock);
  }
}

/* Ends core's entanglement: the peer (if any) receives a close message. Drops the
 * references each held on the other. */
static void core_disentangle(port_core_t *core) {
  pthread_mutex_lock(&core->lock);
  port_core_t *peer = core->peer;
  if (peer != NULL)
    core_ref(peer);
  pthread_mutex_unlock(&core->lock);
  if (peer == NULL)
    return;
  lock_pair(core, peer);
  bool linked = core->peer == peer;
  if (linked) {
    core->peer = NULL;
    if (peer->peer == core)
      peer->peer = NULL;
    if (!peer->closed) {
      message_t *close = message_new(MSG_CLOSE, NULL, 0);
      if (close != NULL)
        enqueue_locked(peer, close);
    }
  }
  pthread_mutex_unlock(&core->lock);
  pthread_mutex_unlock(&peer->lock);
  if (linked) {
    core_unref(peer); /* core's reference to peer */
    core_unref(core); /* peer's reference to core */
  }
  core_unref(peer); /* ours, from above */
}

static void group_leave(port_core_t *core);

/* Closes an endpoint nobody receives for (a transferred port whose message was dropped,
 * or one in transit when its holder went away), and drops the caller's reference. */
static void core_orphan(port_core_t *core) {
  pthread_mutex_lock(&core->lock);
  core->closed = true;
  pthread_mutex_unlock(&core->lock);
  core_disentangle(core);
  group_leave(core);
  core_unref(core);
}

/* Queues m for the receivers of a message sent through core: its peer, or the other
 * members of its broadcast group. Takes ownership of m. Returns POST_DROPPED when nobody
 * can receive it (the message is dropped). */
enum { POST_DROPPED = 0, POST_QUEUED = 1, POST_SELF = -1 };
static int core_post(port_core_t *core, message_t *m) {
  if (core->group != NULL) {
    bool delivered = false;
    pthread_mutex_lock(&groups_lock);
    bc_group_t *g = core->group;
    for (size_t i = 0; i < g->count; i++) {
      port_core_t *member = g->members[i];
      if (member == core)
        continue;
      message_t *copy = message_copy(m);
      if (copy == NULL)
        continue;
      pthread_mutex_lock(&member->lock);
      if (!member->closed) {
        enqueue_locked(member, copy);
        delivered = true;
        copy = NULL;
      }
      pthread_mutex_unlock(&member->lock);
      if (copy != NULL)
        message_drop(copy);
    }
    pthread_mutex_unlock(&groups_lock);
    message_drop(m);
    return delivered ? POST_QUEUED : POST_DROPPED;
  }
  pthread_mutex_lock(&core->lock);
  port_core_t *peer = core->peer;
  if (peer != NULL)
    core_ref(peer);
  pthread_mutex_unlock(&core->lock);
  if (peer == NULL) {
    message_drop(m);
    return POST_DROPPED;
  }
  /* Transferring the receiving endpoint through its own channel: it would travel in its
   * own queue forever. Such a message is dropped, which closes the endpoint. */
  for (uint32_t i = 0; i < m->port_count; i++) {
    if (m->ports[i] == peer) {
      core_unref(peer);
      message_drop(m);
      return POST_SELF;
    }
  }
  pthread_mutex_lock(&peer->lock);
  bool accepted = !peer->closed;
  if (accepted)
    enqueue_locked(peer, m);
  pthread_mutex_unlock(&peer->lock);
  if (!accepted)
    message_drop(m);
  core_unref(peer);
  return accepted ? POST_QUEUED : POST_DROPPED;
}

/* ---------------------------------------------------------------------------------------
 * Broadcast groups */

static bool group_join(port_core_t *core, const char *name) {
  pthread_mutex_lock(&groups_lock);
  bc_group_t *g = groups;
  while (g != NULL && strcmp(g->name, name) != 0)
    g = g->next;
  if (g == NULL) {
    g = calloc(1, sizeof *g);
    if (g == NULL || (g->name = strdup(name)) == NULL) {
      free(g);
      pthread_mutex_unlock(&groups_lock);
      return false;
    }
    g->next = groups;
    groups = g;
  }
  if (g->count == g->capacity) {
    size_t capacity = g->capacity ? g->capacity * 2 : 4;
    port_core_t **members = realloc(g->members, capacity * sizeof *members);
    if (members == NULL) {
      pthread_mutex_unlock(&groups_lock);
      return false;
    }
    g->members = members;
    g->capacity = capacity;
  }
  g->members[g->count++] = core;
  core->group = g;
  pthread_mutex_unlock(&groups_lock);
  return true;
}

static void group_leave(port_core_t *core) {
  if (core->group == NULL)
    return;
  pthread_mutex_lock(&groups_lock);
  bc_group_t *g = core->group;
  for (size_t i = 0; i < g->count; i++) {
    if (g->members[i] == core) {
      g->members[i] = g->members[--g->count];
      break;
    }
  }
  if (g->count == 0) {
    bc_group_t **link = &groups;
    while (*link != g)
      link = &(*link)->next;
    *link = g->next;
    free(g->members);
    free(g->name);
    free(g);
  }
  pthread_mutex_unlock(&groups_lock);
}

/* ---------------------------------------------------------------------------------------
 * Handles */

static void on_async(uv_async_t *async) {
  /* Never signalled (see port_wrap). */
}

static void on_waker(uv_poll_t *poll, int status, int events) {
  waker_t *waker = poll->data;
  uint64_t count;
  while (read(waker->fd, &count, sizeof count) > 0) {
  }
  /* Cleared before the ports are looked at: a message queued after its port was looked
   * at signals again. */
  atomic_store(&waker->signalled, false);
  /* Ports created during this pass wait for the next loop iteration (like handles libuv
   * adds while it runs its async callbacks). */
  nd_runtime_t *rt = nd_runtime_current();
  port_wrap_t *last = waker->last;
  unsigned seen = atomic_load(&waker->remote_signals);
  int extra = 0;
  for (port_wrap_t *w = waker->first; w != NULL && !rt->exiting; w = w->next) {
    /* Another thread may have queued messages for a port served earlier in this pass and
     * then for this one (a worker's output, then its message): those go first, so that
     * one thread's messages are seen in the order it sent them. Bounded, so that a fast
     * peer cannot hold the loop. */
    unsigned now = atomic_load(&waker->remote_signals);
    if (now != seen && extra < 16) {
      seen = now;
      for (port_wrap_t *e = waker->first; e != w && !rt->exiting; e = e->next) {
        if (atomic_load(&e->remote)) {
          extra++;
          serve(e);
        }
      }
    }
    serve(w);
    if (w == last)
      break;
  }
}

/* The calling thread's waker (made on first use), or NULL. */
static waker_t *get_waker(uv_loop_t *loop) {
  if (thread_waker != NULL)
    return thread_waker;
  waker_t *waker = calloc(1, sizeof *waker);
  if (waker == NULL)
    return NULL;
  waker->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (waker->fd < 0 || uv_poll_init(loop, &waker->poll, waker->fd) != 0) {
    if (waker->fd >= 0)
      close(waker->fd);
    free(waker);
    return NULL;
  }
  waker->poll.data = waker;
  uv_poll_start(&waker->poll, UV_READABLE, on_waker);
  /* The ports' own handles keep the loop alive, not this. */
  uv_unref((uv_handle_t *)&waker->poll);
  thread_waker = waker;
  return waker;
}

static void waker_link(waker_t *waker, port_wrap_t *w) {
  w->waker = waker;
  w->prev = waker->last;
  if (waker->last != NULL)
    waker->last->next = w;
  else
    waker->first = w;
  waker->last = w;
}

static void waker_unlink(port_wrap_t *w) {
  waker_t *waker = w->waker;
  if (w->prev != NULL)
    w->prev->next = w->next;
  else
    waker->first = w->next;
  if (w->next != NULL)
    w->next->prev = w->prev;
  else
    waker->last = w->prev;
  w->prev = w->next = NULL;
}

/* Before uv_close: no other thread may signal the handle from now on. */
static void on_port_closing(nd_handle_wrap_t *wrap) {
  port_wrap_t *w = (port_wrap_t *)wrap;
  if (w->core != NULL) {
    /* A closed port receives nothing more (what is queued may still be delivered in the
     * current batch, as in node). */
    pthread_mutex_lock(&w->core->lock);
    if (w->core->owner == w)
      w->core->owner = NULL;
    w->core->closed = true;
    pthread_mutex_unlock(&w->core->lock);
  }
  /* 'close' reaches JavaScript through handle.onclose, whoever started the closing. */
  if (wrap->close_callback == NULL && !wrap->finalized) {
    nd_runtime_t *rt = nd_runtime_current();
    JSValueRef fn = nd_get(rt->ctx, wrap->object, "onclose", NULL);
    if (JSValueIsObject(rt->ctx, fn) && JSObjectIsFunction(rt->ctx, (JSObjectRef)fn)) {
      wrap->close_callback = (JSObjectRef)fn;
      JSValueProtect(rt->ctx, fn);
    }
  }
}

/* After the handle closed (before 'close' is emitted): the endpoint is closed and its
 * peer told, unless detach() moved it elsewhere. */
static void on_port_closed(nd_handle_wrap_t *wrap) {
  port_wrap_t *w = (port_wrap_t *)wrap;
  waker_unlink(w);
  port_core_t *core = w->core;
  w->core = NULL;
  if (core == NULL)
    return;
  pthread_mutex_lock(&core->lock);
  core->closed = true;
  message_t *m = core->head;
  core->head = core->tail = NULL;
  core->queued = 0;
  pthread_mutex_unlock(&core->lock);
  core_disentangle(core);
  group_leave(core);
  while (m != NULL) {
    message_t *next = m->next;
    message_drop(m);
    m = next;
  }
  core_unref(core);
}

/* A new handle receiving for core (whose reference it takes over), on this thread's
 * loop. Not referenced: ports keep the process alive only once JavaScript asks. */
static JSObjectRef port_wrap_new(JSContextRef ctx, port_core_t *core) {
  port_wrap_t *w = calloc(1, sizeof *w);
  if (w == NULL)
    return NULL;
  nd_runtime_t *rt = nd_runtime_current();
  waker_t *waker = get_waker(rt->loop);
  if (waker == NULL || uv_async_init(rt->loop, &w->async, on_async) != 0) {
    free(w);
    return NULL;
  }
  atomic_init(&w->pending, false);
  atomic_init(&w->remote, false);
  waker_link(waker, w);
  uv_unref((uv_handle_t *)&w->async);
  w->base.handle = (uv_handle_t *)&w->async;
  w->base.on_closing = on_port_closing;
  w->base.on_closed = on_port_closed;
  w->core = core;
  JSObjectRef object = nd_handle_wrap_adopt(ctx, port_class, &w->base);
  pthread_mutex_lock(&core->lock);
  core->owner = w;
  bool pending = core->head != NULL;
  pthread_mutex_unlock(&core->lock);
  /* A close message that arrived while the endpoint travelled is handled even before
   * start(), like one arriving later. */
  if (pending)
    port_signal(w);
  return object;
}

static void free_message_block(void *bytes, void *context) {
  free(context);
}

static void free_blob(void *bytes, void *context) {
  free(bytes);
}

/* Builds the JavaScript arguments for a data message and frees (or hands over) the
 * message: [payload, blobs, shared, ports]. */
static void message_arguments(JSContextRef ctx, message_t *m, JSValueRef args[4]) {
  JSValueRef undefined = JSValueMakeUndefined(ctx);
  args[1] = args[2] = args[3] = undefined;
  /* The values are gathered in engine arrays (nd_list), not in malloc'ed memory, which
   * the collector does not scan: a wrapper held only there could be collected while the
   * next one is made, and its cell reused for it (two SharedArrayBuffers of one message
   * arrived as the same object when a collection ran in between). */
  if (m->blob_count > 0) {
    nd_list_t list;
    nd_list_init(&list, ctx);
    for (uint32_t i = 0; i < m->blob_count; i++) {
      nd_list_push(&list, JSObjectMakeArrayBufferWithBytesNoCopy(
                              ctx, m->blobs[i].data, m->blobs[i].len, free_blob, NULL, NULL));
      m->blobs[i].data = NULL;
    }
    args[1] = list.array;
  }
  if (m->shared_count > 0) {
    nd_list_t list;
    nd_list_init(&list, ctx);
    for (uint32_t i = 0; i < m->shared_count; i++) {
      JSObjectRef view = nd_shared_buffer_adopt(ctx, m->shared[i]);
      nd_list_push(&list, view != NULL ? (JSValueRef)view : undefined);
    }
    args[2] = list.array;
  }
  if (m->port_count > 0) {
    nd_list_t list;
    nd_list_init(&list, ctx);
    for (uint32_t i = 0; i < m->port_count; i++) {
      JSObjectRef handle = port_wrap_new(ctx, m->ports[i]);
      if (handle == NULL)
        core_orphan(m->ports[i]);
      nd_list_push(&list, handle != NULL ? (JSValueRef)handle : undefined);
    }
    args[3] = list.array;
  }
  free(m->blobs);
  free(m->shared);
  free(m->ports);
  m->blobs = NULL;
  m->shared = NULL;
  m->ports = NULL;
  m->blob_count = m->shared_count = m->port_count = 0;
  if (m->len <= SCRATCH_SIZE && recv_buf != NULL) {
    memcpy(recv_buf, m->payload, m->len);
    args[0] = JSValueMakeNumber(ctx, (double)m->len);
    free(m);
  } else {
    args[0] = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, m->payload, m->len, free_message_block,
                                                     m, NULL);
  }
}

/* Takes the first message when it may be processed now: any message when receiving (or
 * draining), only a close message otherwise. */
static message_t *take(port_core_t *core, bool receiving) {
  pthread_mutex_lock(&core->lock);
  message_t *m = core->head;
  if (m != NULL && (receiving || m->kind == MSG_CLOSE)) {
    core->head = m->next;
    if (core->head == NULL)
      core->tail = NULL;
    core->queued--;
  } else {
    m = NULL;
  }
  pthread_mutex_unlock(&core->lock);
  return m;
}

/* Processes the queue: data messages go to handle.onmessage through the driver (each
 * followed by the tick queue), a close message closes the handle. At most one batch per
 * loop iteration; the rest is left for the next one. drain delivers everything queued,
 * synchronously and whether or not the port was started. */
static void deliver(port_wrap_t *w, bool drain) {
  nd_runtime_t *rt = nd_runtime_current();
  JSContextRef ctx = rt->ctx;
  port_core_t *core = w->core;
  if (core == NULL)
    return;
  core_ref(core);
  pthread_mutex_lock(&core->lock);
  size_t budget = core->queued > DELIVERY_BATCH ? core->queued : DELIVERY_BATCH;
  pthread_mutex_unlock(&core->lock);
  while (budget-- > 0 && !rt->exiting) {
    message_t *m = take(core, w->receiving || drain);
    if (m == NULL)
      break;
    if (m->kind == MSG_CLOSE) {
      free(m);
      nd_handle_wrap_close(&w->base);
      break;
    }
    JSValueRef args[4];
    message_arguments(ctx, m, args);
    JSValueRef fn = JSObjectGetProperty(ctx, w->base.object, onmessage_name, NULL);
    if (JSValueIsObject(ctx, fn) && JSObjectIsFunction(ctx, (JSObjectRef)fn))
      nd_make_callback(rt, w->base.object, (JSObjectRef)fn, 4, args);
  }
  if (!drain && !rt->exiting && w->base.state == ND_HANDLE_OPEN) {
    pthread_mutex_lock(&core->lock);
    bool more = core->head != NULL && (w->receiving || core->head->kind == MSG_CLOSE);
    pthread_mutex_unlock(&core->lock);
    if (more)
      port_signal(w);
  }
  core_unref(core);
}

static port_wrap_t *this_port(JSContextRef ctx, JSObjectRef object, JSValueRef *exc) {
  return (port_wrap_t *)nd_handle_wrap_unwrap(ctx, object, port_class, exc);
}

/* Copies the bytes of an array buffer (one the JavaScript side made for this message). */
static bool copy_buffer(JSContextRef ctx, JSValueRef value, msg_blob_t *blob, JSValueRef *exc) {
  if (!JSValueIsObject(ctx, value))
    return false;
  JSObjectRef ab = (JSObjectRef)value;
  size_t len = JSObjectGetArrayBufferByteLength(ctx, ab, exc);
  const void *bytes = JSObjectGetArrayBufferBytesPtr(ctx, ab, exc);
  blob->data = malloc(len ? len : 1);
  if (blob->data == NULL)
    return false;
  if (len > 0)
    memcpy(blob->data, bytes, len);
  blob->len = len;
  return true;
}

static size_t array_length(JSContextRef ctx, JSValueRef value) {
  if (!JSValueIsObject(ctx, value))
    return 0;
  JSValueRef n = nd_get(ctx, (JSObjectRef)value, "length", NULL);
  return JSValueIsNumber(ctx, n) ? (size_t)JSValueToNumber(ctx, n, NULL) : 0;
}

static JSValueRef array_item(JSContextRef ctx, JSValueRef array, size_t i) {
  return JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)array, (unsigned)i, NULL);
}

/* postMessage(buffer | undefined, length, blobs, shared, transits) -> whether a receiver
 * was there. The payload is `length` bytes of sendBuffer, or of buffer when given. */
static ND_FUNCTION(js_post_message) {
  port_wrap_t *w = this_port(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  size_t len = (size_t)JSValueToNumber(ctx, ND_ARG(1), NULL);
  const uint8_t *payload = send_buf;
  if (JSValueIsObject(ctx, ND_ARG(0))) {
    payload = JSObjectGetArrayBufferBytesPtr(ctx, (JSObjectRef)argv[0], exc);
    if (payload == NULL && len > 0)
      return NULL;
  } else if (len > SCRATCH_SIZE) {
    return nd_throw(ctx, exc, "RangeError", NULL, "message too large for the scratch buffer");
  }
  message_t *m = message_new(MSG_DATA, payload, len);
  if (m == NULL)
    return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  size_t blobs = array_length(ctx, ND_ARG(2));
  size_t shared = array_length(ctx, ND_ARG(3));
  size_t transits = array_length(ctx, ND_ARG(4));
  if (blobs > 0) {
    m->blobs = calloc(blobs, sizeof *m->blobs);
    for (size_t i = 0; m->blobs != NULL && i < blobs; i++) {
      if (!copy_buffer(ctx, array_item(ctx, argv[2], i), &m->blobs[i], exc)) {
        message_drop(m);
        return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
      }
      m->blob_count = (uint32_t)(i + 1);
    }
  }
  if (shared > 0) {
    m->shared = calloc(shared, sizeof *m->shared);
    for (size_t i = 0; m->shared != NULL && i < shared; i++) {
      JSValueRef sab = array_item(ctx, argv[3], i);
      void *token =
          JSValueIsObject(ctx, sab) ? nd_shared_buffer_share(ctx, (JSObjectRef)sab) : NULL;
      if (token == NULL) {
        message_drop(m);
        return nd_throw(ctx, exc, "Error", NULL, "cannot share this SharedArrayBuffer");
      }
      m->shared[i] = token;
      m->shared_count = (uint32_t)(i + 1);
    }
  }
  if (transits > 0) {
    m->ports = calloc(transits, sizeof *m->ports);
    for (size_t i = 0; m->ports != NULL && i < transits; i++) {
      JSValueRef transit = array_item(ctx, argv[4], i);
      port_core_t *core = JSValueIsObjectOfClass(ctx, transit, transit_class)
                              ? JSObjectGetPrivate((JSObjectRef)transit)
                              : NULL;
      if (core == NULL)
        continue;
      JSObjectSetPrivate((JSObjectRef)transit, NULL);
      m->ports[m->port_count++] = core;
    }
  }
  if (w->core == NULL) {
    message_drop(m);
    return JSValueMakeBoolean(ctx, false);
  }
  int posted = core_post(w->core, m);
  return posted == POST_SELF ? JSValueMakeNumber(ctx, -1) : JSValueMakeBoolean(ctx, posted);
}

static ND_FUNCTION(js_start) {
  port_wrap_t *w = this_port(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  if (!w->receiving && w->base.state == ND_HANDLE_OPEN && w->core != NULL) {
    w->receiving = true;
    port_signal(w);
  }
  return JSValueMakeUndefined(ctx);
}

static ND_FUNCTION(js_stop) {
  port_wrap_t *w = this_port(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  w->receiving = false;
  return JSValueMakeUndefined(ctx);
}

/* receive() -> [payload, blobs, shared, ports] for the first queued data message, or
 * undefined (receiveMessageOnPort). */
static ND_FUNCTION(js_receive) {
  port_wrap_t *w = this_port(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  if (w->core == NULL)
    return JSValueMakeUndefined(ctx);
  pthread_mutex_lock(&w->core->lock);
  message_t *m = w->core->head;
  bool data = m != NULL && m->kind == MSG_DATA;
  pthread_mutex_unlock(&w->core->lock);
  if (!data)
    return JSValueMakeUndefined(ctx);
  m = take(w->core, true);
  if (m == NULL)
    return JSValueMakeUndefined(ctx);
  JSValueRef args[4];
  message_arguments(ctx, m, args);
  return nd_array(ctx, 4, args);
}

/* drain(): delivers every queued data message now (a worker's ports when it exits). */
static ND_FUNCTION(js_drain) {
  port_wrap_t *w = this_port(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  deliver(w, true);
  return JSValueMakeUndefined(ctx);
}

/* detach() -> a transit object holding the endpoint (with its queue); the handle closes
 * without closing the endpoint or emitting 'close'. */
static ND_FUNCTION(js_detach) {
  port_wrap_t *w = this_port(ctx, this_object, exc);
  if (w == NULL)
    return NULL;
  port_core_t *core = w->core;
  if (core == NULL || w->base.state != ND_HANDLE_OPEN)
    return JSValueMakeUndefined(ctx);
  pthread_mutex_lock(&core->lock);
  core->owner = NULL;
  pthread_mutex_unlock(&core->lock);
  w->core = NULL;
  w->receiving = false;
  nd_handle_wrap_close(&w->base);
  return JSObjectMake(ctx, transit_class, core);
}

static void finalize_transit(JSObjectRef object) {
  port_core_t *core = JSObjectGetPrivate(object);
  if (core != NULL)
    core_orphan(core);
}

/* ---------------------------------------------------------------------------------------
 * Binding functions */

static ND_FUNCTION(js_create_channel) {
  port_core_t *a = core_new();
  port_core_t *b = core_new();
  if (a == NULL || b == NULL) {
    free(a);
    free(b);
    return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  /* Each endpoint holds a reference on its peer; the handles hold the initial ones. */
  a->peer = b;
  b->peer = a;
  core_ref(a);
  core_ref(b);
  JSValueRef handles[2];
  handles[0] = port_wrap_new(ctx, a);
  handles[1] = port_wrap_new(ctx, b);
  if (handles[0] == NULL || handles[1] == NULL)
    return nd_throw(ctx, exc, "Error", NULL, "cannot create a message channel");
  return nd_array(ctx, 2, handles);
}

static ND_FUNCTION(js_open_broadcast_channel) {
  char *name = nd_to_utf8(ctx, ND_ARG(0), NULL, exc);
  if (name == NULL)
    return NULL;
  port_core_t *core = core_new();
  if (core == NULL || !group_join(core, name)) {
    free(name);
    free(core);
    return nd_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  free(name);
  JSObjectRef handle = port_wrap_new(ctx, core);
  if (handle == NULL) {
    core_orphan(core);
    return nd_throw(ctx, exc, "Error", NULL, "cannot create a broadcast channel");
  }
  return handle;
}

/* adopt(transit) -> a handle for a port transferred within this thread. */
static ND_FUNCTION(js_adopt) {
  JSValueRef transit = ND_ARG(0);
  if (!JSValueIsObjectOfClass(ctx, transit, transit_class))
    return JSValueMakeUndefined(ctx);
  port_core_t *core = JSObjectGetPrivate((JSObjectRef)transit);
  if (core == NULL)
    return JSValueMakeUndefined(ctx);
  JSObjectSetPrivate((JSObjectRef)transit, NULL);
  JSObjectRef handle = port_wrap_new(ctx, core);
  if (handle == NULL) {
    core_orphan(core);
    return JSValueMakeUndefined(ctx);
  }
  return handle;
}

/* shareBuffer(sab) -> a DataView over a new SharedArrayBuffer object of this engine with the
 * memory of sab (structuredClone() gives a new object, as node does), or undefined when
 * memory cannot be shared with this engine. */
static ND_FUNCTION(js_share_buffer) {
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return JSValueMakeUndefined(ctx);
  void *token = nd_shared_buffer_share(ctx, (JSObjectRef)argv[0]);
  if (token == NULL)
    return JSValueMakeUndefined(ctx);
  JSObjectRef view = nd_shared_buffer_adopt(ctx, token);
  return view != NULL ? (JSValueRef)view : JSValueMakeUndefined(ctx);
}

/* canShareMemory() -> whether SharedArrayBuffers can be posted (see shared_buffer.h). */
static ND_FUNCTION(js_can_share_memory) {
  return JSValueMakeBoolean(ctx, nd_shared_buffer_available(ctx));
}

/* ---------------------------------------------------------------------------------------
 * For worker.c: endpoints handed to a new thread outside of a message. */

void *nd_messaging_take_transit(JSContextRef ctx, JSValueRef transit) {
  if (!JSValueIsObjectOfClass(ctx, transit, transit_class))
    return NULL;
  port_core_t *core = JSObjectGetPrivate((JSObjectRef)transit);
  JSObjectSetPrivate((JSObjectRef)transit, NULL);
  return core;
}

JSObjectRef nd_messaging_adopt_endpoint(JSContextRef ctx, void *endpoint) {
  pthread_once(&classes_once, make_classes);
  JSObjectRef handle = port_wrap_new(ctx, endpoint);
  if (handle == NULL)
    core_orphan(endpoint);
  return handle;
}

void nd_messaging_release_endpoint(void *endpoint) {
  if (endpoint != NULL)
    core_orphan(endpoint);
}

static void make_classes(void) {
  static const JSStaticFunction methods[] = {
      {"postMessage", js_post_message, kJSPropertyAttributeDontEnum},
      {"start", js_start, kJSPropertyAttributeDontEnum},
      {"stop", js_stop, kJSPropertyAttributeDontEnum},
      {"receive", js_receive, kJSPropertyAttributeDontEnum},
      {"drain", js_drain, kJSPropertyAttributeDontEnum},
      {"detach", js_detach, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  port_class = nd_handle_wrap_class("MessagePortHandle", methods, NULL);
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "MessagePortTransit";
  def.finalize = finalize_transit;
  transit_class = JSClassCreate(&def);
  onmessage_name = JSStringCreateWithUTF8CString("onmessage");
}

static void free_scratch(void *bytes, void *context) {
  /* The scratch buffers live as long as their thread's engine; see
   * nd_messaging_thread_exit(). */
}

void nd_messaging_thread_exit(void) {
  free(send_buf);
  free(recv_buf);
  send_buf = recv_buf = NULL;
  /* The poll handle was closed with the thread's loop. */
  if (thread_waker != NULL) {
    close(thread_waker->fd);
    free(thread_waker);
    thread_waker = NULL;
  }
}

void nd__binding_messaging_init(JSContextRef ctx, JSObjectRef exports) {
  pthread_once(&classes_once, make_classes);
  if (send_buf == NULL) {
    send_buf = malloc(SCRATCH_SIZE);
    recv_buf = malloc(SCRATCH_SIZE);
  }
  static const nd_method_t methods[] = {
      {"createChannel", js_create_channel},
      {"openBroadcastChannel", js_open_broadcast_channel},
      {"adopt", js_adopt},
      {"canShareMemory", js_can_share_memory},
      {"shareBuffer", js_share_buffer},
      {NULL, NULL},
  };
  nd_set_methods(ctx, exports, methods);
  nd_set(ctx, exports, "sendBuffer",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, send_buf,
                                               SCRATCH_SIZE, free_scratch, NULL, NULL));
  nd_set(ctx, exports, "receiveBuffer",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, recv_buf,
                                               SCRATCH_SIZE, free_scratch, NULL, NULL));
  nd_set_number(ctx, exports, "kScratchSize", SCRATCH_SIZE);
}
