"""Relation gold of annotator A (issue 14): rows 01-27 of the relation document list, annotated by reading.

Writes samples/annotated/relations/<set>/<stem>.md (the portal text, unchanged), <set>/gold/<stem>.json and
samples/annotated/relations/SOURCES-A.md. The rules and hard cases are in samples/annotated/relations/README.md.

    python scripts/annotate/relations/relations_a.py
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "samples" / "annotated" / "relations"
CORPUS = ROOT.parent / "shared" / "corpus"


def R(rel, target, scope=(), alt=(), optional=False):
    return {"relation": rel, "target": target, "alt_targets": list(alt), "scope": list(scope), "optional": optional}


DOCS: list[dict] = []


def doc(idx, stem, src, number, issued, eff_from, eff_until, rels, sset):
    DOCS.append(dict(idx=idx, stem=f"r{idx:02d}_{stem}", source=src, number=number, issued_date=issued,
                     effective_from=eff_from, effective_until=eff_until, relations=rels, set=sset))


doc(1, "hanoi-75-2025-nq-hdnd", "portal/832399d0fd282e41.md", "75/2025/NQ-HĐND", "2025-11-27", "2025-11-27", None,
    [R("replaces", "61/2021/NQ-HĐND"),
     R("guides", "Luật Dân quân tự vệ 2019", alt=["48/2019/QH14", "Luật Dân quân tự vệ"], optional=True)], "dev")
doc(2, "dongnai-62-2025-qd-ubnd", "portal/f1526a5ac4023b74.md", "62/2025/QĐ-UBND", "2025-11-17", "2026-01-01", None,
    [R("replaces", "25/2025/QĐ-UBND"), R("abolishes", "2432/QĐ-UBND", ["Phụ lục IIb"])], "dev")
doc(3, "laichau-87-2025-qd-ubnd", "portal/01bf9d04a5b9e2c8.md", "87/2025/QĐ-UBND", "2025-11-19", "2025-12-01", None,
    [R("replaces", "15/2014/QĐ-UBND"), R("replaces", "22/2019/QĐ-UBND", alt=["22/201/QĐ-UBND"])], "dev")
doc(4, "cantho-2665-qd-ubnd", "portal/5be267825b46d313.md", "2665/QĐ-UBND", "2025-11-26", "2025-11-26", None,
    [R("replaces", "899/QĐ-UBND")], "holdout")
doc(5, "chinhphu-303-2025-nd-cp", "portal/e8b69e31579c0186.md", "303/2025/NĐ-CP", "2025-11-19", "2025-11-20", None,
    [R("replaces", "123/2016/NĐ-CP"), R("replaces", "101/2020/NĐ-CP"),
     R("abolishes", "83/2024/NĐ-CP", ["Điều 1"]), R("abolishes", "92/2017/NĐ-CP", ["Điều 5"]),
     R("abolishes", "158/2018/NĐ-CP", ["Điều 2 khoản 2 điểm a", "Điều 20 khoản 1 điểm b", "Điều 2 khoản 2 điểm b",
        "Điều 2 khoản 2 điểm d", "Điều 2 khoản 2 điểm e", "Điều 2 khoản 2 điểm h", "Điều 7 khoản 4 điểm d"])], "dev")
doc(6, "laichau-88-2025-qd-ubnd", "portal/50693ea4bb4bda20.md", "88/2025/QĐ-UBND", "2025-11-21", "2025-12-01", None,
    [R("replaces", "26/2019/QĐ-UBND")], "dev")
doc(7, "hanoi-71-2025-qd-ubnd", "portal/af2a4fc9b3a7aeeb.md", "71/2025/QĐ-UBND", "2025-11-26", "2025-12-06", None,
    [R("replaces", "35/2024/QĐ-UBND")], "dev")
doc(8, "bcdnndl-170-qd-bcdnndl", "portal/322358d6040a153b.md", "170/QĐ-BCĐNNDL", "2025-11-21", "2025-11-21", None,
    [R("replaces", "167/QĐ-BCĐNNDL")], "holdout")
doc(9, "quangninh-98-2025-qd-ubnd", "portal/2dd703fa6cbbc87b.md", "98/2025/QĐ-UBND", "2025-11-21", "2025-12-01", None,
    [R("replaces", "59/2024/QĐ-UBND"), R("replaces", "58/2024/QĐ-UBND")], "dev")
doc(10, "cantho-2579-qd-ubnd", "portal/1a434d0a7e14dc93.md", "2579/QĐ-UBND", "2025-11-21", "2025-11-21", None,
    [R("replaces", "1849/QĐ-UBND"), R("replaces", "824/QĐ-UBND")], "dev")
doc(11, "caobang-1949-qd-ubnd", "portal/55f3a3d0d7e08b45.md", "1949/QĐ-UBND", "2025-11-18", "2025-11-18", None,
    [R("replaces", "927/QĐ-UBND")], "dev")
doc(12, "bacninh-78-2025-qd-ubnd", "portal/de16a702fae1465d.md", "78/2025/QĐ-UBND", "2025-11-21", "2025-12-05", None,
    [R("abolishes", "17/2024/QĐ-UBND")], "holdout")
doc(13, "dongnai-2811-qd-ubnd", "portal/5884aa6f293e9bc0.md", "2811/QĐ-UBND", "2025-11-20", "2025-11-20", None,
    [], "dev")
doc(14, "cantho-2608-qd-ubnd", "portal/9d0926aa62bf16bd.md", "2608/QĐ-UBND", "2025-11-24", None, None,
    [R("abolishes", "1126/QĐ-UBND")], "dev")
doc(15, "laocai-2020-qd-ubnd", "portal/856f6487c18d75d0.md", "2020/QĐ-UBND", "2025-11-20", "2025-11-20", None,
    [R("replaces", "1533/QĐ-UBND")], "dev")
doc(16, "danang-81-2025-qd-ubnd", "portal/5545b1799f2968c0.md", "81/2025/QĐ-UBND", "2025-11-17", "2025-11-27", None,
    [R("abolishes", "55/2014/QĐ-UBND"), R("abolishes", "24/2019/QĐ-UBND"), R("abolishes", "08/2023/QĐ-UBND")], "holdout")
doc(17, "vinhlong-2637-qd-ubnd", "portal/741f24db1e774799.md", "2637/QĐ-UBND", "2025-11-16", "2025-11-16", None,
    [R("abolishes", "1374/QĐ-UBND"), R("amends", "2411/QĐ-UBND"), R("abolishes", "2411/QĐ-UBND")], "dev")
doc(18, "quangtri-2688-qd-ubnd", "portal/83652dd19c6fef24.md", "2688/QĐ-UBND", "2025-11-18", "2025-11-18", None,
    [R("abolishes", k) for k in ("90/2004/QĐ-UB", "02/2007/QĐ-UBND", "07/2014/QĐ-UBND", "41/2014/QĐ-UBND",
        "04/2016/QĐ-UBND", "31/2016/QĐ-UBND", "04/2017/QĐ-UBND", "07/2017/QĐ-UBND", "38/2017/QĐ-UBND",
        "35/2018/QĐ-UBND", "19/2020/QĐ-UBND", "32/2022/QĐ-UBND", "33/2022/QĐ-UBND", "55/2022/QĐ-UBND")], "dev")
doc(19, "hanoi-73-2025-qd-ubnd", "portal/f487be249577e090.md", "73/2025/QĐ-UBND", "2025-11-27", "2025-12-07", None,
    [R("abolishes", "22/2025/QĐ-UBND"), R("abolishes", "17/2025/QĐ-UBND", optional=True)], "dev")
doc(20, "hue-125-2025-qd-ubnd", "portal/f40e7ad008712591.md", "125/2025/QĐ-UBND", "2025-11-24", "2025-12-04", None,
    [R("implements", "1719/QĐ-TTg", optional=True)], "holdout")
doc(21, "cantho-160-kh-ubnd", "portal/5d99697f14bcf68a.md", "160/KH-UBND", "2025-11-19", None, None,
    [], "dev")
doc(22, "bacninh-1520-qd-ubnd", "portal/2e037ff2daea1c76.md", "1520/QĐ-UBND", "2025-11-22", "2025-11-22", None,
    [], "dev")
doc(23, "vpcp-11583-vpcp-cn", "portal/91035abb77ae0a1b.md", "11583/VPCP-CN", "2025-11-26", None, None,
    [R("implements", "4387/TB-VPQH")], "dev")
doc(24, "chinhphu-375-nq-cp", "portal/ccb7cba554ea36d2.md", "375/NQ-CP", "2025-11-20", None, None,
    [], "holdout")
doc(25, "hanoi-5721-qd-ubnd", "portal/478446b53ded4c18.md", "5721/QĐ-UBND", "2025-11-19", None, None,
    [R("extends", "3842/QĐ-UBND", optional=True)], "dev")
doc(26, "hcm-4085-ubnd-dt", "portal/717159673033f644.md", "4085/UBND-ĐT", "2025-11-25", None, None,
    [R("implements", "515/KH-BCA-BNN&MT", optional=True), R("implements", "94/KH-UBND", optional=True)], "dev")
doc(27, "daklak-031-2025-qd-ubnd", "portal/1726b1b0ca691ac5.md", "031/2025/QĐ-UBND", "2025-11-19", "2025-12-01", None,
    [], "dev")


def write() -> None:
    lines = []
    for d in DOCS:
        out = OUT / d["set"]
        (out / "gold").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / d["source"], out / f"{d['stem']}.md")
        g = {k: d[k] for k in ("source", "number", "issued_date", "effective_from", "effective_until", "relations")}
        (out / "gold" / f"{d['stem']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        lines.append(f"- `{d['set']}/{d['stem']}` ← `{d['source']}` ({d['number']})")
    (OUT / "SOURCES-A.md").write_text("# Sources of the relation gold, annotator A\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    write()
