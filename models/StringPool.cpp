#include "models/StringPool.h"

namespace tfdrift {

void StringPool::intern(QString &text)
{
    if (text.isEmpty())
        return;
    const auto found = m_strings.constFind(text);
    if (found != m_strings.cend()) {
        text = *found;
        return;
    }
    if (m_strings.size() < m_limit) {
        text = QString(text.constData(), text.size()); // a buffer of its own, exactly the size
        m_strings.insert(text);
    }
}

} // namespace tfdrift
