// url.parse(input, false, slashesDenoteHost).
const { parse } = require('./_legacy');
for (const input of ['//host/path', '//host', '//user@host:9/p?q#h', '///triple', '/single', 'host/path', '//',
  '//@', '//[::1]/x', 'http://h/p', '\\\\host\\path', '//host?q', '//h#f']) {
  parse(input, false, true);
  parse(input, false, false);
}
