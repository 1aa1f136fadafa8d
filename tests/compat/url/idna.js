// Internationalized hostnames (UTS #46 through the host parser) and domainToASCII /
// domainToUnicode.
const url = require('url');
const { show } = require('./_common');
for (const host of ['m\u00fcnchen.de', 'M\u00dcNCHEN.DE', 'xn--mnchen-3ya.de', 'fa\u00df.de', '\u4e2d\u6587.com',
  '\u0440\u0444.\u0440\u0444', '\u{1F4A9}.la', 'example\u3002com', '\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com',
  'a\u00adb.com', '\u0130.com', '\u0645\u062b\u0627\u0644.\u0625\u062e\u062a\u0628\u0627\u0631', 'xn--iñvalid.com',
  'a\u200db.com', 'ex%C3%A4mple.com', 'ex%E4mple.com', '\ufffd.com', '\u2488.com', 'a\u2024b.com']) {
  show(`https://${host}/path`);
}
for (const d of ['m\u00fcnchen.de', 'xn--mnchen-3ya.de', 'Example.COM', 'xn--iñvalid.com', '', ' ', 'a b', 'a/b', 'a:80',
  'a?b', 'a#b', '\tab\n', '[::1]', '[::1', '0x7f.1', '1.2.3.4.5', '\u4e2d\u6587.com', 'a@b', 'a..b', '.']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
for (const d of ['xn--mnchen-3ya.xn--fiq228c', 'xn--ls8h.la', 'foo.xn--p1ai', 'EXAMPLE.com', 'xn--e1afmkfd.xn--p1ai',
  'xn--80akhbyknj4f.com', 'xn--4gbrim.xn----ymcbaaajlc6dj7bxne2c.xn--wgbh1c', 'xn--ihqwcrb4cv8a8dqg056pqjye.com',
  'xn--10cl1a0b660p.com', 'xn--bcher-kva.example']) {
  console.log(JSON.stringify(d), url.domainToUnicode(d));
}
try {
  url.domainToASCII();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  url.domainToUnicode();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(url.domainToASCII(123), url.domainToUnicode({ toString: () => 'xn--ls8h' }));
