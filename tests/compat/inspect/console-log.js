// console.log joins its arguments like util.format.
console.log('string', 42, { a: 1 }, [1, 2], null, undefined, true, 5n, Symbol('s'));
console.log('%s is %d years', 'Bob', 42, 'extra');
console.log({ nested: { deep: { deeper: { deepest: 1 } } } });
console.log();
console.log('');
console.log(' ');
console.log('multi\nline', 'string');
console.log([['nested', ['arrays']], { with: ['objects'] }]);
console.error('to stderr is not compared');
console.info({ info: true });
console.debug('debug', [1]);
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ [require('util').inspect.custom]() { return 'custom'; } });
console.log('%o', { a: 1 });
console.log('%c styled', 'color: red');
