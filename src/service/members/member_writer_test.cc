// The bulk write path and the search it feeds, on a real database (SQLite or PostgreSQL by
// DANGBO_TEST_DB): batched MemberWriter rows equal row-at-a-time ones; deferred indexes come
// back; name search keeps its meaning (any order, prefix per word, numbers) whichever word
// drives it; search tokens follow their member when the unit or the tree moves.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "service/core/db_test_fixture.h"
#include "service/members/member_writer.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"

namespace dangbo::service {
namespace {

class MemberWriterTest : public testing::DbTest {
 protected:
  void Populate() override {
    root_ = MakeOrg(std::nullopt, "superior_committee", "Đảng bộ Khối");
    grassroots_ = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ xã Tân Phú");
    a_ = MakeOrg(grassroots_.id, "branch", "Chi bộ thôn Đông");
    b_ = MakeOrg(grassroots_.id, "branch", "Chi bộ thôn Tây");
  }

  MemberInput Person(const Org& unit, const std::string& name, int n) {
    MemberInput in;
    in.org_id = unit.id;
    in.full_name = name;
    in.sex = n % 2 ? "female" : "male";
    in.birth_date = "1980-05-02";
    in.admitted_on = "2010-05-19";
    if (n % 3) in.official_on = "2011-05-19";
    if (n % 3 == 1) in.card_no = std::to_string(10000000 + n);
    in.record_no = std::to_string(7700 + n);
    in.national_id = std::to_string(100000000000LL + n);
    in.ethnicity = "Kinh";
    in.religion = "Không";
    if (n % 4 == 0) in.work.push_back({"2001-01-01", "2005-01-01", "Giáo viên", ""});
    return in;
  }

  // Writes `names` into `unit` with the given batch size; returns the ids.
  std::vector<int64_t> Write(const Org& unit, const std::vector<std::string>& names, size_t batch,
                             int first = 0) {
    std::vector<int64_t> ids;
    store::Transaction tx = db_->BeginWrite();
    MemberWriterOptions o;
    o.batch_members = batch;
    {
      MemberWriter w(tx, "test", "2026-11-21T01:00:00.000Z", o);
      for (size_t i = 0; i < names.size(); ++i) {
        const MemberInput in = Person(unit, names[i], first + static_cast<int>(i));
        ids.push_back(w.Add(in, DeriveMemberRows(in, unit.established_on), unit.path));
      }
      w.Flush();
      EXPECT_EQ(w.added(), static_cast<int64_t>(names.size()));
    }
    tx.Commit();
    return ids;
  }

  // Everything stored about the members, ids left out.
  std::string Dump(const std::vector<int64_t>& ids) {
    std::string out;
    store::Transaction tx = db_->BeginRead();
    for (int64_t id : ids) {
      auto add = [&](const std::string& sql) {
        tx.Each(sql, {id}, [&](const store::Row& r) {
          for (size_t i = 0; i < r.size(); ++i) out += r.OptText(i).value_or("-") + "|";
          out += "\n";
        });
      };
      add("SELECT full_name, status, name_key, sort_key, org_path, card_no, record_no FROM "
          "member WHERE id = ?");
      add("SELECT token, org_path FROM member_name_token WHERE member_id = ? ORDER BY token");
      add("SELECT valid_from, valid_to, status FROM member_span WHERE member_id = ? ORDER BY "
          "valid_from");
      add("SELECT kind, occurred_on, detail_json FROM member_event WHERE member_id = ? ORDER BY "
          "id");
      add("SELECT kind, title, position FROM member_record WHERE member_id = ? ORDER BY id");
    }
    return out;
  }

  std::vector<std::string> Search(const std::string& q, int64_t org_id = 0,
                                  int64_t* total = nullptr) {
    MemberQuery mq;
    mq.q = q;
    mq.org_id = org_id;
    mq.page_size = 500;
    auto page = SearchMembers(*env_, op_, mq);
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().detail);
    std::vector<std::string> out;
    if (!page.ok()) return out;
    for (const auto& m : page->items) out.push_back(m.full_name);
    if (total) *total = page->total;
    std::sort(out.begin(), out.end());
    return out;
  }

