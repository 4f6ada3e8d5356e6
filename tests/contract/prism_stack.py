"""Stoplight Prism in front of, or instead of, the TMF servers: one Prism process per TMF API, built from the
official v4 specs in specs/tmf/, and what it logged about each call.

Prism (npm `@stoplight/prism-cli`, installed into .tools/ by scripts/setup) matches a request against the
spec's paths without the Swagger 2.0 `basePath`, while the BFF calls each API under its official base path
(`/tmf-api/productOrderingManagement/v4/productOrder`). So each spec is handed to Prism with its base path
folded into its paths (`rooted_spec`) — nothing else in the document changes — and a proxy forwards the path
as it came to the server's root. The one other change is the media type (see `rooted_spec`).

Prism logs every violation it finds ("Violation: request.body …", "Violation: response …") after the
"Request received" line of the call it belongs to; `violations` reads them back from its log.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from scripts.stack import ROOT, TMF_BASE_PATHS, Process, free_port

PRISM = ROOT / ".tools" / "node_modules" / ".bin" / "prism"
SPECS = ROOT / "specs" / "tmf"
JSON_UTF8 = "application/json;charset=utf-8"
NO_KEEPALIVE = Path(__file__).with_name("prism_no_keepalive.cjs")

_RECEIVED = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")
_VIOLATION = re.compile(r"\[VALIDATOR\] \S+\s+(\w+)\s+Violation: (request|response)(\S*) (.*)$")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def spec_of(api: str) -> Path:
    """The official v4 spec of TMF `api` (e.g. "622") in specs/tmf/."""
    (spec,) = sorted(SPECS.glob(f"TMF{api}-*-v4*.json"))
    return spec


def rooted_spec(api: str, out_dir: Path) -> Path:
    """A copy of the spec whose paths carry its base path (`/productOrder` → `/tmf-api/…/v4/productOrder`)."""
    document = json.loads(spec_of(api).read_text())
    base = "/" + document.get("basePath", "/").strip("/")
    document["paths"] = {base + path: item for path, item in document["paths"].items()}
    document["basePath"] = "/"
    # The v4 specs declare `application/json;charset=utf-8`, a parameter JSON does not have (RFC 8259 §11:
    # JSON is UTF-8, "No 'charset' parameter is defined"), so servers and clients say `application/json`.
    # Prism takes them as different media types and then skips the body; both are declared so it checks it.
    for key in ("produces", "consumes"):
        if JSON_UTF8 in document.get(key, []):
            document[key] = [*document[key], "application/json"]
    out = out_dir / f"TMF{api}.rooted.json"
    out.write_text(json.dumps(document))
    return out


@dataclass(frozen=True)
class Violation:
    api: str
    method: str  # of the call Prism received last before it logged this (calls to one API rarely overlap)
    path: str
    side: str  # "request" or "response"
    where: str  # ".body", ".query", "" …
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"TMF{self.api} {self.method.upper()} {self.path}: {self.side}{self.where} {self.message}"


@dataclass
class Prism:
    api: str
    port: int
    process: Process

    @property
    def url(self) -> str:
        """The API's base URL through Prism, e.g. http://127.0.0.1:port/tmf-api/productInventory/v4."""
        return f"http://127.0.0.1:{self.port}/tmf-api/{TMF_BASE_PATHS[self.api]}"

    def log_size(self) -> int:
        return self.process.log_path.stat().st_size if self.process.log_path.exists() else 0

    def calls(self, since: int = 0) -> int:
        """Calls Prism received from byte `since` of its log on."""
        return len(_RECEIVED.findall(self._log(since)))

    def _log(self, since: int) -> str:
        with self.process.log_path.open("rb") as log:
            log.seek(since)
            return _ANSI.sub("", log.read().decode(errors="replace"))

    def violations(self, since: int = 0) -> list[Violation]:
        """What Prism logged from byte `since` of its log on (a size read before a call: that call's)."""
        found, method, path = [], "?", "?"
        for line in self._log(since).splitlines():
            if received := _RECEIVED.search(line):
                method, path = received.group(1), received.group(2)
            elif violation := _VIOLATION.search(line):
                severity, side, where, message = violation.groups()
                found.append(Violation(self.api, method, path, side, where, severity, message.strip()))
        return found


def prism_process(api: str, tmp: Path, *, upstream: str | None = None, port: int | None = None) -> Prism:
    """Prism for TMF `api`: a validating proxy to `upstream` (a server root), or a mock from the spec alone.

    Violations are logged, not turned into error answers (no `--errors`), so one run shows them all.
    """
    if not PRISM.exists():
        raise FileNotFoundError(f"{PRISM} is missing: scripts/setup installs it")
    port = port or free_port()
    spec = rooted_spec(api, tmp)
    mode = ["proxy", str(spec), upstream] if upstream else ["mock", str(spec)]
    process = Process(
        f"prism-{api}",
        [str(PRISM), *mode, "--port", str(port), "--host", "127.0.0.1"],
        {"NO_COLOR": "1", "FORCE_COLOR": "0", "NODE_OPTIONS": f"--require {NO_KEEPALIVE}"},
        # Any answer will do: Prism only listens once the spec is loaded.
        f"http://127.0.0.1:{port}/",
        tmp / f"prism-{api}.log",
    )
    return Prism(api, port, process)


def start_all(prisms: list[Prism], timeout: float = 90) -> None:
    """Start every Prism at once (each takes seconds of CPU to load its spec), then wait for each."""
    for prism in prisms:
        prism.process.start()
    for prism in prisms:
        prism.process.wait_ready(timeout)
