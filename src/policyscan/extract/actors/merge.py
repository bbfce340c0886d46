"""Coreference-lite across the whole doc: short forms and descriptions merged into the named actor,
then the actors to report."""

from __future__ import annotations

from policyscan.extract.actors.chambers import chamber_fit
from policyscan.extract.actors.description_fit import foreign_to_story, ministry_for_body, other_field
from policyscan.extract.actors.index import ActorIndex, ActorRec, absorb
from policyscan.extract.actors.names import company_owned, country_name
from policyscan.extract.countries_data import country_of, demonym_of
from policyscan.extract.patterns import actor_word_set, actor_words, lexicon
from policyscan.report import Actor, ActorType


def merge_short_forms(index: ActorIndex) -> None:
    """ "Maubrac" -> "Maubrac AI", "Abbott" -> "Greg Abbott" when the article names both."""
    recs = sorted(index.actors.values(), key=lambda r: -len(r.name))
    for short in list(recs):
        if short.key not in index.actors or " " in short.name:
            continue
        for long in recs:
            if long.key == short.key or long.key not in index.actors or " " not in long.name:
                continue
            words = long.name.split()
            if short.type == ActorType.PERSON and long.type == ActorType.PERSON and words[-1] == short.name:
                absorb(index, long.key, short.key)
                break
            if short.type != ActorType.COUNTRY and long.type == ActorType.COMPANY and words[0] == short.name:
                absorb(index, long.key, short.key)
                break
            if short.name in long.aliases and short.name.isupper():
                absorb(index, long.key, short.key)  # "TGA" in the headline, "... Administration (TGA)" below
                break


REGULATORY = {ActorType(t) for t in actor_words()["regulatory_types"]}


def merge_descriptions(
    index: ActorIndex, descriptive: set[str], titles: dict[str, str] | None = None, home: str | None = None
) -> None:
    """ "Italy's data-protection authority" is the Garante when the article names one Italian regulator;
    "Texas governor" is Greg Abbott when he is the one person titled governor. Only a body of the description's
    field and country can be it (``description_fit``); ``home`` is the country of the story's dateline."""
    titles = titles or {}
    for key in sorted(descriptive, key=lambda k: (index.actors[k].first, k) if k in index.actors else (-1, k)):
        rec = index.actors.get(key)
        if rec is None:
            continue
        head = rec.name.split(" in ")[0].split()[-1].lower()  # "federal judge in Atlanta": the judge
        titled = [k for k, t in titles.items() if t == head and k in index.actors]
        offices = lexicon()["official_heads_need_gpe"]
        if (head in offices or head in actor_word_set("judge_words")) and len(titled) == 1:
            absorb(index, titled[0], key)
            continue
        if not rec.country or company_owned(rec.name):
            continue  # "the company's Milan sales office" is no public body
        fam = REGULATORY if rec.type in REGULATORY else {rec.type}
        fields = description_fields(rec)

        def fits(r: ActorRec, rec: ActorRec = rec, fields: set[int] = fields) -> bool:
            return not other_field(fields, r) and not foreign_to_story(rec, r, home) and not ministry_for_body(rec, r)

        named = [
            r
            for r in index.actors.values()
            if r.key not in descriptive and r.type in fam and country_name(r.country) == country_name(rec.country)
        ]
        if (worded := _named_by_words(index, descriptive, rec, fam)) is not None:
            named = [worded]  # "Italy's competition authority": the Italian Competition Authority, not the Garante
            if fits(worded):
                worded.country = worded.country or rec.country
        if not named and (rec.type in REGULATORY or rec.type == ActorType.COURT):
            # "Mexico's consumer watchdog ... The Federal Consumer Protection Agency (Profeco)": the one named
            # regulator whose country the text never gave
            named = [r for r in index.actors.values() if r.key not in descriptive and r.type in fam and not r.country]
            if len(named) > 1 or rec.type == ActorType.COURT:
                # "Dubai regulator" among several named regulators: the one whose own name gives the place;
                # a court only ever joins a court named after its place ("a trial court in Makati" is not the
                # Court of Appeals)
                place = rec.country.split()
                head = rec.name.split()[-1].lower()
                named = [
                    r
                    for r in named
                    if (r.name.split()[: len(place)] == place or r.name.split()[0] == demonym_of(rec.country))
                    and (head in actor_word_set("any_body_heads") or head in r.name.lower().split())
                ]
                if len(named) > 1:
                    named = [r for r in named if r.type == rec.type]  # a regulator, not the agency beside it
                if len(named) > 1 and rec.type == ActorType.COURT:
                    # "Seoul court suspends ..." above "The Seoul Administrative Court ... would appeal to the
                    # Seoul High Court": the story's court is the one it names first
                    named = [min(named, key=lambda r: r.first)]
            if len(named) == 1 and fits(named[0]):
                named[0].country = rec.country
        named = chamber_fit(index, descriptive, rec, named)
        if len(named) == 1 and not fits(named[0]):
            continue  # "Uganda's communications regulator" and Kenya's data commissioner: two bodies
        if len(named) == 1 and not _ministry_for_regulator(rec, named[0]) and not _described_otherwise(rec, named[0]):
            absorb(index, named[0].key, key)


