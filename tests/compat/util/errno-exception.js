// util._errnoException and util._exceptionWithHostPort build system errors.
const util = require('util');
const { show } = require('./_show');

const e = util._errnoException(-2, 'open');
console.log(e instanceof Error, e.message, e.code, e.errno, e.syscall, show(Object.keys(e)));
const e2 = util._errnoException(-13, 'read', 'extra info');
console.log(e2.message, e2.code);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080);
console.log(h.message, h.code, h.errno, h.syscall, h.address, h.port, show(Object.keys(h)));
const h2 = util._exceptionWithHostPort(-98, 'listen', '::1', 0, 'local');
console.log(h2.message, 'port' in h2);
