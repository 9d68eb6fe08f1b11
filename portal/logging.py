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
