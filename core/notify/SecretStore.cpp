#include "core/notify/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::SecretStore)
};
// QtKeychain often says no more than "Unknown error" when no secret service runs in the session.
QString describeFailure(const QKeychain::Job *job)
{
    QString reason = job->errorString();
    switch (job->error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: reason = Text::tr("access denied (%1)").arg(reason); break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        reason = Text::tr(
                     "%1; is a secret service (GNOME Keyring, KWallet, macOS Keychain) running and unlocked "
                     "in this session? Without one, use ${ENV_VAR}")
                     .arg(reason);
        break;
    default: break;
    }
    return reason;
}
} // namespace

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("tfdrift-console");
}

void KeychainSecretStore::read(const QString &name, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, context, [name, callback](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            callback(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
            return;
        }
        const QString reason = finished->error() == QKeychain::EntryNotFound
            ? Text::tr("the OS secret store has no entry \"%1\" for %2").arg(name, serviceName())
            : Text::tr("the OS secret store could not read \"%1\": %2").arg(name, describeFailure(finished));
        callback(QString(), reason);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QString &value, QObject *context,
                                std::function<void(const QString &error)> callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, context, [name, callback](QKeychain::Job *finished) {
        callback(finished->error() == QKeychain::NoError
                     ? QString()
                     : Text::tr("the OS secret store could not store \"%1\": %2")
                           .arg(name, describeFailure(finished)));
    });
    job->start();
}

} // namespace tfdrift::notify
