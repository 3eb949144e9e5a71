import csv
import io
import re

import openpyxl


def cells(html, row_pattern):
    """The text of each cell of the rows whose <tr> matches row_pattern, tags stripped."""
    rows = re.findall(rf"<tr {row_pattern}[^>]*>(.*?)</tr>", html, re.S)
    return [
        [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        ]
        for row in rows
    ]


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def xlsx_rows(response) -> list[list[str]]:
    """The sheet's rows as text, as a CSV would have them."""
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [
        ["" if cell is None else str(cell) for cell in row]
        for row in workbook.active.iter_rows(values_only=True)
    ]


def numbers_alike(rows):
    """10, 10.0 and "10.0" read alike (a spreadsheet keeps numbers, a CSV text)."""

    def same(cell):
        try:
            return f"{float(cell):g}"
        except ValueError:
            return cell

    return [[same(cell) for cell in row] for row in rows]


def translate(page, language: str, title: str):
    """The page's translation into `language` (its parents' too), published under
    `title`."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    for ancestor in translation.get_ancestors().filter(depth__gt=1, live=False):
        ancestor.specific.save_revision().publish()
    translation.title = title
    translation.save_revision().publish()
    return translation


def h1_texts(html) -> list[str]:
    """The text of each <h1>, tags stripped."""
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", heading)).strip()
        for heading in re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    ]


def breadcrumbs(html) -> list[tuple[str | None, str]]:
    """(href or None, label) of each item of Wagtail's breadcrumbs."""
    nav = re.search(r'<nav[^>]*aria-label="[^"]*"[^>]*>\s*<ol(.*?)</ol>', html, re.S)
    if nav is None:
        return []
    items = []
    for item in re.findall(r"<li[^>]*>(.*?)</li>", nav.group(1), re.S):
        link = re.search(r'<a [^>]*href="([^"]*)"', item)
        label = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", item)).strip()
        items.append((link.group(1) if link else None, label))
    return items
