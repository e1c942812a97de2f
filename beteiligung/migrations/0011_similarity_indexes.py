"""Indexes for similar contributions on PostgreSQL: pg_trgm and a GIN trigram index on the
text, and one full-text index per language that PostgreSQL has a configuration for.
Nothing happens on other databases (SQLite compares in Python, see `similarity`)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models import Q

#: `similarity.FULL_TEXT_CONFIGS` as it was when this migration was written.
FULL_TEXT_CONFIGS = {
    "de": "german",
    "en": "english",
    "tr": "turkish",
    "ar": "arabic",
    "ru": "russian",
}


def indexes():
    yield GinIndex(fields=["text"], opclasses=["gin_trgm_ops"], name="contribution_text_trgm")
    for language, config in FULL_TEXT_CONFIGS.items():
        yield GinIndex(
            SearchVector("text", config=config),
            condition=Q(language=language),
            name=f"contribution_text_fts_{language}",
        )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("beteiligung", "Contribution")
    for index in indexes():
        schema_editor.add_index(model, index)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("beteiligung", "Contribution")
    for index in indexes():
        schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [("beteiligung", "0010_contribution_removed_by_author")]

    operations = [
        # Only on PostgreSQL: Django's extension operations do nothing elsewhere.
        TrigramExtension(),
        migrations.RunPython(create, drop, elidable=False),
    ]
