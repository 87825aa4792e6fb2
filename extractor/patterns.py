"""Every regular expression of the extractor, as a named constant with an example.

Patterns that are built from lexicons (document-type words, agency spellings,
law names) are assembled in the module that loads the lexicon; the fixed
grammar of Vietnamese official documents lives here. All patterns are written
to run in linear time on a single line or block: no nested unbounded
quantifiers, no backreferences.
"""
from __future__ import annotations

import re

# ----------------------------------------------------------------- characters

#: Vietnamese upper-case letters (for "starts with a capital" checks).
UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
#: Vietnamese lower-case letters.
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

# ------------------------------------------------------------- normalisation

#: Markdown emphasis and strike markers: "**53**", "__x__", "~~biên~~".
MARKUP_EMPHASIS = re.compile(r"\*\*|__|~~")
#: A Markdown heading prefix: "### **I. MỤC ĐÍCH**" -> "**I. MỤC ĐÍCH**".
MARKUP_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
#: A stray drafter's mark at the end of a line: "... theo quy định. / *Tu*", "Lưu: VT, NC. *ut*" (an italic word after a
#: sentence end), or "theo quy định./. A2" (a short code after the closing "./.").
STRAY_MARK = re.compile(r"(?:(?<=[.;])[ \t]*(?:/[ \t]*)?\*[A-Za-z]{1,6}\*|(?<=\./\.)[ \t]+[A-Za-z0-9]{1,4})[ \t]*$", re.M)
#: Single-asterisk italics around words: "*Nâng cao hiệu quả*" (the asterisks go, the words stay).
MARKUP_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,400}?)(?<=\S)\*(?![\w*])")
#: A Markdown bullet written with "*": "* Tổ chức ..." -> "- Tổ chức ...".
STAR_BULLET = re.compile(r"^([ \t]*)\*[ \t]+", re.M)
#: Invisible characters to drop: zero-width space/joiners, BOM, soft hyphen, bidi marks.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
#: C0/C1 control characters other than tab and newline.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Space-like characters other than the ASCII space: NBSP, thin space, ideographic space, tab.
ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
#: Runs of spaces inside a line: "Hoàn thành trước ngày  31/8/2025".
MULTI_SPACE = re.compile(r" {2,}")
#: A table row copied from a legal portal: "| ỦY BAN NHÂN DÂN | CỘNG HÒA ... |".
TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
#: A Markdown table separator row: "|---|:---:|".
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)
#: Consecutive table rows (a whole table).
TABLE_BLOCK = re.compile(r"(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+", re.M)
#: Header cells of a task table: "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành".
TASK_TABLE_HEADER = re.compile(r"chủ trì|phối hợp|đơn vị thực hiện|cơ quan thực hiện", re.I)
#: Line endings that close a sentence or a list item (no page-break join after them).
SENTENCE_END = re.compile(r"[.:;!?…|]\s*$|\./\.\s*$")
#: Words a line cannot end with when the next line continues the sentence in capitals ("phối hợp với Sở\nY tế").
LINE_CONTINUES = re.compile(
    r"(?<![\w])(?:của|và|với|các|Các|những|số|về|cho|tại|theo|trong|là|được|giữa|phối hợp|chủ trì|Sở|Ban|Bộ|Cục|Chi cục|Ủy ban|Hội|"
    r"yêu cầu|đề nghị|Quý|quý|ngày|Trung tâm|Giám đốc|Thủ trưởng|Chủ tịch|Hiệp hội|Liên minh|Liên đoàn|Ngân hàng|Mặt trận|Đài|Viện|Tòa án|Luật|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông tư|Nghị định|Kết luận|Công văn)$"
)
#: A line that starts a new list item or heading (never joined to the line before).
LIST_START = re.compile(r"^(?:\||[-–—+•●▪*]\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:\s|$)|[a-zđ]\s?\)(?:\s|$)|[IVXL]{1,6}\s*[.:)](?:\s|$)|Điều\s+\d|Chương\s+[IVXL]|PHẦN\s|Phần\s+[IVXL])")
#: Portal footers: "Nguồn tra cứu: vanban.phaplyvn.com".
PORTAL_FOOTER = re.compile(r"^\s*(?:Nguồn(?: tra cứu)?|Nguồn văn bản)\s*:\s*\S+\s*$", re.I)

