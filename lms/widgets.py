"""Form widgets the site's forms share."""

from django import forms


class LanguageSelect(forms.Select):
    """A choice of languages, each named in itself ("Lietuvių", "English", "Norsk
    bokmål"): every option says its own language (`lang`), so a screen reader reads
    each name in its language, not the page's (WCAG 3.1.2)."""

    def create_option(
        self, name, value, label, selected, index, subindex=None, attrs=None
    ):
        option = super().create_option(
            name, value, label, selected, index, subindex=subindex, attrs=attrs
        )
        if value:
            option["attrs"]["lang"] = str(value)
        return option
