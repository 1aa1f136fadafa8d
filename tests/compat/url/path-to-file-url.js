// url.pathToFileURL() with node's escaping (%, \, newline, CR, tab, ?, #) and the windows
// option. Relative paths resolve against the working directory (printed relative to it).
const url = require('url');
const cwd = url.pathToFileURL(process.cwd()).href;
const rel = (href) => (href.startsWith(cwd) ? `<cwd>${href.slice(cwd.length)}` : href);
const attempt = (label, fn) => {
  try {
    console.log(label, rel(fn().href));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
for (const p of ['/', '/etc/passwd', '/a b/c', '/a%b', '/a\\b', '/a\nb', '/a\rb', '/a\tb', '/a?b#c', '/\u00e9\u20ac\u{1F600}',
  '/dir/', '/dir/../x', '/a//b', '/x/.', 'relative/file', 'relative/dir/', '.', '', '/%2F', '/a"b<c>d^e`f{g}h|i',
  '/[x]', '/~user', '/a;b=c', '/\u0001']) {
  attempt(JSON.stringify(p), () => url.pathToFileURL(p));
}
for (const p of ['C:\\a b\\c', 'C:\\dir\\', 'c:/x/y', '\\\\server\\share\\x y', '\\\\server\\share\\', '\\\\?\\UNC\\srv\\s\\f',
  '\\\\server', '\\\\\\x', 'C:\\a%b\\c#d', 'C:\\a\\b?c', '\\\\m\u00fcnchen\\s\\f']) {
  attempt(`win ${JSON.stringify(p)}`, () => url.pathToFileURL(p, { windows: true }));
}
attempt('windows false', () => url.pathToFileURL('/x\\y', { windows: false }));
for (const bad of [123, null, undefined, {}, Buffer.from('/x')]) {
  attempt(`bad ${typeof bad}`, () => url.pathToFileURL(bad));
}
attempt('windows option truthy string', () => url.pathToFileURL('/x', { windows: 'yes' }));
