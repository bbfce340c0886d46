"""A construction battery: policy verbs of the lexicon put through the shapes an article uses (rounds 10, 11).

Every sentence is generated from one verb entry and one shape template, with invented bodies, companies and
models, so that a rule learned from one set's sentence cannot pass it. ``rows()`` yields one ``Row`` per
(verb, shape) that the verb can take; ``judge(row, report)`` says, per property, whether the report got it:
``found`` (an action about the row's keyword), ``actor``, ``direction``, ``status``, ``date`` and ``ok`` (one
action with all of them). Negative shapes (negation, denial) ask that no enacted act of that body is reported.

Used by tests/extract/test_construction_battery.py (which asserts the rows that work and marks the rest as
strict xfails) and by tests/extract/battery_table.py (the per-shape table in docs/quality.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from action_lookup import about

from policyscan.report import Direction, Report, Status

PUB = date(2026, 3, 12)  # a Thursday: "on Tuesday" is 2026-03-10
DAY = "2026-03-03"
T, L = Direction.TIGHTEN, Direction.LOOSEN
NOT_ENACTED = (Status.ANNOUNCED, Status.CONSIDERED, Status.PROPOSED, Status.THREATENED)


@dataclass(frozen=True)
class Body:
    name: str  # as written mid-sentence, with its article
    short: str  # a headline's form
    key: str  # what the reported actor must contain
    desc: str = ""  # the common noun a later sentence calls it by ("the authority")

    @property
    def cap(self) -> str:
        return self.name[0].upper() + self.name[1:]

    @property
    def poss(self) -> str:
        return self.cap + "'s"


DATA = Body("the Borvian Data Authority", "Borvian Data Authority", "Data Authority", "authority")
MINISTRY = Body(
    "Veldania's Ministry of Digital Affairs", "Veldania's digital ministry", "Ministry of Digital Affairs", "ministry"
)
COMPETITION = Body(
    "the Tarsen Competition Commission", "Tarsen Competition Commission", "Competition Commission", "commission"
)
TELECOM = Body(
    "the Pellandian Communications Office", "Pellandian Communications Office", "Communications Office", "office"
)
PARLIAMENT = Body("the Veldanian Parliament", "Veldanian Parliament", "Parliament", "parliament")
PRESIDENT = Body("President Ilse Marand", "President Marand", "Marand", "president")
GUILD = Body("the Orvale Writers Guild", "Orvale Writers Guild", "Writers Guild", "guild")
PRIVACY = Body("the Ostrinian Privacy Office", "Ostrinian Privacy Office", "Privacy Office", "office")
COURT = Body("the Veldanian High Court", "Veldanian High Court", "High Court", "court")


@dataclass(frozen=True)
class Verb:
    key: str
    base: str
    s3: str
    past: str
    pp: str
    ing: str
    obj: str  # the active object, with whatever follows it
    pobj: str  # the passive subject (capitalised)
    kw: str  # a word the action's trigger/target/objects must contain
    direction: Direction
    body: Body
    be: str = "was"
    prest: str = ""  # what follows the passive participle ("4 million euros")
    hobj: str = ""  # the headline's object
    noun: str | None = None  # "ban on the Quillon chatbot": the act as a noun with its object
    nby: str | None = None  # the noun with its participle before "by" ("fine imposed on Kestrel Labs")
    court: bool = False  # a court's verb on another body's measure: only the COURT_SHAPES


V = Verb
VERBS: list[Verb] = [
    V(
        "ban",
        "ban",
        "bans",
        "banned",
        "banned",
        "banning",
        "the Quillon chatbot",
        "The Quillon chatbot",
        "quillon",
        T,
        DATA,
        hobj="Quillon chatbot",
        noun="ban on the Quillon chatbot",
        nby="ban on the Quillon chatbot announced",
    ),
    V(
        "prohibit",
        "prohibit",
        "prohibits",
        "prohibited",
        "prohibited",
        "prohibiting",
        "the use of the Quillon chatbot in schools",
        "The use of the Quillon chatbot in schools",
        "quillon",
        T,
        MINISTRY,
        hobj="Quillon chatbot in schools",
        noun="prohibition on the Quillon chatbot in schools",
        nby="prohibition on the Quillon chatbot in schools announced",
    ),
    V(
        "suspend",
        "suspend",
        "suspends",
        "suspended",
        "suspended",
        "suspending",
        "the Quillon chatbot",
        "The Quillon chatbot",
        "quillon",
        T,
        DATA,
        hobj="Quillon chatbot",
        noun="suspension of the Quillon chatbot",
        nby="suspension of the Quillon chatbot ordered",
    ),
    V(
        "fine",
        "fine",
        "fines",
        "fined",
        "fined",
        "fining",
        "Kestrel Labs 4 million euros",
        "Kestrel Labs",
        "kestrel",
        T,
        DATA,
        prest=" 4 million euros",
        hobj="Kestrel Labs",
        noun="fine on Kestrel Labs",
        nby="fine imposed on Kestrel Labs",
    ),
    V(
        "block",
        "block",
        "blocks",
        "blocked",
        "blocked",
        "blocking",
        "the Quillon app",
        "The Quillon app",
        "quillon",
        T,
        TELECOM,
        hobj="Quillon app",
        noun="block on the Quillon app",
        nby="block on the Quillon app ordered",
    ),
    V(
        "order",
        "order",
        "orders",
        "ordered",
        "ordered",
        "ordering",
        "Kestrel Labs to stop selling the Quillon chatbot",
        "Kestrel Labs",
        "quillon",
        T,
        DATA,
        prest=" to stop selling the Quillon chatbot",
        hobj="Kestrel Labs to stop selling Quillon chatbot",
        noun="order against the Quillon chatbot",
        nby="order against the Quillon chatbot issued",
    ),
    V(
        "lift",
        "lift",
        "lifts",
        "lifted",
        "lifted",
        "lifting",
        "its ban on the Quillon chatbot",
        "The ban on the Quillon chatbot",
        "quillon",
        L,
        TELECOM,
        hobj="ban on Quillon chatbot",
        noun="lifting of the ban on the Quillon chatbot",
        nby="lifting of the ban on the Quillon chatbot ordered",
    ),
    V(
        "revoke",
        "revoke",
        "revokes",
        "revoked",
        "revoked",
        "revoking",
        "Kestrel Labs's operating licence",
        "Kestrel Labs's operating licence",
        "kestrel",
        T,
        TELECOM,
        hobj="Kestrel Labs licence",
        noun="revocation of Kestrel Labs's operating licence",
        nby="revocation of Kestrel Labs's operating licence ordered",
    ),
    V(
        "approve",
        "approve",
        "approves",
        "approved",
        "approved",
        "approving",
        "the Marrow-3 model for hospital use",
        "The Marrow-3 model",
        "marrow",
        L,
        MINISTRY,
        prest=" for hospital use",
        hobj="Marrow-3 model",
        noun="approval of the Marrow-3 model",
        nby="approval of the Marrow-3 model granted",
    ),
    V(
        "sign",
        "sign",
        "signs",
        "signed",
        "signed",
        "signing",
        "the Chatbot Safety Bill into law",
        "The Chatbot Safety Bill",
        "chatbot safety",
        T,
        PRESIDENT,
        prest=" into law",
        hobj="Chatbot Safety Bill",
    ),
    V(
        "pass",
        "pass",
        "passes",
        "passed",
        "passed",
        "passing",
        "a bill restricting chatbots for minors",
        "A bill restricting chatbots for minors",
        "bill",
        T,
        PARLIAMENT,
        hobj="bill restricting chatbots for minors",
    ),
    V(
        "sue",
        "sue",
        "sues",
        "sued",
        "sued",
        "suing",
        "Kestrel Labs over the Quillon chatbot",
        "Kestrel Labs",
        "kestrel",
        T,
        GUILD,
        prest=" over the Quillon chatbot",
        hobj="Kestrel Labs",
        noun="lawsuit against Kestrel Labs",
        nby="lawsuit against Kestrel Labs filed",
    ),
    V(
        "investigate",
        "investigate",
        "investigates",
        "investigated",
        "investigated",
        "investigating",
        "Kestrel Labs over the Quillon chatbot",
        "Kestrel Labs",
        "kestrel",
        T,
        COMPETITION,
        prest=" over the Quillon chatbot",
        hobj="Kestrel Labs",
        noun="investigation into Kestrel Labs",
        nby="investigation into Kestrel Labs opened",
    ),
    V(
        "restrict",
        "restrict",
        "restricts",
        "restricted",
        "restricted",
        "restricting",
        "access to the Quillon chatbot",
        "Access to the Quillon chatbot",
        "quillon",
        T,
        MINISTRY,
        hobj="access to Quillon chatbot",
        noun="restrictions on the Quillon chatbot",
        nby="restrictions on the Quillon chatbot announced",
    ),
    V(
        "sanction",
        "sanction",
        "sanctions",
        "sanctioned",
        "sanctioned",
        "sanctioning",
        "Kestrel Labs",
        "Kestrel Labs",
        "kestrel",
        T,
        MINISTRY,
        hobj="Kestrel Labs",
        noun="sanctions on Kestrel Labs",
        nby="sanctions on Kestrel Labs imposed",
    ),
    V(
        "license",
        "license",
        "licenses",
        "licensed",
        "licensed",
        "licensing",
        "the Marrow-3 model for banks",
        "The Marrow-3 model",
        "marrow",
        L,
        DATA,
        prest=" for banks",
        hobj="Marrow-3 model",
    ),
    V(
        "authorize",
        "authorize",
        "authorizes",
        "authorized",
        "authorized",
        "authorizing",
        "the Marrow-3 model",
        "The Marrow-3 model",
        "marrow",
        L,
        DATA,
        hobj="Marrow-3 model",
        noun="authorization of the Marrow-3 model",
        nby="authorization of the Marrow-3 model granted",
    ),
    V(
        "clear",
        "clear",
        "clears",
        "cleared",
        "cleared",
        "clearing",
        "Kestrel Labs's purchase of Tessaly AI",
        "Kestrel Labs's purchase of Tessaly AI",
        "tessaly",
        L,
        COMPETITION,
        hobj="Kestrel Labs's purchase of Tessaly AI",
        noun="clearance of Kestrel Labs's purchase of Tessaly AI",
        nby="clearance of Kestrel Labs's purchase of Tessaly AI granted",
    ),
    V(
        "reinstate",
        "reinstate",
        "reinstates",
        "reinstated",
        "reinstated",
        "reinstating",
        "the Quillon app",
        "The Quillon app",
        "quillon",
        L,
        TELECOM,
        hobj="Quillon app",
    ),
    V(
        "unblock",
        "unblock",
        "unblocks",
        "unblocked",
        "unblocked",
        "unblocking",
        "the Quillon app",
        "The Quillon app",
        "quillon",
        L,
        TELECOM,
        hobj="Quillon app",
    ),
    V(
        "ease",
        "ease",
        "eases",
        "eased",
        "eased",
        "easing",
        "restrictions on the Quillon chatbot",
        "Restrictions on the Quillon chatbot",
        "quillon",
        L,
        MINISTRY,
        be="were",
        hobj="restrictions on Quillon chatbot",
        noun="easing of restrictions on the Quillon chatbot",
        nby="easing of restrictions on the Quillon chatbot announced",
    ),
    V(
        "repeal",
        "repeal",
        "repeals",
        "repealed",
        "repealed",
        "repealing",
        "the rule restricting the Quillon chatbot",
        "The rule restricting the Quillon chatbot",
        "quillon",
        L,
        MINISTRY,
        hobj="rule restricting Quillon chatbot",
        noun="repeal of the rule restricting the Quillon chatbot",
        nby="repeal of the rule restricting the Quillon chatbot announced",
    ),
    V(
        "halt",
        "halt",
        "halts",
        "halted",
        "halted",
        "halting",
        "the rollout of the Marrow-3 model",
        "The rollout of the Marrow-3 model",
        "marrow",
        T,
        DATA,
        hobj="rollout of Marrow-3 model",
    ),
    V(
        "withdraw",
        "withdraw",
        "withdraws",
        "withdrew",
        "withdrawn",
        "withdrawing",
        "the approval of the Marrow-3 model",
        "The approval of the Marrow-3 model",
        "marrow",
        T,
        MINISTRY,
        hobj="approval of Marrow-3 model",
        noun="withdrawal of the approval of the Marrow-3 model",
        nby="withdrawal of the approval of the Marrow-3 model announced",
    ),
    V(
        "blacklist",
        "blacklist",
        "blacklists",
        "blacklisted",
        "blacklisted",
        "blacklisting",
        "Kestrel Labs",
        "Kestrel Labs",
        "kestrel",
        T,
        MINISTRY,
        hobj="Kestrel Labs",
    ),
    V(
        "impose",
        "impose",
        "imposes",
        "imposed",
        "imposed",
        "imposing",
        "a fine on Kestrel Labs",
        "A fine on Kestrel Labs",
        "kestrel",
        T,
        PRIVACY,
        hobj="fine on Kestrel Labs",
    ),
    V(
        "set_aside",
        "set aside",
        "sets aside",
        "set aside",
        "set aside",
        "setting aside",
        "the Borvian Data Authority's ban on the Quillon chatbot",
        "The Borvian Data Authority's ban on the Quillon chatbot",
        "quillon",
        L,
        COURT,
        court=True,
    ),
    V(
        "overturn",
        "overturn",
        "overturns",
        "overturned",
        "overturned",
        "overturning",
        "the Borvian Data Authority's ban on the Quillon chatbot",
        "The Borvian Data Authority's ban on the Quillon chatbot",
        "quillon",
        L,
        COURT,
        court=True,
    ),
    V(
        "quash",
        "quash",
        "quashes",
        "quashed",
        "quashed",
        "quashing",
        "the Borvian Data Authority's ban on the Quillon chatbot",
        "The Borvian Data Authority's ban on the Quillon chatbot",
        "quillon",
        L,
        COURT,
        court=True,
    ),
    V(
        "annul",
        "annul",
        "annuls",
        "annulled",
        "annulled",
        "annulling",
        "the Borvian Data Authority's ban on the Quillon chatbot",
        "The Borvian Data Authority's ban on the Quillon chatbot",
        "quillon",
        L,
        COURT,
        court=True,
    ),
    V(
        "send_back",
        "send back",
        "sends back",
        "sent back",
        "sent back",
        "sending back",
        "the Borvian Data Authority's ban on the Quillon chatbot",
        "The Borvian Data Authority's ban on the Quillon chatbot",
        "quillon",
        L,
        COURT,
        court=True,
    ),
    V(
        "uphold",
        "uphold",
        "upholds",
        "upheld",
        "upheld",
        "upholding",
        "the Borvian Data Authority's ban on the Quillon chatbot",
        "The Borvian Data Authority's ban on the Quillon chatbot",
        "quillon",
        T,
        COURT,
        court=True,
    ),
]

TAIL = "is popular with students"


@dataclass(frozen=True)
class Shape:
    key: str
    template: str
    status: tuple[Status, ...] | None = (Status.ENACTED,)  # None: the body must have no enacted act here
    dated: bool = False  # the act is dated ``day``
    day: str = DAY
    needs_noun: bool = False
    second_body: bool = False
    verbs: tuple[str, ...] | None = None  # only these verbs take the shape
    court: bool = False  # the shape is one of the COURT_SHAPES


SHAPES: list[Shape] = [
    Shape("active past", "{Bc} {past} {obj} on March 3.", dated=True),
    Shape("on a weekday", "{Bc} {past} {obj} on Tuesday, officials said.", dated=True, day="2026-03-10"),
    Shape("last month", "{Bc} {past} {obj} last month.", dated=True, day="2026-02"),
    Shape("month and year", "In January 2025, {B} {past} {obj}.", dated=True, day="2025-01"),
    Shape("present perfect", "{Bc} has {pp} {obj}."),
    Shape("passive with by", "{Pobj} {be} {pp}{prest} by {B} on March 3.", dated=True),
    Shape("passive, body said", "{Pobj} {be} {pp}{prest} on March 3, {B} said.", dated=True),
    Shape(
        "agentless passive, body before",
        "{Bc} opened a review of the case in February. {Pobj} {be} {pp}{prest} on March 3.",
        dated=True,
    ),
    Shape("said it had", "{Bc} said on Tuesday it had {pp} {obj}."),
    Shape("spokesperson: would", "A spokesperson said {B} would {base} {obj} next month.", status=NOT_ENACTED),
    Shape("announced that it had", "{Bc} announced on March 3 that it had {pp} {obj}.", dated=True),
    Shape("announced it will", "{Bc} announced on Monday that it will {base} {obj} from April.", status=NOT_ENACTED),
    Shape(
        "noun, possessive",
        "{Bposs} {noun}, announced on March 3, drew wide attention.",
        status=(Status.ENACTED, Status.ANNOUNCED),
        dated=True,
        needs_noun=True,
    ),
    Shape("noun, by", "The {nby} by {B} on March 3 was the first of its kind.", dated=True, needs_noun=True),
    Shape("relative clause", "{Pobj}, which {B} {past}{prest} on March 3, " + TAIL + ".", dated=True),
    Shape("participial", "{Bc} acted on March 3, {ing} {obj} over privacy concerns.", dated=True),
    Shape("citing", "Citing privacy concerns, {B} {past} {obj} on March 3.", dated=True),
    Shape("two verbs", "{Bc} reviewed the case for months and on March 3 {past} {obj}.", dated=True),
    Shape("first of two acts", "{Bc} {past} {obj} on March 3 and opened an inquiry into Tessaly AI.", dated=True),
    Shape("quoted speaker", '"We have {pp} {obj}," a spokesperson for {B} said on March 3.', dated=True),
    Shape(
        "quoted, speaker after said", '"We have {pp} {obj}," said Ilse Varga, the head of {B}, on March 3.', dated=True
    ),
    Shape("according to", "{Pobj} {be} {pp}{prest} on March 3, according to {B}.", dated=True),
    Shape("two bodies", "{Bc} and {B2} {past} {obj} on March 3.", dated=True, second_body=True),
    Shape("headline", "{short} {s3} {hobj}\n\n{Bc} announced the decision on March 3."),
    Shape("negation", "{Bc} did not {base} {obj}, a spokesperson said on Tuesday.", status=None),
    Shape("denial", "{Bc} denied reports that it had {pp} {obj}.", status=None),
    Shape("threat", "{Bc} threatened to {base} {obj} unless changes are made.", status=(Status.THREATENED,)),
    Shape("proposal", "{Bc} has proposed {ing} {obj}.", status=(Status.PROPOSED,)),
    # round 11: shapes the sets show often
    Shape(
        "described later",
        "{Bc} opened a review of the case in February. On March 3 the {desc} {past} {obj}.",
        dated=True,
    ),
    Shape(
        "ordered operators to",
        "{Bc} ordered operators to {base} {obj} on March 3.",
        dated=True,
        verbs=("block", "suspend", "restrict", "halt", "unblock", "reinstate"),
    ),
    Shape("had done and would", "{Bc} said on Tuesday it had {pp} {obj} and would review Tessaly AI next year."),
    Shape(
        "had and would do",
        "{Bc} said on Tuesday it had opened a review of Tessaly AI and would {base} {obj} next month.",
        status=NOT_ENACTED,
    ),
    Shape("one of several", "{Bc} is one of several bodies to have {pp} {obj}.", status=None),
    Shape(  # the body acts; whoever asked for it does not (blind8: a block imposed at the request of the police)
        "at the request of",
        "{Bc} opened a review of the case in February. {Pobj} {be} {pp}{prest} on March 3 at the request of the"
        " Veldanian Consumer Council.",
        dated=True,
    ),
    Shape("list with years", "In 2023 Tarsen fined Tessaly AI, and in 2024 {B} {past} {obj}.", dated=True, day="2024"),
]

# a court's verb on another body's measure ("set aside", "upheld"): only these shapes
COURT_SHAPES: list[Shape] = [
    Shape("court active", "{Bc} {past} {obj} on March 3.", dated=True, court=True),
    Shape("court present perfect", "{Bc} has {pp} {obj}.", court=True),
    Shape("court passive", "{Pobj} {be} {pp} by {B} on March 3.", dated=True, court=True),
    Shape(
        "court described later",
        "{Bc} heard the appeal in February. On March 3 the {desc} {past} {obj}.",
        dated=True,
        court=True,
    ),
    Shape("court said it had", "{Bc} said on Tuesday it had {pp} {obj}.", court=True),
]


@dataclass(frozen=True)
class Row:
    verb: Verb
    shape: Shape
    text: str

    @property
    def id(self) -> str:
        return f"{self.verb.key}-{self.shape.key.replace(' ', '_').replace(',', '').replace(':', '')}"

    @property
    def bodies(self) -> list[Body]:
        second = PRIVACY if self.verb.body is not PRIVACY else DATA
        return [self.verb.body, second] if self.shape.second_body else [self.verb.body]


def _fill(verb: Verb, shape: Shape) -> str:
    b = verb.body
    second = PRIVACY if b is not PRIVACY else DATA
    return shape.template.format(
        Bc=b.cap, B=b.name, Bposs=b.poss, B2=second.name, short=b.short, desc=b.desc,
        base=verb.base, s3=verb.s3, past=verb.past, pp=verb.pp, ing=verb.ing,
        obj=verb.obj, Pobj=verb.pobj, be=verb.be, prest=verb.prest, hobj=verb.hobj or verb.obj,
        noun=verb.noun, nby=verb.nby,
    )  # fmt: skip


def rows() -> list[Row]:
    out = []
    for shape in (*SHAPES, *COURT_SHAPES):
        for verb in VERBS:
            if (shape.needs_noun and not verb.noun) or verb.court != shape.court:
                continue
            if shape.verbs is not None and verb.key not in shape.verbs:
                continue
            out.append(Row(verb, shape, _fill(verb, shape)))
    return out


@dataclass
class Verdict:
    found: bool = False
    actor: bool = False
    direction: bool = False
    status: bool = False
    date: bool = False
    ok: bool = False
    got: list[tuple[object, ...]] = field(default_factory=list)


def judge(row: Row, report: Report) -> Verdict:
    v = Verdict(got=[(a.actor, a.trigger, a.direction.value, a.status.value, a.date.value) for a in report.actions])
    shape, verb = row.shape, row.verb
    about_it = [a for a in report.actions if verb.kw in about(a)]
    v.found = bool(about_it)

    def by(body: Body) -> list:
        return [a for a in about_it if a.actor and body.key.lower() in a.actor.lower()]

    if shape.status is None:
        enacted = [a for a in by(verb.body) if a.status == Status.ENACTED and a.direction == verb.direction]
        v.actor = v.direction = v.status = v.date = v.ok = not enacted
        return v
    per_body = [by(b) for b in row.bodies]
    v.actor = all(per_body)
    v.direction = any(a.direction == verb.direction for a in about_it)
    v.status = any(a.status in shape.status for a in about_it)
    v.date = not shape.dated or any(a.date.value == shape.day for a in about_it)

    def full(a) -> bool:
        return (
            a.direction == verb.direction
            and a.status in shape.status
            and (not shape.dated or a.date.value == shape.day)
        )

    v.ok = all(any(full(a) for a in found) for found in per_body)
    return v
