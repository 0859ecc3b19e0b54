// CheckHealth: one statement on a read transaction, and the member index's state.
#include "service/core/health.h"

namespace dangbo::service {

Health CheckHealth(const Env& env) {
  {
    store::Transaction tx = env.db.BeginRead();
    tx.QueryRow("SELECT 1");
  }
  const char* index = env.index == nullptr ? "off" : env.index->Ready() ? "ready" : "loading";
  return {std::string(store::EngineName(env.db.engine())), index};
}

}  // namespace dangbo::service
