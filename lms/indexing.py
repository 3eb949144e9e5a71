"""Wagtail's reference index and the search index brought up to date once per object
at the end of a bulk job, instead of at every save.

Building a page the way an editor would (created, translated, revised, published)
saves it four or five times, and each save re-indexes it twice: the demo spent over a
third of its seeding time there. Inside `indexed_once()` saves and deletes are noted;
on leaving, each object still there is indexed once (through the same tasks Wagtail and
modelsearch run on a save) and each deleted one leaves both indexes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import models, transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task

Key = tuple[type[models.Model], Any]


@contextmanager
def indexed_once() -> Iterator[None]:
    searched = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    saved: dict[Key, None] = {}  # in the order of their first save
    deleted: dict[Key, models.Model] = {}

    def note_save(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(type(instance), instance.pk)] = None

    def note_delete(sender, instance, **kwargs):
        deleted[(type(instance), instance.pk)] = instance

    post_save.connect(note_save, weak=False, dispatch_uid="lms.indexing.save")
    post_delete.connect(note_delete, weak=False, dispatch_uid="lms.indexing.delete")
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="lms.indexing.save")
        post_delete.disconnect(dispatch_uid="lms.indexing.delete")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    _bring_up_to_date(saved, deleted, searched=set(searched))


def _bring_up_to_date(
    saved: dict[Key, None], deleted: dict[Key, models.Model], *, searched: set
) -> None:
    for instance in deleted.values():
        if type(instance) in ReferenceIndex.tracked_models:
            with transaction.atomic():
                ReferenceIndex.remove_for_object(instance)
                ReferenceIndex.remove_references_to(instance)
    for model, pk in saved:
        if (model, pk) in deleted or not model._default_manager.filter(pk=pk).exists():
            continue
        args = (model._meta.app_label, model._meta.model_name, str(pk))
        if model in ReferenceIndex.tracked_models:
            update_reference_index_task.call(*args)
        if model in searched:
            insert_or_update_object_task.call(*args)
