// Errors in async functions before their first await (the frames of the caller follow).
const here = __dirname;
const show = (e) => console.log(e.stack.split('\n').slice(0, 3).join('\n').split(here).join('.'));
async function load(id) {
  if (!id) throw new TypeError('id required');
  await null;
}
const arrowLoad = async () => { throw new Error('arrow'); };
class Repo {
  async get() { throw new Error('method'); }
}
load().catch(show);
arrowLoad().catch(show);
new Repo().get().catch(show);
