// compat: stderr
// An engine TypeError at module level: V8's message, the caret under the property.
const config = { server: undefined };
console.log('before');
const port = config.server.port;
