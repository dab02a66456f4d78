"""Energy projects: capacities, technologies, hosts, locations and participants.

A project is read where a capacity goes with a technology ("the 445 MW Bilasuvar
solar PV project", "an offshore wind farm of no less than 2 GW"), where a named
project appears ("the Trans Adriatic Pipeline (TAP)"), or where a technology goes
with a facility noun ("a hydropower plant in the Bostanlyk district"). Mentions
of the same project in several sentences are merged (same capacity and
technology, compatible place and participants). Totals ("a combined 1.8 GW"),
per-unit ratings ("6 MW each"), energy (kWh) and hedged plans ("could reach
10 GW") are not projects.
"""
from __future__ import annotations

import re
from collections import Counter

from epkg.graph.extract import cues, orgnames
from epkg.graph.extract.context import (DocumentContext, SentenceView, coordinated_lists, in_opening_comparison, list_after,
                                        unique_keys)
from epkg.graph.extract.facts import (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, PLACE, STATE, DocumentFacts, Project,
                                      add_cooperation_pairs)
from epkg.graph.extract.dates import MONTHS, WEEKDAYS
from epkg.graph.extract.quantities import find_capacities
from epkg.graph.extract.text import NUMBER_WORDS, WHERE_CLAUSE_RE
from epkg.graph.extract.vocab import find_technologies
from epkg.ontology.triggers import pattern as trigger_pattern, triggers

_VOCABULARY = triggers("projects")
_FACILITY = rf"(?:power\s+)?{_VOCABULARY.pattern('facility_nouns')}"
_FACILITY_RE = re.compile(rf"\b{_FACILITY}\b", re.IGNORECASE)
_FACILITY_WITH_CAPACITY_RE = re.compile(rf"\b{_FACILITY},?\s+(?:with|has|will\s+have|would\s+have|of)\s+(?:an?\s+|the\s+)?"
                                        r"(?:(?:total|installed|planned|generating|design|rated)\s+)?(?:capacity|output)"
                                        r"\s+of\s+(?:about\s+|some\s+|around\s+|up\s+to\s+)?$", re.IGNORECASE)
# A plural facility noun and the places it stands at ("terminals at A, B and C")
_FACILITIES_AT_RE = re.compile(rf"\b(?:[a-z-]+\s+)?(?:terminals|plants|refineries|facilities|fields|ports)\s+"
                               rf"(?:at|in|near)\s+(?:the\s+)?")
_FACILITY_AFTER_RE = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{_FACILITY}\b", re.IGNORECASE)
_BETWEEN_THEIR_RE = re.compile(r"\b(?:between|linking|connecting|to\s+(?:connect|link))\s+(?:their|the\s+two)\s+"
                               r"(?:national\s+)?(?:grids|networks|power\s+systems|electricity\s+systems|systems|"
                               r"countries|markets)\b")
_LINEAR_NOUN_END_RE = re.compile(r"(?:cables?|lines?|interconnectors?|interconnections?|links?|pipelines?|corridors?)$",
                                 re.IGNORECASE)
_STOP_RE = re.compile(r",\s|;|:|\(|\)|\s[—–]\s|\s+and\s+(?=(?:a|an|the|\d)\b)|\.\s")
_CAP_WORD = r"(?:[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*)"
_NAMED_RE = re.compile(
    rf"(?P<name>(?:(?:{_CAP_WORD}\s+)*?{_CAP_WORD}\s+"
    r"(?:Gas\s+Pipeline|Natural\s+Gas\s+Pipeline|Pipeline|Gas\s+Corridor|Corridor|Interconnector|Power\s+Grid|"
    r"Power\s*Link|Link|Electricity\s+Highway|Highway|LNG|Project|Power\s+Plant|Power\s+Station|Plant|Refinery|"
    r"Terminal|Dam|Grid|(?:[Oo]il|[Gg]as|[Cc]ondensate)\s*[Ff]ields?)\b"
    rf"|Interconnector\s+{_CAP_WORD}|{_CAP_WORD}\s+II\b)"
    # a phase or unit's number after the head ("Arctic LNG 2"), not a quantity ("Project 10 km")
    r"(?:\s+(?:\d{1,2}|I{1,3}|IV|V)(?![\w%]|[.,]\d)(?!\s*(?:km|kV|[kMG]W|bcm|per|million|billion|mtpa|%)\b))?)"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z]{1,9})\))?")
# Capitalised words that open a sentence or a phrase before a name, and are no part of it ("Consider Arctic LNG 2")
# Names listed before one plural work noun: "the Mariner, Rosebank and Buzzard oil fields", "the Sheringham Shoal
# and Dudgeon offshore wind farms" (each name one to three capitalised words, a unit's number allowed)
_LISTED_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,2})){0,2}"
_LISTED_NAME_RE = re.compile(_LISTED_NAME)
_NAMES_LISTED_RE = re.compile(rf"\b(?P<list>{_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME})\s+"
                              r"(?P<tech>(?:[a-z][\w-]*\s+){1,3}?)(?P<noun>fields|farms|plants|stations|parks|terminals|"
                              r"dams|refineries|mines)\b")
# Works listed each with its rating and name before one plural noun: "the 2,000 MW Haden and 2,000 MW Muwayh solar
# plants", "the 750 MW West Seti and 450 MW Seti River-6 projects"
_RATED_NAME = (r"[\d.,]+\s*-?\s*(?:[MGk]W[ep]?|megawatts?|gigawatts?)\s+"
               r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,2}|[IVX]{1,4}\b)){0,3}")
_RATED_NAMES_LISTED_RE = re.compile(rf"\b[Tt]he\s+(?P<list>{_RATED_NAME}(?:\s*,\s*(?:the\s+)?{_RATED_NAME})*,?\s+and\s+"
                                    rf"(?:the\s+)?{_RATED_NAME})\s+(?P<tech>(?:[a-z][\w-]*\s+){{0,3}}?)"
                                    r"(?P<noun>projects|plants|farms|stations|parks|dams|schemes|facilities|units)\b")
_RATED_NAME_RE = re.compile(_RATED_NAME)
# Where the words after such a list go on to another item of the sentence
_NEXT_ITEM_RE = re.compile(r",\s|;|\s+and\s+|\.\s")
# Whose the listed works are: "Equinor's stakes in the …", "Shell's interests in the …", "Shell's …"
_HOLDER_BEFORE_RE = re.compile(r"(?P<who>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:(?:stakes?|interests?|"
                               r"shares?|holdings?|operated)\s+(?:in\s+)?)?(?:the\s+)?$")
_BEFORE_NAME_RE = re.compile(r"^(?:(?:The|A|An|Consider|Take|Recall|Remember|Imagine|Compare|Like|Unlike|Meanwhile|Then|"
                             r"Now|Today|Yesterday|When|While|Since|After|Before|Once|If|Although|Besides|Beyond|"
                             r"Despite|Both|At|In|On|From|With|Without|By|Via|Under|Through)\s+)+")
_PROGRAMME_CORRIDOR_RE = re.compile(r"\b(?:Economic|Trade|Transport|Development|Industrial|Logistics)\s+Corridor$")
_NAMED_LOWER_RE = re.compile(r"\b[Tt]he\s+(?P<capacity>[\d.,]+[\s-]*(?:[MGk]W[ep]?|megawatts?|gigawatts?)\s+)?"
                             # ("the Hornsea 4 offshore wind farm", "the Central Asia–China gas pipeline")
                             # (not an amount in a currency's letters: "the Ksh.70 billion wind farm", "the Rs 5 crore")
                             r"(?!(?:Kshs?|KSh|Sh|Tsh|TSh|USh|Rs|INR|PKR|Tk|BDT|NGN|ZAR|Rp|IDR|RM|MYR|PHP|GHS|EGP|LE|SAR|SR|"
                             r"AED|Dhs?|QR|QAR|KD|KWD|BD|RO|OMR|JD|JOD|USD|EUR|GBP|CNY|RMB|JPY|KRW|VND|TL|TRY|AZN|KZT|UZS|"
                             r"THB|Bt|N|R|P)\.?\s?\d)"
                             r"(?P<name>[A-Z][\w'’.–-]*\s+(?:(?:[A-Z][\w'’.–-]*|\d{1,2}|[IVX]{1,4})\s+){0,4}?)"
                             r"(?:\((?P<acronym>[A-Z][A-Za-z]{1,9})\)\s+)?"
                             r"(?P<mods>(?:(?:[a-z][\w-]*|LNG|PV|CSP|BESS|HVDC|CCGT)\s+){0,3}?)"
                             # ("the Dostlug field", "the Stabroek block", "the GranMorgu development": an oil or gas work)
                             r"(?P<noun>project|dam|facility|plant|terminal|refinery|farm|park|station|field|block|development|"
                             # ("the Toktogul HPP", "the Kozloduy NPP": a hydropower or a nuclear power plant)
                             r"pipeline(?:\s+system)?|HPP|NPP)\b")
_HYDROCARBONS = ("oil", "natural gas")
# Names of a field of work or trade, not of an oil or gas field ("in the Energy field", "the Research block")
_FIELD_OF_WORK_RE = re.compile(r"(?:(?:Energy|Power|Oil|Gas|Renewables?|Nuclear|Mining|Financial|Finance|Technology|"
                               r"Research|Economic|Trade|Investment|Education|Health|Security|Defen[cs]e|Political|"
                               r"Climate|Digital)\s*)+")
_THE_PROJECT_RE = re.compile(
    rf"\b(?P<verb>{_VOCABULARY.pattern('building_verbs')})\s+(?:and\s+\w+\s+)?the\s+"
    # ("runs the 400,000 b/d YASREF refinery": a rating may stand among the words before the noun)
    rf"(?:[\w-]+\s+|\d[\d,.]*\s*(?:b/d|bpd|mtpa|MW|GW|km)\s+){{0,3}}?{_VOCABULARY.pattern('built_nouns')}\b",
    re.IGNORECASE)
# "The plant will be developed by A", "the pipeline is being built by A and B": the same, told in the passive
_THE_PROJECT_BY_RE = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?{_VOCABULARY.pattern('built_nouns')}\s+(?:(?:will|would|is\s+to|are\s+to)\s+be|"
    rf"is(?:\s+being)?|are(?:\s+being)?|was|were|has\s+been|have\s+been)\s+(?:jointly\s+|also\s+)?"
    rf"(?P<verb>{_VOCABULARY.pattern('building_verbs')})\s+(?:jointly\s+)?by\s+(?:the\s+)?")
# _NAMED_RE needs one of these words, or "II" after a space; substring tests are several times
# faster than one search for them all.
_NAMED_HINTS = ("Project", "Plant", "Station", "Pipeline", "Grid", "Corridor", "Interconnector", "Link", "Highway", "LNG",
                "Refinery", "Terminal", "Dam", "field", "Field")
_SECOND_RE = re.compile(r"\sII\b")
# _THE_PROJECT_RE needs one of its verbs (in any case), tested on SentenceView.hints.
_THE_PROJECT_VERBS = _VOCABULARY.hints("building_verbs")
_NAMED_TECH = [(re.compile(r"gas\s+pipeline|gas\s+corridor|natural\s+gas\s+pipeline", re.I), ("pipeline", "natural gas")),
               (re.compile(r"pipeline", re.I), ("pipeline", "natural gas")),
               (re.compile(r"\bLNG\b"), ("natural gas",)),
               (re.compile(r"interconnector|grid|power\s*link|\blink\b|highway|corridor", re.I), ("transmission",)),
               (re.compile(r"refinery|terminal|oil\s*fields?", re.I), ("oil",)),
               (re.compile(r"(?:gas|condensate)\s*fields?", re.I), ("natural gas",)),
               (re.compile(r"\bdam\b", re.I), ("hydro",)),
               (re.compile(r"gas", re.I), ("natural gas",))]
_SUMMARY_RE = re.compile(r"\b(?:combined|total|totall?ing|in\s+all|overall)\b", re.IGNORECASE)
# The instrument a work is told in, denied by the predicate after it: "A memorandum on a gas-fired plant with X,
# which had been listed in the programme, was not signed" (but not past "but" or a semicolon: another clause)
_UNSIGNED_AFTER_RE = re.compile(r"(?:(?!\bbut\b)[^;.])*?\b(?:was|were|has|have|had)\s+(?:not|never)\s+(?:yet\s+)?"
                                r"(?:been\s+)?(?:signed|concluded|finali[sz]ed|approved|awarded)\b")
# The sum of several works told by what they do together ("wind farms …, which together are expected to add about
# 550 MW"), not the rating of one (but "A and B will together build a 500 MW plant" rates the plant, and "two
# reactors that together will add 1,400 MW" the plant they are units of)
_TOGETHER_SUM_RE = re.compile(r"\b(?:farms|plants|projects|parks|stations|facilities|schemes|sites|complexes)\b[^.;]{0,120}?"
                              r"\btogether\s+(?:are\s+expected\s+to\s+|(?:will|would|could|should)\s+|are\s+to\s+)?"
                              r"(?:add|adds|have|total|produce|generate|provide|supply|account\s+for|bring|feed)\b"
                              r"[^.;]*$", re.IGNORECASE)
# Power delivered or traded, not a plant's capacity: "deliver 1.75 GW to Singapore".
_FLOW_BEFORE = re.compile(r"\b(?:deliver|delivers|delivering|supply|supplies|supplying|sell|sells|selling|export|exports|"
                          r"feed|feeds|feeding|inject|injects|injecting|"
                          r"exporting|import|imports|importing|buy|buys|buying|purchase|purchases|purchasing|earmarked|"
                          r"reserved|allocated|set\s+aside)\s+"
                          r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?$",
                          re.IGNORECASE)
