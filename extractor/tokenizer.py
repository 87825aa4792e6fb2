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

#: A syllable, a single punctuation mark, or a run of whitespace.
_PIECES = re.compile(r"\w+|[^\w\s]|\s+")


class SyllableTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in _PIECES.finditer(text):
            piece = m.group(0)
            if piece[0].isspace():
                if words and not spaces[-1] and not words[-1][0].isspace() and piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                if piece:
                    words.append(piece)
                    spaces.append(False)
            else:
                words.append(piece)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)
