"""tests/fuzz/ holds a standalone fuzz script, not pytest tests: never collect it."""

collect_ignore_glob = ["*.py"]