_NOT_CAPACITY_AFTER = re.compile(r"^\s*(?:of\s+(?:electricity|power|net\s+capacity|imports?)|(?:is|are|was|were)\s+"
                                 r"(?:earmarked|reserved|allocated|set\s+aside)|"
                                 r"(?:of\s+)?(?:demand|consumption|imports?|exports?))\b", re.IGNORECASE)
# "with two 660 MW units", "two power units of the VVER-1200 type", "ten 20 MW electrolyser modules", "four
# 8 mtpa trains": the units of one plant. A unit's rating is no project, and the plant's "total capacity" in the
# same sentence is the plant's own.
_UNIT_WORDS = ("units", "reactors", "modules", "turbines", "trains", "blocks")
_UNITS_RE = re.compile(rf"\b(?:{'|'.join(w for w, n in NUMBER_WORDS.items() if n >= 2)}|dozens\s+of|\d+)\s+"
                       r"(?P<rating>(?:[\w.,/-]+\s+){0,4}?)"
                       rf"(?:power\s+|generating\s+|nuclear\s+)?(?:{'|'.join(_UNIT_WORDS)})\b"
                       r"(?P<after>\s+(?:each\s+)?(?:of|rated\s+at|with)\s+(?:about\s+|around\s+)?[\d.,]+\s*"
                       r"(?:[GMk]W|megawatts?|gigawatts?)\b)?")
# "an installed capacity of 7,097 MW from 25 power stations", "a portfolio of 20 GW across 40 countries": what a
# firm or a country has in all, not one plant
_FLEET_AFTER = re.compile(r"\s+(?:of\s+[\w\s-]{1,30}?\s+)?(?:from|across|in|spread\s+over)\s+(?:more\s+than\s+|over\s+"
                          r"|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:power\s+stations|plants|projects|stations|countries|sites|facilities|"
                          r"assets|markets)\b", re.IGNORECASE)
_FLEET_BEFORE = re.compile(r"\b(?:portfolio|fleet|total\s+installed\s+capacity|(?:its|their|our)\s+installed\s+capacity|"
                           # "Nepal has an installed capacity of about 3,200 MW", "installed generation capacity is
                           # over 45,000 MW", "the total capacity of renewable power plants has exceeded 4 GW"
                           r"(?:has|have|had)\s+(?:an?\s+)?(?:total\s+)?installed\s+(?:generation\s+|generating\s+|power\s+)?capacity|"
                           r"installed\s+(?:generation|generating|power)\s+capacity|"
                           # "the UAE's installed solar capacity rises to around 3.2GW": a country's or firm's total
                           r"['’]s\s+(?:total\s+)?installed\s+(?:[\w-]+\s+){0,2}?capacity\s+(?:will\s+|has\s+)?"
                           r"(?:rises?|rose|risen|reach(?:es|ed)?|climb(?:s|ed)?|grow(?:s|n)?|grew|increase[sd]?|"
                           r"jump(?:s|ed)?|stands\s+at|stood\s+at|is|was)\s+(?:to\s+)?|"
                           r"total\s+(?:installed\s+)?capacity\s+of\s+[^.;:]{1,60}?\s+(?:has\s+|had\s+)?(?:exceeded|reached|surpassed|"
                           r"topped|stands\s+at|stood\s+at|is|was)\s*)"
                           # ("raising Uganda's installed generation capacity to slightly above 2,000MW")
                           r"\s*(?:of\s+|stands\s+at\s+|is\s+|reached\s+|was\s+|to\s+)?(?:about\s+|around\s+|some\s+|over\s+|"
                           r"more\s+than\s+|nearly\s+|almost\s+|roughly\s+|(?:slightly\s+|just\s+)?(?:above|below|under)\s+)?$",
                           re.IGNORECASE)
# "working together in neighbouring Saudi Arabia": a state the words put actors or works in
_IN_STATE_BEFORE_RE = re.compile(r"\b(?:in|across|within)\s+(?:the\s+)?(?:neighbou?ring\s+)?$")
# "a 1,050 MW solar portfolio", "its 3 GW wind fleet": the capacity of many plants, not of one; and "operates
# about 1.2 GW of wind, solar and hydro plants": what a firm runs, in plants of several kinds
_FLEET_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:portfolio|fleet)\b"
                               r"|\s+of\s+(?:[\w-]+,\s+)+(?:[\w-]+\s+)?(?:and\s+)[\w-]+\s+(?:plants|assets|projects|farms|parks)\b",
                               re.IGNORECASE)
# "Fiji had only about 11MW of solar capacity": what a country or a firm holds of a kind, not one plant
_HELD_BEFORE = re.compile(r"\b(?:has|have|had|holds?|held|owns?|owned)\s+(?:only\s+|just\s+)?(?:(?:about|around|some|"
                          r"over|roughly|nearly|almost|more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
# "where it already operates more than 500MW of wind and solar": a fleet run, a mass of a technology, no plant
_OPERATED_BEFORE = re.compile(r"\b(?:operates|operated|operating|runs|ran|running|owns|holds)\s+(?:already\s+)?(?:(?:about|around|"
                              r"some|over|roughly|nearly|almost|more\s+than|less\s+than|close\s+to)\s+)?$", re.IGNORECASE)
_MASS_OF_TECHNOLOGY_AFTER = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:wind|solar|hydro\w*|renewables?|generation|capacity|"
                                       r"thermal|gas-fired|coal-fired)\b(?!\s+(?:plant|farm|park|project|station)s?\b)",
                                       re.IGNORECASE)
# "Vestas V162-7.0MW units": a turbine model's rating, no plant's
_MODEL_CODE_BEFORE = re.compile(r"\b[A-Z]{1,4}[\w]*\d[\w.]*-$")
_HELD_CAPACITY_AFTER = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:generating\s+|generation\s+|installed\s+)?capacity\b",
                                  re.IGNORECASE)
# "up from about 2,500 MW today": the capacity a country or a fleet has now, not one plant's
_CURRENT_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
                             r"just\s+(?:over|under)\s+)?$", re.IGNORECASE)
# "120 GW of offshore wind capacity in the North Seas by 2030": an amount of a technology reached by a
# deadline is a target, not a plant (a plant named between them, "1 GW of solar plants by 2027", is one).
_TARGET_AFTER = re.compile(r"^(?:\s+of\s+(?P<what>[^.;:()]{1,70}?))?\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")
# "between 8,000 and 9,000 MW": a range is a target or an estimate, not one plant's capacity
_RANGE_BEFORE = re.compile(r"\bbetween\s+(?:[\d.,]+\s*(?:[GMk]W\s+)?and\s+)?$")
_RANGE_AFTER = re.compile(r"\s+and\s+[\d.,]+")


# "aims to raise the share of renewables to 25% by 2030, with around 5 GW of solar": amounts a plan aims at
# "the plan targets at least 1,200 MW of nuclear capacity by then": an amount a plan names, not a plant
_TARGETED_BEFORE = re.compile(r"\b(?:targets|targeted|targeting|envisages|envisaged|envisions|envisioned|foresees|"
                              r"foresaw|calls\s+for|called\s+for)\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|"
                              r"up\s+to\s+|over\s+|more\s+than\s+|an?\s+(?:additional|extra|further)\s+)?$",
                              re.IGNORECASE)
_AIM_BEFORE = re.compile(r"\b(?:aims?|aiming|targets?|targeting|seeks?|seeking|plans?|planning|wants?|intends?)\s+to\s+"
                         r"(?:raise|increase|reach|add|install|achieve|boost|expand|have|bring|lift|grow|double|triple)\b"
                         r"[^.;]*$", re.IGNORECASE)


# An amount a plan, a pledge or a study speaks of, not a plant: "commit to a combined capacity of at least 19.6 GW",
# "to limit the peak capacity of coal-fired power to 30.2 GW", "a roadmap put it at 157 GW",
# "the determination to procure 2,500MW of new nuclear capacity"
_AMOUNT_BEFORE = re.compile(r"\b(?:commit(?:s|ted|ting)?\s+to|pledg(?:e|es|ed|ing)\s+to|limit(?:s|ed|ing)?|cap(?:s|ped|ping)?|"
                            r"procure|procurement\s+of|put\s+(?:it|them|the\s+\w+)\s+at|estimated?\s+(?:it\s+)?at)\b[^.;:]*$",
                            re.IGNORECASE)
# "the 300 GW of offshore wind that the Commission has said the EU will need": an amount needed, not built
_AMOUNT_AFTER = re.compile(r"^(?:\s+of\s+[^.;:()]{1,50}?)?\s+(?:that|which)\s+[^.;:()]{0,60}?\b(?:will|would)\s+need\b",
                           re.IGNORECASE)


def _a_target(text: str, c) -> bool:
    """Whether capacity *c* is an amount to reach by a year ("120 GW of offshore wind by 2030")."""
    m = _TARGET_AFTER.match(text[c.end:])
    return m is not None and not _FACILITY_RE.search(m.group("what") or "")


def _in_a_range(text: str, c) -> bool:
    """Whether capacity *c* is an end of a range ("between 8,000 and 9,000 MW")."""
    before = _RANGE_BEFORE.search(text, max(0, c.start - 30), c.start)
    return before is not None and (" and" in before.group(0) or _RANGE_AFTER.match(text, c.end) is not None)
_HEDGE_AFTER = re.compile(r"^[^.;,]{0,25}?\b(?:could|might|(?-i:may)|would\s+require|potential)\b", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(r"\b(?:could|might|(?-i:may)|potential|possible|proposed|proposals?|idea|floated|mooted|"
                           r"touted|hopes?|considering|consider|"
                           r"wants?|wanted|in\s+talks|reports?\s+that|reportedly|rumou?r\w*|unconfirmed|expects|"
                           # ("Local media have reported that X is bidding for a wind project")
                           rf"{cues.MEDIA_SAID}|"
                           r"weighing|weighs|mulling|eyeing|evaluating|exploring|is\s+understood\s+to|"
                           r"discussing|no\s+(?:new\s+)?contract|target(?:s|ing)?\s+of|goal|aims?|ambition|"
                           # "the two countries have discussed a cross-border gas pipeline": an idea, not a work
                           r"discuss(?:ed|es)?\s+(?:(?:building|constructing|developing|the\s+idea\s+of|the\s+possibility\s+of)\s+)?an?|"
                           r"(?:technical|economic|estimated|theoretical)\s+potential|could\s+together)\b[^.;]*$",
                           re.IGNORECASE)
_ROLE_CUES = (("developer", re.compile(r"\b(?:develop\w*|built\s+by|builds?|owner|operat\w+|promoter)\b", re.I)),
              ("investor", re.compile(r"\b(?:invest\w*|financ\w+|fund(?:ing|ed|s)?|lend\w*|lent|co-investor)\b", re.I)),
              ("contractor", re.compile(r"\b(?:contractor|EPC|construction\s+works|supply|supplier|carry\s+out)\b", re.I)))
_SITED_RE = re.compile(r"\b(?:built|located|situated|sited|constructed|installed|erected|placed)\s+"
                       r"(?:in|at|near|on|off)\s+(?:the\s+)?(?:village\s+of\s+|city\s+of\s+)?$", re.IGNORECASE)
_DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|its|their|this|[\w-]+['’]s)\s+$", re.IGNORECASE)
# (a demonym may say whose part of a sea it is: "in the German Baltic Sea", "off the Dutch coast")
# (and a compass point: "in the eastern Kakheti region", "in north-west Tasmania")
_LOC_PREP_RE = re.compile(r"\b(?:in|at|near|on|across|under|off|of|from|to)\s+(?:the\s+)?(?:village\s+of\s+|city\s+of\s+|"
                          r"(?-i:[A-Z][a-z]+(?:ian|ish|ese|an|ch|ic|i))\s+|"
                          r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|central)(?:ern)?\s+)?$", re.IGNORECASE)
_LINEAR = {"transmission", "pipeline"}


# Between a place and the place that situates it: "Clarington, east of Toronto", "Kaleum, in Xekong province"
_SITUATING_GAP_RE = re.compile(r",\s+(?:(?:[\w-]+\s+){0,3}?(?:of|near|in|outside)\s+)?(?:the\s+)?")


def _nearest_role(plain: str, start: int, end: int) -> str | None:
    """The role whose cue word governs the name at *start*–*end*: the nearest cue before it within 40 characters
    ("developing with A, with financing from B": A develops, B finances), else the nearest after it ("that A is
    developing")."""
    before = [(start - m.end(), role) for role, cue in _ROLE_CUES
              for m in cue.finditer(plain, max(0, start - 40), start)]
    if before:
        return min(before)[1]
    after = [(m.start() - end, role) for role, cue in _ROLE_CUES for m in cue.finditer(plain, end, end + 40)]
    return min(after)[1] if after else None


def _without_firm_names(view: SentenceView) -> str:
    """The sentence with the names of firms and bodies blanked out, offsets kept: "PV Power" and "Hydro-Québec"
    name no technology of a project."""
    text = view.text
    spans = [(r.start, r.end) for r in view.refs if r.how in ("name", "alias", "acronym", "short") and r.kind != STATE]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# "a pipeline of projects", "a deal pipeline": the word as business English uses it for what is queued
# ("a pipeline of new wind and solar developments", "a pipeline of 20 GW"; "its project pipeline")
_FIGURATIVE_PIPELINE_RE = re.compile(r"\s+of\s+(?:[\w$€£.,-]+\s+){0,5}?(?:projects|deals|investments|opportunities|orders|"
                                     r"transactions|proposals|applications|assets|ideas|initiatives|tenders|bids|"
                                     r"developments|schemes|sites|prospects|GW|gigawatts|MW|megawatts)\b")
_FIGURATIVE_PIPELINE_BEFORE_RE = re.compile(r"\b(?:project|development|deal|investment|order|growth|business)\s+$",
                                            re.IGNORECASE)


# A place told with the day of a signing after it, in a sentence that tells a signing before it (the dates'
# own month and weekday names, the agreements' own signing verbs).
_DAY_NAMES = "|".join(sorted((w.capitalize() for w in (*MONTHS, *WEEKDAYS)), key=len, reverse=True))
_SIGNED_THERE_ON_RE = re.compile(rf"\s+(?:on\s+(?:\d|(?:{_DAY_NAMES})\b)|last\s+(?:week|month)|(?:yesterday|today)\b)")
_SIGNING = triggers("agreements")
_SIGNED_BEFORE_RE = re.compile(rf"\b(?:{_SIGNING.pattern('signing_verbs')}|{_SIGNING.pattern('signing_past_verbs')})\b",
                               re.IGNORECASE)
# A work's name that a demonym opens: "the Armenian Nuclear Power Plant", "the Rwandan Methane Gas Field"
_WORK_NAMED_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,4}(?:Plant|Station|Dam|Field|Farm|Park|Complex|Refinery|"
                                  r"Terminal)\b")
