<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdminCommands</name>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>init needs --agency NAME and --admin USERNAME.</source>
        <translation>Lệnh init cần --agency NAME và --admin USERNAME.</translation>
    </message>
    <message>
        <source>Password for the administrator: </source>
        <translation>Mật khẩu của quản trị viên: </translation>
    </message>
    <message>
        <source>Set up %1 in %2 with the administrator %3.</source>
        <translation>Đã khởi tạo %1 trong %2 với quản trị viên %3.</translation>
    </message>
    <message>
        <source>department add needs --name NAME.</source>
        <translation>Lệnh department add cần --name NAME.</translation>
    </message>
    <message>
        <source>Added the department %1 – %2.</source>
        <translation>Đã thêm Sở/ngành %1 – %2.</translation>
    </message>
    <message>
        <source>category add needs --days N.</source>
        <translation>Lệnh category add cần --days N.</translation>
    </message>
    <message>
        <source>--days must be a whole number of working days.</source>
        <translation>--days phải là một số nguyên ngày làm việc.</translation>
    </message>
    <message>
        <source>Added the category %1 (%2 working days).</source>
        <translation>Đã thêm lĩnh vực %1 (%2 ngày làm việc).</translation>
    </message>
    <message>
        <source>user add needs --role ROLE[,ROLE…] (admin, coordinator, clerk, supervisor).</source>
        <translation>Lệnh user add cần --role ROLE[,ROLE…] (admin, coordinator, clerk, supervisor).</translation>
    </message>
    <message>
        <source>Unknown role in &quot;%1&quot;; the roles are admin, coordinator, clerk and supervisor.</source>
        <translation>Vai trò không hợp lệ trong &quot;%1&quot;; các vai trò gồm admin, coordinator, clerk và supervisor.</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>Đã thêm người dùng %1.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Disabled the user %1.</source>
        <translation>Đã vô hiệu hóa người dùng %1.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>Không có lĩnh vực %1.</translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation>--active chỉ nhận yes hoặc no.</translation>
    </message>
    <message>
        <source>The category %1 now has %2 working days (%3).</source>
        <translation>Lĩnh vực %1 nay có thời hạn %2 ngày làm việc (%3).</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Sở/ngành</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation>Ngừng hoạt động / &amp;kích hoạt lại</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>Lĩnh &amp;vực</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Portal base URL:</source>
        <translation>Địa chỉ gốc (&amp;URL) của Cổng thông tin:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Lưu thiết lậ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Asker shown publicly as:</source>
        <translation>Cách hiển thị người hỏi khi công &amp;bố:</translation>
    </message>
    <message>
        <source>&amp;Edit roles…</source>
        <translation>Sửa vai t&amp;rò…</translation>
    </message>
    <message>
        <source>&amp;Add category…</source>
        <translation>&amp;Thêm lĩnh vực…</translation>
    </message>
    <message>
        <source>&amp;Edit category…</source>
        <translation>Sử&amp;a lĩnh vực…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Vô hiệu hó&amp;a</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Sở/ngành</translation>
    </message>
    <message>
        <source>&amp;Add department…</source>
        <translation>&amp;Thêm Sở/ngành…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Default ans&amp;wer period (working days):</source>
        <translation>Thời hạn trả lời &amp;mặc định (ngày làm việc):</translation>
    </message>
    <message>
        <source>Loc&amp;k an idle desk after (minutes):</source>
        <translation>&amp;Khóa màn hình khi không thao tác sau (phút):</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>Only an administrator may change the installation.</source>
        <translation>Chỉ quản trị viên mới được thay đổi thiết lập hệ thống.</translation>
    </message>
    <message>
        <source>A department code has 1 to 20 letters A–Z, digits, &apos;-&apos; or &apos;_&apos; (e.g. SVHTTDL).</source>
        <translation>Mã Sở/ngành gồm 1 đến 20 ký tự: chữ cái A–Z, chữ số, &apos;-&apos; hoặc &apos;_&apos; (ví dụ: SVHTTDL).</translation>
    </message>
    <message>
        <source>A user name has 2 to 63 lower-case letters a–z, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, without accents (e.g. nguyenvana).</source>
        <translation>Tên đăng nhập gồm 2 đến 63 ký tự: chữ thường a–z không dấu, chữ số, &apos;.&apos;, &apos;-&apos; hoặc &apos;_&apos; (ví dụ: nguyenvana).</translation>
    </message>
    <message>
        <source>The agency name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation>Cơ sở dữ liệu này đã được khởi tạo cho %1.</translation>
    </message>
    <message>
        <source>The default answer period must be between 1 and 365 working days.</source>
        <translation>Thời hạn trả lời mặc định phải từ 1 đến 365 ngày làm việc.</translation>
    </message>
    <message>
        <source>The time zone %1 is not known.</source>
        <translation>Không xác định được múi giờ %1.</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>Tên Sở/ngành</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>The department code %1 is already used.</source>
        <translation>Mã Sở/ngành %1 đã được sử dụng.</translation>
    </message>
    <message>
        <source>The category name</source>
        <translation>Tên lĩnh vực</translation>
    </message>
    <message>
        <source>The answer period must be between 1 and 365 working days.</source>
        <translation>Thời hạn trả lời phải từ 1 đến 365 ngày làm việc.</translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation>Không có Sở/ngành nào có mã %1.</translation>
    </message>
    <message>
        <source>The category %1 already exists.</source>
        <translation>Lĩnh vực %1 đã có.</translation>
    </message>
    <message>
        <source>The department %1 is retired.</source>
        <translation>Sở/ngành %1 đã ngừng hoạt động.</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Cần gán cho người dùng ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>A clerk or supervisor needs a department.</source>
        <translation>Chuyên viên hoặc lãnh đạo phải thuộc một Sở/ngành.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã được sử dụng.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Không thể tự bỏ vai trò quản trị viên của chính mình.</translation>
    </message>
    <message>
        <source>Only a coordinator or the department&apos;s supervisor may see its staff list.</source>
        <translation>Chỉ cán bộ tiếp nhận – điều phối hoặc lãnh đạo Sở/ngành mới được xem danh sách cán bộ của Sở/ngành đó.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Không thể tự vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>The desk lock must come after 1 to 480 idle minutes.</source>
        <translation>Thời gian tự khóa phải từ 1 đến 480 phút không thao tác.</translation>
    </message>
    <message>
        <source>The department %1 is retired; choose the department that took over its work.</source>
        <translation>Sở/ngành %1 đã ngừng hoạt động; hãy chọn Sở/ngành đã tiếp nhận nhiệm vụ của đơn vị này.</translation>
    </message>
    <message>
        <source>The category was removed meanwhile; reload the list.</source>
        <translation>Lĩnh vực này vừa bị xóa; vui lòng tải lại danh sách.</translation>
    </message>
    <message>
        <source>%1 changed the category %2 at %3 while you were editing it, so your change was not saved. The list now shows their change; make yours again if it is still needed.</source>
        <translation>%1 đã sửa lĩnh vực %2 lúc %3 trong khi anh/chị đang sửa, nên thay đổi của anh/chị chưa được lưu. Danh sách đã được tải lại theo thay đổi đó; nếu vẫn cần, đề nghị thực hiện lại thay đổi của mình.</translation>
    </message>
    <message>
        <source>Someone else changed the category %1 while you were editing it, so your change was not saved. The list now shows their change; make yours again if it is still needed.</source>
        <translation>Lĩnh vực %1 vừa được người khác sửa trong khi anh/chị đang sửa, nên thay đổi của anh/chị chưa được lưu. Danh sách đã được tải lại theo thay đổi đó; nếu vẫn cần, đề nghị thực hiện lại thay đổi của mình.</translation>
    </message>
</context>
<context>
    <name>AnswerEditorDialog</name>
    <message>
        <source>Answer editor</source>
        <translation>Soạn thảo trả lời</translation>
    </message>
    <message>
        <source>The citizen&apos;s question</source>
        <translation>Câu hỏi của công dân</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation>&amp;So sánh các phiên bản đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Lưu phiên bản</translation>
    </message>
    <message>
        <source>Submit for &amp;approval</source>
        <translation>T&amp;rình duyệt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Review the answer</source>
        <translation>Duyệt dự thảo trả lời</translation>
    </message>
    <message>
        <source>Answer awaiting approval</source>
        <translation>Dự thảo trả lời chờ phê duyệt</translation>
    </message>
    <message>
        <source>Changes since the last returned revision</source>
        <translation>Thay đổi so với phiên bản bị trả lại gần nhất</translation>
    </message>
    <message>
        <source>&amp;Comment for the author (required to return):</source>
        <translation>Ý &amp;kiến gửi người soạn thảo (bắt buộc khi trả lại):</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Return to the author</source>
        <translation>&amp;Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a clerk</source>
        <translation>Giao chuyên viên xử lý</translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation>&amp;Chuyên viên:</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Event %1 is missing or out of order (found %2).</source>
        <translation>Bản ghi nhật ký %1 bị thiếu hoặc sai thứ tự (tìm thấy %2).</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it.</source>
        <translation>Bản ghi nhật ký %1 không nối tiếp bản ghi liền trước.</translation>
    </message>
    <message>
        <source>Event %1 was altered after it was written.</source>
        <translation>Bản ghi nhật ký %1 đã bị sửa đổi sau khi ghi.</translation>
    </message>
    <message>
        <source>The chain ends at event %1 but %2 events were recorded.</source>
        <translation>Chuỗi nhật ký kết thúc ở bản ghi %1 nhưng đã ghi nhận %2 bản ghi.</translation>
    </message>
</context>
<context>
    <name>AuditNote</name>
    <message>
        <source>revision %1: %2</source>
        <translation>phiên bản %1: %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (đã ngừng hoạt động)</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, hạn trả lời %2</translation>
    </message>
    <message>
        <source>import %1, line %2</source>
        <translation>nhập từ %1, dòng %2</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>There is no question with id %1 that you may see.</source>
        <translation>Không có câu hỏi có id %1 trong phạm vi được phép xem.</translation>
    </message>
    <message>
        <source>Only administrators and coordinators may read the whole audit log.</source>
        <translation>Chỉ quản trị viên và cán bộ tiếp nhận – điều phối mới được xem toàn bộ nhật ký.</translation>
    </message>
    <message>
        <source>Only administrators and coordinators may verify the audit log.</source>
        <translation>Chỉ quản trị viên và cán bộ tiếp nhận – điều phối mới được kiểm tra tính toàn vẹn của nhật ký.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Không khởi động được thư viện mật mã.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Không đủ bộ nhớ để bảo vệ mật khẩu.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Mật khẩu quá dài.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Tài khoản %1 đã bị vô hiệu hóa.</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after too many wrong passwords; try again in %n minute(s).</source>
        <translation>
            <numerusform>Tài khoản %1 bị tạm khóa do nhập sai mật khẩu quá nhiều lần; vui lòng thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>Sai mật khẩu. Tài khoản %1 bị tạm khóa trong %2 phút.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: wrong user name or password, or the account is disabled or locked on the server.</source>
        <translation>Máy chủ từ chối đăng nhập: sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị vô hiệu hóa hay bị khóa trên máy chủ.</translation>
    </message>
    <message>
        <source>%1 may sign in to the server but is not a DanHoi user of this database.</source>
        <translation>%1 đăng nhập được vào máy chủ nhưng không phải là người dùng DanHoi của cơ sở dữ liệu này.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot restore the previous bundle %1</source>
        <translation>Không khôi phục được gói công bố trước đó %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The bundle file name %1 leaves the bundle folder.</source>
        <translation>Tên tệp %1 nằm ngoài thư mục của gói công bố.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; choose another --out.</source>
        <translation>%1 đã có và không phải thư mục; hãy chọn --out khác.</translation>
    </message>
    <message>
        <source>Cannot move the old bundle %1 aside</source>
        <translation>Không chuyển được gói công bố cũ %1 sang vị trí khác</translation>
    </message>
    <message>
        <source>Cannot create the link %1</source>
        <translation>Không tạo được liên kết %1</translation>
    </message>
    <message>
        <source>Cannot put the new bundle online at %1</source>
        <translation>Không đưa được gói công bố mới vào sử dụng tại %1</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation>Không ghi được %1 xuống đĩa</translation>
    </message>
