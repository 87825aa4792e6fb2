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
#: A line holding only an item's label, its text on the next line (portal hard wraps): "-\nPhân công ...",
#: "**1.\nNhiệm vụ của ...**", "*1.1.\nTrưởng Ban Chỉ đạo*", "a)\nTổ chức ...". Not: "1\n" (a table's STT cell),
#: "- Tổ chức\n..." (text after the label). The break is replaced by a space (same length: offsets stay exact).
LABEL_ONLY_LINE = re.compile(
    r"^[ \t]*[*_]{0,2}[ \t]*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.|[a-zđ]\)|[-+•])[ \t]*[*_]{0,2}[ \t]*\n"
    r"(?=[ \t]*[*_]{0,2}[ \t]*[^\s|*_\-+•])", re.M)
#: Single-asterisk italics around words: "*Nâng cao hiệu quả*" (the asterisks go, the words stay); also over a
#: portal's hard line wraps ("*1.3. Các cơ quan ... Nông\nnghiệp ...)*"), not across a blank line.
MARKUP_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)((?:[^*\n]|\n(?![ \t]*\n)){1,400}?)(?<=\S)\*(?![\w*])")
#: An item label in italics of its own: "*a) *Tổ chức ...", "*2. *Sở Tư pháp" -> "a) Tổ chức ...".
ITALIC_LABEL = re.compile(r"^([ \t]*)\*((?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,3})[.)])[ \t]*\*[ \t]*(?=\S)", re.M)
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
SENTENCE_END = re.compile(r"[.:;!?…|][”\"]?\s*$|\./\.\s*$")
#: Words a line cannot end with when the next line continues the sentence in capitals ("phối hợp với Sở\nY tế").
LINE_CONTINUES = re.compile(
    r"(?<![\w])(?:của|và|với|các|Các|những|số|về|cho|tại|theo|trong|là|được|giữa|thuộc|phối hợp|chủ trì|Thủ tướng|Sở|Ban|Bộ|Cục|Chi cục|Ủy ban|Hội|Việt|"
    r"yêu cầu|đề nghị|Yêu cầu|Đề nghị|Giao|Quý|quý|ngày|nhân dân|ngang|Trung tâm|Giám đốc|Thủ trưởng|Chủ tịch|Hiệp hội|Liên minh|Liên đoàn|Ngân hàng|Mặt trận|Mặt trận Tổ quốc|hệ thống|Đài|Viện|Tòa án|Luật|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông tư|Nghị định|Kết luận|Công văn)$"
)
#: A line that starts a new list item or heading (never joined to the line before).
LIST_START = re.compile(r"^(?:\||[-–—+•●▪*]\s|\((?:i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:\s|$)|[a-zđ]\s?\)(?:\s|$)|[IVXL]{1,6}\s*[.:)](?:\s|$)|Điều\s+\d|Chương\s+[IVXL]|PHẦN\s|Phần\s+[IVXL])")
#: Portal footers: "Nguồn tra cứu: vanban.phaplyvn.com".
PORTAL_FOOTER = re.compile(r"^\s*(?:Nguồn(?: tra cứu)?|Nguồn văn bản)\s*:\s*\S+\s*$", re.I)

# ------------------------------------------------------------------- blocks

#: A top-level Roman heading: "I. MỤC ĐÍCH, YÊU CẦU", "Phần II. NHIỆM VỤ", "IV - TỔ CHỨC THỰC HIỆN".
ROMAN_HEADING = re.compile(r"^(?:PHẦN|Phần)?\s*(?P<label>[IVXL]{1,6})\s*[.:)\-–]\s*(?P<rest>\S.*)$")
#: A numbered item: "1. Công an tỉnh", "2.3. Sở Văn hóa ...", "1.1 Mục tiêu chung".
#: (Not a clause quoted with an ellipsis, "9... Việc miễn, giảm ...": that is no item of this document.)
NUMBERED_ITEM = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)](?![.…])\s*|\s+\.(?![.…])\s*|\s+(?=[^\s.…]))(?P<rest>\S.*)$")
#: A lettered item: "a) Tuyên truyền ...", "đ) ...".
LETTERED_ITEM = re.compile(r"^(?P<label>[a-zđ])\s*\)\s*(?P<rest>\S.*)$")
#: A dash or plus bullet: "- Chủ trì ...", "+ Tăng cường ...", "• ...".
BULLET_ITEM = re.compile(r"^(?P<mark>[-–—+•●▪])\s*(?P<rest>\S.*)$")
#: A sub-item numbered in parentheses, under an item of a conclusion notice: "(i) Tập đoàn ... báo cáo ...", "(iv) Giao
#: Bộ Công Thương ...", "(1) Giao Bộ Nông nghiệp và Môi trường chủ trì ...". Not: "(i)" inside a sentence, "(Dự thảo)".
ROMAN_SUBITEM = re.compile(r"^\((?P<label>i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s+(?P<rest>\S.*)$")
#: A line that holds only a heading label, its text wrapped onto the next line: "I.", "PHẦN II.", "2.1.", "a)".
LONE_LABEL = re.compile(r"^(?:(?:PHẦN|Phần)\s+)?(?:[IVXL]{1,6}\s*[.:)\-–]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\s*\))$"
                        r"|^(?:CHƯƠNG|Chương)\s+[IVXL]{1,6}\.?$|^Điều\s+\d{1,3}\s*[.:]$")
#: A chapter of a regulation (Quy chế, Quy định): "Chương I" / "CHƯƠNG II. QUY ĐỊNH CHUNG" (its title often on the
#: next line); a top-level section like a Roman heading.
CHAPTER_HEADING = re.compile(r"^(?:CHƯƠNG|Chương)\s+(?P<label>[IVXL]{1,6})\b\s*[.:\-–]?\s*(?P<rest>\S.*)$")
#: "Chương" hard-wrapped before its numeral: "Chương\nIII".
CHAPTER_WRAP = re.compile(r"^(?:CHƯƠNG|Chương)\n(?=[IVXL]{1,6}$)|^Điều\n(?=\d{1,3}\.(?:\s|$))", re.M)
#: An article: "Điều 5. Trách nhiệm của Sở Tài chính", "Điều 14." (its heading on the next line).
ARTICLE_HEADING = re.compile(r"^Điều\s+(?P<label>\d{1,3})\s*[.:]\s*(?P<rest>\S.*)?$")
ARTICLE_START = re.compile(r"Điều\s+\d{1,3}\s*[.:]\s")
#: Words before the body an article heading names: "Nội dung Sở X có trách nhiệm chủ trì", "Nhiệm vụ, quyền hạn của X".
ARTICLE_SUBJECT_PREFIX = re.compile(r"^(?:Nội dung|(?:Nhiệm vụ|Trách nhiệm),\s*quyền hạn của|Quyền hạn,\s*trách nhiệm của)\s+", re.I)
#: An article heading that names whose duties the article lists: "Trách nhiệm của ...", "Nhiệm vụ, quyền hạn của ...",
#: "Trách nhiệm và quyền hạn của ...".
ARTICLE_HOLDER = re.compile(
    r"^(?:Trách nhiệm|Nhiệm vụ|Quyền hạn)(?:\s*(?:,|và)\s*(?:trách nhiệm|nhiệm vụ|quyền hạn|quyền lợi))*\s+của\s+(?=\S)", re.I)
