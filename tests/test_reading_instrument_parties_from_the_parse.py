"""An instrument's parties read from the parse, and the filing style of company announcements.

Documents written for these tests go through the whole extractor; the assertions are the exact parties,
cooperation pairs and mentions a user gets.
"""
from __future__ import annotations

from epkg.graph.documents import DocumentRecord
from epkg.graph.extract import extract
from epkg.graph.extract.context import DocumentContext
from epkg.graph.extract.entities import recognise
from epkg.graph.extract.facts import DocumentFacts
from epkg.graph.extract.grammar import read_agreement_parties
from epkg.graph.extract.text import split_sentences

EU = "organization/european-union"


def context(text: str) -> DocumentContext:
    facts = DocumentFacts(text, split_sentences(text))
    recognise(facts)
    return DocumentContext(facts)


def facts_of(text: str, published: str = "2025-05-07"):
    return extract(DocumentRecord("t.txt", text, published=published))


def agreements(text: str, published: str = "2025-05-07") -> list[tuple[str, set[str]]]:
    return [(a.kind, set(a.parties)) for a in facts_of(text, published).agreements]


def pairs(text: str) -> set[tuple[str, str]]:
    return {c.actors for c in facts_of(text).cooperations}


# ---------------------------------------------------------------- parties the parse adds


def test_a_body_coordinated_with_a_described_list_of_states_is_a_party_too():
    text = ("At the close of their first summit in Tashkent on Friday, the European Union and the five Central "
            "Asian states, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, adopted a joint "
            "declaration on energy and raw materials.")
    found = facts_of(text, "2025-05-03")
    assert [(a.kind, set(a.parties)) for a in found.agreements] == [
        ("Declaration", {EU, "state/KAZ", "state/KGZ", "state/TJK", "state/TKM", "state/UZB"})]
    got = {c.actors: c.rule for c in found.cooperations}
    for state in ("state/KAZ", "state/KGZ", "state/TJK", "state/TKM", "state/UZB"):
        assert got[(EU, state)] == "parse-agreement-parties"


def test_the_parse_adds_a_party_to_a_memorandum_signed_by_a_body_and_named_states():
    assert agreements("RIGA, 5 May 2025. The European Union and the three Baltic states, Estonia, Latvia and "
                      "Lithuania, signed a memorandum of understanding on grid synchronisation.") == [
        ("MemorandumOfUnderstanding", {EU, "state/EST", "state/LVA", "state/LTU"})]


def test_separate_instruments_of_one_sentence_keep_their_own_sides():
    assert agreements("Kazakhstan signed separate agreements with Uzbekistan and Kyrgyzstan on the supply of "
                      "electricity on Friday.") == [
        ("Agreement", {"state/KAZ", "state/UZB"}), ("Agreement", {"state/KAZ", "state/KGZ"})]


def test_an_instrument_between_two_ministries_is_theirs_not_their_ministers_states():
    assert agreements("The two energy ministers, Lars Aagaard and Terje Aasland, signed a memorandum of "
                      "understanding between the Danish Energy Agency and the Norwegian Water Resources and Energy "
                      "Directorate in Oslo on Tuesday.") == [
        ("MemorandumOfUnderstanding", {"organization/danish-energy-agency",
                                       "organization/norwegian-water-resources-and-energy-directorate"})]


def test_read_agreement_parties_reads_subject_list_and_with_objects():
    text = "The European Union and the three Baltic states, Estonia, Latvia and Lithuania, signed a memorandum."
    assert read_agreement_parties(context(text), [(0, text.index("memorandum"))]) == [
        [EU, "state/EST", "state/LVA", "state/LTU"]]


def test_read_agreement_parties_gives_nothing_for_a_hedged_signing():
    text = "The European Union and the three Baltic states, Estonia, Latvia and Lithuania, hope to sign a memorandum."
    assert read_agreement_parties(context(text), [(0, text.index("memorandum"))]) == [[]]


# ---------------------------------------------------------------- a line between two countries


