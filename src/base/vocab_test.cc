// Tests of the generic vocabulary lookups (base/vocab.h) on a small table.
#include "base/vocab.h"

#include <gtest/gtest.h>

#include <array>

namespace dangbo::vocabtest {

enum class Fruit { kApple, kPear, kPlum };
constexpr uint32_t kSweet = 1;

constexpr std::array<vocab::Entry<Fruit>, 3> kFruits = {{
    {Fruit::kPear, "pear", "Lê", kSweet},
    {Fruit::kApple, "apple", "Táo"},
    {Fruit::kPlum, "plum", "Mận", kSweet},
}};
constexpr std::array<vocab::FlagName, 1> kFruitFlags = {{{kSweet, "sweet"}}};

constexpr std::span<const vocab::Entry<Fruit>> VocabOf(Fruit) { return kFruits; }
constexpr std::span<const vocab::FlagName> VocabFlagsOf(Fruit) { return kFruitFlags; }

static_assert(vocab::WellFormed<Fruit>(kFruits));
static_assert(vocab::Code(Fruit::kPlum) == "plum");
static_assert(vocab::Parse<Fruit>("apple") == Fruit::kApple);
static_assert(vocab::Flagged<Fruit>);

enum class Bad { kA, kB };
constexpr std::array<vocab::Entry<Bad>, 2> kDuplicateCode = {
    {{Bad::kA, "a", "A"}, {Bad::kB, "a", "B"}}};
constexpr std::array<vocab::Entry<Bad>, 2> kDuplicateValue = {
    {{Bad::kA, "a", "A"}, {Bad::kA, "b", "B"}}};
constexpr std::array<vocab::Entry<Bad>, 1> kUpperCase = {{{Bad::kA, "A", "A"}}};
constexpr std::array<vocab::Entry<Bad>, 1> kNoLabel = {{{Bad::kA, "a", ""}}};
static_assert(!vocab::WellFormed<Bad>(kDuplicateCode));
static_assert(!vocab::WellFormed<Bad>(kDuplicateValue));
static_assert(!vocab::WellFormed<Bad>(kUpperCase));
static_assert(!vocab::WellFormed<Bad>(kNoLabel));

TEST(Vocab, ParseCodeLabel) {
  EXPECT_EQ(vocab::Parse<Fruit>("pear"), Fruit::kPear);
  EXPECT_EQ(vocab::Parse<Fruit>("Pear"), std::nullopt);
  EXPECT_EQ(vocab::Parse<Fruit>(""), std::nullopt);
  EXPECT_EQ(vocab::Code(Fruit::kApple), "apple");
  EXPECT_EQ(vocab::Label(Fruit::kPlum), "Mận");
  EXPECT_TRUE(vocab::IsCode<Fruit>("plum"));
  EXPECT_FALSE(vocab::IsCode<Fruit>("fig"));
}

TEST(Vocab, LabelOfUnknownCodeIsTheCode) {
  EXPECT_EQ(vocab::LabelOf<Fruit>("apple"), "Táo");
  EXPECT_EQ(vocab::LabelOf<Fruit>("fig"), "fig");
}

TEST(Vocab, AllKeepsTheTableOrder) {
  EXPECT_EQ(vocab::All<Fruit>(), (std::vector<Fruit>{Fruit::kPear, Fruit::kApple, Fruit::kPlum}));
  EXPECT_EQ(vocab::Codes<Fruit>(), (std::vector<std::string_view>{"pear", "apple", "plum"}));
}

TEST(Vocab, Flags) {
  EXPECT_TRUE(vocab::HasFlag(Fruit::kPear, kSweet));
  EXPECT_FALSE(vocab::HasFlag(Fruit::kApple, kSweet));
  EXPECT_TRUE(vocab::CodeHasFlag<Fruit>("plum", kSweet));
  EXPECT_FALSE(vocab::CodeHasFlag<Fruit>("fig", kSweet));
  EXPECT_EQ(vocab::All<Fruit>(kSweet), (std::vector<Fruit>{Fruit::kPear, Fruit::kPlum}));
  EXPECT_EQ(vocab::Codes<Fruit>(kSweet), (std::vector<std::string_view>{"pear", "plum"}));
}

}  // namespace dangbo::vocabtest
