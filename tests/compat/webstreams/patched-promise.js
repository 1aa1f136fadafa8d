'use strict';
// Streams keep working when user code replaces Promise.prototype.then or
// Object.prototype.then afterwards (the implementation captured the built-ins).
(async () => {
  const original = Promise.prototype.then;
  let calls = 0;
  // Load the implementation first, then patch.
  void ReadableStream;
  Promise.prototype.then = function(...args) {
    calls++;
    return original.apply(this, args);
  };
  const rs = ReadableStream.from([1, 2, 3]);
  const out = [];
  const ws = new WritableStream({ write(c) { out.push(c); } });
  const pipe = rs.pipeThrough(new TransformStream()).pipeTo(ws);
  Promise.prototype.then = original;
  await pipe;
  console.log(out, 'patched then called by streams:', calls > 0 ? 'some' : 'none');
  Object.prototype.then = function() { console.log('Object.prototype.then called'); };
  const r = new ReadableStream({ start(c) { c.enqueue('chunk'); c.close(); } }).getReader();
  const res = r.read();
  delete Object.prototype.then;
  console.log((await res).value);
})();
