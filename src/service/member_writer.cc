// MemberWriter: row-at-a-time for now; the interface allows batching.
#include "service/member_writer.h"

#include <algorithm>
#include <set>

#include "service/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

store::Value Nullable(const std::string& s) {
  return s.empty() ? store::Value(nullptr) : store::Value(s);
}

const std::vector<std::pair<const char*, std::vector<SubRecord> MemberInput::*>>& RecordLists() {
  static const std::vector<std::pair<const char*, std::vector<SubRecord> MemberInput::*>> kLists = {
      {"work", &MemberInput::work},
      {"training", &MemberInput::training},
      {"reward", &MemberInput::rewards},
      {"family", &MemberInput::family}};
  return kLists;
}

void InsertRecords(store::Transaction& tx, int64_t id, const MemberInput& in) {
  for (const auto& [kind, list] : RecordLists()) {
    int64_t pos = 0;
    for (const auto& r : in.*list) {
      tx.Exec(
          "INSERT INTO member_record (member_id, kind, from_date, to_date, title, detail, "
          "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {id, std::string(kind), Nullable(r.from_date), Nullable(r.to_date), r.title,
           Nullable(r.detail), pos++});
    }
  }
}

void InsertHistory(store::Transaction& tx, int64_t id, int64_t org_id, const MemberRows& rows,
                   const std::string& recorded_by, const std::string& now) {
  for (size_t i = 0; i < rows.spans.size(); ++i) {
    const bool last = i + 1 == rows.spans.size();
    tx.Exec(
        "INSERT INTO member_span (member_id, valid_from, valid_to, org_id, status) "
        "VALUES (?, ?, ?, ?, ?)",
        {id, rows.spans[i].from,
         last ? store::Value(nullptr) : store::Value(rows.spans[i + 1].from), org_id,
         rows.spans[i].status});
  }
  for (const auto& e : rows.events) {
    tx.Exec(
        "INSERT INTO member_event (member_id, kind, occurred_on, org_id, detail_json, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, e.kind, e.on, org_id, e.detail.dump(), recorded_by, now});
  }
}

}  // namespace

void ReplaceMemberTokens(store::Transaction& tx, int64_t id,
                         const std::vector<std::string>& tokens) {
  tx.Exec("DELETE FROM member_name_token WHERE member_id = ?", {id});
  for (const auto& t : tokens) {
    tx.Exec("INSERT INTO member_name_token (token, member_id) VALUES (?, ?)", {t, id});
  }
}

void ReplaceMemberRecords(store::Transaction& tx, int64_t id, const MemberInput& in) {
  tx.Exec("DELETE FROM member_record WHERE member_id = ?", {id});
  InsertRecords(tx, id, in);
}

void ReplaceDerivedHistory(store::Transaction& tx, int64_t id, int64_t org_id,
                           const MemberRows& rows, const std::string& recorded_by,
                           const std::string& now) {
  tx.Exec("DELETE FROM member_span WHERE member_id = ?", {id});
  tx.Exec(
      "UPDATE member_event SET voided_at = ?, void_reason = ? WHERE member_id = ? AND "
      "voided_at IS NULL AND kind IN ('admitted', 'recognized', 'card_issued')",
      {now, std::string("Sửa ngày trong hồ sơ"), id});
  InsertHistory(tx, id, org_id, rows, recorded_by, now);
  tx.Exec("UPDATE member SET status = ? WHERE id = ?", {rows.status, id});
}

MemberRows DeriveMemberRows(const MemberInput& in, const std::string& unit_established_on) {
  MemberRows r;
  r.status = in.official_on.empty() ? "probationary" : "official";
  r.name_key = text::Fold(in.full_name);
  r.sort_key = text::NameSortKey(in.full_name);
  std::set<std::string> tokens;
  for (auto& w : text::FoldedWords(in.full_name)) tokens.insert(std::move(w));
  for (auto& w : text::FoldedWords(in.other_name)) tokens.insert(std::move(w));
  r.tokens.assign(tokens.begin(), tokens.end());
  const std::string start = std::max(in.admitted_on, unit_established_on);
  const std::string official_from = in.official_on.empty() ? "" : std::max(in.official_on, start);
  if (official_from.empty() || official_from > start) r.spans.push_back({start, "probationary"});
  if (!official_from.empty()) r.spans.push_back({official_from, "official"});
  r.events.push_back(
      {"admitted", in.admitted_on, {{"source", "registry"}, {"admitting_org", in.admitting_org}}});
  if (!in.official_on.empty()) {
    r.events.push_back({"recognized", in.official_on, {{"source", "registry"}}});
  }
  if (!in.card_no.empty()) {
    r.events.push_back({"card_issued",
                        in.card_issued_on.empty() ? in.official_on : in.card_issued_on,
                        {{"source", "registry"}, {"card_no", in.card_no}}});
  }
  return r;
}

MemberWriter::MemberWriter(store::Transaction& tx, std::string recorded_by, std::string now)
    : tx_(tx), recorded_by_(std::move(recorded_by)), now_(std::move(now)) {}

MemberWriter::~MemberWriter() = default;

void MemberWriter::Flush() {}

int64_t MemberWriter::Add(const MemberInput& in, const MemberRows& rows,
                          const std::string& org_path) {
  std::string cols, marks;
  store::Params params = {in.org_id, rows.status, rows.name_key, rows.sort_key,
                          org_path,  now_,        now_};
  for (const auto& f : MemberFields()) {
    cols += std::string(", ") + f.name;
    marks += ", ?";
    params.push_back(Nullable(GetMemberField(in, f.name)));
  }
  const int64_t id =
      tx_.QueryOne(
             "INSERT INTO member (org_id, status, name_key, sort_key, org_path, created_at, "
             "updated_at" +
                 cols + ") VALUES (?, ?, ?, ?, ?, ?, ?" + marks + ") RETURNING id",
             params)
          ->Int(0);
  for (const auto& t : rows.tokens) {
    tx_.Exec("INSERT INTO member_name_token (token, member_id) VALUES (?, ?)", {t, id});
  }
  InsertRecords(tx_, id, in);
  InsertHistory(tx_, id, in.org_id, rows, recorded_by_, now_);
  return id;
}

}  // namespace dangbo::service
