'use strict';
// AbortSignal.any validates its argument.
for (const v of [undefined, null, 1, 'abc', {}, new Set(), [1], ['x'], [null],
  [new AbortController().signal, {}]]) {
  try {
    AbortSignal.any(v);
    console.log('ok');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  AbortSignal.any();
} catch (err) {
  console.log(err.code, err.message);
}
