'use strict';

// Snippets that make the JavaScript engine raise an error of its own (not `throw new
// Error(...)` in JavaScript). Each entry is a function; measure.js calls it, catches the
// error and compares what the runtime shows for it with node's wording. The functions
// live in this file so that error positions point into real source text, as they do in
// programs.
//
// Keep one error per function, at the statement that is being measured. Append new cases
// at the end (expected.json is keyed by index and label; regenerate it with node).

/* eslint-disable */
const cases = [];
function c(label, fn) {
  cases.push({ label, fn });
}

// ---------------------------------------------------------------------------------------
// Property reads and writes on undefined / null.
c('read dot undefined', () => { let a; a.b; });
c('read dot null', () => { let a = null; a.b; });
c('read index', () => { let a; a[0]; });
c('read string key', () => { let a; a['x']; });
c('read string key double quotes', () => { let a; a["x y"]; });
c('read well-known symbol', () => { let a; a[Symbol.iterator]; });
c('read literal null', () => { null.foo; });
c('read literal undefined', () => { undefined.foo; });
c('read chained', () => { const o = {}; o.a.b; });
c('read chained deeper', () => { const o = { a: {} }; o.a.b.c; });
c('read optional then dot', () => { const o = { a: {} }; o?.a.b.c; });
c('read optional middle', () => { const o = { b: {} }; o.b?.c.d; });
c('read after call', () => { const f = () => undefined; f().x; });
c('method call on undefined', () => { let a; a.b(); });
c('method call on null', () => { let a = null; a.toString(); });
c('read in template', () => { let a; `${a.b}`; });
c('read array element property', () => { const arr = []; arr[0].x; });
c('read length', () => { let s; s.length; });
c('read parameter', () => { function f(o) { return o.x; } f(); });
c('read across lines', () => {
  let a;
  a
    .b;
});
c('read with spaces', () => { let a; a . b; });
c('read private-ish name', () => { let a; a.$x_1; });
c('read computed variable key', () => { let a; const k = 'dyn'; a[k]; });
c('read computed expression key', () => { let a; a[1 + 1]; });
c('read symbol variable key', () => { let a; const s = Symbol('k'); a[s]; });
c('read property of function result null', () => { const g = () => null; g().y; });
c('read in arguments', () => { let a; Math.max(a.b); });
c('read in return', () => { const f = (a) => { return a.q; }; f(null); });
c('read string key with quote', () => { let a; a['it\'s']; });
c('read number-like key', () => { let a; a['1']; });
c('write dot', () => { let a; a.b = 1; });
c('write index', () => { let a; a[0] = 1; });
c('write string key', () => { let a = null; a['k'] = 1; });
c('write chained', () => { const o = {}; o.a.b = 1; });
c('write compound', () => { let a; a.b += 1; });
c('write logical assignment', () => { let a; a.b ||= 1; });
c('update increment', () => { let a; a.b++; });
c('update prefix', () => { let a; ++a.b; });
c('delete property', () => { let a; delete a.b; });
c('write in destructuring target', () => { let a; [a.b] = [1]; });

// ---------------------------------------------------------------------------------------
// Destructuring.
c('destructure undefined literal', () => { const { x } = undefined; });
c('destructure null literal', () => { const { x } = null; });
c('destructure variable undefined', () => { let a; const { b } = a; });
c('destructure variable null', () => { const a = null; const { b } = a; });
c('destructure parameter', () => { function f({ a }) { return a; } f(); });
c('destructure empty pattern', () => { const {} = null; });
c('destructure renamed', () => { const { x: y } = undefined; });
c('destructure nested', () => { const { a: { b } } = {}; });
c('destructure with default', () => { const { x = 1 } = null; });
c('destructure assignment', () => { let x; ({ x } = undefined); });
c('destructure array null', () => { const [y] = null; });
c('destructure array undefined', () => { const [y] = undefined; });
c('destructure array number', () => { const [y] = 1; });
c('destructure array object', () => { const [y] = {}; });
c('destructure array variable', () => { const o = 5; const [z] = o; });
c('destructure array parameter', () => { function f([a]) { return a; } f(); });

