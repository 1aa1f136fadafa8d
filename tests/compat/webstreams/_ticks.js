'use strict';
// Shared by the webstreams golden tests: ticks(n, label) logs "label tick i" from a chain
// of n promise jobs, so events logged by a test show how many microtasks after the start
// of the chain they happened.
function ticks(n, label = '') {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) {
    p = p.then(() => console.log(`${label}tick ${i}`));
  }
  return p;
}

// A promise's outcome as a log line.
function settle(name, promise) {
  return promise.then(
    (v) => console.log(`${name} fulfilled`, v),
    (e) => console.log(`${name} rejected`, e?.code ?? '', e?.name ?? '', e?.message ?? e));
}

module.exports = { ticks, settle };
