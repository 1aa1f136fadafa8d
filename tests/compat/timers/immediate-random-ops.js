// compat: args=11
// Pseudo-random operations on immediates from inside their callbacks (clear others or
// itself, create more, from ticks and promise jobs, throw).
let seed = +process.argv[2];
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const all = [];
const log = [];
let created = 0;
function make(depth) {
  const id = created++;
  const im = setImmediate(() => {
    log.push(id);
    const action = rnd(6);
    if (action === 0 && all.length) clearImmediate(all[rnd(all.length)]);
    if (action === 1 && depth < 3) make(depth + 1);
    if (action === 2) process.nextTick(() => { if (all.length) clearImmediate(all[rnd(all.length)]); log.push('t'); });
    if (action === 3) Promise.resolve().then(() => { if (depth < 3) make(depth + 1); log.push('p'); });
    if (action === 4) { clearImmediate(im); clearImmediate(all[all.length - 1]); }
    if (action === 5 && rnd(2)) throw new Error('x' + id);
  });
  all.push(im);
}
process.on('uncaughtException', (e) => log.push(e.message));
for (let i = 0; i < 20; i++) make(0);
for (let i = 0; i < 5; i++) clearImmediate(all[rnd(all.length)]);
process.on('exit', () => console.log(log.join(' ')));
