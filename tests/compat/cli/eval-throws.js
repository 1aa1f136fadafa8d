// compat: stderr
// compat: script=-e "function f() { throw new RangeError('bad range'); } f();"
