"""Conflict flags: real disagreements are caught, agreement and reported positions are not."""

from __future__ import annotations

import pytest

from app.engine.claims import Claim, check_reply
from app.engine.conflicts import find_conflicts, is_name_like, same_value
from app.engine.evidence import Evidence

from .conftest import CORPUS

IPO_ARTICLE = CORPUS / "Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt"
COURT_ARTICLE = CORPUS / "Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt"


def claim(path, sentence_part: str, value: str, question: str = "What?") -> Claim:
    """A claim as the extractor would make it: `value` found in the sentence of `path`
    that contains `sentence_part`."""
    text = path.read_text(encoding="utf-8")
    at = text.index(sentence_part)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    # the sentence around the part: from the previous full stop (or line start)
    start = max(start, text.rfind(". ", start, at) + 2 if text.rfind(". ", start, at) >= 0 else 0)
    stop = text.find(". ", at)
    end = min(end if end > 0 else len(text), stop + 1 if stop > 0 else len(text))
    item = Evidence(
        1, path.stem, f"corpus/{path.name}", path.stem, text[start:end], start, end, 0.6
    )
    made = check_reply(question, value, [item])
    assert made is not None, (value, item.quote)
    return made


def flagged(embeddings, *claims: Claim, question: str = "What?") -> list:
    return find_conflicts(question, list(claims), embeddings)


def test_venue_conflict_is_flagged_with_both_quotes(embeddings):
    a = claim(IPO_ARTICLE, "formal complaint filed", "UK Intellectual Property Office")
    b = claim(COURT_ARTICLE, "The accusation, filed in", "London’s High Court")
    [conflict] = flagged(embeddings, a, b, question="Where was the complaint filed?")
    data = conflict.as_dict()
    assert data["topic"] == "Where was the complaint filed"
    assert {c["value"] for c in data["claims"]} == {
        "UK Intellectual Property Office",
        "London’s High Court",
    }
    for c in data["claims"]:
        path = CORPUS / c["source"].removeprefix("corpus/")
        assert path.read_text(encoding="utf-8")[c["start"] : c["end"]] == c["quote"]


def test_model_conflict_is_flagged(embeddings):
    a = claim(IPO_ARTICLE, "Qwen2 model incorporates", "Qwen2")
    b = claim(COURT_ARTICLE, "Qwen-Plus model reproduces", "Qwen-Plus")
    assert len(flagged(embeddings, a, b)) == 1


def test_evidence_conflict_is_flagged(embeddings):
    a = claim(
        IPO_ARTICLE, "undisclosed similarities", "similarities between Qwen2's output patterns"
    )
    b = claim(
        COURT_ARTICLE,
        "signatures of our technology",
        "signatures of our technology in their weights",
    )
    assert len(flagged(embeddings, a, b)) == 1


def test_agreement_in_other_words_is_not_a_conflict(embeddings):
    a = claim(IPO_ARTICLE, "dismissed the claims", "dismissed the claims as speculative")
    b = claim(COURT_ARTICLE, "strongly denied", "strongly denied the allegations")
    assert flagged(embeddings, a, b) == []


def test_reported_positions_of_the_two_parties_do_not_conflict(embeddings):
    a = claim(
        COURT_ARTICLE, "Qwen-Plus model reproduces", "reproduces core elements of this framework"
    )
    b = claim(IPO_ARTICLE, "dismissed the claims", "developed independently")
    assert flagged(embeddings, a, b) == []


def test_a_sentence_stating_both_values_is_not_a_conflict(embeddings):
    # one article's sentence names both the model and the framework: no disagreement
    a = claim(COURT_ARTICLE, "At the heart of the dispute", "constitutional AI framework")
    b = claim(IPO_ARTICLE, "Qwen2 model incorporates", "Qwen2")
    assert flagged(embeddings, a, b) == []


def test_a_silent_source_is_not_in_conflict(embeddings):
    a = claim(IPO_ARTICLE, "watchdogs like Ofcom", "Ofcom")
    assert flagged(embeddings, a) == []


