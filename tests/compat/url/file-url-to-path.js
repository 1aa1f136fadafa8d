// url.fileURLToPath() on POSIX and with the windows option.
const url = require('url');
const attempt = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
for (const input of ['file:///etc/passwd', 'file:///a%20b/c%25d', 'file:///a%2Fb', 'file:///a%2fb', 'file:///a%5Cb',
  'file://localhost/x', 'file://host/x', 'file:///%E2%82%AC', 'file:///C:/x', 'file:///', 'file:///x/?q#h',
  'http://x/', 'not a url', 'file:///%', 'file:///a%00b']) {
  attempt(`posix ${input}`, () => url.fileURLToPath(input));
  attempt(`url   ${input}`, () => url.fileURLToPath(new URL(input)));
}
for (const input of ['file:///C:/x/y', 'file:///c:/x%20y', 'file://host/share/x', 'file://xn--mnchen-3ya.de/s/x',
  'file:///x/y', 'file:///C:/a%5Cb', 'file:///C:/a%2Fb', 'file:///C:', 'file:///C:/']) {
  attempt(`win ${input}`, () => url.fileURLToPath(input, { windows: true }));
}
attempt('posix option', () => url.fileURLToPath('file:///C:/x', { windows: false }));
for (const bad of [1, null, undefined, {}, { href: 'file:///x' }]) {
  attempt(`bad ${JSON.stringify(bad)}`, () => url.fileURLToPath(bad));
}
attempt('url-like', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/dup%20' }));
attempt('legacy object', () => url.fileURLToPath(url.parse('file:///x')));
