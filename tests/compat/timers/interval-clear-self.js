// An interval that clears itself from its own callback stops; `this` is the timer.
const log = { iv: [], iv2: [], iv3: [] };
let n = 0;
const iv = setInterval(function(a, b) {
  n++;
  log.iv.push(`${n} ${a} ${b} ${this === iv}`);
  if (n === 3) {
    clearInterval(this);
    log.iv.push(`cleared ${iv._idleTimeout} ${iv._destroyed} ${iv.hasRef()}`);
  }
}, 1, 'x', 'y');
const iv2 = setInterval(() => {
  log.iv2.push('once');
  clearTimeout(iv2);
}, 2);
let m = 0;
const iv3 = setInterval(() => {
  m++;
  log.iv3.push(m);
  if (m === 2) iv3.close();
}, 1);
process.on('exit', () => {
  console.log(log.iv.join(', '));
  console.log(log.iv2.join(', '));
  console.log(log.iv3.join(', '));
});
