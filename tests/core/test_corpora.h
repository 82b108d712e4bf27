// Corpora the core tests share, loaded once per test binary.
#pragma once

#include "core/model.h"

namespace factlens::testing {

// The curated default story from assets/ (every test that uses it fails if it does not load).
const Corpus& default_story();

}  // namespace factlens::testing
