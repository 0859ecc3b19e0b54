// The default discipline reader (no discipline domain yet: nobody was disciplined) and the
// switch that lets the discipline domain, or a test, put its own in place.
#include "service/core/discipline_facts.h"

#include <atomic>

namespace dangbo::service {

namespace {

class NoDiscipline final : public DisciplineFacts {
 public:
  bool DisciplinedInYear(store::Transaction&, int64_t, int) const override { return false; }
  std::optional<DisciplineDecision> LatestBefore(store::Transaction&, int64_t,
                                                 const Date&) const override {
    return std::nullopt;
  }
};

const NoDiscipline kNone;
std::atomic<const DisciplineFacts*> g_facts{&kNone};

}  // namespace

std::map<int64_t, DisciplineDecision> DisciplineFacts::LatestBeforeEach(
    store::Transaction& tx, const std::vector<int64_t>& members, const Date& on) const {
  std::map<int64_t, DisciplineDecision> out;
  for (int64_t id : members) {
    if (auto d = LatestBefore(tx, id, on)) out.emplace(id, *d);
  }
  return out;
}

const DisciplineFacts& Discipline() { return *g_facts.load(); }

const DisciplineFacts* SetDisciplineFacts(const DisciplineFacts* facts) {
  return g_facts.exchange(facts ? facts : &kNone);
}

}  // namespace dangbo::service
