'use strict';
// cork()/uncork() on process.stdout batch writes; end() is not used (it would end the
// pipe for good).
const out = process.stdout;
out.cork();
out.write('one ');
out.write('two ');
console.log('corked, writableLength', out.writableLength, 'corked', out.writableCorked);
process.nextTick(() => {
  out.uncork();
  out.write('\n');
  console.log('uncorked, writableLength', out.writableLength, 'corked', out.writableCorked);
});
