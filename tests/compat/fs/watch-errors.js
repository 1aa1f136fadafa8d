// fs.watch / fs.watchFile / fs.unwatchFile argument validation and start failures.
const fs = require('fs');
const { show, p, scrub } = require('./_tmp');
fs.writeFileSync(p('f'), 'x');
const tries = [
  ['number path', [123]],
  ['missing', [p('nonexistent')]],
  ['missing recursive', [p('nonexistent'), { recursive: true }]],
  ['bad recursive', [p('nonexistent'), { recursive: 'x' }]],
  ['bad encoding string', [123, 'bogus']],
  ['bad encoding option', [p('f'), { encoding: 'bogus' }]],
  ['bad options type', [p('f'), 42]],
  ['bad signal', [p('f'), { signal: 1 }]],
  ['null byte', [p('f\0x')]],
];
for (const [label, args] of tries) {
  show(label, () => {
    const w = fs.watch(...args);
    w.close();
    return `ok ${w.constructor.name}`;
  });
}
const e = (() => { try { fs.watch(p('missing2')); } catch (err) { return err; } })();
console.log(scrub(e.filename), scrub(e.path), e.errno, e.syscall, Object.keys(e).sort().join());
for (const [label, args] of [
  ['watchFile number', [123, () => {}]],
  ['watchFile no listener', [p('f')]],
  ['watchFile bad interval', [p('f'), { interval: 'x' }, () => {}]],
  ['watchFile negative interval', [p('f'), { interval: -1 }, () => {}]],
  ['watchFile float interval', [p('f'), { interval: 1.5 }, () => {}]],
]) {
  show(label, () => { const s = fs.watchFile(...args); fs.unwatchFile(args[0]); return `ok ${s.constructor.name}`; });
}
show('unwatchFile number', () => fs.unwatchFile(5));
show('unwatchFile unknown', () => fs.unwatchFile(p('never-watched')));
show('unwatchFile unknown listener', () => fs.unwatchFile(p('never-watched'), () => {}));
