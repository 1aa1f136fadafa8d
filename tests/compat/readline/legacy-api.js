'use strict';
// compat: env=TERM=xterm
// node:readline's historical surface: Interface callable without new, the underscore
// methods and fields, and overriding them on an instance (the common password-masking
// trick overrides _writeToOutput).
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

const rl = readline.Interface({ input: new PassThrough(), output: recorder(), terminal: true });
console.log('without new', rl instanceof readline.Interface);
console.log('is an EventEmitter', rl instanceof require('events'));
const proto = readline.Interface.prototype;
console.log('own prototype keys', Object.keys(proto).join(','));
console.log('getters', ['_decoder', '_line_buffer', '_oldPrompt', '_previousKey', '_prompt',
  '_questionCallback', '_sawKeyPress', '_sawReturnAt']
  .map((k) => typeof Object.getOwnPropertyDescriptor(proto, k)?.get).join(','));
console.log('_prompt', JSON.stringify(rl._prompt));
rl._prompt = 'new> ';
console.log('getPrompt after setting _prompt', JSON.stringify(rl.getPrompt()));
console.log('_getCursorPos', JSON.stringify(rl._getCursorPos()));
console.log('_getDisplayPos', JSON.stringify(rl._getDisplayPos('abc\ndefg')));
rl.close();

// Password masking: every character written shows as '*'.
const output = recorder();
const masked = readline.createInterface({ input: new PassThrough(), output, terminal: true });
masked._writeToOutput = function(s) {
  output.write(s.replace(/[^\r\n]/g, '*'));
};
masked.question('Password: ', (pw) => {
  console.log('password', JSON.stringify(pw));
  console.log('output', JSON.stringify(output.take()));
  masked.close();
});
masked.write('secret');
masked.write('\r');

// Overriding _ttyWrite on an instance intercepts every key.
const rl2 = readline.createInterface({ input: new PassThrough(), terminal: true });
const seen = [];
rl2._ttyWrite = function(s, key) {
  seen.push(key.name);
};
rl2.input.write('ab\x1b[A');
console.log('intercepted keys', JSON.stringify(seen), JSON.stringify(rl2.line));
rl2.close();

// readline/promises' Interface has no underscore methods.
const p = rlp.createInterface({ input: new PassThrough() });
console.log('promises _ttyWrite', typeof p._ttyWrite, 'question returns',
            p.question('x') instanceof Promise);
console.log('promises instanceof readline.Interface', p instanceof readline.Interface);
console.log('classes', typeof rlp.Interface, typeof rlp.Readline, Object.keys(rlp).join(','));
console.log('readline exports', Object.keys(readline).join(','));
console.log('promises is readline/promises', readline.promises === rlp);
p.close();
