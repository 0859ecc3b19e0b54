// Administration endpoints: users, organizations (minimal), the audit trail, reference data.
#include "http/app.h"
#include "http/problem.h"
#include "report/period.h"
#include "rules/calendar.h"
#include "rules/dues.h"
#include "service/accounts/users.h"
#include "service/admission/admission.h"
#include "service/admission/flows.h"
#include "service/badges/badges.h"
#include "service/cadre/cadre.h"
#include "service/calendar/reference.h"
#include "service/core/audit.h"
#include "service/core/audit_labels.h"
#include "service/core/kinds.h"
#include "service/culture/culture.h"
#include "service/discipline/discipline.h"
#include "service/documents/documents.h"
#include "service/dues/dues.h"
#include "service/meetings/meetings.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"
#include "service/propaganda/propaganda.h"
#include "service/ratings/ratings.h"
#include "service/rewards/rewards.h"
#include "service/targets/targets.h"
#include "service/training/training.h"

namespace dangbo::http {

namespace {

nlohmann::json AuditJson(const service::AuditRow& a) {
  auto opt = [](const std::optional<int64_t>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  return {{"id", a.id},
          {"at", a.at},
          {"actor_id", opt(a.actor_id)},
          {"actor_name", a.actor_name},
          {"action", a.action},
          {"entity", a.entity},
          {"entity_id", a.entity_id},
          {"org_id", opt(a.org_id)},
          {"outcome", a.outcome},
          {"before", a.before},
          {"after", a.after},
          {"detail", a.detail},
          {"client_addr", a.client_addr},
          {"via", a.via}};
}

// A vocabulary as [{code, label}, ...], with its flags by name where it has any.
template <vocab::Coded E>
nlohmann::json VocabJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const vocab::Entry<E>& e : vocab::Table<E>()) {
    nlohmann::json item = {{"code", e.code}, {"label", e.label}};
    if constexpr (vocab::Flagged<E>) {
      for (const vocab::FlagName& f : VocabFlagsOf(E{})) item[f.name] = (e.flags & f.bit) != 0;
    }
    out.push_back(std::move(item));
  }
  return out;
}

// Every coded value with its Vietnamese label, so the web keeps no copies.
nlohmann::json VocabsJson() {
  return {{"role", VocabJson<service::Role>()},
          {"org_kind", VocabJson<service::OrgKind>()},
          {"member_status", VocabJson<service::MemberStatus>()},
          {"member_event_kind", VocabJson<service::MemberEventKind>()},
          {"org_event_kind", VocabJson<service::OrgEventKind>()},
          {"transfer_kind", VocabJson<service::TransferKind>()},
          {"transfer_state", VocabJson<service::TransferState>()},
          {"audit_action", VocabJson<service::AuditAction>()},
          {"action", VocabJson<service::Action>()},
          {"candidate_status", VocabJson<service::CandidateStatus>()},
          {"admission_step", VocabJson<service::AdmissionStep>()},
          {"holiday_kind", VocabJson<rules::HolidayKind>()},
          {"work_item_kind", VocabJson<service::WorkItemKind>()},
          {"audit_outcome", VocabJson<service::AuditOutcome>()},
          {"audit_via", VocabJson<service::AuditVia>()},
          {"meeting_kind", VocabJson<service::MeetingKind>()},
          {"meeting_status", VocabJson<service::MeetingStatus>()},
          {"attendance_status", VocabJson<service::AttendanceStatus>()},
          {"meeting_quality", VocabJson<service::MeetingQuality>()},
          {"rating_level", VocabJson<rules::RatingLevel>()},
          {"rating_stage", VocabJson<service::RatingStage>()},
          {"rating_subject", VocabJson<service::RatingSubject>()},
          {"rating_scheme", VocabJson<rules::RatingScheme>()},
          {"badge_basis", VocabJson<service::BadgeBasis>()},
          {"badge_status", VocabJson<service::BadgeStatus>()},
          {"inspection_kind", VocabJson<service::InspectionKind>()},
          {"inspection_status", VocabJson<service::InspectionStatus>()},
          {"case_subject", VocabJson<service::CaseSubject>()},
          {"discipline_form", VocabJson<rules::DisciplineForm>()},
          {"discipline_status", VocabJson<service::DisciplineStatus>()},
          {"appeal_outcome", VocabJson<service::AppealOutcome>()},
          {"dues_income", VocabJson<rules::DuesIncome>()},
          {"dues_relief_kind", VocabJson<service::DuesReliefKind>()},
          {"dues_relief_reason", VocabJson<service::DuesReliefReason>()},
          {"dues_entry_kind", VocabJson<service::DuesEntryKind>()},
          {"training_kind", VocabJson<service::TrainingKind>()},
          {"training_result", VocabJson<service::TrainingResult>()},
          {"training_grade", VocabJson<service::TrainingGrade>()},
          {"cadre_post", VocabJson<service::CadrePost>()},
          {"propaganda_kind", VocabJson<service::PropagandaKind>()},
          {"document_kind", VocabJson<service::DocumentKind>()},
          {"directive05_model_kind", VocabJson<service::ModelKind>()},
          {"correction_state", VocabJson<service::CorrectionState>()},
          {"reward_subject", VocabJson<service::RewardSubject>()},
          {"reward_form", VocabJson<service::RewardForm>()},
          {"reward_level", VocabJson<service::RewardLevel>()},
          {"emulation_kind", VocabJson<service::EmulationKind>()},
          {"culture_result", VocabJson<service::CultureResult>()},
          {"target_comparison", VocabJson<service::TargetComparison>()}};
}

// The committee's congress terms, for the report periods: {code, label, from, to}.
nlohmann::json TermsJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const report::CongressTerm& t : report::CongressTerms()) {
    const std::string code = std::to_string(t.first_year) + "-" + std::to_string(t.last_year);
    const auto term = report::ParsePeriod(code);
    out.push_back({{"code", code}, {"label", term->Label()}, {"from", t.from}, {"to", t.to}});
  }
  return out;
}

