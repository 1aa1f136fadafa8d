// The methods that come from V8's inspector console: they print nothing.
console.log(typeof console.profile, typeof console.profileEnd, typeof console.timeStamp,
            typeof console.context, typeof console.createTask);
console.log(console.profile('p'), console.profileEnd('p'), console.timeStamp('ts'));
for (const k of ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask']) {
  console.log(k, console[k].name, console[k].length, 'prototype' in console[k]);
}
const ctx = console.context('named');
console.log(Object.keys(ctx).join());
ctx.log('invisible');
ctx.error('invisible');
console.log(Object.getPrototypeOf(ctx) !== Object.prototype, typeof Object.getPrototypeOf(ctx));
const task = console.createTask('task name');
console.log(Object.keys(task).join(), task.run(() => 42), task.run.length);
for (const bad of [undefined, '', 5]) {
  try {
    console.createTask(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
try {
  task.run(5);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(console.context() !== console.context());
