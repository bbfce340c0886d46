"""analyze(article) / analyze_many(articles): Doc -> Report. No printing."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator

from policyscan.extract import actors as actors_mod
from policyscan.extract import ai_models as models_mod
from policyscan.extract import dates as dates_mod
from policyscan.extract import (
    event_dates,
    events,
    merge_addressees,
    merge_bodies,
    merge_executive,
    merge_follow_orders,
    merge_hedged,
    merge_instrument_content,
    merge_light,
    merge_officials,
    merge_penalties,
    merge_perfect_leads,
    merge_repeats,
    merging,
)
from policyscan.extract.actions import find_actions
from policyscan.extract.date_anchors import story_day
from policyscan.extract.jurisdiction_keys import drop_own_country_keys
from policyscan.extract.merge_dates import mark_stale
from policyscan.extract.patterns import DATELINE_KEY, doc_ents, doc_text, drop_doc_caches, set_doc_text
from policyscan.extract.story_year import wire_year_day
from policyscan.load import Article
from policyscan.nlp import Loaded, load_pipeline
from policyscan.report import ActorType, DateRef, Report, Source

WORD = re.compile(r"\w+")
NO_PUBLISHED = (
    'no publication date found in the article: relative dates ("on Monday", "last week") are left '
    "unresolved; pass --published YYYY-MM-DD to give one"
)
DEFAULT_BATCH_SIZE = 8
ZONE_SIZE = 64  # articles per nlp.memory_zone() in analyze_many

# Per-article bounds on what a report lists (issue 12 item 14): 5 MB of one repeated policy
# sentence is one action with ~45,000 evidence sentences and as many dates. Past a bound the
# report keeps the first ones in text order and says how many it left out.
_BODY_TYPES = (ActorType.AGENCY, ActorType.REGULATOR, ActorType.GOVERNMENT)  # a country's ministries and regulators
MAX_ACTIONS = 1_000
MAX_EVIDENCE = 50  # evidence sentences per action
MAX_DATES = 2_000
MAX_DATE_WARNINGS = 20


def _headline_end(doc, article: Article) -> int:
    """Character offset where the headline ends (0 when the text does not start with one)."""
    if not article.title:
        return 0
    head = article.title.strip()[:40]
    start = article.text.find(head) if head else -1
    if start < 0 or start > 300:
        return 0
    end = article.text.find("\n", start)
    return end if end > 0 else 0


def build_report(doc, article: Article, loaded: Loaded) -> Report:
    """Everything policyscan reports about one parsed article (``doc`` is the parse of ``article.text``)."""
    set_doc_text(doc, article.text)
    doc.user_data[DATELINE_KEY] = article.dateline  # "NEW DELHI:": the story's home government (actors.countries)
    try:
        return _report(doc, article, loaded)
    finally:
        drop_doc_caches(doc)


def _governments(actors) -> dict[str, str | None]:
    """Each government actor's country (None when the text names none: "the Trump administration")."""
    return {rec.name: rec.country for rec in actors.actors.values() if rec.type == ActorType.GOVERNMENT}


