// Exporting a loaded corpus to formats other tools read (docs/exports.md):
//   ClaimReview    schema.org ClaimReview JSON-LD, one review per claim that sources state
//   WebAnnotation  W3C Web Annotation JSON-LD, one annotation per mention
//   TimelineJS     TimelineJS3 JSON, one slide per dated report, event and source
//   Csv            RFC 4180 CSV, one row per mention
// Every export is a pure function of the corpus (no clock, no I/O, no randomness), so the
// same corpus always gives the same bytes. Positions in the exports are Unicode code points
// (Quote::start/end are bytes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace factlens {

enum class ExportFormat { ClaimReview, WebAnnotation, TimelineJS, Csv };

// "claimreview", "webannotation", "timelinejs", "csv" (ASCII case ignored); nullopt otherwise.
std::optional<ExportFormat> export_format_from_name(std::string_view name);
// The name export_format_from_name reads: "claimreview", ...
std::string_view export_format_name(ExportFormat format);
// What a menu calls it: "ClaimReview (JSON-LD)", "Claims and mentions (CSV)".
std::string_view export_format_title(ExportFormat format);

// The file's full text: UTF-8, JSON with two-space indents and a final newline; CSV with
// CRLF line ends.
std::string export_corpus(const Corpus& corpus, ExportFormat format);

// "factlens-claimreview.jsonld", "factlens-annotations.jsonld", "factlens-timeline.json",
// "factlens-claims.csv".
std::string_view export_file_name(ExportFormat format);

// "application/ld+json" (ClaimReview, WebAnnotation), "application/json" (TimelineJS),
// "text/csv" (Csv).
std::string_view export_mime_type(ExportFormat format);

}  // namespace factlens
