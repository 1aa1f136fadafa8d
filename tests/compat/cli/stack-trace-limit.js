// compat: node-args=--stack-trace-limit=2
console.log(Error.stackTraceLimit);
function a() { return b(); }
function b() { return c(); }
function c() { return new Error('x').stack.split('\n').length; }
console.log(a());
