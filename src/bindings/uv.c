/*
 * uv: libuv's error numbers as constants (UV_EOF, UV_ECONNRESET, UV_EAI_NONAME, ...), for
 * the library code that compares the status codes handles report (node's
 * internalBinding('uv')). Names and messages are in the errors binding.
 */
#include "../runtime.h"
#include "bindings.h"

void nd__binding_uv_init(JSContextRef ctx, JSObjectRef exports) {
#define ND_UV_CONSTANT(name, message) nd_set_number(ctx, exports, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(ND_UV_CONSTANT)
#undef ND_UV_CONSTANT
}
