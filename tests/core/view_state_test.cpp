#include "core/view_state.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace factlens;

TEST(ViewState, ViewNamesRoundTrip) {
    EXPECT_EQ(view_name(View::Sources), "sources");
    EXPECT_EQ(view_from_name("compare"), View::Compare);
    EXPECT_EQ(view_title(View::Findings), "Findings");
    EXPECT_EQ(view_from_name("sources"), View::Sources);
    EXPECT_FALSE(view_from_name("nope").has_value());
}

TEST(ViewState, StateJsonCarriesViewSelectionAndCounts) {
    Corpus corpus;
    corpus.id = "c";
    corpus.sources.resize(2);
    corpus.sources[0].id = "a";
    corpus.sources[1].id = "b";
    ViewState state;
    state.selection.source = "b";
    AppStatus status;
    status.frames_drawn = 7;
    const auto j = nlohmann::json::parse(state_json(state, corpus, status));
    EXPECT_EQ(j["view"], "sources");
    EXPECT_EQ(j["selection"]["source"], "b");
    EXPECT_EQ(j["counts"]["sources"], 2);
    EXPECT_EQ(j["counts"]["claims"], 0);
    EXPECT_EQ(j["frames"], 7);
    EXPECT_TRUE(j["error"].is_null());
    EXPECT_EQ(j["fragment"], "source=b");
    EXPECT_TRUE(j["dialog"].is_null());
}

TEST(ViewState, EmptySelectionIsNull) {
    const auto j = nlohmann::json::parse(state_json(ViewState{}, Corpus{}, AppStatus{}));
    EXPECT_TRUE(j["selection"]["source"].is_null());
}
