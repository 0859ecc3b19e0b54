// CheckHealth: the member index's state, and when asked one statement on a read transaction.
#include "service/core/health.h"

namespace dangbo::service {

Health CheckHealth(const Env& env, bool deep) {
  if (deep) {
    store::Transaction tx = env.db.BeginRead();
    tx.QueryRow("SELECT 1");
  }
  const char* index = env.index == nullptr ? "off" : env.index->Ready() ? "ready" : "loading";
  return {std::string(store::EngineName(env.db.engine())), index, deep};
}

}  // namespace dangbo::service
