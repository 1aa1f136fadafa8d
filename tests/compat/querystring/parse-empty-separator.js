'use strict';
// A separator or equals sign that is truthy but whose string is empty never
// matches: node then keeps what precedes the first '=' and drops the rest.
const qs = require('querystring');
const empty = { toString() { return ''; } };
for (const sep of [[], empty, '', ['&'], 0, false]) {
  for (const eq of [undefined, [], '', ['='], 0]) {
    for (const input of ['a=1&b=2=3;c', 'a+b=c+d&e', 'abc', '=x', '%41=%42']) {
      const r = qs.parse(input, sep, eq);
      console.log(JSON.stringify(String(sep)), JSON.stringify(String(eq)), input, JSON.stringify(r));
    }
  }
}
console.log(JSON.stringify(qs.parse('a=1&b=2', [], '', { maxKeys: 1 })));
console.log(JSON.stringify(qs.parse('a%20b=1', [], null, { decodeURIComponent: (s) => `<${s}>` })));
