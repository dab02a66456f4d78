"""What the name of an organization looks like: legal forms, head nouns and the kinds they imply.

Vocabulary, not rules about particular organizations:

- company legal forms ("Ltd", "S.A.", "GmbH", "d.o.o.") come from ``cleanco``'s
  maintained table of business-entity terms, written the ways news writes them;
- the head noun of a name ("… Regulatory Commission", "… Electricity Board",
  "… Development Bank") says what kind of body it is, and words naming a region
  of several states ("Asian", "Inter-American", "International") make an
  association or a bank international;
- words that end the names of things that are not organizations (events,
  infrastructure, documents, programmes) keep a statistical recogniser honest.
"""
from __future__ import annotations

import functools
import re

from epkg.graph.extract.facts import COMPANY, GOVERNMENT_BODY, INTERNATIONAL_ORGANIZATION, ORGANIZATION
from epkg.ontology import geography
from epkg.ontology.triggers import alternation

# cleanco's terms that are also ordinary English words, abbreviations of something else, or
# state codes when written in capitals ("VAT", "UK", "EC", "EP", "SEP"): never read as a legal form.
_NOT_LEGAL = {"company", "corporation", "incorporated", "private", "unlimited", "and company", "& company",
              "uk", "ok", "at", "et", "as", "ee", "ec", "ep", "e.g.", "e.u.", "vat", "sep", "sem", "ses.", "pp",
              "ps", "sp", "ud", "ba", "da", "fa", "bl", "bm", "hb", "ij", "ik", "ky", "mb", "og", "oe", "sd", "sf",
              "ss", "xt", "xk", "ay", "aj", "kt", "ks", "kb", "kd", "pt", "ent.", "etat", "teo", "tov", "fie", "fop",
              "sal", "stg", "gte.", "rt.", "bt.", "kv.", "co", "ei", "gp", "nl", "ae", "qk", "tdv", "dat", "zat",
              "aat", "ep", "cic", "cio", "ev", "ok", "ud", "uk", "psu", "pse"}
# Forms in wide use that cleanco's table lacks (post-Soviet joint-stock companies, Bulgarian
# single-owner companies, Indonesian and Malaysian listed companies, the European company), and the
# spelled-out names of the partnership and company types cleanco knows only by their letters ("LP", "LLC").
_MORE_LEGAL = ("JSC", "OJSC", "CJSC", "PJSC", "EOOD", "Tbk", "Berhad", "SE", "SpA", "S.p.A.", "GmbH", "KGaA",
               "Co.", "Pvt. Ltd.", "Pvt Ltd", "Pte. Ltd.", "Co., Ltd.", "Co. Ltd.", "Co., Limited",
               "Limited Partnership", "Limited Liability Partnership", "Limited Liability Company")


_CORPORATION_TERMS = {"inc", "corp"}

# South African, Australian and South Asian private companies often put the qualifier of a
# limited company in brackets: "(Pty) Ltd", "(Pvt.) Limited", "(Private) Limited", "(Proprietary) Limited".
_BRACKETED_QUALIFIERS = ("Pty", "Pty.", "Pvt", "Pvt.", "Private", "Proprietary")
_LIMITED = ("Ltd", "Ltd.", "Limited")


def _written_forms(term: str) -> set[str]:
    """The ways a cleanco term (lower-case, normalised) is written in running text."""
    term = " ".join(term.split())
    forms = set()
    if re.fullmatch(r"[a-z]+", term):
        if len(term) <= 4:
            forms.add(term.upper())  # "LLC", "PLC", "AG", "ASA", "OOO"
            forms.add("".join(f"{c}." for c in term.upper()))  # … and in initials: "S.A.E.", "L.L.C."
        # "Limited", "Ltda", "Ltd", "Bhd", "Inc", "Corp"; a capitalised three-letter term only when it
        # has no vowel or is a corporation's own ("Sia", "Ans" would be names)
        if len(term) >= 4 or len(term) == 3 and (not re.search("[aeiouy]", term) or term in _CORPORATION_TERMS):
            forms.add(term.capitalize())
        if len(term) >= 3 and not re.search("[aeiouy]", term):
            forms.add(term)  # "Shell plc", "Acme ltd": with no vowel no English word is written so
    else:
        forms.add(term)  # "d.o.o.", "a.s.", "s.r.o."
        forms.add(term.upper())  # "S.A.", "N.V.", "B.V.", "L.L.C."
        # "Pty. Ltd.", "Sdn. Bhd.", "Ltda.": words, not runs of initials, are capitalised
        forms.add(" ".join(w.capitalize() if "." not in w[:-1] else w for w in term.split()))
    return {f for f in forms if re.search(r"[A-Za-z]", f)}


