// Transfers on a real database: out, in, internal (receiving side confirms), temporary
// (durations at the rule's edges, hosted list, return), voiding, audited scope refusals.
#include "service/lifecycle/transfers.h"

#include <gtest/gtest.h>

#include "service/core/access.h"
#include "service/lifecycle/lifecycle_test_fixture.h"
#include "service/lifecycle/member_events.h"

namespace dangbo::service {
namespace {

using testing::LifecycleTest;

Decision On(const char* date, const char* no = "") { return Decision{date, no, ""}; }

class TransfersTest : public LifecycleTest {};

TEST_F(TransfersTest, TransferOutLeavesTheStockAndVoidingRestoresIt) {
  const int64_t m = AddMember(a1_, "Nguyễn Văn An");
  auto t =
      TransferOut(*env_, staff_a_, m,
                  {On("2026-03-01"), "Đảng bộ tỉnh Lâm Đồng", {"15-GGT/ĐUK", "2026-02-25"}, ""});
  ASSERT_TRUE(t.ok()) << t.error().detail;
  EXPECT_EQ(t->kind, "out");
  EXPECT_EQ(t->state, "confirmed");
  EXPECT_EQ(t->external_unit, "Đảng bộ tỉnh Lâm Đồng");
  EXPECT_EQ(StatusOf(m), "transferred_out");
  EXPECT_EQ(OrgOf(m), a1_.id);  // stays on the unit it left
  EXPECT_EQ(StockOn(a_, "2026-02-28"), 1);
  EXPECT_EQ(StockOn(a_, "2026-03-01"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = "
                  "'transferred_out' AND org_id = ? AND occurred_on = '2026-03-01'",
                  {m, a1_.id}),
            1);
  EXPECT_EQ(Audits("member.transfer_out"), 1);
  // Not twice; not a bad letter date.
  auto again = TransferOut(*env_, staff_a_, m, {On("2026-04-01"), "Nơi khác", {}, ""});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "member_status");

  auto v = VoidMemberEvent(*env_, staff_a_, m, *t->event_id, "Nhập nhầm người");
  ASSERT_TRUE(v.ok()) << v.error().detail;
  EXPECT_EQ(v->status, "official");
  EXPECT_EQ(StockOn(a_, "2026-03-01"), 1);
  const auto spans = Spans(m);
  ASSERT_EQ(spans.size(), 2u);  // probationary, then official (open again)
  EXPECT_EQ(std::get<1>(spans.back()), "");
  EXPECT_EQ(std::get<3>(spans.back()), "official");
  EXPECT_EQ(Text("SELECT state FROM member_transfer WHERE id = ?", {t->id}), "voided");
  EXPECT_EQ(Text("SELECT void_reason FROM member_event WHERE id = ?", {*t->event_id}),
            "Nhập nhầm người");
  auto twice = VoidMemberEvent(*env_, staff_a_, m, *t->event_id, "Lần nữa");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "event_voided");
}

TEST_F(TransfersTest, BadInputWritesNothing) {
  const int64_t m = AddMember(a1_, "Trần Văn Bình");
  const int64_t audits = Count("SELECT COUNT(*) FROM audit_log");
  auto r = TransferOut(*env_, staff_a_, m, {On("2099-01-01"), "", {"", "2099-02-01"}, ""});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalid);
  std::vector<std::string> fields;
  for (const auto& f : r.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"effective_on", "external_unit", "letter_date"}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audits);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_transfer"), 0);
  auto unknown = TransferOut(*env_, staff_a_, 9999, {On("2026-01-01"), "X", {}, ""});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::kNotFound);
}

