// Errors the engine throws itself look like V8's.
const { inspect } = require('util');
Error.stackTraceLimit = 0;
const caught = [];
function run(fn) {
  try { fn(); } catch (e) { caught.push(e); }
}
run(() => null.prop);
run(() => undefined.prop.deeper);
run(() => undeclaredVariable);
run(() => (void 0)());
run(() => new Array(-1));
run(() => JSON.parse('{bad'));
run(() => 1n + 1);
run(() => { const obj = {}; obj.method(); });
for (const e of caught) {
  console.log(inspect(e));
  console.log(Object.keys(e), Object.getOwnPropertyNames(e).sort());
}
console.log(caught.map((e) => e.constructor.name));
