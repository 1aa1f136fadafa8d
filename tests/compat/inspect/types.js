// util.types predicates on many values.
const { types, inspect } = require('util');
console.log(Object.keys(types));
const samples = {
  object: {}, array: [], func: function () {}, arrow: () => {}, asyncFn: async () => {},
  genFn: function* () {}, asyncGenFn: async function* () {}, method: { m() {} }.m,
  asyncMethod: { async m() {} }.m, genMethod: { *g() {} }.g, klass: class {},
  genObj: (function* () {})(), asyncGenObj: (async function* () {})(), promise: Promise.resolve(),
  thenable: { then() {} }, map: new Map(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
  mapIter: new Map().entries(), setIter: new Set().values(), arrayIter: [].values(),
  date: new Date(), regexp: /x/, error: new Error(), typeError: new TypeError(),
  fakeError: Object.create(Error.prototype), numberObj: new Number(1), stringObj: new String(''),
  booleanObj: new Boolean(false), symbolObj: Object(Symbol()), bigintObj: Object(1n), number: 1,
  string: 's', symbol: Symbol(), bigint: 1n, nul: null, undef: undefined,
  arrayBuffer: new ArrayBuffer(1), sharedArrayBuffer: new SharedArrayBuffer(1), dataView: new DataView(new ArrayBuffer(1)),
  u8: new Uint8Array(1), i32: new Int32Array(1), f64: new Float64Array(1), b64: new BigInt64Array(1),
  proxy: new Proxy({}, {}), proxiedMap: new Proxy(new Map(), {}), args: (function () { return arguments; })(),
  fakeMap: Object.create(Map.prototype), fakeDate: Object.create(Date.prototype), weakRef: new WeakRef({}),
};
const predicates = Object.keys(types);
for (const [name, value] of Object.entries(samples)) {
  const yes = predicates.filter((p) => types[p](value));
  console.log(name.padEnd(18), yes.join(' '));
}
console.log(types.isUint8Array(new Uint8ClampedArray(1)), types.isAsyncFunction(Object.setPrototypeOf(async () => {}, Function.prototype)));
console.log(inspect(types.isDate), types.isDate.name, types.isDate.length);
