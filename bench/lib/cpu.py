#!/usr/bin/env python3
"""CPU time of the whole machine and of one process tree, to tell how much else ran during a benchmark.

    cpu.py snapshot PID...              prints "<busy jiffies of all CPUs> <jiffies of the PIDs' trees>"
    cpu.py foreign BEFORE AFTER         prints the share (%) of busy CPU time spent outside the tree

The embedded PostgreSQL detaches from the JVM (its parent becomes init), so bench/run passes the
postmaster's pid as a root of its own. The tree's time counts each live process's own and reaped children's user and system time, so a
finished wrk run is included through its parent.
"""

import os
import sys


def machine_busy():
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return user + nice + system + irq + softirq + steal


def processes():
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                data = f.read()
        except OSError:
            continue
        rest = data[data.rindex(")") + 2:].split()
        # rest[0] = state, rest[1] = ppid, rest[11..14] = utime, stime, cutime, cstime
        out[int(name)] = (int(rest[1]), sum(int(v) for v in rest[11:15]))
    return out


def tree_time(roots):
    procs = processes()
    children = {}
    for pid, (ppid, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    total, stack, seen = 0, list(roots), set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        if pid in procs:
            total += procs[pid][1]
        stack.extend(children.get(pid, []))
    return total


def main():
    if sys.argv[1] == "snapshot":
        print(machine_busy(), tree_time([int(p) for p in sys.argv[2:] if p.isdigit()]))
    elif sys.argv[1] == "foreign":
        b_total, b_ours = (int(v) for v in sys.argv[2].split())
        a_total, a_ours = (int(v) for v in sys.argv[3].split())
        busy = a_total - b_total
        ours = a_ours - b_ours
        print("%.0f" % (100.0 * max(0, busy - ours) / busy if busy > 0 else 0))


if __name__ == "__main__":
    main()