#: Where the holder's name in such a heading ends and the topic begins: "Trách nhiệm của các cơ quan, đơn vị | trong
#: việc thực hiện Quy chế", "... | về công tác ...", "... | đối với ...", "... | (nếu có)".
HOLDER_TOPIC = re.compile(r"\s*\(|\s+(?:trong|về|khi|đối với|nhằm|để|trên địa bàn)\s")
#: A line that names the document itself as the object the line before left open: "1. Giao Ủy ban nhân dân Thành phố
#: tổ chức thực hiện" / "Nghị quyết." (also "Nghị quyết; chỉ đạo ...", "Quyết định này ..."), with the verbs it follows.
OWN_DOCUMENT_LINE = re.compile(
    r"^(?:Nghị quyết|Quyết định|Quy chế|Quy định|Kế hoạch|Chỉ thị|Chương trình|Đề án|Thông tư|Nghị định|Hướng dẫn)"
    r"(?:\s+(?:này\b|số\b|[a-zđà-ỹ])|\s*[.;,:])")
OBJECT_VERB_END = re.compile(r"(?<![\w])(?:thực hiện|triển khai|thi hành|hướng dẫn|tổ chức|ban hành|xây dựng|trình|"
                             r"phê duyệt|của|theo)$")
#: A body's name wrapped before the place it belongs to: "Thường trực Hội đồng nhân dân" / "Thành phố; các Ban ...".
PLACE_AFTER_COUNCIL = re.compile(r"(?<![\w])(?:[Hh]ội đồng nhân dân|[Ủủ]y ban nhân dân|Tổ quốc Việt Nam(?: các cấp)?)$")
PLACE_LINE = re.compile(r"^(?:Thành phố|thành phố|[Tt]ỉnh|cấp (?:tỉnh|huyện|xã))(?![\w])")
#: A request to named bodies inside a letter's paragraph: "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh ...",
#: "Vì vậy, đề nghị ...", "Sở Giáo dục và Đào tạo đề nghị UBND các xã ..." (the issuer, or a sentence start, before it).
REQUEST_CLAUSE = re.compile(r"(?:(?<=[.;:]\s)|(?<=^)|(?<=\n)|(?:Vì vậy|Do đó|Vì thế|Theo đó),\s*|(?:Bộ|Sở|Ủy ban nhân dân|UBND|Văn phòng|Cục|Ban)\s[^.;:\n]{1,60}?\s)(?P<lead>[Đđ]ề nghị)\s+(?=[A-ZĐÀ-Ỹa-zđ])")

#: Inline superscript items: "⁽¹⁾Kiểm chế ...; ⁽²⁾Đến năm 2025 ...".
INLINE_ITEM = re.compile(r"⁽(?P<label>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾")
#: The "Nơi nhận:" (recipients) label that ends the body.
RECIPIENTS_LABEL = re.compile(r"^\s*(?:Nơi nhận|NƠI NHẬN)\s*:?\s*(?P<rest>.*)$")
#: Closing formulas after the last task: "Trên đây là Kế hoạch ...", "Nhận Kế hoạch này, ...".
CLOSING_FORMULA = re.compile(
    r"^(?:Trên đây là\b|Nhận (?:được )?(?:Kế hoạch|Quyết định|Chỉ thị|Công văn|văn bản) này\b|"
    r"Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện(?:,| nếu)\b|"
    # a resolution's last line: "Nghị quyết này đã được Hội đồng nhân dân thành phố Huế khóa VIII, Kỳ họp ... thông qua"
    r"Nghị quyết này (?:đã )?được Hội đồng nhân dân\b[^.]{0,200}?\bthông qua\b|"
    r"Căn cứ (?:ý kiến chỉ đạo|nội dung chỉ đạo|các nội dung|nội dung) (?:nêu )?trên\b|"
    r"(?:Yêu cầu|Đề nghị|(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|Thành phố)\s+(?:yêu cầu|đề nghị))\s"
    r"[^.]{0,250}?(?:\bthực hiện nghiêm(?: túc)?|\bnghiêm túc (?:triển khai )?(?:thực hiện|triển khai))\s*\./\.|"
    # a notice's last line: "Văn phòng Chính phủ thông báo để Bộ Tư pháp và các cơ quan liên quan biết, thực hiện./."
    r"[^.]{0,100}?\bthông báo để\s[^.]{0,250}?\bbiết\b[^.]{0,40}?\./\.)"
)

# ----------------------------------------------------------------- metadata