// GET /api/meta and /api/v1/meta: reference lists and labels for the web's forms.
nlohmann::json MetaJson() {
  nlohmann::json roles = nlohmann::json::array(), kinds = nlohmann::json::array();
  for (service::Role r : vocab::All<service::Role>()) {
    roles.push_back({{"code", vocab::Code(r)}, {"label", vocab::Label(r)}});
  }
  for (service::OrgKind k : vocab::All<service::OrgKind>()) {
    kinds.push_back({{"code", vocab::Code(k)}, {"label", vocab::Label(k)}});
  }
  nlohmann::json theory = nlohmann::json::array(), host_kinds = nlohmann::json::array();
  for (const auto& t : service::TheoryLevels())
    theory.push_back({{"code", t.code}, {"label", t.label}});
  for (const auto& h : service::HostUnitKinds()) {
    host_kinds.push_back({{"code", h.code}, {"label", h.label}});
  }
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& f : service::MemberFields()) {
    fields.push_back({{"name", f.name}, {"label", f.label}, {"sensitive", f.sensitive}});
  }
  // As before: the statuses a member file can have ("ended" is only a span's).
  nlohmann::json statuses = nlohmann::json::array();
  for (service::MemberStatus st : vocab::All<service::MemberStatus>()) {
    if (st == service::MemberStatus::kEnded) continue;
    statuses.push_back({{"code", vocab::Code(st)},
                        {"label", vocab::Label(st)},
                        {"active", vocab::HasFlag(st, service::kStatusActive)}});
  }
  return {{"roles", roles},
          {"org_kinds", kinds},
          {"ethnicities", service::Ethnicities()},
          {"religions", service::Religions()},
          {"theory_levels", theory},
          {"host_unit_kinds", host_kinds},
          {"member_fields", fields},
          {"member_statuses", statuses},
          {"congress_terms", TermsJson()},
          {"vocab", VocabsJson()}};
}

}  // namespace

void RegisterAdminRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/meta", kSignedIn,
          [](Call&) { return Response::Json(200, MetaJson()); });
  app.Add(Method::kGet, "/api/v1/meta", kSignedIn,
          [](Call&) { return Response::Json(200, MetaJson()); });

  app.Add(Method::kGet, "/api/users", kUsers, [&env](Call& c) {
    service::UserQuery q;
    q.q = c.req.Query("q");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListUsers(env, c.actor(), q), PageJson(service::UserJson));
  });

  app.Add(Method::kPost, "/api/users", kUsers, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::NewUser in;
    in.username = r.String("username");
    in.display_name = r.String("display_name");
    in.org_id = r.Int("org_id").value_or(0);
    in.roles = r.Strings("roles");
    in.password = r.String("password");
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::CreateUser(env, c.actor(), in), service::UserJson, 201);
  });

  app.Add(Method::kPost, "/api/users/{id}/password", kUserById, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const std::string password = r.String("password");
    if (Status s = r.status(); !s) return Problem(s.error());
    if (Status s = service::ResetPassword(env, c.actor(), *id, password); !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });

  app.Add(Method::kGet, "/api/audit", kAuditor, [&env](Call& c) {
    service::AuditFilter f;
    f.actor = c.req.Query("actor");
    f.action = c.req.Query("action");
    f.entity = c.req.Query("entity");
    f.entity_id = c.req.Query("entity_id");
    f.outcome = c.req.Query("outcome");
    f.from = c.req.Query("from");
    f.to = c.req.Query("to");
    if (Status s = ReadPaging(c.req, &f.page, &f.page_size); !s) return Problem(s.error());
    auto page = service::ListAudit(env, c.actor(), f);
    if (!page.ok()) return Problem(page.error());
    const std::vector<std::string> labels = service::AuditEntityLabels(env, page->items);
    nlohmann::json items = nlohmann::json::array();
    for (size_t i = 0; i < page->items.size(); ++i) {
      nlohmann::json a = AuditJson(page->items[i]);
      a["entity_label"] = labels[i];
      items.push_back(std::move(a));
    }
    return Response::Json(200, {{"items", items}, {"total", page->total}});
  });
}

}  // namespace dangbo::http
