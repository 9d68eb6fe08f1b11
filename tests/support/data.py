"""Reading plain data (the demo content's dicts and lists) in tests."""


def every_string(value):
    """Every string in ``value``, however deeply nested in dicts, lists and tuples."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from every_string(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from every_string(item)
