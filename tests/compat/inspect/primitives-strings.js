// Quote choice: single quotes, then double, then backticks, then escaped single quotes.
const { inspect } = require('util');
const strings = ['', 'plain', "it's", 'say "hi"', 'it\'s "both"', 'it\'s "all" `three`',
  "it's \"dollar\" ${x}", 'back`tick', 'unicode \u00e9\u4e2d\u{1F600}', 'tab\there', 'nl\nhere',
  'cr\rhere', 'nul\0here', 'bell\x07', 'esc\x1b[31m', 'del\x7f', 'c1\x85\x9f', 'nbsp\xa0',
  'backslash\\', "quote ' and \\ backslash", 'vt\x0bff\x0c', 'bs\b'];
for (const s of strings) console.log(inspect(s));
console.log(strings);
console.log({ key: "it's" }, ["a'b", 'c"d']);
console.log('top-level strings print raw:', "it's", 'a\nb');
