"""Response headers built from names users chose: `content_disposition` (RFC 6266) with a hostile file name made safe."""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

#: Characters kept in the ASCII `filename=` fallback; everything else becomes "_".
_UNSAFE_ASCII = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, default: str = "document") -> str:
    """The last path component of `name`, without control characters, quotes or separators, at most 150 characters;
    `default` when nothing is left (or only dots: never "." or "..")."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C" and c not in "\"';:*?<>|")
    name = name.strip(" .")[:150].strip(" .")
    return name or default


def content_disposition(name: str, disposition: str = "inline", default: str = "document") -> str:
    """`inline; filename="ascii-only"; filename*=UTF-8''percent-encoded` (RFC 6266, RFC 8187): both forms carry
    only safe characters, whatever the uploaded name held (quotes, CR/LF, paths, semicolons)."""
    name = safe_filename(name, default)
    ascii_name = _UNSAFE_ASCII.sub("_", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).strip("._")
    ascii_name = ascii_name or default
    return f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
