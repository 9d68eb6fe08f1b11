"""Counters that every worker and server adds to at once, without losing a count.

One ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` (PostgreSQL and SQLite
both have it): a read followed by a write would let two requests write the
same number. Used by the rate limit and the CSP report counts.
"""

from django.db import connection


def add_one(model, *, unique: dict, on_insert: dict | None = None) -> int:
    """Add one to the ``count`` of ``model``'s row named by ``unique`` (its
    unique fields), making the row with ``on_insert`` if missing; the new count."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    values = {**unique, **(on_insert or {})}
    columns = ", ".join(quote(name) for name in [*values, "count"])
    count = quote("count")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(values))}, 1) "
            f"ON CONFLICT ({', '.join(quote(name) for name in unique)}) "
            f"DO UPDATE SET {count} = {table}.{count} + 1 RETURNING {count}",
            list(values.values()),
        )
        return cursor.fetchone()[0]