@functools.lru_cache(maxsize=1)
def legal_forms() -> tuple[str, ...]:
    """Company legal forms as written in text, longest first.

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> forms = legal_forms()
    >>> all(f in forms for f in ("Ltd", "LLC", "S.A.", "GmbH", "d.o.o.", "Sdn. Bhd.", "JSC", "(Pty) Ltd"))
    True
    >>> "VAT" in forms or "UK" in forms or "Company" in forms
    False
    """
    from cleanco.clean import get_unique_terms

    forms = set(_MORE_LEGAL) | {f"({q}) {ltd}" for q in _BRACKETED_QUALIFIERS for ltd in _LIMITED}
    for term in get_unique_terms():
        if term.strip() not in _NOT_LEGAL and term.isascii():
            forms |= _written_forms(term.strip())
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@functools.lru_cache(maxsize=1)
def legal_pattern() -> str:
    """A regular expression (no groups) for one legal form or a run of them ("Co., Ltd.").

    Examples
    --------
    >>> bool(re.fullmatch(legal_pattern(), "Co., Ltd."))
    True
    """
    # (the patterns that hold it are case-sensitive)
    one = alternation(legal_forms(), lambda f: re.escape(f).replace(r"\ ", r"\s+"), cased=True)
    return rf"(?:{one})(?:,?\s+(?:{one}))*"


@functools.lru_cache(maxsize=1)
def _legal_end_re() -> re.Pattern:
    return re.compile(rf"(?:,?\s+|\s*)(?<![\w.-])(?:{legal_pattern()})$")


def split_legal_form(name: str) -> tuple[str, str]:
    """A company name without its legal form, and the form (empty when there is none).

    Parameters
    ----------
    name : str

    Returns
    -------
    (str, str)

    Examples
    --------
    >>> split_legal_form("Trinco Petroleum Terminal (Pvt) Ltd")
    ('Trinco Petroleum Terminal', '(Pvt) Ltd')
    >>> split_legal_form("Kestrel Solar (Pty) Ltd"), split_legal_form("Kestrel Power (Private) Limited")
    (('Kestrel Solar', '(Pty) Ltd'), ('Kestrel Power', '(Private) Limited'))
    >>> split_legal_form("Kestrel Grid GmbH")
    ('Kestrel Grid', 'GmbH')
    >>> split_legal_form("Kestrel Grid")
    ('Kestrel Grid', '')
    """
    m = _legal_end_re().search(name)
    if not m or m.start() == 0:
        return name, ""
    return name[:m.start()].rstrip(" ,"), m.group(0).strip(" ,")


