'use strict';

// The readline Interface shared by node:readline (callback API) and readline/promises.
//
// Two input modes:
// - plain (terminal false): 'data' is decoded as UTF-8 and split into lines at \n, \r\n
//   and \r (a \r\n split across two chunks counts once when the \n arrives within
//   crlfDelay);
// - terminal: the input's keypresses (emitKeypressEvents) drive a line editor that
//   redraws the prompt and line on the output with cursor control sequences, keeps a
//   history, a kill ring and an undo stack, and completes on tab.
//
// Internal operations are methods keyed by symbols. node:readline's legacy Interface
// maps them to the historical underscore names (_ttyWrite, _writeToOutput, ...) so that
// programs replacing those on an instance change what the Interface does; the
// readline/promises Interface uses the symbol methods directly.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIndexOf,
  ArrayPrototypeMap,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  DateNow,
  FunctionPrototypeCall,
  MathCeil,
  MathFloor,
  MathMax,
  NumberIsFinite,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromiseReject,
  PromiseResolve,
  RegExpPrototypeExec,
  SafeStringIterator,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  Symbol,
  SymbolAsyncIterator,
  SymbolDispose,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_USE_AFTER_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const EventEmitter = require('events');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSubstringSearch,
} = require('internal/readline/utils');
const {
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const { StringDecoder } = require('string_decoder');

let emitKeypressEvents;
let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMincrlfDelay = 100;
const kMaxLengthOfKillRing = 32;
// GNU readline's keyseq-timeout default.
const kEscapeCodeTimeout = 500;

const kLineObjectStream = Symbol('line object stream');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawKeyPress = Symbol('_sawKeyPress');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');

// ---------------------------------------------------------------------------------------
// Line endings and words.

/**
 * Splits text at its line endings (\r\n, \n, or a \r not followed by \n; a \r at the
 * very end counts). Pushes each complete line to `lines` and returns the index where
 * the unterminated rest starts.
 */
function splitLines(text, lines) {
  let start = 0;
  // Most input has no \r: split at \n with indexOf (direct calls: this is the hot path
  // of reading files line by line).
  if (text.indexOf('\r') === -1) {
    let nl;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      lines.push(text.slice(start, nl));
      start = nl + 1;
    }
    return start;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i));
      start = i + 1;
    } else if (c === 13) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return start;
}

function hasLineEnding(text) {
  return StringPrototypeIndexOf(text, '\n') !== -1 || StringPrototypeIndexOf(text, '\r') !== -1;
}

const kSpaceChar = /\s/;
const kWordChar = /\w/;
function isSpace(ch) {
  return RegExpPrototypeExec(kSpaceChar, ch) !== null;
}
function isWordChar(ch) {
  return RegExpPrototypeExec(kWordChar, ch) !== null;
}

// The length of the word left of `end`: blanks, then either a run of word characters
// or a run of other non-blank characters.
function wordLengthLeft(text, end) {
  let i = end;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i > 0) {
    if (isWordChar(text[i - 1])) {
      while (i > 0 && isWordChar(text[i - 1])) i--;
    } else {
      while (i > 0 && !isWordChar(text[i - 1]) && !isSpace(text[i - 1])) i--;
    }
  }
  return end - i;
}

// The length of the word right of `start` for cursor movement: a run of blanks alone,
// or a run of word characters (or of other non-blank characters) and the blanks after.
function wordLengthRight(text, start) {
  const n = text.length;
  let i = start;
  if (isSpace(text[i])) {
    while (i < n && isSpace(text[i])) i++;
    return i - start;
  }
  if (isWordChar(text[i])) {
    while (i < n && isWordChar(text[i])) i++;
  } else {
    while (i < n && !isWordChar(text[i]) && !isSpace(text[i])) i++;
  }
  while (i < n && isSpace(text[i])) i++;
  return i - start;
}

