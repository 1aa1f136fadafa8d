'use strict';

// Pieces of node:readline shared by the Interface, the keypress emitter and the
// cursor helpers: terminal control sequences, UTF-16 character lengths, the common
// prefix of completions, and the key decoder that turns terminal input into keypress
// events.

const {
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  RegExpPrototypeExec,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');

/**
 * Builds a Control Sequence Introducer sequence as a template tag: CSI`${n}G` is
 * "\x1b[<n>G". The constants hang off the function as in node.
 */
function CSI(strings, ...args) {
  let out = '\x1b[';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

/**
 * The number of UTF-16 units of the character that ends just before index i (2 for a
 * surrogate pair, 1 otherwise, 0 at the start).
 */
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && StringPrototypeCodePointAt(str, i - 2) >= 0x10000) ||
      StringPrototypeCodePointAt(str, i - 1) >= 0x10000) {
    return 2;
  }
  return 1;
}

/**
 * The number of UTF-16 units of the character at index i; past the end it is 1, so that
 * moving right past the end still moves (completion relies on it).
 */
function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return StringPrototypeCodePointAt(str, i) >= 0x10000 ? 2 : 1;
}

/** The longest prefix shared by every string of the array ('' for none). */
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  // After sorting, the first and the last strings differ the most: their common prefix
  // is everybody's.
  const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(strings));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return i === first.length ? first : StringPrototypeSlice(first, 0, i);
}

// ---------------------------------------------------------------------------------------
// Key decoding.
//
// Terminals send keys as single characters (letters, control characters) or as escape
// sequences: ESC followed by a letter (meta/alt), "ESC O" + letter (SS3, with an optional
// modifier digit), or "ESC [" (CSI) + up to three digits, an optional ";" + modifier
// digit and a final character (~ ^ $ or a letter); rxvt and the Linux console also send
// "ESC [ [" + letter. A doubled leading ESC means the same as one. The modifier value is
// 1 + shift(1) + alt(2) + ctrl(4) + meta(8).
//
// The decoder is a state machine fed one character (code point) at a time. The empty
// string stands for "the escape-sequence timeout expired": it matches nothing, so an ESC
// pending alone is reported as the escape key. Completed keys are reported through
// emit(sequence, key): sequence is undefined for escape sequences, key is
// { sequence, name, ctrl, meta, shift } plus `code` for SS3/CSI sequences.

const kGround = 0;     // between keys
const kEsc = 1;        // after ESC
const kEscEsc = 2;     // after ESC ESC
const kSs3 = 3;        // after ESC O
const kSs3Mod = 4;     // after ESC O <digit>
const kCsiEntry = 5;   // after ESC [
const kCsiFirst = 6;   // after ESC [ [
const kCsiDigits = 7;  // inside the leading digits (one or two seen)
const kCsiAfter3 = 8;  // three digits seen: the next character is taken as is
const kCsiSemi = 9;    // after the ';'
const kCsiLast = 10;   // after ';' <digit>: the next character ends the sequence

// Names of the SS3 and CSI codes. An entry is a name, or [name, flag] where flag is a
// modifier the code implies ('shift' or 'ctrl').
const kKeyCodes = {
  __proto__: null,
  // Function keys: xterm/gnome (ESC O / ESC [ letter), rxvt (ESC [ nn ~), Cygwin and
  // libuv (ESC [ [ letter).
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // Bracketed paste.
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cursor and editing keys.
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end',
  '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end',
  'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
  '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  // rxvt: shifted keys in lower case or with '$', control keys with 'O' + lower case
  // or '^'.
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
  '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
  'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'],
  '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  // Back-tab.
  '[Z': ['tab', 'shift'],
};

