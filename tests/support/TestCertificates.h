#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tfdrift::test {

// A throwaway PKI made with openssl at test time: a CA, a server certificate for
// localhost/127.0.0.1 and a client certificate, all signed by that CA.
class TestCertificates
{
public:
    // Returns false (and fills *error) when openssl is missing or fails.
    bool generate(QString *error);

    QString caCert() const { return path(QStringLiteral("ca.crt")); }
    QString serverCert() const { return path(QStringLiteral("server.crt")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString clientCert() const { return path(QStringLiteral("client.crt")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    // A second CA: a client trusting only it must not accept our server.
    QString otherCaCert() const { return path(QStringLiteral("other-ca.crt")); }
    // A client certificate signed by the second CA: our server must refuse it.
    QString strangerCert() const { return path(QStringLiteral("stranger.crt")); }
    QString strangerKey() const { return path(QStringLiteral("stranger.key")); }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool run(const QStringList &arguments, QString *error);

    QTemporaryDir m_dir;
};

} // namespace tfdrift::test
