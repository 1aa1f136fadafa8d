// Error.stackTraceLimit: 0, 1, a large value, and values that are not numbers.
function depth(n) {
  if (n === 0) return new Error('deep');
  return depth(n - 1);
}
const frames = (e) => e.stack.split('\n').length - 1;
console.log('default', Error.stackTraceLimit);
for (const limit of [0, 1, 3, 50]) {
  Error.stackTraceLimit = limit;
  const e = depth(20);
  console.log(limit, frames(e) >= Math.min(limit, 22) ? 'ok' : frames(e), e.stack.split('\n')[0]);
}
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new TypeError('none').stack));
Error.stackTraceLimit = 2;
console.log(frames(depth(5)));
Error.stackTraceLimit = 'abc';
const noStack = depth(5);
console.log(Error.stackTraceLimit, typeof noStack.stack, 'stack' in noStack);
Error.stackTraceLimit = undefined;
console.log(Error.stackTraceLimit, JSON.stringify(depth(5).stack));
Error.stackTraceLimit = Infinity;
console.log(Error.stackTraceLimit, frames(depth(30)) > 30);
Error.stackTraceLimit = -5;
console.log(Error.stackTraceLimit, JSON.stringify(depth(5).stack));
Error.stackTraceLimit = 1.5;
console.log(Error.stackTraceLimit, frames(depth(5)));
Error.stackTraceLimit = 10;
console.log(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit').enumerable);