# The head noun (last word, or the word before "of"/"for") → the kind of body it names.
# None: the kind depends on whether the name is multinational (see :func:`kind_of`).
HEAD_KINDS = {
    # a state's own bodies
    "Ministry": GOVERNMENT_BODY, "Department": GOVERNMENT_BODY, "Agency": GOVERNMENT_BODY,
    "Authority": GOVERNMENT_BODY, "Regulator": GOVERNMENT_BODY, "Commission": GOVERNMENT_BODY,
    "Directorate": GOVERNMENT_BODY, "Administration": GOVERNMENT_BODY, "Inspectorate": GOVERNMENT_BODY,
    "Division": GOVERNMENT_BODY,
    "Bureau": GOVERNMENT_BODY, "Chancellery": GOVERNMENT_BODY, "Treasury": GOVERNMENT_BODY,
    "Office": GOVERNMENT_BODY, "Ombudsman": GOVERNMENT_BODY, "Cabinet": GOVERNMENT_BODY,
    "Parliament": GOVERNMENT_BODY, "Senate": GOVERNMENT_BODY, "Court": GOVERNMENT_BODY, "Service": GOVERNMENT_BODY,
    # firms
    "Bank": None, "Fund": None, "Corporation": COMPANY, "Company": COMPANY, "Holding": COMPANY,
    "Holdings": COMPANY, "Group": COMPANY, "Energy": COMPANY, "Energies": COMPANY, "Power": COMPANY,
    "Utility": COMPANY, "Utilities": COMPANY, "Electric": COMPANY, "Electricity": COMPANY, "Petroleum": COMPANY,
    "Oil": COMPANY, "Gas": COMPANY, "LNG": COMPANY, "Grid": COMPANY, "Renewables": COMPANY, "Solar": COMPANY,
    "Wind": COMPANY, "Hydro": COMPANY, "Nuclear": COMPANY, "Resources": COMPANY, "Mining": COMPANY,
    "Minerals": COMPANY, "Capital": COMPANY, "Partners": COMPANY, "Ventures": COMPANY, "Investments": COMPANY,
    "Enterprise": COMPANY, "Enterprises": COMPANY, "Industries": COMPANY, "Technologies": COMPANY, "Systems": COMPANY,
    "Networks": COMPANY, "Transmission": COMPANY, "Generation": COMPANY, "Operator": COMPANY, "Board": COMPANY,
    "Insurance": COMPANY, "Engineering": COMPANY, "Construction": COMPANY, "Infrastructure": COMPANY,
    "Services": COMPANY, "Logistics": COMPANY, "Shipping": COMPANY, "Fuels": COMPANY, "Chemicals": COMPANY, "Chemical": COMPANY,
    "Steel": COMPANY, "Motors": COMPANY, "Airlines": COMPANY, "Exchange": COMPANY, "Trading": COMPANY,
    "Contractors": COMPANY, "Contracting": COMPANY, "Drilling": COMPANY, "Petrochemicals": COMPANY,
    "Refining": COMPANY, "Electrical": COMPANY, "Global": COMPANY, "Venture": COMPANY, "Smelters": COMPANY,
    "Smelter": COMPANY, "Producers": COMPANY, "Refinery": COMPANY,
    # the raw materials of the transition, which miners and refiners are named for ("Ganfeng Lithium")
    "Lithium": COMPANY, "Metals": COMPANY, "Cobalt": COMPANY, "Copper": COMPANY, "Uranium": COMPANY,
    "Hydrogen": COMPANY, "Coal": COMPANY, "Batteries": COMPANY,
    # a firm's unit named by its line of business ("DEPA Commercial", "ADNOC Upstream", "ORLEN Supply")
    "Commercial": COMPANY, "Upstream": COMPANY, "Downstream": COMPANY, "Supply": COMPANY,
    # the same words in the languages energy companies are often named in
    "Energia": COMPANY, "Energía": COMPANY, "Énergie": COMPANY, "Energie": COMPANY, "Energias": COMPANY,
    "Energi": COMPANY, "Listrik": COMPANY, "Tenaga": COMPANY,
    "Transmissora": COMPANY, "Elektrik": COMPANY, "Enerji": COMPANY, "Petróleos": COMPANY, "Petroleos": COMPANY,
    "Binacional": COMPANY,
    # associations: international when multinational
    "Organization": None, "Organisation": None, "Association": None, "Council": None, "Forum": None,
    "Alliance": None, "Union": None, "Federation": None, "Confederation": None, "Chamber": None,
    "Foundation": None, "Trust": None, "Society": None, "Institute": None, "Coalition": None, "Secretariat": None,
    "Community": None, "Centre": None, "Center": None,
}
# Words that make a name multinational: a region of several states, or the world.
_MULTINATIONAL_RE = re.compile(
    r"\b(?:International|World|Global|United\s+Nations|Intergovernmental|Inter-[A-Z]\w+|Asian|African|European|"
    r"Arab|Islamic|Latin\s+American|Caribbean|Pacific|Atlantic|Nordic|Baltic|Mediterranean|Eurasian|Gulf|Caspian|"
    r"Andean|Commonwealth|Americas|Asia|Africa|Europe|Regional|Multilateral|Countries|States|Nations|"
    # a body of a river or lake basin, which states share: "Niger Basin Authority", "Lake Chad Basin Commission"
    r"Basin(?=\s+(?:[A-Z]\w+\s+)?(?:Authority|Commission|Organi[sz]ation)\b))\b"
    r"|\b[A-Z]\w+-[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:Strategic\s+)?(?:Partnership\s+)?(?:Council|Commission|Committee|Forum)\b")
