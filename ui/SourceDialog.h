#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/ConnectionProbe.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace tfdrift {

namespace notify {
class SecretStore;
}

// Adds or edits one alert source (an EndpointConfig). Fields are enabled by transport, every
// change is checked at once with messages that say what to fix, and OK stays disabled while
// anything is wrong. "Test connection" probes the endpoint as entered without subscribing.
//
// The bearer token field takes a reference, ${ENV_VAR} or keychain:NAME, never the secret itself:
// endpoint() carries the resolved value, bearerTokenReference() what was typed. A keychain entry is
// read when OK is pressed, and the dialog closes only once it has been read.
//
// The dialog never switches TLS verification off: gRPC over TCP needs mutual TLS unless the
// endpoint being edited already came with `insecure: true` from config.yaml for that same address.
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SourceDialog(QWidget *parent = nullptr);
    ~SourceDialog() override;

    // Fills the fields from an endpoint being edited. Its bearer token is not shown; leaving the
    // token field empty keeps it.
    void setEndpoint(const EndpointConfig &endpoint);
    // The sources already there: their names are taken (except the one being edited), and a gRPC
    // address one of them already uses gets a warning about Falco's shared queue.
    void setExistingEndpoints(const QList<EndpointConfig> &endpoints);
    void setBearerTokenReference(const QString &reference);
    // Where keychain:NAME is read; the OS keychain unless a test gives another. Not owned.
    void setSecretStore(notify::SecretStore *store);
    void setProbeTimeoutMs(int timeoutMs);

    EndpointConfig endpoint() const;
    QString bearerTokenReference() const;
    // Every problem with the fields as they are; empty when OK is enabled.
    QStringList validationErrors() const;
    bool isValid() const { return validationErrors().isEmpty(); }
    // The text under "Test connection": the last result, or empty.
    QString testResultText() const;

    void accept() override;

Q_SIGNALS:
    void probeFinished(const tfdrift::ProbeResult &result);

private:
    QWidget *filePicker(QLineEdit *edit, const QString &buttonAccessibleName, const QString &caption,
                        const QString &filter);
    void updateFieldStates();
    void validate();
    void testConnection();
    void onProbeFinished(const ProbeResult &result);
    EndpointConfig::Transport transport() const;
    // Problems with where to connect, as opposed to name and environment.
    QStringList connectionErrors() const;
    bool keepsInsecure() const;

    EndpointConfig m_original;
    bool m_editing = false;
    QList<EndpointConfig> m_existing;
    QString m_resolvedKeychainToken;
    std::unique_ptr<notify::SecretStore> m_defaultSecretStore;
    notify::SecretStore *m_secretStore = nullptr;
    bool m_readingSecret = false;
    ConnectionProbe m_probe;

    QLineEdit *m_name = nullptr;
    QComboBox *m_transport = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_listenAddress = nullptr;
    QLineEdit *m_bearerToken = nullptr;
    QLineEdit *m_replayFile = nullptr;
    QLabel *m_sharedQueueNote = nullptr;
    QLabel *m_insecureNote = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tfdrift
