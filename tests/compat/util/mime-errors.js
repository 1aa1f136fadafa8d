// util.MIMEType: ERR_INVALID_MIME_SYNTAX for bad types and subtypes (with the offset
// of the first bad character when there is one).
const { MIMEType } = require('util');
const { attempt } = require('./_show');

const inputs = ['', ' ', '/', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml',
  '\u00e9/x', 'text/\u00e9', '  te xt/html', '\u000btext/html', 'text/html\u000b',
  'text/ html', 'te xt', 'text;/html', 'a/b/c', 'a/ ', 'text  ', 'text/plain\u0000x',
  'a/\t;x=1', 'text/(html)', 'text@/html'];
for (const input of inputs) attempt(JSON.stringify(input), () => `${new MIMEType(input)}`);
try {
  new MIMEType('bad');
} catch (e) {
  console.log(e instanceof TypeError, Object.keys(e).join(','), String(e));
}