</context>
<context>
    <name>CalendarAdminWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>Days off (Labor Code and this year&apos;s changes)</source>
        <translation>Ngày nghỉ (theo Bộ luật Lao động và điều chỉnh trong năm)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <source>Changes announced for this year</source>
        <translation>Các điều chỉnh đã công bố cho năm này</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation>Tên hoặc ghi chú</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Người thay đổi</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name or note:</source>
        <translation>&amp;Tên hoặc ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Set this day</source>
        <translation>Đặt ngà&amp;y này</translation>
    </message>
    <message>
        <source>&amp;Remove the change</source>
        <translation>&amp;Bỏ điều chỉnh</translation>
    </message>
    <message>
        <source>Days off this year</source>
        <translation>Ngày nghỉ trong năm</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1 must be a date written YYYY-MM-DD.</source>
        <translation>%1 phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 phải là số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>calendar due needs --from YYYY-MM-DD and --working-days N.</source>
        <translation>Lệnh calendar due cần --from YYYY-MM-DD và --working-days N.</translation>
    </message>
    <message>
        <source>--from must be a date between 2000 and 2199.</source>
        <translation>--from phải là ngày trong khoảng từ năm 2000 đến năm 2199.</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>Hạn trả lời %1: %2</translation>
    </message>
    <message>
        <source>calendar set needs either --off NAME or --working NOTE.</source>
        <translation>Lệnh calendar set cần --off NAME hoặc --working NOTE.</translation>
    </message>
    <message>
        <source>%1 is now a day off: %2.</source>
        <translation>Ngày %1 đã được đặt là ngày nghỉ: %2.</translation>
    </message>
    <message>
        <source>%1 is now a working day.</source>
        <translation>Ngày %1 đã được đặt là ngày làm việc.</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>Removed what was set for %1; it is now %2.</source>
        <translation>Đã xóa thiết lập của ngày %1; ngày này hiện là %2.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Only an administrator may change the holidays and working days.</source>
        <translation>Chỉ quản trị viên mới được thay đổi ngày nghỉ và ngày làm việc.</translation>
    </message>
    <message>
        <source>Give a date between 2000 and 2199 as YYYY-MM-DD.</source>
        <translation>Hãy nhập ngày trong khoảng từ năm 2000 đến năm 2199 theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The name of the day off</source>
        <translation>Tên ngày nghỉ</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nothing was set for %1; its holidays come from the Labor Code.</source>
        <translation>Ngày %1 chưa có thiết lập riêng; ngày nghỉ lễ, tết được xác định theo Bộ luật Lao động.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Someone else changed this department; reload and try again.</source>
        <translation>Sở/ngành này vừa được người khác thay đổi; vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>Someone else changed this category; reload and try again.</source>
        <translation>Lĩnh vực này vừa được người khác thay đổi; vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation>Sở/ngành &amp;mặc định:</translation>
    </message>
    <message>
        <source>&amp;Answer period (working days):</source>
        <translation>Thời &amp;hạn trả lời (ngày làm việc):</translation>
    </message>
    <message>
        <source>&amp;Offered for new questions</source>
        <translation>Còn &amp;dùng cho câu hỏi mới</translation>
    </message>
    <message>
        <source>A new period applies to questions routed from now on; due dates already set stay as they are.</source>
        <translation>Thời hạn mới áp dụng cho các câu hỏi được chuyển xử lý từ nay; hạn trả lời đã định giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>This command needs --user NAME.</source>
        <translation>Lệnh này cần --user NAME.</translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1; the old file was kept as %2.</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp từ phiên bản lược đồ %1; tệp cũ được giữ lại là %2.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>The environment variable %1 is not valid UTF-8.</source>
        <translation>Biến môi trường %1 không phải chuỗi UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>Set the password in the environment variable %1 (no terminal to ask on).</source>
        <translation>Hãy đặt mật khẩu trong biến môi trường %1 (không có terminal để nhập mật khẩu).</translation>
    </message>
    <message>
        <source>The password is not valid UTF-8.</source>
        <translation>Mật khẩu không phải chuỗi UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a question or an answer.</source>
        <translation>Tệp %1 quá lớn đối với nội dung câu hỏi hoặc câu trả lời.</translation>
    </message>
    <message>
        <source>The file %1 is not valid UTF-8 text.</source>
        <translation>Tệp %1 không phải văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text.</source>
        <translation>Tham số %1 không phải văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>On a shared server, run dev generate as the database owner: its location&apos;s user, without --user.</source>
        <translation>Trên máy chủ dùng chung, hãy chạy dev generate với tư cách chủ sở hữu cơ sở dữ liệu: người dùng trong địa chỉ kết nối, không dùng --user.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Set up a new database: the agency and its first administrator</source>
        <translation>Khởi tạo cơ sở dữ liệu mới: cơ quan và quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation>Thêm Sở/ngành</translation>
    </message>
    <message>
        <source>List departments</source>
        <translation>Liệt kê các Sở/ngành</translation>
    </message>
    <message>
        <source>Add a category with its answer period</source>
        <translation>Thêm lĩnh vực kèm thời hạn trả lời</translation>
    </message>
    <message>
        <source>List categories</source>
        <translation>Liệt kê các lĩnh vực</translation>
    </message>
    <message>
        <source>Add a user (password from DANHOI_NEW_PASSWORD)</source>
        <translation>Thêm người dùng (mật khẩu lấy từ DANHOI_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>List users</source>
        <translation>Liệt kê người dùng</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <source>Change a password (new password from DANHOI_NEW_PASSWORD)</source>
        <translation>Đổi mật khẩu (mật khẩu mới lấy từ DANHOI_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>Record a question</source>
        <translation>Tiếp nhận câu hỏi</translation>
    </message>
    <message>
        <source>List questions, newest first</source>
        <translation>Liệt kê câu hỏi, mới nhất xếp trước</translation>
    </message>
    <message>
        <source>Show a question with its answers and history</source>
        <translation>Xem câu hỏi kèm các câu trả lời và quá trình xử lý</translation>
    </message>
    <message>
        <source>Put a question on a clerk&apos;s desk</source>
        <translation>Giao câu hỏi cho chuyên viên xử lý</translation>
    </message>
    <message>
        <source>Route a question to a department</source>
        <translation>Chuyển câu hỏi đến Sở/ngành xử lý</translation>
    </message>
    <message>
        <source>Reject a question</source>
        <translation>Từ chối câu hỏi</translation>
    </message>
    <message>
        <source>Save a new revision of the answer</source>
        <translation>Lưu phiên bản mới của dự thảo trả lời</translation>
    </message>
    <message>
        <source>Submit the answer for approval</source>
        <translation>Trình duyệt dự thảo trả lời</translation>
    </message>
    <message>
        <source>Approve the submitted answer</source>
        <translation>Phê duyệt dự thảo trả lời đã trình</translation>
    </message>
    <message>
        <source>Return the answer for revision</source>
        <translation>Trả lại dự thảo trả lời để chỉnh sửa</translation>
    </message>
    <message>
        <source>Ask the coordinator to route the question elsewhere</source>
        <translation>Đề nghị cán bộ tiếp nhận – điều phối chuyển câu hỏi sang Sở/ngành khác</translation>
    </message>
    <message>
        <source>Take a published answer offline</source>
        <translation>Thu hồi công bố câu trả lời</translation>
    </message>
    <message>
        <source>List audit events</source>
        <translation>Liệt kê các bản ghi nhật ký</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Kiểm tra tính toàn vẹn của chuỗi nhật ký</translation>
    </message>
    <message>
        <source>Check integrity and schema version</source>
        <translation>Kiểm tra tính toàn vẹn và phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Upgrade the schema (after a backup)</source>
        <translation>Nâng cấp lược đồ (sau khi sao lưu)</translation>
    </message>
    <message>
        <source>Write a verified copy of the database</source>
        <translation>Ghi bản sao lưu đã được kiểm tra của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Unknown option %1. See danhoi-cli --help.</source>
        <translation>Không có tùy chọn %1. Xem danhoi-cli --help.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Tùy chọn --%1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See danhoi-cli --help.</source>
        <translation>Không có tùy chọn --%1. Xem danhoi-cli --help.</translation>
    </message>
    <message>
        <source>No command given. See danhoi-cli --help.</source>
        <translation>Chưa nhập lệnh. Xem danhoi-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See danhoi-cli --help.</source>
        <translation>Không có lệnh &quot;%1&quot;. Xem danhoi-cli --help.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; has no option --%2.</source>
        <translation>Lệnh &quot;%1&quot; không có tùy chọn --%2.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs %2.</source>
        <translation>Lệnh &quot;%1&quot; cần %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for the command &quot;%2&quot;.</source>
        <translation>Lệnh &quot;%2&quot; không nhận tham số &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Tùy chọn chung (đặt trước hoặc sau lệnh):</translation>
    </message>
    <message>
        <source>who acts; the password comes from env DANHOI_PASSWORD or a prompt</source>
        <translation>người thực hiện; mật khẩu lấy từ biến môi trường DANHOI_PASSWORD hoặc nhập khi được hỏi</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>kết quả ở dạng máy đọc được</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>ID is a numeric id or a reference such as HD-2025-000123. Put -- before an argument that starts with &apos;-&apos;.</source>
        <translation>ID là id dạng số hoặc mã câu hỏi như HD-2025-000123. Đặt -- trước tham số bắt đầu bằng &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Statuses: received, assigned, drafting, pending_approval, approved, published, rejected, transfer_requested.</source>
        <translation>Các trạng thái: received, assigned, drafting, pending_approval, approved, published, rejected, transfer_requested.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other error, 2 invalid input or usage, 3 not permitted, 4 not found, 5 conflict, 6 authentication failed, 7 verification failed.</source>
        <translation>Mã thoát: 0 thành công, 1 lỗi khác, 2 dữ liệu vào hoặc cách dùng không hợp lệ, 3 không có quyền, 4 không tìm thấy, 5 xung đột, 6 xác thực không thành công, 7 kiểm tra không đạt.</translation>
    </message>
    <message>
        <source>List the public holidays and days in lieu of a year</source>
        <translation>Liệt kê các ngày nghỉ lễ, tết và ngày nghỉ bù trong năm</translation>
    </message>
    <message>
        <source>The due date N working days after a date (YYYY-MM-DD), with the days skipped</source>
        <translation>Tính hạn sau N ngày làm việc kể từ một ngày (YYYY-MM-DD), kèm các ngày không tính</translation>
    </message>
    <message>
        <source>List the days set on top of the Labor Code</source>
        <translation>Liệt kê các ngày được thiết lập thêm ngoài quy định của Bộ luật Lao động</translation>
    </message>
    <message>
        <source>Set a day as an extra day off (--off NAME) or a working day (--working NOTE)</source>
        <translation>Đặt một ngày là ngày nghỉ bổ sung (--off NAME) hoặc ngày làm việc (--working NOTE)</translation>
    </message>
    <message>
        <source>Remove what was set for a day</source>
        <translation>Xóa thiết lập đã đặt cho một ngày</translation>
    </message>
    <message>
        <source>Search questions: words, &quot;a phrase&quot;, -excluded, prefix* (--rebuild, --check: the index, admins)</source>
        <translation>Tìm kiếm câu hỏi: từ, &quot;cụm từ&quot;, -từ_loại_trừ, tiền_tố* (--rebuild, --check: chỉ mục, dành cho quản trị viên)</translation>
    </message>
    <message>
        <source>The questions most like a question, answered ones first</source>
        <translation>Các câu hỏi tương tự nhất với một câu hỏi, câu đã trả lời xếp trước</translation>
    </message>
    <message>
        <source>Export the questions you may see as CSV, XLSX or JSON (dates: received from/to)</source>
        <translation>Xuất các câu hỏi được phép xem ra CSV, XLSX hoặc JSON (ngày: tiếp nhận từ/đến)</translation>
    </message>
    <message>
        <source>Write the reply letter to the asker as ODT or PDF (signer title lines separated by |)</source>
        <translation>Lập văn bản trả lời gửi người hỏi dạng ODT hoặc PDF (các dòng chức danh người ký phân cách bằng |)</translation>
    </message>
    <message>
        <source>Suggest departments for a question or for --text, with the words behind each</source>
        <translation>Gợi ý Sở/ngành cho một câu hỏi hoặc cho --text, kèm các từ làm căn cứ cho từng gợi ý</translation>
    </message>
    <message>
        <source>Fill the database with realistic synthetic questions (for trials and benchmarks)</source>
        <translation>Nạp vào cơ sở dữ liệu các câu hỏi giả lập sát thực tế (để chạy thử và đo hiệu năng)</translation>
    </message>
    <message>
        <source>Import portal submissions (CSV, JSON, JSON Lines): all records or none</source>
        <translation>Nhập câu hỏi gửi qua Cổng thông tin (CSV, JSON, JSON Lines): nhập tất cả bản ghi hoặc không nhập bản ghi nào</translation>
    </message>
    <message>
        <source>Publish approved answers and write the portal bundle (push token from DANHOI_PORTAL_TOKEN)</source>
        <translation>Công bố các câu trả lời đã phê duyệt và ghi gói công bố (mã truy cập để đẩy dữ liệu lấy từ DANHOI_PORTAL_TOKEN)</translation>
    </message>
    <message>
        <source>Show a question as the public will see it</source>
        <translation>Xem câu hỏi như khi hiển thị công khai</translation>
    </message>
    <message>
        <source>Always hide a text of a question from the public</source>
        <translation>Luôn ẩn một đoạn văn bản của câu hỏi khi công khai</translation>
    </message>
    <message>
        <source>Keep a text public that the automatic redaction would hide</source>
        <translation>Giữ công khai một đoạn văn bản mà chức năng tự động che thông tin sẽ ẩn</translation>
    </message>
    <message>
        <source>Forget a manual choice (--kind hide, the default, or keep)</source>
        <translation>Bỏ một lựa chọn thủ công (--kind hide, mặc định, hoặc keep)</translation>
    </message>
    <message>
        <source>Show the publishing settings</source>
        <translation>Xem các thiết lập công bố</translation>
    </message>
    <message>
        <source>Change a publishing setting: agency.portal_base_url, publish.asker_line, redaction.allowlist</source>
        <translation>Thay đổi một thiết lập công bố: agency.portal_base_url, publish.asker_line, redaction.allowlist</translation>
    </message>
    <message>
        <source>Usage: danhoi-cli [--db LOCATION] [--user NAME] [--json] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Cách dùng: danhoi-cli [--db LOCATION] [--user NAME] [--json] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>an SQLite database file or postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir] (or env DANHOI_DB; default: the desktop app&apos;s file)</source>
        <translation>tệp cơ sở dữ liệu SQLite hoặc postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir] (hoặc biến môi trường DANHOI_DB; mặc định: tệp của ứng dụng trên máy trạm)</translation>
    </message>
    <message>
        <source>Move a single-desk SQLite file onto a new PostgreSQL database (its owner; users become login roles)</source>
        <translation>Chuyển tệp SQLite của máy trạm đơn lẻ sang một cơ sở dữ liệu PostgreSQL mới (do chủ sở hữu thực hiện; người dùng trở thành vai trò đăng nhập)</translation>
    </message>
    <message>
        <source>Change a category: --name NEW, --department CODE (- for none), --days N, --active yes|no</source>
        <translation>Sửa một lĩnh vực: --name TÊN_MỚI, --department MÃ (- để bỏ trống), --days N, --active yes|no</translation>
    </message>
    <message>
        <source>Set up a new, empty PostgreSQL database as its owner: schema, roles and permissions</source>
        <translation>Thiết lập cơ sở dữ liệu PostgreSQL mới, còn trống, với tư cách chủ sở hữu: lược đồ, vai trò và quyền</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Where DanHoi keeps its data</source>
        <translation>Nơi DanHoi lưu dữ liệu</translation>
    </message>
    <message>
        <source>On &amp;this computer only (a database file)</source>
        <translation>Chỉ trên máy &amp;tính này (một tệp cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Chỉ trên máy tính này</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>On the office&apos;s &amp;shared server (PostgreSQL)</source>
        <translation>Trên máy chủ dùng chung của cơ &amp;quan (PostgreSQL)</translation>
    </message>
    <message>
        <source>On the office&apos;s shared server</source>
        <translation>Trên máy chủ dùng chung của cơ quan</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>e.g. danhoi.ubnd.local</source>
        <translation>ví dụ: danhoi.ubnd.local</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Mã hóa &amp;kết nối:</translation>
    </message>
    <message>
        <source>Your IT officer gives you the server, port and database. You sign in with your own DanHoi user name and password.</source>
        <translation>Cán bộ phụ trách công nghệ thông tin cung cấp máy chủ, cổng và tên cơ sở dữ liệu. Đồng chí đăng nhập bằng tên đăng nhập và mật khẩu DanHoi của mình.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Chưa cài đặt trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>Lỗi cơ sở dữ liệu (%1): %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Chưa cài đặt trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL location.</source>
        <translation>%1 không phải là địa chỉ cơ sở dữ liệu PostgreSQL.</translation>
    </message>
    <message>
        <source>the local default socket</source>
        <translation>socket cục bộ mặc định</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the login of %2: wrong user name or password, or this account may not log in (server said: %3).</source>
        <translation>Máy chủ PostgreSQL %1 từ chối đăng nhập của %2: sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản này không được phép đăng nhập (thông báo của máy chủ: %3).</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>người dùng mặc định</translation>
    </message>
    <message>
        <source>There is no database %1 on the PostgreSQL server %2.</source>
        <translation>Không có cơ sở dữ liệu %1 trên máy chủ PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1: check its address and port, that it is running and accepts connections from here (server said: %2).</source>
        <translation>Không kết nối được tới máy chủ PostgreSQL %1: đề nghị kiểm tra địa chỉ và cổng, máy chủ đang hoạt động và cho phép kết nối từ máy này (thông báo của máy chủ: %2).</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Không kết nối được tới cơ sở dữ liệu PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>Another desk changed the same data at the same moment; try again.</source>
        <translation>Một máy trạm khác vừa thay đổi cùng dữ liệu vào đúng thời điểm này; đề nghị thực hiện lại.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The audit chain of %1 does not verify: %2</source>
        <translation>Chuỗi nhật ký của %1 không đạt kiểm tra: %2</translation>
    </message>
    <message>
        <source>--from takes the SQLite file of the single-desk installation.</source>
        <translation>--from nhận tệp SQLite của máy trạm đơn lẻ.</translation>
    </message>
    <message>
        <source>--to takes the new PostgreSQL database, postgresql://OWNER@HOST/DBNAME.</source>
        <translation>--to nhận cơ sở dữ liệu PostgreSQL mới, dạng postgresql://OWNER@HOST/DBNAME.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Chưa sao chép dữ liệu nào: %1</translation>
    </message>
    <message>
        <source>The copy holds %1 audit events but the file %2; nothing was copied.</source>
        <translation>Bản sao có %1 bản ghi nhật ký nhưng tệp nguồn có %2; chưa sao chép dữ liệu nào.</translation>
    </message>
    <message>
        <source>The file %1 is not a DanHoi database.</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu DanHoi.</translation>
    </message>
    <message>
        <source>The file %1 has schema version %2 but this DanHoi copies only version %3. db copy never changes the file it copies: upgrade it first with &quot;danhoi-cli --db %1 db upgrade&quot; (a backup is kept beside it), then copy it.</source>
        <translation>Tệp %1 có phiên bản lược đồ %2, nhưng chương trình DanHoi này chỉ sao chép phiên bản %3. Lệnh db copy không bao giờ thay đổi tệp được sao chép: đề nghị nâng cấp tệp trước bằng lệnh &quot;danhoi-cli --db %1 db upgrade&quot; (bản sao lưu được giữ bên cạnh tệp), sau đó sao chép lại.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database file name contains control characters.</source>
        <translation>Tên tệp cơ sở dữ liệu chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <source>Unknown kind of database location &quot;%1://&quot;: give an SQLite file or postgresql://[USER@]HOST[:PORT]/DBNAME.</source>
        <translation>Không nhận biết được loại địa chỉ cơ sở dữ liệu &quot;%1://&quot;: đề nghị nhập tệp SQLite hoặc postgresql://[USER@]HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>The PostgreSQL location is not valid: %1 (expected postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir&amp;sslmode=…]).</source>
        <translation>Địa chỉ PostgreSQL không hợp lệ: %1 (định dạng đúng: postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir&amp;sslmode=…]).</translation>
    </message>
    <message>
        <source>a &quot;#&quot; fragment has no meaning here</source>
        <translation>phần &quot;#&quot; không có ý nghĩa ở đây</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>thiếu tên cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the database name has a broken %-escape or a control character</source>
        <translation>tên cơ sở dữ liệu có mã %-escape lỗi hoặc ký tự điều khiển</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;</source>
        <translation>tên cơ sở dữ liệu không được chứa &quot;/&quot;</translation>
    </message>
    <message>
        <source>the database name is longer than %1 bytes</source>
        <translation>tên cơ sở dữ liệu dài quá %1 byte</translation>
    </message>
    <message>
        <source>a password does not belong in the location; DanHoi asks for it or reads DANHOI_PASSWORD</source>
        <translation>không ghi mật khẩu trong địa chỉ; DanHoi sẽ hỏi mật khẩu hoặc đọc từ DANHOI_PASSWORD</translation>
    </message>
    <message>
        <source>the user name before &quot;@&quot; is empty, has a broken %-escape or a control character</source>
        <translation>tên đăng nhập trước &quot;@&quot; bị trống, có mã %-escape lỗi hoặc ký tự điều khiển</translation>
    </message>
    <message>
        <source>the user name is longer than %1 bytes</source>
        <translation>tên đăng nhập dài quá %1 byte</translation>
    </message>
    <message>
        <source>the IPv6 address in brackets is malformed</source>
        <translation>địa chỉ IPv6 trong dấu ngoặc vuông không đúng định dạng</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>có nội dung thừa sau địa chỉ IPv6</translation>
    </message>
    <message>
        <source>the port after &quot;:&quot; is missing</source>
        <translation>thiếu số cổng sau &quot;:&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; không phải là tên máy chủ</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>số cổng phải là số từ 1 đến 65535</translation>
    </message>
    <message>
        <source>every option after &quot;?&quot; is written key=value</source>
        <translation>mỗi tùy chọn sau &quot;?&quot; phải viết dạng key=value</translation>
    </message>
    <message>
        <source>the option %1 is given twice</source>
        <translation>tùy chọn %1 bị nhập hai lần</translation>
    </message>
    <message>
        <source>the option %1 has an empty value, a broken %-escape or a control character</source>
        <translation>tùy chọn %1 có giá trị trống, mã %-escape lỗi hoặc ký tự điều khiển</translation>
    </message>
    <message>
        <source>give the server either before the database name or as ?host=, not both</source>
        <translation>chỉ ghi máy chủ ở một chỗ: trước tên cơ sở dữ liệu hoặc trong ?host=, không ghi cả hai</translation>
    </message>
    <message>
        <source>?host= takes the folder of the server&apos;s Unix socket, an absolute path</source>
        <translation>?host= nhận thư mục chứa Unix socket của máy chủ, ghi bằng đường dẫn tuyệt đối</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, given once</source>
        <translation>số cổng phải là số từ 1 đến 65535 và chỉ ghi một lần</translation>
    </message>
    <message>
        <source>the option %1 cannot contain &quot;;&quot;</source>
        <translation>tùy chọn %1 không được chứa &quot;;&quot;</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode phải là một trong các giá trị %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>không có tùy chọn &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>There is no DanHoi database at %1. Create it with &quot;danhoi-cli init&quot;.</source>
        <translation>Không có cơ sở dữ liệu DanHoi tại %1. Hãy tạo bằng lệnh &quot;danhoi-cli init&quot;.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Nhập tên hoặc địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Cổng phải trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The database %1 already holds DanHoi data (schema version %2); use &quot;db upgrade&quot; to bring it up to date.</source>
        <translation>Cơ sở dữ liệu %1 đã có dữ liệu DanHoi (phiên bản lược đồ %2); đề nghị dùng lệnh &quot;db upgrade&quot; để cập nhật.</translation>
    </message>
