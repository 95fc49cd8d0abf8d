#!/usr/bin/env python3
"""Callgrind's self cost per function, the JIT's code named by Node's perf map.

Callgrind names no JavaScript: V8's compiled code has no symbols, so it is counted under bare
addresses. Node started with --perf-basic-prof writes /tmp/perf-<pid>.map (start, size, name of
each piece of code V8 made); a run with --dump-instr=yes keeps each instruction's address, so each
count can be given to the code that held that address (the newest entry covering it, as code moves
and is replaced). Functions with symbols (V8's builtins, its C++, libc) keep Callgrind's name.

usage: python3 bench/jitCallgrind.py CALLGRIND_OUT PERF_MAP [--top 60] [--tsv FILE] [--callers NAME]
(--callers: who calls the functions whose name holds NAME, with the calls' count and inclusive cost;
--tsv: every function's self cost, to compare two runs)
"""

import argparse
import bisect
import re
import sys
from collections import defaultdict


def read_perf_map(path):
    """Entries in the order V8 wrote them: (start, end, name)."""
    entries = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            parts = line.rstrip('\n').split(' ', 2)
            if len(parts) < 3:
                continue
            start, size = int(parts[0], 16), int(parts[1], 16)
            entries.append((start, start + size, parts[2]))
    return entries


def self_costs(path):
    """(function name, instruction address) -> self Ir, from a --dump-instr=yes Callgrind file."""
    names = {}
    cost = defaultdict(int)
    fn = None
    positions = ['instr', 'line']
    last = [0, 0]
    after_calls = False
    total = None
    cfn = None
    calls_count = 0
    calls = defaultdict(lambda: [0, 0])

    def sub(value, previous):
        if value == '*':
            return previous
        if value[0] in '+-':
            return previous + int(value, 0)
        return int(value, 0)

    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            if not line or line == '\n':
                continue
            c = line[0]
            if c.isdigit() or c in '+-*':
                fields = line.split()
                for i in range(len(positions)):
                    last[i] = sub(fields[i], last[i])
                if after_calls:
                    after_calls = False
                    # The call's inclusive cost, at the call site's address in the caller.
                    entry = calls[(fn, last[0], cfn)]
                    entry[0] += calls_count
                    entry[1] += int(fields[len(positions)]) if len(fields) > len(positions) else 0
                    continue
                ir = int(fields[len(positions)]) if len(fields) > len(positions) else 0
                cost[(fn, last[0])] += ir
                continue
            if line.startswith('fn='):
                fn = name_of(line[3:].strip(), names)
            elif line.startswith('calls='):
                after_calls = True
                calls_count = int(line[6:].split()[0])
            elif line.startswith('positions:'):
                positions = line.split(':', 1)[1].split()
                last = [0] * len(positions)
            elif line.startswith('summary:') or line.startswith('totals:'):
                total = int(line.split()[1])
            elif line.startswith(('cfn=', 'cfi=', 'cfl=', 'cob=')):
                # The callee's name may be defined here first.
                if line.startswith('cfn='):
                    cfn = name_of(line[4:].strip(), names)
    return cost, total, calls


def name_of(spec, names):
    m = re.match(r'\((\d+)\)(?: (.*))?$', spec)
    if not m:
        return spec
    if m.group(2) is not None:
        names[m.group(1)] = m.group(2)
    return names.get(m.group(1), spec)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('callgrind')
    parser.add_argument('perfmap')
    parser.add_argument('--top', type=int, default=60)
    parser.add_argument('--tsv')
    # Who calls a function (a part of its name): each caller named as above, with the calls' count and inclusive Ir.
    parser.add_argument('--callers')
    args = parser.parse_args()

    entries = read_perf_map(args.perfmap)
    cost, total, calls = self_costs(args.callgrind)
    # Unnamed code (Callgrind's "0x..." functions): each address goes to the newest map entry holding it.
    unnamed = sorted({addr for (fn, addr) in cost if fn is None or fn.startswith('0x')} | {addr for (fn, addr, _) in calls if fn is None or fn.startswith('0x')}
                     | {int(callee.split("'")[0], 16) for (_, _, callee) in calls if callee is not None and callee.startswith('0x')})
    owner = {}
    for start, end, name in reversed(entries):
        i = bisect.bisect_left(unnamed, start)
        while i < len(unnamed) and unnamed[i] < end:
            owner.setdefault(unnamed[i], name)
            i += 1
    by_name = defaultdict(int)
    for (fn, addr), ir in cost.items():
        if fn is None or fn.startswith('0x'):
            # V8's name keeps its tier mark: * optimized, ^ baseline, ~ interpreted.
            by_name['JS ' + owner.get(addr, '(JIT code not in the perf map)')] += ir
        else:
            by_name[fn] += ir
    counted = sum(by_name.values())
    print(f'self Ir counted {counted:,}' + (f' (file total {total:,})' if total is not None else ''))
    for name, ir in sorted(by_name.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f'{ir:>15,}  {100 * ir / counted:5.2f} %  {name}')
    if args.callers:
        by_caller = defaultdict(lambda: [0, 0])
        for (fn, addr, callee), (n, ir) in calls.items():
            if callee is not None and callee.startswith('0x'):
                callee = 'JS ' + owner.get(int(callee.split("'")[0], 16), callee)
            if callee is None or args.callers not in callee:
                continue
            caller = 'JS ' + owner.get(addr, '(JIT code not in the perf map)') if fn is None or fn.startswith('0x') else fn
            by_caller[(caller, callee)][0] += n
            by_caller[(caller, callee)][1] += ir
        print(f'\ncallers of *{args.callers}*: calls, inclusive Ir')
        for (caller, callee), (n, ir) in sorted(by_caller.items(), key=lambda kv: -kv[1][1])[: args.top]:
            print(f'{n:>10,} {ir:>15,}  {caller[:160]}  ->  {callee[:80]}')
    if args.tsv:
        with open(args.tsv, 'w', encoding='utf-8') as out:
            for name, ir in sorted(by_name.items(), key=lambda kv: -kv[1]):
                out.write(f'{ir}\t{name}\n')


if __name__ == '__main__':
    sys.exit(main())
