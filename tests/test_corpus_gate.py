"""Evaluation gate: score the corpora against pinned floors (the trafilatura eval_gate idea).

Floors may only go up. Raise one when a change lifts a figure for good; never lower one to
make a change pass -- fix the extraction, or argue the case in review. Each set is pinned by a
digest of its files, so nobody can quietly change a corpus under its floor: a deliberate change
updates the digest in the same commit.

The sets are scored in process by ``policyscan.evaluate`` (the packaged scorer, which gives the
shared scorer's figures), so the gate runs in a fresh clone; the shared dev set is scored when
``../shared/eval/dev`` is present.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from policyscan.evaluate import evaluate_dir

REPO = Path(__file__).parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
GOLD_DIRS = {
    "dev": DEV,
    "corpus": REPO / "tests" / "corpus",
    "heldout": REPO / "tests" / "heldout",
    "blind": REPO / "tests" / "blind",
    "blind2": REPO / "tests" / "blind2",
    "blind3": REPO / "tests" / "blind3",
    "blind4": REPO / "tests" / "blind4",
    "blind5": REPO / "tests" / "blind5",
    "blind6": REPO / "tests" / "blind6",
    "blind7": REPO / "tests" / "blind7",
    "blind8": REPO / "tests" / "blind8",
    "blind9": REPO / "tests" / "blind9",
    "blind10": REPO / "tests" / "blind10",
    "blind12": REPO / "tests" / "blind12",
    "blind13": REPO / "tests" / "blind13",
    "blind14": REPO / "tests" / "blind14",
    "blind15": REPO / "tests" / "blind15",
    "blind16": REPO / "tests" / "blind16",
    "blind17": REPO / "tests" / "blind17",
}

# Floors may only go up.
# - corpus (17, our own writing): first run 0.91 / 0.87 / 0.66; tuned on since.
# - heldout (10, written blind): first run 0.92 / 0.98 / 0.66; read and tuned on since.
# - blind (20, written blind in web-page form for issue 11): first run 2026-12-01 actors 0.80,
#   models 0.77, actions 0.59, dates 24/54, published 16/20; read and tuned on since (2026-12-01 end of
#   day: 0.90 / 0.99 / 0.70, dates 54/63).
# - blind2 (10, the final blind batch): first and only scored run 2026-12-01 actors 0.85, models 0.99,
#   actions 0.69 (P 0.78 R 0.62), dates 31/36, published 10/10; now a development set too.
# - blind3 (12, written blind in web-page form, second session): scored on 2026-12-01 without reading its
#   misses, first on the code before that day's quality work (0.88 / 0.92 / 0.63, dates 35/40), then on the
#   code after it (0.88 / 0.92 / 0.68 (P 0.72 R 0.65), dates 39/44, published 11/12); a development set since.
# - blind4 (10, written blind in web-page form, third session): scored without reading its misses, on main
#   332e442 (0.83 / 0.94 / 0.63, dates 24/32) and on the code after that session's round (0.84 / 0.94 / 0.65
#   (P 0.64 R 0.66), dates 24/33, published 8/10: the honest final blind figure); a development set since.
# - blind5 (10, written blind in web-page form, fourth session): scored without reading its misses, on main
#   9cf4240 (0.80 / 0.90 / 0.67, dates 24/31) and on the code after that session's round (0.85 / 0.90 / 0.69
#   (P 0.71 R 0.67), dates 26/32, published 7/9: the honest final blind figure); a development set since.
# - blind6 (10, written blind in web-page form, fifth session): scored without reading its misses, on main
#   c780557 (0.84 / 0.96 / 0.66, dates 16/28, published 6/9) and on the code after that session's round, 12b55d1
#   (0.85 / 0.96 / 0.75 (P 0.78 R 0.73), dates 28/34, published 7/9: the honest final blind figure); a
#   development set since (after reading it, five general rules: 0.90 / 0.96 / 0.77, dates 29/35, published 8/9).
# - blind7 (10, written blind in web-page form, sixth session): scored without reading its misses, on main
#   aa799b4 (0.89 / 0.94 / 0.68 (P 0.68 R 0.67), dates 20/24, published 7/9) and on the code after that session's
#   helper round, 7cb98e9 (0.90 / 0.94 / 0.68 (P 0.68 R 0.67), dates 20/24, published 7/9: the honest final blind
#   figure); a development set since (after reading it: 0.96 / 0.94 / 0.77, dates 27/29, published 8/9).
# - blind8 (10, written blind in web-page form, seventh session): scored without reading its misses, on main
#   abe2e92 (0.91 / 0.87 / 0.67 (P 0.70 R 0.65), dates 19/27, published 7/9) and on the code after that session's
#   helper round, 7ee5fea (0.91 / 0.87 / 0.70 (P 0.74 R 0.65), dates 19/27, published 7/9: the honest final blind
#   figure); a development set since.
# - blind9 (10, written blind in web-page form, eighth session): scored without reading its misses, on main
#   d710b88 (0.92 / 0.94 / 0.82 (P 0.78 R 0.86), dup 3, dates 36/40, published 8/9) and on the code after that
#   session's helper round, d2cc11b (0.91 / 0.94 / 0.82 (P 0.78 R 0.86), dup 2, dates 38/40, published 9/9: the
#   honest final blind figure); a development set since.
# - blind10 (10, written blind in web-page form, ninth session): scored without reading its misses, on main
#   ee65fb6 (0.92 / 0.98 / 0.80 (P 0.77 R 0.84), dup 4, dates 31/40, published 8/9) and on the code after that
#   session's helper round, 3f45301 (0.92 / 0.98 / 0.81 (P 0.79 R 0.84), dup 4, dates 31/40, published 8/9: the
#   honest blind figure of the round); a development set since.
# Raised 2026-12-02 (ninth session) to a little under what the sets reached after its round: blind3 actions 0.89;
#   blind6 0.85; blind7 0.84; blind9 0.96 / 0.98 / 0.86, dates 0.95; blind10 models 0.96, dates 0.88 (36/40).
#   Duplicate ceilings went down: heldout 1 -> 0, blind 7 -> 6, blind4 5 -> 3, blind6 7 -> 6.
# Raised 2026-12-02 (eighth session) to a little under what the sets reached after its round: corpus actions 0.90;
#   heldout 0.92; blind 0.89, dup 7 (a negated "had not issued a show-cause notice" now scores as a second match
#   of that body's block); blind2 0.89; blind3 0.88, dup 5; blind4 0.90; blind5 0.87; blind7 0.97 / 0.98 / 0.79,
#   dates 0.95, dup 4; blind8 0.97 / 0.98 / 0.88, dates 0.90, dup 5. blind5 to blind9 now must date every article
#   whose gold has a publication date.
# Raised 2026-12-02 (seventh session) to a little under what the sets reached after its round: corpus actions 0.89,
#   dates 0.95, dup 2; dev dup 0; blind 0.88; blind2 0.88; blind3 0.87; blind4 0.89; blind5 0.85, dates 0.95,
#   dup 6; blind6 0.97 / 0.98 / 0.82; blind7 0.96 / 0.98 / 0.78, dup 5. One cap rose: blind6 duplicates 6 -> 7.
#   A Portuguese body's name ("Comissão Nacional de ...") is now typed a regulator, so its action "examining
#   whether to open sanction proceedings" (status considered, which the gold does not list) is scored as a second
#   match of that body's order instead of a false positive: blind6 precision 0.85 -> 0.87.
# Raised 2026-12-01 (sixth session) to a little under what the sets reached after its round: blind 0.97 / 0.98 /
#   0.87, dup 8; heldout dup 1; blind5 0.96 / 0.98 / 0.83, 38/40; blind6 0.95 / 0.98 / 0.79, 35/37, dup 6.
# Raised 2026-12-01 (fifth session) to a little under what the sets reached after its round: blind2 actions
#   0.89; blind5 0.96 / 1.00 / 0.78, 33/36, dup 7; the others as they were.
# Raised 2026-12-01 (fourth session) to a little under what the sets reached after its round: corpus 1.00 / 1.00 /
#   0.89, 43/45; heldout 1.00 / 1.00 / 0.90, 25/26; blind 0.98 / 1.00 / 0.88, 76/82; blind2 1.00 / 1.00 / 0.88,
#   49/49; blind3 1.00 / 1.00 / 0.87, 58/59; blind4 0.99 / 1.00 / 0.90, 40/43.
# Raised 2026-12-01 (third session) to a little under what the sets reached after its round: corpus 0.99 / 1.00 /
#   0.89, 43/45; heldout 1.00 / 1.00 / 0.88, 25/26; blind 0.96 / 0.99 / 0.85, 76/82; blind2 0.99 / 1.00 / 0.88,
#   49/49; blind3 0.98 / 0.98 / 0.87, 57/59; blind4 0.86 / 0.94 / 0.65, 27/33.
# - blind12 (10, written blind in web-page form, tenth session): scored without reading its misses on main 4addfd2
#   (0.93 / 0.94 / 0.83, dates 30/42, published 6/9) and after the round's helpers (0.94 / 0.94 / 0.84, dup 9, dates
#   30/42); then read (two date and header fixes: dates 39/42, published 9/9); a development set since.
# - blind13 (10, written blind, the tenth session's final batch): first and only scored run on the round's final
#   code bf2e6f7: 0.92 / 0.96 / 0.79 (P 0.76 R 0.81), dup 4, dates 47/47, published 9/9; not read before it joined.
# - blind15 (10, written blind in web-page form, eleventh session): scored without reading its misses on main
#   c9edadd (0.93 / 0.95 / 0.74 (P 0.73 R 0.74), dup 11, dates 35/41, published 9/9) and after the round's helpers,
#   a6b2d24 (0.93 / 0.95 / 0.74 (P 0.74 R 0.74), dup 11, dates 35/41); read after that, not tuned on.
# - blind14 (10, written blind, the eleventh session's final batch): first and only scored run on the round's final
#   code a6b2d24: 0.90 / 0.96 / 0.75 (P 0.82 R 0.69), dup 5, dates 31/35, published 8/9; not read before it joined.
# - blind16 (10, written blind, the eleventh session's second final batch, kept unscored while a second wave of
#   helpers worked on blind14, blind15 and real set 14): first and only scored run on the round's final code f67d832:
#   0.86 / 0.98 / 0.71 (P 0.69 R 0.72), dup 7, dates 36/39, published 8/9; the round's start code gives 0.69.
# - blind17 (10, written blind, the twelfth session): scored without reading its misses on the round's start code
#   03036a1 (0.92 / 0.93 / 0.72 (P 0.81 R 0.66), dup 4, dates 33/35, published 9/9) and on its final code c00c918
#   (the same figures, to the digit); read after that, not tuned on.
# Raised in the twelfth session: blind10 actions 0.89; blind12 actions 0.86; blind14 actors 0.92, actions 0.79;
#   blind16 actions 0.70, duplicate ceiling 7 -> 5.
# Raised in the eleventh session (after its second wave): blind6 0.89, dup 5; blind14 0.90 / 0.94 / 0.77, dates 0.92,
#   dup 3, every dated article dated; blind15 0.93 / 0.93 / 0.83, dates 0.87, dup 10.
# Raised in the eleventh session: blind6 actions 0.88; blind12 0.93 / 0.95 / 0.84, dates 0.93; blind13 0.95 / 0.96 /
#   0.83; duplicate ceilings blind12 9 -> 5, blind13 4 -> 3.
# Raised in the tenth session: heldout actions 0.95; blind6 0.87; blind7 0.87; blind9 actors 0.98; blind10 0.98 /
#   0.98 / 0.88, dates 0.93; duplicate ceilings blind3 4, blind5 5, blind10 1.
# Raised 2026-12-01 (second session) to a little under what the sets then reached:
#   corpus 0.99 / 1.00 / 0.91, dates 43/45; heldout 0.98 / 1.00 / 0.83, 24/25; blind 0.95 / 0.99 / 0.80, 66/76;
#   blind2 0.94 / 1.00 / 0.79, 41/42.
FLOORS: dict[str, dict[str, float]] = {
    "dev": {"actors.f1": 0.92, "models.f1": 0.95, "actions.f1": 0.85, "action_dates.rate": 0.9},
    "corpus": {"actors.f1": 0.98, "models.f1": 0.98, "actions.f1": 0.90, "action_dates.rate": 0.95},
    "heldout": {"actors.f1": 0.98, "models.f1": 0.98, "actions.f1": 0.95, "action_dates.rate": 0.93},
    "blind": {"actors.f1": 0.97, "models.f1": 0.98, "actions.f1": 0.89, "action_dates.rate": 0.95},
    "blind2": {"actors.f1": 0.98, "models.f1": 0.98, "actions.f1": 0.89, "action_dates.rate": 0.95},
    "blind3": {"actors.f1": 0.98, "models.f1": 0.98, "actions.f1": 0.89, "action_dates.rate": 0.95},
    "blind4": {"actors.f1": 0.97, "models.f1": 0.98, "actions.f1": 0.90, "action_dates.rate": 0.9},
    "blind5": {"actors.f1": 0.96, "models.f1": 0.98, "actions.f1": 0.87, "action_dates.rate": 0.95},
    "blind6": {"actors.f1": 0.97, "models.f1": 0.98, "actions.f1": 0.89, "action_dates.rate": 0.9},
    "blind7": {"actors.f1": 0.97, "models.f1": 0.98, "actions.f1": 0.87, "action_dates.rate": 0.95},
    "blind8": {"actors.f1": 0.97, "models.f1": 0.98, "actions.f1": 0.88, "action_dates.rate": 0.9},
    "blind9": {"actors.f1": 0.98, "models.f1": 0.98, "actions.f1": 0.86, "action_dates.rate": 0.95},
    "blind10": {"actors.f1": 0.98, "models.f1": 0.98, "actions.f1": 0.89, "action_dates.rate": 0.93},
    "blind12": {"actors.f1": 0.93, "models.f1": 0.95, "actions.f1": 0.86, "action_dates.rate": 0.93},
    "blind13": {"actors.f1": 0.95, "models.f1": 0.96, "actions.f1": 0.83, "action_dates.rate": 0.95},
    "blind14": {"actors.f1": 0.92, "models.f1": 0.94, "actions.f1": 0.79, "action_dates.rate": 0.92},
    "blind15": {"actors.f1": 0.93, "models.f1": 0.93, "actions.f1": 0.83, "action_dates.rate": 0.87},
    "blind16": {"actors.f1": 0.84, "models.f1": 0.96, "actions.f1": 0.70, "action_dates.rate": 0.9},
    "blind17": {"actors.f1": 0.90, "models.f1": 0.91, "actions.f1": 0.70, "action_dates.rate": 0.9},
}
# Duplicates may only go down (issue 11 wants at most one per five articles; the counts are where the sets stand).
MAX_DUPLICATES = {
    "dev": 0,
    "corpus": 2,
    "heldout": 0,
    "blind": 6,
    "blind2": 7,
    "blind3": 4,
    "blind4": 3,
    "blind5": 5,
    "blind6": 5,
    "blind7": 4,
    "blind8": 5,
    "blind9": 2,
    "blind10": 1,
    "blind12": 5,
    "blind13": 3,
    "blind14": 3,
    "blind15": 10,
    "blind16": 5,
    "blind17": 3,
}
ALL_PUBLISHED = {
    "dev",
    "corpus",
    "heldout",
    "blind2",
    "blind3",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind17",
}

# sha256 over every file of the set (name and bytes, sorted by name); README files excluded.
DIGESTS = {
    "corpus": "ade6c1148feba5ac3745b710d734614d4e9c34db22f1a031bec4b638be5f822c",
    "heldout": "ce8657891134de8b617b1dae771507e195f11049538c9d6b8ec56e246b8d9176",
    "blind": "546ff2658f3be6bfbba895a1e73872ef32b2d71229b925e0b3e8fb5e80789aeb",
    "blind2": "5571b1740487b82a6b5a4d9a32b6c98ad09cb20f3ff0aa269c3638c8f3c699f0",
    "blind3": "b1cc2e1ffbc50f8935544fe0b9a55f02982ce0bc46c09e94148c8e1b13cf1e3a",
    "blind4": "e130a1be53ea80d7573a4a8fed3e3b212d81ae69bbb3706ed29e5fee8293f977",
    "blind5": "bed820200b49faaf0193e9f3700f8e8312dd8279de2957ba803064d9ade3d9d7",
    "blind6": "dff364b43813ff717a6238a6bad3666b1a03a37a5c24e31a8f97da054390bfd1",
    "blind7": "bf1d695f6514d84d3f962d365aa2325d08ce5ef464703316bd8d46da271fc4a3",
    "blind8": "9d158aee1ae44c3d022e7ccc5da6370472586da6107cf2612774ff9b8245917c",
    "blind9": "901bb2384cd9fe202e1ef1330aed42178c7978ab3c4bd2f4793a3787473553aa",
    "blind10": "71e824e6ab1dc9163f524f1455af878464aeea988a1bedda70b9913584eb6a78",
    "blind12": "d4bbc14b58249850a0b7130a2fc313c2664d020c225c38e2ce3232f0faa746ac",
    "blind13": "01f219602435f61e65da51870eeaf19152cce28b57cafa6a9e18015b18a4bd3f",
    "blind14": "590433112a47eab8ed478f9a65bfb509eef34c7a932f78daa6d8ba16bec9e395",
    "blind15": "925e814c092d28fc1c42ea7f25c02854718f26fbcb911a4df4f9f602130aeb66",
    "blind16": "841aba697664f74bb92cd204fb4ea882671ee264b67b6cb15e0dceb8739d839e",
    "blind17": "0d54d75cb34b1bccdd9f528c656a8a37a9ad6228ac980f0bc0a513df2ba4a4dd",
}


def corpus_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix != ".py" and p.name != "README.md"):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _figure(summary: dict, name: str) -> float:
    section, key = name.split(".")
    return summary[section][key]


@pytest.mark.parametrize("which", sorted(DIGESTS))
def test_corpus_is_the_pinned_one(which):
    assert corpus_digest(GOLD_DIRS[which]) == DIGESTS[which], (
        f"tests/{which} changed: if that is deliberate, update DIGESTS[{which!r}] (and re-check its floors)"
    )


@pytest.mark.parametrize("which", sorted(FLOORS))
def test_scores_stay_above_floors(which, nlp_loaded):
    gold_dir = GOLD_DIRS[which]
    if not gold_dir.is_dir():
        pytest.skip(f"gold directory not found: {gold_dir}")
    summary = evaluate_dir(gold_dir).summary()
    low = {
        name: (_figure(summary, name), floor) for name, floor in FLOORS[which].items() if _figure(summary, name) < floor
    }
    assert not low, f"{which}: figures below their floors (measured, floor): {low}"
    assert summary["errors"] == 0
    if which in ALL_PUBLISHED:
        assert summary["published"]["ok"] == summary["published"]["total"]
    if which in MAX_DUPLICATES:
        assert summary["actions"]["duplicates"] <= MAX_DUPLICATES[which], summary["actions"]
