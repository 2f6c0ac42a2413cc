#pragma once

#include "core/rules/ScalarSourceMap.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tfdrift::rules {

// Where a piece of text (a condition, an output) came from. Appends join pieces from several
// items, possibly in several files, so each piece keeps its own map back to the YAML scalar.
struct TextPiece {
    qsizetype start = 0; // offset of the piece in the joined text
    QString file;
    std::shared_ptr<const ScalarSourceMap> map;
};

// A text assembled from one or more YAML scalars, able to say where any of its characters came from.
struct LocatedText {
    QString text;
    std::vector<TextPiece> pieces;

    void replace(const QString &value, TextPiece piece);
    // Falco joins appended conditions with a single space.
    void append(const QString &value, TextPiece piece);
    bool isEmpty() const { return pieces.empty(); }
    // File and position of the character at `offset`.
    const TextPiece *pieceAt(qsizetype offset) const;
    SourcePosition position(qsizetype offset) const;
};

// Where an item was first defined.
struct ItemLocation {
    QString file;
    int line = 0;
    int column = 0;
};

struct RuleDefinition {
    QString name;
    ItemLocation location;
    QString source = QStringLiteral("syscall");
    QString priority; // Falco's canonical spelling: Emergency ... Debug
    bool enabled = true;
    QStringList tags;
    QString desc;
    LocatedText condition;
    LocatedText output;
    bool skipIfUnknownFilter = false;
};

struct MacroDefinition {
    QString name;
    ItemLocation location;
    LocatedText condition;
};

struct ListDefinition {
    QString name;
    ItemLocation location;
    QStringList items;
};

// What the CLI's `rules list` prints for each rule.
struct RuleSummary {
    QString name;
    QString source;
    QString priority;
    bool enabled = true;
    QStringList tags;
    QString file;
    int line = 0;
};

} // namespace tfdrift::rules
