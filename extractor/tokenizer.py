"""A Vietnamese syllable tokenizer for spaCy.

spaCy's "vi" tokenizer either joins words with pyvi (which glued "Giao Sở"
into one token, see LIBRARY_NOTES) or splits on whitespace only, keeping
punctuation attached, and is slow in Python. This one makes each syllable
(a run of word characters) and each punctuation mark a token, keeps the
text exactly (`doc.text == text`), and runs as one regex pass.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

#: A syllable or a punctuation mark with the single space after it, or any other run of whitespace.
_PIECES = re.compile(r"(\w+|[^\w\s])( (?! ))?|(\s+)")


class SyllableTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        pieces = _PIECES.findall(text)
        words = [w or ws for w, _, ws in pieces]
        spaces = [bool(sp) for _, sp, _ in pieces]
        return Doc(self.vocab, words=words, spaces=spaces)
