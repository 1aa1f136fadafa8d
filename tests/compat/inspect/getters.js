// getters: accessors show as [Getter], [Setter], [Getter/Setter], or are evaluated.
const { inspect } = require('util');
const obj = {
  get plain() { return 'value'; },
  get both() { return 42; },
  set both(v) {},
  set onlySet(v) {},
  get obj() { return { nested: { deep: true } }; },
  get nul() { return null; },
  get undef() { return undefined; },
  get throws() { throw new Error('getter failed'); },
  get sym() { return Symbol('s'); },
  get arr() { return [1, 2, 3]; },
  get self() { return this; },
};
for (const getters of [false, true, 'get', 'set']) {
  console.log(`getters ${getters}:`);
  console.log(inspect(obj, { getters }));
}
class WithAccessors {
  #secret = 1;
  get secret() { return this.#secret; }
  set secret(v) { this.#secret = v; }
}
console.log(new WithAccessors(), inspect(new WithAccessors(), { getters: true, showHidden: true }));
console.log(inspect(obj, { getters: true, colors: true }));
console.log(Object.defineProperty({}, 'hidden', { get() { return 1; }, enumerable: false }));
console.log(inspect(Object.defineProperty({}, 'hidden', { get() { return 1; }, enumerable: false }),
  { showHidden: true, getters: true }));