#: The number: "Số: **53** /KH-UBND" (markup removed first), "Số 36-HD/VPTW", "Số: 327/KH-BCĐ"; anywhere in a header
#: line, since portals flatten the two-column header ("ỦY BAN NHÂN DÂN Số: 129/KH-UBND | CỘNG HÒA ...").
NUMBER_LINE = re.compile(
    r"(?<![\w])Số\s*:?\s*(?P<num>\d{1,5}[a-z]?)\s?(?P<sep>[/-])\s?(?P<sym>[A-ZĐÐ][A-Za-zĐđÐ0-9&]*(?:[-/][A-ZĐÐ0-9][A-Za-zĐđÐ0-9&]*)*)"
)
#: The words of a header's date as OCR may read them, a tone or a breve misread: "ngày 31 tháng 3 nắm 2020" (the
#: words stand in their fixed order before figures, so a misread one is still the date's).
NGAY = r"ng[aàáảãạ]y"
THANG = r"th[aàáảãạ]ng"
NAM = r"n[aàáảãạăằắẳẵặâầấẩẫậ]m"
#: A date line's first word: "ngày", or OCR's "ngảy".
DAY_WORD = re.compile(rf"(?<![\w]){NGAY}(?![\w])")
#: Place and date: "Thái Bình, ngày 14 tháng 9 năm 2017", " Hưng Yên, ngày 15 tháng 8 năm 2025" (anywhere in a header line).
PLACE_DATE = re.compile(
    rf"(?<![\w])(?P<place>[{UPPER}][{LOWER}]*(?:[ .-]+[{UPPER}][{LOWER}]*){{0,4}})\s*,\s*{NGAY}\s+(?P<d>\d{{1,2}})\s+{THANG}\s+(?P<m>\d{{1,2}})\s+{NAM}\s+(?P<y>\d{{4}})"
)
#: The number in a document's header, over hard-wrapped lines: "Số:\n2820/QĐ-UBND", "Số: 193 /UBND-KT", "Số: 87/2025/QĐ-UBND",
#: "Số 36-HD/VPTW", "Luật số: 84/2025/QH15", a portal's "Số hiệu: 980/KH-UBND"; a draft's blank number "Số:   /SCT-CN" (num
#: missing).
HEADER_NUMBER = re.compile(
    r"(?<![\w])[Ss]ố(?:[ \t]+hiệu)?[ \t]*:?\s{0,40}(?P<num>\d{1,6}[a-z]?)?[ \t]{0,40}(?P<sep>[/-])[ \t]?"
    r"(?P<sym>(?:(?:19|20)\d{2}/)?[A-ZĐÐ][A-Za-zĐđÐ0-9&]*(?:[ \t]?[-/]\s?[A-ZĐÐ0-9][A-Za-zĐđÐ0-9&]*)*)"
)
#: The header's place and date, over hard-wrapped lines and with or without the comma: "Hà\nNội, ngày 21 tháng 11 năm 2025",
#: "Hà Nội ngày 01\ntháng 12 năm 2025", "ngày 10 tháng 01năm 2026"; a draft's blank day "ngày    tháng 4 năm 2026" (d missing).
HEADER_DATE = re.compile(
    rf"(?:(?P<place>[{UPPER}][{LOWER}]*(?:[ \t\n.-]{{1,3}}[{UPPER}][{LOWER}]*){{0,4}})[ \t\n]*,?[ \t\n]*)?"
    rf"{NGAY}[ \t\n*]*(?P<d>\d{{1,2}})?[ \t\n._…*]{{0,40}}{THANG}[ \t\n*]*(?P<m>\d{{1,2}})?[ \t\n._…*]{{0,40}}{NAM}[ \t\n*]*(?P<y>\d{{4}})?"
)
#: The subject line of a letter (Công văn): "V/v tăng cường công tác ...", "V/v: ...", "Về việc ..." under the number.
#: A letter's subject after the number on the same line: "Số: 5387/CT-CS v/v trả lời phản ánh kiến nghị".
SUBJECT_AFTER_NUMBER = re.compile(r"^\s*Số\b[^\n]{0,40}?\s(?P<subject>[Vv]/[Vv](?![\w]).*)$")
SUBJECT_LINE = re.compile(r"^\s*(?:V/v|V/V|v/v)(?![\w])\s*[:.]?\s*(?P<rest>.*)$", re.S)
#: Where the national motto starts in a header line: "CỘNG HÒA XÃ", "CỘNG\nHÒA", "ĐẢNG CỘNG SẢN VIỆT NAM".
MOTTO_START = re.compile(r"^\s*(?:C[ỘO]NG(?:\s+H(?:ÒA|OÀ))?\s*$|C[ỘO]NG\s+H(?:ÒA|OÀ)\b|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–])", re.I)
#: Words that end a title line which the next line continues: "... CỦA\nỦY BAN NHÂN DÂN TỈNH".
TITLE_CONNECTOR = re.compile(r"(?<![\w])(?:của|và|về|cho|tại|với|trên|theo|đối với|giữa|thuộc|trong)\s*$", re.I)
#: Place-level words that continue a header name over a line break: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU".
HEADER_PLACE_WORD = re.compile(r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\b", re.I)
#: A central "Bộ ... / Chính phủ" issuer is not tied to its place line; a local body is: the words that make an issuer local.
LOCAL_ISSUER = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|sở|ủy ban nhân dân|hội đồng nhân dân|tỉnh ủy|thành ủy|huyện ủy)(?![\w])", re.I)
#: The national motto lines, which are not the issuer.
NATIONAL_MOTTO = re.compile(
    r"C[ỘO]NG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|"
    r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|[-_=*]{3,}", re.I)
#: Signing-authority prefix: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "Q. GIÁM ĐỐC".
SIGNING_PREFIX = re.compile(r"^\s*(?P<mode>TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s+(?P<office>[A-ZĐ" + UPPER[3:] + r" ,.\-]{2,80})$")
#: The signing mode alone on its line, the office on the next (portals split "KT.\nCHỦ TỊCH"): the signature block starts.
SIGNING_MODE_ALONE = re.compile(r"^\s*(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\s*\.?\s*$")
#: An all-caps position line in the signature block: "PHÓ CHỦ TỊCH", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH".
POSITION_LINE = re.compile(rf"^\s*[{UPPER}][{UPPER} .,\-]{{2,60}}$")
#: A person's name: two to five capitalised syllables, "Phạm Văn Xuyên", "Nguyễn Lê Huy".
PERSON_NAME = re.compile(rf"^\s*(?P<name>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,4}})\s*$")
#: The subject that issues the plan in the opening sentence: "..., Ủy ban nhân dân tỉnh ban hành Kế hoạch".
ISSUES_VERB = re.compile(r"\s(?:ban hành|đề ra|xây dựng|triển khai)\s+(?:kế hoạch|chương trình|quyết định|hướng dẫn|nghị định|thông tư|nghị quyết|chỉ thị)\b", re.I)
#: Clause boundaries before the issuing subject.
CLAUSE_BOUNDARY = re.compile(r"[.;,:]\s+")
#: How an issuing subject opens: "Ủy ban nhân dân tỉnh", "UBND tỉnh", "Ban Chỉ đạo ...", "Sở Y tế" ("ủy ban": a legacy text lost the capital).
ISSUER_HEAD = re.compile(r"(?:[Ủủ]y ban|UBND|Ban |Hội đồng|HĐND|Sở |Tỉnh ủy|Thành ủy|Công an|Bộ |Văn phòng|BCĐ|Chính phủ|Thủ tướng|Quốc hội)")
#: Preamble paragraphs that state the legal basis: "Thực hiện ...", "Căn cứ ...".
BASIS_OPENING = re.compile(
    r"^(?:Thực hiện|Căn cứ|Thi hành|Triển khai thực hiện|Triển khai|(?:Để|Nhằm) (?:tiếp tục )?(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá|quán triệt))\b"
)
#: A basis verb in a title: "Triển khai thi hành Luật Việc làm", "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD",
#: "THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG" (matched on the folded text).
TITLE_BASIS_VERB = re.compile(r"(?<![\w])(?:thực\s+hiện|triển\s+khai|thi\s+hành|căn\s+cứ|quán\s+triệt)(?![\w])")
#: A sentence end inside an opening paragraph: "... quốc gia. UBND thành phố ..." (not "TP. Hà Nội").
SENTENCE_BREAK = re.compile(rf"(?<!\bTP)(?<!\bTp)(?<!\b[{UPPER}])\.\s+(?=[{UPPER}])")
#: The issuing clause that closes an opening: "..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ..." (its start).
ISSUING_CLAUSE = re.compile(
    r"[;,.]\s*(?=(?:[Ủủ]y ban|Uỷ ban|UBND|Ban |Hội đồng|HĐND|Sở |Tỉnh ủy|Thành ủy|Công an|Bộ |Văn phòng|BCĐ)[^;,.\n]{0,80}?"
    r"\s(?:ban hành|đề ra|xây dựng)\s+(?:[Kk]ế hoạch|[Cc]hương trình|[Qq]uyết định|[Hh]ướng dẫn|[Cc]hỉ thị|[Đđ]ề án|[Pp]hương án))"
)
#: A paragraph that cites a provision and quotes it next: "Căn cứ khoản 3 Điều 16 Nghị định số 132/2020/NĐ-CP ngày
#: 05/11/2020 của Chính phủ, quy định:", "Tại điểm a khoản 1 Điều 2 Thông tư số 111/2013/TT-BTC quy định như sau:".
QUOTED_LAW_INTRO = re.compile(r"\bquy định(?: như sau)?\s*:$")
QUOTED_LAW_CITE = re.compile(r"^(?:Căn cứ|Theo|Tại)\b")
#: The subject line of a Công văn, its title: "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ...".
CITE_SUBJECT_LINE = re.compile(r"^\s*\(?\s*(?:V/v|V/V|v/v|Về việc)\s")
#: The start of an appendix after the signature: "PHỤ LỤC", "Phụ lục I", "(Kèm theo Kế hoạch số ...)".
APPENDIX_START = re.compile(r"^\s*(?:PHỤ LỤC|Phụ lục|\(?\s*(?:Ban hành )?[Kk]èm theo)\b")
#: A form's label alone on its line, the forms a regulation or plan carries at its end: "Mẫu số 01", "MẪU 02", "Biểu mẫu số 3".
FORM_LABEL = re.compile(r"^[\s*#]*(?:Mẫu|MẪU|Biểu mẫu|BIỂU MẪU)(?:\s+(?:số|SỐ))?\s*\d{1,3}[a-z]?[\s*]*$")
#: A legal portal's own page text after the document: "Văn bản liên quan", "Tình trạng: Đã biết", "THƯ VIỆN PHÁP LUẬT".
PORTAL_TAIL = re.compile(
    r"^\s*(?:Văn bản liên quan|Bản dịch này thuộc|Tình trạng\s*:|Hiệu lực\s*:|Cảm ơn đã dùng|"
    r"Văn bản này chưa cập nhật|Số hiệu\s*:|Loại văn bản\s*:|.{0,80}?THƯ VIỆN PHÁP LUẬT)"
)
#: Where the name of a steering committee written after "của" stops: "Ban Chỉ đạo về phát triển khoa học, công nghệ, ...
#: và chuyển đổi số tỉnh | ban hành ...", "Ban Chỉ đạo Trung ương | , Ủy ban nhân dân tỉnh".
DESCRIBED_ISSUER_STOP = re.compile(
    rf"\s+(?:về|ngày|ban hành|phê duyệt|tại|quy định|hướng dẫn|đã|theo|để|nhằm|thực hiện|triển khai|trên|thông báo|kết luận|"
    rf"số(?=\s*\d))(?![\w])|"
    rf"[;.()“\"\n]|,\s*(?=[{UPPER}\d])|$"
)
#: A parenthetical at the end of an issuing subject: "(Ban Chỉ đạo tỉnh)".
TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")

# ---------------------------------------------------------------- citations

#: Number and symbol of a cited document, after the type word:
#: "25/CT-TTg", "36-CT/TW", "132- KL/TW", "163/2024/QH15", "3524/BCA-C04", "245/KH-UBQG-BCA", "66.4/2025/NQ-CP",
#: "838/CCTKV.XII-NVDTPC.HUE".
NUMBER_SYMBOL = (
    # a sub-numbered resolution "66.4/2025/NQ-CP" keeps its dotted number
    r"(?P<num>\d{1,5}(?:\.\d{1,2}(?=/))?[a-z]?)\s?(?P<sep>[/-])\s?"
    # (a year printed short before a stray space, "22/201 /QĐ-UBND", is kept as printed)
    r"(?P<sym>(?:(?:19|20)\d{2}/|(?:19|20)\d[ ]/)?[A-ZĐÐ][A-Za-zĐđÐ0-9&]*"
    # further parts: "-UBND", "/TW"; a stray space on one side of a separator or a hard wrap after it ("71/NQ -CP",
    # "92/2009/TT- BTC", "12/KH-\nUBND") only before an all-capitals part that ends there
    # a dotted all-capitals part of a unit's symbol: "838/CCTKV.XII-NVDTPC.HUE"; a part after an "&" and a stray space
    # ("15972/SXD-QLN& TTBĐS")
    r"(?:[-/][A-ZĐÐ0-9][A-Za-zĐđÐ0-9&]*|\.[A-ZĐÐ][A-ZĐÐ0-9]*(?![\w])"
    r"|(?:[ ][-/]|[-/][ \n]|(?<=&)[ \n])[A-ZĐÐ][A-ZĐÐ0-9][A-Za-zĐđÐ0-9&]*(?![\w]))*)"
)
#: The word "số" (with optional colon) between the type word and the number: "Chỉ thị số: 35-CT/TW"; a list head
#: "Các Công điện: số 007/CĐ-UBND"; a short lower-case qualifier before "số": "Kế hoạch hành động số 328-KH/TU".
NUMBER_WORD = (
    rf"(?:\s*:\s*(?:số|SỐ)\s*|\s+(?:số|SỐ)\s*:?\s*|(?:\s+[{LOWER}]+){{1,3}}\s+số\s*:?\s*|"
    # "Báo cáo tiếp thu, giải trình số 500/BC-UBND": two short qualifiers joined by a comma
    rf"(?:\s+[{LOWER}]+){{1,2}},(?:\s+[{LOWER}]+){{1,2}}\s+số\s*:?\s*|\s+)"
)
#: A number cited without its type word, as the next item of a list: "..., số 008/CĐ-UBND và số 009/CĐ-UBND".
BARE_NUMBER = re.compile(r"(?<![\w])[sS]ố\s*:?\s*" + NUMBER_SYMBOL)
#: A list item written as its symbol alone, right after another item: "các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và
#: 222/CĐ-TTg", "các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày ..."; only taken where the gap to
#: the item before is a bare separator, after the item's date at most (SYMBOL_LIST_GAP).
LIST_SYMBOL = re.compile(r"(?<![\w/.-])" + NUMBER_SYMBOL)
SYMBOL_LIST_GAP = re.compile(r"^\s*(?:ngày\s+\d{1,2}\s*(?:/\s*\d{1,2}\s*/|\s+tháng\s+\d{1,2}\s+năm)\s*\d{4}\s*)?(?:,|và|hoặc)\s*$")
#: What stands before a bare "số N/SYM" that continues a list: a separator, or a plural head "các Quyết định:".
LIST_ITEM_BEFORE = re.compile(r"(?:[,;]|(?<![\w])(?:và|hoặc))\s*$")
#: A technical standard or regulation: "QCVN 01:2019/BCT", "TCVN 14423:2025", "QCVN 06:2022/BXD".
STANDARD = re.compile(
    r"(?<![\w])(?P<type>QCVN|TCVN)\s?(?P<num>\d{1,5}(?:-\d{1,4})?)\s?:\s?(?P<y>(?:19|20)\d{2})(?:\s?/\s?(?P<iss>[A-ZĐ][A-Za-zĐ0-9]*))?(?![\w])"
)
#: A full date: "ngày 05/6/2017", "ngày 16-8-2019", "ngày 27 tháng 12 năm 2013", ", ngày 15/5/2016".
CITATION_DATE = re.compile(
    r"^\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s*(?P<m1>\d{1,2})\s*năm\s*(?P<y1>\d{4})|[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))",
    re.I,   # also in all-capitals titles: "QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ"
)
#: "của <issuer>" right after the number or the date.
CITATION_OF = re.compile(r"^\s*,?\s*(?:của|do)\s+", re.I)
#: A joint document's parties: "giữa Hội Liên hiệp Phụ nữ Việt Nam và Bộ Công an “Quản lý ...".
CITATION_BETWEEN = re.compile(r"^\s*giữa\s+(?P<parties>[^“\"”;()]{3,160}?)(?=\s*[“\"]|\s+về\s|\s*[;(]|$)")
#: Where an issuer written without a lexicon entry stops.
ISSUER_STOP = re.compile(
    r"\s+(?:về|ngày|ban hành|phê duyệt|thực hiện|triển khai|tại|quy định|hướng dẫn|đã|theo|để|nhằm|trong|công bố|vẫn|"
    r"chưa|hết|v/v|sửa đổi|bãi bỏ|thay thế|Ban hành|Quy định|Quyết định)\b|[,;.()“\"]|$"
)
#: The Party term after an issuer: "khóa XII", "(khóa XI)", "khoá XIII".
ISSUER_TERM = re.compile(r"^\s*\(?\s*kh(?:óa|oá|oa)\s+[IVXL]+\s*\)?", re.I)
#: An abbreviation introduced for a citation: "(viết tắt là Nghị quyết số 93/NQ-CP)", "(sau đây gọi tắt là Chỉ thị 36)".
ABBREVIATION = re.compile(r"\(\s*(?:sau đây\s+)?(?:viết|gọi)\s+tắt\s+là\s*:?\s*(?P<alias>[^()]{2,120}?)\s*\)")
#: An article reference just before a law: "Điều 256a Luật số 86/2025/QH15", "khoản 3 Điều 7".
ARTICLE_BEFORE = re.compile(r"(?P<article>(?:(?:điểm\s+\w+\s+)?khoản\s+\d+\s+)?Điều\s+\d+[a-z]?(?:,\s*\d+[a-z]?)*)\s+(?:của\s+)?$")
#: A year given after a law's name: "Luật Phòng, chống ma túy năm 2021".
LAW_YEAR = re.compile(r"^\s*(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/\-.:])")
#: A date given after a law's name: "Pháp lệnh ... ngày 20 tháng 01 năm 2014".
LAW_DATE = re.compile(
    r"^\s*,?\s*ngày\s+(?P<d>\d{1,2})(?:\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+|\s*[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*)(?P<y>\d{4})"
)
#: A word that cannot continue a law's name: the modifiers and clauses that follow a name ("Luật Đất đai về ...",
#: "Luật X được sửa đổi", "Luật X và các văn bản", "Luật X năm 2013", "Luật X số 31/2024/QH15", "Luật X Điều 5").
LAW_NAME_END = re.compile(
    r"(?:về|được|bị|thì|mà|là|hoặc|do|của|có|để|theo|trên|trong|tại|cho|như|gồm|thuộc|nếu|không|đã|đang|sẽ|cùng|này|"
    r"với|nhằm|khi|từ|đến|bởi|phải|cần|các|những|nhưng|hay|kèm|hiện hành|quy định|hướng dẫn|đối với|sửa đổi|bao gồm|"
    r"ban hành|thi hành|triển khai|thực hiện|ngày|(?:năm|số|điều|khoản|điểm|chương)(?=\s*[\d…._]))(?![\w])",
    re.I,
)
#: What stands before "Luật" when it names no law in force: a draft ("dự thảo Luật", "dự án Luật") or a school
#: ("Trường Đại học Luật Hà Nội", "cử nhân Luật").
NOT_A_LAW_BEFORE = re.compile(r"(?:dự thảo|dự án|[Đđ]ại học|[Hh]ọc viện|[Kk]hoa|[Cc]ử nhân|[Tt]hạc sĩ|[Tt]iến sĩ|[Nn]gành)\s+$", re.I)
#: The issuer stated before the document: "của Ban Bí thư tại văn bản số 213-KL/TW", "của Sở Tài chính tại Công văn số".
ISSUER_BEFORE = re.compile(r"(?:của|do)\s+(?P<iss>[^,;()]{3,80}?)\s+tại\s+(?:các\s+)?$")
#: The same before a parenthesised citation: "kiến nghị của Ủy ban nhân dân tỉnh Hưng Yên (văn bản số 84/BC-UBND ...)"
#: (the name may wrap onto the next line; it must be a body's name, which the caller checks).
ISSUER_BEFORE_PAREN = re.compile(r"(?:của|do)\s+(?P<iss>(?:(?!của\s)[^,;()\n]|\n(?!\s*\n)){3,80}?)\s*\(\s*(?:tại\s+)?$")
#: The date and issuer stated before the document, at the start of a sentence: "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy
#: ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX ...", "Ngày 05/9/2025, Bộ Nội vụ có Văn bản số ...".
DATED_BEFORE = re.compile(
    r"(?:^|(?<=[.;:\n]\s)|(?<=\n))\*?\s*Ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s*(?P<m1>\d{1,2})\s*năm\s*(?P<y1>\d{4})|[/.\-]\s*"
    r"(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))\s*,\s*(?P<iss>[^,;()\n]{3,80}?)\s+(?:đã\s+)?(?:ký\s+)?(?:ban hành|có)\s+$")
#: Between two items of one list whose issuers are stated before them: "99-TB/TW ngày 21/11/2025, của Ban Bí thư tại |văn
#: bản số 213-KL/TW".
ISSUER_BRIDGE = re.compile(r"^\s*,?\s*(?:của|do)\s+[^,;()\n]{3,80}?\s+tại\s+(?:các\s+)?$")
#: After an issuer: "tại <document>" (the issuer is that document's, stated before it).
ISSUER_OF_NEXT = re.compile(r"\s+tại\s")
#: An amending law of several laws named by count: "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy
#: hoạch ngày 20/11/2018" (its name runs to the date or the clause end).
LAWS_BY_COUNT = re.compile(r"(?:các|\d{1,3})\s+luật\b", re.I)
LAWS_BY_COUNT_END = re.compile(r"[;.()\n]|\s+(?:ngày|năm\s+\d|số\s+\d)")
#: The amending law's head: "Luật sửa đổi, bổ sung một số điều của Luật ..." (up to "của").
LAW_AMENDING = re.compile(r"sửa đổi(?:\s*,\s*|\s+)bổ sung(?:\s+một\s+số\s+điều)?(?:\s+của)?\s+(?=\S)")
#: A word of a law's name: "Tiêu", "chuẩn", "06", "HIV/AIDS".
LAW_WORD = re.compile(r"[^\W_]+(?:[/-][^\W_]+)*")
#: What may open the clause after ";" of an opening before its next direct object: "; Quyết định số ...", "; Các Công
#: điện: ...", "; căn cứ ..." (a clause "; Theo đề nghị của Sở Tài chính tại Tờ trình số ..." names no basis).
BASIS_CLAUSE_LEAD = re.compile(
    r"^(?:[\s*_,]|và\b|cùng\b|các\b|những\b|căn cứ\b|thực hiện\b|triển khai\b|thi hành\b|đồng thời\b)*$", re.I
)
#: Separators allowed between two citations of one list at the same depth.
CITATION_LIST_GAP = re.compile(r"^(?:\s|,|;|\(|\)|và\b|cùng\b)*$")

# --------------------------------------------------------------- deadlines
# (Lead words, reporting verbs and the like are lists in data/deadline_phrases.yaml; deadlines.py joins them in.)

#: Anything a deadline needs (a digit, a period word or "định kỳ"): spans without it are skipped fast.
DEADLINE_TRIGGER = re.compile(r"\d|[Đđ]ịnh kỳ|h[àằ]ng\s+(?:năm|quý|tháng|tuần|ngày)|[Qq]u[ýí]", re.I)
#: A date, its year optional, read where a lead word ends: "31/8/2025", "16-8-2019", "05 tháng 6 năm 2017", "15/12",
#: "30 tháng 11" (not "30 tháng 11 hàng năm"'s year: there is none).
DATE_AT = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})(?:\s*[/.\-]\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>(?:19|20)\d{2}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?(?:năm\s+|/\s*)(?P<y2>(?:19|20)\d{2}))?)(?![\d/%,.]\d|\d)",
    re.I,
)
#: Where a date may start (a day and a month): "31/8", "05 tháng 6"; its lead word is then looked for before it.
DATE_START = re.compile(r"(?<!\d)\d{1,2}(?:\s*[/.\-]\s*\d{1,2}|\s+tháng\s+\d)")
#: A clock time between a lead word and its date: "trước 16h00 ngày 20/11", "trước 9 giờ 30 phút, ngày ...".
CLOCK = re.compile(r"(?:lúc\s+)?\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2}\s*(?:phút|['’])?)?\s*['’]?\s*,?\s*", re.I)
#: What joins the dates of one list: "trước ngày 01/6 và 15/11 hằng năm", "ngày 15/6, 15/12".
DATE_LIST_SEP = re.compile(r"\s*(?:,|;|và|hoặc)\s*(?:trước\s+)?(?:ngày\s+)?", re.I)
#: The start of a range ending in a date: "từ ngày 20 tháng 11 năm 2025 đến ngày ", "từ ngày 08 đến ngày ", "từ 01/10 - ".
RANGE_START = re.compile(
    r"(?<![\w])từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)?"
    r"\s*(?:đến|[-–])\s*(?:hết\s+)?(?:ngày\s+)?",
    re.I,
)
#: What makes a date the start of a range: "01/6/2025 - 30/6/2025", "01/6/2025 đến 30/6/2025".
RANGE_NEXT = re.compile(r"\s*(?:[-–]|đến(?:\s+hết)?)\s*(?:ngày\s+)?\d")
#: A quarter with its year: "Quý II/2024", "quý IV năm 2025", "Quý 4/2025", "Quí IV-2025", "Quý II-III/2026" (the last).
QUARTER = re.compile(
    r"(?<![\w])[Qq]u[ýí]\s+(?P<q>IV|I{1,3}|[1-4])(?:\s*[-–,]\s*(?:[Qq]u[ýí]\s+)?(?P<q2>IV|I{1,3}|[1-4])(?![\d\w]))?"
    r"\s*(?:[/\-–]\s*|,?\s*[Nn]ăm\s+)(?P<y>(?:19|20)\d{2})(?!\d)"
)
#: What makes a quarter the start of a range: "Quý IV/2025- Quý II/2026", "Quý IV/2025 đến Quý II/2026".
QUARTER_RANGE_NEXT = re.compile(r"\s*(?:[-–]|đến(?:\s+hết)?)\s*(?=[Qq]u[ýí]\s)")
#: A month with its year: "tháng 6/2025", "tháng 10 năm 2025", "Tháng 10-12/2025" (the last month).
MONTH_YEAR = re.compile(
    r"(?<![\w])[Tt]háng\s+(?P<m>\d{1,2})(?:\s*[-–]\s*(?P<m2>\d{1,2}))?\s*(?:[/\-.]\s*|,?\s*năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)"
)
#: A month range's start before a month: "từ tháng 6 đến ", "từ tháng 6/2025 - ".
MONTH_RANGE_START = re.compile(r"(?<![\w])từ\s+tháng\s+\d{1,2}(?:\s*(?:/|năm)\s*\d{4})?\s*(?:đến|[-–])\s*(?:hết\s+)?$", re.I)
#: A short text that is only a time (a table cell or a field value): "Quý IV/2025", "Hằng năm", "Trước 30/6/2025".
TIME_CELL = re.compile(
    r"^[\s\-–+•*(]*(?:dự kiến|trước|trong|từ|đến|hoàn thành|chậm nhất|thường xuyên|định kỳ|ngày|tháng|qu[ýí]|năm|h[àằ]ng|\d)",
    re.I,
)
#: A yearly month: "Tháng 12 hằng năm", "vào tháng 11 hàng năm".
MONTH_YEARLY = re.compile(r"(?<![\w])[Tt]háng\s+(?P<m>\d{1,2})\s*(?:,\s*)?h[àằ]ng\s+năm\b", re.I)
#: A monthly or quarterly day: "ngày 20 hàng tháng", "trước ngày 25 hằng tháng", "trước ngày 20 của tháng cuối quý".
DEADLINE_MONTHLY_DAY = re.compile(
    r"ngày\s+(?P<d>\d{1,2})\s+(?:h[àằ]ng\s+(?P<u>tháng|quý)|(?:của\s+)?(?P<q>tháng\s+cuối\s+(?:mỗi\s+)?quý))\b", re.I
)
#: An every-year marker right after a date list: "15/11 hằng năm", "(trước ngày 30/6 của năm)" (not "của năm cuối kỳ").
YEARLY_AFTER = re.compile(
    r"\s*,?\s*(?:h[àằ]ng\s+năm|mỗi\s+năm|(?:của|trong)\s+năm\b(?!\s+(?:cuối|trước|sau|tiếp|kế|đầu|thứ|học|tài|\d)))\b", re.I)
