"""The `kehoach` command: extract writes valid results, reports bad files and goes on; the schema is published."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SAMPLES

SCHEMA = ROOT / "schema" / "plan_result.schema.json"


def kehoach(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "api.cli", *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run = kehoach("extract", *sorted(SAMPLES.glob("*.txt")), "--out", out)
    assert run.returncode == 0, run.stderr
    return out


def test_every_written_result_validates_against_the_published_schema(extracted):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    files = sorted(extracted.glob("*.json"))
    assert len(files) == 5
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
        assert data["assignments"] and data["citations"] and data["sections"]


def test_published_schema_is_up_to_date():
    run = kehoach("schema")
    assert run.returncode == 0
    assert json.loads(run.stdout) == json.loads(SCHEMA.read_text(encoding="utf-8")), "run: kehoach schema --out schema/plan_result.schema.json"


def test_spans_point_at_the_source_text(extracted):
    for f in extracted.glob("*.json"):
        data = json.loads(f.read_text(encoding="utf-8"))
        src = (SAMPLES / (f.stem + ".txt")).read_text(encoding="utf-8")
        for c in data["citations"]:
            for m in c["mentions"]:
                seen = src[m["span"]["start"]:m["span"]["end"]].replace("**", "")
                assert " ".join(seen.split())[:8] == m["text"][:8]
        for a in data["assignments"]:
            for ref in a["agency_refs"]:
                assert src[ref["span"]["start"]:ref["span"]["end"]].replace("**", "") == ref["written"].replace("**", "")


def test_missing_and_unreadable_files_are_reported_and_the_rest_go_on(tmp_path):
    good = SAMPLES / "000_2c1b652bb66f49e5.txt"
    pdf = tmp_path / "scan.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    out = tmp_path / "out"
    run = kehoach("extract", tmp_path / "missing.txt", pdf, binary, folder, good, "--out", out)
    assert run.returncode == 1
    assert "missing.txt: no such file" in run.stderr
    assert "scan.txt: is not a readable PDF" in run.stderr
    assert "blob.txt: looks like a binary file" in run.stderr
    assert "folder.txt: is a directory" in run.stderr
    assert "4 of 5 file(s) failed" in run.stderr
    assert (out / "000_2c1b652bb66f49e5.json").exists()
    assert not (out / "missing.json").exists()


def test_unreadable_permissions(tmp_path, monkeypatch):
    """A file the process may not read (simulated: CI runs as root, where permission bits do not stop reads)."""
    from extractor.read import UnreadableFile, read_file

    f = tmp_path / "secret.txt"
    f.write_text("KẾ HOẠCH", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(UnreadableFile, match="secret.txt: permission denied"):
        read_file(f)


@pytest.mark.parametrize("data,expected", [
    ("Kế hoạch".encode("utf-8"), "Kế hoạch"),
    (b"\xef\xbb\xbf" + "Kế hoạch".encode("utf-8"), "Kế hoạch"),
    ("Kế hoạch".encode("utf-16"), "Kế hoạch"),
    (b"K\xea\xec hoa\xf2ch", "Kế hoạch"),          # Windows-1258: base letters + combining tone marks
])
def test_text_encodings_are_detected(tmp_path, data, expected):
    import unicodedata

    from extractor.read import read_file

    f = tmp_path / "plan.txt"
    f.write_bytes(data)
    assert unicodedata.normalize("NFC", read_file(f).text) == expected


def test_example_output_in_readme_is_real(extracted):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    data = json.loads((extracted / "000_2c1b652bb66f49e5.json").read_text(encoding="utf-8"))
    assert data["metadata"]["number"] in readme
    assert data["assignments"][0]["text"][:40] in readme


def test_inputs_with_the_same_stem_never_overwrite_each_other(tmp_path):
    from api.cli import output_names

    seeds = sorted(SAMPLES.glob("*.txt"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    inputs = {tmp_path / "x.txt": seeds[0], tmp_path / "x.md": seeds[1], tmp_path / "a" / "y.txt": seeds[2],
              tmp_path / "b" / "y.txt": seeds[3], tmp_path / "alone.txt": seeds[4]}
    for path, seed in inputs.items():
        path.write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    run = kehoach("extract", *inputs, tmp_path / "alone.txt", "--out", out)  # alone.txt twice: one input
    assert run.returncode == 0, run.stderr
    written = sorted(p.name for p in out.glob("*.json"))
    assert written == ["alone.json", "x.md.json", "x.txt.json", "y.txt.2.json", "y.txt.json"], written
    # each result is its own input's: the sha256 of the file it was read from
    import hashlib

    expect = {"alone.json": "alone.txt", "x.md.json": "x.md", "x.txt.json": "x.txt", "y.txt.json": "a/y.txt",
              "y.txt.2.json": "b/y.txt"}
    for name, src in expect.items():
        result = json.loads((out / name).read_text(encoding="utf-8"))
        assert result["source"]["sha256"] == hashlib.sha256((tmp_path / src).read_bytes()).hexdigest(), name
    assert output_names([Path("p.doc"), Path("p.docx"), Path("q.pdf")]) == {
        Path("p.doc"): "p.doc.json", Path("p.docx"): "p.docx.json", Path("q.pdf"): "q.json"}
