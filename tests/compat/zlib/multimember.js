// Concatenated gzip members, padding and trailing data after a stream's end.
const zlib = require('zlib');

const a = zlib.gzipSync('first member;');
const b = zlib.gzipSync('second member');
const d = zlib.deflateSync('zlib data');
const run = (name, fn) => {
  try {
    console.log(name, fn().toString());
  } catch (e) {
    console.log(name, e.code, e.errno, e.message);
  }
};
run('two members', () => zlib.gunzipSync(Buffer.concat([a, b])));
run('three members unzip', () => zlib.unzipSync(Buffer.concat([a, b, a])));
run('zero padding', () => zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(100)])));
run('zero padding then member', () => zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(1), b])));
run('trailing garbage', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from('garbage')])));
run('trailing 1f', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from([0x1f])])));
run('trailing 1f8b', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from([0x1f, 0x8b])])));
run('member then zlib', () => zlib.gunzipSync(Buffer.concat([a, d])));
run('inflate trailing', () => zlib.inflateSync(Buffer.concat([d, Buffer.from('trailing')])));
run('inflate two streams', () => zlib.inflateSync(Buffer.concat([d, d])));
run('unzip zlib trailing', () => zlib.unzipSync(Buffer.concat([d, a])));
run('inflateRaw trailing', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('raw'), Buffer.from('zz')])));
run('brotli trailing', () => zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('br'), Buffer.from('zz')])));

// Streams: members split across writes at every byte boundary give the same text.
(async () => {
  const all = Buffer.concat([a, b]);
  let same = 0;
  for (let cut = 0; cut <= all.length; cut++) {
    const text = await new Promise((resolve, reject) => {
      const g = zlib.createGunzip();
      const out = [];
      g.on('data', (c) => out.push(c));
      g.on('end', () => resolve(Buffer.concat(out).toString()));
      g.on('error', reject);
      g.write(all.subarray(0, cut));
      g.end(all.subarray(cut));
    });
    if (text === 'first member;second member') same++;
  }
  console.log('split members', same, 'of', all.length + 1);

  // Byte-at-a-time unzip detection.
  const u = zlib.createUnzip();
  const out = [];
  u.on('data', (c) => out.push(c));
  const ended = new Promise((resolve) => u.on('end', resolve));
  for (const byte of Buffer.concat([a, b])) u.write(Buffer.from([byte]));
  u.end();
  await ended;
  console.log('unzip bytewise', Buffer.concat(out).toString());

  // Data after the end of a zlib stream ends the readable side early.
  const i = zlib.createInflate();
  const events = [];
  i.on('data', (c) => events.push('data ' + c));
  i.on('end', () => events.push('end'));
  i.on('finish', () => events.push('finish'));
  i.on('close', () => console.log('early end events', events));
  i.write(Buffer.concat([d, Buffer.from('junk')]), () => events.push('write cb'));
  setTimeout(() => i.end('more'), 10);
})();
