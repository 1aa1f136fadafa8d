'use strict';
// CompressionStream and DecompressionStream: round trips in each format, a pipeline,
// chunks as Uint8Arrays, errors for corrupt and truncated input and bad formats.
// (Compressed bytes depend on the zlib build, so only decompressed data is printed.)
async function collect(readable) {
  const chunks = [];
  for await (const c of readable) chunks.push(c);
  return chunks;
}
(async () => {
  const text = 'streams '.repeat(500) + '\u20ac\ud83d\ude00';
  const input = new TextEncoder().encode(text);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const cs = new CompressionStream(format);
    const writer = cs.writable.getWriter();
    writer.write(input.subarray(0, 1000));
    writer.write(input.subarray(1000));
    writer.close();
    const compressed = await collect(cs.readable);
    const all = Buffer.concat(compressed);
    const ds = new DecompressionStream(format);
    const dw = ds.writable.getWriter();
    for (let i = 0; i < all.length; i += 7) dw.write(all.subarray(i, i + 7));
    dw.close();
    const out = Buffer.concat(await collect(ds.readable)).toString();
    console.log(format, compressed.every((c) => c.constructor === Uint8Array),
                all.length < input.length, out === text);
  }
  const decoded = [];
  await ReadableStream.from([input])
    .pipeThrough(new CompressionStream('gzip'))
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeThrough(new TextDecoderStream())
    .pipeTo(new WritableStream({ write(s) { decoded.push(s); } }));
  console.log('pipeline', decoded.join('') === text);
  // Corrupt and truncated input.
  for (const [format, bytes] of [['deflate', [1, 2, 3, 4]], ['gzip', [0x1f, 0x8b]]]) {
    const ds = new DecompressionStream(format);
    const w = ds.writable.getWriter();
    const r = ds.readable.getReader();
    w.write(new Uint8Array(bytes)).catch(() => {});
    const closing = w.close().catch((e) => console.log(format, 'close rejected', e.name, e.code, e.message));
    await r.read().catch((e) => console.log(format, 'read rejected', e.name, e.code, e.message));
    await closing;
  }
  for (const format of ['br', 'GZIP', undefined, '']) {
    try {
      new CompressionStream(format);
    } catch (e) {
      console.log(JSON.stringify(format), e.name, e.code, e.message);
    }
  }
  console.log(new DecompressionStream('deflate-raw'));
})();
