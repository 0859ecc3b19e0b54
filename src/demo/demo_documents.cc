// Demo higher-level documents: six documents of the last three years followed by the bloc
// committee, and each grassroots organization's implementation at the seeds' rates — every
// one holds the study session and issues its action plan (100%), about two thirds issue a
// thematic resolution (> 60%) — written a document at a time through the service.
#include <algorithm>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/documents/documents.h"

namespace dangbo::demo::internal {

namespace {

struct Doc {
  const char* kind;
  const char* number;
  const char* issuer;
  int years_ago, month, day;
  const char* title;
};
constexpr Doc kDocs[] = {
    {"conclusion", "21-KL/TW", "Ban Chấp hành Trung ương", 3, 10, 25,
     "Về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"},
    {"directive", "05-CT/TW", "Bộ Chính trị", 3, 5, 15,
     "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"},
    {"resolution", "22-NQ/TW", "Bộ Chính trị", 2, 3, 22, "Về hội nhập quốc tế"},
    {"conclusion", "81-KL/TU", "Ban Thường vụ Tỉnh ủy", 2, 6, 12,
     "Về tăng cường công tác phát triển đảng viên trong khu vực doanh nghiệp"},
    {"guideline", "12-HD/ĐUK", "Đảng ủy Khối", 1, 2, 20,
     "Hướng dẫn xây dựng quy chế làm việc của cấp ủy nhiệm kỳ mới"},
    {"resolution", "57-NQ/TW", "Bộ Chính trị", 1, 12, 22,
     "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"},
};

std::string Offset(const Date& d, int lo, int hi, Rng& rng, const Date& today) {
  const Date x = d.AddDays(static_cast<int>(rng.Uniform(lo, hi)));
  return x < today ? x.Iso() : std::string();
}

}  // namespace

Status BuildDocuments(Context& ctx, int64_t root_id) {
  if (ctx.progress) ctx.progress(ctx.label + "Văn bản cấp trên và việc thực hiện…");
  for (const Doc& doc : kDocs) {
    const Date issued(ctx.today.year() - doc.years_ago, doc.month, doc.day);
    if (issued >= ctx.today) continue;
    service::DocumentInput in{doc.kind, doc.number, doc.issuer, issued.Iso(), doc.title, ""};
    auto d = service::CreateDocument(ctx.env, ctx.op, root_id, in);
    if (!d.ok()) return d.error();
    auto seen = service::GetDocument(ctx.env, ctx.op, root_id, d->id);
    if (!seen.ok()) return seen.error();
    int k = 0;
    for (const auto& unit : seen->implementations) {
      service::ImplementationInput step;
      step.studied_on = Offset(issued, 10, 40, ctx.rng, ctx.today);
      step.plan_on = Offset(issued, 20, 60, ctx.rng, ctx.today);
      if (!step.plan_on.empty()) step.plan_no = std::to_string(++k) + "-CTr/ĐU";
      if (ctx.rng.Chance(0.66)) {
        step.resolution_on = Offset(issued, 45, 120, ctx.rng, ctx.today);
        if (!step.resolution_on.empty()) step.resolution_no = std::to_string(k) + "-NQ/ĐU";
      }
      (void)service::RecordImplementation(ctx.env, ctx.op, unit.org_id, d->id, step);
    }
  }
  return Status::Ok();
}

}  // namespace dangbo::demo::internal
