// compat: stderr
// group/groupCollapsed indent what follows by two spaces per level (every line of a
// multi-line message, on stdout and stderr); groupEnd undoes one level.
console.group();
console.log('level 1');
console.group('label %s', 'formatted', 2);
console.log('level 2');
console.log('line one\nline two');
console.warn('warn at level 2');
console.groupCollapsed('collapsed');
console.error('error at level 3\nsecond line');
console.info('info at level 3');
console.groupEnd();
console.log('back to level 2');
console.groupEnd();
console.groupEnd();
console.log('level 0');
console.groupEnd();
console.groupEnd();
console.log('still level 0');
console.group('a', 'b');
console.table([1]);
console.count('in group');
console.dir({ x: 1 });
console.assert(false, 'assert in group');
console.groupEnd();
console.log(console.group(), console.groupEnd());
