// /api/orgs/{id}/training-classes (a subtree's classes, a new class) and
// /api/training-classes/{id} (one class with its learners; changes, learners, results,
// certificates, voiding).
#include "service/training/training.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadOrgClasses = Rule::On(Action::kMemberRead, Target::kOrg);
const Rule kWriteOrgClasses = Rule::On(Action::kTrainingWrite, Target::kOrg);
const Rule kReadClass = Rule::On(Action::kMemberRead, Target::kTrainingClass);
const Rule kWriteClass = Rule::On(Action::kTrainingWrite, Target::kTrainingClass);

service::TrainingClassInput ReadClassBody(BodyReader& r) {
  service::TrainingClassInput in;
  in.kind = r.String("kind");
  in.title = r.String("title");
  in.starts_on = r.String("starts_on");
  in.ends_on = r.String("ends_on");
  in.place = r.String("place");
  in.note = r.String("note");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

// The handler of a POST …/learners/{lid}/… route taking {"reason"}: 204 on success.
template <typename F>
auto LearnerReasonHandler(F fn) {
  return [fn](Call& c) -> Response {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto lid = c.IdParam("lid");
    if (!lid.ok()) return Problem(lid.error());
    auto reason = ReadBody<std::string>(c.req, [](BodyReader& r) { return r.String("reason"); });
    if (!reason.ok()) return Problem(reason.error());
    if (Status s = fn(c.actor(), *id, *lid, *reason); !s) return Problem(s.error());
    return Response::NoContent();
  };
}

void AddLearnerRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/training-classes/{id}/learners", kWriteClass, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    struct Ids {
      std::vector<int64_t> members, candidates;
    };
    auto in = ReadBody<Ids>(c.req, [](BodyReader& r) {
      return Ids{r.Ints("member_ids"), r.Ints("candidate_ids")};
    });
    if (!in.ok()) return Problem(in.error());
    return Respond(service::AddLearners(env, c.actor(), *id, in->members, in->candidates),
                   service::TrainingClassJson);
  });
  app.Add(Method::kPost, "/api/training-classes/{id}/learners/{lid}/result", kWriteClass,
          [&env](Call& c) {
            auto id = c.IdParam("id");
            if (!id.ok()) return Problem(id.error());
            auto lid = c.IdParam("lid");
            if (!lid.ok()) return Problem(lid.error());
            auto in = ReadBody<service::ResultInput>(c.req, [](BodyReader& r) {
              return service::ResultInput{r.String("result"), r.String("grade"),
                                          r.String("certificate_no"), r.String("certificate_on")};
            });
            if (!in.ok()) return Problem(in.error());
            return Respond(service::RecordResult(env, c.actor(), *id, *lid, *in),
                           service::TrainingLearnerJson);
          });
  app.Add(Method::kPost, "/api/training-classes/{id}/learners/{lid}/remove", kWriteClass,
          LearnerReasonHandler(
              [&env](const service::Actor& actor, int64_t id, int64_t lid, const std::string& why) {
                return service::RemoveLearner(env, actor, id, lid, why);
              }));
  app.Add(Method::kPost, "/api/training-classes/{id}/learners/{lid}/void-certificate", kWriteClass,
          LearnerReasonHandler(
              [&env](const service::Actor& actor, int64_t id, int64_t lid, const std::string& why) {
                return service::VoidCertificate(env, actor, id, lid, why);
              }));
}

}  // namespace

void RegisterTrainingRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/training-classes", kReadOrgClasses, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    service::TrainingQuery q;
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    q.year = *year;
    q.kind = c.req.Query("kind");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListTrainingClasses(env, c.actor(), *id, q),
                   PageJson(service::TrainingClassJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/training-classes", kWriteOrgClasses, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::TrainingClassInput>(c.req, ReadClassBody);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::CreateTrainingClass(env, c.actor(), *id, *in),
                   service::TrainingClassJson, 201);
  });
  app.Add(Method::kGet, "/api/training-classes/{id}", kReadClass, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return Respond(service::GetTrainingClass(env, c.actor(), *id), service::TrainingClassJson);
  });
  app.Add(Method::kPost, "/api/training-classes/{id}", kWriteClass, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::TrainingClassInput>(c.req, ReadClassBody);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::UpdateTrainingClass(env, c.actor(), *id, *in),
                   service::TrainingClassJson);
  });
  app.Add(Method::kPost, "/api/training-classes/{id}/void", kWriteClass,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidTrainingClass(env, actor, id, why);
          }));
  AddLearnerRoutes(app);
}

}  // namespace dangbo::http
