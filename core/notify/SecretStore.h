#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace tfdrift::notify {

// Where `keychain:NAME` secrets live. Reading is asynchronous: the OS secret store may ask the
// user to unlock it.
class SecretStore
{
public:
    // value on success; otherwise an empty value and a message that names the entry, never a value.
    using ReadCallback = std::function<void(const QString &value, const QString &error)>;

    virtual ~SecretStore() = default;
    // The callback runs later on the caller's thread, never from inside read().
    virtual void read(const QString &name, QObject *context, ReadCallback callback) = 0;
};

// The OS secret store through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Entries belong to the service "tfdrift-console", so
// `secret-tool store --label=... service tfdrift-console username NAME` creates one, as does
// `tfdrift notify secret set NAME`. There is no insecure fallback: a secret store that is not
// there is an error, never a plain file.
class KeychainSecretStore : public SecretStore
{
public:
    static QString serviceName();

    void read(const QString &name, QObject *context, ReadCallback callback) override;

    // Stores (or replaces) an entry; the callback receives an error text, empty on success.
    static void write(const QString &name, const QString &value, QObject *context,
                      std::function<void(const QString &error)> callback);
};

} // namespace tfdrift::notify
