// timers/promises setInterval is an async iterator yielding the value every period;
// break/return clears it so the process can exit.
const tp = require('timers/promises');
(async () => {
  const it = tp.setInterval(2, 'tick');
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  let n = 0;
  for await (const v of it) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('after break', await it.next());

  const it2 = tp.setInterval(1);
  console.log(await it2.next());
  console.log(await it2.return('r'));
  console.log(await it2.next());

  // Periods that pass while the consumer is busy are delivered afterwards, one each.
  const it3 = tp.setInterval(5, 'slow');
  console.log((await it3.next()).value);
  await tp.setTimeout(30);
  let burst = 0;
  const until = tp.setTimeout(2, 'stop');
  while (true) {
    const r = await Promise.race([it3.next(), until]);
    if (r === 'stop') break;
    burst++;
  }
  console.log('buffered ticks delivered', burst >= 1);
  await it3.return();
  console.log('done');
})();
