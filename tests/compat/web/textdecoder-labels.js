'use strict';
// Only ASCII whitespace is stripped around an encoding label; a UTF-16 high surrogate at
// the end of a streamed chunk waits for its low half.
for (const ws of ['\t', '\n', '\f', '\r', ' ', '\0', '\v', '\u00a0', '\u2028', '\u2029']) {
  for (const label of [`${ws}utf-8`, `utf-16le${ws}`, `${ws}latin1${ws}`]) {
    try {
      console.log(JSON.stringify(label), new TextDecoder(label).encoding);
    } catch (e) {
      console.log(JSON.stringify(label), e.name, e.code);
    }
  }
}
const bytes = [0x41, 0x00, 0x3d, 0xd8, 0x4d, 0xdc, 0x00, 0xd8, 0x00, 0xdc, 0xff, 0xdb, 0xff, 0xdf];
for (const enc of ['utf-16le', 'utf-16be']) {
  const input = enc === 'utf-16le' ? bytes : bytes.map((_, i) => bytes[i ^ 1]);
  for (let size = 1; size <= 5; size++) {
    const d = new TextDecoder(enc);
    let out = '';
    for (let i = 0; i < input.length; i += size) {
      out += d.decode(new Uint8Array(input.slice(i, i + size)), { stream: true });
    }
    out += d.decode();
    console.log(enc, size, JSON.stringify(out));
  }
}
const lone = new TextDecoder('utf-16le');
console.log(JSON.stringify(lone.decode(new Uint8Array([0x3d, 0xd8]), { stream: true })),
            JSON.stringify(lone.decode()));
