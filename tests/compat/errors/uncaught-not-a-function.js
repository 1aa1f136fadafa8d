// compat: stderr
const api = { client: {} };
function connect() {
  api.client.connect('localhost');
}
connect();
