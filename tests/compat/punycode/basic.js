const punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode).join(), Object.keys(punycode.ucs2).join());
for (const s of ['', 'abc', 'mañana', 'bücher', '\u2603-\u2318', '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587', '\ud83d\ude00', 'ab-cd', 'MajiでKoiする5秒前', '-> $1.00 <-']) {
  const enc = punycode.encode(s);
  console.log(JSON.stringify(s), enc, punycode.decode(enc) === s);
}
for (const d of ['mañana.com', 'user@mañana.com', 'a.b\u3002c\uff0ed\uff61e', 'xn--maana-pta.com', 'EXAMPLE.com', '\u2603.net', '']) {
  console.log(JSON.stringify(d), punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d)));
}
console.log(punycode.toUnicode('xn--MAANA-PTA.com'), punycode.ucs2.decode('\ud83d\ude00a\ud800'), punycode.ucs2.encode([0x1f600, 97]));
for (const bad of ['\u0080-', 'a-9999999999999', 'a-!', 'xn--']) {
  try {
    console.log(JSON.stringify(punycode.decode(bad)));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