# (nor an owner: "majority-owned by Russia's Inter RAO" owns a plant abroad)
# (not the builder's: "being developed by India's GMR group", "built by China's Sinohydro")
_CLIENT_BEFORE_RE = re.compile(r"(?<!financed\s)(?<!funded\s)(?<!backed\s)(?<!supported\s)(?<!insured\s)(?<!owned\s)(?<!held\s)"
                               r"(?<!developed\s)(?<!built\s)(?<!constructed\s)(?<!operated\s)(?<!implemented\s)"
                               r"(?<!executed\s)(?<!led\s)(?<!run\s)"
                               r"\b(?:for|by|from)\s+(?:the\s+)?$")


_OTHER_REFINED_RE = re.compile(r"\b(?:gallium|lithium|cobalt|nickel|copper|zinc|alumina|aluminium|aluminum|sugar|gold|silver|"
                               r"metals?|minerals?|rare[\s-]earths?|earths|uranium|graphite|manganese|vanadium)\s+$",
                               re.IGNORECASE)


# "the 400 kV Georgia-Türkiye line": a voltage makes a line a power line
_VOLTAGE_LINE_RE = re.compile(r"\b\d{2,4}\s*-?\s*kV\s+(?:[\w'’–-]+\s+){0,3}?(?P<noun>lines?|links?|overhead\s+lines?)\b")


def _tech_groups(text: str):
    """Technology words grouped when coordinated ("wind and solar")."""
    groups = []
    found = list(find_technologies(text))
    if "kV" in text:
        # (the line's noun as the technology's words, where no technology word names the line already)
        found += [(m.start("noun"), m.end("noun"), "transmission") for m in _VOLTAGE_LINE_RE.finditer(text)
                  if not any(s_ <= m.end("noun") and m.start() <= e_ for s_, e_, _ in found)]
        found.sort()
    for start, end, label in found:
        if label == "pipeline" and (_FIGURATIVE_PIPELINE_RE.match(text, end)
                                    or _FIGURATIVE_PIPELINE_BEFORE_RE.search(text, max(0, start - 14), start)):
            continue  # "a pipeline of projects worth $8.5 billion": a queue, not a work
        if label == "oil" and text[start:end].lower().startswith("refiner") \
                and _OTHER_REFINED_RE.search(text, max(0, start - 20), start):
            continue  # "a gallium refinery", "a lithium refinery": no oil refined there
        if groups and re.fullmatch(r"\s*(?:,|and|or|&|/|-)?\s*(?:(?:power|energy)\s+(?:and|,)\s*)?",
                                   text[groups[-1][1]:start]):
            groups[-1] = (groups[-1][0], end, groups[-1][2] + [label])
        else:
            groups.append((start, end, [label]))
    # "state pipeline company BOTAŞ", "oil and gas producer X": the words name a firm's trade, not a work
    # (and a carrier's whole network, no one work: "through its own pipeline system", "the gas transmission network")
    return [g for g in groups if not _TRADE_AFTER_RE.match(text, g[1])
            and not (_NETWORK_AFTER_RE.match(text, g[1]) and set(g[2]) <= _NETWORK_TECHNOLOGIES)]


_TRADE_AFTER_RE = re.compile(rf"\s+(?:{orgnames.FIRM_NOUNS_PATTERN})s?\b", re.IGNORECASE)
_NETWORK_AFTER_RE = re.compile(r"\s+(?:systems?|networks?)\b(?!\s+of\b)", re.IGNORECASE)
_NETWORK_TECHNOLOGIES = frozenset(_LINEAR | {"natural gas", "oil"})


def _window(text: str, pos: int, end: int, stops: list[int]) -> tuple[int, int]:
    left = max([0] + [s for s in stops if s < pos])
    right = min([len(text)] + [s for s in stops if s > end])
    return left, right


def _boundaries(text: str, capacities) -> list[int]:
    stops = [m.start() for m in _STOP_RE.finditer(text)]
    stops += [c.start for c in capacities] + [c.end for c in capacities]
    return sorted(stops)


_SEAT_BEFORE_RE = re.compile(r"\b(?:based|headquartered|registered|domiciled)\s+in\s+(?:the\s+)?$")


def _a_seat(text: str, start: int, end: int) -> bool:
    """Whether the place at *start*..*end* is named as where a firm is based ("based in Hiroshima", "Hiroshima-based")."""
    return bool(_SEAT_BEFORE_RE.search(text, max(0, start - 30), start)) or text.startswith("-based", end)


# A state's name used as an adjective of policy or law, not a place a line crosses
_ATTRIBUTIVE_STATE_RE = re.compile(r"\s+(?:sanctions|embargo|tariffs?|government|officials|administration|"
                                   r"authorities|law|laws|regulators?|pressure|policy|ban|restrictions)\b")


def _named_past_the_dateline(facts: DocumentFacts, key: str) -> bool:
    """Whether *key* is mentioned anywhere but in the dateline (its town, then the state, at the report's head)."""
    town = next((m for m in facts.mentions if m.key == facts.dateline_place), None) if facts.dateline_place else None
    # (the dateline ends at its dash: "MANILA, PHILIPPINES (13 September 2023) - …"; "KATHMANDU - Nepal sells …")
    dash = re.compile(r"\s[-—–]+\s").search(facts.text, town.end, town.end + 80) if town is not None else None
    head = dash.start() if dash is not None else town.end if town is not None else -1
    return any(m.key == key and m.start > head for m in facts.mentions)


