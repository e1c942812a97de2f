"""The fields of action move to `home.Topic`, shared with the forum.

Each topic keeps its translation key, locale and name; its slug comes from the name of
its first version, the same for all versions. Contributions keep their topic."""

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify


def copy_topics(apps, schema_editor):
    OldTopic = apps.get_model("beteiligung", "Topic")
    Topic = apps.get_model("home", "Topic")
    Contribution = apps.get_model("beteiligung", "Contribution")
    slugs = {}
    for old in OldTopic.objects.order_by("pk"):
        slug = slugs.setdefault(old.translation_key, slugify(old.name)[:60] or f"topic-{old.pk}")
        new = Topic.objects.create(
            translation_key=old.translation_key, locale_id=old.locale_id, name=old.name, slug=slug
        )
        Contribution.objects.filter(topic_id=old.pk).update(new_topic=new)


def copy_topics_back(apps, schema_editor):
    OldTopic = apps.get_model("beteiligung", "Topic")
    Topic = apps.get_model("home", "Topic")
    Contribution = apps.get_model("beteiligung", "Contribution")
    for new in Topic.objects.order_by("pk"):
        old = OldTopic.objects.create(
            translation_key=new.translation_key, locale_id=new.locale_id, name=new.name
        )
        Contribution.objects.filter(new_topic_id=new.pk).update(topic=old)


class Migration(migrations.Migration):
    dependencies = [
        ("beteiligung", "0006_forum_results"),
        ("home", "0003_topic"),
    ]

    operations = [
        migrations.AddField(
            model_name="contribution",
            name="new_topic",
            field=models.ForeignKey(
                null=True,
                blank=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="home.topic",
            ),
        ),
        migrations.RunPython(copy_topics, copy_topics_back),
        migrations.RemoveField(model_name="contribution", name="topic"),
        migrations.DeleteModel(name="Topic"),
        migrations.RenameField(model_name="contribution", old_name="new_topic", new_name="topic"),
        migrations.AlterField(
            model_name="contribution",
            name="topic",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="home.topic",
                verbose_name="field of action",
            ),
        ),
    ]
