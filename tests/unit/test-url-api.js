'use strict';
// Flags: --expose-internals
// URL behaviour the golden tests cannot cover because the local node (v20) predates it
// or differs from the current URL Standard, plus robustness on hostile input.
const assert = require('assert');
const url = require('url');

// URL.parse (node 22): null instead of throwing.
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('x', 'also nope'), null);
assert.strictEqual(URL.parse('x', 'http://h/a/b').href, 'http://h/a/x');
assert.ok(URL.parse('http://h/') instanceof URL);
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.parse.length, 1);

// The current Standard: ASCII hosts are not IDNA-validated, '^' is escaped in paths, a
// space before '?' or '#' in an opaque path is escaped.
assert.strictEqual(new URL('http://xn--a/').host, 'xn--a');
assert.strictEqual(new URL('https://a.b.c.XN--pokxncvks/').host, 'a.b.c.xn--pokxncvks');
assert.strictEqual(new URL('http://h/a^b').pathname, '/a%5Eb');
assert.strictEqual(new URL('sc:a ?q').href, 'sc:a%20?q');
assert.strictEqual(new URL('sc:a  #f').pathname, 'a %20');
// UTS #46 15.1 data on top of ICU's older tables.
assert.strictEqual(new URL('https://\u1E9E.com/').host, 'xn--zca.com');
assert.strictEqual(new URL('https://look\u180Eout.net/').host, 'lookout.net');
assert.throws(() => new URL('https://look\u202Eout.net/'), { code: 'ERR_INVALID_URL' });

// Lone surrogates, NULs and controls never crash and are encoded.
assert.strictEqual(new URL('http://h/\ud800?\udc00#\ud800').href, 'http://h/%EF%BF%BD?%EF%BF%BD#%EF%BF%BD');
assert.strictEqual(new URL('http://h/\u0000x').pathname, '/%00x');
assert.strictEqual(URL.canParse('http://\ud800/'), false);
const u = new URL('http://h/');
u.hash = '\udfff';
assert.strictEqual(u.hash, '#%EF%BF%BD');
u.username = '\ud800';
assert.strictEqual(u.username, '%EF%BF%BD');

// Large inputs stay linear and bounded.
const long = `http://h/${'a/'.repeat(100000)}?${'q'.repeat(100000)}#${'\u00e9'.repeat(50000)}`;
const big = new URL(long);
assert.strictEqual(big.pathname.length, 200001);
assert.strictEqual(big.hash.length, 1 + 50000 * 6);
const dots = new URL(`http://h/${'../'.repeat(50000)}x`);
assert.strictEqual(dots.pathname, '/x');
const port = new URL('http://h/');
port.port = '9'.repeat(1000);
assert.strictEqual(port.port, '');
assert.strictEqual(URL.canParse(`http://${'a'.repeat(100000)}.com/`), true);
assert.strictEqual(URL.canParse(`http://${'\u00e9'.repeat(1000)}.com/`), true);
assert.strictEqual(URL.canParse(`http://[${'1:'.repeat(1000)}]/`), false);
assert.strictEqual(URL.canParse(`http://${'9'.repeat(1000)}/`), false);

// searchParams stays in sync both ways and keeps its identity.
const s = new URL('http://h/?a=1#f');
const params = s.searchParams;
params.append('b', '\u00e9 x');
assert.strictEqual(s.href, 'http://h/?a=1&b=%C3%A9+x#f');
s.search = '?c=3';
assert.deepStrictEqual([...params], [['c', '3']]);
assert.strictEqual(s.searchParams, params);
params.delete('c');
assert.strictEqual(s.href, 'http://h/#f');

// Blob URL hooks: createObjectURL accepts what the Blob implementation recognises.
const internal = require('internal/url');
const fake = { blob: true };
internal.setBlobHooks((v) => v === fake);
const blobURL = URL.createObjectURL(fake);
assert.match(blobURL, /^blob:nodedata:/);
assert.strictEqual(internal.resolveObjectURL(blobURL), fake);
assert.strictEqual(new URL(blobURL).origin, 'null');
URL.revokeObjectURL(blobURL);
assert.strictEqual(internal.resolveObjectURL(blobURL), undefined);
assert.throws(() => URL.createObjectURL({}), { code: 'ERR_INVALID_ARG_TYPE' });
internal.setBlobHooks(null);

// isURL duck typing (node 22).
assert.strictEqual(internal.isURL(new URL('http://h/')), true);
assert.strictEqual(internal.isURL(url.parse('http://h/')), false);
assert.strictEqual(internal.isURL({ href: 'x', protocol: 'y:' }), true);

// Setters on every component, through the C binding, keep the href re-parseable.
const targets = ['http://u:p@h:1/p?q#f', 'file:///C:/x', 'sc://h/p', 'sc:opaque', 'sc:/p'];
const values = ['', 'x', ' ', '/', '?', '#', ':', '@', '[::1]', '\u00e9', '%41', '..', 'C:', '\t'];
for (const href of targets) {
  for (const field of ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
    'search', 'hash']) {
    for (const value of values) {
      const target = new URL(href);
      target[field] = value;
      assert.strictEqual(new URL(target.href).href, target.href, `${href} ${field}=${value}`);
    }
  }
}