// ---------------------------------------------------------------------------------------
// Calling non-functions.
c('call undefined variable value', () => { let f; f(); });
c('call number', () => { const f = 1; f(); });
c('call member', () => { const o = {}; o.f(); });
c('call member string key', () => { const o = {}; o['f'](); });
c('call member computed', () => { const o = {}; const k = 'f'; o[k](); });
c('call nested member', () => { const o = { a: {} }; o.a.b(); });
c('call result of call', () => { const f = () => 1; f()(); });
c('call result of member call', () => { const o = { f() { return 1; } }; o.f()(); });
c('call iife result', () => { (function () { return 1; })()(); });
c('call member of new', () => { function Foo() {} new Foo().bar(); });
c('call member of call result', () => { const f = () => ({}); f().g(); });
c('call array element', () => { const a = [1]; a[0](); });
c('call literal', () => { (1)(); });
c('call string method missing', () => { 'abc'.foo(); });
c('call JSON.parse result', () => { JSON.parse('1')(); });
c('call tagged template', () => { const tag = 1; tag`x`; });
c('call optional chain member', () => { const o = { a: {} }; o?.a.f(); });
c('call with spread args', () => { const o = {}; o.f(...[1, 2]); });
c('call this member', () => { const o = { m() { this.n(); } }; o.m(); });
c('call callback number', () => { [1].map(1); });
c('call callback missing', () => { [1].forEach(); });
c('call across lines', () => {
  const o = {};
  o
    .f();
});
c('call object', () => { const o = {}; o(); });

// ---------------------------------------------------------------------------------------
// new on non-constructors.
c('new number variable', () => { const a = 1; new a(); });
c('new arrow variable', () => { const f = () => {}; new f(); });
c('new arrow literal', () => { new (() => {})(); });
c('new member', () => { const o = { m() {} }; new o.m(); });
c('new Math.max', () => { new Math.max(); });
c('new Symbol', () => { new Symbol(); });
c('new BigInt', () => { new BigInt(1); });
c('new undefined member', () => { const o = {}; new o.C(); });
c('new async function', () => { async function af() {} new af(); });
c('new generator', () => { function* g() {} new g(); });
c('new without parens', () => { const x = 'str'; new x; });

// ---------------------------------------------------------------------------------------
// Undefined variables, TDZ, const.
c('undefined variable', () => { undeclaredVariable1; });
c('undefined variable call', () => { undeclaredFunction1(); });
c('undefined variable member', () => { undeclaredObject1.x; });
c('undefined variable strict assignment', () => { 'use strict'; undeclaredVariable2 = 1; });
c('undefined variable in expression', () => { const y = 1 + undeclaredVariable3; });
c('TDZ let', () => { z; let z = 1; });
c('TDZ const', () => { const f = () => q; f(); const q = 1; });
c('TDZ class', () => { new C(); class C {} });
c('TDZ assignment', () => { z = 1; let z; });
c('TDZ typeof', () => { typeof z; let z; });
c('TDZ in own initializer', () => { let w = w + 1; });
c('TDZ member read', () => { z.x; let z = {}; });
c('const assignment', () => { const k = 1; k = 2; });
c('const compound assignment', () => { const k = 1; k += 2; });
c('const increment', () => { const k = 1; k++; });
c('const in for loop', () => { for (const i = 0; i < 2; i++) {} });

