#include "support/MarkingTranslator.h"

MarkingTranslator::MarkingTranslator(const char *context)
    : m_context(context)
{
}

QString MarkingTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    if (m_context != context)
        return {};
    return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
}
