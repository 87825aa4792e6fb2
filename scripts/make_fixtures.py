#!/usr/bin/env python3
"""Make the document fixtures from the sample corpus: python scripts/make_fixtures.py OUT_DIR [--dpi N] [--damaged]."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixturegen import build_all, build_damaged  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dpi", type=int, default=300, help="resolution of the image-only copies (0: none)")
    ap.add_argument("--damaged", action="store_true",
                    help="also the damaged text layers (legacy fonts, duplicated glyphs, wrong cmap) and page images")
    args = ap.parse_args()
    made = build_all(sorted((ROOT / "samples" / "seeds").glob("*.txt")), args.out, raster_dpi=args.dpi,
                     table_plan=ROOT / "tests" / "fixtures" / "table_plan.md")
    if args.damaged:
        made.update(build_damaged(sorted((ROOT / "samples" / "seeds").glob("*.txt")), args.out, dpi=args.dpi or 300))
    for kind, files in made.items():
        print(f"{kind}: {len(files)} file(s)")


if __name__ == "__main__":
    main()