# ------------------------------------------------------------------- blocks

#: A top-level Roman heading: "I. MỤC ĐÍCH, YÊU CẦU", "Phần II. NHIỆM VỤ", "IV - TỔ CHỨC THỰC HIỆN".
ROMAN_HEADING = re.compile(r"^(?:PHẦN|Phần)?\s*(?P<label>[IVXL]{1,6})\s*[.:)\-–]\s*(?P<rest>\S.*)$")
#: A numbered item: "1. Công an tỉnh", "2.3. Sở Văn hóa ...", "1.1 Mục tiêu chung".
NUMBERED_ITEM = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]\s*|\s+(?=\S))(?P<rest>\S.*)$")
#: A lettered item: "a) Tuyên truyền ...", "đ) ...".
LETTERED_ITEM = re.compile(r"^(?P<label>[a-zđ])\s*\)\s*(?P<rest>\S.*)$")
#: A dash or plus bullet: "- Chủ trì ...", "+ Tăng cường ...", "• ...".
BULLET_ITEM = re.compile(r"^(?P<mark>[-–—+•●▪])\s*(?P<rest>\S.*)$")
#: A line that holds only a heading label, its text wrapped onto the next line: "I.", "PHẦN II.", "2.1.", "a)".
LONE_LABEL = re.compile(r"^(?:(?:PHẦN|Phần)\s+)?(?:[IVXL]{1,6}\s*[.:)\-–]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\s*\))$")
#: Inline superscript items: "⁽¹⁾Kiểm chế ...; ⁽²⁾Đến năm 2025 ...".
INLINE_ITEM = re.compile(r"⁽(?P<label>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾")
#: The "Nơi nhận:" (recipients) label that ends the body.
RECIPIENTS_LABEL = re.compile(r"^\s*(?:Nơi nhận|NƠI NHẬN)\s*:?\s*(?P<rest>.*)$")
#: Closing formulas after the last task: "Trên đây là Kế hoạch ...", "Nhận Kế hoạch này, ...".
CLOSING_FORMULA = re.compile(
    r"^(?:Trên đây là\b|Nhận (?:được )?(?:Kế hoạch|Quyết định|Chỉ thị|Công văn|văn bản) này\b|"
    r"Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện(?:,| nếu)\b|"
    r"Căn cứ (?:ý kiến chỉ đạo|nội dung chỉ đạo|các nội dung|nội dung) (?:nêu )?trên\b|"
    r"(?:Yêu cầu|Đề nghị|(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|Thành phố)\s+(?:yêu cầu|đề nghị))\s"
    r"[^.]{0,250}?(?:\bthực hiện nghiêm(?: túc)?|\bnghiêm túc (?:triển khai )?(?:thực hiện|triển khai))\s*\./\.)"
)

# ----------------------------------------------------------------- metadata

