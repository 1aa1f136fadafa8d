// Inside an immediate, a 0 ms timeout runs before a new immediate once at least a
// millisecond has passed (the busy wait makes that certain): the next loop iteration
// starts with the timers phase.
function busyWait(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}
setImmediate(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
  busyWait(5);
  console.log('first immediate done');
});
