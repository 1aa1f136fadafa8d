// Regular expressions print as their source with flags.
const { inspect } = require('util');
console.log(/abc/, /a\/b/gimsuy, new RegExp('a/b'), new RegExp(''), /[\]]\n/, /x/d);
console.log(new RegExp('\n'), new RegExp('line\u2028sep'), /\u{1F600}/u);
const withProp = /re/;
withProp.label = 'tagged';
console.log(withProp, [withProp], { re: /x/ });
class MyRegExp extends RegExp {}
console.log(new MyRegExp('sub', 'g'));
console.log(inspect(/re/g, { colors: true }));
console.log(inspect({ a: { b: Object.assign(/deep/, { x: 1 }) } }, { depth: 1 }));
const re = /x/g;
re.lastIndex = 3;
console.log(re, inspect(re, { showHidden: true }));
console.log(Object.setPrototypeOf(/np/i, null));
console.log(RegExp.prototype, Object.create(RegExp.prototype));