#: The number: "Số: **53** /KH-UBND" (markup removed first), "Số 36-HD/VPTW", "Số: 327/KH-BCĐ"; anywhere in a header
#: line, since portals flatten the two-column header ("ỦY BAN NHÂN DÂN Số: 129/KH-UBND | CỘNG HÒA ...").
NUMBER_LINE = re.compile(
    r"(?<![\w])Số\s*:?\s*(?P<num>\d{1,5}[a-z]?)\s?(?P<sep>[/-])\s?(?P<sym>[A-ZĐÐ][A-Za-zĐđÐ0-9&]*(?:[-/][A-ZĐÐ0-9][A-Za-zĐđÐ0-9&]*)*)"
)
#: Place and date: "Thái Bình, ngày 14 tháng 9 năm 2017", " Hưng Yên, ngày 15 tháng 8 năm 2025" (anywhere in a header line).
PLACE_DATE = re.compile(
    rf"(?<![\w])(?P<place>[{UPPER}][{LOWER}]*(?:[ .-]+[{UPPER}][{LOWER}]*){{0,4}})\s*,\s*ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s+năm\s+(?P<y>\d{{4}})"
)
#: The national motto lines, which are not the issuer.
NATIONAL_MOTTO = re.compile(
    r"C[ỘO]NG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|"
    r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|[-_=*]{3,}", re.I)
#: Signing-authority prefix: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "Q. GIÁM ĐỐC".
SIGNING_PREFIX = re.compile(r"^\s*(?P<mode>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s+(?P<office>[A-ZĐ" + UPPER[3:] + r" ,.\-]{3,80})$")
#: An all-caps position line in the signature block: "PHÓ CHỦ TỊCH", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH".
POSITION_LINE = re.compile(rf"^\s*[{UPPER}][{UPPER} .,\-]{{2,60}}$")
#: A person's name: two to five capitalised syllables, "Phạm Văn Xuyên", "Nguyễn Lê Huy".
PERSON_NAME = re.compile(rf"^\s*(?P<name>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,4}})\s*$")
#: The subject that issues the plan in the opening sentence: "..., Ủy ban nhân dân tỉnh ban hành Kế hoạch".
ISSUES_VERB = re.compile(r"\s(?:ban hành|đề ra|xây dựng|triển khai)\s+(?:kế hoạch|chương trình|quyết định|hướng dẫn)\b", re.I)
#: Clause boundaries before the issuing subject.
CLAUSE_BOUNDARY = re.compile(r"[.;,:]\s+")
#: How an issuing subject opens: "Ủy ban nhân dân tỉnh", "UBND tỉnh", "Ban Chỉ đạo ...", "Sở Y tế" ("ủy ban": a legacy text lost the capital).
ISSUER_HEAD = re.compile(r"(?:[Ủủ]y ban|UBND|Ban |Hội đồng|HĐND|Sở |Tỉnh ủy|Thành ủy|Công an|Bộ |Văn phòng|BCĐ)")
#: Preamble paragraphs that state the legal basis: "Thực hiện ...", "Căn cứ ...".
BASIS_OPENING = re.compile(
    r"^(?:Thực hiện|Căn cứ|Thi hành|Triển khai thực hiện|Triển khai|(?:Để|Nhằm) (?:tiếp tục )?(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá|quán triệt))\b"
)
#: A parenthetical at the end of an issuing subject: "(Ban Chỉ đạo tỉnh)".
TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")

# ---------------------------------------------------------------- citations

#: Number and symbol of a cited document, after the type word:
#: "25/CT-TTg", "36-CT/TW", "132- KL/TW", "163/2024/QH15", "3524/BCA-C04", "245/KH-UBQG-BCA".
NUMBER_SYMBOL = (
    r"(?P<num>\d{1,5}[a-z]?)\s?(?P<sep>[/-])\s?"
    r"(?P<sym>(?:(?:19|20)\d{2}/)?[A-ZĐÐ][A-Za-zĐđÐ0-9&]*(?:[-/][A-ZĐÐ0-9][A-Za-zĐđÐ0-9&]*)*)"
)
#: The word "số" (with optional colon) between the type word and the number: "Chỉ thị số: 35-CT/TW".
NUMBER_WORD = r"(?:\s+số\s*:?\s*|\s+)"
#: A full date: "ngày 05/6/2017", "ngày 16-8-2019", "ngày 27 tháng 12 năm 2013", ", ngày 15/5/2016".
CITATION_DATE = re.compile(
    r"^\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s*(?P<m1>\d{1,2})\s*năm\s*(?P<y1>\d{4})|[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))"
)
#: "của <issuer>" right after the number or the date.
CITATION_OF = re.compile(r"^\s*,?\s*(?:của|do)\s+")
#: A joint document's parties: "giữa Hội Liên hiệp Phụ nữ Việt Nam và Bộ Công an “Quản lý ...".
CITATION_BETWEEN = re.compile(r"^\s*giữa\s+(?P<parties>[^“\"”;()]{3,160}?)(?=\s*[“\"]|\s+về\s|\s*[;(]|$)")
#: Where an issuer written without a lexicon entry stops.
ISSUER_STOP = re.compile(
    r"\s+(?:về|ngày|ban hành|phê duyệt|thực hiện|triển khai|tại|quy định|hướng dẫn|đã|theo|để|nhằm|trong)\b|[,;.()“\"]|$"
)
#: The Party term after an issuer: "khóa XII", "(khóa XI)", "khoá XIII".
ISSUER_TERM = re.compile(r"^\s*\(?\s*kh(?:óa|oá|oa)\s+[IVXL]+\s*\)?", re.I)
#: An abbreviation introduced for a citation: "(viết tắt là Nghị quyết số 93/NQ-CP)", "(sau đây gọi tắt là Chỉ thị 36)".
ABBREVIATION = re.compile(r"\(\s*(?:sau đây\s+)?(?:viết|gọi)\s+tắt\s+là\s*:?\s*(?P<alias>[^()]{2,120}?)\s*\)")
#: An article reference just before a law: "Điều 256a Luật số 86/2025/QH15", "khoản 3 Điều 7".
ARTICLE_BEFORE = re.compile(r"(?P<article>(?:(?:điểm\s+\w+\s+)?khoản\s+\d+\s+)?Điều\s+\d+[a-z]?(?:,\s*\d+[a-z]?)*)\s+(?:của\s+)?$")
#: A year given after a law's name: "Luật Phòng, chống ma túy năm 2021".
LAW_YEAR = re.compile(r"^\s*(?:năm\s+)?(?P<y>(?:19|20)\d{2})\b")
#: A date given after a law's name: "Pháp lệnh ... ngày 20 tháng 01 năm 2014".
LAW_DATE = re.compile(r"^\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
#: Where a law name found without a lexicon entry stops (", chống" continues the name: "Phòng, chống ma túy").
LAW_NAME_STOP = re.compile(
    r",(?!\s*chống\b)|[;.()“”\"\n]|\s+(?:và|năm|ngày|số|của|theo|để|đã|được|về|trong|nhằm|hiện hành|quy định|hướng dẫn|có|các|cùng|với)\b"
)
#: Separators allowed between two citations of one list at the same depth.
CITATION_LIST_GAP = re.compile(r"^(?:\s|,|;|\(|\)|và\b|cùng\b)*$")

# --------------------------------------------------------------- deadlines

#: Anything a deadline needs (a digit, a period word or "định kỳ"): spans without it are skipped fast.
DEADLINE_TRIGGER = re.compile(r"\d|[Đđ]ịnh kỳ|h[àằ]ng\s+(?:năm|quý|tháng|tuần)|[Qq]uý", re.I)
#: A date with its year: "31/8/2025", "16-8-2019", "05 tháng 6 năm 2017" (after "ngày").
DATE_DMY = (
    r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})"
    r"|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2}))"
)
#: A one-off deadline: "Hoàn thành trước ngày 31/8/2025", "chậm nhất ngày 15/12/2024", "trước 30/6/2025".
DEADLINE_BY_DATE = re.compile(
    r"(?:(?:hoàn thành|xong|thực hiện xong|báo cáo)\s+)?(?:trước|chậm nhất(?:\s+trước)?|hạn chót|không muộn hơn)\s+(?:ngày\s+)?" + DATE_DMY,
    re.I,
)
#: A yearly schedule with day and month: "trước ngày 10/11 hàng năm", "6 tháng trước ngày 15/6", "trước ngày 15/12 hằng năm".
DEADLINE_YEARLY_DAY = re.compile(
    r"(?:trước|chậm nhất(?:\s+trước)?|vào)\s+ngày\s+(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?![\d/.\-])", re.I
)
#: A monthly schedule: "ngày 20 hàng tháng", "trước ngày 25 hằng tháng".
DEADLINE_MONTHLY_DAY = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+h[àằ]ng\s+tháng", re.I)
#: A quarter with its year: "Quý II/2024", "quý IV năm 2025", "Quý 4/2025".
QUARTER = re.compile(r"\b[Qq]uý\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:/|năm\s+)(?P<y>(?:19|20)\d{2})")
#: A month with its year after a time word: "trong tháng 6/2025", "trước tháng 10 năm 2025".
MONTH_DEADLINE = re.compile(
    r"(?:trong|trước|hoàn thành|xong|đến hết|hết)\s+tháng\s+(?P<m>\d{1,2})\s*(?:/|năm\s+)(?P<y>(?:19|20)\d{2})", re.I
)
#: A periodic schedule: "định kỳ 06 tháng, 01 năm", "Định kỳ Quý, 06 tháng, 01 năm", "định kỳ (6 tháng, 01 năm)".
PERIODIC = re.compile(
    r"[Đđ]ịnh kỳ\s*\(?\s*(?P<list>(?:(?:h[àằ]ng\s+)?(?:\d{1,2}\s+)?(?:tháng|năm|quý|Quý|tuần)(?:\s*[,;]\s*|\s+và\s+|\s+hoặc\s+|\s*/\s*)?){1,4})"
)
#: One period of a periodic list: "06 tháng", "01 năm", "Quý", "hằng quý".
PERIOD_ITEM = re.compile(r"(?:h[àằ]ng\s+)?(?P<n>\d{1,2})?\s*(?P<unit>tháng|năm|quý|tuần)", re.I)
#: An every-period adverb: "hàng năm", "hằng quý", "hằng tháng".
EVERY_PERIOD = re.compile(r"\bh[àằ]ng\s+(?P<unit>năm|quý|tháng|tuần)\b", re.I)
#: What may stand before an every-period adverb that opens a clause: start, punctuation, "đồng thời", "và".
CLAUSE_OPENER = re.compile(r"(?:^|[,;:(]\s*|\bđồng thời\s+|\bvà\s+|\bsau đó\s+)$", re.I)
#: Reporting verbs that may stand right before a schedule: "báo cáo hằng quý", "tổng hợp hàng năm".
REPORT_VERB_BEFORE = re.compile(r"\b(?:báo cáo|tổng hợp|đánh giá|sơ kết|tổng kết|kiểm tra|rà soát|thống kê)\s*$", re.I)

