// Online SQLite backup taken while another thread keeps writing; on PostgreSQL the
// same test checks that BackupSqlite refuses.
#include "store/backup.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "store/test_engine.h"

namespace dangbo::store {
namespace {

using testing::StoreTest;

TEST_F(StoreTest, BackupWhileWriting) {
  const std::string dest = (std::filesystem::temp_directory_path() /
                            ("dangbo_backup_" + std::to_string(::getpid()) + ".db"))
                               .string();
  if (IsPostgres()) {
    try {
      BackupSqlite(db(), dest);
      FAIL() << "expected a refusal";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), Error::Kind::kOther);
    }
    EXPECT_FALSE(std::filesystem::exists(dest));
    return;
  }

  Script("CREATE TABLE log (id @PK@, body TEXT NOT NULL)");
  const std::string body(400, 'x');
  {
    // ~2 MB, so the copy takes many backup steps.
    Transaction tx = db().BeginWrite();
    for (int i = 0; i < 5000; ++i) tx.Exec("INSERT INTO log (body) VALUES (?)", {body});
    tx.Commit();
  }

  std::atomic<bool> stop{false};
  std::atomic<int64_t> written{0};
  std::thread writer([&] {
    while (!stop.load()) {
      Transaction tx = db().BeginWrite();
      for (int i = 0; i < 50; ++i) tx.Exec("INSERT INTO log (body) VALUES (?)", {body});
      tx.Commit();
      written += 50;
    }
  });
  while (written.load() < 200) std::this_thread::yield();
  const int64_t before = 5000 + written.load();
  BackupSqlite(db(), dest);
  const int64_t after_backup = 5000 + written.load();
  BackupSqlite(db(), dest);  // replaces an existing backup
  stop = true;
  writer.join();
  EXPECT_GT(written.load(), 200);

  ASSERT_TRUE(std::filesystem::exists(dest));
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(dest).parent_path())) {
    EXPECT_EQ(entry.path().string().find(dest + ".tmp"), std::string::npos) << entry.path();
  }
  {
    std::unique_ptr<Database> copy = Database::Open(dest);
    Transaction tx = copy->BeginRead();
    EXPECT_EQ(tx.QueryOne("PRAGMA integrity_check")->Text(0), "ok");
    const int64_t rows = tx.QueryOne("SELECT COUNT(*) FROM log")->Int(0);
    EXPECT_GE(rows, before);
    EXPECT_LE(rows, 5000 + written.load());
    EXPECT_GE(rows, after_backup);  // the second backup is the newer one
    EXPECT_EQ(rows, tx.QueryOne("SELECT MAX(id) FROM log")->Int(0));  // no holes: consistent
  }
  std::filesystem::remove(dest);
  std::filesystem::remove(dest + "-wal");
  std::filesystem::remove(dest + "-shm");
}

TEST(BackupTest, UnwritableDestinationFailsCleanly) {
  std::string dir = (std::filesystem::temp_directory_path() / "dangbo_bk_XXXXXX").string();
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  {
    std::unique_ptr<Database> db = Database::Open(dir + "/src.db");
    try {
      BackupSqlite(*db, dir + "/missing/dest.db");
      ADD_FAILURE() << "expected an error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), Error::Kind::kOther);
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

// The database, its WAL and its backups hold personal data: owner-only, whatever the umask,
// and a database file left world-readable by an older version is tightened when opened.
TEST(BackupTest, FilesAreOwnerOnly) {
  namespace fs = std::filesystem;
  std::string dir = (fs::temp_directory_path() / "dangbo_perm_XXXXXX").string();
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  const mode_t old_mask = ::umask(022);
  {
    { std::unique_ptr<Database> db = Database::Open(dir + "/a.db"); }
    fs::permissions(dir + "/a.db", fs::perms(0644));
    std::unique_ptr<Database> db = Database::Open(dir + "/a.db");
    {
      Transaction tx = db->BeginWrite();
      tx.Exec("CREATE TABLE t (x INTEGER)", {});
      tx.Commit();
    }
    BackupSqlite(*db, dir + "/b.db");
    for (const char* name : {"/a.db", "/a.db-wal", "/a.db-shm", "/b.db"}) {
      if (!fs::exists(dir + name)) continue;
      EXPECT_EQ(fs::status(dir + name).permissions() & fs::perms(077), fs::perms::none) << name;
    }
  }
  ::umask(old_mask);
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace dangbo::store
