"""What a reader of a result should know before trusting it: the `warnings` of a result, filled from the result itself.

Each warning is one string `"<code>: <detail>"` (the page shows the code in Vietnamese, the detail as it is):

    no_tasks            no task was found in the document
    no_number           the document's number (số ký hiệu) was not found
    no_date             the issue date was not found
    low_ocr_confidence  page N: OCR's mean word confidence is below LOW_OCR_CONFIDENCE
    low_quality_page    page N: what was read is below the reader's quality bar (its reason)
    unreadable_page     page N: nothing usable was read from the page (its reason); blank pages are not warned

Warnings the extractor already wrote are kept first. `with_warnings(result)` returns the result with them;
the store saves them with the document, and `kehoach extract` writes them.
"""
from __future__ import annotations

from models.result import PlanResult

#: Mean OCR word confidence (0-100) below which a page is worth checking by eye.
LOW_OCR_CONFIDENCE = 70.0
CODES = ("no_tasks", "no_number", "no_date", "low_ocr_confidence", "low_quality_page", "unreadable_page")


def result_warnings(result: PlanResult) -> list[str]:
    out = list(result.warnings)
    if not result.assignments:
        out.append("no_tasks: no task was found in the document")
    if not result.metadata.number:
        out.append("no_number: the document's number was not found")
    if not result.metadata.issued_date:
        out.append("no_date: the issue date was not found")
    src = result.source
    for page, conf in sorted(src.ocr_confidence.items()):
        if conf < LOW_OCR_CONFIDENCE:
            out.append(f"low_ocr_confidence: page {page}: OCR confidence {conf:.0f} (below {LOW_OCR_CONFIDENCE:.0f})")
    for r in src.page_reads:
        if r.path == "blank":
            continue
        if r.quality is None:
            out.append(f"unreadable_page: page {r.page}: {r.reason or 'nothing was read'}")
        elif r.reason:
            out.append(f"low_quality_page: page {r.page}: quality {r.quality:.2f} ({r.reason})")
    return list(dict.fromkeys(out))


def with_warnings(result: PlanResult) -> PlanResult:
    found = result_warnings(result)
    return result if found == list(result.warnings) else result.model_copy(update={"warnings": found})
