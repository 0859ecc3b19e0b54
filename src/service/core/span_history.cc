// Keeping the versions of span rows: the column lists of the two span tables as data.
#include "service/core/span_history.h"

namespace dangbo::service {

namespace {

struct SpanColumns {
  const char* table;
  const char* columns;  // every column but recorded_at
};
constexpr SpanColumns kSpanTables[] = {
    {"member_span", "member_id, valid_from, valid_to, org_id, status"},
    {"org_span", "org_id, valid_from, valid_to, parent_id, kind, name, path"},
};

}  // namespace

void RetireSpans(store::Transaction& tx, SpanTable t, const std::string& where,
                 const store::Params& params, const std::string& now) {
  const SpanColumns& c = kSpanTables[t == SpanTable::kMember ? 0 : 1];
  store::Params all{now};
  all.insert(all.end(), params.begin(), params.end());
  tx.Exec(std::string("INSERT INTO ") + c.table + "_retired (" + c.columns +
              ", recorded_at, retired_at) SELECT " + c.columns + ", recorded_at, ? FROM " +
              c.table + " WHERE " + where,
          all);
}

}  // namespace dangbo::service
