"""Search and reference index updates, deferred while the demo is loaded.

Wagtail updates both indexes on every save, and the loader saves most pages several times
(created, revised, published, translated, copied into each language): most of its time
went there. While loading, saves are only noted; afterwards each object that was saved is
indexed once, with the same tasks Wagtail's own signal handlers run, and the search index
takes the objects of one model in one bulk write.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


@contextmanager
def deferred_index_updates():
    """Defers search and reference index updates of everything saved inside the block
    until the block ends without an error (within the caller's transaction)."""
    saved: dict[type, set] = defaultdict(set)

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    searched = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(note, weak=False, dispatch_uid="demo-deferred-index-updates")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-deferred-index-updates")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    _update_reference_index(saved)
    _update_search_index({model: pks for model, pks in saved.items() if model in searched})


def _update_reference_index(saved: dict[type, set]) -> None:
    for model, pks in saved.items():
        if ReferenceIndex.is_indexed(model):
            meta = model._meta
            for pk in sorted(pks):
                update_reference_index_task.call(meta.app_label, meta.model_name, str(pk))


def _update_search_index(saved: dict[type, set]) -> None:
    """Each saved object once, as its most specific class (a page saved as `Page` is
    indexed as the content page it is), the objects of one class in one bulk write."""
    by_class: dict[type, dict] = defaultdict(dict)
    for model, pks in saved.items():
        for instance in model.get_indexed_objects().filter(pk__in=pks):
            indexed = index.get_indexed_instance(instance, check_exists=False)
            if indexed is not None:
                by_class[type(indexed)][indexed.pk] = indexed
    for backend in get_search_backends(with_auto_update=True):
        for model, instances in by_class.items():
            backend.add_bulk(model, list(instances.values()))
