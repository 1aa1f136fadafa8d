'use strict';
// DOMException's prototype members and brand checks.
for (const key of Reflect.ownKeys(DOMException.prototype)) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  if (typeof key === 'string' && /^[A-Z_]+$/.test(key)) continue;
  const kind = 'value' in d ? `value:${typeof d.value}` : `${d.get ? 'get' : ''}${d.set ? 'set' : ''}`;
  console.log(String(key), kind, d.enumerable, d.configurable,
    d.get ? d.get.name : '', 'value' in d && typeof d.value === 'string' ? d.value : '');
}
for (const key of ['name', 'message', 'code']) {
  try {
    Object.getOwnPropertyDescriptor(DOMException.prototype, key).get.call(new Error('x'));
  } catch (err) {
    console.log(key, err.name, err.code, err.message, Object.keys(err),
      err.stack.split('\n')[0]);
  }
  try {
    DOMException.prototype[key];
  } catch (err) {
    console.log(key, 'on prototype:', err.code);
  }
}
console.log(Error.prototype.toString.call(new DOMException('m', 'AbortError')));
