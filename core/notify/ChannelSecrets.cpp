#include "core/notify/ChannelSecrets.h"

#include "core/notify/SecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <memory>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::ChannelSecrets)
};

enum class SecretSlot { Url, ApiKey, RoutingKey, Header };

struct PendingResolution {
    ChannelSecrets secrets;
    QStringList errors;
    int outstanding = 0;
    ChannelSecretsCallback callback;

    void store(SecretSlot slot, int headerIndex, const QString &value)
    {
        switch (slot) {
        case SecretSlot::Url:
            secrets.url = value;
            secrets.masker.addSecretUrl(value);
            return;
        case SecretSlot::ApiKey: secrets.apiKey = value; break;
        case SecretSlot::RoutingKey: secrets.routingKey = value; break;
        case SecretSlot::Header: secrets.headers[headerIndex].second = value; break;
        }
        secrets.masker.addSecret(value);
    }

    void finishOne()
    {
        if (--outstanding == 0)
            callback(secrets, errors.join(QLatin1String("; ")));
    }
};
} // namespace

void resolveChannelSecrets(const ChannelConfig &channel, SecretStore *store, QObject *context,
                           ChannelSecretsCallback callback)
{
    auto pending = std::make_shared<PendingResolution>();
    pending->callback = std::move(callback);
    for (const NotificationHeader &header : channel.headers)
        pending->secrets.headers.append({header.name, QString()});

    QList<std::tuple<SecretSlot, int, SecretReference>> references = {
        {SecretSlot::Url, 0, channel.url},
        {SecretSlot::ApiKey, 0, channel.apiKey},
        {SecretSlot::RoutingKey, 0, channel.routingKey},
    };
    for (int i = 0; i < channel.headers.size(); ++i)
        references.append({SecretSlot::Header, i, channel.headers[i].value});

    // One extra count keeps the callback from running before every read has been started.
    pending->outstanding = 1;
    for (const auto &[slot, index, reference] : references) {
        switch (reference.source) {
        case SecretReference::Source::None: break;
        case SecretReference::Source::Plain:
        case SecretReference::Source::Environment: pending->store(slot, index, reference.value); break;
        case SecretReference::Source::Keychain:
            if (!store) {
                pending->errors.append(Text::tr("%1: no OS secret store is available").arg(reference.key));
                break;
            }
            ++pending->outstanding;
            store->read(
                reference.keychainName, context,
                [pending, slot, index, key = reference.key](const QString &value, const QString &error) {
                    if (error.isEmpty())
                        pending->store(slot, index, value);
                    else
                        pending->errors.append(QStringLiteral("%1: %2").arg(key, error));
                    pending->finishOne();
                });
            break;
        }
    }
    // Always answer later, as the keychain does, so callers see one behaviour.
    QMetaObject::invokeMethod(
        context, [pending] { pending->finishOne(); }, Qt::QueuedConnection);
}

} // namespace tfdrift::notify
