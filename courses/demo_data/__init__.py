"""Demo content as plain data: the competency framework and two programmes.

Every text is a dict {"lt": ..., "en": ..., "nb": ...} (Lithuanian, English, Norwegian
Bokmål); `courses.demo` turns the data into snippets and pages. The schema is in
SCHEMA.md beside this file.
"""
