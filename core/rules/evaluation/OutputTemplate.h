#pragma once

#include "core/rules/evaluation/FieldSlots.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tfdrift::rules {

// A rule's `output` compiled for formatting: literal text and field tokens (%field, %field[arg],
// %NNfield padded to NN characters, %transformer(field)). A missing value prints <NA>, as in Falco.
class OutputTemplate
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::rules::OutputTemplate)

public:
    struct Token {
        QString literal; // text before the field
        int slot = -1;   // -1 for trailing text only
        int width = 0;
    };

    // nullopt, with *error set, when a token names no field the evaluator can extract.
    static std::optional<OutputTemplate> compile(const QString &format, FieldSlots &slots, QString *error);

    QString format(EventFieldCache &cache) const;
    // The fields the output names, each once, in order of first use: the alert's output_fields.
    const std::vector<int> &fieldSlots() const { return m_fieldSlots; }

    // How Falco prints a value in output text: one value as is, several as (a,b), none as <NA>.
    static QString valueText(const FieldValue &value);

private:
    std::vector<Token> m_tokens;
    std::vector<int> m_fieldSlots;
};

} // namespace tfdrift::rules
