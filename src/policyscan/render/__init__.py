"""Renderers: Report -> terminal, JSON, CSV and Markdown.

Each renderer lives in its own module and is imported directly
(``from policyscan.render.json_out import report_json``); this package imports
nothing so that JSON or CSV output never pays for importing Rich.
"""