class _Builder:
    def __init__(self, ctx: DocumentContext, facts: DocumentFacts, reference, pairs: dict):
        self.ctx, self.facts, self.reference, self.pairs = ctx, facts, reference, pairs
        # (a place named only as where a firm is based says nothing of where the story is: "Chugoku, a
        # regional utility based in Hiroshima")
        seated = {(p.key, _a_seat(v.text, p.start, p.end)) for v in ctx.views for p in v.places}
        only_seats = {k for k, seat in seated if seat} - {k for k, seat in seated if not seat}
        countries = Counter(e.country for e in facts.entities.values() if e.kind == PLACE and e.country
                            and e.key not in only_seats)
        # the one country all the report's places lie in (or three in four of them: "Abu Dhabi-based Masdar" in
        # a story set in West Java), when the report names it as a state too
        top = countries.most_common(1)
        self.place_country = top[0][0] if top and (len(countries) == 1 or top[0][1] >= 3
                                                   and top[0][1] * 4 >= 3 * sum(countries.values())) else None
        if self.place_country and (f"state/{self.place_country}" not in facts.entities
                                   or not _named_past_the_dateline(facts, f"state/{self.place_country}")):
            self.place_country = None  # ("MANILA, PHILIPPINES — The Asian Development Bank has approved … for
            # Maldives": the state of the town a release was issued in, named there alone)
        self.pending: set[int] = set()  # ids of the works named only as undecided (see _noted)

    # ---------------------------------------------------------------- pieces
    def _places(self, view: SentenceView, lo: int, hi: int) -> list[str]:
        out = []
        for p in view.places:
            if lo <= p.start < hi and (_LOC_PREP_RE.search(view.text[max(0, p.start - 30):p.start])
                                       or re.match(r"\s*[-–]", view.text[p.end:p.end + 2])
                                       or re.match(r"^[-–]", view.text[p.start - 1:p.start])
                                       # a list item's last field ("Humaij, 3,000 MW solar PV, Madinah Province")
                                       or len(view.text) <= 90 and not view.text[p.end:].strip(" .;")
                                       and view.text[max(0, p.start - 2):p.start] == ", "):
                if _SIGNED_THERE_ON_RE.match(view.text, p.end) and _SIGNED_BEFORE_RE.search(view.text, 0, p.start) \
                        and re.search(r"\bin\s+$", view.text[max(0, p.start - 4):p.start]):
                    continue  # "signed an agreement on the cable in Bucharest on 17 December": where it was signed
                out.append(p.key)
        return list(dict.fromkeys(out))

    @staticmethod
    def _naming_places(view: SentenceView, capacity, inside) -> list[str]:
        """Places that name the project where they stand in its noun phrase: "the 230 MW Garadagh
        solar plant", "the Gobustan 100 MW plant" (a project is named for where it is built)."""
        text = view.text
        tech_start = min((g[0] for g in inside if g[0] >= capacity.end), default=None)
        out = []
        for p in view.places:
            if tech_start is not None and capacity.end <= p.start and p.end <= tech_start:
                gap = text[capacity.end:p.start] + text[p.end:tech_start]
            elif p.end <= capacity.start and _DETERMINER_END_RE.search(text[max(0, p.start - 40):p.start]):
                gap = text[p.end:capacity.start]
            else:
                continue
            if not gap.strip(" -–"):
                out.append(p.key)
        return out

    def _hosts(self, view: SentenceView, lo: int, hi: int, places: list[str], techs) -> list[str]:
        # (a state's name before a noun of policy qualifies it: "because of U.S. sanctions" crosses no border)
        text = view.text
        hosts = []
        linear = bool(set(techs) & _LINEAR)
        # "majority-owned by Russia's Inter RAO": a possessive that owns a firm gives the firm's nationality, not the host
        owns_firm = {r.start for r in view.refs if r.kind == STATE and r.possessive and any(
            o.kind in (COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION) and 0 < o.start - r.end <= 4
            for o in view.refs)}
        for r in view.refs:
            if r.kind != STATE or r.start in owns_firm:
                continue
            if not (lo <= r.start < hi):
                # a cable or pipeline crosses the states its sentence names (a demonym names an
                # actor's nationality, "the Chinese state-owned CNOOC", not a state crossed)
                if linear and (r.free or r.names_work) and r.how not in ("coref", "demonym") \
                        and not _ATTRIBUTIVE_STATE_RE.match(text, r.end):
                    hosts.append(r.key)
                continue
            before = text[max(0, r.start - 30):r.start]
            # "a subsidiary of Spain's Iberdrola": the "of" governs the firm, the state only qualifies it
            # ("in western Nepal", "in the north-east of …": a part of the state is in it)
            if re.search(r"\b(?:in|inside|across|within|of|off)\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:far[\s-]+)?(?:north|south|east|west|"
                         r"central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                         r"south-?western|mid-?western)\s+)?$", before, re.IGNORECASE) \
                    and not (r.possessive and r.modifier) \
                    and not (r.modifier and re.search(r"\bof\s+(?:the\s+)?$", before)) \
                    and not (r.how == "demonym" and r.modifier
                             and not any(0 < p.start - r.end <= 2 for p in view.places)) \
                    or (r.possessive and not r.modifier) \
                    or (r.how == "demonym" and re.match(r"\s+(?:sector|part|side|section|waters)\b", text[r.end:r.end + 12])) \
                    or (r.how == "demonym" and _WORK_NAMED_AFTER_RE.match(text, r.end)):
                # ("the Armenian Nuclear Power Plant": a work named after its state; "in the German Baltic Sea":
                # the state's part of a sea)
                hosts.append(r.key)
            elif set(techs) & _LINEAR and (r.free or r.names_work) and r.how != "demonym" \
                    and not _ATTRIBUTIVE_STATE_RE.match(text, r.end):
                hosts.append(r.key)
        for key in places:
            ent = self.facts.entities.get(key)
            if ent is not None and ent.country:
                hosts.append(f"state/{ent.country}")
        if linear and _BETWEEN_THEIR_RE.search(text):
            # "A and B agreed to build a link between their grids": the line joins the actors' home states
            for r in view.refs:
                ent = self.facts.entities.get(r.key)
                if r.kind == STATE and (r.free or r.possessive):  # "Morocco's ONEE" is Morocco's side
                    hosts.append(r.key)
                elif ent is not None and ent.kind in (COMPANY, GOVERNMENT_BODY) and ent.country and r.free:
                    hosts.append(f"state/{ent.country}")
        if not hosts:
            # "at its Darlington station in Clarington, east of Toronto": where the place that situates the work's
            # own place lies, when that one is in no list (not where a deal was signed: "signed in Beijing")
            own = [p for p in view.places if p.key in places]
            near = {q.country for p in own for q in view.places if q.country and q.start > p.end
                    and _SITUATING_GAP_RE.fullmatch(view.text, p.end, q.start)}
            if len(near) == 1:
                hosts.append(f"state/{near.pop()}")
        if not hosts:
            # "CNNC and the Pakistan Atomic Energy Commission began building the reactor": a state's own body
            # that takes part builds at home
            bodies = {f"state/{ent.country}" for r in view.refs if lo <= r.start < hi and r.free and r.how != "coref"
                      and (ent := self.facts.entities.get(r.key)) is not None and ent.kind == GOVERNMENT_BODY
                      and ent.country}
            if len(bodies) == 1:
                hosts.append(bodies.pop())
        if not hosts:
            # "CEEC will build the plant for Zambia's ZESCO", "Eni was awarded the contract by Algeria's Sonatrach":
            # the client's state, not the builder's (a lender's state is no host: "financed by Japan's JBIC")
            clients = unique_keys(r for r in view.refs if lo <= r.start < hi and r.kind == STATE and r.possessive
                                  and _CLIENT_BEFORE_RE.search(text, max(0, r.start - 30), r.start))
            if len(clients) == 1:
                hosts.append(clients[0])
        if not hosts:
            # "Angola and Namibia are jointly developing the Baynes project", "the dam that Zambia and Zimbabwe
            # share": two or more states acting on a work with no host named are its hosts
            acting = unique_keys(r for r in view.refs if lo <= r.start < hi and r.kind == STATE and r.free
                                 and not r.possessive and r.how != "demonym")
            if len(acting) >= 2:
                hosts.extend(acting)
        if not hosts and not linear and not any(r.kind == STATE and r.how != "demonym" for r in view.refs) \
                and (prior := self.ctx.before_in_paragraph(view)) is not None:
            # "A and B are also working together in neighbouring Saudi Arabia. … signed a power purchase agreement
            # for the planned 1.1GW solar plant": where the sentence before put them, when this one names no state
            there = unique_keys(r for r in prior.refs if r.kind == STATE and r.free and not r.possessive
                                and _IN_STATE_BEFORE_RE.search(prior.text, max(0, r.start - 16), r.start))
            if len(there) == 1:
                hosts.append(there[0])
        if not hosts:
            # "the delegation travelled to Ouarzazate, where it toured the 580 MW solar complex": the state of the
            # town the sentence goes to or is in, when all such towns lie in one
            # (a town whose clause the work's opens with "where", not the one a deal was signed in)
            there = {pl.country for pl in view.places if pl.country and pl.end <= hi
                     and re.match(r"\s*,?\s+where\b", text[pl.end:pl.end + 10])}
            if len(there) == 1:
                hosts.append(f"state/{there.pop()}")
        if not hosts and self.place_country:
            # no state named with the plant: where the report's places are, not the state it names most
            # (often the buyer of the power: "the neighbour will take the output of the plant")
            hosts.append(f"state/{self.place_country}")
        elif not hosts and self.ctx.focus_state():
            hosts.append(self.ctx.focus_state())
        for r in [r for r in view.refs if r.key in hosts and r.kind == STATE]:
            # "the Yacyretá dam, which Paraguay shares with Argentina": a work two states share stands in both
            if (shared := _SHARES_WITH_RE.match(text, r.end)) is not None:
                hosts += [o.key for o in view.refs if o.kind == STATE and o.start == shared.end()]
        return list(dict.fromkeys(hosts))

    def _host_government(self, key: str, hosts) -> bool:
        """A ministry or agency of a host state: it acts for the host (``epkg:hostState``), it is no
        participant ("the Ministry of Energy of Azerbaijan and SOCAR Green signed … a solar plant")."""
        ent = self.facts.entities.get(key)
        return ent is not None and ent.kind == GOVERNMENT_BODY and f"state/{ent.country}" in hosts

    @staticmethod
    def _counted_sites(view: SentenceView, c) -> list[str]:
        """"two solar projects of 220 MW each in the Samarkand and Jizzakh regions": the places of that many
        plants of that capacity, one each, when the clause lists as many places; else none."""
        text = view.text
        m = _COUNTED_PLANTS_BEFORE_RE.search(text, max(0, c.start - 60), c.start)
        if m is None:
            return []
        n = {"two": 2, "three": 3, "four": 4, "five": 5}.get(m.group("n").lower()) or int(m.group("n"))
        clause = view.clause_at(c.start)
        sites: list = []
        for pl in view.places:
            if pl.start < c.end or pl.start >= clause[1]:
                continue
            gap = text[(sites[-1].end if sites else c.end):pl.start]
            if sites and not re.fullmatch(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+", gap) \
                    or not sites and not re.fullmatch(r"\s+(?:each\s+)?(?:in|at|near)\s+(?:the\s+)?", gap):
                break
            sites.append(pl)
        keys = list(dict.fromkeys(pl.key for pl in sites))
        return keys if len(keys) == n else []

    def _participants(self, view: SentenceView, lo: int, hi: int, hosts) -> dict[str, list[str]]:
        text = view.text
        roles: dict[str, list[str]] = {"participants": [], "developers": [], "investors": [], "contractors": []}
        plain = _without_firm_names(view)
        # firms named after a competition word, when the clause names no winner, are still competing
        competing = _COMPETING_RE.search(text, lo, hi)
        if competing and _WINNING_RE.search(text, competing.end(), hi):
            competing = None
        # the owners of the work itself ("the wind farm is owned by A and B"), not of a venture that describes
        # another name ("X, a joint venture owned by A and B,")
        owners = {k for m in _OWNED_BY_RE.finditer(text, lo, hi)
                  if not re.search(r"\bventure\s+$", text[max(0, m.start() - 12):m.start()])
                  for k in unique_keys(list_after(view, m.end(), asides=True))}
        # "the Payra coal plant, a joint venture of Bangladesh's NWPGCL and China's CMC,": the venture's members
        owners |= {k for m in _VENTURE_ASIDE_RE.finditer(text, lo, hi)
                   for k in unique_keys(list_after(view, m.end(), asides=True))}
        for r in view.refs:
            # a lender in an aside ("…, financed by the World Bank, …") takes part in the work all the same
            lender = r.aside and not r.modifier and _FUNDED_BY_RE.search(text, max(0, r.start - 40), r.start)
            if not (lo <= r.start < hi) or not (r.free or r.how == "person" or lender or r.key in owners) \
                    or self._host_government(r.key, hosts):
                continue
            if r.kind == STATE and (r.key in hosts or r.how == "coref"):
                continue
            if r.kind not in (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, STATE):
                continue
            if competing and competing.end() <= r.start:
                continue
            # (the names blanked: "the African Development Bank" is no developer by its name)
            role = _nearest_role(plain, r.start, r.end)
            roles[role + "s" if role else "participants"].append(r.key)
        # "developed by TAQA with Japan's Marubeni and China's JinkoSolar": the names listed with a developer (or
        # a builder) have its role, however far the cue word is from them
        for group in coordinated_lists(view, (COMPANY, INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY)):
            keys = [r.key for r in group if lo <= r.start < hi]
            for role in ("developers", "contractors", "investors"):
                if any(k in roles[role] for k in keys):
                    moved = [k for k in keys if k in roles["participants"]]
                    roles[role] += moved
                    roles["participants"] = [k for k in roles["participants"] if k not in moved]
        # "built by INELFE, a joint venture of A and B": A and B own the builder; they take part through it, and
        # the role is the venture's
        behind = {k for m in _VENTURE_ASIDE_RE.finditer(text, lo, hi)
                  if any(r.end == m.start() and r.kind == COMPANY for r in view.refs)
                  for k in unique_keys(list_after(view, m.end(), asides=True))}
        for role in ("developers", "contractors", "investors"):
            if any(k not in behind for k in roles[role]):  # (the venture itself is named in the role)
                roles["participants"] += [k for k in roles[role] if k in behind]
                roles[role] = [k for k in roles[role] if k not in behind]
        return {k: list(dict.fromkeys(v)) for k, v in roles.items()}

    # ---------------------------------------------------------------- merging
    def _noted(self, stored: Project, candidate: Project, pending: bool) -> Project:
        """Keep track of the works the text names only as undecided: a new one named so is pending, and any
        mention that is not clears it."""
        if not pending:
            self.pending.discard(id(stored))
        elif stored is candidate:
            self.pending.add(id(stored))
        return stored

    def add(self, candidate: Project, apart=()) -> Project:
        """Store *candidate*, or merge it into the project it mentions again (none of *apart*); returns the
        stored one."""
        # (the one its own sentence read first: "The 1,000 MW first unit of the Bushehr plant" is the plant of that
        # capacity, not an earlier plant of the same technology and host)
        ordered = sorted(self.facts.projects, key=lambda p: p.sentence != candidate.sentence)
        for p in ordered:
            if any(p is a for a in apart):
                continue
            if self._same(p, candidate):
                self._merge(p, candidate)
                return p
        self.facts.projects.append(candidate)
        self._pair_participants(candidate, together=True)
        return candidate

    @staticmethod
    def _actors(p: Project) -> set[str]:
        return set(p.participants) | set(p.developers) | set(p.investors) | set(p.contractors)

    def _same(self, p: Project, c: Project) -> bool:
        if p.label and c.label:
            # ("the Vertical Corridor" after "the Vertical Gas Corridor": the name without its commodity)
            return p.label == c.label or _without_commodity(p.label) == _without_commodity(c.label)
        if p.capacity_mw is not None and c.capacity_mw is not None:
            if abs(p.capacity_mw - c.capacity_mw) > 0.01 * max(p.capacity_mw, c.capacity_mw):
                return False
        elif c.capacity_mw is None and p.capacity_mw is not None and not c.label:
            pass
        elif c.capacity_mw is not None and p.capacity_mw is None:
            pass
        techs_p, techs_c = {t.split()[-1] for t in p.technologies}, {t.split()[-1] for t in c.technologies}
        if techs_p and techs_c and not techs_p & techs_c:
            return False
        if p.locations and c.locations and not set(p.locations) & set(c.locations):
            return False
        # (a work named in the sentence that reads it again without its name: the name's host holds)
        named_again = bool(p.label) != bool(c.label) and p.sentence == c.sentence and not (p.locations or c.locations)
        if p.hosts and c.hosts and not set(p.hosts) & set(c.hosts) and not named_again \
                and not (set(p.technologies) | set(c.technologies)) & _LINEAR:
            return False
        ap, ac = self._actors(p), self._actors(c)
        if ap and ac and not (ap <= ac or ac <= ap):
            return False
        if c.capacity_mw is None and p.capacity_mw is None and not (p.label or c.label):
            return bool(techs_p & techs_c)
        return True

    def _merge(self, p: Project, c: Project) -> None:
        techs = list(p.technologies)
        for t in c.technologies:
            if t not in techs and not any(t in x or x in t for x in techs):
                techs.append(t)
            elif t not in techs and any(x in t for x in techs):  # "offshore wind" refines "wind"
                techs = [t if x in t else x for x in techs]
        p.technologies = tuple(dict.fromkeys(techs))
        if p.capacity_mw is None:
            p.capacity_mw = c.capacity_mw
        p.label = p.label or c.label
        if not p.locations:
            p.locations = c.locations
        _add_roles(p, c)
        self._pair_participants(p, together=True)

    def _pair_participants(self, p: Project, together: bool = False) -> None:
        # who the sentence says develop a work together work together ("A and B will develop the X field"); not every
        # pair of roles the text gives a work: those who finance it lend to it, those only named with it (its
        # guests, the buyers of its output) do not build it (on six sets, the pairs of every participant were right
        # 10 times in 28), nor does a builder work with whom it builds for (a contractor takes part in the work only;
        # on twelve sets, the pairs of developers and builders read from roles were right 2 times in 12)
        actors = [k for k in dict.fromkeys(p.developers) if not k.startswith("state/")]
        if not 2 <= len(actors) <= 6:
            return
        if together:
            # (developers read from the roles of the whole sentence only when it names them together: "A and B will
            # develop …", "The two companies will jointly build …", not "built by A …, operated by B")
            view = self.ctx.views[p.sentence] if p.sentence < len(self.ctx.views) else None
            if view is None or not any(set(actors) <= {r.key for r in group}
                                       for group in [*coordinated_lists(view), *_shared_spans(view)]) \
                    and not _named_in_one_stretch(view, actors):
                return
        add_cooperation_pairs(self.pairs, actors, p.sentence)

    # ---------------------------------------------------------------- reading
    def sentence(self, view: SentenceView, agreement_parties: list[str]) -> None:
        text = view.text
        caps = find_capacities(text)
        stops = _boundaries(text, caps) if caps else []  # only capacities need the boundaries
        groups = _tech_groups(_without_firm_names(view))
        used_groups = set()
        covered = []
        made: list[Project] = []
        units = [(m.start("rating"), m.end()) for m in _UNITS_RE.finditer(text)] \
            if any(w in text for w in _UNIT_WORDS) else []
        caps = [c for c in caps if not any(a <= c.start < b for a, b in units)]
        if len(caps) >= 2 and " and " in text:
            rated = self._rated_names_listed(view, caps, agreement_parties)
            caps = [c for c in caps if not any(lo <= c.start < hi for lo, hi in rated)]
            covered += rated
            used_groups |= {g[0] for g in groups if any(lo <= g[0] < hi for lo, hi in rated)}
        for i, c in enumerate(caps):
            counted_sites = self._counted_sites(view, c) if c.each else []
            if c.each and not counted_sites:
                continue
            if _SUMMARY_RE.search(text[max(0, c.start - 25):c.start]) and not any(b <= c.start for a, b in units) \
                    or _TOGETHER_SUM_RE.search(text, max(0, c.start - 240), c.start) \
                    or _NOT_CAPACITY_AFTER.match(text[c.end:]):
                continue
            if _HEDGE_BEFORE.search(text[max(0, c.start - 60):c.start]) or _HEDGE_AFTER.match(text[c.end:]) \
                    or _an_amount_not_a_rating(text, c) or _in_a_range(text, c) \
                    or _CURRENT_BEFORE.search(text[max(0, c.start - 30):c.start]) or _a_target(text, c) \
                    or _AIM_BEFORE.search(text, max(0, c.start - 200), c.start) \
                    or _TARGETED_BEFORE.search(text, max(0, c.start - 40), c.start) \
                    or _FLEET_AFTER.match(text, c.end) \
                    or _FLEET_NOUN_AFTER.match(text, c.end) \
                    or _HELD_CAPACITY_AFTER.match(text, c.end) and _HELD_BEFORE.search(text, max(0, c.start - 40), c.start) \
                    or _OPERATED_BEFORE.search(text, max(0, c.start - 40), c.start) \
                    and _MASS_OF_TECHNOLOGY_AFTER.match(text, c.end) \
                    or _MODEL_CODE_BEFORE.search(text, max(0, c.start - 16), c.start):
                continue
            clause = view.clause_at(c.start)
            if _ENDED_RE.search(text, clause[0], clause[1]) or _UNSIGNED_AFTER_RE.match(text, c.end) \
                    or _STUDIED_AFTER_RE.match(text, c.end):
                continue  # "is shutting down the 1,400 MW … plant": a plant given up is not a project (nor one
                # only studied: "a 500 MW link … is under study")
            if in_opening_comparison(text, c.start):
                continue
            pending = _pending(view, c.start)
            lo, hi = _window(text, c.start, c.end, stops)
            # "is building a 1.5 GW gas plant in A and has been in talks about wind projects in B": the talks
            # are another, undecided matter
            tail = _HEDGED_PREDICATE_AFTER_RE.search(text, c.end, hi + 80)
            if tail is not None:
                hi = min(hi, tail.start())
            # "a 100 MW floating solar plant with a 30 MW battery storage system": one project.
            if re.search(r"\bwith\s+(?:an?\s+|integrated\s+)?$", text[max(0, c.start - 15):c.start]) and self._last_here:
                extra = [g for g in groups if c.end <= g[0] < hi + 40]
                if extra:
                    prev = self._last_here
                    prev.technologies = tuple(dict.fromkeys(prev.technologies + tuple(extra[0][2])))
                    used_groups.add(extra[0][0])
                    continue
            inside = [g for g in groups if lo <= g[0] < hi and g[0] not in used_groups]
            if not inside:
                earlier = [g for g in groups if g[1] <= c.start and g[0] not in used_groups and
                           not any(o.start > g[1] and o.end <= c.start for o in caps)]
                inside = earlier[-1:]
            if not inside:
                facility = _FACILITY_RE.search(text, c.end, min(len(text), c.end + 40))
                if facility is None or re.search(r"[,;]", text[c.end:facility.start()]):
                    # "The plant, with a capacity of 2,400 MW, …": the facility the capacity is given for
                    facility = _FACILITY_WITH_CAPACITY_RE.search(text, max(0, c.start - 60), c.start)
                if facility is None:
                    continue
                # "two wind farms, the 500 MW Bash project and the 500 MW Dzhankeldy project": each is one
                shared = [g for g in groups if g[1] <= c.start and g[0] in used_groups]
                inside = [(c.start, facility.end(), shared[-1][2] if shared and covered else [])]
            techs = [t for g in inside for t in g[2]]
            for g in inside:
                used_groups.add(g[0])
            span_lo, span_hi = min(lo, *(g[0] for g in inside)), max(hi, *(g[1] for g in inside))
            if not techs:
                span_hi = max(span_hi, c.end)
            clause = view.clause_at(c.start)
            extend_hi = max(span_hi, min(clause[1], span_hi + 80))
            if tail is not None:
                span_hi, extend_hi = min(span_hi, tail.start()), min(extend_hi, tail.start())
            places = self._places(view, span_lo, span_hi) or self._places(view, span_lo, extend_hi)
            places = list(dict.fromkeys(self._naming_places(view, c, inside) + places))
            if counted_sites:
                places = counted_sites
            if not places and len(caps) == 1:
                # "The plant, planned at 100 MW, will be built in the Gobustan district": the one
                # project of the sentence is where the sentence says it is built
                places = [pl.key for pl in view.places if _SITED_RE.search(text[max(0, pl.start - 40):pl.start])][:2]
            if not techs and inside and re.search(r"\bsites?\Z", text[inside[0][0]:inside[0][1]], re.I):
                # "BP won a 2.9GW site in the North Sea": a site of the round or tender the report is about, of
                # the technology the report named last before it
                techs = list(self.facts.projects[-1].technologies) if self.facts.projects else next(
                    ([t for _, _, t in found][-1:] for v in reversed(self.ctx.views[:view.index])
                     if (found := find_technologies(v.text))), [])
            techs = self._refine(techs, places, text[span_lo:extend_hi])
            hosts = self._hosts(view, clause[0], clause[1], places, techs)
            if not places and (not hosts or hosts in ([self.ctx.focus_state()], [f"state/{self.place_country}"])):
                # siblings in one list, or a project of the same partners, share their host
                actors = set(sum(self._participants(view, clause[0], clause[1], hosts).values(), []))
                sibling = self._last_here or next((p for p in reversed(self.facts.projects)
                                                   if actors & self._actors(p)), None)
                if sibling is not None and sibling.hosts:
                    hosts = list(sibling.hosts)
            roles = self._participants(view, clause[0], clause[1], hosts)
            if agreement_parties:
                roles["participants"] = list(dict.fromkeys(roles["participants"] + [
                    k for k in agreement_parties if k not in hosts and k not in sum(roles.values(), [])
                    and not self._host_government(k, hosts)]))
            # "the 1,320 MW coal-fired plants at Sahiwal in Punjab and at Port Qasim near Karachi": one plant of
            # that capacity at each place
            each = _PLANTS_AT_EACH_RE.match(text, c.end)
            sites = [[pl.key for pl in view.places if each.start(g) <= pl.start < each.end(g)] for g in ("a", "b")] \
                if each else []
            if counted_sites:
                sites = [[k] for k in counted_sites]
            for site in (sites if sites and all(sites) else [places]):
                project = Project(tuple(dict.fromkeys(techs)), view.index, capacity_mw=c.mw, hosts=tuple(hosts),
                                  locations=tuple(site), participants=tuple(roles["participants"]),
                                  developers=tuple(roles["developers"]), investors=tuple(roles["investors"]),
                                  contractors=tuple(roles["contractors"]))
                # "the 300 MW Sary project and the 300 MW Ortau project": two capacities of one sentence
                # are two plants, whatever they share
                self._last_here = self._noted(self.add(project, apart=made), project, pending)
                made.append(self._last_here)
            covered.append((span_lo, span_hi))
        self._named(view, agreement_parties)
        if "(" in text and caps:
            self._named_with_capacity_in_brackets(view, caps)
        self._facilities(view, groups, used_groups, covered, agreement_parties)
        if len(view.places) >= 2 and groups:
            self._facilities_at_places(view, groups)
        if not caps:
            self._roles_of_the_project(view)

    def _roles_of_the_project(self, view: SentenceView) -> None:
        """ "ACWA Power will develop the plant": roles for the project the last sentences named."""
        if " the " not in view.text and not view.text.startswith("The ") \
                or not any(v in view.hints for v in _THE_PROJECT_VERBS):
            return
        m = _THE_PROJECT_RE.search(view.text)
        passive = _THE_PROJECT_BY_RE.search(view.text) if m is None else None
        if m is None and passive is None or not self.facts.projects \
                or view.index - self.facts.projects[-1].sentence > 2:
            return
        project = self._the_work(view, (m or passive).group(0))
        if project is None:
            return
        if passive is not None:
            if passive.start() > 0 and view.text[:passive.start()].strip():
                return  # "the plant" opens the sentence: any earlier word may make it another's
            m = passive
            actors = [r for r in list_after(view, m.end(), max_gap=4) if r.kind in (COMPANY, INTERNATIONAL_ORGANIZATION)]
        else:
            actors = [r for r in view.refs if r.end <= m.start() and r.free
                      and r.kind in (COMPANY, INTERNATIONAL_ORGANIZATION)]
        if not actors:
            return
        role = {"develop": "developers", "buil": "contractors", "construct": "contractors", "financ": "investors",
                "fund": "investors", "invest": "investors", "operat": "developers", "run": "developers"}
        attr = next((v for k, v in role.items() if m.group("verb").lower().startswith(k)), "participants")
        setattr(project, attr, tuple(dict.fromkeys(getattr(project, attr) + tuple(unique_keys(actors)))))
        self._pair_participants(project)  # ("Eni and Shell will develop the Abadi gas field": together)

    def _the_work(self, view: SentenceView, phrase: str) -> Project | None:
        """The project "the plant", "the pipeline", "the project" of *phrase* stands for: the last one read
        in the two sentences before, of a kind the noun can name (a plant is no line, a line no plant)."""
        noun = re.search(rf"(?i)\b{_VOCABULARY.pattern('built_nouns')}\b", phrase)
        word = noun.group(0).lower() if noun else "project"
        recent = [p for p in self.facts.projects if view.index - p.sentence <= 2]
        if word in ("line", "cable", "pipeline", "interconnector"):
            recent = [p for p in recent if set(p.technologies) & _LINEAR]
        elif word != "project":
            recent = [p for p in recent if not set(p.technologies) & _LINEAR]
        return max(recent, key=lambda p: p.sentence, default=None)

    _last_here: Project | None = None

    def _refine(self, techs: list[str], places: list[str], window: str) -> list[str]:
        seas = any(re.search(r"\b(?:sea|ocean|gulf|bay)\b", (self.facts.entities[k].label
                                                             if k in self.facts.entities else ""), re.I)
                   for k in places)
        coast = re.search(r"\b(?:coast|coastline|shore)\b", window, re.I) is not None
        if ("wind" in techs and (seas and not coast or re.search(r"\boffshore\b|\bsea\b|\bfloating\b", window, re.I))
                and "offshore wind" not in techs and not re.search(r"\bonshore\b", window, re.I)):
            # (not a wind farm the text calls onshore, nor one on a sea's coast)
            techs = ["offshore wind" if t == "wind" else t for t in techs]
        return list(dict.fromkeys(techs))

    def _named_in_lower_case(self, view: SentenceView) -> None:
        """"the Greater Tortue Ahmeyim (GTA) project", "the Itaipu dam": a name, then a common noun; the
        technology is the one the sentence names (when it names one)."""
        text = view.text
        hinted = any(w in text for w in ("project", "dam", "facility", "plant", "terminal", "refinery", "pipeline", "farm",
                                         "park", "station", "HPP", "NPP", "field", "block", "development"))
        for m in _NAMED_LOWER_RE.finditer(text) if hinted else ():
            name = m.group("name").strip()
            # a place names the work when the words after it say what the work is ("the 445 MW Bilasuvar solar PV
            # project"); alone before the noun ("the Baku plant") it only says where the work is
            named_for_place = bool(m.group("capacity") or find_technologies(m.group("mods")))
            if any(r.start <= m.start("name") and m.end("name") <= r.end for r in view.refs if r.how != "coref") \
                    or not named_for_place and any(p.start <= m.start("name") and m.end("name") <= p.end
                                                   for p in view.places) \
                    or any(r.start == m.start("name") and r.how == "demonym" for r in view.refs) \
                    or cues.negated_noun(text, m.start()) or _HEDGE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) \
                    or in_opening_comparison(text, m.start()) \
                    or _ENDED_RE.search(text, *view.clause_at(m.start())):
                # a company, a place or a nationality ("the Chinese-built plant"), not a project's name; nor a
                # plant being shut down ("is shutting down the 1,400 MW Isar 2 nuclear plant")
                continue
            noun = m.group("noun")
            own = [t for _, _, t in find_technologies(m.group("mods") + noun)]
            techs = ["hydro"] if noun in ("dam", "HPP") else ["nuclear"] if noun == "NPP" else list(dict.fromkeys(own)) or \
                _unique_techs(_without_firm_names(view))  # not "PV Power"
            if noun.startswith("pipeline"):
                carried = [t for _, _, t in find_technologies(text) if t in ("natural gas", "oil", "hydrogen")]
                techs = list(dict.fromkeys(techs + ["pipeline"] + carried[:1]))
            if noun in ("field", "block", "development") and _FIELD_OF_WORK_RE.fullmatch(name):
                continue  # "experts in the Energy field": a field of work
            if noun in ("field", "block", "development") and not own:
                # an upstream work holds the hydrocarbons its sentence names; a field or block named with none
                # holds oil or gas, which the text leaves open (a "development" must name them)
                held = list(dict.fromkeys(t for _, _, t in find_technologies(text) if t in _HYDROCARBONS))
                techs = held or (list(_HYDROCARBONS) if noun != "development" else [])
            if not techs or not own and len(techs) != 1 and noun not in ("field", "block", "development"):
                continue
            label = f"{name} {m.group('mods')}{noun}"
            if any(p.label and (p.label in label or label in p.label or p.label == m.group("acronym"))
                   for p in self.facts.projects):
                continue  # "the Paks II nuclear power plant" after "Paks II"
            if re.search(r"\b(?:at|near|to|into|beside|next\s+to)\s+$", text[max(0, m.start() - 12):m.start()]):
                continue  # "reactors at the Dukovany plant", "sent to the Pluto LNG plant": a site named as a place
            clause = view.clause_at(m.start())
            places = self._places(view, m.start(), min(len(text), m.end() + 80))
            # (the town a plant is named for is where it stands: "the Karachi nuclear power plant")
            places = list(dict.fromkeys([p.key for p in view.places if named_for_place and p.start == m.start("name")
                                         and not text[p.end:m.end("name")].strip()] + places))
            # ("the Bushehr nuclear power plant, built by Russia": the place the name opens with says where it
            # stands; the state that built it is no host)
            named_host = (not places and _named_after_a_province(f"{name} {noun}", self.facts)) or []
            # ("neighbouring Guyana, where a consortium has been producing oil from the Stabroek block")
            where = [r.key for r in view.refs if r.kind == STATE and WHERE_CLAUSE_RE.fullmatch(text, r.end, m.start())]
            hosts = named_host or where[-1:] or self._hosts(view, clause[0], clause[1], places, techs)
            between = re.search(r"\bbetween\s+", text[m.end():m.end() + 80])
            if between:  # "straddles the border between Mauritania and Senegal"
                crossed = list_after(view, m.end() + between.end(), (STATE,), max_gap=4)
                hosts = unique_keys(crossed) or hosts
            roles = self._participants(view, clause[0], clause[1], hosts)
            project = Project(tuple(techs), view.index, hosts=tuple(hosts), locations=tuple(dict.fromkeys(places)),
                              label=label, participants=tuple(roles["participants"]),
                              developers=tuple(roles["developers"]), investors=tuple(roles["investors"]),
                              contractors=tuple(roles["contractors"]))
            stored = self.add(project)
            if named_host and stored is not project and stored.sentence == view.index \
                    and set(stored.hosts) != set(named_host):
                # the plant read by its capacity in this sentence took the clause's state ("built by Russia")
                # for its host: the name says where it stands, and that state takes part in it
                moved = tuple(k for k in stored.hosts if k not in named_host)
                stored.hosts = tuple(named_host)
                roles = stored.developers + stored.investors + stored.contractors
                stored.participants = tuple(dict.fromkeys(stored.participants + tuple(k for k in moved if k not in roles)))
            self._noted(stored, project, _pending(view, m.start()))

    def _named_with_capacity_in_brackets(self, view: SentenceView, caps) -> None:
        """"It went on to finance Kurichhu (60 MW), Tala (1,020 MW) and Mangdechhu (720 MW)": plants named with
        their capacity in brackets, of the one technology this sentence or the one before names."""
        text = view.text
        unique = _unique_techs(text) or (_unique_techs(self.ctx.views[view.index - 1].text) if view.index else [])
        for m in _NAME_AND_CAPACITY_RE.finditer(text):
            name = m.group("name")
            # (of several technologies, the one named last before the list: "a 500 MW wind farm in A and solar
            # plants in B (100 MW), C (220 MW)")
            before = [t for s_, _, t in find_technologies(text) if m.start() - 120 <= s_ < m.start()]
            techs = unique if len(unique) == 1 else before[-1:]
            if not techs:
                continue
            cap = next((c for c in caps if m.start("cap") <= c.start < m.end("cap")), None)
            if cap is None or any(r.start <= m.start("name") < r.end for r in view.refs) \
                    or any(p.label == name for p in self.facts.projects) or cues.negated_noun(text, m.start()):
                continue  # a firm's or a place's name with a figure, or a work already read
            # ("solar plants in Karmana (100 MW), Gallaaral (220 MW)": each where the name places it)
            site = next((p.key for p in view.places if p.start == m.start("name")), None)
            clause = view.clause_at(m.start())
            hosts = self._hosts(view, clause[0], clause[1], [], techs)
            if not any(r.kind == STATE and r.free and clause[0] <= r.start < clause[1] for r in view.refs):
                # no state named with them: where the works of that kind read just before stand
                earlier = next((p for p in reversed(self.facts.projects) if p.hosts and set(p.technologies) & set(techs)),
                               None)
                hosts = list(earlier.hosts) if earlier is not None else hosts
            roles = self._participants(view, clause[0], clause[1], hosts)
            if site is not None and (ent := self.facts.entities.get(site)) is not None and ent.country:
                hosts = [f"state/{ent.country}"]
            project = Project(tuple(techs), view.index, capacity_mw=cap.mw, hosts=tuple(hosts),
                              label=None if site else name, locations=(site,) if site else (),
                              participants=tuple(roles["participants"]), developers=tuple(roles["developers"]),
                              investors=tuple(roles["investors"]), contractors=tuple(roles["contractors"]))
            self._noted(self.add(project), project, _pending(view, m.start()))

    def _named(self, view: SentenceView, agreement_parties) -> None:
        listed = self._named_in_a_list(view)
        self._named_capitalised(view, listed)
        self._named_in_lower_case(view)

    def _named_in_a_list(self, view: SentenceView) -> list[tuple[int, int]]:
        """"the Mariner, Rosebank and Buzzard oil fields", "Shell's Penguins and Pierce fields": names listed
        before one plural work noun, one work each, of the holder the phrase names ("A's stakes in …",
        "A's …"). Returns the spans of the lists read."""
        text = view.text
        spans: list[tuple[int, int]] = []
        if " and " not in text:
            return spans
        for m in _NAMES_LISTED_RE.finditer(text):
            names = [n.group(0) for n in _LISTED_NAME_RE.finditer(m.group("list"))]
            techs = list(dict.fromkeys(t for _, _, t in find_technologies(m.group("tech") + m.group("noun"))))
            lo, hi = m.start("list"), m.end("list")
            if len(names) < 2 or not techs or any(r.start < hi and lo < r.end for r in view.refs) \
                    or any(p.start < hi and lo < p.end for p in view.places):
                continue
            if _HEDGE_BEFORE.search(text[max(0, lo - 60):lo]) or cues.negated_noun(text, lo) \
                    or re.search(r"\b(?:option|options|not\s+yet|bid|bids)\b", text[max(0, lo - 80):lo]) \
                    or _ENDED_RE.search(text[view.clause_at(lo)[0]:m.end()]):
                spans.append((lo, m.end()))  # (works only hoped for, or given up: none of them, nor the last alone)
                continue
            holder = _HOLDER_BEFORE_RE.search(text, max(0, lo - 50), lo)
            owners = [r.key for r in view.refs if holder and r.possessive and r.start == holder.start("who")
                      and r.kind in (COMPANY, GOVERNMENT_BODY)]
            if not owners and spans and re.fullmatch(r"\s*,?\s+and\s+(?:the\s+)?", text[spans[-1][1]:lo]):
                owners = list(self.facts.projects[-1].participants)  # "… gas fields and the Penguins and Pierce oil fields"
            clause = view.clause_at(lo)
            places = self._places(view, m.end(), min(len(text), m.end() + 60))
            hosts = self._hosts(view, clause[0], clause[1], places, techs)
            spans.append((lo, m.end()))
            for name in names:
                if any(p.label and _without_commodity(p.label).startswith(name) for p in self.facts.projects):
                    continue
                self.facts.projects.append(Project(tuple(techs), view.index, hosts=tuple(hosts),
                                                   locations=tuple(places), participants=tuple(owners), label=name))
        return spans

    def _rated_names_listed(self, view: SentenceView, caps, agreement_parties) -> list[tuple[int, int]]:
        """"the 2,000 MW Haden and 2,000 MW Muwayh solar plants": one work per name, with the rating written before
        it and the technology of the noun they share (or the names' own). Returns the spans of the lists read."""
        text = view.text
        spans: list[tuple[int, int]] = []
        for m in _RATED_NAMES_LISTED_RE.finditer(text):
            items = list(_RATED_NAME_RE.finditer(text, m.start("list"), m.end("list")))
            rated = [(item, [c for c in caps if item.start() <= c.start < item.end()]) for item in items]
            if len(items) < 2 or any(len(found) != 1 for _, found in rated):
                continue
            lo = m.start("list")
            spans.append((lo, m.end()))
            if _HEDGE_BEFORE.search(text[max(0, lo - 60):lo]) or cues.negated_noun(text, lo) \
                    or _ENDED_RE.search(text[view.clause_at(lo)[0]:m.end()]) or in_opening_comparison(text, lo):
                continue  # (works only hoped for, or given up: none of them)
            shared = [t for _, _, t in find_technologies(m.group("tech") + m.group("noun"))]
            clause = view.clause_at(lo)
            # (where the shared noun says they are, to the next item of the sentence's own list: "… solar plants in
            # Makkah province and the 1,500 MW X plant in Qassim province")
            bound = _NEXT_ITEM_RE.search(text, m.end())
            after = self._places(view, m.end(), min(clause[1] + 1, m.end() + 60, bound.start() if bound else len(text)))
            made: list[Project] = []
            noun = m.group("noun")[:-3] + "y" if m.group("noun").endswith("ies") else m.group("noun")[:-1]
            for item, (c,) in rated:
                name = text[c.end:item.end()].strip(" -")
                techs = list(dict.fromkeys(shared + [t for _, _, t in find_technologies(name)]))
                places = self._places(view, c.end, item.end()) or after
                techs = self._refine(techs, places, text[lo:m.end()])
                hosts = self._hosts(view, clause[0], clause[1], places, techs)
                roles = self._participants(view, clause[0], clause[1], hosts)
                roles["participants"] = list(dict.fromkeys(roles["participants"] + [
                    k for k in agreement_parties if k not in hosts and k not in sum(roles.values(), [])
                    and not self._host_government(k, hosts)]))
                project = Project(tuple(techs), view.index, capacity_mw=c.mw, hosts=tuple(hosts),
                                  locations=tuple(places), participants=tuple(roles["participants"]),
                                  developers=tuple(roles["developers"]), investors=tuple(roles["investors"]),
                                  contractors=tuple(roles["contractors"]), label=f"{name} {m.group('tech')}{noun}")
                self._last_here = self._noted(self.add(project, apart=made), project, _pending(view, c.start))
                made.append(self._last_here)
        return spans

    def _named_capitalised(self, view: SentenceView, listed=()) -> None:
        """"the Southern Gas Corridor", "Paks II", "the GREGY Power Link": a name that says what it is."""
        text = view.text
        if not any(w in text for w in _NAMED_HINTS) and not ("II" in text and _SECOND_RE.search(text)):
            return
        for m in _NAMED_RE.finditer(text):
            if any(lo <= m.start("name") < hi for lo, hi in listed):
                continue  # one of the names of a list read by _named_in_a_list
            name = _BEFORE_NAME_RE.sub("", m.group("name")).strip()
            if re.match(r"(?:[kKMGT]W[eh]?|MWe|GWh)\b", name):
                continue  # "1.5 GW LNG-to-power": a unit, not a name
            if any(r.start <= m.start() + 4 and m.end("name") <= r.end for r in view.refs if r.how != "coref") \
                    or any(r.kind != STATE and r.how != "coref" and r.start > m.start() and r.end == m.end("name")
                           for r in view.refs) \
                    or any(p.start <= m.start() and m.end("name") <= p.end for p in view.places) \
                    or re.match(r"\s+(?:[A-Z][\w-]*\s+)*(?:Council|Commission|Company|Committee|Authority|Ministry)\b",
                                text[m.end("name"):]):
                continue  # a company ("China Southern Power Grid"), a place or a body, not a project
            if len(name.split()) < 2 and not m.group("acronym") or cues.negated_noun(text, m.start()) \
                    or in_opening_comparison(text, m.start()) or _PROGRAMME_CORRIDOR_RE.search(name):
                continue  # (an "economic corridor" is a programme of many works, no one work)
            techs = next((list(t) for rx, t in _NAMED_TECH if rx.search(name)), None) or []
            if re.search(r"interconnector|corridor", name, re.I) and not re.search(r"gas|electric|power|green", name, re.I):
                techs = ["pipeline", "natural gas"] if re.search(r"\bgas\b", text, re.I) else ["transmission"]
            techs = list(dict.fromkeys(techs + [t for _, _, t in find_technologies(name)]))
            if not techs:
                near = [t for s_, _, t in find_technologies(text) if m.end() <= s_ <= m.end() + 40]
                techs = near[:2]
            if not techs:
                continue
            if "transmission" in techs and re.search(r"gas|pipeline", name, re.I):
                techs.remove("transmission")
            clause = view.clause_at(m.start())
            places = self._places(view, m.start(), min(len(text), m.end() + 60))
            places += [p.key for p in view.places if m.start() <= p.start < m.end() and p.key not in places]
            # "the Zohr gas field off Egypt": the state right after the name, else the clause's
            near = [r.key for r in view.refs if r.kind == STATE and m.end() <= r.start < m.end() + 30
                    and re.search(r"\b(?:in|off|of)\s+(?:the\s+)?$", text[max(0, r.start - 12):r.start])]
            hosts = near or (not places and _named_after_a_province(name, self.facts)) \
                or self._hosts(view, clause[0], clause[1], places, techs)
            if any(r.kind == INTERNATIONAL_ORGANIZATION and m.start() <= r.start < m.end("name") for r in view.refs) \
                    and not any(r.kind == STATE and clause[0] <= r.start < clause[1] for r in view.refs) and not places:
                hosts = []  # "the ASEAN Power Grid": a body's members' work, in no one state the sentence names
            project = Project(tuple(techs), view.index, hosts=tuple(hosts), locations=tuple(dict.fromkeys(places)),
                              label=name)
            caps = [c for c in find_capacities(text) if m.start() - 30 <= c.start <= m.end() + 60 and not c.each
                    and not _an_amount_not_a_rating(text, c)]
            if caps:
                project.capacity_mw = caps[0].mw
            acronym = m.group("acronym")
            existing = next((p for p in self.facts.projects if p.label == name or (acronym and p.label == acronym)
                             or (acronym and p.label and _initials(p.label) == acronym)
                             or p.label and _without_commodity(p.label) == _without_commodity(name)), None)
            if existing is None:
                existing = next((p for p in self.facts.projects if not p.label and project.capacity_mw is not None
                                 and p.capacity_mw == project.capacity_mw), None)
            if existing is not None:
                if existing.label and existing.label != name and len(name) < len(existing.label):
                    project.technologies = existing.technologies  # the shorter name says less of what it carries
                self._merge(existing, project)
            else:
                self.facts.projects.append(project)
            self._noted(existing or project, project, _pending(view, m.start()))

    def _referred(self, head: str, techs) -> Project | None:
        """The project a definite "the cable", "the subsea link" refers back to: the last one of its
        technology, when the document has read one."""
        if not re.search(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$", head):
            return None
        wanted = {t.split()[-1] for t in techs}
        return next((p for p in reversed(self.facts.projects)
                     if wanted & {t.split()[-1] for t in p.technologies}), None)

    def _facilities_at_places(self, view: SentenceView, groups) -> None:
        """Facilities listed by where they stand: "LNG through floating terminals at A, B and C", "gas is
        liquefied at plants at A and B": one project at each place, of the technology named just before."""
        text = view.text
        for m in _FACILITIES_AT_RE.finditer(text):
            listed = [p for p in view.places if p.start >= m.end()]
            places = []
            for p in listed:
                gap = text[(places[-1].end if places else m.end()):p.start]
                if places and not re.fullmatch(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+", gap) or not places and gap.strip():
                    break
                places.append(p)
            techs = [t for start, end, t in (x for g in groups for x in [(g[0], g[1], g[2])])
                     if m.start() - 40 <= end <= m.start()]
            head = text[max(0, m.start() - 60):m.start()]
            if len(places) < 2 or not techs or _HEDGE_BEFORE.search(head) or cues.negated_noun(text, m.start()):
                continue
            for place in places:
                candidate = Project(tuple(dict.fromkeys(techs[-1])), view.index, locations=(place.key,),
                                    hosts=tuple(self._hosts(view, 0, 0, [place.key], techs[-1])))
                if not any(place.key in p.locations for p in self.facts.projects):
                    self.facts.projects.append(candidate)

    def _facilities(self, view: SentenceView, groups, used_groups, covered, agreement_parties) -> None:
        """Technology + facility noun without a capacity: "a hydropower plant in the Bostanlyk district"."""
        text = view.text
        for g in groups:
            if g[0] in used_groups or any(lo <= g[0] < hi for lo, hi in covered):
                continue
            after = text[g[1]:g[1] + 30]
            fm = _FACILITY_AFTER_RE.match(after)
            # (a technology term may hold its facility noun: "a nuclear power plant", "a wind farm")
            own = _LINEAR_NOUN_END_RE.search(text[g[0]:g[1]]) or (
                _OWN_FACILITY_END_RE.search(text[g[0]:g[1]])
                and re.search(r"\b(?:a|an)\s+(?:new\s+)?$", text[max(0, g[0] - 8):g[0]], re.IGNORECASE)) or (
                # "a $3.7 billion refinery", "a 200,000-barrel-per-day refinery": a refinery is a work by its noun
                re.search(r"refiner(?:y|ies)$", text[g[0]:g[1]], re.IGNORECASE)
                and re.search(r"\b(?:a|an|the|its|new)\s+(?:[\w$€£.,-]+\s+){0,3}$", text[max(0, g[0] - 40):g[0]], re.IGNORECASE))
            if not fm and not own:
                continue
            noun = (own.group(0) if own else fm.group(0)).split()[-1].lower()  # "a link | between their grids"
            if noun.startswith(("system", "initiative", "installation", "unit")) and g[2] != ["battery storage"]:
                continue
            head = text[max(0, g[0] - 60):g[0]]
            if _HEDGE_BEFORE.search(head) or cues.negated_noun(text, g[0]) or in_opening_comparison(text, g[0]) \
                    or _HEDGE_AFTER.match(text[g[1]:]) or re.search(
                    r"\b(?:first|largest|only|another|any|no)\s+(?:[\w-]+\s+){0,2}$", head, re.IGNORECASE):
                continue
            clause = view.clause_at(g[0])
            if _STUDIED_BEFORE.search(text[max(0, g[0] - 160):g[0]]) or _ENDED_RE.search(text[clause[0]:clause[1]]) \
                    or _UNSIGNED_AFTER_RE.match(text, g[1]) or _STUDIED_AFTER_RE.match(text, g[1]):
                continue  # "a study of a new pipeline", "coal plants to be retired", "a scheme later abandoned"
            if noun.endswith("s") and not noun.endswith("ss") and \
                    not re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w'’,-]+\s+){0,4}$",
                                  head, re.IGNORECASE):
                continue  # "its wind farms", "gas fields already discovered": plants in general, not a project
            # ("the Gas Mega Hub": a work's own name in capitals, not "the gas hub" read before)
            earlier = self._referred(head, g[2]) if not (g[0] > 0 and text[g[0]].isupper()) else None
            if earlier is not None:
                # "the subsea cable" after "the North Sea Link, a power cable between …": the same project
                if set(earlier.technologies) & _LINEAR:  # "the interconnector … is to connect A, B and C"
                    owners = {r.key for r in view.refs if r.possessive}  # "Italy's Prysmian": a supplier's home
                    # (only states the sentence names: not the report's focus, which ``_hosts`` falls back on)
                    named = {r.key for r in view.refs if r.kind == STATE}
                    crossed = [k for k in self._hosts(view, clause[0], clause[1], [], list(earlier.technologies))
                               if k not in owners and k in named]
                    earlier.hosts = tuple(dict.fromkeys(earlier.hosts + tuple(crossed)))
                roles = self._participants(view, clause[0], clause[1], earlier.hosts)
                for attr in ("participants", "developers", "investors", "contractors"):
                    setattr(earlier, attr, tuple(dict.fromkeys(getattr(earlier, attr) + tuple(roles[attr]))))
                continue
            if not re.search(r"\b(?:a|an|the|its|their|three|two|new|\d[\w,.]*\s*(?:km|kV))\s+(?:[\w'’,$€£.-]+\s+){0,4}$",
                             head, re.IGNORECASE):
                continue
            places = self._places(view, g[0], min(clause[1], g[1] + 60))
            techs = self._refine(list(g[2]), places, text[g[0]:g[1] + 40])
            if noun.startswith(("pipeline",)) and "pipeline" not in techs:
                techs.append("pipeline")
            hosts = self._hosts(view, clause[0], clause[1], places, techs)
            roles = self._participants(view, clause[0], clause[1], hosts)
            pairs = [(a.key, b.key) for a, b in zip(view.places, view.places[1:])
                     if re.fullmatch(r"\s*[-–]\s*", text[a.end:b.start]) and clause[0] <= a.start < clause[1]]
            chains: list[list[str]] = []
            for a, b in pairs:  # "Iasi-Ungheni-Chisinau": one line through three places, not two lines
                if chains and chains[-1][-1] == a:
                    chains[-1].append(b)
                else:
                    chains.append([a, b])
            if set(techs) & _LINEAR and len(chains) >= 2:
                # "the Raxaul-Parwanipur and Kushaha-Kataiya lines": one line per named pair of ends
                for ends in chains:
                    line_hosts = list(dict.fromkeys(hosts + self._hosts(view, clause[0], clause[1], ends, techs)))
                    self.facts.projects.append(Project(tuple(techs), view.index, hosts=tuple(line_hosts),
                                                       locations=tuple(ends), participants=tuple(roles["participants"])))
                continue
            candidate = Project(tuple(techs), view.index, hosts=tuple(hosts), locations=tuple(places),
                                participants=tuple(roles["participants"]), developers=tuple(roles["developers"]),
                                investors=tuple(roles["investors"]), contractors=tuple(roles["contractors"]))
            match = next((p for p in self.facts.projects if self._same(p, candidate)), None)
            if match is not None:
                if not match.locations and places:
                    match.locations = tuple(places)
            else:
                self.facts.projects.append(candidate)
            self._noted(match or candidate, candidate, _pending(view, g[0]))


_VENTURE_ASIDE_RE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w:/-]+\s+){0,2}?(?:joint\s+venture|consortium|partnership)\s+"
                               r"(?:of|between|formed\s+by|owned\s+by)\s+(?:the\s+)?")
