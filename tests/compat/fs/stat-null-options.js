// null stat options fail as node's unchecked options.bigint read does, in every form.
'use strict';
const fs = require('fs');
for (const f of ['statSync', 'lstatSync', 'statfsSync']) { try { fs[f]('/tmp', null); console.log(f, 'ok'); } catch (e) { console.log(f, e.name, e.message); } }
try { fs.fstatSync(0, null); } catch (e) { console.log('fstatSync', e.name, e.message); }
for (const f of ['stat', 'lstat', 'statfs']) { try { fs[f]('/tmp', null, () => console.log(f, 'cb')); } catch (e) { console.log(f, e.name, e.message); } }
(async () => {
  for (const f of ['stat', 'lstat', 'statfs']) { try { await fs.promises[f]('/tmp', null); console.log('p', f, 'ok'); } catch (e) { console.log('p', f, e.name, e.message); } }
  const h = await fs.promises.open(__filename); try { await h.stat(null); console.log('h ok'); } catch (e) { console.log('handle.stat', e.name, e.message); } await h.close();
  console.log(typeof (await fs.promises.stat('/tmp', 5)).size, typeof fs.statSync('/tmp', 'x').size);
})();
