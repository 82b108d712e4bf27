// The factlens command line: one function per command, sharing how a corpus is found
// and loaded. Exit codes: 0 done, 1 invalid input, 2 bad command line.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace factlens::cli {

// Finds corpus.json given a file or a folder; empty (with a reason) when there is none.
std::string resolve_corpus_path(const std::string& arg, std::string& why);
// Loads a corpus, printing every problem to stderr; false when it is invalid.
bool load(const std::string& arg, Corpus& out);

int cmd_sources(const std::vector<std::string>& args);
int cmd_check(const std::vector<std::string>& args);
int cmd_extract(const std::vector<std::string>& args);  // cmd_articles.cpp
int cmd_build(const std::vector<std::string>& args);    // cmd_articles.cpp
int cmd_export(const std::vector<std::string>& args);   // cmd_articles.cpp

}  // namespace factlens::cli