#: Words of a clause that make a date without its year recur every year ("định kỳ ... trước ngày 15/6").
PERIODIC_CONTEXT = re.compile(
    r"[Đđ]ịnh kỳ|h[àằ]ng\s+(?:năm|quý|tháng)|mỗi\s+năm|của\s+năm\b(?!\s+(?:cuối|trước|sau|tiếp|kế|đầu|thứ|học|tài|\d))|\b\d{1,2}\s+tháng\b(?!\s*(?:\d|năm\s+\d))|"
    r"(?:sơ kết|tổng kết|báo cáo)\s+(?:năm|quý|6 tháng)\b",
    re.I,
)
#: Where a clause ends (for the periodic context of a date).
CLAUSE_END = re.compile(r"[.;](?!\d)|\n\s*\n|\n(?=\s*(?:[-+•]|\d{1,2}\.|[a-zđ]\)))")
#: A periodic schedule: "định kỳ 06 tháng, 01 năm", "Định kỳ Quý, 06 tháng, 01 năm", "định kỳ (6 tháng, 01 năm)".
PERIODIC = re.compile(
    r"[Đđ]ịnh kỳ\s*\(?\s*(?P<list>(?:(?:h[àằ]ng\s+)?(?:\d{1,2}\s+)?(?:tháng|năm|quý|Quý|tuần)(?:\s*[,;]\s*|\s+và\s+|\s+hoặc\s+|\s*/\s*)?){1,4})"
)
#: One period of a periodic list: "06 tháng", "01 năm", "Quý", "hằng quý".
PERIOD_ITEM = re.compile(r"(?:h[àằ]ng\s+)?(?P<n>\d{1,2})?\s*(?P<unit>tháng|năm|quý|tuần)", re.I)
#: An every-period adverb: "hàng năm", "hằng quý", "hằng tháng", "hằng ngày".
EVERY_PERIOD = re.compile(r"(?<![\w])h[àằ]ng\s+(?P<unit>năm|quý|tháng|tuần|ngày)\b", re.I)
#: A time limit of the day right before "hằng ngày": "trước 19h00’ hằng ngày", "chậm nhất 16 giờ".
CLOCK_BEFORE = re.compile(r"(?:trước|chậm nhất(?:\s+là)?|vào lúc|lúc)\s+\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút)?\s*['’]?\s*$", re.I)
#: A start word before a time ("Từ tháng 11/2025 đến khi kết thúc ..."): a start is not a time limit.
START_BEFORE = re.compile(
    r"(?<![\w])(?:từ|kể từ|bắt đầu(?:\s+từ)?)\s*(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:phút)?\s*['’]?\s*,?\s*)?(?:ngày\s+)?$", re.I)
