#include "core/rules/evaluation/OutputTemplate.h"

#include "core/rules/OutputTokens.h"

namespace tfdrift::rules {

QString OutputTemplate::valueText(const FieldValue &value)
{
    if (value.isMissing())
        return QStringLiteral("<NA>");
    if (value.count() == 1)
        return value.text();
    QStringList texts;
    for (qsizetype index = 0; index < value.count(); ++index)
        texts.append(value.text(index));
    return QLatin1Char('(') + texts.join(QLatin1Char(',')) + QLatin1Char(')');
}

std::optional<OutputTemplate> OutputTemplate::compile(const QString &format, FieldSlots &slots,
                                                      QString *error)
{
    // A leading '*' asks sysdig to print events with missing fields; Falco always prints them.
    const qsizetype begin = format.startsWith(QLatin1Char('*')) ? 1 : 0;
    const QString text = format.mid(begin);
    OutputTemplate result;
    qsizetype literalStart = 0;
    for (const OutputToken &token : outputTokens(text)) {
        if (!token.isValid()) {
            if (error)
                *error = token.error;
            return std::nullopt;
        }
        // Falco ends a field at the longest known name, so "%ct.user." may close a sentence.
        QString name = token.field;
        qsizetype end = token.end;
        while (!token.hasArgument && token.transformer.isEmpty() && name.endsWith(QLatin1Char('.'))
               && !slots.resolve(name)) {
            name.chop(1);
            --end;
        }
        const std::optional<ResolvedField> resolved = slots.resolve(name);
        const bool supported
            = token.transformer.isEmpty() || FieldSlots::isSupportedTransformer(token.transformer);
        if (!resolved || !supported) {
            if (error)
                *error = tr("invalid formatting token %1: the evaluator cannot extract it")
                             .arg(text.mid(token.start, token.end - token.start));
            return std::nullopt;
        }
        FieldOperand field;
        field.field = *resolved;
        field.argument = token.argument;
        field.text = token.hasArgument ? name + QLatin1Char('[') + token.argument + QLatin1Char(']') : name;
        int slot = slots.slotFor(field);
        if (!token.transformer.isEmpty()) {
            FieldOperand transformed;
            transformed.kind = FieldOperand::Kind::Transformer;
            transformed.transformer = token.transformer;
            transformed.arguments.push_back(slot);
            transformed.field.type
                = token.transformer == QLatin1String("len") ? FieldType::Number : FieldType::String;
            transformed.text = token.transformer + QLatin1Char('(') + field.text + QLatin1Char(')');
            slot = slots.slotFor(std::move(transformed));
        }
        result.m_tokens.push_back(
            Token{text.mid(literalStart, token.start - literalStart), slot, token.width});
        literalStart = end;
        if (std::find(result.m_fieldSlots.begin(), result.m_fieldSlots.end(), slot)
            == result.m_fieldSlots.end())
            result.m_fieldSlots.push_back(slot);
    }
    if (literalStart < text.size())
        result.m_tokens.push_back(Token{text.mid(literalStart), -1, 0});
    return result;
}

QString OutputTemplate::format(EventFieldCache &cache) const
{
    QString text;
    for (const Token &token : m_tokens) {
        text += token.literal;
        if (token.slot < 0)
            continue;
        const QString value = valueText(cache.value(token.slot));
        text += token.width > 0 ? value.leftJustified(token.width) : value;
    }
    return text;
}

} // namespace tfdrift::rules
