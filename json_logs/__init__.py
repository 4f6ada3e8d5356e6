"""One JSON object per log line, for every process of the product (BFF, TMF mock servers, identity provider).

Fields: time, level, logger, message, and whatever the call site or a filter puts on the record (`extra`):
each process stamps its request's correlation ids (`requestId`, `traceId`) with its own filter, so a
storefront event can be followed through the BFF into every backend it reached. A package of its own because
the processes must not import each other.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

# Attributes every LogRecord has; anything else on a record came from `extra` and is logged as a field.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name, value in record.__dict__.items():
            if name not in _STANDARD and value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(log_format: str, level: str, correlation: logging.Filter) -> None:
    """Every log line to stdout, as JSON (`log_format` "json") or text, stamped by `correlation`."""
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(correlation)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(requestId)s] %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs each request at INFO; the callers log their own calls, with the correlation ids.
    logging.getLogger("httpx").setLevel(logging.WARNING)
