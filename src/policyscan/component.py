"""policyscan as a spaCy pipeline component: ``nlp.add_pipe("policyscan")``.

It runs policyscan's extraction over each Doc and sets ``doc._.policy`` (the
:class:`~policyscan.report.Report`) and ``doc._.actions`` (its actions). The report is kept in
``doc.user_data`` as plain JSON-compatible data, so it survives ``nlp.pipe(..., n_process=2)``;
the extension getters turn it back into records.

A publication date anchors relative dates: set ``doc._.published`` (an ISO string) before the
component runs (e.g. with ``nlp.pipe(..., as_tuples=True)``), or give ``published`` in the
component's config. The full policyscan pipeline (``policyscan.load_pipeline()``) adds gazetteer
rulers that raise quality; the component also works in any English pipeline with a parser and NER.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from spacy.language import Language
from spacy.tokens import Doc

from policyscan.report import Action, Report

USER_DATA_KEY = "policyscan.report"


def get_policy(doc: Doc) -> Report | None:
    data = doc.user_data.get(USER_DATA_KEY)
    return None if data is None else Report.model_validate(data)


def get_actions(doc: Doc) -> list[Action]:
    report = get_policy(doc)
    return [] if report is None else list(report.actions)


def _register_extensions() -> None:
    if not Doc.has_extension("policy"):
        Doc.set_extension("policy", getter=get_policy)
    if not Doc.has_extension("actions"):
        Doc.set_extension("actions", getter=get_actions)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)


class PolicyComponent:
    """Stateless apart from the pipeline description; picklable for multiprocessing."""

    def __init__(self, nlp: Language, name: str, published: str | None) -> None:
        from policyscan.nlp import describe

        _register_extensions()
        self.name = name
        self.published = dt.date.fromisoformat(published) if published else None
        self.info = describe(nlp)

    def __call__(self, doc: Doc) -> Doc:
        from policyscan.load import Article
        from policyscan.nlp import Loaded
        from policyscan.pipeline import build_report

        given = doc._.published
        published = dt.date.fromisoformat(str(given)[:10]) if given else self.published
        text = doc.text
        article = Article(
            text=text,
            path=None,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            format="txt",
            encoding="utf-8",
            published=published,
            published_from="doc._.published" if given else ("config" if published else None),
        )
        report = build_report(doc, article, Loaded(nlp=None, info=self.info, warning=None))
        doc.user_data[USER_DATA_KEY] = report.model_dump(mode="json")
        return doc


@Language.factory("policyscan", default_config={"published": None})
def make_policyscan(nlp: Language, name: str, published: str | None) -> PolicyComponent:
    return PolicyComponent(nlp, name, published)


_register_extensions()
