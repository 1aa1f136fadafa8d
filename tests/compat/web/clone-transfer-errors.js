'use strict';
// Invalid options and transfer lists.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message),
      err instanceof DOMException, Object.keys(err));
  }
}
attempt('no args', () => structuredClone());
attempt('options 1', () => structuredClone(1, 1));
attempt('options string', () => structuredClone(1, 'x'));
attempt('options true', () => structuredClone(1, true));
attempt('options function', () => structuredClone(1, () => {}));
attempt('options array', () => structuredClone(1, []));
attempt('transfer 1', () => structuredClone(1, { transfer: 1 }));
attempt('transfer string', () => structuredClone(1, { transfer: 'ab' }));
attempt('transfer null', () => structuredClone(1, { transfer: null }));
attempt('transfer {}', () => structuredClone(1, { transfer: {} }));
attempt('transfer [1]', () => structuredClone(1, { transfer: [1] }));
attempt('transfer [{}]', () => structuredClone(1, { transfer: [{}] }));
attempt('transfer [undefined]', () => structuredClone(1, { transfer: [undefined] }));
attempt('transfer typed array', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
attempt('transfer shared', () => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }));
attempt('transfer duplicate', () => {
  const ab = new ArrayBuffer(1);
  return structuredClone(ab, { transfer: [ab, ab] });
});
attempt('iterator throws', () => structuredClone(1, {
  transfer: { [Symbol.iterator]() { throw new Error('iter'); } },
}));
attempt('clone detached', () => {
  const ab = new ArrayBuffer(1);
  structuredClone(ab, { transfer: [ab] });
  return structuredClone(ab);
});
attempt('clone view of detached', () => {
  const ta = new Uint8Array(4);
  structuredClone(ta.buffer, { transfer: [ta.buffer] });
  return structuredClone(ta);
});
attempt('clone DataView of detached', () => {
  const dv = new DataView(new ArrayBuffer(4));
  structuredClone(dv.buffer, { transfer: [dv.buffer] });
  return structuredClone(dv);
});
