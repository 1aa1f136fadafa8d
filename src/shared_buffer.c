#include "shared_buffer.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* std::optional<size_t> as the engine's C++ code passes it by value: trivially copyable,
 * sixteen bytes, so it travels in two registers like this struct. */
typedef struct {
  size_t value;
  bool engaged;
} optional_size_t;

/* The engine's functions (Itanium C++ ABI: member functions take `this` first; functions
 * returning Ref<T> write it through a hidden first pointer; T&& and T& are pointers). */
typedef bool (*buffer_share_with_fn)(void *buffer, void *contents);
typedef void (*contents_share_with_fn)(void *contents, void *other);
typedef void (*buffer_create_fn)(void **result, void *contents);
typedef void (*data_view_create_fn)(void **result, void **buffer, size_t offset,
                                    optional_size_t length);
typedef void *(*view_wrap_fn)(void *view, void *lexical_global, void *global);
typedef void (*view_delete_fn)(void *view);
typedef void (*lock_holder_fn)(void *holder, void *global);
typedef void (*lock_release_fn)(void *holder);

static struct {
  buffer_share_with_fn buffer_share_with;
  contents_share_with_fn contents_share_with;
  buffer_create_fn buffer_create;
  data_view_create_fn data_view_create;
  view_wrap_fn view_wrap;
  view_delete_fn view_delete;
  /* The C API releases the engine's lock while a C callback runs and takes it again in
   * every API function; these internal calls need it taken explicitly. */
  lock_holder_fn lock_holder;
  lock_release_fn lock_release;
  bool resolved;
} engine;

static pthread_once_t resolve_once = PTHREAD_ONCE_INIT;

/* Offsets found by calibration: the ArrayBuffer* inside a JSArrayBuffer cell and the data
 * pointer inside an ArrayBuffer. -1 until known; -2 when calibration failed. */
static int impl_offset = -1;
static int data_offset = -1;
static pthread_mutex_t calibration_lock = PTHREAD_MUTEX_INITIALIZER;

/* Large enough for an ArrayBufferContents (seven words in the engine's sources). */
#define TOKEN_SIZE 128