  Org root_, grassroots_, a_, b_;
};

TEST_F(MemberWriterTest, BatchesWriteWhatRowAtATimeWrites) {
  std::vector<std::string> names;
  for (int i = 0; i < 37; ++i) names.push_back("Nguyễn Văn An " + std::to_string(i));
  const auto one = Write(a_, names, 1);
  const auto many = Write(b_, names, 8, 120);  // 4 full batches and a partial one
  ASSERT_EQ(one.size(), 37u);
  ASSERT_EQ(many.size(), 37u);
  // Ids are consecutive and final.
  for (size_t i = 1; i < many.size(); ++i) EXPECT_GT(many[i], many[i - 1]);
  EXPECT_GT(many.front(), one.back());
  // The same rows, but for the digits (ids, paths and numbers differ by construction).
  auto strip = [](const std::string& s) {
    std::string out;
    for (char c : s) out += (c >= '0' && c <= '9') ? '#' : c;
    return out;
  };
  EXPECT_EQ(strip(Dump(one)), strip(Dump(many)));
}

TEST_F(MemberWriterTest, DestructorFlushesAndAFailedFlushRollsBack) {
  {
    store::Transaction tx = db_->BeginWrite();
    {
      MemberWriter w(tx, "test", "2026-11-21T01:00:00.000Z");
      const MemberInput in = Person(a_, "Trần Thị Bình", 1);
      w.Add(in, DeriveMemberRows(in, a_.established_on), a_.path);
    }  // flushed here
    tx.Commit();
  }
  EXPECT_EQ(Search("binh").size(), 1u);
  // A duplicate card number fails the flush in the destructor: the transaction is ended,
  // so it cannot be committed without the rows.
  store::Transaction tx = db_->BeginWrite();
  {
    MemberWriter w(tx, "test", "2026-11-21T01:00:00.000Z");
    const MemberInput in = Person(b_, "Trần Thị Bình", 1);  // same card as above
    w.Add(in, DeriveMemberRows(in, b_.established_on), b_.path);
  }
  EXPECT_FALSE(tx.active());
  EXPECT_THROW(tx.Commit(), store::Error);
}

TEST_F(MemberWriterTest, AFailedFlushRollsBackAndTheWriterStops) {
  Write(a_, {"Trần Thị Bình"}, 1, 1);
  store::Transaction tx = db_->BeginWrite();
  MemberWriter w(tx, "test", "2026-11-21T01:00:00.000Z");
  const MemberInput fresh = Person(b_, "Lê Văn Cường", 2);
  w.Add(fresh, DeriveMemberRows(fresh, b_.established_on), b_.path);
  const MemberInput dup = Person(b_, "Trần Thị Bình", 1);  // card and record numbers taken
  w.Add(dup, DeriveMemberRows(dup, b_.established_on), b_.path);
  EXPECT_THROW(w.Flush(), store::Error);
  EXPECT_FALSE(tx.active());
  EXPECT_THROW(w.Add(fresh, DeriveMemberRows(fresh, b_.established_on), b_.path), store::Error);
  EXPECT_TRUE(Search("cuong").empty());
}

TEST_F(MemberWriterTest, DeferredIndexesComeBackAsTheyWere) {
  auto indexes = [&] {
    std::set<std::string> out;
    store::Transaction tx = db_->BeginRead();
    tx.Each(engine_.engine() == store::Engine::kSqlite
                ? "SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                  "NOT NULL"
                : "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()",
            {}, [&](const store::Row& r) {
              std::string s = r.Text(0);
              const size_t p = s.find(" IF NOT EXISTS");
              if (p != std::string::npos) s.erase(p, 14);
              out.insert(s);
            });
    return out;
  };
  const auto before = indexes();
  store::Transaction tx = db_->BeginWrite();
  DeferredMemberIndexes deferred(tx, {"member_org_idx"});
  EXPECT_FALSE(deferred.names().empty());
  EXPECT_EQ(std::count(deferred.names().begin(), deferred.names().end(), "member_org_idx"), 0);
  std::vector<std::string> done;
  deferred.Restore(tx, [&](const std::string& n) { done.push_back(n); });
  EXPECT_EQ(done, deferred.names());
  tx.Commit();
  EXPECT_EQ(indexes(), before);
}

TEST_F(MemberWriterTest, NameSearchKeepsItsMeaningWhicheverWordDrivesIt) {
  Write(a_,
        {"Nguyễn Văn An", "Nguyễn Văn Anh", "Anh Nguyễn Văn", "Lê Thị Ánh", "Nguyễn An",
         "Trần Văn Bình", "Nguyễn Văn Nam"},
        3);
  Write(b_, {"Nguyễn Văn An", "Phạm Văn Hải"}, 3, 50);
  // Any order, prefix per word, diacritics optional.
  EXPECT_EQ(Search("van nguyen an"), (std::vector<std::string>{"Anh Nguyễn Văn", "Nguyễn Văn An",
                                                               "Nguyễn Văn An", "Nguyễn Văn Anh"}));
  // "an" is a prefix of "an" and "anh": both tokens drive.
  EXPECT_EQ(Search("an").size(), 6u);
  // One-letter words.
  EXPECT_EQ(Search("n a v", a_.id),
            (std::vector<std::string>{"Anh Nguyễn Văn", "Nguyễn Văn An", "Nguyễn Văn Anh"}));
  // "t" is a prefix of more tokens than the search lists one by one.
  Write(a_, {"Tạ Tuấn Tú", "Tô Thị Thu", "Trần Thanh Tâm", "Tống Tiến Thành"}, 2, 20);
  EXPECT_EQ(Search("t", a_.id).size(), 6u);  // and Lê Thị Ánh, Trần Văn Bình
  EXPECT_EQ(Search("t thu", a_.id), (std::vector<std::string>{"Tô Thị Thu"}));
  // A word that no name has.
  EXPECT_TRUE(Search("nguyen xyz").empty());
  // Scope: the subtree of the unit.
  EXPECT_EQ(Search("nguyen van an", b_.id), (std::vector<std::string>{"Nguyễn Văn An"}));
  // Numbers: card, national ID, record number (exact, whole query).
  EXPECT_EQ(Search("10000001"), (std::vector<std::string>{"Nguyễn Văn Anh"}));
  EXPECT_EQ(Search("100000000004"), (std::vector<std::string>{"Nguyễn An"}));
  EXPECT_EQ(Search("7751"), (std::vector<std::string>{"Phạm Văn Hải"}));
  EXPECT_TRUE(Search("1000000").empty());  // not a prefix match for numbers
  int64_t total = 0;
  Search("nguyen", 0, &total);
  EXPECT_EQ(total, 6);
}

TEST_F(MemberWriterTest, TokensFollowTheirMemberWhenTheUnitOrTheTreeMoves) {
  const Org other = MakeOrg(root_.id, "grassroots_committee", "Đảng bộ phường Bắc");
  const Org c = MakeOrg(other.id, "branch", "Chi bộ tổ dân phố 3");
  Write(a_, {"Hoàng Minh Tuấn"}, 1);
  EXPECT_EQ(Search("tuan", grassroots_.id).size(), 1u);
  // The whole branch moves under another committee: its members' paths change.
  Decision d{"2026-11-20", "12-QĐ/ĐUK", ""};
  auto moved = MoveOrg(*env_, op_, a_.id, other.id, d);
  ASSERT_TRUE(moved.ok()) << moved.error().detail;
  EXPECT_TRUE(Search("tuan", grassroots_.id).empty());
  EXPECT_EQ(Search("hoang tuan", other.id).size(), 1u);
  EXPECT_TRUE(Search("tuan", c.id).empty());
  store::Transaction tx = db_->BeginRead();
  EXPECT_EQ(tx.QueryOne("SELECT COUNT(*) FROM member_name_token t JOIN member m ON m.id = "
                        "t.member_id WHERE t.org_path <> m.org_path")
                ->Int(0),
            0);
}

}  // namespace
}  // namespace dangbo::service