def test_the_ends_of_a_line_are_not_the_parties_of_the_agreement_to_build_it():
    assert agreements("VILNIUS, May 6 — Lithuania's grid operator Litgrid and Latvia's Augstsprieguma tikls "
                      "signed an agreement on Monday to build a new 330 kV line between the two countries.") == [
        ("Agreement", {"organization/litgrid", "organization/augstsprieguma-tikls"})]


def test_an_agreement_signed_between_two_countries_still_has_them_as_parties():
    assert agreements("Lithuania and Latvia's grid operators met in Riga, where an agreement was signed between "
                      "the two countries on Monday.") == [("Agreement", {"state/LTU", "state/LVA"})]


# ---------------------------------------------------------------- the language of signing


def test_putting_signatures_to_an_agreement_signs_it():
    assert agreements("RIGA, May 6 — The Latvian transmission system operator AST, Estonia's Elering and "
                      "Lithuania's Litgrid put their signatures to the synchronisation agreement at a ceremony in "
                      "Riga.") == [("Agreement", {"organization/ast", "organization/elering", "organization/litgrid"})]


# ---------------------------------------------------------------- the filing style


def test_a_defined_term_in_brackets_is_the_instrument_it_follows_not_another():
    assert agreements('BRUSSELS, 5 March 2025. Nexans S.A. ("Nexans") and NKT A/S ("NKT") have on 4 March 2025 '
                      'entered into a consortium agreement (the "Agreement") with Elia Transmission Belgium SA '
                      '("Elia") for the Princess Elisabeth Island cables.', "2025-03-05") == [
        ("Agreement", {"organization/nexans", "organization/nkt", "organization/elia"})]


def test_the_board_of_directors_is_no_short_name_of_a_review_board():
    found = facts_of("The Board of Directors of Hanse Grid AG wishes to announce that its unit has entered into a "
                     "supply agreement with Nordkabel Oy. Approval is still needed from the Energy Market Review "
                     "Board.")
    board = "organization/energy-market-review-board"
    assert [m.text for m in found.mentions if m.key == board] == ["Energy Market Review Board"]
    assert all(board not in a.parties for a in found.agreements)


def test_what_an_announcement_announces_is_told_as_done():
    assert pairs("The board of Elia Group wishes to announce that Nexans and NKT, its two cable suppliers, are "
                 "cooperating on the export cable.") == {("organization/nexans", "organization/nkt")}


def test_a_wish_to_cooperate_is_still_no_cooperation():
    assert pairs("Nexans and NKT wish to cooperate on the export cable.") == set()


def test_companions_set_off_after_the_subject_sign_too():
    text = ('Tokyo, 18 September 2025. JERA Co., Inc. ("JERA"), together with Tokyo Gas Co., Ltd. ("Tokyo Gas") and '
            'Osaka Gas Co., Ltd. ("Osaka Gas", and collectively with JERA and Tokyo Gas, the "Buyers"), executed a '
            'heads of agreement (the "HOA") with Woodside Energy Group Ltd ("Woodside") in Perth on 17 September '
            '2025. The Buyers will take 2 million tonnes a year.')
    assert agreements(text, "2025-09-18") == [("Agreement", {"organization/jera", "organization/tokyo-gas",
                                                             "organization/osaka-gas",
                                                             "organization/woodside-energy-group"})]


# ---------------------------------------------------------------- the filing style: names defined in quotes


FILING = ('Adelaide, 6 October 2025. Santos Limited ("Santos") advises that TotalEnergies EP PNG Limited '
          '("TotalEnergies PNG"), as operator of the Papua LNG project on behalf of the joint venture, executed on '
          '3 October 2025 an engineering, procurement and construction contract (the "Train EPC Contract") with '
          'Chiyoda Corporation ("Chiyoda"). TotalEnergies PNG will manage the works.')


def test_a_short_name_defined_in_quotes_is_the_body_it_follows_wherever_used():
    found = facts_of(FILING, "2025-10-06")
    operator = "organization/totalenergies-ep-png"
    assert [m.text for m in found.mentions if m.key == operator] == [
        "TotalEnergies EP PNG Limited", "TotalEnergies PNG", "TotalEnergies PNG"]
    assert "organization/totalenergies" not in found.entities and "state/PNG" not in found.entities


