#include "core/rules/OutputTokens.h"

#include "core/rules/ConditionAst.h"

#include <QCoreApplication>

namespace tfdrift::rules {

namespace {

// The loader's context, where these messages were first translated.
QString tr(const char *text)
{
    return QCoreApplication::translate("tfdrift::rules::RulesLoader", text);
}

bool isFieldNameChar(QChar character)
{
    return character.isLetterOrNumber() || character == QLatin1Char('_') || character == QLatin1Char('.');
}

} // namespace

QList<OutputToken> outputTokens(const QString &text)
{
    QList<OutputToken> tokens;
    const qsizetype size = text.size();
    const auto fail = [&](qsizetype offset, const QString &message) {
        OutputToken token;
        token.offset = offset;
        token.error = message;
        tokens.append(token);
    };
    const auto field = [&](OutputToken token) { tokens.append(std::move(token)); };

    qsizetype index = 0;
    while ((index = text.indexOf(QLatin1Char('%'), index)) >= 0) {
        const qsizetype start = index;
        qsizetype cursor = index + 1;
        if (cursor >= size) {
            fail(start, tr("invalid formatting token %: a trailing '%' names no field"));
            break;
        }
        int width = 0;
        while (cursor < size && text[cursor].isDigit())
            width = width * 10 + text[cursor++].digitValue(); // %20proc.name pads the value
        if (cursor < size && text[cursor] == QLatin1Char('(')) {
            fail(start, tr("invalid formatting token %(: write %field, not %(field)"));
            index = cursor + 1;
            continue;
        }
        const qsizetype nameStart = cursor;
        while (cursor < size && isFieldNameChar(text[cursor]))
            ++cursor;
        const QString name = text.mid(nameStart, cursor - nameStart);
        if (name.isEmpty()) {
            fail(start, tr("invalid formatting token %1").arg(text.mid(start, 2)));
            index = cursor;
            continue;
        }
        if (cursor < size && text[cursor] == QLatin1Char('(') && conditionTransformerNames().contains(name)) {
            const qsizetype close = text.indexOf(QLatin1Char(')'), cursor);
            if (close < 0) {
                fail(start, tr("invalid formatting token %1: missing ')'").arg(text.mid(start)));
                break;
            }
            QString inner = text.mid(cursor + 1, close - cursor - 1).trimmed();
            QString argument;
            const qsizetype bracket = inner.indexOf(QLatin1Char('['));
            if (bracket >= 0 && inner.endsWith(QLatin1Char(']'))) {
                argument = inner.mid(bracket + 1, inner.size() - bracket - 2);
                inner.truncate(bracket);
            }
            field(OutputToken{start, close + 1, cursor + 1, width, name, inner, bracket >= 0, argument, {}});
            index = close + 1;
            continue;
        }
        bool hasArgument = false;
        QString argument;
        if (cursor < size && text[cursor] == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), cursor);
            if (close < 0) {
                fail(cursor, tr("invalid formatting token %1: missing ']'").arg(text.mid(start)));
                break;
            }
            hasArgument = true;
            argument = text.mid(cursor + 1, close - cursor - 1);
            cursor = close + 1;
        }
        field(OutputToken{start, cursor, nameStart, width, {}, name, hasArgument, argument, {}});
        index = cursor;
    }
    return tokens;
}

} // namespace tfdrift::rules
