// timers/promises setTimeout resolves with the value after the delay, interleaving with
// callback timers by expiry. (Created in increasing order of delay, so that a pause of
// the script between two statements cannot reorder them.)
const tp = require('timers/promises');
const log = [];
tp.setTimeout(1).then((v) => log.push(`no value ${v}`));
tp.setTimeout(undefined, 'undefined delay').then((v) => log.push(v));
tp.setTimeout(NaN, 'NaN delay').then((v) => log.push(v));
tp.setTimeout(-10, 'negative delay').then((v) => log.push(v));
tp.setTimeout(0.5, 'half delay').then((v) => log.push(v));
tp.setTimeout(3, 'three', {}).then((v) => log.push(v));
setTimeout(() => log.push('callback timer 3'), 3);
tp.setTimeout(3, 'three with ref true', { ref: true }).then((v) => log.push(v));
tp.setTimeout(3, 'three with signal undefined', { signal: undefined }).then((v) => log.push(v));
const p = tp.setTimeout(5, 'five');
p.then((v) => log.push(`resolved ${v}`));
tp.setTimeout(10, { obj: true }).then((v) => log.push(`object value ${v.obj}`));
console.log(p instanceof Promise);
console.log(tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length);
console.log(Object.keys(tp).join(), tp === require('node:timers/promises'));
(async () => {
  const v = await tp.setTimeout(20, 'awaited');
  log.push(v);
  console.log(log.join('\n'));
  const start = Date.now();
  await tp.setTimeout(30);
  console.log('waited at least 25ms', Date.now() - start >= 25);
})();
