// The user guide as data: one topic per task, in the words of the offices that do it. Each
// names its steps, the rules that govern it (notes served by the server, with their sources),
// where in the app it is done, and its screenshot (web/public/help/<slug>.png).

export interface HelpTopic {
  slug: string;
  title: string;
  /** Who does it. */
  who: string;
  summary: string;
  steps: string[];
  /** Rule note keys (GET /api/rules/notes). */
  rules?: string[];
  /** Where to start it in the app. */
  start: { label: string; to: string };
}

export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    slug: 'them-dang-vien',
    title: 'Thêm đảng viên',
    who: 'Cán bộ tổ chức, bí thư chi bộ',
    summary: 'Lập hồ sơ cho một đảng viên đã vào Đảng (hồ sơ cũ, chuyển đến chưa có trong phần mềm).',
    steps: [
      'Mở “Đảng viên”, bấm “Thêm đảng viên”.',
      'Chọn chi bộ sinh hoạt, ghi họ tên, giới tính, ngày sinh, dân tộc, tôn giáo.',
      'Ghi ngày vào Đảng, ngày chính thức (nếu đã chính thức), số thẻ đảng viên.',
      'Ngày gõ theo ngày/tháng/năm: 1/6/1990, 01.06.1990, 01/06/90 đều được; ngày không có thật báo lỗi ngay dưới ô.',
      'Bấm “Lưu”. Nếu phần mềm thấy người trùng số CCCD hoặc trùng họ tên và ngày sinh, đồng chí xem lại trước khi lưu.',
    ],
    rules: ['admission_age', 'probation'],
    start: { label: 'Thêm đảng viên', to: '/dang-vien/moi' },
  },
  {
    slug: 'nhap-tu-tep',
    title: 'Nhập đảng viên từ tệp Excel',
    who: 'Cán bộ tổ chức',
    summary: 'Nhập nhiều hồ sơ một lần từ tệp Excel (.xlsx) hoặc CSV.',
    steps: [
      'Mở “Đảng viên” → “Nhập từ tệp”, tải “Tệp mẫu Excel”: trang đầu có các cột và một dòng mẫu, trang “Danh mục” có các giá trị được nhận (dân tộc, tôn giáo, lý luận chính trị…).',
      'Điền mỗi đảng viên một dòng, xóa dòng mẫu, lưu tệp.',
      'Chọn tệp và chi bộ mặc định, bấm “Tiếp tục: kiểm tra dữ liệu”.',
      'Xem các dòng có lỗi (ghi rõ cột và lý do); sửa tệp rồi tải lại, hoặc đánh dấu “Bỏ qua” các dòng lỗi.',
      'Số “Sẽ nhập” là số hồ sơ sẽ được ghi; bấm “Nhập … đảng viên”. Không dòng nào được ghi khi còn dòng lỗi chưa bỏ qua.',
    ],
    start: { label: 'Nhập từ tệp', to: '/dang-vien/nhap' },
  },
  {
    slug: 'ket-nap',
    title: 'Kết nạp đảng viên',
    who: 'Bí thư chi bộ, cán bộ tổ chức',
    summary: 'Theo dõi quần chúng ưu tú từ lớp bồi dưỡng đến lễ kết nạp; mỗi bước ghi ngày và được kiểm tra theo quy định.',
    steps: [
      'Mở “Phát triển đảng viên”, bấm “Thêm quần chúng ưu tú”. Nếu quần chúng còn nhỏ tuổi, phần mềm nhắc nên học lớp từ ngày nào để giấy chứng nhận còn giá trị khi đủ tuổi.',
      'Ghi lần lượt: lớp bồi dưỡng nhận thức về Đảng, hồ sơ, người giới thiệu, chi bộ biểu quyết, đề nghị của cấp ủy, quyết định kết nạp, lễ kết nạp.',
      'Sau khi chi bộ biểu quyết, bấm “In giấy tờ” để lấy dự thảo quyết định kết nạp (Word hoặc PDF).',
      'Ghi lễ kết nạp: phần mềm tạo hồ sơ đảng viên dự bị và tính thời gian dự bị.',
    ],
    rules: ['admission_age', 'education', 'certificate', 'introducers', 'votes', 'decision_deadline', 'ceremony_deadline'],
    start: { label: 'Phát triển đảng viên', to: '/phat-trien' },
  },
  {
    slug: 'cong-nhan-chinh-thuc',
    title: 'Công nhận đảng viên chính thức',
    who: 'Bí thư chi bộ, cán bộ tổ chức',
    summary: 'Khi hết 12 tháng dự bị, chi bộ xét và cấp ủy quyết định công nhận chính thức.',
    steps: [
      'Việc “Sắp hết dự bị” hiện trên Trang chủ của chi bộ.',
      'Mở hồ sơ đảng viên dự bị, bấm “Xét công nhận chính thức”, ghi ngày nghị quyết của chi bộ và quyết định của cấp ủy.',
      '“In giấy tờ” → “Dự thảo quyết định công nhận chính thức” cho ra văn bản theo thể thức của Đảng.',
    ],
    rules: ['probation'],
    start: { label: 'Đảng viên', to: '/dang-vien' },
  },
  {
    slug: 'chuyen-sinh-hoat',
    title: 'Chuyển sinh hoạt đảng',
    who: 'Cán bộ tổ chức, bí thư chi bộ',
    summary: 'Chuyển chính thức ra ngoài, tiếp nhận từ nơi khác, chuyển nội bộ giữa các chi bộ, sinh hoạt tạm thời.',
    steps: [
      'Mở hồ sơ đảng viên → “Thao tác” → “Chuyển sinh hoạt đảng”; chọn loại và nơi đến, ghi số giấy giới thiệu, ngày hiệu lực.',
      'Chuyển trong Đảng bộ: chi bộ nơi đến xác nhận tiếp nhận (việc hiện trên Trang chủ của họ, ghi rõ nơi chuyển đi).',
      'Bấm “In giấy tờ” trên phiếu chuyển để in giấy giới thiệu sinh hoạt đảng có hạn xuất trình.',
      'Tiếp nhận đảng viên từ nơi khác: “Chuyển sinh hoạt” → “Tiếp nhận”; người đã từng chuyển đi (cùng số CCCD) được nối lại đúng hồ sơ cũ.',
    ],
    rules: ['transfer_present', 'temporary_transfer'],
    start: { label: 'Chuyển sinh hoạt', to: '/chuyen-sinh-hoat' },
  },
  {
    slug: 'sinh-hoat-chi-bo',
    title: 'Sinh hoạt chi bộ và điểm danh',
    who: 'Bí thư chi bộ (thường trên điện thoại)',
    summary: 'Lập lịch sinh hoạt cả năm, ghi buổi sinh hoạt, điểm danh mỗi đảng viên một chạm.',
    steps: [
      'Mở “Sinh hoạt” → “Lập kế hoạch năm”: phần mềm tạo 12 buổi thường kỳ và các buổi chuyên đề hằng quý.',
      'Sau buổi họp, mở buổi đó, ghi ngày họp, chủ trì, thư ký, nội dung; tải biên bản (PDF, Word, ảnh).',
      'Điểm danh: chạm vào từng đảng viên để chọn có mặt, đi muộn, vắng có lý do, vắng không lý do.',
      'Đảng viên vắng không lý do 2 buổi trong năm được nhắc trên Trang chủ, trước khi tới mức xem xét xóa tên.',
    ],
    rules: ['meetings'],
    start: { label: 'Sinh hoạt', to: '/sinh-hoat' },
  },
  {
    slug: 'dang-phi',
    title: 'Thu, nộp đảng phí',
    who: 'Bí thư hoặc chi ủy viên phụ trách đảng phí',
    summary: 'Sổ thu hằng tháng theo mức đóng của từng người, nộp lên cấp trên, đối chiếu và nhắc nợ.',
    steps: [
      'Ghi mức thu nhập làm căn cứ đóng của từng đảng viên (một lần, khi thay đổi thì ghi mức mới).',
      'Mỗi tháng mở “Đảng phí”, chọn tháng: số phải đóng đã tính theo quy định; đánh dấu người đã nộp và bấm lưu.',
      'Ghi nộp lên cấp trên và tỷ lệ trích giữ lại; đối chiếu tháng cho thấy chênh lệch nếu có.',
    ],
    rules: ['dues'],
    start: { label: 'Đảng phí', to: '/dang-phi' },
  },
  {
    slug: 'bao-cao',
    title: 'Lập báo cáo',
    who: 'Văn phòng, cán bộ tổ chức, bí thư',
    summary: 'Mọi số liệu báo cáo lên cấp trên cho bất kỳ tổ chức và kỳ nào; xuất Excel, Word theo thể thức của Đảng.',
    steps: [
      'Mở “Báo cáo”, chọn tổ chức, mẫu báo cáo (tổ chức, đảng viên, biến động, kết nạp, chất lượng…) và kỳ (tháng, quý, 6, 8, 9 tháng, năm, nhiệm kỳ).',
      'Bấm vào một con số để xem danh sách người hoặc tổ chức đứng sau; tìm và xuất danh sách đó.',
      '“Xuất Word” cho ra báo cáo có tiêu đề, phần lời văn, bảng số liệu và chữ ký; “Xuất Excel” cho ra bảng số liệu.',
      '“Lưu báo cáo đã gửi” giữ lại đúng số liệu đã gửi; sau này so sánh với số liệu hiện nay.',
    ],
    start: { label: 'Báo cáo', to: '/bao-cao' },
  },
  {
    slug: 'in-giay-to',
    title: 'In giấy tờ của đảng viên',
    who: 'Cán bộ tổ chức, bí thư chi bộ',
    summary: 'Phiếu đảng viên (mẫu 2-HSĐV), giấy giới thiệu sinh hoạt đảng, dự thảo quyết định kết nạp và công nhận chính thức.',
    steps: [
      'Trên hồ sơ đảng viên, phiếu chuyển sinh hoạt hoặc hồ sơ quần chúng, bấm “In giấy tờ”.',
      'Chọn giấy tờ và định dạng: Word để sửa tiếp, PDF để in ngay.',
      'Giấy tờ có tiêu đề cấp ủy, “ĐẢNG CỘNG SẢN VIỆT NAM”, địa danh, ngày tháng và chỗ ký theo thể thức.',
    ],
    start: { label: 'Đảng viên', to: '/dang-vien' },
  },
  {
    slug: 'ho-so-cua-toi',
    title: 'Hồ sơ của tôi (dành cho đảng viên)',
    who: 'Đảng viên',
    summary: 'Đảng viên xem hồ sơ của mình, tuổi đảng, thẻ, huy hiệu, lịch sinh hoạt và điểm danh, đảng phí; đề nghị sửa khi có sai sót.',
    steps: [
      'Quản trị viên của tổ chức tạo tài khoản cho đảng viên: trên hồ sơ đảng viên bấm “Tạo tài khoản”.',
      'Đảng viên đăng nhập, mở “Hồ sơ của tôi”.',
      'Thấy sai sót: bấm “Đề nghị sửa hồ sơ”, chọn mục và ghi nội dung đúng. Đề nghị hiện trên Trang chủ của chi bộ; bí thư sửa hồ sơ và trả lời.',
    ],
    rules: ['badge'],
    start: { label: 'Hồ sơ của tôi', to: '/ca-nhan' },
  },
  {
    slug: 'ky-luat',
    title: 'Kiểm tra, giám sát và kỷ luật',
    who: 'Ủy ban kiểm tra, cán bộ kiểm tra',
    summary: 'Chương trình kiểm tra, giám sát, kết luận và theo dõi khắc phục; quyết định kỷ luật, khiếu nại. Hồ sơ kỷ luật được bảo mật, mỗi lần mở đều được ghi nhật ký.',
    steps: [
      'Mở “Kiểm tra, giám sát”, lập chương trình năm và các cuộc kiểm tra, giám sát.',
      'Ghi kết luận (có vi phạm hay không, nội dung khắc phục, hạn), rồi theo dõi đến khi kết thúc.',
      'Ghi quyết định kỷ luật: phần mềm kiểm tra hình thức phù hợp với người bị kỷ luật và thời hiệu.',
    ],
    rules: ['discipline_statute', 'discipline_appeal'],
    start: { label: 'Kiểm tra, giám sát', to: '/kiem-tra' },
  },
];
