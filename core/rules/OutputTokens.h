#pragma once

#include <QList>
#include <QString>

namespace tfdrift::rules {

// One `%...` of a rule's output: a field (%field, %field[arg], %NNfield padded to NN characters,
// %transformer(field)), or a malformed token with why.
struct OutputToken {
    qsizetype start = 0;  // of the '%'
    qsizetype end = 0;    // one past the token
    qsizetype offset = 0; // of the field name, or of the fault
    int width = 0;
    QString transformer; // set for %transformer(field)
    QString field;       // as written; empty for a malformed token
    bool hasArgument = false;
    QString argument;
    QString error; // why the token is malformed

    bool isValid() const { return error.isEmpty(); }
};

// The tokens of an output format, in order. Field names are taken whole ("%ct.user." ends in a dot);
// Falco ends a field at the longest name its source knows, which only the caller can tell.
QList<OutputToken> outputTokens(const QString &text);

} // namespace tfdrift::rules
