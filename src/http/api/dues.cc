// The dues routes: a branch's monthly sheet and its collection and corrections, members'
// bases and reliefs, remittances up the tree with retention shares, the month's
// reconciliation, and members in arrears (beside their meeting absences).
#include "service/dues/dues.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadOrgDues = Rule::On(Action::kDuesRead, Target::kOrg);
const Rule kCollect = Rule::On(Action::kDuesCollect, Target::kOrg);
const Rule kRemit = Rule::On(Action::kDuesRemit, Target::kOrg);
const Rule kReadMemberDues = Rule::On(Action::kDuesRead, Target::kMember);
const Rule kMemberBasis = Rule::On(Action::kDuesBasis, Target::kMember);

service::CollectInput ReadCollect(BodyReader& r) {
  service::CollectInput in;
  in.month = r.String("month");
  in.paid_on = r.String("paid_on");
  const std::string missing = "Hãy gửi danh sách thu (lines).";
  r.Objects("lines",
            {.missing = missing,
             .not_list = missing,
             .not_object = "Mỗi dòng thu phải là một đối tượng."},
            [&](BodyReader& l) {
              in.lines.push_back({l.Int("member_id").value_or(0), l.Int("paid").value_or(0),
                                  l.Int("extra").value_or(0), l.String("receipt_no"),
                                  l.String("reason")});
            });
  return in;
}

service::DuesCorrectionInput ReadCorrection(BodyReader& r) {
  return {0,
          r.String("month"),
          r.Int("member_id").value_or(0),
          r.Int("paid_delta").value_or(0),
          r.Int("extra_delta").value_or(0),
          r.String("reason"),
          r.String("on")};
}

service::DuesReliefInput ReadRelief(BodyReader& r) {
  return {0,
          r.String("kind"),
          r.String("reason"),
          static_cast<int>(r.Int("percent").value_or(100)),
          r.String("from_month"),
          r.String("to_month"),
          r.String("note")};
}

void AddSheetRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/dues/sheet", kReadOrgDues, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetDuesSheet(env, c.actor(), *id, c.req.Query("month")),
                   service::DuesSheetJson);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/dues/collect", kCollect, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::CollectInput>(c.req, ReadCollect);
    if (!in.ok()) return Problem(in.error());
    in->org_id = *id;
    return Respond(service::CollectDues(env, c.actor(), *in), service::DuesSheetJson);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/dues/corrections", kCollect, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::DuesCorrectionInput>(c.req, ReadCorrection);
    if (!in.ok()) return Problem(in.error());
    in->org_id = *id;
    return Respond(service::CorrectDues(env, c.actor(), *in), service::DuesSheetJson, 201);
  });
  app.Add(Method::kGet, "/api/orgs/{id}/dues/arrears", kReadOrgDues, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = IntQuery(c.req, "year", service::Today(env).year());
    if (!year.ok()) return Problem(year.error());
    return Respond(service::DuesArrears(env, c.actor(), *id, *year),
                   ItemsJson(service::DuesArrearJson));
  });
}

void AddMemberRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/members/{id}/dues", kReadMemberDues, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetMemberDues(env, c.actor(), *id), service::MemberDuesJson);
  });
  app.Add(Method::kPost, "/api/members/{id}/dues/basis", kMemberBasis, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::DuesBasisInput>(c.req, [](BodyReader& r) {
      return service::DuesBasisInput{0, r.String("from_month"), r.String("income"),
                                     r.Int("amount").value_or(0), r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    in->member_id = *id;
    return Respond(service::SetDuesBasis(env, c.actor(), *in), service::DuesBasisJson, 201);
  });
  app.Add(Method::kPost, "/api/members/{id}/dues/relief", kMemberBasis, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::DuesReliefInput>(c.req, ReadRelief);
    if (!in.ok()) return Problem(in.error());
    in->member_id = *id;
    return Respond(service::AddDuesRelief(env, c.actor(), *in), service::DuesReliefJson, 201);
  });
}

void AddRemitRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/orgs/{id}/dues/remit", kRemit, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::RemitInput>(c.req, [](BodyReader& r) {
      return service::RemitInput{0, r.String("month"), r.String("remitted_on"), r.Int("amount"),
                                 r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    in->org_id = *id;
    return Respond(service::RecordRemittance(env, c.actor(), *in), service::RemittanceJson, 201);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/dues/retention", kRemit, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::RetentionInput>(c.req, [](BodyReader& r) {
      return service::RetentionInput{0, r.String("from_month"),
                                     static_cast<int>(r.Int("keep_percent").value_or(-1)),
                                     r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    in->org_id = *id;
    if (Status s = service::SetDuesRetention(env, c.actor(), *in); !s) return Problem(s.error());
    return Response::NoContent();
  });
  app.Add(Method::kGet, "/api/orgs/{id}/dues/reconciliation", kReadOrgDues, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::DuesReconciliation(env, c.actor(), *id, c.req.Query("month")),
                   service::ReconciliationJson);
  });
  app.Add(Method::kGet, "/api/orgs/{id}/dues/remittances", kReadOrgDues, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = IntQuery(c.req, "year", service::Today(env).year());
    if (!year.ok()) return Problem(year.error());
    return Respond(service::ListRemittances(env, c.actor(), *id, *year),
                   ItemsJson(service::RemittanceJson));
  });
}

}  // namespace

void RegisterDuesRoutes(App& app) {
  AddSheetRoutes(app);
  AddMemberRoutes(app);
  AddRemitRoutes(app);
}

}  // namespace dangbo::http
