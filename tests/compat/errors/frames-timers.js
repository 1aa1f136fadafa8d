// compat: stderr
// Timer callbacks run as methods of their Timeout (V8: "Timeout._onTimeout").
setTimeout(function named() {
  setImmediate(() => {
    setTimeout(() => {
      throw new Error('in timeout');
    }, 1);
  });
  try {
    throw new Error('in named');
  } catch (e) {
    console.log(e.stack.split('\n')[1].split(__dirname).join('.'));
  }
}, 1);
