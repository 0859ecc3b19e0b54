// Member search: diacritic-free name words in any order (prefix match per word), or an
// exact card / national ID / record number; filters; Vietnamese list order.
#include <algorithm>
#include <cstring>
#include <limits>
#include <map>

#include "service/core/access.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

constexpr const char* kNumberMatch =
    "SELECT id FROM member WHERE card_no = ? UNION SELECT id FROM member WHERE "
    "national_id = ? UNION SELECT id FROM member WHERE record_no = ?";

struct Sql {
  std::string where;
  store::Params params;
  bool bounded = false;  // the rows come from a name search's candidates, not a whole scope
};

// The name part of a search: every word is a prefix of a token of the member (any order),
// or the whole query is the member's card, national ID or record number.
//
// A word's postings can be huge ("nguyen" is in a third of all names), so none is read
// whole. The candidates come from the word with the fewest postings inside the scope: the
// (token, org_path) ranges of member_name_token for each distinct token the word is a
// prefix of (tokens carry their member's org_path, kept in step by a trigger). The other
// words are checked per candidate with EXISTS on (member_id, token), and only the
// candidates that pass are looked up in member.
struct Word {
  std::string lo, hi;               // the word's token range [lo, hi)
  std::vector<std::string> tokens;  // its distinct tokens, if at most kMaxTokens
  bool listed = false;              // tokens lists them all
  int64_t postings = 0;             // inside the scope, counted up to kCountCap
};
constexpr size_t kMaxTokens = 8;
constexpr int64_t kCountCap = 5000;
constexpr int64_t kLargeCountCap = 200000;

// The word's postings inside the scope, counted up to `cap` (each costs an index entry).
int64_t Postings(store::Transaction& tx, const Word& x, const PathRange& scope, int64_t cap) {
  store::Params p(x.tokens.begin(), x.tokens.end());
  p.insert(p.end(), {scope.lo, scope.hi});
  return tx
      .QueryOne("SELECT COUNT(*) FROM (SELECT 1 FROM member_name_token WHERE token IN (" +
                    Marks(x.tokens.size()) + ") AND org_path >= ? AND org_path < ? LIMIT " +
                    std::to_string(cap) + ") c",
                p)
      ->Int(0);
}

Word Expand(store::Transaction& tx, const std::string& w, const PathRange& scope) {
  Word x{w, w + "~", {}, false, std::numeric_limits<int64_t>::max()};
  std::string from = x.lo;
  for (bool first = true;; first = false) {
    const auto row = tx.QueryOne(first ? "SELECT MIN(token) FROM member_name_token "
                                         "WHERE token >= ? AND token < ?"
                                       : "SELECT MIN(token) FROM member_name_token "
                                         "WHERE token > ? AND token < ?",
                                 {from, x.hi});
    if (!row || row->IsNull(0)) {
      x.listed = true;
      break;
    }
    if (x.tokens.size() == kMaxTokens) {
      x.tokens.clear();
      break;
    }
    from = row->Text(0);
    x.tokens.push_back(from);
  }
  if (x.listed && !x.tokens.empty()) x.postings = Postings(tx, x, scope, kCountCap);
  return x;
}

void NameMatch(store::Transaction& tx, const std::vector<std::string>& words,
               const std::string& raw, const PathRange& scope, Sql& sql) {
  std::vector<Word> ws;
  for (const auto& w : words) ws.push_back(Expand(tx, w, scope));
  const bool none =
      std::any_of(ws.begin(), ws.end(), [](const Word& x) { return x.listed && x.tokens.empty(); });
  // Common words all reach the first cap in a large scope: tell them apart with a larger
  // one (a few milliseconds; such searches take far longer than that anyway).
  if (std::count_if(ws.begin(), ws.end(), [](const Word& x) { return x.postings == kCountCap; }) >
      1) {
    for (auto& x : ws) {
      if (x.postings == kCountCap) x.postings = Postings(tx, x, scope, kLargeCountCap);
    }
  }
  std::string ids;
  if (!none) {
    // The driver: the fewest postings; among words with too many tokens to list, the
    // longest (the narrowest range).
    size_t d = 0;
    for (size_t i = 1; i < ws.size(); ++i) {
      const bool better = ws[i].postings != ws[d].postings ? ws[i].postings < ws[d].postings
                                                           : ws[i].lo.size() > ws[d].lo.size();
      if (better) d = i;
    }
    if (ws[d].listed) {
      ids = "SELECT t0.member_id FROM member_name_token t0 WHERE t0.token IN (" +
            Marks(ws[d].tokens.size()) + ")";
      sql.params.insert(sql.params.end(), ws[d].tokens.begin(), ws[d].tokens.end());
    } else {
      ids = "SELECT t0.member_id FROM member_name_token t0 WHERE t0.token >= ? AND t0.token < ?";
      sql.params.insert(sql.params.end(), {ws[d].lo, ws[d].hi});
    }
    ids += " AND t0.org_path >= ? AND t0.org_path < ?";
    sql.params.insert(sql.params.end(), {scope.lo, scope.hi});
    for (size_t i = 0; i < ws.size(); ++i) {
      if (i == d) continue;
      ids +=
          " AND EXISTS (SELECT 1 FROM member_name_token t WHERE t.member_id = t0.member_id "
          "AND t.token >= ? AND t.token < ?)";
      sql.params.insert(sql.params.end(), {ws[i].lo, ws[i].hi});
    }
    ids += " UNION ";
  }
  ids += kNumberMatch;
  sql.params.insert(sql.params.end(), {raw, raw, raw});
  sql.where += " AND m.id IN (" + ids + ")";
  sql.bounded = true;
}