def test_the_operator_signs_an_executed_contract_not_the_company_that_reports_it():
    assert agreements(FILING, "2025-10-06") == [
        ("Contract", {"organization/totalenergies-ep-png", "organization/chiyoda-corporation"})]


def test_a_short_name_defined_for_several_bodies_together_is_no_body_of_its_own():
    text = ('Tokyo, 18 September 2025. JERA Co., Inc. ("JERA"), Tokyo Gas Co., Ltd. ("Tokyo Gas") and Osaka Gas '
            'Co., Ltd. ("Osaka Gas") are referred to collectively as the "Japanese Buyers". The Japanese Buyers '
            'signed a heads of agreement with Woodside Energy Group Ltd in Perth on 17 September 2025.')
    found = facts_of(text, "2025-09-18")
    assert not any(e.label.startswith("Japanese Buyers") for e in found.entities.values())


def test_a_treaty_and_the_name_it_is_given_in_quotes_are_one_instrument():
    text = ('The maritime boundary was fixed by the Treaty between Australia and the Democratic Republic of '
            'Timor-Leste Establishing their Maritime Boundaries in the Timor Sea (the "Maritime Boundary Treaty"), '
            'signed in New York on 6 March 2018.')
    assert agreements(text) == [("Treaty", {"state/AUS", "state/TLS"})]


# ---------------------------------------------------------------- owners of one work


def test_a_shareholder_with_others_in_one_work_works_with_each_of_them():
    assert pairs("Eni is a shareholder, with Shell and Chevron, in the Karachaganak field.") == {
        ("organization/eni", "organization/shell"), ("organization/chevron", "organization/eni"),
        ("organization/chevron", "organization/shell")}


def test_partners_in_one_named_work_work_together():
    assert pairs("Eni and Shell are partners in the Karachaganak field.") == {
        ("organization/eni", "organization/shell")}


def test_investors_in_a_whole_sector_are_not_partners():
    assert pairs("Eni and Shell are big investors in renewables.") == set()


def test_a_venture_whose_owners_a_clause_names_signs_alone_with_its_lenders():
    text = ("Poland's Orlen and Canada's Northland Power have reached financial close on the Baltic Power offshore "
            "wind farm. Baltic Power, a joint venture in which Orlen holds 51% and Northland 49%, signed financing "
            "agreements on Wednesday with the European Investment Bank.")
    assert agreements(text) == [("Agreement", {"organization/baltic-power", "organization/european-investment-bank"})]


def test_partners_of_one_operator_in_one_work_are_partners_of_each_other():
    assert pairs("Guyana's output comes from the Stabroek block, where ExxonMobil operates in partnership with Hess "
                 "and China's CNOOC.") == {
        ("organization/exxonmobil", "organization/hess"),
        ("organization/china-national-offshore-oil-corporation", "organization/exxonmobil"),
        ("organization/china-national-offshore-oil-corporation", "organization/hess")}


def test_a_generic_defined_term_is_no_short_name_of_the_body():
    found = facts_of('ACWA Power Company (the "Company") signed a power purchase agreement with the Saudi Power '
                     'Procurement Company on Sunday. The Company will build the plant at Sudair.')
    assert "Company" not in found.entities["organization/acwa-power-company"].alt_labels


def test_an_instrument_whose_sentence_names_no_one_else_is_not_parsed(monkeypatch):
    from epkg.graph.extract import grammar

    parsed, parse = [], grammar.nlp.parses

    def parses(texts):
        parsed.extend(texts)
        return parse(texts)

    monkeypatch.setattr(grammar.nlp, "parses", parses)
    alone = "Kazakhstan and Uzbekistan signed an agreement on power trade on Monday."
    more = "The European Union and the three Baltic states, Estonia, Latvia and Lithuania, signed a memorandum."
    facts_of(alone)
    assert parsed == []
    facts_of(more)
    assert parsed == [more]
