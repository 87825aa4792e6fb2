"""The README documents every setting of the service."""
from __future__ import annotations

from tests.conftest import ROOT


def test_every_setting_is_in_the_readme():
    from api.settings import Settings
    from corpus.settings import DATA_DIR_ENV, DB_URL_ENV

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [f"KEHOACH_{name.upper()}" for name in Settings.model_fields] + [DB_URL_ENV, DATA_DIR_ENV]
    missing = [n for n in names if f"`{n}`" not in readme]
    assert not missing, missing
