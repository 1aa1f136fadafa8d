#!/usr/bin/env python3
"""Runs real npm packages under nodus and compares with node.

Each tests/npm/cases/NAME.js exercises one package (or a few related ones) and prints
deterministic results; NAME.out holds what node printed (stdout, exit code and stderr),
written by `--regenerate`, never by hand. The packages, pinned exactly in
tests/npm/package.json and package-lock.json, are installed with `npm ci` into
tests/npm/.cache/ (git-ignored) the first time, or when the lock file changes. When npm
or the registry is not reachable the run prints SKIPPED and exits 0.

    python3 tests/npm/run.py --nodus build/nodus [FILTER...]
    python3 tests/npm/run.py --regenerate [FILTER...]     # expected output from node

Scripts run with a fresh empty working directory (a script that removes '.' by mistake
removes nothing of the repository) and NODE_PATH pointing at the installed packages.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CACHE = os.path.join(HERE, '.cache')
MODULES = os.path.join(CACHE, 'node_modules')
STAMP = os.path.join(CACHE, 'lock.sha1')
TIMEOUT = 120


def lock_digest():
    h = hashlib.sha1()
    for name in ('package.json', 'package-lock.json'):
        with open(os.path.join(HERE, name), 'rb') as f:
            h.update(f.read())
    return h.hexdigest()


def ensure_packages():
    """Installs the pinned packages when missing. Returns None, or why they are not there."""
    digest = lock_digest()
    if os.path.isdir(MODULES) and os.path.exists(STAMP):
        with open(STAMP) as f:
            if f.read().strip() == digest:
                return None
    npm = shutil.which('npm')
    if npm is None:
        return 'npm is not installed'
    os.makedirs(CACHE, exist_ok=True)
    for name in ('package.json', 'package-lock.json'):
        shutil.copyfile(os.path.join(HERE, name), os.path.join(CACHE, name))
    print('installing the npm packages into tests/npm/.cache ...', flush=True)
    try:
        # No install scripts: none of the packages needs one, and nothing from the
        # registry should run outside the scripts under test.
        p = subprocess.run([npm, 'ci', '--no-audit', '--no-fund', '--ignore-scripts'],
                           cwd=CACHE, capture_output=True, timeout=600)
    except subprocess.TimeoutExpired:
        return 'npm ci timed out (registry unreachable?)'
    if p.returncode != 0:
        tail = p.stderr.decode('utf-8', 'replace').strip().splitlines()[-5:]
        return 'npm ci failed (registry unreachable?):\n  ' + '\n  '.join(tail)
    with open(STAMP, 'w') as f:
        f.write(digest + '\n')
    return None


def list_cases(filters):
    names = sorted(n[:-3] for n in os.listdir(CASES)
                   if n.endswith('.js') and not n.startswith('_'))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def run_case(runtime, name):
    """Runs one script; returns its output in the .out format."""
    script = os.path.join(CASES, name + '.js')
    env = dict(os.environ)
    env.pop('NODE_OPTIONS', None)
    env['NODE_PATH'] = MODULES
    env['NO_COLOR'] = '1'
    with tempfile.TemporaryDirectory(prefix='nodus-npm-cwd-') as cwd:
        try:
            p = subprocess.run([runtime, script], cwd=cwd, env=env, capture_output=True,
                               stdin=subprocess.DEVNULL, timeout=TIMEOUT)
            code, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            code, out, err = 'timeout', e.stdout or b'', e.stderr or b''
    text = out.decode('utf-8', 'replace') + f'--- exit code: {code}\n'
    err = err.decode('utf-8', 'replace')
    if err:
        text += '--- stderr:\n' + err
    return text.replace(CASES, '<cases>').replace(MODULES, '<modules>')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--nodus', help='the nodus binary to test')
    ap.add_argument('--node', default='node', help='the node used by --regenerate')
    ap.add_argument('--regenerate', action='store_true',
                    help='write cases/NAME.out from node instead of testing nodus')
    ap.add_argument('-j', '--jobs', type=int, default=2)
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('filters', nargs='*', help='substrings of case names')
    args = ap.parse_args()
    if not args.regenerate and not args.nodus:
        ap.error('--nodus PATH is required (or --regenerate)')

    why = ensure_packages()
    if why is not None:
        print(f'SKIPPED: npm packages unavailable: {why}')
        return 0

    names = list_cases(args.filters)
    if args.regenerate:
        node = shutil.which(args.node) or args.node
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for name, text in zip(names, pool.map(lambda n: run_case(node, n), names)):
                with open(os.path.join(CASES, name + '.out'), 'w') as f:
                    f.write(text)
                print(f'regenerated cases/{name}.out')
        return 0

    nodus = os.path.abspath(args.nodus)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for name, actual in zip(names, pool.map(lambda n: run_case(nodus, n), names)):
            path = os.path.join(CASES, name + '.out')
            if not os.path.exists(path):
                print(f'FAIL {name}: no cases/{name}.out (run --regenerate)')
                failed += 1
                continue
            with open(path) as f:
                expected = f.read()
            if actual == expected:
                passed += 1
                if args.verbose:
                    print(f'pass {name}')
                continue
            failed += 1
            print(f'FAIL {name}')
            diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        'node', 'nodus')
            sys.stdout.write(''.join(list(diff)[:80]))
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
