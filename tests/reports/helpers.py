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
