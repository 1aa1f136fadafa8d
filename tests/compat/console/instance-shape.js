// The own properties of a Console instance.
const { Console } = require('console');
const Collector = require('./_stream');
const c = new Console(new Collector());
const keys = Reflect.ownKeys(c);
console.log(keys.filter((k) => typeof k === 'string').join());
console.log(keys.filter((k) => typeof k === 'symbol').map((s) => s.description).join());
for (const k of keys) {
  const d = Object.getOwnPropertyDescriptor(c, k);
  const v = d.value;
  const kind = typeof v === 'function' ? `function ${v.name}/${v.length}` : typeof v;
  console.log(String(k), kind, d.enumerable, d.writable, d.configurable);
}
console.log(c.log === Console.prototype.log, c.log !== new Console(new Collector()).log);
