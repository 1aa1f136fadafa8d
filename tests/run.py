#!/usr/bin/env python3
"""nodus test runner: every test layer behind `make test`.

Layers:
  compat   tests/compat/NAME.js run by nodus; stdout, exit code (and stderr when the test
           asks for it) must equal NAME.out, which real node produced (--regenerate).
  unit     tests/unit/**/test-*.js run by nodus (with the options of a "// Flags:" line);
           exit code 0 passes.
  c        the C unit test binary (--c-tests), one process per test.
  suite    node's own test/parallel tests listed in tests/node-suite/passing.txt
           (run by tests/node-suite/run.py when the suite is cached or can be fetched).

The last line printed is "N passed, M failed" (", K skipped" when some were skipped).

Per-test options go in comment lines at the top of a compat test:
  // compat: args=--foo bar        extra arguments (before the script unless after=)
  // compat: node-args=--no-warnings   options placed before the script
  // compat: stderr                compare stderr too (normalized, see normalize())
  // compat: stdin=FILE            feed FILE (relative to the test) on stdin
  // compat: env=NAME=VALUE        set an environment variable
  // compat: cwd=DIR               run in DIR (relative to tests/compat)
  // compat: script=-e CODE        run nodus/node with these arguments instead of the file
  // compat: known-difference=WHY  a documented difference from node that nodus cannot
                                   remove (WHY says why): the case runs, a mismatch is
                                   counted as skipped with WHY, an unexpected match fails
                                   so the mark gets removed
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.path.join(ROOT, 'tests', 'compat')
UNIT = os.path.join(ROOT, 'tests', 'unit')


def parse_options(path):
    opts = {'args': [], 'node_args': [], 'stderr': False, 'stdin': None, 'env': {},
            'cwd': None, 'script': None, 'known_difference': None}
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = re.match(r'\s*//\s*compat:\s*(.*)$', line)
            if not m:
                if line.strip() == '' or line.startswith('//') or line.startswith('#!') or \
                        line.startswith("'use strict'"):
                    continue
                break
            spec = m.group(1).strip()
            key, _, value = spec.partition('=')
            key = key.strip()
            if key == 'stderr':
                opts['stderr'] = True
            elif key == 'args':
                opts['args'] += shlex.split(value)
            elif key == 'node-args':
                opts['node_args'] += shlex.split(value)
            elif key == 'stdin':
                opts['stdin'] = value.strip()
            elif key == 'env':
                name, _, val = value.partition('=')
                opts['env'][name.strip()] = val
            elif key == 'cwd':
                opts['cwd'] = value.strip()
            elif key == 'script':
                opts['script'] = shlex.split(value)
            elif key == 'known-difference':
                opts['known_difference'] = value.strip()
    return opts


INTERNAL_FRAME = re.compile(r'^\s+at (?:.* \()?node:.*\)?$')
CONTEXT_INTERNAL = re.compile(r'^node:[\w/]+:\d+$')


def normalize(text, test_dir):
    """Makes node's and nodus's stderr comparable: paths, pids, versions, and stack
    frames inside the runtimes' own libraries (their line numbers are implementation
    details) are replaced or dropped."""
    text = text.replace(test_dir, '<dir>')
    text = re.sub(r'\((node|nodus):\d+\)', '(node:<pid>)', text)
    text = re.sub(r'Node\.js v\d+\.\d+\.\d+', 'Node.js <version>', text)
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # An uncaught error thrown inside the library prints the library's source line
        # and a caret first: drop those three lines.
        if CONTEXT_INTERNAL.match(line) and i + 2 < len(lines) and \
                lines[i + 2].strip().startswith('^'):
            i += 3
            continue
        if INTERNAL_FRAME.match(line):
            i += 1
            continue
        out.append(line)
        i += 1
    return '\n'.join(out)


def compose_output(stdout, code, stderr, opts, test_dir):
    text = stdout
    if not text.endswith('\n') and text != '':
        text += '\n<no newline at end>\n'
    text += f'--- exit code: {code}\n'
    if opts['stderr']:
        text += '--- stderr:\n' + normalize(stderr, test_dir)
    return text


# Variables that change colour decisions (tty getColorDepth consults CI and the CI vendors'
# variables, terminal programs and the colour switches). Golden output must not depend on
# the machine the tests run on, so they are removed; a test sets the ones it exercises.
COLOUR_VARIABLES = [
    'CI', 'APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI',
    'TRAVIS', 'CI_NAME', 'TEAMCITY_VERSION', 'COLORTERM', 'TERM_PROGRAM', 'TMUX',
    'FORCE_COLOR', 'NODE_DISABLE_COLORS',
]


def run_program(runtime, test, opts, timeout):
    test_dir = os.path.dirname(test)
    cwd = os.path.join(COMPAT, opts['cwd']) if opts['cwd'] else test_dir
    if opts['script'] is not None:
        cmd = [runtime] + opts['node_args'] + opts['script'] + opts['args']
    else:
        cmd = [runtime] + opts['node_args'] + [os.path.basename(test)] + opts['args']
        if opts['cwd']:
            cmd[len(opts['node_args']) + 1] = test
    env = dict(os.environ)
    for k in ['NODE_OPTIONS', 'NODE_PATH', 'NODE_DEBUG'] + COLOUR_VARIABLES:
        env.pop(k, None)
    env['NO_COLOR'] = '1'
    env.update(opts['env'])
    stdin = subprocess.DEVNULL
    if opts['stdin']:
        stdin = open(os.path.join(test_dir, opts['stdin']), 'rb')
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=stdin, capture_output=True,
                           timeout=timeout)
        return (p.stdout.decode('utf-8', 'replace'), p.returncode,
                p.stderr.decode('utf-8', 'replace'))
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b'').decode('utf-8', 'replace')
        return out, 'timeout', (e.stderr or b'').decode('utf-8', 'replace')
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


# Package trees the module-resolution tests find by node's node_modules lookup. They are
# kept in git as NAME/node_modules.fixture (node_modules directories are ignored, as
# installed packages) and copied to NAME/node_modules, fresh, before golden tests run.
FIXTURE_PACKAGES = 'node_modules.fixture'


def materialize_fixture_packages():
    for dirpath, dirs, _ in os.walk(COMPAT):
        if 'node_modules' in dirpath.split(os.sep):
            continue
        if FIXTURE_PACKAGES in dirs:
            target = os.path.join(dirpath, 'node_modules')
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(os.path.join(dirpath, FIXTURE_PACKAGES), target, symlinks=True)


def compat_tests(only=None):
    materialize_fixture_packages()
    tests = []
    for dirpath, _, files in os.walk(COMPAT):
        if os.path.basename(dirpath) in ('fixtures', 'node_modules') or \
                '/fixtures' in dirpath[len(COMPAT):] or '/node_modules' in dirpath[len(COMPAT):]:
            continue
        for f in files:
            if f.endswith('.js') and not f.startswith('_'):
                tests.append(os.path.join(dirpath, f))
    tests.sort()
    if only:
        tests = [t for t in tests if any(o in t for o in only)]
    return tests


def regenerate(node, only):
    tests = compat_tests(only)
    def work(test):
        opts = parse_options(test)
        out, code, err = run_program(node, test, opts, 60)
        with open(test[:-3] + '.out', 'w', encoding='utf-8') as f:
            f.write(compose_output(out, code, err, opts, os.path.dirname(test)))
        return test
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        for t in ex.map(work, tests):
            print('regenerated', os.path.relpath(t, ROOT))


def run_compat(nodus, only, timeout, verbose):
    results = []
    def work(test):
        expected_path = test[:-3] + '.out'
        if not os.path.exists(expected_path):
            return test, 'skip', 'no .out file (run make golden)'
        opts = parse_options(test)
        out, code, err = run_program(nodus, test, opts, timeout)
        actual = compose_output(out, code, err, opts, os.path.dirname(test))
        with open(expected_path, encoding='utf-8') as f:
            expected = f.read()
        why = opts['known_difference']
        if actual == expected:
            if why:
                return test, 'fail', '  matches node now: remove its known-difference mark'
            return test, 'pass', ''
        if why:
            return test, 'skip', f'  known difference: {why}'
        detail = diff_text(expected, actual)
        if not opts['stderr'] and err.strip():
            detail += '\n  stderr:\n' + indent(err[-3000:])
        return test, 'fail', detail
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        for r in ex.map(work, compat_tests(only)):
            results.append(r)
    return results


def indent(text):
    return '\n'.join('    ' + l for l in text.split('\n'))


def diff_text(expected, actual):
    import difflib
    lines = list(difflib.unified_diff(expected.split('\n'), actual.split('\n'),
                                      'expected (node)', 'actual (nodus)', lineterm='', n=2))
    if len(lines) > 60:
        lines = lines[:60] + ['  ...']
    return indent('\n'.join(lines))


SUMMARY_LINES = []


def run_unit(nodus, only, timeout):
    tests = []
    for dirpath, _, files in os.walk(UNIT):
        if '/fixtures' in dirpath[len(UNIT):]:
            continue
        for f in files:
            if f.endswith('.js') and f.startswith('test-'):
                tests.append(os.path.join(dirpath, f))
    tests.sort()
    if only:
        tests = [t for t in tests if any(o in t for o in only)]
    def work(test):
        env = dict(os.environ)
        env.pop('NODE_OPTIONS', None)
        env['NO_COLOR'] = '1'
        flags = []
        # A unit test that runs many child processes (the WPT runners) may ask for more
        # time with a "// Timeout: SECONDS" header line; --timeout-scale applies to it too.
        test_timeout = timeout
        with open(test, encoding='utf-8') as f:
            for line in f:
                m = re.match(r'\s*//\s*Flags:\s*(.*)$', line)
                if m:
                    flags = shlex.split(m.group(1))
                m = re.match(r'\s*//\s*Timeout:\s*(\d+)\s*$', line)
                if m:
                    test_timeout = timeout * int(m.group(1)) / 30
                if not line.startswith(('//', "'use strict'", '#!')) and line.strip():
                    break
        try:
            p = subprocess.run([nodus] + flags + [test], cwd=os.path.dirname(test), env=env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=test_timeout)
        except subprocess.TimeoutExpired:
            return test, 'fail', '  timed out'
        # A unit test may report a rate on a stdout line starting "WPT " (e.g. the URL
        # Standard's test data); it is printed after the layer's summary.
        for line in p.stdout.decode('utf-8', 'replace').split('\n'):
            if line.startswith('WPT '):
                SUMMARY_LINES.append(line)
        if p.returncode == 0:
            return test, 'pass', ''
        text = (p.stdout + p.stderr).decode('utf-8', 'replace')[-4000:]
        return test, 'fail', f'  exit code {p.returncode}\n' + indent(text)
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        return list(ex.map(work, tests))


def run_c(binary, timeout):
    if not binary or not os.path.exists(binary):
        return []
    p = subprocess.run([binary, '--list'], capture_output=True, text=True)
    names = [n for n in p.stdout.split('\n') if n]
    results = []
    for name in names:
        try:
            q = subprocess.run([binary, name], capture_output=True, text=True, timeout=timeout)
            status = 'pass' if q.returncode == 0 else 'fail'
            detail = '' if status == 'pass' else indent(q.stdout + q.stderr)
        except subprocess.TimeoutExpired:
            status, detail = 'fail', '  timed out'
        results.append((f'c:{name}', status, detail))
    return results


def run_suite(nodus, timeout):
    runner = os.path.join(ROOT, 'tests', 'node-suite', 'run.py')
    if not os.path.exists(runner):
        return []
    p = subprocess.run([sys.executable, runner, '--nodus', nodus, '--results-only',
                        '--timeout', str(timeout)],
                       capture_output=True, text=True)
    results = []
    for line in p.stdout.split('\n'):
        parts = line.split('\t')
        if len(parts) >= 2 and parts[0] in ('pass', 'fail', 'skip'):
            results.append((f'node-suite:{parts[1]}', parts[0],
                            indent(parts[2]) if len(parts) > 2 else ''))
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--nodus', default=os.path.join(ROOT, 'build', 'nodus'))
    ap.add_argument('--node', default='node')
    ap.add_argument('--c-tests')
    ap.add_argument('--only', action='append',
                    help='compat, unit, c or suite; or a substring of test paths')
    ap.add_argument('--regenerate', action='store_true')
    ap.add_argument('--timeout-scale', type=float, default=1.0)
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('filters', nargs='*')
    args = ap.parse_args()

    if args.regenerate:
        # --only's path substrings narrow --regenerate like the positional filters do.
        regenerate(args.node, args.filters + [o for o in (args.only or [])
                                              if o not in ('compat', 'unit', 'c', 'suite')])
        return 0

    layers = {'compat', 'unit', 'c', 'suite'}
    only_layers = [o for o in (args.only or []) if o in layers]
    if only_layers:
        layers = set(only_layers)
    filters = args.filters + [o for o in (args.only or []) if o not in ('compat', 'unit', 'c', 'suite')]
    timeout = 30 * args.timeout_scale
    nodus = os.path.abspath(args.nodus)
    start = time.time()
    results = []
    if 'compat' in layers:
        compat = run_compat(nodus, filters, timeout, args.verbose)
        report('golden (tests/compat)', compat, args.verbose)
        results += compat
    if 'unit' in layers:
        unit = run_unit(nodus, filters, timeout)
        report('unit (tests/unit)', unit, args.verbose)
        for line in SUMMARY_LINES:
            print(line)
        results += unit
    if 'c' in layers and args.c_tests:
        c = run_c(args.c_tests, timeout)
        report('C (tests/c)', c, args.verbose)
        results += c
    if 'suite' in layers and not filters:
        suite = run_suite(nodus, timeout)
        report('node test suite (tests/node-suite/passing.txt)', suite, args.verbose)
        results += suite
    passed = sum(1 for r in results if r[1] == 'pass')
    failed = sum(1 for r in results if r[1] == 'fail')
    skipped = sum(1 for r in results if r[1] == 'skip')
    print(f'({time.time() - start:.1f}s)')
    line = f'{passed} passed, {failed} failed'
    if skipped:
        line += f', {skipped} skipped'
    print(line)
    return 1 if failed else 0


def report(title, results, verbose):
    passed = sum(1 for r in results if r[1] == 'pass')
    print(f'== {title}: {passed}/{len(results)} passed')
    for test, status, detail in results:
        if status == 'fail':
            print(f'FAIL {os.path.relpath(test, ROOT) if os.path.isabs(test) else test}')
            if detail:
                print(detail)
        elif status == 'skip' and verbose:
            print(f'SKIP {test}: {detail}')


if __name__ == '__main__':
    sys.exit(main())
