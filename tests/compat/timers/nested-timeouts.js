// A timer created by a timer callback never runs in the same pass, even with the same
// duration; it waits for the next expiry.
let depth = 0;
function again() {
  depth++;
  console.log('depth', depth);
  if (depth < 4) setTimeout(again, 0);
  Promise.resolve().then(() => console.log('promise after', depth));
}
setTimeout(again, 0);
setTimeout(() => console.log('sibling'), 0);