_FIRM_WORDS = {k for k, v in HEAD_KINDS.items() if v == COMPANY}


def multinational(name: str) -> bool:
    """Whether an organization's name says it spans several states or the world ("Global Biofuels Alliance",
    "Niger Basin Authority").

    Examples
    --------
    >>> multinational("Global Biofuels Alliance"), multinational("Canada-Germany Hydrogen Alliance")
    (True, False)
    """
    return bool(_MULTINATIONAL_RE.search(name))
#: The head nouns that make a name a firm's ("Energy", "Petroleum", "Holdings").
FIRM_HEADS = frozenset(_FIRM_WORDS)


def head_noun(name: str) -> str | None:
    """The head noun of an organization's name, when it is one of :data:`HEAD_KINDS`.

    Examples
    --------
    >>> head_noun("Inter-American Development Bank"), head_noun("Bank of Kestria"), head_noun("Nexora")
    ('Bank', 'Bank', None)
    >>> head_noun("Nexora Power International"), head_noun("Nexora International")
    ('Power', None)
    """
    words = re.findall(r"[\w’'-]+", name.split(" of ")[0].split(" for ")[0])
    if len(words) > 2 and words[-1] in _SCOPE_WORDS and HEAD_KINDS.get(words[-2]) == COMPANY:
        return words[-2]  # "ACWA Power International": a firm's name, the reach of its business after its trade
    if words and words[-1] in HEAD_KINDS:
        return words[-1]
    return None


# Words after a firm's trade that say how far its business reaches
_SCOPE_WORDS = {"International", "Global", "Overseas", "Worldwide"}


_PORTFOLIO_DIVISION_RE = re.compile(r"(?:Power|Petroleum|Energy|Finance|Economic\s+Affairs|Water|Planning|Commerce|"
                                    r"Trade|Industries)\s+Division$")


