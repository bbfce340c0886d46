"""The action kinds table (``data/kinds.json``): per kind its merge family, CAMEO / PLOVER
codes, what changes when it loosens, and a label. Loaded and checked once; a kind that is
not in the table cannot be looked up (``kind_info`` raises), so nothing silently falls into
an unnamed family.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

CAMEO_CODE = re.compile(r"^\d{2,4}$")  # a string: "090" and "081" keep their leading zero
PLOVER_CODE = re.compile(r"^[A-Z][A-Z_]*$")


@dataclass(frozen=True)
class KindInfo:
    name: str
    label: str
    family: str
    cameo: str
    plover: str
    loosened_family: str
    loosened_cameo: str
    loosened_plover: str
    presupposes_prior: bool
    generic: bool
    clause_object: bool
    by_courts: bool
    by_private_persons: bool
    content_may_loosen: bool
    lifted_as_own: bool
    produced_by: str | None


def _row(name: str, row: dict) -> KindInfo:
    def text(value: object, what: str, pattern: re.Pattern[str] | None = None) -> str:
        if not isinstance(value, str) or not value or (pattern is not None and not pattern.match(value)):
            raise ValueError(f"kinds.json: kind {name!r} has a malformed {what}: {value!r}")
        return value

    loosens = row.get("loosens") or {}
    family = text(row.get("family"), "family")
    cameo = text(row.get("cameo"), "CAMEO code", CAMEO_CODE)
    plover = text(row.get("plover"), "PLOVER code", PLOVER_CODE)
    produced_by = row.get("produced_by")
    return KindInfo(
        name=name,
        label=text(row.get("label"), "label"),
        family=family,
        cameo=cameo,
        plover=plover,
        loosened_family=text(loosens.get("family", family), "loosens.family"),
        loosened_cameo=text(loosens.get("cameo", cameo), "loosens.cameo", CAMEO_CODE),
        loosened_plover=text(loosens.get("plover", plover), "loosens.plover", PLOVER_CODE),
        presupposes_prior=bool(row.get("presupposes_prior", False)),
        generic=bool(row.get("generic", False)),
        clause_object=bool(row.get("clause_object", False)),
        by_courts=bool(row.get("by_courts", True)),
        by_private_persons=bool(row.get("by_private_persons", False)),
        content_may_loosen=bool(row.get("content_may_loosen", False)),
        lifted_as_own=bool(row.get("lifted_as_own", False)),
        produced_by=None if produced_by is None else text(produced_by, "produced_by"),
    )


@cache
def _raw() -> dict:
    return json.loads(resources.files("policyscan.data").joinpath("kinds.json").read_text("utf-8"))


@cache
def kind_table() -> dict[str, KindInfo]:
    """kind name -> its row, in the file's order."""
    return {name: _row(name, row) for name, row in _raw()["kinds"].items()}


@cache
def status_codes() -> dict[str, tuple[str, str]]:
    """status -> (CAMEO, PLOVER) that replace the kind's codes ("threatened to ban" is a threat)."""
    out = {}
    for status, row in _raw()["status_codes"].items():
        if status.startswith("_"):
            continue
        loosening = row.get("when_loosening")
        plain = {k: v for k, v in row.items() if k != "when_loosening"}
        info = _row(status, {"label": status, "family": status, **plain})
        out[status] = (info.cameo, info.plover)
        if loosening:  # "refused to lift the curfew": 1241, not the generic 120
            eased = _row(status, {"label": status, "family": status, **loosening})
            out[status + ":loosen"] = (eased.cameo, eased.plover)
    return out


def kind_info(kind: str) -> KindInfo:
    try:
        return kind_table()[kind]
    except KeyError:
        raise ValueError(f"action kind {kind!r} is not in data/kinds.json") from None