_OWN_FACILITY_END_RE = re.compile(r"\b(?:plant|station|farm|park)s?$", re.IGNORECASE)
_OWNED_BY_RE = re.compile(r"\b(?:owned|co-owned|held)\s+(?:(?:jointly|equally|in\s+equal\s+(?:shares|parts))\s+)?by\s+"
                          r"(?:the\s+)?")
_FUNDED_BY_RE = re.compile(r"\b(?:financed|funded|co-?financed|co-?funded|backed)\s+(?:jointly\s+|partly\s+)?by\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,2}$")


# A project only studied, or a plant being retired or given up, is not one the graph records.
_STUDIED_BEFORE = re.compile(rf"\b(?:whether|{_VOCABULARY.pattern('study_verbs')}|{_VOCABULARY.pattern('study_nouns')})"
                             r"\b[^.;]*$", re.IGNORECASE)
# … or told as only studied after its noun: "A link with Roraima is still being studied", "… remains under review"
_STUDIED_AFTER_RE = re.compile(r"(?:(?!\b(?:which|that|who|whose)\b)[^.;]){0,90}?\b(?:is|are|was|were|remains?|remained)\s+"
                               r"(?:still\s+|only\s+|now\s+)?"
                               rf"(?:being\s+)?(?:{_VOCABULARY.pattern('study_verbs')}|considered|discussed|"
                               rf"under\s+(?:{_VOCABULARY.pattern('study_nouns')}|consideration|discussion|review|evaluation))\b",
                               re.IGNORECASE)
