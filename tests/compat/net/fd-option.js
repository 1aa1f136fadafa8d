// compat: stdin=fd-option.js
// new net.Socket({ fd }) with a descriptor that is not a socket or pipe (a file):
// ERR_INVALID_FD_TYPE.
const net = require('net');
try {
  new net.Socket({ fd: 0 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  net.createServer().listen({ fd: 0 }).on('error', (e) => console.log('listen fd error', e.code, e.syscall));
} catch (e) {
  console.log('listen throws', e.code);
}
