const show = require('./_show');
show('alloc 5', () => Buffer.alloc(5));
show('alloc fill num', () => Buffer.alloc(5, 257));
show('alloc fill str', () => Buffer.alloc(7, 'abc'));
show('alloc fill hex', () => Buffer.alloc(5, 'a1', 'hex'));
show('alloc fill base64', () => Buffer.alloc(5, 'YWJj', 'base64'));
show('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
show('alloc fill empty str', () => Buffer.alloc(3, ''));
show('alloc fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
show('alloc fill bad enc', () => Buffer.alloc(3, 'a', 'nope'));
show('alloc zero', () => Buffer.alloc(0));
for (const bad of [-1, 'x', NaN, 2 ** 33, 1.5, undefined, null, {}]) {
  show(`alloc ${String(bad)}`, () => Buffer.alloc(bad));
  show(`allocUnsafe ${String(bad)}`, () => Buffer.allocUnsafe(bad).length);
  show(`allocUnsafeSlow ${String(bad)}`, () => Buffer.allocUnsafeSlow(bad).length);
}
show('unsafe len', () => Buffer.allocUnsafe(10).length);
show('poolSize', () => Buffer.poolSize);
show('pooled shares buffer', () => Buffer.allocUnsafe(10).buffer === Buffer.allocUnsafe(10).buffer);
show('slow own buffer', () => Buffer.allocUnsafeSlow(10).buffer.byteLength);
show('from small pooled', () => Buffer.from('abc').buffer.byteLength);
show('byteOffset aligned', () => Buffer.from('abc').byteOffset % 8);
