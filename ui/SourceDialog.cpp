#include "ui/SourceDialog.h"

#include "core/ingest/grpc/GrpcChannelFactory.h"
#include "core/ingest/http/HttpListenAddress.h"
#include "core/notify/SecretStore.h"
#include "models/SourceTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace tfdrift {

namespace {
const QStringList kEnvironments
    = {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")};

const QString kKeychainPrefix = QStringLiteral("keychain:");

// ${NAME} and nothing else: a token made of text around a variable would be half a secret.
QString environmentReference(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString keychainReference(const QString &text)
{
    return text.startsWith(kKeychainPrefix) ? text.mid(kKeychainPrefix.size()).trimmed() : QString();
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SourceDialog::SourceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Alert source"));
    qRegisterMetaType<ProbeResult>();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Source name"));
    m_name->setPlaceholderText(tr("e.g. prod-falco"));

    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("transportCombo"));
    m_transport->setAccessibleName(tr("Transport"));
    m_transport->addItem(tr("gRPC (Falco 0.43 and older)"), int(EndpointConfig::Transport::Grpc));
    m_transport->addItem(tr("HTTP listener (http_output, falcosidekick)"),
                         int(EndpointConfig::Transport::Http));
    m_transport->addItem(tr("Replay file"), int(EndpointConfig::Transport::Replay));

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setEditable(true);
    m_environment->addItem(QString());
    m_environment->addItems(kEnvironments);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("gRPC address"));
    m_address->setPlaceholderText(QStringLiteral("unix:///run/falco/falco.sock"));

    const QString pemFilter = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_certFile = new QLineEdit(this);
    m_certFile->setObjectName(QStringLiteral("certFileEdit"));
    m_certFile->setAccessibleName(tr("Certificate file"));
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    m_keyFile->setAccessibleName(tr("Private key file"));

    m_listenAddress = new QLineEdit(this);
    m_listenAddress->setObjectName(QStringLiteral("listenAddressEdit"));
    m_listenAddress->setAccessibleName(tr("HTTP listen address"));
    m_listenAddress->setPlaceholderText(defaultListenAddress());
    m_listenAddress->setText(defaultListenAddress());

    m_bearerToken = new QLineEdit(this);
    m_bearerToken->setObjectName(QStringLiteral("bearerTokenEdit"));
    m_bearerToken->setAccessibleName(tr("Bearer token reference"));
    m_bearerToken->setPlaceholderText(tr("${FALCO_TOKEN} or keychain:falco-token (optional)"));

    m_replayFile = new QLineEdit(this);
    m_replayFile->setObjectName(QStringLiteral("replayFileEdit"));
    m_replayFile->setAccessibleName(tr("Replay file"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("CA certificate:"),
                 filePicker(m_caFile, tr("Choose CA certificate file"), tr("CA certificate"), pemFilter));
    form->addRow(tr("Certificate:"),
                 filePicker(m_certFile, tr("Choose certificate file"), tr("Certificate"), pemFilter));
    form->addRow(tr("Private key:"),
                 filePicker(m_keyFile, tr("Choose private key file"), tr("Private key"), pemFilter));
    form->addRow(tr("&Listen on:"), m_listenAddress);
    form->addRow(tr("&Bearer token:"), m_bearerToken);
    form->addRow(tr("Replay file:"),
                 filePicker(m_replayFile, tr("Choose replay file"), tr("Replay file"),
                            tr("JSON lines (*.jsonl *.json *.log);;All files (*)")));

    m_sharedQueueNote = plainLabel(this);
    m_sharedQueueNote->setObjectName(QStringLiteral("sharedQueueNote"));
    m_insecureNote = plainLabel(this);
    m_insecureNote->setObjectName(QStringLiteral("insecureNote"));
    m_validation = plainLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setAccessibleName(tr("Problems"));
    QPalette errorPalette = m_validation->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_validation->setPalette(errorPalette);

    m_testButton = new QPushButton(tr("Test &connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testResult = plainLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sharedQueueNote);
    layout->addWidget(m_insecureNote);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &SourceDialog::testConnection);
    connect(&m_probe, &ConnectionProbe::finished, this, &SourceDialog::onProbeFinished);
    connect(m_transport, &QComboBox::currentIndexChanged, this, [this] {
        updateFieldStates();
        validate();
    });
    connect(m_environment, &QComboBox::currentTextChanged, this, &SourceDialog::validate);
    for (QLineEdit *edit :
         {m_name, m_address, m_caFile, m_certFile, m_keyFile, m_listenAddress, m_bearerToken, m_replayFile})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::validate);

    updateFieldStates();
    validate();
}

SourceDialog::~SourceDialog() = default;

QWidget *SourceDialog::filePicker(QLineEdit *edit, const QString &buttonAccessibleName,
                                  const QString &caption, const QString &filter)
{
    auto *container = new QWidget(this);
    auto *row = new QHBoxLayout(container);
    row->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(container);
    browse->setText(tr("Browse\u2026"));
    browse->setAccessibleName(buttonAccessibleName);
    browse->setObjectName(edit->objectName() + QStringLiteral("Browse"));
    row->addWidget(edit, 1);
    row->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, caption, filter] {
        const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).absolutePath();
        const QString chosen = QFileDialog::getOpenFileName(this, caption, start, filter);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    // Enabling the row enables the line edit and its button together.
    edit->setProperty("pickerRow", QVariant::fromValue(static_cast<QObject *>(container)));
    return container;
}

void SourceDialog::setEndpoint(const EndpointConfig &endpoint)
{
    m_original = endpoint;
    m_editing = true;
    m_name->setText(endpoint.name);
    m_transport->setCurrentIndex(m_transport->findData(int(endpoint.transport)));
    m_environment->setCurrentText(endpoint.environment);
    m_address->setText(endpoint.address);
    m_caFile->setText(endpoint.caFile);
    m_certFile->setText(endpoint.certFile);
    m_keyFile->setText(endpoint.keyFile);
    m_listenAddress->setText(endpoint.listenAddress);
    m_replayFile->setText(endpoint.replayFile);
    m_bearerToken->clear();
    if (!endpoint.bearerToken.isEmpty())
        m_bearerToken->setPlaceholderText(tr("Leave empty to keep the current token"));
    updateFieldStates();
    validate();
}

void SourceDialog::setExistingEndpoints(const QList<EndpointConfig> &endpoints)
{
    m_existing = endpoints;
    validate();
}

void SourceDialog::setBearerTokenReference(const QString &reference)
{
    m_bearerToken->setText(reference);
}

void SourceDialog::setSecretStore(notify::SecretStore *store)
{
    m_secretStore = store;
}

void SourceDialog::setProbeTimeoutMs(int timeoutMs)
{
    m_probe.setTimeoutMs(timeoutMs);
}

EndpointConfig::Transport SourceDialog::transport() const
{
    return EndpointConfig::Transport(m_transport->currentData().toInt());
}

bool SourceDialog::keepsInsecure() const
{
    // Only what config.yaml already said, and only for the address it said it for.
    return m_editing && m_original.insecure && m_original.transport == EndpointConfig::Transport::Grpc
        && m_address->text().trimmed() == m_original.address;
}

QString SourceDialog::bearerTokenReference() const
{
    return m_bearerToken->text().trimmed();
}

EndpointConfig SourceDialog::endpoint() const
{
    EndpointConfig endpoint = m_original;
    endpoint.name = m_name->text().trimmed();
    endpoint.transport = transport();
    endpoint.environment = m_environment->currentText().trimmed();
    endpoint.address = m_address->text().trimmed();
    endpoint.caFile = m_caFile->text().trimmed();
    endpoint.certFile = m_certFile->text().trimmed();
    endpoint.keyFile = m_keyFile->text().trimmed();
    endpoint.insecure = keepsInsecure();
    endpoint.listenAddress = m_listenAddress->text().trimmed();
    endpoint.replayFile = m_replayFile->text().trimmed();
    const QString reference = bearerTokenReference();
    if (const QString variable = environmentReference(reference); !variable.isEmpty())
        endpoint.bearerToken = qEnvironmentVariable(variable.toLocal8Bit().constData());
    else if (!keychainReference(reference).isEmpty())
        endpoint.bearerToken = m_resolvedKeychainToken;
    // Empty: an edited endpoint keeps its token, a new one has none.
    switch (endpoint.transport) {
    case EndpointConfig::Transport::Grpc:
        endpoint.bearerToken.clear();
        endpoint.replayFile.clear();
        break;
    case EndpointConfig::Transport::Http:
        endpoint.caFile.clear();
        endpoint.insecure = false;
        endpoint.replayFile.clear();
        break;
    case EndpointConfig::Transport::Replay:
        endpoint.caFile.clear();
        endpoint.certFile.clear();
        endpoint.keyFile.clear();
        endpoint.insecure = false;
        endpoint.bearerToken.clear();
        break;
    }
    return endpoint;
}

void SourceDialog::updateFieldStates()
{
    const EndpointConfig::Transport current = transport();
    const bool grpc = current == EndpointConfig::Transport::Grpc;
    const bool http = current == EndpointConfig::Transport::Http;
    const bool replay = current == EndpointConfig::Transport::Replay;
    auto enable = [](QLineEdit *edit, bool enabled) {
        if (auto *row = qobject_cast<QWidget *>(edit->property("pickerRow").value<QObject *>()))
            row->setEnabled(enabled);
        edit->setEnabled(enabled);
    };
    enable(m_address, grpc);
    enable(m_caFile, grpc);
    enable(m_certFile, grpc || http);
    enable(m_keyFile, grpc || http);
    enable(m_listenAddress, http);
    enable(m_bearerToken, http);
    enable(m_replayFile, replay);
}

QStringList SourceDialog::connectionErrors() const
{
    QStringList errors;
    auto checkFile = [&errors](const QString &path, const QString &what) {
        const QFileInfo info(path);
        if (!info.exists())
            errors << tr("The %1 file %2 does not exist.").arg(what, path);
        else if (!info.isFile() || !info.isReadable())
            errors << tr("The %1 file %2 cannot be read.").arg(what, path);
    };
    const EndpointConfig entered = endpoint();
    switch (entered.transport) {
    case EndpointConfig::Transport::Grpc: {
        const QString &address = entered.address;
        if (address.isEmpty()) {
            errors << tr("Enter Falco's gRPC address: unix:///run/falco/falco.sock or host:port.");
            break;
        }
        if (address.startsWith(QLatin1String("unix:"))) {
            if (!unixSocketPath(address).startsWith(QLatin1Char('/')))
                errors << tr(
                    "A unix socket address needs an absolute path, e.g. unix:///run/falco/falco.sock.");
            break;
        }
        quint16 port = 0;
        if (!splitHostPort(address, nullptr, &port) || port == 0) {
            errors << tr("\"%1\" is neither host:port (with a port from 1 to 65535) nor unix:///path.")
                          .arg(address);
            break;
        }
        const bool allTls
            = !entered.caFile.isEmpty() && !entered.certFile.isEmpty() && !entered.keyFile.isEmpty();
        if (!allTls && !entered.insecure)
            errors << tr("Falco serves gRPC over TCP only with mutual TLS: choose the CA certificate, the "
                         "client certificate and the client key.");
        if (!entered.caFile.isEmpty())
            checkFile(entered.caFile, tr("CA certificate"));
        if (!entered.certFile.isEmpty())
            checkFile(entered.certFile, tr("certificate"));
        if (!entered.keyFile.isEmpty())
            checkFile(entered.keyFile, tr("private key"));
        break;
    }
    case EndpointConfig::Transport::Http: {
        QString error;
        if (!parseListenAddress(entered.listenAddress, &error))
            errors << tr("Listen address: %1").arg(error);
        if (entered.certFile.isEmpty() != entered.keyFile.isEmpty())
            errors << tr(
                "HTTPS needs both a certificate and a private key; leave both empty for plain HTTP.");
        if (!entered.certFile.isEmpty())
            checkFile(entered.certFile, tr("certificate"));
        if (!entered.keyFile.isEmpty())
            checkFile(entered.keyFile, tr("private key"));
        break;
    }
    case EndpointConfig::Transport::Replay:
        if (entered.replayFile.isEmpty())
            errors << tr("Choose the replay file to read alerts from.");
        else
            checkFile(entered.replayFile, tr("replay"));
        break;
    }
    return errors;
}

QStringList SourceDialog::validationErrors() const
{
    QStringList errors;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        errors << tr("Give the source a name.");
    } else {
        for (const EndpointConfig &other : m_existing) {
            if (other.name == name && !(m_editing && name == m_original.name)) {
                errors << tr("Another source is already called \"%1\".").arg(name);
                break;
            }
        }
    }
    const QString environment = m_environment->currentText().trimmed();
    if (!environment.isEmpty() && !kEnvironments.contains(environment))
        errors << tr("The environment must be production, staging or development, or empty.");
    errors << connectionErrors();
    const QString reference = bearerTokenReference();
    if (transport() == EndpointConfig::Transport::Http && !reference.isEmpty()) {
        const QString variable = environmentReference(reference);
        if (!variable.isEmpty()) {
            if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
                errors << tr("The bearer token refers to ${%1}, which is not set in the environment.")
                              .arg(variable);
        } else if (reference.startsWith(kKeychainPrefix)) {
            if (keychainReference(reference).isEmpty())
                errors << tr("Name the keychain entry after \"keychain:\", e.g. keychain:falco-token.");
        } else {
            // Whatever was typed is not echoed back: it may well be the secret itself.
            errors << tr("The bearer token must be a reference, ${ENV_VAR} or keychain:NAME, so the secret "
                         "never sits in a file.");
        }
    }
    return errors;
}

