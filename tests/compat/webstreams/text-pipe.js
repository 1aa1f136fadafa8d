'use strict';
// Text streams in pipes: bytes split at arbitrary points round-trip through
// TextDecoderStream and TextEncoderStream unchanged.
(async () => {
  const text = 'h\u00e9llo \u20ac \ud83d\ude00 w\u00f6rld';
  const bytes = new TextEncoder().encode(text);
  for (const size of [1, 2, 3, 5]) {
    const chunks = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
    const decoded = [];
    await ReadableStream.from(chunks)
      .pipeThrough(new TextDecoderStream())
      .pipeTo(new WritableStream({ write(s) { decoded.push(s); } }));
    const joined = decoded.join('');
    const reencoded = [];
    await ReadableStream.from(decoded)
      .pipeThrough(new TextEncoderStream())
      .pipeTo(new WritableStream({ write(b) { reencoded.push(...b); } }));
    console.log(size, decoded.length, joined === text, Buffer.from(reencoded).equals(Buffer.from(bytes)));
  }
})();
