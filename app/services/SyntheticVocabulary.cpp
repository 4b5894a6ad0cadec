#include "SyntheticVocabulary.h"

namespace danhoi::synthetic {

namespace {
QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}
} // namespace

const QList<DepartmentTopics>& departments()
{
    static const QList<DepartmentTopics> all = {
        {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism",
         list({"phát triển du lịch cộng đồng", "cấp phép homestay", "tổ chức lễ hội truyền thống", "bảo tồn di tích",
               "thẻ hướng dẫn viên du lịch", "quảng cáo ngoài trời", "gia đình văn hóa", "câu lạc bộ thể thao"})},
        {"SNV", "Sở Nội vụ", "Department of Home Affairs",
         list({"trợ cấp người có công", "chế độ liệt sĩ", "hộ nghèo, cận nghèo", "bảo hiểm thất nghiệp",
               "hợp đồng lao động", "tuyển dụng viên chức", "thi đua khen thưởng", "chính sách tinh giản biên chế"})},
        {"SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment",
         list({"cấp giấy chứng nhận quyền sử dụng đất", "bồi thường giải phóng mặt bằng", "ô nhiễm môi trường",
               "hỗ trợ giống cây trồng", "phòng chống dịch bệnh gia súc", "thủy lợi nội đồng", "chuyển mục đích sử dụng đất"})},
        {"SXD", "Sở Xây dựng", "Department of Construction",
         list({"giấy phép xây dựng nhà ở", "quy hoạch khu dân cư", "đăng kiểm phương tiện", "sửa chữa đường giao thông",
               "nhà ở xã hội", "đèn tín hiệu giao thông", "cấp đổi giấy phép lái xe"})},
        {"STC", "Sở Tài chính", "Department of Finance",
         list({"đăng ký thành lập doanh nghiệp", "vốn đầu tư công", "giá đất bồi thường", "hỗ trợ doanh nghiệp nhỏ",
               "quyết toán ngân sách xã", "thủ tục đầu tư dự án"})},
        {"SYT", "Sở Y tế", "Department of Health",
         list({"bảo hiểm y tế", "tiêm chủng cho trẻ em", "an toàn thực phẩm", "khám chữa bệnh tuyến xã",
               "giá dịch vụ y tế", "cấp chứng chỉ hành nghề y"})},
        {"SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training",
         list({"tuyển sinh lớp 10", "học phí năm học mới", "miễn giảm học phí", "thi tốt nghiệp trung học phổ thông",
               "dạy thêm học thêm", "chuyển trường cho học sinh"})},
        {"STP", "Sở Tư pháp", "Department of Justice",
         list({"chứng thực bản sao", "phiếu lý lịch tư pháp", "đăng ký khai sinh", "trợ giúp pháp lý miễn phí",
               "đăng ký kết hôn với người nước ngoài", "công chứng hợp đồng mua bán"})},
        {"SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
         list({"chuyển đổi số cấp xã", "sóng điện thoại di động yếu", "đăng ký nhãn hiệu", "đề tài khoa học cấp tỉnh",
               "dịch vụ công trực tuyến", "tin nhắn rác quảng cáo"})},
        {"SCT", "Sở Công Thương", "Department of Industry and Trade",
         list({"giá điện sinh hoạt", "chợ truyền thống", "hàng giả hàng nhái", "cửa hàng xăng dầu",
               "khuyến công", "kinh doanh khí dầu mỏ hóa lỏng"})},
    };
    return all;
}

const QStringList& titleForms()
{
    static const QStringList forms = list({
        "Hỏi về %1", "Xin hướng dẫn thủ tục %1", "Thắc mắc về %1", "Đề nghị giải đáp về %1",
        "Phản ánh vướng mắc khi làm %1", "%1 cần những giấy tờ gì?", "Chính sách %1 năm nay thế nào?",
    });
    return forms;
}

const QStringList& bodySentences()
{
    static const QStringList sentences = list({
        "Tôi ở %2, muốn hỏi về %1.",
        "Gia đình tôi đang gặp khó khăn liên quan đến %1, kính đề nghị cơ quan chức năng hướng dẫn.",
        "Xin hỏi thủ tục %1 gồm những bước nào, nộp hồ sơ ở đâu và mất bao lâu?",
        "Hiện nay ở %2 việc %1 còn chậm, người dân phải đi lại nhiều lần.",
        "Tôi đã nộp hồ sơ %1 từ tháng trước nhưng chưa nhận được kết quả.",
        "Kính mong Sở xem xét và trả lời để người dân được biết.",
        "Cho tôi hỏi mức phí, lệ phí khi thực hiện %1 là bao nhiêu?",
        "Bà con ở %2 rất quan tâm đến %1, mong được giải đáp sớm.",
    });
    return sentences;
}

const QStringList& answerSentences()
{
    static const QStringList sentences = list({
        "%2 trả lời như sau:",
        "Về %1, căn cứ quy định hiện hành, công dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua "
        "Cổng dịch vụ công trực tuyến.",
        "Thời hạn giải quyết là **15 ngày làm việc** kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Hồ sơ gồm: đơn đề nghị theo mẫu; bản sao giấy tờ tùy thân; các giấy tờ chứng minh liên quan.",
        "Trường hợp còn vướng mắc về %1, đề nghị công dân liên hệ bộ phận một cửa để được hướng dẫn cụ thể.",
        "%2 cảm ơn công dân đã quan tâm và phản ánh.",
    });
    return sentences;
}

const QStringList& localities()
{
    static const QStringList places = list({
        "phường Trường Vinh", "phường Thành Vinh", "xã Nghi Lộc", "xã Diễn Châu", "xã Quỳnh Lưu", "xã Nam Đàn",
        "xã Đô Lương", "xã Thanh Chương", "xã Con Cuông", "phường Hoàng Mai", "phường Thái Hòa", "xã Yên Thành",
        "xã Hưng Nguyên", "xã Anh Sơn", "xã Tân Kỳ", "xã Nghĩa Đàn", "xã Quế Phong", "xã Kỳ Sơn",
    });
    return places;
}

const QStringList& familyNames()
{
    static const QStringList names = list({"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
                                           "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Chu", "Thái"});
    return names;
}

const QStringList& givenNames()
{
    static const QStringList names = list({"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Đức Hải", "Thị Hương",
                                           "Minh Khang", "Thị Lan", "Quốc Minh", "Thị Ngọc", "Văn Phúc", "Thị Quỳnh",
                                           "Hữu Sơn", "Thị Thảo", "Văn Tuấn", "Thị Yến"});
    return names;
}

} // namespace danhoi::synthetic
