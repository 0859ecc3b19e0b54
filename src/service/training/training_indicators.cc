// Training in the report engine: classes by kind dated by their opening (placed at the
// organiser), learners and learners completed by the class kind (placed at the learner's
// unit), and the committee members trained: seats in office at the period's end in
// organizations below the superior level, and those whose holder completed a skills class
// for secretaries and committee members in the period or its congress term.
#include "service/training/training_indicators.h"

#include <algorithm>
#include <string>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "report/period.h"
#include "service/core/span_history.h"
#include "service/training/training.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kPeople = "người";

report::FactTable LearnerFacts(const char* name, const char* where) {
  report::FactTable t;
  t.name = name;
  t.from = std::string(
               "(SELECT l.id, l.org_id, c.starts_on, c.kind, COALESCE(c.voided_at, "
               "l.voided_at) AS voided_at, l.member_id, l.candidate_id, c.title FROM "
               "training_learner l JOIN training_class c ON c.id = l.class_id") +
           where + ")";
  t.date_col = "starts_on";
  t.voided_col = "voided_at";
  t.list_select =
      "CASE WHEN e.member_id IS NULL THEN 'candidate' ELSE 'member' END, COALESCE(e.member_id, "
      "e.candidate_id), COALESCE(m.full_name, cd.full_name), o.name, e.starts_on, e.title";
  t.list_joins =
      " LEFT JOIN member m ON m.id = e.member_id LEFT JOIN candidate cd ON cd.id = "
      "e.candidate_id";
  return t;
}

// The first day counted for "trained": the start of the congress term holding the period's
// end when it is earlier than the period's start.
Date TrainedSince(const report::Period& p) {
  Date since = p.from;
  for (const report::CongressTerm& t : report::CongressTerms()) {
    const Date from = *Date::Parse(t.from), to = *Date::Parse(t.to);
    if (from <= p.to && p.to <= to && from < since) since = from;
  }
  return since;
}

// Committee seats in office on the period's end in the subtree (below the superior level):
// key "seats" for each, "trained" when its holder completed a skills class since
// TrainedSince. Rows: ('member', member id or 0, name, organization, from_date, position).
void EachCommitteeSeat(report::Scope& s, const report::RowCallback& fn) {
  const std::string d = s.period.to.Iso();
  const std::string since = TrainedSince(s.period).Iso();
  s.tx->Each(
      "SELECT 'member', COALESCE(k.member_id, 0), k.person_name, os.name, k.from_date, "
      "k.position, CASE WHEN k.member_id IS NOT NULL AND EXISTS (SELECT 1 FROM training_learner "
      "l JOIN training_class c ON c.id = l.class_id WHERE l.member_id = k.member_id AND "
      "l.voided_at IS NULL AND c.voided_at IS NULL AND l.result = 'completed' AND c.kind = "
      "'committee_skills' AND c.ends_on >= ? AND c.ends_on <= ?) THEN 1 ELSE 0 END FROM "
      "org_committee_member k JOIN org_span os ON os.org_id = k.org_id AND os.valid_from <= ? "
      "AND (os.valid_to IS NULL OR os.valid_to > ?) JOIN org_span x ON x.org_id = ? AND "
      "x.valid_from <= ? AND (x.valid_to IS NULL OR x.valid_to > ?) WHERE os.path >= x.path AND "
      "os.path < x.path || '~' AND os.kind <> 'superior_committee' AND (k.from_date IS NULL OR "
      "k.from_date <= ?) AND (k.to_date IS NULL OR k.to_date > ?) ORDER BY os.path, k.id",
      {since, d, d, d, s.org_id, d, d, d, d}, [&fn](const store::Row& r) {
        fn("seats", r);
        if (r.Int(6) != 0) fn("trained", r);
      });
}

void Flow(const std::string& code, const std::string& label, const char* unit, const char* source,
          const std::vector<std::string>& keys, bool member_data) {
  report::Register(
      report::SumOf(code, label, report::Shape::kFlow, unit, source, keys, member_data));
}

}  // namespace

void RegisterTrainingIndicators() {
  // Every edit of a class and every result keep the versions they replace
  // (service/core/span_history.h).
  report::RegisterRecordedTable(VersionedReading("training_class"));
  report::RegisterRecordedTable(VersionedReading("training_learner"));
  report::FactTable classes;
  classes.name = "training_class";
  classes.from = "(SELECT id, org_id, starts_on, kind, voided_at, title FROM training_class)";
  classes.date_col = "starts_on";
  classes.voided_col = "voided_at";
  classes.list_select = "'org', e.org_id, o.name, o.name, e.starts_on, e.title";
  report::RegisterFactTable(classes);
  report::RegisterFactTable(LearnerFacts("training_learner", ""));
  report::RegisterFactTable(LearnerFacts("training_completed", " WHERE l.result = 'completed'"));

  std::vector<std::string> all;
  for (const auto& k : vocab::Table<TrainingKind>()) all.emplace_back(k.code);
  Flow("training.classes", "Lớp đào tạo, bồi dưỡng đã mở", "lớp", "training_class", all, false);
  Flow("training.learners", "Lượt học viên các lớp đào tạo, bồi dưỡng", "lượt", "training_learner",
       all, true);
  Flow("training.completed", "Lượt học viên hoàn thành khóa học", "lượt", "training_completed", all,
       true);
  for (const auto& k : vocab::Table<TrainingKind>()) {
    const std::string code(k.code);
    const std::string label = text::LowerFirst(std::string(k.label));
    Flow("training.classes_" + code, "Lớp " + label, "lớp", "training_class", {code}, false);
    Flow("training.learners_" + code, "Học viên lớp " + label, kPeople, "training_learner", {code},
         true);
    Flow("training.completed_" + code, "Học viên hoàn thành lớp " + label, kPeople,
         "training_completed", {code}, true);
  }

  report::RegisterSource(report::VisitedSource("training_committee", report::Shape::kFlow,
                                               {"seats", "trained"}, EachCommitteeSeat, 5));
  Flow("training.committee_seats", "Bí thư, cấp ủy viên cơ sở (đương nhiệm cuối kỳ)", kPeople,
       "training_committee", {"seats"}, true);
  Flow("training.committee_trained",
       "Bí thư, cấp ủy viên cơ sở đã được bồi dưỡng nghiệp vụ (trong kỳ, nhiệm kỳ)", kPeople,
       "training_committee", {"trained"}, true);
  report::Indicator pct = report::SumOf(
      "training.committee_trained_percent", "Tỷ lệ bí thư, cấp ủy viên được bồi dưỡng nghiệp vụ",
      report::Shape::kFlow, "%", "training_committee", {"trained"}, true);
  pct.per = {{"training_committee", "seats"}};
  report::Register(pct);
}

}  // namespace dangbo::service