#: A task's time field whose value is a time limit: "Thời gian thực hiện:", "Thời hạn hoàn thành:", "Tiến độ:" (a bare
#: "Thời gian:" may be an event's time: "Thời gian: 09h30 ngày 22/6/2026", the day of a meeting).
TIME_FIELD = re.compile(
    r"(?<![\w])(?:Thời gian\s+(?:thực hiện|hoàn thành|triển khai)|Thời hạn(?:\s+(?:thực hiện|hoàn thành))?|Tiến độ(?:\s+(?:thực hiện|hoàn thành))?)\s*:\s*",
    re.I)
#: A year given in words after a date without its year ("trước ngày 20 tháng 7 năm cuối", "... của năm cuối kỳ kế
#: hoạch"): the year is unknown.
YEAR_IN_WORDS = re.compile(r"\s*(?:của\s+|trong\s+)?năm\s+(?!\d)", re.I)
#: A count per period: "02 lần/ngày", "01 lần/tuần", "2 lần/tháng".
TIMES_PER = re.compile(r"(?<![\w])\d{1,2}\s+lần\s*/\s*(?P<unit>ngày|tuần|tháng|quý|năm)\b", re.I)
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
#: "Các đồng chí" before the heads a conclusion names: "1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, ...".
COMRADES = re.compile(r"(?:[Cc]ác\s+)?[Đđ]ồng chí\s+(?=[A-ZĐ])")
#: The party secretary named with the chairman ("Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: ...",
#: "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân ..."): the People's Committee is the assignee (ANNOTATING).
PARTY_HEAD_WITH_CHAIR = re.compile(r"Bí thư\s+(?:[Tt]ỉnh ủy|[Tt]hành ủy)(?:\s*,\s*(?:[Tt]ỉnh ủy|[Tt]hành ủy))?\s*(?:,|và)\s+"
                                   r"(?=Chủ tịch\s)")
