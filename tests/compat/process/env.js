// process.env: string coercion, deletion, enumeration.
// compat: env=NODUS_TEST_VAR=hello
console.log(process.env.NODUS_TEST_VAR);
process.env.NODUS_NUM = 42;
console.log(typeof process.env.NODUS_NUM, process.env.NODUS_NUM);
process.env.NODUS_UNDEF = undefined;
console.log(JSON.stringify(process.env.NODUS_UNDEF));
process.env.NODUS_OBJ = { a: 1 };
console.log(process.env.NODUS_OBJ);
console.log('NODUS_NUM' in process.env, delete process.env.NODUS_NUM, 'NODUS_NUM' in process.env);
console.log(process.env.NODUS_NUM);
console.log(Object.keys(process.env).includes('NODUS_TEST_VAR'));
try {
  process.env.X = Symbol('s');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  Object.defineProperty(process.env, 'Y', { value: 1 });
} catch (e) {
  console.log(e.code, e.message);
}
Object.defineProperty(process.env, 'Z', { value: 7, writable: true, enumerable: true, configurable: true });
console.log(process.env.Z, typeof process.env.Z);
console.log(JSON.stringify({ v: process.env.NODUS_TEST_VAR }));
