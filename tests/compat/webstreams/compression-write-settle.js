'use strict';
// A write to a (De)CompressionStream settles once zlib has taken the chunk, so a zlib
// error found later rejects the stream's other promises but not that write.
const zlib = require('zlib');

async function run(label, stream, chunks) {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const events = [];
  for (const [i, c] of chunks.entries()) {
    writer.write(c).then(() => events.push(`write ${i} ok`),
                         (e) => events.push(`write ${i} rejected ${e.code}`));
  }
  const closing = writer.close().then(() => events.push('close ok'),
                                      (e) => events.push(`close rejected ${e.code}`));
  const out = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      out.push(Buffer.from(value));
    }
    events.push('read done');
  } catch (e) {
    events.push(`read rejected ${e.code} ${e.message}`);
  }
  await closing;
  await writer.closed.then(() => events.push('closed ok'),
                           (e) => events.push(`closed rejected ${e.code}`));
  console.log(label, events.sort());
  return Buffer.concat(out);
}

(async () => {
  await run('bad deflate', new DecompressionStream('deflate'), [new Uint8Array([1, 2, 3])]);
  await run('bad gzip two chunks', new DecompressionStream('gzip'),
            [new Uint8Array([0x1f, 0x8b, 8, 0]), new Uint8Array([9, 9, 9, 9, 9, 9])]);
  const gz = await run('compress', new CompressionStream('gzip'), [new Uint8Array([104, 105])]);
  console.log('round trip:', zlib.gunzipSync(gz).toString());
  const good = zlib.deflateRawSync('hello');
  const plain = await run('good raw', new DecompressionStream('deflate-raw'),
                          [good.subarray(0, 3), good.subarray(3)]);
  console.log('decompressed:', plain.toString());
})();
