'use strict';
// Argument validation of the Event and CustomEvent constructors.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('no args', () => new Event());
attempt('options number', () => new Event('x', 1));
attempt('options string', () => new Event('x', 'str'));
attempt('options true', () => new Event('x', true));
attempt('options array', () => new Event('x', []));
attempt('options function', () => new Event('x', function named() {}));
attempt('options null', () => new Event('x', null));
attempt('symbol type', () => new Event(Symbol('s')));
attempt('custom no args', () => new CustomEvent());
attempt('custom options number', () => new CustomEvent('x', 5));
attempt('custom options null', () => new CustomEvent('x', null));
attempt('throwing toString', () => new Event({ toString() { throw new Error('toString'); } }));
attempt('throwing getter', () => new Event('x', { get bubbles() { throw new Error('getter'); } }));
