#include "core/config/EnvExpansion.h"

#include <QCoreApplication>

namespace tfdrift {

namespace {
std::optional<QString> processEnvironment(const QString &name)
{
    const QByteArray key = name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    return qEnvironmentVariable(key.constData());
}

bool isNameChar(QChar c, bool first)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && (c.isLetter() || (!first && c.isDigit())));
}
} // namespace

std::optional<QString> expandEnvironment(const QString &text, EnvExpansionError *error,
                                         const EnvLookup &lookup)
{
    const EnvLookup &resolve = lookup ? lookup : EnvLookup(processEnvironment);
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('$') || i + 1 >= text.size()) {
            result += c;
            continue;
        }
        const QChar next = text[i + 1];
        if (next == QLatin1Char('$')) {
            result += QLatin1Char('$');
            ++i;
            continue;
        }
        if (next != QLatin1Char('{')) {
            result += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
        const QString name = close < 0 ? QString() : text.mid(i + 2, close - i - 2);
        bool valid = !name.isEmpty();
        for (qsizetype k = 0; valid && k < name.size(); ++k)
            valid = isNameChar(name[k], k == 0);
        if (!valid) {
            if (error)
                *error = {int(i),
                          QCoreApplication::translate("tfdrift::EnvExpansion",
                                                      "malformed ${...}: expected ${NAME} with letters, "
                                                      "digits and underscores")};
            return std::nullopt;
        }
        const std::optional<QString> value = resolve(name);
        if (!value) {
            if (error)
                *error = {
                    int(i),
                    QCoreApplication::translate("tfdrift::EnvExpansion", "environment variable %1 is not set")
                        .arg(name)};
            return std::nullopt;
        }
        result += *value;
        i = close;
    }
    return result;
}

} // namespace tfdrift
