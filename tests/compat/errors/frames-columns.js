// Call positions in frames: calls, member calls, computed calls, new, chained calls
// across lines, template tags and optional calls.
const here = __dirname;
const second = (e) => console.log(e.stack.split('\n')[2].split(here).join('.'));
function fail() { throw new Error('x'); }
const api = { fail, nested: { fail }, list: [fail] };
try { fail(); } catch (e) { second(e); }
try { api.fail(); } catch (e) { second(e); }
try { api.nested.fail(); } catch (e) { second(e); }
try { api['fail'](); } catch (e) { second(e); }
try { api.list[0](); } catch (e) { second(e); }
try { api?.fail(); } catch (e) { second(e); }
try { api.fail?.(); } catch (e) { second(e); }
try { fail`template`; } catch (e) { second(e); }
try { new fail(); } catch (e) { second(e); }
try {
  api
    .nested
    .fail();
} catch (e) { second(e); }
const chain = { next() { return chain; }, fail };
try { chain.next().next().fail(); } catch (e) { second(e); }
try { (0, api.fail)(); } catch (e) { second(e); }
try { fail.call(null); } catch (e) { second(e); }
try { [1].map(fail); } catch (e) { second(e); }
