'use strict';
// TextEncoderStream: strings in, UTF-8 bytes out; a surrogate pair split across two
// chunks is encoded as one character; a lone surrogate at the end becomes U+FFFD;
// empty chunks produce nothing.
async function encode(chunks) {
  const tes = new TextEncoderStream();
  const writer = tes.writable.getWriter();
  for (const c of chunks) writer.write(c);
  writer.close();
  const out = [];
  for await (const bytes of tes.readable) out.push(Buffer.from(bytes).toString('hex'));
  return out;
}
(async () => {
  console.log(await encode(['abc', 'd\u00e9f']));
  console.log(await encode(['\ud83d', '\ude00']));
  console.log(await encode(['x\ud83d', '\ude00y']));
  console.log(await encode(['\ud83d', '']));
  console.log(await encode(['\ud83d', 'a']));
  console.log(await encode(['\ude00']));
  console.log(await encode(['\ud83d']));
  console.log(await encode(['', '', 'z']));
  console.log(await encode([42, null, undefined, { toString() { return 'obj'; } }]));
  const tes = new TextEncoderStream();
  console.log(tes.encoding, tes.readable instanceof ReadableStream, tes.writable instanceof WritableStream);
  const chunk = (await tes.readable.getReader().read().then(() => null, () => null), null);
  const t2 = new TextEncoderStream();
  const w = t2.writable.getWriter();
  w.write('hi');
  const { value } = await t2.readable.getReader().read();
  console.log(value.constructor.name, value);
  // A Symbol chunk cannot be converted: the stream errors.
  const t3 = new TextEncoderStream();
  const w3 = t3.writable.getWriter();
  const r3 = t3.readable.getReader();
  await w3.write(Symbol('s')).catch((e) => console.log('write rejected', e.name));
  await r3.read().catch((e) => console.log('read rejected', e.name));
})();
