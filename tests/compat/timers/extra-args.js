// Extra arguments are passed to the callback, whatever their number. (Run from a timer
// callback, so the immediates deterministically come first.)
setTimeout(() => {
  setTimeout((...a) => console.log('timeout', a.length, a.join(',')), 1, 1, 2, 3, 4, 5, 6);
  setTimeout((...a) => console.log('timeout none', a.length), 1);
  setTimeout((...a) => console.log('timeout one undefined', a.length, a[0]), 1, undefined);
  setTimeout(function(a, b) { console.log('timeout two', a, b, arguments.length); }, 1, 'a', 'b');
  setTimeout((...a) => console.log('timeout three', a.join(',')), 1, 'a', 'b', 'c');
  const iv = setInterval((x, y) => {
    console.log('interval', x, y);
    clearInterval(iv);
  }, 1, 'x', 'y');
  setImmediate((...a) => console.log('immediate', a.length, a.join(',')), 'p', 'q', 'r', 's');
  setImmediate((...a) => console.log('immediate none', a.length));
  setImmediate(function(a) { console.log('immediate this', this.constructor.name, a); }, 'z');
  setTimeout(function() { console.log('timeout this', this.constructor.name); }, 1);
  const t = setTimeout(() => {}, 1);
  console.log(t._timerArgs, setTimeout(() => {}, 1, 7)._timerArgs.length);
}, 1);
