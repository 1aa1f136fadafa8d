'use strict';
// AbortSignal.timeout validates its delay like a uint32.
for (const v of [-1, 1.5, 'a', 2 ** 32, NaN, undefined, null, Infinity, 10n, {}]) {
  try {
    AbortSignal.timeout(v);
    console.log(String(v), 'ok');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  AbortSignal.timeout();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(AbortSignal.timeout(0).aborted, AbortSignal.timeout(4294967295).aborted);
