'use strict';
// Reading a Blob: text() (UTF-8 with replacement, a leading BOM dropped), arrayBuffer()
// (a fresh copy each time), bytes(), and when each promise settles relative to other
// promise jobs.
const order = [];
const blob = new Blob(['abc']);
blob.arrayBuffer().then(() => order.push('arrayBuffer'));
blob.text().then(() => order.push('text'));
blob.bytes().then(() => order.push('bytes'));
Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2'))
  .then(() => order.push('p3')).then(() => order.push('p4')).then(() => order.push('p5'));
process.nextTick(() => order.push('nextTick'));
queueMicrotask(() => order.push('microtask'));

(async () => {
  const ab1 = await blob.arrayBuffer();
  const ab2 = await blob.arrayBuffer();
  console.log(ab1, ab1 !== ab2, ab1.byteLength, ab1 instanceof ArrayBuffer);
  new Uint8Array(ab1)[0] = 122;
  console.log(await blob.text(), new Uint8Array(await blob.arrayBuffer())[0]);
  const bytes = await blob.bytes();
  console.log(bytes, bytes.constructor.name, bytes.byteOffset, bytes.buffer.byteLength);
  console.log(JSON.stringify(await new Blob(['\ufeffbom']).text()));
  console.log(JSON.stringify(await new Blob(['\ufeff\ufeffbom']).text()));
  console.log(JSON.stringify(await new Blob([new Uint8Array([0xef, 0xbb])]).text()));
  console.log(JSON.stringify(await new Blob([new Uint8Array([0x61, 0xff, 0xc3, 0x28, 0xe2, 0x82])]).text()));
  console.log(JSON.stringify(await new Blob([new Uint8Array([0xf0, 0x9f]), new Uint8Array([0x98, 0x80])]).text()));
  console.log(JSON.stringify(await new Blob([]).text()), (await new Blob().arrayBuffer()).byteLength,
    await new Blob().bytes());
  const many = new Blob(Array.from({ length: 1000 }, (_, i) => `${i % 10}`));
  console.log(many.size, (await many.text()).slice(0, 25));
  const large = new Blob([new Uint8Array(1 << 20).fill(7), 'tail']);
  const largeBytes = await large.bytes();
  console.log(large.size, largeBytes[0], largeBytes[(1 << 20) - 1], (await large.slice(-4).text()));
  console.log(await new Blob(['x']).text() === 'x', typeof blob.text().then);
  console.log(order);
})();
