#include "core/notify/TextEscaping.h"

namespace tfdrift::notify {

namespace {
constexpr QChar kZeroWidthSpace(0x200B);
} // namespace

QString escapeSlackMrkdwn(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar character = text.at(index);
        // Slack only reads *, _, ~ and ` as formatting at a word's edge; inside a word
        // (aws_security_group) they are text, and stay untouched so names can be copied.
        const bool insideWord = index > 0 && index + 1 < text.size() && text.at(index - 1).isLetterOrNumber()
            && text.at(index + 1).isLetterOrNumber();
        switch (character.unicode()) {
        case '&': escaped += QLatin1String("&amp;"); break;
        case '<': escaped += QLatin1String("&lt;"); break;
        case '>': escaped += QLatin1String("&gt;"); break;
        case '*':
        case '_':
        case '~':
        case '`':
            escaped += character;
            if (!insideWord)
                escaped += kZeroWidthSpace;
            break;
        default: escaped += character;
        }
    }
    return escaped;
}

QString escapeDiscordMarkdown(const QString &text)
{
    static const QString formatting = QStringLiteral("\\*_~`|>#[]()-");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar character : text) {
        if (formatting.contains(character))
            escaped += QLatin1Char('\\');
        escaped += character;
        if (character == QLatin1Char('@'))
            escaped += kZeroWidthSpace;
    }
    return escaped;
}

QString truncated(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype keep = std::max<qsizetype>(0, limit - 1);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never split a character outside the Basic Multilingual Plane
    return text.left(keep) + QChar(0x2026);
}

} // namespace tfdrift::notify
