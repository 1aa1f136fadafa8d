// Corrupt and truncated input: node's messages, errno and code, for the Sync functions,
// the callback functions and streams.
const zlib = require('zlib');

const gz = zlib.gzipSync('hello world, hello world');
const df = zlib.deflateSync('hello world, hello world');
const raw = zlib.deflateRawSync('hello world, hello world');
const br = zlib.brotliCompressSync('hello world, hello world');
const flip = (b, i) => { const c = Buffer.from(b); c[i < 0 ? c.length + i : i] ^= 1; return c; };

const cases = [
  ['inflateSync', Buffer.from('not zlib data')],
  ['gunzipSync', Buffer.from('not gzip data')],
  ['unzipSync', Buffer.from('neither')],
  ['inflateRawSync', Buffer.from([0xff, 0xff, 0xff, 0xff])],
  ['brotliDecompressSync', Buffer.from('garbage garbage garbage')],
  ['inflateSync', Buffer.alloc(0)],
  ['gunzipSync', Buffer.alloc(0)],
  ['unzipSync', Buffer.alloc(0)],
  ['inflateRawSync', Buffer.alloc(0)],
  ['brotliDecompressSync', Buffer.alloc(0)],
  ['gunzipSync', gz.subarray(0, gz.length - 4)],
  ['gunzipSync', gz.subarray(0, 5)],
  ['inflateSync', df.subarray(0, df.length - 1)],
  ['inflateRawSync', raw.subarray(0, raw.length - 2)],
  ['brotliDecompressSync', br.subarray(0, br.length - 1)],
  ['unzipSync', gz.subarray(0, 1)],
  ['inflateSync', flip(df, -1)],
  ['gunzipSync', flip(gz, -6)],
  ['gunzipSync', flip(gz, -2)],
  ['gunzipSync', flip(gz, 2)],
  ['inflateSync', flip(df, 0)],
  ['inflateSync', gz],
  ['gunzipSync', df],
  ['inflateRawSync', df],
  ['brotliDecompressSync', gz],
  ['inflateSync', zlib.deflateSync('x', { windowBits: 15 }), { windowBits: 8 }],
];
for (const [fn, input, opts] of cases) {
  try {
    const out = zlib[fn](input, opts);
    console.log(fn, input.length, 'ok', out.toString());
  } catch (e) {
    console.log(fn, input.length, e.name, e.code, e.errno, JSON.stringify(e.message),
                Object.keys(e), e instanceof Error);
  }
}

// The same through callbacks, in order.
(async () => {
  for (const [fn, input] of cases.slice(0, 12)) {
    const name = fn.replace('Sync', '');
    await new Promise((resolve) => {
      zlib[name](input, (err, out) => {
        if (err) console.log('cb', name, err.code, err.errno, err.message);
        else console.log('cb', name, 'ok', out.length);
        resolve();
      });
    });
  }

  // A stream: 'error' then 'close', no 'end' or 'finish'; the handle is gone.
  const s = zlib.createGunzip();
  for (const ev of ['data', 'end', 'finish', 'close']) s.on(ev, () => console.log('stream', ev));
  s.on('error', (e) => console.log('stream error', e.code, e.errno, e.message, s.destroyed, s._handle));
  s.write(Buffer.from('garbage'), (err) => console.log('write cb', err && err.code));
  s.end();
  await new Promise((r) => s.on('close', r));
  console.log('after close', s.destroyed, s.writable, s.readable, s._closed);

  // Truncated input through a stream: the error shows up at the end.
  const t = zlib.createInflate();
  const got = [];
  t.on('data', (d) => got.push(d));
  t.on('error', (e) => console.log('truncated stream error', e.code, e.message, Buffer.concat(got).toString()));
  t.on('close', () => console.log('truncated stream close'));
  t.end(df.subarray(0, df.length - 4));
})();
