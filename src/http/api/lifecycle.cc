// Member lifecycle endpoints: transfers (/api/transfers, /api/members/{id}/transfer-*), cards,
// exemption, removal, expulsion, leaving, death, re-admission, voiding, party age.
#include "base/date.h"
#include "http/app.h"
#include "http/problem.h"
#include "service/lifecycle/member_events.h"
#include "service/lifecycle/transfers.h"
#include "service/members/members.h"

namespace dangbo::http {

namespace {

service::TransferLetter ReadLetter(BodyReader& r) {
  return {r.String("letter_no"), r.String("letter_date")};
}

service::EventInput ReadEvent(BodyReader& r) { return {ReadDecision(r), r.String("note")}; }

const auto TransferList = ItemsJson(service::TransferJson);

Result<service::TransferQuery> ReadTransferQuery(const Request& req) {
  service::TransferQuery q;
  auto org = IntQuery(req, "org_id", 0);
  if (!org.ok()) return org.error();
  auto member = IntQuery(req, "member_id", 0);
  if (!member.ok()) return member.error();
  q.org_id = *org;
  q.member_id = *member;
  q.side = req.Query("side");
  q.kind = req.Query("kind");
  q.state = req.Query("state");
  q.until_on_by = req.Query("until_on_by");
  return q;
}

// Registers POST /api/members/{id}/<verb> for an event that takes a body of type T.
template <typename T>
void MemberEventRoute(App& app, const std::string& verb, std::function<T(BodyReader&)> read,
                      std::function<Result<service::LifecycleResult>(
                          const service::Env&, const service::Actor&, int64_t, const T&)>
                          run) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/members/{id}/" + verb, kLifecycle, [&env, read, run](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<T>(c.req, read);
    if (!in.ok()) return Problem(in.error());
    return Respond(run(env, c.actor(), *id, *in), service::LifecycleResultJson, 201);
  });
}

void RegisterTransferRoutes(App& app) {
  const service::Env& env = app.env();

  app.Add(Method::kPost, "/api/members/{id}/transfer-out", kLifecycle, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::TransferOutInput>(c.req, [](BodyReader& r) {
      return service::TransferOutInput{ReadDecision(r), r.String("external_unit"), ReadLetter(r),
                                       r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::TransferOut(env, c.actor(), *id, *in), service::TransferJson, 201);
  });

  app.Add(Method::kPost, "/api/transfers/in", kLifecycleIn, [&env](Call& c) {
    auto in = ReadBody<service::TransferInInput>(c.req, [](BodyReader& r) {
      service::TransferInInput t;
      t.member.org_id = r.Int("org_id").value_or(0);
      for (const auto& f : service::MemberFields()) {
        service::SetMemberField(t.member, f.name, r.String(f.name));
      }
      t.member.confirm_duplicate = r.Bool("confirm_duplicate");
      t.decision = ReadDecision(r);
      t.external_unit = r.String("external_unit");
      t.letter = ReadLetter(r);
      t.note = r.String("note");
      return t;
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::TransferIn(env, c.actor(), *in), service::TransferJson, 201);
  });

  app.Add(Method::kPost, "/api/members/{id}/transfer-internal", kLifecycle, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::InternalTransferInput>(c.req, [](BodyReader& r) {
      return service::InternalTransferInput{r.Int("to_org_id").value_or(0), ReadDecision(r),
                                            ReadLetter(r), r.String("note"), r.Bool("confirm_now")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateInternalTransfer(env, c.actor(), *id, *in), service::TransferJson,
                   201);
  });

  app.Add(Method::kPost, "/api/members/{id}/transfer-temporary", kLifecycle, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::TemporaryTransferInput>(c.req, [](BodyReader& r) {
      service::TemporaryTransferInput t;
      t.purpose = r.String("purpose");
      t.decision = ReadDecision(r);
      t.until_on = r.String("until_on");
      t.to_org_id = r.Int("to_org_id").value_or(0);
      t.external_unit = r.String("external_unit");
      t.letter = ReadLetter(r);
      t.note = r.String("note");
      t.confirm_now = r.Bool("confirm_now");
      return t;
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateTemporaryTransfer(env, c.actor(), *id, *in),
                   service::TransferJson, 201);
  });

  app.Add(Method::kGet, "/api/transfers", kMemberReader, [&env](Call& c) {
    auto q = ReadTransferQuery(c.req);
    if (!q.ok()) return Problem(q.error());
    return Respond(service::ListTransfers(env, c.actor(), *q), TransferList);
  });

  app.Add(Method::kGet, "/api/transfers/{id}", kReadTransfer, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetTransfer(env, c.actor(), *id), service::TransferJson);
  });

  // The steps of a transfer that take one text: confirm (a note), cancel (the reason).
  struct TextStep {
    const char* verb;
    const char* field;
    Result<service::Transfer> (*run)(const service::Env&, const service::Actor&, int64_t,
                                     const std::string&);
  };
  for (const TextStep step : {TextStep{"confirm", "note", service::ConfirmTransfer},
                              TextStep{"cancel", "reason", service::CancelTransfer}}) {
    app.Add(Method::kPost, std::string("/api/transfers/{id}/") + step.verb, kStepTransfer,
            [&env, step](Call& c) {
              auto id = c.IdParam("id");
              if (!id.ok()) return Problem(id.error());
              auto text =
                  ReadBody<std::string>(c.req, [&](BodyReader& r) { return r.String(step.field); });
              if (!text.ok()) return Problem(text.error());
              return Respond(step.run(env, c.actor(), *id, *text), service::TransferJson);
            });
  }

  app.Add(Method::kPost, "/api/transfers/{id}/return", kStepTransfer, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    using Return = std::pair<std::string, std::string>;
    auto in = ReadBody<Return>(c.req, [](BodyReader& r) {
      return Return{r.String("returned_on"), r.String("note")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::ReturnFromTemporary(env, c.actor(), *id, in->first, in->second),
                   service::TransferJson);
  });

  app.Add(Method::kGet, "/api/members/{id}/transfers", kReadMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    // Visible when the member is: then every transfer of theirs in the actor's scope.
    auto m = service::GetMember(env, c.actor(), *id);
    if (!m.ok()) return Problem(m.error());
    return Respond(service::ListTransfers(env, c.actor(), {.member_id = *id}), TransferList);
  });

  app.Add(Method::kGet, "/api/orgs/{id}/temporary-members", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::ListHostedTemporary(env, c.actor(), *id), TransferList);
  });
}