</context>
<context>
    <name>DatabaseUpgradeDialog</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Đang nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Upgrade in progress</source>
        <translation>Đang nâng cấp</translation>
    </message>
    <message>
        <source>On a large database this takes several minutes. Please keep DanHoi open and do not switch the computer off; the desk opens by itself when the upgrade is done.</source>
        <translation>Với cơ sở dữ liệu lớn, việc này mất vài phút. Đề nghị để DanHoi mở và không tắt máy tính; màn hình làm việc sẽ tự mở khi nâng cấp xong.</translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <source>DanHoi cannot start</source>
        <translation>Không khởi động được DanHoi</translation>
    </message>
</context>
<context>
    <name>DevCommands</name>
    <message>
        <source>dev generate needs --count N (a whole number).</source>
        <translation>Lệnh dev generate cần --count N (số nguyên).</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed phải là số nguyên.</translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 trên %2 câu hỏi</translation>
    </message>
    <message>
        <source>Generated %1 questions, %2 revisions and %3 audit events in %4 s. Synthetic staff (cv.CODE, ld.CODE, dieuphoi.demo) log in with the password %5.</source>
        <translation>Đã tạo %1 câu hỏi, %2 phiên bản và %3 bản ghi nhật ký trong %4 giây. Cán bộ giả lập (cv.CODE, ld.CODE, dieuphoi.demo) đăng nhập bằng mật khẩu %5.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã chuyển xử lý</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Đang dự thảo</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation>Đã đề nghị chuyển</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Draft answer</source>
        <translation>Dự thảo trả lời</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Request transfer</source>
        <translation>Đề nghị chuyển</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Thu hồi công bố</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cán bộ tiếp nhận – điều phối</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cổng thông tin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư (bưu chính)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Reference</source>
        <translation>Mã câu hỏi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Mã Sở/ngành</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở/ngành</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái (mã)</translation>
    </message>
    <message>
        <source>Status (Vietnamese)</source>
        <translation>Trạng thái (tiếng Việt)</translation>
    </message>
    <message>
        <source>Working days taken</source>
        <translation>Số ngày làm việc đã dùng</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>quá hạn</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>--%1 must be a date like 2025-03-04 or 04/03/2025.</source>
        <translation>--%1 phải là ngày dạng 2025-03-04 hoặc 04/03/2025.</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Hãy chỉ định tệp cần ghi bằng --out.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json.</source>
        <translation>--format phải là csv, xlsx hoặc json.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Exported %1 question(s) to %2.</source>
        <translation>Đã xuất %1 câu hỏi ra %2.</translation>
    </message>
    <message>
        <source>--format must be odt or pdf.</source>
        <translation>--format phải là odt hoặc pdf.</translation>
    </message>
    <message>
        <source>Wrote the letter for %1 to %2.</source>
        <translation>Đã ghi văn bản trả lời câu hỏi %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export questions</source>
        <translation>Xuất danh sách câu hỏi</translation>
    </message>
    <message>
        <source>One row per question you may see, with its dates, department, status, working days taken, the question and the answer.</source>
        <translation>Mỗi câu hỏi được phép xem là một dòng, gồm các mốc thời gian, Sở/ngành, trạng thái, số ngày làm việc đã dùng, nội dung câu hỏi và câu trả lời.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Sở/ngành:</translation>
    </message>
    <message>
        <source>Received f&amp;rom:</source>
        <translation>Tiếp nhận từ &amp;ngày:</translation>
    </message>
    <message>
        <source>Received &amp;to:</source>
        <translation>Tiếp nhận đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Received from (date)</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <source>Received to (date)</source>
        <translation>Tiếp nhận đến ngày</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Give the file to write the export to.</source>
        <translation>Hãy chỉ định tệp để ghi dữ liệu xuất.</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>Ngày bắt đầu %1 sau ngày kết thúc %2.</translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation>Không có Sở/ngành nào có mã %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ExportWriters</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>GuardedWrites</name>
    <message>
        <source>This PostgreSQL database has no DanHoi security layer; its owner must run &quot;danhoi-cli db provision&quot; (a new database) or &quot;db upgrade&quot;.</source>
        <translation>Cơ sở dữ liệu PostgreSQL này chưa có lớp bảo mật của DanHoi; chủ sở hữu cần chạy &quot;danhoi-cli db provision&quot; (cơ sở dữ liệu mới) hoặc &quot;db upgrade&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import questions</source>
        <translation>Nhập câu hỏi</translation>
    </message>
    <message>
        <source>Questions sent from the portal as CSV, JSON or JSON Lines. The file is checked first; it is imported only when every record is valid, and questions already recorded are skipped.</source>
        <translation>Câu hỏi gửi từ Cổng thông tin dưới dạng CSV, JSON hoặc JSON Lines. Tệp được kiểm tra trước; chỉ nhập khi mọi bản ghi đều hợp lệ, câu hỏi đã tiếp nhận sẽ được bỏ qua.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;First records:</source>
        <translation>Các &amp;bản ghi đầu:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Lỗi phát hiện:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Tệp cần nhập</translation>
    </message>
    <message>
        <source>Fil&amp;e:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>First records of the file</source>
        <translation>Các bản ghi đầu của tệp</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Các lỗi phát hiện trong tệp</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Only a coordinator may import questions.</source>
        <translation>Chỉ cán bộ tiếp nhận – điều phối mới được nhập câu hỏi từ tệp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (portal, email, letter, phone, walk_in).</source>
        <translation>&quot;%1&quot; không phải kênh tiếp nhận hợp lệ (portal, email, letter, phone, walk_in).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use ISO 8601, e.g. 2025-03-04T09:30:00+07:00).</source>
        <translation>&quot;%1&quot; không phải ngày giờ hợp lệ (dùng ISO 8601, ví dụ 2025-03-04T09:30:00+07:00).</translation>
    </message>
    <message>
        <source>repeats the external id %1 of line %2.</source>
        <translation>trùng mã định danh bên ngoài %1 của dòng %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy nhập dữ liệu; không có câu hỏi nào được nhập.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Record a question</source>
        <translation>Tiếp nhận câu hỏi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>A short summary of the question</source>
        <translation>Tóm tắt ngắn gọn nội dung câu hỏi</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Nội dung câu hỏi:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Tiếp nhận &amp;lúc:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>Asker (never published)</source>
        <translation>Người hỏi (không bao giờ công bố)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>Địa &amp;phương:</translation>
    </message>
    <message>
        <source>Commune / ward, district</source>
        <translation>Xã/phường, quận/huyện</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Số điện thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>Số &amp;CCCD/CMND:</translation>
    </message>
    <message>
        <source>12-digit citizen ID</source>
        <translation>Số định danh cá nhân gồm 12 chữ số</translation>
    </message>
    <message>
        <source>Record &amp;another after saving</source>
        <translation>Sau khi lưu, tiếp nhận câu hỏi &amp;mới</translation>
    </message>
    <message>
        <source>Similar questions already recorded</source>
        <translation>Các câu hỏi tương tự đã tiếp nhận</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Only a coordinator or the staff of the answering department may issue the letter for question %1.</source>
        <translation>Chỉ cán bộ tiếp nhận – điều phối hoặc cán bộ của Sở/ngành trả lời mới được phát hành văn bản trả lời câu hỏi %1.</translation>
    </message>
    <message>
        <source>Question %1 has no approved answer yet; a letter can be issued once it is approved.</source>
        <translation>Câu hỏi %1 chưa có câu trả lời được phê duyệt; chỉ phát hành văn bản sau khi câu trả lời được phê duyệt.</translation>
    </message>
    <message>
        <source>Give the file to write the letter to.</source>
        <translation>Hãy chỉ định tệp để ghi văn bản trả lời.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to DanHoi</source>
        <translation>Đăng nhập DanHoi</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Tha&amp;y đổi…</translation>
    </message>
    <message>
        <source>Change where the data is</source>
        <translation>Thay đổi nơi lưu dữ liệu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DanHoi</source>
        <translation>DanHoi</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Câu hỏi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Cô&amp;ng cụ</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;Tiếp nhận câu hỏi…</translation>
    </message>
    <message>
        <source>Record a question received by the agency</source>
        <translation>Tiếp nhận câu hỏi gửi đến cơ quan</translation>
    </message>
    <message>
        <source>&amp;Route…</source>
        <translation>Chuyển &amp;xử lý…</translation>
    </message>
    <message>
        <source>Send the question to a department with a deadline</source>
        <translation>Chuyển câu hỏi đến Sở/ngành kèm hạn trả lời</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Từ &amp;chối…</translation>
    </message>
    <message>
        <source>Reject as spam, out of scope or a duplicate</source>
        <translation>Từ chối vì là thư rác, không thuộc thẩm quyền hoặc trùng lặp</translation>
    </message>
    <message>
        <source>Assign to a &amp;clerk…</source>
        <translation>&amp;Giao chuyên viên…</translation>
    </message>
    <message>
        <source>Put the question on a named clerk&apos;s desk</source>
        <translation>Giao câu hỏi cho một chuyên viên cụ thể xử lý</translation>
    </message>
    <message>
        <source>&amp;Write answer…</source>
        <translation>&amp;Dự thảo trả lời…</translation>
    </message>
    <message>
        <source>Open the answer editor</source>
        <translation>Mở cửa sổ soạn thảo trả lời</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>T&amp;rình duyệt</translation>
    </message>
    <message>
        <source>Send the latest draft to the supervisor</source>
        <translation>Trình dự thảo mới nhất để lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>Re&amp;view draft…</source>
        <translation>Du&amp;yệt dự thảo…</translation>
    </message>
    <message>
        <source>Approve the draft or return it with a comment</source>
        <translation>Phê duyệt dự thảo hoặc trả lại kèm ý kiến</translation>
    </message>
    <message>
        <source>Request &amp;transfer…</source>
        <translation>Đề nghị ch&amp;uyển…</translation>
    </message>
    <message>
        <source>Ask the coordinator to send the question to another department</source>
        <translation>Đề nghị cán bộ tiếp nhận – điều phối chuyển câu hỏi sang Sở/ngành khác</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Thu &amp;hồi công bố…</translation>
    </message>
    <message>
        <source>Take the answer off the portal</source>
        <translation>Gỡ câu trả lời khỏi Cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Reload the lists and counts</source>
        <translation>Tải lại danh sách và số lượng</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>Filter the list by reference or title</source>
        <translation>Lọc danh sách theo mã câu hỏi hoặc tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Quản trị…</translation>
    </message>
    <message>
        <source>Users, departments, categories and agency settings</source>
        <translation>Người dùng, Sở/ngành, lĩnh vực và thiết lập của cơ quan</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>Lock the window until the password is entered again</source>
        <translation>Khóa cửa sổ cho đến khi nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Print / save &amp;letter…</source>
        <translation>In / lưu &amp;văn bản trả lời…</translation>
    </message>
    <message>
        <source>Save the official reply letter to the citizen as PDF or ODT</source>
        <translation>Lưu văn bản trả lời công dân dạng PDF hoặc ODT</translation>
    </message>
    <message>
        <source>E&amp;xport questions…</source>
        <translation>&amp;Xuất danh sách câu hỏi…</translation>
    </message>
    <message>
        <source>Write a report of questions to CSV, Excel or JSON</source>
        <translation>Xuất báo cáo câu hỏi ra tệp CSV, Excel hoặc JSON</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Công &amp;bố…</translation>
    </message>
    <message>
        <source>Review what the public sees of the approved answer and publish it</source>
        <translation>Xem nội dung sẽ công khai của câu trả lời đã phê duyệt và công bố</translation>
    </message>
    <message>
        <source>&amp;Import questions…</source>
        <translation>&amp;Nhập câu hỏi…</translation>
    </message>
    <message>
        <source>Record questions sent from the portal as a CSV or JSON file</source>
        <translation>Tiếp nhận câu hỏi gửi từ Cổng thông tin dưới dạng tệp CSV hoặc JSON</translation>
    </message>
    <message>
        <source>&amp;Write the portal bundle…</source>
        <translation>&amp;Ghi lại gói công bố…</translation>
    </message>
    <message>
        <source>Write every published answer to the portal folder again</source>
        <translation>Ghi lại toàn bộ câu trả lời đã công bố vào thư mục cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;Learn department suggestions again</source>
        <translation>&amp;Học lại gợi ý Sở/ngành</translation>
    </message>
    <message>
        <source>Learn the routing suggestions from every question routed so far</source>
        <translation>Học lại gợi ý chuyển xử lý từ tất cả câu hỏi đã chuyển đến nay</translation>
    </message>
    <message>
        <source>Search the text of every question and answer you may see</source>
        <translation>Tìm trong toàn văn các câu hỏi và câu trả lời được phép xem</translation>
    </message>
    <message>
        <source>Fi&amp;lter the list</source>
        <translation>Lọ&amp;c danh sách</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation>Nhật ký đã bị can thiệp trái phép: %1</translation>
    </message>
    <message>
        <source>The audit chain of %1 events is intact.</source>
        <translation>Chuỗi nhật ký gồm %1 bản ghi còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>The database check failed: %1</source>
        <translation>Kiểm tra cơ sở dữ liệu không đạt: %1</translation>
    </message>
    <message>
        <source>The database is intact (schema version %1).</source>
        <translation>Cơ sở dữ liệu nguyên vẹn (phiên bản lược đồ %1).</translation>
    </message>
    <message>
        <source>The database is at schema version %1, the latest this program knows.</source>
        <translation>Cơ sở dữ liệu đang ở phiên bản lược đồ %1, là phiên bản mới nhất chương trình này hỗ trợ.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>Lệnh backup cần --out FILE.</translation>
    </message>
    <message>
        <source>Wrote and verified the backup %1.</source>
        <translation>Đã ghi và kiểm tra bản sao lưu %1.</translation>
    </message>
    <message>
        <source>db copy needs --from SQLITE_FILE and --to postgresql://OWNER@HOST/DBNAME.</source>
        <translation>Lệnh db copy cần --from SQLITE_FILE và --to postgresql://OWNER@HOST/DBNAME.</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Đã sao chép: %1.</translation>
    </message>
    <message>
        <source>The audit chain of %1 events verifies on the server.</source>
        <translation>Chuỗi nhật ký gồm %1 bản ghi đạt kiểm tra trên máy chủ.</translation>
    </message>
    <message>
        <source>Each user is now a login role. One-time passwords to hand out (ask each user to choose their own with user password):</source>
        <translation>Mỗi người dùng nay là một vai trò đăng nhập. Mật khẩu dùng một lần để giao cho từng người (đề nghị mỗi người tự đặt mật khẩu riêng bằng lệnh user password):</translation>
    </message>
    <message>
        <source>The server database was not provisioned, so the users were copied without login roles and keep their DanHoi passwords; for login roles, copy into a new database made with db provision.</source>
        <translation>Cơ sở dữ liệu trên máy chủ chưa được thiết lập bằng db provision, nên người dùng được sao chép mà không có vai trò đăng nhập và giữ nguyên mật khẩu DanHoi; để có vai trò đăng nhập, đề nghị sao chép vào một cơ sở dữ liệu mới được tạo bằng db provision.</translation>
    </message>
    <message>
        <source>db provision sets up a PostgreSQL database (--db postgresql://OWNER@HOST/DBNAME); an SQLite file is set up by init.</source>
        <translation>Lệnh db provision dùng để thiết lập cơ sở dữ liệu PostgreSQL (--db postgresql://OWNER@HOST/DBNAME); tệp SQLite được thiết lập bằng lệnh init.</translation>
    </message>
    <message>
        <source>The database is ready (schema version %1, roles and permissions in place). Next: danhoi-cli init as its owner.</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng (phiên bản lược đồ %1, đã có các vai trò và quyền). Bước tiếp theo: chủ sở hữu chạy danhoi-cli init.</translation>
    </message>
    <message>
        <source>The database check after the upgrade failed: %1</source>
        <translation>Kiểm tra cơ sở dữ liệu sau khi nâng cấp không đạt: %1</translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2. For a full check of every index and of the search index, run &quot;danhoi-cli db check&quot; (on a large database it takes a while).</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp từ phiên bản lược đồ %1 lên %2. Để kiểm tra đầy đủ mọi chỉ mục và chỉ mục tìm kiếm, hãy chạy &quot;danhoi-cli db check&quot; (với cơ sở dữ liệu lớn, việc này mất khá nhiều thời gian).</translation>
    </message>
    <message>
        <source>The permissions on the server were upgraded from layer %1 to %2; every desk can sign in again.</source>
        <translation>Phân quyền trên máy chủ đã được nâng cấp từ lớp %1 lên lớp %2; mọi bàn làm việc có thể đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Schema version %1, but this program needs %2.</source>
        <translation>Phiên bản lược đồ là %1, nhưng chương trình này cần %2.</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2.</source>
        <translation>Tham chiếu bị hỏng ở bảng %1, dòng %2.</translation>
    </message>
    <message>
        <source>Only an administrator may check the database.</source>
        <translation>Chỉ quản trị viên mới được kiểm tra cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Only an administrator may make backups.</source>
        <translation>Chỉ quản trị viên mới được sao lưu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation>Hãy chỉ định tệp để ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The backup %1 was written but does not pass the check: %2</source>
        <translation>Đã ghi bản sao lưu %1 nhưng bản sao lưu không đạt kiểm tra: %2</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The file %1 is not a DanHoi database.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu DanHoi.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer DanHoi (schema version %2; this program knows up to %3). Install the newer program.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản DanHoi mới hơn (phiên bản lược đồ %2; chương trình này chỉ hỗ trợ đến %3). Hãy cài đặt phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup failed: %1</source>
        <translation>Cơ sở dữ liệu chưa được nâng cấp vì sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>The database was written by a newer DanHoi (schema version %1; this program knows up to %2). Install the newer program.</source>
        <translation>Cơ sở dữ liệu được tạo bởi phiên bản DanHoi mới hơn (phiên bản lược đồ %1; chương trình này chỉ hỗ trợ đến %2). Hãy cài đặt phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>The database has schema version %1 but this program needs %2. Ask the administrator to run &quot;danhoi-cli db upgrade&quot;.</source>
        <translation>Cơ sở dữ liệu có phiên bản lược đồ %1 nhưng chương trình này cần %2. Đề nghị quản trị viên chạy lệnh &quot;danhoi-cli db upgrade&quot;.</translation>
    </message>
    <message>
        <source>Copies of a PostgreSQL database are made with pg_dump.</source>
        <translation>Cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Tệp %1 đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The database %1 holds tables but no DanHoi schema; use an empty database.</source>
        <translation>Cơ sở dữ liệu %1 đã có bảng nhưng không phải lược đồ của DanHoi; đề nghị dùng một cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>OdtLetterWriter</name>
    <message>
        <source>Cannot write the letter %1: %2</source>
        <translation>Không ghi được văn bản %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfLetterWriter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt; run with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Việc tạo tệp PDF cần thành phần đồ họa của Qt; hãy chạy với QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot write the letter %1: %2</source>
        <translation>Không ghi được văn bản %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the letter %1.</source>
        <translation>Không ghi được văn bản %1.</translation>
    </message>
</context>
<context>
    <name>PgRows</name>
    <message>
        <source>This statement runs on a PostgreSQL connection only.</source>
        <translation>Câu lệnh này chỉ chạy được trên kết nối PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>PortalBundle</name>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>Mẫu %1 không phải mẫu Mustache hợp lệ: %2</translation>
    </message>
    <message>
        <source>The template %1 could not be rendered: %2</source>
        <translation>Không dựng được mẫu %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Không đọc được mẫu %1: %2</translation>
    </message>
    <message>
        <source>The portal base URL &quot;%1&quot; is not an http(s) address; set agency.portal_base_url in the agency settings.</source>
        <translation>Địa chỉ gốc của Cổng thông tin &quot;%1&quot; không phải địa chỉ http(s); hãy đặt agency.portal_base_url trong thiết lập của cơ quan.</translation>
    </message>
    <message>
        <source>The bundle was told of %1 items and given more.</source>
        <translation>Gói công bố được báo trước %1 mục nhưng nhận nhiều hơn.</translation>
    </message>
    <message>
        <source>The bundle&apos;s items came out of order (%1 after %2).</source>
        <translation>Các mục của gói công bố đến không đúng thứ tự (%1 sau %2).</translation>
    </message>
    <message>
        <source>The bundle was told of %1 items and given %2.</source>
        <translation>Gói công bố được báo trước %1 mục nhưng nhận %2 mục.</translation>
    </message>
</context>
<context>
    <name>PortalPushClient</name>
    <message>
        <source>The push URL %1 is not a valid address.</source>
        <translation>Địa chỉ đẩy dữ liệu %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The push URL must use https (the token must not travel in clear text): %1</source>
        <translation>Địa chỉ đẩy dữ liệu phải dùng https (mã truy cập không được truyền dưới dạng không mã hóa): %1</translation>
    </message>
    <message>
        <source>the portal answered HTTP %1</source>
        <translation>Cổng thông tin trả về HTTP %1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>lỗi mạng: %1</translation>
    </message>
</context>
<context>
    <name>PostgresSecurity</name>
    <message>
        <source>The login role %1 would be longer than PostgreSQL&apos;s 63 characters; choose a shorter user name or database name.</source>
        <translation>Tên vai trò đăng nhập %1 sẽ dài quá 63 ký tự mà PostgreSQL cho phép; đề nghị chọn tên người dùng hoặc tên cơ sở dữ liệu ngắn hơn.</translation>
    </message>
    <message>
        <source>A password can be prepared only on a PostgreSQL connection.</source>
        <translation>Chỉ có thể chuẩn bị mật khẩu trên kết nối PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL could not prepare the password: %1</source>
        <translation>PostgreSQL không chuẩn bị được mật khẩu: %1</translation>
    </message>
    <message>
        <source>PostgreSQL did not say which database this is.</source>
        <translation>PostgreSQL không cho biết đây là cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The database %1 is encoded as %2; DanHoi needs UTF8 (CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0).</source>
        <translation>Cơ sở dữ liệu %1 dùng bảng mã %2; DanHoi cần bảng mã UTF8 (CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0).</translation>
    </message>
    <message>
        <source>The database name %1 is too long for its role names; choose a shorter one.</source>
        <translation>Tên cơ sở dữ liệu %1 quá dài để đặt tên các vai trò; đề nghị chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <source>The PostgreSQL security scripts are missing from this build.</source>
        <translation>Bản cài đặt này thiếu các tập lệnh bảo mật PostgreSQL.</translation>
    </message>
    <message>
        <source>The database %1 would share its role names (%2…) with the database %3 on this server, so their users and rights would mix. Create the database under another name.</source>
        <translation>Cơ sở dữ liệu %1 sẽ dùng chung tên vai trò (%2…) với cơ sở dữ liệu %3 trên máy chủ này, khiến người dùng và quyền của hai cơ sở dữ liệu bị lẫn vào nhau. Đề nghị tạo cơ sở dữ liệu với một tên khác.</translation>
    </message>
    <message>
        <source>The permissions on this PostgreSQL server are older than this program needs (layer %1, needs %2). Ask the database owner to run &quot;danhoi-cli db upgrade&quot;.</source>
        <translation>Phân quyền trên máy chủ PostgreSQL này cũ hơn mức chương trình cần (lớp %1, cần %2). Đề nghị chủ sở hữu cơ sở dữ liệu chạy lệnh &quot;danhoi-cli db upgrade&quot;.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Tết (Lunar New Year)</source>
        <translation>Tết Âm lịch</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Chiến thắng</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Day off in lieu (%1)</source>
        <translation>Nghỉ bù (%1)</translation>
    </message>
</context>
<context>
    <name>PublishCommands</name>
    <message>
        <source>%1 as the public will see it:</source>
        <translation>Câu hỏi %1 khi hiển thị công khai:</translation>
    </message>
    <message>
        <source>Manual choices:</source>
        <translation>Lựa chọn thủ công:</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Đang nhập… %1 trên %2</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 records would be imported, %3 are already recorded.</source>
        <translation>Chạy thử: %1 trên %2 bản ghi sẽ được nhập, %3 bản ghi đã được tiếp nhận trước đó.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 records; %3 were already recorded.</source>
        <translation>Đã nhập %1 trên %2 bản ghi; %3 bản ghi đã được tiếp nhận trước đó.</translation>
    </message>
    <message>
        <source>Ignored fields: %1</source>
        <translation>Các trường bị bỏ qua: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Không nhập được câu hỏi nào: tệp có %n lỗi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n question(s) now; the bundle in %1 holds %2 item(s).</source>
        <translation>
            <numerusform>Đã công bố %n câu hỏi; gói công bố tại %1 có %2 mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push %1: %2 after %3 attempt(s) %4</source>
        <translation>Đẩy %1: %2 sau %3 lần thử %4</translation>
    </message>
    <message>
        <source>Not published %1: %2</source>
        <translation>Chưa công bố %1: %2</translation>
    </message>
    <message>
        <source>The bundle was written but some items did not reach the portal; they are retried on the next publish.</source>
        <translation>Đã ghi gói công bố nhưng một số mục chưa được gửi tới Cổng thông tin; các mục này sẽ được gửi lại ở lần công bố tiếp theo.</translation>
    </message>
    <message>
        <source>--kind is hide or keep.</source>
        <translation>--kind phải là hide hoặc keep.</translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.</source>
        <translation>%1 hiện là &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish an answer</source>
        <translation>Công bố câu trả lời</translation>
    </message>
    <message>
        <source>&amp;Original (not published):</source>
        <translation>&amp;Văn bản gốc (không công bố):</translation>
    </message>
    <message>
        <source>&amp;Hidden automatically:</source>
        <translation>Đã tự độ&amp;ng ẩn:</translation>
    </message>
    <message>
        <source>&amp;Keep this text public</source>
        <translation>&amp;Giữ công khai nội dung này</translation>
    </message>
    <message>
        <source>Your &amp;choices (kept with the question):</source>
        <translation>&amp;Lựa chọn của cán bộ (lưu cùng câu hỏi):</translation>
    </message>
    <message>
        <source>Hi&amp;de this text</source>
        <translation>Ẩn nội &amp;dung này</translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation>&amp;Hủy lựa chọn</translation>
    </message>
    <message>
        <source>Portal bundle &amp;folder:</source>
        <translation>&amp;Thư mục gói công bố:</translation>
    </message>
    <message>
        <source>Hidden automatically</source>
        <translation>Nội dung tự động ẩn</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Lựa chọn của bạn</translation>
    </message>
    <message>
        <source>Text to hide</source>
        <translation>Nội dung cần ẩn</translation>
    </message>
    <message>
        <source>What the public &amp;sees:</source>
        <translation>Nội dung &amp;công khai:</translation>
    </message>
    <message>
        <source>Choose fold&amp;er…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
</context>
<context>
    <name>PublishService</name>
    <message>
        <source>Only a coordinator may publish answers or change what the public sees.</source>
        <translation>Chỉ cán bộ tiếp nhận – điều phối mới được công bố câu trả lời hoặc thay đổi nội dung công khai.</translation>
    </message>
    <message>
        <source>Name the folder of the bundle with --out.</source>
        <translation>Hãy chỉ định thư mục của gói công bố bằng --out.</translation>
    </message>
    <message>
        <source>Set the portal base URL first (danhoi-cli setting set agency.portal_base_url https://…): the feed&apos;s links and ids live under it.</source>
        <translation>Hãy đặt địa chỉ gốc của Cổng thông tin trước (danhoi-cli setting set agency.portal_base_url https://…): các liên kết và id của nguồn tin đều nằm dưới địa chỉ này.</translation>
    </message>
    <message>
        <source>no longer published in this revision</source>
        <translation>không còn được công bố trong lần cập nhật này</translation>
    </message>
    <message>
        <source>The text to hide or keep</source>
        <translation>Đoạn văn bản cần ẩn hoặc giữ</translation>
    </message>
    <message>
        <source>Question %1 has no manual &quot;%2&quot; choice for &quot;%3&quot;.</source>
        <translation>Câu hỏi %1 không có lựa chọn thủ công &quot;%2&quot; cho &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Only an administrator may change the agency settings.</source>
        <translation>Chỉ quản trị viên mới được thay đổi thiết lập của cơ quan.</translation>
    </message>
    <message>
        <source>Unknown setting %1; known: %2.</source>
        <translation>Không có thiết lập %1; các thiết lập hợp lệ: %2.</translation>
    </message>
    <message>
        <source>The asker line is one of full_name, initials, anonymous.</source>
        <translation>Dòng người hỏi phải là một trong các giá trị full_name, initials, anonymous.</translation>
    </message>
    <message>
        <source>The portal base URL must be an http(s) address.</source>
        <translation>Địa chỉ gốc của Cổng thông tin phải là địa chỉ http(s).</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was published.</source>
        <translation>Đã hủy công bố; chưa có nội dung nào được công bố.</translation>
    </message>
    <message>
        <source>A published question could not be read while the bundle was written; publish again.</source>
        <translation>Không đọc được một câu hỏi đã công bố trong khi ghi gói công bố; đề nghị công bố lại.</translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>Chỉ dùng một trong hai tùy chọn --%1 hoặc --%2, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Give the text with --%1 or --%2.</source>
        <translation>Hãy cung cấp nội dung bằng --%1 hoặc --%2.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 phải là số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>question add needs --title.</source>
        <translation>Lệnh question add cần --title.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use portal, email, letter, phone or walk_in.</source>
        <translation>Kênh tiếp nhận &quot;%1&quot; không hợp lệ; dùng portal, email, letter, phone hoặc walk_in.</translation>
    </message>
    <message>
        <source>--received must be an ISO 8601 time such as 2025-03-04T09:30 or 2025-03-04T09:30:00+07:00.</source>
        <translation>--received phải là thời điểm theo định dạng ISO 8601, ví dụ 2025-03-04T09:30 hoặc 2025-03-04T09:30:00+07:00.</translation>
    </message>
    <message>
        <source>Recorded %1 (id %2).</source>
        <translation>Đã tiếp nhận %1 (id %2).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation>Không có Sở/ngành nào có mã %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Received: %1 (%2)</source>
        <translation>Tiếp nhận lúc: %1 (%2)</translation>
    </message>
    <message>
        <source>Department: %1 – %2</source>
        <translation>Sở/ngành: %1 – %2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Hạn trả lời: %1</translation>
    </message>
    <message>
        <source>Asker: %1</source>
        <translation>Người hỏi: %1</translation>
    </message>
    <message>
        <source>Revision %1 by %2, %3 (%4)</source>
        <translation>Phiên bản %1 của %2, %3 (%4)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Quá trình xử lý:</translation>
    </message>
    <message>
        <source>assign needs --clerk USERNAME.</source>
        <translation>Lệnh assign cần --clerk USERNAME.</translation>
    </message>
    <message>
        <source>%1 is now on the desk of %2.</source>
        <translation>Đã giao %1 cho %2 xử lý.</translation>
    </message>
    <message>
        <source>route needs --department CODE.</source>
        <translation>Lệnh route cần --department CODE.</translation>
    </message>
    <message>
        <source>--due must be a date written YYYY-MM-DD.</source>
        <translation>--due phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT.</source>
        <translation>Lệnh %1 cần --reason TEXT.</translation>
    </message>
    <message>
        <source>return needs --comment TEXT.</source>
        <translation>Lệnh return cần --comment TEXT.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>QuestionDetailWidget</name>
    <message>
        <source>Select a question in the list to see it here.</source>
        <translation>Chọn một câu hỏi trong danh sách để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Mã câu hỏi:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận lúc:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Sở/ngành:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Chuyên viên xử lý:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Hạn trả lời:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Asker (staff only)</source>
        <translation>Người hỏi (chỉ cán bộ được xem)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation>Địa phương:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số CCCD/CMND:</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Trả lời</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người soạn</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Thời điểm soạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Ý kiến của người duyệt</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Quá trình xử lý</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Why / details</source>
        <translation>Lý do / chi tiết</translation>
    </message>
    <message>
        <source>The citizen&apos;s question</source>
        <translation>Câu hỏi của công dân</translation>
    </message>
    <message>
        <source>Answer revisions</source>
        <translation>Các phiên bản trả lời</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>History of the question</source>
        <translation>Quá trình xử lý câu hỏi</translation>
    </message>
    <message>
        <source>Quest&amp;ion</source>
        <translation>Câ&amp;u hỏi</translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message>
        <source>record %1</source>
        <translation>bản ghi %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, trường %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 không phải tệp thông thường.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; at most %3 MB can be imported at once. Split it into smaller files.</source>
        <translation>Tệp %1 có dung lượng %2 MB; mỗi lần chỉ nhập được tối đa %3 MB. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and import again.</source>
        <translation>Tệp là văn bản UTF-16; hãy lưu lại dưới dạng UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <source>The file is not text (line %1 contains a NUL byte); import CSV, JSON or JSON Lines.</source>
        <translation>Tệp không phải văn bản (dòng %1 chứa byte NUL); hãy nhập tệp CSV, JSON hoặc JSON Lines.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KB; the file is damaged or not an import file.</source>
        <translation>Dòng %1 dài hơn %2 KB; tệp bị hỏng hoặc không phải tệp nhập dữ liệu.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; save the file as UTF-8 and import again.</source>
        <translation>Dòng %1 không phải văn bản UTF-8 hợp lệ; hãy lưu tệp dưới dạng UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file holds %1 records; at most %2 can be imported at once.</source>
        <translation>Tệp có %1 bản ghi; mỗi lần chỉ nhập được tối đa %2 bản ghi.</translation>
    </message>
    <message>
        <source>The file holds no questions.</source>
        <translation>Tệp không có câu hỏi nào.</translation>
    </message>
    <message>
        <source>must be text, not a list, an object or true/false.</source>
        <translation>phải là văn bản, không phải danh sách, đối tượng hay true/false.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at column %2); the file may be truncated.</source>
        <translation>không phải JSON hợp lệ (%1 tại cột %2); tệp có thể bị cắt cụt.</translation>
    </message>
    <message>
        <source>must hold one JSON object per line.</source>
        <translation>mỗi dòng phải chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <source>the JSON is not valid (%1); the file may be truncated.</source>
        <translation>JSON không hợp lệ (%1); tệp có thể bị cắt cụt.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>has text after a closing quote; put the whole value in quotes and double the quotes inside it.</source>
        <translation>có văn bản sau dấu ngoặc kép đóng; hãy đặt toàn bộ giá trị trong ngoặc kép và nhân đôi các dấu ngoặc kép bên trong.</translation>
    </message>
    <message>
        <source>a quoted value that starts on this line never ends; the file may be truncated.</source>
        <translation>giá trị trong ngoặc kép bắt đầu ở dòng này không có dấu ngoặc kép đóng; tệp có thể bị cắt cụt.</translation>
    </message>
    <message>
        <source>the column appears twice in the header.</source>
        <translation>cột này xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <source>the header row has no column %1; the first row must name the fields.</source>
        <translation>dòng tiêu đề không có cột %1; dòng đầu tiên phải ghi tên các trường.</translation>
    </message>
    <message>
        <source>has %1 values but the header names %2 columns.</source>
        <translation>có %1 giá trị nhưng dòng tiêu đề có %2 cột.</translation>
    </message>
</context>
<context>
    <name>QuestionListWidget</name>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Sở/ngành:</translation>
    </message>
    <message>
        <source>Filter by reference or title</source>
        <translation>Lọc theo mã câu hỏi hoặc tiêu đề</translation>
    </message>
    <message>
        <source>Filter by reference or title (Ctrl+Shift+F)</source>
        <translation>Lọc theo mã câu hỏi hoặc tiêu đề (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search all text (Ctrl+F)</source>
        <translation>Tìm trong toàn văn (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>QuestionRepository</name>
    <message>
        <source>Someone else changed question %1 in the meantime; reload it and try again.</source>
        <translation>Câu hỏi %1 vừa được người khác thay đổi; vui lòng tải lại rồi thực hiện lại.</translation>
    </message>
    <message>
        <source>The questions cannot be read: %1</source>
        <translation>Không đọc được các câu hỏi: %1</translation>
    </message>
</context>
<context>
    <name>QuestionService</name>
    <message>
        <source>There is no question %1 that you may see.</source>
        <translation>Không có câu hỏi %1 trong phạm vi được phép xem.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Nội dung câu hỏi</translation>
    </message>
    <message>
        <source>The asker&apos;s name</source>
        <translation>Họ và tên người hỏi</translation>
    </message>
    <message>
        <source>The asker&apos;s locality</source>
        <translation>Địa phương của người hỏi</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>The external id</source>
        <translation>Mã định danh bên ngoài</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: use digits, spaces, dots or dashes.</source>
        <translation>Số điện thoại %1 không hợp lệ: chỉ dùng chữ số, dấu cách, dấu chấm hoặc dấu gạch ngang.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation>Địa chỉ thư điện tử %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The ID number must have 12 digits (citizen ID) or 9 digits (old ID card).</source>
        <translation>Số CCCD/CMND phải gồm 12 chữ số (căn cước công dân) hoặc 9 chữ số (chứng minh nhân dân cũ).</translation>
    </message>
    <message>
        <source>The time received lies in the future.</source>
        <translation>Thời điểm tiếp nhận không được muộn hơn thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>Only a coordinator may record questions.</source>
        <translation>Chỉ cán bộ tiếp nhận – điều phối mới được tiếp nhận câu hỏi.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>Không có lĩnh vực %1.</translation>
    </message>
    <message>
        <source>A question with the external id %1 is already recorded.</source>
        <translation>Câu hỏi có mã định danh bên ngoài %1 đã được tiếp nhận trước đó.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
    <message>
        <source>%1 is not an active clerk of the department %2.</source>
        <translation>%1 không phải là chuyên viên đang hoạt động của Sở/ngành %2.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>To route</source>
        <translation>Chờ chuyển xử lý</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>Sở/ngành của tôi</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Giao cho tôi</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Đang dự thảo</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Chờ tôi phê duyệt</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Bị trả lại cho tôi</translation>
    </message>
    <message>
        <source>Approved – to publish</source>
        <translation>Đã phê duyệt – chờ công bố</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Tất cả câu hỏi</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>Quá hạn hoặc sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject a question</source>
        <translation>Từ chối câu hỏi</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Duplicate &amp;of:</source>
        <translation>&amp;Trùng với:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Chi tiết:</translation>
    </message>
    <message>
        <source>e.g. HD-2025-000123</source>
        <translation>ví dụ: HD-2025-000123</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>removed</source>
        <translation>đã xóa</translation>
    </message>
</context>
<context>
    <name>RevisionDiffDialog</name>
    <message>
        <source>Compare revisions</source>
        <translation>So sánh các phiên bản</translation>
    </message>
    <message>
        <source>Difference between the revisions</source>
        <translation>Khác biệt giữa các phiên bản</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Route a question</source>
        <translation>Chuyển xử lý câu hỏi</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Sở/ngành:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Hạn trả lời:</translation>
    </message>
    <message>
        <source>Suggested from questions routed before:</source>
        <translation>Gợi ý từ các câu hỏi đã chuyển trước đây:</translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>Your account is disabled.</source>
        <translation>Tài khoản đang sử dụng đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Learning the department suggestions was cancelled.</source>
        <translation>Đã hủy việc học gợi ý Sở/ngành.</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation>--limit phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation>--%1 phải là ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index of %n question(s).</source>
        <translation>
            <numerusform>Đã xây dựng lại chỉ mục tìm kiếm của %n câu hỏi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the questions: %1</source>
        <translation>Chỉ mục tìm kiếm không khớp với dữ liệu câu hỏi: %1</translation>
    </message>
    <message numerus="yes">
        <source>The search index matches all %n question(s).</source>
        <translation>
            <numerusform>Chỉ mục tìm kiếm khớp với toàn bộ %n câu hỏi.</numerusform>
        </translation>
    </message>
    <message>
        <source>search --rebuild and --check take no query.</source>
        <translation>search --rebuild và --check không nhận từ khóa tìm kiếm.</translation>
    </message>
    <message>
        <source>search needs a QUERY (put -- before a query that starts with -).</source>
        <translation>Lệnh search cần QUERY (đặt -- trước từ khóa bắt đầu bằng -).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Không tìm thấy kết quả nào.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <source>No similar questions.</source>
        <translation>Không có câu hỏi tương tự.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s) among the newest %1 matches; more match. Add words or filters to find older questions.</source>
        <translation>
            <numerusform>%n kết quả phù hợp nhất trong %1 câu hỏi khớp mới nhất; còn nhiều câu hỏi khớp khác. Vui lòng thêm từ khóa hoặc bộ lọc để tìm các câu hỏi cũ hơn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index is damaged (%1); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation>Chỉ mục tìm kiếm bị hỏng (%1); hãy chạy &quot;danhoi-cli search --rebuild&quot;.</translation>
    </message>
    <message>
        <source>… and more; run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation>… và các lỗi khác; hãy chạy &quot;danhoi-cli search --rebuild&quot;.</translation>
    </message>
    <message>
        <source>The search index holds row %1 that belongs to no question.</source>
        <translation>Chỉ mục tìm kiếm có dòng %1 không thuộc câu hỏi nào.</translation>
    </message>
    <message>
        <source>The search index lacks the published version of question %1.</source>
        <translation>Chỉ mục tìm kiếm thiếu bản công bố của câu hỏi %1.</translation>
    </message>
    <message>
        <source>The search index lacks question %1.</source>
        <translation>Chỉ mục tìm kiếm thiếu câu hỏi %1.</translation>
    </message>
    <message>
        <source>The search index holds an outdated published version of question %1.</source>
        <translation>Chỉ mục tìm kiếm chứa bản công bố đã cũ của câu hỏi %1.</translation>
    </message>
    <message>
        <source>The search index holds an outdated version of question %1.</source>
        <translation>Chỉ mục tìm kiếm chứa dữ liệu đã cũ của câu hỏi %1.</translation>
    </message>
    <message>
        <source>The search index still holds an unpublished answer of question %1 as public.</source>
        <translation>Chỉ mục tìm kiếm vẫn để câu trả lời không còn công bố của câu hỏi %1 ở dạng công khai.</translation>
    </message>
    <message>
        <source>The search expression cannot be read.</source>
        <translation>Không đọc được biểu thức tìm kiếm.</translation>
    </message>
    <message>
        <source>The search index is damaged (its row count cannot be read); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation>Chỉ mục tìm kiếm bị hỏng (không đọc được số dòng); hãy chạy &quot;danhoi-cli search --rebuild&quot;.</translation>
    </message>
    <message>
        <source>The search cannot reach the SQLite file&apos;s own interface.</source>
        <translation>Chức năng tìm kiếm không truy cập được giao diện riêng của tệp SQLite.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm không thành công: %1</translation>
    </message>
    <message>
        <source>The search index did not give the occurrences of the words.</source>
        <translation>Chỉ mục tìm kiếm không trả về số lần xuất hiện của các từ.</translation>
    </message>
    <message>
        <source>The search index is damaged (a row&apos;s size cannot be read); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation>Chỉ mục tìm kiếm bị hỏng (không đọc được độ dài của một dòng); hãy chạy &quot;danhoi-cli search --rebuild&quot;.</translation>
    </message>
    <message>
        <source>The search index did not weigh every term.</source>
        <translation>Chỉ mục tìm kiếm không tính được trọng số của mọi từ tìm kiếm.</translation>
    </message>
</context>
<context>
    <name>SearchScope</name>
    <message numerus="yes">
        <source>The search&apos;s visibility table disagrees with %n question(s) (department or publication); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation>
            <numerusform>Bảng phạm vi tìm kiếm không khớp với %n câu hỏi (đơn vị xử lý hoặc trạng thái công bố); hãy chạy &quot;danhoi-cli search --rebuild&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search&apos;s visibility table holds %n row(s) of no question; run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation>
            <numerusform>Bảng phạm vi tìm kiếm có %n dòng không thuộc câu hỏi nào; hãy chạy &quot;danhoi-cli search --rebuild&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>Only an administrator may check or rebuild the search index.</source>
        <translation>Chỉ quản trị viên mới được kiểm tra hoặc xây dựng lại chỉ mục tìm kiếm.</translation>
    </message>
    <message>
        <source>The limit must lie between 1 and %1.</source>
        <translation>Giới hạn phải từ 1 đến %1.</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Không có Sở/ngành %1.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up DanHoi</source>
        <translation>Khởi tạo DanHoi</translation>
    </message>
    <message>
        <source>This database is empty. Name the agency, create the first administrator and check the list of departments; everything can be changed later in the administration screens.</source>
        <translation>Cơ sở dữ liệu này chưa có dữ liệu. Hãy nhập tên cơ quan, tạo tài khoản quản trị viên đầu tiên và kiểm tra danh sách Sở/ngành; mọi thông tin đều có thể thay đổi sau trong phần Quản trị.</translation>
    </message>
    <message>
        <source>Agency and administrator</source>
        <translation>Cơ quan và quản trị viên</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Tên &amp;cơ quan:</translation>
    </message>
    <message>
        <source>e.g. Văn phòng UBND tỉnh Nghệ An</source>
        <translation>ví dụ: Văn phòng UBND tỉnh Nghệ An</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>&amp;Tên đăng nhập của quản trị viên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Departments (Sở/ngành)</source>
        <translation>Các Sở/ngành</translation>
    </message>
    <message>
        <source>A&amp;dd department</source>
        <translation>Thêm &amp;Sở/ngành</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Xóa dòng đã chọn</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>SimilarQuestionsWidget</name>
    <message>
        <source>Reference</source>
        <translation>Mã câu hỏi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Độ tương đồng</translation>
    </message>
    <message>
        <source>Mark as d&amp;uplicate of this…</source>
        <translation>Đánh dấu t&amp;rùng với câu hỏi này…</translation>
    </message>
    <message>
        <source>Reuse this ans&amp;wer as a draft</source>
        <translation>&amp;Dùng lại câu trả lời này làm dự thảo</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>SuggestCommands</name>
    <message>
        <source>suggest needs either a question ID or --text &quot;…&quot;, not both.</source>
        <translation>Lệnh suggest cần ID của câu hỏi hoặc --text &quot;…&quot;, không dùng cả hai.</translation>
    </message>
    <message>
        <source>No suggestion: nothing routed so far resembles this text.</source>
        <translation>Không có gợi ý: chưa có câu hỏi đã chuyển xử lý nào tương tự nội dung này.</translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>Only an administrator may generate synthetic data.</source>
        <translation>Chỉ quản trị viên mới được tạo dữ liệu giả lập.</translation>
    </message>
    <message>
        <source>The count must be between 0 and 10,000,000.</source>
        <translation>Số lượng phải từ 0 đến 10.000.000.</translation>
    </message>
    <message>
        <source>On a shared server, run dev generate as the database owner (its location&apos;s user, without --user): desk users may not write generated data.</source>
        <translation>Trên máy chủ dùng chung, hãy chạy dev generate với tư cách chủ sở hữu cơ sở dữ liệu (người dùng trong địa chỉ kết nối, không dùng --user): người dùng tại bàn làm việc không được ghi dữ liệu tạo tự động.</translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <source>The target database already holds data (table %1); copy only into a new, empty database.</source>
        <translation>Cơ sở dữ liệu đích đã có dữ liệu (bảng %1); chỉ sao chép vào một cơ sở dữ liệu mới, còn trống.</translation>
    </message>
    <message>
        <source>The target database already has an audit trail; copy only into a new, empty database.</source>
        <translation>Cơ sở dữ liệu đích đã có nhật ký; chỉ sao chép vào một cơ sở dữ liệu mới, còn trống.</translation>
    </message>
    <message>
        <source>The table %1 is missing on one side of the copy.</source>
        <translation>Thiếu bảng %1 ở cơ sở dữ liệu nguồn hoặc đích.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 contains invalid characters.</source>
        <translation>%1 có ký tự không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 không được để trống.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 allowed.</source>
        <translation>%1 quá dài: %2 ký tự, chỉ được tối đa %3 ký tự.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Tài khoản %1 đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>Your roles do not allow the action &quot;%1&quot;.</source>
        <translation>Vai trò của tài khoản không cho phép thực hiện thao tác &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only staff of the question&apos;s department may take the action &quot;%1&quot;.</source>
        <translation>Chỉ cán bộ của Sở/ngành được giao câu hỏi mới được thực hiện thao tác &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is not possible while the question is &quot;%2&quot;.</source>
        <translation>Không thể thực hiện thao tác &quot;%1&quot; khi câu hỏi đang ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; needs a reason.</source>
        <translation>Thao tác &quot;%1&quot; cần nêu lý do.</translation>
    </message>
    <message>
        <source>You wrote this revision, so another supervisor must approve it.</source>
        <translation>Người soạn phiên bản này không được tự phê duyệt; cần một lãnh đạo khác phê duyệt.</translation>
    </message>
    <message>
        <source>The question has not been routed to a department yet.</source>
        <translation>Câu hỏi chưa được chuyển đến Sở/ngành nào.</translation>
    </message>
    <message>
        <source>A rejected question cannot be assigned.</source>
        <translation>Không thể giao xử lý câu hỏi đã bị từ chối.</translation>
    </message>
    <message>
        <source>Only a coordinator or a supervisor of the question&apos;s department may assign it.</source>
        <translation>Chỉ cán bộ tiếp nhận – điều phối hoặc lãnh đạo của Sở/ngành được giao câu hỏi mới được giao chuyên viên xử lý.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>The reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Tài khoản đang sử dụng không còn tồn tại.</translation>
    </message>
    <message>
        <source>Question %1 was changed by someone else in the meantime; it has been reloaded.</source>
        <translation>Câu hỏi %1 vừa được người khác thay đổi; dữ liệu đã được tải lại.</translation>
    </message>
    <message>
        <source>Choose the department to route the question to.</source>
        <translation>Hãy chọn Sở/ngành để chuyển xử lý câu hỏi.</translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation>Không có Sở/ngành nào có mã %1.</translation>
    </message>
    <message>
        <source>The department %1 is retired; choose the department that took over its work.</source>
        <translation>Sở/ngành %1 đã ngừng hoạt động; hãy chọn Sở/ngành đã tiếp nhận nhiệm vụ của đơn vị này.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>Không có lĩnh vực %1.</translation>
    </message>
    <message>
        <source>The due date must be today or later.</source>
        <translation>Hạn trả lời phải từ ngày hôm nay trở đi.</translation>
    </message>
    <message>
        <source>A question cannot duplicate itself.</source>
        <translation>Câu hỏi không thể trùng với chính nó.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Question %1 has no answer yet.</source>
        <translation>Câu hỏi %1 chưa có dự thảo trả lời.</translation>
    </message>
    <message>
        <source>Write a new revision of the answer before submitting it again.</source>
        <translation>Hãy soạn phiên bản mới của dự thảo trả lời trước khi trình duyệt lại.</translation>
    </message>
    <message>
        <source>No revision of question %1 is awaiting approval.</source>
        <translation>Câu hỏi %1 không có phiên bản nào đang chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Question %1 has no approved answer to publish.</source>
        <translation>Câu hỏi %1 chưa có câu trả lời được phê duyệt để công bố.</translation>
    </message>
    <message>
        <source>The category %1 is no longer offered; choose another.</source>
        <translation>Lĩnh vực %1 không còn sử dụng; hãy chọn lĩnh vực khác.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message numerus="yes">
        <source>%n working day(s) from %1, due %2</source>
        <translation>
            <numerusform>%n ngày làm việc kể từ %1, hạn trả lời %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, skipping %1</source>
        <translation>, không tính ngày nghỉ %1</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>Cannot write the spreadsheet %1: %2</source>
        <translation>Không ghi được bảng tính %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet %1.</source>
        <translation>Không tạo được bảng tính %1.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 rows; narrow the export with filters.</source>
        <translation>Một bảng tính chỉ chứa tối đa %1 dòng; hãy thu hẹp phạm vi xuất bằng bộ lọc.</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1.</source>
        <translation>Không ghi được bảng tính %1.</translation>
    </message>
</context>
<context>
    <name>danhoi::AdminDialog</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở/ngành</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>Sở/ngành mặc định</translation>
    </message>
    <message>
        <source>Answer period (working days)</source>
        <translation>Thời hạn trả lời (ngày làm việc)</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <source>Disable the account %1? The user can no longer sign in.</source>
        <translation>Vô hiệu hóa tài khoản %1? Người dùng sẽ không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Mật khẩu mới của %1:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no – disabled</source>
        <translation>không – đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>no – retired</source>
        <translation>không – ngừng hoạt động</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Thêm Sở/ngành</translation>
    </message>
    <message>
        <source>Code (e.g. SVHTTDL):</source>
        <translation>Mã (ví dụ: SVHTTDL):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>Tên tiếng Anh:</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Đổi tên Sở/ngành</translation>
    </message>
    <message>
        <source>New name of %1 (its questions stay with it):</source>
        <translation>Tên mới của %1 (các câu hỏi vẫn thuộc Sở/ngành này):</translation>
    </message>
    <message>
        <source>Retire %1? Its questions keep it, but nothing new can be routed to it.</source>
        <translation>Ngừng hoạt động %1? Các câu hỏi đã có vẫn giữ nguyên, nhưng không thể chuyển thêm câu hỏi mới đến Sở/ngành này.</translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <translation>Kích hoạt lại %1?</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Lịc&amp;h làm việc</translation>
    </message>
    <message>
        <source>Full name and locality (the portal&apos;s usual form)</source>
        <translation>Họ tên và địa phương (cách thường dùng trên Cổng)</translation>
    </message>
    <message>
        <source>Initials and locality</source>
        <translation>Chữ cái đầu của họ tên và địa phương</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Còn sử dụng</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>danhoi::AnswerEditorDialog</name>
    <message>
        <source>Answer to %1</source>
        <translation>Trả lời câu hỏi %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Restored text you typed on %1 but did not save as a revision.</source>
        <translation>Đã khôi phục nội dung nhập lúc %1 nhưng chưa được lưu thành phiên bản.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Gạch đầu dòng</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Đánh số</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Liên kết…</translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation>Địa chỉ trang web (https://…):</translation>
    </message>
    <message>
        <source>Kept on this computer at %1 – not yet a revision.</source>
        <translation>Đã lưu tạm trên máy này lúc %1 – chưa thành phiên bản.</translation>
    </message>
    <message>
        <source>%1. %2, %3 – %4</source>
        <translation>%1. %2, %3 – %4</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Đã lưu thành phiên bản %1.</translation>
    </message>
    <message>
        <source>Started from a published answer: adapt it to this question before saving.</source>
        <translation>Bắt đầu từ một câu trả lời đã công bố: hãy chỉnh sửa cho phù hợp với câu hỏi này trước khi lưu.</translation>
    </message>
    <message>
        <source>%1 Last change: %2 by %3 at %4. Your text is kept here and in the draft journal.</source>
        <translation>%1 Thay đổi gần nhất: %2 do %3 thực hiện lúc %4. Nội dung của anh/chị vẫn được giữ tại đây và trong nhật ký bản nháp.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment: %1</source>
        <translation>Ý kiến của người duyệt: %1</translation>
    </message>
</context>
<context>
    <name>danhoi::ApprovalDialog</name>
    <message>
        <source>Comment for the author</source>
        <translation>Ý kiến gửi người soạn thảo</translation>
    </message>
    <message>
        <source>Review the answer to %1</source>
        <translation>Duyệt dự thảo trả lời câu hỏi %1</translation>
    </message>
    <message>
        <source>%1: %2 – revision %3 by %4</source>
        <translation>%1: %2 – phiên bản %3 của %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is the first submission: no revision was returned before.</source>
        <translation>Đây là lần trình đầu tiên: chưa có phiên bản nào bị trả lại.</translation>
    </message>
    <message>
        <source>⚠ Write a comment saying what the author should change.</source>
        <translation>⚠ Hãy ghi ý kiến nêu rõ nội dung người soạn thảo cần chỉnh sửa.</translation>
    </message>
    <message>
        <source>Revision %1 was returned with this comment (removed text is struck through, added text underlined):
%2</source>
        <translation>Phiên bản %1 đã bị trả lại với ý kiến dưới đây (phần bị xóa được gạch ngang, phần thêm mới được gạch chân):
%2</translation>
    </message>
</context>
<context>
    <name>danhoi::AssignDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>⚠ The department has no active clerk yet; an administrator adds one.</source>
        <translation>⚠ Sở/ngành chưa có chuyên viên đang hoạt động; quản trị viên cần bổ sung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>danhoi::CalendarAdminWidget</name>
    <message>
        <source>Extra day off</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <source>Working day (a weekend day worked)</source>
        <translation>Ngày làm việc (làm bù vào cuối tuần)</translation>
    </message>
    <message>
        <source>e.g. Nghỉ bù Tết, or Làm bù cho ngày 02/05</source>
        <translation>ví dụ: Nghỉ bù Tết, hoặc Làm bù cho ngày 02/05</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
</context>
<context>
    <name>danhoi::CategoryDialog</name>
    <message>
        <source>Edit category %1</source>
        <translation>Sửa lĩnh vực %1</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Thêm lĩnh vực</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>danhoi::ConnectionDialog</name>
    <message>
        <source>Use it when the server offers it (default)</source>
        <translation>Dùng khi máy chủ hỗ trợ (mặc định)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Bắt buộc, có kiểm tra chứng thư của máy chủ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>DanHoi databases (*.sqlite)</source>
        <translation>Cơ sở dữ liệu DanHoi (*.sqlite)</translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation>Nhập tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>That is a server address: choose the shared server instead.</source>
        <translation>Đây là địa chỉ máy chủ: hãy chọn máy chủ dùng chung.</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 là một thư mục; hãy nhập tên tệp.</translation>
    </message>
</context>
<context>
    <name>danhoi::DatabaseUpgradeDialog</name>
    <message>
        <source>This database was made by an older version of DanHoi (schema version %1); this version needs schema version %2. DanHoi first keeps a copy of the file as it is, then upgrades it.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản DanHoi cũ hơn (phiên bản lược đồ %1); phiên bản này cần lược đồ phiên bản %2. DanHoi sẽ lưu một bản sao của tệp như hiện trạng, sau đó nâng cấp.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Đã nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2. The file as it was before is kept as:
%3
It is no longer needed once you have checked that your questions are all there; delete it then to free the space.</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp từ phiên bản lược đồ %1 lên %2. Tệp trước khi nâng cấp được lưu tại:
%3
Sau khi đã kiểm tra thấy đầy đủ các câu hỏi, tệp này không còn cần thiết; khi đó có thể xóa để giải phóng dung lượng.</translation>
    </message>
</context>
<context>
    <name>danhoi::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>CSV (Excel, UTF-8)</source>
        <translation>CSV (Excel, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Bảng tính Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả Sở/ngành</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất ra tệp</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Tệp %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp để ghi.</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Xuất danh sách câu hỏi</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>Tệp %1 đã có. Ghi đè?</translation>
    </message>
    <message>
        <source>Exporting questions…</source>
        <translation>Đang xuất danh sách câu hỏi…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting questions… %n row(s) written</source>
        <translation>
            <numerusform>Đang xuất danh sách câu hỏi… đã ghi %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n câu hỏi vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::ImportDialog</name>
    <message>
        <source>the file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>bản ghi %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Asker</source>
        <translation>Người hỏi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Hãy chọn tệp cần nhập.</translation>
    </message>
    <message>
        <source>Import questions from</source>
        <translation>Nhập câu hỏi từ</translation>
    </message>
    <message>
        <source>Portal submissions (*.csv *.json *.jsonl);;All files (*)</source>
        <translation>Câu hỏi từ Cổng (*.csv *.json *.jsonl);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) in %2, with %3 problem(s). Nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%1: %n bản ghi trong %2, có %3 lỗi. Chưa thể nhập cho đến khi tệp được sửa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) in %2.</source>
        <translation>
            <numerusform>%1: %n bản ghi trong %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be imported.</source>
        <translation>
            <numerusform>Sẽ nhập %n câu hỏi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded, skipped.</source>
        <translation>
            <numerusform>%n câu hỏi đã tiếp nhận trước đó, bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Các cột bị bỏ qua: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Importing questions…</source>
        <translation>Đang nhập câu hỏi…</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Nhập câu hỏi</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy việc nhập; không có câu hỏi nào được nhập.</translation>
    </message>
    <message>
        <source>The file has problems now (it may have changed since it was checked); nothing was imported.</source>
        <translation>Tệp hiện có lỗi (có thể đã thay đổi sau khi kiểm tra); không có câu hỏi nào được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n câu hỏi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::IntakeDialog</name>
    <message>
        <source>(decide when routing)</source>
        <translation>(xác định khi chuyển xử lý)</translation>
    </message>
    <message>
        <source>Recorded as %1. Enter the next question.</source>
        <translation>Đã tiếp nhận với mã %1. Mời nhập câu hỏi tiếp theo.</translation>
    </message>
</context>
<context>
    <name>danhoi::LiveRefresh</name>
    <message>
        <source>The connection to the server was lost; reconnecting…</source>
        <translation>Mất kết nối tới máy chủ; đang kết nối lại…</translation>
    </message>
    <message>
        <source>Connected to the server again; the lists were reloaded.</source>
        <translation>Đã kết nối lại với máy chủ; các danh sách đã được tải lại.</translation>
    </message>
</context>
<context>
    <name>danhoi::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>DanHoi is locked</source>
        <translation>DanHoi đang bị khóa</translation>
    </message>
</context>
<context>
    <name>danhoi::MainWindow</name>
    <message>
        <source>DanHoi – %1 – %2</source>
        <translation>DanHoi – %1 – %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Đăng nhập với tài khoản %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Đăng nhập với tài khoản %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Submit the latest draft of %1 for approval?</source>
        <translation>Trình duyệt dự thảo mới nhất của câu hỏi %1?</translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation>Đề nghị chuyển</translation>
    </message>
    <message>
        <source>Why should %1 go to another department? The coordinator reads this.</source>
        <translation>Vì sao câu hỏi %1 cần chuyển sang Sở/ngành khác? Nội dung này được gửi đến cán bộ tiếp nhận – điều phối.</translation>
    </message>
    <message>
        <source>Unpublish the answer</source>
        <translation>Thu hồi công bố câu trả lời</translation>
    </message>
    <message>
        <source>Why should the answer to %1 come off the portal?</source>
        <translation>Vì sao cần gỡ câu trả lời của câu hỏi %1 khỏi Cổng thông tin?</translation>
    </message>
    <message>
        <source>Saved. The question is no longer in this queue.</source>
        <translation>Đã lưu. Câu hỏi không còn trong danh sách công việc này.</translation>
    </message>
    <message>
        <source>DanHoi is locked</source>
        <translation>DanHoi đang bị khóa</translation>
    </message>
    <message>
        <source>Quit DanHoi? Unsaved answers are kept in the draft journal and offered again.</source>
        <translation>Thoát DanHoi? Các câu trả lời chưa lưu được giữ trong bản nháp tạm và sẽ được đề nghị khôi phục ở lần sau.</translation>
    </message>
    <message>
        <source>Unsaved answer</source>
        <translation>Câu trả lời chưa lưu</translation>
    </message>
    <message>
        <source>There is an answer to %1 that was not saved (last typed %2). Open it in the answer editor?</source>
        <translation>Có câu trả lời cho câu hỏi %1 chưa được lưu (nhập lần cuối lúc %2). Mở trong cửa sổ soạn thảo trả lời?</translation>
    </message>
    <message>
        <source>Save the reply letter to %1</source>
        <translation>Lưu văn bản trả lời gửi %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Văn bản trả lời</translation>
    </message>
    <message>
        <source>Letter saved to %1; print it from your PDF or document viewer.</source>
        <translation>Đã lưu văn bản vào %1; hãy in từ trình xem PDF hoặc phần mềm soạn thảo.</translation>
    </message>
    <message>
        <source>Menus, queues, lists and details are now in the new language; windows that are already open change when they are opened again.</source>
        <translation>Trình đơn, danh sách công việc, danh sách câu hỏi và phần chi tiết đã chuyển sang ngôn ngữ mới; các cửa sổ đang mở sẽ đổi khi được mở lại.</translation>
    </message>
</context>
<context>
    <name>danhoi::NewUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Sở/ngành:</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Sửa tài khoản %1</translation>
    </message>
</context>
<context>
    <name>danhoi::PublishDialog</name>
    <message>
        <source>phone number</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>số định danh</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>asker&apos;s details</source>
        <translation>thông tin người hỏi</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>lựa chọn của cán bộ</translation>
    </message>
    <message>
        <source>Title: %1

Question:
%2

Answer:
%3</source>
        <translation>Tiêu đề: %1

Câu hỏi:
%2

Trả lời:
%3</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Công &amp;bố</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Text to hide, or select it in the original</source>
        <translation>Nội dung cần ẩn, hoặc chọn trong bản gốc</translation>
    </message>
    <message>
        <source>Asked by: %1</source>
        <translation>Người hỏi: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation>Ẩn: %1</translation>
    </message>
    <message>
        <source>Keep public: %1</source>
        <translation>Giữ công khai: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type the text to hide, or select it in the original.</source>
        <translation>Hãy nhập nội dung cần ẩn, hoặc chọn trong bản gốc.</translation>
    </message>
    <message>
        <source>Choose the hidden text that may stay public.</source>
        <translation>Hãy chọn nội dung đã ẩn được phép giữ công khai.</translation>
    </message>
    <message>
        <source>Choose the choice to undo.</source>
        <translation>Hãy chọn lựa chọn cần bỏ.</translation>
    </message>
    <message>
        <source>Write the portal bundle to</source>
        <translation>Ghi gói công bố vào</translation>
    </message>
    <message>
        <source>Choose the folder of the portal bundle.</source>
        <translation>Hãy chọn thư mục của gói công bố.</translation>
    </message>
    <message>
        <source>Publish an answer</source>
        <translation>Công bố câu trả lời</translation>
    </message>
    <message numerus="yes">
        <source>%1 is published. The portal bundle in %2 holds %n item(s).</source>
        <translation>
            <numerusform>Đã công bố %1. Gói công bố tại %2 có %n câu hỏi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is published. %2</source>
        <translation>%1 đã được công bố. %2</translation>
    </message>
    <message>
        <source>Nothing was hidden automatically: no phone number, e-mail address, street address or citizen ID was found.</source>
        <translation>Không có nội dung nào được tự động ẩn: không tìm thấy số điện thoại, địa chỉ thư điện tử, địa chỉ nơi ở hay số định danh cá nhân.</translation>
    </message>
    <message>
        <source>No choices yet. To hide more, select the text in the original (or type it below) and press “%1”.</source>
        <translation>Chưa có lựa chọn nào. Để ẩn thêm, hãy chọn đoạn văn bản trong văn bản gốc (hoặc nhập vào ô bên dưới) rồi bấm “%1”.</translation>
    </message>
</context>
<context>
    <name>danhoi::PublishRun</name>
    <message>
        <source>Writing the portal bundle was cancelled; the folder keeps the previous bundle. Tools → Write the portal bundle writes it again.</source>
        <translation>Đã hủy việc ghi gói công bố; thư mục vẫn giữ gói công bố trước đó. Chọn Công cụ → Ghi lại gói công bố để ghi lại.</translation>
    </message>
    <message>
        <source>The portal bundle was not written.</source>
        <translation>Gói công bố chưa được ghi.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Publishing and writing the portal bundle…</source>
        <translation>Đang công bố và ghi gói công bố…</translation>
    </message>
    <message>
        <source>Write the portal bundle</source>
        <translation>Ghi lại gói công bố</translation>
    </message>
    <message numerus="yes">
        <source>The portal bundle in %1 holds %n item(s).</source>
        <translation>
            <numerusform>Gói công bố tại %1 gồm %n mục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::QuestionDetailWidget</name>
    <message>
        <source>Question text</source>
        <translation>Nội dung câu hỏi</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Put on a clerk&apos;s desk</source>
        <translation>Giao chuyên viên xử lý</translation>
    </message>
    <message>
        <source>Select a question in the list to see it here.</source>
        <translation>Chọn một câu hỏi trong danh sách để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation>(chưa chuyển xử lý)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 – quá hạn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – due today</source>
        <translation>%1 – đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n working day(s) left</source>
        <translation>
            <numerusform>%1 – còn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Đã từ chối: %1</translation>
    </message>
    <message>
        <source>Rejected: %1 (duplicate of %2)</source>
        <translation>Đã từ chối: %1 (trùng với %2)</translation>
    </message>
    <message>
        <source>%1, published</source>
        <translation>%1, đã công bố</translation>
    </message>
    <message>
        <source>No answer has been written yet.</source>
        <translation>Chưa có dự thảo trả lời.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Answer (%n revision(s))</source>
        <translation>
            <numerusform>&amp;Trả lời (%n phiên bản)</numerusform>
        </translation>
    </message>
    <message>
        <source>Si&amp;milar</source>
        <translation>Câu &amp;hỏi tương tự</translation>
    </message>
</context>
<context>
    <name>danhoi::QuestionListWidget</name>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả Sở/ngành</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ngừng hoạt động)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n câu hỏi</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s); add words to narrow the search.</source>
        <translation>
            <numerusform>%n kết quả phù hợp nhất; hãy thêm từ để thu hẹp phạm vi tìm kiếm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first, within the status and department filters.</source>
        <translation>
            <numerusform>%n kết quả, phù hợp nhất xếp trước, trong phạm vi bộ lọc trạng thái và Sở/ngành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches titles, questions, answers and localities, with or without accents: words, &quot;a phrase&quot;, -without a word, prefix*. The status and department filters apply.</source>
        <translation>Tìm trong tiêu đề, nội dung câu hỏi, câu trả lời và địa phương, gõ có dấu hoặc không dấu: từ, &quot;cụm từ&quot;, -từ cần loại trừ, tiền_tố*. Bộ lọc trạng thái và Sở/ngành được áp dụng.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s) among the newest %1 matches; more match. Add words or filters to find older questions.</source>
        <translation>
            <numerusform>%n kết quả phù hợp nhất trong %1 câu hỏi khớp mới nhất; còn nhiều câu hỏi khớp khác. Vui lòng thêm từ khóa hoặc bộ lọc để tìm các câu hỏi cũ hơn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::QuestionTableModel</name>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) – due soon</source>
        <translation>
            <numerusform>%n ngày – sắp đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(không có dữ liệu)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã câu hỏi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Asker&apos;s locality</source>
        <translation>Địa phương người hỏi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở/ngành</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date: the question has not been routed, or it is answered.</source>
        <translation>Chưa có hạn trả lời: câu hỏi chưa được chuyển xử lý hoặc đã được trả lời.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s): the answer was due on %1.</source>
        <translation>
            <numerusform>Quá hạn %n ngày làm việc: hạn trả lời là ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left until the due date %1.</source>
        <translation>
            <numerusform>Còn %n ngày làm việc đến hạn trả lời ngày %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working days left until the due date (weekends and public holidays not counted)</source>
        <translation>Số ngày làm việc còn lại đến hạn trả lời (không tính ngày nghỉ cuối tuần, ngày lễ, Tết)</translation>
    </message>
