#include "core/notify/SecretMasker.h"

#include <algorithm>

namespace tfdrift::notify {

void SecretMasker::addSecret(const QString &value)
{
    if (value.size() < kMinimumSecretLength || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    // Services and Qt may print the value percent-encoded, as in a query string.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value && !m_secrets.contains(encoded))
        m_secrets.append(encoded);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretMasker::addSecretUrl(const QString &url)
{
    addSecret(url);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return;
    addSecret(parsed.toString(QUrl::FullyEncoded));
    addSecret(parsed.toString(QUrl::PrettyDecoded));
    // The path alone is what Slack and Discord treat as the credential ("/services/T0/B0/XXXX").
    const QString path = parsed.path(QUrl::FullyEncoded);
    if (path.size() > 1)
        addSecret(path);
    if (parsed.hasQuery())
        addSecret(parsed.query(QUrl::FullyEncoded));
}

QString SecretMasker::mask(const QString &text) const
{
    QString masked = text;
    for (const QString &secret : m_secrets)
        masked.replace(secret, kMask);
    return masked;
}

QString SecretMasker::maskedUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QString(kMask);
    QString shown = parsed.scheme() + QLatin1String("://") + parsed.host();
    if (parsed.port() != -1)
        shown += QLatin1Char(':') + QString::number(parsed.port());
    const bool hasMore = parsed.path().size() > 1 || parsed.hasQuery() || !parsed.userInfo().isEmpty();
    return hasMore ? shown + QLatin1Char('/') + kMask : shown;
}

} // namespace tfdrift::notify
