"""Recognise and link the entities a document names: states, organizations,
companies, government bodies, persons and places.

A gazetteer-and-rules recogniser. Spans are claimed in passes, most specific
first, and a character claimed once is not matched again:

1. the credit line ("…, Trend reports"): the publisher, never an entity;
2. companies by legal suffix ("SOCAR Green LLC", "China Datang Overseas
   Investment Co. Ltd.", "… EAD") or by a head-first company word ("Société
   Nationale des Pétroles") and ministries in either word order ("Azerbaijani
   Ministry of Energy", "Ministry of Energy of the Republic of Azerbaijan");
3. the gazetteer's names, variants, acronyms, demonyms and capitals, longest
   match first (a capital stands for its government when it acts: "Baku and
   Beijing agreed"; it is a place in a dateline or after "in", "at", "to");
4. a state's legislature or cabinet named through the state ("Kazakhstan's
   Senate" = "Senate of Kazakhstan"), organizations named by their head noun
   ("… Institute", "… Council", "US Senate Foreign Relations Committee") and
   acronyms the text defines ("… Institute (EPPEI)");
5. short forms of companies the text names in full ("Datang", "PowerChina"),
   and unknown acronyms a state owns ("Mauritania's SMH": its company);
6. persons after a title ("Chinese President Xi Jinping", "President of
   Azerbaijan Ilham Aliyev", "Presidents X and Y") or before one ("Liu Jun,
   Datang's chairman", "X, the ECOWAS Commissioner"), with their organization
   ("X of the European Commission") or as the subject of a speech verb; later
   named by surname alone ("Aliyev", "Von der Leyen");
7. places by pattern ("Lake X", "X District", "the X River", "Gulf of X", "the town
   of X", "in X, Azerbaijan", "at X in Egypt") and the provinces and cities of the
   maintained sources (ISO 3166-2, GeoNames) where the context makes the name a
   place: qualified, typed, after a preposition of place, or with its country named
   in the document (:func:`_maintained_places`).

Definite descriptions ("the ministry", "the minister", "the two countries") are
resolved by the relation rules (``epkg.graph.extract.context``), not here.

Entity keys (and so IRIs) depend only on the canonical name and kind, so the
same thing gets the same IRI in every document.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from epkg.graph.extract.facts import (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, ORGANIZATION, PERSON,
                                      PLACE, STATE,
                                      DocumentFacts, Entity, EntityMention, leading, slug)
from epkg.graph.extract import candidates as cand_module, orgnames
from epkg.graph.extract.header import find_credit, find_datelines, paragraph_datelines
from epkg.graph.extract.text import COP_SESSION, IN_THE_PRESENCE_OF, TOKEN_RE, UNIT_ABBREVIATIONS, WHERE_BEFORE_AGENT, find_words
from epkg.graph.extract.vocab import find_technologies, trie_pattern
from epkg.ontology import gazetteer as gaz_module
from epkg.ontology import geography
from epkg.ontology.geography import WORLD_REGIONS
from epkg.ontology.triggers import alternation, pattern as _forms_of, triggers

# ------------------------------------------------------------------ patterns

_CAP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ][\w'’.&+-]*"  # (Ørsted, Électricité)
_NAME_LINK = r"(?:of|and|&|for|de|du|des|la|del|the|y|e|et|da|dos|das|di|della)"  # and in Romance names
# Company legal forms from cleanco's maintained table (see orgnames), not a hand list.
_LEGAL = orgnames.legal_pattern()
_PROPER = r"(?:Group|Corporation|Company|Holding|Holdings|Ventures|Enterprises|Industries)"
# Trades a firm's name may list with commas ("Bangladesh Oil, Gas and Mineral Corporation")
_LISTED_TRADES = r"(?:Oil|Gas|Power|Minerals?|Mining|Mines|Petroleum|Energy|Water|Electricity|Chemicals?|Coal|Steel|Resources)"
_TRADE_LIST = rf"{_LISTED_TRADES}(?:,\s+{_LISTED_TRADES})+(?=\s+(?:and|&)\s+[A-Z])"
COMPANY_RE = re.compile(
    # ("Tasman Gas (PNG) Ltd": a country in brackets before the legal form names the firm of that country)
    rf"\b(?=[A-Z])(?P<name>{_CAP}(?:\s+(?:{_NAME_LINK}\s+)?{_CAP})*?(?:\s+\((?:[A-Z]{{2,4}}|(?!(?:Group|Holdings?|Pty|Private|Pvt)\b)[A-Z][a-z]+)\))?)"
    rf"(?P<sep>,?\s+)(?P<suffix>{_LEGAL})(?![\w])"
    rf"|\b(?=[A-Z])(?P<pname>{_CAP}(?:\s+(?:{_NAME_LINK}\s+)?(?:{_TRADE_LIST}|{_CAP}))*?\s+{_PROPER})\b")
# Company names that put their head first, as French, Spanish, Portuguese and Italian do:
# "Société Nationale des Pétroles", "Empresa Nacional de Electricidad".
FOREIGN_COMPANY_RE = re.compile(
    rf"\b(?P<name>(?:Société|Societe|Compagnie|Empresa|Empresas|Companhia|Compañía|Compania|Sociedad|Sociedade|Società|"
    rf"Office|Agence|Régie|Regie|"
    rf"Corporación|Corporacion|Corporação|"
    rf"Entreprise|Établissement|Etablissement)(?:\s+(?:(?:(?:de|des|du|de\s+la|del|da|do|dos|das|di|della|per|et|y|e)\s+){{1,2}}|d['’])?"
    rf"(?:l['’])?{_CAP})+)")
_FOREIGN_COMPANY_FIND_RE = re.compile(r"Soci[eé]|Compa[gnñ]|Empresa|Entreprise|[EÉ]tablissement|Corpora[cç]|Office|Agence|"
                                      r"R[ée]gie")
_FOREIGN_COMPANY_WORDS = ("Soci", "Compa", "Empresa", "Entreprise", "tablissement", "Corpora", "Office", "Agence",
                          "Régie", "Regie")  # the finder needs one (not "gie": "energies" has it)
# "Mauritania's SMH": an acronym a state owns is, in energy news, nearly always its national company.
STATE_ACRONYM_RE = re.compile(r"\b(?P<state>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['’]s[ \t]+(?P<acr>[A-Z]{2,6})\b(?![-'’]\w|[ \t]+[A-Z0-9])")
_STATE_ACRONYM_FIND_RE = re.compile(r"['’]s[ \t]+[A-Z]{2,6}\b")
_TITLE_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "MP", "MPS", "PM", "GDP", "LNG", "EU", "UN"}
# Words a ministry's or minister's portfolio is named with; a closed list, so that a
# portfolio never swallows the name that follows it ("Minister of Energy Parviz Shahbazov").
_PORTFOLIO_WORDS = (
    "Energy|Foreign|Affairs|Economy|Economics|Economic|Development|Sustainable|Finance|Industry|Industrial|Trade|Oil|Gas|"
    "Mines|Mining|Petroleum|Natural|Resources|Water|Electricity|Electric|Power|Environment|Environmental|Ecology|Climate|"
    "Infrastructure|Transport|Transportation|Digital|Investment|Investments|Agriculture|Science|Technology|"
    "Technologies|Advanced|Commerce|Interior|Defence|Defense|Justice|Health|Education|Planning|Public|Works|"
    "Housing|Tourism|Labour|Labor|Culture|Innovation|Innovations|Security|Policy|Mineral|Minerals|Renewable|"
    "Renewables|Hydrocarbons|Nuclear|Atomic|Emergency|Situations|Regional|International|Cooperation|European|"
    "Integration|Utilities|Communications|Information|Fuel|Coal|Land|Lands|Enterprise|Entrepreneurship|Business|"
    "Strategy|Transition|Statistics|Construction|Communication|Telecommunications|Urban|Rural|Fisheries|Forestry|"
    "Electricity Affairs|Irrigation|Digitalisation|Digitalization|Green|Economy|Budget|Treasury|State-[Oo]wned|State|Property|Trade|Foreign Trade|Relations|Strategic|Maritime|Ports|Industries|Hydrocarbon|"
    "Valorisation|Valorization|Refining|Petrochemical|Petrochemicals|Chemical|Chemicals|Metals|Steel|Sustainability")
# Portfolio words that only continue a portfolio name ("New and Renewable Energy", "… Climate Action",
# "Energy Transition and Water Transformation"), never start one.
_PORTFOLIO_MORE = (r"Action|Transformation|Energies|Territorial|Administration|New|Protection|Safety|Social|Welfare|Mineral|"
                   r"Net[\s-]Zero|Conservation|Decarboni[sz]ation|Biodiversity|Emissions|Assets|"
                   r"Industries|Enterprises|Privati[sz]ation|Reforms?|Reconstruction|Research|Mobility|Communications|Housing|Change|Reduction|"
                   r"Electrification|Supply|Supplies|Conservation|Efficiency|Growth")
# The same, each alternation filed by first letter for the patterns (all case-sensitive), which try it at every
# capitalised word
_PORTFOLIO = alternation(_PORTFOLIO_WORDS.split("|"), str, cased=True)
_PORTFOLIO_OR_MORE = alternation(f"{_PORTFOLIO_WORDS}|{_PORTFOLIO_MORE}".split("|"), str, cased=True)
# each word whole (\b), so that "Investment" does not stop "Investments, Industry and Trade" short
# (one group: it is spliced into longer patterns, where a bare "|" would split them)
_TOPIC = (rf"(?:(?:{_PORTFOLIO})\b(?:(?:,\s+|\s+)(?:and\s+(?:the\s+)?|&\s+)?(?:{_PORTFOLIO_OR_MORE})\b)*"
          rf"|(?:New|Territorial)\s+(?:and\s+)?(?:{_PORTFOLIO_OR_MORE})\b(?:(?:,\s+|\s+)(?:and\s+)?(?:{_PORTFOLIO_OR_MORE})\b)*)")
# What stands between a ministry's name and its state ("… of the Royal Government of Bhutan", "… of the Republic of
# Kazakhstan", "… of the Government of the People's Republic of China")
_GOVERNMENT_OF = (r"(?:(?:Royal\s+|Federal\s+|Union\s+)?Government\s+of\s+(?:the\s+)?)?"
                  r"(?:(?:Republic|Kingdom|Sultanate|State|Federal\s+Republic|People['’]s\s+Republic|Islamic\s+Republic)"
                  r"\s+of\s+(?:the\s+)?)?")
# A state's name after a ministry's: one or two capitalised words, without the full stop that ends a sentence ("… of
# Thailand.", "… of Thailand. Under"; "St." may end a word)
_STATE_WORDS = rf"{_CAP}(?<![a-z]{{2}}\.)(?:\s+{_CAP}(?<![a-z]{{2}}\.))?"
MINISTRY_RE = re.compile(
    rf"\b(?=[A-Z])(?:(?!(?:The|This|That|Its|Their|A|An)\b)(?P<pre>{_CAP}(?:[ \t]+{_CAP})?)(?:['’]s)?[ \t]+)?"
    rf"(?P<head>Ministry|Department|State\s+Committee|Secretariat)\s+(?:of|for)\s+"
    rf"(?:the\s+)?(?P<topic>{_TOPIC})(?:\s+of\s+(?:the\s+)?{_GOVERNMENT_OF}(?P<post>{_STATE_WORDS}))?"
    rf"|\b(?=[A-Z])(?:(?!(?:The|This|That|Its|Their|A|An)\b)(?P<pre2>{_CAP}(?:[ \t]+{_CAP})?)(?:['’]s)?[ \t]+)?"
    rf"(?!(?:The|This|That|These|Its|Their|Our|His|Her|A|An)\b)"
    rf"(?P<topic2>{_TOPIC})[ \t]+Ministry\b"
    rf"(?:\s+of\s+(?:the\s+)?{_GOVERNMENT_OF}(?P<post2>{_STATE_WORDS}))?")
_MINISTRY_TOPIC = {"Foreign": "Foreign Affairs", "Interior": "Internal Affairs", "Defence": "Defence",
                   "Defense": "Defense"}  # "Foreign Ministry" is the Ministry of Foreign Affairs
_MINISTRY_FIND_RE = re.compile(r"\b(?:Ministry|Department|State\s+Committee|Secretariat)\b")
_ORG_HEADS = {
    "Organization": INTERNATIONAL_ORGANIZATION, "Organisation": INTERNATIONAL_ORGANIZATION,
    "Council": INTERNATIONAL_ORGANIZATION, "Fund": INTERNATIONAL_ORGANIZATION, "Bank": INTERNATIONAL_ORGANIZATION,
    "Commission": INTERNATIONAL_ORGANIZATION, "Union": INTERNATIONAL_ORGANIZATION,
    "Community": INTERNATIONAL_ORGANIZATION, "Secretariat": INTERNATIONAL_ORGANIZATION,
    "Alliance": INTERNATIONAL_ORGANIZATION, "Association": INTERNATIONAL_ORGANIZATION,
    "Agency": GOVERNMENT_BODY, "Authority": GOVERNMENT_BODY, "Administration": GOVERNMENT_BODY,
    "Regulator": GOVERNMENT_BODY, "Directorate": GOVERNMENT_BODY, "Committee": GOVERNMENT_BODY,
    "Division": GOVERNMENT_BODY,  # a ministry's division ("Power Division"); a territory's ("Kapit Division") is none
    "Institute": COMPANY, "Operator": COMPANY, "Utility": COMPANY, "Energy": None, "Power": None,
    "Court": GOVERNMENT_BODY, "Senate": GOVERNMENT_BODY, "Parliament": GOVERNMENT_BODY,
    "Assembly": GOVERNMENT_BODY, "Office": GOVERNMENT_BODY, "Party": ORGANIZATION, "Service": GOVERNMENT_BODY,
    "Exchange": COMPANY, "Chamber": ORGANIZATION, "University": ORGANIZATION,
}
# "on" before a topic, not a day: "the Federal Agency on Technical Regulation", not "the Agency on Monday"
_ON_TOPIC = (r"on(?=\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
             r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
             r"Nov|Dec|Behalf|Board)\b))")
# Bodies named "<Head> of <…>" with nothing before the head ("Senate of Kazakhstan", "Office of Foreign Assets Control").
HEAD_FIRST_RE = re.compile(rf"\b(?P<name>(?:National\s+|Supreme\s+|Federal\s+)?(?P<head>Senate|Parliament|Office|Supreme\s+Court|"
                           rf"Constitutional\s+Court|National\s+Assembly|Directorate|Agency|Council\s+of\s+Ministers)\s+(?:of|for|{_ON_TOPIC})\s+(?:the\s+)?"
                           # ("the Agency for the Development of Atomic Energy of Uzbekistan": a topic of its own)
                           rf"{_CAP}(?:(?:,?\s+(?:and\s+)?|(?<!Republic)\s+of\s+(?=[A-Z]))(?!Monday|Tuesday|Wednesday|Thursday|Friday)"
                           rf"{_CAP}){{0,5}}"
                           # "the Agency of the Republic of Kazakhstan on Atomic Energy": the state, then the topic
                           rf"(?:(?<=Republic)\s+of\s+{_CAP}(?:\s+{_CAP})?\s+on\s+(?:the\s+)?{_TOPIC})?"
                           # "the Agency for Atomic Energy under the Cabinet of Ministers of the Republic of Uzbekistan"
                           rf"(?:\s+under\s+the\s+(?:Cabinet\s+of\s+Ministers|Council\s+of\s+Ministers|President|Government)"
                           rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?{_CAP}(?:\s+{_CAP})?)?)?)")
# Names in French, Spanish, Portuguese and Italian put their head noun first ("Électricité du Laos",
# "Compagnie Ivoirienne d'Électricité", "Empresa Nacional de Electricidad"): the head, then capitalised
# words joined by the languages' link words.
_ROMANCE_HEADS = {
    **dict.fromkeys(("Compagnie", "Société", "Societe", "Électricité", "Electricité", "Electricite", "Empresa",
                     "Compañía", "Compania", "Companhia", "Corporación", "Corporacion", "Sociedad", "Società",
                     "Transportadora", "Transmissora", "Distribuidora", "Petróleos", "Petroleos", "Eletricidade",
                     "Electricidad", "Energías", "Centrais", "Centrales"), COMPANY),
    **dict.fromkeys(("Agence", "Autorité", "Ministère", "Ministerio", "Ministério", "Secretaría", "Secretaria",
                     "Agencia", "Agência", "Comisión", "Comision", "Comissão", "Autoridad", "Autoridade", "Direction",
                     "Dirección", "Administración", "Administracion", "Administração", "Office", "Coordinador",
                     "Servicio", "Serviço", "Servico", "Instituto", "Institut", "Consejo", "Conselho", "Conseil",
                     "Superintendencia", "Superintendência", "Organismo", "Ente", "Entidad", "Entidade"), GOVERNMENT_BODY),
    **dict.fromkeys(("Universidad", "Universidade", "Université", "Università", "Observatorio", "Observatório",
                     "Fundación", "Fundação", "Fondation", "Cámara", "Câmara", "Chambre"), ORGANIZATION),
}
_ROMANCE_LINK = (r"(?:(?:de|du|des|del|da|do|dos|das|di|della|de\s+la|de\s+los|de\s+las|y|e|et|para\s+el|para\s+la|"
                 r"para\s+o|para\s+a|pour\s+le|pour\s+la|pour|para)\s+|d['’]|de\s+l['’])")
# (capitals with accents too, and two link words in a row: "Société Tunisienne de l'Électricité et du Gaz")
ROMANCE_ORG_RE = re.compile(rf"\b(?P<name>(?P<head>{'|'.join(_ROMANCE_HEADS)})"
                            rf"(?:\s+(?:{_ROMANCE_LINK}){{0,2}}(?!(?:{_NAME_LINK})\b)[A-ZÀ-ÖØ-Þ][\w'’-]*){{1,6}})")
_HEAD_FIRST_WORDS = ("Senate", "Parliament", "Office", "Court", "Assembly", "Directorate", "Agency", "Council")
_STATE_BODIES = (r"Senate|Parliament|(?:Grand\s+)?National\s+Assembly|Council\s+of\s+Ministers|Cabinet\s+of\s+Ministers|"
                 r"Cabinet|Supreme\s+Court|Constitutional\s+Court|State\s+Duma|Mazhilis|Majlis|Milli\s+Majlis|"
                 r"Verkhovna\s+Rada|Congress|House\s+of\s+Representatives|Federal\s+Assembly")
STATE_BODY_RE = re.compile(rf"\b(?P<state>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,2}}?)(?:['’]s)?[ \t]+"
                           # ("Kenya's Cabinet Secretary for Energy": an office, whose holder is a minister)
                           rf"(?P<body>{_STATE_BODIES})\b(?![ \t]+(?:of|for|Secretary|Secretaries)\b)"
                           rf"|\b(?P<body2>{_STATE_BODIES})\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                           rf"(?P<state2>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)")
_STATE_BODY_FIND_RE = re.compile(rf"\b(?:{_STATE_BODIES})\b")
_STATE_BODY_WORDS = ("Parliament", "Senate", "Assembly", "Ministers", "Cabinet", "Court", "Congress", "Duma", "Majlis",
                     "Mazhilis", "Rada", "Representatives")  # _STATE_BODY_FIND_RE needs one
# Joint bodies of two parties and advisory councils are forums, not organizations.
# (and a river's bank: "the West Bank of Demerara" is a place)
_NOT_AN_ORGANIZATION = re.compile(r"\b(?:Joint|Advisory|Intergovernmental|Working)\b|^\w+-\w+\s|"
                                  # an event's name: "Singapore International Energy Week", "… Investment Summit"
                                  r"\s(?:Week|Summit|Expo|Exhibition|Fair|Festival)$|"
                                  r"^(?:West|East|North|South|Left|Right)\s+Bank\b|"
                                  r"\s(?:Desert|Delta|Basin|Plateau|Peninsula|Valley|River|Sea)$")
# a diplomatic instrument named head first: "an Exchange of Letters", "the Exchange of Notes"
_EXCHANGE_OF_NOTES_RE = re.compile(r"Exchanges?\s+of\s+(?:Letters|Notes)\b")
_MEMBER_ROLE_RE = re.compile(r"(?:Contracting|Founding|Full|Associate)\s+(?:Party|Parties|Member|Members|Membership)|"
                             r"(?:Full\s+|Associate\s+|Observer\s+)?(?:Membership|Accession|Observer\s+Status)|"
                             r"(?:Member|Partner|Observer|Candidate)\s+(?:State|States|Country|Countries)|"
                             r"Dialogue\s+Partners?")
# (written in capitals too as part of the work's own name, "the Dogger Bank Wind Farm"; not "Development" or
# "Complex", which end names of firms)
_FACILITY_AFTER_NAME_RE = re.compile(r"\s+(?:(?i:substation|sub-station|power\s+station|power\s+plant|refinery|terminal|"
                                     r"dam|oil\s+field|gas\s+field|oilfield|gasfield|mine|port|project|wind\s+farm|"
                                     r"solar\s+(?:farm|park|plant)|plant)|complex|development)\b"
                                     # "Dogger Bank is being built": what is built is a work, not a body
                                     r"|\s+(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+(?:being\s+|now\s+|"
                                     r"currently\s+|still\s+)?(?:built|constructed|commissioned|erected)\b"
                                     # "Puerto Libertad Solar, a 420-megawatt (MW) photovoltaic plant": an apposition
                                     # that says it is a work
                                     r"|\s*,\s+(?:a|an)\s+(?:(?!(?:of|that|which|with|for|by)\b)(?:(?:[\w$€£.%-]|(?<=\d),(?=\d))+|"
                                     r"\([A-Z]{1,5}\))\s+)"
                                     r"{0,5}?(?:plant|farm|park|station|dam|mine|terminal|field|project)\b")


def _names_a_work(text: str, end: int) -> bool:
    """A work's noun in capitals follows the name just read, which is then the first part of the work's name ("the
    Dogger Bank Wind Farm", "the Kaleji Authority Power Plant"); in lower case it may be the body's work ("the
    Saudi Electricity Company project")."""
    work = _FACILITY_AFTER_NAME_RE.match(text, end)
    return work is not None and work.group(0).lstrip()[0].isupper()


# A work's noun after a name, perhaps after its acronym ("the East Mediterranean Gas (EMG) pipeline")
_WORK_NOUN_AFTER_RE = re.compile(r"(?:\s*\([A-Z][\w&-]{1,11}\))?\s+(?:[a-z][\w-]*\s+){0,2}?"
                                 rf"{triggers('projects').pattern('facility_nouns')}\b")
# Words after a body's head that make the name a firm's that manages or advises it ("Climate Fund Managers")
_FIRM_AFTER_HEAD = "Managers|Management|Partners|Capital|Holdings|Advisors|Advisers"
HEAD_ORG_RE = re.compile(rf"\b(?=[A-Z])(?P<name>{_CAP}(?:\s+(?:{_NAME_LINK}\s+)?{_CAP}){{0,7}}?\s+"
                         rf"(?P<head>{'|'.join(h for h, k in _ORG_HEADS.items() if k)})"
                         # a firm that manages or advises the body its name begins with ("Climate Fund Managers")
                         rf"(?:\s+(?:{_FIRM_AFTER_HEAD}))?)\b"
                         rf"(?P<tail>(?:\s+(?:of|for|{_ON_TOPIC})\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}}"
                         # "Agency for the Valorisation of Hydrocarbon Resources": the topic's own "of" (two words
                         # or more after it: a state after "of" ends the name)
                         rf"(?:\s+of\s+{_CAP}(?:\s+(?:and\s+)?{_CAP}){{1,3}}(?<!Republic))?)?)")
_FIRM_AFTER_HEAD_RE = re.compile(rf"\s(?:{_FIRM_AFTER_HEAD})$")
# More capitalised words up to another head, with no link word between: "[US Senate] Foreign Relations Committee"
_EXTENDED_HEAD_RE = re.compile(rf"(?:[ \t]+(?!(?:{_NAME_LINK})\b){_CAP}){{0,4}}?[ \t]+"
                               rf"(?P<head>{'|'.join(h for h, k in _ORG_HEADS.items() if k)})\b")
# (an acronym may keep the firm's legal form: "Corporación Eléctrica del Ecuador (CELEC EP)")
# After an acronym, the name in the script of the place the report comes from: "(TSMC, 台積電)", "(KEGOC, КЕГОК)"
_OTHER_SCRIPT_NAME = r"(?:[,;]\s*[^\W\d_A-Za-z\u00C0-\u024F][^()]{0,40}?)?"
ACRONYM_DEF_RE = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&+\-]{1,11}(?:\s(?:EP|SA|SE|AG|AD|EAD|PLC|JSC|ASA|AB|NV|BV|SpA))?)"
                            + _OTHER_SCRIPT_NAME + r"\)")
_TITLE_WORDS = (
    # ("Executive Vice-President": the qualifier hyphened to the office)
    r"(?:(?:First\s+|Executive\s+)?(?:Deputy|Vice|Acting|Former|Assistant)(?:\s+|-(?=President\b))|Co-)?"
    # ("President Director", "President Commissioner": the heads of an Indonesian firm's two boards)
    r"(?:President\s+(?:Director|Commissioner)|President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|"
    r"Crown\s+Prince|Sheikh|Secretary[- ]General|Director[- ]General|"
    # "Energy Minister", "State Minister", "Energy Cabinet Secretary", "Secretary of State"
    r"(?:(?:" + _PORTFOLIO + r")\s+)?(?:Cabinet\s+|State\s+)?(?:Minister|Secretary)(?:[- ]in[- ][Cc]harge)?"
    r"(?:\s+(?:of|for)\s+(?:State\s+for\s+)?" + _TOPIC + r")?|Ambassador|Commissioner(?:\s+for\s+" + _TOPIC + r")?|"
    r"Chairman|Chairwoman|Chairperson|Chair|Councillor|Councilor|CEO|Chief\s+Executive(?:\s+Officer)?|Governor|Mayor|Speaker|Senator|"
    r"Managing\s+Director|(?:Executive\s+)?Director|General\s+Manager|Taoiseach|T[áa]naiste|State\s+Secretary|Adviser|Advisor|"
    r"(?:Presidential\s+|Government\s+|Ministry\s+)?Spokes(?:man|woman|person)|"
    r"(?:Special\s+)?(?:Presidential\s+)?Envoy(?:\s+for\s+" + _TOPIC + r")?|Founder|Head)")
_PLURAL_TITLES = ("Presidents", "Ministers", "Senators", "Ambassadors", "Kings", "Leaders", "presidents", "ministers",
                  "leaders")  # PLURAL_TITLE_RE needs one
TITLE_RE = re.compile(rf"\b(?=[A-Z])(?P<title>{_TITLE_WORDS})\b")
_PARTICLE = r"(?:al|el|Al|El|bin|bint|ibn|binti|von|van|der|den|de|da|do|di|du|le|la|dos|das)"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_WORD = rf"[{_UPPER}](?:[^\W\d_]|['’](?=[^\W\d_]{{2}}))+(?:-[{_UPPER}]?[^\W\d_]+)*"
# (a name stands on one line: "Comment\nMike Roan" is a heading above a name)
_PERSON = rf"{_WORD}(?:[ \t\xa0]+(?:{_PARTICLE}[ \t\xa0]+)*(?:(?:{_PARTICLE}[-‑])?{_WORD}|[A-Z]\.(?:[A-Z]\.)?)){{1,3}}(?:[ \t\xa0]+(?:[IVX]{{1,4}}|Jr\.|Sr\.))?|[A-Z]\.(?:[ \t\xa0]*[A-Z]\.)*[ \t\xa0]+{_WORD}(?:[ \t\xa0]+{_WORD})?|{_WORD}[ \t\xa0]+[IVX]{{1,4}}\b"
# (initials written without points, as Indian English writes them: "R K Singh", "N Chandrababu Naidu" takes a title)
_PERSON += rf"|\b[A-Z](?:[ \t][A-Z]){{1,2}}[ \t]+{_WORD}(?:[ \t]+{_WORD})?"
NAME_RE = re.compile(rf"(?P<name>{_PERSON})")
# Titles of persons, as data: the words that qualify a rank, and the ranks. Written in lower case,
# matched in any case ("rotating chairman", "First Deputy Prime Minister", "CEO"); a space stands
# for any whitespace, a hyphen for a hyphen or a space.
TITLE_QUALIFIERS = ("first deputy", "deputy", "vice", "assistant", "acting", "special", "rotating", "interim",
                    "executive", "senior", "former", "outgoing", "incoming", "group", "co")  # ("Co-Chief Executive")
TITLE_RANKS = ("president", "president director", "president commissioner", "prime minister", "minister-in-charge", "minister", "ambassador", "chairman", "chairwoman", "chairperson",
               "chair", "ceo", "chief executive officer", "chief executive", "chief operating officer",
               "chief financial officer", "director-general", "director", "secretary-general", "head",
               "commissioner", "governor", "managing director", "general manager", "founder", "envoy", "spokesman",
               "spokeswoman", "spokesperson", "general secretary", "secretary", "administrator", "crown prince",
               "prince", "princess", "king", "queen", "emir", "premier", "chancellor", "mayor", "speaker",
               "country representative", "country director", "board chairman", "chief", "consul general", "consul",
               "under-secretary", "undersecretary", "state secretary", "adviser", "advisor", "taoiseach",
               "trade representative", "member of the executive board", "member of the management board",
               "member of the supervisory board", "member of the board", "board member")
# A portfolio named before a rank: "deputy oil minister", "energy secretary", "foreign minister".
TITLE_PORTFOLIOS = ("energy", "oil", "petroleum", "gas", "power", "electricity", "mining", "mines", "foreign",
                    "finance", "economy", "trade", "industry", "environment", "climate", "infrastructure",
                    "investment")

# Plural titles before a list of names: "Presidents Truong Tan Sang and Barack Obama"
# (in lower case after a determiner too: "issued by their presidents Daniel Noboa and Dina Boluarte")
PLURAL_TITLE_RE = re.compile(r"\b(?P<title>Presidents|Prime\s+Ministers|Ministers|Senators|Ambassadors|Kings|Leaders|"
                             # ("Foreign ministers A of X and B of Y", "Energy ministers …", at a sentence's start)
                             rf"(?:{'|'.join(w.capitalize() for w in TITLE_PORTFOLIOS)})\s+ministers|"
                             r"(?:(?<=\btheir\s)|(?<=\bthe\s)|(?<=\btwo\s)|(?<=\bboth\s))(?:presidents|prime\s+ministers|"
                             r"(?:energy\s+|foreign\s+)?ministers|leaders))\s+(?=[A-Z])")


def _title_alternation(phrases) -> str:
    forms = sorted(phrases, key=len, reverse=True)  # the longest first: "chief executive officer" before "chief"
    return alternation(forms, lambda f: re.escape(f).replace(r"\ ", r"\s+").replace(r"\-", "[- ]"))


# up to two qualifiers: "executive vice president", "senior vice-president", "former deputy minister"
_LOWER_TITLE = (rf"(?:founder\s+and\s+)?(?:(?:{_title_alternation(TITLE_QUALIFIERS)})(?:\s+|-)){{0,2}}"
                rf"(?:(?:{_title_alternation(TITLE_PORTFOLIOS)})\s+)?(?:{_title_alternation(TITLE_RANKS)})")
APPOSITION_RE = re.compile(
    # the owner: capitalised words, or (before a possessive) a name in lower case or with a lower-case noun
    # ("bp's executive vice-president", "the Taliban administration's deputy prime minister")
    rf"(?P<name>{_PERSON}),\s+(?:the\s+|a\s+|its\s+)?(?:(?P<owner>{_CAP}(?:\s+{_CAP}){{0,3}}?"
    rf"|(?:{_CAP}|[a-z][\w.-]*)(?:\s+[a-z][\w-]*)?(?=['’]s\s))"
    rf"(?:['’]s|(?<=s)['’])?(?:\s*\([A-Z]{{2,8}}\))?\s+)?"
    # (a field before the rank: "Namibia's green hydrogen commissioner", "the bank's renewable energy adviser")
    rf"(?P<title>(?:(?!(?:and|or|of|the|a|an)\s)[a-z][a-z-]+\s+){{0,2}}?(?i:{_LOWER_TITLE}))\b")
_APPOSITION_END_RE = re.compile(APPOSITION_RE.pattern + r"$")  # one ending at a given title
_NAME_AFTER_TITLE_RE = re.compile(r"[ \t]+[A-Z][\w'’.-]+[ \t]+[A-Z][\w'’-]+")  # a title's holder named after it
# The honorifics a name may follow (the recogniser leaves them out of the name)
_HONORIFIC_WORDS = r"Mr|Mrs|Ms|Dr|Prof|Shri|Sri|Smt|Mx|Bapak|Ibu|Lyonpo|Lyonchhen|Dasho|Cde|Comrade|Ir|" \
    r"Samdech(?:\s+(?:Akka\s+)?Moha\s+(?:Borvor\s+Thipadei|Sena\s+Padei\s+Techo))?|H\.E\.|HE|H\.R\.H\.|HRH|Hon|Honou?rable|Alhaji|Hajia|Madam|Madame|Mme|Engr|" \
    r"Eng(?=\.?\s+[A-Z][a-z]+\s+[\w-])|" \
    r"Datuk\s+Seri|Dato['’]?\s+S(?:e)?ri|Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Datuk|Dato['’]?|Datin|Tun|Sayyid|Sayyida|" \
    r"(?:(?:Lieutenant|Major)\s+)?General(?!\s+(?:Manager|Director|Secretary|Electric|Motors|Assembly|Counsel|Staff)\b)|" \
    r"Gen|Judge|Justice(?!\s+(?:Minister|Ministry|Department|Secretary)\b)|Gov|Sen|Senator|Rep|Admiral|Adm|Colonel|Col|" \
    r"Brigadier|Exchequer|Professor|Advocate(?=\s+[A-Z][a-z]+\s+[A-Z])|Barrister|Pastor|Reverend|Rev"
# "Secretary General of the Government, Mircea Abrudean"; "China's ambassador to Azerbaijan, Lu Mei"
TITLE_FIRST_RE = re.compile(
    # "Minister of Economy, Trade and Industry, Yasutoshi Nishimura": a portfolio's list has commas too
    # (as few words as will do: "Minister of Energy, Ann Lee, and Minister of Trade, Bo Li" names two)
    # ("Switzerland's state secretary for energy, A B", "Tunisia's ambassador in Rome, C D")
    # ("its spokesperson on mineral resources and energy, A B": a portfolio after "on" too)
    rf"\b(?P<title>(?i:{_LOWER_TITLE}))(?P<rest>(?:\s+(?:of|for|to|in|on)\s+(?:the\s+)?(?:{_CAP}|[a-z]+)"
    rf"(?:(?:,\s+|\s+)(?:and\s+)?(?:{_CAP}|[a-z]+)){{0,5}}?)*?)"
    # ("The Minister of Finance, Hon. A B, signed": an honorific before the holder's name)
    rf"(?:\s*\([A-Z][A-Za-z]{{1,8}}\))?,\s+(?:(?:{_HONORIFIC_WORDS})\.?\s+)?(?P<name>{_PERSON})"
    rf"(?=\s*[,;.)]|\s+(?:and|said|says|who)\b)")
# "US Ambassador to Bulgaria Kenneth Merten": an envoy's title, the state it is sent to and the name, no comma
_ENVOY_TO_STATE_RE = re.compile(rf"(?P<title>(?i:ambassador|envoy|consul\s+general|high\s+commissioner))\s+(?:to|in)\s+"
                                rf"(?:the\s+)?(?P<state>{_CAP}(?:\s+{_CAP}){{0,2}}?)\s+(?P<name>{_PERSON})"
                                rf"(?=\s*[,;.)]|\s+(?:and|said|says|who)\b)")
# A name and comma just before a title: the title is that name's ("signed by A B, managing director of X, C D,
# chairman of Y, and …"), not the next name's
_HOLDER_BEFORE_RE = re.compile(rf"(?<![\w,])(?:{_PERSON}),\s+$")
# A sentence's end inside a title's words ("… of Energy and Minerals, in Oman. Speaking …"; not "U.S." or "Co.")
_SENTENCE_END_IN_RE = re.compile(r"[a-z]{2}\.\s+[A-Z]")
# "ICGB's two executive officers, Teodora Georgieva and George Satlas"
# "the foreign ministers of the two countries, A B of Ruritania and C D of Freedonia"
_PLURAL_HOLDERS = (r"officers|officials|executives|ministers|leaders|presidents|heads|chairmen|representatives|envoys|"
                   r"ambassadors|founders|co-founders|directors[- ]general|directors|chief\s+executives")
PLURAL_APPOSITION_RE = re.compile(rf"\b(?:{_PLURAL_HOLDERS})(?:\s+of\s+[^,;.()]{{1,60}}?)?,\s+(?=[A-Z])")
# "the prime ministers of Estonia, Latvia and Poland — A B, C D and E F —": the list after a dash
PLURAL_DASH_RE = re.compile(rf"\b(?:{_PLURAL_HOLDERS})(?:\s+of\s+[^;.()—–]{{1,80}}?)?\s+[—–]\s+(?=[A-Z])")
_PLURAL_APPOSITION_WORDS = ("officers", "officials", "executives", "ministers", "leaders", "presidents", "heads",
                            "chairmen", "representatives", "envoys", "ambassadors", "founders",
                            "directors")  # the pattern needs one
# "Cyril Loisel of the European Commission": matched backwards from the organization
OF_ORGANIZATION_RE = re.compile(rf"(?:^|[,;(]\s*|\band\s+)(?P<name>{_PERSON})\s+of\s+(?:the\s+)?$")
_OF_STATE = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}})?"  # "A B of Ruritania": whom each represents
# "the office, headed by A B,": who heads a body (a name ending its clause)
_LED_BY_RE = re.compile(rf"\b(?:headed|led|chaired)\s+by\s+(?:(?:billionaire|businessman|businesswoman|tycoon|"
                        rf"former|founder)\s+)?(?:{_CAP}\s+)?(?:(?i:{_LOWER_TITLE})\s+)?(?:(?:Sir|Dame|Dr)\s+)?"
                        rf"(?P<name>{_PERSON})(?=\s*[,;.)]|\s+(?:and|since|until)\b)")
_NAME_LIST_RE = re.compile(rf"(?P<names>(?:{_PERSON}){_OF_STATE}(?:,\s+(?:{_PERSON}){_OF_STATE})*"
                           rf"(?:,?\s+and\s+(?:{_PERSON}){_OF_STATE}))")
# "NNPC chief executive Mele Kyari", "ONHYM director general Amina Benkhadra"
LOWER_TITLE_RE = re.compile(rf"\b(?P<title>{_LOWER_TITLE})\s+(?P<name>{_PERSON})")
# Verbs of saying (REPORTING) and what else persons do (_SPEECH): the "speech" table of triggers.yaml
_SPEECH_WORDS = triggers("speech")
REPORTING = f"{_SPEECH_WORDS.pattern('reporting_finite_verbs')}|{_SPEECH_WORDS.pattern('reporting_past_verbs')}"
_SPEECH = f"{REPORTING}|{_SPEECH_WORDS.pattern('person_finite_verbs')}"
# A name list acting as the subject: "Ilham Aliyev, Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed"
SUBJECT_NAMES_RE = re.compile(rf"(?P<names>(?:{_PERSON})(?:,\s+(?:{_PERSON}))*(?:,?\s+and\s+(?:{_PERSON}))?)"
                              rf"\s+(?:{_SPEECH})\b")
_SUBJECT_NAMES_END_RE = re.compile(SUBJECT_NAMES_RE.pattern + "$")  # the names before a given verb
_TITLE_INITIALS = "".join(sorted({w[0] for w in TITLE_QUALIFIERS + TITLE_RANKS + ("founder",)}))
_ANY_TITLE_RE = re.compile(rf"\b(?=[{_TITLE_INITIALS}{_TITLE_INITIALS.upper()}])(?i:{_LOWER_TITLE})\b")
ANY_TITLE_RE = _ANY_TITLE_RE  # a person's title in any case; the relation rules ask it too
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH})\b")
_NAME_ITEM_RE = re.compile(rf"(?P<name>{_PERSON})(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>{_CAP}(?:\s+{_CAP}){{0,2}}))?")
# "<name> region" names a unit only when the name is no adjective ("Caspian", "Central Asian", "Asia-Pacific")
# and no part of the world ("the Gulf region")
_ADJECTIVE_END_RE = re.compile(r"(?:ian|ean|ese|ic|(?<!st)an)$")


def _wide_region(name: str) -> bool:
    base, word = name.rsplit(" ", 1)
    return word.casefold() == "region" and (base.casefold() in WORLD_REGIONS or base.casefold() in ("gulf", "persian gulf")
                                            or _ADJECTIVE_END_RE.search(base) is not None)


_UNIT_WORDS = ("district", "province", "prefecture", "county", "governorate", "municipality", "region", "island",
               "state", "emirate")
# (their plurals, but "states", which lists states more often than a state's units)
_UNIT_PLURALS = ("districts", "provinces", "prefectures", "counties", "governorates", "municipalities", "regions", "islands",
                 "emirates")
# Natural features and administrative units named by their head word, where no list holds them:
# "Lake Albert", "Sughd Province", "the Zarafshan River", "River Elbe", "Sicily Channel", "Gulf of California".
# a capitalised word that opens a sentence rather than going on with a name ("… of Kasos. The region")
_NO_OPENER = r"(?!(?:The|A|An|In|On|At|This|That|It|Its|Their|Our)\s)"
PLACE_RE = re.compile(
    rf"\b(?=[A-Z])(?!{UNIT_ABBREVIATIONS}\s)(?:(?P<lake>Lake\s+{_CAP})"
    rf"|\b(?P<region>{_CAP}(?:[- ]{_CAP})?\s+(?:District|Region|Province|Oblast|Governorate|County|Prefecture|"
    rf"Municipality|Peninsula|Krai|Desert|Delta|Valley|Plateau|Archipelago|Gorge|Falls|"
    rf"(?:Special\s+)?(?:Economic|Industrial|Free|Export\s+Processing)\s+Zone))\b"
    rf"|\b(?P<sea>{_CAP}(?:\s+{_CAP})?\s+(?:Sea|Gulf|Basin|Strait|Channel|Canal|Bay|Ocean|Reservoir|Inlet|Lagoon|Estuary|Island))\b"
    rf"|\b(?P<river>{_CAP}(?:\s+{_CAP})?\s+River|River\s+{_CAP}|(?<=\bthe\s){_CAP}\s+river"
    # "a dam on the White Volta", "on the Blue Nile": a river's branch named by its colour
    rf"|(?:(?<=\bon\sthe\s)|(?<=\balong\sthe\s)|(?<=\bof\sthe\s)|(?<=\bfrom\sthe\s)|(?<=\bacross\sthe\s))"
    rf"(?:White|Black|Blue)\s+(?!(?:Sea|House|Book|Paper|Economy|Hydrogen|Gold|Friday|Monday|Sky|Line)\b){_CAP}"
    rf"(?![\w'’-]|\s+[A-Z]))\b"
    rf"|\b(?P<of>(?:Gulf|Sea|Bay|Strait|Straits)\s+of\s+(?:(?:San|Santa|Santo|São|Saint|St\.?|El|La|Le|Al|Los|Las|New)\s+)?"
    rf"{_CAP})(?![\w'’])"
    # an administrative unit in lower case after a name: "Buliisa district", "Türkiye's Iğdır province"
    # (and the transliterated unit words of Central Asia and North Africa: "Mary velayat", "Jizzakh viloyat")
    rf"|\b(?P<unit>{_CAP}(?:[- ]{_NO_OPENER}{_CAP})?\s+(?:district|province|prefecture|county|governorate|oblast|basin|island|"
    rf"region|velayat|viloyat|vilayet|wilaya|area|valley|desert|plateau|peninsula|delta|municipality))\b"
    # "the border town of Namanga", "the village of Yovon"
    rf"|(?<=\b(?:town|city|port) of )(?P<town>{_CAP}(?:\s+{_CAP})?)|(?<=\bvillage of )(?P<village>{_CAP}(?:\s+{_CAP})?)"
    # "the district of Sankhuwasabha", "the province of Cabo Delgado": a unit named after its type
    # ("the Talgar district of Almaty region": that unit is read by its own type word)
    rf"|(?:{'|'.join(f'(?<={u} of )' for u in _UNIT_WORDS)})(?P<unitof>{_CAP}(?:\s+{_CAP})?)(?![\w'’.&+-])"
    rf"(?!\s+(?i:region|province|district|oblast|county|governorate|prefecture|state)\b)"
    # "the southern provinces of Sekong and Attapeu": units of one type named in a list after it
    rf"|(?:{'|'.join(f'(?<={u} of )' for u in _UNIT_PLURALS)})"
    rf"(?P<unitsof>{_CAP}(?:\s+{_CAP})?(?:,\s+{_CAP}(?:\s+{_CAP})?)*,?\s+and\s+{_CAP}(?:\s+{_CAP})?)(?![\w'’.&+-]))")
_PLACE_WORDS = ("Lake", "District", "Region", "Province", "Oblast", "Governorate", "County", "Prefecture",
                "Municipality", "Peninsula", "Krai", "Sea", "Gulf", "Basin", "Strait", "Channel", "Canal", "Bay", "Ocean",
                "Reservoir", "Inlet", "Lagoon", "Estuary", "Island", "White", "Black", "Blue",
                "Desert", "Delta", "Valley", "Plateau", "Archipelago", "Zone", "Gorge", "Falls",
                "River", "river", "district", "province", "prefecture", "county", "governorate", "oblast", "basin",
                "island", "region", "velayat", "viloyat", "vilayet", "wilaya", "area", "valley", "desert", "plateau",
                "peninsula", "delta", "municipality",
                "town of", "city of", "port of", "village of", "district of", "province of", "prefecture of", "county of",
                "governorate of", "municipality of", "region of", "island of", "state of", "emirate of",
                *(f"{u} of" for u in _UNIT_PLURALS))  # PLACE_RE needs one
IN_PLACE_RE = re.compile(rf"\b(?:(?:in|at|near|from|to|into|off|outside|left|leaves|reached|reaches)\s+"
                         rf"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+"
                         # "to Morupule in central Botswana", "to Mecklenburg-Western Pomerania in Germany"
                         rf"|(?:at|near|to|from|through|across|into|outside)\s+"
                         rf"(?P<place2>[A-Z][\w'’]+(?:[- ][A-Z][\w'’]+){{0,2}})\s+in\s+(?:the\s+)?"
                         rf"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?)"
                         rf"(?P<state>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)")

_VENUE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|into|via|through|visit|visited|visiting|across|outside|around|"
                           r"toward|towards|inside|held|hosted|host|"
                           # "before leaving for Baku", "flew back to", "bound for"
                           r"(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|bound|set\s+off)"
                           # ("has now left Mauritius for New Delhi"; "lines between Nadi and Lautoka")
                           r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+for|between)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_NOT_NAME_WORDS = _MONTHS | {"The", "A", "An", "This", "That", "These", "It", "He", "She", "They", "We", "In", "Through", "Via",
                            "On", "At", "For", "With", "And", "But", "Under", "After", "Before", "Minister",
                            "President", "Energy", "Ministry", "Government", "State", "National", "Republic",
                            "Prime", "Deputy", "Chairman", "Sheikh", "PM", "You",
                            # honorifics before an office holder's name ("signed by H.E. the Minister")
                            "H.E", "H.E.", "HE", "H.H", "H.H.", "HRH", "H.R.H",
                            # words that open a clause, never a name ("When State Grid Brazil Holding won …")
                            "When", "While", "Since", "Although", "Though", "If", "As", "Because", "Once",
                            "Until", "Unless", "Whereas", "Meanwhile", "However", "Also", "Yet", "Then", "Now",
                            "Last", "Next", "Earlier", "Later", "Both", "Each", "Its", "Their", "Our", "His", "Her"}
# Capitalised words that never stand in a person's name (headings, names of things).
_PERSON_STOP = _NOT_NAME_WORDS | {"Region", "Province", "District", "County", "Governorate", "Oblast", "Prefecture",
                                  "Highness", "Excellency", "Majesty", "Partnership", "Strategic", "Comprehensive",
                            "Declaration", "Agreement", "Memorandum", "Treaty", "Contract", "Statement", "Joint",
                            "Company", "Corporation", "Group", "Meeting", "Summit", "Forum", "Council", "Union",
                            "Sea", "Lake", "River", "Project", "Plant", "Pipeline", "Corridor", "Power", "Solar",
                            "Wind", "Green", "Gas", "Oil", "Nuclear", "Electric", "Electricity", "International",
                            "Development", "Investment", "Cooperation", "Organization", "Bank", "Fund", "Week",
                            "Conference", "Ministers", "Leaders", "Climate", "Action", "Transition", "Security",
                            "Establishment", "Framework", "Programme", "Program", "Initiative", "Strategy", "Plan",
                            "Office", "Agency", "Authority", "Party", "Court", "Senate", "Parliament", "Europe",
                            "Asia", "Africa", "America", "Central", "Southern", "Northern", "Eastern", "Western",
                            "North", "South", "East", "West", "Gulf", "Caspian", "Black", "Hydrogen", "Renewable",
                            "Renewables", "Press", "Release", "Analysis", "Update", "Breaking", "Wire", "News",
                            # buildings a government is named by ("the White House said")
                            "House", "Palace", "Kremlin", "Hall", "Tower", "Building", "Square", "Street",
                            # natural features ("Chile's Atacama Desert")
                            "Desert", "Delta", "Basin", "Plateau", "Island", "Peninsula",
                            # what a lender or an agency is named for ("UK Export Finance said")
                            "Finance", "Financing", "Export", "Credit", "Insurance", "Trade", "Industry", "Industries"}
_GENERIC_COMPANY_WORDS = {"china", "chinese", "energy", "power", "investment", "overseas", "international",
                          "group", "resources", "green", "solar", "wind", "oil", "gas", "petroleum", "national",
                          "state", "company", "corporation", "holding", "holdings", "development", "electric",
                          "electricity", "renewables", "renewable", "global", "new", "united", "construction",
                          "engineering", "grid", "nuclear", "hydro", "the", "of", "and", "co", "ltd", "limited",
                          "llc", "services", "partners", "capital", "industries", "generation", "utilities",
                          "trading", "operating", "universal", "first", "general", "central", "south", "north",
                          "east", "west", "asia", "europe", "africa"}
_TITLE_NORMAL = {"energy minister": "Minister of Energy", "foreign minister": "Minister of Foreign Affairs",
                 "economy minister": "Minister of Economy", "finance minister": "Minister of Finance",
                 "trade minister": "Minister of Trade", "industry minister": "Minister of Industry",
                 "oil minister": "Minister of Oil", "defence minister": "Minister of Defence",
                 "ceo": "Chief Executive Officer", "chief executive": "Chief Executive Officer"}


@dataclass
class _Span:
    start: int
    end: int
    key: str
    how: str


_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n\s*")


_OWNER_PREFIX_RE = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z])")


class _Doc:
    """Working state while recognising one document."""

    def __init__(self, facts: DocumentFacts):
        self.facts = facts
        self.text = facts.text
        self.claimed = bytearray(len(self.text))
        # A paragraph break is in no name ("ANALYSIS\n\nWhen State Grid …"): claimed from the start,
        # so no pass can take a span across it.
        for m in _PARAGRAPH_BREAK_RE.finditer(self.text):
            self.claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        self.spans: list[_Span] = []
        self.gaz = gaz_module.load()
        self.named_after_listed: set[str] = set()  # firms named after a listed firm, whose names stay its own
        self.named_after_place: set[str] = set()  # firms named after a place whose name holds "and"
        self._state_tokens: Counter | None = None  # see _state_token_counts

    def free(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, end) < 0  # claimed holds only 0 and 1

    def claim(self, start: int, end: int, key: str, how: str) -> None:
        self.claimed[start:end] = b"\x01" * (end - start)
        self.spans.append(_Span(start, end, key, how))

    def entity(self, key: str, kind: str, label: str, **attrs) -> Entity:
        ent = self.facts.entities.get(key)
        if ent is None:
            ent = self.facts.entities[key] = Entity(key, kind, label)
        for name, value in attrs.items():
            if value and not getattr(ent, name):
                setattr(ent, name, value)
        return ent

    def from_gazetteer(self, entry) -> Entity:
        return self.entity(entry.key, entry.kind, entry.label, iso3=entry.iso3, country=entry.country,
                           wikidata=entry.wikidata)

    def add(self, start: int, end: int, key: str, how: str = "name", *, surface: bool = True) -> None:
        """Claim a span for an entity that already exists, recording the surface form."""
        self.claim(start, end, key, how)
        form = " ".join(self.text[start:end].split())
        ent = self.facts.entities[key]
        if surface and how not in ("demonym", "pronoun") and form != ent.label and ent.kind != STATE:
            ent.alt_labels.add(form)
            # "UAE's Ministry of Energy and Infrastructure": the body's own name is the part after the owner
            owned = _OWNER_PREFIX_RE.match(form)
            if owned and form[owned.end():] != ent.label:
                ent.alt_labels.add(form[owned.end():])

    def span_at(self, start: int) -> _Span | None:
        for s in self.spans:
            if s.start == start:
                return s
        return None

    def span_ending(self, end: int) -> _Span | None:
        best = None
        for s in self.spans:
            if s.end == end:
                best = s
        return best


def state_key(iso3: str) -> str:
    return f"state/{iso3}"


# ------------------------------------------------------------------ the passes

def recognise(facts: DocumentFacts) -> None:
    """Find, link and name the entities of *facts.text*, in place.

    Fills ``facts.entities`` (key → Entity), ``facts.mentions`` (in text order),
    ``facts.publisher`` (from a credit line) and ``facts.dateline_place``.

    Parameters
    ----------
    facts : DocumentFacts
        With ``text`` and ``sentences`` set.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.text import split_sentences
    >>> text = "Azerbaijani Minister of Energy Parviz Shahbazov met SOCAR Green LLC in Baku."
    >>> f = DocumentFacts(text, split_sentences(text))
    >>> recognise(f)
    >>> sorted(f.entities)
    ['organization/socar-green', 'person/parviz-shahbazov', 'place/baku', 'state/AZE']
    """
    doc = _Doc(facts)
    _credit(doc)
    dateline_state = _home_state(doc, _dateline(doc))
    _paragraph_datelines(doc)
    _port_authorities(doc)
    _quoted_firms(doc)
    _peers(doc)
    _companies(doc)
    _named_consortia(doc)
    _leaders_of_consortia(doc)
    _prefixed_companies(doc)
    _capitalised_firms(doc)
    _firms_with_a_region_in_brackets(doc)
    _firms_named_after_places_with_and(doc)
    _ministries(doc, dateline_state)
    _described_ministries(doc)
    _coordinated_ministries(doc)
    _definite_ministries(doc, dateline_state)
    _gazetteer(doc)
    _combining_forms(doc)
    _head_organizations(doc, dateline_state)
    _romance_organizations(doc)
    _longer_romance_names(doc)
    _firms_named_with_a_trade(doc)
    _units_named_after_their_parent(doc)
    _former_names(doc)
    found = _statistical_candidates(doc)
    found += _peoples_firms(doc, found)
    _statistical_organizations(doc, found, dateline_state, named=True)
    _firms_named_after_their_trade(doc, found)
    _parties_spelled_by_their_acronym(doc)
    _named_with_acronym(doc)
    _bodies_named_with_their_state(doc)
    _spelled_by_their_acronym(doc)
    _acronyms(doc)
    _grouping_bodies(doc)
    _short_forms(doc)
    _state_acronyms(doc)
    _persons(doc, found)
    _counterparts_opposite(doc, dateline_state)
    _owned_persons(doc, found)
    _representatives(doc, found)
    _firms_described_after(doc)
    _listed_leaders(doc)
    _leaders_by_surname(doc)
    _surnames(doc)
    # names with no head noun or legal form after the persons: the recogniser often calls a person an ORG
    parties = _party_candidates(doc, found)
    # (a party's span read from the words around it stands for the recogniser's pieces of it: "Casa" and "Ventos")
    found = [c for c in found if not any(p.start <= c.start and c.end <= p.end and (p.start, p.end) != (c.start, c.end)
                                         for p in parties)]
    earlier = set(doc.facts.entities)
    _statistical_organizations(doc, found + parties, dateline_state, named=False,
                               acting={(c.start, c.end) for c in parties})
    _late_acronyms(doc, set(doc.facts.entities) - earlier)
    _named_again(doc)
    _employers_before_titles(doc)
    _places(doc)
    _statistical_places(doc, found)
    _compass_places(doc)
    _places_of_their_surroundings(doc)
    _towns_of_another_state(doc)
    _listed_companies(doc)
    _signing_for(doc)
    _finish(doc)


# "signed by A B, Minister of Energy, for Algeria; and by …": whom the signer signed for, after the name and title
_SIGNED_FOR_RE = re.compile(r"(?:\s*,\s+(?:[^;()]{0,160}?,\s+)?|\s+)for\s+(?:the\s+)?")
_SIGNED_FOR_END_RE = re.compile(r"\s*(?:[;,.)]|\s+and\b|$)")


def _signing_for(doc: _Doc) -> None:
    """The state or body a person no pass placed acts for, told after the name and its title ("by Mohamed
    Arkab, Minister of Energy, for Algeria;"): a release's style for who signed on whose behalf."""
    if " for " not in doc.text:
        return
    spans = sorted(doc.spans, key=lambda x: x.start)
    for i, span in enumerate(spans):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind != PERSON or ent.represents:
            continue
        m = _SIGNED_FOR_RE.match(doc.text, span.end)
        target = doc.span_at(m.end()) if m else None
        owner = doc.facts.entities.get(target.key) if target is not None else None
        if owner is None or owner.kind == PERSON or owner.kind == PLACE \
                or not _SIGNED_FOR_END_RE.match(doc.text, target.end) \
                or any(span.end < x.start < target.start for x in spans[i + 1:]):
            continue  # (another name between: the title's own body, or the next signer)
        ent.represents = owner.key


# A type word that ends a place's name ("Purwakarta District", "Cirata Reservoir"): the name before it may be
# a maintained place's
_PLACE_TYPE_END_RE = re.compile(r"\s+(?:District|Regency|Province|Region|County|Municipality|Reservoir|Lake|Dam|Basin|"
                                r"Valley|Island|Islands|Peninsula|Bay|Oblast|Governorate|Prefecture)$")


def _places_of_their_surroundings(doc: _Doc) -> None:
    """The country of a place no pass gave one: the place named right after it with a comma ("Purwakarta
    District, West Java Province"), else the maintained place its name opens with, in a state the text names."""
    named = {x.key[6:] for x in doc.spans if x.key.startswith("state/")}
    for span in sorted(doc.spans, key=lambda x: x.start):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind != PLACE or ent.country:
            continue
        comma = re.match(r"\s*,\s*", doc.text[span.end:span.end + 4])
        after = doc.span_at(span.end + comma.end()) if comma else None
        if after is not None and re.match(r"['’]s?\s", doc.text[after.end:after.end + 3]):
            after = None  # ("… of the Rovuma Basin, Italy's Eni said": the next clause's possessive, no place's state)
        outer = doc.facts.entities.get(after.key) if after is not None else None
        country = outer.iso3 if outer is not None and outer.kind == STATE else \
            outer.country if outer is not None and outer.kind == PLACE else None
        if country is None and (typed := _PLACE_TYPE_END_RE.search(ent.label)) is not None:
            countries = {e.country for e, how in _maintained_lookup(ent.label[:typed.start()]) if how == "name"}
            country = next(iter(countries)) if len(countries) == 1 and countries <= named else None
        if country:
            ent.country = country


# A town and the unit of a state it lies in: "Lima, in Buenos Aires province", "the town of Lima, in the Zárate
# district of Buenos Aires province"
_TOWN_IN_UNIT_RE = re.compile(r"\s*,\s+(?:in\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:district|department|county|municipality|"
                              r"partido)\s+of\s+)?")


def _towns_of_another_state(doc: _Doc) -> None:
    """A place the lists put in one state, placed by the text in a unit of another ("the town of Lima, in the
    Zárate district of Buenos Aires province"): a town of the same name in that state, not the one listed
    ("Lima" is Peru's capital unless the text says otherwise)."""
    if "," not in doc.text:
        return
    for span in sorted(doc.spans, key=lambda x: x.start):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind != PLACE or not ent.country:
            continue
        gap = _TOWN_IN_UNIT_RE.match(doc.text, span.end)
        unit_span = doc.span_at(gap.end()) if gap else None
        unit = doc.facts.entities.get(unit_span.key) if unit_span is not None else None
        known = doc.gaz.get(unit_span.key) if unit_span is not None else None
        if unit is None or unit.kind != PLACE or not unit.country or unit.country == ent.country:
            continue
        if not (known is not None and known.place_type not in (None, "city") or _PLACE_TYPE_END_RE.search(unit.label)):
            continue  # (a unit: "Buenos Aires Province", a listed province or region; not a city)
        name = " ".join(doc.text[span.start:span.end].split())
        span.key = doc.entity(f"place/{slug(name)}-{unit.country.lower()}", PLACE, name, country=unit.country).key


# "Barqi Tojik, the national power utility, and …": a name in no list, then an apposition saying what firm it is
_DESCRIBED_FIRM_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}),[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?:(?:[A-Z][a-z]+|[a-z][\w-]*)[ \t]+){0,3}?"
    # ("Urja Bharat, a joint venture of IOC and BPRL,": a venture of firms is a firm)
    rf"(?:{'|'.join(orgnames.TRADE_NOUNS)}|joint[ \t]+venture|consortium)(?=[ \t]*(?:[,;)]|[ \t]+(?:of|in|for)\b))")


def _firms_described_after(doc: _Doc) -> None:
    """A name the lists and the other passes left alone, described by an apposition as a firm of a trade
    ("Barqi Tojik, the national power utility,"): a company (not a person, whatever the recogniser thinks)."""
    if "," not in doc.text:
        return
    for m in _DESCRIBED_FIRM_RE.finditer(doc.text):
        start, end = m.span("name")
        name, cut = _strip_leading(m.group("name"))
        start += cut
        if not doc.free(start, end) or " " not in name and len(name) < 3 or name in _NOT_NAME_WORDS \
                or _lookup(name) or TITLE_RE.match(name) or re.match(r"(?:In|At|From|Near|For|To|Across)\s", m.group("name")) \
                or any(how == "name" for _, how in _maintained_lookup(name)):
            continue  # ("In Chirchik, the company …": a place, then the sentence's subject)
        ent = doc.entity(f"organization/{slug(name)}", COMPANY, name)
        doc.add(start, end, ent.key, "name")


# A body known only by its acronym that groups states: "The KPPC, which groups Gabon, Cameroon and Chad"
_GROUPING_BODY_RE = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Z0-9]{1,7})(?:\s*,\s*which)?\s+(?:groups|grouped|"
                               r"brings\s+together|brought\s+together|unites|united|comprises|comprised|"
                               r"consists\s+of|consisted\s+of)\s+(?:the\s+)?")


def _grouping_bodies(doc: _Doc) -> None:
    """An acronym no list holds, said to group two or more states or followed by what only a body of states has
    ("the MED9 summit", "C5 leaders", "the MED9 group of Mediterranean countries"), is an international
    organization."""
    for m in _CODE_BEFORE_STATES_BODY_RE.finditer(doc.text):
        start, end = m.span("name")
        if doc.free(start, end) and not _is_state_or_demonym(doc, m.group("name")) and not _lookup(m.group("name")):
            ent = doc.entity(f"organization/{slug(m.group('name'))}", INTERNATIONAL_ORGANIZATION, m.group("name"))
            for s_, e_, _ in find_words(doc.text, [m.group("name")]):
                if doc.free(s_, e_):
                    doc.add(s_, e_, ent.key, "name")
    for m in _GROUPING_BODY_RE.finditer(doc.text):
        start, end = m.span("name")
        if not doc.free(start, end) or _is_state_or_demonym(doc, m.group("name")):
            continue
        stop = re.search(r"[.;:]", doc.text[m.end():]) if m.end() < len(doc.text) else None
        limit = m.end() + (stop.start() if stop else len(doc.text) - m.end())
        states = [x for x in doc.spans if m.end() <= x.start < limit and x.key.startswith("state/")]
        if len({x.key for x in states}) < 2 or states[0].start - m.end() > 4:
            continue  # the states must open what follows the verb
        ent = doc.entity(f"organization/{slug(m.group('name'))}", INTERNATIONAL_ORGANIZATION, m.group("name"))
        for s_, e_, _ in find_words(doc.text, [m.group("name")]):
            if doc.free(s_, e_):
                doc.add(s_, e_, ent.key, "name")


# "TotalEnergies (formerly Total)", "Equinor, formerly Statoil,", "Eling Energía, the former Electroingeniería":
# the text gives an organization's old name, which then names it wherever the text uses it.
_FORMER_NAME_RE = re.compile(r"(?:\s*\(\s*|\s*,\s*)(?:formerly|previously|the\s+former|once)\s+(?:known\s+as\s+|called\s+)?"
                             r"(?P<old>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}?)(?=\s*[),;.]|\s+and\b)")


# "bring in Total, as TotalEnergies was then known": the old name before the one the text knows
_THEN_KNOWN_RE = re.compile(r"(?P<old>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}),\s+as\s+(?:the\s+)?(?P<new>[A-Z][^,;.()]{1,60}?)"
                            r"\s+was\s+(?:then|formerly|previously|once|still|at\s+the\s+time)\s+(?:known|called|named)\b")


def _former_names(doc: _Doc) -> None:
    """Link an organization's former name, as the text gives it, to the organization."""
    text = doc.text
    for m in _THEN_KNOWN_RE.finditer(text) if " known" in text or " called" in text else ():
        known = doc.span_at(m.start("new"))
        ent = doc.facts.entities.get(known.key) if known is not None and known.end == m.end("new") else None
        if ent is None or ent.kind not in (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY) \
                or _is_state_or_demonym(doc, m.group("old")):
            continue
        ent.alt_labels.add(m.group("old"))
        for start, end, _ in find_words(text, [m.group("old")]):
            if doc.free(start, end):
                doc.add(start, end, ent.key, "alias")
    if "former" not in text and "previously" not in text and "once" not in text:
        return
    for span in list(doc.spans):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind not in (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY):
            continue
        m = _FORMER_NAME_RE.match(text, span.end)
        if m is None or _is_state_or_demonym(doc, m.group("old")) or m.group("old") in _NOT_NAME_WORDS:
            continue
        old = m.group("old").rstrip(".")
        ent.alt_labels.add(old)
        for start, end, _ in find_words(text, [old]):
            if doc.free(start, end):
                doc.add(start, end, ent.key, "alias")


# One item of a list of firms: an owner state, a name, and the state it is of ("Romania's Tovagaz",
# "Kesselnet of Slovakia", "the Grid Operator of Moldova").
_FIRM_ITEM_RE = re.compile(
    r"(?:(?P<owner>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)['’]s[ \t]+)?(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+(?:[A-Z][\w.&'’-]*|of|for|and)){0,6}?)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?))?")
_FIRM_SEP_RE = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _listed_companies(doc: _Doc) -> None:
    """Names in one list with firms the document knows, each given with its state ("the signatories were
    A of Estonia, B, Romania's C, D of Slovakia and the E of Moldova"), or named alone between two of them
    ("with Citi, JPMorgan, Itaú, Santander and Deutsche Bank"): firms too, of that state if given."""
    firms = sorted((x for x in doc.spans if doc.facts.entities.get(x.key) is not None
                    and doc.facts.entities[x.key].kind == COMPANY), key=lambda x: x.start)
    starts = [x.start for x in firms]
    for sentence in doc.facts.sentences:
        spans = firms[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
        if len(spans) < 2:
            continue
        read_to = -1
        for first in spans:  # each list that opens with a known firm
            if first.start < read_to:
                continue
            entries, read_to = _firm_list(doc, spans, first.start, sentence.end)
            known = [i for i, e in enumerate(entries) if e is None]
            if len(known) < 2:
                continue
            for i, entry in enumerate(entries):
                if entry is None:
                    continue
                name, s_, e_, state = entry
                alone = state is None
                if alone and not (0 < i < len(entries) - 1 and entries[i - 1] is None and entries[i + 1] is None):
                    continue  # a name given alone counts only between two firms the document knows
                if _lookup(name) or _is_state_or_demonym(doc, name):
                    continue
                ent = doc.entity(f"organization/{slug(name)}", COMPANY, name, country=state)
                doc.add(s_, e_, ent.key, "name")


def _firm_list(doc: _Doc, spans: list, start: int, stop_at: int) -> tuple[list, int]:
    """The items of the list of firms opening at *start*: ``None`` for a firm the document knows, else
    ``(name, start, end, state or None)``; and where the list was read to."""
    stop = re.search(r"[.;:()]|\s[—–-]\s", doc.text[start:stop_at])
    end = start + len(doc.text[start:start + stop.start()].rstrip()) if stop else stop_at  # (not " (SAPCO)")
    entries, pos, read_to = [], start, start
    for part in _FIRM_SEP_RE.split(doc.text[start:end]):
        at = doc.text.index(part, pos)
        pos = at + len(part)
        m = _FIRM_ITEM_RE.fullmatch(part)
        if m is None:
            break
        s_, e_ = at + m.start("name"), at + m.end("name")
        if doc.free(s_, e_):
            state = _state_of(doc, m.group("of")) or _state_of(doc, m.group("owner"))
            given = m.group("of") or m.group("owner")
            if given and state is None or any(w in _PERSON_STOP for w in m.group("name").split()):
                break
            entries.append((m.group("name"), s_, e_, state))
        elif any(x.start <= s_ and e_ <= x.end and doc.facts.entities[x.key].kind == COMPANY for x in spans):
            entries.append(None)
        else:
            break
        read_to = pos
    return entries, read_to


# "Sino-Pakistani", "Franco-German": a state's combining form before a hyphen and another state
_COMBINING_RE = re.compile(r"\b(?P<form>[A-Z][a-z]+o)[-–](?=[A-Z])")


def _combining_forms(doc: _Doc) -> None:
    for m in _COMBINING_RE.finditer(doc.text) if "o-" in doc.text or "o–" in doc.text else ():
        entry = doc.gaz.combining_form(m.group("form"))
        after = doc.span_at(m.end())
        if entry is None or after is None or not after.key.startswith("state/") or not doc.free(*m.span("form")):
            continue
        doc.from_gazetteer(entry)
        doc.add(*m.span("form"), entry.key, "demonym")


# "Nigeria LNG", "Lake Turkana Wind Power": a firm named by a state or place and its trade, the
# trade words ending the name (no capitalised word after them: "Baku Energy Week" is an event)
_TRADE_AFTER_RE = re.compile(r"[ \t]+(?P<trade>(?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*)(?=[,.;:)]|\s+[a-z(]|\s*$)")
_AND_TRADE_RE = re.compile(r"\s+(?:and|&)\s+(?P<word>[A-Z][\w&-]*)")  # "Kazakhstan Oil and Gas Institute"
# "Nigeria LNG exports", "Kazakhstan Oil output": the trade words describe the place's industry
_INDUSTRY_AFTER_RE = re.compile(r"\s+(?:exports?|imports?|sector|markets?|demand|supply|supplies|production|output|"
                                r"reserves|prices?|industry|consumption|capacity|sales|revenues?|fields?|bills?|laws?|"
                                r"polic(?:y|ies)|strateg(?:y|ies)|plans?|security|mix|transition|resources|potential|"
                                r"deposits|networks?|systems?|grids?|projects?|plants?|sites?)\b")


# "Hydrogen Oman (Hydrom)", "Energy Development Oman (EDO)", "Energy Fiji Limited": the trade before the state,
# a firm when its short name in brackets or its legal form follows
_TRADE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<trade>(?:[A-Z][a-z]+[ \t]+){1,3})$")
_SHORT_NAME_AFTER_RE = re.compile(r"[ \t]+(?:\((?P<short>[A-Z][\w&.-]{1,15})\)|(?P<form>Limited|Ltd\.?|LLC|SAOC|SAOG|PLC|Plc)\b)")
_TRADE_OPENERS = frozenset({"Development", "Investment", "Holding", "Holdings"})


def _trade_word(word: str) -> bool:
    return orgnames.firm_word(word) or word in _TRADE_OPENERS or bool(find_technologies(word))


def _firms_named_trade_first(doc: _Doc, span) -> bool:
    """A firm named by its trade and then its state ("Hydrogen Oman (Hydrom)"); whether one was read."""
    before = _TRADE_BEFORE_RE.search(doc.text, max(0, span.start - 50), span.start)
    after = _SHORT_NAME_AFTER_RE.match(doc.text, span.end)
    if before is None or after is None or not all(map(_trade_word, before.group("trade").split())) \
            or not doc.free(before.start("trade"), span.start):
        return False
    end = after.end("form") if after.group("form") else span.end
    name = " ".join(doc.text[before.start("trade"):end].split())
    owner = doc.facts.entities[span.key]
    ent = doc.entity(f"organization/{slug(name)}", COMPANY, name, country=owner.iso3)
    doc.add(before.start("trade"), end, ent.key, "name")  # the state inside stays a mention of the state
    if short := after.group("short"):  # "(Hydrom)": its short name, here and wherever the text uses it again
        ent.alt_labels.add(short)
        for start, stop, _ in find_words(doc.text, [short]):
            if doc.free(start, stop):
                doc.add(start, stop, ent.key, "acronym")
    return True


def _firms_named_with_a_trade(doc: _Doc) -> None:
    """Firms named by a state or place and their trade ("Nigeria Gas", "Lake Turkana Wind Power"), and a
    firm's units named by the firm and a trade ("PLN Nusantara Power")."""
    for span in [x for x in doc.spans if x.how in ("name", "alt", "acronym")]:
        firm = span.key.startswith("organization/")
        owner = doc.facts.entities.get(span.key)
        if owner is None or owner.kind not in ((COMPANY,) if firm else (STATE, PLACE)):
            continue
        if owner.kind == STATE and _firms_named_trade_first(doc, span):
            continue
        m = _TRADE_AFTER_RE.match(doc.text, span.end)
        words = m.group("trade").split() if m else []
        # a place's words must all be a trade's; a firm's unit ends with one ("Nusantara Power")
        if not words or not (orgnames.firm_word(words[-1]) if firm else all(map(orgnames.firm_word, words))) \
                or words == ["LNG"] or not doc.free(*m.span("trade")) or _INDUSTRY_AFTER_RE.match(doc.text, m.end()) \
                or firm and _BODY_ORGAN_RE.match(doc.text, span.end) \
                or ((more := _AND_TRADE_RE.match(doc.text, m.end())) and orgnames.firm_word(more.group("word"))):
            continue  # "Mozambique LNG", "Argentina LNG" are mostly projects: LNG alone does not make a firm
        if not firm and re.search(r"\bGovernment\s+of\s+(?:the\s+)?$", doc.text[max(0, span.start - 20):span.start]):
            continue  # "a Government of India Enterprise": what a state firm is, no firm's name
        end = m.end()
        if (more := _AND_TRADE_RE.match(doc.text, end)) and _spelled_by_acronym_after(doc, span.start, more.end()):
            end = more.end()  # "Guyana Power and Light (GPL)": its acronym spells the whole name
        name = " ".join(doc.text[span.start:end].split())
        country = owner.iso3 if owner.kind == STATE else owner.country
        longer = {x.key for x in doc.spans if x.start < span.start and (e := doc.facts.entities.get(x.key)) is not None
                  and e.kind == COMPANY and e.label.startswith(name + " ")}
        if len(longer) == 1:
            # "China Power" after "China Power International Holding Limited": the short form of the firm named in full
            key = longer.pop()
            doc.facts.entities[key].alt_labels.add(name)
            if owner.kind != STATE:
                doc.spans.remove(span)
                doc.claimed[span.start:span.end] = b"\x00" * (span.end - span.start)
            doc.add(span.start, end, key, "short")
            continue
        ent = doc.entity(f"organization/{slug(name)}", COMPANY, name, country=country)
        if owner.kind != STATE:  # a place or a parent firm inside a firm's name is not a mention of it
            doc.spans.remove(span)
            doc.claimed[span.start:span.end] = b"\x00" * (span.end - span.start)
        doc.add(span.start, end, ent.key, "name")  # a state inside stays a mention of the state
        if firm and (prefix := _LEGAL_PREFIX_RE.search(doc.text, 0, span.start)):
            ent.alt_labels.add(f"{prefix.group('form')} {name}")  # "PT PLN Nusantara Power"


# Legal forms written before the name (Indonesia's PT, the CIS's JSC, LLC …)
_LEGAL_PREFIX_RE = re.compile(r"\b(?P<form>PT|JSC|PJSC|OJSC|CJSC|LLC|OOO|OAO|PAO|AO|TOO)\s+$")


# "West Java", "East Kalimantan": a compass word before a place names a part of it
_COMPASS_BEFORE_RE = re.compile(r"\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)[ \t]+$")


def _compass_places(doc: _Doc) -> None:
    for span in [x for x in doc.spans if x.key.startswith("place/")]:
        m = _COMPASS_BEFORE_RE.search(doc.text, max(0, span.start - 12), span.start)
        place = doc.facts.entities.get(span.key)
        if m is None or place is None or not doc.free(m.start(), span.start):
            continue
        name = " ".join(doc.text[m.start():span.end].split())
        if doc.gaz.lookup(name):
            continue  # a listed name ("South Sudan", "North Sea") is found as such
        part = doc.entity(f"place/{slug(name)}", PLACE, name, country=place.country)
        doc.spans.remove(span)
        doc.add(m.start(), span.end, part.key, "name")


def _credit(doc: _Doc) -> None:
    found = find_credit(doc.text)
    if found:
        agency, start, end = found
        doc.facts.publisher = agency
        doc.claimed[start:end] = b"\x01" * (end - start)


def _home_state(doc: _Doc, dateline_state: str | None) -> str | None:
    """The state whose bodies the report names without their state: its publisher's (a national agency's or a
    paper's, :func:`~epkg.ontology.gazetteer.publisher_state`) when the text names that state, even filed from
    abroad ("Thimphu, Mar 22 (PTI) India and Bhutan …": the Ministry of Petroleum and Natural Gas is India's) or
    with no dateline; else the dateline's."""
    home = gaz_module.publisher_state(doc.facts.publisher)  # (the record's, else the credit's or the dateline's)
    if home is None or home == dateline_state:
        return dateline_state
    # (with no dateline, a national paper's bare ministries are its own state's: "the Energy and Mineral
    # Resources Ministry" in The Jakarta Post is Indonesia's, named or not as often as the partner it hosts)
    return home if _state_named_in(doc, home) else dateline_state


def _dateline(doc: _Doc) -> str | None:
    for d in find_datelines(doc.text):
        region_iso = doc.gaz.resolve_iso3(d.region) if d.region else None
        entry = _dateline_city(d.city.title(), region_iso, doc)
        if entry is None and any(e.kind == STATE for e, _ in _lookup(d.city.title())):
            continue  # "China, April 12 -": a state opens the line, not a city
        if entry is not None or not d.bare:  # "ANALYSIS —": capitals and a dash, but no city
            return _take_dateline(doc, d, entry, region_iso)
    return None


def _take_dateline(doc: _Doc, d, entry, region_iso: str | None) -> str | None:
    place = doc.from_gazetteer(entry) if entry else doc.entity(f"place/{slug(d.city.title())}", PLACE, d.city.title(),
                                                               country=region_iso)
    if entry and place.label != d.city.title() and place.label.lower() != d.city.lower():
        place.alt_labels.add(d.city.title())  # "Taguig City" for Taguig
    doc.add(d.start, d.start + len(d.city), place.key, "name", surface=False)
    doc.facts.dateline_place = place.key
    for other, start in d.others:  # "OSLO/BERLIN": filed from both
        if (more := _dateline_city(other.title(), region_iso)) is not None:
            doc.add(start, start + len(other), doc.from_gazetteer(more).key, "name", surface=False)
    if d.agency:  # "(Reuters)": the publisher, as in a credit line
        doc.facts.publisher = doc.facts.publisher or d.agency
        doc.claimed[d.agency_start:d.agency_start + len(d.agency)] = b"\x01" * len(d.agency)
    if d.region and region_iso:
        start = doc.text.index(d.region, d.start)
        doc.from_gazetteer(doc.gaz.state(region_iso))
        doc.add(start, start + len(d.region), state_key(region_iso), "name")
    return region_iso or place.country


# A known actor's possessive before a person's name: "Eni's Paolo Rinaldi", "Gabon's Marie Obame"
_OWNED_PERSON_RE = re.compile(rf"['’]s[ \t]+(?P<name>{_PERSON})(?=[ \t]*[,;.)]|[ \t]+(?:and|said|says|who|met|signed)\b)")


# "Power Minister R K Singh met his Bhutanese counterpart …": the officer whose counterpart is named, and the
# words between the two
_OFFICER_MET_COUNTERPART_RE = re.compile(r"\s+(?:(?:on\s+\w+|also|has|had|have|held\s+talks\s+with|met\s+with|met|"
                                         r"hosted|received|spoke\s+with|called|welcomed|and)\s+)+(?:his|her)\s+"
                                         r"(?P<demonym>[A-Z][\w'’-]+)\s+counterparts?\b")


def _counterparts_opposite(doc: _Doc, home: str | None) -> None:
    """An officer of no named state who meets "his Bhutanese counterpart" speaks for the report's own state
    (the dateline's, or a national agency's filing from abroad) when that is another state, named in the text."""
    if home is None or "counterpart" not in doc.text:
        return
    for m in _OFFICER_MET_COUNTERPART_RE.finditer(doc.text):
        span = doc.span_ending(m.start())
        ent = doc.facts.entities.get(span.key) if span is not None else None
        if ent is None or ent.kind != PERSON or ent.represents or not ent.position \
                or _state_of(doc, m.group("demonym")) in (None, home) or not _state_named_in(doc, home):
            continue
        ent.represents = state_key(home)


def _owned_persons(doc: _Doc, found) -> None:
    """Persons named after the possessive of a company, body or state the text names, where the recogniser
    also reads a person: they speak for it ("Egypt's Zohr Field" is no one)."""
    persons = [(c.start, c.end) for c in found if c.label == "PERSON"]
    for m in _OWNED_PERSON_RE.finditer(doc.text) if persons else ():
        if not any(s_ <= m.start("name") < e_ for s_, e_ in persons):
            continue
        owner = doc.span_ending(m.start())
        name = m.group("name")
        if not _a_body(owner) or not doc.free(m.start("name"), m.end("name")) or not _unlisted_person_name(name) \
                or TITLE_RE.match(name) or _ANY_TITLE_RE.search(name):
            continue
        _person(doc, name, m.start("name"), m.end("name"), None, owner.key)


def _a_body(span) -> bool:
    """Whether *span* names a company, body or state a person can speak for (not a place nor a person)."""
    return span is not None and not span.key.startswith(("place/", "person/"))


def _unlisted_person_name(name: str) -> bool:
    """Whether *name* can be a person's: no word that stops or makes generic a name, and no listed entity's."""
    return not any(w in _PERSON_STOP or w in _GENERIC_NAME_WORDS for w in name.split()) and not _lookup(name)


# What follows a signer's name when the signer acts for a body: "A, representing X", "B on behalf of the Y"
REPRESENTING_AFTER_RE = re.compile(r",?\s+(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?")


def _representatives(doc: _Doc, found) -> None:
    """Persons the recogniser reads, named in full, who act for a body the text names just after them ("signed
    by A B, representing X, and C D on behalf of Y"): they speak for it (and are no firm that signs)."""
    for c in found:
        if c.label != "PERSON":
            continue
        start, end = _trim_candidate(doc, c.start, c.end)
        name = " ".join(doc.text[start:end].split())
        after = REPRESENTING_AFTER_RE.match(doc.text, end)
        if after is None or len(name.split()) < 2 or not doc.free(start, end) or not _name_shaped(name) \
                or not _unlisted_person_name(name) \
                or orgnames.split_legal_form(name)[1] or any(orgnames.firm_word(w) for w in name.split()[1:]):
            continue
        body = doc.span_at(after.end())
        if _a_body(body):
            _person(doc, name, start, end, None, body.key)


# "the Port of Rotterdam", "the Autonomous Port of Nouadhibou", "Port of Antwerp-Bruges": the company that runs a
# port, named by it with a capital (the place is "the port of Rotterdam")
_PORT_AUTHORITY_RE = re.compile(r"\b(?P<name>(?:(?:Autonomous|Independent|National)[ \t]+)?Port[ \t]+of[ \t]+"
                                r"(?P<city>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?:[ \t]+Authority)?)(?![\w'’-])")


def _port_authorities(doc: _Doc) -> None:
    """The firms that run ports, named "Port of <city>": companies, of the city's state (not a place whose name
    is the whole phrase: "Port of Spain")."""
    for m in _PORT_AUTHORITY_RE.finditer(doc.text) if "Port of" in doc.text else ():
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        if not doc.free(start, end) or any(e.kind in (PLACE, STATE) for e, _ in _lookup(name)):
            continue
        city = next((e for e, _ in _lookup(m.group("city")) if e.kind == PLACE), None)
        ent = doc.entity(f"organization/{slug(name)}", COMPANY, name, country=city.country if city else None)
        doc.add(start, end, ent.key, "name")


def _paragraph_datelines(doc: _Doc) -> None:
    """Known cities that open a later paragraph as a dateline ("LUSAKA - …" in a page of briefs): places
    the report was filed from, which also name the states they lie in."""
    for d in paragraph_datelines(doc.text) if "\n" in doc.text else ():
        end = d.start + len(d.city)
        if not doc.free(d.start, end):
            continue
        region_iso = doc.gaz.resolve_iso3(d.region) if d.region else None
        entry = _dateline_city(d.city.title(), region_iso)
        if entry is not None:
            doc.add(d.start, end, doc.from_gazetteer(entry).key, "name", surface=False)
            if entry.country and (state := doc.gaz.state(entry.country)) is not None:
                # the report still names the state the city is in, as a capital in running text does
                doc.from_gazetteer(state)
                doc.spans.append(_Span(d.start, end, state.key, "capital"))


def _dateline_city(city: str, region_iso: str | None, doc: _Doc | None = None):
    """The gazetteer place a dateline's city names (a listed place, else a city of the maintained lists; of
    namesakes in several states, the one in the state the report names: "VANCOUVER —" in a story on Canada)."""
    entries = [e for e, _ in _lookup(city) if e.kind == PLACE]
    if entries:
        listed = entries[0]
        if doc is not None and not region_iso and listed.country and not _state_named_in(doc, listed.country):
            # "ST. JOHN'S —" in a story on Canada: the namesake in the state the report names, not the listed
            # capital of a state it never names (Antigua and Barbuda's)
            others = [e for e, how in _maintained_lookup(city) if how == "name" and e.country
                      and e.country != listed.country and _state_named_in(doc, e.country)]
            if len({e.country for e in others}) == 1:
                return max(others, key=lambda e: e.population or 0)
        return listed
    # ("Taguig City", "Quezon City": the lists may hold the city by its name alone)
    for name in (city, city[:-5]) if city.endswith(" City") else (city,):
        candidates = [e for e, how in _maintained_lookup(name) if how == "name"]
        found = _choose(candidates, typed=False, city=True, qualified=region_iso, mentioned=set())
        if found is None and doc is not None and not region_iso and len({e.country for e in candidates}) > 1:
            named = {iso for iso in {e.country for e in candidates} if iso and _state_named_in(doc, iso)}
            found = _choose(candidates, typed=False, city=True, qualified=None, mentioned=named) if named else None
        if found is not None:
            return found
    return None


def _state_named_in(doc: _Doc, iso: str) -> bool:
    """Whether the text names the state *iso* (its name, another name of it, or its demonym)."""
    state = doc.gaz.state(iso)
    names = [state.label, *state.alt_labels, *state.demonyms] if state else []
    return any(find_words(doc.text, [n]) for n in names if len(n) > 2)


def _strip_leading(name: str) -> tuple[str, int]:
    """Drop leading words that start a sentence rather than a name ("The", "Under")."""
    words = name.split(" ")
    cut = 0
    while cut < len(words) - 1 and (words[cut] in _NOT_NAME_WORDS or words[cut] in ("With", "By", "From")):
        cut += 1
    kept = " ".join(words[cut:])
    return kept, len(name) - len(kept)


# (not the possessive a name opens with: "People's National Party", "Workers' Party")
# The capitalised words of a possessive just before a name ("… and China's "): its owner
_LAST_OWNER_RE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+$")
_POSSESSIVE_RE = re.compile(r"^(?!(?:People|Workers|Citizens|Farmers)['’]s?\s)(?:.*?(?:['’]s|s['’]|-based|-owned|-led)\s+)")
_COMPANY_KEEP = {"State", "National", "Energy"}  # part of many names ("State Oil Company of …", "Energy Regulatory Authority")


# Words before a firm's name that say something of it: "About" heading a press release's boilerplate ("About
# Sinopec Corp."), where it is listed or based ("ASX-listed", "Oslo-based")
_NAME_OPENER_RE = re.compile(r"^(?:About|[A-Z][\w.&]*-(?:listed|based|headquartered|owned|run|backed|controlled))\s+")


# "the Federal Government and Siemens AG": the government the text is about, then a firm
_GOVERNMENT_ALONE_RE = re.compile(r"(?:[Tt]he\s+)?(?:(?:Federal|National|Central|Union|State)\s+)?Government")


def _company_name(doc: _Doc, raw: str, start: int) -> tuple[str, int]:
    """Trim what precedes a company's own name: sentence openers, "X and", "China's", "China-based"."""
    if "\n" in raw:  # a heading or kicker line before it ("ANALYSIS\n\nWhen State Grid …")
        cut = raw.rindex("\n") + 1
        raw, start = raw[cut:], start + cut
    if (stop := _SENTENCE_END_RE.search(raw)) is not None:  # "… on Monday. Verdana Power": a new sentence
        raw, start = raw[stop.end():], start + stop.end()
    if (join := _last_join(raw)) >= 0:
        left = raw[:join]
        right = raw[join + 5:]
        whole = next((i for i in (0, *(k + 1 for k, ch in enumerate(left) if ch == " "))
                      if any(e.kind in (COMPANY, INTERNATIONAL_ORGANIZATION)
                             for e, _ in _lookup(orgnames.split_legal_form(raw[i:])[0]))), None)
        if whole is not None:  # "Kenya Power and Lighting Company": one known name with "and" inside
            raw, start, left = raw[whole:], start + whole, ""
        owner = _POSSESSIVE_RE.match(raw)
        acronym = _ACRONYM_NEAR_RE.match(doc.text, start + len(raw))  # after the name's suffix, if any
        if not left or right and left.split()[-1] in _PORTFOLIO_WORD_SET and right.split()[0] in _PORTFOLIO_ANY_WORDS:
            pass  # "Saudi Electricity and Water Company": two trades joined inside one name
        elif acronym and _spelled_by_acronym_after(doc, start + (owner.end() if owner else 0), acronym.start("open")):
            pass  # "National Transmission and Despatch Company (NTDC)": the acronym spells one name
        elif left.split()[0] in _NOT_NAME_WORDS or _is_state_or_demonym(doc, left) or HEAD_ORG_RE.search(left) \
                or _GOVERNMENT_ALONE_RE.fullmatch(left) \
                or _POSSESSIVE_RE.match(right) or re.search(r"\bof\s+\S+$", left) \
                or _stands_alone(doc, left) \
                or _venture_owner(doc, raw, start) \
                or _acronym_spells_right(doc, start + len(raw), left, right):
            cut = join + 5
            raw, start = raw[cut:], start + cut
    m = _POSSESSIVE_RE.match(raw)
    if m and m.end() < len(raw):
        raw, start = raw[m.end():], start + m.end()
    if (m := _NAME_OPENER_RE.match(raw)) and m.end() < len(raw):
        raw, start = raw[m.end():], start + m.end()
    words = raw.split(" ")
    cut = 0
    while cut < len(words) - 1 and (words[cut] in _NOT_NAME_WORDS - _COMPANY_KEEP
                                    or words[cut] in ("of", "for", "With", "By", "From", "Its", "Their")):
        cut += 1
    if words[cut] == "Energy" and len(words) - cut < 3:
        cut += 1  # "Energy Regulatory Commission" is a name; "the Energy Union" is a policy
    kept = " ".join(words[cut:])
    return kept, start + len(raw) - len(kept)


# The two trades of a trading house's name ("China National Machinery Import and Export Corporation")
_TRADING_PAIR_RE = re.compile(r"\b(?:Imports?\s+and\s+Exports?|Exports?\s+and\s+Imports?)\b")


def _last_join(raw: str) -> int:
    """The offset of the last " and " in *raw* that may join two names, or -1: not the one of "Import and Export"
    inside a trading house's name."""
    inside = [t.span() for t in _TRADING_PAIR_RE.finditer(raw)]
    return next((a.start() for a in reversed(list(re.finditer(" and ", raw)))
                 if not any(s < a.start() < e for s, e in inside)), -1)


# A full stop that ends a sentence inside a run of capitalised words: not after an initial or
# an abbreviation that names take ("Co.", "Corp.", "Inc.", "St.").
_SENTENCE_END_RE = re.compile(r".*(?<![\s.][A-Z])(?<!\b(?:Co|St|Mt|Dr|Mr|Ms))(?<!\b(?:Inc|Ltd|Mrs))(?<!\bCorp)\.\s+(?=[A-Z])")


def _stands_alone(doc: _Doc, left: str) -> bool:
    """Whether the words before "and" are a whole company name ("Verdana Power and Calix Holdings"):
    a known company, or a name ending in a firm's word, a legal form or an acronym. "Procter and
    Gamble", "Nippon Export and Investment Insurance" stay one name; a state's possessive before it is no part of
    it ("Russia's Gazprom and …")."""
    if (owner := _POSSESSIVE_RE.match(left)) and owner.end() < len(left) and _stands_alone(doc, left[owner.end():]):
        return True
    words = left.split()
    if len(words) < 2 and not _lookup(left):
        # an acronym alone is a whole name ("between JPS and Paradise Park Solar Limited"), and so is one word
        # that ends in a firm's word ("Kasikornbank and Siam Commercial Bank")
        return len(left) >= 2 and left.isupper() and left.isalpha() \
            or len(left) > 7 and re.search(r"[a-z](?:bank|energy|energi|power|petrol)$", left) is not None
    # a firm's word, a legal form or an acronym ("Lanka IOC") ends a whole name, and a legal form written first
    # opens one ("JSC Uzbekneftegaz and Turkish Petroleum Corporation")
    return orgnames.firm_word(words[-1]) or bool(orgnames.split_legal_form(left)[1]) or words[0] in _PREFIX_FORMS \
        or (len(words) > 1 and len(words[-1]) > 1 and words[-1].isupper() and words[-1].isalpha()) or any(
        e.kind in (COMPANY, INTERNATIONAL_ORGANIZATION) for e, _ in _lookup(left)) \
        or _parent_and_region(words)


# The words that end a listed firm's unit named by where it works ("ExxonMobil LNG Asia Pacific")
_REGION_END_WORDS = frozenset({"Pacific", "Asia", "Europe", "Africa", "Americas", "America", "International", "Overseas",
                               "Caspian", "Mediterranean", "Atlantic", "Gulf", "Arabia"})


def _parent_and_region(words: list[str]) -> bool:
    """A listed firm's name, then the state or region its unit works in: "Shell Energy Australia",
    "Chevron Nigeria", "ExxonMobil LNG Asia Pacific"."""
    if len(words) < 2 or words[-1] in _REGION_END_WORDS and _opened_by_listed_firm(words, 1):
        return len(words) >= 2
    # the state may take several words ("Sasol South Africa"), and so may the firm ("Air Liquide Large Industries")
    return any(any(e.kind == STATE and how == "name" for e, how in _lookup(" ".join(words[-k:])))
               and _opened_by_listed_firm(words, len(words) - k) for k in range(1, min(3, len(words) - 1) + 1))


def _opened_by_listed_firm(words: list[str], most: int) -> bool:
    """Whether the first one to *most* of *words* are a listed company's name."""
    return any(any(e.kind == COMPANY for e, _ in _lookup(" ".join(words[:j]))) for j in range(1, most + 1))


def _longest_known(doc: _Doc, start: int, end: int, kinds=(COMPANY, INTERNATIONAL_ORGANIZATION)):
    """The longest gazetteer organization (of *kinds*) starting at *start* and covering at least up to *end*."""
    tokens = [m for m in TOKEN_RE.finditer(doc.text, start, min(len(doc.text), end + 60))]
    best = None
    for tok in tokens:
        if tok.end() < end:
            continue
        for entry in [e for e, _ in _lookup(doc.text[start:tok.end()])]:
            if entry.kind in kinds:
                best = (entry, tok.end())
    return best


def _known_from_before(doc: _Doc, start: int, end: int):
    """A listed body's name that ends at *end* and opens a few words before *start*, across the commas a
    name may hold ("Japan Oil, Gas and Metals National Corp."): (entry, its start), or None."""
    for tok in TOKEN_RE.finditer(doc.text, max(0, start - 40), start):
        if tok.group(0)[:1].isupper() and doc.free(tok.start(), start):
            for entry in [e for e, _ in _lookup(doc.text[tok.start():end])]:
                if entry.kind in _ORGANIZATION_KINDS:
                    return entry, tok.start()
    return None


# Legal suffixes first, so "X Ventures LLC" is found whole before "X Ventures".
_LEGAL_AFTER_RE = re.compile(rf"(?:,?\s+)(?:{_LEGAL})(?![\w])")  # ", Ltd", " S.A." after a name
_SUFFIX_FINDERS = (_LEGAL_AFTER_RE, re.compile(rf"\s+{_PROPER}\b"))


def _anchored(pattern: re.Pattern, anchors: re.Pattern, text: str, before: int, after: int):
    """Matches of a costly *pattern* around the cheap *anchors* only (each match once)."""
    seen = set()
    for a in anchors.finditer(text):
        for m in pattern.finditer(text, max(0, a.start() - before), min(len(text), a.end() + after)):
            if m.start() <= a.start() and m.end() >= a.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


# A line holding only a short phrase, and the words such headings of a press release are made of
_HEADING_LINE_RE = re.compile(r"[ \t]*(?:[\w'’&-]+[ \t]+){0,4}[\w'’&-]+[ \t]*")
_HEADING_WORDS = frozenset({"additional", "more", "further", "related", "media", "press", "investor", "investors",
                            "contact", "contacts", "relations", "information", "notes", "editors", "useful", "other",
                            "key", "about", "background", "resources", "links", "downloads", "enquiries", "inquiries"})


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _title_follows(text: str, pos: int) -> bool:
    """A title (:data:`TITLE_RE`) follows *pos* after a space: "… Group| President and CEO"."""
    gap = re.match(r"[ \t]+", text[pos:pos + 4])
    return gap is not None and TITLE_RE.match(text, pos + gap.end()) is not None


# A full stop after a word of four letters or more in lower case ends a sentence, not an abbreviation ("Ltd.")
_SENTENCE_STOP_RE = re.compile(r"(?<=[a-zà-ÿ]{4})\.$")


# A firm's name in quotation marks after its legal form, as the post-Soviet states write it ("JSC \"Uzkimyosanoat\"",
# "LLC «Karabakh Solar»"): the name inside the marks
_QUOTED_FIRM_RE = re.compile(r"\b(?:JSC|OJSC|CJSC|PJSC|OAO|ZAO|AO|LLC|JV|SE|JSCB|SUE|FSUE|TOO|NC)[ \t]+[\"“«„]"
                             r"(?P<name>[A-Z][^\"”»“\n]{1,80}?)[\"”»“]")


# A consortium named by its members' joined names ("the Lindsayca-CH4 consortium", "the SCD consortium")
_NAMED_CONSORTIUM_RE = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w&.]*(?:[-–][A-Z0-9][\w&.]*)*)[ \t]+"
                                  r"(?P<noun>consortium|joint[ \t]+venture)\b")


# A legal form written before the name, as in the former Soviet states ("OJSC Rogun", "JSC Kazakh Invest") and
# Indonesia ("PT Pertamina Power Indonesia")
_PREFIX_FORMS = ("OJSC", "PJSC", "CJSC", "JSC", "OAO", "PAO", "ZAO", "LLC", "LLP", "TOO", "PT", "S.N.", "S.C.")
# (forms a firm is known without: "PT Pertamina" is Pertamina; Romania's "S.N. Nuclearelectrica" is Nuclearelectrica)
_DROPPED_PREFIX_FORMS = ("PT", "S.N.", "S.C.")
# (the same forms spelled out: "Open Joint Stock Holding Company Barqi Tojik", known as Barqi Tojik)
_SPELLED_PREFIX_FORM = (r"(?:(?:Open|Closed|Public|Private|State)\s+)?Joint[- ]Stock\s+(?:Holding\s+)?Company|"
                        r"Limited\s+Liability\s+(?:Partnership|Company)")
_SPELLED_PREFIX_FORM_RE = re.compile(_SPELLED_PREFIX_FORM)
_PREFIXED_COMPANY_RE = re.compile(rf"\b(?P<form>{'|'.join(map(re.escape, _PREFIX_FORMS))}|{_SPELLED_PREFIX_FORM})\s+"
                                  r"(?P<name>[\"“]?[A-Z][\w'’&.-]*"
                                  r"(?:(?:\s+of)?[ -](?!(?:and|of|the)\b)[A-Z][\w'’&.-]*){0,4}[\"”]?)")


def _prefixed_companies(doc: _Doc) -> None:
    """Firms named with their legal form first ("OJSC Rogun signed …"): the whole name, a company."""
    hinted = any(w in doc.text for w in ("SC ", "AO ", "LLC ", "LLP ", "TOO ", "PT ", "S.N. ", "S.C. ", "Stock ",
                                         "Liability"))
    for m in _PREFIXED_COMPANY_RE.finditer(doc.text) if hinted else ():
        start, end = m.span()
        if not doc.free(start, end) or any(e.kind in (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION)
                                           for e, _ in _lookup(m.group("name").strip("\"“”"))):
            continue  # a firm the lists know is found by its name ("PJSC Gazprom Neft")
        name = m.group("name")
        if cut := re.search(r"\.\s", name):  # the sentence ends inside ("… with PT Pertamina Power Indonesia. The")
            name = name[:cut.start()]
            end = m.start("name") + cut.start()
        elif name.endswith(".") and not re.search(r"(?:\.[A-Za-z]+|\b(?:Co|Bhd|Inc|Ltd|Corp|Tbk|[A-Z]))\.$", name):
            name, end = name[:-1], end - 1  # … and so does the paragraph ("… PT Medco Power Indonesia.\n\nSeparately")
        name = name.strip(chr(34) + "“”")
        # (an Indonesian firm goes by its name without "PT", as the rest of the text and the lists name it)
        spelled = " " in m.group("form")
        label = name if m.group("form") in _DROPPED_PREFIX_FORMS or spelled else f"{m.group('form')} {name}"
        ent = doc.entity(f"organization/{slug(label)}", COMPANY, label)
        if spelled:
            ent.alt_labels.add(f"{' '.join(m.group('form').split())} {name}")
        doc.add(start, end, ent.key, "name")
        if " " in name:  # named again without its form ("Pertamina Power Indonesia President Director …")
            ent.alt_labels.add(name)
            for s_start, s_end, _ in find_words(doc.text, [name]):
                if doc.free(s_start, s_end):
                    doc.add(s_start, s_end, ent.key, "name")


# A firm's name written in capitals, with its legal form, as releases from Japan or Egypt write it ("RED SEA WIND
# ENERGY S.A.E."): the name as written, a company
# (the legal forms of the maintained list, and those it writes only otherwise: "S.A.E.", "LIMITED", "Corporation")
_CAPITALISED_FIRM_RE = re.compile(r"\b(?P<name>[A-Z][A-Z&'’-]+(?:[ \t]+[A-Z][A-Z&'’-]+){1,5})[ \t]+"
                                  rf"(?P<form>S\.A\.E\.|LIMITED|plc|CORPORATION|Corporation|{orgnames.legal_pattern()})(?![\w])")


def _capitalised_firms(doc: _Doc) -> None:
    """Firms named in capitals before their legal form ("RED SEA WIND ENERGY S.A.E."), the lists aside."""
    for m in _CAPITALISED_FIRM_RE.finditer(doc.text) if re.search(r"[A-Z]{3,}[ \t]+[A-Z]{3,}", doc.text) else ():
        if not doc.free(m.start(), m.end()) or _lookup(m.group("name")) \
                or all(w in _PERSON_STOP or len(w) < 3 for w in m.group("name").split()):
            continue
        label = " ".join(m.group(0).split())
        ent = doc.entity(f"organization/{slug(label)}", COMPANY, label)
        ent.alt_labels.add(" ".join(m.group("name").split()))
        doc.add(m.start(), m.end(), ent.key, "name")
        short = re.match(r"[ \t]*\((?P<short>[A-Z][A-Z&'’ -]{1,24}[A-Z])\)", doc.text[m.end():])
        if short is not None:  # "(RED SEA)": the short form it goes by, wherever the text uses it
            form = short.group("short")
            ent.alt_labels.add(form)
            for s_start, s_end, _ in find_words(doc.text, [form]):
                if doc.free(s_start, s_end):
                    doc.add(s_start, s_end, ent.key, "short")


# "Churchill Falls (Labrador) Corporation", "Chevron (Nigeria) Limited": a region in brackets inside a firm's name,
# before the head noun or legal form that ends it (a company's form in brackets, "(Private) Limited", is read with the
# legal forms)
_REGION_IN_NAME_RE = re.compile(rf"(?<![\w&.'’-])(?P<name>(?:[A-Z][\w&.'’-]*[ \t]+){{1,4}}\((?P<region>[A-Z][a-z]+"
                                rf"(?:[ \t][A-Z][a-z]+)?)\)[ \t]+(?:[A-Z][\w&.-]*[ \t]+){{0,2}}?"
                                rf"(?:Corporation|Company|Corp\.?|Co\.|{orgnames.legal_pattern()}))(?![\w])")


def _firms_with_a_region_in_brackets(doc: _Doc) -> None:
    """Firms whose names hold a region in brackets (see :data:`_REGION_IN_NAME_RE`), named whole."""
    for m in _REGION_IN_NAME_RE.finditer(doc.text) if "(" in doc.text else ():
        if not doc.free(m.start(), m.end()) or orgnames.split_legal_form("Name " + m.group("region"))[0] == "Name":
            continue
        label = " ".join(m.group("name").split())
        ent = doc.entity(f"organization/{slug(label)}", COMPANY, label)
        doc.add(m.start(), m.end(), ent.key, "name")


@functools.lru_cache(maxsize=1)
def _places_with_and_re() -> re.Pattern | None:
    """The first-level units whose names hold "and" ("Newfoundland and Labrador", "Jammu and Kashmir"), as a
    pattern for a firm named after one: the unit's name, then capitalised words."""
    names = sorted({p.label for p in geography.subdivisions() if " and " in p.label and p.label.isascii()},
                   key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?P<place>" + "|".join(map(re.escape, names)) + r")(?P<rest>(?:[ \t]+[A-Z][\w&-]*){1,3})")


def _firms_named_after_places_with_and(doc: _Doc) -> None:
    """A firm named after a unit whose name holds "and" ("Newfoundland and Labrador Hydro"): one company, not
    a place and another firm."""
    regex = _places_with_and_re() if " and " in doc.text else None
    for m in regex.finditer(doc.text) if regex is not None else ():
        words = m.group("rest").split()
        if not orgnames.firm_word(words[-1]) and not orgnames.split_legal_form(m.group(0))[1] \
                or not doc.free(m.start(), m.end()):
            continue
        label = " ".join(m.group(0).split())
        doc.entity(f"organization/{slug(label)}", COMPANY, label)
        doc.add(m.start(), m.end(), f"organization/{slug(label)}", "name")
        doc.named_after_place.add(f"organization/{slug(label)}")  # ("Newfoundland" alone is no short form of it)


def _named_consortia(doc: _Doc) -> None:
    """A consortium or venture named by a word of capitals and hyphens that is no known name ("the Lindsayca-CH4
    consortium"): a company, named with its noun as the text writes it."""
    for m in _NAMED_CONSORTIUM_RE.finditer(doc.text) if "onsortium" in doc.text or "venture" in doc.text else ():
        name = m.group("name")
        start, end = m.start("name"), m.end("noun")
        if not doc.free(start, end) or any(_lookup(part) for part in re.split(r"[-–]", name)) \
                or re.search(r"-(?:led|owned|backed|based)$", name) \
                or (not re.search(r"[-–\d]", name) and not name.isupper()):
            continue  # known firms' consortium ("Africa50–POWERGRID"), "the ExxonMobil-led consortium", "the Chinese …"
        label = f"{name} {' '.join(m.group('noun').split())}"
        ent = doc.entity(f"organization/{slug(label)}", COMPANY, label)
        ent.alt_labels.add(name)  # ("the Ulba-TVS joint venture" is Ulba-TVS)
        doc.add(start, end, ent.key, "name")


# "the Total-led joint venture": the firm that leads a venture, named before "-led"
_VENTURE_LEADER_RE = re.compile(r"\b(?P<name>[A-Z][\w&.]*(?:[ \t]+[A-Z][\w&.]*){0,2})-led[ \t]+"
                                r"(?:joint[ \t]+venture|consortium|venture)\b")


def _leaders_of_consortia(doc: _Doc) -> None:
    """A name in no list that leads a joint venture or consortium ("the Total-led joint venture, which includes
    ExxonMobil"): a company (a state leads none; "US-led" names a state and is read as one)."""
    for m in _VENTURE_LEADER_RE.finditer(doc.text) if "-led" in doc.text else ():
        start, end = m.span("name")
        name = m.group("name")
        if not doc.free(start, end) or _lookup(name) or any(w in _PERSON_STOP for w in name.split()) \
                or re.fullmatch(r"[A-Z]{1,3}", name):
            continue
        ent = doc.entity(f"organization/{slug(name)}", COMPANY, name)
        doc.add(start, end, ent.key, "name")


def _quoted_firms(doc: _Doc) -> None:
    """Firms named in quotation marks after their legal form (:data:`_QUOTED_FIRM_RE`): a listed company when
    the gazetteer knows the name, else a company of the state its name holds."""
    for m in _QUOTED_FIRM_RE.finditer(doc.text) if '"' in doc.text or "«" in doc.text or "“" in doc.text else ():
        start, end = m.span("name")
        if not doc.free(start, end):
            continue
        name = " ".join(m.group("name").split())
        known = next((e for e, _ in _lookup(name) if e.kind in (COMPANY, GOVERNMENT_BODY)), None)
        if known is not None:
            doc.add(start, end, doc.from_gazetteer(known).key, "name")
            continue
        iso = next((x for x in map(lambda w: _state_of(doc, w), re.findall(r"[A-Z][\w'’-]+", name)) if x), None)
        doc.add(start, end, doc.entity(f"organization/{slug(name)}", COMPANY, name, country=iso).key, "name")


# A firm named by trade words alone ("the State Corporation"): a report's word for a firm, no name
_TRADE_WORDS_ALONE_RE = re.compile(r"(?:State|National|Public|General|Federal|Central|Transmission|Power|Electricity|"
                                   r"Energy|Gas|Oil)\s+(?:Company|Corporation|Group)")


# Words that only say a firm is a corporation, no name of their own ("Group Corporation", "Holdings Ltd")
_CORPORATE_WORDS_RE = re.compile(r"(?:(?:Group|Holdings?|Corporation|Corp\.?|Company|Co\.?|Limited|Ltd\.?|Inc\.?|"
                                 r"International|PLC|Plc|LLC|SA|AG)\s*)+")


_MINISTRY_AFTER_RE = re.compile(r"[ \t]+Ministry\b")
# A firm's board, named in a title ("Chairman of the Board", "Member of the Executive Board of X")
_BOARD = r"(?:Management\s+|Executive\s+|Supervisory\s+)?Board(?:\s+of\s+Directors)?\b"
_BOARD_RE = re.compile(_BOARD)
# … before a firm's name: the board is an office's, the firm the name after it
_BOARD_OF_RE = re.compile(rf"{_BOARD}\s+of\s+(?:the\s+)?")


# A firm's head word, then "for" and another name: two firms, not one ("Corporation for Coal Power Generation
# Company …"); the names of bodies with "for" ("Agency for …") have no firm's head before it
_FIRM_FOR_FIRM_RE = re.compile(rf"\b[A-Z][\w'’&.-]*\s+(?:{_PROPER}|Corp\.?|Co\.?|Inc\.?|Ltd\.?)\s+for\s+(?=[A-Z])")


def _companies(doc: _Doc) -> None:
    spelled_forms = [m.span() for m in _SPELLED_PREFIX_FORM_RE.finditer(doc.text)] if "Company" in doc.text else []
    for m in (m for finder in _SUFFIX_FINDERS for m in _anchored(COMPANY_RE, finder, doc.text, 160, 0)):
        group = "name" if m.group("name") else "pname"
        if owner := _venture_owner(doc, m.group(group), m.start(group)):
            _add_company(doc, *owner)  # "a joint venture of Enwind and Tallis Holdings": Enwind is one owner
        name, start = _company_name(doc, m.group(group), m.start(group))
        if group == "name" and (other := _FIRM_FOR_FIRM_RE.search(name)) is not None:
            # "built by Sumitomo Corporation for Coal Power Generation Company Bangladesh Limited": a firm's name
            # ends at its head word; the firm after "for" is its client
            name, start = name[other.end():], start + other.end()
        if (board := _BOARD_OF_RE.match(doc.text, start, m.end(group))) is not None:
            name, start = doc.text[board.end():m.end(group)], board.end()  # "Member of the Executive Board of X SE"
        if title := _LEADING_TITLE_RE.match(doc.text, start, m.end(group)):
            name, start = doc.text[title.end():m.end(group)], title.end()  # "Chief Executive Officer of X Ltd"
        elif _LEADING_TITLE_RE.match(doc.text, start, m.end(group)) is None \
                and (titles := list(_LEADING_TITLE_RE.finditer(doc.text, start, m.end(group)))) \
                and (_TITLE_OPENS_RE.match(doc.text, start, titles[-1].start())
                     or re.search(r"\sand\s+$", doc.text[start:titles[-1].start()])):
            # "Managing Director PPIB Tariq Mehmood Qureshi and Chief Executive Officer of Kohala Hydro Company": the
            # officers listed before the last one's firm are people, not a firm's words
            name, start = doc.text[titles[-1].end():m.end(group)], titles[-1].end()
        end = m.end()
        if not doc.free(start, end) or len(name) < 2 or not name[:1].isupper():
            continue
        if (romance := ROMANCE_ORG_RE.match(doc.text, start)) is not None and romance.end("name") > end:
            continue  # "Société Tunisienne de l'Électricité et du Gaz": read whole, head first, with its link words
        if _PORTFOLIO_BEFORE_RE.search(doc.text, max(0, start - 40), start) or _MINISTRY_AFTER_RE.match(doc.text, end):
            continue  # "Ministry of Strategic Industries", "the State-Owned Enterprises Ministry": a portfolio
        known = _longest_known(doc, start, m.end(group), _ORGANIZATION_KINDS)
        if known is None and (earlier := _known_from_before(doc, start, end)) is not None:
            entry, start = earlier  # a listed name that opens before: "Japan Oil, Gas and Metals National Corp."
            if doc.free(start, end):
                doc.add(start, end, doc.from_gazetteer(entry).key, "name")
            continue
        if known:
            entry, end = known
            ent = doc.from_gazetteer(entry)
            doc.add(start, end, ent.key, "name")
            continue
        full = " ".join(doc.text[start:end].split())
        base = name if group == "name" else full
        if any(a <= start < b for a, b in spelled_forms):
            continue  # "Open Joint Stock Holding Company" before a name: the legal form of the firm named next
        if _CORPORATE_WORDS_RE.fullmatch(full):
            # "China North Industries Group Corporation": the listed name before goes on with its corporate words
            before = doc.span_ending(start - 1) if start >= 2 and doc.text[start - 1] == " " else None
            if before is not None and before.end == start - 1 and before.key.startswith("organization/"):
                doc.facts.entities[before.key].alt_labels.add(" ".join(doc.text[before.start:end].split()))
                doc.claimed[start:end] = b"\x01" * (end - start)
                before.end = end
            continue
        if _is_state_or_demonym(doc, base) or base in _NOT_NAME_WORDS or orgnames.an_office(base) \
                or " " not in base and base in orgnames.HEAD_KINDS \
                or re.fullmatch(rf"(?:(?:{_PORTFOLIO_WORDS}|Enterprises|and)\s+)*(?:{_PORTFOLIO_WORDS}|Enterprises)", base) \
                and re.match(r"\s+(?:Minister|Secretary)\b", doc.text[end:]) \
                or _TRADE_WORDS_ALONE_RE.fullmatch(base) \
                and not re.match(r"\s+of\s+(?:the\s+)?[A-Z]", doc.text[end:]):  # ("Electricity Company of Ghana")
            continue  # ("The Company has distributed …", "with the support of the State Corporation": a release's or
            # a report's word for a firm, no name)
        known = [e for e in [e for e, _ in _lookup(base)] if e.kind in (COMPANY, INTERNATIONAL_ORGANIZATION)]
        of_state = None if known or group != "pname" else _generic_firm_of_state(doc, base, end)
        if of_state is not None:  # "the National Electric Grid of Kyrgyzstan": the state completes the name
            state, s_start, s_end = of_state
            # ("State Oil Company of the Azerbaijan Republic": the state's word for itself ends the name)
            end = s_end + (len(" Republic") if re.match(r" Republic\b(?!\s+of\b)", doc.text[s_end:]) else 0)
            base = " ".join(doc.text[start:end].split())
            ent = doc.entity(f"organization/{slug(base)}", COMPANY, base, country=state.iso3)
            doc.add(start, end, ent.key, "name")
            doc.claimed[s_start:s_end] = b"\x00" * (s_end - s_start)
            doc.from_gazetteer(state)
            doc.add(s_start, s_end, state.key, "name")  # and it names the state too
            continue
        if not known and (unit := _unit_state_after(doc, base, end)) is not None:
            # "Air Liquide Large Industries South Africa": a listed parent's unit, named with the state it works in
            state, end = unit
            base = " ".join(doc.text[start:end].split())
            doc.claimed[start:end] = b"\x00" * (end - start)
            doc.spans = [x for x in doc.spans if not (start <= x.start and x.end <= end)]
            doc.add(start, end, doc.entity(f"organization/{slug(base)}", COMPANY, base, country=state.iso3).key, "name")
            continue
        if not known and (whole := _longer_body_named(doc, base, start)) is not None:
            doc.add(start, end, whole, "short", surface=False)  # "the Bank Group" after "African Development Bank Group"
            continue
        if not known and all(w in _GENERIC_FIRM_WORDS for w in base.split()) \
                and (state := _state_before_possessive(doc, start)) is not None:
            # "Trinidad and Tobago's National Gas Company": the listed firm named "… of Trinidad and Tobago"
            known = [e for e, _ in _lookup(f"{base} of {state.label}") if e.kind == COMPANY]
        ent = doc.from_gazetteer(known[0]) if known else doc.entity(f"organization/{slug(base)}", COMPANY, base)
        doc.add(start, end, ent.key, "name")
        if base != ent.label:
            ent.alt_labels.add(base)
    foreign = any(w in doc.text for w in _FOREIGN_COMPANY_WORDS)
    for m in _anchored(FOREIGN_COMPANY_RE, _FOREIGN_COMPANY_FIND_RE, doc.text, 0, 120) if foreign else ():
        start, end = m.span("name")
        if not doc.free(start, end) or len(m.group("name").split()) < 2 or orgnames.an_office(m.group("name")):
            continue
        if (romance := ROMANCE_ORG_RE.match(doc.text, start)) is not None and romance.end("name") > end:
            continue  # read whole, head first, by _romance_organizations
        if _SENTENCE_STOP_RE.search(doc.text, start, end):
            end -= 1  # "… with Empresa Nacional de Electricidad.": the sentence's full stop, no abbreviation's
        name = " ".join(doc.text[start:end].split())
        owner = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$", doc.text[max(0, start - 40):start])
        ent = doc.entity(f"organization/{slug(name)}", COMPANY, name, country=_state_of(doc, owner.group(1)) if owner else None)
        doc.add(start, end, ent.key, "name")


# Words of a firm's name that say what it does, not which firm it is: such a name needs the state after it
_GENERIC_FIRM_WORDS = {w for w in orgnames.HEAD_KINDS if orgnames.firm_word(w)} | {"National", "State", "Public", "General", "Federal", "Central",
                                                "United", "Electric", "Electricity", "and", "&", "Development",
                                                # the trade of a state's firm ("Trinidad and Tobago's National Gas
                                                # Company", "Libya's National Oil Corporation")
                                                "Gas", "Oil", "Petroleum", "Power", "Energy", "Grid", "Water", "Coal",
                                                "Nuclear", "Transmission", "Distribution", "Generation", "Hydrocarbons"}
_OF_STATE_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<state>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")


_STATE_WORDS_AFTER_RE = re.compile(r"[ \t]+(?P<state>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")


def _unit_state_after(doc: _Doc, name: str, end: int):
    """``(state entry, end of its name)`` when a state's name follows a firm's name that a listed company opens
    ("Air Liquide Large Industries" + " South Africa"): the parent's unit in that state, else None."""
    words = name.split()
    if len(words) < 2 or not _opened_by_listed_firm(words, 2):
        return None
    m = _STATE_WORDS_AFTER_RE.match(doc.text, end)
    if m is None:
        return None
    after = m.group("state").split()
    for k in range(len(after), 0, -1):
        states = [e for e, how in _lookup(" ".join(after[:k])) if e.kind == STATE and how == "name"]
        if states:
            stop = m.start("state") + len(" ".join(after[:k]))
            return (states[0], stop) if doc.text[stop:stop + 1] != "'" else None
    return None


def _generic_firm_of_state(doc: _Doc, name: str, end: int):
    """``(state entry, start, end)`` of the state after a firm's name made only of generic words ("National
    Electric Grid" + " of Kyrgyzstan", "Electricity Company" + " of Ghana"), else None."""
    if not all(w in _GENERIC_FIRM_WORDS for w in name.split()):
        return None
    m = _OF_STATE_AFTER_RE.match(doc.text, end)
    if m is None:
        return None
    words = m.group("state").split()
    for n in range(len(words), 0, -1):  # "of the Republic of Kestria" is not read; "of South Africa" is
        state = next((e for e, how in _lookup(" ".join(words[:n])) if e.kind == STATE and how in ("name", "alt")), None)
        if state is not None:
            s_start = m.start("state")
            return state, s_start, s_start + len(" ".join(words[:n]))
    return None


def _state_acronyms(doc: _Doc) -> None:
    """Unknown acronyms a state owns ("Mauritania's SMH"): its companies."""
    for m in _anchored(STATE_ACRONYM_RE, _STATE_ACRONYM_FIND_RE, doc.text, 40, 8):
        iso = _state_of(doc, m.group("state"))
        start, end = m.span("acr")
        if iso and doc.free(start, end) and not _lookup(m.group("acr")) and m.group("acr") not in _TITLE_ACRONYMS:
            ent = doc.entity(f"organization/{slug(m.group('acr'))}", COMPANY, m.group("acr"), country=iso)
            doc.add(start, end, ent.key, "name")


def _is_state_or_demonym(doc: _Doc, text: str) -> bool:
    # (a state's code written as its short name too: "PNG" of "PNG Power" is Papua New Guinea)
    return any(e.kind == STATE or how == "capital" for e, how in _lookup(text)) \
        or len(text) == 3 and text.isupper() and doc.gaz.resolve_iso3(text) is not None


# "Germany's economy ministry", "the Turkish energy ministry": a state's ministry described, not named
_LOWER_PORTFOLIO = "|".join(sorted({w.lower() for w in _PORTFOLIO_WORDS.split("|") if " " not in w}, key=len,
                                   reverse=True))
# A portfolio in lower case, of one or two words ("energy", "mines and energy")
_LOWER_TOPIC = rf"(?:{_LOWER_PORTFOLIO})(?:[ \t]+and[ \t]+(?:{_LOWER_PORTFOLIO}))?"
# Portfolios of other news than energy's: their ministries named in lower case are no body of the graph's
_OFF_ENERGY_PORTFOLIOS = ("foreign", "finance", "interior", "defence", "defense", "justice", "health", "education")
_DESCRIBED_MINISTRY_RE = re.compile(
    rf"\b(?P<owner>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?P<s>['’]s)?[ \t]+"
    rf"(?P<topic>{_LOWER_TOPIC})[ \t]+ministry\b")


# A ministry named in lower case without its state ("the energy ministry said", "the country's ministry of
# energy", "the federal ministry of power"): the report's main state's
_DEFINITE_MINISTRY_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts)[ \t]+(?:(?:country|nation|government|kingdom|republic)['’]s[ \t]+)?"
    rf"(?:(?:federal|national|state|union)[ \t]+)?(?:(?P<topic>{_LOWER_TOPIC})"
    rf"[ \t]+ministry|ministry[ \t]+of[ \t]+(?P<topic2>{_LOWER_TOPIC}))\b"
    r"(?![ \t]+(?:of|for)[ \t]+[A-Z])")


def _definite_ministries(doc: _Doc, dateline_state: str | None) -> None:
    """A portfolio's ministry named in lower case with no state ("the energy ministry said"): the ministry of
    the state the report is about (its dateline's, else the one it names most)."""
    main = None
    for m in _DEFINITE_MINISTRY_RE.finditer(doc.text) if "inistry" in doc.text else ():
        if not doc.free(m.start(), m.end()):
            continue
        main = main or _main_state(doc, dateline_state)
        if main is None:
            return
        topic = " ".join((m.group("topic") or m.group("topic2")).split())
        if topic in _OFF_ENERGY_PORTFOLIOS:
            continue  # a ministry of energy news, not any ministry
        ent = _portfolio_ministry(doc, topic, main)
        # the name the description stands for, as for a bare one
        ent.alt_labels.add(ent.label.removesuffix(f" of {doc.gaz.state(main).label}"))
        doc.add(m.start() + m.group(0).index(" ") + 1, m.end(), ent.key, "short", surface=False)  # (a description, no name)


def _portfolio_ministry(doc: _Doc, topic: str, iso: str):
    """The ministry of a portfolio written in lower case ("energy", "oil and gas") of the state *iso*."""
    # "the energy ministry" in a report that names the "Ministry of Petroleum, Mines and Energy": that one, when
    # it is the one ministry of the state (or of no named state) whose portfolio holds the word
    words = set(topic.lower().split()) - {"and", "of", "the"}
    topic = _MINISTRY_TOPIC.get(topic.capitalize(), topic.title().replace(" And ", " and "))
    label = f"Ministry of {topic} of {doc.gaz.state(iso).label}"
    named = [e for e in doc.facts.entities.values() if e.kind == GOVERNMENT_BODY and e.country in (iso, None)
             and e.label != label and re.match(r"Ministry\s+(?:of|for)\s", e.label)
             and words <= set(re.findall(r"[a-z]+", e.label.lower()))]
    if len(named) == 1:
        return named[0]
    return doc.entity(f"organization/{slug(label)}", GOVERNMENT_BODY, label, country=iso)


def _described_ministries(doc: _Doc) -> None:
    for m in _DESCRIBED_MINISTRY_RE.finditer(doc.text) if "ministry" in doc.text else ():
        owner = m.group("owner")
        iso = _state_of(doc, owner) or _state_of(doc, owner.split()[-1])
        if iso is None or not doc.free(m.start(), m.end()):
            continue
        state = doc.gaz.state(iso)
        start = m.start() if _state_of(doc, owner) else m.start() + owner.rindex(" ") + 1
        ent = _portfolio_ministry(doc, " ".join(m.group("topic").split()), iso)
        doc.add(start, m.end(), ent.key, "name")
        doc.from_gazetteer(state)  # the state is mentioned too
        doc.spans.append(_Span(start, m.start("s") if m.group("s") else m.end("owner"), state.key, "name"))


# Two states' ministries of one portfolio named together: "the Colombian and Brazilian mines and energy
# ministries", "the energy ministries of Peru and Chile"
_COORDINATED_MINISTRIES_RE = re.compile(
    rf"\b(?P<first>[A-Z][\w'’-]+)(?:['’]s)?[ \t]+and[ \t]+(?P<second>[A-Z][\w'’-]+)(?:['’]s)?[ \t]+"
    rf"(?P<topic>{_LOWER_TOPIC})[ \t]+ministries\b"
    rf"|\b(?P<topic2>{_LOWER_TOPIC})[ \t]+ministries[ \t]+of[ \t]+(?P<first2>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    rf"[ \t]+and[ \t]+(?:of[ \t]+)?(?P<second2>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)\b")


def _coordinated_ministries(doc: _Doc) -> None:
    """Two states' ministries of one portfolio named in one phrase: each is a ministry of its state (the first
    takes the first state's words, the second the rest), so that the two read as a list of two bodies."""
    for m in _COORDINATED_MINISTRIES_RE.finditer(doc.text) if "ministries" in doc.text else ():
        second = "second" if m.group("second") else "second2"
        first = "first" if m.group("first") else "first2"
        isos = _state_of(doc, m.group(first)), _state_of(doc, m.group(second))
        if None in isos or isos[0] == isos[1] or not doc.free(m.start(), m.end()):
            continue
        topic = " ".join((m.group("topic") or m.group("topic2")).split())
        if topic in _OFF_ENERGY_PORTFOLIOS:
            continue  # a ministry of energy news, not any ministry
        spans = ((m.start(), m.end(first)), (m.start(second), m.end())) if first == "first" else \
            ((m.start(), m.end(first)), (m.start(second), m.end(second)))
        for (start, end), iso, group in zip(spans, isos, (first, second)):
            ent = _portfolio_ministry(doc, topic, iso)
            doc.add(start, end, ent.key, "name")
            if m.span(group) != (start, end):  # the states are mentioned too, inside a body's name
                state = doc.gaz.state(iso)
                doc.from_gazetteer(state)
                doc.spans.append(_Span(*m.span(group), state.key, "name"))


def _state_of(doc: _Doc, text: str | None) -> str | None:
    """The state *text* names ("Uzbekistan", "Uzbek", "Uzbekistan's"), if any."""
    if not text:
        return None
    for form in (text, text[:-2]) if text.endswith(("'s", "’s")) else (text,):
        for e, how in _lookup(form):
            if e.kind == STATE:
                return e.iso3
    return None


def _state_token_counts(doc: _Doc) -> Counter:
    """How often each state is named in the text, word by word (names, people's words, possessives): read once a
    document, for the passes that need the story's main states."""
    if doc._state_tokens is None:
        # (a name of several words counts once, as a whole: "Solomon Islands", "South Korea's")
        tokens = [m for m in TOKEN_RE.finditer(doc.text)]
        counts: Counter = Counter()
        i = 0
        while i < len(tokens):
            if not tokens[i].group(0)[:1].isupper():
                i += 1
                continue
            for width in (3, 2, 1):
                last = tokens[min(i + width, len(tokens)) - 1]
                if width > 1 and (i + width > len(tokens) or not last.group(0)[:1].isupper()
                                  or not re.fullmatch(r"[\w'’.-]+(?:\s+[\w'’.-]+)*", doc.text[tokens[i].start():last.end()])):
                    continue
                if (iso := _state_of(doc, doc.text[tokens[i].start():last.end()])) is not None:
                    counts[iso] += 1
                    i += width
                    break
            else:
                i += 1
        doc._state_tokens = counts
    return doc._state_tokens


def _main_state(doc: _Doc, dateline_state: str | None) -> str | None:
    if dateline_state:
        return dateline_state
    counts = _state_token_counts(doc)
    return counts.most_common(1)[0][0] if counts else None


_BODY_QUALIFIERS = {"Federal", "National", "State", "Royal", "Union"}
# A ministry's name as the body writes it, after the state that owns it: "[Germany's ]Federal Ministry for …"
_OWN_NAME_RE = re.compile(rf"(?:\b(?:{'|'.join(_BODY_QUALIFIERS)})\s+)?\b(?:Ministry|Department|State\s+Committee)\s+(?:of|for)\s+"
                          rf"(?:(?!\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z]).)+")


def _minister_state(doc: _Doc, topic: str) -> str | None:
    """The state whose minister of *topic* the text names ("Egypt's Minister of Electricity and Renewable
    Energy", "the Egyptian Minister of …"): the ministry of that portfolio named bare is that state's."""
    found = re.search(rf"\b(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?:Federal\s+)?Minister\s+(?:of|for)\s+"
                      rf"(?:the\s+)?{re.escape(topic)}\b", doc.text) if "Minister" in doc.text else None
    if found is None:
        return None
    owner = found.group("owner")
    # ("the German Federal Minister of …": the people's word is the first of the two words)
    return _state_of(doc, owner) or next((iso for w in reversed(owner.split()) if (iso := _state_of(doc, w))), None)


# "between the Federal Ministry of Power and China's National Energy Administration": the body on the other side
# of "and" is named with its state
_OTHER_SIDE_AFTER_RE = re.compile(r"\s+and\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s?\s+[A-Z]")
_OTHER_SIDE_BEFORE_RE = re.compile(r"\b(?:between|with)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s?"
                                   r"\s+[A-Z][^,;.()]{2,80}?\s+and\s+(?:the\s+)?(?:Federal\s+|National\s+)?$")


def _other_side_s_state(doc: _Doc, start: int, end: int) -> str | None:
    """The state of a ministry named without one whose partner in "A and B" is named with its state, in a story
    about two states: the other of the two ("between the Ministry of Power and China's National Energy
    Administration" in a story about Nigeria and China)."""
    side = _OTHER_SIDE_AFTER_RE.match(doc.text, end) or _OTHER_SIDE_BEFORE_RE.search(doc.text, max(0, start - 120), start)
    other = _state_of(doc, side.group("owner")) if side else None
    if other is None:
        return None
    counts = _state_token_counts(doc)
    ranked = [iso for iso, _ in counts.most_common(3)]
    if other not in ranked[:2] or len(ranked) < 2 or (len(ranked) == 3 and counts[ranked[2]] * 2 > counts[ranked[1]]):
        return None
    return next(iso for iso in ranked[:2] if iso != other)


_ITS_BEFORE_BODY_RE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:(?:Federal|National|State|Royal|Union)\s+)?$")


def _state_its_stands_for(before: str) -> str | None:
    """The state "its" stands for before a body ("Berlin has committed €40m through its Federal Ministry of …"):
    the one this sentence named last as a name or a capital (not a people's word, not a possessive)."""
    before = before[before.rfind(". ") + 1:]
    for w in reversed(list(re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", before))):
        if re.match(r"['’]s\b", before[w.end():w.end() + 2]):
            continue  # "Namibia's partner": whose partner, not the subject
        found = [e for e, how in _lookup(w.group(0)) if e.kind == STATE and how in ("name", "alt")] or \
            [e for e, how in _lookup(w.group(0)) if how == "capital"]
        if found:
            return found[0].iso3 if found[0].kind == STATE else found[0].country
    return None


def _ministries(doc: _Doc, dateline_state: str | None) -> None:
    main = None
    by_topic: dict[str, str] = {}
    found = []
    for m in _anchored(MINISTRY_RE, _MINISTRY_FIND_RE, doc.text, 40, 160):
        if m.group("head"):
            head = " ".join(m.group("head").split())
            topic = " ".join(m.group("topic").split())
            if head == "Secretariat" and re.match(r"[ \t]+[A-Z]", doc.text[m.end("topic"):]):
                continue  # "the Secretariat of the Energy Charter": a body's secretariat, not a state's portfolio
            pre, start = m.group("pre"), m.start("pre")
            if pre and not _state_of(doc, pre) and " " in pre:  # "The Uzbek Ministry": the state is the last word
                first, last = pre.rsplit(" ", 1)
                if last in _BODY_QUALIFIERS and _state_of(doc, first.split()[-1]):  # "Germany's Federal Ministry"
                    start += len(first) - len(first.split()[-1])
                    pre = first.split()[-1]
                else:
                    start += pre.rindex(" ") + 1
                    pre = last
            pre = pre if _state_of(doc, pre) else None
            iso = _state_of(doc, pre) or _state_of(doc, m.group("post"))
            start = start if pre else m.start("head")
            end = m.end("post") if m.group("post") and _state_of(doc, m.group("post")) else m.end("topic")
        else:
            topic = " ".join(m.group("topic2").split())
            head, topic = "Ministry", _MINISTRY_TOPIC.get(topic, topic)
            pre, start = m.group("pre2"), m.start("pre2")
            if pre and re.search(r"['’]s$", pre):
                pre = pre[:-2]  # "Kazakhstan's Energy Ministry"
            if pre and not _state_of(doc, pre) and " " in pre:  # "The Georgian Foreign Ministry"
                start += pre.rindex(" ") + 1
                pre = pre[pre.rindex(" ") + 1:]
            iso = _state_of(doc, pre)
            start = start if iso else m.start("topic2")
            end = m.end()
            if m.group("post2") and not iso:
                iso = _state_of(doc, m.group("post2"))
            if not _state_of(doc, m.group("post2")):
                end = m.end("topic2") + len(" Ministry")
        found.append((start, end, head, topic, iso))
        if iso:
            by_topic.setdefault(topic, iso)
    for start, end, head, topic, iso in found:
        if not doc.free(start, end):
            continue
        if iso is None and _ITS_BEFORE_BODY_RE.search(doc.text, max(0, start - 24), start):
            iso = _state_its_stands_for(doc.text[max(0, start - 160):start])
        if iso is None:
            iso = by_topic.get(topic) or _minister_state(doc, topic) or _other_side_s_state(doc, start, end)
            if iso is None:
                main = main or _main_state(doc, dateline_state)
                iso = main
        state = doc.gaz.state(iso) if iso else None
        label = f"{head} of {topic}" + (f" of {state.label}" if state else "")
        ent = doc.entity(f"organization/{slug(label)}", GOVERNMENT_BODY, label, country=iso)
        # the state named inside ("Azerbaijani …", "… of Azerbaijan") is mentioned too
        inner = doc.text[start:end]
        doc.add(start, end, ent.key, "name")
        own = _OWN_NAME_RE.search(inner)
        if own:
            # "Federal Ministry for Economic Affairs and Climate Action": the body's own name, kept as written
            # (the bare "Ministry of Energy" too: a variant the reader searches by, though many states' share it;
            # identity goes by label and state, never by a variant)
            written = " ".join(own.group(0).split())
            qualifier = re.search(rf"\b({'|'.join(_BODY_QUALIFIERS)})\s+$", doc.text[max(0, start - 10):start]) \
                if own.start() == 0 else None
            ent.alt_labels.add(f"{qualifier.group(1)} {written}" if qualifier else written)
        if state:
            for form in (state.label, *state.alt_labels, *state.demonyms):
                pos = inner.find(form)
                if pos >= 0:
                    doc.from_gazetteer(state)
                    doc.spans.append(_Span(start + pos, start + pos + len(form), state.key, "name"))
                    break


# Hyphens separate tokens here, so "Azerbaijan-China relations" names both states, while
# windows of several tokens still find "Guinea-Bissau" and "Timor-Leste" whole.
_GAZ_TOKEN_RE = re.compile(r"\w+(?:['’.&]\w+)*\+?|[^\w\s]")
_CONTINUATION = {"Overseas", "Investment", "Investments", "International", "Resources", "Holding", "Holdings",
                 "Group", "Energy", "Power", "Renewables", "Renewable", "Green", "Solar", "Wind", "Development",
                 "Engineering", "Construction", "Electric", "Gas", "Oil", "Petroleum", "Trading", "Services",
                 "Capital", "Ventures", "Corporation", "Company", "Limited", "Generation", "Hydro", "Nuclear",
                 "Grid", "Networks", "Transmission", "Infrastructure", "Projects", "Industries", "Technologies",
                 "Energies", "Systems", "Solutions", "EP", "E&P", "Exploration", "Production", "Upstream",
                 "Distribution", "Supply", "Storage", "Fuels", "Offshore", "Shipping", "Trading",
                 # the same in the languages many firms of Latin America and Africa are named in
                 "Inversiones", "Investimentos", "Participaciones", "Participações", "Energía", "Energia",
                 "Renovables", "Renováveis", "Transmisión", "Transmissão", "Generación", "Geração"}


@functools.lru_cache(maxsize=1)
def _lower_styled() -> frozenset[str]:
    """Listed names their owners write in lower case ("bp"): read where a capital would start a name."""
    return frozenset(form for form in gaz_module.load().surface_forms() if form[:1].islower() and " " not in form)


@functools.lru_cache(maxsize=1)
def _first_tokens() -> dict[str, int]:
    """Folded first token of every gazetteer surface form → the most tokens such a form has.

    Only windows that start with one of these are looked up, which keeps the
    matcher linear in the text and cheap per token.
    """
    firsts: dict[str, int] = {}
    for form in gaz_module.load().surface_forms():
        tokens = _GAZ_TOKEN_RE.findall(form)
        if tokens:
            key = gaz_module.fold(tokens[0])
            firsts[key] = max(firsts.get(key, 0), len(tokens))
    return firsts


@functools.lru_cache(maxsize=1)
def _token_prefixes() -> frozenset:
    """Every leading run of folded tokens of every gazetteer surface form."""
    out = set()
    for form in gaz_module.load().surface_forms():
        tokens = tuple(gaz_module.fold(t) for t in _GAZ_TOKEN_RE.findall(form))
        out.update(tokens[:n] for n in range(1, len(tokens) + 1))
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 16)
def _lookup(form: str) -> tuple:
    return tuple(gaz_module.load().lookup_forms(form))


@functools.lru_cache(maxsize=1 << 16)
def _fold_token(token: str) -> str:
    return gaz_module.fold(token)


def _known_from(text: str, tokens, words, k: int, past: int, firsts, claimed) -> bool:
    """Whether a gazetteer name starts at token *k* and ends after offset *past*."""
    width = firsts.get(_fold_token(words[k]), 0) if k < len(words) else 0
    for j in range(min(len(tokens), k + width) - 1, k - 1, -1):
        end = tokens[j].end()
        if end <= past:
            break
        if claimed.find(1, tokens[k].start(), end) < 0 and _lookup(text[tokens[k].start():end]):
            return True
    return False


_AMOUNT_AFTER_RE = re.compile(r"[ \t]?\d")
_AMOUNT_BEFORE_RE = re.compile(r"\d(?:[ \t]+(?:million|billion|bn|mn|trillion|m))?[ \t]+$")


@functools.cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency_amount(text: str, start: int, end: int) -> bool:
    """Whether the capitals at *start*–*end* are an ISO 4217 currency code written with an amount ("PLN 2.9
    billion", "45 million PLN")."""
    return text[start:end] in _currency_codes() and (
        _AMOUNT_AFTER_RE.match(text, end) is not None or _AMOUNT_BEFORE_RE.search(text, max(0, start - 20), start) is not None)


_CONTINENT_AND_THE_RE = re.compile(r"\b(?:Asia|Europe|Africa|the\s+Americas|Latin\s+America)\s+and\s+the\s+$")


def _gazetteer(doc: _Doc) -> None:
    text = doc.text
    tokens = list(_GAZ_TOKEN_RE.finditer(text))
    firsts = _first_tokens()
    prefixes = _token_prefixes()
    words = _GAZ_TOKEN_RE.findall(text)
    claimed = doc.claimed  # as doc.free, without a call per token; claims change it in place
    resume = 0  # tokens before this one are inside a match already made
    lower = _lower_styled()
    for i in [i for i, w in enumerate(words) if w[0].isupper() or w[0].isdigit()
              or w in lower and not (i and words[i - 1][0].isdigit())]:  # "bp", not "25 bp"
        if i < resume:
            continue
        tok = tokens[i]
        word = words[i]
        begin = tok.start()
        if claimed.find(1, begin, tok.end()) >= 0:
            continue
        width = firsts.get(_fold_token(word), 0)
        if word.endswith(("'s", "’s")):  # "China's" starts a form as "China"; "People's" as itself
            width = max(width, firsts.get(_fold_token(word[:-2]), 0))
        if not width:
            continue
        # Walk on while the tokens so far begin some surface form; one more token allows for a
        # possessive or a final full stop. No longer window can match.
        path, k = (_fold_token(word),), i
        while k + 1 < len(tokens) and k - i + 1 < width and (nxt := path + (_fold_token(words[k + 1]),)) in prefixes:
            path, k = nxt, k + 1
        width = min(width, k - i + 2)
        hit = None
        for j in range(min(len(tokens), i + width) - 1, i - 1, -1):
            end = tokens[j].end()
            if claimed.find(1, begin, end) >= 0:
                continue
            candidates = [text[begin:end]]
            if end < len(text) and text[end] == "." and not words[j].endswith("."):
                candidates.insert(0, text[begin:end + 1])
            elif candidates[0].endswith(("'s", "’s")):  # "China's": the token carries the possessive
                candidates = [candidates[0][:-2]]
            for form in candidates:
                found = _lookup(form)
                if found:
                    hit = (j, begin, begin + len(form), found)
                    break
            if hit:
                break
        if not hit:
            continue
        j, start, end, found = hit
        entry, how = found[0]
        if j > i and words[i] == "The" and _known_from(text, tokens, words, i + 1, end, firsts, claimed):
            continue  # "The Gambia River Basin Development Organization": the longer name after "The" wins
        if entry.kind == PLACE and (_inside_a_name(doc, entry, how, start, end)
                                    or _CONTINENT_AND_THE_RE.search(text, max(0, start - 24), start)):
            # ("a sustainable Asia and the Pacific": a continent and an ocean named as one region, no place)
            resume = j + 1
            continue
        if how == "acronym" and _currency_amount(text, start, end):
            resume = j + 1  # "PLN 2.9 billion": Poland's zloty, not Indonesia's power company
            continue
        if how == "capital":
            _capital(doc, entry, start, end)
        elif entry.kind == STATE:
            if _not_the_state(text, start, end, how) or how == "demonym" and _demonym_names_a_place(text, start, end):
                resume = j + 1
                continue
            doc.from_gazetteer(entry)
            doc.add(start, end, entry.key, how)
        elif entry.kind == INTERNATIONAL_ORGANIZATION and how == "acronym" and j + 1 < len(tokens) \
                and tokens[j + 1].group(0) in _FIRM_ONLY_WORDS and (longer := _continued_company(doc, tokens, j)):
            # "ISA Inversiones Chile": a body's acronym going on with a word only a firm's name has is another
            # name, a firm's ("SCO Energy Ministers", "ASEAN Power Grid" go on with a sector, not a firm)
            j, end = longer
            base = " ".join(text[start:end].split())
            doc.add(start, end, doc.entity(f"organization/{slug(base)}", COMPANY, base).key, "name")
        elif entry.kind == INTERNATIONAL_ORGANIZATION and how == "acronym" \
                and re.match(r"\s*(?:[,.;:)]|and\b|$)", text[end:end + 5]) \
                and (owner := _owned_acronym_state(doc, start)) is not None:
            # "a subsidiary of Colombia's ISA": a body of several states is no one state's; the acronym
            # is the state's own firm of that name ("Kazakhstan's SCO chairmanship" qualifies a noun)
            ent = doc.entity(f"organization/{slug(text[start:end])}-{owner.lower()}", COMPANY, text[start:end],
                             country=owner)
            doc.add(start, end, ent.key, "name")
        elif entry.kind == COMPANY and ((joined := _HYPHENED_NAME_RE.match(text, end)) is not None
                                        and not _lookup(joined.group(0)[1:].split()[0])  # ("EDF-Engie talks": two firms)
                                        # ("Kozloduy NPP – New Build EAD": spaced, when a legal form ends it)
                                        or (joined := _DASHED_UNIT_NAME_RE.match(text, end)) is not None):
            # "Kozloduy NPP-New Build": a firm's name joined by a hyphen to more capitalised words names
            # another firm, the project company of the one it begins with
            end = joined.end()
            while j + 1 < len(tokens) and tokens[j + 1].start() < end:
                j += 1
            base = " ".join(text[start:end].split())
            doc.add(start, end, doc.entity(f"organization/{slug(base)}", COMPANY, base, country=entry.country).key,
                    "name")
        elif entry.kind == COMPANY and (named := _named_here_in_full(doc, start, end)) is not None:
            # "SK Innovation E&S Co., Ltd. (\"SK Innovation E&S\")": the listed firm's name opens the longer name
            # of a firm the text named already, which it is
            key, end = named
            while j + 1 < len(tokens) and tokens[j + 1].start() < end:
                j += 1
            doc.add(start, end, key, "name")
        else:
            longer = _continued_company(doc, tokens, j) if entry.kind == COMPANY else None
            if longer:
                j, end = longer
                base = " ".join(text[start:end].split())
                ent = doc.entity(f"organization/{slug(base)}", COMPANY, base)
            else:
                ent = doc.from_gazetteer(entry)
            doc.add(start, end, ent.key, how)
        resume = j + 1


def _named_here_in_full(doc: _Doc, start: int, end: int) -> tuple[str, int] | None:
    """The key and end of a longer name of a body found already that the text writes at *start* (beyond *end*)."""
    best = None
    for e in doc.facts.entities.values():
        if e.kind not in _ORGANIZATION_KINDS:
            continue
        for f in (e.label, *e.alt_labels):
            stop = start + len(f)
            if stop > end and doc.text.startswith(f, start) and not doc.text[stop:stop + 1].isalnum() \
                    and (best is None or stop > best[1]):
                best = (e.key, stop)
    return best


_DASHED_UNIT_NAME_RE = re.compile(rf"[ \t]+[–-][ \t]+[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*){{0,2}}[ \t]+(?:{orgnames.legal_pattern()})(?![\w])")
_HYPHENED_NAME_RE = re.compile(r"-(?:[A-Z][\w&]*)(?:[ \t]+[A-Z][\w&]*){0,2}\b")
_FIRM_ONLY_WORDS = {"Inversiones", "Investimentos", "Participaciones", "Participações", "Holding", "Holdings",
                   "Investments", "Corporation", "Company", "Limited"}
_STATE_POSSESSIVE_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$")


def _owned_acronym_state(doc: _Doc, start: int) -> str | None:
    """The state whose possessive stands right before *start* ("Colombia's "), if any."""
    m = _STATE_POSSESSIVE_BEFORE_RE.search(doc.text, max(0, start - 40), start)
    return _state_of(doc, m.group(1)) if m else None


# "US$20", "A$ 5 million": a currency sign, not the state; "Latin American", "Inter-American",
# "Pan-African": a demonym of a continent or region, not of the state whose demonym it contains.
# ("7.3 US cents per kWh", "in Australian dollars": the currency's name)
_CURRENCY_AFTER_RE = re.compile(r"^(?:\$|[\s-]+(?:cents?|dollars?|dollar-denominated)\b)")  # ("a 5-billion-U.S.-dollar scheme")
_REGION_BEFORE_RE = re.compile(r"(?:\b(?:Latin|North|South|Central|Meso|Sub-Saharan)\s+|"
                               r"\b(?:Inter|Pan|Anglo|Afro|Ibero|Euro|Indo)[-–])$")


def _not_the_state(text: str, start: int, end: int, how: str) -> bool:
    """A state's acronym or demonym used for something else (a currency, a region)."""
    if how in ("acronym", "alias", "name", "demonym") and _CURRENCY_AFTER_RE.match(text[end:end + 20]):
        return True
    return how == "demonym" and bool(_REGION_BEFORE_RE.search(text[max(0, start - 12):start]))


def _demonym_names_a_place(text: str, start: int, end: int) -> bool:
    """A demonym opening a subdivision's name: "British Columbia", "Western Australia" (a maintained list's)."""
    after = _NEXT_NAME_WORD_RE.match(text, end)
    if after is None:
        return False
    name = text[start:after.end()]
    return any(e.kind == PLACE and e.place_type != "city" for e, how in _maintained_lookup(name) if how == "name")


_NEXT_NAME_WORD_RE = re.compile(r"[ \t]+[A-Z][a-z]+")
_NAMED_THING_AFTER = re.compile(r"^[-–]|^\s+(?:Pipeline|Corridor|Interconnector|Cable|Link|Project|Gas|Power|Grid|"
                                r"Energy|Green)\b")

# A code name, then what only a body of states has after its name: "the MED9 summit", "C5 heads of state",
# "the MED9 group of Mediterranean countries" (a climate conference's code, "the COP28 summit", is an event's)
_CODE_BEFORE_STATES_BODY_RE = re.compile(
    r"\b(?!COP\d)(?P<name>[A-Z][A-Z0-9]{0,5}[0-9]+[A-Z]?(?:\+\d)?)(?=\s+(?:summit|(?:member\s+)?(?:countries|states|nations)|"
    r"heads\s+of\s+state|group\s+of\s+(?:[\w-]+\s+){0,2}(?:countries|states|nations|economies))\b)")
_SEA_ALONE_AFTER = re.compile(r"^(?:[.,;:)]|\s+(?:to|from|in|by|at|on|between)\b|$)")
_SEA_SHORE_AFTER = re.compile(r"\s+(?:coast|coasts|coastline|shore|shores|offshore|waters|seabed)\b")
_INSTRUMENT_AFTER = re.compile(r"^\s+(?:Agreement|Agreements|Accord|Accords|Protocol|Convention)\b")
_EVENT_NAME_AFTER = re.compile(r"^(?:\s+[A-Z][\w&-]*){1,3}\s+(?:Forum|Week|Summit|Conference|Congress|Expo|"
                               r"Exhibition|Days)\b")


def _inside_a_name(doc: _Doc, entry, how: str, start: int, end: int) -> bool:
    """A place word that only helps name something else: "Trans Adriatic Pipeline",
    "Caspian-Black Sea-Europe corridor", or a sea named by its adjective alone ("Atlantic coast")."""
    if doc.text[max(0, start - 1):start] in ("-", "–"):
        return True
    if _INSTRUMENT_AFTER.match(doc.text[end:end + 20]):
        return True  # "the Paris Agreement", "the Kyoto Protocol": a treaty's name, not a mention of the city
    if _NAMED_THING_AFTER.match(doc.text[end:end + 20]):
        # ... except an event named for its venue ("Istanbul Energy Forum"): that names the place
        return not _EVENT_NAME_AFTER.match(doc.text[end:end + 60])
    if how == "alt" and entry.place_type in ("sea", "ocean", "gulf", "bay") and " " not in doc.text[start:end]:
        # "across the Atlantic.", "the eastern Mediterranean", "the Atlantic coast", "Egypt's Mediterranean coast"
        # name the sea (its shore is on it); "the Caspian states", "Atlantic LNG" do not
        if _SEA_SHORE_AFTER.match(doc.text, end):
            return False
        return not (re.search(r"\bthe\s+(?:[A-Z][\w-]+\s+|[a-z]+ern\s+)?$", doc.text[max(0, start - 30):start])
                    and _SEA_ALONE_AFTER.match(doc.text[end:end + 10]))
    return False


def _continued_company(doc: _Doc, tokens, j: int):
    """``China Energy`` + ``Overseas Investment``: the index and end of the last company-name word after *j*."""
    k = j
    while True:
        # "Bouygues Energies & Services": "&" between two name words joins them
        # ("OQ Exploration and Production": two such words joined by "and", the first of them read already)
        joined = k > j and k + 2 < len(tokens) and (tokens[k + 1].group(0) == "&" or tokens[k + 1].group(0) == "and"
                                                    and tokens[k + 2].group(0) in _CONTINUATION
                                                    and doc.text[tokens[k].end():tokens[k + 2].start()] == " and ")
        nxt = k + 2 if joined else k + 1
        if not (nxt < len(tokens) and tokens[nxt].group(0) in _CONTINUATION
                and doc.text[tokens[k].end():tokens[nxt].start()] in (" ", " & ", " and ")
                and doc.free(tokens[nxt].start(), tokens[nxt].end())):
            break
        k = nxt
    # "TotalEnergies EP Uganda", "Engie Brasil", "Shell Trinidad and Tobago": a subsidiary named for the state it
    # works in (a state's name of up to four words)
    if k + 1 < len(tokens) and doc.text[tokens[k].end():tokens[k + 1].start()] == " " \
            and not tokens[k].group(0).endswith(("'s", "’s")):
        for n in (4, 3, 2, 1):
            last = k + n
            if last >= len(tokens) or not doc.free(tokens[k + 1].start(), tokens[last].end()) \
                    or re.match(r"\s+[A-Z]|[-–'’]", doc.text[tokens[last].end():tokens[last].end() + 2]):
                continue
            name = doc.text[tokens[k + 1].start():tokens[last].end()]
            owned = name.endswith(("'s", "’s"))  # "Shell Trinidad and Tobago's country chair"
            if (n == 1 or re.fullmatch(r"[\w'’ ]+", name)) and any(
                    e.kind == STATE and how in ("name", "alt", "alias") for e, how in _lookup(name[:-2] if owned else name)):
                return last, tokens[last].end() - (2 if owned else 0)
    return (k, tokens[k].end()) if k > j else None


# (a capital before a noun of what stands there is the city: "the group's Vienna headquarters", "a Tokyo
# brokerage", "a Brussels think tank", "a Paris-based fund")
_PLACE_AFTER = re.compile(r"^(?:\s+[A-Z0-9]|,\s+[A-Z][\w.]+(?:\s+[A-Z]\w+)?\s*(?:[,.;)]|$)|\s+(?:city|region|province|"
                          r"district|port|airport|time|office|offices|summit|meeting|talks|forum|conference|declaration|"
                          r"agreement|memorandum|process|format|headquarters|head\s+office|think[\s-]?tank|brokerage|"
                          r"substation|court|university|hotel|suburbs?|outskirts|stock\s+exchange|bourse)\b|-based\b)")
# ("for the capital, Suva", "the provincial capital, San Salvador de Jujuy": a city set beside its noun)
_PLACE_BEFORE = re.compile(r"(?:\b(?:the|of|city|capital)\s+|\b(?:capital|city|town|port)\s*,\s+|[-–])$", re.IGNORECASE)
# "Officials in Tashkent have said …" (the subject of a clause), not "Nuland met officials in Baku"
_SEAT_OF_GOVERNMENT_BEFORE = re.compile(r"(?:^|[.;:!?,]\s+|\b(?:[Tt]he|[Ss]enior|[Tt]op|that|as|while|but|and)\s+)"
                                        r"(?i:officials|diplomats|authorities|policymakers|policy-makers|"
                                        r"decision-makers|politicians|leaders|lawmakers|sources)\s+"
                                        r"(?:in|from)\s+$")

# "raised eyebrows in Washington", "concern is shared in Washington", "the same government in Beijing",
# "after Ashgabat protested to Moscow": a reaction or a government there, or a protest sent to it
_GOVERNMENT_THERE_BEFORE = re.compile(r"\b(?:(?:eyebrows|concerns?|alarm|unease|anger|attention|criticism|worries|worry|"
                                      r"suspicions?|scepticism|skepticism|irritation|dismay)(?:\s+[\w-]+){0,3}\s+in|"
                                      # ("the same government in Beijing", not "organised by the Nepal government
                                      # in Kathmandu": where the named government did something)
                                      r"\b(?:the|a)\s+(?:(?:same|central|federal|new|military|interim|current)\s+)?"
                                      r"(?:government|administration|authorities|regime|leadership)\s+in|"
                                      r"(?:protested|protests|complained|complains|appealed|appeals|objected|objects)\s+to)"
                                      r"\s+$", re.IGNORECASE)
# "in Washington, where officials have voiced concern": the city stands for the officials who sit there
_GOVERNMENT_THERE_AFTER = re.compile(r",\s+where\s+(?:senior\s+|top\s+|some\s+|many\s+|US\s+)?(?:officials|policymakers|"
                                     r"policy-makers|lawmakers|diplomats|politicians|authorities|leaders)\b")


def _capital(doc: _Doc, entry, start: int, end: int) -> None:
    """A capital names its government when it acts or is acted on ("Baku hopes", "asked Maputo",
    "Moscow and Tehran"); it is a place after "in", "at", "to"…, inside a longer name, or with its country."""
    before = doc.text[max(0, start - 30):start]
    after = doc.text[end:end + 40]
    # the anchored match first: the searches backwards cost more
    place = bool(_PLACE_AFTER.match(after) or _VENUE_BEFORE.search(before) or _PLACE_BEFORE.search(before))
    if place and (_SEAT_OF_GOVERNMENT_BEFORE.search(before) or _GOVERNMENT_THERE_BEFORE.search(before)
                  or _GOVERNMENT_THERE_AFTER.match(after)) and not _PLACE_AFTER.match(after):
        place = False  # "officials in Tashkent", "raised eyebrows in Washington": the government that sits there
    if place and _GOVERNMENTS_POSSESSIVE_AFTER.match(after):
        place = False  # "free Europe from Moscow's use of gas as a weapon": what the government does (not "Moscow's
        # airport", a part of the city)
    if not place and entry.country and (union := _seat_of_the_union(doc, entry)) is not None:
        doc.add(start, end, doc.from_gazetteer(union).key, "capital")  # "Washington and Brussels": the EU
    elif not place and entry.country:
        state = doc.gaz.state(entry.country)
        doc.from_gazetteer(state)
        doc.add(start, end, state.key, "capital")
    else:
        doc.from_gazetteer(entry)
        doc.add(start, end, entry.key, "name")


_GOVERNMENTS_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+)?(?:airport|airports|port|harbou?r|streets?|outskirts|"
                                           r"suburbs?|centre|center|districts?|mayor|city|residents|metro|skyline|"
                                           r"neighbou?rhoods?|university|stock\s+exchange)\b)[a-z]")


def _seat_of_the_union(doc: _Doc, entry):
    """The European Union, when "Brussels" stands for a government in a report about the Union or not about
    Belgium (news calls the EU by the city of its institutions); None otherwise."""
    if entry.label != "Brussels" or not _EU_NAMED_RE.search(doc.text) and _BELGIUM_NAMED_RE.search(doc.text):
        return None
    return next((e for e in doc.gaz.lookup("European Union") if e.kind == INTERNATIONAL_ORGANIZATION), None)


_EU_NAMED_RE = re.compile(r"\b(?:EU|European\s+(?:Union|Commission|Council))\b")
_BELGIUM_NAMED_RE = re.compile(r"\bBelgi(?:um|an)\b")


def _free_but_states(doc: _Doc, start: int, end: int, also=()) -> bool:
    """Free, or claimed only by state names inside it ("Hungarian Atomic Energy Authority") and the spans *also*."""
    spans = [x for x in doc.spans if x.start < end and x.end > start]
    return all((x.key.startswith("state/") or x in also) and x.start >= start and x.end <= end for x in spans) and \
        all(doc.claimed[i] == 0 or any(x.start <= i < x.end for x in spans) for i in range(start, end))


_TITLE_OF_BEFORE_RE = re.compile(rf"\b(?:{_TITLE_WORDS})\s+(?:of|at)\s+(?:the\s+)?$")
# Words an organisation's name may end in; a person's name is none of them.
_ORG_NAME_WORDS = (set(_PORTFOLIO_WORDS.split("|")) | set(_PORTFOLIO_MORE.split("|")) | _CONTINUATION
                   | set(_ORG_HEADS) | {"Republic", "Federation", "Kingdom", "State", "National", "Federal", "Board",
                                        "Management", "Directors", "Supervisory", "Corporation", "Company"})


def _without_titled_person(doc: _Doc, start: int, name: str) -> str:
    """*name* less a person's name it ran into, when a title names the body ("the Chairman of the Agency of
    the Republic of Kazakhstan on Atomic Energy Almasadam Satkaliyev"): the last two or three capitalised
    words, none of them a word of a body's name, a state or a place."""
    if not _TITLE_OF_BEFORE_RE.search(doc.text, max(0, start - 60), start):
        return name
    words = name.split()
    for n in (3, 2):
        tail = words[-n:]
        if len(words) - n >= 2 and all(_WORD_FULL_RE.fullmatch(w) and w not in _ORG_NAME_WORDS and not _lookup(w)
                                       for w in tail) and words[-n - 1][:1].isupper():
            return name[:len(name) - len(" ".join(tail))].rstrip()
    return name


_WORD_FULL_RE = re.compile(_WORD)


def _leading_city(doc: _Doc, start: int, end: int):
    """The span of a city or other place opening the name at *start*..*end*, when more capitalised words
    follow it inside the name (a body named after its seat); None otherwise."""
    first = doc.span_at(start)
    if first is None or not first.key.startswith("place/") or first.end >= end \
            or not re.match(r"\s+[A-Z]", doc.text[first.end:end]):
        return None
    return first


def _state_bodies(doc: _Doc) -> None:
    """A state's legislature, cabinet or court named through the state: "Kazakhstan's Senate",
    "Mozambique's Council of Ministers", "the Azerbaijani Parliament" → "Senate of Kazakhstan" …"""
    if not any(w in doc.text for w in _STATE_BODY_WORDS):
        return
    for m in _anchored(STATE_BODY_RE, _STATE_BODY_FIND_RE, doc.text, 40, 60):
        if m.group("body2"):  # "Council of Ministers of Moldova"
            if re.search(r"\bunder\s+the\s+$", doc.text[max(0, m.start("body2") - 12):m.start("body2")]):
                continue  # "the Agency … under the Cabinet of Ministers of …": part of the agency's name
            state_text = m.group("state2")
            iso = _state_of(doc, state_text)
            if not iso:
                state_text = state_text.split()[0]
                iso = _state_of(doc, state_text)
            start, end = m.start("body2"), m.start("state2") + len(state_text)
            if iso and doc.free(start, m.end("body2")):
                label = f"{' '.join(m.group('body2').split())} of {doc.gaz.state(iso).label}"
                ent = doc.entity(f"organization/{slug(label)}", GOVERNMENT_BODY, label, country=iso)
                doc.claimed[m.start("state2"):end] = b"\x00" * (end - m.start("state2"))
                doc.spans[:] = [x for x in doc.spans if not (start <= x.start and x.end <= end)]
                doc.add(start, end, ent.key, "name")
                doc.spans.append(_Span(m.start("state2"), end, state_key(iso), "name"))
            continue
        words = m.group("state").split()
        at = next((i for i in range(len(words)) if _state_of(doc, " ".join(words[i:]))), None)
        iso = _state_of(doc, " ".join(words[at:])) if at is not None else None
        start, end = m.start("body"), m.end("body")
        if not iso or not doc.free(start, end) or _EXTENDED_HEAD_RE.match(doc.text, end):
            continue
        state = doc.gaz.state(iso)
        label = f"{' '.join(m.group('body').split())} of {state.label}"
        ent = doc.entity(f"organization/{slug(label)}", GOVERNMENT_BODY, label, country=iso)
        doc.add(start, end, ent.key, "name", surface=False)
        if not m.group(0).rstrip().endswith(("'s", "’s")) and not re.search(r"['’]s\s+$", doc.text[:start]):
            ent.alt_labels.add(f"{' '.join(words[at:])} {' '.join(m.group('body').split())}")  # "Philippine Senate"


# An alliance or partnership launched, signed or sealed is an instrument, not a body: "launched a Green Alliance"
# (unless its name spans the world or a region: "launched the Global Biofuels Alliance", which states join).
# (The trigger table's nouns that name an instrument only when signed, and its verbs of signing and founding.)
_SIGNED_NOUNS = frozenset(triggers("agreements").lists["signed_nouns"])
_MADE_INSTRUMENT_RE = re.compile(
    rf"\b(?:{_forms_of(triggers('agreements').lists['signing_verbs'], 'VERB')}|"
    rf"{_forms_of(triggers('agreements').lists['signing_past_verbs'], 'VERB')}|"
    rf"{_forms_of(triggers('memberships').lists['founding_past_verbs'], 'VERB')}|launch\w*|forg\w*)"
    r"\s+(?:a|an|the|their|its)\s+[\"'“‘]?$", re.IGNORECASE)  # (a quoted title too: "signed a 'Green Alliance'")


# "and" then an office in a body's name ("… of China and Chinese President"): the name ends before "and"
_AND_OFFICE_RE = re.compile(rf"\s+and\s+(?:[A-Z][\w-]+\s+)?(?:{_TITLE_WORDS})$")


def _state_in_name(doc: _Doc, name: str) -> str | None:
    """The state a body's name holds ("Ministry of Energy of Kenya", "Kenyan …"), its short form with full stops
    first ("U.S. Trade and Development Agency", which the words split would lose), else None."""
    first = name.split()[0] if name.split() else ""
    return ("." in first and _state_of(doc, first)) or next(
        (x for w in re.findall(r"[\w'’-]+", name) if (x := _state_of(doc, w))), None)


_DESCRIPTOR_WORDS = frozenset({"National", "Sovereign", "Wealth", "Federal", "Central", "Public", "Royal"})


def _describes_the_listed_body_after(doc: _Doc, name: str, end: int) -> bool:
    """Whether *name*, of generic words only, is followed (no comma) by the name of a body the lists hold:
    "the National Wealth Fund Samruk-Kazyna", "the State Oil Company SOCAR"."""
    nxt = doc.span_at(end + 1) if doc.text[end:end + 1] == " " else None
    return nxt is not None and doc.gaz.get(nxt.key) is not None and nxt.key.startswith("organization/") \
        and all(w in _GENERIC_NAME_WORDS or w in _DESCRIPTOR_WORDS for w in name.split())


# Heads of names that a pact between parties has as a body of them has: after "a", the pact
_PACT_HEADS = frozenset({"Alliance", "Partnership", "Pact", "Compact", "Charter", "Coalition"})


def _head_organizations(doc: _Doc, dateline_state: str | None) -> None:
    _state_bodies(doc)
    matches = [(m, "name", m.group("tail")) for m in HEAD_ORG_RE.finditer(doc.text)]
    if any(w in doc.text for w in _HEAD_FIRST_WORDS):
        matches += [(m, "name", "") for m in HEAD_FIRST_RE.finditer(doc.text)]
    for m, group, tail in matches:
        head_end = m.end("head") if tail else None  # where the words after the head ("for the …") start
        raw = m.group(group) + (tail or "")
        if tail or m.re is HEAD_FIRST_RE:  # "… of Hydrocarbons and Mines": the "and" is inside the name
            name, start = _company_name(doc, m.group(group), m.start(group)) if not m.re is HEAD_FIRST_RE \
                else (m.group(group), m.start(group))
            name += " ".join(tail.split(" ")) if tail else ""
        else:
            name, start = _company_name(doc, raw, m.start(group))
        # "US Senate" + "Foreign Relations Committee" is one body
        if (more := _EXTENDED_HEAD_RE.match(doc.text, start + len(name))) and not tail:
            name += more.group(0)
            m = more
        if (stop := re.search(r"(?<=[a-z]{2})\.(?:\s|$)", name)) is not None:
            name = name[:stop.start()]  # a sentence ends inside or at the end ("… for Development. Scatec")
        name = _without_titled_person(doc, start, name)
        if tail and (office := _AND_OFFICE_RE.search(name)):
            name = name[:office.start()]  # "… of the Communist Party of China and Chinese President": two offices
        if tail and (cut := _trailing_office_at(name)) is not None:
            name = name[:cut]  # "Communist Party of Vietnam General Secretary To Lam": the body, its head
        if (tail or m.re is HEAD_FIRST_RE) and (holder := _holder_after_employer(doc.text, start, start + len(name))) is not None:
            name = doc.text[start:holder]  # "the head of the Agency for Atomic Energy Almasadam Satkaliyev"
        end = start + len(name)
        if _MEMBER_ROLE_RE.fullmatch(name.strip()):
            continue  # "a Contracting Party to the Energy Community": a member's standing, no party of people
        if not tail and _FACILITY_AFTER_NAME_RE.match(doc.text, end) and not _lookup(name.strip()):
            continue  # "Dogger Bank is being built", "the Kalahari Bank plant": a work's name, whatever its words
        if _describes_the_listed_body_after(doc, name, end):
            continue  # "the National Wealth Fund Samruk-Kazyna": generic words that say what the listed body named next is
        city = _leading_city(doc, start, end)
        if city is not None:  # "the Oslo Stock Exchange", "the Abu Dhabi Fund for Development": the city names the body
            doc.spans.remove(city)
            doc.claimed[city.start:city.end] = b"\x00" * (city.end - city.start)
        if head_end is not None and not start < head_end < end:
            head_end = None
        if head_end and (inner := [x for x in doc.spans if x.key.startswith("place/") and head_end <= x.start
                                   and x.end <= end]) and _free_but_states(doc, start, end, also=inner):
            # "General Authority for the Suez Canal Economic Zone": a place named in the body's name is no
            # mention of the place
            doc.spans[:] = [x for x in doc.spans if x not in inner]
            for x in inner:
                doc.claimed[x.start:x.end] = b"\x00" * (x.end - x.start)
        headed = doc.text[start:head_end] if head_end else name  # the name up to its head word
        if len(name.split()) < 2 or not _free_but_states(doc, start, end) or _NOT_AN_ORGANIZATION.search(headed) \
                or orgnames.not_an_organization(headed) or _EXCHANGE_OF_NOTES_RE.match(name) \
                or _PORTFOLIO_BEFORE_RE.search(doc.text, max(0, start - 40), start) \
                or name.split()[-1].lower() in _SIGNED_NOUNS and not orgnames.multinational(name) \
                and _MADE_INSTRUMENT_RE.search(doc.text, max(0, start - 40), start) \
                or _SIGNED_AFTER_NAME_RE.match(doc.text, end) or _names_a_work(doc.text, end) \
                or m.group("head").split()[-1] in _PACT_HEADS and re.search(r"\b(?:a|an)\s+$", doc.text[max(0, start - 4):start]):
            # (nor "in a Green Alliance covering renewables": one of a kind of pacts, not the name of a body)
            if city is not None:
                doc.claim(city.start, city.end, city.key, city.how)
            continue
        kind = _ORG_HEADS.get(m.group("head").split()[-1], GOVERNMENT_BODY)
        kind = _ROMANCE_HEADS.get(name.split()[0], kind)  # "Secretaría de Energía": the first word is the head
        # a regulator, agency or commission with no region of several states in its name is a state's
        # body ("Kestrel Energy Regulatory Commission"), partOf the state the text is about
        named_kind = orgnames.kind_of(name)
        if m.group("head") == "Division" and named_kind is None:
            if city is not None:
                doc.claim(city.start, city.end, city.key, city.how)
            continue  # "Kapit Division": a unit of a state's territory
        state_body = named_kind == GOVERNMENT_BODY
        if kind == INTERNATIONAL_ORGANIZATION and named_kind == COMPANY:
            kind = named_kind  # "Brenmoor Bank": a bank with no region of several states in its name is a firm
        iso = _state_in_name(doc, name)
        if of_state := re.search(r"\bof\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$", name):
            iso = _state_of(doc, of_state.group(1)) or iso
        # ("China's National Energy Administration": the state's possessive before the name, whatever found it)
        owner = _POSSESSIVE_RE.match(raw) or _LAST_OWNER_RE.search(doc.text, max(0, start - 40), start)
        owned = None  # the state whose possessive alone says whose body it is
        if owner and not iso:
            iso = owned = _state_of(doc, owner.group(0).strip().removesuffix("'s").removesuffix("’s"))
            if iso is None and (last := _LAST_OWNER_RE.search(owner.group(0))) is not None:
                iso = _state_of(doc, last.group(1))  # "signed by Ali Karimov and China's National Energy …"
        if state_body:
            kind = GOVERNMENT_BODY
        elif named_kind == INTERNATIONAL_ORGANIZATION and kind == GOVERNMENT_BODY:
            kind = named_kind  # "Niger Basin Authority": the states a basin spans, not the one it is named after
        elif kind == GOVERNMENT_BODY and not iso and not re.search(r"\b(?:National|State|Federal|Supreme)\b", name):
            kind = INTERNATIONAL_ORGANIZATION
        if _FIRM_AFTER_HEAD_RE.search(name):
            kind = COMPANY  # "Climate Fund Managers": the firm that manages a fund, not the fund
        if kind == GOVERNMENT_BODY and not iso:
            iso = _main_state(doc, dateline_state)
        if kind == INTERNATIONAL_ORGANIZATION and iso and re.search(r"\b(?:National|State)\b", name):
            kind = GOVERNMENT_BODY
        if not doc.free(start, end):  # a state inside the name stays a mention of that state
            kept = [x for x in doc.spans if start <= x.start and x.end <= end]
            doc.claimed[start:end] = b"\x00" * (end - start)
        else:
            kept = []
        label = name
        if kind == GOVERNMENT_BODY and owned and owned == iso and (state := doc.gaz.state(owned)) is not None \
                and not re.search(r"\b(?:National|State|Federal|Supreme)\b", name):
            # "Uzbekistan's Atomic Energy Agency": a name many states' bodies share, told whose by the possessive;
            # the body is "Atomic Energy Agency of Uzbekistan", as a ministry is
            label = f"{name.strip()} of {state.label}"
        ent = doc.entity(f"organization/{slug(label)}", kind, label,
                         country=iso if kind in (GOVERNMENT_BODY, COMPANY) else None)
        if label != name:
            ent.alt_labels.add(name.strip())
        doc.add(start, end, ent.key, "name")
        first, _, rest = name.partition(" ")
        if kind == GOVERNMENT_BODY and len(rest.split()) > 1 and _state_of(doc, first):
            ent.alt_labels.add(rest)  # "Senate Foreign Relations Committee" for "US Senate Foreign …"
    # "the Agency on Atomic Energy" and "the Agency of the Republic of Kazakhstan on Atomic Energy": one body, named
    # again without its state (whichever of the two the patterns found first)
    for ent in [e for e in doc.facts.entities.values() if e.kind == GOVERNMENT_BODY]:
        short = doc.facts.entities.get(f"organization/{slug(_WITHOUT_REPUBLIC_RE.sub(' ', ent.label))}")
        if short is not None and short is not ent:
            for x in doc.spans:
                if x.key == short.key:
                    x.key = ent.key
            ent.alt_labels.add(short.label)
            del doc.facts.entities[short.key]


def _romance_organizations(doc: _Doc) -> None:
    """Bodies and firms named head first, in the Romance languages (:data:`ROMANCE_ORG_RE`): a firm, or a state's
    body, of the state named in it ("Électricité du Laos") or of none the name says."""
    if not any(h in doc.text for h in _ROMANCE_HEADS):
        return
    for m in ROMANCE_ORG_RE.finditer(doc.text):
        name, start = m.group("name").rstrip(".,"), m.start("name")
        if name.endswith((" de", " du", " d'", " del", " da", " do")) \
                or re.search(r"\b(?!(?:La|Le|Les|Los|Las|El|The|A|An)\s)[A-Z][\w'’&-]*\s+$",
                             doc.text[max(0, start - 40):start]):
            continue  # "Belo Monte Transmissora de Energia": the head word inside a name that starts before it
        end = start + len(name)
        if m.group("head") == "Office" and not re.match(r"Office\s+(?:National|Nationale|Régional|Chérifien)\b", name):
            continue  # an English "Office …" is read by the head rules
        cut = doc.span_at(start)
        if cut is not None and cut.end < end and cut.key.startswith("organization/") and doc.gaz.get(cut.key) is None \
                and doc.free(cut.end, end):
            # "Office National | de l'Énergie …": a head rule stopped at the Romance link
            doc.spans.remove(cut)
            doc.claimed[start:cut.end] = b"\x00" * (cut.end - start)
        if not _free_but_states(doc, start, end) or _lookup(name):
            continue
        iso = next((x for w in re.findall(r"[\w'’-]+", name) if (x := _state_of(doc, w))), None)
        if not doc.free(start, end):  # a state inside the name stays a mention of that state
            doc.claimed[start:end] = b"\x00" * (end - start)
        ent = doc.entity(f"organization/{slug(name)}", _ROMANCE_HEADS[m.group("head")], name, country=iso)
        doc.add(start, end, ent.key, "name")


# A listed firm's name that opens a longer Romance-language name its acronym spells: "Hidroeléctrica de Cahora
# Bassa (HCB)" is not Romania's Hidroelectrica
_ROMANCE_TAIL_RE = re.compile(r"\s+(?:de|do|da|del|des|du|di)\s+(?:(?:la|las|los|le|les)\s+)?"
                              r"[A-Z][\w'’-]*(?:\s+(?:de\s+|do\s+|da\s+|del\s+)?[A-Z][\w'’-]*){0,3}(?=\s*\()")


def _longer_romance_names(doc: _Doc) -> None:
    for span in [x for x in doc.spans if x.key.startswith("organization/") and x.how in ("name", "alt")]:
        tail = _ROMANCE_TAIL_RE.match(doc.text, span.end)
        if tail is None or not _spelled_by_acronym_after(doc, span.start, tail.end()):
            continue
        end = tail.end()
        inside = [x for x in doc.spans if span.start <= x.start and x.end <= end]
        doc.spans[:] = [x for x in doc.spans if x not in inside]
        doc.claimed[span.start:end] = b"\x00" * (end - span.start)
        name = " ".join(doc.text[span.start:end].split())
        iso = next((x for w in re.findall(r"[\w'’-]+", name) if (x := _state_of(doc, w))), None)
        ent = doc.entity(f"organization/{slug(name)}", COMPANY, name, country=iso)
        doc.add(span.start, end, ent.key, "name")


def _complete_listed_name(doc: _Doc, span: _Span, key: str) -> bool:
    """A name cut short by an earlier pass ("Japan Oil, | Gas and Metals National Corporation (JOGMEC)")
    whose acronym is a listed body's: when the text before it completes one of that body's names,
    the whole name is that body's."""
    entry = doc.gaz.get(key)
    part = doc.text[span.start:span.end]
    for form, _ in entry.forms() if entry else ():
        start = span.end - len(form)
        if len(form) > len(part) and form.endswith(part) and start >= 0 and doc.text[start:span.end] == form:
            doc.spans[:] = [x for x in doc.spans if not (start <= x.start and x.end <= span.end)]
            doc.claimed[start:span.end] = b"\x00" * (span.end - start)
            doc.from_gazetteer(entry)
            doc.add(start, span.end, key, "name")
            return True
    return False


# "Investment Board Nepal (IBN)", "Energy Exchange Malaysia (ENEGEM)": words in capitals whose initials the
# acronym in brackets after them spells are one body's name, even where a state's name ends it.
_NAME_WITH_ACRONYM_RE = re.compile(r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&-]*){1,6})"
                                   r"\s*\((?P<acr>[A-Z]{2,8})" + _OTHER_SCRIPT_NAME + r"\)")


def _named_with_acronym(doc: _Doc) -> None:
    """Bodies named with a state's name inside, defined by their acronym (see :data:`_NAME_WITH_ACRONYM_RE`)."""
    for m in _NAME_WITH_ACRONYM_RE.finditer(doc.text) if "(" in doc.text else ():
        words = [w for w in re.finditer(r"[A-Z][\w'’&-]*", m.group("name"))]
        acr = m.group("acr")
        first = next((i for i in range(len(words)) if "".join(w.group(0)[0] for w in words[i:]) == acr), None)
        if first is None or len(words) - first < 2:
            continue
        start, end = m.start("name") + words[first].start(), m.end("name")
        inside = [x for x in doc.spans if start <= x.start and x.end <= end]
        if _subsidiary_named(doc, start, end, inside):
            continue
        if not any(x.key.startswith("state/") for x in inside) or not _free_but_states(doc, start, end):
            continue  # a name with no state in it is read by the other rules
        name = " ".join(doc.text[start:end].split())
        stem = re.sub(r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*)$", "", name)  # "Investment Board" of "Investment Board Nepal"
        kind = orgnames.kind_of(stem)
        if kind is None or _NOT_AN_ORGANIZATION.search(name):
            continue  # "Kenya and Ghana (KG)": no body's head word besides the states
        doc.spans[:] = [x for x in doc.spans if x not in inside]
        doc.claimed[start:end] = b"\x00" * (end - start)
        key = f"organization/{slug(name)}"
        state = next(x.key for x in inside if x.key.startswith("state/"))
        doc.entity(key, kind, name, country=state.split("/", 1)[1])
        doc.add(start, end, key)



# "the Investment Board Nepal", "the Electricity Regulatory Commission Bhutan": a body's name of capitalised words
# ending in its head noun, then its state's name, after "the" (and no more capitalised words, nor a possessive)
_BODY_THEN_STATE_RE = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][a-z]+\s+){0,3}(?P<head>Board|Authority|Commission|"
                                 r"Corporation|Company|Agency|Council)\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
                                 r"(?![\w'’-]|\s+[A-Z(])")


def _bodies_named_with_their_state(doc: _Doc) -> None:
    """Bodies named by a head noun and then their state (see :data:`_BODY_THEN_STATE_RE`)."""
    for m in _BODY_THEN_STATE_RE.finditer(doc.text):
        state = next((x for x in doc.spans if x.start == m.start("state") and x.end == m.end("state")
                      and x.key.startswith("state/")), None)
        if state is None or not doc.free(m.start("name"), m.start("state")):
            continue
        stem = doc.text[m.start("name"):m.end("head")]
        kind = orgnames.kind_of(stem)
        if kind is None or len(stem.split()) < 2:
            continue  # ("the Board Nepal": a head noun alone names no body)
        name = " ".join(m.group("name").split())
        doc.spans.remove(state)
        doc.claimed[m.start("name"):m.end("name")] = b"\x00" * (m.end("name") - m.start("name"))
        key = f"organization/{slug(name)}"
        doc.entity(key, kind, name, country=state.key.split("/", 1)[1])
        doc.add(m.start("name"), m.end("name"), key)


def _subsidiary_named(doc: _Doc, start: int, end: int, inside: list) -> bool:
    """A firm's name that opens a longer name its acronym spells is a firm of its own, of the same kind and
    state ("NTPC Vidyut Vyapar Nigam (NVVN)" is not NTPC): whether one was read at *start*..*end*."""
    head = next((x for x in inside if x.start == start), None)
    if head is None or head.end >= end or not head.key.startswith("organization/") \
            or not _free_but_states(doc, head.end, end):
        return False
    parent = doc.facts.entities[head.key]
    rest = head.end
    while (legal := _LEGAL_AFTER_RE.match(doc.text, rest, end)) is not None:
        rest = legal.end()  # "Oil and Natural Gas Corporation Limited (ONGCL)": the listed firm itself
    if parent.kind != "Company" or not re.match(r"\s+[A-Z]", doc.text[rest:end]):
        return False
    name = " ".join(doc.text[start:end].split())
    doc.spans[:] = [x for x in doc.spans if x not in inside]
    doc.claimed[start:end] = b"\x00" * (end - start)
    key = f"organization/{slug(name)}"
    doc.entity(key, orgnames.kind_of(name) or parent.kind, name, country=parent.country)
    doc.add(start, end, key)
    doc.named_after_listed.add(key)
    return True


# An acronym set off by commas, as speech and transcripts give it ("Ethiopian Electric Power, EEP, and …")
_COMMA_ACRONYM_RE = re.compile(r",\s+(?P<acr>[A-Z]{2,8})(?=\s*[,.;:)]|\s+and\b|\s*$)")


def _initials(words: str) -> str:
    """The initials of the capitalised words of *words* ("Saudi Aramco Power Company" → "SAPC")."""
    return "".join(w[0] for w in words.split() if w[0].isupper())


def _clipped_from(short: str, name: str) -> bool:
    """Whether *short* is a clipped form of *name*: a capitalised word of four letters or more whose letters
    come in order from the name's, the first from its first ("Petros" for "Petroleum Sarawak Bhd",
    "Sapetro" for "South Atlantic Petroleum"), and not the name of a place.

    Examples
    --------
    >>> _clipped_from("Petros", "Petroleum Sarawak Bhd"), _clipped_from("Sapetro", "South Atlantic Petroleum")
    (True, True)
    >>> _clipped_from("Masdar", "Abu Dhabi Future Energy Company"), _clipped_from("Sarawak", "Sarawak Energy")
    (False, False)
    """
    letters = gaz_module.fold(name).lower()
    short_l = gaz_module.fold(short).lower()
    if len(short_l) < 4 or not short_l.isalpha() or short_l[0] != letters[:1] or short_l in letters.split() \
            or any(e.kind in (STATE, PLACE) for e, _ in _lookup(short)) or _maintained_lookup(short):
        return False
    rest = iter(letters)
    return all(ch in rest for ch in short_l)


def _spelled_by(acronym: str, name: str) -> bool:
    """Whether *acronym* is the initials of *name*'s capitalised words, or of all its words.

    Examples
    --------
    >>> _spelled_by("EEP", "Ethiopian Electric Power"), _spelled_by("EDD", "Électricité de Djibouti")
    (True, True)
    >>> _spelled_by("EU", "Kenya")
    False
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", gaz_module.fold(name, keep_case=True))
    capitals = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words).upper()
    return len(acronym) >= 2 and acronym in (capitals, every)


_SPELLED_NAME_WORD_RE = re.compile(r"[A-Z][\w'’&-]*|of|and|for|de|du|des|la|el|the")  # ("… Facility for the Pacific")


_LEGAL_FORM_WORD_RE = re.compile(rf"{orgnames.legal_pattern()}|(?:Co|Corp|Inc|Ltd|Bhd|Plc|Pte|LLC|SA|AG|NV|BV)\.")


# "(AIFFP) and PNG Hydro Development Limited (PHDL) signed": the name before the brackets signs with the next one
_SIGNS_WITH_THE_NEXT_RE = re.compile(r"\s*\([A-Z][\w&-]{1,11}\)\s+and\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,6}"
                                     r"(?:\([A-Z][\w&-]{1,11}\)\s+)?(?:have\s+|has\s+|jointly\s+|on\s+\w+day\s+)?"
                                     r"(?:signed|agreed|concluded|inked)\b")


def _spelled_by_their_acronym(doc: _Doc) -> None:
    """``Full Name (ACR)`` that no list or pass read: the capitalised words before the bracket whose initials
    spell the acronym are a body's name when its head noun says what body ("Future Generation Joint Venture
    (FGJV)")."""
    for m in ACRONYM_DEF_RE.finditer(doc.text) if "(" in doc.text else ():
        acr = m.group("acr")
        if not (3 <= len(acr) <= 8 and acr.isupper() and acr.isalpha()):
            continue
        words = []
        for w in reversed(list(re.finditer(r"\S+", doc.text[max(0, m.start() - 120):m.start()]))):
            if not _SPELLED_NAME_WORD_RE.fullmatch(w.group(0)):
                break
            words.insert(0, w)
        offset = max(0, m.start() - 120)
        # ("Zhejiang Petroleum and Chemical Co (ZPC)": a legal form at the end is not spelled by the acronym)
        formless = words[:-1] if len(words) > 1 and _LEGAL_FORM_WORD_RE.fullmatch(words[-1].group(0).rstrip(".") + ".") \
            else words
        for i in range(len(words)):
            if not words[i].group(0)[0].isupper() or acr not in (_initials(" ".join(w.group(0) for w in words[i:])),
                                                                 _initials(" ".join(w.group(0) for w in formless[i:]))):
                continue
            start, end = offset + words[i].start(), offset + words[-1].end()
            name = doc.text[start:end]
            kind = orgnames.kind_of(name) or (COMPANY if formless is not words else None) \
                or (INTERNATIONAL_ORGANIZATION if re.search(r"\s(?:Economic\s+|Energy\s+)?Cooperation$", name)
                    and len(name.split()) >= 3 else None)  # ("North Seas Energy Cooperation (NSEC)": a body of states)
            inner = [x for x in doc.spans if x.start < end and x.end > start]
            state = _state_of(doc, name.split()[0]) if len(inner) == 1 and inner[0].start == start \
                and inner[0].key.startswith("state/") else None
            if kind is None and state is not None and not _lookup(name) \
                    and (_acts_as_a_party(doc, start, end) or _SIGNS_WITH_THE_NEXT_RE.match(doc.text, end)):
                # "the Australian Infrastructure Financing Facility for the Pacific (AIFFP) and B signed": a body of
                # the state its first word names, that signs
                doc.spans.remove(inner[0])
                doc.claimed[start:end] = b"\x00" * (end - start)
                kind = GOVERNMENT_BODY
            if kind is not None and doc.free(start, end) and not _lookup(name) \
                    and not _WORK_NOUN_AFTER_RE.match(doc.text, m.end()):  # ("the … Gas (EMG) pipeline": a work)
                ent = doc.entity(f"organization/{slug(name)}", kind, name,
                                 country=state if kind == GOVERNMENT_BODY and state else None)
                doc.add(start, end, ent.key, "name")
            break


def _acronyms(doc: _Doc) -> None:
    """``Full Name (ACR)``: the acronym joins the entity and names it later on."""
    defined: dict[str, str] = {}
    for span in sorted(doc.spans, key=lambda s: s.start):
        legal = _LEGAL_AFTER_RE.match(doc.text, span.end)  # "Oil and Natural Gas Corporation Limited (ONGCL)"
        m = ACRONYM_DEF_RE.match(doc.text, legal.end() if legal else span.end)
        if m is None and (m := _COMMA_ACRONYM_RE.match(doc.text, span.end)) is not None \
                and not _spelled_by(m.group("acr"), doc.text[span.start:span.end]):
            m = None
        if not m or span.key.startswith(("state/", "place/", "person/")):
            continue
        acr = m.group("acr")
        if sum(c.isupper() for c in acr) < 2 and not _clipped_from(acr, doc.text[span.start:span.end]):
            continue
        defined.setdefault(acr, span.key)
        if doc.free(m.start("acr"), m.end("acr")):
            doc.add(m.start("acr"), m.end("acr"), span.key, "acronym")
        elif (there := doc.span_at(m.start("acr"))) and there.end == m.end("acr") and there.key != span.key \
                and there.how == "acronym" and defined[acr] == span.key:
            if _complete_listed_name(doc, span, there.key):
                defined[acr] = there.key
                continue
            # a listed body's acronym ("SEC") that this text defines for another name: the text's own
            # definition holds for the whole document
            listed = there.key
            for other in doc.spans:
                if other.key == listed and doc.text[other.start:other.end] == acr:
                    other.key = span.key
    for acr, key in defined.items():
        for start, end, _ in find_words(doc.text, [acr]):
            if doc.free(start, end):
                doc.add(start, end, key, "acronym")
    _short_names_defined(doc)


def _late_acronyms(doc: _Doc, keys: set[str]) -> None:
    """``Full Name (ACR)`` for the bodies *keys* found after :func:`_acronyms` ran (names without a head noun,
    such as "the North Seas Energy Cooperation (NSEC), a regional grouping"): the acronym names them too.

    Stricter than :func:`_acronyms` on purpose: the acronym must spell the name. Running the first reader again
    on these names takes a firm's bare "Co" for a name of its own (the legal forms and comma acronyms it reads)."""
    for span in sorted((x for x in doc.spans if x.key in keys), key=lambda x: x.start):
        m = ACRONYM_DEF_RE.match(doc.text, span.end)
        if m is None or sum(c.isupper() for c in m.group("acr")) < 2 \
                or not _spelled_by(m.group("acr"), doc.text[span.start:span.end]):
            continue
        for start, end, _ in find_words(doc.text, [m.group("acr")]):
            if doc.free(start, end):
                doc.add(start, end, span.key, "acronym")


# "Phu Quoc Petroleum Operating Company (Phu Quoc POC)": a short name in brackets, the name's first words and
# the initials of the rest
# (or the initials of the first words and the rest as written: "Newfoundland and Labrador Hydro (NL Hydro)")
_SHORT_NAME_DEF_RE = re.compile(r"\s*\((?P<short>(?:[A-Z][\w-]*\s+){1,3}[A-Z]{2,6}|[A-Z]{2,6}(?:\s+[A-Z][\w-]*){1,3})\)")


def _short_names_defined(doc: _Doc) -> None:
    """A body named in full, then in brackets by its first words and the initials of the rest (or the initials of
    its first words and the rest): that short name, wherever the text uses it, is the body (not a firm called by
    the initials alone)."""
    for span in sorted(doc.spans, key=lambda s: s.start):
        m = _SHORT_NAME_DEF_RE.match(doc.text, span.end) if "(" in doc.text[span.end:span.end + 3] else None
        if m is None or span.key.startswith(("state/", "place/", "person/")):
            continue
        short = m.group("short").split()
        words = doc.text[span.start:span.end].split()
        if short[-1].isupper():  # "Abu Dhabi Future Energy (ADFE)"-like: first words, then initials
            head, acr = short[:-1], short[-1]
            rest = words[len(head):]
            # (the initials may leave out the generic word that ends the name: "Nama Power and Water
            # Procurement Company (Nama PWP)")
            if words[:len(head)] != head or not (_spelled_by(acr, " ".join(rest)) or len(rest) > 2 and rest[-1].lower()
                                                 in _GENERIC_COMPANY_WORDS and _spelled_by(acr, " ".join(rest[:-1]))):
                continue
        else:  # the initials first, then the last words as written
            acr, tail = short[0], short[1:]
            if len(words) <= len(tail) or words[-len(tail):] != tail \
                    or not _spelled_by(acr, " ".join(words[:-len(tail)])):
                continue
        form = " ".join(short)
        doc.facts.entities[span.key].alt_labels.add(form)
        for start, end, _ in find_words(doc.text, [form]):
            inside = [x for x in doc.spans if start <= x.start and x.end <= end]
            if any(not x.key.startswith(("organization/", "place/")) for x in inside) \
                    or not doc.free(start, end) and not inside:
                continue
            for x in inside:
                doc.spans.remove(x)
            doc.claimed[start:end] = b"\x00" * (end - start)
            doc.add(start, end, span.key, "acronym")


# A portfolio run before a title ("Petroleum and Mineral Resources ", "Energy "): the owner comes before it
_PORTFOLIO_RUN_RE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z][\w-]*,?\s+(?:(?:and|&)\s+)?){1,5}$")


def _represented(doc: _Doc, start: int, *, across: bool = True) -> str | None:
    """The actor named just before *start* ("Chinese ", "Azerbaijan's ", "Datang's "), perhaps before the
    title's portfolio ("Egypt's Petroleum and Mineral Resources Minister", "EU Energy Commissioner")."""
    found = _represented_at(doc, start)
    if found is None and across:
        run = _PORTFOLIO_RUN_RE.search(doc.text, max(0, start - 70), start)
        if run is not None and run.start() < start and doc.free(run.start(), start):
            found = _represented_at(doc, run.start())
            if found is not None and found.startswith("organization/") and \
                    doc.facts.entities.get(found) is not None and doc.facts.entities[found].kind == COMPANY:
                found = None  # "Shell Energy Transition Director": not across a firm's own name
    return found


def _represented_at(doc: _Doc, start: int) -> str | None:
    before = doc.text[max(0, start - 3):start]
    gap = len(before) - len(before.rstrip())
    end = start - gap
    if doc.text[max(0, end - 2):end] in ("'s", "’s"):
        end -= 2
    elif doc.text[max(0, end - 2):end] in ("s'", "s’"):
        end -= 1  # "the United Arab Emirates' Minister": a plural name's possessive
    span = doc.span_ending(end)
    if span and not span.key.startswith(("place/", "person/")):
        return span.key
    # "Commission President X", "Bank President Y": the head word of a body the document names
    # ("then-Commission President X": the body's head after "then-" or "ex-" too)
    word = re.search(r"(?:(?<![\w'’-])|(?<=\bthen-)|(?<=\bex-))([A-Z][a-z]+)$", doc.text[max(0, end - 20):end])
    if word and doc.free(end - len(word.group(1)), end):
        bodies = {e.key for e in doc.facts.entities.values()
                  if e.kind in (INTERNATIONAL_ORGANIZATION, COMPANY, GOVERNMENT_BODY)
                  and e.label.split()[-1] == word.group(1) and len(e.label.split()) > 1}
        if len(bodies) == 1 and word.group(1) not in _GENERIC_HEADS:
            return bodies.pop()
    return None


# Head words too common to stand for one body even when only one is named.
_GENERIC_HEADS = {"Company", "Corporation", "Group", "Ministry", "Energy", "Power", "Holdings", "International"}
_HONORIFICS = {"Sheikh", "Sheikha", "Sir", "Dame"}
_ROYAL_STYLES = {"Prince", "Princess", "Sheikh", "Sheikha", "Emir"}


def _position(title: str) -> str:
    t = " ".join(title.split())
    return _TITLE_NORMAL.get(t.lower(), t)


# Nouns for what a person is that open a sentence before the name ("Billionaire Gautam Adani said …").
_ROLE_NOUNS = {"Billionaire", "Tycoon", "Businessman", "Businesswoman", "Entrepreneur", "Economist", "Analyst",
               "Investor", "Activist", "Lawmaker", "Banker", "Industrialist", "Magnate", "Diplomat"}


_BODY_ORGAN_RE = re.compile(r"(?:\s+(?:Management|Executive|Supervisory|Advisory))?\s+(?:Committee|Board|Council|Presidium)"
                            r"(?:\s+of\s+Directors)?\b")
_PORTFOLIO_GOES_ON_RE = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?(?P<comma>\s*,\s+)")


_SURNAME_IN_CAPITALS_RE = re.compile(r"(?P<surname>[A-Z]{2,}(?:-[A-Z]{2,})?)\s+(?P<given>[A-Z][a-z]+(?:-[a-z]+)?)")


_GROUP_OF_MEMBERS_WORDS = frozenset({"states", "countries", "members", "parties", "nations", "governments"})


# A minister's portfolio listed up to the name after it: "Minister for Planning, Development and "
_PORTFOLIO_GOES_ON_BEFORE_RE = re.compile(r"\b(?:Minister|Ministry|Secretary|Department)\s+(?:of|for)\s+(?:the\s+)?"
                                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*"
                                          r",?\s+(?:and|&)\s+$")


def _person(doc: _Doc, name: str, start: int, end: int, position: str | None, represents: str | None,
            *, trim: bool = True, listed: bool = False) -> Entity | None:
    """Add a person, first dropping leading words another pass already claimed ("Hungary Péter Sztáray").
    A *listed* person (a leader of the reference list, named in full) may bear a name that also names a state or
    a place ("Luís Montenegro")."""
    while trim:
        words = name.split()
        if len(words) == 2 and words[0].lower() in cand_module.OPENERS:
            # "There Albanese announced …": a sentence's opening word before a surname the text named in full
            name, start = words[1], start + len(name) - len(words[1])
            break
        if len(words) > 2 and (not doc.free(start, start + len(words[0])) or words[0] in _NOT_NAME_WORDS
                               or words[0] in _ROLE_NOUNS
                               or words[0] in _PORTFOLIO_ANY_WORDS):  # "… Envoy for Climate Change Sultan Al Jaber"
            cut = len(name) - len(name[len(words[0]):].lstrip())
            name, start = name[cut:], start + cut
            continue
        break
    if _PORTFOLIO_GOES_ON_BEFORE_RE.search(doc.text, max(0, start - 100), start) \
            and all(cand_module._english_word(w.lower()) for w in name.split()):
        # "Minister for Planning, Development and Special Initiatives, who …": the portfolio's last words, English
        # words all (not "Minister of Energy and Davis Chirchir of Kenya Power": a second signer)
        return None
    if (title := _HONORIFIC_RE.match(name)) and len(name.split()) > 1:  # "Ms Fall", "Shri Narendra Modi"
        name, start = name[title.end():], start + title.end()
    for _ in range(2):  # "President Director Darmawan Prasodjo": two titles in a row
        if (title := TITLE_RE.match(name)) and title.end() < len(name) and title.group(0) not in _HONORIFICS:
            # "Commissioner Simson": the surname ("Sheikh Hasina" keeps the honorific she is known by)
            cut = len(name) - len(name[title.end():].lstrip())
            name, start = name[cut:], start + cut
    words = name.split()
    if position and len(words) >= 3 and _ACRONYM_WORD_RE.fullmatch(words[0]):
        # "Managing Director PPIB Tariq Mehmood Qureshi": the body's initials between the office and the name
        acronym = words[0]
        cut = len(name) - len(name[len(acronym):].lstrip())
        name, start, words = name[cut:], start + cut, words[1:]
        if represents is None:
            represents = next((e.key for e in doc.facts.entities.values() if e.kind != PERSON
                               and (e.label == acronym or acronym in e.alt_labels)), None)
    if not doc.free(start, end) or words[-1].lower() in _GROUP_OF_MEMBERS_WORDS:
        return None  # ("The Member States of ASEAN are …": the body's members, not a person of it)
    if all(w in _PORTFOLIO_WORD_SET for w in words):
        # a portfolio that goes on after a comma: "Minister for Energy, Water Resources and Irrigation, Deepak Khadka"
        more = _PORTFOLIO_GOES_ON_RE.match(doc.text, end)
        n = NAME_RE.match(doc.text, more.end()) if more else None
        if n is None or not all(w in _PORTFOLIO_WORD_SET for w in doc.text[start:more.start("comma")].split()):
            return None
        return _person(doc, n.group("name"), n.start("name"), n.end("name"), position, represents, trim=False)
    # "Von der Leyen" after "Ursula von der Leyen": the same person, named by surname
    folded = name.casefold()
    # ("Mohamed bin Zayed Al Nahyan" is a name of its own, not the end of "Khaled bin Mohamed bin …")
    for ent in doc.facts.entities.values() if not re.search(r"\b(?:bin|ibn|bint)\b", folded) else ():
        if ent.kind == PERSON and ent.label.casefold().endswith(" " + folded):
            doc.add(start, end, ent.key, "short", surface=False)
            return ent
    # "Sheikh Khaled" after "Sheikh Khaled bin Mohamed …": the person the text named in full
    if len(words) == 2 and (words[0] in _HONORIFICS or words[0] in _ROYAL_STYLES):
        given = [e for e in doc.facts.entities.values() if e.kind == PERSON and e.label.split()[0] == words[1]
                 and len(e.label.split()) > 2]
        if len(given) == 1:
            doc.add(start, end, given[0].key, "short", surface=False)
            return given[0]
    # An honorific that is part of how a person is known ("Sheikh Hasina") stays when the rest is one word.
    honorific = len(words) == 2 and words[0] in _HONORIFICS
    # (an honorific inside a name is part of it: "President Hassan Sheikh Mohamud")
    if len(words) < 2 or any(w in _PERSON_STOP and not (0 < i < len(words) - 1 and w in _HONORIFICS)
                             for i, w in enumerate(words) if i >= honorific):
        return None
    if not listed and ([e for e, _ in _lookup(name)] or any([e for e, _ in _lookup(w)] for w in words
                                                           if len(w) > 3 and w[0].isupper() and not w.endswith("."))):
        return None
    if any(how == "name" and ((e.population or 0) >= BARE_POPULATION or e.place_type == "state" and e.major
                              # "at the conference in Sharm el-Sheikh, Ursula von der Leyen …": a town after "in"
                              or _LOCATIVE_BEFORE_RE.search(doc.text, max(0, start - 8), start))
           for e, how in _maintained_lookup(name)):  # ("in New York, President Biden hosted …")
        return None  # "in Rio de Janeiro, Argentina's economy minister …": a large city, not the minister
    styled = None
    if (east := _SURNAME_IN_CAPITALS_RE.fullmatch(name)) is not None:
        # "Prime Minister KISHIDA Fumio" (the style of Japan's official texts): the person known as "Fumio Kishida"
        styled, name = name, f"{east.group('given')} {east.group('surname').capitalize()}"
    if len(words) > 2 and words[0] in _ROYAL_STYLES and re.search(r"\b(?:bin|bint|ibn|Al)\b", name):
        # "Prince Abdulaziz bin Salman Al Saud", "Sheikh Mohamed bin Zayed Al Nahyan": the style is no part of
        # the name (a one-word name keeps it: "Sheikh Hasina"); the styled form stays an alias
        styled, name = name, name.split(None, 1)[1]
    key = f"person/{slug(name)}"
    ent = doc.entity(key, PERSON, name, position=position, represents=represents)
    if styled:
        ent.alt_labels.add(styled)
    if (lineage := _LINEAGE_RE.match(name)) is not None:
        # "Mohammed bin Salman bin Abdulaziz Al Saud" goes by his own and his father's name: "Mohammed bin Salman"
        ent.alt_labels.add(lineage.group(0))
        if (family := _FAMILY_AFTER_LINEAGE_RE.fullmatch(name, lineage.end())) is not None:
            # and "Salim bin Nasser al Aufi" by his own and his family's: "Salim al Aufi"
            ent.alt_labels.add(f"{name.split()[0]} {family.group(1)}")
    doc.add(start, end, key, "name")
    return ent


# A name with its lineage: a given name, "bin"/"bint"/"ibn" and the father's name, then more of the lineage; and
# the family name after a lineage of one link ("Salim bin Nasser al Aufi")
_FAMILY_AFTER_LINEAGE_RE = re.compile(r"\s+((?:Al|al)[ -][A-Z][\w'’-]+)")
_LINEAGE_RE = re.compile(r"[A-Z][\w'’-]+\s+(?:bin|bint|ibn)\s+[A-Z][\w'’-]+(?=\s+(?:bin|bint|ibn|Al|al|Al-|al-)\b)")


# A peer's style, known by a title and a territorial designation ("Lord Ahmad of Wimbledon",
# "Baroness Hayman of Dartmouth Park"); not an office ("Lord Mayor of London", "Lord Chancellor")
_PEER_RE = re.compile(r"\b(?:Lord|Baroness|Baron|Lady|Viscount|Viscountess|Earl|Countess)\s+"
                      r"(?!(?:Mayor|Chancellor|Chief|Speaker|President|Privy|Provost|Lieutenant|Justice|Advocate|Chamberlain|"
                      r"High|Great|Protector)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+of\s+"
                      r"(?!the\b)[A-Z][\w'’-]+(?:\s+(?!Minister\b|Secretary\b)[A-Z][\w'’-]+){0,2}")


def _peers(doc: _Doc) -> None:
    """Members of a peerage named in their style: the style and its place are the whole name."""
    for m in _PEER_RE.finditer(doc.text) if "of " in doc.text else ():
        if doc.free(m.start(), m.end()):
            name = " ".join(m.group(0).split())
            doc.entity(f"person/{slug(name)}", PERSON, name)
            doc.add(m.start(), m.end(), f"person/{slug(name)}", "name")


@functools.lru_cache(maxsize=1)
def _leader_names_re() -> re.Pattern:
    # (a trie: an alternation of the 600-odd names, tried one by one at every capital, was the costliest scan)
    names = {name for name, _, _ in gaz_module.leaders()}
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(names, space=r"\ ") + r")(?![\w-])")


def _listed_leaders(doc: _Doc) -> None:
    """Heads of state and government of the reference list, named in full with no title before them
    ("Giorgia Meloni's visit", "hosted Kassym-Jomart Tokayev and …")."""
    offices = {name: (iso, office) for name, iso, office in gaz_module.leaders()}
    for m in _leader_names_re().finditer(doc.text):
        iso, office = offices[m.group(0)]
        state = doc.gaz.state(iso)
        represents = state.key if state is not None and state.key in doc.facts.entities else None
        inner = [x for x in doc.spans if x.start < m.end() and x.end > m.start()]
        if inner and all(m.start() < x.start and x.end <= m.end() and x.key.startswith("state/") for x in inner):
            # "Luís Montenegro": a listed leader's family name that is also a state's name is the leader's
            doc.spans[:] = [x for x in doc.spans if x not in inner]
            doc.claimed[m.start():m.end()] = b"\x00" * (m.end() - m.start())
        if not doc.free(m.start(), m.end()):
            span = doc.span_at(m.start())
            ent = doc.facts.entities.get(span.key) if span is not None else None
            if ent is not None and ent.kind == PERSON and ent.label == m.group(0):
                doc.entity(ent.key, PERSON, ent.label, position=office, represents=represents)  # fills gaps only
            continue
        _person(doc, m.group(0), m.start(), m.end(), office, represents, trim=False, listed=True)


@functools.lru_cache(maxsize=1)
def _titled_leaders() -> tuple[re.Pattern, dict[tuple[str, str], tuple[str, str]]]:
    """The listed leaders one office and a surname name alone ("President Tokayev"): a pattern for
    the pairs, and (office, surname) → (full name, ISO3); a surname two leaders of one office share
    is left out."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for name, iso, office in gaz_module.leaders():
        person = names.setdefault(slug(name), name)  # "Erdoğan" and "Erdogan" rows: one person
        for surname in {name.split()[-1], gaz_module.fold(name.split()[-1], keep_case=True)}:
            found.setdefault((office, surname), set()).add((person, iso))
    unique = {pair: next(iter(people)) for pair, people in found.items() if len(people) == 1}
    offices = sorted({o for o, _ in unique}, key=len, reverse=True)
    surnames = sorted({s for _, s in unique}, key=len, reverse=True)
    regex = re.compile(r"\b(?P<office>" + "|".join(r"\s+".join(map(re.escape, o.split())) for o in offices) +
                       r")\s+(?P<surname>" + "|".join(map(re.escape, surnames)) + r")(?![\w-])(?!\s+[A-Z])")
    return regex, unique


@functools.lru_cache(maxsize=1)
def _bare_leaders() -> tuple[re.Pattern, dict[str, tuple[str, str, str]]]:
    """The listed presidents and prime ministers the news names by surname alone before a possessive or their
    government ("Putin's use of energy", "the Biden administration"): a pattern for the surnames, and surname →
    (full name, ISO3, office). Only surnames of five letters or more that no other listed person bears, of leaders
    not named family name first."""
    people: dict[str, set[tuple[str, str, str]]] = {}
    for name, iso, office in gaz_module.leaders():
        if f"state/{iso}" in _FAMILY_NAME_FIRST or len(name.split()) < 2:
            continue
        for surname in {name.split()[-1], gaz_module.fold(name.split()[-1], keep_case=True)}:
            people.setdefault(surname, set()).add((slug(name), iso, office))
    full = {slug(n): n for n, _, _ in gaz_module.leaders()}
    unique = {s: (full[k], iso, office) for s, found in people.items() if len({k for k, _, _ in found}) == 1
              for k, iso, office in found if office in ("President", "Prime Minister", "Chancellor")
              and len(s) >= 5 and s[:1].isupper()}
    # (every surname is capitalised: the look-ahead spares the alternation most positions)
    regex = re.compile(r"\b(?=[A-Z])(?P<surname>" + "|".join(map(re.escape, sorted(unique, key=len, reverse=True))) +
                       r")(?=['’]s?\s|\s+(?:administration|government|cabinet)\b)")
    return regex, unique


def _leaders_by_surname(doc: _Doc) -> None:
    """A listed head of state or government named by office and surname ("Prime Minister Modi"), or by surname
    alone before a possessive or the word for the government ("Putin's", "the Biden administration")."""
    regex, leaders = _titled_leaders()
    bare, alone = _bare_leaders()
    found = []  # (surname's match, (full name, ISO3), office)
    for m in regex.finditer(doc.text):
        office = " ".join(m.group("office").split())
        found.append((m, leaders.get((office, m.group("surname"))), office))
    for m in bare.finditer(doc.text):
        if not _lookup(m.group("surname")):
            name, iso, office = alone[m.group("surname")]
            found.append((m, (name, iso), office))
    for m, person, office in found:
        if person is None or not doc.free(*m.span("surname")):
            continue
        name, iso = person
        state = doc.gaz.state(iso)
        represents = state.key if state is not None and state.key in doc.facts.entities else None
        key = f"person/{slug(name)}"
        doc.entity(key, PERSON, name, position=office, represents=represents)
        doc.add(*m.span("surname"), key, "short", surface=False)


# States whose people English-language news names family name first ("Xi Jinping", "Yoon Suk Yeol").
_FAMILY_NAME_FIRST = frozenset({"state/CHN", "state/KOR", "state/PRK", "state/TWN"})
# States whose people the news names by given name ("Bahlil Lahadalia … Bahlil said", "Srettha Thavisin …
# Srettha"), as well as by the last name.
_GIVEN_NAME_USED = frozenset({"state/IDN", "state/THA", "state/ISL"})


def _surnames(doc: _Doc) -> None:
    """A person named in full, then by surname alone ("Shavkat Mirziyoyev … Mirziyoyev's visit"):
    the surname is that person when no other person of the document shares it."""
    people: dict[str, list[str]] = {}
    for ent in doc.facts.entities.values():
        words = ent.label.split()
        if ent.kind == PERSON and len(words) >= 2 and ent.represents in _FAMILY_NAME_FIRST and words[0][0].isupper() \
                and len(words[0]) >= 2:
            people.setdefault(words[0], []).append(ent.key)  # "Yoon Suk Yeol … Yoon travels on", "Xi Jinping … Xi"
        elif ent.kind == PERSON and len(words) >= 2 and (article := _JOINED_ARTICLE_RE.match(words[-1])):
            # "Abdel Fattah al-Sisi … Sisi": the family name without its joined article too
            people.setdefault(words[-1], []).append(ent.key)
            people.setdefault(words[-1][article.end() - 1:], []).append(ent.key)
        elif ent.kind == PERSON and len(words) >= 2 and len(words[-1]) >= 4 and words[-1][0].isupper():
            people.setdefault(words[-1], []).append(ent.key)
            if ent.represents in _GIVEN_NAME_USED and len(words[0]) >= 4 and words[0][0].isupper():
                people.setdefault(words[0], []).append(ent.key)
    for surname, keys in people.items():
        if len(keys) != 1 or _lookup(surname) or surname in _NOT_NAME_WORDS:
            continue
        # (not a name's part after an apostrophe: "Xi'an" is no "Xi"; "Xi's" is)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])(?!['’](?!s\b)\w)", doc.text):
            if doc.free(m.start(), m.end()) and not re.match(r"\s+[A-Z]", doc.text[m.end():m.end() + 2]):
                doc.add(m.start(), m.end(), keys[0], "short", surface=False)


def _owner(doc: _Doc, start: int, *, people: bool = False) -> str | None:
    # (the longest name that opens there: "the Uzbek Agency for Atomic Energy", not the state its demonym names)
    spans = [s for s in doc.spans if s.start == start and (people or not s.key.startswith(("person/", "place/")))]
    return max(spans, key=lambda s: s.end).key if spans else None


# What an employer is, in lower case, between "of the" and its name ("the Russian state atomic energy corporation")
_DESCRIBED_EMPLOYER_RE = re.compile(rf"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,4}}?"
                                    rf"(?:{orgnames.FIRM_NOUNS_PATTERN}|"
                                    rf"corporation|agency|regulator)\s+")


def _persons(doc: _Doc, found=()) -> None:
    text = doc.text
    last_title_end = -1
    for m in TITLE_RE.finditer(text):
        title = m.group("title")
        if title in _HONORIFICS and text[last_title_end:m.start()].strip() == "" and last_title_end >= 0:
            continue  # "Minister of Transport Sheikh Mohammed …": the honorific of the minister just read
        last_title_end = m.end()
        pos = m.end()
        represents = _represented(doc, m.start())
        position = _position(title)
        of, described = re.match(r"\s+of\s+(?:the\s+)?", text[pos:]), None
        if of and doc.span_at(pos + of.end()) is None \
                and (board := _BOARD_RE.match(text, pos + of.end())) is not None:
            # "Chairman of the Board Ali Karimov": the board is the title's, not the name's
            position, pos, of = f"{position} of the {board.group(0)}", board.end(), None
        if of and (described := _DESCRIBED_EMPLOYER_RE.match(text, pos + of.end())) is not None \
                and (there := doc.span_at(described.end())) is not None and there.key.startswith("organization/"):
            # "Director General of the Russian state atomic energy corporation Rosatom Alexey Likhachev"
            of = re.match(r"\s+of\s+(?:the\s+)?" + re.escape(described.group(0)), text[pos:])
        if of:
            span = doc.span_at(pos + of.end())
            if span and not span.key.startswith(("person/", "place/")):
                represents = span.key
                if described is not None and span.key in doc.facts.entities:
                    position = f"{position} of {doc.facts.entities[span.key].label}"
                elif not span.key.startswith("state/"):
                    position = f"{position} {' '.join(text[pos:span.end].split())}"
                pos = span.end
                if (organ := _BODY_ORGAN_RE.match(text, pos)) is not None:
                    # "Chairman of the Gazprom Management Committee Alexei Miller": the firm's organ is the title's
                    position, pos = f"{position}{' '.join(organ.group(0).split(' '))}", organ.end()
        # "President of the Republic of Côte d'Ivoire, Alassane Ouattara": after a body or state, a comma too
        gap = re.match(r",?\s+" if of else r"\s+", text[pos:])
        if not gap:
            continue
        last_title_end = pos + gap.end()
        # ("Deputy Prime Minister Dato' Sri Fadillah Yusof": a style of honour between the title and the name)
        honorific = re.match(rf"(?:{'|'.join(_HONORIFICS)})\s+", text[pos + gap.end():]) \
            or _HONORIFIC_RE.match(text[pos + gap.end():pos + gap.end() + 60])
        n = NAME_RE.match(text, pos + gap.end() + (honorific.end() if honorific else 0))
        if n:
            _person(doc, n.group("name"), n.start("name"), n.end("name"), position, represents, trim=False)
    # The other patterns all contain a title word: find those once, then try each pattern there.
    for t in _ANY_TITLE_RE.finditer(text):
        m = TITLE_FIRST_RE.match(text, t.start())
        if m and (_ANY_TITLE_RE.search(m.group("rest") or "") or _SENTENCE_END_IN_RE.search(m.group("rest") or "")
                  or _HOLDER_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())):
            # "Commissioner for Energy A B and Namibia's Minister of Mines and Energy, C D": the last title's; and a
            # title's words end with its sentence ("…, Minister of Energy, in Oman. Speaking later, C D said")
            m = None
        if m:
            rest = m.group("rest") or ""
            owner = _represented(doc, m.start())
            to = re.search(r"\s+(?:of|for)\s+(?:the\s+)?", rest)
            if to and not owner:
                owner = _owner(doc, m.start("rest") + to.end())
            position = _position(m.group("title")[:1].upper() + m.group("title")[1:])
            if rest.strip().startswith(("of", "for")) and not (owner or "").startswith("state/"):
                position = f"{position} {' '.join(rest.split())}"
            _person(doc, m.group("name"), m.start("name"), m.end("name"), position, owner)
        m = _APPOSITION_END_RE.search(text, max(0, t.start() - 160), t.end())
        if m and _NAME_AFTER_TITLE_RE.match(text, m.end("title")) and not TITLE_RE.match(text, m.end("title") + 1):
            m = None  # "Heydar Aliyev, Georgian President Eduard Shevardnadze and …": the title of the next name
        if m:
            owner = _owner(doc, m.start("owner")) if m.group("owner") else None
            tail = re.match(r"\s+(?:of|to)\s+(?:the\s+)?(?:Board\s+of\s+)?", text[m.end("title"):])
            if tail and not owner:
                owner = _owner(doc, m.end("title") + tail.end())
            title = m.group("title")
            _person(doc, m.group("name"), m.start("name"), m.end("name"),
                    _position(title[:1].upper() + title[1:]), owner)
        m = LOWER_TITLE_RE.match(text, t.start())
        if m and (owner := _represented(doc, m.start())) or \
                m and text[max(0, m.start() - 4):m.start()].strip() in ("", ".", ","):
            title = m.group("title")
            _person(doc, m.group("name"), m.start("name"), m.end("name"), _position(title[:1].upper() + title[1:]),
                    _represented(doc, m.start()))
        m = _ENVOY_TO_STATE_RE.match(text, t.start())
        if m and _state_of(doc, m.group("state")):
            # "the EU Ambassador to Serbia Emanuele Giaufret": the state the envoy is sent to, then the name
            title = " ".join(m.group("title").split())
            _person(doc, m.group("name"), m.start("name"), m.end("name"), _position(title[:1].upper() + title[1:]),
                    _represented(doc, m.start()))
    plural_titles = PLURAL_TITLE_RE.finditer(text) if any(w in text for w in _PLURAL_TITLES) else ()
    for m in plural_titles:
        names = _NAME_LIST_RE.match(text, m.end())
        if names:
            title = " ".join(m.group("title").split())
            title = " ".join(w[:1].upper() + w[1:] for w in title.split())  # "their presidents": "President"
            position = _position(title[:-1] if title.endswith("s") else title)
            _name_list(doc, names, position)
    plural_holders = any(w in text for w in _PLURAL_APPOSITION_WORDS)
    for pattern in (PLURAL_APPOSITION_RE, PLURAL_DASH_RE) if plural_holders else ():
        for m in pattern.finditer(text):
            names = _NAME_LIST_RE.match(text, m.end())
            if names:
                _name_list(doc, names, None)
    for m in _LED_BY_RE.finditer(text) if " by " in text else ():
        name = m.group("name")
        if not any(orgnames.firm_word(w) for w in name.split()):  # "led by Grok Ventures": a firm
            _person(doc, name, m.start("name"), m.end("name"), None, None)
    for span in list(doc.spans):
        ent = doc.facts.entities.get(span.key)
        if not ent or ent.kind not in (INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, COMPANY) or \
                text[max(0, span.start - 5):span.start].rstrip()[-2:] not in ("of", "he"):
            continue
        m = OF_ORGANIZATION_RE.search(text, max(0, span.start - 120), span.start)
        if m and not _ANY_TITLE_RE.search(m.group("name")):
            _person(doc, m.group("name"), m.start("name"), m.end("name"), None, ent.key)
    for verb in _SPEECH_RE.finditer(text):
        window_start = max(0, verb.start() - 160)
        if not _capitalised_before(text, window_start, verb.start()):
            continue  # a name list ends in a capitalised word, with space before the verb
        m = _SUBJECT_NAMES_END_RE.search(text, window_start, verb.end())
        if not m:
            continue
        _name_list(doc, m, None)
    _statistical_persons(doc, found)
    _persons_listed_as_members(doc)
    for m in _COUNTERPART_NAMED_RE.finditer(text) if "counterpart" in text else ():
        # "signed by X and his Uzbek counterpart Jurabek Mirzamahmudov": the office's state, told by the people's word
        if (iso := _state_of(doc, m.group("demonym"))) is None:
            continue
        if doc.free(m.start("name"), m.end("name")):
            _person(doc, m.group("name"), m.start("name"), m.end("name"), None, state_key(iso))
        elif (span := doc.span_at(m.start("name"))) is not None and (ent := doc.facts.entities.get(span.key)) is not None \
                and ent.kind == PERSON and not ent.represents:
            ent.represents = state_key(iso)  # read as a person before, with no side
    # later references by surname ("Aliyev", "Von der Leyen")
    persons = [e for e in doc.facts.entities.values() if e.kind == PERSON]
    surnames = Counter(_surname(e.label) for e in persons)
    for ent in persons:
        surname = _surname(ent.label)
        if surnames[surname] > 1 or len(surname) < 3 or re.fullmatch(r"[IVX]+", surname):
            continue
        first = surname[0]
        # "von der Leyen" is also written "Von der Leyen"
        forms = [c + surname[1:] for c in dict.fromkeys(first + first.upper())] if first.islower() else [surname]
        for start, end, _ in find_words(text, forms):
            if doc.free(start, end):
                doc.add(start, end, ent.key, "short", surface=False)


_CAPITAL_RE = re.compile(rf"[{_UPPER}]")


def _capitalised_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in whitespace after a word that starts with a capital.

    Every name of ``_PERSON`` ends in such a word (a name, an initial, "Jr.", a numeral)
    with whitespace before it, so a name list ending at *end* needs this; far cheaper
    than searching the window for one.
    """
    window = text[start:end]
    head = window.rstrip()
    return bool(head) and len(head) < len(window) and _CAPITAL_RE.match(head.rsplit(None, 1)[-1]) is not None


def _name_list(doc: _Doc, m: re.Match, position: str | None) -> None:
    """Each name of a matched list ("X, Y and Z") as a person."""
    for item in _NAME_ITEM_RE.finditer(m.group("names")):
        start = m.start("names") + item.start()
        if _PORTFOLIO_BEFORE_RE.search(doc.text, max(0, start - 40), start):
            continue  # "Minister of Territorial Administration and …": a portfolio, not a name
        if len(item.group("name").split()) > 1 and orgnames.firm_word(item.group("name").split()[-1]):
            continue  # "HIF Global signed": a firm's name, whose last word says so
        iso = _state_of(doc, item.group("of")) if item.group("of") else None
        _person(doc, item.group("name"), start, start + len(item.group("name")), position,
                f"state/{iso}" if iso else None)


def _surname(label: str) -> str:
    """The family name of a full name: the last word, with the particles before it ("von der Leyen")."""
    words = label.split()
    i = len(words) - 1
    while i > 1 and re.fullmatch(_PARTICLE, words[i - 1]):
        i -= 1
    return " ".join(words[i:])


_FEATURE_GROUPS = ("lake", "region", "sea", "river", "of", "unit", "town", "village", "unitof", "unitsof")
# An administrative unit's type word after its name ("Sughd Province", "Aichi prefecture").
_TYPE_AFTER_RE = re.compile(r"^\s+(?:Province|Region|State|Oblast|Governorate|Prefecture|District|County|Territory|"
                            r"Department|Krai|province|region|oblast|governorate|prefecture|district|county|"
                            r"territory|department|krai|"
                            # (not the state that owns a firm: "the Abu Dhabi state investor", "Qatar state-owned")
                            r"state(?![-–])(?!\s+(?:" + orgnames.FIRM_NOUNS_PATTERN +
                            r"|oil|gas|power|energy|media|news|agency|enterprises?|entit(?:y|ies)|broadcaster)s?\b))"
                            r"\b(?!\s+[A-Z])")
# the last of a list of units: "the Pavlodar, Karagandy and Turkistan regions"
_PLURAL_TYPE_RE = re.compile(r"^\s+(?P<type>province|region|state|oblast|prefecture|governorate|district|count)"
                             r"(?:s|ies)\b")
# "the Pavlodar, Karagandy and Turkistan regions": each name of the list is a unit
_TYPE_LIST_AFTER_RE = re.compile(r"^(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+(?:and|or)\s+[A-Z][\w'’-]*"
                                 r"(?:\s+[A-Z][\w'’-]*)?\s+(?P<type>province|region|state|oblast|prefecture|"
                                 r"governorate|district|count)(?:s|ies)\b")
_CITY_AFTER_RE = re.compile(r"^\s+(?:[Cc]ity|[Mm]unicipality)\b(?!\s+(?:of|[A-Z]))")
_CITY_BEFORE_RE = re.compile(r"\b(?:city|town|port|village|municipality)\s+of\s+$", re.IGNORECASE)
_UNIT_BEFORE_RE = re.compile(r"\b(?:state|province|region|prefecture|oblast|governorate|department|county|"
                             r"territory)\s+of\s+$", re.IGNORECASE)
# "the US state of Georgia", "the Argentine province of Santa Cruz": the unit's country named before it
_UNIT_OF_STATE_RE = re.compile(r"(?P<q>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+(?:state|province|region|prefecture|"
                               r"oblast|governorate|department|county|territory|city|town|port)\s+of\s+$")
# ", Sonora", ", Argentina", ", U.S.": a qualifier after a place name
# (not a possessive: "in Rio de Janeiro, Argentina's economy minister" does not place the city in Argentina)
# ("Dire Dawa in eastern Ethiopia": a compass word says the state is where it lies, not where something happened)
_QUALIFIER_RE = re.compile(r"^(?:,|\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
                           r"south-?east|south-?west)(?:ern)?\s+))\s*(?P<q>[A-Z][\w.’'-]*(?:\s+(?:de\s+|del\s+|do\s+)?[A-Z][\w.’'-]*){0,3})")
# After a name that might qualify a place, a word that goes on with a clause the name is the subject of
_CLAUSE_GOES_ON_RE = re.compile(r"\s+(?!(?:on|in|at|last|this|earlier|yesterday|today|from|for|where|and|or|to|with|"
                                r"near|during|after|before|province|state|region|county|district)\b)[a-z]")
_LIST_AFTER_RE = re.compile(r"(?:,|,?\s+and|,?\s+or)\s+[A-Z]")
_COORDINATED_RE = re.compile(r"(?:,|,?\s+and|,?\s+or)\s+$")
_PLACE_LINK_WORDS = frozenset({"and", "de", "do", "da", "dos", "das", "del", "es", "el", "al", "la", "le", "of", "upon", "sur",
                         "am", "an", "der"})
_WORD_RE = re.compile(r"[^\W_][\w'’.-]*")
#: A GeoNames city of this population, or a major subdivision, needs no cue beyond its country
#: being named in the document; smaller places need a cue as well.
BARE_POPULATION = 100_000
#: A city this large is taken at a cue even when its country is not named.
LARGE_POPULATION = 1_000_000


def _cities_named_like_their_state(doc: _Doc) -> None:
    """"Djibouti City", "Kuwait City": the city of the maintained list that bears its state's name, followed by
    "City", is that city, not the state."""
    for span in [x for x in doc.spans if x.key.startswith("state/") and x.how == "name"]:
        if not re.match(r" City\b", doc.text[span.end:span.end + 5]):
            continue
        name = doc.text[span.start:span.end]
        iso = span.key[len("state/"):]
        if not {name.casefold(), f"{name} City".casefold()} & _cities_of(iso):
            continue
        end = span.end + len(" City")
        doc.spans.remove(span)
        doc.claimed[span.start:span.end] = b"\x00" * (span.end - span.start)
        # (the maintained index leaves out a city that bears a state's name, so the city is read here)
        ent = doc.entity(f"place/{slug(name)}-city", PLACE, f"{name} City", country=iso)
        doc.add(span.start, end, ent.key, "name")


@functools.lru_cache(maxsize=None)
def _cities_of(iso: str) -> frozenset[str]:
    """The folded names of a state's cities in the maintained list."""
    return frozenset(c.label.casefold() for c in geography.cities() if c.country == iso)


#: A province wins over a namesake city elsewhere smaller than this.
MAJOR_CITY = 500_000


def _places(doc: _Doc) -> None:
    """Places by pattern (natural features, administrative units) and from the maintained sources."""
    _states_qualified(doc)
    _typed_places(doc)
    _coordinated_units(doc)
    _feature_places(doc)
    mentioned = _mentioned_states(doc)
    for m in IN_PLACE_RE.finditer(doc.text):
        group = "place" if m.group("place") else "place2"
        # "in Kitimat, British Columbia": the province's country, not the state its first word is the demonym of
        typed = re.match(r"\s+(?P<word>Governorate|Province|State|Region|District|Oblast|County)\b", doc.text[m.end():])
        units = [e for e, how in _maintained_lookup(m.group("state")) if how == "name" and e.kind == PLACE
                 and e.place_type != "city"
                 # ("in the Red Sea Governorate": Egypt's governorate, not Sudan's Red Sea state)
                 and not (typed and typed.group("word") == "Governorate" and e.place_type != "governorate")]
        # (a name units of several states share, "Punjab": the one of a state the text names)
        unit = next((e for e in units if e.country in mentioned), None) if len({e.country for e in units}) > 1 \
            else next(iter(units), None)

        iso = unit.country if unit is not None else \
            _state_of(doc, m.group("state")) or _state_of(doc, m.group("state").split()[0])
        start, end = m.start(group), m.end(group)
        name = m.group(group)
        if (iso or typed) and doc.free(start, end) and not any(w in _PERSON_STOP for w in name.split()) \
                and not doc.gaz.maintained_places(name) and not any(ch.isdigit() for ch in name):
            # (not "at COP28 in Dubai": an event held in the place, no place itself)
            ent = doc.entity(f"place/{slug(name)}", PLACE, name, country=iso)
            doc.add(start, end, ent.key, "name")
    _subnational_governments(doc)
    _cities_named_like_their_state(doc)
    _maintained_places(doc)
    _line_ends(doc)
    _seats(doc)
    _capitals_listed_with_places(doc)
    _capitals_by_demonym(doc)
    _listed_places(doc)


# A venue and a comma before a capital: "at State House, Nairobi", "in Malacanang, Manila" (the city, not the
# government)
_VENUE_BEFORE_RE = re.compile(r"\b(?:(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|House|Palace|Hall|"
                              r"Centre|Center|Hotel|Residence|Complex)\s*,\s*$")


def _capitals_listed_with_places(doc: _Doc) -> None:
    """A capital listed with places ("offices in Paris, Istanbul and Addis Ababa", "the line between Nairobi
    and Mombasa") is a city like them, not its government."""
    for span in sorted((x for x in doc.spans if x.how == "capital"), key=lambda x: x.start):
        gap = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", doc.text[max(0, span.start - 8):span.start])
        before = doc.span_ending(span.start - len(gap.group(0))) if gap else None
        venue = _VENUE_BEFORE_RE.search(doc.text, max(0, span.start - 40), span.start)
        if (before is None or not before.key.startswith("place/")) and venue is None:
            # the place after it: "between Nairobi and Mombasa" (two places joined by "and" alone, not a list
            # of governments and a city after them)
            gap = re.match(r"\s+and\s+", doc.text[span.end:span.end + 8])
            before = doc.span_at(span.end + len(gap.group(0))) if gap else None
            if before is None or not before.key.startswith("place/") or before.how != "name":
                continue
        state = doc.gaz.state(span.key.split("/", 1)[1]) if span.key.startswith("state/") else None
        city = doc.gaz.get(state.capital) if state and state.capital else None
        if city is None:
            continue
        doc.spans.remove(span)
        doc.claimed[span.start:span.end] = b"\x00" * (span.end - span.start)
        doc.from_gazetteer(city)
        doc.add(span.start, span.end, city.key, "name")


_SEAT_RE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?)-based\b")


def _seats(doc: _Doc) -> None:
    """The city a firm or a consultancy is based in ("the London-based developer", "an Almaty-based
    consultancy"): a place, the capital too (the hyphen keeps the other passes from reading it)."""
    mentioned = _mentioned_states(doc) if "-based" in doc.text else set()
    for m in _SEAT_RE.finditer(doc.text) if "-based" in doc.text else ():
        end = m.end("name")
        for start in dict.fromkeys((m.start("name"), end - len(m.group("name").split()[-1]))):  # "The London-based"
            name = doc.text[start:end]
            if not doc.free(start, end):
                continue
            entry = _city_named(doc, name, mentioned)
            if entry is not None:
                doc.add(start, end, doc.from_gazetteer(entry).key, "name")
                break


# The places a line, cable or pipeline runs between, joined by hyphens before its noun ("the
# Dhalkebar-Muzaffarpur line", "the 400 kV Baharampur-Bheramara interconnection", "the Baku-Tbilisi-Ceyhan
# pipeline"). The noun table is the projects' facility nouns that run between two ends.
# (a unit is no end's first word: "the 500 MW Melo–Candiota link")
_END = r"(?!(?:MW|GW|kW|MWp|GWp|MWe|kV|km|HVDC|HVAC)\b)[A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?"
_LINE_ENDS_RE = re.compile(
    # ("the Ajaokuta–Kaduna–Kano (AKK) gas pipeline": the short name of the line between)
    rf"(?<![\w'’-])(?P<ends>{_END}(?:[-–]{_END})+)(?:[ \t]*\([A-Z][A-Za-z]{{1,8}}\))?(?:[ \t]+\d+(?:\.\d+)?[ \t]*kV)?"
    rf"[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
    rf"(?:lines?|interconnectors?|interconnections?|links?|pipelines?|cables?|corridors?|sections?|segments?|"
    rf"stretch(?:es)?|routes?)\b")
# The two ends a line's verb joins ("which links Komotini with Stara Zagora", "connecting Suceava and Balti")
_LINKED_ENDS_RE = re.compile(rf"\b(?:links?|linked|linking|connects?|connected|connecting)[ \t]+(?P<a>{_END})[ \t]+"
                             rf"(?:with|to|and)[ \t]+(?P<b>{_END})\b")
# Words that join a compound without naming a place ("the North-South corridor", "Trans-Caspian").
_NOT_AN_END = {"North", "South", "East", "West", "Trans", "Inter", "Cross", "Sino", "Euro", "Pan", "High", "Low",
               "Extra", "Ultra", "Central", "Greater", "New", "Old", "Upper", "Lower"}


def _line_ends(doc: _Doc) -> None:
    """The ends of a line named by hyphenated places: each a place of the maintained list (a hyphen keeps
    :func:`_maintained_places` from taking it), and an end in no list too when another end is a known
    place (a substation town below the list's cut)."""
    hyphened = _LINE_ENDS_RE.finditer(doc.text) if "-" in doc.text or "–" in doc.text else ()
    linked = _LINKED_ENDS_RE.finditer(doc.text) if "link" in doc.text or "connect" in doc.text else ()
    for m in [*hyphened, *linked]:
        if m.re is _LINKED_ENDS_RE:
            ends = [(m.group(g), m.start(g), m.end(g)) for g in ("a", "b")]
        else:
            ends, pos = [], m.start("ends")
            for name in re.split(r"[-–]", m.group("ends")):
                ends.append((name, pos, pos + len(name)))
                pos += len(name) + 1
        if any(name.split()[0] in _NOT_AN_END or name.split()[0] in _NOT_NAME_WORDS for name, _, _ in ends):
            continue
        mentioned = _mentioned_states(doc)
        chosen = []
        for name, start, end in ends:
            entry = _city_named(doc, name, mentioned)
            held = doc.span_at(start)
            state = held is not None and held.key.startswith("state/") and held.end == end and held.how != "capital"
            chosen.append((name, start, end, entry, state))
        if not any(entry is not None for *_, entry, _ in chosen):
            continue
        for name, start, end, entry, state in chosen:
            if state or any(w in _PERSON_STOP for w in name.split()):
                continue  # a state is a state ("the Russia-Ukraine line"), not a town
            held = doc.span_at(start)
            if held is not None and held.how == "capital" and held.end == end:
                doc.spans[:] = [x for x in doc.spans if x is not held]  # a capital as an end: the city
                doc.claimed[start:end] = b"\x00" * (end - start)
            if not doc.free(start, end):
                continue
            ent = doc.from_gazetteer(entry) if entry is not None else doc.entity(f"place/{slug(name)}", PLACE, name)
            doc.add(start, end, ent.key, "name")


_LIST_ITEM = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
# Names listed after a preposition of place: "at Gdansk, Tovanice and Kesselberg"
_PLACE_LIST_RE = re.compile(rf"\b(?:at|in|near)[ \t]+(?P<list>{_LIST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM})*[ \t]*,?[ \t]+and[ \t]+"
                            rf"{_LIST_ITEM})")
_LIST_SEP_RE = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
# A name followed by a number is a numbered thing ("Units 3 and 4", "Block 12"), not a place
_NUMBERED_AFTER_RE = re.compile(r"[ \t]+\d")


def _listed_places(doc: _Doc) -> None:
    """Names listed with known places after "at", "in" or "near" ("terminals at Gdansk, Tovanice and
    Kesselberg"): places too, in the country of the known ones, though too small for the maintained list."""
    for m in _PLACE_LIST_RE.finditer(doc.text) if " and " in doc.text else ():
        items, pos = [], m.start("list")
        for part in _LIST_SEP_RE.split(m.group("list")):
            start = doc.text.index(part, pos)
            items.append((part, start, start + len(part)))
            pos = start + len(part)
        known = [doc.span_at(s) for _, s, e in items]
        known = [k for k, (_, s, e) in zip(known, items) if k is not None and k.end == e and k.key.startswith("place/")]
        countries = {doc.facts.entities[k.key].country for k in known}
        if not known or len(countries) != 1:
            continue
        fresh = [(name, s, e) for name, s, e in items if doc.free(s, e)]
        if len(known) + len(fresh) != len(items) or any(
                w in _PERSON_STOP for name, _, _ in fresh for w in name.split()) \
                or any(_lookup(name) or _is_state_or_demonym(doc, name) for name, _, _ in fresh) \
                or any(_NUMBERED_AFTER_RE.match(doc.text, e) for _, _, e in fresh):
            continue  # a list that mixes places with other things ("in Lianyungang, and Units 3 and 4": numbered)
        for name, start, end in fresh:
            ent = doc.entity(f"place/{slug(name)}", PLACE, name, country=next(iter(countries)))
            doc.add(start, end, ent.key, "name")


# "the Panamanian capital", "the Kenyan capital's …": the capital city of the state the demonym names
_DEMONYM_CAPITAL_RE = re.compile(r"\b[Tt]he\s+(?P<demonym>[A-Z][\w'’-]+)\s+(?P<capital>capital)\b(?!\s+(?:market|gains|"
                                 r"expenditure|spending|costs?|investment|flows?|goods)\b)")


def _capitals_by_demonym(doc: _Doc) -> None:
    for m in _DEMONYM_CAPITAL_RE.finditer(doc.text) if "capital" in doc.text else ():
        span = doc.span_at(m.start("demonym"))
        if span is None or not span.key.startswith("state/") or not doc.free(m.start("capital"), m.end("capital")):
            continue
        state = doc.gaz.state(span.key.split("/", 1)[1])
        city = doc.gaz.get(state.capital) if state and state.capital else None
        if city is not None:
            doc.from_gazetteer(city)
            doc.add(m.start("capital"), m.end("capital"), city.key, "alias")


_UNIT_NAME = r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
# "Sekong and Attapeu provinces", "the Pavlodar, Karagandy and Turkistan regions": names sharing one plural type word
# (natural features named together too: "the Santos and Campos basins")
_UNIT_TYPES = ("provinces", "regions", "districts", "counties", "governorates", "prefectures", "oblasts",
               "municipalities", "basins", "rivers", "lakes", "valleys", "deltas")  # the pattern needs one
_COORDINATED_UNITS_RE = re.compile(
    rf"(?P<names>(?:{_UNIT_NAME}\s*,\s*)*{_UNIT_NAME},?\s+and\s+{_UNIT_NAME})\s+(?P<type>{'|'.join(_UNIT_TYPES)})\b")
_FEATURE_TYPES = ("Basin", "River", "Lake", "Valley", "Delta")
# A natural feature's word after a name: "the Rovuma Basin", "the Rufiji River" (a place's name, not a firm's short form)
_FEATURE_WORDS = _FEATURE_TYPES + ("Bay", "Gulf", "Sea", "Island", "Islands", "Mountains", "Gorge", "Falls")
_FEATURE_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(_FEATURE_WORDS)})\b")


def _coordinated_units(doc: _Doc) -> None:
    """Administrative units named together before one plural type word: each name is a place of that type,
    in the state named after them ("… districts of Nepal") or the one state the text names."""
    for m in _COORDINATED_UNITS_RE.finditer(doc.text) if any(w in doc.text for w in _UNIT_TYPES) else ():
        word = m.group("type")[:-1].title() if not m.group("type").endswith("ies") else \
            m.group("type")[:-3].title() + "y"
        after = re.match(rf"\s+(?:of|in)\s+(?:the\s+)?({_CAP})", doc.text[m.end():m.end() + 40])
        iso = _state_of(doc, after.group(1).rstrip(".,;:")) if after else None
        if iso is None and len(states := _mentioned_states(doc)) == 1:
            iso = next(iter(states))
        for n in re.finditer(_UNIT_NAME, m.group("names")):
            name = n.group(0)
            start = m.start("names") + n.start()
            end = start + len(name)
            held = doc.span_at(start)
            if word in _FEATURE_TYPES:
                # a feature is named with its type word ("Santos Basin"), whatever else the bare name names
                if held is not None and held.start == start and held.end == end and held.key.startswith("organization/"):
                    doc.spans.remove(held)
                    doc.claimed[start:end] = b"\x00" * (end - start)
                if doc.free(start, end) and name not in _NOT_NAME_WORDS:
                    ent = doc.entity(f"place/{slug(name + ' ' + word)}", PLACE, f"{name} {word}", country=iso)
                    doc.add(start, end, ent.key, "name")
                continue
            if held is not None and held.end == end and held.key.startswith("place/") \
                    and (known := doc.facts.entities.get(held.key)) is not None:
                known.alt_labels.add(f"{name} {word}")  # "Sekong and Attapeu provinces": Sekong is "Sekong Province"
                continue
            if name in _NOT_NAME_WORDS or name.split()[0] in _NOT_NAME_WORDS or not doc.free(start, end) \
                    or _lookup(name):
                continue
            unit = _known_unit(doc, f"{name} {word}", iso)
            ent = doc.from_gazetteer(unit) if unit else doc.entity(f"place/{slug(name)}", PLACE, name, country=iso)
            ent.alt_labels.add(f"{name} {word}")
            doc.add(start, end, ent.key, "name")


def _feature_names(doc: _Doc) -> Iterable[tuple[str, int, str]]:
    """Each feature :data:`PLACE_RE` names: its group, where it starts and its name (each of a list of units,
    "the provinces of A and B", as one named "the province of A")."""
    for m in PLACE_RE.finditer(doc.text) if any(w in doc.text for w in _PLACE_WORDS) else ():
        group = next(g for g in _FEATURE_GROUPS if m.group(g))
        if group != "unitsof":
            yield group, m.start(group), m.group(group)
            continue
        for name in re.finditer(rf"{_CAP}(?:\s+{_CAP})?", m.group(group)):  # (the capitalised names, not "and")
            yield "unitof", m.start(group) + name.start(), name.group()


def _feature_places(doc: _Doc) -> None:
    for group, start, raw in _feature_names(doc):
        end = start + len(raw)
        name, shift = _strip_leading(raw)
        start += shift
        if group in ("town", "village", "unitof") and ". " in name:  # "the Greek island of Kasos. A …": a sentence ends
            name = name[:name.index(". ")]
            end = start + len(name)
        cut = name.rfind(". ")
        if cut > 0 and group in ("region", "sea", "river", "unit"):  # "off Thorsminde. The island": a sentence ends
            name, shift = _strip_leading(name[cut + 2:])
            start += cut + 2 + shift
        if group in ("region", "sea", "river", "unit") and " " not in name.strip():
            continue  # "The island will …", "The Province said": the sentence's first word is no name
        if name.endswith("."):  # "… the Gulf of California."
            name, end = name[:-1], end - 1
        if group == "sea" and (coast := re.match(r"[ \t]+Coast\b", doc.text[end:end + 8])) is not None:
            name, end = name + " Coast", end + coast.end()  # "the US Gulf Coast": the shore, named after the sea
        owner = re.search(r"^.*['’]s\s+", name)  # "Tanzania's Indian Ocean", "Türkiye's Iğdır province"
        owner_iso = _state_of(doc, owner.group(0).strip()[:-2]) if owner else None
        if owner and owner_iso is None and " " not in name[owner.end():].strip():
            owner = None  # "Stiegler's Gorge": a name in the possessive, no owner
        elif owner and owner_iso is None:  # "Punjab's Mianwali district": the country of the province that owns it
            inside = _choose([e for e, how in _maintained_lookup(owner.group(0).strip()[:-2]) if how == "name"],
                             typed=False, city=False, qualified=None, mentioned=_mentioned_states(doc))
            owner_iso = inside.country if inside is not None else None
        if owner is not None:
            name, start = name[owner.end():], start + owner.end()
            if group in ("region", "sea", "river", "unit") and " " not in name.strip():
                continue  # "Argentina's province": the owner was all the name there was
        if doc.text[start - 1:start] in ("-", "–") or re.match(r"[-–]\w", doc.text[end:end + 2]):
            continue  # part of a compound: "Caspian-Black Sea-Europe"
        if group in ("river", "of", "sea") and _NAMED_THING_AFTER.match(doc.text[end:end + 20]):
            continue  # "Red Sea Gas Project", "Nile River Power Company"
        if group in ("unit", "town", "village", "unitof") and (name.split()[0] in _NOT_NAME_WORDS
                                                               or not doc.free(start, end)):
            continue
        if group == "unitof" and name.casefold() in WORLD_REGIONS:
            continue  # "the region of Central Asia": a part of the world
        if group == "unit" and _wide_region(name):
            continue  # "the Caspian region", "the Asia-Pacific region", "the Gulf region": an area, no unit
        if not doc.free(start, end):
            # a feature named after a state or a city ("the Jordan River", "Gulf of California"): the longer name
            # ("the Suez Canal Economic Zone", "the Duqm Special Economic Zone": a zone named after a place)
            zone = group == "region" and name.endswith(" Zone")
            if group not in ("river", "of", "sea") and not zone or not _only_names_inside(doc, start, end):
                continue
            inner = {doc.facts.entities[x.key].country for x in doc.spans
                     if start <= x.start and x.end <= end and x.key in doc.facts.entities} - {None}
            owner_iso = owner_iso or (inner.pop() if zone and len(inner) == 1 else None)  # the zone lies where it does
            doc.claimed[start:end] = b"\x00" * (end - start)
            doc.spans[:] = [x for x in doc.spans if not (start <= x.start and x.end <= end)]
        after = re.match(rf"\s+(?:of|in)\s+(?:the\s+)?({_CAP})|,\s+({_CAP})", doc.text[end:end + 40])
        where = (after.group(1) or after.group(2)).rstrip(".,;:") if after else None
        if after is not None and (run := re.match(r"(?:\s+[A-Z][\w'’-]*){1,3}", doc.text[end + after.end():])):
            # "in Madang Province of Papua New Guinea": the state whose whole name follows, not "Papua" of Indonesia
            words = run.group(0).split()
            longer = next((w for w in (" ".join([where, *words[:n]]).rstrip(".,;:") for n in range(len(words), 0, -1))
                           if (s := _lookup(w)) and any(e.kind == STATE for e, _ in s)), None)
            where = longer or where
        iso = _state_of(doc, where) or owner_iso
        if not iso and group in ("unitof", "town"):  # "the Danish island of Bornholm", "the Polish port of Ustka"
            typed_by = re.search(r"\b([A-Z][\w-]*)\s+(?:[a-z]+\s+)?[a-z]+\s+of\s+$", doc.text[max(0, start - 50):start])
            iso = _state_of(doc, typed_by.group(1)) if typed_by else None
        if where and not iso:  # "the Peshkun district of the Bukhara region": the country of the place it lies in
            inside = next((e for e, _ in _lookup(where) if e.kind == PLACE), None) or \
                _choose([e for e, how in _maintained_lookup(where) if how == "name"], typed=False, city=False,
                        qualified=None, mentioned=_mentioned_states(doc))
            iso = inside.country if inside else None
        unit = _known_unit(doc, name, iso, city=group in ("town", "village"), typed=group in ("region", "unit")) \
            if group in ("region", "unit", "town", "village", "unitof") else None
        # "the River Nile": a feature the reference list holds under another of its names ("Nile") is that one
        listed = next((e for e, _ in _lookup(name) if e.kind == PLACE), None) \
            if group in ("river", "sea", "of") and not owner_iso else None
        if unit:  # "Sughd Province": the province of the maintained list, with its country
            ent = doc.from_gazetteer(unit)
            if group == "unit":  # "Buliisa district" is also "Buliisa District"
                bare, word = name.rsplit(" ", 1)
                ent.alt_labels.add(f"{bare} {word.title()}")
        elif listed is not None:
            ent = doc.from_gazetteer(listed)
        else:
            typed_name = None
            if group == "unit":  # "Buliisa district": the place is "Buliisa", also called "Buliisa District"
                name, word = name.rsplit(" ", 1)
                typed_name = f"{name} {word.title()}"
            ent = doc.entity(f"place/{slug(name)}", PLACE, name, country=iso if group not in ("sea", "of") else None)
            if typed_name:
                ent.alt_labels.add(typed_name)
        doc.add(start, end, ent.key, "name")


def _known_unit(doc: _Doc, name: str, iso: str | None, *, city: bool = False, typed: bool = True):
    """The maintained subdivision "X Province" / "X Region" names (or the town "town of X" names), if one fits;
    without *typed*, *name* holds no type word to leave out ("the province of Tarfaya Sud" is not Tarfaya)."""
    found = [e for e, _ in _maintained_lookup(name)]
    if not found and not city and typed and " " in name:
        found = [e for e, how in _maintained_lookup(name.rsplit(" ", 1)[0]) if how == "name"]
    found = [e for e in found if (e.place_type == "city") == city]
    word = name.rsplit(" ", 1)[-1].lower() if typed and " " in name else ""
    if word == "governorate":
        # "the Red Sea Governorate" is Egypt's, not Sudan's Red Sea state: the type word must be the unit's
        found = [e for e in found if e.place_type == word]
    return _choose(found, typed=not city, city=city, qualified=iso, mentioned=_mentioned_states(doc))


def _only_names_inside(doc: _Doc, start: int, end: int) -> bool:
    """Every claimed character in [start, end) belongs to a state or place span wholly inside it."""
    spans = [x for x in doc.spans if x.start < end and x.end > start]
    return all(x.key.startswith(("state/", "place/")) and x.how != "demonym" and x.start >= start and x.end <= end
               for x in spans) and \
        all(doc.claimed[i] == 0 or any(x.start <= i < x.end for x in spans) for i in range(start, end))


def _typed_places(doc: _Doc) -> None:
    """A known place followed by its type word takes the word in: "Al Dhafra Region", "Sughd Province".

    A city followed by one names the unit around it, another place: "the Tashkent region"."""
    for span in list(doc.spans):
        if not span.key.startswith("place/"):
            continue
        after = doc.text[span.end:span.end + 80]
        m = _TYPE_AFTER_RE.match(after)
        plural = None if m else _TYPE_LIST_AFTER_RE.match(after)  # "the Pavlodar, Karagandy and … regions"
        if not (m and doc.free(span.end, span.end + m.end())) and not plural:
            continue
        name = " ".join(doc.text[span.start:span.end].split())
        if m:
            doc.claimed[span.end:span.end + m.end()] = b"\x01" * m.end()
            span.end += m.end()
        word = m.group(0).split()[0].title() if m else plural.group("type").title().replace("Count", "County")
        ent = doc.facts.entities.get(span.key)
        known = doc.gaz.get(span.key)
        if ent and known and known.place_type == "city":
            unit = _known_unit(doc, name, ent.country)
            if unit is None:
                label = f"{name} {word}"
                ent = doc.entity(f"place/{slug(label)}", PLACE, label, country=ent.country)
            else:
                ent = doc.from_gazetteer(unit)
            span.key = ent.key
        if ent:
            ent.alt_labels.add(" ".join(doc.text[span.start:span.end].split()) if m else f"{name} {word}")


def _qualifier_country(doc: _Doc, text: str) -> str | None:
    """The state a qualifier names (", Argentina", ", U.S.", ", Argentina's") or lies in (", Sonora")."""
    words = re.sub(r"['’]s$", "", text).split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n]).rstrip(".,;") if n < len(words) or not text.endswith("U.S.") else text
        iso = doc.gaz.resolve_iso3(part) or doc.gaz.resolve_iso3(" ".join(words[:n]))
        if iso:
            return iso
        units = {e.country for e, how in doc.gaz.maintained_places(part) if e.place_type != "city" and how == "name"}
        if len(units) == 1:
            return units.pop()
    return None


def _states_qualified(doc: _Doc) -> None:
    """A state's name that the text makes a place of another state: "Georgia, US", "the US state of Georgia".

    States win over provinces and cities of the same name everywhere else."""
    for span in list(doc.spans):
        if not span.key.startswith("state/"):
            continue
        name = doc.text[span.start:span.end]
        before = doc.text[max(0, span.start - 40):span.start]
        after = _QUALIFIER_RE.match(doc.text[span.end:span.end + 40])
        if after and (_after_a_state(doc, span.start) or _LIST_AFTER_RE.match(doc.text, span.end + after.end())):
            after = None  # "Mauritania, Niger, Nigeria and Senegal": a list of states, not a qualifier
        unit = _UNIT_OF_STATE_RE.search(before)
        iso = (_qualifier_country(doc, after.group("q")) if after else None) or \
            (_qualifier_country(doc, _strip_leading(unit.group("q"))[0]) if unit else None)
        if not iso and doc.text.startswith(" State", span.end) and not doc.text[span.end + 6:span.end + 7].isalpha():
            # "the Zungeru plant in Niger State": a state of a federation the report names, not the country
            named = {s.key for s in doc.spans if s.key.startswith("state/") and s.key != span.key}
            units = {e.country for e, how in doc.gaz.shadowed_places(name)
                     if how == "name" and e.place_type == "state" and state_key(e.country) in named}
            if len(units) == 1:
                iso = units.pop()
                span.end += len(" State")
        if not iso or span.key == state_key(iso):
            continue
        found = [e for e, how in _maintained_named(doc, name) if e.country == iso and how == "name"]
        if found:
            entry = found[0]
            ent = doc.from_gazetteer(entry)
            span.key, span.how = entry.key, "name"
            if span.end - span.start > len(name):
                ent.alt_labels.add(doc.text[span.start:span.end])  # (the name as written: "Niger State")


@functools.lru_cache(maxsize=1 << 16)
def _maintained_lookup(form: str, *, alternates: bool = False) -> tuple:
    """The maintained places *form* names; other spellings of cities only with *alternates* (a reader that
    then asks for the city's country to be named)."""
    found = tuple(gaz_module.load().maintained_places(form))
    return found if alternates else tuple(x for x in found if x[1] != "alternate")


def _maintained_named(doc: _Doc, name: str) -> tuple:
    """Maintained places named *name*, those that share a state's name included."""
    return _maintained_lookup(name) or tuple(doc.gaz.shadowed_places(name))


def _choose(entries: list, *, typed: bool, city: bool, qualified: str | None, mentioned: set[str], focus=None):
    """The one place an ambiguous name stands for here, or ``None``; *focus*, when given, tells the state the
    report is mostly about (a function, asked only when namesakes in several states are left: :func:`_focus_state`),
    whose namesake wins among the states named when it is of a size."""
    if typed:
        entries = [e for e in entries if e.place_type != "city"] or entries
    elif city:
        entries = [e for e in entries if e.place_type == "city"] or entries
    if qualified:
        entries = [e for e in entries if e.country == qualified]
    elif mentioned:
        entries = [e for e in entries if e.country in mentioned] or entries
    if focus is not None and not qualified and len({e.country for e in entries}) > 1 and (focus := focus()):
        # "signed in Georgetown" in a report on Guyana that also names the US: Guyana's, unless the namesake
        # there is a town beside a far larger city elsewhere (Paris, Texas in a report on the US and France)
        largest = max((e.population or 0) for e in entries)
        home = [e for e in entries if e.country == focus and (e.place_type != "city" or (e.population or 0) * 5 >= largest)]
        entries = home or entries
    if len(entries) <= 1:
        return entries[0] if entries else None
    cities = [e.population or 0 for e in entries if e.place_type == "city"]
    if len({e.country for e in entries}) > 1 and cities:
        # a town a twentieth the size of a namesake elsewhere is not the one a report names unqualified
        entries = [e for e in entries if e.place_type != "city" or (e.population or 0) * 20 >= max(cities)]
    if len({e.country for e in entries}) == 1:
        units = [e for e in entries if e.place_type != "city"]
        return units[0] if units and not city else max(entries, key=lambda e: e.population or 0)
    units = [e for e in entries if e.place_type != "city" and e.major]
    if len(units) == 1 and all((e.population or 0) < MAJOR_CITY for e in entries if e.place_type == "city"):
        return units[0]  # "Ontario": the province, not the Californian city of the same name
    if any(e.place_type != "city" for e in entries):
        return None  # a province here and a city elsewhere of a size to matter: nothing says which
    ranked = sorted(entries, key=lambda e: -(e.population or 0))
    top, second = ranked[0].population or 0, ranked[1].population or 0
    return ranked[0] if top >= BARE_POPULATION and top >= 5 * second else None


def _city_named(doc: _Doc, name: str, mentioned: set[str]):
    """The place a bare name stands for where a city is expected (a seat, the end of a line): the
    gazetteer's, else the maintained list's, as the report used it before or as :func:`_choose` reads it."""
    places = [e for e, _ in _lookup(name) if e.kind == PLACE] or \
        [e for e, how in _maintained_lookup(name) if how == "name"]
    if not places:
        return None
    return _named_before(doc, places) or _choose(places, typed=False, city=True, qualified=None, mentioned=mentioned)


def _named_before(doc: _Doc, entries: list):
    """The one of *entries* the report named already, if any: a name stays the place it was ("Herat" the
    province, then "Herat" again), where each mention alone might be read as another of its namesakes."""
    return next((e for e in entries if e.key in doc.facts.entities), None)


def _longer_body_named(doc: _Doc, name: str, start: int) -> str | None:
    """The body named before whose name ends in *name* ("the Bank Group" after "African Development Bank Group"),
    when *name* follows "the" and is of two words or more; ``None`` when there is none or several."""
    if " " not in name or not re.search(r"\b[Tt]he\s+$", doc.text[max(0, start - 5):start]):
        return None
    tail = " " + name.casefold()
    bodies = (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, ORGANIZATION)
    found = {e.key for e in doc.facts.entities.values() if e.kind in bodies
             and any(label.casefold().endswith(tail) for label in (e.label, *e.alt_labels))}
    # (and as the text wrote it: a listed body named by another of its names)
    found |= {x.key for x in doc.spans if x.end <= start and x.key.startswith("organization/")
              and " ".join(doc.text[x.start:x.end].split()).casefold().endswith(tail)}
    return found.pop() if len(found) == 1 else None


def _focus_state(doc: _Doc) -> str | None:
    """The state (ISO3) a report is mostly about: the one its words name most, when it leads (:func:`leading`;
    the counts are read once a document)."""
    return leading(_state_token_counts(doc))


def _mentioned_states(doc: _Doc) -> set[str]:
    out = {s.key.split("/", 1)[1] for s in doc.spans if s.key.startswith("state/")}
    out |= {e.country for e in doc.facts.entities.values() if e.kind == PLACE and e.country}
    return out


# An Arabic article joined to a capitalised name ("el-Sheikh" of "Sharm el-Sheikh", "al-Khair")
_JOINED_ARTICLE_RE = re.compile(r"(?:el|al|ad|ar|as|ash|at|az|an|ud|ul|ed|es)-[A-Z]")


def _capitalised(token: str) -> bool:
    return token[0].isupper() or _JOINED_ARTICLE_RE.match(token) is not None


_COP_NAME_RE = re.compile(COP_SESSION)


def _cop_hosts(text: str) -> set[str]:
    """The host states of the UN climate conference sessions a text names ("COP27": Egypt): a city of theirs
    named there ("the COP27 conference in Sharm el-Sheikh") is read as if the state were named."""
    sessions = gaz_module.cop_sessions() if "OP" in text or "Cop" in text else {}
    return {sessions[int(n)][2] for n in _COP_NAME_RE.findall(text) if int(n) in sessions}


_NAMED_BEFORE_RE = re.compile(r"\b(?:named|called|dubbed|nicknamed|christened)\s+$")


# A capitalised word in the possessive right before a name ("Martha's Vineyard", "St John's Wood")
_NAME_POSSESSIVE_BEFORE_RE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)['’]s\s+$")


# "the Gujarat government", "the Sindh provincial government", "the Lagos State government"
_SUBNATIONAL_GOVERNMENT_RE = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)"
                                        r"(?:\s+(?:[Ss]tate|[Pp]rovincial|[Rr]egional))?\s+government\b")


def _subnational_governments(doc: _Doc) -> None:
    """The government of a province or state of a federation, named by the province and a lower-case
    "government" ("the Gujarat government"): a government body of that state's, labelled "Government of
    Gujarat" (not the government of the state it lies in)."""
    mentioned = None
    for m in _SUBNATIONAL_GOVERNMENT_RE.finditer(doc.text) if " government" in doc.text else ():
        start, end = m.start("name"), m.end()
        if not doc.free(start, end):
            continue
        name = m.group("name")
        units = [e for e, how in _maintained_lookup(name) if e.place_type not in (None, "city") and how == "name"]
        if len({e.country for e in units}) > 1:
            mentioned = _mentioned_states(doc) if mentioned is None else mentioned
            units = [e for e in units if e.country in mentioned]
        if len({e.country for e in units}) != 1:
            continue
        unit = units[0]
        label = f"Government of {name}"  # (as the text writes it: "Gujarat", not the standard's "Gujarāt")
        ent = doc.entity(f"organization/{slug(label)}", GOVERNMENT_BODY, label, country=unit.country)
        ent.alt_labels.add(" ".join(doc.text[start:end].split()))
        doc.add(start, end, ent.key, "name")


_POSSESSIVE_OR_STOP_RE = re.compile(r"(?:['’]s|\.)$")


def _maintained_places(doc: _Doc) -> None:
    """Provinces and cities of the maintained sources, taken only where the context makes them places.

    A name must be capitalised and stand alone (no capitalised word before or after
    it: "Victoria Nuland", "Aurora Energy" are other names). It is taken when
    qualified (", Argentina", ", Sonora", "Sughd Province", "city of X", "the US
    state of X"), or when its country is named in the document and it is a major
    subdivision or a city of over :data:`BARE_POPULATION` people, or after a
    preposition of place ("in", "at", "near", "from" …) when its country is named
    or it is a city of over :data:`LARGE_POPULATION`. A name several places share
    is resolved by the qualifier, then by the states the document names, then by
    a far larger population; otherwise it is left out.
    """
    text = doc.text
    firsts = doc.gaz.maintained_first_tokens()
    words = list(_WORD_RE.finditer(text))
    mentioned = _mentioned_states(doc) | _cop_hosts(text)
    # (the capitalised words that can open a listed name, found in one pass: most words cannot)
    openers = [(k, width) for k, w in enumerate(words) if w.group(0)[0].isupper()
               # ("Cox's Bazar": a name's own possessive first word, else "Sonora's" of "Sonora's governor")
               for width in [firsts.get(_fold_token(w.group(0)))
                             or firsts.get(_fold_token(_POSSESSIVE_OR_STOP_RE.sub("", w.group(0))), 0)] if width]
    i = 0
    for k, width in openers:
        if k < i:
            continue  # inside the place taken before
        i, w = k, words[k]
        # (a capital's name may open a longer one: "San Salvador de Jujuy")
        capital = any(x.start == w.start() and (x.how == "capital" or x.key.startswith("place/"))
                      and _PLACE_LINK_AFTER_RE.match(text, x.end) for x in doc.spans)
        if not (doc.free(w.start(), w.end()) or capital) or _NAMED_BEFORE_RE.search(text, max(0, w.start() - 14), w.start()):
            continue  # ("a tunnel boring machine named Florence": a thing's name)
        if (owner := _NAME_POSSESSIVE_BEFORE_RE.search(text, max(0, w.start() - 20), w.start())) is not None \
                and doc.free(owner.start(1), owner.end(1)) \
                and not _lookup(owner.group(1)) and not _maintained_lookup(owner.group(1)):
            continue  # ("south of Martha's Vineyard": the second word of a name that opens with a possessive; not
            # "China Huaneng Group's Shandong arm", whose possessive closes a name read before)
        hit = None
        for j in range(min(len(words), i + width) - 1, i - 1, -1):
            chunk = words[i:j + 1]
            if any(text[a.end():b.start()] != " " for a, b in zip(chunk, chunk[1:])) or \
                    not _capitalised(chunk[-1].group(0)) or \
                    any(not _capitalised(x.group(0)) and x.group(0) not in _PLACE_LINK_WORDS for x in chunk):
                continue
            end = chunk[-1].end()
            form = text[w.start():end]
            if form.endswith("."):
                form, end = form[:-1], end - 1
            elif form.endswith(("'s", "’s")) and not _maintained_lookup(form.replace("’", "'")):
                form, end = form[:-2], end - 2  # "Sonora's governor" (not "St. John's", a name with its own 's)
            if form.isupper() and len(form) > 1:
                continue  # an acronym ("NIS"), not the place it spells ("Niš")
            found = _maintained_lookup(form, alternates=True)
            if found and (doc.free(w.start(), end) or _own_state_inside(doc, w.start(), end, found)):
                hit = (j, end, found)
                break
        if not hit:
            continue
        j, end, found = hit
        i = j + 1
        inner = [] if doc.free(w.start(), end) else [x for x in doc.spans if w.start() <= x.start and x.end <= end]
        if inner:  # "Western Australia": try the place over the state the rules read in it
            doc.spans[:] = [x for x in doc.spans if x not in inner]
            doc.claimed[w.start():end] = b"\x00" * (end - w.start())
        _take_place(doc, w.start(), end, found, mentioned)
        if inner and doc.span_at(w.start()) is None:
            for x in inner:  # not taken: the state stays as it was
                doc.claim(x.start, x.end, x.key, x.how)


# a lower-case word after "the X" that X only modifies; function words and punctuation do not count
_MODIFIED_NOUN_RE = re.compile(r"^\s+(?!(?:to|and|or|of|in|on|at|for|from|with|by|is|was|were|are|has|have|had|will|"
                               r"would|could|can|which|that|where|as|into|until|since|after|before|but|"
                               # nouns of location: "the Paks site" is the place
                               r"site|area|coast|border|basin|valley|harbou?r|port|zone|outskirts|vicinity)\b)[a-z]")
# a plant's noun after a name, which names the town it stands in ("the Karachi nuclear power plant")
_PLANT_AFTER_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:plant|station|terminal|refinery|dam|substation)s?\b")
# units before a name ("the 1,000 MW Bushehr plant"): not part of it
_UNITS = frozenset({"MW", "GW", "kW", "MWh", "GWh", "TWh", "kV", "MWp", "GWp", "MWe", "km"})
_NEAR_BEFORE_RE = re.compile(r"\b(?:off|along|throughout|within|outside|near|north|south|east|west)\s+(?:of\s+)?"
                             r"(?:the\s+)?$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$")


# The link word of a longer place name after a shorter one ("San Salvador de Jujuy")
_PLACE_LINK_AFTER_RE = re.compile(r"\s+(?:de|del|de\s+la|do|da|dos|das)\s+[A-Z]")


def _own_state_inside(doc: _Doc, start: int, end: int, found: tuple) -> bool:
    """Only the name of the place's own state is claimed inside it ("Western Australia", "South Sudan"
    excepted since it is a state): the subdivision's name contains its country's."""
    inner = [x for x in doc.spans if x.start < end and x.end > start]
    countries = {e.country for e, _ in found}
    # (or a listed place the longer name holds: "Jersey" of "New Jersey", a US state, not the Crown dependency)
    # (or a capital's name that opens a longer one: "San Salvador" of "San Salvador de Jujuy")
    return bool(inner) and all(start < x.start and x.end <= end and (x.key.startswith("state/")
                                                                     and x.key.split("/", 1)[1] in countries
                                                                     or x.key.startswith("place/") and x.end == end)
                               or (x.how == "capital" or x.key.startswith("place/")) and x.start == start and x.end < end
                               and _PLACE_LINK_AFTER_RE.match(doc.text, x.end, end)
                               for x in inner)


def _take_place(doc: _Doc, start: int, end: int, found: tuple, mentioned: set[str]) -> None:
    """Add the maintained place *found* names at [start, end) if the context makes it one (see
    :func:`_maintained_places`)."""
    text = doc.text
    before = text[max(0, start - 40):start]
    after = text[end:end + 60]
    if before.endswith(("-", "–")) or re.match(r"[-–]\w", after) and not after.startswith("-based"):
        return
    prev = re.search(r"([\w'’.]+)\s+$", before)
    sentence_start = bool(_SENTENCE_START_RE.search(before))
    if prev and prev.group(1)[0].isupper() and not sentence_start and prev.group(1) not in _NOT_NAME_WORDS \
            and not prev.group(1).endswith(("'s", "’s")) and prev.group(1) not in _UNITS:
        return  # "Queen Victoria", "Port Qasim": part of a longer name ("Ethiopia's Afar region" is not)
    plural = _TYPE_LIST_AFTER_RE.match(after) or (_COORDINATED_RE.search(before) and _PLURAL_TYPE_RE.match(after))
    typed = _TYPE_AFTER_RE.match(after) or plural
    lends_name = not typed and re.search(r"\b[Tt]he\s+$", before) and _MODIFIED_NOUN_RE.match(after)
    if lends_name and not _PLANT_AFTER_RE.match(after):
        return  # "the Scarborough gas project": the name of a thing the place lends its name to
    city = _CITY_AFTER_RE.match(after) or _CITY_BEFORE_RE.search(before)
    if not typed and re.match(r"^\s+(?:[A-Z]|\d(?![\d.,]*\s*(?:%|per\s*cent\b)))", after) \
            and not _EVENT_NAME_AFTER.match(after):
        return  # "Victoria Nuland", "Aurora Energy": another name begins here (not a share: "… of Mendoza 10%")
    qual = _QUALIFIER_RE.match(after) if not typed else None
    if qual and (qual.group("q").endswith(("'s", "’s")) or _CLAUSE_GOES_ON_RE.match(after, qual.end())):
        qual = None  # ("in Dubai, Brazil said": the state opens the clause; it does not place the city)
    qualified = _qualifier_country(doc, qual.group("q")) if qual else None
    unit = _UNIT_OF_STATE_RE.search(before)
    if unit and not qualified:
        qualified = _qualifier_country(doc, _strip_leading(unit.group("q"))[0])
    # (another spelling of a city's name only beside its country: "Jizzakh" in a report that names Uzbekistan)
    entries = [e for e, how in found if how == "name" or typed or how == "alternate" and e.country in mentioned]
    # a city's own name beats another's other name ("Samarkand", not Temirtau, once called Samarkandsky)
    named = {e.key for e, how in found if how == "name" and e.place_type == "city"}
    if named and not typed:
        entries = [e for e in entries if e.key in named or e.place_type != "city"] or entries
    if typed and re.match(r"\s+[Ss]tates?\b", after):
        # "the Gulf state", "a Gulf state": a state is typed "state" only by a unit of that type (not PNG's Gulf
        # Province)
        entries = [e for e in entries if (e.place_type or "").lower() == "state"]
        if not entries:
            return
    if lends_name:
        entries = [e for e in entries if e.place_type == "city"]
    entry = _named_before(doc, entries) if not (typed or qualified) else None
    entry = entry or _choose(entries, typed=bool(typed), city=bool(city), qualified=qualified, mentioned=mentioned,
                             focus=lambda: _focus_state(doc))
    if entry is None or lends_name and not (entry.place_type == "city" and entry.country in mentioned):
        # (a plant named for the town it stands in, "the Bushehr nuclear power plant" in a report on Iran, names
        # the town too)
        return
    cue = bool(_VENUE_BEFORE.search(before) or _NEAR_BEFORE_RE.search(before) or _UNIT_BEFORE_RE.search(before)
               or city)
    if not cue and _COORDINATED_RE.search(before):
        cue = _after_a_place(doc, start)
    if not cue and entry.place_type != "city" and entry.major and " " in text[start:end] \
            and re.search(r"\b[A-Z][\w'’-]+,\s+$", before) and re.match(r"\s*[,.;)]", after):
        cue = True  # "Kitimat, British Columbia,": a province of two words qualifying the town before it
    # a province named like its city ("Istanbul") is as well known as the city
    population = max([entry.population or 0] + [e.population or 0 for e in entries if e.country == entry.country])
    big = population >= BARE_POPULATION if entry.place_type == "city" else entry.major
    if big and " " not in text[start:end] and re.search(rf"\b{re.escape(text[start:end].lower())}\b", text):
        big = False  # the document also writes it as a word ("mobile networks"): a name only with a cue
    known = entry.country in mentioned
    if typed and re.match(r"\s+[Rr]egion\b", after) and not known and _wide_region(f"{text[start:end]} region"):
        return  # "the Gulf region": the area around the Gulf
    if not (typed or qualified or city or known) and re.search(r"\b[Tt]he\s+$", before) \
            and not re.match(r"\s+[A-Z]", after):
        return  # "in the Gulf": a part of the world, not the Papua New Guinean province the text never places
    strong = bool(typed or qualified or city or unit or _UNIT_BEFORE_RE.search(before))
    if sentence_start and not cue and not strong:
        ok = known and (population >= LARGE_POPULATION or (entry.place_type != "city" and entry.major))
    else:
        ok = strong or (big and (known or cue or population >= LARGE_POPULATION)) or (cue and known)
    if not ok:
        return
    name_end = end
    if typed and not plural:
        end += typed.end()
    ent = doc.from_gazetteer(entry)
    doc.add(start, end, ent.key, "name")
    if typed and not plural:  # the name with its type as a name: "Buliisa district" is also "Buliisa District"
        ent.alt_labels.add(f"{text[start:name_end]} {typed.group(0).split()[0].title()}")
    if plural:  # the name the list gives each: "Pavlodar Region"
        word = plural.group("type")
        ent.alt_labels.add(f"{text[start:end]} {'County' if word == 'count' else word.title()}")


def _listed_after(doc: _Doc, start: int, prefix: str) -> bool:
    """The name at *start* follows another of the same kind in a list ("A, B and C")."""
    m = _COORDINATED_RE.search(doc.text[max(0, start - 10):start])
    span = doc.span_ending(start - len(m.group(0))) if m else None
    return bool(span and span.key.startswith(prefix))


def _after_a_state(doc: _Doc, start: int) -> bool:
    """In a list of states: "Mauritania, Niger, Nigeria and Senegal"."""
    return _listed_after(doc, start, "state/")


def _after_a_place(doc: _Doc, start: int) -> bool:
    """In a list of places: "in Hermosillo and Puerto Peñasco", "Pabna, Ishwardi"."""
    return _listed_after(doc, start, "place/")


def _is_place_name(form: str) -> bool:
    """A province's or city's name ("Pavlodar" in "Pavlodar Green Energy LLP"): not a company's short form."""
    return bool(_maintained_lookup(form)) or any(e.kind == PLACE for e, _ in _lookup(form))


_LEGAL_FORMS = frozenset(orgnames.legal_forms())


# Before or after a name used as a place: "in Kawasaki", "near Pavlodar"; "Pavlodar region", "Toyota City".
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|near|outside|around|across|into)\s+$")
_SETTLEMENT_BEFORE_RE = re.compile(r"\b(?:in|near|outside|around|across|into|at|(?:town|city|village|port|region)\s+of)\s+$",
                                   re.IGNORECASE)
_PLACE_AFTER_RE = re.compile(r"\s+(?:[Cc]ity|[Pp]refecture|[Pp]rovince|[Rr]egion|[Oo]blast|[Dd]istrict|[Cc]ounty)\b")



def _only_a_city(form: str) -> bool:
    """A name that only cities of the maintained lists carry (no region, no listed place): "Kawasaki"."""
    entries = _maintained_lookup(form)
    return bool(entries) and all(e.place_type == "city" for e, _ in entries) \
        and not any(e.kind == PLACE for e, _ in _lookup(form))


def _place_of_no_named_state(doc: _Doc, form: str) -> bool:
    """A name only places of states the text never names carry ("Northland", a New Zealand region, in a
    story on Poland's "Northland Power"): the firm's short form rather than a place."""
    named = {e.iso3 for e in doc.facts.entities.values() if e.kind == STATE}
    entries = _maintained_lookup(form)
    return bool(entries) and not any(e.kind == PLACE for e, _ in _lookup(form)) \
        and not any(e.country in named for e, _ in entries)


def _placed_after_comma(doc: _Doc, end: int) -> bool:
    """A state or place named after a comma: "Kawasaki, Japan"."""
    comma = re.compile(r",\s+").match(doc.text, end)
    span = doc.span_at(comma.end()) if comma else None
    return span is not None and span.key.startswith(("state/", "place/"))


# What a firm is of its parent ("the power-trading arm of NTPC"): the readers take the name after it for no actor
UNIT_OF_NOUNS = ("arm", "subsidiary", "subsidiaries", "unit", "division", "affiliate", "branch")
_PARENT_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(UNIT_OF_NOUNS)})\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$")

# "Petronas Carigali, the upstream arm of Petronas", "Engie Brasil, a unit of France's Engie": a firm's name that
# opens with its parent's, the apposition says it is a part of a firm
_UNIT_APPOSITION_RE = re.compile(rf",\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(UNIT_OF_NOUNS)})\s+of\b")
_NAME_WORDS_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w&'’.-]*){1,3}")


# Words a firm's unit is named with after its parent's name ("Gazprom Export", "SOCAR Trading", "Eni International")
_UNIT_WORDS_RE = re.compile(r"[ \t]+(?:Export|Exports|Trading|International|Overseas|Upstream|Downstream|Exploration|"
                            r"Renewables|Midstream|Marketing|Shipping|"
                            # a unit's own initials after the parent's ("KEPCO KPS", "Samsung C&T"), not an office's,
                            # a unit's or a trade's ("SOCAR CEO", "Gazprom LNG")
                            r"(?!(?:CEO|CFO|COO|CTO|MW|GW|MWh|GWh|LNG|LPG|CNG|EPC|PPA|IPO|AGM|JV|MOU|SPA|HQ|UK|US|EU|"
                            r"USA|UAE|CCS|CCUS|FID|FEED|O&M|M&A|R&D|E&P|HVDC|PLC|LLC|LLP|SA|AG|AS|ASA|AB|NV|BV|SE|"
                            r"JSC|PJSC|OJSC|SpA|GmbH|KK|Ltd|Inc|Co|Corp|Bhd|Tbk|PT)\b)[A-Z]{2,4}|[A-Z]&[A-Z])\b"
                            # (not a longer name's part, "the Gazprom International Gas Forum"; a title may follow)
                            r"(?![ \t]+(?!(?:Director|General|Chairman|Chairwoman|Chief|CEO|President|Deputy|Managing|"
                            r"Head|Vice)\b)[A-Z])")


def _units_named_after_their_parent(doc: _Doc) -> None:
    """A known firm's name followed by more capitalised words, then an apposition calling the whole a unit,
    arm or subsidiary of a firm: the whole is a firm of its own (of the parent's state unless it names one)."""
    for span in list(doc.spans):
        parent = doc.facts.entities.get(span.key)
        if parent is None or parent.kind != COMPANY:
            continue
        unit = _UNIT_WORDS_RE.match(doc.text, span.end)
        if unit is not None and doc.free(span.end, unit.end()) and doc.gaz.get(span.key) is not None:
            # "Gazprom Export", "SOCAR Trading": the parent's unit of that trade, a firm of its own and state
            start, end = span.start, unit.end()
            name = " ".join(doc.text[start:end].split())
            doc.spans.remove(span)
            doc.claimed[start:end] = b"\x00" * (end - start)
            key = f"organization/{slug(name)}"
            doc.entity(key, COMPANY, name, country=parent.country)
            doc.add(start, end, key)
            doc.named_after_listed.add(key)
            continue
        words = _NAME_WORDS_AFTER_RE.match(doc.text, span.end)
        if words is None or not _UNIT_APPOSITION_RE.match(doc.text, words.end()) \
                or not doc.free(span.end, words.end()):
            continue
        if all(w.rstrip(",") in _LEGAL_FORMS for w in words.group(0).split()):
            # "Samruk-Energy JSC, the power-generation subsidiary of …": the listed firm with its legal form
            parent.alt_labels.add(" ".join(doc.text[span.start:words.end()].split()))
            continue
        start, end = span.start, words.end()
        name = " ".join(doc.text[start:end].split())
        own = [e for e, how in _lookup(name.split()[-1]) if e.kind == STATE and how in ("name", "alt", "alias")]
        doc.spans.remove(span)
        doc.claimed[start:end] = b"\x00" * (end - start)
        key = f"organization/{slug(name)}"
        doc.entity(key, COMPANY, name, country=own[0].iso3 if own else parent.country)
        doc.add(start, end, key)
        doc.named_after_listed.add(key)



def _short_forms(doc: _Doc) -> None:
    """Names the text uses for a company it also names in full ("Datang", "PowerChina Resources")."""
    named_in_full = {x.key for x in doc.spans if len(doc.text[x.start:x.end].split()) > 1}
    owners: dict[str, set[str]] = {}
    prefixes = set()  # forms that open a name ("Kawasaki" of "Kawasaki Heavy Industries")
    heads = set()  # … or open it after the name of a state
    for ent in doc.facts.entities.values():
        if ent.kind != COMPANY or ent.key not in named_in_full or ent.key in doc.named_after_place:
            continue
        for form in {ent.label, *ent.alt_labels}:
            words = form.replace(",", "").split()
            for n in range(1, len(words)):
                prefix = " ".join(words[:n])
                if (n > 1 or words[0].lower() not in _GENERIC_COMPANY_WORDS | _NAME_ARTICLES) \
                        and words[0] not in _PREFIX_FORMS \
                        and words[n - 1].lower() not in _NAME_LINK_WORDS:  # (not "Newfoundland and", nor "Al" alone)
                    owners.setdefault(prefix, set()).add(ent.key)
                    prefixes.add(prefix)
            head = next((w for w in words if w not in _PREFIX_FORMS and not _is_state_or_demonym(doc, w)), None)
            if head is not None:
                heads.add(head)  # "Datang" of "China Datang Overseas Investment": the name after its state
            for i, w in enumerate(words):
                if w[:1].isupper() and w.lower().strip(".") not in _GENERIC_COMPANY_WORDS and len(w) > 3 \
                        and w.rstrip(",") not in _LEGAL_FORMS and w not in orgnames.HEAD_KINDS \
                        and not (i and words[i - 1].lower() in _NAME_LINK_WORDS):  # "S.A." names no one firm;
                    # the word after "des", "of", "de" is what the firm deals in ("… des Hydrocarbures"); a head
                    # noun names a kind of body, no one of them ("the Board of Directors" is no "Review Board")
                    owners.setdefault(w, set()).add(ent.key)
    leaders = _leader_names()
    # (a listed body's own name inside a new firm's, not at its head, is that body's: "Masdar" of "PT Pembangkitan
    # Jawa Bali Masdar Solar Energi", a venture Masdar holds a share in)
    # (nor is the whole name of a listed firm the short form of a longer name no list holds: "Masdar" of "Masdar Wind
    # Jambyl LLP, the project company wholly owned by Masdar" is the parent)
    owners = {f: k for f, k in owners.items()
              if not (any(doc.gaz.get(key) is None for key in k)
                      and any(e.kind in _ORGANIZATION_KINDS and how in ("label", "name") for e, how in _lookup(f)))}
    forms = {f: k for f, k in owners.items() if not _is_state_or_demonym(doc, f) and f not in leaders
             and (not _is_place_name(f) or f in prefixes and (_only_a_city(f) or _place_of_no_named_state(doc, f)))
             and (f in prefixes or f in heads
                  or not any(e.kind in _ORGANIZATION_KINDS and e.key not in k for e, _ in _lookup(f)))}
    if not forms:
        return
    first = {}  # where each company is first named in full
    for x in doc.spans:
        if x.key in named_in_full and len(doc.text[x.start:x.end].split()) > 1:
            first[x.key] = min(first.get(x.key, x.start), x.start)
    found = find_words(doc.text, sorted(forms, key=len, reverse=True))
    # A city's name that opens a firm's is its short form only where the text never uses it as a place ("a
    # consortium of Kawasaki, Iwatani …" after "Kawasaki Heavy Industries"), never where it does ("a plant in
    # Pavlodar"); a region's name never is.
    placed = {form for start, end, form in found if _is_place_name(form)
              and (_LOCATIVE_BEFORE_RE.search(doc.text, max(0, start - 12), start)
                   or _PLACE_AFTER_RE.match(doc.text, end) or _placed_after_comma(doc, end))
              or _FEATURE_AFTER_RE.match(doc.text, end)}
    # a form that is the whole name of another listed body the text writes with its own legal form ("Pertamina",
    # of "PT Pertamina (Persero)", beside "PT Pertamina Power Indonesia") is that body's
    formal = {x.key for x in doc.spans if doc.gaz.get(x.key) is not None
              and (_WITH_OWN_LEGAL_FORM_RE.match(doc.text, x.end) or _LEGAL_PREFIX_RE.search(doc.text, max(0, x.start - 6), x.start))}
    named = {f for k in formal if (e := doc.facts.entities.get(k)) is not None and e.kind in _ORGANIZATION_KINDS
             for f in (e.label, *e.alt_labels)}
    for start, end, form in found:
        if form in placed or form in named and not any(form in (doc.facts.entities[k].label,
                                                                 *doc.facts.entities[k].alt_labels) for k in forms[form]):
            continue
        # a form two firms share ("Kawasaki") is the one named in full before it, when only one was
        before = [k for k in forms[form] if first.get(k, len(doc.text)) < start]
        # (unless the text gave the form as one firm's own short name: "Gulf Meridian LNG, LLC (\"Gulf Meridian\")"
        # beside "Gulf Meridian LNG Holdings, LLC")
        own = [k for k in before if form in doc.facts.entities[k].alt_labels]
        if len(forms[form]) > 1 and len(before) != 1 and len(own) != 1:
            continue
        owner = (before[0] if len(before) == 1 else own[0]) if len(forms[form]) > 1 else next(iter(forms[form]))
        if doc.free(start, end) and _ends_unlisted_name(doc, start):
            continue  # "Lower Kestrel" is not "Kestrel Power", though it ends with that firm's first word
        if form not in prefixes and (_FACILITY_AFTER_NAME_RE.match(doc.text, end) or _PLACE_AFTER_RE.match(doc.text, end)):
            continue  # "the Jambyl project", "the Jambyl region": a work or a place the firm is named after
        run = re.match(r"[A-Z][\w'’-]*?(?:[ \t]+[A-Z][\w'’-]*?)*(?=['’]s\b|[^\w'’-]|$)", doc.text[start:start + 80])
        if doc.free(start, end) and run is not None and run.end() > end - start and (
                not any(run.group(0) in f for f in (doc.facts.entities[owner].label, *doc.facts.entities[owner].alt_labels))
                or _SETTLEMENT_BEFORE_RE.search(doc.text, max(0, start - 20), start)):
            # "Puerto Libertad Solar" is not "Energía Solar Puerto Libertad": another name goes on (and "the town
            # of Puerto Libertad" is a place, though the firm is named after it)
            continue
        if doc.free(start, end):
            doc.add(start, end, owner, "short")
            continue
        # a gazetteer company found at a short form the document uses ("Datang", "PowerChina [Resources]"),
        # but for the parent the text names as such ("the power-trading arm of state-run NTPC")
        span = doc.span_at(start)
        if span and span.end <= end and span.key != owner and doc.free(span.end, end) \
                and not _PARENT_BEFORE_RE.search(doc.text, max(0, start - 60), start) \
                and not _WITH_OWN_LEGAL_FORM_RE.match(doc.text, span.end) \
                and not _LEGAL_PREFIX_RE.search(doc.text, max(0, start - 6), start):
            # (a firm written with its own legal form is named in full: "PT Pertamina (Persero)" is the parent of
            # the "PT Pertamina Power Indonesia" the text names too)
            ent = doc.facts.entities.get(span.key)
            if ent and ent.kind == COMPANY and span.key not in named_in_full and owner not in doc.named_after_listed:
                span.key, span.end, span.how = owner, end, "short"
                doc.claimed[start:end] = b"\x01" * (end - start)
                doc.facts.entities[owner].alt_labels.add(form)


# "(Persero)", Indonesia's mark of a state enterprise, or a legal form after a name
_WITH_OWN_LEGAL_FORM_RE = re.compile(rf"[ \t]*\((?:Persero|{_LEGAL})\)|{_LEGAL_AFTER_RE.pattern}")


# A capitalised word inside a sentence, right before another word: the two may be one name.
# (at a paragraph's start too: "Urja Bharat, a joint venture of IOC and Bharat PetroResources, …")
_NAME_WORD_BEFORE_RE = re.compile(r"(?:(?<=[\w,;:()'’\"] )|(?<![^\n]))(?P<word>[A-Z][\w'’-]*) $")


@functools.cache
def _leader_names() -> frozenset[str]:
    """The reference list's leaders' names and their first words: a firm named after a leader ("the
    Mohammed VI Investment Fund") does not make the leader's name its short form."""
    names = [name.split() for name, _, _ in gaz_module.leaders()]
    return frozenset(" ".join(words[:n]) for words in names for n in range(1, len(words) + 1))


def _ends_unlisted_name(doc: _Doc, start: int) -> bool:
    """Whether the word at *start* closes a run of capitalised words no other pass claimed ("Lower Kestrel"),
    so a company's short form there would be only the end of another name."""
    m = _NAME_WORD_BEFORE_RE.search(doc.text, max(0, start - 40), start)
    return m is not None and m.group("word") not in _NOT_NAME_WORDS and doc.free(m.start("word"), m.end("word")) \
        and not TITLE_RE.match(m.group("word")) and not _ANY_TITLE_RE.match(m.group("word"))


# "X, a club of donor governments", "X (IPG), a coalition of 20 countries": a body of states
_BODY_OF_STATES_RE = re.compile(r"(?:\s+\([^)]{1,12}\))?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:club|group|grouping|"
                                r"coalition|alliance|association|bloc|forum|union|partnership|organi[sz]ation)\s+"
                                r"of\s+(?:\d+\s+|[a-z]+\s+){0,2}?(?:governments|states|countries|nations)\b")


def _bodies_of_states(doc: _Doc) -> None:
    """A company-shaped name the text describes as a body of states is an international organization."""
    for span in doc.spans:
        ent = doc.facts.entities.get(span.key)
        if ent is not None and ent.kind == COMPANY and not _lookup(ent.label) and \
                _BODY_OF_STATES_RE.match(doc.text, span.end):
            ent.kind = INTERNATIONAL_ORGANIZATION


# "China Petroleum & Chemical Corporation (Sinopec)": a listed body's name in brackets after a name
_BRACKET_OPEN_RE = re.compile(r"[ \t]*\([ \t]*[\"“'‘]?")  # "(Sinopec)", '("Codelco")'
_BRACKET_CLOSE_RE = re.compile(r"[\"”'’]?[ \t]*\)")
_ORGANIZATION_KINDS = (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY)


def _places_defined_as_firms(doc: _Doc) -> None:
    """A place's name in brackets after a firm's name that opens with it ("Red Sea Wind Energy S.A.E. (Red
    Sea)") is the short form the text gives the firm: there and wherever the text uses it again."""
    for span in list(doc.spans):
        firm = doc.facts.entities.get(span.key)
        m = _BRACKET_OPEN_RE.match(doc.text, span.end)
        inner = doc.span_at(m.end()) if m and firm is not None and firm.kind == COMPANY else None
        place = doc.facts.entities.get(inner.key) if inner is not None else None
        if place is None or place.kind != PLACE or not _BRACKET_CLOSE_RE.match(doc.text, inner.end):
            continue
        form = doc.text[inner.start:inner.end]
        if not gaz_module.fold(doc.text[span.start:span.end]).startswith(gaz_module.fold(form) + " "):
            continue
        for other in doc.spans:
            if other.key == place.key and other.start >= inner.start and doc.text[other.start:other.end] == form:
                other.key = firm.key
        firm.alt_labels.add(" ".join(form.split()))


# A short name a filing defines in quotation marks right after a body's full name: '("TotalEnergies PNG")',
# '(the "HOA")' (the first quoted form of the brackets)
_QUOTED_SHORT_RE = re.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?[\"“](?P<form>[A-Z][^\"“”()]{1,38}?)[\"”]")
# … and a short name given to several bodies at once: '(…, and collectively with A and B, the "Masela
# Contractors")', 'A, B and C are referred to collectively as the "Consortium"'
_GROUP_FORM_RE = re.compile(r"\b(?:collectively|together|jointly)\b[^()\"“”.;]{0,80}?\bthe[ \t]+[\"“](?P<form>[A-Z][^\"“”()]{1,38}?)[\"”]")


def _quoted_short_names(doc: _Doc) -> None:
    """The short name a filing defines for a body ('TotalEnergies EP PNG Limited ("TotalEnergies PNG")'): that
    body's, there and wherever the text uses it again, whatever the lists make of its words ("TotalEnergies",
    "PNG"); a short name defined for several bodies together names no body of its own."""
    if '"' not in doc.text and "“" not in doc.text:
        return  # (no name defined in quotes)
    for m in _GROUP_FORM_RE.finditer(doc.text):
        form = m.group("form")
        for span in [x for x in doc.spans if doc.text[x.start:x.end] == form and doc.gaz.get(x.key) is None
                     and x.key.startswith("organization/")]:
            doc.spans.remove(span)  # "the Masela Contractors": the three firms named before, not a fourth
            doc.claimed[span.start:span.end] = b"\x00" * (span.end - span.start)
    for span in sorted(doc.spans, key=lambda x: x.start):
        ent = doc.facts.entities.get(span.key)
        m = _QUOTED_SHORT_RE.match(doc.text, span.end) if ent is not None and ent.kind in _ORGANIZATION_KINDS else None
        if m is None or span not in doc.spans:
            continue
        form = " ".join(m.group("form").split())
        full = " ".join(doc.text[span.start:span.end].split())
        if form == full or not _shortens(form, full) \
                or all(w in orgnames.HEAD_KINDS or w.lower() in _GENERIC_COMPANY_WORDS for w in form.split()):
            continue  # ('ACWA Power Company (the "Company")': "the Company" is the context's to read, no name)
        for start, end, _ in find_words(doc.text, [form]):
            if start < m.start("form"):
                continue  # (a name defined is that body's from its definition on)
            inside = [x for x in doc.spans if start <= x.start and x.end <= end]
            if any((x.start, x.end, x.key) == (start, end, span.key) for x in inside) \
                    or any(x.key.startswith(("person/", "place/")) for x in inside) \
                    or any(x.start < end and start < x.end and x not in inside for x in doc.spans):
                continue
            for x in inside:
                doc.spans.remove(x)
            doc.claimed[start:end] = b"\x00" * (end - start)
            doc.add(start, end, span.key, "short")


def _shortens(form: str, full: str) -> bool:
    """Whether *form* is made of *full*'s own words, an acronym of some of them standing for them ("PHE Masela"
    of "PT Pertamina Hulu Energi Masela", "TotalEnergies PNG" of "TotalEnergies EP PNG Limited")."""
    words, parts = gaz_module.fold(full).split(), full.split()
    used = False
    for w in form.split():
        if gaz_module.fold(w) in words:
            used = True
        elif w.isupper() and len(w) >= 2 and any(_spelled_by(w, " ".join(parts[i:j]))
                                               for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)):
            used = True
        else:
            return False
    return used


def _bracketed_names(doc: _Doc) -> None:
    """A name the lists lack, followed by a listed body's name in brackets, is that body."""
    for span in list(doc.spans):
        m = _BRACKET_OPEN_RE.match(doc.text, span.end)
        inner = doc.span_at(m.end()) if m else None
        if inner is None or inner.key == span.key or not _BRACKET_CLOSE_RE.match(doc.text, inner.end) \
                or doc.gaz.get(inner.key) is None or doc.gaz.get(span.key) is not None:
            continue
        named, listed = doc.facts.entities.get(span.key), doc.facts.entities.get(inner.key)
        if named is None or listed is None or named.kind not in _ORGANIZATION_KINDS \
                or listed.kind not in _ORGANIZATION_KINDS:
            continue
        for other in doc.spans:
            if other.key == named.key:
                other.key = listed.key
        listed.alt_labels.update({named.label, *named.alt_labels})


_THE_FULL_NAME_AFTER_RE = re.compile(r",\s+the\s+")


def _bodies_named_again_in_apposition(doc: _Doc) -> None:
    """A firm's name in no list followed by "the" and a state body's full name in apposition ("Uzatom, the
    Agency for Atomic Energy under …"): one state body, by its short name and its full one."""
    for span in list(doc.spans):
        m = _THE_FULL_NAME_AFTER_RE.match(doc.text, span.end)
        inner = doc.span_at(m.end()) if m else None
        short = doc.facts.entities.get(span.key)
        full = doc.facts.entities.get(inner.key) if inner is not None else None
        if short is None or full is None or short is full or short.kind not in (COMPANY, ORGANIZATION) \
                or full.kind != GOVERNMENT_BODY or doc.gaz.get(span.key) is not None \
                or doc.gaz.get(inner.key) is not None or " " in short.label:
            continue
        for other in doc.spans:
            if other.key == short.key:
                other.key = full.key
        full.alt_labels.update({short.label, *short.alt_labels})


def _acronyms_before_names(doc: _Doc) -> None:
    """``ACR (Full Name)``, the other order of a definition ("STEG (Société Tunisienne de l'Électricité et du
    Gaz)"): when the capitalised words of the name spell the acronym, the two are one body, named in full."""
    for span in list(doc.spans):
        form = doc.text[span.start:span.end]
        if not (2 <= len(form) <= 8 and form.isupper() and form.isalpha()):
            continue
        m = _BRACKET_OPEN_RE.match(doc.text, span.end)
        inner = doc.span_at(m.end()) if m else None
        if inner is None or inner.key == span.key or not _BRACKET_CLOSE_RE.match(doc.text, inner.end):
            continue
        short, full = doc.facts.entities.get(span.key), doc.facts.entities.get(inner.key)
        if short is None or full is None or short.kind not in _ORGANIZATION_KINDS \
                or full.kind not in _ORGANIZATION_KINDS or doc.gaz.get(span.key) is not None:
            continue
        words = re.findall(r"[^\W\d_]+", doc.text[inner.start:inner.end])  # "l'Électricité": "l", "Électricité"
        initials = "".join(w[0] for w in words if w[0].isupper() and not re.fullmatch(_NAME_LINK, w))
        if gaz_module.fold(initials).upper() != form:
            continue
        for other in doc.spans:
            if other.key == short.key:
                other.key = full.key
        full.alt_labels.update({short.label, *short.alt_labels})


# "Mitsui Oil Exploration Co (MOECO)": "Co" without its full stop, closing a name before a bracket, a comma or "and"
# (not "Co-operation", "Co" opening a word)
_BARE_CO_RE = re.compile(r"[ \t]+Co(?=[ \t]*[(,;]|[ \t]+and\b)")


def _legal_forms_after(doc: _Doc) -> None:
    """A firm's name runs on over the legal form after it ("YPF S.A.", "Eni S.p.A."), which names no one."""
    for span in list(doc.spans):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind != COMPANY \
                or (m := _LEGAL_AFTER_RE.match(doc.text, span.end) or _BARE_CO_RE.match(doc.text, span.end)) is None:
            continue
        if m.re is _BARE_CO_RE:  # (another pass may have read the bare "Co" as a name of its own)
            for x in [x for x in doc.spans if x.start < m.end() and span.end < x.end and doc.text[x.start:x.end] == "Co"]:
                doc.spans.remove(x)
                doc.claimed[x.start:x.end] = b"\x00" * (x.end - x.start)
        if not doc.free(span.end, m.end()):
            continue
        doc.claimed[span.end:m.end()] = b"\x01" * (m.end() - span.end)
        span.end = m.end()
        if span.how in ("name", "alt"):
            ent.alt_labels.add(" ".join(doc.text[span.start:span.end].split()))


# "The Green Alliance is the second agreement of its kind": a name of an instrument, not of a body
_IS_AN_INSTRUMENT_RE = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|deal|pact|"
                                  r"treaty|memorandum|declaration|charter)\b")


def _agency_stem(name: str) -> str:
    """A news agency's name without its trade words, for comparison: "Anadolu Agency" and "Anadolu" are one."""
    return re.sub(r"(?:newsagency|agency|news)$", "", re.sub(r"[^a-z0-9]+", "", name.lower()))


# The words of a news outlet's name ("Anadolu Agency", "Kazinform News Agency", "The Astana Times")
_MEDIA_WORD_RE = re.compile(r"\b(?:Agency|News|Press|Times|Post|Daily|Herald|Tribune|Gazette|Radio|Television|TV|Wire|"
                            r"Journal|Review|Digest|Bulletin|Monitor|Magazine|Weekly|Report|Newswire|Telegraph|Observer)\b")


def _publisher_not_a_body(doc: _Doc) -> None:
    """The agency that publishes the report is its publisher, never a mention, wherever the text names it
    ("…, a spokesman told Anadolu Agency", "Kazinform News Agency correspondent"); a body or firm that
    publishes its own release acts in it and stays a mention."""
    publisher = _agency_stem(doc.facts.publisher or "")
    if len(publisher) < 3:
        return
    media = _MEDIA_WORD_RE.search(doc.facts.publisher or "") is not None
    for key, ent in list(doc.facts.entities.items()):
        if doc.gaz.get(key) is not None:
            continue  # a company's own release ("TotalEnergies" publishing of its project): the firm acts in it
        if ent.kind in (GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION) and not media:
            continue  # a body's own release ("the ASEAN Secretariat would continue to support …"): it acts in it
        if ent.kind in (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION) and _agency_stem(ent.label) == publisher:
            spans = [x for x in doc.spans if x.key == key]
            doc.spans[:] = [x for x in doc.spans if x.key != key]
            for x in spans:
                doc.claimed[x.start:x.end] = b"\x00" * (x.end - x.start)


def _instruments_not_bodies(doc: _Doc) -> None:
    """Drop the organizations no list holds, named with one of the trigger table's signed nouns ("… Alliance"),
    that the text makes (:data:`_MADE_INSTRUMENT_RE`: "launched a Green Alliance") or calls an instrument
    (:data:`_IS_AN_INSTRUMENT_RE`) anywhere: _head_organizations keeps such a name from being a body only
    where it is made."""
    for key, ent in list(doc.facts.entities.items()):
        if ent.kind != INTERNATIONAL_ORGANIZATION or ent.label.split()[-1].lower() not in _SIGNED_NOUNS \
                or doc.gaz.get(key) or orgnames.multinational(ent.label):
            continue
        spans = [x for x in doc.spans if x.key == key]
        if any(_IS_AN_INSTRUMENT_RE.match(doc.text, x.end)
               or _MADE_INSTRUMENT_RE.search(doc.text, max(0, x.start - 40), x.start) for x in spans):
            doc.spans[:] = [x for x in doc.spans if x.key != key]
            for x in spans:
                doc.claimed[x.start:x.end] = b"\x00" * (x.end - x.start)


# The rest of the name of a conference or convention that the United Nations frames ("the 28th United Nations
# Climate Change Conference", "the UN Framework Convention on Climate Change")
# ("the 30th UN Climate Change Conference": the convention's short name, "UN Climate Change", opens it too)
_FRAMED_GATHERING_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:Conference|Convention)\b")
_FRAMING_BODIES = ("organization/united-nations", "organization/united-nations-framework-convention-on-climate-change")


def _frames_of_gatherings(doc: _Doc) -> None:
    """The United Nations named only as the frame of a conference's or a convention's name is no mention of the
    body (the conference is an event; the convention an instrument, or its own secretariat)."""
    framed = [x for x in doc.spans if x.key in _FRAMING_BODIES and _FRAMED_GATHERING_AFTER_RE.match(doc.text, x.end)]
    for x in framed:
        doc.spans.remove(x)
        doc.claimed[x.start:x.end] = b"\x00" * (x.end - x.start)


def _persons_named_short(doc: _Doc) -> None:
    """A person named in full and again by the first words of that name ("Prince Abdulaziz bin Salman …
    Prince Abdulaziz said"): the short name is that person when no other person's name begins so."""
    people = [e for e in doc.facts.entities.values() if e.kind == PERSON]
    merged = {}
    for short in people:
        words = short.label.split()
        if len(words) < 2:
            continue
        longer = [e for e in people if e is not short and (any(
            n.split()[:len(words)] == words and len(n.split()) > len(words) for n in (e.label, *e.alt_labels))
            or short.label in e.alt_labels)]  # ("Salim al Aufi", a short form of "Salim bin Nasser al Aufi")
        if len(longer) == 1:
            merged[short.key] = longer[0]
    for key, full in merged.items():
        full.alt_labels.add(doc.facts.entities[key].label)
        full.position = full.position or doc.facts.entities[key].position
        full.represents = full.represents or doc.facts.entities[key].represents
        doc.spans[:] = [dataclasses.replace(x, key=full.key) if x.key == key else x for x in doc.spans]


def _bodies_named_again_without_their_state(doc: _Doc) -> None:
    """A state body named with its state ("the National Development and Reform Commission of China") and again
    without it: one body, the state's (the bare name took the report's state only by default)."""
    bodies = [e for e in doc.facts.entities.values() if e.kind == GOVERNMENT_BODY]
    for bare in bodies:
        owner = next((e for e in bodies if e is not bare and e.country and e.label.startswith(bare.label + " of ")
                      and (s := doc.gaz.state(e.country)) is not None
                      and e.label[len(bare.label) + 4:].removeprefix("the ") in (s.label, *s.alt_labels)), None)
        if owner is None:
            continue
        for x in doc.spans:
            if x.key == bare.key:
                x.key = owner.key
        owner.alt_labels.update({bare.label, *bare.alt_labels})


def _acronyms_of_named_bodies(doc: _Doc) -> None:
    """A listed body's acronym that spells the initials of a body the text names in full and the lists lack is
    that body's ("ZPC" after "Zhejiang Petroleum and Chemical Co.", not Zimbabwe's power company), unless the
    text names the listed body in full too."""
    named = [e for e in doc.facts.entities.values()
             if e.kind in _ORGANIZATION_KINDS and doc.gaz.get(e.key) is None and " " in e.label]
    if not named:
        return
    full_named = {x.key for x in doc.spans if x.how == "name"}
    for span in doc.spans:
        if span.how != "acronym" or doc.gaz.get(span.key) is None or span.key in full_named:
            continue
        form = doc.text[span.start:span.end]
        owners = [e.key for e in named if _spelled_by(form, orgnames.split_legal_form(e.label)[0])]
        if len(owners) == 1:
            owner = owners[0]
            span.key = owner
            doc.facts.entities[owner].alt_labels.add(form)


# The organs of a body, named by their rank and kind alone ("the Supreme Council of the GCC", "the Executive
# Board of …"): no name of a body of their own
_ORGAN_NAME_RE = re.compile(r"(?:Supreme|Executive|Permanent|Ministerial|General|Joint|Governing|Management)\s+"
                            r"(?:Council|Committee|Board|Assembly|Presidium)")


def _organs_of_bodies(doc: _Doc) -> None:
    """A body named by an organ's words alone ("Supreme Council") that the text puts under an international
    body ("The Supreme Council of the Cooperation Council for the Arab States of the Gulf (GCC) held its 45th
    session"): its every mention is that body's, as its heads meeting or acting."""
    for ent in [e for e in doc.facts.entities.values() if e.kind == INTERNATIONAL_ORGANIZATION]:
        if not _ORGAN_NAME_RE.fullmatch(ent.label):
            continue
        spans = [x for x in doc.spans if x.key == ent.key]
        owner = None
        for x in spans:
            of = re.match(r"\s+of\s+(?:the\s+)?", doc.text[x.end:x.end + 12])
            after = doc.span_at(x.end + of.end()) if of else None
            body = doc.facts.entities.get(after.key) if after is not None else None
            if body is not None and body.kind == INTERNATIONAL_ORGANIZATION and body.key != ent.key:
                owner = body.key
                break
        if owner is None:
            continue
        for x in spans:
            x.key, x.how = owner, "coref"


_SECRETARIAT_AFTER_RE = re.compile(r"[ \t]+Secretariat\b")


def _secretariats(doc: _Doc) -> None:
    """An international body's secretariat named by the body's name or acronym ("the ASEAN Secretariat", "the
    Energy Charter Secretariat"): an international body of its own, with the name the text gives it."""
    for span in list(doc.spans):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind != INTERNATIONAL_ORGANIZATION or ent.label.endswith("Secretariat"):
            continue
        surface = " ".join(doc.text[span.start:span.end].split())
        end = span.end
        if not surface.endswith("Secretariat"):
            after = _SECRETARIAT_AFTER_RE.match(doc.text, span.end)
            if after is None or not doc.free(span.end, after.end()):
                continue
            surface, end = f"{surface} Secretariat", after.end()
            doc.claimed[span.end:end] = b"\x01" * (end - span.end)
        own = doc.entity(f"organization/{slug(surface)}", INTERNATIONAL_ORGANIZATION, surface)
        for person in doc.facts.entities.values():
            if person.kind == PERSON and person.represents == span.key and surface in (person.position or ""):
                person.represents = own.key  # "Secretary-General of the Energy Charter Secretariat": its head
        span.key, span.end = own.key, end


def _acronyms_of_firms_named_in_full(doc: _Doc) -> None:
    """A firm named in full with its legal form and elsewhere by initials no list holds, never defined in brackets
    ("ENERGY Fiji Ltd … EFL"): when exactly one firm of the text spells it, legal form and all, they are one."""
    firms = [e for e in doc.facts.entities.values() if e.kind == COMPANY]
    for short in firms:
        if not (2 <= len(short.label) <= 6 and short.label.isupper() and short.label.isalpha()) \
                or doc.gaz.get(short.key) is not None or short.alt_labels:
            continue
        spelled = [e for e in firms if e is not short and any(
            len(n.split()) == len(short.label) and _initials(n).upper() == short.label
            for n in (e.label, *e.alt_labels))]
        if len(spelled) != 1:
            continue
        full = spelled[0]
        for span in doc.spans:
            if span.key == short.key:
                span.key = full.key
        full.alt_labels.add(short.label)


def _finish(doc: _Doc) -> None:
    _organs_of_bodies(doc)
    _secretariats(doc)
    _publisher_not_a_body(doc)
    _instruments_not_bodies(doc)
    _frames_of_gatherings(doc)
    _bodies_of_states(doc)
    _places_defined_as_firms(doc)
    _bracketed_names(doc)
    _quoted_short_names(doc)
    _bodies_named_again_in_apposition(doc)
    _acronyms_before_names(doc)
    _legal_forms_after(doc)
    _persons_named_short(doc)
    _acronyms_of_named_bodies(doc)
    _acronyms_of_firms_named_in_full(doc)
    _bodies_named_again_without_their_state(doc)
    facts = doc.facts
    used = set()
    starts = [s.start for s in facts.sentences]
    for span in sorted(doc.spans, key=lambda s: (s.start, -s.end)):
        if span.key not in facts.entities:
            continue
        used.add(span.key)
        sentence = max(0, bisect.bisect_right(starts, span.start) - 1)  # as text.sentence_index
        facts.mentions.append(EntityMention(span.key, span.start, span.end, sentence,
                                            doc.text[span.start:span.end], span.how))
    for key in [k for k in facts.entities if k not in used]:
        del facts.entities[key]
    for mention in facts.mentions:
        facts.entities[mention.key].sentences.add(mention.sentence)
    placed = {e.country for e in facts.entities.values() if e.kind == PLACE and e.country}
    for ent in list(facts.entities.values()):
        ent.alt_labels.discard(ent.label)
        if ent.kind in (COMPANY, GOVERNMENT_BODY) and not ent.country and " " in ent.label:
            # "Mauritanian Electricity Company", "Nigerian National Petroleum Company": the demonym says whose
            first = [e for e, how in _lookup(ent.label.split()[0]) if how == "demonym" and e.kind == STATE]
            if len(first) == 1:
                ent.country = first[0].iso3
        if ent.kind == PERSON and not ent.represents:
            # a head of state or government the text names without a country ("President Biden"); the state
            # is kept when the report's places lie in it and the text names it no other way ("MADRID - … Pedro
            # Sánchez")
            leads = gaz_module.leader_state(ent.label)
            iso = leads or _ministry_state(facts, ent.position)
            ent.represents = f"state/{iso}" if iso else None
            if leads and ent.represents not in facts.entities and leads in placed:
                doc.from_gazetteer(doc.gaz.state(leads))
        if ent.represents and ent.represents not in facts.entities:
            ent.represents = None


def _ministry_state(facts, position: str | None) -> str | None:
    """The state of the one ministry the document names for a minister's portfolio ("the Minister of Energy
    Jurabek Mirzamakhmudov" in a report naming the Ministry of Energy of the Republic of Uzbekistan)."""
    m = _MINISTER_PORTFOLIO_RE.match(position or "")
    if m is None:
        return None
    portfolio = (m.group("of") or m.group("before")).lower()
    states = {e.country for e in facts.entities.values() if e.kind == GOVERNMENT_BODY and e.country
              and re.match(rf"ministry\s+(?:of|for)\s+{re.escape(portfolio)}\b", e.label.lower())}
    return states.pop() if len(states) == 1 else None


_MINISTER_PORTFOLIO_RE = re.compile(r"(?i)(?:minister\s+(?:of|for)\s+(?:the\s+)?(?P<of>.+)|(?P<before>.+?)\s+minister)$")


# ------------------------------------------------------------------ the statistical layer

_FIRM_WORD_AFTER_RE = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _peoples_firms(doc: _Doc, found: list) -> list:
    """A word the recogniser read as a people or a region, followed by a firm's head word and no more name
    ("Deccan Renewables"), is an organisation's name; a state's demonym is not ("Chinese Energy Minister" is
    a title, "Turkish Petroleum" a firm the lists hold)."""
    out = []
    for c in found:
        if c.label not in ("NORP", "LOC") or _is_state_or_demonym(doc, doc.text[c.start:c.end]):
            continue
        m = _FIRM_WORD_AFTER_RE.match(doc.text, c.end)
        if m is not None and orgnames.firm_word(m.group("word")) and orgnames.HEAD_KINDS.get(m.group("word")) == COMPANY:
            out.append(cand_module.Candidate(c.start, m.end(), "ORG", c.sentence))
    return out


def _statistical_candidates(doc: _Doc) -> list:
    """The recogniser's spans in the sentences the rules left capitalised words in (run once)."""
    # (a sentence that names a body of states where only one can stand is read even when its capitalised words
    # are all common ones: "members of the Minerals Security Partnership")
    return cand_module.candidates(doc.facts.sentences, doc.free, _COMMON_CAPITALISED, orgnames.FIRM_HEADS,
                                  also=_BODY_OF_STATES_CUE_RE.search)[0]


# Capitalised words that alone do not make a sentence worth the recogniser's time: a name in no
# list has at least one word of its own ("Verdana Power", not "Power").
_COMMON_CAPITALISED = frozenset(_PERSON_STOP | set(_PORTFOLIO_WORDS.split("|")) | set(orgnames.HEAD_KINDS) |
                                _CONTINUATION | orgnames.NOT_ORGANIZATION_HEADS |
                                {"Phase", "Stage", "Unit", "Block", "Ministry", "Minister", "Mr", "Ms", "Dr"})
# Articles that open names in Arabic, Romance and Germanic languages: "Al" of "Al Batinah Green Power" is no
# short form of the firm (nor of any name)
_NAME_ARTICLES = {"al", "el", "la", "le", "les", "los", "las", "il", "de", "der", "die", "das", "van", "von"}
_NAME_LINK_WORDS = {"of", "and", "&", "for", "de", "du", "des", "la", "del", "da", "do", "dos", "das", "di", "e", "y",
               "the", "und", "et", "in", "on"}
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|The|a|an|An|La|Las|Los|Le|Les)\s+")
_TRAILING_RE = re.compile(r"(?:['’]s|['’]|\s*[(,;:.-]+)$")


# A holder's title before "of" and the body's name ("Group Chief Executive Officer of ", "Director General of ")
# The offices of a firm's or a body's officers, and of ministers
_OFFICER_TITLES = (r"Chief\s+Executive(?:\s+Officer)?|Chief\s+\w+\s+Officer|Managing\s+Director|Director[-\s]General|"
                   r"General\s+Manager|Chairman|Chairwoman|Chairperson|President|Commissioner|Secretary[-\s]General|"
                   r"Minister|CEO|Head|Director|Governor")
_LEADING_TITLE_RE = re.compile(rf"(?:(?:Group|Deputy|Vice|Acting|Interim|Executive)\s+|Co-)?(?:{_OFFICER_TITLES})"
                               r"\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z])")
# A body's initials ("PPIB", "CPPA-G", "NTPC")
_ACRONYM_WORD_RE = re.compile(r"[A-Z][A-Z&]+(?:-[A-Z]+)?")
# A list of officers that opens a capitalised run ("Managing Director PPIB A and Chief Executive Officer of X")
_TITLE_OPENS_RE = re.compile(rf"(?:(?:Group|Deputy|Vice|Acting|Interim|Executive|Federal|State|Union)\s+)?"
                             rf"(?:{_OFFICER_TITLES}|Secretary|Ambassador)\b")
# ", BP's regional president", ", the company's chief executive": an apposition giving a person's office at a body
# (the office may be written in capitals: ", Shell's Integrated Gas and Upstream Director")
_TITLED_BY_EMPLOYER_AFTER_RE = re.compile(r",\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-Þ][\w&.-]*\s+){0,2}(?:[A-ZÀ-ÖØ-Þ][\w&.-]*|company|"
                                          r"firm|group|bank)['’]s?\s+(?:[A-Za-z][\w-]*\s+){0,4}(?i:president|chief|"
                                          r"chairman|chairwoman|chair|director|head|manager|executive|officer|CEO|vice)\b")


def _titled_by_employer(doc: _Doc, start: int, end: int) -> bool:
    """Whether the two or three words at *start*–*end*, in no firm's words, are a person an apposition gives an
    office at a body ("Gary Jones, BP's regional president for …")."""
    words = doc.text[start:end].split()
    m = _TITLED_BY_EMPLOYER_AFTER_RE.match(doc.text, end)
    if len(words) not in (2, 3) or m is None or any(orgnames.firm_word(w) for w in words) \
            or orgnames.split_legal_form(doc.text[start:end])[1]:
        return False
    if doc.free(start, end):  # the person, speaking for the body the apposition names
        employer = next((x.key for x in doc.spans if end < x.start < m.end() and not x.key.startswith(("person/", "place/"))), None)
        title = re.search(r"['’]s?\s+(.*)$", m.group(0)).group(1)
        _person(doc, doc.text[start:end], start, end, _position(title[:1].upper() + title[1:]), employer, trim=False)
    return True


# An office and its holder's name closing a recogniser's span ("… General Secretary To Lam")
_TRAILING_OFFICE_RE = re.compile(r"\s+(?:General\s+Secretary|Secretary-General|Secretary\s+General|Chairman|Chairwoman|"
                                 r"Chief\s+Executive(?:\s+Officer)?|CEO|Director\s+General|Director-General)"
                                 r"(?:\s+[A-Z][\w'’.-]*){1,3}$")


def _trailing_office_at(name: str) -> int | None:
    """Where an office and its holder's name close *name*, when two words or more of a body's name stand before
    them ("Communist Party of Vietnam| General Secretary To Lam"); else None."""
    office = _TRAILING_OFFICE_RE.search(name)
    return office.start() if office is not None and len(name[:office.start()].split()) >= 2 else None


def _trim_candidate(doc: _Doc, start: int, end: int) -> tuple[int, int]:
    """Drop an article, a possessive ending, punctuation and leading words claimed already
    ("Norway's", "Chinese") from a recogniser span."""
    while True:
        text = doc.text[start:end]
        if m := _LEADING_ARTICLE_RE.match(text) or _NAME_OPENER_RE.match(text):
            start += m.end()
            continue
        if m := _TRAILING_RE.search(text):
            if m.start() > 0:
                end = start + m.start()
                continue
        if m := _LEADING_TITLE_RE.match(text):
            start += m.end()  # "Group Chief Executive Officer of NNPC Ltd": the employer is the name
            continue
        if (cut := _trailing_office_at(text)) is not None:
            end = start + cut  # "Communist Party of Vietnam General Secretary To Lam": the body, then its head
            continue
        # a claimed first word (a state, a demonym) and its possessive: "Norway's Statnett"
        first = re.match(r"[\w.&-]+(?:['’]s)?\s+", text)
        if first and not doc.free(start, start + first.end() - 1) and " " in text.strip() \
                and not (_all_firm_words(text[first.end():])
                         and any(how == "demonym" for _, how in _lookup(first.group(0).strip()))) \
                and not _opens_with_its_state(doc, start, end) \
                and not (_parent_and_region(text.split()) and len(text.split()) >= 3):
            start += first.end()
            continue
        return start, end


def _opens_with_its_state(doc: _Doc, start: int, end: int) -> bool:
    """Whether the recogniser's span at *start*..*end* is a firm's name that a state's name opens ("New Zealand
    Aluminium Smelters"), the state's span read already."""
    opening = doc.span_at(start)
    return opening is not None and opening.key.startswith("state/") and opening.end < end \
        and _named_after_its_state(doc, doc.text[start:opening.end], doc.text[opening.end:end])


def _named_after_its_state(doc: _Doc, first: str, rest: str) -> bool:
    """Whether a state's name opens a firm's name the recogniser read whole: two or more capitalised words
    after it, the last a firm's word or a legal form ("China Gas Hongda Energy Trading", "Kenya Electricity
    Generating Company", "China Kestrel Power Engineering Co., Ltd."), and the text no list of states there."""
    words = rest.split()
    return len(words) >= 2 and _name_shaped(rest) \
        and (orgnames.firm_word(words[-1]) or orgnames.split_legal_form(rest)[1]) \
        and any(e.kind == STATE and how == "name" for e, how in _lookup(first))


def _all_firm_words(rest: str) -> bool:
    """Whether the words after a demonym are all words of any firm's name ("[Afghan] Gas Enterprise"): the
    demonym is then part of the name."""
    words = rest.split()
    return len(words) >= 2 and words[-1] in _BODY_HEADS \
        and all(w in _GENERIC_NAME_WORDS or w in orgnames.HEAD_KINDS for w in words)


# The head words that end a body's name whatever words come before ("Gas Enterprise", "Power Company")
_BODY_HEADS = {"Company", "Corporation", "Enterprise", "Authority", "Agency", "Administration", "Board"}


def _name_shaped(name: str) -> bool:
    """Capitalised words, with only name-internal link words ("of", "de", "&") in lower case."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or (w[:1].isdigit() and i > 0) or w.lower() in _NAME_LINK_WORDS for i, w in enumerate(words)
    ) and not all(w.isdigit() for w in words)


_PLACE_PREPOSITION_RE = re.compile(r"\b(?:in|at|near|off|across|outside|inside|around|province\s+of|state\s+of|city\s+of)"
                                   r"\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_NOUN_AFTER_RE = re.compile(r"^\s+(?:province|state|region|city|town|village|district|county|river|basin|"
                                  r"valley|plant|dam|field|project|site|port|terminal|facility|complex|area|"
                                  r"coast|island|desert|mountains?)\b")
_PORTFOLIO_WORD_SET = set(_PORTFOLIO_WORDS.split("|")) | {"and", "of"}
_PORTFOLIO_MORE_WORDS = {v for w in _PORTFOLIO_MORE.split("|")  # ("Reforms?" is "Reform" and "Reforms")
                         for v in (w[:-2], w[:-1]) if w.endswith("s?") and w[:-2].isalpha()} | \
    {w.replace("[sz]", c) for w in _PORTFOLIO_MORE.split("|") if "[sz]" in w for c in "sz"} | \
    {w for w in _PORTFOLIO_MORE.split("|") if w.isalpha()}
_PORTFOLIO_ANY_WORDS = _PORTFOLIO_WORD_SET | _PORTFOLIO_MORE_WORDS
# The capitalised topic after a body's name ("… Commission (IGC) on Trade, Economic, Scientific and Technical Cooperation")
_TOPIC_OF_BODY_RE = re.compile(r"(?:\b(?:Commission|Committee|Council|Forum|Conference|Dialogue|Group|Agreement|Treaty|"
                               r"Memorandum)(?:\s+\([A-Z][\w&-]*\))?\s+(?:on|for)\s+(?:the\s+)?"
                               # ("a Treaty of Friendship, Good Neighbourliness and Cooperation": a treaty's topic)
                               r"|\b(?:Treaty|Charter|Convention|Pact)\s+of\s+(?=[A-Z][\w-]*,))"
                               r"(?P<topic>[A-Z][\w-]*(?:(?:,\s+|,?\s+and\s+|\s+)[A-Z][\w-]*)*)")
# (a title, whose portfolio goes on after "and" whatever its words, or a ministry, which "and" may join to a firm)
_PORTFOLIO_TITLES = ("Minister", "Secretary", "Commissioner")
_PORTFOLIO_OPENER = rf"\b(?P<opener>{'|'.join(_PORTFOLIO_TITLES)}|Ministry|Ministries)\s+(?:of|for)\s+"
_PORTFOLIO_BEFORE_RE = re.compile(rf"{_PORTFOLIO_OPENER}$")
# ("Minister of Finance and National Planning": the portfolio goes on after "and")
_PORTFOLIO_AND_BEFORE_RE = re.compile(rf"{_PORTFOLIO_OPENER}(?:[A-Z][\w-]*,?\s+){{1,4}}(?:and|&)\s+$")


_FIRM_OF_STATE_RE = re.compile(r"(?P<own>[^,;()]*?(?P<head>[A-Z][\w-]*))\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*$")


# A venture's owners: the words announce two or more of them ("a joint venture of A and B Holdings", "owned by
# A and B Holdings", "a consortium of A and B Holdings").
# (the first owner may be described: "a joint venture of the German renewable energy developer A and B Holdings")
_OWNERS_CUE_RE = re.compile(r"\b(?:joint\s+venture\s+(?:of|between|formed\s+by)|(?:jointly\s+)?owned\s+by|"
                            r"consortium\s+(?:of|formed\s+by))\s+(?:the\s+)?"
                            r"(?:(?-i:[A-Z][\w-]*)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,4}$", re.IGNORECASE)


def _venture_owner(doc: _Doc, raw: str, start: int) -> tuple[str, int] | None:
    """The first owner's name and offset in "a joint venture of A and B <firm>", where two owners are
    announced and the recogniser read one name; None elsewhere."""
    at = _last_join(raw)
    if at <= 0 or not _OWNERS_CUE_RE.search(doc.text, max(0, start - 90), start):
        return None
    left = raw[:at]
    if (p := _POSSESSIVE_RE.match(left)) is not None:
        left, start = left[p.end():], start + p.end()
    right = raw[at + 5:]
    if not (_name_shaped(left) and _name_shaped(right)) or _is_state_or_demonym(doc, left) \
            or left.split()[0] in _NOT_NAME_WORDS:
        return None
    return left, start


def _add_company(doc: _Doc, name: str, start: int) -> None:
    """*name* at *start* as a company: the listed one it names, else a new one."""
    end = start + len(name)
    if not doc.free(start, end) or f"({name})" in doc.text:
        return  # an acronym the text defines ("… Limited (ONGCL)") is left to the acronym pass
    known = [e for e, _ in _lookup(name) if e.kind in (COMPANY, INTERNATIONAL_ORGANIZATION)]
    ent = doc.from_gazetteer(known[0]) if known else doc.entity(f"organization/{slug(name)}", COMPANY, name)
    doc.add(start, end, ent.key, "name")


def _acronym_spells_right(doc: _Doc, end: int, left: str, right: str) -> bool:
    """The acronym in brackets after "A and B C D (BCDX)" opens with the initials of the words after "and",
    not of the whole: two firms, the second defined ("Badeel and Saudi Aramco Power Company (SAPCO)")."""
    m = ACRONYM_DEF_RE.match(doc.text, end)
    if m is None:
        return False
    initials, whole, acr = _initials(right), _initials(f"{left} {right}"), m.group("acr")
    # ("… and China General Nuclear Power Group (CGN)": the acronym may spell only the first words of the second)
    return len(initials) >= 3 and acr.startswith(initials) and not acr.startswith(whole) \
        or len(acr) >= 3 and initials.startswith(acr) and not whole.startswith(acr)


def _split_coordinated(doc: _Doc, found):
    """The recogniser's names, with two firms it read as one ("Arab Contractors and Elsewedy Electric") split:
    the words before "and" end as a firm's name does and the words after start a name of their own, or the
    name follows words that announce a venture's owners ("a joint venture of Enwind and Tallis Holdings")."""
    for c in found:
        text = doc.text[c.start:c.end]
        comma = text.find(", ")
        if c.label == "ORG" and comma > 0 and orgnames.firm_word(text[:comma].split()[-1]) \
                and _name_shaped(text[comma + 2:]) and not _lookup(" ".join(text.split())):
            # "PacificLight Renewables, Medco Power Global": two firms of a list, the first ending in its trade
            yield dataclasses.replace(c, end=c.start + comma)
            c = dataclasses.replace(c, start=c.start + comma + 2)
            text = doc.text[c.start:c.end]
        at = text.rfind(" and ")
        if c.label == "ORG" and at > 0 and not _lookup(orgnames.split_legal_form(" ".join(text.split()))[0]) \
                and not _spelled_by_acronym_after(doc, c.start, c.end):
            left, right = text[:at], text[at + 5:]
            own = left[p.end():] if (p := _POSSESSIVE_RE.match(left)) else left
            first = right.split()[0] if right.split() else ""
            owners = bool(_OWNERS_CUE_RE.search(doc.text, max(0, c.start - 90), c.start)) \
                and _name_shaped(own) and _name_shaped(right)
            if _GOVERNMENT_ALONE_RE.fullmatch(own) \
                    and _name_shaped(right) and first not in _GENERIC_NAME_WORDS:
                # "between the Federal Government and Siemens AG": the government the text is about, then a firm
                yield dataclasses.replace(c, start=c.start + at + 5)
                continue
            if (owners or _stands_alone(doc, own) and _stands_alone(doc, right) or _acronym_spells_right(doc, c.end, own, right)) \
                    and first not in _GENERIC_NAME_WORDS:
                yield dataclasses.replace(c, end=c.start + at)
                yield dataclasses.replace(c, start=c.start + at + 5)
                continue
        yield c


_SPAN_WORD_RE = re.compile(r"\S+")
# "The chief executive of the state company Sonatrach, Toufik Hakkar, and …": the office, its firm, then its holder
_OFFICE_OF_FIRM_BEFORE_RE = re.compile(r"\b(?:chief\s+executive(?:\s+officer)?|CEO|chairman|chairwoman|chairperson|"
                                       r"president|managing\s+director|director[-\s]general|general\s+manager|head)"
                                       r"\s+of\s+(?:the\s+)?[^,;:()]{1,80},\s+$", re.IGNORECASE)
# Words of a title held by one person, never part of a body's name ("Ministers", plural, is: "Council of Ministers")
_OFFICE_WORD_RE = re.compile(r"\b(?:Ministers?|Chairman|Chairwoman|Ambassadors?|Envoys?|Secretary-General|General\s+Secretary|"
                             r"CEO)\b")


def _holder_after_employer(text: str, start: int, end: int) -> int | None:
    """Where the name of the title holder begins in a recogniser's span that runs on past an employer's
    name ("Chairman of the Agency … on Atomic Energy Almasadam Satkaliyev"): two or three name-shaped
    words after the last word of a portfolio or an organization's head, when a title governs the span."""
    if not _EMPLOYER_BEFORE_RE.search(text[max(0, start - 60):start]):
        return None
    words = list(_SPAN_WORD_RE.finditer(text, start, end))
    last = max((i for i, w in enumerate(words) if w.group(0) in _PORTFOLIO_WORD_SET
                or orgnames.kind_of(w.group(0))), default=None)
    if last is None or last == 0:
        return None
    tail = words[last + 1:]
    if 2 <= len(tail) <= 3 and all(w.group(0)[:1].isupper() and w.group(0).isalpha()
                                   and w.group(0) not in _PERSON_STOP for w in tail) \
            and NAME_RE.fullmatch(" ".join(w.group(0) for w in tail)):
        return words[last].end()
    return None


_TITLE_WORD_SET = frozenset(w.lower() for w in (*TITLE_QUALIFIERS, *TITLE_RANKS, "prime", "deputy", "vice", "first"))
# An officer's title that ends a recogniser's span after the employer's name (not "the Office of the President")
_TRAILING_TITLE_RE = re.compile(rf"(?<!\bof)(?<!\bthe)\s+(?:(?:Group|Deputy|Vice|Acting|Interim|Executive)\s+)?(?:{_OFFICER_TITLES})"
                                rf"(?:\s+(?:and|&)\s+(?:{_OFFICER_TITLES})(?:\s+Officer)?)?$")


_ACRONYM_NEAR_RE = re.compile(r"[^()\n]{0,30}?(?P<open>\s*\()")


def _spelled_by_acronym_after(doc: _Doc, start: int, end: int) -> bool:
    """Whether the acronym after the name at *start*..*end* spells its capitalised words, "and" and all
    ("National Transmission and Despatch Company (NTDC)"): one name, not two."""
    m = ACRONYM_DEF_RE.match(doc.text, end)
    if m is None:
        return False
    initials = _initials(doc.text[start:end].rstrip(" ("))
    return m.group("acr").upper() == initials.upper() and len(initials) >= 3


# A name that a relative clause says was signed: an instrument's ("The Green Alliance that A and B signed")
# (a subject between: "the Alliance, which signed a deal" is a body that signed)
_SIGNED_AFTER_NAME_RE = re.compile(r"\s+(?:that|which)\s+(?!(?:has|have|had|also|then|later|was|were|is|are|will|would|"
                                   r"jointly|recently)\b)[^.;:()]{1,80}?\s(?:signed|concluded|inked|sealed)\b")


_OFFICE_AFTER_RE = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w-]*)*\s+(?:Director|Officer|President|Manager|Head|Chief|"
                              r"Executive|Vice[- ]President)\b")


_CAPITALS_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z]{2,5})[ \t]$")


_FIRM_NOUN_AFTER_PLACE_RE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{orgnames.FIRM_NOUNS_PATTERN})\b")


# Words for a body that, alone and capitalised, refer to one named before ("the Assembly", "the Committee")
_BARE_BODY_WORDS = frozenset({"Assembly", "Committee", "Congress", "Senate", "Presidency", "Chamber", "Court", "Tribunal"})
# The head of an instrument's title before "of" ("Memorandum of Understanding", "Letter of Intent")
_INSTRUMENT_OF_BEFORE_RE = re.compile(r"\b(?:Memorandum|Memoranda|Letters?|Declaration|Protocol|Statement|Notes?|"
                                      r"Agreement|Treaty|Exchange|Heads)\s+of\s+$")


def _statistical_organizations(doc: _Doc, found, dateline_state: str | None, *, named: bool,
                               acting=frozenset()) -> None:
    """Organizations the recogniser found that no list holds, typed by head noun and legal form.

    A span equal to a known name, alias or acronym is that entity. A span is kept
    when it is name-shaped and is not a state, a place, a title, an event, a
    facility, a document or a technology; with no head noun or legal form, only when
    the words around it say it is a firm or an employer ("utility X", "X's chief
    executive", "chief executive of X", "X and <a known company>").

    Parameters
    ----------
    named : bool
        True: only names with a head noun or a legal form (run before the person
        patterns, so that "X, chief executive of Y" can link Y); False: the others.
    acting : set of (int, int)
        Spans found acting as a party (signing, or the other side of a deal), read in the
        second pass whatever their shape: the recogniser missed them in the first.
    """
    placelike = {" ".join(doc.text[c.start:c.end].split()) for c in found if c.label in ("GPE", "LOC", "FAC")}
    topics = [m.span("topic") for m in _TOPIC_OF_BODY_RE.finditer(doc.text)]
    main = None
    for c in _split_coordinated(doc, found):
        owned_place = c.label == "GPE" and _owner_state(doc, doc.text[max(0, c.start - 60):c.start]) is not None
        words = doc.text[c.start:c.end].split()
        if c.label in ("LOC", "FAC") and len(words) > 1 and orgnames.firm_word(words[-1]) \
                and not _known_place(" ".join(words)) and not _WORK_NOUN_AFTER_RE.match(doc.text, c.end):
            c = dataclasses.replace(c, label="ORG")  # "South Atlantic Petroleum": a firm's word ends no place's name
        if c.label == "PERSON" and "&" in doc.text[c.start:c.end]:
            c = dataclasses.replace(c, label="ORG")  # "KP&P Africa": no person's name holds an ampersand
        if c.label not in ("ORG", "PERSON") and not owned_place:
            continue
        start, end = _trim_candidate(doc, c.start, c.end)
        end = start + len(_without_titled_person(doc, start, doc.text[start:end]))
        if (caps := _CAPITALS_BEFORE_RE.search(doc.text, max(0, start - 8), start)) is not None \
                and doc.free(caps.start(), start) and not _lookup(caps.group(1)):
            start = caps.start()  # "YTL PowerSeraya": a word in capitals no list knows opens the name after it
        raw = " ".join(doc.text[start:end].split())
        if named and c.label == "ORG":
            _rejoin(doc, start, end)
        if c.label == "ORG" and (tail := _holder_after_employer(doc.text, start, end)):
            end = tail  # "Chairman of the Agency … on Atomic Energy A B": the name after it is the chairman's
            raw = " ".join(doc.text[start:end].split())
        if c.label == "ORG" and (title := _TRAILING_TITLE_RE.search(doc.text, start, end)) and title.start() > start \
                and doc.text[start:title.start()].split()[-1].lower() not in _TITLE_WORD_SET:
            # "Lynas Managing Director and Chief Executive Officer A": the firm is Lynas (not "Deputy Prime" of a
            # "Deputy Prime Minister", which names no firm at all)
            end = title.start() - (2 if doc.text[title.start() - 2:title.start()] in ("'s", "’s") else 0)
            raw = " ".join(doc.text[start:end].split())
        base, legal = orgnames.split_legal_form(raw)
        if not legal and (of := _FIRM_OF_STATE_RE.match(doc.text, start, end)) and _state_of(doc, of.group("state")) \
                and (orgnames.firm_word(of.group("head"))
                     or any(e.kind == COMPANY for e, _ in _lookup(" ".join(of.group("own").split())))):
            end = of.end("own")  # "Pavilion Energy of Singapore": the firm is "Pavilion Energy", of Singapore (and
            raw = base = " ".join(doc.text[start:end].split())  # "Eskom of South Africa", a listed firm, Eskom)
        kind = orgnames.kind_of(base, legal_form=legal)
        if named != bool(kind and len(base.split()) > 1 or legal) and (c.start, c.end) not in acting:
            continue
        if not legal and _HEADING_LINE_RE.fullmatch(doc.text, doc.text.rfind("\n", 0, start) + 1,
                                                      _line_end(doc.text, end)) \
                and all(w.lower() in _HEADING_WORDS or orgnames.firm_word(w) for w in base.split()):
            continue  # "Additional Resources", "Media Relations": a heading of a release, in words of no name
        if re.search(r",\s+\w+$", base) and _title_follows(doc.text, end):
            continue  # "Mads Nipper, Group President and CEO of …": a name, then a title that opens with a firm word
        if re.search(r"['’]s\s+$", doc.text[max(0, start - 4):start]) and _OFFICE_AFTER_RE.match(doc.text, end):
            continue  # "Shell's Integrated Gas and Upstream Director": the words of an office at the firm
        if _NOT_AN_ORGANIZATION.search(base) or all(w.strip(",") in _GENERIC_NAME_WORDS for w in base.split()) \
                or _GOVERNMENT_ALONE_RE.fullmatch(base) or _BODY_ORGAN_RE.fullmatch(" " + base) \
                or _MEMBER_ROLE_RE.fullmatch(base) or _FACILITY_AFTER_NAME_RE.match(doc.text, end):
            continue  # "Steering Committee", "Energy Union": not the name of one body; "a Contracting Party":
            # a member's standing; "the Dhalkebar substation": a work named after its place
        if _OFFICE_WORD_RE.search(base):
            continue  # "Natural Resources Minister Alparslan Bayraktar": a title and its holder, not a body
        if " " not in base and not legal and _ADJECTIVE_END_RE.search(base) and re.match(r"\s+[a-z]", doc.text[end:]):
            continue  # "its Turkic partners", "the Nordic countries": an adjective before its noun, no name
        if _titled_by_employer(doc, start, end):
            continue  # "Gary Jones, BP's regional president for …": a person, whose firm the apposition names
        if _SIGNED_AFTER_NAME_RE.match(doc.text, end):
            continue  # "The Green Alliance that Oslo and Brussels signed": an instrument, not a body
        employer = bool(_EMPLOYER_BEFORE_RE.search(doc.text[max(0, start - 60):start]))
        # (a name with a short form in brackets that an apposition calls a firm is one: "Elektrárna Dukovany II
        # (EDU II), the project company …")
        acronym_firm = re.match(r"\s*\([A-Z]", doc.text[end:end + 3]) and (fa := _FIRM_AFTER_RE.match(doc.text[end:end + 90])) \
            and not re.match(r"['’]s\b", doc.text[end + fa.end():end + fa.end() + 2])
        if c.label == "PERSON" and not legal and not employer and not acronym_firm and \
                not any(orgnames.firm_word(w) for w in base.split()[1:]) \
                and not _named_for_the_trade(base) \
                and not ((" " in base or not _surname_named(doc, base) and not _speaker_after_list(doc, start, end))
                         and _beside_a_company(doc, start, end)
                         and not _OFFICE_OF_FIRM_BEFORE_RE.search(doc.text, max(0, start - 120), start)):
            continue  # a person, unless the words are a firm's ("Norte Energia", "EverWind Fuels"), an employer's,
            # or a name listed with firms ("A, B and Ansaldo Nucleare", "SSE Renewables, Equinor and Vårgrønn")
            # that is not the surname of a person the text names
        if len(base) < 2 or not _name_shaped(base) or orgnames.not_an_organization(base) and not (
                base.split()[-1] in _HEADS_OF_STATES_BODIES and _body_of_states_named(doc, start, end)) \
                or _HONORIFIC_RE.fullmatch(base + " ") \
                or orgnames.split_legal_form("Name " + base)[0] == "Name":  # "Ltd" cut from "NTPC Ltd"
            continue
        known = [e for e, how in _lookup(base) if e.kind in (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY,
                                                             ORGANIZATION)]
        if not doc.free(start, end) and acronym_firm and not known \
                and all(x.key.startswith("place/") and start <= x.start and x.end <= end
                        for x in doc.spans if x.start < end and x.end > start):
            # "Elektrárna Dukovany II (EDU II), the project company": a firm named after its site
            doc.spans[:] = [x for x in doc.spans if not (x.start < end and x.end > start)]
            doc.claimed[start:end] = b"\x00" * (end - start)
        if not doc.free(start, end):
            # inside the span, only states named as part of the name ("Energy Exchange Malaysia")
            inner = [x for x in doc.spans if x.start < end and x.end > start]
            # (the parent's span at the start, the state's at the end, or both: "Air Liquide Large Industries
            # South Africa")
            unit = 1 <= len(inner) <= 2 and not known and _parent_and_region(base.split()) \
                and len(base.split()) >= 3 and all(
                    x.start == start and x.end < end or x.key.startswith("state/") and x.end == end and x.start > start
                    for x in inner)
            if unit:
                # "ExxonMobil LNG Asia Pacific": the listed parent's unit, a firm of its own
                for x in inner:
                    doc.spans.remove(x)
                doc.claimed[start:end] = b"\x00" * (end - start)
                state = [x for x in inner if x.key.startswith("state/") and x.end == end]
                kind, iso = COMPANY, getattr(doc.facts.entities.get((state or inner)[0].key), "country", None)
                ent = doc.entity(f"organization/{slug(base)}", kind, base, country=iso)
                doc.add(start, end, ent.key, "name")
                doc.named_after_listed.add(ent.key)
                continue
            if not (kind and inner and all(x.key.startswith("state/") and start <= x.start and x.end <= end
                                           for x in inner)) or known:
                continue
        if known:
            ent = doc.from_gazetteer(known[0])
            doc.add(start, end, ent.key, "name")
            continue
        if any(e.kind == COMPANY and e.label.startswith(base + " ") for e in doc.facts.entities.values()):
            continue  # "Karakum Wind" after "Karakum Wind Holdings PLC": a short form, read as such later
        whole = next(((e, len(f) - len(base)) for e in doc.facts.entities.values() if e.kind in _ORGANIZATION_KINDS
                      for f in (e.label, *e.alt_labels) if f.endswith(" " + base)
                      and doc.text[max(0, start - len(f) + len(base)):start] == f[:len(f) - len(base)]), None)
        if whole is not None:
            # "About Helios Norte Energía", the recogniser's span cut after its first word: the body named in full
            if doc.free(start - whole[1], end):
                doc.add(start - whole[1], end, whole[0].key, "name")
            continue
        if any(e.kind in (STATE, PLACE) or how in ("capital", "demonym") for e, how in _lookup(base)):
            continue
        if _maintained_lookup(base) and _FIRM_NOUN_AFTER_PLACE_RE.match(doc.text, end) and " " not in base:
            continue  # "Noble Energy, the Texas company that …": where the firm is from, before its noun
        if _ANY_TITLE_RE.fullmatch(base) or TITLE_RE.match(base) or base in _MONTHS \
                or (honour := _HONORIFIC_RE.match(doc.text[start:start + 80])) is not None and honour.end() >= end - start:
            continue  # (nor "Eng" of "Eng. Sabah Mashaly": an engineer's style before a name)
        if set(base.split()) <= _PORTFOLIO_WORD_SET:  # "Natural Resources": a portfolio, cut from a ministry's name
            continue
        if base.rstrip(".") == "Co" or base in ("Member", "Members") \
                or orgnames.split_legal_form(f"Name {base}") == ("Name", base):
            continue  # "Japan's JERA Co", "Tenaga Nasional Berhad": the form left of a firm read already
        if (whole := _longer_body_named(doc, base, start)) is not None:
            doc.add(start, end, whole, "short", surface=False)  # "the Bank Group" after "African Development Bank Group"
            continue
        portfolio_and = _PORTFOLIO_AND_BEFORE_RE.search(doc.text, max(0, start - 60), start)
        if _PORTFOLIO_BEFORE_RE.search(doc.text, max(0, start - 40), start) or any(a <= start < b for a, b in topics) \
                or portfolio_and and (base.split()[-1] in _PORTFOLIO_WORD_SET
                                      # ("Minister for Economic Affairs and Climate Action": after a title's
                                      # "and", whatever its words, the portfolio goes on)
                                      or portfolio_and.group("opener") in _PORTFOLIO_TITLES):
            # "Minister of Territorial Administration …", "Commission (IGC) on Trade, Economic … Cooperation",
            # "Minister of Finance and National Planning": a portfolio or the topic of a body, not a body
            continue
        techs = find_technologies(base)
        if techs and techs[0][0] == 0 and techs[0][1] == len(base):
            continue
        if " " not in base and base.endswith("s") and (TITLE_RE.fullmatch(base[:-1]) or _ANY_TITLE_RE.fullmatch(base[:-1])):
            continue  # "The two Presidents agreed": office holders counted, no body
        if " " not in base and not base.isupper() and (base in orgnames.HEAD_KINDS or base in _BARE_BODY_WORDS):
            continue  # "president of the Assembly": a body named before by its head word alone, no new name
        if _INSTRUMENT_OF_BEFORE_RE.search(doc.text, max(0, start - 30), start):
            continue  # "the Memorandum of Understanding signed in Algiers": the rest of an instrument's title
        # a name that signs or is the other side of a deal is a party, whatever the recogniser called it
        party = kind is None and (c.label == "ORG" or owned_place) and _acts_as_a_party(doc, start, end)
        if owned_place and not party and not _beside_a_company(doc, start, end):
            # "with China's Norinco": the recogniser takes a name after a state's possessive for a place; one in
            # no list of places that signs or is the other side of a deal is a firm of that state
            continue
        before = doc.text[max(0, start - 60):start]
        possessor = _owner_state(doc, before)
        if possessor and any(e.country == possessor for e, _ in _maintained_lookup(base)) \
                and not (owned_place and _beside_a_company(doc, start, end)):
            continue  # "China's Xinjiang": a place of the state before it (but "Japan's Chiyoda and France's
            # Technip Energies": a firm named like a ward of Tokyo, listed with a firm)
        if kind is None:
            after = doc.text[end:end + 80]
            firm_before = _FIRM_BEFORE_RE.search(before) and _TRADE_ITEM_END_RE.match(doc.text, end)
            if (not party and (base in placelike and not _beside_a_company(doc, start, end)
                               or re.fullmatch(r"[A-Z0-9&-]+s?", base) and not firm_before)
                    or gaz_module.leader_state(base)):
                continue  # an unexplained acronym or a word in capitals: as often a project or a heading (but
                # "the local firm BTU", "mining group CMOC": the trade before it says whose name it is)
            if _PLACE_PREPOSITION_RE.search(before[-20:]) or _PLACE_NOUN_AFTER_RE.match(after):
                continue
            # "Serbia's Srbijagas": an organisation the recogniser found, owned by a state the text names
            owner_iso = possessor if c.label in ("ORG", "GPE") and not _NOT_A_BODY_AFTER_RE.match(after) else None
            regulator = _REGULATOR_BEFORE_RE.search(before)
            if not (employer or firm_before or owner_iso or _FIRM_AFTER_RE.match(after)
                    or _beside_a_company(doc, start, end) or party or _named_for_the_trade(base)
                    or _body_of_states_named(doc, start, end) or regulator):
                continue
            kind = COMPANY  # a named body the text calls a firm or an employer
            iso = owner_iso
            if regulator and not firm_before:
                # "Indonesia's upstream oil and gas regulator, SKK Migas": a state's body, the state's whose
                # possessive opens the description
                kind = GOVERNMENT_BODY
            if _BODY_OF_STATES_AFTER_RE.match(after) or _body_of_states_named(doc, start, end) \
                    and not (firm_before or _FIRM_AFTER_RE.match(after)):
                # "both members of the Minerals Security Partnership", "the X, a US-led group of a dozen
                # countries": a body states belong to
                kind, iso = INTERNATIONAL_ORGANIZATION, None
        else:
            iso = None
        kind = _ROMANCE_HEADS.get(base.split()[0], kind)  # "Secretaría de Energía": the first word is the head
        if kind == GOVERNMENT_BODY:
            iso = _state_in_name(doc, base)
            owner = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+$", doc.text[max(0, start - 40):start])
            iso = iso or (_state_of(doc, owner.group(1)) if owner else None)
            if not iso:
                main = main or _main_state(doc, dateline_state)
                iso = main
        if kind == COMPANY and (of_state := _generic_firm_of_state(doc, base, end)) is not None:
            # "the National Electric Grid of Kyrgyzstan": a name of generic words is completed by its state (whose
            # span, read already, stays inside the firm's)
            state, _, end = of_state
            base, iso = " ".join(doc.text[start:end].split()), iso or state.iso3
        elif kind == COMPANY and possessor and all(w in _GENERIC_FIRM_WORDS for w in base.split()) \
                and (state := doc.gaz.state(possessor)) is not None:
            # "Uzbekistan's National Electric Grid": the same firm, its state before it
            base, iso = f"{base} of {state.label}", possessor
        kept = [x for x in doc.spans if start <= x.start and x.end <= end]
        if kept:
            doc.claimed[start:end] = b"\x00" * (end - start)
            opening = next((x for x in kept if x.start == start and x.key.startswith("state/")), None)
            if opening is not None and _named_after_its_state(doc, doc.text[start:opening.end], doc.text[opening.end:end]):
                doc.spans.remove(opening)  # "China Gas Hongda Energy Trading": the state's name is the firm's
        if kind == COMPANY and iso is None and (of := _OF_STATE_AFTER_RE.match(doc.text, end)) is not None:
            iso = _state_of(doc, of.group("state"))  # "Kesselnet of Slovakia and Tovagrid of Moldova": whose firm
        ent = doc.entity(f"organization/{slug(base)}", kind, base, country=iso)
        doc.add(start, end, ent.key, "name")
        if raw != base:
            ent.alt_labels.add(raw)


_WITHOUT_REPUBLIC_RE = re.compile(r"\s+of\s+the\s+Republic\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?=on\s)")


def _named_again(doc: _Doc) -> None:
    """Every other free occurrence of a body's name that one pass found at one place only.

    The recogniser tags a name where its sentence makes it look like one ("state gas distributor
    Sulgás") and may not tag it again ("signed by Sulgás president …"); a name the document has
    established is the same body wherever it stands as a whole word.
    """
    # only names the text wrote bare: "East African Crude Oil Pipeline Ltd" does not make the pipeline a firm
    bare = {x.key for x in doc.spans if " ".join(doc.text[x.start:x.end].split()) ==
            getattr(doc.facts.entities.get(x.key), "label", None)}
    forms = {}
    for ent in doc.facts.entities.values():
        if ent.kind not in (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY) or len(ent.label) < 3 \
                or not ent.label[:1].isupper() or ent.label in _COMMON_CAPITALISED or ent.key not in bare \
                or ent.label.isupper() and ent.alt_labels:
            # (acronyms are read with their expansions, _acronyms and _bracketed_names; one a pass found bare, "the
            # Chinese consortium CBC", is the same body where the text writes it again)
            continue
        forms.setdefault(ent.label, ent.key)
    if not forms:
        return
    for start, end, form in find_words(doc.text, sorted(forms, key=len, reverse=True)):
        # ("Nuclear Power Ghana" again: the state in the name is no state of the sentence here either, and the
        # short form read there is the name read whole)
        own = [x for x in doc.spans if x.key == forms[form] and start <= x.start and x.end <= end]
        inner_state = any(x.key.startswith("state/") and start <= x.start and x.end <= end for x in doc.spans)
        if doc.free(start, end) or inner_state and _free_but_states(doc, start, end, also=own):
            for x in own:
                doc.spans.remove(x)
            doc.add(start, end, forms[form], "name")


_TITLE_BEFORE_NAME_RE = re.compile(rf"[ \t]+(?i:{_LOWER_TITLE})[ \t]+$")


# A firm's officer named after its name, as one item of a list of signers: "by KHNP CEO A B, ZE PAK CEO C D and …"
_OFFICER_TITLE_RE = re.compile(r"[ \t]+(?:CEO|COO|CFO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Cc]hair(?:man|woman)?|"
                               r"[Mm]anaging\s+[Dd]irector)[ \t]+$")
_LIST_SLOT_NAME_RE = re.compile(rf"(?:,[ \t]+|\b(?:by|and|with)[ \t]+)(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})$")


def _firm_before_officer(doc: _Doc, title: re.Match):
    """The firm in no list whose officer a list item names ("…, ZE PAK CEO Piotr Wozny and …"): the capitalised
    words between the list's comma or "by"/"and" and a company title; else None."""
    if _OFFICER_TITLE_RE.fullmatch(title.group(0)) is None:
        return None
    m = _LIST_SLOT_NAME_RE.search(doc.text, max(0, title.start() - 40), title.start())
    if m is None or not doc.free(m.start("name"), m.end("name")):
        return None
    name = m.group("name")
    words = name.split()
    if _ANY_TITLE_RE.match(name) or orgnames.not_an_organization(name) \
            or all(w in _GENERIC_NAME_WORDS for w in words) \
            or any(e.kind in (STATE, PLACE, PERSON) or how in ("capital", "demonym") for e, how in _lookup(name)):
        return None
    ent = doc.entity(f"organization/{slug(name)}", COMPANY, name)
    doc.add(m.start("name"), m.end("name"), ent.key, "name")
    return doc.span_at(m.start("name"))


def _employers_before_titles(doc: _Doc) -> None:
    """A person named after a body's name and a title ("Sulgás president Marcelo Brandão") speaks for that
    body, when the persons' pass could not tell it (the body's name was found after it ran)."""
    for span in list(doc.spans):
        ent = doc.facts.entities.get(span.key)
        if ent is None or ent.kind != PERSON or ent.represents:
            continue
        title = _TITLE_BEFORE_NAME_RE.search(doc.text, max(0, span.start - 60), span.start)
        if title is None:
            continue
        employer = doc.span_ending(title.start()) or _firm_before_officer(doc, title)
        if employer is None:
            continue
        body = doc.facts.entities.get(employer.key)
        if body is not None and body.kind in (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY):
            ent.represents = body.key
            # "president" of a firm is not a head of state
            ent.position = ent.position or _position(title.group(0).strip()[:1].upper() + title.group(0).strip()[1:])


# Nouns that say a name is a firm's ("grid operator X", "the copper producers X and Y"); the
# trade rule reads them in either number, the recogniser's evidence also takes the collective ones.
_TRADE_WORDS = orgnames.TRADE_NOUNS


def _in_either_number(word: str) -> str:
    """A noun and its plural as one alternative ("compan(?:y|ies)", "firms?")."""
    return word[:-1] + "(?:y|ies)" if word.endswith("y") and word[-2] not in "aeiou" else word + "s?"


_FIRM_NOUNS = "|".join([_in_either_number(w) for w in _TRADE_WORDS] +
                       ["group", "giant", "unit", "consortium", r"joint\s+venture", "buyer", "fund"])
# "grid operator X", "the companies X, Y and", "Norwegian developer X"
_FIRM_BEFORE_RE = re.compile(rf"\b(?:{_FIRM_NOUNS})\s+(?:{_CAP}(?:\s+{_CAP})*(?:,\s+|\s+and\s+))*$")
# A body of states named where only one can stand: after the words for its members, or before an apposition
# that calls it a group of states ("the X, a US-led group of a dozen countries", "the X (XYZ), a regional grouping
# that also includes A, B …"). The three patterns below share these parts.
_MEMBER_WORDS_OF = r"(?:(?:founding\s+|full\s+)?members?|member\s+(?:states|countries)|observers?)\s+(?:of|in)\s+the\s+"
_GROUP_APPOSITION = (r"\s*(?:\([A-Z]{2,8}\))?\s*,\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}?(?:(?:group|grouping|bloc|alliance|club|"
                     r"coalition|forum|partnership|body|organi[sz]ation)\s+(?:(?:of|that\s+brings\s+together|bringing\s+"
                     r"together|which\s+brings\s+together)\s+(?:[\w-]+\s+){0,5}?(?:countries|states|nations|economies|"
                     r"governments)\b|(?:that|which)\s+(?:also\s+)?(?:includes|comprises|brings\s+together)\s+(?:the\s+)?[A-Z])"
                     # ("a U.S.-led grouping set up in 2022", "a regional bloc": the words say a group of states alone)
                     r"|(?:grouping|bloc)\b(?!\s+of\s+(?:[\w-]+\s+){0,2}(?:companies|firms|investors|banks|lenders)\b))")
_BODY_OF_STATES_BEFORE_RE = re.compile(_MEMBER_WORDS_OF + "$")
_BODY_OF_STATES_AFTER_RE = re.compile(_GROUP_APPOSITION)
# The heads of a programme's name that a standing body of states may bear too ("the Minerals Security Partnership",
# "the North Seas Energy Cooperation")
_HEADS_OF_STATES_BODIES = frozenset({"Partnership", "Initiative", "Platform", "Forum", "Cooperation"})
# A sentence with such a name where only a body of states can stand
_STATES_BODY_HEAD = rf"(?:{'|'.join(sorted(_HEADS_OF_STATES_BODIES))})\b"
_BODY_OF_STATES_CUE_RE = re.compile(rf"\b{_MEMBER_WORDS_OF}(?:[A-Z][\w-]*\s+){{1,4}}{_STATES_BODY_HEAD}"
                                    rf"|\b[A-Z][\w-]*\s+{_STATES_BODY_HEAD}{_GROUP_APPOSITION}")


def _body_of_states_named(doc: _Doc, start: int, end: int) -> bool:
    """Whether the name at *start*..*end* stands where only a body of states can: after the words for its
    members ("both members of the X"), or before an apposition that calls it a group of states."""
    return bool(_BODY_OF_STATES_BEFORE_RE.search(doc.text, max(0, start - 40), start)
                or _BODY_OF_STATES_AFTER_RE.match(doc.text, end))


# a span cut short of a capitalised word, or the name of a plan rather than of a body
_NOT_A_BODY_AFTER_RE = re.compile(r"^(?:\s+[A-Z]|\s+(?:vision|initiative|plan|programme|program|strategy|policy|"
                                  r"agenda|corridor|route|scheme|model|doctrine)\b)")
_STATE_POSSESSIVE_END_RE = re.compile(rf"(?:^|[\s(])(?P<state>{_CAP}(?:\s+{_CAP}){{0,2}})['’]s\s+$")


# A state's body described before its name in no list ("Indonesia's upstream oil and gas regulator, SKK Migas", "the
# energy regulator ERE"): the description in lower case ends in the word for a public body
_REGULATOR_BEFORE_RE = re.compile(r"\b(?:[a-z][\w-]*\s+){0,5}(?:regulator|watchdog|regulatory\s+(?:agency|authority|body)|"
                                  r"government\s+agency|state\s+agency)\s*,?\s+$")


def _state_before_possessive(doc: _Doc, start: int):
    """The listed state whose name, in any of its forms and however many words ("Trinidad and Tobago's"), ends
    in a possessive right before *start*; else None."""
    m = re.search(r"((?:\S+\s+){0,4}\S+)['’]s\s+$", doc.text[max(0, start - 60):start])
    words = m.group(1).split() if m else []
    for i in range(len(words)):
        state = next((e for e, _ in _lookup(" ".join(words[i:])) if e.kind == STATE), None)
        if state is not None:
            return state
    return None


def _owner_state(doc: _Doc, before: str) -> str | None:
    """The state whose possessive ends *before* ("… with China's "), if a state's."""
    owner = _STATE_POSSESSIVE_END_RE.search(before)
    return _state_of(doc, owner.group("state")) if owner else None
# "X's chief executive", "X, a Brazilian utility", "X (NYSE: XYZ)"
_FIRM_AFTER_RE = re.compile(
    rf"^(?:['’]s\s+(?:chief|CEO|chairman|chairwoman|president|shares|subsidiary|unit|board|stake|head|"
    # (its short form in brackets before the apposition: "Consolidated Power Projects (CPP), the engineering firm")
    rf"managing|executive|shareholders)\b|(?:\s*\([A-Z][\w&.-]{{1,10}}(?:\s[A-Z\d]{{1,4}})?\))?,\s+(?:a|an|the|which\s+is\s+a)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_FIRM_NOUNS})\b"
    # ", the company said": a reporting clause after the sentence, no apposition
    rf"(?!\s+(?:{REPORTING})\b)"
    rf"|\s+\((?:[A-Z]+:\s*)?[A-Z.]{{2,8}}\)\s+(?:said|has|is|will|shares))")
# A party's acts: the name is the subject of a verb only a party does ("X signed", "X and Y agreed",
# "X, the Danish developer, will sign"), or the other side of a deal ("a contract with X", "signed with
# A, B and X", "a venture between X and"). Vocabulary: the "actors" table of triggers.yaml.
_ACTORS = triggers("actors")
_AWARDING = triggers("agreements")
# (no word ends with a full stop: a name does not run on into the next sentence)
_PARTY_WORD = r"[A-Z][\w'’&+-]*(?:\.[A-Z][\w'’&+-]*)*"
_PARTY_NAME = rf"{_PARTY_WORD}(?:[ \t]+(?:&[ \t]+)?{_PARTY_WORD}){{0,4}}"
# (not the building verbs: places and projects "build" and "develop" as often as firms do)
_ACTING_VERBS = _ACTORS.acting_finite_verbs
_ACTING_AFTER_RE = re.compile(
    rf"(?:\s*,[^,;()]{{3,80}},)?\s+(?:and\s+(?:the\s+)?{_PARTY_NAME}\s+)?(?:(?:has|have|had)\s+)?"
    rf"(?:also\s+|jointly\s+|formally\s+)?(?:{_forms_of(_ACTING_VERBS, 'VERB', only='finite')}|(?:will|to)\s+"
    rf"(?:also\s+|jointly\s+)?{_forms_of(_ACTING_VERBS)})\b")
_WORKING_AFTER_RE = re.compile(
    rf"\s+(?:(?:will|would|is\s+to|are\s+to|has|have|had)\s+(?:also\s+|jointly\s+)?"
    rf"(?:{_forms_of(_ACTORS.working_verbs, 'VERB')})|{_forms_of(_ACTORS.working_verbs, 'VERB', only='present')})\b")
_ACTED_WITH_CUE = (rf"(?:\b(?:{_ACTORS.pattern('deal_nouns')}|{_ACTORS.pattern('with_past_verbs')})"
                   # ("a contract signed in 1999 with RasGas": when, between the verb and its other side)
                   r"(?:\s+(?:in|on)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?))?"
                   rf"\s+(?:with|between)\s+(?:[Tt]he\s+)?"  # "with The Crown Estate": the article of a name
                   rf"|\b{_ACTORS.pattern('venture_nouns')}\s+(?:of|between|led\s+by|formed\s+by)\s+(?:the\s+)?"
                   # the signers of an instrument, told in the passive: "the memorandum was signed by A and B"
                   rf"|\b{_forms_of(('sign', 'co-sign', 'countersign', 'conclude', 'ink', 'initial'), 'VERB', only='past')}"
                   rf"\s+(?:{WHERE_BEFORE_AGENT}|{IN_THE_PRESENCE_OF})?by\s+(?:the\s+)?"
                   # the contractors a contract is given to, in the words the agreement reader reads it by
                   rf"|\b{_forms_of(_AWARDING.awarding_verbs, 'VERB', only='past')}\s+(?:the|a|an)\s+"
                   rf"(?:[\w$€£.,-]+\s+){{0,4}}?{_AWARDING.pattern('award_nouns')}\s+to\s+(?:the\s+)?)")
_ACTED_WITH_CUE_RE = re.compile(_ACTED_WITH_CUE)
# the cue and the names of its list before a name ("a contract with A, B and ")
# "a deal with China's Norinco": the owner's possessive may stand before the name
_ACTED_WITH_BEFORE_RE = re.compile(rf"{_ACTED_WITH_CUE}(?:{_PARTY_NAME}(?:\s*,\s*|\s+and\s+)(?:[Tt]he\s+)?)*"
                                   r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?$")


_PARTY_SPAN_RE = re.compile(rf"(?<![\w'’.&+-]){_PARTY_NAME}")
_FIRM_NOUN_THEN_NAME_RE = re.compile(rf"\b(?:{'|'.join(_TRADE_WORDS)})\s+(?P<name>{_PARTY_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?"
                                     rf"{_PARTY_WORD}){{0,4}})")
_PARTY_LIST_SEP_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _party_candidates(doc: _Doc, found: list) -> list:
    """Names in a party's place that the recogniser missed or called a place: the subject of a party's
    verb, or an item of the list after "a deal with" (:func:`_acts_as_a_party`), as ``ORG`` candidates
    for the same checks as the recogniser's. Not where it read a person, and not a sentence's first
    word unless it read that word as an organisation (a capitalised opener is no name)."""
    # where the recogniser read a person, a people or a region, the span is none of the parties sought here;
    # but a person named by one word no rule knows is no one the report introduced (it calls a firm in no
    # list a person as often as not: "Kaltavo signed")
    # (a one-word LOC that no list of places or regions holds is no region: the recogniser reads many firms'
    # coined names so, "signed by Masdar and Uzbekenergo")
    persons = [(c.start, c.end) for c in found if c.label == "NORP"
               or c.label == "LOC" and (" " in doc.text[c.start:c.end].strip() or _known_place(doc.text[c.start:c.end]))
               or c.label == "PERSON" and " " in doc.text[c.start:c.end].strip()]
    orgs = {(c.start, c.end) for c in found if c.label == "ORG"}
    starts = [x.start for x in doc.facts.sentences]
    out, openers = [], []

    def take(start: int, end: int) -> None:
        start, end = _trim_candidate(doc, start, end)
        if _titled_by_employer(doc, start, end):
            return
        i = bisect.bisect_right(starts, start) - 1
        sentence = doc.facts.sentences[i]
        words = doc.text[start:end].split()
        firm_named = len(words) > 1 and orgnames.firm_word(words[-1])  # "Deccan Renewables": a people's word, a trade
        if end <= start or orgnames.split_legal_form("Name " + doc.text[start:end])[0] == "Name" \
                or any(a < end and start < b and not (firm_named and b < end) for a, b in persons) \
                or not doc.free(start, end) \
                or doc.text[:start].rstrip()[-1:] in ("(", ")") or doc.text[start:end].casefold() in WORLD_REGIONS \
                or doc.text[start:end] in _NOT_NAME_WORDS:
            return  # a legal form cut off by brackets ("… (Pty) Ltd"), a region, or a pronoun ("We signed")
        found_here = cand_module.Candidate(start, end, "ORG", sentence.index)
        # a sentence's first word, perhaps after an opening quote mark ('"Kaltavo signed', '"We agreed')
        if not doc.text[sentence.start:start].strip(" \t\n\"“‘'«—–-") and (start, end) not in orgs \
                and not _FIRM_AFTER_RE.match(doc.text[end:end + 80]):  # "Sulgás, a gas distributor, signed"
            openers.append((found_here, sentence))  # a capitalised opener: a name only if the tagger says so
        else:
            out.append(found_here)

    for m in _PARTY_SPAN_RE.finditer(doc.text):
        if _ACTING_AFTER_RE.match(doc.text, m.end(), m.end() + 140):
            take(m.start(), m.end())
    for m in _ACTED_WITH_CUE_RE.finditer(doc.text):
        pos, names = m.end(), []
        while (name := _PARTY_SPAN_RE.match(doc.text, pos)) is not None:
            names.append((name.start(), name.end()))
            sep = _PARTY_LIST_SEP_RE.match(doc.text, name.end())
            if sep is None:
                break
            pos = sep.end()
        if not any(doc.text[a:b].casefold() in WORLD_REGIONS for a, b in names):  # a list of regions names none
            for a, b in names:
                take(a, b)
    for m in _FIRM_NOUN_THEN_NAME_RE.finditer(doc.text) if " " in doc.text else ():
        # "Brazilian renewables developer Casa dos Ventos": the trade noun says a firm's name follows, particles
        # and all (the recogniser cuts such a name at its particle)
        if _TRADE_ITEM_END_RE.match(doc.text, m.end()):
            take(m.start("name"), m.end("name"))
    if openers:
        from epkg.graph.extract.nlp import tags

        for (c, sentence), tagged in zip(openers, tags([sentence.text for _, sentence in openers])):
            if all(tag in ("NNP", "NNPS") for a, b, tag in tagged if a < c.end - sentence.start and b > c.start - sentence.start):
                out.append(c)
    return out


def _known_place(name: str) -> bool:
    """Whether *name* is a region of the world or a place or state some list holds."""
    name = " ".join(name.split())
    return name.casefold() in WORLD_REGIONS or any(e.kind in (STATE, PLACE) for e, _ in _lookup(name)) \
        or bool(_maintained_lookup(name))


_SPELLED_RE = re.compile(rf"(?<![\w'’.&+-])(?P<name>{_PARTY_NAME})\s+\((?P<acr>[A-Z][A-Za-z&]{{1,7}})" + _OTHER_SCRIPT_NAME + r"\)")


def _parties_spelled_by_their_acronym(doc: _Doc) -> None:
    """A name in no list that the acronym after it spells and that signs, agrees or partners ("Polskie
    Elektrownie Jądrowe (PEJ), the state company developing the plant, signed"), or is the other side of a deal:
    a body (a firm unless its head word says otherwise), whatever the recogniser called it (a person's name has no
    acronym)."""
    for m in _SPELLED_RE.finditer(doc.text) if "(" in doc.text else ():
        words = m.group("name").split()
        start, end = m.start("name"), m.end("name")
        if len(words) < 2 or not _spelled_with_inner_letters(m.group("acr").upper(), words) or _lookup(m.group("name")):
            continue
        inside = [x for x in doc.spans if x.start < end and x.end > start]
        opening = inside[0] if len(inside) == 1 and inside[0].start == start and inside[0].key.startswith("state/") \
            and len(doc.text[inside[0].end:end].split()) >= 2 else None
        if inside and opening is None or not doc.free(opening.end if opening else start, end):
            continue  # (but "Singapore Energy Interconnections (SGEI)": a state's name opens the body's)
        if not (_ACTING_AFTER_RE.match(doc.text, m.end(), m.end() + 140)
                or _ACTED_WITH_BEFORE_RE.search(doc.text[max(0, start - 120):start])):
            continue
        name = " ".join(words)
        if orgnames.split_legal_form("Name " + name)[0] == "Name" or any(w in _NOT_NAME_WORDS for w in words[:1]) \
                or orgnames.not_an_organization(name):
            continue  # ("the Comprehensive Economic Partnership Agreement (CEPA) concluded between": an instrument)
        key = f"organization/{slug(name)}"
        if opening is not None:
            doc.spans.remove(opening)
            doc.claimed[start:end] = b"\x00" * (end - start)
        doc.entity(key, orgnames.kind_of(name) or COMPANY, name)
        doc.add(start, end, key)


def _spelled_with_inner_letters(acronym: str, words: list[str]) -> bool:
    """Whether *acronym* is the initials of *words*, each word giving its initial and perhaps one more of its
    letters after it, in order ("SGEI" for "Singapore Energy Interconnections", "PEJ" for "Polskie Elektrownie
    Jądrowe"); at most two such letters in all.

    Examples
    --------
    >>> words = ["Singapore", "Energy", "Interconnections"]
    >>> _spelled_with_inner_letters("SGEI", words), _spelled_with_inner_letters("SEI", words)
    (True, True)
    >>> _spelled_with_inner_letters("SXEI", words), _spelled_with_inner_letters("SE", words)
    (False, False)
    """
    def fits(i: int, k: int, extra: int) -> bool:
        if k == len(words):
            return i == len(acronym)
        word = words[k].upper()
        if i >= len(acronym) or acronym[i] != word[0]:
            return False
        if fits(i + 1, k + 1, extra):
            return True
        # one more letter of the same word ("SinGapore"), when the budget allows
        return extra < 2 and i + 1 < len(acronym) and acronym[i + 1] in word[1:] and fits(i + 2, k + 1, extra + 1)

    return fits(0, 0, 0)


def _acts_as_a_party(doc: _Doc, start: int, end: int) -> bool:
    """Whether the name at *start*–*end* signs, agrees or partners, or is the other side of a deal."""
    if _ACTING_AFTER_RE.match(doc.text[end:end + 140]) or _WORKING_AFTER_RE.match(doc.text, end):
        return True
    cue = _ACTED_WITH_BEFORE_RE.search(doc.text[max(0, start - 120):start])
    if cue is not None and _STATE_POSSESSIVE_END_RE.search(cue.group(0)) and _owner_state(doc, cue.group(0)) is None:
        return False  # "a venture of China Huaneng Group's Shandong arm": a firm's part, not a party of its own
    # a list of regions names none ("cooperation with Central Asia and the Caucasus")
    return cue is not None and not any(n.group(0).casefold() in WORLD_REGIONS
                                       for n in _PARTY_SPAN_RE.finditer(cue.group(0)))


_GENERIC_NAME_WORDS = (set(_PORTFOLIO_WORDS.split("|")) | set(orgnames.HEAD_KINDS) | _CONTINUATION |
                       {"Financial", "Clean", "New", "Joint", "Steering", "Advisory", "Technical", "Working", "High",
                        "Level", "Union", "Hydrogen", "Alliance", "Committee", "Group", "Project", "Heads", "Leaders",
                        "Ministers", "Government", "Governments", "the", "of", "and",
                        # people named by their role, opening a sentence ("Officials signed …")
                        "Officials", "Delegates", "Representatives", "Executives", "Authorities", "Sources",
                        "Analysts", "Negotiators", "Regulators", "Lenders", "Investors", "Shareholders",
                        # the signatories of a treaty or a joint statement ("The Parties will …")
                        "Parties", "Party", "Sides", "Side",
                        "for", "&",
                        # a state named by its form of government ("the Kingdom signed …")
                        "Kingdom", "Republic", "Sultanate", "Emirate", "Principality"})


# "the copper producers Codelco and Aurubis", "the grid operators Elering in Estonia and Litgrid in
# Lithuania", "cable maker Nexans": a noun of trade in front of names says they are firms.
_TRADE_NOUNS = alternation([*map(_in_either_number, _TRADE_WORDS), "partners", "co-venturers", "venturers", "co-owners",
                            "shareholders", "consortium"], str)  # (each form a pattern already)
# (or where the firm is based: "US-based Lindsayca", "the Oslo-headquartered Aker Horizons")
# ("the eastern-based House of Representatives": a direction before "-based" says where, not that a firm follows)
_TRADE_LIST_RE = re.compile(rf"(?:(?<![\w-])(?:{_TRADE_NOUNS})|(?<=[\w.])(?<!ern)(?<!ward)[-–](?:based|headquartered|registered)"
                            # "a consortium made up of A, B and C", "a joint venture between A and B": firms' names
                            rf"|(?<![\w-])(?:consortium|joint\s+venture)\s*,?\s+(?:made\s+up\s+of|formed\s+by|"
                            rf"composed\s+of|comprising|led\s+by|of|between))"
                            # "the utilities of the two countries, A and B"
                            rf"(?:\s+of\s+(?:the\s+)?(?:two|three|four|both)\s+(?:countries|states|governments|sides),)?"
                            # ("four lenders: Japan's MUFG Bank, the Commonwealth Bank of Australia, Westpac and ING")
                            # ("The developer, Gastrade, said": the name in apposition between commas)
                            rf"(?::\s+(?:the\s+)?|\s+|,\s+(?=[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}},))"
                            rf"(?:(?:including|such\s+as|among\s+them)\s+)?(?=[A-Z])")
# Before an item of such a list: its article, its state's possessive, its own trade ("the Dutch lender ING")
_TRADE_ITEM_OPENER_RE = re.compile(rf"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][a-z]+\s+(?:{_TRADE_NOUNS})\s+)?(?=[A-Z])")
# (a name may open in lower case when a capital follows inside it: "energyRe", "innogy")
# (and never past a full stop that ends a sentence: "… company Enertrag. It was named")
_TRADE_NAME_RE = re.compile(r"(?:[A-Z]|[a-z]+(?=[A-Z]))[\w’'.&+-]*(?:(?<![a-z]{2}\.)\s+(?:&\s+)?[A-Z0-9][\w’'.&+-]*)*")
_TRADE_ACRONYM_RE = re.compile(r"\s+\([A-Z][A-Za-z0-9&.-]{1,9}\)")
_TRADE_GAP_RE = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
# what may follow a listed name: its acronym, where it works, the next item, or the end of the clause
_TRADE_ITEM_END_RE = re.compile(r"\s+\(|\s+(?:in|of|from)\s+[A-Z]|\s+in\s+[a-z]|,|\s+and\s+|\s*[.;:!?)]|\s*$|\s+(?:to|had|have|has|"
                                r"will|would|was|were|is|are|said|signed|agreed|won|built|build|concluded|on|for|"
                                r"at|as|with|together|jointly|under|who|which|that|supplies|operates|owns|makes|"
                                r"builds|provides|runs|leads|[a-z]+ed)\b")
_TRADE_NOT_NAME = _MONTHS | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
                             "This", "That", "In", "On", "At", "For", "With", "And", "But", "If", "As", "By"}


_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|from)\s+(?:the\s+)?$")
_PLACE_CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|last|this|next|earlier|later|during|for|to|and|"
                                  r"where|when|after|before|since|by|with|under|while|as)\b")


# "a state visit to the Kingdom": a state's form of government, capitalised, stands for the state, no place
_STATE_FORM_WORDS = frozenset({"Kingdom", "Republic", "Emirate", "Emirates", "Federation", "Sultanate", "Principality",
                               "Commonwealth", "Confederation", "Union", "State"})


def _statistical_places(doc: _Doc, found) -> None:
    """Places in no maintained list that the recogniser found after a preposition of place.

    "signed in Palić in June", "the summit in Cornwall.": a free, name-shaped span the
    recogniser calls a geopolitical entity or a location, after "in", "at", "near" …
    and closing its phrase, is a place (its country unknown unless the rules knew it).
    """
    text = doc.text
    for c in found:
        if c.label not in ("GPE", "LOC"):
            continue
        start, end = _trim_candidate(doc, c.start, c.end)
        name = " ".join(text[start:end].split())
        if not name or not doc.free(start, end) or not _name_shaped(name) or name.isupper():
            continue
        if not _PLACE_BEFORE_RE.search(text[max(0, start - 20):start]) or \
                not _PLACE_CLAUSE_END_RE.match(text, end) or _PLACE_NOUN_AFTER_RE.match(text[end:end + 40]):
            continue
        if name.split()[0] in _TRADE_NOT_NAME or _ANY_TITLE_RE.match(name) or TITLE_RE.match(name) or _lookup(name) \
                or orgnames.kind_of(name) or find_technologies(name) or name.casefold() in WORLD_REGIONS \
                or name in _STATE_FORM_WORDS \
                or _maintained_lookup(name):  # a name several listed places share, left out on purpose
            continue
        ent = doc.entity(f"place/{slug(name)}", PLACE, name)
        doc.add(start, end, ent.key, "name")


# Nouns of trade that, so qualified, name people ("traditional owner A B", "private investor C D"); a firm's
# nationality before them still says a firm follows ("Norwegian owner Hoegh Evi")
_PERSONS_TRADE_RE = re.compile(r"\b(?:traditional\s+owners?|(?:private|individual)\s+investors?)\b")


def _firms_named_after_their_trade(doc: _Doc, found=()) -> None:
    """Names in no list that follow a noun of trade ("producers A and B") are companies.

    Each listed name may carry its acronym in brackets and a place it works in
    ("A in Estonia, B in Latvia and C"); a known name in the list is passed over, and
    the list ends at the first item that is not a free, name-shaped phrase.
    """
    text = doc.text
    persons_at = {c.start for c in found if c.label == "PERSON"}
    for m in _TRADE_LIST_RE.finditer(text):
        if "\n" in m.group(0):
            continue  # ("… become strategic partners" ending a heading: the next line's names are no list of it)
        if m.end() in persons_at and _PERSONS_TRADE_RE.search(text, max(0, m.start() - 16), m.end()):
            continue  # "traditional owner A B": a trade people ply too, and the recogniser reads a person
        pos = m.end()
        while True:
            if (opener := _TRADE_ITEM_OPENER_RE.match(text, pos)) is not None:
                pos = opener.end()  # ("Japan's MUFG Bank", "the Dutch lender ING")
            name = _TRADE_NAME_RE.match(text, pos)
            if not name:
                break
            start, end = name.start(), name.end()
            base, legal = orgnames.split_legal_form(name.group(0).rstrip(".,"))
            end = start + len(name.group(0).rstrip(".,"))
            words = base.split()
            if not doc.free(start, end):
                span = doc.span_at(start)
                if span is None or doc.facts.entities[span.key].kind == PERSON:
                    break
                end = span.end  # a known name in the list: go on after it
            elif orgnames.split_legal_form("Name " + base)[0] == "Name":
                pass  # "… Co., Ltd. (J-POWER), B": the legal form of the name before, no name of its own
            elif (words[0] in _TRADE_NOT_NAME or _ANY_TITLE_RE.match(base) or TITLE_RE.match(base)
                  or any(e.kind in (STATE, PLACE) or how in ("capital", "demonym") for e, how in _lookup(base))
                  or orgnames.not_an_organization(base) or len(base) < 2
                  or all(w in _GENERIC_NAME_WORDS for w in words)
                  or _OFFICE_WORD_RE.search(text, end, end + 60) and re.match(r"\s+and\s", text[end:end + 5])):
                break  # "company Turkmengaz, Energy and Natural Resources Minister X said": a title, not a firm
            elif not _TRADE_ITEM_END_RE.match(text, end):
                break  # the name goes on in a way this reader does not follow ("Augstsprieguma tīkls")
            elif pos > m.end() and _SAID_AFTER_RE.match(text, end):
                break  # "company Türkmengaz, Bayraktar said": who tells it, after the list, is no firm of it
            elif pos > m.end() and _OFFICE_OF_FIRM_BEFORE_RE.search(text, max(0, start - 120), start):
                break  # "the chief executive of the company Sonatrach, Toufik Hakkar": the office's holder
            else:
                known = [e for e, how in _lookup(base) if e.kind in (COMPANY, GOVERNMENT_BODY,
                                                                     INTERNATIONAL_ORGANIZATION)]
                ent = doc.from_gazetteer(known[0]) if known else doc.entity(
                    f"organization/{slug(base)}", COMPANY, base)
                doc.add(start, end, ent.key, "name")
                if legal:
                    ent.alt_labels.add(" ".join(name.group(0).rstrip(".,").split()))
            pos = end
            if acronym := _TRADE_ACRONYM_RE.match(text, pos):
                pos = acronym.end()
            if where := re.match(r"\s+(?:in|of|from)\s+", text[pos:pos + 8]):
                span = doc.span_at(pos + where.end())
                if span is None or doc.facts.entities[span.key].kind not in (STATE, PLACE):
                    break
                pos = span.end
            gap = _TRADE_GAP_RE.match(text, pos)
            if not gap:
                break
            pos = gap.end()


def _rejoin(doc: _Doc, start: int, end: int) -> None:
    """One name the rules split at "and" ("Kenya Power | and | Lighting Company PLC"), when the
    recogniser reads it whole and neither part is a known company: one company again."""
    first, last = doc.span_at(start), doc.span_ending(end)
    if not first or not last or first is last or not re.fullmatch(r"\s+(?:and|&)\s+", doc.text[first.end:last.start]):
        return
    ents = [doc.facts.entities.get(x.key) for x in (first, last)]
    if any(e is None or e.kind != COMPANY or _lookup(e.label) for e in ents):
        return
    doc.spans[:] = [x for x in doc.spans if x is not first and x is not last]
    raw = " ".join(doc.text[start:end].split())
    base = orgnames.split_legal_form(raw)[0]
    ent = doc.entity(f"organization/{slug(base)}", COMPANY, base)
    doc.claim(start, end, ent.key, "name")
    if raw != base:
        ent.alt_labels.add(raw)


_OWNER_WORDS = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"


def _speaker_after_list(doc: _Doc, start: int, end: int) -> bool:
    """A word set off by a comma after a list and followed by a verb of saying: the speaker, not one more item
    ("… and Turkmengaz, Bayraktar said"; but "A, B and Vårgrønn said" is the list saying it)."""
    return bool(_SAID_AFTER_RE.match(doc.text, end)) and not re.search(r"\band\s+$", doc.text[max(0, start - 6):start])


# A verb of saying right after a name: its speaker ("…, Bayraktar said in a statement")
_SAID_AFTER_RE = re.compile(rf"\s+(?:{REPORTING})\b")


def _surname_named(doc: _Doc, word: str) -> bool:
    """Whether a person the text names so far has *word* for a name of theirs ("Nadia Haddad" … "Haddad")."""
    return any(e.kind == PERSON and word in e.label.split() for e in doc.facts.entities.values())


def _beside_a_company(doc: _Doc, start: int, end: int) -> bool:
    """Listed with a known company: "Bechtel and Westinghouse", "Nexans, Prysmian and NKT"."""
    if re.fullmatch(r"(?=.*\.)(?:[A-Z][a-z]?\.?){1,4}", doc.text[start:end].strip()):
        return False  # "Iberdrola, S.A": a legal form after a comma, not a firm of its own
    # (each may be owned by its state: "with Japan's JERA, Australia's Macquarie and …")
    after = re.match(rf"(?:\s*\([A-Z][A-Za-z0-9&-]{{1,9}}\))?(?:,\s+|,?\s+and\s+)(?:{_OWNER_WORDS}['’]s\s+)?",
                     doc.text[end:end + 50])
    before = re.search(rf"(?:\s*\([A-Z][A-Za-z0-9&-]{{1,9}}\))?(?:,\s+|,?\s+and\s+)(?:{_OWNER_WORDS}['’]s\s+)?$",
                       doc.text[max(0, start - 50):start])
    if before and before.group(0).rstrip().endswith(("'s", "’s")) and not _state_of(doc, before.group(0).split()[-1]):
        before = None  # ("Acme, Smith's X"): only a state owns the next item of a list of firms
    if after and after.group(0).rstrip().endswith(("'s", "’s")) and not _state_of(doc, after.group(0).split()[-1]):
        after = None
    for span in ([doc.span_at(end + after.end())] if after else []) + \
            ([doc.span_ending(start - len(before.group(0)))] if before else []):
        ent = doc.facts.entities.get(span.key) if span else None
        if ent and ent.kind == COMPANY:
            return True
    return False


# Stems of the energy trades in the European languages firms are named in ("Polskie Elektrownie Jądrowe",
# "Hidroelectrica", "Energoatom", "Elektroprivreda"): no person's name holds one, whatever the recogniser says.
# (the English words, "Energy", "Electric", are heads of their own: see orgnames.HEAD_KINDS)
_ENERGY_STEM_RE = re.compile(r"(?i:elektr|\w*electric(?:a|as|o|os|idad|idade|ité|ite|ității)\b|\w*[eé]nerg(?!y\b|ies\b|etic)|"
                             r"hidro|nukle|nucleare?\b|\w+atom\b)")


def _named_for_the_trade(name: str) -> bool:
    """Whether a name of two words or more holds a stem of the energy trade in another language (a firm's)."""
    return " " in name and _ENERGY_STEM_RE.search(name) is not None


# "chief executive of X", "chairman at X": X is the body the person works for
_EMPLOYER_BEFORE_RE = re.compile(rf"\b(?i:{_LOWER_TITLE})\s+(?:of|at)\s+(?:the\s+)?$")
# Titles of courtesy before a name (with or without a full stop)
# (Malaysian and Bruneian styles of honour, "Datuk Seri Anwar Ibrahim", "Tan Sri …"; the Omani "Sayyid")
# (and the Gulf style for an engineer: "HE Eng Salim al Aufi")
_HONORIFIC_RE = re.compile(rf"^(?:{_HONORIFIC_WORDS}|"
                           # a Nigerian chieftaincy title, not the first word of an office ("Chief Executive …")
                           r"Chief(?=\s+[A-Z][a-z]+\s+[A-Z])(?!\s+(?:Executive|Operating|Financial|Technology|Technical|"
                           r"Commercial|Investment|Information|Minister|Secretary|Justice|Economist|Scientist|Engineer|"
                           r"Officer|Whip|Advis[eo]r|Strategy|Digital|Sustainability|Operations|Marketing|People)\b)|"
                           r"(?:(?:His|Her)\s+)?(?:(?:Royal|Serene|Imperial)\s+)?(?:Excellency|Highness|Majesty))\.?\s+"
                           # ("His Excellency Mr. Saad Al-Kaabi": two in a row)
                           rf"(?:(?:{_HONORIFIC_WORDS})\.?\s+)?")


_HONORIFIC_BEFORE_RE = re.compile(rf"(?<![\w.])(?:{_HONORIFIC_WORDS})\.?\s+$")


# A list of two or more persons' names that an apposition describes together as members or representatives
# of a body ("Present: A, B, C and D, members of the Committee")
_AS_MEMBERS = r",\s+(?:all\s+)?(?:members|representatives|delegates|officials|deputies|senators|MPs)\s+(?:of|from)\b"
_MEMBER_NAMES_RE = re.compile(rf"(?P<names>(?:{_PERSON})(?:\s*,\s*(?:{_PERSON}))*,?\s+and\s+(?:{_PERSON})){_AS_MEMBERS}")
_AS_MEMBERS_RE = re.compile(_AS_MEMBERS)  # (found first, as the names' pattern is slow to try at every capital)


def _persons_listed_as_members(doc: _Doc) -> None:
    """Persons named in a list that an apposition says are members of a body: each name is a person,
    though no title stands before it and the recogniser may take it for a firm."""
    text = doc.text
    for m in _MEMBER_NAMES_RE.finditer(text) if _AS_MEMBERS_RE.search(text) else ():
        for name in NAME_RE.finditer(text, m.start("names"), m.end("names")):
            start, end = name.span()
            words = name.group(0).split()
            if len(words) < 2 or not doc.free(start, end) or any(orgnames.firm_word(w) for w in words) \
                    or any(w in _NOT_NAME_WORDS for w in words):
                continue
            _person(doc, name.group(0), start, end, None, None)


# Heads of works' and places' names that are also surnames ("Sally Field", "Jae-won Park")
_SURNAME_LIKE_HEADS = frozenset({"Park", "Field", "Lake", "Bay", "Port", "Mine", "Falls", "Delta", "Island", "Hub",
                                 "Farm", "Games", "Cup", "Fair", "Show", "Days", "Law"})


def _statistical_persons(doc: _Doc, found) -> None:
    """Persons the recogniser found that the title patterns did not, kept on evidence.

    Evidence is a title before the name ("rotating chairman X"), a title in
    apposition after it ("X, chief executive of Y", which also gives the position
    and what the person represents), a speech verb after it, or the name of a known
    head of state or government.
    """
    text = doc.text
    for c in found:
        if c.label != "PERSON":
            continue
        start, end = _trim_candidate(doc, c.start, c.end)
        # an honorific before the name is evidence enough ("Ms. Aminata Touré, Mr. Amadou Diallo and …")
        honoured = (m := _HONORIFIC_RE.match(text[start:end])) is not None \
            or _HONORIFIC_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        if m:
            start += m.end()
        name = " ".join(text[start:end].split())
        words = name.split()
        if len(words) < 2 or not NAME_RE.fullmatch(name) or not doc.free(start, end):
            continue
        if any(orgnames.firm_word(w) for w in words) or orgnames.split_legal_form(name)[1]:
            continue
        if words[-1] in orgnames.NOT_ORGANIZATION_HEADS and words[-1] not in _SURNAME_LIKE_HEADS:
            continue  # "Viking Link", "Baltic Pipe": a work's or an event's name, no person's
        position = represents = None
        before = text[max(0, start - 80):start]
        after = text[end:end + 160]
        title_before = _TITLE_BEFORE_RE.search(before)
        apposition = _TITLE_AFTER_RE.match(after)
        if title_before:
            title = title_before.group("title")
            position = _position(title[:1].upper() + title[1:])
            represents = _represented(doc, start - len(title_before.group(0)))
        elif apposition:
            title = apposition.group("title")
            position = _position(title[:1].upper() + title[1:])
            if apposition.group("owner"):
                represents = _owner(doc, end + apposition.start("owner"))
            if not represents and apposition.group("of"):
                represents = _owner(doc, end + apposition.end("of"))
        elif (counterpart := _COUNTERPART_BEFORE_RE.search(before)) is not None:
            # "his Russian counterpart Sergei Tsivilev": the demonym names the state the person holds the office for
            represents = _owner(doc, counterpart.start("demonym")) if counterpart.group("demonym") else None
        elif not (honoured or _SPEECH_AFTER_RE.match(after) or _MET_BEFORE_RE.search(before) or gaz_module.leader_state(name)
                  or _SPEECH_BEFORE_RE.search(before) or _OCCUPATION_AFTER_RE.match(after)
                  or _OCCUPATION_BEFORE_RE.search(before) or _LED_BY_BEFORE_RE.search(before)
                  or _after_a_person(doc, start) or _surname_speaks(text, words[-1], end)
                  # "signed by the two general managers, A B for X and C D for Y": who signs for a side
                  or _FOR_A_SIDE_AFTER_RE.match(after) and _SIGNED_BY_BEFORE_RE.search(text, max(0, start - 160), start)):
            continue
        _person(doc, name, start, end, position, represents)


_FOR_A_SIDE_AFTER_RE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
_SIGNED_BY_BEFORE_RE = re.compile(r"\bsigned\s+(?:[^.;]{0,60}?\s)?by\b[^.;]*$")


def _surname_speaks(text: str, surname: str, after: int) -> bool:
    """Whether the text, later on, has *surname* alone speak ("… Marzec said"): a reporter names a person in full
    once, then by the surname with a speech verb."""
    if len(surname) < 3 or not surname[:1].isupper():
        return False
    return any(_SPEECH_AFTER_RE.match(text[m.end():m.end() + 60])
               for m in re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])").finditer(text, after))


# "the two ministries, led respectively by X and Y": who heads a body is a person
_LED_BY_BEFORE_RE = re.compile(r"\b(?:led|headed|chaired)\s+(?:respectively\s+|jointly\s+)?by\s+$")
# "signed by Minister A and by B", "A and B": a name listed with a person's, the way a person's is
_AFTER_PERSON_GAP_RE = re.compile(r"(?:\s*,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:by\s+)?$")


def _after_a_person(doc: _Doc, start: int) -> bool:
    """Whether the name at *start* is listed right after a person's ("by Minister A and by B")."""
    gap = _AFTER_PERSON_GAP_RE.search(doc.text, max(0, start - 24), start)
    return gap is not None and any(x.end == gap.start() and x.key.startswith("person/") for x in doc.spans)


_TITLE_BEFORE_RE = re.compile(rf"(?P<title>\b(?i:{_LOWER_TITLE})|\b{_TITLE_WORDS})\s+$")
_TITLE_AFTER_RE = re.compile(
    rf"^,\s+(?:the\s+|a\s+|its\s+|who\s+is\s+(?:the\s+)?)?(?:(?P<owner>{_CAP}(?:\s+{_CAP}){{0,3}}?)['’]s\s+)?"
    rf"(?P<title>(?i:{_LOWER_TITLE}))\b(?P<of>\s+(?:of|at|to)\s+(?:the\s+)?)?")
# '"…," said X', "according to X", "X, an energy analyst at Y", "economist X": a quoted or described person
_SPEECH_BEFORE_RE = re.compile(rf"(?:[,”\"]\s*|\b)(?:{REPORTING}|according\s+to)\s+$")
_OCCUPATIONS = (r"analyst|economist|researcher|fellow|professor|consultant|expert|strategist|lecturer|"
                r"academic|scholar|commentator|engineer|lawyer|historian|businessman|businesswoman|entrepreneur|"
                r"negotiator|opposition\s+leader|leader\s+of\s+the\s+opposition|activist|banker|investor|tycoon")
_OCCUPATION_AFTER_RE = re.compile(rf"^,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_OCCUPATIONS})\b")
_OCCUPATION_BEFORE_RE = re.compile(rf"\b(?i:{_OCCUPATIONS})\s+$")
_COUNTERPART_NAMED_RE = re.compile(rf"\b(?:his|her|their)\s+(?P<demonym>[A-Z][\w'’-]+)\s+counterparts?,?\s+(?:(?:{_HONORIFIC_WORDS})\.?\s+)?(?P<name>{_PERSON})")
_COUNTERPART_BEFORE_RE = re.compile(r"(?:\b(?P<demonym>[A-Z][\w'’-]+)\s+)?\bcounterparts?,?\s+$")
_SPEECH_AFTER_RE = re.compile(rf"^(?:,\s+who)?\s+(?:(?:has|had|also|then|later)\s+)?(?:{_SPEECH})\b")
# "Modi met X", "the president received X", "held talks with X": the one met is a person as much as
# the one who meets
_MET_BEFORE_RE = re.compile(r"\b(?:met|meets|received|receives|hosted|hosts|(?:held|holds|hold)\s+talks\s+with|"
                            # "the government of Mauricio Macri": a government or an administration is a leader's
                            r"(?:[Gg]overnment|[Aa]dministration|[Pp]residency|[Rr]egime|[Cc]abinet)\s+of|"
                            r"met\s+with|meeting\s+with|called\s+on)\s+$")
