// Generator frames: "at gen.next (<anonymous>)".
const here = __dirname;
const show = (e) => console.log(e.stack.split('\n').slice(0, 4).join('\n').split(here).join('.'));
function* numbers() {
  yield 1;
  throw new Error('generator failed');
}
const it = numbers();
it.next();
try { it.next(); } catch (e) { show(e); }
try { for (const n of numbers()) { void n; } } catch (e) { show(e); }
