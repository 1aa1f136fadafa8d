// Constructor frames: "at new Foo", and native constructors.
const here = __dirname;
const show = (e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').split(here).join('.'));
class Widget {
  constructor(size) {
    if (size < 0) throw new RangeError('negative size');
    this.size = size;
  }
}
function Legacy() {
  throw new Error('legacy constructor');
}
try { new Widget(-1); } catch (e) { show(e); }
try { new Legacy(); } catch (e) { show(e); }
try { new Legacy; } catch (e) { show(e); }
const ns = { Widget };
try { new ns.Widget(-2); } catch (e) { show(e); }
class Child extends Widget {
  constructor() {
    super(-3);
  }
}
try { new Child(); } catch (e) { show(e); }
