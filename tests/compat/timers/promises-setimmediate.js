// timers/promises setImmediate resolves in the next check phase.
const tp = require('timers/promises');
tp.setImmediate('v1').then((v) => console.log('promise immediate', v));
setImmediate(() => console.log('callback immediate'));
tp.setImmediate().then((v) => console.log('no value', v));
tp.setImmediate(0, {}).then((v) => console.log('zero', v));
tp.setImmediate(null, { ref: true }).then((v) => console.log('null', v));
process.nextTick(() => console.log('tick'));
(async () => {
  for (let i = 0; i < 3; i++) {
    console.log('await', i, await tp.setImmediate(i));
  }
})();
