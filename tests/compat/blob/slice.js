'use strict';
// Blob.prototype.slice(): relative (negative) indices, clamping, content types, slices of
// slices and of multi-part Blobs (parts are shared, not copied).
const blob = new Blob(['0123', new Uint8Array([52, 53]), new Blob(['678', '9'])], { type: 'text/x' });
const cases = [
  [], [0], [3], [-3], [-100], [100], [2, 7], [7, 2], [-4, -1], [-1, -4], [0, -1], [-100, 100],
  [undefined, 3], [undefined, undefined], ['2', '5'], [null, 4], [true, 3],
  [1, Infinity], [-Infinity, 2], [0, 0], [10, 10], [9, 10],
];
const pending = [];
for (const args of cases) {
  const part = blob.slice(...args);
  pending.push(part.text().then((text) => `${JSON.stringify(args)} -> ${part.size} ${JSON.stringify(part.type)} ${JSON.stringify(text)}`));
}
for (const type of [undefined, '', 'A/B', 'a\u00e9', 5, null]) {
  console.log(JSON.stringify(blob.slice(0, 1, type).type));
}
const nested = blob.slice(1, 9).slice(2, -2).slice(-3);
pending.push(nested.text().then((text) => `nested: ${nested.size} ${text}`));
const emptySlice = new Blob().slice(-5, 5);
pending.push(emptySlice.text().then((text) => `empty: ${emptySlice.size} ${JSON.stringify(text)}`));
const unicode = new Blob(['\u00e9\u00e9']);
pending.push(unicode.slice(1, 3).arrayBuffer().then((ab) => `mid-character: ${new Uint8Array(ab)}`));
pending.push(unicode.slice(1, 3).text().then((text) => `mid-character text: ${JSON.stringify(text)}`));
// A slice keeps its contents when the source Blob is dropped.
let source = new Blob(['keep me']);
const kept = source.slice(5);
source = null;
pending.push(kept.text().then((text) => `kept: ${text}`));
console.log(blob.slice() !== blob, blob.slice() instanceof Blob, new File(['abc'], 'f').slice(1));
Promise.all(pending).then((lines) => console.log(lines.join('\n')));
