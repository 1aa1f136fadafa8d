// compat: stderr
function start({ host, port }) {
  return `${host}:${port}`;
}
start();
