// TextDecoder's legacy encodings (decoded by ICU, as in node built with full ICU): every
// label of the Encoding Standard maps to node's encoding name or is rejected as node
// rejects it; pseudo-random bytes decode identically whole, streamed in two-byte chunks and
// fatally; every two-byte and BMP four-byte GB18030 sequence decodes as node decodes it.
const labels = ['unicode-1-1-utf-8', 'utf-8', 'utf8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8', '866', 'cp866', 'csibm866', 'ibm866', 'csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2', 'csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3', 'csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4', 'csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988', 'arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987', 'csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek', 'csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual', 'csiso88598i', 'iso-8859-8-i', 'logical', 'csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6', 'iso-8859-13', 'iso8859-13', 'iso885913', 'iso-8859-14', 'iso8859-14', 'iso885914', 'csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9', 'iso-8859-16', 'cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r', 'koi8-ru', 'koi8-u', 'csmacintosh', 'mac', 'macintosh', 'x-mac-roman', 'dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874', 'cp1250', 'windows-1250', 'x-cp1250', 'cp1251', 'windows-1251', 'x-cp1251', 'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252', 'cp1253', 'windows-1253', 'x-cp1253', 'cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254', 'cp1255', 'windows-1255', 'x-cp1255', 'cp1256', 'windows-1256', 'x-cp1256', 'cp1257', 'windows-1257', 'x-cp1257', 'cp1258', 'windows-1258', 'x-cp1258', 'x-mac-cyrillic', 'x-mac-ukrainian', 'chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk', 'gb18030', 'big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp', 'csiso2022jp', 'iso-2022-jp', 'csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis', 'cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949', 'csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'utf-16be', 'unicodefffe', 'utf-16', 'utf-16le', 'csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'x-user-defined'];
for (const label of labels) {
  for (const spelling of [label, ` ${label.toUpperCase()}\n`]) {
    try {
      const d = new TextDecoder(spelling);
      if (spelling === label) console.log(label, '->', d.encoding);
    } catch (e) {
      console.log(JSON.stringify(spelling), e.name, e.code, e.message);
    }
  }
}

const names = ['big5', 'euc-jp', 'euc-kr', 'gb18030', 'gbk', 'ibm866', 'iso-2022-jp',
  'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-2', 'iso-8859-3',
  'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i',
  'koi8-r', 'koi8-u', 'macintosh', 'shift_jis', 'windows-1250', 'windows-1251',
  'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
  'windows-1258', 'windows-874', 'x-mac-cyrillic'];
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
const digest = (s) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
};
for (const name of names) {
  const results = [];
  for (let t = 0; t < 300; t++) {
    const len = rnd() % 12;
    const bytes = new Uint8Array(len);
    for (let i = 0; i < len; i++) bytes[i] = t % 3 === 0 ? rnd() % 256 : 0x80 + rnd() % 128;
    if (name === 'iso-2022-jp' && t % 7 === 0) bytes.set([0x1b, 0x24, 0x42].slice(0, Math.min(3, len)));
    const whole = new TextDecoder(name).decode(bytes);
    // node (its ICU glue) throws from a non-fatal streaming GB18030 decoder when a
    // four-byte sequence begun in one chunk turns out invalid in the next; nodus emits
    // U+FFFD as the Encoding Standard says (docs/encoding.md), so GB18030 is not streamed.
    let streamed = whole;
    if (name !== 'gb18030') {
      const decoder = new TextDecoder(name);
      streamed = '';
      for (let i = 0; i < len; i += 2) streamed += decoder.decode(bytes.subarray(i, i + 2), { stream: true });
      streamed += decoder.decode();
    }
    let fatal;
    try {
      fatal = new TextDecoder(name, { fatal: true }).decode(bytes);
    } catch (e) {
      fatal = `${e.name} ${e.code} ${e.message}`;
    }
    results.push([whole, streamed, fatal]);
  }
  console.log(name, digest(JSON.stringify(results)), JSON.stringify(results[4]), JSON.stringify(results[9]));
}

const sequences = [];
for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) sequences.push([a, b]);
for (let a = 0x81; a <= 0x84; a++) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) sequences.push([a, b, c, d]);
sequences.push([0x80], [0xff], [0x81], [0x81, 0x30], [0x81, 0x30, 0x81]);
const gb = sequences.map((s) => new TextDecoder('gb18030').decode(Uint8Array.from(s)));
console.log('gb18030 sequences', gb.length, digest(gb.join('|')));
console.log(JSON.stringify(gb.slice(6550, 6560)), JSON.stringify(gb.slice(-5)));

// Shift state and split characters across chunks, with other view types as input.
const sjis = new TextDecoder('shift_jis');
console.log(JSON.stringify([sjis.decode(Uint8Array.of(0x82), { stream: true }), sjis.decode(new DataView(Uint8Array.of(0xa0, 0x41).buffer))]));
const jis = new TextDecoder('iso-2022-jp');
console.log(JSON.stringify(jis.decode(Uint8Array.of(0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x41).buffer)));
const eucFatal = new TextDecoder('euc-kr', { fatal: true });
try { eucFatal.decode(Uint8Array.of(0xb0), { stream: false }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify(eucFatal.decode(Uint8Array.of(0xb0, 0xa1))));
console.log(new TextDecoder('latin2'), new TextDecoder('sjis', { fatal: true, ignoreBOM: true }));
for (const bad of [undefined, null, 'utf-32', 'x-user-defined', 'iso-8859-16', 'replacement', 'hz-gb-2312', '']) {
  try { console.log(bad, new TextDecoder(bad).encoding); } catch (e) { console.log(bad, e.name, e.code, e.message); }
}
try { new TextDecoder('big5').decode('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
// Each kind of decoder words a bad input its own way in node.
for (const name of ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'big5', 'koi8-r']) {
  for (const bad of ['abc', 5, null, [1, 2], {}]) {
    try { new TextDecoder(name).decode(bad); } catch (e) { console.log(name, JSON.stringify(bad), e.name, e.code, e.message); }
  }
}
