"""Memory of the product's processes for the benchmarks: each process tree summed (a storefront's granian
workers, bun, a BFF's workers), as RSS and as USS (memory no other process shares, so the sum over a tree
does not count shared library pages twice)."""

from __future__ import annotations

import psutil

from scripts.stack import Process


def tree_memory_mib(pid: int) -> tuple[float, float, int]:
    """(RSS, USS) in MiB summed over `pid` and all its descendants, and how many processes that is."""
    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0, 0.0, 0
    rss = uss = 0
    counted = 0
    for process in tree:
        try:
            info = process.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rss, uss, counted = rss + info.rss, uss + info.uss, counted + 1
    return rss / 2**20, uss / 2**20, counted


def listener_pid(port: int) -> int | None:
    """The top of the process tree listening on `port` on this machine (for a product started elsewhere)."""
    for connection in psutil.net_connections(kind="tcp"):
        if connection.status == psutil.CONN_LISTEN and connection.laddr.port == port and connection.pid:
            process = psutil.Process(connection.pid)
            while (parent := process.parent()) is not None and parent.pid != 1 and _ours(parent):
                process = parent
            return process.pid
    return None


def _ours(process: psutil.Process) -> bool:
    try:
        return any(name in " ".join(process.cmdline()) for name in ("reflex", "granian", "python -m"))
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def memory_lines(processes: dict[str, int]) -> list[str]:
    """One line per named process tree, then the total."""
    lines, total_rss, total_uss = [], 0.0, 0.0
    for name, pid in processes.items():
        rss, uss, count = tree_memory_mib(pid)
        total_rss, total_uss = total_rss + rss, total_uss + uss
        lines.append(f"    {name:<16} {count:2d} processes  RSS {rss:7.1f} MiB  USS {uss:7.1f} MiB")
    lines.append(f"    {'total':<16}               RSS {total_rss:7.1f} MiB  USS {total_uss:7.1f} MiB")
    return lines


def pids_of(processes: list[Process]) -> dict[str, int]:
    return {process.name: process.popen.pid for process in processes if process.popen is not None}
