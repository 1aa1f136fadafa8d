// compat: stderr
// An uncaughtException listener sees V8's wording: nodus rewrites engine errors before
// the listeners run.
process.on('uncaughtException', (err) => {
  console.log('caught:', err.message);
  console.log(err.stack.split('\n')[0]);
});
const settings = {};
settings.server.port = 8080;
