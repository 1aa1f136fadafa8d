// The global console's own properties, their order and attributes.
const keys = Reflect.ownKeys(console);
console.log(keys.filter((k) => typeof k === 'string').join());
console.log(keys.filter((k) => typeof k === 'symbol').map((s) => s.description).join());
console.log(Object.keys(console).join());
for (const k of keys) {
  const d = Object.getOwnPropertyDescriptor(console, k);
  const kind = 'value' in d ? typeof d.value : `accessor get=${typeof d.get} set=${typeof d.set}`;
  console.log(String(k), kind, d.enumerable, d.writable, d.configurable);
}
const proto = Object.getPrototypeOf(console);
console.log(Reflect.ownKeys(proto).length, Object.getPrototypeOf(proto) === Object.prototype);
console.log(Object.prototype.toString.call(console), console[Symbol.toStringTag]);
console.log(console._ignoreErrors, console._times instanceof Map, console._times.size);
console.log(typeof console._stdoutErrorHandler, console._stdoutErrorHandler.length);
console.log(console._stdout === process.stdout, console._stderr === process.stderr);
