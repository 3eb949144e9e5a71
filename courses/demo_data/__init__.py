"""Demo content as plain data: the competency framework and two programmes, LT and EN.

Every text is a dict {"lt": ..., "en": ...}; `courses.demo` turns the data into snippets
and pages. The schema is in SCHEMA.md beside this file.
"""
