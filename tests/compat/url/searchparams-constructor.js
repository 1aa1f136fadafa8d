// URLSearchParams constructor forms.
const show = (label, p) => console.log(label, JSON.stringify([...p]), p.size, String(p));
show('none', new URLSearchParams());
show('undefined', new URLSearchParams(undefined));
show('null', new URLSearchParams(null));
show('empty', new URLSearchParams(''));
show('?', new URLSearchParams('?'));
show('??a', new URLSearchParams('??a=1'));
show('string', new URLSearchParams('a=1&b=2&a=3'));
show('number', new URLSearchParams(42));
show('boolean', new URLSearchParams(true));
show('record', new URLSearchParams({ a: '1', b: 2, c: undefined, d: null }));
show('record with proto', new URLSearchParams(Object.create({ inherited: 1 }, {
  own: { value: 'x', enumerable: true }, hidden: { value: 'y', enumerable: false },
})));
show('sequence', new URLSearchParams([['a', '1'], ['b', '2'], ['a', '3']]));
show('sequence of strings', new URLSearchParams(['ab', 'cd']));
show('map', new URLSearchParams(new Map([['m', 'n'], ['o', 'p']])));
show('generator', new URLSearchParams((function* () { yield ['g', '1']; yield new Set(['h', '2']); })()));
const original = new URLSearchParams('x=1&y=2');
const copy = new URLSearchParams(original);
copy.append('z', '3');
show('copy', copy);
show('original', original);
show('function record', new URLSearchParams(Object.assign(() => {}, { f: 'g' })));
show('lone surrogates', new URLSearchParams({ '\ud800': '\udc00x' }));
show('array-like object', new URLSearchParams({ length: 1, 0: ['a', 'b'] }));
for (const bad of [[['a']], [['a', 'b', 'c']], [1], ['abc'], [null]]) {
  try {
    new URLSearchParams(bad);
  } catch (err) {
    console.log(JSON.stringify(bad), err.name, err.code, err.message);
  }
}
try {
  new URLSearchParams({ [Symbol.iterator]: 42 });
} catch (err) {
  console.log('bad iterator', err.name, err.code, err.message);
}
try {
  new URLSearchParams({ [Symbol('s')]: 1 });
} catch (err) {
  console.log('symbol key', err.name);
}
