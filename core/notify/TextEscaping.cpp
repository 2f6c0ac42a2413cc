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

QString escapeTeamsText(const QString &text)
{
    static const QString alwaysEscaped = QStringLiteral("\\*~`[]&");
    static const QString lineStartMarkers = QStringLiteral("-+#=|");
    QString escaped;
    escaped.reserve(text.size() + 8);
    // An ordered-list marker ("1." or "1)") opening the text: its punctuation gets the backslash.
    qsizetype leadingDigits = 0;
    while (leadingDigits < text.size() && text.at(leadingDigits).isDigit())
        ++leadingDigits;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar character = text.at(index);
        const auto isWordCharacter
            = [&text](qsizetype at) { return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber(); };
        if (character.category() == QChar::Other_Control || character.category() == QChar::Separator_Line
            || character.category() == QChar::Separator_Paragraph) {
            escaped += QLatin1Char(' ');
        } else if (character == QLatin1Char('<')) {
            escaped += QChar(0xFF1C);
        } else if (character == QLatin1Char('>')) {
            escaped += QChar(0xFF1E);
        } else if (alwaysEscaped.contains(character)
                   || (character == QLatin1Char('_')
                       && !(isWordCharacter(index - 1) && isWordCharacter(index + 1)))
                   || (index == 0 && lineStartMarkers.contains(character))
                   || (index == leadingDigits && index > 0
                       && (character == QLatin1Char('.') || character == QLatin1Char(')')))) {
            escaped += QLatin1Char('\\');
            escaped += character;
        } else {
            escaped += character;
        }
        const bool opensFunction = character == QLatin1Char('{') && index + 1 < text.size()
            && text.at(index + 1) == QLatin1Char('{');
        const bool opensUrl = character == QLatin1Char(':') && text.mid(index + 1, 2) == QLatin1String("//");
        if (opensFunction || opensUrl)
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