#: Position words of a signature block (an all-caps line made of them is a position, not a name).
POSITION_WORDS = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|TRƯỞNG PHÒNG|THỦ TRƯỞNG|"
    r"VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG GIÁM ĐỐC|TỔNG KIỂM TOÁN|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|CHỈ HUY TRƯỞNG|TRƯỞNG|ỦY VIÊN|THƯỜNG TRỰC)\b"
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
#: How a letter's first paragraph opens after its addressees: "Xét báo cáo của ...", "Xét đề nghị của ...", "Trả lời
#: công văn số ...", "Phúc đáp Văn bản số ..." (a new paragraph, never the wrapped end of the "Kính gửi" line).
LETTER_OPENING = re.compile(r"^(?:Xét\s+(?:đề nghị|báo cáo|[Tt]ờ trình|đề xuất|kiến nghị|văn bản|[Cc]ông văn)|Trả lời\s|"
                            r"Phúc đáp\s)")
SUBJECT_PREFIX_OPENER = re.compile(
    r"(?:Căn cứ|Trên cơ sở|Trong quá trình|Trong thời gian|Để|Nhằm|Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hàng quý|Sau khi|Khi|"
    r"Trường hợp|Ngoài ra|Đồng thời|Bên cạnh đó|Với vai trò|Với tư cách)\b")
