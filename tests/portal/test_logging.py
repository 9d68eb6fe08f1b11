import json
import logging
import sys

from portal.logging import JsonLineFormatter


def test_records_are_single_json_lines_with_the_traceback_inside():
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord(
            "django.request", logging.ERROR, __file__, 1, "Error: %s", ("/x/",), sys.exc_info()
        )
    record.status_code = 500
    record.request = object()  # never serialised
    line = JsonLineFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "ERROR"
    assert data["logger"] == "django.request"
    assert data["message"] == "Error: /x/"
    assert data["status_code"] == 500
    assert "ValueError: boom" in data["exception"]
    assert "request" not in data
