'use strict';
// ERR_UNHANDLED_ERROR describes object values with util.inspect.
const EventEmitter = require('events');

const e = new EventEmitter();
for (const value of [{ a: 1 }, [1, 2], { message: 'not an error' }, () => {}, new Map()]) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err.code, err.message, err.context === value);
  }
}