_SHARES_WITH_RE = re.compile(r"\s+(?:also\s+)?(?:shares|shared|share|co-owns|co-own|jointly\s+owns)\s+with\s+(?:the\s+)?")
_COMPETING_RE = re.compile(rf"\b(?:{_VOCABULARY.pattern('competing_verbs')}|{_VOCABULARY.pattern('competing_nouns')})\b",
                           re.I)
_WINNING_RE = re.compile(rf"\b{_VOCABULARY.pattern('winning_verbs')}\b", re.I)
_ENDED_RE = re.compile(rf"\b(?:{_VOCABULARY.pattern('ending_verbs')}|{_VOCABULARY.pattern('ending_nouns')})\b",
                       re.IGNORECASE)
_PENDING_RE = re.compile(rf"\b(?:{_VOCABULARY.pattern('pending_phrases')}|(?:remains?|remained|is|are|was|were|still)"
                         rf"\s+(?:still\s+|only\s+)?(?:at|in)\s+(?:the|an?)\s+(?:early\s+)?"
                         rf"{_VOCABULARY.pattern('pending_stages')}\s+stage)\b", re.IGNORECASE)
# What a sentence goes on to say of the work just named: a relative clause, or a clause after "but".
_SAYS_OF_IT_RE = re.compile(r",\s*(?:which|whose|where|but)\b|\s(?:but|though|although)\s")