def _named_by_words(
    index: ActorIndex, descriptive: set[str], description: ActorRec, fam: set[ActorType]
) -> ActorRec | None:
    """The one body of the description's kind, in its country or in none, whose name holds its words."""
    pool = [
        r
        for r in index.actors.values()
        if r.key != description.key
        and (r.key not in descriptive or _proper(r.name))
        and r.type in fam
        and country_name(r.country) in (None, country_name(description.country))
    ]
    same = _same_words(description, pool)
    return same[0] if len(same) == 1 else None


def _proper(name: str) -> bool:
    """ "Italian Competition Authority": a name found from its head word, written as a name."""
    words = [w for w in name.split() if w not in ("of", "for", "and", "the", "on", "de", "la", "per", "dei")]
    return len(words) > 1 and all(w[:1].isupper() for w in words) and not any("'" in w or "’" in w for w in words)


def _same_words(description: ActorRec, named: list[ActorRec]) -> list[ActorRec]:
    """The named bodies whose names hold every word of the description but its country's."""
    words = _content(description, description.name)
    return [r for r in named if words and any(words <= set(n.lower().split()) for n in (r.name, *r.aliases))]


def _content(description: ActorRec, name: str) -> set[str]:
    country = {w.lower() for w in (description.country or "").split()} | {
        (demonym_of(description.country or "") or "").lower()
    }
    return {w.lower() for w in name.split() if "'" not in w and "’" not in w} - country


def _described_otherwise(description: ActorRec, named: ActorRec) -> bool:
    """ "Senegal's telecoms regulator" is not the body the text already called "Senegal's data protection authority"."""
    own = _fields(_content(description, description.name))
    others = [_fields(_content(description, a)) for a in named.aliases if "'s " in a or "’s " in a]
    return bool(own) and any(o and not o & own for o in others)


def description_fields(description: ActorRec) -> set[int]:
    """The fields of regulation a description's own words name ("data" in "Morocco's data watchdog")."""
    return _fields(_content(description, description.name))


def _fields(words: set[str]) -> set[int]:
    groups = actor_words()["regulator_fields"]
    return {i for i, group in enumerate(groups) if words & set(group)}


def _ministry_for_regulator(description: ActorRec, named: ActorRec) -> bool:
    """ "Tunisia's telecoms regulator" and the Ministry of Communication Technologies: two bodies."""
    ministry = set(actor_word_set("ministry_heads"))
    return description.type == ActorType.REGULATOR and bool(ministry & set(named.name.lower().split()))


def acting_keys(index: ActorIndex, action_actor_keys: set[str]) -> list[ActorRec]:
    """The actors to report: countries only when they act; everything else as found."""
    out = []
    for rec in index.actors.values():
        if (rec.type == ActorType.COUNTRY or rec.place_only) and not (rec.acting or rec.key in action_actor_keys):
            continue
        out.append(rec)
    return sorted(out, key=lambda r: r.first)


def to_record(rec: ActorRec) -> Actor:
    aliases = sorted(a for a in rec.aliases if a and a != rec.name)
    country = (country_of(rec.country) or rec.country) if rec.country else None  # "Kenyan cabinet": Kenya
    return Actor(name=rec.name, type=rec.type, aliases=aliases, country=country, mentions=rec.mentions)
