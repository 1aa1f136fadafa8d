'use strict';

// process.on('SIGINT'|'SIGTERM'|..., listener): starts a libuv signal watcher while
// listeners exist and emits the signal's name on process when it arrives.

const { errnoException } = require('internal/errors');

const binding = internalBinding('signal_wrap');
const { signals } = internalBinding('constants').os;
const names = { __proto__: null };
for (const name in signals) names[signals[name]] ??= name;

binding.onsignal = (signum) => {
  const name = names[signum];
  if (name !== undefined) process.emit(name, name, signum);
};

function startListening(type) {
  const signum = signals[type];
  if (signum === undefined) return;
  const err = binding.start(signum);
  if (err) {
    const error = errnoException(err, 'uv_signal_start');
    process.nextTick(() => process.emit('error', error));
  }
}

function stopListening(type) {
  const signum = signals[type];
  if (signum !== undefined) binding.stop(signum);
}

module.exports = { startListening, stopListening };
