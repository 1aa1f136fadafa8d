// Inputs that are not URLs: ERR_INVALID_URL with input and base, canParse false,
// URL.parse null.
for (const [input, base] of [['', undefined], ['foo', undefined], ['foo', 'bar'], ['http://', undefined],
  ['http://:80', undefined], ['http://a:99999', undefined], ['http://a:b', undefined], ['http://a b/', undefined],
  ['http://a<b/', undefined], ['http://[::1/', undefined], ['http://1.2.3.4.5/', undefined], ['http://256.1.1.1/', undefined],
  ['http://%/', undefined], ['http://%41%/', undefined], ['http://xn--iñvalid/', undefined], ['http://user@/', undefined],
  ['//x', undefined], ['/path', 'sc:opaque'], ['x', 'not a url'], ['sc://a b/', undefined], ['sc://[/', undefined],
  ['http://\u0000/', undefined], [' ', undefined], ['https://ex%00ample.com/', undefined]]) {
  try {
    new URL(input, base);
    console.log(JSON.stringify(input), 'parsed');
  } catch (err) {
    console.log(JSON.stringify(input), JSON.stringify(base), err.name, err.code, err.message,
                JSON.stringify(err.input), JSON.stringify(err.base), JSON.stringify(Object.keys(err)),
                err instanceof TypeError);
  }
  console.log('  canParse', URL.canParse(input, base));
}
try {
  new URL();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  new URL(Symbol('s'));
} catch (err) {
  console.log('symbol', err.name);
}
try {
  new URL({ toString() { throw new Error('from toString'); } });
} catch (err) {
  console.log(err.message);
}
console.log(new URL({ toString: () => 'http://obj.example/' }).href);
console.log(new URL('http://x/', undefined).href);
try {
  new URL('x', null);
} catch (err) {
  console.log('null base', err.code, err.base);
}
