// util.MIMEType accessors: type and subtype setters validate and lower-case.
const { MIMEType } = require('util');
const { show, attempt } = require('./_show');

const m = new MIMEType('text/plain;charset=utf-8');
m.type = 'Application';
m.subtype = 'JSON';
console.log(String(m), m.essence);
for (const v of ['', 'x y', 'X\u00e9', '\u00e9', 1, 'a/b']) {
  attempt(`type ${JSON.stringify(v)}`, () => { m.type = v; return m.type; });
  attempt(`subtype ${JSON.stringify(v)}`, () => { m.subtype = v; return m.subtype; });
}
console.log(String(m));
m.essence = 'ignored/ignored';
console.log(m.essence);
console.log(show(Object.keys(m)), show(Object.getOwnPropertyNames(MIMEType.prototype)));
for (const name of ['type', 'subtype', 'essence', 'params']) {
  const d = Object.getOwnPropertyDescriptor(MIMEType.prototype, name);
  console.log(name, d.enumerable, d.configurable, typeof d.get, typeof d.set);
}
const j = Object.getOwnPropertyDescriptor(MIMEType.prototype, 'toJSON');
console.log(j.enumerable, j.writable, j.configurable, j.value === MIMEType.prototype.toString);
console.log(MIMEType.name, MIMEType.length, typeof MIMEType);
try { MIMEType('a/b'); } catch (e) { console.log('without new', e instanceof TypeError); }