#: The same clause openers after a notice's topic label, where the clause starts in lower case: "4. Về đầu tư kho dầu thô
#: dự trữ quốc gia: với vai trò là chủ đầu tư, Tập đoàn ... chủ động làm việc ...".
SUBJECT_PREFIX_OPENER_AFTER_TOPIC = re.compile(SUBJECT_PREFIX_OPENER.pattern, re.I)
#: A time phrase that opens a sentence whose subject follows its comma, also inside an agency's items: "Định kỳ trước ngày
#: 31 tháng 12 hàng năm, cơ quan thuế các cấp phải báo cáo ...", "Hằng năm, Sở Tài chính chủ trì ...".
TIME_OPENER = re.compile(r"(?:Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hàng quý|Hằng tháng|Hàng tháng)\b")
#: A topic label that opens a conclusion notice's item, up to its colon: "Về hỗ trợ kinh phí ...:", "Về đề nghị Bộ Nội
#: vụ tham mưu ...:"; the assignee is named after the colon ("Giao Bộ Tài chính chủ trì, ...", "Bộ Nội vụ nghiên cứu").
TOPIC_LABEL = re.compile(r"Về\s[^:]{3,600}?:\s")
#: A topic label not yet closed by its colon at the end of a line: "Về việc thỏa thuận giao cắt tuyến ống Cái".
TOPIC_LABEL_OPEN = re.compile(r"Về\s[^:.;]{3,200}$")
#: (Patterns below are used with .match(text, pos), which anchors at pos: no "^".)
#: Separators inside a list of agencies: ", ", "; ", " và ", " cùng ".
AGENCY_LIST_SEP = re.compile(r"\s*(?:,|;|/|và\b|cùng\b|hoặc\b|,\s*và\b)\s*")
#: Qualifiers after an agency that are part of the mention: "cùng cấp", "các cấp", "tỉnh" (dangling).
AGENCY_QUALIFIER = re.compile(r"\s*(?:cùng cấp|các cấp|cấp tỉnh|tỉnh(?!\s*[A-ZĐ]))\b")
#: "các sở: Công Thương, Y tế" / "các Sở: ..." introduces bare department names; "Các Bộ, cơ quan: Tài chính, Xây
#: dựng, ..." (a central notice) bare ministry names; "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp -
#: Viễn thông Quân đội" bare names of State groups. Also inside a list: "Các Bộ, cơ quan liên quan và các Tập đoàn: ...".
#: (Matched on folded text, where "đoàn" reads "đòan".)
DEPARTMENT_LIST_INTRO = re.compile(r"\s*các\s+(?P<kind>sở|bộ|tập đ(?:oà|òa)n)(?:\s*,\s*(?:ngành|cơ quan))?\s*:\s*", re.I)
#: The words that open a partner list after "phối hợp": "chặt chẽ", "với", "giữa".
PARTNER_OPENER = re.compile(r"\s*(?:(?:chặt chẽ|thường xuyên|hành động|cùng)\s+)*(?:với|giữa)?\s*", re.I)
#: "phối hợp" anywhere in a task text; "chủ trì cùng Bộ Xây dựng ..." names partners the same way.
COORDINATE = re.compile(r"\bphối hợp\b|\bchủ trì(?=\s+cùng\s)", re.I)
#: Adverbs that do not count as the first verb: "Tiếp tục phối hợp", "Chủ động phối hợp", "Tăng cường phối hợp".
#: Also the body's role before its verb: "Tiếp tục phát huy vai trò cơ quan Thường trực chủ trì, ...", "Là cơ quan đầu
#: mối, chủ trì ..." (lead). Also the qualifier "theo chức năng, nhiệm vụ (được giao)" before "chủ trì" (228/CĐ-TTg: "Bộ Y tế theo chức năng,
#: nhiệm vụ được giao chủ trì, phối hợp ..."), and adverbs joined by a comma ("chủ động, tích cực phối hợp").
LEADING_ADVERB = re.compile(
    r"^(?:tiếp tục|tăng cường|chủ động|thường xuyên|tích cực|kịp thời|khẩn trương|trực tiếp"
    r"|(?:phát huy vai trò|là)\s+(?:cơ quan\s+)?(?:thường trực|đầu mối)"
    r"|(?:theo|căn cứ) (?:đúng )?chức năng,? nhiệm vụ(?:,? quyền hạn)?(?: được giao)?(?: của mình)?,?)(?:\s*,)?\s+",
    re.I,
)
#: First verb "chủ trì" (lead).
LEAD_VERB = re.compile(r"^chủ trì\b", re.I)
#: First verb "phối hợp" (support).
SUPPORT_VERB = re.compile(r"^phối hợp\b", re.I)
#: A responsibility attribute of a task: "Cơ quan chủ trì: Sở Y tế", "Đơn vị phối hợp: ...", "Chủ trì thực hiện: ...".
TASK_ATTRIBUTE = re.compile(
    r"(?<![\w])(?:(?:Cơ quan|Đơn vị|Cơ quan, đơn vị)\s+)?(?P<kind>chủ trì|phối hợp|thực hiện)(?:\s+thực hiện)?\s*:\s*", re.I
)
#: A sentence that only gives the time limit of the task before it, on a line of its own ("... chính xác.\nThời gian
#: hoàn thành trước ngày 31 tháng 12 năm 2025."): part of that task, not a new paragraph.
TIME_SENTENCE = re.compile(r"^[*_]*(?:Thời gian|Thời hạn)(?:\s+(?:thực hiện|hoàn thành|xong)){0,3}\s+(?:trước|trong|chậm nhất|"
                           r"đến|vào|hết)\b")
