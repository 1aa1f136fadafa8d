// compat: stderr
// warn and error write to stderr; log, info and debug to stdout.
console.log('to stdout');
console.warn('warn %s', 'formatted', 1);
console.error('error', 2, null);
console.error();
console.info('info to stdout');
console.debug('debug to stdout');
console.warn('multi\nline');
console.error('%d%%', 50);
