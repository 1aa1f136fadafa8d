'use strict';
// compat: stderr
// A promise the user gets and ignores is an ordinary rejection: read() on an errored
// stream without a handler is reported.
const rs = new ReadableStream({ start(c) { c.error(new Error('unobserved read')); } });
rs.getReader().read();
