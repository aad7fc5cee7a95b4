#!/usr/bin/python3
"""Every path a tracked file names inside this repository exists (docs, comments, scripts, CMake).

A path is a word starting with one of the repository's top folders ("core/src/format/link.cpp", "tests/browser").
It may be written from the repository's root or from the naming file's folder. Patterns (*, <name>, {a,b})
and shell or CMake variables around them are not paths. Prints each missing one as FILE -> PATH; exits 1 if any.
Run from anywhere: python3 tools/check-paths.py [REPO]
"""
import os
import re
import subprocess
import sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
tops = ('core/', 'web/', 'shell/', 'tests/', 'docs/', 'cmake/', 'scripts/', 'tools/', 'bench/', 'assets/', 'cli/',
        '.github/', '.ci/')
path = re.compile(r'(?<![\w./#$-])((?:' + '|'.join(re.escape(t) for t in tops) + r')[\w./*<>{}-]*[\w/*>}])(?![$}\w])')
skipped_prefixes = ('tests/fuzz/corpus/', 'tests/fixtures/statements/')  # data, not prose
files = subprocess.run(['git', '-C', root, 'ls-files'], capture_output=True, text=True, check=True).stdout.split()
missing = []
for name in files:
    if name.startswith(skipped_prefixes) or name.endswith(('.json', '.png', '.ttf', '.svg', '.csv', '.tsv', '.lock')):
        continue
    try:
        with open(os.path.join(root, name), encoding='utf-8') as handle:
            text = handle.read()
    except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
        continue
    here = os.path.dirname(name)
    for match in path.finditer(text):
        named = match.group(1).rstrip('.')
        if any(c in named for c in '*<>{}'):
            continue
        if os.path.exists(os.path.join(root, named)) or os.path.exists(os.path.join(root, here, named)):
            continue
        missing.append(f'{name} -> {named}')
for line in sorted(set(missing)):
    print(line)
sys.exit(1 if missing else 0)
