/*
 * tty_wrap: terminal queries for stdio (is a descriptor a terminal, its size). The
 * stream classes over terminals come with node:tty.
 */
#include "../runtime.h"
#include "bindings.h"

#include <sys/ioctl.h>
#include <unistd.h>

static ND_FUNCTION(is_tty) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  return JSValueMakeBoolean(ctx, fd >= 0 && isatty(fd));
}

/* getWindowSize(fd) -> [columns, rows], or undefined when fd is not a terminal. */
static ND_FUNCTION(get_window_size) {
  int fd = (int)nd_int(ctx, ND_ARG(0));
  struct winsize ws;
  if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0)
    return JSValueMakeUndefined(ctx);
  JSValueRef items[2] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return nd_array(ctx, 2, items);
}

void nd__binding_tty_wrap_init(JSContextRef ctx, JSObjectRef exports) {
  nd_set_function(ctx, exports, "isTTY", is_tty);
  nd_set_function(ctx, exports, "getWindowSize", get_window_size);
}
