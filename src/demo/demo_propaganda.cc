// Demo propaganda and education: three years at the seeds' rates — every grassroots
// organization studying the year's resolutions and directives (participation ≥ 97,8%, units
// between about 95% and 100%), six online conferences a year (about 70 connection points and
// 1.200 participants each: "06 hội nghị, hơn 400 điểm cầu, hơn 7.000 lượt"), two contests,
// quarterly public-opinion reports, 58 units registering Directive 05 models each year, and 35
// public-opinion collaborators serving today. Cheap: one transaction per document studied.
#include <algorithm>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/propaganda/propaganda.h"

namespace dangbo::demo::internal {

namespace {

constexpr int kYears = 3;
constexpr int kUnitsRegistering = 58;  // the seed: "58 đơn vị" register Directive 05 models
constexpr int kCollaborators = 35;     // the seed: "35 cộng tác viên"

struct GrassrootsUnit {
  int64_t id = 0;
  int64_t members = 0;  // active members in its subtree today
};

struct Document {
  const char* no;
  const char* kind;
  const char* title;
};

// Documents of higher levels studied each year (by the year's offset from the first).
const std::vector<std::vector<Document>>& Documents() {
  static const std::vector<std::vector<Document>> kAll = {
      {{"57-NQ/TW", "resolution",
        "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
        "đổi số quốc gia"},
       {"35-CT/TW", "directive", "Chỉ thị 35-CT/TW về tổ chức đại hội đảng bộ các cấp"},
       {"123-KL/TW", "conclusion", "Kết luận 123-KL/TW về Đề án bổ sung phát triển kinh tế"},
       {"03-HD/BTGTW", "guideline", "Hướng dẫn học tập chuyên đề năm về tư tưởng Hồ Chí Minh"}},
      {{"66-NQ/TW", "resolution",
        "Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật"},
       {"68-NQ/TW", "resolution", "Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân"},
       {"45-CT/TW", "directive",
        "Chỉ thị 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV"},
       {"296-QĐ/TW", "regulation", "Quy định 296-QĐ/TW thi hành Điều lệ Đảng"}},
      {{"01-NQ/ĐH", "resolution", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"},
       {"71-NQ/TW", "resolution", "Nghị quyết 71-NQ/TW về đột phá phát triển giáo dục và đào tạo"},
       {"72-NQ/TW", "resolution",
        "Nghị quyết 72-NQ/TW về tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân"},
       {"01-HD/BTGDVTW", "guideline", "Hướng dẫn học tập chuyên đề năm 2026"}},
  };
  return kAll;
}

std::vector<GrassrootsUnit> Grassroots(Context& ctx, const std::string& path) {
  std::vector<GrassrootsUnit> out;
  store::Transaction tx = ctx.env.db.BeginRead();
  tx.Each(
      "SELECT o.id, (SELECT COUNT(*) FROM member m WHERE m.org_path >= o.path AND m.org_path < "
      "o.path || '~' AND m.status IN ('probationary', 'official')) FROM org o WHERE o.kind IN "
      "('grassroots_committee', 'grassroots_branch') AND o.path >= ? AND o.path < ? ORDER BY "
      "o.path",
      {path, path + "~"}, [&out](const store::Row& r) {
        if (r.Int(1) > 0) out.push_back({r.Int(0), r.Int(1)});
      });
  return out;
}

// One document studied in every unit within a fortnight of `on`, the unit's members invited
// (a few away on leave), 95%–100% of them attending, ≥ 97,8% in all.
void StudyDocument(Context& ctx, int64_t root_id, const std::vector<GrassrootsUnit>& units,
                   const Document& doc, const Date& on) {
  service::StudyBatchInput batch{.title = std::string("Học tập, quán triệt ") + doc.title,
                                 .document_no = doc.no,
                                 .document_kind = doc.kind,
                                 .held_on = on.Iso()};
  for (const GrassrootsUnit& u : units) {
    const int64_t invited = std::max<int64_t>(1, u.members - ctx.rng.Uniform(0, 2));
    const double rate =
        ctx.rng.Chance(0.15) ? 0.95 + 0.03 * ctx.rng.Real() : 0.975 + 0.025 * ctx.rng.Real();
    const int64_t attended =
        std::min(invited, static_cast<int64_t>(static_cast<double>(invited) * rate + 0.5));
    const Date day = std::min(on.AddDays(ctx.rng.Uniform(0, 14)), ctx.today.AddDays(-1));
    batch.rows.push_back({u.id, invited, attended, day.Iso()});
  }
  ctx.clock->RecordOn(on.AddDays(15) < ctx.today ? on.AddDays(15) : ctx.today);
  (void)service::RecordStudyByUnits(ctx.env, ctx.op, root_id, batch);
}

void Conferences(Context& ctx, int64_t root_id, int year, size_t units) {
  static const char* kTopics[] = {
      "Hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt nghị quyết của Trung ương",
      "Hội nghị trực tuyến thông tin thời sự, tình hình kinh tế - xã hội",
      "Hội nghị trực tuyến tổng kết công tác xây dựng Đảng",
      "Hội nghị báo cáo viên trực tuyến",
      "Hội nghị trực tuyến triển khai chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách "
      "Hồ Chí Minh",
      "Hội nghị trực tuyến quán triệt văn bản mới của Tỉnh ủy"};
  for (int k = 0; k < 6; ++k) {
    const Date on = ctx.rng.DateBetween(Date(year, 1 + 2 * k, 3), Date(year, 1 + 2 * k, 28));
    if (on >= ctx.today) return;
    const int64_t points =
        static_cast<int64_t>(units) + ctx.rng.Uniform(-2, 6);  // units and the committee's hall
    service::ActivityInput in{.kind = "online_conference",
                              .held_on = on.Iso(),
                              .title = kTopics[k],
                              .attended = points * ctx.rng.Uniform(16, 19),
                              .points = std::max<int64_t>(1, points)};
    ctx.clock->RecordOn(on);
    (void)service::CreateActivity(ctx.env, ctx.op, root_id, in);
  }
}

void ContestsAndOpinion(Context& ctx, int64_t root_id, int year) {
  const std::string y = std::to_string(year);
  const std::vector<std::pair<Date, std::string>> contests = {
      {Date(year, 3, 1), "Cuộc thi tìm hiểu lịch sử Đảng bộ Khối năm " + y},
      {Date(year, 8, 1), "Cuộc thi trực tuyến tìm hiểu Nghị quyết của Đảng năm " + y}};
  for (const auto& [on, title] : contests) {
    if (on.AddDays(45) >= ctx.today) continue;
    const int64_t entries = ctx.rng.Uniform(1'400, 3'200);
    service::ActivityInput in{.kind = "contest",
                              .held_on = on.Iso(),
                              .ends_on = on.AddDays(45).Iso(),
                              .title = title,
                              .entries = entries,
                              .prizes = ctx.rng.Uniform(25, 40)};
    ctx.clock->RecordOn(on.AddDays(45));
    (void)service::CreateActivity(ctx.env, ctx.op, root_id, in);
  }
  for (int q = 1; q <= 4; ++q) {
    const Date on = Date(year, 3 * q, 25);
    if (on >= ctx.today) return;
    service::ActivityInput in{
        .kind = "opinion_report",
        .held_on = on.Iso(),
        .title = "Báo cáo tình hình tư tưởng, dư luận xã hội quý " + std::to_string(q) + "/" + y,
        .opinions = ctx.rng.Uniform(28, 64),
        .topics =
            "Sắp xếp tổ chức bộ máy; chế độ, chính sách; giá cả, thị trường; an toàn giao "
            "thông",
        .summary =
            "Cán bộ, đảng viên tin tưởng vào sự lãnh đạo của Đảng, đồng tình với chủ trương "
            "sắp xếp tinh gọn bộ máy; còn băn khoăn về việc làm, chế độ chính sách sau sắp "
            "xếp."};
    ctx.clock->RecordOn(on);
    (void)service::CreateActivity(ctx.env, ctx.op, root_id, in);
  }
}

void Directive05(Context& ctx, const std::vector<GrassrootsUnit>& units, int year) {
  static const char* kModels[] = {
      "Mô hình \"Cải cách hành chính, phục vụ nhân dân tận tình\"",
      "Mô hình \"Tiết kiệm, chống lãng phí trong cơ quan\"",
      "Mô hình \"Chi bộ số\" — sinh hoạt, quản lý đảng viên trên nền tảng số",
      "Mô hình \"Dân vận khéo\" gắn với nhiệm vụ chuyên môn",
      "Mô hình \"Nêu gương, trách nhiệm của người đứng đầu\"",
      "Mô hình \"Đoàn kết, sáng tạo, hiệu quả\" trong sản xuất kinh doanh"};
  const Date registered = Date(year, 2, 20);
  if (registered >= ctx.today) return;
  std::vector<GrassrootsUnit> pool = units;
  for (size_t i = 0; i < pool.size() && static_cast<int>(i) < kUnitsRegistering; ++i) {
    const size_t j =
        i + static_cast<size_t>(ctx.rng.Uniform(0, static_cast<int64_t>(pool.size() - i) - 1));
    std::swap(pool[i], pool[j]);
    const int models = ctx.rng.Chance(0.3) ? 2 : 1;
    for (int k = 0; k < models; ++k) {
      service::ModelInput in{.year = year,
                             .kind = "collective",
                             .name = kModels[ctx.rng.Uniform(0, 5)],
                             .registered_on = registered.AddDays(ctx.rng.Uniform(0, 20)).Iso()};
      const Date recognized = Date(year, 12, 10);
      if (recognized < ctx.today && ctx.rng.Chance(0.7)) in.recognized_on = recognized.Iso();
      ctx.clock->RecordOn(in.recognized_on.empty() ? *Date::Parse(in.registered_on) : recognized);
      (void)service::CreateModel(ctx.env, ctx.op, pool[i].id, in);
    }
  }
}

// 35 collaborators serving today (and a few who served before them), each for their own unit.
void Collaborators(Context& ctx, const std::string& path, const Date& since) {
  std::vector<std::pair<int64_t, int64_t>> people;  // member, grassroots org
  {
    store::Transaction tx = ctx.env.db.BeginRead();
    tx.Each(
        "SELECT m.id, o.id FROM member m JOIN org o ON m.org_path >= o.path AND m.org_path < "
        "o.path || '~' AND o.kind IN ('grassroots_committee', 'grassroots_branch') WHERE "
        "m.org_path >= ? AND m.org_path < ? AND m.status = 'official' AND m.id % 53 = 7 ORDER "
        "BY m.id",
        {path, path + "~"},
        [&people](const store::Row& r) { people.emplace_back(r.Int(0), r.Int(1)); });
  }
  const int total = kCollaborators + 4;
  for (int i = 0; i < total && i < static_cast<int>(people.size()); ++i) {
    const bool left = i >= kCollaborators;  // served, then replaced
    service::CollaboratorInput in{
        .member_id = people[static_cast<size_t>(i)].first,
        .from_on = since.AddDays(ctx.rng.Uniform(0, left ? 60 : 400)).Iso(),
        .to_on = left ? since.AddDays(ctx.rng.Uniform(200, 500)).Iso() : "",
        .decision_no = std::to_string(ctx.rng.Uniform(100, 900)) + "-QĐ/ĐUK"};
    ctx.clock->RecordOn(*Date::Parse(in.from_on));
    (void)service::CreateCollaborator(ctx.env, ctx.op, people[static_cast<size_t>(i)].second, in);
  }
}

}  // namespace

Status BuildPropaganda(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Tuyên giáo ba năm…");
  std::string path;
  {
    store::Transaction tx = ctx.env.db.BeginRead();
    path = tx.QueryRow("SELECT path FROM org WHERE id = ?", {root_id}).Text(0);
  }
  const std::vector<GrassrootsUnit> units = Grassroots(ctx, path);
  if (units.empty()) return Status::Ok();
  const int first = ctx.today.year() - kYears + 1;
  for (int year = first; year <= ctx.today.year(); ++year) {
    const auto& docs = Documents()[static_cast<size_t>(year - first) % Documents().size()];
    for (size_t k = 0; k < docs.size(); ++k) {
      const Date on = Date(year, 2 + 3 * static_cast<int>(k), 10);
      if (on.AddDays(15) >= ctx.today) break;
      StudyDocument(ctx, root_id, units, docs[k], on);
    }
    Conferences(ctx, root_id, year, units.size());
    ContestsAndOpinion(ctx, root_id, year);
    Directive05(ctx, units, year);
  }
  Collaborators(ctx, path, Date(first, 1, 15));
  ctx.clock->Release();
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
