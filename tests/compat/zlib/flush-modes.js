// Flush modes: the flush option on every write, finishFlush for partial input, explicit
// flush(kind) calls, and the compressed bytes each produces for short input.
const zlib = require('zlib');
const C = zlib.constants;

const text = 'flush mode test, flush mode test, flush mode test';
const full = zlib.deflateSync(text);
const gz = zlib.gzipSync(text);

// Partial input decompresses without error when the finishing flush is a sync flush.
for (const cut of [2, 6, 10, full.length - 4, full.length - 1]) {
  try {
    const r = zlib.inflateSync(full.subarray(0, cut), { finishFlush: C.Z_SYNC_FLUSH });
    console.log('partial inflate', cut, JSON.stringify(r.toString()));
  } catch (e) {
    console.log('partial inflate', cut, e.code, e.message);
  }
}
for (const cut of [5, 12, gz.length - 8]) {
  try {
    const r = zlib.gunzipSync(gz.subarray(0, cut), { finishFlush: C.Z_SYNC_FLUSH });
    console.log('partial gunzip', cut, JSON.stringify(r.toString()));
  } catch (e) {
    console.log('partial gunzip', cut, e.code, e.message);
  }
}
const br = zlib.brotliCompressSync(text);
console.log('partial brotli', JSON.stringify(zlib.brotliDecompressSync(br.subarray(0, br.length - 2), { finishFlush: C.BROTLI_OPERATION_FLUSH }).toString()));

// A stream with flush on every write: each write's output is complete on its own.
function writes(opts, parts, kinds) {
  return new Promise((resolve) => {
    const d = zlib.createDeflateRaw(opts);
    const out = [];
    d.on('data', (c) => out.push(c.toString('hex')));
    d.on('error', (e) => resolve([...out, `error ${e.code} ${e.errno} ${e.message}`]));
    parts.forEach((p, i) => {
      d.write(p);
      if (kinds && kinds[i] !== undefined) d.flush(kinds[i]);
    });
    d.end();
    d.on('end', () => resolve(out));
  });
}

(async () => {
  for (const [name, flush] of [['Z_SYNC_FLUSH', C.Z_SYNC_FLUSH], ['Z_FULL_FLUSH', C.Z_FULL_FLUSH],
    ['Z_PARTIAL_FLUSH', C.Z_PARTIAL_FLUSH], ['Z_BLOCK', C.Z_BLOCK], ['Z_NO_FLUSH', C.Z_NO_FLUSH]]) {
    const out = await writes({ flush }, ['aaa', 'bbb', 'aaa']);
    const back = zlib.inflateRawSync(Buffer.from(out.join(''), 'hex')).toString();
    console.log('flush option', name, out, back);
  }
  for (const [name, kind] of [['sync', C.Z_SYNC_FLUSH], ['full', C.Z_FULL_FLUSH], ['partial', C.Z_PARTIAL_FLUSH],
    ['block', C.Z_BLOCK], ['finish', C.Z_FINISH]]) {
    const out = await writes({}, ['xyz', 'xyz'], [kind, undefined]);
    console.log('flush(kind)', name, out);
  }
  // finishFlush on a stream.
  const out = await writes({ finishFlush: C.Z_SYNC_FLUSH }, ['end with sync flush']);
  console.log('finishFlush sync', out, zlib.inflateRawSync(Buffer.from(out.join(''), 'hex'), { finishFlush: C.Z_SYNC_FLUSH }).toString());

  // Decompressing stream fed one compressed byte at a time with sync-flushed input.
  const inf = zlib.createInflateRaw();
  const got = [];
  inf.on('data', (c) => got.push(c.toString()));
  const packed = Buffer.from((await writes({ flush: C.Z_SYNC_FLUSH }, ['one ', 'two ', 'three'])).join(''), 'hex');
  for (const b of packed) inf.write(Buffer.from([b]));
  inf.end();
  inf.on('end', () => console.log('bytewise inflate', got.join('')));
})();
