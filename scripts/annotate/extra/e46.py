import sys; sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from gold_helpers import Doc
# A city's (Đà Nẵng) decision issuing a model market regulation (Nội quy mẫu): the decision's "Điều 2. Tổ chức thực
# hiện" gives "1. Giao Sở Công Thương ...", "2. Giao các Sở, ngành, UBND các phường, xã chỉ đạo ...", "3. Tổ chức
# quản lý chợ căn cứ ..."; the attached Nội quy (its own header block, articles 1-12 and 14, no chapters) gives the
# sections, labelled by number as a text without chapters is; its rules bind traders and visitors (no tasks) and a
# few bind the market's managing body (optional, a template to be filled in). Annotated before the extractor was
# run on it. The laws are cited by name and date only: no issuer (ANNOTATING: the text never says, no symbol decides);
# set right after the first run, which the gold had given "Quốc hội".
stem = "e46_danang-82-qd-ubnd-2025-noi-quy-cho"
d = Doc(f"{stem}.txt")
d.metadata = {"doc_type": "QĐ", "number": "82/2025/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố Đà Nẵng",
              "province": "Đà Nẵng", "issued_date": "2025-11-21", "title": d.text(24, 25),
              "signer": "Trần Chí Cường"}
SCT, SN, XA, TQ = "Sở Công Thương", "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân cấp xã", "Tổ chức quản lý chợ"
for label, heading, kinds in [
        ("1", "Thời gian mở cửa", []),
        ("2", "Quyền và nghĩa vụ của thương nhân kinh doanh tại chợ", []),
        ("3", "Quy định về hàng hoá, dịch vụ kinh doanh tại chợ", []),
        ("4", "Quy định về người đến giao dịch, mua bán, tham quan, thi hành công vụ tại chợ", []),
        ("5", "Quy định đối với cán bộ, nhân viên quản lý chợ", []),
        ("6", "An toàn phòng cháy chữa cháy, phòng chống thiên tai", []),
        ("7", "An ninh, trật tự tại chợ", []),
        ("8", "Vệ sinh môi trường và an toàn thực phẩm", []),
        ("9", "Chợ văn minh thương mại, quy tắc ứng xử", []),
        ("10", "Yêu cầu về tổ chức, tham gia các hoạt động văn hoá, xã hội tại chợ", ["requirements"]),
        ("11", "Quy định về xử lý các hành vi vi phạm tại chợ", []),
        ("12", "Các quy định khác", []),
        ("14", "Tổ chức thực hiện", ["implementation"])]:
    d.S(label, heading, kinds)
# the decision's Điều 2 and Điều 4
d.A([SCT], d.text(62, 63, start="tổ chức"), section="Điều 2")
d.A([SN, XA], d.text(65, 68, start="chỉ đạo"), section="Điều 2")
d.A([TQ], d.text(70, 73, start="căn cứ"), section="Điều 2")
d.A(["Tổ chức, cá nhân tham gia các hoạt động mua bán trong chợ"], d.text(75, 77, start="phải chấp hành"),
    section="Điều 2", optional=True)
d.A(["Văn phòng Ủy ban nhân dân tỉnh", SCT, SN, XA], d.text(82, 85, start="chịu trách nhiệm"), section="Điều 4",
    optional=True)
# the model regulation: duties of the market's own bodies (optional)
d.A(["Bộ phận phụ trách về phòng chống cháy nổ, thiên tai của chợ"], d.text(397, 403, start="có trách nhiệm"),
    section="6", optional=True)
d.A(["Lực lượng bảo vệ chợ"], d.text(483, 485, start="có trách nhiệm"), section="7", optional=True)
d.A([TQ], d.text(615, 619, start="có trách nhiệm"), section="10", optional=True)
d.A([TQ], d.text(634, 641, start="có trách nhiệm"), section="11", optional=True)
d.A([TQ], d.text(694, 697, start="khen thưởng"), section="12", optional=True)
L = "Luật"
d.C("Luật Tổ chức chính quyền địa phương 2025", L, "2025-06-16", None, "Luật Tổ chức Chính quyền địa phương",
    "basis", alt=["72/2025/QH15", "Luật Tổ chức chính quyền địa phương"])
d.C("Luật Thương mại 2025", L, "2025-06-14", None, "Luật Thương mại", "basis",
    alt=["Luật Thương mại", "Luật Thương mại 2005", "36/2005/QH11"])
d.C("Luật Ban hành văn bản quy phạm pháp luật 2025", L, "2025-02-19", None,
    "Luật Ban hành văn bản quy phạm pháp luật", "basis",
    alt=["64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"])
d.C("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật 2025", L, "2025-06-25",
    None, "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "basis",
    alt=["87/2025/QH15"])
d.C("78/2025/NĐ-CP", "NĐ", "2025-04-01", "Chính phủ", d.text(38, 40, start="quy định", end="pháp luật;")[:-1],
    "basis")
d.C("187/2025/NĐ-CP", "NĐ", "2025-07-01", "Chính phủ", "sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP",
    "basis")
d.C("79/2025/NĐ-CP", "NĐ", "2025-04-01", "Chính phủ",
    "về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật", "basis")
d.C("60/2024/NĐ-CP", "NĐ", "2024-06-05", "Chính phủ", "về phát triển và quản lý chợ", "basis")
d.C("1689/TTr-SCT", "TTr", "2025-10-06", "Giám đốc Sở Công Thương", None, "cites")
d.C("3604/VP-KT", "CV", "2025-10-27", "Văn phòng UBND thành phố", None, "cites")
d.save(f"gold/{stem}.json")