void SourceDialog::validate()
{
    const QStringList errors = validationErrors();
    m_validation->setText(errors.join(QLatin1Char('\n')));
    m_validation->setVisible(!errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty() && !m_readingSecret);
    m_testButton->setEnabled(connectionErrors().isEmpty());

    const EndpointConfig entered = endpoint();
    QStringList sharing;
    if (entered.transport == EndpointConfig::Transport::Grpc && !entered.address.isEmpty()) {
        const QString address = SourceTableModel::normalizedGrpcAddress(entered.address);
        for (const EndpointConfig &other : m_existing) {
            const bool self = m_editing && other.name == m_original.name;
            if (!self && other.transport == EndpointConfig::Transport::Grpc
                && SourceTableModel::normalizedGrpcAddress(other.address) == address)
                sharing << other.name;
        }
    }
    m_sharedQueueNote->setText(
        sharing.isEmpty()
            ? QString()
            : tr("Warning: %1 already subscribes to this Falco. Falco hands each alert to only one of its "
                 "gRPC clients, so the alerts will be split between the sources.")
                  .arg(sharing.join(QStringLiteral(", "))));
    m_sharedQueueNote->setVisible(!sharing.isEmpty());
    m_insecureNote->setText(keepsInsecure() && transport() == EndpointConfig::Transport::Grpc
                                ? tr("config.yaml sets insecure: true for this address (plain TCP, for test "
                                     "servers only). The dialog keeps it but never turns it on.")
                                : QString());
    m_insecureNote->setVisible(!m_insecureNote->text().isEmpty());
    // A result for other settings would mislead, and so would one still on its way.
    m_probe.cancel();
    m_testResult->clear();
}

