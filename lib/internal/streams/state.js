'use strict';

// highWaterMark defaults and option parsing. As in node 22, byte streams buffer 64 KiB
// by default and object-mode streams 16 objects; setDefaultHighWaterMark changes the
// default for streams created afterwards.

const {
  MathFloor,
  NumberIsInteger,
} = primordials;

const { validateInteger } = require('internal/validators');
const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

let defaultBytes = 64 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// The highWaterMark a side of a stream gets from its options: options.highWaterMark,
// else (for one side of a Duplex) options[duplexKey], else the default for
// state.objectMode. Throws ERR_INVALID_ARG_VALUE for a negative or fractional value.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!NumberIsInteger(hwm) || hwm < 0) {
    const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return MathFloor(hwm);
}

module.exports = {
  getDefaultHighWaterMark,
  getHighWaterMark,
  setDefaultHighWaterMark,
};
