#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace tfdrift::notify {

// Hides secrets in any text on its way out: log lines, errors from services, CLI output, test
// results. A service's error can echo what it was sent, and Qt's network errors name the whole
// URL, so every outgoing text passes through here rather than trusting each message to be careful.
class SecretMasker
{
public:
    static constexpr QLatin1StringView kMask{"***"};

    // Values shorter than this are not masked: hiding "1" in every number helps no one, and a
    // credential that short is no credential.
    static constexpr qsizetype kMinimumSecretLength = 4;

    void addSecret(const QString &value);
    // A URL whose path and query are the secret (Slack, Discord, Teams webhooks): the URL itself,
    // its path and query, in every spelling Qt or a service may print them.
    void addSecretUrl(const QString &url);

    QString mask(const QString &text) const;

    // "https://hooks.slack.com/***": enough to tell which service a channel talks to.
    static QString maskedUrl(const QString &url);

private:
    QStringList m_secrets; // longest first, so that a secret containing another is hidden whole
};

} // namespace tfdrift::notify