_COMMODITY_WORD_RE = re.compile(r"\s+(?:Gas|Natural\s+Gas|Oil|Hydrogen|Power|Electricity)(?=\s)")


def _without_commodity(label: str) -> str:
    """A work's name without the commodity word before its head ("Vertical Gas Corridor" → "Vertical Corridor")."""
    return _COMMODITY_WORD_RE.sub("", label)


def _pending(view: SentenceView, pos: int) -> bool:
    """The work named at *pos* is not yet decided: its clause says so ("is to be tendered next year"), or
    a clause describing it does ("…, whose final investment decision has not been made", "…, which remains
    at the design stage")."""
    text = view.text
    lo, hi = view.clause_at(pos)
    if _PENDING_RE.search(text, lo, hi):
        return True
    cue = _PENDING_RE.search(text, pos)
    # (not when another work is named between: "A built the X plant, but the Y farm remains at …")
    return cue is not None and _SAYS_OF_IT_RE.search(text, pos, cue.start()) is not None \
        and _works_named(text, pos, cue.start()) <= 1


def _works_named(text: str, lo: int, hi: int) -> int:
    """How many facility nouns ``text[lo:hi]`` names, nouns side by side ("Pipeline project") counted once."""
    count, end = 0, -2
    for m in _FACILITY_RE.finditer(text, lo, hi):
        count += m.start() - end > 2
        end = m.end()
    return count


def _initials(label: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w]*", label) if w[0].isupper())


# "The plant will have an installed capacity of 2,115MW", "bringing the plant to its full capacity of 2,115MW": the
# work just named, by its kind, then its rating
_THE_WORK_RATED_RE = re.compile(rf"\b[Tt]he\s+(?:{trigger_pattern(_VOCABULARY.lists['built_nouns'])}|scheme|reactor|complex)\b"
                                r"[^.;:]{0,80}?\b(?:(?:installed|full|total|generating|design)\s+)?capacity\s+"
                                r"(?:of|at|will\s+be|is)\s+(?:about\s+|around\s+|some\s+)?$")


def _ratings_told_after(ctx: DocumentContext, facts: DocumentFacts) -> None:
    """A rating told of "the plant" in the next sentences, when the last work named (within three sentences) had
    none and the sentence names no other work."""
    for view in ctx.views:
        if "capacity" not in view.text or any(p.sentence == view.index for p in facts.projects):
            continue
        caps = [c for c in find_capacities(view.text) if not c.each
                and _THE_WORK_RATED_RE.search(view.text, max(0, c.start - 140), c.start)]
        last = next((p for p in reversed(facts.projects) if p.sentence < view.index), None)
        if len(caps) == 1 and last is not None and last.capacity_mw is None and view.index - last.sentence <= 3:
            last.capacity_mw = caps[0].mw