TEST_F(TransfersTest, TransferInStartsTheHistoryOnTheTransferDate) {
  TransferInInput in;
  in.member.org_id = a1_.id;
  in.member.full_name = "Lê Thị Cúc";
  in.member.sex = "female";
  in.member.birth_date = "1985-04-04";
  in.member.admitted_on = "2010-02-03";
  in.member.official_on = "2011-02-03";
  in.member.card_no = "09001234";
  in.member.card_issued_on = "2012-01-01";
  in.decision = On("2025-06-01");
  in.external_unit = "Đảng bộ tỉnh Nghệ An";
  in.letter = {"88-GGT/TU", "2025-05-20"};
  auto t = TransferIn(*env_, staff_a_, in);
  ASSERT_TRUE(t.ok()) << t.error().detail;
  const int64_t m = t->member_id;
  EXPECT_EQ(t->kind, "in");
  EXPECT_EQ(StatusOf(m), "official");
  const auto spans = Spans(m);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (LifecycleTest::SpanRow{"2025-06-01", "", a1_.id, "official"}));
  EXPECT_EQ(StockOn(a_, "2025-05-31"), 0);
  EXPECT_EQ(StockOn(a_, "2025-06-01"), 1);
  // Admission, recognition and card happened elsewhere: no unit of ours.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND org_id IS NULL AND "
                  "kind IN ('admitted', 'recognized', 'card_issued')",
                  {m}),
            3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = "
                  "'transferred_in' AND org_id = ?",
                  {m, a1_.id}),
            1);
  // The same card number again is a field error; nothing is written.
  in.member.full_name = "Phạm Văn Dũng";
  in.member.birth_date = "1986-05-05";
  const int64_t members = Count("SELECT COUNT(*) FROM member");
  auto dup = TransferIn(*env_, staff_a_, in);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, "duplicate_number");
  ASSERT_EQ(dup.error().fields.size(), 1u);
  EXPECT_EQ(dup.error().fields[0].field, "card_no");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member"), members);
  // A unit outside the actor's scope is refused and audited.
  in.member.card_no = "";
  in.member.card_issued_on = "";
  in.member.org_id = b1_.id;
  auto outside = TransferIn(*env_, staff_a_, in);
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Refusals("member.transfer_in"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member"), members);

  // Voiding the entry closes the file: it never counted, its number is free again.
  auto v = VoidMemberEvent(*env_, staff_a_, m, *t->event_id, "Nhập trùng hồ sơ");
  ASSERT_TRUE(v.ok()) << v.error().detail;
  EXPECT_EQ(v->status, "ended");
  EXPECT_TRUE(Spans(m).empty());
  EXPECT_EQ(StockOn(a_, "2025-06-01"), 0);
  EXPECT_EQ(Text("SELECT card_no FROM member WHERE id = ?", {m}), "");
  EXPECT_EQ(
      Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND voided_at IS NULL", {m}), 0);
}

TEST_F(TransfersTest, AMemberWhoComesBackContinuesTheirOwnFile) {
  const int64_t m = AddMember(a1_, "Vũ Thị Hạnh", "2010-05-19", "2011-05-19", "09007777");
  {
    store::Transaction tx = db_->BeginWrite();
    tx.Exec("UPDATE member SET national_id = '001185012345' WHERE id = ?", {m});
    tx.Commit();
  }
  auto out = TransferOut(*env_, staff_a_, m, {On("2024-03-01"), "Đảng bộ tỉnh Nghệ An", {}, ""});
  ASSERT_TRUE(out.ok()) << out.error().detail;
  TransferInInput in;
  in.member.org_id = b1_.id;
  in.member.full_name = "Vũ Thị Hạnh";
  in.member.sex = "female";
  in.member.birth_date = "1980-01-01";
  in.member.national_id = "001185012345";
  in.member.admitted_on = "2010-05-19";
  in.member.official_on = "2011-05-19";
  in.member.card_no = "09007777";  // the card the file still holds: not a duplicate here
  in.decision = On("2025-09-01");
  in.external_unit = "Đảng bộ tỉnh Nghệ An";
  const int64_t files = Count("SELECT COUNT(*) FROM member");
  auto back = TransferIn(*env_, op_, in);
  ASSERT_TRUE(back.ok()) << back.error().detail;
  EXPECT_EQ(back->member_id, m);  // the same file, no second one
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member"), files);
  EXPECT_EQ(StatusOf(m), "official");
  const auto spans = Spans(m);
  ASSERT_EQ(spans.size(), 4u);  // probationary, official, away, official again
  EXPECT_EQ(spans[2],
            (LifecycleTest::SpanRow{"2024-03-01", "2025-09-01", a1_.id, "transferred_out"}));
  EXPECT_EQ(spans[3], (LifecycleTest::SpanRow{"2025-09-01", "", b1_.id, "official"}));
  EXPECT_EQ(StockOn(b_, "2025-09-01"), 1);
  EXPECT_EQ(StockOn(a_, "2025-09-01"), 0);
  // Voiding the return sends the file back out.
  auto v = VoidMemberEvent(*env_, op_, m, *back->event_id, "Nhầm người");
  ASSERT_TRUE(v.ok()) << v.error().detail;
  EXPECT_EQ(StatusOf(m), "transferred_out");
  EXPECT_EQ(StockOn(b_, "2025-09-01"), 0);
}

TEST_F(TransfersTest, InternalTransferIsConfirmedByTheReceivingSideOnly) {
  const int64_t m = AddMember(a1_, "Hoàng Văn Em");
  InternalTransferInput in{b1_.id, On("2026-09-01"), {"21-GGT/ĐUS", "2026-08-28"}, "", false};
  auto t = CreateInternalTransfer(*env_, staff_a_, m, in);
  ASSERT_TRUE(t.ok()) << t.error().detail;
  EXPECT_EQ(t->state, "pending");
  EXPECT_EQ(OrgOf(m), a1_.id);
  EXPECT_FALSE(t->event_id.has_value());
  // Listed as pending on both sides.
  auto incoming = ListTransfers(*env_, staff_b_, {.side = "incoming", .state = "pending"});
  ASSERT_TRUE(incoming.ok());
  ASSERT_EQ(incoming->size(), 1u);
  EXPECT_EQ((*incoming)[0].member_name, "Hoàng Văn Em");
  auto outgoing = ListTransfers(*env_, staff_a_, {.side = "outgoing", .state = "pending"});
  ASSERT_TRUE(outgoing.ok());
  EXPECT_EQ(outgoing->size(), 1u);

  // The sending side cannot confirm: refused and audited, nothing moves.
  auto by_sender = ConfirmTransfer(*env_, staff_a_, t->id, "");
  ASSERT_FALSE(by_sender.ok());
  EXPECT_EQ(by_sender.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Refusals("transfer.confirm"), 1);
  EXPECT_EQ(Text("SELECT state FROM member_transfer WHERE id = ?", {t->id}), "pending");
  // Nor confirm at once without rights on the receiving unit.
  const int64_t m2 = AddMember(a1_, "Vũ Văn Giang");
  in.confirm_now = true;
  auto now = CreateInternalTransfer(*env_, staff_a_, m2, in);
  ASSERT_FALSE(now.ok());
  EXPECT_EQ(now.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Refusals("transfer.internal_create"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_transfer WHERE member_id = ?", {m2}), 0);

  // The receiving side confirms: the member moves on the effective date.
  auto ok = ConfirmTransfer(*env_, staff_b_, t->id, "Đã nhận hồ sơ");
  ASSERT_TRUE(ok.ok()) << ok.error().detail;
  EXPECT_EQ(ok->state, "confirmed");
  EXPECT_EQ(OrgOf(m), b1_.id);
  EXPECT_EQ(Text("SELECT org_path FROM member WHERE id = ?", {m}), b1_.path);
  EXPECT_EQ(StockOn(a_, "2026-08-31"), 2);  // with m2
  EXPECT_EQ(StockOn(a_, "2026-09-01"), 1);
  EXPECT_EQ(StockOn(b_, "2026-09-01"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = "
                  "'transferred_internal' AND org_id = ?",
                  {m, b1_.id}),
            1);
  auto again = ConfirmTransfer(*env_, staff_b_, t->id, "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "transfer_state");

  // Voiding the transfer puts the member back.
  auto v = VoidMemberEvent(*env_, staff_b_, m, *ok->event_id, "Sai chi bộ nhận");
  ASSERT_TRUE(v.ok()) << v.error().detail;
  EXPECT_EQ(OrgOf(m), a1_.id);
  EXPECT_EQ(StockOn(b_, "2026-09-01"), 0);
  EXPECT_EQ(Text("SELECT org_path FROM member WHERE id = ?", {m}), a1_.path);

  // Within the actor's own subtree it can be confirmed at once.
  in.to_org_id = a2_.id;
  auto inside = CreateInternalTransfer(*env_, staff_a_, m2, in);
  ASSERT_TRUE(inside.ok()) << inside.error().detail;
  EXPECT_EQ(inside->state, "confirmed");
  EXPECT_EQ(OrgOf(m2), a2_.id);
}

TEST_F(TransfersTest, PendingTransfersAreCancelledByEitherSideAndBlockOtherChanges) {
  const int64_t m = AddMember(a1_, "Đỗ Văn Hải");
  auto t = CreateInternalTransfer(*env_, staff_a_, m, {b1_.id, On("2026-10-01"), {}, "", false});
  ASSERT_TRUE(t.ok()) << t.error().detail;
  auto out = TransferOut(*env_, staff_a_, m, {On("2026-10-05"), "Tỉnh khác", {}, ""});
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, "transfer_open");
  auto removed =
      RemoveMember(*env_, staff_a_, m, {{On("2026-10-05", "5-QĐ/ĐUS"), ""}, "returned_card", ""});
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().code, "transfer_open");
  auto no_reason = CancelTransfer(*env_, staff_b_, t->id, " ");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().fields[0].field, "reason");
  auto c = CancelTransfer(*env_, staff_b_, t->id, "Chi bộ nhận không tiếp nhận");
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(c->state, "cancelled");
  EXPECT_EQ(OrgOf(m), a1_.id);
  auto twice = CancelTransfer(*env_, staff_a_, t->id, "Lần nữa");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "transfer_state");
  // Someone with rights on neither side is refused and audited.
  const Actor other = ActorFor(MakeUser("tochuc.khac", a2_.id, {"org_staff"}), "");
  auto t2 = CreateInternalTransfer(*env_, staff_a_, m, {b1_.id, On("2026-10-02"), {}, "", false});
  ASSERT_TRUE(t2.ok());
  auto refused = CancelTransfer(*env_, other, t2->id, "Không phải việc của tôi");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kNotFound);  // neither side: as if missing
  EXPECT_EQ(Refusals("transfer.cancel"), 1);
}

