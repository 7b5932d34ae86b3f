"""Names: finding the salutation, and deciding whether it names the person as they write it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Literal

from .lexicon import GREETING_PHRASES, GREETING_WORDS, NICKNAMES, NOT_A_NAME, TITLES
from .text import Note, Token, strip_accents

NameVerdict = Literal["match", "misspelled", "long-form", "different"]

# Within how many opening words a greeting still counts as the greeting.
_GREETING_WINDOW = 3
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Salutation:
    greeting: tuple[int, int] | None  # token indexes (first, last) of the greeting word(s)
    name_tokens: tuple[int, ...]  # token indexes of the name after it (titles included)


def _nickname_groups() -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for formal, nicks in NICKNAMES.items():
        family = {strip_accents(formal), *(strip_accents(nick) for nick in nicks)}
        for member in family:
            groups.setdefault(member, set()).update(family)
    return groups


_NICKNAME_GROUPS = _nickname_groups()
_GREETING_PHRASE_STARTS = frozenset(phrase.split()[0] for phrase in GREETING_PHRASES)


def _find_greeting(note: Note, tokens: Sequence[Token]) -> tuple[int, int] | None:
    for index, token in enumerate(tokens[:_GREETING_WINDOW]):
        if index and not _same_clause(note, tokens[index - 1], token):
            return None  # "Marek — Ola here": a greeting word after a break is not the greeting
        # the longest greeting first: "As-salamu alaykum", "Good morning", "Hi"
        if token.folded in _GREETING_PHRASE_STARTS:
            words = note.words
            for length in (3, 2):
                # only as many words as there are: two words must not pass for a three-word phrase
                if index + length <= len(words) and (
                    " ".join(words[index : index + length]) in GREETING_PHRASES
                ):
                    return index, index + length - 1
        if token.folded in GREETING_WORDS:
            return index, index
    return None


def _same_clause(note: Note, before: Token, after: Token) -> bool:
    """True when only spaces (or a title's full stop) separate two words."""
    gap = note.text[before.end : after.start]
    return gap.strip(" \u00a0\t") in ("", ".", "-") and "\n" not in gap


def _name_words_after(note: Note, start: int) -> tuple[int, ...]:
    tokens = note.tokens
    found: list[int] = []
    index = start
    while index < len(tokens) and len(found) < _MAX_NAME_WORDS:
        token = tokens[index]
        if found and not _same_clause(note, tokens[found[-1]], token):
            break
        dot_after = note.text[token.end : token.end + 1] == "."
        initial = len(token.text) == 1 and token.text.isupper() and dot_after  # "A.J."
        if token.folded in NOT_A_NAME and token.folded not in TITLES and not initial:
            break
        hyphenated = found and note.text[tokens[found[-1]].end : token.start] == "-"
        if not token.is_capitalised and token.folded not in TITLES and found and not hyphenated:
            break  # "Ji-won" keeps its lower-case second half; "Tom great" stops at "great"
        found.append(index)
        following = tokens[index + 1].start if index + 1 < len(tokens) else token.end
        if note.text[token.end : following].strip(" .") not in ("", "-"):
            break
        index += 1
    return tuple(found)


def addressed_by_name(note: Note, name_tokens: tuple[int, ...]) -> bool:
    """Whether the salutation holds a name, not only a title ("Dear Sir/Madam")."""
    return any(note.tokens[index].folded.rstrip(".") not in TITLES for index in name_tokens)


def find_salutation(note: Note) -> Salutation:
    tokens = note.tokens
    if not tokens:
        return Salutation(None, ())
    greeting = _find_greeting(note, tokens)
    if greeting is not None:
        if greeting[1] + 1 < len(tokens) and not _same_clause(
            note, tokens[greeting[1]], tokens[greeting[1] + 1]
        ):
            gap = note.text[tokens[greeting[1]].end : tokens[greeting[1] + 1].start]
            if gap.strip() not in (",", "") or "\n" in gap:
                return Salutation(greeting, ())
        return Salutation(greeting, _name_words_after(note, greeting[1] + 1))
    return Salutation(None, _leading_vocative(note))


def _leading_vocative(note: Note) -> tuple[int, ...]:
    """'Tom, great to meet you': a capitalised name opens the note, then a comma or dash."""
    tokens = note.tokens
    names = _name_words_after(note, 0)
    if not names or len(names) > 3 or tokens[names[0]].start > 2:
        return ()
    after = note.text[tokens[names[-1]].end : tokens[names[-1]].end + 2].lstrip(" ")
    if after[:1] not in (",", "—", "–", "-", "!", ":"):
        return ()
    if all(tokens[i].is_capitalised for i in names):
        return names
    # "noor!! it's Layla": their own name opens the note, even in lower case.
    if note.name and _comparable(tokens[names[0]].text) in name_parts(note.name):
        return names
    return ()


@lru_cache(maxsize=256)
def _name_parts(name: str) -> tuple[str, ...]:
    return tuple(_split_name(name))


def name_parts(name: str) -> list[str]:
    """Every part a person may be addressed by (cached: the same name is asked for often)."""
    return list(_name_parts(name))


def _split_name(name: str) -> list[str]:
    """Every part a person may be addressed by: 'Jean-Luc Picard' -> jean-luc, jean, luc, picard."""
    parts: list[str] = []
    # "Wei (David) Zhang": the name in brackets is the one they go by
    for word in name.replace(",", " ").replace("(", " ").replace(")", " ").split():
        folded = _comparable(word)
        if not folded or folded.rstrip(".") in TITLES:
            continue
        parts.append(folded)
        spelled_out = _comparable(word.lower().translate(_SPELLED_OUT))
        if spelled_out != folded:
            parts.append(spelled_out)  # "Juergen" for Jürgen, "Bjoern" for Bjørn
        if "-" in folded:
            parts.extend(piece for piece in folded.split("-") if piece)
    return parts


# The usual way to write these letters without their marks, besides dropping the marks.
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "æ": "ae"})


