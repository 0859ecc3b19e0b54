// `dangbo verify`: the member name keys and search tokens recomputed from the names.
#include <map>
#include <set>

#include "service/verify/verify_internal.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr int64_t kChunk = 20000;  // members read per range

std::string Joined(const std::set<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

VerifyCheck VerifyMemberNames(store::Transaction& tx, int64_t limit) {
  VerifyCheck out{"member_names", "Khóa tên hoặc từ khóa tìm kiếm khác họ tên trong hồ sơ", 0, {}};
  auto report = [&](int64_t id, const std::string& what) {
    if (out.found++ < limit)
      out.problems.push_back("đảng viên mã " + std::to_string(id) + ": " + what);
  };
  const auto max_row = tx.QueryOne("SELECT MAX(id) FROM member");
  const int64_t max_id = max_row && !max_row->IsNull(0) ? max_row->Int(0) : 0;
  for (int64_t lo = 0; lo <= max_id; lo += kChunk) {
    const store::Params range = {lo, lo + kChunk};
    std::map<int64_t, std::set<std::string>> stored;
    tx.Each("SELECT member_id, token FROM member_name_token WHERE member_id >= ? AND member_id < ?",
            range, [&](const store::Row& r) { stored[r.Int(0)].insert(r.Text(1)); });
    tx.Each(
        "SELECT id, full_name, other_name, name_key, sort_key FROM member WHERE id >= ? AND id < ? "
        "ORDER BY id",
        range, [&](const store::Row& r) {
          const int64_t id = r.Int(0);
          const std::string full = r.Text(1), other = r.OptText(2).value_or("");
          if (r.Text(3) != text::Fold(full))
            report(id, "khóa tên “" + r.Text(3) + "” khác họ tên “" + full + "”");
          if (r.Text(4) != text::NameSortKey(full))
            report(id, "khóa sắp xếp khác họ tên “" + full + "”");
          std::set<std::string> want;
          for (auto& w : text::FoldedWords(full)) want.insert(std::move(w));
          for (auto& w : text::FoldedWords(other)) want.insert(std::move(w));
          auto it = stored.find(id);
          const std::set<std::string> have =
              it == stored.end() ? std::set<std::string>{} : it->second;
          if (it != stored.end()) stored.erase(it);
          if (have != want) {
            report(id, "từ khóa tìm kiếm [" + Joined(have) + "], theo họ tên phải là [" +
                           Joined(want) + "]");
          }
        });
    for (const auto& [id, words] : stored) {
      report(id, "từ khóa tìm kiếm [" + Joined(words) + "] của đảng viên không tồn tại");
    }
  }
  return out;
}

}  // namespace dangbo::service
