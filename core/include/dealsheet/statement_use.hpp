// Dealsheet core — a statement put to use: its numbers as a scenario's inputs, and its earnings split.
//
// A summarized statement (statement.hpp) says what the user's streams really paid per store and how fast they
// fade; these pure functions turn that into the scenario's per-platform streams, payouts and decay ("use my
// numbers"), and share the statement's real earnings among the scenario's distributor collaborators ("split
// it"), as CSV, Markdown and chat text. Only derived numbers go into a scenario, never a row of the file.
//
// Index of this file
// [SECTION] Terms and result: what a statement gives a scenario
// [SECTION] Engine: inputs, applying them, splitting the earnings
// [SECTION] Text: the split as CSV, Markdown and chat
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dealsheet/distributor.hpp"
#include "dealsheet/money.hpp"
#include "dealsheet/result.hpp"
#include "dealsheet/scenario.hpp"
#include "dealsheet/statement.hpp"
#include "dealsheet/streaming.hpp"

namespace dealsheet {

// [SECTION] Terms and result: what a statement gives a scenario

// One platform the scenario models, as the statement's stream rows show it.
struct StatementPlatformInput {
    Platform platform = Platform::spotify;
    std::vector<std::string> stores;  // the statement's store names counted here ("Spotify", "Amazon Prime")
    std::int64_t streams = 0;         // the quantity of those stores' stream rows
    Micros payout_per_1000 = 0;       // their stream earnings per 1,000 streams, rounded half away from zero
};

// A store with stream rows that no scenario platform stands for, or whose rate cannot be a payout.
struct StatementStoreLeftOut {
    std::string store;
    std::int64_t streams = 0;
    std::string reason;  // "no platform in the scenario models it"
};

// What a statement says of a scenario's streaming inputs: derived numbers only.
struct StatementInputs {
    std::string currency;                           // the statement's currency ("USD")
    std::vector<StatementPlatformInput> platforms;  // in Platform order; each with streams > 0
    std::vector<StatementStoreLeftOut> left_out;    // stores with streams not used, by name
    std::optional<std::int64_t> decay_ppm;  // share lost each month (1 − fitted ratio); empty = no decay fitted
    int months = 0;                         // sale months from first to last (the curve's length)
};

// The statement's earnings shared among the scenario's collaborators.
struct StatementSplit {
    std::string currency;
    Micros earnings = 0;                   // the statement's total earnings, the amount split
    std::vector<std::string> names;        // each collaborator's name, in the scenario's order
    std::vector<std::int64_t> shares_ppm;  // each collaborator's share
    std::vector<Micros> recoup_first;      // each collaborator's recoup-first amount
    std::vector<Micros> amounts;           // each collaborator's payout (recouped + share)
    Micros recouped = 0;                   // repaid to recoup-first collaborators before the percentages
    Micros uploader = 0;                   // the uploader's remainder
    Micros recoup_balance = 0;             // recoup-first amounts still owed after this statement
};

// [SECTION] Engine: inputs, applying them, splitting the earnings

// The scenario inputs a statement's tally gives: per platform (Spotify, YouTube, Apple Music, Amazon Music,
// recognised from store names) the stream rows' streams and earnings per 1,000 streams, and the fitted monthly
// decay. Problems when the tally cannot be summarized.
Result<StatementInputs> statement_inputs(const StatementTally& tally);

// `base` with its streaming inputs replaced by the statement's: self-released, per stream, one entry per
// platform (a decay curve over the statement's months when a decay was fitted and keeps the statement's
// streams, else the total), its payout the statement's. Problems ("statement.currency", "statement.platforms")
// when the statement is not in US dollars (the scenario's money) or has no modelled stream rows, and every
// validation problem of the result.
Result<Scenario> apply_statement_inputs(const Scenario& base, const StatementInputs& inputs);

// The statement's total earnings split among `terms`' collaborators, recoup-first amounts first (in order or
// pro rata, as the terms say). The earnings are what the distributor already paid: no commission and no annual
// fee are taken from them again. Problems ("statement.earnings") for negative earnings, for recoup amounts
// (dollars) against a statement in another currency, and for invalid terms.
Result<StatementSplit> split_statement(const SplitTerms& terms, const StatementSummary& summary);

// [SECTION] Text: the split as CSV, Markdown and chat

// CSV (RFC 4180, CRLF): person, share %, recoup first, amount; the uploader last. Names go through csv_cell.
std::string statement_split_csv(const StatementSplit& split);
// A Markdown table of the same, headed by the amount split. Names go through escape_markdown.
std::string statement_split_markdown(const StatementSplit& split);
// One line per person for a chat message. Names go through escape_markdown.
std::string statement_split_chat(const StatementSplit& split);

}  // namespace dealsheet
