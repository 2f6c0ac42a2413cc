#include "support/TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace tfdrift::test {

bool TestCertificates::run(const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30'000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2 %3")
                     .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(),
                          QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::generate(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QFile extensions(path(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *error = extensions.errorString();
        return false;
    }
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    QFile clientExtensions(path(QStringLiteral("client.ext")));
    if (!clientExtensions.open(QIODevice::WriteOnly)) {
        *error = clientExtensions.errorString();
        return false;
    }
    clientExtensions.write("extendedKeyUsage=clientAuth\n");
    clientExtensions.close();

    const auto S = [](const char *text) { return QString::fromLatin1(text); };
    for (const char *ca : {"ca", "other-ca"}) {
        const QString name = S(ca);
        if (!run({S("req"), S("-x509"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-days"), S("2"),
                  S("-subj"), S("/CN=TFDrift Test ") + name, S("-keyout"), name + S(".key"), S("-out"),
                  name + S(".crt")},
                 error))
            return false;
    }
    struct Leaf {
        const char *name;
        const char *subject;
        const char *ca;
        const char *extensions;
    };
    for (const Leaf &leaf : {Leaf{"server", "/CN=localhost", "ca", "server"},
                             Leaf{"client", "/CN=tfdrift-console", "ca", "client"},
                             Leaf{"stranger", "/CN=stranger", "other-ca", "client"}}) {
        const QString name = S(leaf.name);
        const QString ca = S(leaf.ca);
        if (!run({S("req"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-subj"), S(leaf.subject),
                  S("-keyout"), name + S(".key"), S("-out"), name + S(".csr")},
                 error)
            || !run({S("x509"), S("-req"), S("-in"), name + S(".csr"), S("-CA"), ca + S(".crt"), S("-CAkey"),
                     ca + S(".key"), S("-CAcreateserial"), S("-days"), S("2"), S("-extfile"),
                     S(leaf.extensions) + S(".ext"), S("-out"), name + S(".crt")},
                    error))
            return false;
    }
    return true;
}

} // namespace tfdrift::test
