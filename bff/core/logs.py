"""Structured logs: one JSON object per line, each carrying the request's correlation ids.

Fields: time, level, logger, message, requestId, traceId, and whatever the call site passes in `extra`
(e.g. api, method, path, status, durationMs for a backend call).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from bff.core.correlation import peek_correlation

# Attributes every LogRecord has; anything else on a record came from `extra` and is logged as a field.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


class CorrelationFilter(logging.Filter):
    """Stamps the current request's ids on each record, for any formatter to use."""

    def filter(self, record: logging.LogRecord) -> bool:
        correlation = peek_correlation()
        record.requestId = correlation.request_id if correlation else None
        record.traceId = correlation.trace_id if correlation else None
        return True


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


def configure_logging(log_format: str = "json", level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(CorrelationFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(requestId)s] %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs each request at INFO; the clients log their own calls, with the correlation ids.
    logging.getLogger("httpx").setLevel(logging.WARNING)
