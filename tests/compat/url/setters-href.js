// The href setter replaces everything, and throws ERR_INVALID_URL for bad input.
const { set } = require('./_common');
set('http://example.com/', 'href', 'https://other.org/x?y#z');
set('http://example.com/', 'href', 'sc:opaque');
set('http://example.com/', 'href', 'relative');
set('http://example.com/', 'href', '');
set('http://example.com/', 'href', 'http://[::1');
const url = new URL('http://example.com/?a=1');
const params = url.searchParams;
url.href = 'http://example.com/?b=2&c=3';
console.log([...params].join(';'), params === url.searchParams);
try {
  url.href = 'nope';
} catch (err) {
  console.log(err.name, err.code, err.message, JSON.stringify(err.input), 'base' in err);
}
console.log(url.href);
