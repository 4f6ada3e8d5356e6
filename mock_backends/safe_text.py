"""Characters no name or free text may carry: control characters (U+0000-U+001F, U+007F-U+009F, but tab
and line breaks in free text) and the invisible formatting ones (Unicode category Cf: the bidirectional
overrides and isolates U+202A-U+202E, U+2066-U+2069, zero-width joiners, ...). A U+202E in a name shows
"Jane Doe" reversed or spoofed on a staff screen; a U+0000 truncates it in C-based tools downstream.
"""

import unicodedata

_FREE_TEXT_ALLOWED = frozenset("\t\n\r")


def unsafe_character(value: str, *, multiline: bool = False) -> str | None:
    """A description of the first character `value` may not hold (e.g. "U+202E RIGHT-TO-LEFT OVERRIDE"),
    or None when it is clean."""
    for character in value:
        if multiline and character in _FREE_TEXT_ALLOWED:
            continue
        if unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn") and character != " ":
            name = unicodedata.name(character, "control character")
            return f"U+{ord(character):04X} {name}"
    return None
