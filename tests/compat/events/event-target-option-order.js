'use strict';
// addEventListener, removeEventListener and the Event constructors read their
// options in node's order; getters (here a Proxy) can observe it.
function recorder(seen) {
  return new Proxy({}, {
    get(target, key) {
      seen.push(typeof key === 'symbol' ? key.description : key);
      return undefined;
    },
  });
}

const cases = {
  'addEventListener': (o) => new EventTarget().addEventListener('x', () => {}, o),
  'removeEventListener': (o) => new EventTarget().removeEventListener('x', () => {}, o),
  'Event': (o) => new Event('x', o),
  'CustomEvent': (o) => new CustomEvent('x', o),
};
for (const [name, fn] of Object.entries(cases)) {
  const seen = [];
  fn(recorder(seen));
  console.log(name, seen.join(', '));
}
