"""Language signals (app/engine/language.py).
Examples written for these tests."""


def test_a_lone_small_number_is_no_date_whatever_its_label():
    from app.engine.language import is_date

    from .conftest import span_of

    age = "Marsh, 29, and Calder, 31, were both picked for the squad."
    assert not is_date(span_of(age, "29"))  # an age the tagger may call a DATE
    dated = "The squad meets on 29 May and again in 2025."
    assert is_date(span_of(dated, "29 May"))
    assert is_date(span_of(dated, "2025"))
    event = "She won silver at the 1996 Atlanta Games, her first Olympics."
    assert not is_date(span_of(event, "1996 Atlanta"))  # a year naming which Games


def test_a_figure_is_given_for_the_places_of_its_own_clause():
    from app.engine.language import places_of

    def places(sentence: str, value: str) -> set[str]:
        at = sentence.index(value)
        return set(places_of(sentence, at, at + len(value)))

    listed = "Exports to Peru, Chile and Bolivia rose to $3bn last year."
    assert places(listed, "$3bn") == {"peru", "chile", "bolivia"}
    other_clause = "Sales in Norway rose to €3bn, while in Sweden they fell 2%."
    assert places(other_clause, "€3bn") == {"norway"}
    assert places(other_clause, "2%") == {"sweden"}
    each = "Rents were £650 in Leeds; £610 in York."
    assert places(each, "£650") == {"leeds"}
    assert places("Rents rose to £650 in June.", "£650") == set()
    # a place named with the region it is in is one place
    assert places("The town of Alexandria, Louisiana had 47,000 people.", "47,000") == {
        "alexandria, louisiana"
    }
    # no verb at all: the whole line is the clause
    assert places("Average monthly rent in Leeds: £650.", "£650") == {"leeds"}
