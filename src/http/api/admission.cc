// /api/candidates, recognition, targets, flows, worklist, holidays and the rules in force.
#include "service/admission/admission.h"
#include "base/date.h"
#include "http/app.h"
#include "http/problem.h"
#include "rules/notes.h"
#include "service/admission/flows.h"
#include "service/admission/recognition.h"
#include "service/calendar/holidays.h"
#include "service/lifecycle/lifecycle_common.h"

namespace dangbo::http {

namespace {

// A write on the record named by the {id} route parameter: the id and the parsed JSON body.
struct IdBody {
  int64_t id;
  nlohmann::json body;
};
Result<IdBody> ReadIdBody(const Call& c) {
  auto id = c.IdParam("id");
  if (!id.ok()) return id.error();
  auto body = ParseJsonBody(c.req);
  if (!body.ok()) return body.error();
  return IdBody{*id, std::move(*body)};
}

nlohmann::json WarningsJson(const std::vector<rules::Warning>& ws) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& w : ws) a.push_back({{"code", w.code}, {"message", w.message}});
  return a;
}

nlohmann::json OptionalId(const std::optional<int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json FlowsJson(const service::Flows& f) {
  nlohmann::json kinds = nlohmann::json::array();
  for (const auto& k : service::FlowKinds()) {
    kinds.push_back({{"kind", k.kind}, {"label", k.label}, {"count", f.counts.at(k.kind)}});
  }
  return nlohmann::json{
      {"org_id", f.org_id},
      {"org_name", f.org_name},
      {"from", f.from},
      {"to", f.to},
      {"flows", kinds},
      {"admission_target", f.admission_target},
      {"admission_percent",
       f.admission_percent ? nlohmann::json(*f.admission_percent) : nlohmann::json(nullptr)}};
}

nlohmann::json FlowPersonJson(const service::FlowPerson& p) {
  return {{"member_id", p.member_id},     {"event_id", p.event_id}, {"full_name", p.full_name},
          {"occurred_on", p.occurred_on}, {"org_name", p.org_name}, {"decision_no", p.decision_no}};
}

nlohmann::json WorkItemJson(const service::WorkItem& w) {
  nlohmann::json j = {{"kind", w.kind},     {"title", w.title},     {"detail", w.detail},
                      {"due_on", w.due_on}, {"overdue", w.overdue}, {"org_name", w.org_name},
                      {"action", w.action}};
  // What the item is about: null for the kinds of record it does not name.
  for (const auto& [key, id] : {std::pair{"member_id", &w.member_id},
                                {"candidate_id", &w.candidate_id},
                                {"transfer_id", &w.transfer_id}}) {
    j[key] = OptionalId(*id);
  }
  return j;
}

// A holiday as PUT answers it (the list adds who updated it).
nlohmann::json HolidayJson(const service::HolidayRow& h) {
  return {{"day", h.day}, {"name", h.name}, {"kind", h.kind}, {"source", h.source}};
}

service::CandidateInput ReadCandidate(BodyReader& r) {
  service::CandidateInput in;
  in.org_id = r.Int("org_id").value_or(0);
  in.full_name = r.String("full_name");
  in.sex = r.String("sex");
  in.birth_date = r.String("birth_date");
  in.national_id = r.String("national_id");
  in.ethnicity = r.String("ethnicity");
  in.religion = r.String("religion");
  in.general_education = r.String("general_education");
  in.occupation = r.String("occupation");
  in.job_title = r.String("job_title");
  in.home_town = r.String("home_town");
  in.residence = r.String("residence");
  in.identified_on = r.String("identified_on");
  in.note = r.String("note");
  return in;
}

service::StepInput ReadStep(BodyReader& r) {
  service::StepInput in;
  in.step = r.String("step");
  in.on = r.String("on");
  in.certificate_no = r.String("certificate_no");
  in.introducer1_id = r.Int("introducer1_id");
  in.introducer2_id = r.Int("introducer2_id");
  in.introducer1_since = r.String("introducer1_since");
  in.introducer2_since = r.String("introducer2_since");
  in.votes_for = static_cast<int>(r.Int("votes_for").value_or(0));
  in.votes_total = static_cast<int>(r.Int("votes_total").value_or(0));
  in.decision_no = r.String("decision_no");
  in.reason = r.String("reason");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

}  // namespace

void RegisterAdmissionRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kGet, "/api/candidates", kMemberReader, [&env](Call& c) {
    service::CandidateQuery q;
    auto org = IntQuery(c.req, "org_id", 0);
    if (!org.ok()) return Problem(org.error());
    q.org_id = *org;
    q.status = c.req.Query("status");
    q.q = c.req.Query("q");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListCandidates(env, c.actor(), q), PageJson(service::CandidateJson));
  });

  app.Add(Method::kPost, "/api/candidates", kMemberWriter, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const service::CandidateInput in = ReadCandidate(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::CreateCandidate(env, c.actor(), in), service::CandidateJson, 201);
  });

  app.Add(Method::kGet, "/api/candidates/{id}", kReadCandidate, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetCandidate(env, c.actor(), *id), service::CandidateJson);
  });

  app.Add(Method::kPost, "/api/candidates/{id}/steps", kWriteCandidate, [&env](Call& c) {
    auto call = ReadIdBody(c);
    if (!call.ok()) return Problem(call.error());
    const auto& [id, body] = *call;
    BodyReader r(body);
    const service::StepInput in = ReadStep(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::RecordStep(env, c.actor(), id, in), [](const service::StepResult& s) {
      return nlohmann::json{{"candidate", service::CandidateJson(s.candidate)},
                            {"warnings", WarningsJson(s.warnings)},
                            {"member_id", s.member_id ? nlohmann::json(*s.member_id) : nullptr}};
    });
  });

  app.Add(Method::kPost, "/api/members/{id}/recognition", kWriteMember, [&env](Call& c) {
    auto call = ReadIdBody(c);
    if (!call.ok()) return Problem(call.error());
    const auto& [id, body] = *call;
    BodyReader r(body);
    service::RecognitionInput in;
    in.resolution_on = r.String("resolution_on");
    in.decision = {r.String("resolution_on"), r.String("decision_no"), r.String("decision_date")};
    in.recognize = !body.contains("recognize") || r.Bool("recognize");
    in.reason = r.String("reason");
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::Recognize(env, c.actor(), id, in),
                   [](const service::RecognitionResult& x) {
                     return nlohmann::json{{"status", x.status},
                                           {"official_on", x.official_on},
                                           {"warnings", WarningsJson(x.warnings)}};
                   });
  });

  app.Add(Method::kPut, "/api/orgs/{id}/targets/{year}", kWriteOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = c.IdParam("year");
    if (!year.ok()) return Problem(year.error());
    if (*year < 1900 || *year > 2200) {
      return Problem(Error::Invalid("Năm phải từ 1900 đến 2200.", {{"year", "Năm không hợp lệ."}}));
    }
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const auto target = r.Int("target");
    if (Status s = r.status(); !s) return Problem(s.error());
    if (!target) return Problem(Error::Invalid("Hãy nhập chỉ tiêu.", {{"target", "Bắt buộc."}}));
    if (Status s = service::SetAdmissionTarget(env, c.actor(), *id, static_cast<int>(*year),
                                               static_cast<int>(*target));
        !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });

  app.Add(Method::kGet, "/api/orgs/{id}/targets", kReadOrg, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::ListAdmissionTargets(env, c.actor(), *id),
                   ItemsJson([](const service::AdmissionTarget& t) {
                     return nlohmann::json{{"year", t.year}, {"target", t.target}};
                   }));
  });

  // The flows of an organization's subtree in a period (?period=, or ?from=&to=): `answer`
  // gets the organization id and the period's first and last days.
  auto flows_route = [&app, &env](const char* pattern, auto answer) {
    app.Add(Method::kGet, pattern, kReadOrgMembers, [&env, answer](Call& c) {
      auto id = c.IdParam("id");
      if (!id.ok()) return Problem(id.error());
      auto period = PeriodQuery(c.req, service::Today(env));
      if (!period.ok()) return Problem(period.error());
      return answer(c, *id, period->from, period->to);
    });
  };
  flows_route("/api/orgs/{id}/flows", [&env](Call& c, int64_t id, Date from, Date to) {
    return Respond(service::FlowsIn(env, c.actor(), id, from, to), FlowsJson);
  });
  flows_route("/api/orgs/{id}/flows/{kind}", [&env](Call& c, int64_t id, Date from, Date to) {
    return Respond(service::FlowPeople(env, c.actor(), id, from, to, c.params.at("kind")),
                   ItemsJson(FlowPersonJson));
  });

  app.Add(Method::kGet, "/api/orgs/{id}/worklist", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto at = DateQuery(c.req, "at", service::Today(env));
    if (!at.ok()) return Problem(at.error());
    service::WorklistQuery q;
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    auto member = IntQuery(c.req, "member_id", 0);
    if (!member.ok()) return Problem(member.error());
    const std::string overdue = c.req.Query("overdue");
    if (!overdue.empty() && overdue != "1" && overdue != "0") {
      return Problem(Error::Invalid("Tham số “overdue” là 1 hoặc 0.", {{"overdue", "1 hoặc 0."}}));
    }
    q.kind = c.req.Query("kind");
    q.overdue_only = overdue == "1";
    q.member_id = *member;
    return Respond(service::Worklist(env, c.actor(), *id, *at, q),
                   [](const service::WorklistPage& w) {
                     nlohmann::json by = nlohmann::json::array();
                     for (const auto& [kind, n] : w.by_kind)
                       by.push_back({{"kind", kind}, {"count", n}});
                     return nlohmann::json{{"items", JsonArray(w.items, WorkItemJson)},
                                           {"total", w.total},
                                           {"by_kind", by},
                                           {"overdue", w.overdue},
                                           {"all", w.all}};
                   });
  });

  app.Add(Method::kGet, "/api/holidays", kOrgReader, [&env](Call& c) {
    auto year = IntQuery(c.req, "year", service::Today(env).year());
    if (!year.ok()) return Problem(year.error());
    return Respond(service::ListHolidays(env, c.actor(), *year),
                   ItemsJson([](const service::HolidayRow& h) {
                     nlohmann::json j = HolidayJson(h);
                     j["updated_by"] = h.updated_by;
                     return j;
                   }));
  });

  app.Add(Method::kPut, "/api/holidays/{day}", kWriteShared, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::HolidayRow in{c.params.at("day"), r.String("name"), r.String("kind"), "", ""};
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::PutHoliday(env, c.actor(), in), HolidayJson);
  });

  app.Add(Method::kDelete, "/api/holidays/{day}", kWriteShared, [&env](Call& c) {
    if (Status s = service::DeleteHoliday(env, c.actor(), c.params.at("day")); !s) {
      return Problem(s.error());
    }
    return Response::NoContent();
  });

  app.Add(Method::kGet, "/api/rules/notes", kSignedIn, [&env](Call& c) {
    auto at = DateQuery(c.req, "at", service::Today(env));
    if (!at.ok()) return Problem(at.error());
    nlohmann::json items = nlohmann::json::array();
    for (const rules::RuleNote& n : rules::RuleNotes(service::Rules().At(*at))) {
      items.push_back({{"key", n.key}, {"text", n.text}, {"source", n.source}});
    }
    return Response::Json(200, {{"items", items}});
  });

  app.Add(Method::kGet, "/api/rules", kSignedIn, [&env](Call& c) {
    auto at = DateQuery(c.req, "at", service::Today(env));
    if (!at.ok()) return Problem(at.error());
    const rules::RuleSet& rs = service::Rules().At(*at);
    return Response::Json(
        200, {{"effective_from", rs.effective_from.Iso()},
              {"source", rs.source},
              {"min_admission_age_months", rs.min_admission_age_months},
              {"max_admission_age_months", rs.max_admission_age_months},
              {"probation_months", rs.probation_months},
              {"recognition_deadline_working_days", rs.recognition_deadline_working_days},
              {"ceremony_deadline_working_days", rs.ceremony_deadline_working_days},
              {"decision_deadline_working_days", rs.decision_deadline_working_days},
              {"introducer_min_months_together", rs.introducer_min_months_together},
              {"readmission_min_months", rs.readmission_min_months},
              {"candidate_certificate_valid_months", rs.candidate_certificate_valid_months}});
  });
}

}  // namespace dangbo::http
