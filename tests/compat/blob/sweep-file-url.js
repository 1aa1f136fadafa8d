'use strict';
// File's constructor with odd lastModified, name and type values and sources of every kind,
// and blob: URLs with fragments, queries and invalid or revoked ids.
const { Blob, File, resolveObjectURL } = require('buffer');

function show(label, fn) {
  try {
    console.log(`${label}:`, fn());
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.message}`);
  }
}

for (const value of [NaN, '123', 'abc', '', -1, -0, 1.5, -1.5, 2 ** 53, 2 ** 64, Infinity,
  new Date(5), new Date(NaN), null, true, [], [7], {}, { valueOf() { return 42; } }]) {
  show(`lastModified ${typeof value} ${String(value)}`, () => {
    const { lastModified } = new File([], 'n', { lastModified: value });
    return [lastModified, Object.is(lastModified, -0)];
  });
}
for (const name of ['', 'a/b', '\ud800', null, undefined, 1, [1, 2]]) {
  show(`name ${String(name)}`, () => JSON.stringify(new File([], name).name));
}
for (const type of ['TEXT/Plain', 'a\u00e9', 'x\x1f', ' sp ', null, 5]) {
  show(`type ${JSON.stringify(type)}`, () => JSON.stringify(new File([], 'n', { type }).type));
}
const sources = {
  string: ['ab'], u16: [new Uint16Array([1])], dataView: [new DataView(new ArrayBuffer(3))],
  arrayBuffer: [new ArrayBuffer(4)], blob: [new Blob(['xyz'])], file: [new File(['qq'], 'z')],
  number: [12], object: [{}], loneSurrogate: ['\ud800'],
};
for (const [name, bits] of Object.entries(sources)) show(`source ${name}`, () => new File(bits, 'n').size);
for (const bad of [null, 1, 'abc', {}]) show(`bits ${String(bad)}`, () => new File(bad, 'n'));
show('one argument', () => new File([]));
show('options number', () => new File([], 'n', 5));

const blob = new Blob(['hello'], { type: 'text/plain' });
const url = URL.createObjectURL(blob);
const id = url.slice('blob:nodedata:'.length);
show('format', () => /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url));
show('file resolves to a Blob', () => {
  const resolved = resolveObjectURL(URL.createObjectURL(new File(['ab'], 'f', { type: 'a/b' })));
  return [resolved.constructor.name, resolved.size, resolved.type];
});
for (const suffix of ['#frag', '?q=1', '/', 'x', '%20']) {
  show(`resolve ${suffix}`, () => resolveObjectURL(url + suffix)?.size);
}
show('resolve URL object', () => resolveObjectURL(new URL(url))?.size);
show('resolve BLOB:', () => resolveObjectURL(`BLOB:nodedata:${id}`)?.size);
for (const bad of ['', 'blob:', 'blob:nodedata:', `blob:${id}`, `blob:other:${id}`, undefined, 1]) {
  show(`resolve ${String(bad).replace(id, 'ID')}`, () => resolveObjectURL(bad));
}
for (const bad of [undefined, 'str', {}, new Uint8Array(1), Object.create(Blob.prototype)]) {
  show(`create ${Object.prototype.toString.call(bad)}`, () => URL.createObjectURL(bad));
}
show('revoke nothing', () => URL.revokeObjectURL());
show('revoke with fragment', () => [URL.revokeObjectURL(`${url}#x`), resolveObjectURL(url)]);
show('revoke again', () => URL.revokeObjectURL(url));