</context>
<context>
    <name>danhoi::QueueListWidget</name>
    <message>
        <source>Queues</source>
        <translation>Danh sách công việc</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>danhoi::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>⚠ A reason is required.</source>
        <translation>⚠ Cần nêu lý do.</translation>
    </message>
</context>
<context>
    <name>danhoi::RejectDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Thư rác hoặc quảng cáo</translation>
    </message>
    <message>
        <source>Out of the agency&apos;s scope</source>
        <translation>Không thuộc thẩm quyền của cơ quan</translation>
    </message>
    <message>
        <source>Duplicate of another question</source>
        <translation>Trùng với câu hỏi khác</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Lý do khác (ghi rõ bên dưới)</translation>
    </message>
    <message>
        <source>Explain why the question is rejected.</source>
        <translation>Nêu rõ lý do từ chối câu hỏi.</translation>
    </message>
    <message>
        <source>Enter the reference of the original question.</source>
        <translation>Nhập mã của câu hỏi gốc.</translation>
    </message>
</context>
<context>
    <name>danhoi::RevisionDiffDialog</name>
    <message>
        <source>From revision %1 (%2) to revision %3 (%4). Removed text is struck through, added text is underlined.</source>
        <translation>Từ phiên bản %1 (%2) đến phiên bản %3 (%4). Phần bị xóa được gạch ngang, phần thêm mới được gạch chân.</translation>
    </message>
