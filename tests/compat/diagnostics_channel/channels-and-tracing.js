const dc = require('diagnostics_channel');
const c = dc.channel('a');
console.log(c instanceof dc.Channel, c.hasSubscribers, dc.hasSubscribers('a'), dc.channel('a') === c);
const seen = [];
const fn = (m, n) => seen.push([m, n]);
c.subscribe(fn);
console.log(c instanceof dc.Channel, c.hasSubscribers, dc.hasSubscribers('a'));
c.publish({ x: 1 });
console.log(JSON.stringify(seen));
console.log(c.unsubscribe(fn), c.unsubscribe(fn), c.hasSubscribers);
try { dc.channel(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { c.subscribe(1); } catch (e) { console.log(e.name, e.code, e.message, c.hasSubscribers); }
try { dc.tracingChannel(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { dc.tracingChannel({start: 1}); } catch (e) { console.log(e.name, e.code, e.message); }
const t = dc.tracingChannel('op');
console.log(Object.keys(t), t.start.name, t.asyncEnd.name, t.hasSubscribers);
const log = [];
const h = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) h[ev] = (ctx, name) => log.push(ev + ':' + name + ':' + JSON.stringify(ctx, (k, v) => v instanceof Error ? v.message : v));
console.log(t.traceSync((a, b) => a + b, { id: 1 }, null, 2, 3), t.hasSubscribers);
t.subscribe(h);
console.log(t.hasSubscribers, t.traceSync(function (a, b) { return [this.k, a + b]; }, { id: 2 }, { k: 'K' }, 2, 3));
try { t.traceSync(() => { throw new Error('boom'); }, { id: 3 }); } catch (e) { console.log('caught', e.message); }
const s = { run(v, f) { log.push('store.run ' + JSON.stringify(v)); return f(); } };
t.start.bindStore(s, (d) => ({ wrapped: d.id }));
t.traceCallback((x, cb) => setImmediate(cb, null, x * 2), -1, { id: 4 }, null, 21, (err, r) => {
  log.push('cb ' + err + ' ' + r);
  t.tracePromise(async (v) => v + 1, { id: 5 }, null, 9).then((r) => {
    log.push('promise ' + r);
    return t.tracePromise(async () => { throw new Error('rej'); }, { id: 6 });
  }).catch((e) => {
    log.push('rejected ' + e.message);
    console.log(t.start.unbindStore(s), t.start.unbindStore(s), t.unsubscribe(h), t.unsubscribe(h), t.hasSubscribers);
    console.log(log.join('\n'));
    try { t.traceCallback(() => {}, -1, {}, null, 1); } catch (e) { console.log(e.code, e.message); }
    t.subscribe(h);
    try { t.traceCallback(() => {}, -1, {}, null, 1); } catch (e) { console.log(e.code, e.message); }
    dc.subscribe('thrower', () => { throw new Error('sub failed'); });
    dc.subscribe('thrower', (m) => console.log('second subscriber still ran', m));
    process.on('uncaughtException', (e) => console.log('uncaught', e.message));
    dc.channel('thrower').publish('msg');
    console.log('after publish');
    console.log(dc.unsubscribe('thrower', () => {}), dc.unsubscribe('nochan', () => {}));
  });
});