# Honorifics written onto a name: "Tanaka-san", "Kamala-ji".
_HONORIFIC_SUFFIXES = ("-san", "-sama", "-sensei", "-kun", "-chan", "-ji", "-nim", "-ssi", "-bey")


@lru_cache(maxsize=4096)
def _comparable(word: str) -> str:
    folded = strip_accents(word).replace("'", "").replace("’", "").strip(".,;:!?")
    if "." in folded and len(folded) <= 6:
        folded = folded.replace(".", "")  # initials: "A.J." is "AJ"
    if "-" in folded and folded.endswith(_HONORIFIC_SUFFIXES):
        base = folded.rsplit("-", 1)[0]
        if len(base) > 1:
            return base
    return folded


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            substitution = previous[j - 1] + (char_a != char_b)
            current.append(min(previous[j] + 1, current[j - 1] + 1, substitution))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" for char in text)


def compare_name(written: list[str], expected: str) -> tuple[NameVerdict, str]:
    """Compare the salutation's words with the expected name. Returns the verdict and the closest
    expected part (for a "did you mean" message)."""
    parts = name_parts(expected)
    words = [_comparable(word) for word in written if _comparable(word).rstrip(".") not in TITLES]
    if not parts or not words:
        return "match", ""
    expected_joined = "".join(parts)
    matching = [
        word
        for word in words
        if _word_matches(word, parts, expected_joined)
        or any(_is_short_form(word, part) for part in parts)
    ]
    if matching:
        # "Zhang Wie" for Zhang Wei: one part right does not excuse another part misspelled
        for word in words:
            if word in matching:
                continue
            for part in parts:
                if _looks_like_misspelling(word, part):
                    return "misspelled", _original_part(expected, part)
        return "match", ""
    target = parts[0]
    for word in words:
        for part in parts:
            if part in _NICKNAME_GROUPS.get(word, ()):
                return "long-form", _original_part(expected, part)
            if _looks_like_misspelling(word, part):
                return "misspelled", _original_part(expected, part)
    return "different", _original_part(expected, target)


