// Legacy API errors.
const url = require('url');
const attempt = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message, JSON.stringify(err.input), JSON.stringify(Object.keys(err)));
  }
};
for (const bad of [undefined, null, 1, {}, ['http://h'], true]) {
  attempt(`parse(${JSON.stringify(bad)})`, () => url.parse(bad));
}
attempt('resolve(1, x)', () => url.resolve(1, 'x'));
attempt('resolve(x, 1)', () => url.resolve('http://h/', 1));
attempt('bad idna', () => url.parse('http://xn--iñvalid.com/'));
attempt('zwj', () => url.parse('http://a\u200db.com/'));
attempt('forbidden after idna', () => url.parse('http://a\uff03b/'));
attempt('bad ipv6', () => url.parse('http://[a b]/'));
attempt('bad ipv6 chars', () => url.parse('http://[::1%x]/'));
attempt('nul', () => url.parse('http://a\u0000b/'));
attempt('lone surrogate auth', () => url.format({ auth: '\ud800', host: 'h' }));
attempt('pair auth', () => url.format({ auth: '\ud83d\ude00', host: 'h' }));
attempt('bad percent auth', () => url.parse('http://%zz@h/').auth);
