// util.aborted(signal, resource) resolves when the signal aborts (a minimal signal object
// is enough: node checks only for an `aborted` property).
const util = require('util');

function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    abort() {
      this.aborted = true;
      for (const fn of listeners.splice(0)) fn({ type: 'abort' });
    },
    count() { return listeners.length; },
  };
}

const resource = {};
const signal = makeSignal();
const p = util.aborted(signal, resource);
console.log(p instanceof Promise, util.aborted.name, util.aborted.length);
p.then((v) => console.log('resolved', typeof v, v && v.type));
setTimeout(() => {
  console.log('listeners before abort', signal.count());
  signal.abort();
}, 5);

const done = makeSignal();
done.aborted = true;
util.aborted(done, {}).then((v) => console.log('already aborted resolves', v));
util.aborted(makeSignal(), () => {}).then(() => {}, (e) => console.log('function resource', e.code));
util.aborted(makeSignal(), []).then(() => {}, (e) => console.log('array resource', e.code));

const invalid = [[undefined, {}], [null, {}], [{}, {}], ['x', {}], [makeSignal(), 5],
  [makeSignal(), null], [makeSignal(), undefined], [makeSignal(), 'str']];
for (const [s, r] of invalid) {
  util.aborted(s, r).then(() => console.log('unexpected'), (e) => console.log(e.code, e.message));
}
