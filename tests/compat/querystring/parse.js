const qs = require('querystring');
const show = (label, v) => console.log(label, JSON.stringify(v), Object.getPrototypeOf(v));
for (const input of ['', 'a=1', 'a=1&b=2&a=3', 'a', 'a=', '=b', '&&a=1&&', 'a=1&a=2&a=3', 'a=%20b%zz+c', '%E9=%E9', 'a=%C3%A9', 'a=%F0%9F%98%80', 'a+b=c+d', 'a=%2', 'a=%%41', '__proto__=1&constructor=2', 'a[]=1&a[]=2', 'a=b=c', 'x=1;y=2', '%=%', 'a=\u00e9']) {
  show(JSON.stringify(input), qs.parse(input));
}
show('custom sep', qs.parse('a:1;b:2', ';', ':'));
show('multi-char sep', qs.parse('a=>1<>b=>2', '<>', '=>'));
show('maxKeys 2', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show('maxKeys 0', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
show('custom decode', qs.parse('a=%41&b=x', null, null, { decodeURIComponent: (s) => `<${s}>` }));
show('throwing decode', qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
show('non-string', qs.parse(5));
console.log(qs.decode === qs.parse, Object.keys(qs).join());
