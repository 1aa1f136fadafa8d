// An 'error' without a listener ends the process with exit code 1 (stderr is not
// compared: the "Emitted 'error' event" trailer is the events module's).
const net = require('net');

process.on('exit', (code) => console.log('exit', code));
console.log('connecting');
net.connect({ path: 'no-such-socket-in-this-directory.sock' });
