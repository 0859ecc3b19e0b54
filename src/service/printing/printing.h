// Printable documents of a member's life, drafted from what the product holds: the member's
// sheet (phiếu đảng viên, mẫu 2-HSĐV), the letter of introduction of a transfer (giấy giới
// thiệu sinh hoạt đảng), and the decisions of admission and of recognition as official
// member — each a Word file in the party's layout (header, place and date, signature block).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "base/result.h"
#include "service/core/access.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

// One printable form: its code (the last part of its route), what it prints, the record its
// id names, and the writer. The writer checks access like a read of that record: outside the
// actor's scope the answer is the record's "not found".
struct PrintForm {
  const char* code;       // "phieu-dang-vien"
  const char* label;      // "Phiếu đảng viên (mẫu 2-HSĐV)"
  const char* file_stem;  // "phieu-dang-vien" → "phieu-dang-vien-<id>.docx"
  Target target;          // kMember, kTransfer or kCandidate
  Result<std::string> (*docx)(const Env& env, const Actor& actor, int64_t id);
};
std::span<const PrintForm> PrintForms();
const PrintForm* FindPrintForm(std::string_view code);

Result<std::string> MemberSheetDocx(const Env& env, const Actor& actor, int64_t member_id);
// Out, internal and temporary transfers (the sending side's letter); refused for a transfer
// in from outside the tree, whose letter came with the member.
Result<std::string> TransferLetterDocx(const Env& env, const Actor& actor, int64_t transfer_id);
// From the branch's vote on: the draft decision of the committee that admits (for a chi bộ
// trực thuộc its đảng ủy cơ sở, for a chi bộ cơ sở the committee above it).
Result<std::string> AdmissionDecisionDocx(const Env& env, const Actor& actor, int64_t candidate_id);
// For a probationary member (a draft), or an official one recognised in the product.
Result<std::string> RecognitionDecisionDocx(const Env& env, const Actor& actor, int64_t member_id);

}  // namespace dangbo::service
