// compat: stderr
function load(text) {
  return JSON.parse(text);
}
load('{"name": "x",}');
