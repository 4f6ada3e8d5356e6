"""Crashes at seeded points of a run: kill -9 a process once so many journeys have finished, then restart it.

The kill and the restart run in a worker thread, so the clients keep going (and failing, and retrying)
while the process is down.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Crash:
    process: str
    after_journeys: int


def plan_crashes(processes: list[str], journeys: int, per_process: int, seed: int) -> list[Crash]:
    """`per_process` crashes of each process, at random points between 10 % and 90 % of the run, each
    process's points in its own part of that span so two crashes of one process are never back to back."""
    rng = random.Random(seed)
    crashes = []
    for process in processes:
        span = 0.8 / per_process
        for index in range(per_process):
            start = 0.1 + index * span
            crashes.append(Crash(process, int(journeys * rng.uniform(start, start + span))))
    return sorted(crashes, key=lambda crash: crash.after_journeys)


@dataclass
class Chaos:
    crashes: list[Crash]
    kill: Callable[[str], None]
    restart: Callable[[str], None]
    done: list[tuple[Crash, float]] = field(default_factory=list)  # each crash and its downtime

    async def run(self, finished: Callable[[], int], stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        for crash in self.crashes:
            while finished() < crash.after_journeys:
                if stop.is_set():
                    return
                await asyncio.sleep(0.05)
            started = loop.time()
            await asyncio.to_thread(self.kill, crash.process)
            await asyncio.to_thread(self.restart, crash.process)
            self.done.append((crash, loop.time() - started))
