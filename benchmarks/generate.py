"""Deterministic synthetic energy news, for benchmarks at any size.

Each article is 300–500 words of English news built from the packaged gazetteer
(states with their demonyms and capitals, international organizations with their
members, companies with their home states, places) and varied templates of the
sentences the extractor reads: partnerships with levels, agreements with dates
and places, projects with capacities in kW, MW, GW or million kilowatts, events
and memberships, padded with sector commentary that names nothing.

The same ``--seed`` gives byte-identical output, and article *i* depends only on
the seed and *i*, so a corpus of 1k articles is the first 1k lines of one of 50k.

Usage::

    python benchmarks/generate.py --n 10000 --seed 7 --out corpus.jsonl
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

from epkg.ontology import gazetteer

MIN_WORDS, MAX_WORDS = 300, 500
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
LEVELS = ("strategic partnership", "comprehensive strategic partnership", "comprehensive partnership",
          "strategic cooperative partnership", "partnership")
TECHNOLOGIES = ("wind", "offshore wind", "solar", "floating solar", "hydro", "nuclear", "natural gas",
                "hydrogen", "battery storage", "geothermal", "biomass")
PLANTS = {"wind": "wind farm", "offshore wind": "offshore wind farm", "solar": "solar power plant",
          "floating solar": "floating solar plant", "hydro": "hydropower plant", "nuclear": "nuclear power plant",
          "natural gas": "gas-fired power plant", "hydrogen": "green hydrogen plant",
          "battery storage": "battery storage facility", "geothermal": "geothermal plant",
          "biomass": "biomass power plant"}
AGREEMENTS = ("memorandum of understanding", "intergovernmental agreement", "joint declaration",
              "framework agreement", "joint statement", "implementation agreement")
FIELDS = ("renewable energy", "green hydrogen", "electricity trade", "energy efficiency", "natural gas supply",
          "grid interconnection", "nuclear energy", "offshore wind", "energy storage", "critical minerals")
POSITIONS = ("Minister of Energy", "Deputy Minister of Energy", "President", "Prime Minister",
             "Minister of Foreign Affairs", "Minister of Economy")
FIRST = ("Amir", "Elena", "Farid", "Ingrid", "Javier", "Kenji", "Leila", "Marek", "Nadia", "Oleg", "Priya",
         "Rashid", "Sofia", "Tomas", "Yusuf", "Zara", "Anders", "Bilal", "Chloe", "Dmitri", "Emeka", "Hana")
LAST = ("Karimov", "Lindqvist", "Haddad", "Moreau", "Okafor", "Tanaka", "Novak", "Petrov", "Rahimi",
        "Santos", "Verhoeven", "Yilmaz", "Abdullayev", "Costa", "Fischer", "Gupta", "Kowalski", "Mensah")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
PUBLISHERS = ("Synthetic Energy Wire", "Grid Ledger", "Pipeline Post", "Renewables Review", "Power Diplomacy Daily")

# Sector commentary that names no entity: fills articles out to length.
FILLER = (
    "Analysts say the region's power demand is growing faster than new capacity is being added.",
    "Officials stressed that financing remains the main obstacle to faster deployment.",
    "The transition will require new transmission lines as well as storage to balance variable output.",
    "Industry observers expect further announcements once the technical studies are completed.",
    "Investment in clean energy has risen steadily over the past five years, according to market data.",
    "Both sides underlined the importance of a stable regulatory framework for private investors.",
    "Local content requirements and training programmes for engineers were also discussed.",
    "The parties agreed to set up a working group that will meet twice a year to review progress.",
    "Grid operators have warned that curtailment could rise unless interconnection keeps pace.",
    "Prices for turbines and panels have fallen, making new projects more competitive than before.",
    "The talks also covered digitalisation of the grid and the modernisation of existing plants.",
    "Experts note that energy security concerns have pushed governments to diversify their supplies.",
    "Environmental assessments for the planned facilities are expected to be published later.",
    "Several development banks have signalled interest in co-financing the next phase of work.",
    "Officials said the cooperation would create thousands of jobs during construction.",
    "The announcement follows months of technical negotiations between the delegations.",
    "Demand for electricity is expected to double by the middle of the next decade.",
    "The plan foresees a gradual reduction in the share of coal in the power mix.",
)


@dataclass(frozen=True)
class _State:
    iso3: str
    label: str
    demonym: str
    capital: str
    cities: tuple[str, ...]


@functools.cache
def _world() -> dict:
    """What the templates draw from, taken once from the gazetteer."""
    gaz = gazetteer.load()
    cities: dict[str, list[str]] = {}
    for p in gaz.entries(gazetteer.PLACE):
        if p.country and p.place_type == "city" and not p.is_capital:
            cities.setdefault(p.country, []).append(p.label)
    states = []
    for s in gaz.entries(gazetteer.STATE):
        capital = gaz.get(s.capital) if s.capital else None
        if s.demonyms and capital is not None:
            states.append(_State(s.iso3, s.label, s.demonyms[0], capital.label, tuple(cities.get(s.iso3, ()))))
    by_iso3 = {s.iso3: s for s in states}
    organizations = []
    for o in gaz.entries(gazetteer.INTERNATIONAL_ORGANIZATION):
        members = tuple((m, role) for m, role in o.members if m in by_iso3)
        organizations.append((o.label, o.acronyms[0] if o.acronyms else None, members))
    companies = [(c.label, c.country) for c in gaz.entries(gazetteer.COMPANY)]
    if not states or not organizations or not companies:
        raise SystemExit("generate: the gazetteer has no states, organizations or companies to draw from")
    member_lists = [o for o in organizations if o[2]] or organizations
    return {"states": states, "by_iso3": by_iso3, "organizations": organizations,
            "member_lists": member_lists, "companies": companies}


def _capacity(rng: random.Random) -> str:
    """A capacity as news writes it, in one of four units."""
    unit = rng.choice(("kW", "MW", "MW", "GW", "million kilowatts"))
    if unit == "kW":
        return f"{rng.choice((500, 750, 800, 900, 950))} kW"
    if unit == "MW":
        return f"{rng.choice((20, 50, 100, 120, 160, 200, 240, 300, 450, 500, 750, 900))} MW"
    if unit == "GW":
        return f"{rng.choice((1, 1.2, 1.5, 2, 2.3, 3, 3.5, 5))} GW"
    return f"{rng.choice((1, 1.5, 2, 3, 4))} million kilowatts"


def _when(rng: random.Random, published: date) -> str:
    """A date as precise as news gives it, in or before the month of publication."""
    day = published - timedelta(days=rng.randint(0, 200))
    form = rng.randrange(4)
    if form == 0:
        return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == 1:
        return f"on {day.day} {MONTHS[day.month - 1]} {day.year}"
    if form == 2:
        return f"in {MONTHS[day.month - 1]} {day.year}"
    return f"in {MONTHS[day.month - 1]} of this year" if day.year == published.year else f"in {day.year}"


def _a(noun: str) -> str:
    """*noun* with its indefinite article."""
    return ("an " if noun[0] in "aeiou8" else "a ") + noun


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _city(rng: random.Random, state: _State) -> str:
    return rng.choice(state.cities) if state.cities and rng.random() < 0.5 else state.capital


class _Article:
    """One article being written: its two main states and the sentences so far."""

    def __init__(self, rng: random.Random, world: dict, published: date):
        self.rng, self.world, self.published = rng, world, published
        self.a, self.b = rng.sample(world["states"], 2)
        self.third = rng.choice(world["states"])

    def company(self, state: _State | None = None) -> str:
        mine = [c for c, home in self.world["companies"] if state is not None and home == state.iso3]
        return self.rng.choice(mine) if mine and self.rng.random() < 0.6 else self.rng.choice(self.world["companies"])[0]

    def partnership(self) -> str:
        r, a, b, level = self.rng, self.a, self.b, self.rng.choice(LEVELS)
        person, position = _person(r), r.choice(POSITIONS)
        return r.choice((
            f"{a.label} and {b.label} have raised their relations to the level of a {level}, "
            f"{a.demonym} {position} {person} said.",
            f"The two countries established a {level} {_when(r, self.published)}, "
            f"and energy has since become its main pillar.",
            f"{person}, {position} of {a.label}, noted that the {level} between {a.label} and {b.label} "
            f"opens new opportunities in {r.choice(FIELDS)}.",
            f"{a.label} and {b.label} agreed to upgrade their ties to a {level} during talks in {b.capital}.",
        ))

    def agreement(self) -> str:
        r, a, b = self.rng, self.a, self.b
        kind, field, when = r.choice(AGREEMENTS), r.choice(FIELDS), _when(r, self.published)
        where = _city(r, r.choice((a, b)))
        return r.choice((
            f"{a.label} and {b.label} signed {_a(kind)} on cooperation in {field} in {where} {when}.",
            f"{_a(kind).capitalize()} on {field} between {a.label} and {b.label} was signed in {where} {when}.",
            f"{when[0].upper()}{when[1:]}, the {a.demonym} and {b.demonym} sides signed {_a(kind)} on {field} in {where}.",
            f"{self.company(a)} and {self.company(b)} signed {_a(kind)} on {field} {when}, "
            f"the {a.demonym} Ministry of Energy said.",
        ))

    def project(self) -> str:
        r, host = self.rng, _pick_host(self.rng, self.a, self.b)
        tech, cap = r.choice(TECHNOLOGIES), _capacity(r)
        plant, builder = PLANTS[tech], self.company(self.b if host is self.a else self.a)
        city = _city(r, host)
        return r.choice((
            f"{builder} will build {_a(cap)} {plant} in {host.label}.",
            f"The {cap} {plant} near {city} in {host.label} is being developed by {builder}.",
            f"{builder} plans to invest in {_a(tech)} project with a capacity of {cap} in {host.label}.",
            f"Construction of a {plant} with an installed capacity of {cap} has begun in {city}, {host.label}, "
            f"with {builder} as the contractor.",
            f"{host.label} and {builder} agreed to develop {cap} of {tech} capacity by {self.published.year + 4}.",
        ))

    def event(self) -> str:
        r = self.rng
        label, acronym, _ = r.choice(self.world["organizations"])
        short = acronym or label
        host = r.choice((self.a, self.b, self.third))
        city, when = _city(r, host), _when(r, self.published)
        ordinal = r.choice(ORDINALS)
        return r.choice((
            f"The remarks were made at the {ordinal} {short} Energy Ministers' Meeting held in {city} {when}.",
            f"{host.label} hosted the {short} Energy Forum in {city} {when}, bringing together officials and investors.",
            f"The {ordinal} {label} summit took place in {city} {when}.",
            f"During a visit to {city} {when}, the {self.a.demonym} delegation met representatives of {self.company(host)}.",
        ))

    def membership(self) -> str:
        r = self.rng
        label, acronym, members = r.choice(self.world["member_lists"])
        if members:
            iso3, role = r.choice(members)
            state = self.world["by_iso3"][iso3]
        else:
            state, role = self.a, "member"
        article = "an" if role[0] in "aeiou" else "a"
        name = f"{label} ({acronym})" if acronym else label
        return r.choice((
            f"{state.label}, {article} {role} of the {name}, supports closer energy coordination within the organization.",
            f"As {article} {role} of the {name}, {state.label} takes part in its energy working groups.",
            f"{state.label} joined the {name} as {article} {role} {_when(r, self.published)}.",
        ))

    def cooperation(self) -> str:
        r, a, b = self.rng, self.a, self.b
        return r.choice((
            f"{a.label} is interested in expanding cooperation with {b.label} in {r.choice(FIELDS)}.",
            f"{a.label} and {self.third.label} also cooperate in {r.choice(FIELDS)}, officials said.",
            f"{self.company(a)} and {self.company(b)} will jointly develop projects in {r.choice(FIELDS)}.",
        ))


def _pick_host(rng: random.Random, a: _State, b: _State) -> _State:
    return a if rng.random() < 0.6 else b


def article(seed: int, index: int) -> dict:
    """Article *index* of the corpus of seed *seed*, as a JSONL record.

    Parameters
    ----------
    seed : int
    index : int

    Returns
    -------
    dict
        ``id``, ``url``, ``title``, ``published``, ``publisher`` and ``text``.

    Examples
    --------
    >>> a = article(7, 0)
    >>> a == article(7, 0), 300 <= len(a["text"].split()) <= 500
    (True, True)
    """
    digest = hashlib.sha256(f"epkg-synthetic:{seed}:{index}".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 7))
    art = _Article(rng, _world(), published)
    kinds = [art.partnership, art.agreement, art.project, art.event, art.membership, art.cooperation]
    month = MONTHS[published.month - 1]
    dateline = f"{art.a.capital.upper()}, {art.a.label}, {month} {published.day}."
    target = rng.randint(MIN_WORDS + 20, MAX_WORDS - 20)
    filler = list(FILLER)  # each commentary sentence at most once an article
    rng.shuffle(filler)
    paragraphs: list[list[str]] = [[f"{dateline} {art.agreement()}", art.partnership()]]
    words = sum(len(s.split()) for p in paragraphs for s in p)
    used = {s for p in paragraphs for s in p}
    while words < target:
        paragraph = []
        for _ in range(rng.randint(2, 4)):
            if not filler:
                filler = list(FILLER)
                rng.shuffle(filler)
            maker = rng.choice(kinds) if rng.random() < 0.6 else None
            sentence = maker() if maker else filler.pop()
            if sentence in used:
                continue
            used.add(sentence)
            n = len(sentence.split())
            if words + n > MAX_WORDS:
                break
            paragraph.append(sentence)
            words += n
        if not paragraph:
            break
        paragraphs.append(paragraph)
    while words < MIN_WORDS:  # pad with the shortest commentary
        sentence = min(FILLER, key=len)
        paragraphs[-1].append(sentence)
        words += len(sentence.split())
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    title = f"{art.a.label} and {art.b.label} deepen cooperation in {rng.choice(FIELDS)}"
    return {"id": f"syn-{seed}-{index:07d}", "url": f"https://news.example.org/{seed}/{index}",
            "title": title, "published": published.isoformat(), "publisher": rng.choice(PUBLISHERS), "text": text}


def generate(n: int, seed: int = 0) -> Iterator[dict]:
    """The first *n* articles of the corpus of *seed*.

    Parameters
    ----------
    n : int
    seed : int

    Yields
    ------
    dict
        One JSONL record per article (see :func:`article`).

    Examples
    --------
    >>> [a["id"] for a in generate(2, seed=3)]
    ['syn-3-0000000', 'syn-3-0000001']
    """
    for i in range(n):
        yield article(seed, i)


_FULL_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})")


def with_repeats(n: int, seed: int = 0, share: float = 0.4) -> Iterator[dict]:
    """*n* records of which about *share* re-report an earlier article of the same run.

    A repeat is what another outlet makes of the same story: a new ``id``, url and
    publisher, published 1–10 days later, its full dates ("April 23, 2025") cut to
    the month ("April 2025") in half of the repeats, and its paragraphs after the
    first in reverse order (so the text differs and the document is a new one). Every
    fact of a repeat is a fact of its original, so the true number of facts is that of
    the originals.

    Parameters
    ----------
    n : int
    seed : int
    share : float
        The share of repeats, between 0 and 1.

    Yields
    ------
    dict
        JSONL records; a repeat carries ``"repeat_of"`` the id of its original.

    Examples
    --------
    >>> recs = list(with_repeats(20, seed=3))
    >>> len(recs), len({r["id"] for r in recs}), any("repeat_of" in r for r in recs)
    (20, 20, True)
    """
    rng = random.Random(f"repeats:{seed}")
    originals: list[dict] = []
    index = 0
    for i in range(n):
        if originals and rng.random() < share:
            source = rng.choice(originals)
            paragraphs = source["text"].split("\n\n")
            text = "\n\n".join([paragraphs[0], *reversed(paragraphs[1:])])
            if rng.random() < 0.5:
                text = _FULL_DATE.sub(lambda m: f"{m.group(1)} {m.group(3)}", text)
            published = date.fromisoformat(source["published"]) + timedelta(days=rng.randint(1, 10))
            yield {**source, "id": f"rep-{seed}-{i:07d}", "url": f"https://wire.example.org/{seed}/{i}",
                   "publisher": rng.choice(PUBLISHERS), "published": published.isoformat(), "text": text,
                   "repeat_of": source["id"]}
        else:
            record = article(seed, index)
            index += 1
            originals.append(record)
            yield record


def write_jsonl(path, n: int, seed: int = 0) -> int:
    """Write :func:`generate` ``(n, seed)`` to *path* (``-`` for stdout); return the article count."""
    out = sys.stdout if str(path) == "-" else open(path, "w", encoding="utf-8", newline="\n")
    try:
        for record in generate(n, seed):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return n


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", default="-", help="output JSONL file (default: standard output)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must not be negative")
    write_jsonl(args.out, args.n, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
