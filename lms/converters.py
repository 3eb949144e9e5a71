class IdConverter:
    """A database id: digits that fit a 64-bit integer. Longer runs of digits are not
    ids, so the URL does not match (a 404) instead of overflowing the database (a 500)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)
