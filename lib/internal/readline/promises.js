'use strict';

// readline/promises' Readline: cursor and clearing actions queued for a stream and sent
// together by commit() (or each on the next tick with autoCommit).

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  Promise,
} = primordials;

const { CSI } = require('internal/readline/utils');
const { clearLineSequence, relativeMove } = require('internal/readline/callbacks');
const { validateBoolean, validateInteger } = require('internal/validators');
const { isWritable } = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

class Readline {
  #stream;
  #autoCommit = false;
  #pending = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else ArrayPrototypePush(this.#pending, data);
  }

  /** Moves the cursor to column x, and row y when given. Returns this. */
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  /** Moves the cursor relatively to where it is. Returns this. */
  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(relativeMove(dx, dy));
    }
    return this;
  }

  /** Clears the current line: -1 left of the cursor, 1 right of it, 0 all. */
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(clearLineSequence(dir));
    return this;
  }

  /** Clears from the cursor to the end of the screen. Returns this. */
  clearScreenDown() {
    this.#queue(CSI.kClearScreenDown);
    return this;
  }

  /** Writes the queued actions in one write; resolves when the stream has taken them. */
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(ArrayPrototypeJoin(this.#pending, ''), resolve);
      this.#pending = [];
    });
  }

  /** Forgets the queued actions. Returns this. */
  rollback() {
    this.#pending = [];
    return this;
  }
}

module.exports = { Readline };
