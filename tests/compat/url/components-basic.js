// Parsing absolute URLs: every component of each.
const { show } = require('./_common');
for (const input of [
  'https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash',
  'http://example.com',
  'HTTP://EXAMPLE.COM/PATH',
  'https://example.com:443/',
  'http://example.com:80/',
  'http://example.com:081/',
  'http://example.com:0/',
  'http://example.com:65535/',
  'http://example.com:/x',
  'http://user@example.com/',
  'http://:pass@example.com/',
  'http://user:@example.com/',
  'http://@example.com/',
  'http://a@b@c/',
  'http://example.com/a/./b/../c',
  'http://example.com/a/%2e/b/%2E%2e/c',
  'http://example.com/..',
  'http://example.com/a?',
  'http://example.com/a#',
  'http://example.com/a?#',
  'http://example.com/?a=1?b=2#c#d',
  '  http://example.com/trimmed  ',
  'http://exa\tmple.com/a\nb\rc',
  'http:\\\\example.com\\a\\b',
  'http:/example.com/',
  'http:example.com/',
  'https://example.com./',
  'http://EXAMPLE.com.:8080/',
]) {
  show(input);
}
