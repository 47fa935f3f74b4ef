"""The key under which a word is stored in, and looked up from, the packaged lexicon."""

from __future__ import annotations

from localenorm._normalize import fold

# Dots, spaces, hyphens, slashes and apostrophes vary freely inside the same name ('p. m.', 'p.m.',
# 'pm'; 'Thg 10'; 'tengah hari'), so keys drop them and the matcher joins words the same way.
DROP = str.maketrans("", "", " .-'·/")


def lookup_key(word: str) -> str:
    """Fold ``word`` and drop the characters that vary inside a name."""
    return fold(word).translate(DROP)
