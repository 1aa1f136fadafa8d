// The options of the promise timers are read through their getters in node's sequence:
// each one is tested, then validated, then taken, so the reads (and where a bad value
// stops them) are observable.
'use strict';
const tp = require('timers/promises');

function options(reads, signal, ref) {
  return {
    get signal() { reads.push('signal'); return signal; },
    get ref() { reads.push('ref'); return ref; },
  };
}

const calls = [
  ['setTimeout', (o) => tp.setTimeout(1, 'v', o)],
  ['setImmediate', (o) => tp.setImmediate('v', o)],
  ['scheduler.wait', (o) => tp.scheduler.wait(1, o)],
  ['setInterval', (o) => {
    const it = tp.setInterval(1, 'v', o);
    return it.next().finally(() => it.return());
  }],
];

const cases = [
  ['both undefined', undefined, undefined],
  ['signal and ref', new AbortController().signal, true],
  ['bad ref', undefined, 'yes'],
  ['bad signal', 1, true],
  ['aborted signal', AbortSignal.abort('r'), false],
];

(async () => {
  for (const [name, call] of calls) {
    for (const [label, signal, ref] of cases) {
      const reads = [];
      const outcome = await call(options(reads, signal, ref))
        .then(() => 'resolved', (e) => `rejected ${e.code}`);
      console.log(`${name} ${label}: ${outcome}; reads ${reads.join(',')}`);
    }
  }
})();
