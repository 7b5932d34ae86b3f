"""Names: one part right does not excuse another part misspelled."""

from __future__ import annotations

from checker.names import compare_name


def test_a_right_part_beside_a_misspelled_part_is_a_misspelling() -> None:
    assert compare_name(["Anna", "María"], "Ana María López") == ("misspelled", "Ana")
    assert compare_name(["Ana", "María"], "Ana María López") == ("match", "")


def test_accents_and_family_name_first_still_match() -> None:
    assert compare_name(["Jose", "Ramon"], "José Ramón") == ("match", "")
    assert compare_name(["Wang", "Fang"], "Fang Wang") == ("match", "")
