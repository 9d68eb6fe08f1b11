"""Search at clinic scale: 10,000 articles, and the query still uses its indexes.

One test, because generating the articles is the slow part. It runs outside a
transaction so that it can VACUUM, as autovacuum does on a real server: after
a long test run the index pages hold dead entries from earlier tests (rolled
back, never vacuumed), and plans on a bloated index are not the clinic's."""

import pytest
from django.db import connection

from search import query as search
from tests.support import bulk

pytestmark = pytest.mark.django_db(transaction=True)


def test_search_uses_its_indexes_and_names_still_win_among_ten_thousand_articles(demo):
    bulk.generate(articles=10_000, conditions=0)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE articles_searchentry")

    # A Spanish page searches English entries too (of items without a translation).
    for query, language in [
        ("LCA", "en"),
        ("menicus tear", "en"),
        ("patelofemoral", "en"),
        ("menicus tear", "es"),
        ("rotula", "es"),
    ]:
        plan = search.candidates_plan(query, language)
        assert "Bitmap Index Scan on search_entry_vector_gin" in plan, plan
        assert "Bitmap Index Scan on search_entry_names_trgm" in plan, plan
        assert "Seq Scan" not in plan, plan

    for query, expected in [
        ("menicus tear", "Meniscus tear"),
        ("patelofemoral", "Patellofemoral pain syndrome"),
        ("LCA", "Knee ligament sprain"),
        ("meniscus", "Meniscus tear"),
        ("runners knee", "Patellofemoral pain syndrome"),
    ]:
        top = [entry.title for entry in search.find(query).entries[:3]]
        assert expected in top, (query, top)