// A query checked and resolved against the actor's scope: the same conditions serve the
// SQL statement and the in-memory index.
struct Resolved {
  memindex::Filter filter;
  std::vector<std::string> words;  // folded name words; empty = no name condition
  std::string raw;                 // the folded query, for card / national ID / record numbers
};

Result<Resolved> Resolve(store::Transaction& tx, const Actor& actor, const MemberQuery& q,
                         const Date& today) {
  Validator v;
  CheckPaging(v, q.page, q.page_size);
  v.Check(q.status.empty() || q.status == "all" || IsKnownStatus(q.status), "status",
          "Trạng thái không hợp lệ.");
  v.Check(q.sex.empty() || q.sex == "male" || q.sex == "female", "sex",
          "Giới tính là male hoặc female.");
  v.Check(q.age_from < 0 || q.age_to < 0 || q.age_from <= q.age_to, "age_to",
          "Tuổi đến phải không nhỏ hơn tuổi từ.");
  v.Check(q.q.size() <= 200 && text::IsValidUtf8(q.q), "q", "Từ khóa tìm kiếm không hợp lệ.");
  if (Status s = v.ToStatus(); !s) return s.error();
  if (!RoleAllows(actor, Action::kMemberRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem danh sách đảng viên.");
  }
  std::string scope = actor.org_path;
  if (q.org_id > 0) {
    const auto org = LoadOrg(tx, q.org_id);
    if (!org || !InScope(actor, org->path)) {
      return Error::NotFound("Không tìm thấy tổ chức đảng có mã " + std::to_string(q.org_id) + ".");
    }
    scope = org->path;
  }
  Resolved r;
  memindex::Filter& f = r.filter;
  const PathRange range = SubtreeRange(scope);
  f.path_lo = range.lo;
  f.path_hi = range.hi;
  if (q.status.empty()) {
    f.statuses = ActiveStatusCodes();
  } else if (q.status != "all") {
    f.statuses = {q.status};
  }
  f.sex = q.sex;
  f.ethnicity = q.ethnicity;
  f.religion = q.religion;
  f.theory_level = q.theory_level;
  f.general_education = q.general_education;
  // Age in full years today: born on or before today minus N years.
  if (q.age_from >= 0) f.born_on_or_before = today.AddYears(-q.age_from).Iso();
  if (q.age_to >= 0) f.born_after = today.AddYears(-(q.age_to + 1)).Iso();
  if (q.admitted_year > 0) {
    f.admitted_from = std::to_string(q.admitted_year) + "-01-01";
    f.admitted_before = std::to_string(q.admitted_year + 1) + "-01-01";
  }
  r.words = text::FoldedWords(q.q);
  r.raw = text::Fold(q.q);
  return r;
}

Sql ToSql(store::Transaction& tx, const Resolved& r) {
  const memindex::Filter& f = r.filter;
  Sql sql;
  sql.where = " WHERE m.org_path >= ? AND m.org_path < ?";
  sql.params = {f.path_lo, f.path_hi};
  auto eq = [&](const std::string& value, const char* clause) {
    if (value.empty()) return;
    sql.where += clause;
    sql.params.push_back(value);
  };
  if (!f.statuses.empty()) {
    sql.where += " AND m.status IN (" + Marks(f.statuses.size()) + ")";
    sql.params.insert(sql.params.end(), f.statuses.begin(), f.statuses.end());
  }
  eq(f.sex, " AND m.sex = ?");
  eq(f.ethnicity, " AND m.ethnicity = ?");
  eq(f.religion, " AND m.religion = ?");
  eq(f.theory_level, " AND m.theory_level = ?");
  eq(f.general_education, " AND m.general_education = ?");
  eq(f.born_on_or_before, " AND m.birth_date <= ?");
  eq(f.born_after, " AND m.birth_date > ?");
  eq(f.admitted_from, " AND m.admitted_on >= ?");
  eq(f.admitted_before, " AND m.admitted_on < ?");
  if (!r.words.empty()) NameMatch(tx, r.words, r.raw, {f.path_lo, f.path_hi}, sql);
  return sql;
}

// Members whose card, national ID or record number is exactly `raw`.
std::vector<int64_t> NumberMatches(store::Transaction& tx, const std::string& raw) {
  std::vector<int64_t> ids;
  tx.Each(kNumberMatch, {raw, raw, raw}, [&](const store::Row& row) { ids.push_back(row.Int(0)); });
  return ids;
}

constexpr const char* kSummaryColumns =
    "SELECT m.id, m.full_name, m.sex, m.birth_date, m.status, o.name, m.card_no, m.admitted_on, "
    "m.official_on, m.ethnicity, m.religion, m.theory_level, m.national_id, m.org_id";
constexpr const char* kSummaryFrom = " FROM member m JOIN org o ON o.id = m.org_id";

MemberSummary Summary(const store::Row& r, bool sensitive) {
  MemberSummary s;
  s.id = r.Int(0);
  s.full_name = r.Text(1);
  s.sex = r.Text(2);
  s.birth_date = r.Text(3);
  s.status = r.Text(4);
  s.org_name = r.Text(5);
  s.card_no = r.OptText(6).value_or("");
  s.admitted_on = r.OptText(7).value_or("");
  s.official_on = r.OptText(8).value_or("");
  s.ethnicity = r.Text(9);
  s.religion = r.Text(10);
  s.theory_level = r.OptText(11).value_or("");
  s.national_id = sensitive ? r.OptText(12).value_or("") : "";
  s.org_id = r.Int(13);
  return s;
}

}  // namespace

