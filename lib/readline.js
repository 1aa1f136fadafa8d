'use strict';

// node:readline: the callback-style Interface (callable without `new`, completers taking
// a callback, question(query[, options], cb)), the cursor helpers and
// emitKeypressEvents. The Interface itself lives in internal/readline/interface.

const {
  DateNow,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  PromiseReject,
  StringPrototypeSlice,
  SymbolDispose,
} = primordials;

const {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const promises = require('readline/promises');
const { AbortError } = require('internal/errors');
const { kEmptyObject, promisify } = require('internal/util');
const { validateAbortSignal } = require('internal/validators');
const EventEmitter = require('events');
const internal = require('internal/readline/interface');
const {
  Interface: _Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
  kSawReturnAt,
  kTabCompleter,
} = internal;

/**
 * Interface(input, output, completer, terminal) or Interface(options); works with and
 * without `new`. A completer of other than two parameters is synchronous
 * (line => [completions, text]) and is adapted to the callback form.
 */
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  if (input?.input && typeof input.completer === 'function' &&
      input.completer.length !== 2) {
    // node rewrites the option in the caller's object.
    const sync = input.completer;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  FunctionPrototypeCall(InterfaceConstructor, this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') {
    this._ttyWrite = FunctionPrototypeBind(ttyWriteDumb, this);
  }
}

ObjectSetPrototypeOf(Interface.prototype, _Interface.prototype);
ObjectSetPrototypeOf(Interface, _Interface);

/**
 * Shows query and calls cb(answer) with the next line. options.signal cancels the
 * question (nothing is called then).
 */
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const registration = EventEmitter.addAbortListener(options.signal, () => {
      this[kQuestionCancel]();
    });
    const userCb = cb;
    cb = typeof userCb === 'function' ? (answer) => {
      registration[SymbolDispose]();
      return userCb(answer);
    } : registration[SymbolDispose];
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): a promise for the answer, rejected with an AbortError
// when options.signal aborts.
Interface.prototype.question[promisify.custom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const signal = options.signal;
  if (signal && signal.aborted) {
    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const registration = EventEmitter.addAbortListener(signal, () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      });
      cb = (answer) => {
        registration[SymbolDispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

/** createInterface(...) is new Interface(...). */
function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The historical underscore names. The internal methods are reached through these, so
// an instance (or subclass) overriding e.g. _writeToOutput or _ttyWrite changes the
// Interface's behaviour, as it always did.
const kLegacyMethods = [
  ['_setRawMode', 'kSetRawMode'],
  ['_onLine', 'kOnLine'],
  ['_writeToOutput', 'kWriteToOutput'],
  ['_addHistory', 'kAddHistory'],
  ['_refreshLine', 'kRefreshLine'],
  ['_normalWrite', 'kNormalWrite'],
  ['_insertString', 'kInsertString'],
  ['_tabComplete', 'kTabComplete'],
  ['_wordLeft', 'kWordLeft'],
  ['_wordRight', 'kWordRight'],
  ['_deleteLeft', 'kDeleteLeft'],
  ['_deleteRight', 'kDeleteRight'],
  ['_deleteWordLeft', 'kDeleteWordLeft'],
  ['_deleteWordRight', 'kDeleteWordRight'],
  ['_deleteLineLeft', 'kDeleteLineLeft'],
  ['_deleteLineRight', 'kDeleteLineRight'],
  ['_line', 'kLine'],
  ['_historyNext', 'kHistoryNext'],
  ['_historyPrev', 'kHistoryPrev'],
  ['_getDisplayPos', 'kGetDisplayPos'],
  ['_moveCursor', 'kMoveCursor'],
  ['_ttyWrite', 'kTtyWrite'],
];

// Internal state under its historical names.
const kLegacyFields = [
  ['_decoder', 'kDecoder'],
  ['_line_buffer', 'kLine_buffer'],
  ['_oldPrompt', 'kOldPrompt'],
  ['_previousKey', 'kPreviousKey'],
  ['_prompt', 'kPrompt'],
  ['_questionCallback', 'kQuestionCallback'],
  ['_sawKeyPress', 'kSawKeyPress'],
  ['_sawReturnAt', 'kSawReturnAt'],
];

// The legacy completer takes a callback: (line, (err, [completions, text]) => ...).
function legacyTabComplete(lastKeypressWasTab) {
  this.pause();
  const before = StringPrototypeSlice(this.line, 0, this.cursor);
  this.completer(before, (err, value) => {
    this.resume();
    if (err) {
      const { inspect } = require('internal/util/inspect');
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
}
// Node's method is an anonymous function expression: its name is ''.
ObjectDefineProperty(legacyTabComplete, 'name', { __proto__: null, value: '' });

{
  const descriptors = { __proto__: null };
  for (const { 0: name, 1: symbolName } of kLegacyMethods) {
    descriptors[internal[symbolName]] = {
      __proto__: null,
      get() { return this[name]; },
    };
  }
  for (const { 0: name, 1: symbolName } of kLegacyFields) {
    const symbol = internal[symbolName];
    descriptors[name] = {
      __proto__: null,
      get() { return this[symbol]; },
      set(value) { this[symbol] = value; },
    };
  }
  ObjectDefineProperties(Interface.prototype, descriptors);

  for (const { 0: name, 1: symbolName } of kLegacyMethods) {
    ObjectDefineProperty(Interface.prototype, name, {
      __proto__: null,
      value: name === '_tabComplete' ? legacyTabComplete :
        _Interface.prototype[internal[symbolName]],
      writable: true,
      enumerable: true,
      configurable: true,
    });
    if (name === '_getDisplayPos') {
      ObjectDefineProperty(Interface.prototype, '_getCursorPos', {
        __proto__: null,
        value: _Interface.prototype.getCursorPos,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
}

// With TERM=dumb there is no line editing: characters are echoed as they come and
// only Enter, Ctrl+C and Ctrl+D mean something.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = DateNow();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || DateNow() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