def _report(doc, article: Article, loaded: Loaded) -> Report:
    if article.published is None and (day := wire_year_day(doc, article.dateline)) is not None:
        article = dataclasses.replace(article, published=day, published_from="dateline, year from the story's weekdays")
    models = models_mod.find_models(doc)
    actors = actors_mod.find_actors(doc, model_tokens=models.tokens)
    models_mod.attach_developers(doc, models, actors)
    raw = find_actions(doc, actors, models, published=article.published, page_day=article.page_day)
    told_on = (
        article.published or story_day(doc) or article.page_day
    )  # an undated story: the latest day it writes in full
    mark_stale(raw, told_on)
    countries = {
        rec.name: {c for c in (rec.country, actors_mod.country_name(rec.country)) if c}
        for rec in actors.actors.values()
    }
    persons = frozenset(rec.name for rec in actors.actors.values() if rec.type == ActorType.PERSON)
    bodies = frozenset(rec.name for rec in actors.actors.values() if rec.type in _BODY_TYPES)
    aliases = {rec.name: set(rec.aliases) for rec in actors.actors.values()}
    drop_own_country_keys(raw, countries)
    raw = merge_instrument_content.fold_instrument_content(raw, article.text)  # before the mentions merge
    raw = merging.merge(
        raw,
        headline_end=_headline_end(doc, article),
        countries=countries,
        text=article.text,
        persons=persons,
        aliases=aliases,
    )
    raw = merge_bodies.fold_country_mentions(raw, article.text, countries, bodies, aliases, told_on)
    raw = merge_executive.fold_administrations(raw, _governments(actors), article.text)
    raw = merge_officials.fold_countries_into_officials(raw, article.text, persons)
    raw = merge_hedged.fold_hedged_restatements(raw, article.text, countries)
    raw = merge_hedged.fold_planned_steps(raw, article.text)
    raw = merge_addressees.fold_addressees(raw, article.text)
    raw = merge_light.fold_bare_light(raw)
    raw = merge_penalties.fold_penalty_orders(raw)
    raw = merge_follow_orders.fold_follow_on_orders(raw, article.text)
    raw = merge_perfect_leads.fold_perfect_leads(raw, article.text)
    raw = merge_repeats.fold_repeated_deeds(raw, bodies)
    events.carry_dates(raw)
    mark_stale(raw, told_on)  # merged mentions carry their event's date
    event_dates.date_from_body(raw, article.text, told_on, countries)
    events.date_recent(raw, told_on)
    event_dates.date_from_body(raw, article.text, told_on, countries)  # a heading: the body's recent past
    text_sha = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    bounds: list[str] = []
    actions = _bounded_actions(events.to_records(raw, article.text, text_sha), bounds)
    actor_keys = {a.actor for a in raw if a.actor}
    reported = actors_mod.acting_keys(actors, actor_keys)
    date_refs = []
    text = doc_text(doc)
    date_warnings: dict[str, None] = {}  # ordered, one line per distinct phrase
    dates_seen = 0
    for ent in doc_ents(doc):
        if ent.label_ == "DATE":
            dates_seen += 1
            if dates_seen > MAX_DATES:
                continue
            ent_text = text[ent.start_char : ent.end_char]  # == ent.text, without a Token per word
            res = dates_mod.resolve(ent_text, article.published)
            if res.warning:
                date_warnings[res.warning] = None
            date_refs.append(
                DateRef(
                    text=ent_text,
                    value=res.value,
                    granularity=res.granularity,
                    start=ent.start_char,
                    end=ent.end_char,
                )
            )
    warnings = list(article.warnings)
    if article.published is None:
        warnings.append(NO_PUBLISHED)
    if loaded.warning:
        warnings.append(loaded.warning)
    if len(date_warnings) > MAX_DATE_WARNINGS:
        more = len(date_warnings) - MAX_DATE_WARNINGS
        date_warnings = dict.fromkeys([*list(date_warnings)[:MAX_DATE_WARNINGS], f"... and {more} more such dates"])
    warnings += date_warnings
    if dates_seen > MAX_DATES:
        bounds.append(f"{dates_seen} date phrases found; the first {MAX_DATES} are listed")
    warnings += bounds
    return Report(
        source=Source(
            path=article.path,
            url=article.url,
            sha256=article.sha256,
            format=article.format,
            encoding=article.encoding,
            characters=len(article.text),
            words=len(WORD.findall(article.text)),
        ),
        title=article.title,
        byline=article.byline,
        dateline=article.dateline,
        published=article.published.isoformat() if article.published else None,
        published_from=article.published_from,
        pipeline=loaded.info,
        actors=[actors_mod.to_record(r) for r in reported],
        models=[models_mod.to_record(m) for m in sorted(models.models.values(), key=lambda m: m.first)],
        actions=actions,
        dates=date_refs,
        reversals=events.find_reversals(actions),
        warnings=warnings,
    )


def _bounded_actions(actions: list, notes: list[str]) -> list:
    """At most MAX_ACTIONS actions of at most MAX_EVIDENCE evidence sentences each; ``notes`` says what was cut."""
    if len(actions) > MAX_ACTIONS:
        notes.append(f"{len(actions)} policy actions found; the first {MAX_ACTIONS} are listed")
        actions = actions[:MAX_ACTIONS]
    long = [a for a in actions if len(a.evidence) > MAX_EVIDENCE]
    if long:
        left_out = sum(len(a.evidence) - MAX_EVIDENCE for a in long)
        notes.append(
            f"{len(long)} action(s) cite more than {MAX_EVIDENCE} evidence sentences; "
            f"the first {MAX_EVIDENCE} of each are listed ({left_out} left out)"
        )
        actions = [
            a.model_copy(update={"evidence": a.evidence[:MAX_EVIDENCE]}) if len(a.evidence) > MAX_EVIDENCE else a
            for a in actions
        ]
    return actions


def analyze(article: Article, *, model: str | None = None) -> Report:
    loaded = load_pipeline(model)
    doc = loaded.nlp(article.text)
    return build_report(doc, article, loaded)


def analyze_many(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    zone_size: int = ZONE_SIZE,
) -> Iterator[Report]:
    """Reports in input order, parsing in batches.

    Each chunk of ``zone_size`` articles is parsed inside its own ``nlp.memory_zone()``
    and turned into plain Report objects there, so the string store is reset between
    chunks and memory stays flat however long the run. (One zone around the whole
    run would keep every string until the end.)
    """
    loaded = load_pipeline(model)
    nlp = loaded.nlp
    it = iter(articles)
    while chunk := list(itertools.islice(it, max(1, zone_size))):
        with nlp.memory_zone():
            pairs = ((a.text, a) for a in chunk)
            reports = [
                build_report(doc, article, loaded)
                for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
            ]
        yield from reports