function isDigit(ch) {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

const kAlphanumeric = /^[0-9A-Za-z]$/;
const kUpperCase = /^[A-Z]$/;
// The parameter part of a CSI sequence (after "[" or "[["): "<n>[;<m>]<~^$>" with one or
// two digits, "<nnn>~" (bracketed paste), or "[[<d>;]<m>]<letter>".
const kCsiNumbered = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const kCsiLettered = /^((\d;)?(\d))?([A-Za-z])$/;

class KeyDecoder {
  /** emit(sequence, key) is called for every complete key. */
  constructor(emit) {
    this.emit = emit;
    this.state = kGround;
    this.seq = '';         // the characters of the key so far
    this.escaped = false;  // the key started with ESC
    this.prefix = '';      // '[' or '[[' for CSI
    this.modifier = 0;     // SS3 modifier (already minus one)
    this.paramStart = 0;   // where the CSI parameters start in seq
    this.digits = 0;       // leading CSI digits seen
  }

  /** Feeds one character ('' for the escape timeout). */
  feed(ch) {
    switch (this.state) {
      case kGround:
        this.seq = ch;
        this.escaped = false;
        if (ch === kEscape) {
          this.escaped = true;
          this.state = kEsc;
          return;
        }
        this.single(ch);
        return;
      case kEsc:
        this.seq += ch;
        if (ch === kEscape) {
          this.state = kEscEsc;
          return;
        }
        this.afterEscape(ch);
        return;
      case kEscEsc:
        this.seq += ch;
        this.afterEscape(ch);
        return;
      case kSs3:
        this.seq += ch;
        if (isDigit(ch)) {
          this.modifier = StringPrototypeCharCodeAt(ch, 0) - 48 - 1;
          this.state = kSs3Mod;
          return;
        }
        this.sequence(`O${ch}`, 0);
        return;
      case kSs3Mod:
        this.seq += ch;
        this.sequence(`O${ch}`, this.modifier);
        return;
      case kCsiEntry:
        this.seq += ch;
        if (ch === '[') {
          this.prefix = '[[';
          this.state = kCsiFirst;
          return;
        }
        this.prefix = '[';
        this.firstParam(ch);
        return;
      case kCsiFirst:
        this.seq += ch;
        this.firstParam(ch);
        return;
      case kCsiDigits:
        this.seq += ch;
        if (isDigit(ch)) {
          if (++this.digits === 3) this.state = kCsiAfter3;
          return;
        }
        this.afterDigits(ch);
        return;
      case kCsiAfter3:
        this.seq += ch;
        this.afterDigits(ch);
        return;
      case kCsiSemi:
        this.seq += ch;
        if (isDigit(ch)) {
          this.state = kCsiLast;
          return;
        }
        this.csiDone();
        return;
      case kCsiLast:
        this.seq += ch;
        this.csiDone();
        return;
    }
  }

  /** Forgets a partial key (after a listener threw). */
  reset() {
    this.state = kGround;
    this.seq = '';
  }

  afterEscape(ch) {
    if (ch === 'O') {
      this.state = kSs3;
      return;
    }
    if (ch === '[') {
      this.state = kCsiEntry;
      return;
    }
    this.single(ch);
  }

  firstParam(ch) {
    this.paramStart = this.seq.length - 1;
    if (isDigit(ch)) {
      this.digits = 1;
      this.state = kCsiDigits;
      return;
    }
    this.afterDigits(ch);
  }

  afterDigits(ch) {
    if (ch === ';') {
      this.state = kCsiSemi;
      return;
    }
    this.csiDone();
  }

  csiDone() {
    const params = StringPrototypeSlice(this.seq, this.paramStart);
    let code = this.prefix;
    let modifier = 0;
    let m = RegExpPrototypeExec(kCsiNumbered, params);
    if (m !== null) {
      if (m[4] !== undefined) {
        code += m[4];
      } else {
        code += m[1] + m[3];
        modifier = m[2] === undefined ? 0 : m[2] - 1;
      }
    } else if ((m = RegExpPrototypeExec(kCsiLettered, params)) !== null) {
      code += m[4];
      modifier = m[3] === undefined ? 0 : m[3] - 1;
    } else {
      code += params;
    }
    this.sequence(code, modifier);
  }

  // A complete SS3/CSI sequence.
  sequence(code, modifier) {
    const key = {
      sequence: this.seq,
      name: 'undefined',
      ctrl: (modifier & 4) !== 0,
      meta: (modifier & 10) !== 0,
      shift: (modifier & 1) !== 0,
      code,
    };
    const entry = kKeyCodes[code];
    if (typeof entry === 'string') {
      key.name = entry;
    } else if (entry !== undefined) {
      key.name = entry[0];
      key[entry[1]] = true;
    }
    this.state = kGround;
    this.emit(undefined, key);
  }

  // A single character, possibly after ESC (meta).
  single(ch) {
    const escaped = this.escaped;
    const key = {
      sequence: this.seq,
      name: undefined,
      ctrl: false,
      meta: false,
      shift: false,
    };
    switch (ch) {
      case '\r': key.name = 'return'; key.meta = escaped; break;
      case '\n': key.name = 'enter'; key.meta = escaped; break;
      case '\t': key.name = 'tab'; key.meta = escaped; break;
      case '\b':
      case '\x7f': key.name = 'backspace'; key.meta = escaped; break;
      case kEscape: key.name = 'escape'; key.meta = escaped; break;
      case ' ': key.name = 'space'; key.meta = escaped; break;
      default:
        if (!escaped && ch <= '\x1a') {
          // Control + letter. (The empty string compares below too; it names nothing
          // visible and is not reported.)
          key.name = StringFromCharCode(StringPrototypeCharCodeAt(ch, 0) + 96);
          key.ctrl = true;
        } else if (RegExpPrototypeExec(kAlphanumeric, ch) !== null) {
          key.name = StringPrototypeToLowerCase(ch);
          key.shift = RegExpPrototypeExec(kUpperCase, ch) !== null;
          key.meta = escaped;
        } else if (escaped) {
          // ESC + something else, or ESC alone when the timeout expired.
          key.name = ch.length ? undefined : 'escape';
          key.meta = true;
        }
    }
    this.state = kGround;
    const seq = this.seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      this.emit(escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      // One unnamed character such as '.' or an emoji.
      this.emit(seq, key);
    }
    // Anything else (the timeout with nothing pending) is not a key.
  }
}

module.exports = {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  KeyDecoder,
  kSubstringSearch,
  CSI,
};
