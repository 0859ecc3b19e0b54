// Propaganda in the report engine: activities by kind dated by the day they were held (placed
// at the organization that held them), their figures summed (members invited and attending
// study sessions → the participation rate; conferences' connection points and participants;
// contest entries; opinions collected), Directive 05 models registered and recognized with the
// units registering, and the public-opinion collaborators serving on a date.
#include "service/propaganda/propaganda_indicators.h"

#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/core/span_history.h"
#include "service/propaganda/propaganda.h"

namespace dangbo::service {

namespace {

// A fact table over propaganda_activity: rows, or the sum of `weight` ("" = rows).
report::FactTable Activities(const std::string& name, const std::string& weight) {
  report::FactTable t;
  t.name = name;
  t.from = "(SELECT id, org_id, held_on, kind, voided_at, title, " +
           (weight.empty() ? std::string("1") : "COALESCE(" + weight + ", 0)") +
           " AS w FROM propaganda_activity)";
  t.date_col = "held_on";
  t.voided_col = "voided_at";
  if (!weight.empty()) t.weight_col = "w";
  t.list_select = "'org', e.org_id, o.name, o.name, e.held_on, e.title";
  return t;
}

// Directive 05 registrations (kind "registered", dated by registration) and recognitions
// (kind "recognized", dated by recognition), one row per model; `distinct`: count units.
report::FactTable Models(const std::string& name, bool distinct) {
  report::FactTable t;
  t.name = name;
  // A join with the two kinds, not a UNION: the flow engine finds a unit's rows by its index.
  t.from =
      "(SELECT m.id, m.org_id, CASE s.kind WHEN 'registered' THEN m.registered_on ELSE "
      "m.recognized_on END AS on_date, s.kind, m.voided_at, m.name FROM directive05_model m CROSS "
      "JOIN (SELECT 'registered' AS kind UNION ALL SELECT 'recognized') s WHERE s.kind = "
      "'registered' OR m.recognized_on IS NOT NULL)";
  t.date_col = "on_date";
  t.voided_col = "voided_at";
  if (distinct) t.distinct_col = "org_id";
  t.list_select = "'org', e.org_id, o.name, o.name, e.on_date, e.name";
  return t;
}

// Collaborators serving on the scope's date in its subtree (the unit as it was then). Rows:
// ('member', member id, name, organization, from_on, decision).
void EachCollaborator(report::Scope& s, const report::RowCallback& fn) {
  const std::string d = s.at.Iso();
  s.tx->Each(
      "SELECT 'member', c.member_id, m.full_name, os.name, c.from_on, COALESCE(c.decision_no, "
      "'') FROM opinion_collaborator c JOIN member m ON m.id = c.member_id JOIN org_span os ON "
      "os.org_id = c.org_id AND os.valid_from <= ? AND (os.valid_to IS NULL OR os.valid_to > ?) "
      "JOIN org_span x ON x.org_id = ? AND x.valid_from <= ? AND (x.valid_to IS NULL OR "
      "x.valid_to > ?) WHERE os.path >= x.path AND os.path < x.path || '~' AND c.voided_at IS "
      "NULL AND c.from_on <= ? AND (c.to_on IS NULL OR c.to_on > ?) ORDER BY os.path, c.id",
      {d, d, s.org_id, d, d, d, d}, [&fn](const store::Row& r) { fn("serving", r); });
}

void Flow(const std::string& code, const std::string& label, const char* unit, const char* source,
          const std::vector<std::string>& keys) {
  report::Register(report::SumOf(code, label, report::Shape::kFlow, unit, source, keys, false));
}

}  // namespace

void RegisterPropagandaIndicators() {
  // Every edit of an activity, a model or a collaborator keeps the version it replaces
  // (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("propaganda_activity"));
  report::RegisterRecordedTable(VersionedReading("directive05_model"));
  report::RegisterRecordedTable(VersionedReading("opinion_collaborator"));
  report::RegisterFactTable(Activities("propaganda_activity", ""));
  report::RegisterFactTable(Activities("propaganda_invited", "invited"));
  report::RegisterFactTable(Activities("propaganda_attended", "attended"));
  report::RegisterFactTable(Activities("propaganda_points", "points"));
  report::RegisterFactTable(Activities("propaganda_entries", "entries"));
  report::RegisterFactTable(Activities("propaganda_opinions", "opinions"));
  report::RegisterFactTable(Models("directive05_model", false));
  report::RegisterFactTable(Models("directive05_unit", true));

  Flow("propaganda.study_sessions", "Buổi học tập, quán triệt nghị quyết, chỉ thị", "buổi",
       "propaganda_activity", {"study_session"});
  Flow("propaganda.study_invited", "Lượt đảng viên được triệu tập học tập nghị quyết", "lượt",
       "propaganda_invited", {"study_session"});
  Flow("propaganda.study_attended", "Lượt đảng viên tham gia học tập nghị quyết", "lượt",
       "propaganda_attended", {"study_session"});
  report::Indicator rate = report::SumOf(
      "propaganda.study_rate", "Tỷ lệ đảng viên tham gia học tập, quán triệt nghị quyết",
      report::Shape::kFlow, "%", "propaganda_attended", {"study_session"}, false);
  rate.per = {{"propaganda_invited", "study_session"}};
  report::Register(rate);
  Flow("propaganda.conferences", "Hội nghị trực tuyến", "hội nghị", "propaganda_activity",
       {"online_conference"});
  Flow("propaganda.conference_points", "Điểm cầu hội nghị trực tuyến", "điểm cầu",
       "propaganda_points", {"online_conference"});
  Flow("propaganda.conference_participants", "Lượt người dự hội nghị trực tuyến", "lượt",
       "propaganda_attended", {"online_conference"});
  Flow("propaganda.contests", "Cuộc thi tìm hiểu, sáng tác", "cuộc thi", "propaganda_activity",
       {"contest"});
  Flow("propaganda.contest_entries", "Bài dự thi", "bài", "propaganda_entries", {"contest"});
  Flow("propaganda.opinion_reports", "Báo cáo dư luận xã hội", "báo cáo", "propaganda_activity",
       {"opinion_report"});
  Flow("propaganda.opinions", "Ý kiến, dư luận được thu thập, phản ánh", "ý kiến",
       "propaganda_opinions", {"opinion_report"});
  Flow("propaganda.d05_units", "Đơn vị đăng ký mô hình làm theo Bác (Chỉ thị 05)", "đơn vị",
       "directive05_unit", {"registered"});
  Flow("propaganda.d05_models", "Mô hình, điển hình đăng ký (Chỉ thị 05)", "mô hình",
       "directive05_model", {"registered"});
  Flow("propaganda.d05_recognized", "Mô hình, điển hình được công nhận (Chỉ thị 05)", "mô hình",
       "directive05_model", {"recognized"});

  report::RegisterSource(report::VisitedSource("opinion_collaborator", report::Shape::kStock,
                                               {"serving"}, EachCollaborator, 5));
  report::Register(report::SumOf("propaganda.collaborators", "Cộng tác viên dư luận xã hội",
                                 report::Shape::kStock, "người", "opinion_collaborator",
                                 {"serving"}, true));
}

}  // namespace dangbo::service
