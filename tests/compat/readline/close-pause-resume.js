'use strict';
// compat: env=TERM=xterm
// close(), pause() and resume(): events, the input's state, idempotence, and the
// listeners an interface leaves on its input.
const readline = require('readline');
const { PassThrough } = require('stream');

function listeners(input) {
  return ['data', 'end', 'error', 'keypress'].map((e) => `${e}=${input.listenerCount(e)}`).join(' ');
}

{
  const input = new PassThrough();
  console.log('before', listeners(input), 'flowing', input.readableFlowing);
  const rl = readline.createInterface({ input });
  console.log('created', listeners(input), 'flowing', input.readableFlowing,
              'closed', rl.closed, 'paused', rl.paused, 'terminal', rl.terminal);
  for (const e of ['pause', 'resume', 'close']) rl.on(e, () => console.log(`event ${e}`));
  console.log('pause returns rl', rl.pause() === rl, 'input paused', input.isPaused());
  console.log('second pause returns', rl.pause());
  console.log('resume returns rl', rl.resume() === rl, 'input paused', input.isPaused());
  console.log('second resume returns', rl.resume());
  rl.pause();
  rl.write('written while paused\n');
  console.log('write resumed', rl.paused);
  rl.close();
  console.log('closed', rl.closed, 'paused', rl.paused, listeners(input));
  rl.close();
  console.log('second close: nothing');
  rl.on('line', (l) => console.log('line after close', l));
  input.write('more\n');
  console.log('input still readable', input.readable);
}
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: true });
  console.log('terminal created', listeners(input));
  rl.close();
  console.log('terminal closed', listeners(input));
}
{
  // End of input closes the interface, after the last unterminated line.
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (l) => console.log('line', l));
  rl.on('close', () => console.log('closed by end'));
  input.end('last line without newline');
}
{
  // A terminal interface reports the line being edited at end of input.
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: true });
  rl.on('line', (l) => console.log('terminal line at end', l));
  rl.on('close', () => console.log('terminal closed by end'));
  input.end('partial');
}
{
  // Closing from a line listener: the rest of the chunk's lines still arrive.
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (l) => {
    console.log('line in closing interface', l);
    rl.close();
  });
  input.write('l1\nl2\nl3\n');
}
{
  // An input 'error' is re-emitted by the interface.
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('error', (e) => console.log('interface error', e.message));
  input.emit('error', new Error('input broke'));
  rl.close();
  console.log('error listeners after close', input.listenerCount('error'));
}
{
  // The AbortSignal option closes the interface.
  const input = new PassThrough();
  const ac = new AbortController();
  const rl = readline.createInterface({ input, signal: ac.signal });
  rl.on('close', () => console.log('closed by signal'));
  ac.abort();
  const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  console.log('pre-aborted closed synchronously?', rl2.closed === true);
  rl2.on('close', () => console.log('pre-aborted closed on next tick'));
}
