'use strict';
// process.stdout.write with strings in encodings, Buffers, typed arrays, callbacks, and
// invalid chunks.
const out = process.stdout;
out.write('plain\n');
out.write('68657820776f726b730a', 'hex');
out.write('YmFzZTY0IHdvcmtzCg==', 'base64');
out.write('latin1 \u00e9\n', 'latin1');
out.write(Buffer.from('buffer\n'));
out.write(new Uint8Array([117, 105, 110, 116, 56, 10]));
out.write('with callback\n', () => out.write('callback ran\n'));
out.write('enc and callback\n', 'utf8', (err) => out.write(`second callback ${err}\n`));
out.write('');
console.log('write returns', out.write(''));
for (const bad of [1, null, {}, undefined, true]) {
  try {
    out.write(bad);
    console.log('accepted', String(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  out.write('x', 'no-such-encoding');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
