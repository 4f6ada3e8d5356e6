"""Concurrent storefront users in production mode: event → state-delta latency, and memory per process.

Usage: python -m bench.storefront_users [--url URL] [--users 50,100,200]
           [--seconds 20] [--think 2.0] [--baseline]
    Without --url it starts the product in production mode (scripts/stack.py `Production`: a scratch
    PostgreSQL database, Reflex state in Redis, 2 storefront workers) on free ports and stops it at the end;
    with --url it attaches to a running storefront (memory: the process tree listening on its port).
    --baseline also starts bench/bare_reflex (a bare Reflex app: one page, one state with the same fields
    and the same BFF call, the same Redis and number of workers) and runs each level against it right after
    the storefront, printing its rows and the storefront's p95 as a multiple of the bare app's.

Each simulated user is one socket.io client speaking Reflex's event protocol as the compiled frontend does
(.web/utils/state.js): a websocket at `/_event` (namespace `/_event`) with its own session token in the query
and the hydrate event in the CONNECT packet's auth; events go out as `event` frames `{name, payload,
router_data}`, state deltas come back as `event` frames `{delta: {state: {var_rx_state_: value}}, events}`
(`events` holds only client-side ones such as `_redirect`: Reflex runs chained handlers on the server). Each
user, with a think time of 0.5-1.5 x --think seconds between actions, loops on the home page's address search:

- types a postcode (`HomeState.set_postcode`): "postcode echo" is the delta carrying it back; "address
  look-up" is the delta with the addresses found, through the web BFF and TMF673 (the chained background
  event `look_up_addresses`);
- types the house number (`HomeState.set_house_number`): a local event, no backend ("local event").

Latency is from sending the event to receiving the delta. An action with no delta in 10 s is an error. All
users share this one process and its event loop: "client loop lag" (how late a 50 ms timer fires) shows
when the load generator itself, not the product, adds to the figures.
Each level runs --seconds after all its users connected; the memory of every process tree is read at the
end of the level, with the users still connected.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import socketio
from reflex.state import State
from reflex.utils.format import to_snake_case

from bench.process_memory import listener_pid, memory_lines, pids_of
from scripts.stack import (
    Ports,
    Process,
    Production,
    Urls,
    free_port,
    product,
    reflex_env,
    scratch_database,
)
from storefront.state.home import HomeState

NAMESPACE = "/_event"
HOME = HomeState.get_full_name()
# The bare app's state, named as Reflex names it when `reflex run` imports bare_app/bare_app.py.
BARE_APP_DIR = Path(__file__).parent / "bare_reflex"
BARE = f"{State.get_full_name()}.{to_snake_case('bare_app___bare_app___BareState')}"
HYDRATE = f"{State.get_full_name()}.hydrate_and_load"
ROUTER_DATA = {"pathname": "/", "asPath": "/"}
POSTCODES = ("RG1 4AB", "RG1 3DW")  # alternated: a new postcode each time starts a look-up
ACTION_TIMEOUT = 10.0
LAG_TICK = 0.05
CONNECTS_AT_ONCE = 10
START_TIMEOUTS = {"identity": 60.0, "mock_backends": 60.0, "bff": 60.0, "storefront": 900.0}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


@dataclass
class Figures:
    samples: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)

    def record(self, name: str, started: float) -> None:
        self.samples.setdefault(name, []).append((time.perf_counter() - started) * 1000)

    def error(self, name: str) -> None:
        self.errors[name] += 1


def var_of(update: dict[str, Any], state: str, name: str) -> tuple[bool, Any]:
    delta = (update.get("delta") or {}).get(state) or {}
    key = f"{name}_rx_state_"
    return key in delta, delta.get(key)


class User:
    """One browser tab: one socket.io connection with its own token, one action at a time."""

    def __init__(self, url: str, figures: Figures, state: str = HOME) -> None:
        self.url = url
        self.figures = figures
        self.state = state
        self.updates: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.sio = socketio.AsyncClient(reconnection=False)
        self.sio.on("event", self._on_update, namespace=NAMESPACE)

    async def _on_update(self, update: dict[str, Any]) -> None:
        self.updates.put_nowait(update)

    async def emit(self, event: dict[str, Any]) -> None:
        await self.sio.emit("event", event, namespace=NAMESPACE)

    async def connect(self) -> None:
        started = time.perf_counter()
        hydrate = {"name": HYDRATE, "payload": {}, "router_data": ROUTER_DATA}
        await self.sio.connect(
            f"{self.url}?token={uuid.uuid4()}",
            transports=["websocket"],
            namespaces=[NAMESPACE],
            socketio_path="_event",
            auth={"event": hydrate},
            wait_timeout=30,
        )
        await asyncio.wait_for(self.updates.get(), 30)  # the hydrated state
        self.figures.record("connect + hydrate", started)

    async def until(self, name: str, wanted: Callable[[Any], bool]) -> None:
        deadline = time.monotonic() + ACTION_TIMEOUT
        while True:
            update = await asyncio.wait_for(self.updates.get(), max(0.0, deadline - time.monotonic()))
            present, value = var_of(update, self.state, name)
            if present and wanted(value):
                return

    async def send(self, handler: str, **payload: Any) -> float:
        while not self.updates.empty():  # late deltas of the previous action
            self.updates.get_nowait()
        started = time.perf_counter()
        await self.emit({"name": f"{self.state}.{handler}", "payload": payload, "router_data": ROUTER_DATA})
        return started

    async def search_postcode(self, postcode: str) -> None:
        started = await self.send("set_postcode", value=postcode)
        await self.until("postcode", lambda value: value == postcode)
        self.figures.record("postcode echo", started)
        await self.until("addresses", lambda value: bool(value))
        self.figures.record("address look-up (BFF)", started)

    async def type_house_number(self, number: str) -> None:
        started = await self.send("set_house_number", value=number)
        await self.until("house_number", lambda value: value == number)
        self.figures.record("local event", started)

    async def loop(self, stop: asyncio.Event, think: float) -> None:
        turn = random.randrange(len(POSTCODES))
        while not stop.is_set():
            turn += 1
            for name, action in (
                ("address look-up (BFF)", self.search_postcode(POSTCODES[turn % len(POSTCODES)])),
                ("local event", self.type_house_number(str(turn % 40 + 1))),
            ):
                try:
                    await action
                except TimeoutError:
                    self.figures.error(f"{name}: no delta in {ACTION_TIMEOUT:.0f} s")
                except socketio.exceptions.SocketIOError as exc:
                    self.figures.error(f"{name}: {type(exc).__name__}")
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), think * random.uniform(0.5, 1.5))

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.sio.disconnect()


async def watch_loop_lag(figures: Figures, stop: asyncio.Event) -> None:
    while not stop.is_set():
        due = time.perf_counter() + LAG_TICK
        await asyncio.sleep(LAG_TICK)
        figures.record("client loop lag", due)  # how late the timer fired


async def run_level(
    url: str, users: int, seconds: float, think: float, processes: dict[str, int], state: str = HOME
) -> tuple[Figures, float, list[str]]:
    """`users` connect, loop for `seconds`; then the memory of every process tree, then they leave."""
    figures = Figures()
    crowd = [User(url, figures, state) for _ in range(users)]
    gate = asyncio.Semaphore(CONNECTS_AT_ONCE)

    async def connect(user: User) -> bool:
        async with gate:
            try:
                await user.connect()
                return True
            except (TimeoutError, socketio.exceptions.SocketIOError) as exc:
                figures.error(f"connect: {type(exc).__name__}")
                return False

    outcomes = await asyncio.gather(*map(connect, crowd))
    connected = [user for user, ok in zip(crowd, outcomes, strict=True) if ok]
    stop = asyncio.Event()
    loops = [asyncio.create_task(user.loop(stop, think)) for user in connected]
    loops.append(asyncio.create_task(watch_loop_lag(figures, stop)))
    started = time.perf_counter()
    await asyncio.sleep(seconds)
    elapsed = time.perf_counter() - started
    memory = memory_lines(processes)  # with the users still connected
    stop.set()
    await asyncio.gather(*loops, return_exceptions=True)
    await asyncio.gather(*(user.close() for user in crowd))
    return figures, elapsed, memory


MEASURED = ("connect + hydrate", "postcode echo", "address look-up (BFF)", "local event")


def ratios(ours: Figures, bare: Figures) -> list[str]:
    """The storefront's p95 per event as a multiple of the bare app's, measured in the same run."""
    lines = ["    storefront p95 / bare app p95:"]
    for name in MEASURED:
        mine, base = (
            percentile(ours.samples.get(name, []), 0.95),
            percentile(bare.samples.get(name, []), 0.95),
        )
        lines.append(f"      {name:<22} {mine / base if base else float('nan'):5.2f} x")
    return lines


def report(users: int, figures: Figures, elapsed: float) -> list[str]:
    events = sum(len(figures.samples.get(name, [])) for name in ("address look-up (BFF)", "local event"))
    lines = [f"  {users} users: {events / elapsed:.1f} actions/s over {elapsed:.0f} s"]
    for name in (*MEASURED, "client loop lag"):
        values = figures.samples.get(name, [])
        lines.append(
            f"    {name:<22} n {len(values):5d}   p50 {percentile(values, 0.5):7.1f}   "
            f"p95 {percentile(values, 0.95):7.1f}   p99 {percentile(values, 0.99):7.1f} ms"
        )
    errors = ", ".join(f"{name}: {count}" for name, count in figures.errors.items()) or "none"
    lines.append(f"    errors: {errors}")
    return lines


async def bench(
    url: str,
    levels: list[int],
    seconds: float,
    think: float,
    processes: dict[str, int],
    bare_url: str | None = None,
) -> None:
    print(f"storefront {url}: {seconds:.0f} s per level, think time {think:.1f} s (0.5-1.5 x)", flush=True)
    for users in levels:
        figures, elapsed, memory = await run_level(url, users, seconds, think, processes)
        lines = [*report(users, figures, elapsed), "    memory per process tree:", *memory]
        print("\n".join(lines), flush=True)
        await asyncio.sleep(2)  # let the disconnects settle before the next level
        if bare_url is None:
            continue
        bare, bare_elapsed, _ = await run_level(bare_url, users, seconds, think, {}, BARE)
        lines = [
            line.replace(f"  {users} users:", f"  {users} users, bare Reflex:", 1)
            for line in report(users, bare, bare_elapsed)
        ]
        print("\n".join([*lines, *ratios(figures, bare)]), flush=True)
        await asyncio.sleep(2)


def bare_app_process(bff_url: str, tmp: Path, production: Production, extra_env: dict[str, str]) -> Process:
    """bench/bare_reflex served as the storefront is: production build, one port, the same Redis and
    number of workers, its own build and state folders."""
    port = free_port()
    return Process(
        "bare reflex",
        [
            str(Path(sys.executable).parent / "reflex"),
            "run",
            *("--env", "prod", "--single-port", "--loglevel", "warning"),
            *("--frontend-port", str(port), "--backend-port", str(port), "--backend-host", "127.0.0.1"),
        ],
        {
            **reflex_env(),
            "REFLEX_STATES_WORKDIR": str(tmp / "bare-states"),
            "REFLEX_WEB_WORKDIR": str(tmp / "bare-web"),
            "BARE_BFF_URL": bff_url,
            **production.storefront_env(),
            **extra_env,
        },
        f"http://127.0.0.1:{port}",
        tmp / "logs" / "bare-reflex.log",
        cwd=BARE_APP_DIR,
    )


@contextlib.contextmanager
def production_product(
    extra_env: dict[str, str] | None = None, baseline: bool = False
) -> Iterator[tuple[str, str | None, list[Process]]]:
    """The whole product in production mode on free ports, a scratch database, stopped at the end; with
    `baseline`, the bare Reflex app beside it (its URL second, else None)."""
    ports = Ports.free()
    with tempfile.TemporaryDirectory(prefix="storefront-users-") as scratch, scratch_database() as database:
        tmp = Path(scratch)
        production = Production(database_url=database, demo=True)
        # Its own build folder: a product already running from this checkout keeps its pages meanwhile.
        processes = product(ports, tmp / "data", tmp / "logs", production, extra_env, web_dir=tmp / "web")
        bare = bare_app_process(Urls.local(ports).bff, tmp, production, extra_env or {}) if baseline else None
        try:
            for process in [*processes, *([bare] if bare else [])]:
                print(f"starting {process.name}", flush=True)
                process.start()
                process.wait_ready(START_TIMEOUTS.get(process.name, 900.0))
            yield Urls.local(ports).storefront, bare.health_url if bare else None, processes
        finally:
            if bare is not None:
                bare.stop()
            for process in reversed(processes):
                process.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench.storefront_users", description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running storefront (default: start the product in production mode)")
    parser.add_argument("--users", default="50,100,200", help="levels of concurrent users (comma separated)")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per level")
    parser.add_argument("--think", type=float, default=2.0, help="mean think time between actions (s)")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra setting for the started processes, e.g. REFLEX_OPLOCK_ENABLED=true (repeatable)",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also run each level against a bare Reflex app (bench/bare_reflex) and print the ratios",
    )
    args = parser.parse_args()
    levels = [int(level) for level in args.users.split(",")]
    if args.url:
        pid = listener_pid(urlsplit(args.url).port or 80)
        asyncio.run(bench(args.url, levels, args.seconds, args.think, {"storefront": pid} if pid else {}))
        return
    extra_env = dict(setting.split("=", 1) for setting in args.env)
    with production_product(extra_env, args.baseline) as (url, bare_url, processes):
        asyncio.run(bench(url, levels, args.seconds, args.think, pids_of(processes), bare_url))


if __name__ == "__main__":
    sys.exit(main())
