// compat: stderr
function useLater() {
  return settings.mode;
}
useLater();
const settings = { mode: 'x' };