void SourceDialog::testConnection()
{
    if (!connectionErrors().isEmpty())
        return;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing\u2026"));
    m_probe.start(endpoint());
}

void SourceDialog::onProbeFinished(const ProbeResult &result)
{
    m_testButton->setEnabled(connectionErrors().isEmpty());
    m_testResult->setText(result.message);
    Q_EMIT probeFinished(result);
}

QString SourceDialog::testResultText() const
{
    return m_testResult->text();
}

void SourceDialog::accept()
{
    if (!isValid() || m_readingSecret)
        return;
    const QString entry = keychainReference(bearerTokenReference());
    if (transport() != EndpointConfig::Transport::Http || entry.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (!m_secretStore) {
        m_defaultSecretStore = std::make_unique<notify::KeychainSecretStore>();
        m_secretStore = m_defaultSecretStore.get();
    }
    m_readingSecret = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_validation->setText(tr("Reading keychain entry %1\u2026").arg(entry));
    m_validation->setVisible(true);
    m_secretStore->read(entry, this, [this, entry](const QString &value, const QString &error) {
        m_readingSecret = false;
        if (!error.isEmpty() || value.isEmpty()) {
            validate();
            m_validation->setText(error.isEmpty() ? tr("Keychain entry %1 is empty.").arg(entry) : error);
            m_validation->setVisible(true);
            return;
        }
        m_resolvedKeychainToken = value;
        QDialog::accept();
    });
}

} // namespace tfdrift
