class IdConverter:
    """A database id: digits that fit a 64-bit integer. Longer runs of digits are not
    ids, so the URL does not match (a 404) instead of overflowing the database (a 500)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


def parse_id(value: str) -> int | None:
    """An id from a form field, or None when it is not one the database could hold."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) <= 18 else None