static void resolve(void) {
  engine.buffer_share_with = (buffer_share_with_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC11ArrayBuffer9shareWithERNS_19ArrayBufferContentsE");
  engine.contents_share_with =
      (contents_share_with_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC19ArrayBufferContents9shareWithERS0_");
  engine.buffer_create = (buffer_create_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC11ArrayBuffer6createEONS_19ArrayBufferContentsE");
  engine.data_view_create = (data_view_create_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC8DataView6createEON3WTF6RefPtrINS_11ArrayBufferENS1_12RawPtrTraitsIS3_"
                    "EENS1_21DefaultRefDerefTraitsIS3_EEEEmSt8optionalImE");
  engine.view_wrap =
      (view_wrap_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC15ArrayBufferView4wrapEPNS_14JSGlobalObjectES2_");
  engine.view_delete = (view_delete_fn)dlsym(
      RTLD_DEFAULT, "_ZN3JSC15ArrayBufferViewdlEPS0_St19destroying_delete_t");
  engine.lock_holder =
      (lock_holder_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC12JSLockHolderC1EPNS_14JSGlobalObjectE");
  engine.lock_release = (lock_release_fn)dlsym(RTLD_DEFAULT, "_ZN3JSC12JSLockHolderD1Ev");
  engine.resolved = engine.lock_holder && engine.lock_release && engine.buffer_share_with && engine.contents_share_with &&
                    engine.buffer_create && engine.data_view_create && engine.view_wrap &&
                    engine.view_delete;
}

static bool plausible_pointer(uintptr_t p) {
  return p >= 0x10000 && p < ((uintptr_t)1 << 47) && (p & 7) == 0;
}

static void free_calibration_bytes(void *bytes, void *context) {
  free(bytes);
}

/* Finds where a JSArrayBuffer keeps its ArrayBuffer, using a buffer whose data pointer is
 * known. The cell starts with its header and butterfly; the ArrayBuffer pointer follows,
 * and the ArrayBuffer's contents start with the data pointer after its reference counts. */
static void calibrate(JSContextRef ctx) {
  pthread_mutex_lock(&calibration_lock);
  if (impl_offset != -1) {
    pthread_mutex_unlock(&calibration_lock);
    return;
  }
  impl_offset = -2;
  void *bytes = malloc(16);
  if (bytes != NULL) {
    JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, 16, free_calibration_bytes,
                                                            NULL, NULL);
    if (ab != NULL) {
      JSValueProtect(ctx, ab);
      for (int o = 16; o <= 24 && impl_offset == -2; o += 8) {
        uintptr_t impl = *(const uintptr_t *)((const char *)ab + o);
        if (!plausible_pointer(impl))
          continue;
        for (int d = 8; d <= 48; d += 8) {
          if (*(void *const *)((const char *)impl + d) == bytes) {
            impl_offset = o;
            data_offset = d;
            break;
          }
        }
      }
      JSValueUnprotect(ctx, ab);
    } else {
      free(bytes);
    }
  }
  pthread_mutex_unlock(&calibration_lock);
}

bool nd_shared_buffer_available(JSContextRef ctx) {
  pthread_once(&resolve_once, resolve);
  if (!engine.resolved)
    return false;
  if (impl_offset == -1)
    calibrate(ctx);
  return impl_offset >= 0;
}

void *nd_shared_buffer_share(JSContextRef ctx, JSObjectRef sab) {
  if (!nd_shared_buffer_available(ctx))
    return NULL;
  /* The C API reports the data pointer of any array buffer, shared ones included; the
   * ArrayBuffer found through the calibrated offset must agree before it is used. The
   * API refuses the buffer of a WebAssembly.Memory: then the pointer must at least be
   * set. */
  JSValueRef ignored = NULL;
  void *data = JSObjectGetArrayBufferBytesPtr(ctx, sab, &ignored);
  uintptr_t impl = *(const uintptr_t *)((const char *)sab + impl_offset);
  if (!plausible_pointer(impl))
    return NULL;
  void *found = *(void *const *)((const char *)impl + data_offset);
  if (data != NULL ? found != data : found == NULL)
    return NULL;
  void *token = calloc(1, TOKEN_SIZE);
  if (token == NULL)
    return NULL;
  void *holder[2] = {NULL, NULL};
  engine.lock_holder(holder, (void *)ctx);
  bool shared = engine.buffer_share_with((void *)impl, token);
  engine.lock_release(holder);
  if (!shared) {
    free(token);
    return NULL;
  }
  return token;
}

void *nd_shared_buffer_clone_token(void *token) {
  void *copy = calloc(1, TOKEN_SIZE);
  if (copy != NULL)
    engine.contents_share_with(token, copy);
  return copy;
}

JSObjectRef nd_shared_buffer_adopt(JSContextRef ctx, void *token) {
  void *holder[2] = {NULL, NULL};
  engine.lock_holder(holder, (void *)ctx);
  /* The new ArrayBuffer takes the contents over (the token is left empty). */
  void *buffer = NULL;
  void *wrapper = NULL;
  engine.buffer_create(&buffer, token);
  free(token);
  if (buffer != NULL) {
    void *view = NULL;
    engine.data_view_create(&view, &buffer, 0, (optional_size_t){0, false});
    if (view != NULL) {
      wrapper = engine.view_wrap(view, (void *)ctx, (void *)ctx);
      /* Drop the reference create() gave us; the wrapper holds the buffer, not the view.
       * The count is the first member of the view (a plain RefCounted). */
      unsigned *count = view;
      if (*count <= 1)
        engine.view_delete(view);
      else
        (*count)--;
    }
  }
  engine.lock_release(holder);
  return (JSObjectRef)wrapper;
}

void nd_shared_buffer_release(JSContextRef ctx, void *token) {
  if (token == NULL)
    return;
  if (ctx == NULL)
    return; /* leaked: see the header */
  /* An adopted buffer nobody references is collected like any other. */
  nd_shared_buffer_adopt(ctx, token);
}
