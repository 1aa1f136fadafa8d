// compat: args=23
// Pseudo-random operations on 1 ms timers and intervals from inside their callbacks
// (clear, refresh, unref, create, throw, ticks and promise jobs). All timers share one
// duration, so the order is deterministic: a list runs first-in first-out.
let seed = +process.argv[2];
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const all = [];
const log = [];
let created = 0;
let budget = 60;
function make(kind) {
  const id = created++;
  let fires = 0;
  const fn = function() {
    fires++;
    log.push(`${id}${kind === 'i' ? 'i' : ''}`);
    if (--budget <= 0) { for (const t of all) clearTimeout(t); return; }
    const action = rnd(9);
    const other = all[rnd(all.length)];
    if (action === 0) clearTimeout(other);
    if (action === 1) make(rnd(3) === 0 ? 'i' : 't');
    if (action === 2) this.refresh();
    if (action === 3) process.nextTick(() => { clearTimeout(all[rnd(all.length)]); log.push('t'); });
    if (action === 4) Promise.resolve().then(() => { make('t'); log.push('p'); });
    if (action === 5) other.refresh();
    if (action === 6 && kind === 'i' && fires > 2) clearInterval(this);
    if (action === 7) { other.unref(); log.push(`u${other.hasRef()}`); }
    if (action === 8 && rnd(2)) throw new Error('x' + id);
  };
  const t = kind === 'i' ? setInterval(fn, 1) : setTimeout(fn, 1);
  all.push(t);
}
process.on('uncaughtException', (e) => log.push(e.message));
for (let i = 0; i < 10; i++) make(rnd(3) === 0 ? 'i' : 't');
for (let i = 0; i < 3; i++) clearTimeout(all[rnd(all.length)]);
process.on('exit', () => console.log(log.join(' ')));
