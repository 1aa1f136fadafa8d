'use strict';
// Shared by the buffer tests: prints a result, or the error's class, code and message.
module.exports = function show(label, fn) {
  try {
    const v = fn();
    const shown = Buffer.isBuffer(v) ? `<${v.toString('hex')}> len=${v.length}` :
      typeof v === 'string' ? JSON.stringify(v) : String(v);
    console.log(`${label}: ${shown}`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.message}`);
  }
};