// The length deleted by "delete word right": a run of blanks; or a run of non-word
// characters (blanks included); or a word and the blanks after it.
function wordLengthToDelete(text, start) {
  const n = text.length;
  let i = start;
  if (isSpace(text[i])) {
    while (i < n && isSpace(text[i])) i++;
  } else if (!isWordChar(text[i])) {
    while (i < n && !isWordChar(text[i])) i++;
  } else {
    while (i < n && isWordChar(text[i])) i++;
    while (i < n && isSpace(text[i])) i++;
  }
  return i - start;
}

// ---------------------------------------------------------------------------------------
// Construction. A plain function (not a class constructor) so that node:readline's
// Interface can be called without `new`.

/**
 * InterfaceConstructor(input, output, completer, terminal), or (options) with
 * { input, output, completer, terminal, history, historySize, removeHistoryDuplicates,
 * prompt, crlfDelay, escapeCodeTimeout, tabSize, signal }. Starts reading input.
 */
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  // Turned off by the keypress decoder while it replays the keys of a pasted chunk,
  // so that a tab inside pasted text is inserted instead of completing.
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;

  FunctionPrototypeCall(EventEmitter, this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // The options form.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!NumberIsFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit choice, an interface is a terminal one when its output is a TTY.
  if (terminal === undefined && output !== null && output !== undefined) {
    terminal = !!output.isTTY;
  }

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // Killed text, most recent first, for yank (Ctrl+Y) and yank-pop (Meta+Y).
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? MathMax(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;

  const self = this;
  function onerror(err) {
    self.emit('error', err);
  }
  input.on('error', onerror);

  if (!this.terminal) {
    const ondata = (data) => {
      self[kNormalWrite](data);
    };
    const onend = () => {
      // A last line without a line ending.
      const rest = self[kLine_buffer];
      if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
      self.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', function onSelfCloseWithoutTerminal() {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onkeypress = (s, key) => {
      self[kTtyWrite](s, key);
      // Half of a surrogate pair was drawn alone; redraw once the line holds the pair.
      if (key && key.sequence) {
        const ch = StringPrototypeCodePointAt(key.sequence, 0);
        if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
      }
    };
    const ontermend = () => {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    };
    const onresize = () => {
      self[kRefreshLine]();
    };
    emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onresize);
    this.once('close', function onSelfCloseWithTerminal() {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const registration = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', registration[SymbolDispose]);
    }
  }

  this.line = '';
  input.resume();
}

ObjectSetPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  /** The output's width in columns, Infinity when unknown. */
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  // Puts the input in raw mode (when it can be) and returns whether it was.
  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  /** Writes the prompt (redrawing the line in terminal mode) and resumes input. */
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // Shows `query` as the prompt; the next line goes to cb instead of 'line'. While a
  // question is pending another one only re-prompts.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  // Records the current line in the history (most recent first) and returns the line
  // to report: a 'history' listener may have edited the list.
  [kAddHistory]() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this.historySize === 0) return line;
    if (StringPrototypeTrim(line).length === 0) return line;
    const history = this.history;
    if (history.length === 0 || history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const at = ArrayPrototypeIndexOf(history, line);
        if (at !== -1) ArrayPrototypeSplice(history, at, 1);
      }
      ArrayPrototypeUnshift(history, line);
      if (history.length > this.historySize) ArrayPrototypePop(history);
    }
    this.historyIndex = -1;
    const recorded = this.history[0];
    this.emit('history', this.history);
    return recorded;
  }

  // Redraws the prompt and the line: back to the first row of what was drawn, clear
  // to the end of the screen, write, and put the cursor where it belongs.
  [kRefreshLine]() {
    const text = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](text);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](text);
    // At the exact end of a row the terminal has not wrapped yet: make it.
    if (end.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  /** Stops reading, leaves raw mode and emits 'close' (once). */
  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  [SymbolDispose]() {
    this.close();
  }

  /** Pauses the input (emits 'pause'). */
  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  /** Resumes the input (emits 'resume'). */
  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  /** Feeds data (or, in terminal mode, a key) as if it came from the input. */
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let text = this[kDecoder].write(b);
    // The \n of a \r\n pair split across chunks.
    if (this[kSawReturnAt] && DateNow() - this[kSawReturnAt] <= this.crlfDelay) {
      if (StringPrototypeCharCodeAt(text, 0) === 10) text = StringPrototypeSlice(text, 1);
      this[kSawReturnAt] = 0;
    }
    if (!hasLineEnding(text)) {
      if (text) {
        if (this[kLine_buffer]) this[kLine_buffer] += text;
        else this[kLine_buffer] = text;
      }
      return;
    }
    if (this[kLine_buffer]) {
      text = this[kLine_buffer] + text;
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = StringPrototypeEndsWith(text, '\r') ? DateNow() : 0;
    const lines = [];
    const rest = splitLines(text, lines);
    this[kLine_buffer] = StringPrototypeSlice(text, rest);
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Pasted text: append and echo without redrawing.
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) + c +
        StringPrototypeSlice(this.line, this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
      return;
    }
    const before = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const after = this.getCursorPos();
    if (before.rows < after.rows) this[kRefreshLine]();
    else this[kWriteToOutput](c);
  }

  // Asks the completer (which may return a promise) about the text left of the cursor;
  // input pauses meanwhile.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const before = StringPrototypeSlice(this.line, 0, this.cursor);
    let value;
    try {
      value = await this.completer(before);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${lazyInspect().inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // Applies a completer result [completions, completedText]: inserts the completions'
  // common prefix when it extends the text, and on a second tab lists them in columns.
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(ArrayPrototypeFilter(completions, (e) => e !== ''));
    if (StringPrototypeStartsWith(prefix, completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](StringPrototypeSlice(prefix, completeOn.length));
      return;
    }
    if (!StringPrototypeStartsWith(completeOn, prefix)) {
      // The completions replace the completed text.
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - completeOn.length) +
        prefix + StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;

    this[kBeforeEdit](this.line, this.cursor);
    const { getStringWidth } = lazyInspect();
    const widths = ArrayPrototypeMap(completions, (e) => getStringWidth(e));
    // Two spaces between columns; an empty completion starts a new group.
    let widest = -Infinity;
    for (let i = 0; i < widths.length; i++) widest = MathMax(widest, widths[i]);
    const width = widest + 2;
    let perRow = MathFloor(this.columns / width) || 1;
    if (perRow === Infinity) perRow = 1;
    let out = '\r\n';
    let inRow = 0;
    let pad = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || inRow === perRow) {
        out += '\r\n';
        inRow = 0;
        pad = 0;
      } else {
        out += StringPrototypeRepeat(' ', pad);
      }
      if (completion === '') {
        out += '\r\n';
      } else {
        out += completion;
        pad = width - widths[i];
        inRow++;
      }
    }
    if (inRow !== 0) out += '\r\n\r\n';
    this[kWriteToOutput](out);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) this[kMoveCursor](-wordLengthLeft(this.line, this.cursor));
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      this[kMoveCursor](wordLengthRight(this.line, this.cursor));
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - size) +
        StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + size, this.line.length);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const start = this.cursor - wordLengthLeft(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, start) +
        StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.cursor = start;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const end = this.cursor + wordLengthToDelete(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, end);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, 0, this.cursor);
    this.line = StringPrototypeSlice(this.line, this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, this.cursor);
    this.line = StringPrototypeSlice(this.line, 0, this.cursor);
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kPushToKillRing](text) {
    const ring = this[kKillRing];
    if (!text || text === ring[0]) return;
    ArrayPrototypeUnshift(ring, text);
    this[kKillRingCursor] = 0;
    while (ring.length > kMaxLengthOfKillRing) ArrayPrototypePop(ring);
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // Replaces the text just yanked with the previous kill ring entry (cycling).
  [kYankPop]() {
    if (!this[kYanking]) return;
    const ring = this[kKillRing];
    if (ring.length <= 1) return;
    const previous = ring[this[kKillRingCursor]];
    this[kKillRingCursor]++;
    if (this[kKillRingCursor] >= ring.length) this[kKillRingCursor] = 0;
    const current = ring[this[kKillRingCursor]];
    const head = StringPrototypeSlice(this.line, 0, this.cursor - previous.length);
    const tail = StringPrototypeSlice(this.line, this.cursor);
    this.line = head + current + tail;
    this.cursor = head.length + current.length;
    this[kRefreshLine]();
  }

  /** Moves to the end of the line, starts a new output line and empties the line. */
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // The line is complete (Enter): record it, start afresh, report it.
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (ArrayPrototypePush(this[kUndoStack], { text, cursor }) > kMaxUndoRedoStackSize) {
      ArrayPrototypeShift(this[kUndoStack]);
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    ArrayPrototypePush(this[kRedoStack], { text: this.line, cursor: this.cursor });
    const entry = ArrayPrototypePop(this[kUndoStack]);
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    ArrayPrototypePush(this[kUndoStack], { text: this.line, cursor: this.cursor });
    const entry = ArrayPrototypePop(this[kRedoStack]);
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // History navigation. Up/Down search the entries starting with the text that was
  // left of the cursor when the search began (kSubstringSearch), skipping entries equal
  // to the current line; past either end the line becomes that search text.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!StringPrototypeStartsWith(this.history[index], search) ||
            this.line === this.history[index])) {
      index--;
    }
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  [kHistoryPrev]() {
    if (this.historyIndex >= this.history.length || !this.history.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           (!StringPrototypeStartsWith(this.history[index], search) ||
            this.line === this.history[index])) {
      index++;
    }
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Where the text would leave the cursor on a terminal `columns` wide, starting at
  // column 0: { rows, cols }. Escape sequences take no room, wide characters two
  // columns (never split across rows), tabs reach the next multiple of tabSize.
  [kGetDisplayPos](str) {
    const { getStringWidth, stripVTControlCharacters } = lazyInspect();
    const columns = this.columns;
    let offset = 0;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const ch of new SafeStringIterator(str)) {
      if (ch === '\n') {
        rows += MathCeil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  /** The cursor's { rows, cols } relative to the start of the prompt. */
  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + StringPrototypeSlice(this.line, 0, this.cursor));
  }

  // Moves the cursor dx characters (clamped to the line), redrawing when it changes rows.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this[kRefreshLine]();
  }

  // One key (or a string of text) from the terminal.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    // Any key but Meta+Y ends a yank sequence.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up/Down without modifiers search the history for what is left of the cursor;
    // any other key ends the search.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = StringPrototypeSlice(this.line, 0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Ctrl+_ undoes, Ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const first = StringPrototypeCodePointAt(key.sequence, 0);
      if (first === 0x1f) {
        this[kUndo]();
        return;
      }
      if (first === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    // A lone escape does nothing.
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      ctrlShiftKey(this, key);
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      metaKey(this, key);
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  /**
   * An async iterator over the lines, created on first use (lines emitted before it
   * exists are not seen). More than 1024 unread lines pause the interface until they
   * are all read; 'close' ends the iteration after the lines already queued; an 'error'
   * rejects it.
   */
  [SymbolAsyncIterator]() {
    if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = lineIterator(this);
    return this[kLineObjectStream];
  }
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype);
const kHighWaterMark = 1024;

