// A Timeout converts to a numeric id that clearTimeout/clearInterval accept as a number
// or a string.
const t = setTimeout(() => console.log('t never'), 1);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0, `${t}` === String(id), +t === id);
console.log(typeof t[Symbol.toPrimitive], t[Symbol.toPrimitive]('string') === id);
clearTimeout(id);
console.log('cleared by number', t._destroyed, t._idleTimeout);

const t2 = setTimeout(() => console.log('t2 never'), 1);
clearTimeout(`${t2}`);
console.log('cleared by string', t2._destroyed);

const iv = setInterval(() => console.log('iv never'), 1);
clearInterval(+iv);
console.log('interval cleared by number', iv._destroyed);

const t3 = setTimeout(() => console.log('t3 runs: id of a timer never converted'), 1);
clearTimeout(+t3 + 1000);
clearTimeout(String(+t3) + ' ');
const t4 = setTimeout(() => console.log('t4 runs: not converted before clearTimeout(n)'), 1);
clearTimeout(+t3 + 1);

const t5 = setTimeout(() => {
  console.log('t5 runs');
  setTimeout(() => {
    // After firing the id is forgotten; clearing by it is a no-op.
    clearTimeout(id5);
    console.log('t5 destroyed', t5._destroyed);
  }, 1);
}, 1);
const id5 = +t5;
