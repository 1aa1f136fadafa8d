'use strict';
// TextDecoderStream: a multi-byte character split across chunks is decoded whole; an
// incomplete sequence at the end becomes U+FFFD; BOM handling; other encodings.
async function decode(chunks, label, options) {
  const tds = new TextDecoderStream(label, options);
  const writer = tds.writable.getWriter();
  const reader = tds.readable.getReader();
  const out = [];
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      out.push(value);
    }
  })();
  for (const c of chunks) await writer.write(c);
  await writer.close().catch((e) => out.push(`close error ${e.name} ${e.code}`));
  await reading.catch((e) => out.push(`read error ${e.name} ${e.code}`));
  return JSON.stringify(out);
}
const u8 = (...b) => new Uint8Array(b);
(async () => {
  console.log(await decode([u8(0x68, 0x69)]));
  console.log(await decode([u8(0xe2), u8(0x82), u8(0xac)]));
  console.log(await decode([u8(0xf0, 0x9f), u8(0x98, 0x80), u8(0x21)]));
  console.log(await decode([u8(0x61, 0xe2, 0x82)]));
  console.log(await decode([u8(0xef, 0xbb), u8(0xbf, 0x41)]));
  console.log(await decode([u8(0xef, 0xbb, 0xbf, 0x41)], 'utf-8', { ignoreBOM: true }));
  console.log(await decode([u8(0x61, 0x00, 0x62), u8(0x00)], 'utf-16le'));
  console.log(await decode([u8(0xe9, 0x41)], 'latin1'));
  console.log(await decode([u8(0xff)], 'utf-8', { fatal: true }));
  console.log(await decode([u8(0xe2, 0x82)], 'utf-8', { fatal: true }));
  console.log(await decode([new Uint16Array([0x4241]), new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)]));
  const tds = new TextDecoderStream('utf8', { fatal: true, ignoreBOM: true });
  console.log(tds.encoding, tds.fatal, tds.ignoreBOM);
  const d2 = new TextDecoderStream(' UTF-16 ');
  console.log(d2.encoding, d2.fatal, d2.ignoreBOM);
  try {
    new TextDecoderStream('no-such-encoding');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    new TextDecoderStream('utf-8', 1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  // Chunks that are not buffer sources error the stream.
  const bad = new TextDecoderStream();
  const w = bad.writable.getWriter();
  const r = bad.readable.getReader();
  w.write('a string').catch((e) => console.log('write rejected', e.name, e.code, e.message));
  await r.read().catch((e) => console.log('read rejected', e.name, e.code));
})();
