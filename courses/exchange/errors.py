class FrameworkImportError(Exception):
    """A file that cannot be imported, with every problem found (nothing was saved)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))
