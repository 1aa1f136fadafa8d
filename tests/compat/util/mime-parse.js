// util.MIMEType parsing: case folding, whitespace, parameters and quoting.
const { MIMEType } = require('util');
const { show } = require('./_show');

const inputs = [
  'text/html',
  'Text/HTML; Charset="utf-8"',
  '  application/json  ;  charset=utf-8  ',
  '\r\n\ttext/plain',
  'text/plain;a=1;a=2;A=3',
  'text/plain;x="a\\"b\\\\c";y=',
  'a/b;x="unterminated  ',
  'a/b;x="a\\',
  'a/b;x="ab"cd;y=1',
  'a/b ; x = 1',
  'a/b;x=1 ;y=2 ',
  'a/b;\u00e9=1;x=\u00e9',
  'a/b;x="\u0100";y=\u0100',
  'a/b;x=a b',
  'a/b;x="";y=""',
  'a/b;;;x=1',
  'a/b;x;y=2',
  'a/b;x=1=2',
  'text/pl;ain',
  'text/html  ',
  'image/svg+xml;q=0.9',
  "a/b;k=!#$%&'*+-.^_`|~09AZaz",
];
for (const input of inputs) {
  const m = new MIMEType(input);
  console.log(JSON.stringify(input));
  console.log('  ', m.type, m.subtype, m.essence, JSON.stringify(`${m}`), show([...m.params]));
}
const m = new MIMEType('text/javascript;charset=utf-8');
console.log(JSON.stringify(m), JSON.stringify({ m }), m.toJSON() === m.toString());
console.log(String(new MIMEType({ toString() { return 'x/y;z=1'; } })));
console.log(new MIMEType(new MIMEType('A/B;C=D')).toString());
