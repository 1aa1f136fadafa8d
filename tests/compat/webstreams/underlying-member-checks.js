'use strict';
// How the constructors treat the callback members of underlying sources, sinks and
// transformers, and queuing strategy init objects.
const show = (e) => `${e.name} ${e.code} ${e.message}`;
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', show(e));
  }
};

// Falsy members count as absent; other non-functions are refused.
for (const v of [null, 0, '', false]) {
  attempt(`RS pull ${JSON.stringify(v)}`, () => new ReadableStream({ start: v, pull: v, cancel: v }));
  attempt(`RS bytes ${JSON.stringify(v)}`,
          () => new ReadableStream({ type: 'bytes', start: v, pull: v, cancel: v }));
  attempt(`WS ${JSON.stringify(v)}`, () => new WritableStream({ start: v, write: v, close: v, abort: v }));
  attempt(`TS ${JSON.stringify(v)}`, () => new TransformStream({ transform: v, flush: v, cancel: v }));
}
for (const v of [1, 'x', {}]) {
  attempt(`RS pull ${JSON.stringify(v)}`, () => new ReadableStream({ pull: v }));
  attempt(`RS cancel ${JSON.stringify(v)}`, () => new ReadableStream({ cancel: v }));
  attempt(`WS write ${JSON.stringify(v)}`, () => new WritableStream({ write: v }));
  attempt(`WS close ${JSON.stringify(v)}`, () => new WritableStream({ close: v }));
  attempt(`WS abort ${JSON.stringify(v)}`, () => new WritableStream({ abort: v }));
  attempt(`TS transform ${JSON.stringify(v)}`, () => new TransformStream({ transform: v }));
  attempt(`TS flush ${JSON.stringify(v)}`, () => new TransformStream({ flush: v }));
  attempt(`TS cancel ${JSON.stringify(v)}`, () => new TransformStream({ cancel: v }));
}

// Queuing strategies take a plain object.
for (const C of [CountQueuingStrategy, ByteLengthQueuingStrategy]) {
  for (const init of [[], function init() {}, Buffer.alloc(1), { highWaterMark: 2 }]) {
    try {
      console.log(C.name, typeof init, new C(init).highWaterMark);
    } catch (e) {
      console.log(C.name, typeof init, '->', show(e));
    }
  }
}

(async () => {
  // A source whose callbacks are falsy behaves as if they were not given.
  const w = new WritableStream({ write: null, close: 0 });
  const writer = w.getWriter();
  await writer.write('a');
  await writer.close();
  console.log('sink with falsy members closed');

  const t = new TransformStream({ transform: '', flush: null });
  const tw = t.writable.getWriter();
  tw.write('x');
  tw.close();
  const out = [];
  for await (const c of t.readable) out.push(c);
  console.log('identity transform:', out);
})();
