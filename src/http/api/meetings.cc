// /api/meetings and the meeting routes of an organization: schedule, record, attendance,
// minutes, figures, absence warnings and the assignments of higher-level committee members.
#include "service/meetings/meetings.h"

#include "http/app.h"
#include "http/problem.h"
#include "service/meetings/meeting_oversight.h"

namespace dangbo::http {

namespace {

const Rule kReadMeeting = Rule::On(Action::kMemberRead, Target::kMeeting);
const Rule kWriteMeeting = Rule::On(Action::kMeetingWrite, Target::kMeeting);
const Rule kMeetingWriter = Rule::Needs(Action::kMeetingWrite);  // unit in the body
const Rule kPlanMeetings = Rule::On(Action::kMeetingWrite, Target::kOrg);

service::MeetingInput ReadMeeting(BodyReader& r) {
  service::MeetingInput in;
  in.org_id = r.Int("org_id").value_or(0);
  in.kind = r.String("kind");
  in.planned_on = r.String("planned_on");
  in.held_on = r.String("held_on");
  in.topic = r.String("topic");
  in.chair_member_id = r.Int("chair_member_id");
  in.recorder_member_id = r.Int("recorder_member_id");
  in.higher_member_id = r.Int("higher_member_id");
  in.chair_name = r.String("chair_name");
  in.recorder_name = r.String("recorder_name");
  in.higher_name = r.String("higher_name");
  in.resolution = r.String("resolution");
  in.quality = r.String("quality");
  in.expected_version = r.Int("version").value_or(0);
  return in;
}

nlohmann::json AttendeeJson(const service::Attendee& a) {
  return {{"member_id", a.member_id},
          {"full_name", a.full_name},
          {"status", a.status},
          {"visiting", a.visiting},
          {"home_org_name", a.home_org_name}};
}

nlohmann::json AbsenceJson(const service::AbsenceWarning& a) {
  return {{"member_id", a.member_id}, {"full_name", a.full_name}, {"org_name", a.org_name},
          {"unexcused", a.unexcused}, {"last_on", a.last_on},     {"removal_line", a.removal_line}};
}

// A meeting with its roster (the detail page).
Response MeetingWithRoster(const service::Env& env, const service::Actor& actor, int64_t id,
                           const Result<service::Meeting>& m) {
  if (!m.ok()) return Problem(m.error());
  auto roster = service::MeetingRoster(env, actor, id);
  if (!roster.ok()) return Problem(roster.error());
  nlohmann::json j = service::MeetingJson(*m);
  j["roster"] = JsonArray(*roster, AttendeeJson);
  return Response::Json(200, j);
}

void AddMeetingRecordRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/meetings", kReadOrgMembers, [&env](Call& c) {
    service::MeetingQuery q;
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    q.org_id = *id;
    auto year = IntQuery(c.req, "year", 0);
    if (!year.ok()) return Problem(year.error());
    q.year = *year;
    q.kind = c.req.Query("kind");
    q.status = c.req.Query("status");
    if (Status s = ReadPaging(c.req, &q.page, &q.page_size); !s) return Problem(s.error());
    return Respond(service::ListMeetings(env, c.actor(), q), PageJson(service::MeetingJson));
  });
  app.Add(Method::kPost, "/api/meetings", kMeetingWriter, [&env](Call& c) {
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const service::MeetingInput in = ReadMeeting(r);
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::CreateMeeting(env, c.actor(), in), service::MeetingJson, 201);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/meetings/plan", kPlanMeetings, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::PlanInput in{*id, static_cast<int>(r.Int("year").value_or(0)),
                          static_cast<int>(r.Int("day").value_or(5))};
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::PlanYear(env, c.actor(), in), ItemsJson(service::MeetingJson), 201);
  });
  app.Add(Method::kGet, "/api/meetings/{id}", kReadMeeting, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    return MeetingWithRoster(env, c.actor(), *id, service::GetMeeting(env, c.actor(), *id));
  });
  app.Add(Method::kPost, "/api/meetings/{id}", kWriteMeeting, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto in = ReadBody<service::MeetingInput>(c.req, ReadMeeting);
    if (!in.ok()) return Problem(in.error());
    return Respond(service::RecordMeeting(env, c.actor(), *id, *in), service::MeetingJson);
  });
  app.Add(Method::kPost, "/api/meetings/{id}/void", kWriteMeeting,
          VoidByIdHandler([&env](const service::Actor& actor, int64_t id, const std::string& why) {
            return service::VoidMeeting(env, actor, id, why);
          }));
}

void AddAttendanceRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kPost, "/api/meetings/{id}/attendance", kWriteMeeting, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    std::vector<service::AttendanceMark> marks;
    const std::string missing = "Hãy gửi danh sách điểm danh (marks).";
    r.Objects("marks",
              {.missing = missing,
               .not_list = missing,
               .not_object = "Mỗi dòng điểm danh phải là một đối tượng."},
              [&](BodyReader& mr) {
                marks.push_back({mr.Int("member_id").value_or(0), mr.String("status")});
              });
    if (Status s = r.status(); !s) return Problem(s.error());
    const auto m = service::SetAttendance(env, c.actor(), *id, marks);
    return MeetingWithRoster(env, c.actor(), *id, m);
  });
  app.Add(Method::kPost, "/api/meetings/{id}/minutes", kWriteMeeting, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    const std::string name = r.String("filename"), content = r.String("content_base64");
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::UploadMinutes(env, c.actor(), *id, name, content),
                   service::MeetingJson);
  });
  app.Add(Method::kGet, "/api/meetings/{id}/minutes", kReadMeeting, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto f = service::GetMinutes(env, c.actor(), *id);
    if (!f.ok()) return Problem(f.error());
    Response res = Response::Text(200, std::move(f->bytes), f->content_type);
    res.SetHeader("Content-Disposition", "attachment; filename=\"" + f->download_name + "\"");
    return res;
  });
}

void AddOversightRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/meeting-stats", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto period = PeriodQuery(c.req, service::Today(env));
    if (!period.ok()) return Problem(period.error());
    // The units' figures in pages (a country has tens of thousands of units).
    int page = 1, page_size = 50;
    if (Status s = ReadPaging(c.req, &page, &page_size); !s) return Problem(s.error());
    return Respond(service::MeetingStatsIn(env, c.actor(), *id, period->from, period->to),
                   [page, page_size](const service::MeetingStats& s) {
                     return service::MeetingStatsJson(s, page, page_size);
                   });
  });
  app.Add(Method::kGet, "/api/orgs/{id}/meeting-absences", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = IntQuery(c.req, "year", service::Today(env).year());
    if (!year.ok()) return Problem(year.error());
    return Respond(service::AbsenceWarnings(env, c.actor(), *id, *year), ItemsJson(AbsenceJson));
  });
  app.Add(Method::kGet, "/api/orgs/{id}/meeting-assignments", kReadOrgMembers, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    const bool all = c.req.Query("all") == "1" || c.req.Query("all") == "true";
    return Respond(service::ListAssignments(env, c.actor(), *id, all),
                   ItemsJson(service::AssignmentJson));
  });
  app.Add(Method::kPost, "/api/orgs/{id}/meeting-assignments", kPlanMeetings, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto body = ParseJsonBody(c.req);
    if (!body.ok()) return Problem(body.error());
    BodyReader r(*body);
    service::AssignmentInput in{*id, r.Int("member_id").value_or(0), r.String("from_on"),
                                r.String("note")};
    if (Status s = r.status(); !s) return Problem(s.error());
    return Respond(service::CreateAssignment(env, c.actor(), in), service::AssignmentJson, 201);
  });
  app.Add(Method::kPost, "/api/orgs/{id}/meeting-assignments/{aid}/end", kPlanMeetings,
          [&env](Call& c) {
            auto id = c.IdParam("id");
            if (!id.ok()) return Problem(id.error());
            auto aid = c.IdParam("aid");
            if (!aid.ok()) return Problem(aid.error());
            auto body = ParseJsonBody(c.req);
            if (!body.ok()) return Problem(body.error());
            BodyReader r(*body);
            const std::string to_on = r.String("to_on");
            if (Status s = r.status(); !s) return Problem(s.error());
            if (Status s = service::EndAssignment(env, c.actor(), *id, *aid, to_on); !s) {
              return Problem(s.error());
            }
            return Response::NoContent();
          });
}

}  // namespace

void RegisterMeetingRoutes(App& app) {
  AddMeetingRecordRoutes(app);
  AddAttendanceRoutes(app);
  AddOversightRoutes(app);
}

}  // namespace dangbo::http
