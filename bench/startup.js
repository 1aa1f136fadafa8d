// Start-up: the cost of running a hello-world script, measured from outside (wall time
// and peak RSS of the whole process).
console.log('hello world');
