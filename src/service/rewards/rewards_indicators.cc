// Rewards in the report engine: awards dated by their decision, placed at the organization
// awarded (a member's award at the member's unit), counted by subject ("8 tập thể, 14 cá
// nhân") and by form; emulation movements and "Dân vận khéo" models by their start.
#include "service/rewards/rewards_indicators.h"

#include <string>
#include <vector>

#include "report/as_recorded.h"
#include "report/indicator.h"
#include "service/rewards/rewards.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

report::FactTable RewardFacts(const char* name, const char* kind_col) {
  report::FactTable t;
  t.name = name;
  t.from = std::string("(SELECT id, org_id, decided_on, ") + kind_col +
           " AS kind, voided_at, member_id, recipient, decision_no FROM reward)";
  t.date_col = "decided_on";
  t.voided_col = "voided_at";
  t.list_select =
      "CASE WHEN e.member_id IS NULL THEN 'org' ELSE 'member' END, COALESCE(e.member_id, "
      "e.org_id), e.recipient, o.name, e.decided_on, e.decision_no";
  return t;
}

void Flow(const std::string& code, const std::string& label, const char* unit, const char* source,
          const std::vector<std::string>& keys, bool member_data) {
  report::Register(
      report::SumOf(code, label, report::Shape::kFlow, unit, source, keys, member_data));
}

}  // namespace

void RegisterRewardIndicators() {
  // Awards and movements are only ever added and voided: as recorded by their creation.
  report::RegisterRecordedTable(
      {"reward",
       "id, org_id, subject, member_id, recipient, form, level, decision_no, decided_on, reason, "
       "period_label, emulation_id, effects, created_at, updated_at, void_reason",
       "", "voided_at", "created_at"});
  report::RegisterRecordedTable(
      {"emulation",
       "id, org_id, kind, title, starts_on, ends_on, note, version, created_at, updated_at, "
       "void_reason",
       "", "voided_at", "created_at"});
  report::RegisterFactTable(RewardFacts("reward", "subject"));
  report::RegisterFactTable(RewardFacts("reward_form", "form"));
  report::FactTable emulation;
  emulation.name = "emulation";
  emulation.from = "(SELECT id, org_id, starts_on, kind, voided_at, title FROM emulation)";
  emulation.date_col = "starts_on";
  emulation.voided_col = "voided_at";
  emulation.list_select = "'org', e.org_id, o.name, o.name, e.starts_on, e.title";
  report::RegisterFactTable(emulation);

  Flow("rewards.total", "Lượt khen thưởng (tập thể và cá nhân)", "lượt", "reward",
       {"collective", "individual"}, true);
  Flow("rewards.collective", "Tập thể được khen thưởng", "tập thể", "reward", {"collective"},
       false);
  Flow("rewards.individual", "Cá nhân được khen thưởng", "người", "reward", {"individual"}, true);
  for (const auto& f : vocab::Table<RewardForm>()) {
    Flow("rewards.form_" + std::string(f.code), "Khen thưởng: " + std::string(f.label), "lượt",
         "reward_form", {std::string(f.code)}, true);
  }
  std::vector<std::string> kinds;
  for (const auto& k : vocab::Table<EmulationKind>()) kinds.emplace_back(k.code);
  Flow("emulation.total", "Phong trào thi đua, mô hình, chương trình phát động", "phong trào",
       "emulation", kinds, false);
  Flow("emulation.movement", "Phong trào thi đua phát động", "phong trào", "emulation",
       {"movement"}, false);
  Flow("emulation.dan_van_kheo", "Mô hình \"Dân vận khéo\" đăng ký, xây dựng", "mô hình",
       "emulation", {"dan_van_kheo"}, false);
  Flow("emulation.innovation", "Chương trình đổi mới, sáng tạo", "chương trình", "emulation",
       {"innovation"}, false);
}

}  // namespace dangbo::service
