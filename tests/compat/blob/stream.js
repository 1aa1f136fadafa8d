'use strict';
// Blob.prototype.stream(): a byte ReadableStream with one chunk per part (a copy), that
// BYOB readers can read into their own buffers.
(async () => {
  const blob = new Blob(['abc', new Uint8Array([100, 101]), new Blob(['fgh'])]);
  const stream = blob.stream();
  console.log(stream, stream instanceof ReadableStream);
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  console.log(chunks);
  console.log(stream.locked, blob.stream() !== blob.stream());

  const reader = new Blob(['abc', 'def']).stream().getReader({ mode: 'byob' });
  console.log(await reader.read(new Uint8Array(2)));
  console.log(await reader.read(new Uint8Array(10)));
  console.log(await reader.read(new Uint8Array(10)));
  console.log(await reader.read(new Uint8Array(10)));

  const big = new Blob([new Uint8Array(200000).fill(1), 'x', new Blob([new Uint8Array(70000)])]);
  const sizes = [];
  let total = 0;
  for await (const chunk of big.stream()) {
    sizes.push(chunk.byteLength);
    total += chunk.reduce((a, b) => a + b, 0);
  }
  console.log(sizes, total);

  const empty = [];
  for await (const chunk of new Blob().stream()) empty.push(chunk);
  console.log(empty);

  // Chunks are copies: changing one does not change the Blob.
  const source = new Blob(['same']);
  const first = await source.stream().getReader().read();
  first.value[0] = 0;
  console.log(await source.text());

  const sliced = new Blob(['0123456789']).slice(2, 8);
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of sliced.stream()) text += decoder.decode(chunk, { stream: true });
  console.log(text);

  const cancelled = new Blob(['a', 'b', 'c']).stream();
  const cancelReader = cancelled.getReader();
  console.log(await cancelReader.read());
  await cancelReader.cancel('stop');
  console.log(await cancelReader.read());
})();
