const show = require('./_show');
const b = Buffer.from('this is a buffer with a needle, a needle!');
for (const [v, off, enc] of [['needle'], ['needle', 30], ['needle', -12], ['needle', 100], ['needle', -100], ['a'], ['', 5], ['', 100], ['', -3], [97], [97, 9], [0x161], [-159], [Buffer.from('with')], [Buffer.alloc(0), 3], [new Uint8Array([97, 32])], ['6e6565', 0, 'hex'], ['bmVlZGxl', 0, 'base64'], ['n\u0000e', 0, 'ucs2'], ['zz'], [Buffer.from('needle!!')], ['a', 'latin1'], ['a', null], ['a', '2']]) {
  show(`indexOf(${JSON.stringify(v)}, ${String(off)}, ${enc})`, () => b.indexOf(v, off, enc));
  show(`lastIndexOf(${JSON.stringify(v)}, ${String(off)}, ${enc})`, () => b.lastIndexOf(v, off, enc));
  show(`includes(${JSON.stringify(v)}, ${String(off)}, ${enc})`, () => b.includes(v, off, enc));
}
for (const bad of [{}, null, undefined, true, [1]]) {
  show(`indexOf bad ${String(bad)}`, () => b.indexOf(bad));
}
show('indexOf bad enc', () => b.indexOf('a', 0, 'nope'));
const big = Buffer.alloc(1 << 20, 'abcdefgh');
big.write('NEEDLE', (1 << 20) - 100);
show('big indexOf', () => big.indexOf('NEEDLE'));
show('big lastIndexOf', () => big.lastIndexOf('abc'));
show('big indexOf missing', () => big.indexOf('zzz'));
