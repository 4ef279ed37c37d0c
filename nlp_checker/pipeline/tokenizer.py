"""A lighter tokenizer for notes: spaCy's English exceptions, simpler affix rules.

spaCy's English prefix/suffix/infix expressions cover every Unicode script and cost ~1.5 ms on a
one-page note, about a sixth of the whole check. Every rule of this checker is a regular
expression over the note text whose match is widened to token boundaries, so finer tokens
change no match; what tokens still decide is sentence ends and ConText scopes. The English
exceptions ("Dr.", "e.g.", "a.m.") are kept so a stop after an abbreviation does not end a
sentence.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer

# Quotes, guillemets, bullets and dashes are written as escapes (re reads \uXXXX). A closing
# bracket is also a prefix: "[ ]0" is an empty box before the number 0.
_PREFIX = re.compile(r"""^[\[\]\(\{"'\u201c\u2018\u00ab<*#~\u2022\u00b7]""")
_SUFFIX = re.compile(r"""[\]\)\}"'\u201d\u2019\u00bb>.,:;!?%*]$""")
# Split inside a word only at punctuation between letters or digits ("7/10", "L4-5", "VAS:7").
_INFIX = re.compile(r"""(?<=[^\W_])[-\u2013/:;,=+()\[\]{}<>|\u2192](?=[^\W_])""")


def light_tokenizer(nlp: Language) -> Tokenizer:
    """Return the light tokenizer for ``nlp``: its language's exceptions, simple affixes.

    This is what the pipeline config names (``nlp_checker.light_tokenizer.v1``), so a pipeline
    saved with ``nlp.to_disk()`` comes back with the same tokenizer.
    """
    return Tokenizer(
        nlp.vocab,
        rules=nlp.Defaults.tokenizer_exceptions,
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
    )


def use_light_tokenizer(nlp: Language) -> None:
    """Replace ``nlp``'s tokenizer, keeping its special-case rules."""
    current: Any = nlp.tokenizer  # typed as a plain callable by spaCy
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=current.rules,
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
    )
