const show = require('./_show');
for (const args of [['hi'], ['hi', 2], ['hi', 2, 1], ['hello world'], ['\u00e9\u00e9\u00e9', 1], ['\u00e9\u00e9\u00e9', 0, 3], ['\ud83d\ude00', 3], ['6162', 'hex'], ['6162', 1, 'hex'], ['6162', 1, 1, 'hex'], ['YWJj', 'base64'], ['ab', 'ucs2'], ['ab', 7, 'ucs2'], ['x', 8], ['x', -1], ['x', 1.5], ['x', 0, -1], ['x', 0, 100], ['x', 'nope'], [1], ['abc', 'latin1'], ['\u0100', 'latin1']]) {
  const b = Buffer.alloc(8, '.');
  show(`write(${args.map((a) => JSON.stringify(a)).join(', ')})`, () => `${b.write(...args)} ${b.toString('hex')}`);
}
show('utf8Write', () => { const b = Buffer.alloc(4); return `${b.utf8Write('ab', 1)} ${b.toString('hex')}`; });
show('hexSlice', () => Buffer.from('abc').hexSlice(1));
show('latin1Slice', () => Buffer.from('abc').latin1Slice(0, 2));
show('asciiSlice bad', () => Buffer.from('abc').asciiSlice(2, 1));
