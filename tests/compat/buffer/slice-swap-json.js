const show = require('./_show');
const b = Buffer.from('abcdefgh');
for (const args of [[], [2], [-3], [2, 5], [5, 2], [-100, 100], [1.9, 3.9], ['2', '4'], [NaN], [2, -1]]) {
  show(`slice(${args.join(', ')})`, () => b.slice(...args));
  show(`subarray(${args.join(', ')})`, () => b.subarray(...args));
}
show('slice shares', () => { const c = Buffer.from('xyz'); const s = c.slice(1); s[0] = 65; return c.toString(); });
show('swap16', () => Buffer.from('abcd').swap16());
show('swap32', () => Buffer.from('abcdefgh').swap32());
show('swap64', () => Buffer.from('abcdefgh').swap64());
show('swap16 odd', () => Buffer.from('abc').swap16());
show('swap32 bad', () => Buffer.from('abcdef').swap32());
show('swap64 bad', () => Buffer.from('abcd').swap64());
show('toJSON', () => JSON.stringify(Buffer.from([1, 2, 3])));
show('toJSON empty', () => JSON.stringify(Buffer.alloc(0)));
show('stringify nested', () => JSON.stringify({ b: Buffer.from('hi') }));
show('parent', () => Buffer.from('abc').parent === Buffer.from('abc').buffer);
show('isBuffer', () => [Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x')].join());
show('isEncoding', () => ['utf8', 'UTF-8', 'hex', 'Base64', 'binary', 'nope', '', 5, null].map((e) => Buffer.isEncoding(e)).join());
show('byteLength', () => ['abc', '\u00e9', '\ud83d\ude00', Buffer.from('abcd'), new ArrayBuffer(5), new Uint16Array(2)].map((x) => Buffer.byteLength(x)).join());
show('byteLength enc', () => [['abc', 'ucs2'], ['abcd', 'hex'], ['abc', 'latin1'], ['aGk=', 'base64'], ['\u00e9', 'ascii'], ['x', 'nope']].map(([s, e]) => Buffer.byteLength(s, e)).join());
show('byteLength bad', () => Buffer.byteLength(5));
show('entries', () => [...Buffer.from('ab').entries()].join('|'));
show('instanceof', () => [b instanceof Uint8Array, b instanceof Buffer, b.constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array].join());
show('map keeps Buffer', () => Buffer.isBuffer(b.map((x) => x)));
