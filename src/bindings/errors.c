/*
 * errors: libuv's error names and messages, for util.getSystemErrorName/Map and for the
 * JavaScript side that builds node's system errors.
 */
#include "../runtime.h"
#include "bindings.h"

/* errname(err) -> "ENOENT" for a negative errno. */
static ND_FUNCTION(errname) {
  int err = (int)nd_int(ctx, ND_ARG(0));
  return nd_string(ctx, uv_err_name(err));
}

/* getErrorMap() -> [[errno, [name, message]], ...] for every error libuv knows. */
static ND_FUNCTION(get_error_map) {
#define ND_UV_ERR_COUNT(name, message) +1
  enum { COUNT = 0 UV_ERRNO_MAP(ND_UV_ERR_COUNT) };
#undef ND_UV_ERR_COUNT
  JSValueRef entries[COUNT];
  size_t n = 0;
#define ND_UV_ERR_ENTRY(name, message)                                                             \
  {                                                                                                \
    JSValueRef pair[2] = {nd_string(ctx, #name), nd_string(ctx, message)};                         \
    JSValueRef entry[2] = {JSValueMakeNumber(ctx, UV_##name), nd_array(ctx, 2, pair)};             \
    entries[n++] = nd_array(ctx, 2, entry);                                                        \
  }
  UV_ERRNO_MAP(ND_UV_ERR_ENTRY)
#undef ND_UV_ERR_ENTRY
  return nd_array(ctx, n, entries);
}

void nd__binding_errors_init(JSContextRef ctx, JSObjectRef exports) {
  nd_set_function(ctx, exports, "errname", errname);
  nd_set_function(ctx, exports, "getErrorMap", get_error_map);
}