// ---------------------------------------------------------------------------------------
// Arrays and lengths.
c('new Array negative', () => { new Array(-1); });
c('Array call negative', () => { Array(-1); });
c('new Array fractional', () => { new Array(1.5); });
c('new Array too large', () => { new Array(2 ** 32); });
c('array length negative', () => { const arr = []; arr.length = -1; });
c('array length fractional', () => { const arr = []; arr.length = 1.5; });
c('ArrayBuffer negative', () => { new ArrayBuffer(-1); });
c('Uint8Array negative', () => { new Uint8Array(-1); });
c('typed array view length', () => { new Uint8Array(new ArrayBuffer(4), 1, 4); });
c('typed array byte length multiple', () => { new Uint16Array(new ArrayBuffer(3)); });
c('typed array start offset multiple', () => { new Uint16Array(new ArrayBuffer(4), 1); });
c('typed array set out of bounds', () => { new Int8Array(3).set([1, 2, 3, 4]); });
c('DataView out of bounds', () => { new DataView(new ArrayBuffer(1)).getInt32(0); });
c('reduce empty', () => { [].reduce((a, b) => a + b); });
c('reduceRight empty', () => { [].reduceRight((a, b) => a + b); });
c('Array.prototype.map on null', () => { Array.prototype.map.call(null, (x) => x); });

// ---------------------------------------------------------------------------------------
// JSON.parse (node 20's messages).
c('JSON empty', () => { JSON.parse(''); });
c('JSON whitespace', () => { JSON.parse(' '); });
c('JSON open brace', () => { JSON.parse('{'); });
c('JSON trailing comma object', () => { JSON.parse('{"a":1,}'); });
c('JSON trailing comma array', () => { JSON.parse('[1,]'); });
c('JSON partial literal', () => { JSON.parse('tru'); });
c('JSON bad literal', () => { JSON.parse('trux'); });
c('JSON bare word', () => { JSON.parse('abc'); });
c('JSON missing colon', () => { JSON.parse('{"a" 1}'); });
c('JSON unquoted key', () => { JSON.parse('{a:1}'); });
c('JSON single quotes', () => { JSON.parse("'x'"); });
c('JSON bad escape', () => { JSON.parse('"\\x"'); });
c('JSON bad unicode escape', () => { JSON.parse('"\\u12g4"'); });
c('JSON leading zero', () => { JSON.parse('01'); });
c('JSON lone minus', () => { JSON.parse('-'); });
c('JSON minus letter', () => { JSON.parse('-a'); });
c('JSON unterminated fraction', () => { JSON.parse('1.'); });
c('JSON missing exponent', () => { JSON.parse('1e'); });
c('JSON unterminated string', () => { JSON.parse('"abc'); });
c('JSON missing comma array', () => { JSON.parse('[1 2]'); });
c('JSON missing comma object', () => { JSON.parse('{"a":1 "b":2}'); });
c('JSON two values', () => { JSON.parse('1 2'); });
c('JSON control character', () => { JSON.parse('"\t"'); });
c('JSON undefined', () => { JSON.parse(undefined); });
c('JSON object', () => { JSON.parse({}); });
c('JSON NaN', () => { JSON.parse('NaN'); });
c('JSON unterminated array', () => { JSON.parse('[1,2,3'); });
c('JSON missing value', () => { JSON.parse('{"a":'); });
c('JSON trailing garbage', () => { JSON.parse('{"a":1}x'); });
c('JSON long text', () => {
  JSON.parse('{"name":"value","other":"something long", "list": [1, 2, 3, oops]}');
});
c('JSON long text at start', () => {
  JSON.parse('x{"name":"value","other":"something long", "list": [1, 2, 3]}');
});
c('JSON long text near end', () => {
  JSON.parse('{"name":"value","other":"something long", "list": [1, 2, 3]]');
});
c('JSON string where key expected', () => { JSON.parse('{"a":1,"b"}'); });
c('JSON number then letters', () => { JSON.parse('123abc'); });
c('JSON html', () => { JSON.parse('<html>'); });

