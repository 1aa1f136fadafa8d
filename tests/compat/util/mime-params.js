// util.MIMEParams: a Map-like collection of MIME parameters.
const { MIMEType, MIMEParams } = require('util');
const { show, attempt } = require('./_show');

const p = new MIMEParams();
console.log(p.get('x'), p.has('x'), p.delete('x'), String(p), JSON.stringify(p));
p.set('A', 'B');
console.log(p.get('a'), p.get('A'), p.has('A'), String(p));
p.set('a', 'x y');
p.set('e', '');
p.set('q', 'a"b\\c;d');
p.set(1, 2);
console.log(String(p), p.get(1), p.get('1'));
console.log(show([...p.keys()]), show([...p.values()]), show([...p.entries()]), show([...p]));
p.delete('a');
console.log(String(p));
p.set('A', 'replaced');
console.log(String(p));
attempt('bad name', () => p.set('bad name', 'v'));
attempt('empty name', () => p.set('', 'v'));
attempt('bad value', () => p.set('n', 'a\u0000b'));
attempt('wide value', () => p.set('n', '\u0100'));
attempt('latin1 value', () => { p.set('n', '\u00ff\t'); return String(p); });
attempt('newline value', () => p.set('n', 'x\ny'));

const m = new MIMEType('text/plain;charset=utf-8');
m.params.set('format', 'flowed');
m.params.delete('charset');
console.log(String(m), m.params === m.params, m.params instanceof MIMEParams);
console.log(MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);
console.log(MIMEParams.prototype.toJSON === MIMEParams.prototype.toString);
console.log(Object.prototype.toString.call(p.entries()), typeof p.keys().next);
console.log(show(Object.getOwnPropertyNames(MIMEParams.prototype)));
for (const name of Object.getOwnPropertyNames(MIMEParams.prototype)) {
  const d = Object.getOwnPropertyDescriptor(MIMEParams.prototype, name);
  console.log(name, d.enumerable, d.writable, d.configurable, typeof d.value === 'function' ? d.value.length : '-');
}
