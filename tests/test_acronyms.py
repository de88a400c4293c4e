"""Acronyms and the words they abbreviate (app/engine/acronyms.py). Examples written for
these tests."""

from app.engine.acronyms import spell_out, spelled_out


def test_an_acronym_is_found_as_the_capitalised_words_it_abbreviates():
    assert spelled_out("NMSA", "said the National Marine Safety Agency.") == (
        "National Marine Safety Agency"
    )
    assert spelled_out("FTEA", "the Federation of Tin-Extracting Associations") == (
        "Federation of Tin-Extracting Associations"
    )  # "of" skipped, each part of a hyphenated word counted
    assert spelled_out("NMSA", "the National Maritime Agency") is None
    assert spelled_out("NM", "National Marine") is None  # two letters match too much


def test_an_acronym_the_articles_never_write_is_spelled_out_as_they_write_it():
    text = "The Kestrel Valley Rowing Club, founded in 1921, sits on the Avon."
    assert spell_out("Where is KVRC based?", text) == "Where is Kestrel Valley Rowing Club based?"
    assert spell_out("Where is KVRC based?", "KVRC sits on the Avon.") == "Where is KVRC based?"
    assert spell_out("Where is KVRC based?", "The club sits on the Avon.") == "Where is KVRC based?"
