'use strict';

// readline.emitKeypressEvents(stream[, interface]): makes a readable stream emit
// 'keypress' (sequence, key) for the terminal input it carries.

const {
  SafeStringIterator,
  Symbol,
} = primordials;

const { charLengthAt, CSI, KeyDecoder } = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/interface');
const { StringDecoder } = require('string_decoder');
const { clearTimeout, setTimeout } = require('timers');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');

// How long an ESC waits for the rest of a sequence before it counts as the escape key
// (GNU readline's keyseq-timeout default).
const kDefaultEscapeCodeTimeout = 500;

/**
 * Decodes the stream's 'data' into characters and keys and emits 'keypress' on the
 * stream. Installed once per stream; decoding runs only while somebody listens to
 * 'keypress' (the data listener is added when the first keypress listener is).
 * `iface` (an Interface) supplies escapeCodeTimeout and learns whether the chunk being
 * decoded was one key (completion is enabled only on the last key of a chunk, so that
 * pasted tabs insert tabs).
 */
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  const decoder = new KeyDecoder((sequence, key) => {
    stream.emit('keypress', sequence, key);
  });
  stream[kEscapeDecoder] = decoder;

  const { escapeCodeTimeout = kDefaultEscapeCodeTimeout } = iface;
  let timer;
  const onEscapeTimeout = () => decoder.feed('');

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until somebody does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(chunk);
    if (!text) return;
    clearTimeout(timer);
    iface[kSawKeyPress] = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const ch of new SafeStringIterator(text)) {
      consumed += ch.length;
      const last = consumed === text.length;
      if (last) iface.isCompletionEnabled = true;
      try {
        decoder.feed(ch);
      } catch (err) {
        // A keypress listener threw: drop the partial key and let the error through.
        decoder.reset();
        throw err;
      }
      // An ESC at the end of the input may be the escape key or the start of a
      // sequence whose rest has not arrived yet: wait a little before deciding.
      if (last && ch === CSI.kEscape) timer = setTimeout(onEscapeTimeout, escapeCodeTimeout);
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