def test_same_source_twice_is_not_a_conflict(embeddings):
    a = claim(IPO_ARTICLE, "formal complaint filed", "UK Intellectual Property Office")
    b = claim(IPO_ARTICLE, "Bletchley Park", "Bletchley Park")
    assert flagged(embeddings, a, b) == []


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("High Court", "London’s High Court", True),
        ("Qwen2", "Qwen-Plus", False),
        ("the Qwen2 model", "Qwen2", True),
        ("3,559 people", "10,000 people", False),
    ],
)
def test_same_value(a, b, same):
    assert same_value(a, b) is same


def test_name_like_values():
    assert is_name_like("Qwen-Plus") and is_name_like("1856") and is_name_like("UK High Court")
    assert not is_name_like("strongly denied the allegations")


def test_a_generic_value_is_no_side(embeddings):
    a = claim(COURT_ARTICLE, "force the company to retrain", "retrain its models")
    b = claim(IPO_ARTICLE, "dismissed the claims", "the claims")
    assert flagged(embeddings, a, b) == []


def test_legal_route_conflict_is_flagged(embeddings):
    a = claim(COURT_ARTICLE, "Trade secret law, which", "Trade secret law")
    b = claim(IPO_ARTICLE, "is a patentable method", "a patentable method")
    assert len(flagged(embeddings, a, b)) == 1


