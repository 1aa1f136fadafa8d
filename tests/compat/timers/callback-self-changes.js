// compat: stderr
// Timers changing their own state from inside their callbacks: refresh, clear, unref,
// re-activation through the legacy API, a removed callback, ref() after close(). (One
// log per timer: how the timers interleave is not the point.)
const log = {};
const note = (name, text) => (log[name] ??= []).push(text);
let aFires = 0;
const a = setTimeout(function() {
  note('a', `fires ${this._destroyed} ${this.hasRef()}`);
  if (++aFires < 3) this.refresh();
}, 1);
const b = setInterval(function() {
  note('b', 'fires');
  clearInterval(b);
  note('b', `after clear ${b._destroyed} ${b._idleTimeout} ${b.hasRef()}`);
}, 1);
const c = setTimeout(function() {
  note('c', 'fires');
  this.unref();
  note('c', `unref ${this.hasRef()}`);
}, 1);
const d = setTimeout(() => {
  const timers = require('timers');
  note('d', `destroyed during callback ${d._destroyed}`);
  if (!d.again) {
    d.again = true;
    timers.active(d);
    note('d', `active again ${d._destroyed}`);
  }
}, 2);
let eFires = 0;
const e = setInterval(() => {
  if (++eFires === 2) {
    e.unref();
    setTimeout(() => {
      note('e', `unref'd interval still running ${eFires > 2}`);
      clearInterval(e);
    }, 5);
  }
}, 1);
const f = setTimeout(() => note('f', 'never'), 1);
f._onTimeout = null;
const g = setTimeout(() => note('g', 'never'), 1);
g.close();
g.ref();
note('g', `hasRef after close+ref ${g.hasRef()}`);
const h = setInterval(() => {
  note('h', 'fires once');
  clearInterval(h);
}, 0);
process.on('exit', () => {
  for (const k of Object.keys(log).sort()) console.log(k, log[k].join(' | '));
});
