"""`policyscan schema`: the JSON Schema of the analyze output."""

from __future__ import annotations

import sys


def schema() -> None:
    """Print the JSON Schema of the analyze output."""
    import json

    from policyscan.report import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
