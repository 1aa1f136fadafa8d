// An interval whose callback takes longer than its period runs again one period after
// the previous call began, without catching up on missed calls.
function busyWait(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}
let n = 0;
const iv = setInterval(() => {
  n++;
  busyWait(15);
  if (n === 3) clearInterval(iv);
}, 5);
let other = 0;
const iv2 = setInterval(() => { other++; }, 1000);
setTimeout(() => {
  console.log('calls', n);
  clearInterval(iv2);
  console.log('other', other);
}, 300);
