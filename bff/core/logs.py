"""Structured logs of the BFF: one JSON object per line (json_logs), each carrying the request's correlation
ids.

Fields: time, level, logger, message, requestId, traceId, and whatever the call site passes in `extra`
(e.g. api, method, path, status, durationMs for a backend call).
"""

from __future__ import annotations

import logging

import json_logs
from bff.core.correlation import peek_correlation

JsonFormatter = json_logs.JsonFormatter


class CorrelationFilter(logging.Filter):
    """Stamps the current request's ids on each record, for any formatter to use."""

    def filter(self, record: logging.LogRecord) -> bool:
        correlation = peek_correlation()
        record.requestId = correlation.request_id if correlation else None
        record.traceId = correlation.trace_id if correlation else None
        return True


def configure_logging(log_format: str = "json", level: str = "INFO") -> None:
    json_logs.configure_logging(log_format, level, CorrelationFilter())
