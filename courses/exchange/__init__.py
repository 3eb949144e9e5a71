"""Import and export of competency frameworks: 1EdTech CASE 1.1 JSON and a simple CSV."""

from .case import export_case, import_case
from .csv import import_csv
from .errors import FrameworkImportError

__all__ = ["FrameworkImportError", "export_case", "import_case", "import_csv"]
