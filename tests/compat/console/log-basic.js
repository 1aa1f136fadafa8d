// console.log and its aliases format like util.format and end each call with a newline.
console.log('hello');
console.log('a', 'b', 1, true, null, undefined);
console.log();
console.log('');
console.log('%s is %d years and %i days, %f%%', 'Bob', 42.5, 3.9, 1.25);
console.log('%j', { a: [1, 2] });
console.log('%s', 'only', 'extra', 'args');
console.log('%d', '12abc', '%s');
console.log('no %s placeholder filled');
console.log('multi\nline\ntext');
console.log(1, -0, 0, NaN, Infinity, -Infinity, 10n, -5n);
console.log(Symbol('sym'), Symbol(), Symbol.iterator);
console.log('%c styled', 'color: red');
console.info('info', 1);
console.debug('debug', 2);
console.dirxml('dirxml', 3, 'x');
console.log('tab\there', 'unicode \u00e9\u4e2d\ud83d\ude00');
console.log(console.log('returns'), console.info('nothing'));
