"""Log records as JSON lines: one line per event, tracebacks included, easy to ship and query."""

import json
import logging

_STANDARD = set(vars(logging.makeLogRecord({})))


class JsonLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        # Simple extra fields (status_code...); never the request object.
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in line and isinstance(value, (str, int, float)):
                line[key] = value
        return json.dumps(line, ensure_ascii=False)


class OneLinePerOutage(logging.Filter):
    """For the ``django.request`` logger: drop its record of a database error.

    Django logs every unhandled exception with its traceback; while the
    database is unreachable, ``portal.views.service_unavailable`` logs one
    structured line per request instead (the traceback only at DEBUG level).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        from django.db import DatabaseError

        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, DatabaseError)
