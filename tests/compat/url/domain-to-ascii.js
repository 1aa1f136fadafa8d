// url.domainToASCII / domainToUnicode over many inputs (the hostname setter's rules).
const url = require('url');
const inputs = ['example.com', 'EXAMPLE.com', 'm\u00fcnchen.de', 'b\u00fccher.example', '\u00e9.\u00e9', 'xn--bcher-kva.example',
  '\u0442\u0435\u0441\u0442.\u0440\u0444', '\u65e5\u672c.jp', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629.com',
  '\u05e2\u05d1\u05e8\u05d9\u05ea.il', 'a.b.c.d', '127.0.0.1', '0x7f.0.0.1', '1.2.3', '1.2.3.256', '[::1]', '[1::2]:80',
  'a%2eb', '%41%42', 'a%', 'a b', 'a|b', 'a^b', 'a<b', 'a>b', 'a[b', 'a]b', 'a\\b', '\u00a0', '\u3002', 'a\u3002b',
  '\uff41\uff42', '\u2160.com', '\u00bd.com', '\u00df', '\u03c2', '\u200c', 'a\u200cb', '\u0300a', '-a', 'a-', 'a--b', 'xn--ls8h', '\u{1F600}.com', 'a.'.repeat(40) + 'com', 'x'.repeat(64) + '.com'];
for (const d of inputs) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
