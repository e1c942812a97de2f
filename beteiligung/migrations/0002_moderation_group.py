"""The "Moderation" group: may use the admin and moderate contributions and reports,
nothing else (no pages, no settings)."""

from django.db import migrations

GROUP_NAME = "Moderation"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("beteiligung", "contribution", "view_contribution"),
    ("beteiligung", "contribution", "change_contribution"),
    ("beteiligung", "contribution", "delete_contribution"),
    ("beteiligung", "report", "view_report"),
    ("beteiligung", "report", "change_report"),
]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, _model, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("beteiligung", "0001_initial"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