def kind_of(name: str, *, legal_form: str = "") -> str | None:
    """The ontology class an organization's name implies, or None when the name says nothing.

    Parameters
    ----------
    name : str
        Without its legal form.
    legal_form : str
        The legal form written after it, if any: a company.

    Returns
    -------
    str or None
        ``Company``, ``GovernmentBody``, ``InternationalOrganization``, ``Organization`` or None.

    Examples
    --------
    >>> kind_of("Kestrel Energy Regulatory Commission")
    'GovernmentBody'
    >>> kind_of("Asian Clean Energy Forum"), kind_of("Ostrava Chamber of Commerce")
    ('InternationalOrganization', 'Organization')
    >>> kind_of("International Criminal Court"), kind_of("Kestrel Supreme Court")
    ('InternationalOrganization', 'GovernmentBody')
    >>> kind_of("Kestra Basin Authority"), kind_of("Kestra River Authority")
    ('InternationalOrganization', 'GovernmentBody')
    >>> kind_of("Inter-American Development Bank"), kind_of("Bank of Kestria")
    ('InternationalOrganization', 'Company')
    >>> kind_of("Nexora", legal_form="AG"), kind_of("Nexora"), kind_of("Hydro-Kestria")
    ('Company', None, 'Company')
    >>> kind_of("Power Division"), kind_of("Kestra Division")
    ('GovernmentBody', None)
    """
    if legal_form:
        return COMPANY
    head = head_noun(name)
    if head is None:
        trade, _, place = name.partition("-")
        # "Hydro-Québec": a firm named by its trade and its place, in one hyphened word
        return COMPANY if " " not in name and trade in _FIRM_WORDS and place[:1].isupper() else None
    if head == "Division" and not _PORTFOLIO_DIVISION_RE.match(name):
        return None  # "Kapit Division": a unit of a state's territory; "Power Division": a ministry's division
    kind = HEAD_KINDS[head]
    multinational = bool(_MULTINATIONAL_RE.search(name))
    if kind == GOVERNMENT_BODY:
        # "European Commission", "Economic Commission for Africa": a body of several states
        return INTERNATIONAL_ORGANIZATION if multinational and head in ("Commission", "Agency", "Secretariat", "Court",
                                                                        "Authority") \
            else kind
    if kind is None:
        if multinational:
            return INTERNATIONAL_ORGANIZATION
        return COMPANY if head in ("Bank", "Fund") else ORGANIZATION
    return kind


def firm_word(word: str) -> bool:
    """Whether *word* is one that names a firm ("Energy", "Holdings", "Transmissora").

    Examples
    --------
    >>> firm_word("Holdings"), firm_word("Ministry")
    (True, False)
    """
    return word in _FIRM_WORDS


# Nouns that say the name after them is a firm's ("grid operator X", "US supermajor X"): one table for the
# recogniser and for the readers that keep a firm apart from the state before it ("the Italian oil major X").
TRADE_NOUNS = ("company", "firm", "utility", "operator", "developer", "maker", "manufacturer", "producer", "lender",
               "insurer", "miner", "contractor", "supplier", "conglomerate", "major", "supermajor", "subsidiary",
               "investor", "trader", "shipper", "offtaker", "bank", "refiner", "builder", "shipbuilder", "explorer",
               "distributor", "retailer", "marketer", "transporter", "exporter", "importer", "owner", "vehicle")
# Collective nouns a firm goes by too, read only where a state or "and" stands before them
FIRM_COLLECTIVE_NOUNS = ("group", "giant", "fund", "concern", "champion")
# Both, as one alternation for the patterns that take a firm's description ("sovereign investor X", "oil giant Y")
FIRM_NOUNS_PATTERN = "|".join(TRADE_NOUNS + FIRM_COLLECTIVE_NOUNS)
# … in the plural, for the patterns that count firms ("the four grid operators", "the three companies")
FIRM_PLURALS_PATTERN = "|".join(w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "s"
                                for w in TRADE_NOUNS + FIRM_COLLECTIVE_NOUNS)


# Last words of names that are not organizations: events, infrastructure, documents, programmes.
NOT_ORGANIZATION_HEADS = frozenset({
    "Forum", "Summit", "Week", "Conference", "Congress", "Expo", "Exhibition", "Days", "Dialogue", "Festival",
    "Games", "Olympics", "Cup", "Championship", "Meeting", "Session", "Round", "Visit", "Show", "Fair",
    "Pipeline", "Corridor", "Interconnector", "Cable", "Link", "Line", "Stream", "Plant", "Station", "Terminal",
    "Refinery", "Field", "Dam", "Mine", "Port", "Park", "Farm", "Project", "Phase", "Unit", "Block", "Reactor",
    "Agreement", "Memorandum", "MoU", "Treaty", "Declaration", "Statement", "Communiqué", "Charter", "Act", "Law",
    "Plan", "Strategy", "Programme", "Program", "Initiative", "Platform", "Partnership", "Framework", "Roadmap",
    "Vision", "Annex", "Protocol", "Report", "Index", "Award", "Prize", "Zone", "Area", "Region", "Hub", "Valley",
    "Falls", "Gorge", "River", "Lake", "Basin", "Delta", "Province", "District", "Island", "Bay",
    "Hotel", "Stadium", "Arena", "Hall", "Palace", "Pavilion",
})
# A building named after the gatherings it holds ("Mulungushi International Conference Centre", "Haliç Congress
# Center"), not the body of that name ("Carter Center", "International Trade Centre")
_VENUE_RE = re.compile(r"\b(?:Conference|Congress|Convention|Exhibition|Expo|Sports|Shopping|Press|Trade\s+Fair)\s+"
                       r"(?:Centre|Center|Complex)$")
