"""Forum sessions are filed under the shared fields of action (`home.Topic`) instead of a
fixed list in code. Each former topic maps onto a field of action, found by its German
name or created; its slug becomes the former code, so `?topic=housing` keeps working.
Sessions, their revisions and their translation sources point to the topic in their own
language; every topic exists in every locale."""

import json
import uuid

import django.db.models.deletion
from django.db import migrations, models

#: Former code -> German name of the field of action it maps onto ("other": none).
FIELDS_OF_ACTION = {
    "arrival": "Willkommenskultur",
    "language": "Bildung und Sprache",
    "work": "Wirtschaft und Arbeit",
    "housing": "Wohnen",
    "health": "Gesundheit und Pflege",
    "participation": "Teilhabe und Partizipation",
    "diversity": "Interkulturelle Öffnung",
}


def map_topics(apps, schema_editor):
    Topic = apps.get_model("home", "Topic")
    Locale = apps.get_model("wagtailcore", "Locale")
    Session = apps.get_model("forum", "ForumSessionPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    used = set(Session.objects.values_list("topic", flat=True))
    if not used:
        return
    german = Locale.objects.filter(language_code="de").first() or Locale.objects.first()
    keys = {}
    for code, name in FIELDS_OF_ACTION.items():
        topic = Topic.objects.filter(locale=german, name=name).first()
        if topic is None and code not in used:
            continue
        if topic is None:
            topic = Topic.objects.create(
                locale=german, name=name, slug=code, translation_key=uuid.uuid4()
            )
        Topic.objects.filter(translation_key=topic.translation_key).update(slug=code)
        keys[code] = topic.translation_key
    # Every topic in every locale, as `home.Topic.copy_to_every_locale` does.
    for topic in Topic.objects.filter(locale=german):
        present = Topic.objects.filter(translation_key=topic.translation_key).values("locale")
        for locale in Locale.objects.exclude(pk__in=present):
            Topic.objects.create(
                locale=locale, name=topic.name, slug=topic.slug, translation_key=topic.translation_key
            )

    def topic_pk(code, locale_id):
        if code not in keys:
            return None
        return Topic.objects.get(translation_key=keys[code], locale_id=locale_id).pk

    for session in Session.objects.all():
        session.new_topic_id = topic_pk(session.topic, session.locale_id)
        session.save(update_fields=["new_topic"])
    session_type = ContentType.objects.filter(app_label="forum", model="forumsessionpage").first()
    for revision in Revision.objects.filter(content_type=session_type):
        if "topic" in revision.content and "locale" in revision.content:
            revision.content["topic"] = topic_pk(revision.content["topic"], revision.content["locale"])
            revision.save(update_fields=["content"])
    try:
        Source = apps.get_model("wagtail_localize", "TranslationSource")
    except LookupError:
        return
    for source in Source.objects.filter(specific_content_type=session_type):
        data = json.loads(source.content_json)
        if "topic" in data and "locale" in data:
            data["topic"] = topic_pk(data["topic"], data["locale"])
            source.content_json = json.dumps(data)
            source.save(update_fields=["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_initial"),
        ("home", "0003_topic"),
        ("beteiligung", "0007_topic_moves_to_home"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="forumsessionpage",
            name="new_topic",
            field=models.ForeignKey(
                null=True,
                blank=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="home.topic",
            ),
        ),
        migrations.RunPython(map_topics, migrations.RunPython.noop),
        migrations.RemoveField(model_name="forumsessionpage", name="topic"),
        migrations.RenameField(
            model_name="forumsessionpage", old_name="new_topic", new_name="topic"
        ),
        migrations.AlterField(
            model_name="forumsessionpage",
            name="topic",
            field=models.ForeignKey(
                blank=True,
                help_text="Visitors can filter the list of sessions by it; its results are filed under it.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="home.topic",
                verbose_name="field of action",
            ),
        ),
    ]