</context>
<context>
    <name>danhoi::RoutingDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Type part of the name or code</source>
        <translation>Nhập một phần tên hoặc mã</translation>
    </message>
    <message>
        <source>(none – agency default period)</source>
        <translation>(không chọn – áp dụng thời hạn mặc định của cơ quan)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n ngày làm việc)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>Hãy chọn Sở/ngành trong danh sách.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Route to %1</source>
        <translation>Chuyển đến %1</translation>
    </message>
    <message>
        <source>Learning from the questions routed before…</source>
        <translation>Đang học từ các câu hỏi đã chuyển xử lý trước đây…</translation>
    </message>
    <message>
        <source>Suggested from questions routed before:</source>
        <translation>Gợi ý từ các câu hỏi đã chuyển trước đây:</translation>
    </message>
    <message>
        <source>%1 (words in common: %2)</source>
        <translation>%1 (từ khóa trùng khớp: %2)</translation>
    </message>
</context>
<context>
    <name>danhoi::SearchResultModel</name>
    <message>
        <source>%1 – answered</source>
        <translation>%1 – đã trả lời</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã câu hỏi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Where the words were found</source>
        <translation>Vị trí tìm thấy</translation>
    </message>
</context>
<context>
    <name>danhoi::SetupDialog</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Sở/ngành</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the department %2 needs a name.</source>
        <translation>Dòng %1: Sở/ngành %2 chưa có tên.</translation>
    </message>
    <message>
        <source>Line %1: the code %2 is used twice.</source>
        <translation>Dòng %1: mã %2 bị trùng.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