def _word_matches(word: str, parts: list[str], joined: str) -> bool:
    if word in parts:
        return True
    if _is_cjk(word) and word in joined:
        return True
    family = _NICKNAME_GROUPS.get(word, set())
    # A short form of their name is friendly ("Kate" for Katherine); the long form of the name
    # they chose is not their way ("Priyanka" for Priya, "Robert" for someone who goes by Bob).
    return any(part in family and len(word) <= len(part) for part in parts)


# A written name at least this many letters shorter than the real one, and its start, is a short
# form ("Bea" for Beatrice, "Thandi" for Thandiwe); one letter short is a slip ("Ann" for Anne).
_SHORT_FORM_LETTERS_DROPPED = 2


def _is_short_form(word: str, part: str) -> bool:
    dropped = len(part) - len(word)
    if not part.startswith(word) or len(word) < 2:
        return False
    # Two-letter short forms ("Jo" for Joanna) need a longer name behind them.
    return dropped >= _SHORT_FORM_LETTERS_DROPPED + (1 if len(word) == 2 else 0)


def _looks_like_misspelling(word: str, part: str) -> bool:
    if len(word) < 2 or len(part) < 2:
        return False
    if word.startswith(part) or part.startswith(word):
        return True
    limit = 1 if min(len(word), len(part)) <= 4 else 2
    return _edit_distance_at_most(word, part, limit)


def _original_part(name: str, folded_part: str) -> str:
    for word in name.replace(",", " ").split():
        if _comparable(word) == folded_part:
            return word.strip(".,;:!?")
        for piece in word.split("-"):
            if _comparable(piece) == folded_part:
                return word.strip(".,;:!?")  # "Jean-Luc", not just "Jean"
    return name.split()[0] if name.split() else name


# No name is longer than this; longer "words" are skipped rather than compared.
MAX_NAME_LENGTH = 40


def mentions_name(note: Note, expected: str) -> bool:
    """Whether any word of the note is the person's name (or a nickname of it)."""
    parts = name_parts(expected)
    distinct = _distinct_short_words(note)
    if not distinct.isdisjoint(parts):
        return True  # the usual case: the name as written, found without any comparison
    joined = "".join(parts)
    return any(_word_matches(_comparable(word), parts, joined) for word in distinct)


def name_token_indexes(note: Note, expected: str) -> set[int]:
    """Indexes of the tokens that are a part of the person's name."""
    parts = set(name_parts(expected))
    # Folded words are lower-case already; only non-ASCII ones need their accents stripped.
    names = {
        word
        for word in _distinct_short_words(note)
        if (word if word.isascii() else strip_accents(word)) in parts
    }
    return set(compress(range(len(note.words)), map(names.__contains__, note.words)))


def _distinct_short_words(note: Note) -> set[str]:
    """Distinct folded words; comparisons casefold anyway, so folded words lose nothing."""
    return {word for word in set(note.words) if len(word) <= MAX_NAME_LENGTH}


_VOCATIVE_SCAN_WORDS = 40


def vocatives(note: Note) -> list[tuple[int, int]]:
    """Capitalised words set off by a comma or closing punctuation, as a name in address is:
    "Thanks for accepting, Prianka." or "So sorry Anet, I got it wrong"."""
    found = []
    text = note.text
    for token in note.tokens[:_VOCATIVE_SCAN_WORDS]:
        if not token.is_capitalised or len(token.text) < 3:
            continue
        before = text[max(0, token.start - 2) : token.start].strip()
        after = text[token.end : token.end + 1]
        if before.endswith(",") or after in (",", "!", "?", ".", ":"):
            found.append((token.start, token.end))
    return found
