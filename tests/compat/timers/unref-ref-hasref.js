// An unreferenced timer does not keep the process alive; ref() restores that.
const t1 = setTimeout(() => console.log('t1 never runs'), 100000);
console.log('t1', t1.hasRef());
console.log(t1.unref() === t1, t1.hasRef());
const t2 = setTimeout(() => console.log('t2 runs (ref again)'), 100);
t2.unref();
t2.ref();
console.log('t2', t2.hasRef(), t2.ref() === t2);
const iv = setInterval(() => console.log('unref interval never runs'), 100000).unref();
console.log('iv', iv.hasRef());
const im = setImmediate(() => console.log('unref immediate still runs in the first check phase'));
console.log('im', im.hasRef(), im.unref() === im, im.hasRef());
const im2 = setImmediate(() => console.log('im2 runs'));
im2.unref().ref();
console.log('im2', im2.hasRef());
process.on('exit', () => console.log('exit', t1.hasRef(), t2.hasRef(), im2.hasRef()));