# Words that name a unit or a building of a firm when nothing else is in the name
_OFFICE_WORDS = frozenset({"Corporate", "Communication", "Communications", "Relationship", "Relations", "Public",
                           "Media", "Affairs", "Investor", "Division", "Department", "Office", "Complex", "Unit",
                           "Cell", "Wing", "Secretariat", "Headquarters", "Head", "Registered", "Press", "Desk",
                           "Enterprise", "Marketing", "Legal", "Finance", "Human", "Resources", "Section",
                           # the organs that govern a body ("the IEA Governing Board", "its Board of Directors")
                           "Governing", "Board", "Executive", "Supervisory", "Management", "Steering", "Committee",
                           "Directors", "Governors", "of"})
_EVENT_TAIL_RE = re.compile(r"\b(?:19|20)\d\d$|\bCOP\s*\d+$|^COP\d*$")


def not_an_organization(name: str) -> bool:
    """Whether a candidate name is an event, a facility, a document or a programme by its last word.

    "… Forum 2025", "… Summit", "… Pipeline", "… Agreement" are not organizations;
    a forum that is a standing body ("Gas Exporting Countries Forum") is known to
    the gazetteer, which is consulted first.

    Examples
    --------
    >>> not_an_organization("Baku Energy Week"), not_an_organization("Kestrel Energy Forum 2025")
    (True, True)
    >>> not_an_organization("Kestrel Grid"), not_an_organization("Soviet Union")
    (False, True)
    >>> not_an_organization("Corporate Communication Division"), not_an_organization("Finance Division")
    (True, True)
    >>> not_an_organization("Kestra International Conference Centre"), not_an_organization("Kestra Energy Centre")
    (True, False)
    """
    name = name.strip()
    if re.search(r"-(?:based|owned|led|backed|listed|headquartered|registered|controlled|run|funded)$", name):
        return True  # "Abu Dhabi-based": where a firm is from, not its name
    if name in geography.former_state_names():
        return True  # "the Soviet Union": a state that was, not a body
    if _EVENT_TAIL_RE.search(name) or _VENUE_RE.search(name):
        return True
    if an_office(name):
        return True
    if _INSTRUMENT_HEAD_RE.match(name):
        return True  # "Framework Agreement for Economic and Investment Cooperation": a document's title, its head first
    last = re.findall(r"[\w’'-]+", name)[-1:] or [""]
    return last[0] in NOT_ORGANIZATION_HEADS


# The head of an instrument's title that opens it, before its topic ("Agreement on …", "Framework Agreement for …")
_INSTRUMENT_HEAD_RE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:Agreement|Agreements|Memorandum|Treaty|Convention|"
                                 r"Protocol|Declaration|Accord|Charter|Communiqu[eé]|Statement)\s+(?:for|on|of|to|"
                                 r"between|concerning|regarding)\s")


def an_office(name: str) -> bool:
    """Whether *name* is only the words of a firm's unit or building ("Corporate Communication Division",
    "Office Complex"), which a firm's name with a legal form may still end in.

    Examples
    --------
    >>> an_office("Corporate Communication Division"), an_office("Kestrel Power Division")
    (True, False)
    >>> an_office("Governing Board"), an_office("Board of Directors"), an_office("Kestrel Board")
    (True, True, False)
    """
    words = re.findall(r"[\w’'-]+", name)
    return bool(words) and all(w in _OFFICE_WORDS for w in words)