// ---------------------------------------------------------------------------------------
// BigInt.
c('BigInt plus number', () => { 1n + 1; });
c('BigInt times number', () => { const a = 2n; a * 2; });
c('BigInt compare ok then mix', () => { 1n - 1; });
c('BigInt division by zero', () => { 1n / 0n; });
c('BigInt modulo by zero', () => { 1n % 0n; });
c('BigInt from fraction', () => { BigInt(1.5); });
c('BigInt from bad string', () => { BigInt('x'); });
c('BigInt from undefined', () => { BigInt(undefined); });
c('BigInt from symbol', () => { BigInt(Symbol('s')); });
c('BigInt unary plus', () => { +1n; });
c('BigInt to Math', () => { Math.max(1n); });
c('BigInt negative exponent', () => { 1n ** -1n; });
c('BigInt unsigned shift', () => { 1n >>> 1n; });
c('BigInt.asIntN negative', () => { BigInt.asIntN(-1, 1n); });
c('BigInt JSON', () => { JSON.stringify(1n); });
c('BigInt from NaN', () => { BigInt(NaN); });

// ---------------------------------------------------------------------------------------
// Operators on the wrong types.
c('in on string', () => { 'a' in 'b'; });
c('in on number', () => { 'a' in 1; });
c('in on undefined', () => { let u; 'a' in u; });
c('in on null literal', () => { 'a' in null; });
c('in with number key', () => { 0 in true; });
c('instanceof number', () => { ({}) instanceof 1; });
c('instanceof object', () => { ({}) instanceof {}; });
c('instanceof undefined', () => { let u; ({}) instanceof u; });
c('Symbol plus string', () => { Symbol() + ''; });
c('Symbol in template', () => { `${Symbol('t')}`; });
c('Symbol times number', () => { Symbol() * 1; });
c('Symbol to string method', () => { 'a'.concat(Symbol()); });

// ---------------------------------------------------------------------------------------
// Iteration.
c('spread number', () => { [...1]; });
c('spread undefined', () => { let u; [...u]; });
c('spread object', () => { const o = {}; [...o]; });
c('spread call argument', () => { const n = 5; Math.max(...n); });
c('for-of number', () => { for (const x of 5) {} });
c('for-of object', () => { const o = {}; for (const x of o) {} });
c('for-of undefined', () => { let u; for (const x of u) {} });
c('new Map of number', () => { new Map(5); });
c('new Set of number', () => { new Set(1); });
c('Array.from bad iterator', () => { Array.from({ [Symbol.iterator]: 1 }); });
c('Object.fromEntries number', () => { Object.fromEntries(1); });
c('yield* number', () => { function* g() { yield* 1; } g().next(); });
c('generator already running', () => {
  let it;
  function* g() { it.next(); yield 1; }
  it = g();
  it.next();
});

// ---------------------------------------------------------------------------------------
// Functions and classes.
c('stack overflow', () => { function r() { r(); } r(); });
c('class without new', () => { class A {} A(); });
c('class call', () => { class B {} B.call({}); });
c('super property before super()', () => {
  class P {}
  class Q extends P { constructor() { this.x = 1; super(); } }
  new Q();
});
c('derived constructor returns number', () => {
  class P {}
  class Q extends P { constructor() { return 1; } }
  new Q();
});
c('extends non-constructor', () => { const X = 1; class Y extends X {} });
c('strict callee', () => { (function () { 'use strict'; return arguments.callee; })(); });
c('Function.prototype.toString on object', () => { Function.prototype.toString.call({}); });
c('bind on non-function', () => { Function.prototype.bind.call(1); });

