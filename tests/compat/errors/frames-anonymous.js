// Names of anonymous functions, arrows, methods and accessors.
const here = __dirname;
const top = (e) => console.log(e.stack.split('\n')[1].split(here).join('.'));
const arrow = () => { throw new Error('arrow'); };
try { arrow(); } catch (e) { top(e); }
try { (() => { throw new Error('iife'); })(); } catch (e) { top(e); }
try { (function () { throw new Error('anon'); })(); } catch (e) { top(e); }
const obj = {
  method() { throw new Error('method'); },
  prop: function () { throw new Error('prop'); },
  named: function inner() { throw new Error('named'); },
  get value() { throw new Error('getter'); },
};
try { obj.method(); } catch (e) { top(e); }
try { obj.prop(); } catch (e) { top(e); }
try { obj.named(); } catch (e) { top(e); }
try { obj.value; } catch (e) { top(e); }
class Store {
  find() { throw new Error('find'); }
  static create() { throw new Error('create'); }
  get size() { throw new Error('size'); }
}
try { new Store().find(); } catch (e) { top(e); }
try { Store.create(); } catch (e) { top(e); }
try { new Store().size; } catch (e) { top(e); }
function Legacy() {}
Legacy.prototype.run = function () { throw new Error('run'); };
try { new Legacy().run(); } catch (e) { top(e); }
exports.handler = function () { throw new Error('handler'); };
try { exports.handler(); } catch (e) { top(e); }
const detached = obj.method;
try { detached(); } catch (e) { top(e); }