TEST_F(TransfersTest, ScopeAndRoleRefusalsAreAuditedAndWriteNothing) {
  const int64_t m = AddMember(a1_, "Ngô Văn Khoa");
  auto r = TransferOut(*env_, staff_b_, m, {On("2026-03-01"), "Tỉnh khác", {}, ""});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND action = "
                  "'member.transfer_out' AND entity = 'member' AND entity_id = ? AND org_id = ?",
                  {std::to_string(m), a1_.id}),
            1);
  // A secretary has the unit in scope but not the role.
  auto s = TransferOut(*env_, secretary_a1_, m, {On("2026-03-01"), "Tỉnh khác", {}, ""});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::kForbidden);
  EXPECT_EQ(Refusals("member.transfer_out"), 2);
  EXPECT_EQ(StatusOf(m), "official");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_transfer"), 0);
  // Reads outside the scope answer "not found".
  auto list = ListTransfers(*env_, staff_b_, {.org_id = a_.id});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().kind, ErrorKind::kNotFound);
}

TEST_F(TransfersTest, TemporaryDurationsAtTheRuleEdges) {
  const int64_t m = AddMember(a1_, "Lý Văn Long");
  auto temp = [&](const char* purpose, const char* from, const char* until) {
    TemporaryTransferInput in;
    in.purpose = purpose;
    in.decision = On(from);
    in.until_on = until;
    in.external_unit = "Đảng bộ Trường Chính trị tỉnh";
    return CreateTemporaryTransfer(*env_, staff_a_, m, in);
  };
  auto cancel_last = [&](const Result<Transfer>& t) {
    ASSERT_TRUE(t.ok()) << t.error().detail;
    ASSERT_TRUE(VoidMemberEvent(*env_, staff_a_, m, *t->event_id, "Thử").ok());
  };
  auto expect_refused = [&](const Result<Transfer>& t) {
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, "temporary_duration");
  };
  // Work: at least 3 months, fewer than 12.
  cancel_last(temp("work", "2026-01-10", "2026-04-10"));
  expect_refused(temp("work", "2026-01-10", "2026-04-09"));
  cancel_last(temp("work", "2026-01-10", "2027-01-09"));
  expect_refused(temp("work", "2026-01-10", "2027-01-10"));
  // Study: up to 24 months, not a day more.
  cancel_last(temp("study", "2025-06-01", "2027-06-01"));
  expect_refused(temp("study", "2025-06-01", "2027-06-02"));
  expect_refused(temp("study", "2025-06-01", "2025-08-31"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_transfer WHERE state <> 'voided'"), 0);
  // Malformed input is a field error before any rule.
  auto bad = temp("holiday", "2026-01-10", "2026-01-01");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kInvalid);
  EXPECT_EQ(bad.error().fields.size(), 2u);
}

