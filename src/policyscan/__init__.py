"""policyscan: read AI and technology policy news — actors, AI models, policy actions, dates.

The Python API (see docs/api.md)::

    import policyscan
    report = policyscan.analyze_text("The ministry banned ...", published="2026-11-20")
    for action in report.actions:
        print(action.actor, action.direction.value, action.trigger, action.date.value)

Names are imported lazily, so ``import policyscan`` (and ``policyscan --help``) stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyze_text": "policyscan.api",
    "analyze_file": "policyscan.api",
    "analyze_many": "policyscan.api",
    "load_pipeline": "policyscan.api",
    "Report": "policyscan.report",
    "Action": "policyscan.report",
    "Actor": "policyscan.report",
    "AIModel": "policyscan.report",
    "DateRef": "policyscan.report",
    "Reversal": "policyscan.report",
    "Source": "policyscan.report",
    "Span": "policyscan.report",
    "Direction": "policyscan.report",
    "Status": "policyscan.report",
    "ActorType": "policyscan.report",
    "PolicyscanError": "policyscan.errors",
    "UsageError": "policyscan.errors",
    "InputNotFound": "policyscan.errors",
    "InputUnreadable": "policyscan.errors",
    "InputInvalid": "policyscan.errors",
    "ModelError": "policyscan.errors",
}
__all__ = [
    "AIModel",
    "Action",
    "Actor",
    "ActorType",
    "DateRef",
    "Direction",
    "InputInvalid",
    "InputNotFound",
    "InputUnreadable",
    "ModelError",
    "PolicyscanError",
    "Report",
    "Reversal",
    "Source",
    "Span",
    "Status",
    "UsageError",
    "__version__",
    "analyze_file",
    "analyze_many",
    "analyze_text",
    "load_pipeline",
]

if TYPE_CHECKING:
    from policyscan.api import analyze_file, analyze_many, analyze_text, load_pipeline
    from policyscan.errors import (
        InputInvalid,
        InputNotFound,
        InputUnreadable,
        ModelError,
        PolicyscanError,
        UsageError,
    )
    from policyscan.report import (
        Action,
        Actor,
        ActorType,
        AIModel,
        DateRef,
        Direction,
        Report,
        Reversal,
        Source,
        Span,
        Status,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'policyscan' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
