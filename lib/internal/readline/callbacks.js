'use strict';

// The cursor helpers of node:readline (and tty.WriteStream): each writes one control
// sequence to a stream and returns write()'s result. With no stream, or nothing to do,
// they write nothing, return true and call the callback on the next tick.

const {
  NumberIsNaN,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CURSOR_POS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

function nothingToDo(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

/**
 * Moves the cursor to column x (0-based), and to row y when y is a number.
 * cursorTo(stream, x, callback) is accepted too.
 */
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (NumberIsNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (NumberIsNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  const hasX = typeof x === 'number';
  const hasY = typeof y === 'number';
  if (stream === null || stream === undefined || (!hasX && !hasY)) {
    return nothingToDo(callback);
  }
  // A row alone cannot be addressed.
  if (!hasX) throw new ERR_INVALID_CURSOR_POS();
  return stream.write(hasY ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`, callback);
}

/** The sequence moving the cursor dx columns right (left if negative), dy rows down. */
function relativeMove(dx, dy) {
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return data;
}

/** Moves the cursor relatively to where it is. */
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined || !(dx || dy)) return nothingToDo(callback);
  return stream.write(relativeMove(dx, dy), callback);
}

/** The sequence clearing left of the cursor (dir < 0), right (dir > 0) or all (0). */
function clearLineSequence(dir) {
  if (dir < 0) return CSI.kClearToLineBeginning;
  if (dir > 0) return CSI.kClearToLineEnd;
  return CSI.kClearLine;
}

/** Clears the line the cursor is on, in the direction dir. */
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToDo(callback);
  return stream.write(clearLineSequence(dir), callback);
}

/** Clears the screen from the cursor down. */
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToDo(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearLineSequence,
  clearScreenDown,
  cursorTo,
  moveCursor,
  relativeMove,
};
