// String(err) and template literals on engine errors give V8's text (nodus rewrites the
// error when it is converted), as do the uncaughtException listener and console.log.
const results = [];
const attempts = [
  () => undefined.prop,
  () => { const o = {}; o.method(); },
  () => notDeclared + 1,
  () => { const n = null; n.x = 1; },
  () => JSON.parse('[1, 2'),
  () => 10n * 2,
  () => new (class A {})().missing(),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    results.push(String(e));
    results.push(`${e.name} via template: ${e}`.slice(0, 60));
  }
}
console.log(results.join('\n'));