#: The time attribute of a task: "Thời gian thực hiện: Quý II/2025", "Thời hạn hoàn thành: trước ngày 30/6/2025".
TIME_ATTRIBUTE = re.compile(r"(?<![\w])(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*", re.I)
#: A trailing parenthetical that assigns the task: "(Sở Tư pháp chủ trì, phối hợp với ...; hoàn thành Quý III/2025)".
ASSIGNING_PAREN = re.compile(r"\((?P<inner>[^()]{4,400}?\bchủ trì\b[^()]{0,400})\)\s*[.;]?\s*$")
#: What may stand on a line before the name that opens it: markup and an item label ("**2. ", "- ", "(iii) ").
LINE_OPENING = re.compile(r"[\s*_|]*(?:(?:[-–+•]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\))[\s*_]*)?")
#: The closing mark of a document's last sentence: "... trân trọng thông báo./.", "... biết, thực hiện./".
CLOSING_END = re.compile(r"\./\.?\s*$")
#: A verb of a statement, not a task, after a body's name: "Bộ Tài chính đang xây dựng ...", "Chính phủ sẽ phân công ...",
#: "Bộ Nội vụ đã có Văn bản ...".
REPORTED_VERB = re.compile(r"\s*(?:đã|đang|vừa|sẽ)\s", re.I)
#: An item that asks the bodies its sub-items name: "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:" over "(i) Tập đoàn
#: ... báo cáo ...", "(ii) Chủ đầu tư phối hợp ..." (requested tasks, ANNOTATING).
REQUEST_INTRO = re.compile(r"(?<![\w])(?:đề nghị|kính đề nghị)\s*:\s*$", re.I)
#: "Giao" before an assignee inside an item ("(iv) Giao Bộ Công Thương ...", "Về ...: Giao Bộ Xây dựng ..."): an order.
GIVES = re.compile(r"(?<![\w])[Gg]iao(?:\s+cho)?\s+$")
#: A task text that only introduces sub-items: "..., cụ thể:", "thực hiện các nhiệm vụ sau:".
INTRO_ENDING = re.compile(r":\s*$")
