#pragma once

#include "core/drift/DriftEvent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tfdrift {

struct DriftFilterResult;

// A filter over drift events in Falco's condition language (the rule toolkit's parser, filter dialect):
//   severity >= high and resource.type glob "aws_iam_*" and not user in (terraform-ci, atlantis)
// Compiled once; matches() then reads the event in place, builds no strings and may be called from
// several threads at once. Copies share the compiled form.
class DriftFilter
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftFilter)

public:
    // A filter that matches every event, as the empty text does.
    DriftFilter();

    // Empty or blank text compiles to a filter that matches everything.
    static DriftFilterResult compile(const QString &text);

    bool matches(const DriftEvent &event) const;
    bool matchesEverything() const;
    QString text() const;

    // Every field name, for completion.
    static QStringList fieldNames();

    // `value` as a double-quoted string literal of the filter language (rules::ConditionLexer): `"`
    // and `\` escaped, and \b \f \n \r \t so that the text stays on one line; every other character
    // stands for itself there. The literal always reads back as exactly `value`: no value can end the
    // string early and add operators of its own. Use it to build a filter from any value.
    static QString quotedValue(const QString &value);
    // `value` as written by hand: bare when it is one plain word (letters, digits and _ . - * : / @,
    // which a bare value keeps as they are), otherwise quotedValue(value). Either way it reads back as
    // exactly `value`.
    static QString quotedValueIfNeeded(const QString &value);

    struct Program;

private:
    explicit DriftFilter(std::shared_ptr<const Program> program);

    std::shared_ptr<const Program> m_program;
};

struct DriftFilterResult {
    std::optional<DriftFilter> filter; // set when the text compiled
    QString error;                     // why it did not, in words
    int errorColumn = -1;              // 0-based offset into the text of the fault; -1 when none

    bool ok() const { return filter.has_value(); }
};

} // namespace tfdrift
