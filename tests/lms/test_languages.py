"""The one way text in another language is marked (lms.languages)."""

from django.utils import translation
from django.utils.safestring import SafeString

from lms.languages import in_language, lang_to_mark


def test_text_in_another_language_is_marked_and_escaped():
    with translation.override("nb"):
        shown = in_language("Partnerystė & tinklaveika", "lt")

    assert shown == '<span lang="lt">Partnerystė &amp; tinklaveika</span>'
    assert isinstance(shown, SafeString)


def test_text_in_the_readers_language_or_an_unknown_one_is_left_to_the_template():
    with translation.override("lt"):
        assert in_language("<b>Modulis</b>", "lt") == "<b>Modulis</b>"
        assert not isinstance(in_language("<b>Modulis</b>", "lt"), SafeString)
        assert in_language("Modulis", "") == "Modulis"
        assert in_language("", "en") == ""


def test_the_attribute_to_set_ignores_case_and_the_readers_language():
    with translation.override("nb"):
        assert lang_to_mark("NB") == ""
        assert lang_to_mark(None) == ""
        assert lang_to_mark("en") == "en"
