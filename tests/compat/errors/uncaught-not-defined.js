// compat: stderr
function run() {
  return helper() + 1;
}
run();
