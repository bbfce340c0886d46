"""Grammar robustness of action extraction: one table of invented sentences per construction (issue 11).

Each construction the issue lists gets five or more sentences of different shapes: other countries,
invented companies and models, tense, voice, word order, openers ("On Tuesday,", "In a statement,"),
parentheticals and long subjects. A row asks for one action whose actor contains ``actor`` (any of the
``|``-separated names), whose trigger/target/objects contain ``keyword``, in ``direction`` and with
``status`` where the answer is clear (None: not asked). Sentences whose answer is debatable are not here.
Rows marked ``known_gap`` are constructions the grammar does not handle yet (strict xfail: a fix shows up).

Per-construction pass rates before and after the fifth quality round are in docs/quality.md.
"""

from __future__ import annotations

from datetime import date

import pytest
from action_lookup import about

from policyscan.report import Action, Direction, Report, Status

PUB = date(2026, 11, 20)
T, L = Direction.TIGHTEN, Direction.LOOSEN
ENACTED, DENIED, THREATENED, PROPOSED = Status.ENACTED, Status.DENIED, Status.THREATENED, Status.PROPOSED


def known_gap(*row: object, why: str):
    return pytest.param(*row, marks=pytest.mark.xfail(reason=why, strict=True))


ROWS = [
    (
        "complement",
        "The Communications Authority of Kenya said on Monday that it had blocked access to the Orvane chatbot.",
        "Communications Authority",
        "Orvane",
        T,
        None,
    ),
    (
        "complement",
        (
            "In a statement, Chile's Ministry of Science confirmed it had barred civil servants from using the "
            "Wren chatbot."
        ),
        "Ministry of Science",
        "Wren",
        T,
        None,
    ),
    (
        "complement",
        (
            "A spokesperson said the Indonesian Ministry of Communication would restrict access to the Tessel "
            "app from January."
        ),
        "Ministry of Communication",
        "Tessel",
        T,
        None,
    ),
    (
        "complement",
        "The Dutch government announced that the rules on facial recognition will be delayed until 2028.",
        "Dutch government",
        "facial recognition",
        L,
        None,
    ),
    (
        "complement",
        "Norway's data protection authority said Tuesday it was fining Kestrel Labs 2 million kroner over its chatbot.",
        "data protection authority",
        "Kestrel",
        T,
        None,
    ),
    (
        "complement",
        (
            "According to a notice published on Friday, the Telecommunications Regulatory Authority of Pakistan "
            "has suspended the Wren app nationwide."
        ),
        "Telecommunications Regulatory Authority",
        "Wren",
        T,
        None,
    ),
    (
        "complement",
        (
            "It was confirmed on Friday by the Italian data protection authority Garante that the Tessel app had "
            "been blocked."
        ),
        "Garante",
        "Tessel",
        T,
        None,
    ),
    (
        "complement",
        (
            "Officials from Ghana's Ministry of Communications told reporters that they were suspending the "
            "Orvane app for 30 days."
        ),
        "Ministry of Communications",
        "Orvane",
        T,
        None,
    ),
    (
        "complement",
        (
            "Kenya's Office of the Data Protection Commissioner on Thursday disclosed that it had fined Kestrel "
            "Labs 5 million shillings."
        ),
        "Data Protection",
        "Kestrel",
        T,
        None,
    ),
    (
        "complement",
        "We have decided to suspend the Wren app, the Ministry of Digital Affairs of Poland wrote on its website.",
        "Ministry of Digital Affairs",
        "Wren",
        T,
        None,
    ),
    (
        "passive",
        "Kestrel Labs was fined 3 million euros by the Spanish data protection agency on Friday.",
        "data protection agency|Protección de Datos",
        "Kestrel",
        T,
        None,
    ),
    (
        "passive",
        "On Tuesday, the Orvane chatbot was banned by the Kenyan government.",
        "Kenyan government",
        "Orvane",
        T,
        None,
    ),
    (
        "passive",
        "Access to the Wren-7B model has been blocked by Turkey's telecoms regulator since March.",
        "telecoms regulator",
        "Wren",
        T,
        None,
    ),
    (
        "passive",
        "Kestrel Pay's operating licence was revoked by the Monetary Authority of Singapore last week.",
        "Monetary Authority of Singapore",
        "licence",
        T,
        None,
    ),
    (
        "passive",
        "Several chatbots, including Tessel, were blocked in Vietnam by the Ministry of Information last month.",
        "Ministry of Information",
        "Tessel",
        T,
        None,
    ),
    (
        "passive",
        "The Tessel app, which had been removed from app stores, was reinstated by the Italian government in May.",
        "Italian government",
        "Tessel",
        L,
        None,
    ),
    (
        "passive",
        "Wren Systems was fined $5 million by the Securities and Exchange Commission for misleading investors.",
        "Securities and Exchange Commission",
        "Wren",
        T,
        None,
    ),
    (
        "passive",
        "In March the startup Kestrel Pay was fined 12,000 euros by the Norwegian Consumer Authority.",
        "Consumer Authority",
        "Kestrel",
        T,
        None,
    ),
    (
        "passive",
        "A fine of 20 million euros was imposed on Orvane AI by the French data regulator CNIL.",
        "CNIL|Commission nationale",
        "Orvane",
        T,
        None,
    ),
    (
        "passive",
        (
            "Access to the Tessel app was restored in Kenya on Monday after the Communications Authority of "
            "Kenya lifted its block."
        ),
        "Communications Authority",
        "block",
        L,
        None,
    ),
    (
        "passive",
        (
            "Kestrel Labs, whose Wren-7B model was banned in Italy last year by the data protection authority "
            "Garante, has appealed."
        ),
        "Garante",
        "Wren",
        T,
        None,
    ),
    (
        "noun_event",
        "The March ban on the Orvane app by the Communications Authority of Kenya remains in place.",
        "Communications Authority",
        "Orvane",
        T,
        None,
    ),
    (
        "noun_event",
        "A lawsuit filed by the state of Texas against Kestrel Labs accuses the company of misleading parents.",
        "Texas",
        "Kestrel",
        T,
        None,
    ),
    (
        "noun_event",
        "The rescission of the chip export rule by the Commerce Department took effect on Monday.",
        "Commerce",
        "export",
        L,
        None,
    ),
    (
        "noun_event",
        "Following the European Commission's investigation into Orvane AI, the company changed its terms of service.",
        "European Commission",
        "Orvane",
        T,
        None,
    ),
    (
        "noun_event",
        "Kestrel Labs is appealing the Federal Trade Commission's order requiring it to delete children's data.",
        "Federal Trade Commission",
        "order",
        T,
        None,
    ),
    known_gap(
        "noun_event",
        "The Brazilian government's suspension of the Wren chatbot last month angered users.",
        "Brazilian government",
        "Wren",
        T,
        None,
        why="a weak noun with a possessive author is not yet an event",
    ),
    known_gap(
        "noun_event",
        "The approval of the merger by the Competition Commission of South Africa came after months of talks.",
        "Competition Commission",
        "merger",
        L,
        None,
        why="'approval' is a weak noun: an approval with an author is not yet an event",
    ),
    (
        "noun_event",
        "The repeal of the export restrictions by the Commerce Department took effect on Monday.",
        "Commerce",
        "export",
        L,
        None,
    ),
    (
        "noun_event",
        "After the lifting of the ban by Kenya's Communications Authority, downloads of the Tessel app surged.",
        "Communications Authority",
        "ban",
        L,
        None,
    ),
    (
        "noun_event",
        "Valdoria's 2024 ban on the Wren chatbot, which the courts later upheld, is still in force.",
        "Valdoria",
        "Wren",
        T,
        None,
    ),
    (
        "noun_event",
        "A probe by Brazil's consumer protection agency Senacon into Kestrel Labs found no wrongdoing.",
        "Senacon",
        "Kestrel",
        T,
        None,
    ),
    (
        "noun_event",
        "Kestrel Labs said the Commerce Department's export restrictions on its Tessel chips would cost it $2 billion.",
        "Commerce",
        "Tessel",
        T,
        None,
    ),
    (
        "relative",
        "The bill, which the Chilean Senate passed in August, bans the use of facial recognition by police.",
        "Chilean Senate",
        "bill",
        T,
        None,
    ),
    (
        "relative",
        "The fine, which the Dutch Data Protection Authority imposed on Orvane AI last year, was upheld on appeal.",
        "Dutch Data Protection Authority|Autoriteit Persoonsgegevens",
        "Orvane",
        T,
        None,
    ),
    (
        "relative",
        "The Communications Authority of Kenya, which banned the Wren app in March, said it would review the decision.",
        "Communications Authority",
        "Wren",
        T,
        None,
    ),
    (
        "relative",
        "Rules that the European Commission adopted in 2024 require providers to label deepfakes.",
        "European Commission",
        "rules",
        T,
        None,
    ),
    (
        "relative",
        (
            "Kestrel Labs criticised the export controls that the Commerce Department imposed on its Tessel "
            "chips in April."
        ),
        "Commerce",
        "export",
        T,
        None,
    ),
    (
        "relative",
        "Kestrel Labs, which the Federal Trade Commission sued in March, settled the case on Friday.",
        "Federal Trade Commission",
        "Kestrel",
        T,
        None,
    ),
    (
        "relative",
        "The export rules, which Washington eased last month, still cover the most advanced chips.",
        "Washington|United States",
        "export",
        L,
        None,
    ),
    (
        "relative",
        "Orvane AI is appealing a 10 million euro fine that Ireland's Data Protection Commission handed it in May.",
        "Data Protection Commission",
        "fine",
        T,
        None,
    ),
    (
        "relative",
        (
            "The moratorium, which Kenya's National Assembly extended last week, covers all facial recognition "
            "in public spaces."
        ),
        "National Assembly",
        "moratorium",
        T,
        None,
    ),
    (
        "relative",
        "Users in Vietnam, where the Ministry of Information blocked the Tessel app in June, have turned to VPNs.",
        "Ministry of Information",
        "Tessel",
        T,
        None,
    ),
    (
        "list",
        (
            "Japan's Ministry of Defense and the Ministry of Foreign Affairs have banned staff from using the "
            "Orvane chatbot."
        ),
        "Ministry of Defense",
        "Orvane",
        T,
        None,
    ),
    (
        "list",
        (
            "Japan's Ministry of Defense and the Ministry of Foreign Affairs have banned staff from using the "
            "Orvane chatbot."
        ),
        "Ministry of Foreign Affairs",
        "Orvane",
        T,
        None,
    ),
    (
        "list",
        "Italy, South Korea and Taiwan have blocked the Wren app on government devices.",
        "Italy",
        "Wren",
        T,
        None,
    ),
    (
        "list",
        "Italy, South Korea and Taiwan have blocked the Wren app on government devices.",
        "Taiwan",
        "Wren",
        T,
        None,
    ),
    (
        "list",
        (
            "The European Commission fined Kestrel Labs, and the Competition and Markets Authority opened an "
            "investigation into Orvane AI."
        ),
        "Competition and Markets Authority",
        "Orvane",
        T,
        None,
    ),
    (
        "list",
        "Both the Federal Trade Commission and the Department of Justice sued Kestrel Labs on Thursday.",
        "Department of Justice",
        "Kestrel",
        T,
        None,
    ),
    (
        "list",
        (
            "Regulators in France, Spain and Portugal, along with the European Data Protection Board, opened "
            "inquiries into Kestrel Labs."
        ),
        "European Data Protection Board",
        "Kestrel",
        T,
        None,
    ),
    ("list", "The chatbot has been banned by Italy and restricted by South Korea.", "South Korea", "chatbot", T, None),
    known_gap(
        "list",
        "Chile, Peru and Colombia have each opened investigations into Kestrel Labs' data practices.",
        "Peru",
        "Kestrel",
        T,
        None,
        why="the parser reads 'each opened' as an adjective on the noun",
    ),
    (
        "list",
        "The Federal Trade Commission and 12 state attorneys general sued Orvane AI on Monday.",
        "Federal Trade Commission",
        "Orvane",
        T,
        None,
    ),
    known_gap(
        "list",
        "Denmark banned the Tessel app on official phones in March, Norway followed in April and Finland in May.",
        "Norway",
        None,
        T,
        None,
        why="gapping: 'followed' stands for the first clause's verb",
    ),
    (
        "perfect",
        "The Chilean government has banned the Orvane chatbot on official devices.",
        "Chilean government",
        "Orvane",
        T,
        ENACTED,
    ),
    ("perfect", "Kestrel Labs has stopped offering its Wren model in Brazil.", "Kestrel Labs", "Wren", T, None),
    (
        "perfect",
        "Since March, India's Ministry of Electronics has required platforms to label AI-generated images.",
        "Ministry of Electronics",
        "label",
        T,
        None,
    ),
    (
        "perfect",
        "Singapore's Infocomm Media Development Authority has lifted its restrictions on the Orvane chatbot.",
        "Infocomm Media Development Authority",
        "Orvane",
        L,
        ENACTED,
    ),
    (
        "perfect",
        "Over the past year the Federal Trade Commission has opened three investigations into Kestrel Labs.",
        "Federal Trade Commission",
        "Kestrel",
        T,
        None,
    ),
    (
        "perfect",
        "Since Monday, the Telecommunications Regulatory Authority of Pakistan has blocked the Orvane website.",
        "Telecommunications Regulatory Authority",
        "Orvane",
        T,
        None,
    ),
    (
        "perfect",
        (
            "South Korea's Personal Information Protection Commission has ordered Kestrel Labs to destroy the "
            "data it collected."
        ),
        "Personal Information Protection Commission",
        "Kestrel",
        T,
        None,
    ),
    (
        "perfect",  # a generic subject named by its appositive (a known gap until round 8)
        (
            "For the first time, a European regulator, Italy's competition authority AGCM, has fined an AI "
            "developer, Orvane AI."
        ),
        "AGCM|Autorità Garante della Concorrenza",
        "Orvane",
        T,
        None,
    ),
    (
        "denial",
        "The Japanese government said on Friday that it had no plans to restrict the use of the Orvane chatbot.",
        "Japanese government",
        "Orvane",
        None,
        DENIED,
    ),
    (
        "denial",
        "The Brazilian government ruled out a ban on Kestrel Labs' Wren chatbot.",
        "Brazilian government",
        "Wren",
        None,
        DENIED,
    ),
    (
        "denial",
        "The Communications Authority of Kenya rejected calls to block the Tessel app.",
        "Communications Authority",
        "Tessel",
        None,
        DENIED,
    ),
    (
        "denial",
        "Canada's industry minister said the Canadian government would not ban the Orvane chatbot.",
        "Canadian government",
        "Orvane",
        None,
        DENIED,
    ),
    (
        "denial",
        "The European Commission has no intention of pausing the AI Act, a spokesperson said on Monday.",
        "European Commission",
        "AI Act",
        None,
        DENIED,
    ),
    (
        "denial",
        "The Japanese government has no intention of banning the Orvane chatbot, the minister said.",
        "Japanese government",
        "Orvane",
        None,
        DENIED,
    ),
    (
        "denial",
        "Singapore's Infocomm Media Development Authority said it had no intention to restrict the Wren app.",
        "Infocomm Media Development Authority",
        "Wren",
        None,
        DENIED,
    ),
    (
        "denial",
        (
            "Asked whether the government would block the Orvane app, Kenya's ICT minister said there were no "
            "plans to do so."
        ),
        "Kenya",
        "Orvane",
        None,
        DENIED,
    ),
    (
        "denial",
        "The Indian government on Tuesday rejected calls to ban the Wren chatbot.",
        "Indian government",
        "Wren",
        None,
        DENIED,
    ),
    (
        "denial",
        "Germany's digital minister ruled out banning the Orvane chatbot on Wednesday.",
        "Germany",
        "Orvane",
        None,
        DENIED,
    ),
    (
        "denial",
        "The Federal Communications Commission declined to block the merger of Kestrel Labs and Orvane AI.",
        "Federal Communications Commission",
        "merger",
        None,
        DENIED,
    ),
    (
        "threat",
        "The Indonesian government threatened to block the Orvane chatbot unless Kestrel Labs removes explicit images.",
        "Indonesian government",
        "Orvane",
        T,
        THREATENED,
    ),
    (
        "threat",
        "Turkey's telecoms regulator warned that it could ban the Wren app if the company did not comply.",
        "telecoms regulator",
        "Wren",
        T,
        THREATENED,
    ),
    (
        "threat",
        (
            "Brazil's National Data Protection Authority said it may fine Kestrel Labs if the company fails to "
            "stop training on user data."
        ),
        "National Data Protection Authority",
        "Kestrel",
        T,
        THREATENED,
    ),
    (
        "threat",
        (
            "If Orvane AI does not remove the feature, the Federal Communications Commission will suspend its "
            "licence, the agency warned."
        ),
        "Federal Communications Commission",
        "licence",
        T,
        THREATENED,
    ),
    (
        "threat",
        "The European Commission threatened Kestrel Labs with fines of up to 6% of its global revenue.",
        "European Commission",
        "Kestrel",
        T,
        THREATENED,
    ),
    (
        "threat",
        "Kenya's Communications Authority will suspend the Tessel app unless Kestrel Labs registers a local office.",
        "Communications Authority",
        "Tessel",
        T,
        THREATENED,
    ),
    (
        "threat",
        (
            "Indonesia's Ministry of Communication said on Monday that it could block the Orvane app if the firm "
            "refused to appoint a local representative."
        ),
        "Ministry of Communication",
        "Orvane",
        T,
        THREATENED,
    ),
    (
        "threat",
        "The Chilean government threatened the platform with a ban.",
        "Chilean government",
        "ban",
        T,
        THREATENED,
    ),
    (
        "threat",
        (
            "Regulators in Peru threatened Kestrel Labs with a suspension of its licence, the Peruvian telecoms "
            "regulator Osiptel said."
        ),
        "Osiptel|Peru",
        "Kestrel",
        T,
        THREATENED,
    ),
    (
        "threat",
        "Turkey threatened on Wednesday to block the Tessel platform within 48 hours.",
        "Turkey",
        "Tessel",
        T,
        THREATENED,
    ),
    known_gap(
        "threat",
        "Failure to comply could lead the Australian eSafety Commissioner to fine Kestrel Labs up to A$50 million.",
        "eSafety Commissioner",
        "Kestrel",
        T,
        None,
        why="a causative 'lead X to V' hides the actor in the object",
    ),
    (
        "proposal",
        "The Australian government proposed a ban on AI-generated political advertisements.",
        "Australian government",
        "ban",
        T,
        PROPOSED,
    ),
    (
        "proposal",
        "Lawmakers in the Philippine Senate introduced a bill that would ban deepfakes in election campaigns.",
        "Philippine Senate",
        "deepfake",
        T,
        PROPOSED,
    ),
    (
        "proposal",
        "The European Commission is proposing to delay parts of the AI Act by a year.",
        "European Commission",
        "AI Act",
        L,
        PROPOSED,
    ),
    (
        "proposal",
        "Chile's Ministry of Science has put forward a plan to restrict the Wren chatbot in schools.",
        "Ministry of Science",
        "Wren",
        T,
        PROPOSED,
    ),
    known_gap(
        "proposal",
        (
            "Under draft rules published by the Cyberspace Administration of China on Monday, providers would "
            "have to label synthetic content."
        ),
        "Cyberspace Administration",
        "label",
        T,
        PROPOSED,
        why="the status walk climbs out of an 'Under ...' adjunct into the main clause's 'would'",
    ),
    (
        "proposal",
        "Draft rules released by India's Ministry of Electronics on Friday would require platforms to label deepfakes.",
        "Ministry of Electronics",
        "draft",
        None,
        PROPOSED,
    ),
    (
        "proposal",
        "The Danish government proposed a moratorium on facial recognition in schools.",
        "Danish government",
        "moratorium",
        T,
        PROPOSED,
    ),
    (
        "proposal",
        "Ireland's media regulator Coimisiún na Meán proposed fines for platforms that fail to remove deepfakes.",
        "Coimisiún|media regulator",
        "fine",
        T,
        PROPOSED,
    ),
    (
        "proposal",
        (
            "On Tuesday the Kenyan National Assembly introduced a bill that would ban the sale of facial "
            "recognition cameras."
        ),
        "National Assembly",
        "bill",
        T,
        PROPOSED,
    ),
    (
        "proposal",
        "A bill tabled by Ghana's Ministry of Communications would ban AI-generated political adverts.",
        "Ministry of Communications",
        "adverts",
        T,
        None,
    ),
    (
        "proposal",
        (
            "The Norwegian government has proposed fines of up to 4% of turnover for platforms that fail to "
            "label deepfakes."
        ),
        "Norwegian government",
        "fine",
        T,
        PROPOSED,
    ),
    known_gap(
        "proposal",
        (
            "Spain's government on Tuesday unveiled draft legislation that would fine companies that fail to "
            "label AI content."
        ),
        "Spain",
        "legislation",
        T,
        PROPOSED,
        why="the parser reads the verb after 'on Tuesday' as an adjective",
    ),
    ("set_to", "Australia is set to ban the Orvane app on government devices.", "Australia", "Orvane", T, None),
    (
        "set_to",
        "The Kenyan government is poised to lift its ban on the Wren chatbot.",
        "Kenyan government",
        "Wren",
        L,
        None,
    ),
    (
        "set_to",
        "The Dutch government plans to restrict access to Kestrel Labs' chatbot from January.",
        "Dutch government",
        "Kestrel",
        T,
        None,
    ),
    (
        "set_to",
        "Brazil will ban the Orvane chatbot from next month, the Ministry of Justice said.",
        "Brazil|Ministry of Justice",
        "Orvane",
        T,
        None,
    ),
    (
        "set_to",
        "The European Commission is expected to fine Orvane AI this week.",
        "European Commission",
        "Orvane",
        T,
        None,
    ),
    (
        "set_to",
        "The Brazilian government is set to lift its suspension of the Wren app next week.",
        "Brazilian government",
        "Wren",
        L,
        None,
    ),
    (
        "set_to",
        (
            "Brazil's National Data Protection Authority is preparing to suspend Kestrel Labs' use of Brazilian "
            "data for training."
        ),
        "National Data Protection Authority",
        "Kestrel",
        T,
        None,
    ),
    (
        "set_to",
        "The Indian government will require platforms to label AI-generated videos from March, officials said.",
        "Indian government",
        "label",
        T,
        None,
    ),
    (
        "vocab",
        "Authorities in Valdoria imposed a dusk-to-dawn curfew in the capital after the protests.",
        "Valdoria",
        "curfew",
        T,
        None,
    ),
    (
        "vocab",
        "On Sunday, the Peruvian government lifted the night curfew in Lima.",
        "Peruvian government",
        "curfew",
        L,
        None,
    ),
    (
        "vocab",
        "The United States sanctioned three Valdorian chip makers on Thursday.",
        "United States",
        "chip",
        T,
        None,
    ),
    (
        "vocab",
        "The European Union eased sanctions on Norvania's central bank in June.",
        "European Union",
        "sanction",
        L,
        None,
    ),
    ("vocab", "Canada imposed a 25% tariff on Chinese electric vehicles last year.", "Canada", "tariff", T, None),
    (
        "vocab",
        "The Mexican government scrapped tariffs on imported solar panels.",
        "Mexican government",
        "tariff",
        L,
        None,
    ),
    (
        "vocab",
        "The Communications Authority of Kenya revoked Kestrel Pay's operating licence on Wednesday.",
        "Communications Authority",
        "licence",
        T,
        None,
    ),
    (
        "vocab",
        "The Chilean Senate approved a two-year moratorium on police use of facial recognition.",
        "Chilean Senate",
        "moratorium",
        T,
        None,
    ),
    (
        "vocab",
        "Valdoria expelled two Norvanian diplomats on Friday over the hacking campaign.",
        "Valdoria",
        "diplomat",
        T,
        None,
    ),
    (
        "vocab",
        "The Irish Data Protection Commission opened an investigation into Orvane AI's chatbot on Monday.",
        "Data Protection Commission",
        "Orvane",
        T,
        None,
    ),
    (
        "vocab",
        "The Competition and Markets Authority closed its investigation into Kestrel Labs without taking action.",
        "Competition and Markets Authority",
        "Kestrel",
        L,
        None,
    ),
    (
        "vocab",
        "The High Court of Kenya granted an injunction barring the Wren app from collecting biometric data.",
        "High Court",
        "Wren",
        T,
        None,
    ),
    ("vocab", "The Indian government slapped export duties on rice shipments.", "Indian government", "rice", T, None),
    (
        "vocab",
        "Peru's Congress approved a ban on facial recognition in stadiums on Thursday.",
        "Congress",
        "facial recognition",
        T,
        None,
    ),
    ("vocab", "The Chilean Senate adopted a moratorium on new data centres.", "Chilean Senate", "moratorium", T, None),
    (
        "vocab",
        "The European Union slapped anti-dumping duties on Chinese electric bicycles.",
        "European Union",
        "dut",
        T,
        None,
    ),
    ("vocab", "Canada imposed duties on Chinese steel in October.", "Canada", "dut", T, None),
    known_gap(
        "vocab",
        (
            "A judge at the Federal Court of Australia denied Kestrel Labs' request for an injunction against "
            "the new age-verification rules."
        ),
        "Federal Court",
        "injunction",
        None,
        DENIED,
        why="the injunction is credited to the party that asked for it, then dropped as a plea",
    ),
    (
        "vocab",
        (
            "The District Court of Seoul granted Orvane AI a preliminary injunction blocking the ministry's ban "
            "on its chatbot."
        ),
        "District Court",
        "ban",
        L,
        None,
    ),
    (
        "vocab",
        "Norvania's foreign ministry said on Sunday it was expelling a Valdorian diplomat accused of spying.",
        "Norvania",
        "diplomat",
        T,
        None,
    ),
    (
        "vocab",
        "Three journalists from Valdoria were expelled by the Norvanian government last week.",
        "Norvanian government",
        "expel",
        T,
        None,
    ),
    (
        "vocab",
        "The Korea Fair Trade Commission has closed its probe into Orvane AI's app store deals.",
        "Fair Trade Commission",
        "Orvane",
        L,
        None,
    ),
    (
        "vocab",
        "The Sri Lankan government extended the nationwide curfew by another week.",
        "Sri Lankan government",
        "curfew",
        T,
        None,
    ),
    (
        "vocab",
        (
            "In a statement, the Ministry of Trade of Indonesia said it had revoked the import licences of four "
            "chip distributors."
        ),
        "Ministry of Trade",
        "licence",
        T,
        None,
    ),
    (
        "vocab",
        "Britain and Canada imposed sanctions on two Valdorian spyware vendors on Wednesday.",
        "Canada",
        "sanction",
        T,
        None,
    ),
    (
        "vocab",
        "The Mexican Senate voted to impose a three-year moratorium on new crypto-mining permits.",
        "Mexican Senate",
        "moratorium",
        T,
        None,
    ),
    (
        "vocab",
        "Japan's Ministry of Economy lifted export curbs on Norvanian chip equipment, ending a two-year dispute.",
        "Ministry of Economy",
        "export",
        L,
        None,
    ),
    (
        "vocab",
        "The Central Bank of Nigeria revoked the licences of three fintech lenders on Friday.",
        "Central Bank of Nigeria",
        "licence",
        T,
        None,
    ),
    (
        "vocab",
        "Lebanon's cabinet declared a state of emergency in the south after the floods.",
        "cabinet|Lebanon",
        "emergency",
        T,
        None,
    ),
    (
        "vocab",
        "Seoul lifted the tariffs it had imposed on Valdorian steel in 2024.",
        "Seoul|South Korea",
        "tariff",
        L,
        None,
    ),
]


