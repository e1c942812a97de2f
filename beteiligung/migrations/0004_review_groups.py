"""Moderators moderate, evaluators review and answer: each group gets its own right.

The Moderation group (0002) had the generic change permission; it now has
`moderate_contribution` instead, and the new Evaluation group `review_contribution`."""

from django.db import migrations

EVALUATION = "Evaluation"
EVALUATION_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("beteiligung", "view_contribution"),
    ("beteiligung", "add_contribution"),
    ("beteiligung", "review_contribution"),
    ("taggit", "add_tag"),
]


def _create_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def split_groups(apps, schema_editor):
    _create_permissions(apps)
    Group = apps.get_model("auth", "Group")
    moderation, _ = Group.objects.get_or_create(name="Moderation")
    moderation.permissions.remove(_permission(apps, "beteiligung", "change_contribution"))
    moderation.permissions.add(_permission(apps, "beteiligung", "moderate_contribution"))
    evaluation, _ = Group.objects.get_or_create(name=EVALUATION)
    for app_label, codename in EVALUATION_PERMISSIONS:
        evaluation.permissions.add(_permission(apps, app_label, codename))


def join_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=EVALUATION).delete()
    moderation = Group.objects.filter(name="Moderation").first()
    if moderation:
        moderation.permissions.add(_permission(apps, "beteiligung", "change_contribution"))


class Migration(migrations.Migration):
    dependencies = [
        ("beteiligung", "0003_review_fields"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(split_groups, join_groups)]