def _an_amount_not_a_rating(text: str, c) -> bool:
    """Whether the capacity *c* is an amount that flows, is bought or pledged, or a fleet's total ("is feeding 235
    megawatts into the grid" next to a plant's name), not the plant's rating."""
    return bool(_FLOW_BEFORE.search(text[max(0, c.start - 30):c.start])
                or _AMOUNT_BEFORE.search(text, max(0, c.start - 60), c.start) or _AMOUNT_AFTER.match(text[c.end:])
                or _FLEET_BEFORE.search(text, max(0, c.start - 60), c.start))


def extract_projects(ctx: DocumentContext, facts: DocumentFacts, reference, pairs: dict) -> None:
    """Fill ``facts.projects`` from every sentence of the document (see the module docstring).

    Parameters
    ----------
    ctx : DocumentContext
        The document's sentence views.
    facts : DocumentFacts
        Receives the projects; its agreements (already read) lend their parties
        to projects named in the same sentence.
    reference : str or None
        The document's date.
    pairs : dict
        Cooperation pairs, extended with the developers and builders of each project, each with each.

    Returns
    -------
    None

    Examples
    --------
    >>> from epkg.graph.extract.facts import DocumentFacts, Sentence
    >>> text = "The plan covers a 2.3 GW wind park and 2 million kilowatts of solar plants."
    >>> facts = DocumentFacts(text, sentences=[Sentence(0, 0, len(text), text)])
    >>> extract_projects(DocumentContext(facts), facts, None, {})
    >>> [(p.technologies, p.capacity_mw) for p in facts.projects]
    [(('wind',), 2300.0), (('solar',), 2000.0)]
    """
    builder = _Builder(ctx, facts, reference, pairs)
    for view in ctx.views:
        parties = [k for a in facts.agreements if a.sentence == view.index for k in a.parties]
        builder._last_here = None
        builder.sentence(view, list(dict.fromkeys(parties)))
    # a work named only as undecided is a plan, unless the report names who takes part in it (a signed
    # agreement for it, a developer): the text's own account of it then goes beyond the plan
    facts.projects[:] = [p for p in facts.projects if id(p) not in builder.pending or builder._actors(p)]
    facts.projects[:] = [p for p in facts.projects if not _a_commodity(p)]
    _ratings_told_after(ctx, facts)
    _rating_of_the_named_work(facts)
    _one_work_told_again(facts)
    countries = {e.country for e in facts.entities.values() if e.kind == PLACE and e.country}
    for project in facts.projects:
        _hosted_where_located(project, facts, next(iter(countries)) if len(countries) == 1 else None)
        view = ctx.views[project.sentence] if project.sentence < len(ctx.views) else None
        if set(project.technologies) & _LINEAR and len(project.hosts) == 2 and id(project) not in builder.pending \
                and not (view is not None and (cues.hedged_clause(view.text) or _destinations(view, project.hosts))):
            # a line across borders ("a gas interconnector with Bulgaria") is a work of the states it links
            add_cooperation_pairs(pairs, list(project.hosts), project.sentence)


def _named_in_one_stretch(view: SentenceView, keys: list[str]) -> bool:
    """Whether the first mentions of *keys* stand in one stretch of the sentence with no punctuation or other
    agent between ("developed by TAQA with Japan's Marubeni and China's JinkoSolar")."""
    first: dict[str, object] = {}
    for r in view.refs:
        if r.key in keys:
            first.setdefault(r.key, r)
    if len(first) < len(keys):
        return False
    lo, hi = min(r.start for r in first.values()), max(r.end for r in first.values())
    return re.search(r"[,;:()]|\bby\b", view.text[lo:hi]) is None  # (not "developed by A and built by B")


def _shared_spans(view: SentenceView) -> list[list]:
    """The references that share one span ("the two companies": one reference for each)."""
    spans: dict[tuple[int, int], list] = {}
    for r in view.refs:
        spans.setdefault((r.start, r.end), []).append(r)
    return [g for g in spans.values() if len(g) >= 2]


_PLACED_BY_BEFORE_RE = re.compile(r"\b(?:on|at|near|of|in|from|to|into|beside|below|above)\s+(?:the\s+)?$")
# … but a part of the work is at it, not beside it: "the ninth and last turbine at the X Hydropower Project"
_PART_OF_BEFORE_RE = re.compile(r"\b(?:turbines?|units?|phases?|stages?|reactors?|generators?|blocks?)\s+"
                                r"(?:at|of|on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _rating_of_the_named_work(facts: DocumentFacts) -> None:
    """A rating the sentence that names a work gives with no name of its own ("The Julius Nyerere Hydropower Project
    … has reached its full installed capacity of 2,115 MW"): the named work's, when it is the one work of that
    technology the sentence names and has no rating yet."""
    dropped = set()
    for p in facts.projects:
        if p.label or p.capacity_mw is None:
            continue
        text = facts.sentences[p.sentence].text if p.sentence < len(facts.sentences) else ""
        named = [q for q in facts.projects if q.label and q.sentence == p.sentence and q.capacity_mw is None
                 # (the work the sentence is about, not one it places another by: "on the reservoir of the X Dam")
                 and (at := text.find(q.label)) >= 0 and not (_PLACED_BY_BEFORE_RE.search(text, max(0, at - 16), at)
                                                              and not _PART_OF_BEFORE_RE.search(text, max(0, at - 30), at))
                 and set(p.technologies) & set(q.technologies) and (not p.hosts or not q.hosts or set(p.hosts) & set(q.hosts))
                 and (not p.locations or not q.locations or set(p.locations) & set(q.locations))]
        if len(named) != 1:
            continue
        q = named[0]
        q.capacity_mw = p.capacity_mw
        q.technologies = tuple(dict.fromkeys(q.technologies + p.technologies))
        q.locations = tuple(dict.fromkeys(q.locations + p.locations))
        _add_roles(q, p)
        dropped.add(id(p))
    facts.projects[:] = [p for p in facts.projects if id(p) not in dropped]


def _one_work_told_again(facts: DocumentFacts) -> None:
    """Merge a work told again by another name with the same own words, and nothing else of its own, into the one
    told with more: same technology and host, no other capacity ("the P'nyang gas project … the P'nyang
    field"). Two works of one kind in one state stay two when each has its own name or capacity."""
    kept: list[Project] = []
    for p in facts.projects:
        for i, q in enumerate(kept):
            if _adds_nothing(p, q):
                more, less = q, p
            elif _adds_nothing(q, p):
                more, less = p, q
            else:
                continue
            more.locations = tuple(dict.fromkeys(more.locations + less.locations))
            _add_roles(more, less)
            more.sentence = min(more.sentence, less.sentence)
            kept[i] = more
            break
        else:
            kept.append(p)
    facts.projects[:] = kept


def _add_roles(p: Project, c: Project) -> None:
    """Give *p* the actors of *c*, each in its role; one with a role is no plain participant."""
    for attr in ("participants", "developers", "investors", "contractors"):
        setattr(p, attr, tuple(dict.fromkeys(getattr(p, attr) + getattr(c, attr))))
    p.participants = tuple(k for k in p.participants if k not in p.developers + p.investors + p.contractors)


def _adds_nothing(p: Project, q: Project) -> bool:
    """Whether *p* tells nothing of a work that *q* does not: its technologies and hosts are some of *q*'s, its
    capacity (if any) is *q*'s, and its name has *q*'s name's own words."""
    if not p.technologies or not p.hosts or not set(p.technologies) <= set(q.technologies) \
            or not set(p.hosts) <= set(q.hosts):
        return False
    if p.capacity_mw is not None and p.capacity_mw != q.capacity_mw:
        return False
    # (two names whose own words are the same: "the P'nyang gas project", "the P'nyang field", not "North Field
    # East" and "North Field South"; a work told without a name may be another of the same kind in the same state,
    # which the annotated reports often keep apart)
    return p.label is not None and q.label is not None and _own_words(p.label) == _own_words(q.label) != ()


def _own_words(label: str) -> tuple[str, ...]:
    """The words of a work's name that are not its kind's or its technology's ("P'nyang" of "P'nyang gas field")."""
    return tuple(w for w in label.lower().split()
                 if w not in _VOCABULARY.facility_nouns and not find_technologies(w) and w not in ("the", "of"))


# "… to Spain and Portugal", "onwards into A and B": where a line goes
_GOES_TO_BEFORE_RE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$")


def _destinations(view: SentenceView, hosts) -> bool:
    """Whether the sentence names the line's states together as where it goes ("gas carried to Spain and
    Portugal through the pipeline", "a corridor onwards to Serbia and Bosnia"): two ends of one route, each
    linked with where the line starts, not with each other."""
    for group in coordinated_lists(view, (STATE,)):
        if set(hosts) <= set(unique_keys(group)) \
                and _GOES_TO_BEFORE_RE.search(view.text, max(0, group[0].start - 12), group[0].start):
            return True
    return False


# "US LNG", "Qatari gas", "German LNG": a state's fuel, named by the state and the fuel alone
_COMMODITY_LABEL_RE = re.compile(r"(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?P<fuel>LNG|gas|oil|crude|coal|power|"
                                 r"electricity|hydrogen|ammonia|uranium)")


def _a_commodity(project) -> bool:
    """A "project" whose name is a state's (or its demonym's) fuel and nothing else, with no capacity, place or
    actor: the commodity traded, not a work."""
    m = _COMMODITY_LABEL_RE.fullmatch(project.label or "")
    if m is None or project.capacity_mw or project.locations or project.participants or project.developers \
            or project.investors or project.contractors:
        return False
    from epkg.ontology.gazetteer import load

    # a state's own name before "LNG" may name a work ("Mozambique LNG"); its demonym or short form does not
    named = [how for e, how in load().lookup_forms(m.group("state")) if e.kind == "State"]
    return bool(named) and (m.group("fuel").islower() or any(how in ("demonym", "acronym", "alias") for how in named))


# a capitalised name and its capacity in brackets ("Tala (1,020 MW)"), as an item of a list
# A second predicate that only talks of another work ("… and has been in talks about wind projects in B")
_HEDGED_PREDICATE_AFTER_RE = re.compile(r"\s+and\s+(?:(?:has|have|had|is|are|was|were)\s+(?:also\s+)?(?:been\s+)?)?"
                                        r"(?:in\s+talks|discussing|considering|negotiating|exploring|studying|"
                                        r"plann?(?:ing|s)|hop(?:es|ing))\b")
# "two solar projects of 220 MW each": a count of plants before a capacity each has
_COUNTED_PLANTS_BEFORE_RE = re.compile(r"\b(?P<n>two|three|four|five|[2-5])\s+(?:[\w-]+\s+){0,3}?(?:projects|plants|farms|"
                                       r"parks|stations|units)\s+(?:of|with|rated\s+at)\s+(?:about\s+|around\s+)?$",
                                       re.IGNORECASE)
_PLANTS_AT_EACH_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:plants|stations|farms|parks|projects)\s+"
                               r"(?:at|in)\s+(?P<a>[^,;]{1,60}?)\s+and\s+(?:at|in)\s+(?P<b>[^,;.]{1,60})")
_NAME_AND_CAPACITY_RE = re.compile(r"\b(?P<name>[A-Z][\w'’]+(?:[ -](?:[A-Z][\w'’]+|I{1,3}))?)\s+"
                                   r"\((?P<cap>[\d.,]+\s*(?:MW|GW|megawatts?|gigawatts?))\)")


def _unique_techs(text: str) -> list[str]:
    """The technologies *text* names, each once, in order."""
    return list(dict.fromkeys(t for _, _, t in find_technologies(text)))


def _named_after_a_province(name: str, facts: DocumentFacts) -> list[str]:
    """The state whose province or city opens a work's name ("Alaska LNG", "Texas LNG"), when the report
    names that state: a work takes the name of where it stands. Empty when no such place opens it."""
    from epkg.ontology.gazetteer import load

    words = name.split()
    for size in (2, 1):
        if len(words) > size:
            states = {f"state/{e.country}" for e, how in load().maintained_places(" ".join(words[:size]))
                      if how == "name" and e.country}
            if len(states) == 1 and next(iter(states)) in facts.entities:
                return list(states)
    return []


def _named_after_its_host(project) -> bool:
    """Whether the work's name opens with the name or demonym of one of its hosts ("Armenian Nuclear Power Plant")."""
    from epkg.ontology.gazetteer import load

    first = (project.label or "").split()[:1]
    return bool(first) and any(e.kind == "State" and f"state/{e.iso3}" in project.hosts
                               for e, _ in load().lookup_forms(first[0]))


_SHARED_WATER_RE = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Channel|Bight)\b")


def _hosted_where_located(project, facts: DocumentFacts, only_country: str | None = None) -> None:
    """A plant stands in the state of the places it is located in, whatever states its reports
    named first ("Japan's JERA buys LNG from the Pluto plant near Karratha"); a cable or pipeline
    keeps every state it crosses. A place no list holds lies in the one country all the places
    the report names lie in, when there is one ("the Arun plant in Sankhuwasabha", in a report from Kathmandu)."""
    places = [e for e in (facts.entities.get(k) for k in project.locations) if e]
    if project.hosts and not any(e.country for e in places) and _named_after_its_host(project):
        return  # ("the Armenian Nuclear Power Plant in Metsamor", in a report from Washington): the host its name gives
    # (a sea or a gulf lies in no one country, whatever country the report's other places lie in: "the German
    # Baltic Sea" in a report from Dubai)
    located = [f"state/{e.country or only_country}" for e in places
               if e.country or only_country and not _SHARED_WATER_RE.search(e.label)]
    if located and not set(project.technologies) & _LINEAR and not set(located) & set(project.hosts):
        project.hosts = tuple(dict.fromkeys(located))
