'use strict';
// Date and RegExp (lastIndex and extra properties are not kept).
const d = new Date(12345);
d.x = 1;
const cd = structuredClone(d);
console.log(cd instanceof Date, cd.getTime(), cd.x, cd !== d);
console.log(String(structuredClone(new Date(NaN))));
class MyDate extends Date {}
console.log(structuredClone(new MyDate(0)).constructor.name);
const re = /ab+c/gimsuy;
re.lastIndex = 3;
re.foo = 1;
const cr = structuredClone(re);
console.log(cr.source, cr.flags, cr.lastIndex, cr.foo, cr !== re, cr instanceof RegExp);
console.log(String(structuredClone(/x/d)), String(structuredClone(/[\p{L}]/v)),
  String(structuredClone(new RegExp(''))), String(structuredClone(/a\/b/)));
class MyRegExp extends RegExp {}
const mr = structuredClone(new MyRegExp('a', 'g'));
console.log(mr.constructor.name, String(mr));