def article(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rate_is_not_compared_with_a_count(embeddings, tmp_path):
    count = article(tmp_path, "a.txt", "The city had an estimated population of 117,088.\n")
    rate = article(tmp_path, "b.txt", "It has a density of 2,446 persons per km 2.\n")
    other = article(tmp_path, "c.txt", "The city had a population of 98,000 in 2010.\n")
    a = claim(count, "estimated population", "117,088")
    b = claim(rate, "density of", "density of 2,446 persons per km 2")
    c = claim(other, "population of 98,000", "98,000")
    question = "What is the population of the city?"
    assert flagged(embeddings, a, b, question=question) == []
    assert len(flagged(embeddings, a, c, question=question)) == 1  # two counts do differ


def test_page_furniture_takes_no_side(embeddings, tmp_path):
    prose = article(
        tmp_path, "a.txt", "Bobby Carpenter is a former American football linebacker.\n"
    )
    menu = article(
        tmp_path,
        "b.txt",
        "Bobby Carpenter Stats , Height , Weight , Position , Draft , College | Sports "
        "Reference Baseball Football ( college ) Basketball Hockey Soccer Golf Tennis Racing\n",
    )
    a = claim(prose, "former American", "American football")
    b = claim(menu, "Basketball Hockey", "Basketball")
    assert (
        flagged(embeddings, a, b, question="What sport is Bobby Carpenter associated with?") == []
    )


def test_a_sentence_about_something_else_takes_no_side(embeddings, tmp_path):
    question = "Who won the 5th Soccer Bowl?"
    winner = article(tmp_path, "a.txt", "The Philadelphia Atoms won the 5th Soccer Bowl.\n")
    other_game = article(tmp_path, "b.txt", "The club lost a game to Vancouver Whitecaps 1–2.\n")
    rival = article(tmp_path, "c.txt", "Vancouver Whitecaps won the 5th Soccer Bowl in 1977.\n")
    a = claim(winner, "Philadelphia", "Philadelphia Atoms", question)
    b = claim(other_game, "Vancouver", "Vancouver Whitecaps", question)
    c = claim(rival, "Vancouver", "Vancouver Whitecaps", question)
    assert flagged(embeddings, a, b, question=question) == []
    assert len(flagged(embeddings, a, c, question=question)) == 1


def test_a_list_naming_both_sides_does_not_hide_the_conflict(embeddings, tmp_path):
    question = "What political party is Senator Tate a member of?"
    texts = {
        "a.txt": "Senator Tate is a Republican member of the state senate.\n",
        "b.txt": "Senator Tate has long been a Republican, his office says.\n",
        "c.txt": "Senator Tate, a Democratic member, sits on the committee.\n",
        "d.txt": "The senate has 23 Democratic and 12 Republican members, Tate among them.\n",
    }
    paths = {name: article(tmp_path, name, text) for name, text in texts.items()}
    a = claim(paths["a.txt"], "Republican member", "Republican", question)
    b = claim(paths["b.txt"], "Republican, his", "Republican", question)
    c = claim(paths["c.txt"], "Democratic member", "Democratic", question)
    d = claim(paths["d.txt"], "23 Democratic", "Democratic", question)  # states both parties
    [conflict] = flagged(embeddings, a, d, b, c, question=question)
    assert sorted(len(side) for side in conflict.sides) == [2, 2]


def test_places_sharing_only_the_state_disagree(embeddings, tmp_path):
    question = "Where is the Kate Chopin House located?"
    house = "The Kate Chopin House was a house in "
    a_path = article(tmp_path, "a.txt", house + "Cloutierville, Louisiana.\n")
    b_path = article(tmp_path, "b.txt", house + "New Orleans, Louisiana.\n")
    a = claim(a_path, "Cloutierville", "Cloutierville, Louisiana", question)
    b = claim(b_path, "New Orleans", "New Orleans, Louisiana", question)
    assert len(flagged(embeddings, a, b, question=question)) == 1


def test_which_x_questions_compare_only_things_of_kind_x(embeddings):
    question = "Which act is the UK government pushing forward?"
    act = claim(COURT_ARTICLE, "Advanced AI Act", "Advanced AI Act", question)
    summit = claim(IPO_ARTICLE, "AI Safety Summit", "AI Safety Summit", question)
    assert flagged(embeddings, act, summit, question=question) == []
    # both values are of the kind asked for: their difference is a conflict
    model = "Which Alibaba model is accused of copying?"
    a = claim(IPO_ARTICLE, "Qwen2 model incorporates", "Qwen2", model)
    b = claim(COURT_ARTICLE, "Qwen-Plus model reproduces", "Qwen-Plus", model)
    assert len(flagged(embeddings, a, b, question=model)) == 1


def test_an_answer_of_the_wrong_type_takes_no_side(embeddings, tmp_path):
    question = "Where is Interstate 235 located?"
    a_path = article(tmp_path, "a.txt", "Interstate 235 is a highway in Iowa.\n")
    b_path = article(tmp_path, "b.txt", "Interstate 235 got its end sign by 2005.\n")
    c_path = article(tmp_path, "c.txt", "Interstate 235 is a highway in Kansas.\n")
    a = claim(a_path, "highway in", "Iowa", question)
    b = claim(b_path, "end sign", "end sign by 2005", question)
    c = claim(c_path, "highway in", "Kansas", question)
    assert flagged(embeddings, a, b, question=question) == []
    assert len(flagged(embeddings, a, c, question=question)) == 1  # two places do differ


def test_different_labels_of_the_kind_asked_for_disagree(embeddings, tmp_path):
    question = "What sport does Cameron Murray play?"
    texts = {
        "a.txt": "Cameron Murray is a semi-professional footballer from Halifax.\n",
        "b.txt": "Cameron Murray, a talented cricketer, has been making waves.\n",
        "c.txt": "Cameron Murray has played football since he was six.\n",
        "d.txt": "Cameron Murray plays ice hockey for the Leeds Knights.\n",
        "e.txt": "Cameron Murray started in hockey at school.\n",
    }
    paths = {name: article(tmp_path, name, text) for name, text in texts.items()}
    footballer = claim(paths["a.txt"], "semi", "footballer", question)
    cricketer = claim(paths["b.txt"], "talented", "cricketer", question)
    football = claim(paths["c.txt"], "played", "football", question)
    ice_hockey = claim(paths["d.txt"], "plays", "ice hockey", question)
    hockey = claim(paths["e.txt"], "started", "hockey", question)
    assert len(flagged(embeddings, footballer, cricketer, question=question)) == 1
    # the same sport in other words is one answer
    assert flagged(embeddings, footballer, football, question=question) == []
    assert flagged(embeddings, ice_hockey, hockey, question=question) == []
    # not a "what X" question: short descriptions are judged by meaning alone (0.6 apart)
    assert flagged(embeddings, footballer, cricketer, question="Who is Cameron Murray?") == []