// ---------------------------------------------------------------------------------------
// Numbers and strings.
c('toFixed too large', () => { (1).toFixed(101); });
c('toFixed negative', () => { (1).toFixed(-1); });
c('toPrecision zero', () => { (1).toPrecision(0); });
c('toExponential negative', () => { (1).toExponential(-1); });
c('toString radix 1', () => { (1).toString(1); });
c('toString radix 37', () => { (255).toString(37); });
c('BigInt toString radix', () => { (1n).toString(1); });
c('Number toString on string', () => { Number.prototype.toString.call('x'); });
c('repeat negative', () => { 'a'.repeat(-1); });
c('repeat infinity', () => { 'a'.repeat(Infinity); });
c('repeat too long', () => { 'abc'.repeat(2 ** 30); });
c('padStart too long', () => { 'x'.padStart(2 ** 31); });
c('String.fromCodePoint negative', () => { String.fromCodePoint(-1); });
c('normalize bad form', () => { 'a'.normalize('x'); });
c('trim on null', () => { String.prototype.trim.call(null); });
c('matchAll non-global', () => { 'a'.matchAll(/a/); });
c('replaceAll non-global', () => { 'a'.replaceAll(/a/, ''); });
c('encodeURI lone surrogate', () => { encodeURI('\uD800'); });
c('decodeURIComponent malformed', () => { decodeURIComponent('%'); });
c('invalid date toISOString', () => { new Date(NaN).toISOString(); });

// ---------------------------------------------------------------------------------------
// Objects.
c('defineProperty on number', () => { Object.defineProperty(1, 'a', {}); });
c('defineProperty bad descriptor', () => { Object.defineProperty({}, 'a', 1); });
c('defineProperty bad getter', () => { Object.defineProperty({}, 'a', { get: 1 }); });
c('defineProperty not extensible', () => {
  Object.defineProperty(Object.freeze({}), 'a', { value: 1 });
});
c('defineProperty redefine', () => {
  const o = {};
  Object.defineProperty(o, 'a', { value: 1 });
  Object.defineProperty(o, 'a', { value: 2 });
});
c('defineProperties on string', () => { Object.defineProperties('s', {}); });
c('Object.create number', () => { Object.create(1); });
c('setPrototypeOf number', () => { Object.setPrototypeOf({}, 1); });
c('setPrototypeOf non-extensible', () => {
  Object.setPrototypeOf(Object.preventExtensions({}), {});
});
c('cyclic proto', () => { const a = {}; const b = Object.create(a); a.__proto__ = b; });
c('Object.keys null', () => { Object.keys(null); });
c('Object.entries undefined', () => { Object.entries(undefined); });
c('Object.assign null', () => { Object.assign(null, {}); });
c('Reflect.ownKeys number', () => { Reflect.ownKeys(1); });
c('Proxy non-object', () => { new Proxy(1, {}); });
c('WeakMap primitive key', () => { new WeakMap([[1, 1]]); });
c('WeakSet primitive', () => { new WeakSet([1]); });
c('WeakRef primitive', () => { new WeakRef(1); });
c('Map.get incompatible', () => { Map.prototype.get.call({}, 1); });
c('Set.add incompatible', () => { Set.prototype.add.call(1, 1); });
c('Symbol.keyFor string', () => { Symbol.keyFor('x'); });
c('JSON.stringify circular', () => { const o = {}; o.self = o; JSON.stringify(o); });
c('frozen write strict', () => { 'use strict'; Object.freeze({ a: 1 }).a = 2; });
c('frozen add strict', () => { 'use strict'; const o = Object.freeze({}); o.b = 1; });
c('frozen delete strict', () => { 'use strict'; const o = Object.freeze({ a: 1 }); delete o.a; });
c('frozen array push', () => { const arr = Object.freeze([]); arr.push(1); });
c('getter-only write strict', () => {
  'use strict';
  const o = { get x() { return 1; } };
  o.x = 2;
});
c('primitive property write strict', () => { 'use strict'; const s = 'str'; s.x = 1; });
c('Promise resolver not function', () => { new Promise(1); });
c('Promise.resolve non-object this', () => { Promise.resolve.call(1); });
c('Promise without new', () => { Promise(() => {}); });
c('Map without new', () => { Map(); });

