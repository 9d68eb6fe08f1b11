"""Generated bulk content, for benchmarks and scale tests only.

Articles and conditions made of sentences from the demo content, shuffled, so
that word frequencies look like the real thing. Every generated item's slug
starts with ``bulk-``; generating again replaces them. Saved with
``bulk_create`` (no history, no per-item indexing), then indexed in one go.
"""

import random
import re

from django.db import transaction
from django.utils import timezone

from articles.demo.articles import ARTICLES
from articles.demo.conditions import CONDITIONS
from articles.models import Activity, Area, Article, Condition, Onset, Status, Topic
from publishing.readability import text_blocks
from search import index

PREFIX = "bulk-"


def _sentences() -> list[str]:
    texts = [block for item in ARTICLES for block in text_blocks(item["body"])]
    texts += [block for item in CONDITIONS for block in text_blocks(item["overview"])]
    sentences = [s.strip() for text in texts for s in re.split(r"(?<=[.!?])\s+", text)]
    return [s for s in sentences if len(s.split()) >= 4]


def _body(rng: random.Random, sentences: list[str], paragraphs: int) -> str:
    return "".join("<p>" + " ".join(rng.sample(sentences, 4)) + "</p>" for _ in range(paragraphs))


@transaction.atomic
def generate(articles: int = 0, conditions: int = 0, seed: int = 2026) -> dict[str, int]:
    rng = random.Random(seed)
    sentences = _sentences()
    words = sorted({w.lower() for s in sentences for w in re.findall(r"[A-Za-z]{4,}", s)})
    today = timezone.localdate()
    common = {"status": Status.PUBLISHED, "reviewed_on": today, "next_review_due": today}

    Article.objects.filter(slug__startswith=PREFIX).delete()
    Condition.objects.filter(slug__startswith=PREFIX).delete()

    Article.objects.bulk_create(
        [
            Article(
                slug=f"{PREFIX}article-{n}",
                title=" ".join(rng.sample(words, 5)).capitalize(),
                summary=" ".join(rng.sample(sentences, 2))[:300],
                body=_body(rng, sentences, rng.randint(3, 8)),
                topic=rng.choice(Topic.values),
                **common,
            )
            for n in range(articles)
        ],
        batch_size=500,
    )
    Condition.objects.bulk_create(
        [
            Condition(
                slug=f"{PREFIX}condition-{n}",
                title=" ".join(rng.sample(words, 3)).capitalize(),
                also_known_as="\n".join(" ".join(rng.sample(words, 2)) for _ in range(2)),
                summary=" ".join(rng.sample(sentences, 2))[:300],
                onset=rng.choice(Onset.values),
                areas=rng.sample(Area.values, rng.randint(1, 2)),
                overview=_body(rng, sentences, 2),
                symptoms=_body(rng, sentences, 1),
                **common,
            )
            for n in range(conditions)
        ],
        batch_size=500,
    )
    activities = list(Activity.objects.all())
    if activities:
        links = [
            Condition.activities.through(condition_id=pk, activity_id=activity.pk)
            for pk in Condition.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True)
            for activity in rng.sample(activities, min(2, len(activities)))
        ]
        Condition.activities.through.objects.bulk_create(links, batch_size=1000)
    indexed = index.rebuild([Article, Condition]).items
    return {"articles": articles, "conditions": conditions, "indexed": indexed}
