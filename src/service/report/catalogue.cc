// The domains' registrations, in catalogue order: a new domain adds one line here.
#include "service/report/catalogue.h"

#include <mutex>
#include <stdexcept>
#include <string>

#include "service/admission/admission_indicators.h"
#include "service/badges/badge_indicators.h"
#include "service/cadre/cadre_indicators.h"
#include "service/core/access.h"
#include "service/culture/culture_indicators.h"
#include "service/discipline/discipline_indicators.h"
#include "service/documents/documents_indicators.h"
#include "service/dues/dues_indicators.h"
#include "service/inspection/inspection_indicators.h"
#include "service/lifecycle/lifecycle_indicators.h"
#include "service/meetings/meetings_indicators.h"
#include "service/members/member_indicators.h"
#include "service/orgs/org_indicators.h"
#include "service/propaganda/propaganda_indicators.h"
#include "service/ratings/rating_indicators.h"
#include "service/rewards/rewards_indicators.h"
#include "service/training/training_indicators.h"

namespace dangbo::service {

namespace {

struct DomainIndicators {
  const char* domain;
  void (*register_indicators)();
};

// Order matters only where a domain's indicators use another's source: admission's
// percentage counts the lifecycle's member_event.
constexpr DomainIndicators kDomains[] = {
    {"orgs", RegisterOrgIndicators},
    {"members", RegisterMemberIndicators},
    {"lifecycle", RegisterLifecycleIndicators},
    {"admission", RegisterAdmissionIndicators},
    {"meetings", RegisterMeetingIndicators},
    {"ratings", RegisterRatingIndicators},
    {"badges", RegisterBadgeIndicators},
    {"inspection", RegisterInspectionIndicators},
    {"discipline", RegisterDisciplineIndicators},
    {"dues", RegisterDuesIndicators},
    {"training", RegisterTrainingIndicators},
    {"cadre", RegisterCadreIndicators},
    {"propaganda", RegisterPropagandaIndicators},
    {"rewards", RegisterRewardIndicators},
    {"culture", RegisterCultureIndicators},
    {"documents", RegisterDocumentIndicators},
};

void EnsureRegistered() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (const DomainIndicators& d : kDomains) d.register_indicators();
  });
}

}  // namespace

const std::vector<report::Indicator>& IndicatorCatalogue() {
  EnsureRegistered();
  return report::Catalogue();
}

Result<std::vector<const report::Indicator*>> ResolveIndicators(std::string_view codes) {
  EnsureRegistered();
  return report::ResolveCodes(codes);
}

bool MayReadConfidential(const Actor& actor, const report::Indicator& i) {
  if (!i.confidential) return true;
  if (i.code.rfind("cadre.", 0) == 0) return RoleAllows(actor, Action::kCadreRead);
  return ReadsAllCaseFiles(actor);
}

const report::Indicator& IndicatorOf(std::string_view code) {
  EnsureRegistered();
  const report::Indicator* i = report::Find(code);
  if (i == nullptr) throw std::logic_error("indicator not registered: " + std::string(code));
  return *i;
}

}  // namespace dangbo::service