// ---------------------------------------------------------------------------------------
// Regular expressions and eval'd syntax.
c('regexp unterminated class', () => { new RegExp('['); });
c('regexp unterminated group', () => { new RegExp('('); });
c('regexp bad flags', () => { new RegExp('a', 'z'); });
c('regexp nothing to repeat', () => { new RegExp('*'); });
c('regexp unmatched paren', () => { new RegExp(')'); });
c('regexp trailing backslash', () => { new RegExp('\\'); });
c('regexp quantifier order', () => { new RegExp('a{2,1}'); });
c('regexp duplicate group name', () => { new RegExp('(?<a>x)(?<a>y)'); });
c('regexp class range order', () => { new RegExp('[b-a]'); });
c('eval syntax error', () => { eval('('); });
c('Function syntax error', () => { new Function('a b'); });

// ---------------------------------------------------------------------------------------
// Second batch: the same kinds of errors in other shapes (written before the rules were
// tuned on them, to check that the rules generalize).
c('read in class method', () => {
  class Store {
    constructor() { this.items = undefined; }
    first() { return this.items[0]; }
  }
  new Store().first();
});
c('read in nested arrow', () => {
  const outer = () => { const inner = (cfg) => cfg.options.verbose; return inner({}); };
  outer();
});
c('read in callback', () => { [undefined].forEach((item) => item.name); });
c('read multi-line chain', () => {
  const result = { data: null };
  const value = result
    .data
    .items;
});
c('read after await-like call chain', () => {
  const api = { get: () => ({ body: undefined }) };
  api.get('/x').body.length;
});
c('read with optional call', () => { const o = { f: () => undefined }; o.f?.().x.y; });
c('read in ternary', () => { const o = null; const v = true ? o.x : 0; });
c('read in condition', () => { let u; if (u.ready) {} });
c('read in return of getter', () => {
  const o = { get size() { return this.data.length; } };
  o.size;
});
c('write in loop', () => { const list = [null]; for (const x of list) x.seen = true; });
c('write computed string', () => { let target; target["key-name"] = 1; });
c('write this in plain function', () => {
  function setName() { 'use strict'; this.name = 'x'; }
  setName();
});
c('call method on result', () => { const m = new Map(); m.get('k').trim(); });
c('call missing method on object', () => { const logger = {}; logger.info('hello'); });
c('call missing method deep', () => {
  const app = { services: { db: {} } };
  app.services.db.connect();
});
c('call missing method computed string', () => { const o = {}; o['do-it'](); });
c('call number property', () => { const o = { n: 1 }; o.n(); });
c('call string variable', () => { const fn = 'name'; fn(); });
c('call result of index', () => { const handlers = []; handlers[0](); });
c('call class method statically', () => { class K { m() {} } K.m(); });
c('call undefined callback param', () => {
  function run(cb) { return cb(1); }
  run();
});
c('call across multiple lines', () => {
  const client = {};
  client
    .request({
      url: '/',
    });
});
c('new on object', () => { const o = {}; new o(); });
c('new on instance method', () => { class K { m() {} } const k = new K(); new k.m(); });
c('new on string literal member', () => { new 'abc'.length(); });
c('undefined variable in call args', () => { console.log(missingValue1); });
c('undefined variable in template', () => { `${missingValue2}`; });
c('undefined variable typo of method', () => { const list = [1]; lenght(list); });
c('TDZ in nested block', () => {
  {
    total += 1;
    let total = 0;
  }
});
c('TDZ function called early', () => {
  const r = compute();
  const factor = 2;
  function compute() { return factor * 2; }
});
c('TDZ class used in static', () => {
  const make = () => new Widget();
  make();
  class Widget {}
});
c('const assignment in loop', () => {
  const items = [1, 2];
  for (let i = 0; i < items.length; i++) {
    items = [];
  }
});
c('const assignment in closure', () => {
  const count = 0;
  const inc = () => { count += 1; };
  inc();
});
c('destructure options param', () => {
  function connect({ host, port }) { return host + port; }
  connect();
});
c('destructure nested param default', () => {
  function f({ a } = {}, { b }) { return a + b; }
  f();
});
c('destructure from call result', () => {
  const load = () => undefined;
  const { data } = load();
});
c('destructure from member', () => { const res = {}; const { status } = res.body; });
c('destructure array from undefined var', () => { let pair; const [k, v] = pair; });
c('destructure array from number var', () => { const n = 42; const [d] = n; });
c('destructure in for-of', () => { for (const [k, v] of [1]) {} });
c('spread object into array', () => { const cfg = { a: 1 }; const arr = [...cfg]; });
c('spread undefined into call', () => { let args; Math.min(...args); });
c('for-of over object property', () => { const o = { list: {} }; for (const x of o.list) {} });
c('for-of over call result', () => { const get = () => 5; for (const x of get()) {} });
c('Array.from non-iterable object', () => { Array.from({ [Symbol.iterator]: 5 }); });
c('new Set of object', () => { new Set({}); });
c('BigInt plus number variable', () => { const a = 10n; const b = 5; a + b; });
c('BigInt in Math.floor', () => { Math.floor(3n); });
c('BigInt mixed comparison fine then op', () => { const big = 2n; big * 1.5; });
c('in on string variable', () => { const s = 'text'; 'length' in s; });
c('instanceof arrow', () => { const Arrow = () => {}; ({}) instanceof Arrow; });
c('Symbol concatenation in template', () => { const sym = Symbol('id'); `key:${sym}`; });
c('Symbol plus string variable', () => { const sym = Symbol('id'); 'key' + sym; });
c('toFixed on computed digits', () => { (3.14159).toFixed(1000); });
c('toString radix 0', () => { (10).toString(0); });
c('repeat negative variable', () => { const n = -2; 'ab'.repeat(n); });
c('JSON.parse empty response', () => { const body = ''; JSON.parse(body); });
c('JSON.parse html response', () => { JSON.parse('<!DOCTYPE html><html><body>Not Found</body></html>'); });
c('JSON.parse single-quoted', () => { JSON.parse("{'a': 1}"); });
c('JSON.parse trailing comma nested', () => { JSON.parse('{"a":[1,2,],"b":1}'); });
c('JSON.parse number overflow ok then garbage', () => { JSON.parse('1e400x'); });
c('Object.keys undefined', () => { Object.keys(undefined); });
c('Object.defineProperty on undefined', () => { Object.defineProperty(undefined, 'x', {}); });
c('Object.setPrototypeOf null target', () => { Object.setPrototypeOf(null, {}); });
c('frozen nested write strict', () => {
  'use strict';
  const config = Object.freeze({ server: Object.freeze({ port: 80 }) });
  config.server.port = 8080;
});
c('frozen array index write strict', () => {
  'use strict';
  const arr = Object.freeze([1, 2]);
  arr[0] = 5;
});
c('stack overflow mutual', () => {
  // Not tail calls: JavaScriptCore runs strict-mode tail calls without growing the stack.
  function a(n) { return b(n + 1) + 1; }
  function b(n) { return a(n + 1) + 1; }
  a(0);
});
c('class extends undefined', () => { let Base; class Derived extends Base {} });
c('class constructor called via callback', () => { class P {} [1].map(P); });
c('regexp unterminated class with flags', () => { new RegExp('[a-', 'g'); });
c('regexp lone quantifier', () => { new RegExp('+a'); });
c('regexp invalid group name', () => { new RegExp('(?<1a>x)'); });
c('regexp invalid unicode escape', () => { new RegExp('\\u{110000}', 'u'); });
c('Array length negative via variable', () => { const n = -5; new Array(n); });
c('typed array negative length variable', () => { const len = -1; new Float64Array(len); });
c('reduce empty with index', () => { [].reduce((acc, x, i) => acc + i); });
c('String.fromCharCode fine fromCodePoint big', () => { String.fromCodePoint(0x110000); });
c('decodeURI bad sequence', () => { decodeURI('%E0%A4%A'); });
c('structured property on primitive strict', () => { 'use strict'; const n = 5; n.prop = 1; });

module.exports = cases;