TEST_F(TransfersTest, TemporaryStayInsideIsHostedNotCountedAndReturns) {
  const int64_t m = AddMember(a1_, "Mai Văn Minh");
  TemporaryTransferInput in;
  in.purpose = "work";
  in.decision = On("2026-06-01");
  in.until_on = "2026-11-20";  // already past on 21/11/2026
  in.to_org_id = b1_.id;
  auto t = CreateTemporaryTransfer(*env_, staff_a_, m, in);
  ASSERT_TRUE(t.ok()) << t.error().detail;
  EXPECT_EQ(t->state, "pending");
  auto hosted_before = ListHostedTemporary(*env_, staff_b_, b_.id);
  ASSERT_TRUE(hosted_before.ok());
  EXPECT_TRUE(hosted_before->empty());
  auto c = ConfirmTransfer(*env_, staff_b_, t->id, "");
  ASSERT_TRUE(c.ok()) << c.error().detail;
  EXPECT_EQ(c->state, "confirmed");
  EXPECT_TRUE(c->expired);
  // Counted at home, listed by the host with its end date.
  EXPECT_EQ(OrgOf(m), a1_.id);
  EXPECT_EQ(StatusOf(m), "official");
  EXPECT_EQ(StockOn(b_, "2026-07-01"), 0);
  EXPECT_EQ(StockOn(a_, "2026-07-01"), 1);
  auto hosted = ListHostedTemporary(*env_, staff_b_, b_.id);
  ASSERT_TRUE(hosted.ok());
  ASSERT_EQ(hosted->size(), 1u);
  EXPECT_EQ((*hosted)[0].until_on, "2026-11-20");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM member_event WHERE member_id = ? AND kind = "
                  "'temporary_out' AND org_id = ?",
                  {m, a1_.id}),
            1);
  // While away, no other transfer.
  auto other = CreateInternalTransfer(*env_, staff_a_, m, {a2_.id, On("2026-10-01"), {}, "", true});
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, "transfer_open");

  auto early = ReturnFromTemporary(*env_, staff_b_, t->id, "2026-05-01", "");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().fields[0].field, "returned_on");
  auto back = ReturnFromTemporary(*env_, staff_b_, t->id, "2026-11-15", "Hết thời hạn");
  ASSERT_TRUE(back.ok()) << back.error().detail;
  EXPECT_EQ(back->state, "returned");
  EXPECT_EQ(Events(m, "temporary_returned"), 1);
  EXPECT_TRUE(ListHostedTemporary(*env_, staff_b_, b_.id)->empty());
  // Voiding the return makes the stay open again.
  ASSERT_TRUE(VoidMemberEvent(*env_, staff_a_, m, *back->return_event_id, "Chưa về").ok());
  EXPECT_EQ(Text("SELECT state FROM member_transfer WHERE id = ?", {t->id}), "confirmed");
  EXPECT_EQ(ListHostedTemporary(*env_, staff_b_, b_.id)->size(), 1u);
}