void RegisterMemberEventRoutes(App& app) {
  const service::Env& env = app.env();
  using service::EventInput;

  MemberEventRoute<service::CardInput>(
      app, "card",
      [](BodyReader& r) {
        return service::CardInput{ReadEvent(r), r.String("card_no")};
      },
      service::IssueCard);
  MemberEventRoute<service::CardReissueInput>(
      app, "card/reissue",
      [](BodyReader& r) {
        return service::CardReissueInput{ReadEvent(r), r.String("card_no"), r.String("reason"),
                                         r.String("reason_text")};
      },
      service::ReissueCard);
  MemberEventRoute<service::ExemptInput>(
      app, "exempt",
      [](BodyReader& r) {
        return service::ExemptInput{ReadEvent(r), r.String("reason")};
      },
      service::ExemptMember);
  MemberEventRoute<EventInput>(app, "exemption-end", ReadEvent, service::EndExemption);
  MemberEventRoute<service::RemovalInput>(
      app, "remove",
      [](BodyReader& r) {
        return service::RemovalInput{ReadEvent(r), r.String("reason"), r.String("reason_text")};
      },
      service::RemoveMember);
  MemberEventRoute<EventInput>(app, "expel", ReadEvent, service::ExpelMember);
  MemberEventRoute<EventInput>(app, "leave", ReadEvent, service::MemberLeaves);
  MemberEventRoute<EventInput>(app, "death", ReadEvent, service::MemberDied);
  MemberEventRoute<service::ReadmitInput>(
      app, "readmit",
      [](BodyReader& r) {
        return service::ReadmitInput{ReadEvent(r), r.String("vote_on"),
                                     r.Int("org_id").value_or(0)};
      },
      service::ReadmitMember);

  app.Add(Method::kPost, "/api/members/{id}/events/{event_id}/void", kLifecycle, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto event = c.IdParam("event_id");
    if (!event.ok()) return Problem(event.error());
    auto reason = ReadBody<std::string>(c.req, [](BodyReader& r) { return r.String("reason"); });
    if (!reason.ok()) return Problem(reason.error());
    return Respond(service::VoidMemberEvent(env, c.actor(), *id, *event, *reason),
                   service::LifecycleResultJson);
  });

  app.Add(Method::kGet, "/api/members/{id}/party-age", kReadMember, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto at = DateQuery(c.req, "on", service::Today(env));
    if (!at.ok()) return Problem(at.error());
    const Date on = *at;
    return Respond(service::PartyAgeOf(env, c.actor(), *id, on), [&](const rules::PartyAge& a) {
      return nlohmann::json{{"member_id", *id}, {"on", on.Iso()},
                            {"years", a.years}, {"months", a.months},
                            {"days", a.days},   {"counted_days", a.counted_days}};
    });
  });

  app.Add(Method::kGet, "/api/lifecycle/removal-reasons", kSignedIn, [](Call&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& [code, label] : service::RemovalReasons()) {
      items.push_back({{"code", code}, {"label", label}});
    }
    return Response::Json(200, {{"items", items}});
  });
}

}  // namespace

void RegisterLifecycleRoutes(App& app) {
  RegisterTransferRoutes(app);
  RegisterMemberEventRoutes(app);
}

}  // namespace dangbo::http
