"""Readiness of a channel BFF (`GET /ready`): can this process serve now?

Ready means its database answers, the identity provider's signing keys are at hand (callers' tokens can be
checked) and, when configured, the token endpoint gives the BFF its client-credentials token. The keys and
the token are cached by their owners (TokenValidator, ClientCredentials), so a check only calls out when
they would anyway; the whole answer is reused for `BFF_READY_CACHE_SECONDS`, so probes never hammer the
backends. `/health` stays the cheap liveness check that calls nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bff.core.auth.tokens import TokenValidator
from bff.core.backends import ChannelServices

log = logging.getLogger("bff.ready")

Check = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class ReadinessReport:
    ready: bool
    checks: dict[str, str]  # dependency -> "ok" or why not

    def body(self) -> dict[str, object]:
        return {"status": "ready" if self.ready else "not ready", "checks": self.checks}


@dataclass
class Readiness:
    checks: dict[str, Check]
    cache_seconds: float
    timeout_seconds: float
    _last: ReadinessReport | None = None
    _checked_at: float = 0.0
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @classmethod
    def for_channel(cls, services: ChannelServices, tokens: TokenValidator) -> Readiness:
        checks: dict[str, Check] = {
            "database": lambda: asyncio.to_thread(services.idempotency.ping),
            "identityProviderKeys": tokens.key_set,
        }
        if services.auth is not None:
            checks["tokenEndpoint"] = services.auth.token
        settings = services.settings
        return cls(checks, settings.ready_cache_seconds, settings.timeout_seconds)

    async def report(self) -> ReadinessReport:
        """The latest answer while fresh, else every check run again (side by side, each with a timeout)."""
        async with self._lock:  # probes arriving together share one round of checks
            if self._last is not None and time.monotonic() - self._checked_at < self.cache_seconds:
                return self._last
            names = list(self.checks)
            outcomes = await asyncio.gather(*(self._run(name, self.checks[name]) for name in names))
            report = ReadinessReport(
                ready=all(outcome == "ok" for outcome in outcomes),
                checks=dict(zip(names, outcomes, strict=True)),
            )
            if not report.ready:
                log.warning("not ready", extra={"checks": report.checks})
            self._last, self._checked_at = report, time.monotonic()
            return report

    async def _run(self, name: str, check: Check) -> str:
        try:
            await asyncio.wait_for(check(), timeout=self.timeout_seconds)
        except TimeoutError:
            return f"no answer within {self.timeout_seconds:g} s"
        except Exception as exc:  # any failure means "not ready"; the details go to the log, not the body
            log.warning("readiness check failed", extra={"check": name, "reason": repr(exc)[:500]})
            return f"failed ({type(exc).__name__})"
        return "ok"
