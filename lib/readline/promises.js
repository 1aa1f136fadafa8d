'use strict';

// node:readline/promises: an Interface whose question() returns a promise (rejected with
// an AbortError when options.signal aborts, or on Ctrl+C/Ctrl+D without a SIGINT
// listener), whose completer may return a promise, and the Readline class.

const {
  Promise,
  SymbolDispose,
} = primordials;

const { Readline } = require('internal/readline/promises');
const {
  Interface: _Interface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
} = require('internal/readline/interface');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const EventEmitter = require('events');

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  /** Shows query; resolves with the next line. */
  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const registration = EventEmitter.addAbortListener(signal, () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        });
        cb = (answer) => {
          registration[SymbolDispose]();
          resolve(answer);
        };
      }
      this[kQuestionReject] = reject;
      this[kQuestion](query, cb);
    });
  }
}

/** createInterface(...) is new Interface(...). */
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
