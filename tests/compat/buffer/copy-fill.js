const show = require('./_show');
const src = Buffer.from('abcdef');
for (const args of [[0], [2], [0, 2], [0, 2, 4], [4, 0, 6], [10], [0, 6], [0, -1], [-1], [0, 0, -1], [1.5, 0.5], ['1', '2']]) {
  const t = Buffer.alloc(6, '.');
  show(`copy(${args.join(', ')})`, () => `${src.copy(t, ...args)} ${t}`);
}
show('copy overlap', () => { const b = Buffer.from('abcdef'); b.copy(b, 2, 0, 4); return b.toString(); });
show('copy bad target', () => src.copy('x'));
show('copy uint8 target', () => { const t = new Uint8Array(3); src.copy(t); return Array.from(t).join(); });
for (const args of [[0], [1, 2], [1, 2, 4], ['ab'], ['ab', 1], ['ab', 1, 5], ['abc', 'latin1'], ['e282ac', 'hex'], ['YWJj', 'base64'], ['\u20ac'], [''], [Buffer.from([1, 2])], [true], [null], [258], [-1], ['a', -1], ['a', 0, 10], ['a', 'nope'], [new Uint16Array([0x4142])], ['zz', 'hex']]) {
  const b = Buffer.alloc(6, '.');
  show(`fill(${args.map((a) => JSON.stringify(a) ?? String(a)).join(', ')})`, () => b.fill(...args));
}
