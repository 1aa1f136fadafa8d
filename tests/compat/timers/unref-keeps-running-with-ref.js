// Unreferenced timers still fire while something referenced keeps the loop running.
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 1);
iv.unref();
setTimeout(() => {
  console.log('unref interval ran', ticks > 0);
  const t = setTimeout(() => console.log('unref timeout ran'), 1).unref();
  setTimeout(() => console.log('ref timeout', t.hasRef()), 20);
}, 20);
