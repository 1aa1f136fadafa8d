// Frames of code run by eval, as a program shows the error (console.log).
const here = __dirname;
function show(e) {
  let text = '';
  const sink = { write(s) { text += s; return true; }, on() {}, once() {}, removeListener() {}, off() {}, emit() {}, listenerCount: () => 0 };
  new console.Console(sink).log(e);
  console.log(text.split('\n').slice(0, 3).join('\n').split(here).join('.'));
}
function run() {
  eval('\n  null.x');
}
try { run(); } catch (e) { show(e); }
try { eval('undefinedName + 1'); } catch (e) { show(e); }
try { eval('const n = 5;\nn.foo();'); } catch (e) { show(e); }
