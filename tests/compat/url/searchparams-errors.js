// URLSearchParams errors: missing arguments, wrong receivers, bad callbacks.
const p = new URLSearchParams('a=1');
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
attempt('append()', () => p.append());
attempt('append(a)', () => p.append('a'));
attempt('set(a)', () => p.set('a'));
attempt('get()', () => p.get());
attempt('getAll()', () => p.getAll());
attempt('has()', () => p.has());
attempt('delete()', () => p.delete());
attempt('forEach()', () => p.forEach());
attempt('forEach(1)', () => p.forEach(1));
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  attempt(`${name} on {}`, () => URLSearchParams.prototype[name].call({}, 'a', 'b'));
}
attempt('size on {}', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
attempt('next on {}', () => p.keys().next.call({}));
for (const [label, fn] of [['call without new', () => URLSearchParams('a=1')],
  ['symbol value', () => p.append('a', Symbol('x'))]]) {
  try {
    fn();
  } catch (err) {
    console.log(label, err.name);
  }
}
