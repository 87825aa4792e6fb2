"""Helpers to write gold files: texts copied from line ranges of the document (markup removed)."""
import json, re, unicodedata
from pathlib import Path

class Doc:
    def __init__(self, path):
        self.lines = Path(path).read_text(encoding="utf-8").split("\n")
        self.assignments, self.deadlines, self.citations, self.sections = [], [], [], []
        self.metadata = {}

    def text(self, a, b, start=None, end=None, strip=True):
        s = " ".join(self.lines[i - 1].strip() for i in range(a, b + 1))
        s = s.replace("**", "").replace("* ", " ").replace(" *", " ")
        s = re.sub(r"(?<=\w)\*(?=\w)", "", s)
        s = s.replace("*", "")
        s = re.sub(r"\s+", " ", s).strip()
        if strip:
            s = re.sub(r"^([-+]|[a-zđ]\)|\d+(\.\d+)*\.)\s*", "", s)
        if start:
            i = s.find(start)
            assert i >= 0, (start, s[:80])
            s = s[i:]
        if end:
            i = s.find(end)
            assert i >= 0, (end, s[-80:])
            s = s[: i + len(end)]
        return unicodedata.normalize("NFC", s.strip())

    def D(self, text, due=None, rec=None, agencies=(), optional=False, add=True):
        d = {"text": text, "due": due, "recurrence": rec, "agencies": list(agencies)}
        if optional:
            d["optional"] = True
        key = (due, rec, tuple(sorted(agencies)))
        if add and not any((x["due"], x["recurrence"], tuple(sorted(x["agencies"]))) == key for x in self.deadlines):
            self.deadlines.append(dict(d))
        d.pop("optional", None)
        return d

    def A(self, agencies, text, role="responsible", partners=(), deadline=None, section=None, requested=False, optional=False):
        a = {"agencies": list(agencies), "role": role, "requested": requested, "partners": list(partners),
             "text": text, "deadline": deadline, "section": section}
        if optional:
            a["optional"] = True
        self.assignments.append(a)
        return a

    def C(self, key, doc_type, date=None, issuer=None, title=None, relation="cites", alt=(), optional=False):
        c = {"key": key, "doc_type": doc_type}
        if issuer:
            c["issuer"] = issuer
        c |= {"date": date, "title": title, "relation": relation}
        if alt:
            c["alt_keys"] = list(alt)
        if optional:
            c["optional"] = True
        self.citations.append(c)

    def S(self, label, heading, kinds):
        self.sections.append({"label": label, "heading": heading, "kinds": list(kinds), "children": []})

    def save(self, path):
        out = {"metadata": self.metadata, "sections": self.sections, "assignments": self.assignments,
               "deadlines": self.deadlines, "citations": self.citations}
        Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path, len(self.assignments), "tasks", len(self.deadlines), "deadlines", len(self.citations), "citations")