// The iterator behind for-await over an Interface (node builds it with events.on()).
// Lines wait in `queued` from index `head` on (shifting an array is linear in its
// length; the consumed part is dropped once it is the larger half). Direct method calls
// on these internal arrays keep the per-line cost low.
function lineIterator(rl) {
  let queued = [];
  let head = 0;
  const waiting = [];  // { resolve, reject } of pending next() calls
  let error = null;
  let finished = false;
  let paused = false;

  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queued.push(line);
    if (!paused && queued.length - head > kHighWaterMark) {
      paused = true;
      rl.pause();
    }
  }
  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    finish();
  }
  function finish() {
    rl.removeListener('line', onLine);
    rl.removeListener('error', onError);
    rl.removeListener('close', finish);
    finished = true;
    const done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return PromiseResolve(done);
  }
  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', finish);

  return ObjectSetPrototypeOf({
    next() {
      if (head < queued.length) {
        const value = queued[head];
        queued[head++] = undefined;
        if (head === queued.length) {
          queued = [];
          head = 0;
        } else if (head > 1024 && head * 2 > queued.length) {
          queued = queued.slice(head);
          head = 0;
        }
        if (paused && head === queued.length) {
          paused = false;
          rl.resume();
        }
        return PromiseResolve({ value, done: false });
      }
      if (error !== null) {
        const rejected = PromiseReject(error);
        error = null;
        return rejected;
      }
      if (finished) return finish();
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },
    return() {
      return finish();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
}

// Key handlers of kTtyWrite, by modifier (plain functions: legacy Interfaces are built
// without the class constructor, so they could not use private methods).

function ctrlShiftKey(self, key) {
  switch (key.name) {
    case 'backspace':
      self[kDeleteLineLeft]();
      break;
    case 'delete':
      self[kDeleteLineRight]();
      break;
  }
}

function ctrlKey(self, key) {
  switch (key.name) {
    case 'c':
      if (self.listenerCount('SIGINT') > 0) {
        self.emit('SIGINT');
      } else {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
      }
      break;
    case 'h':
      self[kDeleteLeft]();
      break;
    case 'd':
      // End of input on an empty line, otherwise delete right.
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (self.cursor < self.line.length) {
        self[kDeleteRight]();
      }
      break;
    case 'u':
      self[kDeleteLineLeft]();
      break;
    case 'k':
      self[kDeleteLineRight]();
      break;
    case 'a':
      self[kMoveCursor](-Infinity);
      break;
    case 'e':
      self[kMoveCursor](+Infinity);
      break;
    case 'b':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      break;
    case 'f':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      break;
    case 'l':
      // Clear the screen and redraw at the top.
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[kRefreshLine]();
      break;
    case 'n':
      self[kHistoryNext]();
      break;
    case 'p':
      self[kHistoryPrev]();
      break;
    case 'y':
      self[kYank]();
      break;
    case 'z':
      suspend(self);
      break;
    case 'w':
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'left':
      self[kWordLeft]();
      break;
    case 'right':
      self[kWordRight]();
      break;
  }
}

// Ctrl+Z: 'SIGTSTP' when somebody listens, otherwise really stop the process (out of
// raw mode), and on SIGCONT restore raw mode, redraw, and emit 'SIGCONT'.
function suspend(self) {
  if (process.platform === 'win32') return;
  if (self.listenerCount('SIGTSTP') > 0) {
    self.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    if (!self.paused) {
      self.pause();
      self.emit('SIGCONT');
    }
    self[kSetRawMode](true);
    self[kRefreshLine]();
  });
  self[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

function metaKey(self, key) {
  switch (key.name) {
    case 'b':
      self[kWordLeft]();
      break;
    case 'f':
      self[kWordRight]();
      break;
    case 'd':
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'y':
      self[kYankPop]();
      break;
  }
}

function plainKey(self, s, key, previousKey) {
  // A \r is only remembered for the \n that may follow it.
  if (self[kSawReturnAt] && key.name !== 'enter') self[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      self[kSawReturnAt] = DateNow();
      self[kLine]();
      return;
    case 'enter':
      // The \n of a \r\n pair (within crlfDelay) ends no second line.
      if (self[kSawReturnAt] === 0 || DateNow() - self[kSawReturnAt] > self.crlfDelay) {
        self[kLine]();
      }
      self[kSawReturnAt] = 0;
      return;
    case 'backspace':
      self[kDeleteLeft]();
      return;
    case 'delete':
      self[kDeleteRight]();
      return;
    case 'left':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      return;
    case 'right':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      return;
    case 'home':
      self[kMoveCursor](-Infinity);
      return;
    case 'end':
      self[kMoveCursor](+Infinity);
      return;
    case 'up':
      self[kHistoryPrev]();
      return;
    case 'down':
      self[kHistoryNext]();
      return;
    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        self[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  // Text: insert it, ending a line at each line ending it contains.
  if (typeof s === 'string' && s) {
    const lines = [];
    const rest = splitLines(s, lines);
    for (let i = 0; i < lines.length; i++) {
      self[kInsertString](lines[i]);
      self[kLine]();
    }
    self[kInsertString](StringPrototypeSlice(s, rest));
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