Result<MemberPage> SearchMembers(const Env& env, const Actor& actor, const MemberQuery& q) {
  store::Transaction tx = env.db.BeginRead();
  auto resolved = Resolve(tx, actor, q, service::Today(env));
  if (!resolved.ok()) return resolved.error();
  const bool sensitive = SeesSensitive(actor);
  MemberPage page;
  const auto offset = static_cast<size_t>(q.page - 1) * static_cast<size_t>(q.page_size);
  if (env.index != nullptr && env.index->Ready()) {
    env.index->CatchUp(tx);
    memindex::NameQuery name{resolved->words, {}};
    if (!name.words.empty()) name.also = NumberMatches(tx, resolved->raw);
    const memindex::Page found =
        env.index->Find(name, resolved->filter, offset, static_cast<size_t>(q.page_size));
    page.total = found.total;
    if (found.ids.empty()) return page;
    store::Params ids(found.ids.begin(), found.ids.end());
    std::map<int64_t, MemberSummary> rows;
    tx.Each(
        std::string(kSummaryColumns) + kSummaryFrom + " WHERE m.id IN (" + Marks(ids.size()) + ")",
        ids, [&](const store::Row& r) { rows.emplace(r.Int(0), Summary(r, sensitive)); });
    for (const int64_t id : found.ids) {
      const auto it = rows.find(id);
      if (it != rows.end()) page.items.push_back(std::move(it->second));
    }
    return page;
  }
  const Sql sql = ToSql(tx, *resolved);
  store::Params params = sql.params;
  params.push_back(static_cast<int64_t>(q.page_size));
  params.push_back(static_cast<int64_t>(offset));
  const std::string order = " ORDER BY m.sort_key, m.id LIMIT ? OFFSET ?";
  if (sql.bounded) {
    // The matches are a set found through the name index: count them in the same pass as
    // the page (the total rides on every row) instead of finding them twice.
    page.total = -1;
    tx.Each(std::string(kSummaryColumns) + ", COUNT(*) OVER ()" + kSummaryFrom + sql.where + order,
            params, [&](const store::Row& r) {
              page.items.push_back(Summary(r, sensitive));
              page.total = r.Int(14);
            });
    if (page.total >= 0) return page;
  }
  page.total = tx.QueryRow("SELECT COUNT(*) FROM member m" + sql.where, sql.params).Int(0);
  if (sql.bounded) return page;  // no row: nothing matched, or a page past the end
  tx.Each(std::string(kSummaryColumns) + kSummaryFrom + sql.where + order, params,
          [&](const store::Row& r) { page.items.push_back(Summary(r, sensitive)); });
  return page;
}

Status EachMember(const Env& env, const Actor& actor, MemberQuery q,
                  const std::function<void(const MemberSummary&)>& fn) {
  q.page = 1;
  q.page_size = 1;
  store::Transaction tx = env.db.BeginRead();
  auto resolved = Resolve(tx, actor, q, service::Today(env));
  if (!resolved.ok()) return resolved.error();
  const Sql sql = ToSql(tx, *resolved);
  const bool sensitive = SeesSensitive(actor);
  tx.Each(std::string(kSummaryColumns) + kSummaryFrom + sql.where + " ORDER BY m.sort_key, m.id",
          sql.params, [&](const store::Row& r) { fn(Summary(r, sensitive)); });
  return Status::Ok();
}

nlohmann::json MemberSummaryJson(const MemberSummary& m) {
  return {{"id", m.id},
          {"full_name", m.full_name},
          {"sex", m.sex},
          {"birth_date", m.birth_date},
          {"status", m.status},
          {"status_label", StatusLabel(m.status)},
          {"org_id", m.org_id},
          {"org_name", m.org_name},
          {"card_no", m.card_no},
          {"admitted_on", m.admitted_on},
          {"official_on", m.official_on},
          {"ethnicity", m.ethnicity},
          {"religion", m.religion},
          {"theory_level", m.theory_level},
          {"national_id", m.national_id}};
}

}  // namespace dangbo::service