TEST_F(TransfersTest, RouteAccessSeesATransferFromEitherSideOnly) {
  const int64_t m = AddMember(a1_, "Hà Văn Tuyến");
  auto t = CreateInternalTransfer(*env_, staff_a_, m, {b1_.id, On("2026-10-02"), {}, "", false});
  ASSERT_TRUE(t.ok());
  const auto check = [&](const Actor& who, Target target, int64_t id) {
    return CheckRouteAccess(*env_, who, Action::kLifecycleWrite, target, id, nullptr);
  };
  EXPECT_TRUE(check(staff_a_, Target::kTransfer, t->id).ok());
  EXPECT_TRUE(check(staff_b_, Target::kTransfer, t->id).ok());
  // Neither side in scope: exactly the answer for a missing id.
  const Actor other = ActorFor(MakeUser("tochuc.a2", a2_.id, {"org_staff"}), "");
  const Status out = check(other, Target::kTransfer, t->id);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().kind, ErrorKind::kNotFound);
  const Status missing = check(other, Target::kTransfer, 999999);
  EXPECT_EQ(out.error().detail,
            "Không tìm thấy việc chuyển sinh hoạt có mã " + std::to_string(t->id) + ".");
  EXPECT_EQ(missing.error().detail, "Không tìm thấy việc chuyển sinh hoạt có mã 999999.");
  EXPECT_EQ(check(other, Target::kMember, m).error().kind, ErrorKind::kNotFound);
  // The role is checked first: the same refusal for an id inside, outside or missing.
  for (int64_t id : {m, int64_t{999999}}) {
    EXPECT_EQ(check(secretary_a1_, Target::kMember, id).error().kind, ErrorKind::kForbidden);
  }
}

}  // namespace
}  // namespace dangbo::service
