"""Whether an uploaded file is what its name says, read from its bytes.

Used by every upload people make: assignments, and documents in the Wagtail admin.
"""

import zipfile

import filetype

# What each extension's bytes must be. Office Open XML files are ZIPs with a
# [Content_Types].xml and their main part; OpenDocument files are ZIPs whose first
# member, "mimetype", names the kind; the old Office formats are OLE2 compound files.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OOXML_MAIN_PART = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
_ODF_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
_SNIFFED = {"pdf": "pdf", "jpg": "jpg", "jpeg": "jpg", "png": "png"}


def content_matches(upload, extension: str) -> bool:
    """Whether the file's bytes are what its extension says (read from the file, not
    from the name or the browser's content type). Leaves the file at its start."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    try:
        if extension in _SNIFFED:
            kind = filetype.guess(head)
            return kind is not None and kind.extension == _SNIFFED[extension]
        if extension in {"doc", "xls", "ppt"}:
            return head.startswith(_OLE2)
        if extension == "rtf":
            return head.startswith(b"{\\rtf")
        if extension in ("txt", "csv"):
            return _is_text(head)
        if extension in ("key", "zip"):  # a Keynote file is a ZIP too
            return zipfile.is_zipfile(upload)
        if extension in _OOXML_MAIN_PART:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
                return (
                    "[Content_Types].xml" in names
                    and _OOXML_MAIN_PART[extension] in names
                    # Macros make it a .docm/.xlsm/.pptm, which we do not take.
                    and not any(name.endswith("vbaProject.bin") for name in names)
                )
        if extension in _ODF_MIMETYPE:
            with zipfile.ZipFile(upload) as archive:
                first = archive.infolist()[0] if archive.infolist() else None
                return (
                    first is not None
                    and first.filename == "mimetype"
                    and archive.read(first).strip() == _ODF_MIMETYPE[extension]
                )
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
    finally:
        upload.seek(0)
    return False


def _is_text(head: bytes) -> bool:
    """Plain text: no NUL bytes and not a known binary format."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        return filetype.guess(head) is None
    return b"\x00" not in head and filetype.guess(head) is None