def _ids() -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for row in ROWS:
        cons = row.values[0] if hasattr(row, "values") else row[0]
        seen[cons] = seen.get(cons, 0) + 1
        out.append(f"{cons}-{seen[cons]}")
    return out


def _matches(a: Action, actor: str, keyword: str | None, direction: Direction | None, status: Status | None) -> bool:
    names = [n.lower() for n in actor.split("|")]
    return (
        a.actor is not None
        and any(n in a.actor.lower() for n in names)
        and (keyword is None or keyword.lower() in about(a))
        and (direction is None or a.direction == direction)
        and (status is None or a.status == status)
    )


@pytest.mark.parametrize(("construction", "sentence", "actor", "keyword", "direction", "status"), ROWS, ids=_ids())
def test_construction(analyze_text, construction, sentence, actor, keyword, direction, status):
    report: Report = analyze_text(sentence, published=PUB)
    got = [(a.actor, a.kind, a.direction.value, a.status.value, about(a)) for a in report.actions]
    assert any(_matches(a, actor, keyword, direction, status) for a in report.actions), got


def test_a_that_clause_after_a_noun_is_not_a_relative_clause(analyze_text):
    """ "complaints that it gave wrong answers": what the complaints say, not a complaint someone gave."""
    report = analyze_text(
        "Complaints that it gave wrong answers about pension deadlines made the Tessel chatbot a national story, "
        "the Peruvian consumer agency Indecopi said.",
        published=PUB,
    )
    assert not [a for a in report.actions if "gave" in a.trigger], [(a.actor, a.trigger) for a in report.actions]
