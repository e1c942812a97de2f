from django.apps import AppConfig


class ConfigConfig(AppConfig):
    """The project itself as an app: the one place that may know every app, which the
    demo loader and its management command need."""

    name = "config"
    label = "config"
