const show = require('./_show');
show('array', () => Buffer.from([1, 2, 300, -1, 1.5, 'x', '7']));
show('array-like', () => Buffer.from({ length: 3, 0: 1, 1: 2 }));
show('array-like bad length', () => Buffer.from({ length: 'x' }));
show('typed', () => Buffer.from(new Uint16Array([1, 258])));
show('buffer copy', () => { const a = Buffer.from('ab'); const b = Buffer.from(a); a[0] = 0; return b; });
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
show('arraybuffer', () => Buffer.from(ab));
show('arraybuffer offset', () => Buffer.from(ab, 2));
show('arraybuffer offset len', () => Buffer.from(ab, 2, 3));
show('arraybuffer shares', () => { const b = Buffer.from(ab, 1, 2); new Uint8Array(ab)[1] = 99; return b; });
show('arraybuffer bad offset', () => Buffer.from(ab, 9));
show('arraybuffer bad length', () => Buffer.from(ab, 2, 10));
show('arraybuffer NaN offset', () => Buffer.from(ab, NaN, 2));
show('sab', () => Buffer.from(new SharedArrayBuffer(3)));
show('json shape', () => Buffer.from({ type: 'Buffer', data: [5, 6] }));
show('valueOf', () => Buffer.from({ valueOf() { return 'vo'; } }));
show('valueOf array', () => Buffer.from(new String('str')));
show('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } }));
for (const bad of [5, null, undefined, true, Symbol('s'), {}, () => 1]) {
  show(`from ${typeof bad}`, () => Buffer.from(bad));
}
show('of', () => Buffer.of(1, 2, 3));
show('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
show('copyBytesFrom offset big', () => Buffer.copyBytesFrom(new Uint8Array([1, 2]), 5));