# ------------------------------------------------------------------ targets

#: A percentage: "50%", "37,5%", "trên 90 %".
PERCENT = re.compile(r"(?P<v>\d{1,3}(?:[.,]\d{1,2})?)\s?%")
#: A target year: "đến năm 2030", "Năm 2025:", "trong năm 2025", "đến hết năm 2026".
TARGET_YEAR = re.compile(r"(?:[Đđ]ến(?: hết)?\s+|[Tt]rong\s+|[Nn]gay trong\s+|^|\b)[Nn]ăm\s+(?P<y>(?:19|20)\d{2})\b")

# -------------------------------------------------------------- assignments

#: A leading word that introduces the assignee: "Giao Công an tỉnh ...", "Đề nghị Viện Kiểm sát ...", "Đối với Sở Y tế".
SUBJECT_LEAD = re.compile(
    r"^(?P<lead>Giao cho|Giao|Đề nghị|Yêu cầu|Kính đề nghị|Đối với|Trách nhiệm của|Nhiệm vụ của|"
    r"(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố)\s+(?:yêu cầu|giao|đề nghị))\s*:?\s+", re.I)
#: A person's title before the body they head, in an assignee heading: "Giám đốc Sở Y tế", "Chủ tịch UBND các xã".
PERSON_TITLE_LEAD = re.compile(
    r"(?:Giám đốc|Chủ tịch|Thủ trưởng|Chánh Văn phòng|Chỉ huy trưởng|Cục trưởng|Chi cục trưởng|Trưởng ban|Trưởng|Viện trưởng|Chánh án)\s+(?=\S)"
)
#: Position words of a signature block (an all-caps line made of them is a position, not a name).
POSITION_WORDS = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|TRƯỞNG PHÒNG|THỦ TRƯỞNG|"
    r"VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHỈ HUY TRƯỞNG|TRƯỞNG|ỦY VIÊN|THƯỜNG TRỰC)\b"
)
#: An all-caps person's name: "NGUYỄN VĂN AN".
PERSON_NAME_CAPS = re.compile(rf"^\s*(?P<name>[{UPPER}]+(?:\s+[{UPPER}]+){{1,4}})\s*$")
#: A leading "Căn cứ Kế hoạch này," clause before the assignee: "Căn cứ Kế hoạch này, các sở, ...".
SUBJECT_PREFIX_CLAUSE = re.compile(r"(?:Căn cứ|Trên cơ sở)\s+[^,;:]{3,80},\s+")
#: A heading that names a kind of body by a plural noun ("5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công
#: nghiệp"), not a topic ("Các nhiệm vụ trọng tâm", "Các giải pháp").
GROUP_HEADING = re.compile(
    r"[Cc]ác\s+(?!(?:nhiệm vụ|giải pháp|hoạt động|nội dung|chương trình|chỉ tiêu|mục tiêu|công việc|biện pháp|dự án|đề án|"
    r"văn bản|quy định|chính sách|lĩnh vực|vấn đề|yêu cầu|tiêu chí|bước|giai đoạn|công trình)\b)[a-zđà-ỹ]")