</context>
<context>
    <name>danhoi::SimilarQuestionsWidget</name>
    <message>
        <source>Similar questions</source>
        <translation>Câu hỏi tương tự</translation>
    </message>
    <message>
        <source>Answer of the chosen similar question</source>
        <translation>Câu trả lời của câu hỏi tương tự đã chọn</translation>
    </message>
    <message>
        <source>Similar questions appear here.</source>
        <translation>Các câu hỏi tương tự sẽ hiển thị tại đây.</translation>
    </message>
    <message>
        <source>No similar question found.</source>
        <translation>Không tìm thấy câu hỏi tương tự.</translation>
    </message>
    <message>
        <source>The most similar questions, answered ones first. Choose one to read its answer.</source>
        <translation>Các câu hỏi tương tự nhất, câu đã trả lời xếp trước. Chọn một câu hỏi để đọc câu trả lời.</translation>
    </message>
    <message>
        <source>%1 – answered</source>
        <translation>%1 – đã trả lời</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Published answer:</source>
        <translation>Câu trả lời đã công bố:</translation>
    </message>
    <message>
        <source>No published answer yet.</source>
        <translation>Chưa có câu trả lời được công bố.</translation>
    </message>
</context>
<context>
    <name>danhoi::SuggestionLearner</name>
    <message>
        <source>Department suggestions</source>
        <translation>Gợi ý Sở/ngành</translation>
    </message>
    <message>
        <source>Learning the department suggestions…</source>
        <translation>Đang học gợi ý Sở/ngành…</translation>
    </message>
    <message>
        <source>Learning was cancelled; the suggestions stay as they were.</source>
        <translation>Đã hủy việc học; các gợi ý giữ nguyên như trước.</translation>
    </message>
    <message numerus="yes">
        <source>The suggestions learned from %n routed question(s).</source>
        <translation>
            <numerusform>Đã học gợi ý từ %n câu hỏi đã chuyển xử lý.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DanHoi – citizens ask, the agencies answer</source>
        <translation>DanHoi – Dân hỏi, cơ quan chức năng trả lời</translation>
    </message>
    <message>
        <source>The database file (default: env DANHOI_DB, else the user&apos;s data folder).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: biến môi trường DANHOI_DB, nếu không có thì thư mục dữ liệu của người dùng).</translation>
    </message>
    <message>
        <source>Print the milliseconds until the main window is painted, then quit (with DANHOI_USER and DANHOI_PASSWORD: no login dialog).</source>
        <translation>In ra số mili giây đến khi cửa sổ chính được vẽ xong rồi thoát (khi có DANHOI_USER và DANHOI_PASSWORD thì không hiện hộp thoại đăng nhập).</translation>
    </message>
    <message>
        <source>With --report-startup: scroll the &quot;All&quot; queue from top to bottom, print the peak memory, then quit.</source>
        <translation>Dùng cùng --report-startup: cuộn hàng đợi &quot;Tất cả câu hỏi&quot; từ đầu đến cuối, in ra mức bộ nhớ cao nhất rồi thoát.</translation>
    </message>
</context>
</TS>
