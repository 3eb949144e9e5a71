"""Bulk work (the demo's seed) brings the reference and search indexes up to date once
per object when it ends: the same entries as saving one by one, none left behind for
what it deleted, and saves after it indexed at once again."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry

import pytest

from courses.models import ModulePage, ProgrammePage
from lms.indexing import indexed_once

from ..courses.factories import make_framework
from ..courses.pages import catalogue_under, module_under, programme_under

pytestmark = pytest.mark.django_db


def references(page) -> set[tuple]:
    return set(
        ReferenceIndex.objects.filter(
            content_type=ContentType.objects.get_for_model(page),
            object_id=str(page.pk),
        ).values_list("model_path", "to_content_type", "to_object_id")
    )


def searchable(page) -> bool:
    return IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(page), object_id=str(page.pk)
    ).exists()


def test_pages_built_inside_are_indexed_once_on_leaving_as_one_by_one(site_content):
    catalogue = catalogue_under(site_content)
    competency = make_framework(status="published").areas.first().competencies.first()
    one_by_one = module_under(programme_under(catalogue), competency=competency)

    with indexed_once():
        programme = programme_under(catalogue, slug="kita")
        module = module_under(programme, slug="kitas", competency=competency)
        doomed = programme_under(catalogue, slug="trumpa")
        assert not searchable(module) and references(module) == set()
        doomed_pk = doomed.pk
        doomed.delete()

    assert searchable(programme) and searchable(module)
    assert references(module) == references(one_by_one) != set()
    assert not IndexEntry.objects.filter(object_id=str(doomed_pk)).exists()
    assert not ReferenceIndex.objects.filter(object_id=str(doomed_pk)).exists()
    assert ModulePage.objects.count() == 2 and ProgrammePage.objects.count() == 2

    later = programme_under(catalogue, slug="veliau")
    assert searchable(later)  # the handlers are back


def test_an_error_inside_leaves_the_handlers_connected(site_content):
    catalogue = catalogue_under(site_content)
    with pytest.raises(RuntimeError), indexed_once():
        raise RuntimeError
    assert searchable(programme_under(catalogue))