#: A leading clause that may hold commas before the subject: "Trong quá trình triển khai thực hiện Kế hoạch, nếu có
#: khó khăn, vướng mắc, các sở, ban, ngành ... kịp thời phản ánh", "Định kỳ 6 tháng, hằng năm, Sở Y tế tổng hợp".
SUBJECT_PREFIX_OPENER = re.compile(
    r"(?:Căn cứ|Trên cơ sở|Trong quá trình|Trong thời gian|Để|Nhằm|Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hàng quý|Sau khi|Khi|"
    r"Trường hợp|Ngoài ra|Đồng thời|Bên cạnh đó)\b")
#: (Patterns below are used with .match(text, pos), which anchors at pos: no "^".)
#: Separators inside a list of agencies: ", ", "; ", " và ", " cùng ".
AGENCY_LIST_SEP = re.compile(r"\s*(?:,|;|và\b|cùng\b|,\s*và\b)\s*")
#: Qualifiers after an agency that are part of the mention: "cùng cấp", "các cấp", "tỉnh" (dangling).
AGENCY_QUALIFIER = re.compile(r"\s*(?:cùng cấp|các cấp|cấp tỉnh|tỉnh(?!\s*[A-ZĐ]))\b")
#: "các sở: Công Thương, Y tế" / "các Sở: ..." introduces bare department names.
DEPARTMENT_LIST_INTRO = re.compile(r"\s*các\s+sở\s*:\s*", re.I)
#: The words that open a partner list after "phối hợp": "chặt chẽ", "với", "giữa".
PARTNER_OPENER = re.compile(r"\s*(?:(?:chặt chẽ|thường xuyên|hành động|cùng)\s+)*(?:với|giữa)?\s*", re.I)
#: "phối hợp" anywhere in a task text.
COORDINATE = re.compile(r"\bphối hợp\b", re.I)
#: Adverbs that do not count as the first verb: "Tiếp tục phối hợp", "Chủ động phối hợp", "Tăng cường phối hợp".
LEADING_ADVERB = re.compile(r"^(?:tiếp tục|tăng cường|chủ động|thường xuyên|tích cực|kịp thời|khẩn trương|trực tiếp)\s+", re.I)
#: First verb "chủ trì" (lead).
LEAD_VERB = re.compile(r"^chủ trì\b", re.I)
#: First verb "phối hợp" (support).
SUPPORT_VERB = re.compile(r"^phối hợp\b", re.I)
#: A responsibility attribute of a task: "Cơ quan chủ trì: Sở Y tế", "Đơn vị phối hợp: ...", "Chủ trì thực hiện: ...".
TASK_ATTRIBUTE = re.compile(
    r"(?<![\w])(?:(?:Cơ quan|Đơn vị|Cơ quan, đơn vị)\s+)?(?P<kind>chủ trì|phối hợp|thực hiện)(?:\s+thực hiện)?\s*:\s*", re.I
)
#: The time attribute of a task: "Thời gian thực hiện: Quý II/2025", "Thời hạn hoàn thành: trước ngày 30/6/2025".
TIME_ATTRIBUTE = re.compile(r"(?<![\w])(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*", re.I)
#: A trailing parenthetical that assigns the task: "(Sở Tư pháp chủ trì, phối hợp với ...; hoàn thành Quý III/2025)".
ASSIGNING_PAREN = re.compile(r"\((?P<inner>[^()]{4,400}?\bchủ trì\b[^()]{0,400})\)\s*[.;]?\s*$")
#: A task text that only introduces sub-items: "..., cụ thể:", "thực hiện các nhiệm vụ sau:".
INTRO_ENDING = re.compile(r":\s*$")
