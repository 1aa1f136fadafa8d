// Frames of built-ins: "at Array.map (<anonymous>)", "at new Promise (<anonymous>)",
// "at JSON.parse (<anonymous>)".
const here = __dirname;
const show = (e) => console.log(e.stack.split('\n').slice(0, 4).join('\n').split(here).join('.'));
try { [1, 2].map((x) => { throw new Error(`item ${x}`); }); } catch (e) { show(e); }
try { [3].forEach(function each() { throw new Error('each'); }); } catch (e) { show(e); }
try { [[1]].flatMap(() => { throw new Error('flat'); }); } catch (e) { show(e); }
try { [2, 1].sort(() => { throw new Error('sort'); }); } catch (e) { show(e); }
try { JSON.parse('{"a":1}', () => { throw new Error('reviver'); }); } catch (e) { show(e); }
try { 'abc'.replace('b', () => { throw new Error('replacer'); }); } catch (e) { show(e); }
try { Array.from([1], () => { throw new Error('from'); }); } catch (e) { show(e); }
new Promise(() => { throw new Error('executor'); }).catch((e) => show(e));
