// The rule notes: a table of (key, sentence from the numbers, source), one row per rule a form
// field is governed by.
#include "rules/notes.h"

namespace dangbo::rules {

namespace {

std::string N(int n) { return std::to_string(n); }

std::string Years(int months) {
  return months % 12 == 0 ? N(months / 12) + " tuổi" : N(months) + " tháng tuổi";
}

// 5000 → "5.000".
std::string Grouped(int64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

// Basis points as a Vietnamese percent: 100 → "1%", 50 → "0,5%".
std::string Percent(int bp) {
  std::string out = N(bp / 100);
  if (int rest = bp % 100; rest != 0) {
    out += ',' + std::string(rest % 10 == 0 ? N(rest / 10) : (rest < 10 ? "0" : "") + N(rest));
  }
  return out + "%";
}

std::string DuesNote(const DuesRules& d) {
  std::string s = "Đảng viên hưởng lương đóng " + Percent(d.salaried_rate_bp) +
                  " tiền lương, đảng viên hưởng lương hưu đóng " + Percent(d.pensioner_rate_bp) +
                  " lương hưu";
  if (d.student_monthly_vnd) {
    s += "; học sinh, sinh viên " + Grouped(*d.student_monthly_vnd) + " đồng một tháng";
  }
  if (d.exempt_from_party_age_years) {
    s += "; đảng viên từ " + N(*d.exempt_from_party_age_years) + " năm tuổi Đảng trở lên được miễn";
  }
  return s + ".";
}

std::string RatingNote(const RatingRules& r) {
  std::string s;
  if (r.scheme == RatingScheme::kScore) {
    s = "Chấm theo thang 100 điểm: từ " + N(r.excellent_min_score) +
        " điểm hoàn thành xuất sắc, từ " + N(r.good_min_score) + " hoàn thành tốt, từ " +
        N(r.completed_min_score) + " hoàn thành nhiệm vụ, dưới " + N(r.completed_min_score) +
        " không hoàn thành nhiệm vụ";
  } else {
    s = "Bốn mức; số được xếp loại hoàn thành xuất sắc không quá " +
        N(r.excellent_max_percent_of_good) +
        "% số được xếp loại hoàn thành tốt trong mỗi tổ chức cơ sở đảng";
  }
  if (r.disciplined_not_completed) {
    s += "; đảng viên bị kỷ luật trong năm xếp loại không hoàn thành nhiệm vụ";
  }
  return s + ".";
}

std::string List(const std::vector<int>& xs) {
  std::string out;
  for (size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + N(xs[i]);
  return out;
}

}  // namespace

std::vector<RuleNote> RuleNotes(const RuleSet& rs) {
  const std::string& charter = rs.source;  // "Điều lệ Đảng; Quy định …"
  std::string rounds;
  for (size_t i = 0; i < rs.badges.rounds.size(); ++i) {
    rounds += (i ? ", " : "") + N(rs.badges.rounds[i].day) + "/" + N(rs.badges.rounds[i].month);
  }
  return {
      {"admission_age",
       "Người vào Đảng phải đủ " + Years(rs.min_admission_age_months) + " và không quá " +
           Years(rs.max_admission_age_months) + " vào ngày chi bộ xét kết nạp.",
       "Điều 4 " + rs.source},
      {"education",
       "Trình độ học vấn tối thiểu: trung học cơ sở (" + N(rs.min_education_grade_of_12) +
           "/12 hoặc " + N(rs.min_education_grade_of_10) + "/10).",
       charter},
      {"certificate",
       "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng dùng để xét kết nạp trong " +
           N(rs.candidate_certificate_valid_months) + " tháng kể từ ngày học xong.",
       "Hướng dẫn của Ban Tổ chức Trung ương; " + rs.source},
      {"introducers",
       N(rs.introducers_required) +
           " đảng viên chính thức giới thiệu, cùng công tác, học tập với "
           "người vào Đảng ít nhất " +
           N(rs.introducer_min_months_together) + " tháng.",
       charter},
      {"votes",
       "Chi bộ xét kết nạp: ít nhất " + N(rs.vote_numerator) + "/" + N(rs.vote_denominator) +
           " đảng viên chính thức tán thành.",
       charter},
      {"decision_deadline",
       "Cấp ủy có thẩm quyền quyết định trong " + N(rs.decision_deadline_working_days) +
           " ngày làm việc kể từ nghị quyết của chi bộ (gia hạn một lần, tối đa " +
           N(rs.decision_extension_working_days) + " ngày làm việc).",
       charter},
      {"ceremony_deadline",
       "Tổ chức lễ kết nạp trong " + N(rs.ceremony_deadline_working_days) +
           " ngày làm việc kể từ ngày có quyết định kết nạp.",
       charter},
      {"probation",
       "Thời gian dự bị " + N(rs.probation_months) +
           " tháng kể từ ngày lễ kết nạp; chi bộ xét công nhận chính thức trong " +
           N(rs.recognition_deadline_working_days) + " ngày làm việc sau khi hết dự bị.",
       charter},
      {"readmission",
       "Kết nạp lại sau ít nhất " + N(rs.readmission_min_months) +
           " tháng kể từ khi ra khỏi "
           "Đảng, và chỉ " +
           N(rs.readmission_max_times) + " lần.",
       charter},
      {"temporary_transfer",
       "Sinh hoạt tạm thời: công tác, cư trú từ " + N(rs.temporary_work_min_months) + " đến dưới " +
           N(rs.temporary_work_max_months_exclusive) + " tháng; học tập trong nước từ " +
           N(rs.temporary_study_min_months) + " đến " + N(rs.temporary_study_max_months) +
           " tháng.",
       charter},
      {"transfer_present",
       "Nộp hồ sơ trong " + N(rs.transfer_file_working_days) +
           " ngày làm việc; xuất trình giấy giới thiệu sinh hoạt đảng với nơi đến trong " +
           N(rs.transfer_present_working_days) + " ngày làm việc.",
       charter},
      {"discipline_statute",
       "Thời hiệu xử lý kỷ luật kể từ ngày có vi phạm: khiển trách " +
           N(rs.discipline.reprimand_statute_months) + " tháng, cảnh cáo " +
           N(rs.discipline.warning_statute_months) + " tháng, cách chức " +
           N(rs.discipline.dismissal_statute_months) +
           " tháng; khai trừ, giải tán không áp dụng thời hiệu.",
       rs.discipline.source},
      {"discipline_appeal",
       "Khiếu nại quyết định kỷ luật trong " + N(rs.discipline.appeal_days) +
           " ngày kể từ ngày nhận quyết định.",
       rs.discipline.source},
      {"badge",
       "Xét tặng Huy hiệu " + List(rs.badges.milestones_years) + " năm tuổi Đảng, vào các đợt " +
           rounds + ".",
       rs.badges.source},
      {"meetings",
       "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần (" + N(rs.branch_meetings_per_year) +
           " lần một năm), sinh hoạt chuyên đề ít nhất " + N(rs.thematic_meetings_min_per_quarter) +
           " lần một quý; bỏ sinh hoạt hoặc không "
           "đóng đảng phí " +
           N(rs.meeting_skip_removal_months) +
           " tháng trong năm không có lý do thì xem xét xóa tên.",
       charter},
      {"dues", DuesNote(rs.dues), rs.dues.source},
      {"rating", RatingNote(rs.rating), rs.rating.source},
  };
}

}  // namespace dangbo::rules
