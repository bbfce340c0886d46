"""Collecting actors and mentions while one doc is read."""

from __future__ import annotations

from spacy.tokens import Doc

from policyscan.extract.actors.index import ActorIndex, ActorRec, Mention
from policyscan.extract.actors.names import gazetteer_entry, poss_free
from policyscan.report import ActorType


class Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.index = ActorIndex()
        self.by_name: dict[str, str] = {}
        self.descriptive: set[str] = set()
        self.titles: dict[str, str] = {}

    def add(
        self,
        start: int,
        end: int,
        name: str,
        typ: ActorType,
        *,
        country: str | None = None,
        key: str | None = None,
    ) -> str:
        entry = gazetteer_entry(name)
        if key is None and entry is not None:
            key = entry["name"]
        if key is None:
            key = self.by_name.get(name.lower(), name)
        rec = self.index.actors.get(key)
        if rec is None:
            if entry is not None and entry["name"] == key:
                typ = ActorType(entry["type"])
                country = country or entry.get("country")
            rec = ActorRec(key=key, name=key, type=typ, country=country, first=start)
            self.index.actors[key] = rec
        if name != rec.name:
            rec.aliases.add(name)
        rec.country = rec.country or country
        rec.mentions += 1
        self.by_name.setdefault(name.lower(), key)
        self.by_name.setdefault(poss_free(name), key)
        self.index.mentions.append(Mention(start, end, key))
        for i in range(start, end):
            self.index.token_key[i] = key
        return key
