// Adding or editing a source: fields by transport, messages that say what to fix, OK only when
// everything is right, a bearer token that is always a reference, and "Test connection".
#include "core/emulator/FalcoEmulator.h"
#include "core/notify/SecretStore.h"
#include "ui/SourceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tfdrift;

namespace {
class FakeSecretStore : public notify::SecretStore
{
public:
    void read(const QString &name, QObject *context, ReadCallback callback) override
    {
        names << name;
        const QString value = entries.value(name);
        QTimer::singleShot(0, context, [value, name, callback] {
            callback(value, value.isEmpty() ? QStringLiteral("no keychain entry %1").arg(name) : QString());
        });
    }

    QHash<QString, QString> entries;
    QStringList names;
};

struct Form {
    explicit Form(SourceDialog &dialog)
        : name(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")))
        , transport(dialog.findChild<QComboBox *>(QStringLiteral("transportCombo")))
        , environment(dialog.findChild<QComboBox *>(QStringLiteral("environmentCombo")))
        , address(dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit")))
        , caFile(dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit")))
        , certFile(dialog.findChild<QLineEdit *>(QStringLiteral("certFileEdit")))
        , keyFile(dialog.findChild<QLineEdit *>(QStringLiteral("keyFileEdit")))
        , listen(dialog.findChild<QLineEdit *>(QStringLiteral("listenAddressEdit")))
        , token(dialog.findChild<QLineEdit *>(QStringLiteral("bearerTokenEdit")))
        , replay(dialog.findChild<QLineEdit *>(QStringLiteral("replayFileEdit")))
        , validation(dialog.findChild<QLabel *>(QStringLiteral("validationLabel")))
        , test(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")))
        , result(dialog.findChild<QLabel *>(QStringLiteral("testResultLabel")))
        , ok(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok))
    {
    }

    void choose(EndpointConfig::Transport value)
    {
        transport->setCurrentIndex(transport->findData(int(value)));
    }

    QLineEdit *name;
    QComboBox *transport;
    QComboBox *environment;
    QLineEdit *address;
    QLineEdit *caFile;
    QLineEdit *certFile;
    QLineEdit *keyFile;
    QLineEdit *listen;
    QLineEdit *token;
    QLineEdit *replay;
    QLabel *validation;
    QPushButton *test;
    QLabel *result;
    QPushButton *ok;
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}
} // namespace

class TestSourceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsFollowTheTransport()
    {
        SourceDialog dialog;
        Form form(dialog);
        for (QWidget *widget :
             std::initializer_list<QWidget *>{form.name, form.transport, form.environment, form.address,
                                              form.caFile, form.token, form.replay, form.test, form.ok})
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(form.validation->textFormat(), Qt::PlainText);
        QCOMPARE(form.result->textFormat(), Qt::PlainText);

        form.choose(EndpointConfig::Transport::Grpc);
        QVERIFY(form.address->isEnabled() && form.caFile->isEnabled() && form.keyFile->isEnabled());
        QVERIFY(!form.listen->isEnabled() && !form.token->isEnabled() && !form.replay->isEnabled());
        form.choose(EndpointConfig::Transport::Http);
        QVERIFY(form.listen->isEnabled() && form.token->isEnabled() && form.certFile->isEnabled());
        QVERIFY(!form.address->isEnabled() && !form.caFile->isEnabled() && !form.replay->isEnabled());
        form.choose(EndpointConfig::Transport::Replay);
        QVERIFY(form.replay->isEnabled());
        QVERIFY(!form.address->isEnabled() && !form.listen->isEnabled() && !form.certFile->isEnabled());
        QCOMPARE(form.environment->findText(QStringLiteral("staging")) >= 0, true);
    }

    void okStaysDisabledUntilEverythingIsRight()
    {
        SourceDialog dialog;
        EndpointConfig existing;
        existing.name = QStringLiteral("prod");
        dialog.setExistingEndpoints({existing});
        Form form(dialog);
        form.choose(EndpointConfig::Transport::Grpc);
        QVERIFY(!form.ok->isEnabled());
        QVERIFY(dialog.validationErrors().contains(QStringLiteral("Give the source a name.")));

        form.name->setText(QStringLiteral("prod"));
        QVERIFY(form.validation->text().contains(QLatin1String("Another source is already called \"prod\"")));
        form.name->setText(QStringLiteral("staging-falco"));
        form.address->setText(QStringLiteral("falco-staging:5060"));
        QVERIFY2(form.validation->text().contains(QLatin1String("mutual TLS")),
                 qPrintable(form.validation->text()));
        QVERIFY(!form.ok->isEnabled());
        form.caFile->setText(QStringLiteral("/nonexistent/ca.pem"));
        form.certFile->setText(QStringLiteral("/nonexistent/client.pem"));
        form.keyFile->setText(QStringLiteral("/nonexistent/client.key"));
        QVERIFY2(form.validation->text().contains(QLatin1String("/nonexistent/ca.pem does not exist")),
                 qPrintable(form.validation->text()));

        form.address->setText(QStringLiteral("falco-staging"));
        QVERIFY(form.validation->text().contains(QLatin1String("neither host:port")));
        form.address->setText(QStringLiteral("unix://relative/falco.sock"));
        QVERIFY(form.validation->text().contains(QLatin1String("absolute path")));
        form.address->setText(QStringLiteral("unix:///run/falco/falco.sock"));
        QVERIFY2(form.ok->isEnabled(), qPrintable(form.validation->text()));
        QVERIFY(!form.validation->isVisibleTo(&dialog));

        form.environment->setEditText(QStringLiteral("prod"));
        QVERIFY(form.validation->text().contains(QLatin1String("production, staging or development")));
        form.environment->setEditText(QStringLiteral("staging"));
        QVERIFY(form.ok->isEnabled());

        const EndpointConfig entered = dialog.endpoint();
        QCOMPARE(entered.name, QStringLiteral("staging-falco"));
        QCOMPARE(entered.environment, QStringLiteral("staging"));
        QCOMPARE(entered.address, QStringLiteral("unix:///run/falco/falco.sock"));
        QCOMPARE(entered.insecure, false);

        form.caFile->clear();
        form.certFile->clear();
        form.keyFile->clear();
        form.choose(EndpointConfig::Transport::Http);
        form.listen->setText(QStringLiteral("falco.example.com:2801"));
        QVERIFY(!form.ok->isEnabled());
        QVERIFY(form.validation->text().startsWith(QLatin1String("Listen address: ")));
        form.listen->setText(QStringLiteral("127.0.0.1:2801"));
        QVERIFY(form.ok->isEnabled());
    }

    void theDialogNeverTurnsTlsOff()
    {
        EndpointConfig config;
        config.name = QStringLiteral("lab");
        config.address = QStringLiteral("127.0.0.1:5060");
        config.insecure = true; // from config.yaml, for a test server
        SourceDialog dialog;
        dialog.setEndpoint(config);
        Form form(dialog);
        QVERIFY2(form.ok->isEnabled(), qPrintable(form.validation->text()));
        QCOMPARE(dialog.endpoint().insecure, true);
        // Another address is another server: it gets no plain TCP from the old setting.
        form.address->setText(QStringLiteral("10.0.0.5:5060"));
        QCOMPARE(dialog.endpoint().insecure, false);
        QVERIFY(form.validation->text().contains(QLatin1String("mutual TLS")));
        QVERIFY(!form.ok->isEnabled());
    }

    void theBearerTokenIsAReferenceNeverTheSecret()
    {
        SourceDialog dialog;
        Form form(dialog);
        form.name->setText(QStringLiteral("sidekick"));
        form.choose(EndpointConfig::Transport::Http);
        QVERIFY(form.ok->isEnabled());

        const QString secret = QStringLiteral("s3cr3t-t0ken-value");
        form.token->setText(secret);
        QVERIFY(!form.ok->isEnabled());
        QVERIFY(form.validation->text().contains(QLatin1String("${ENV_VAR} or keychain:NAME")));
        QVERIFY2(!form.validation->text().contains(secret),
                 "the message must not repeat what may be the secret");

        qunsetenv("TFDRIFT_TEST_DIALOG_TOKEN");
        form.token->setText(QStringLiteral("${TFDRIFT_TEST_DIALOG_TOKEN}"));
        QVERIFY(
            form.validation->text().contains(QLatin1String("TFDRIFT_TEST_DIALOG_TOKEN}, which is not set")));
        qputenv("TFDRIFT_TEST_DIALOG_TOKEN", "from-the-environment");
        form.token->clear();
        form.token->setText(QStringLiteral("${TFDRIFT_TEST_DIALOG_TOKEN}"));
        QVERIFY2(form.ok->isEnabled(), qPrintable(form.validation->text()));
        QCOMPARE(dialog.endpoint().bearerToken, QStringLiteral("from-the-environment"));
        QCOMPARE(dialog.bearerTokenReference(), QStringLiteral("${TFDRIFT_TEST_DIALOG_TOKEN}"));
        qunsetenv("TFDRIFT_TEST_DIALOG_TOKEN");

        form.token->setText(QStringLiteral("keychain:"));
        QVERIFY(!form.ok->isEnabled());
    }

    void aKeychainTokenIsReadWhenOkIsPressed()
    {
        FakeSecretStore store;
        store.entries.insert(QStringLiteral("falco-token"), QStringLiteral("from-the-keychain"));
        SourceDialog dialog;
        dialog.setSecretStore(&store);
        Form form(dialog);
        form.name->setText(QStringLiteral("sidekick"));
        form.choose(EndpointConfig::Transport::Http);

        form.token->setText(QStringLiteral("keychain:missing"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        form.ok->click();
        QTRY_VERIFY(form.validation->text().contains(QLatin1String("no keychain entry missing")));
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());

        form.token->setText(QStringLiteral("keychain:falco-token"));
        form.ok->click();
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(store.names, (QStringList{QStringLiteral("missing"), QStringLiteral("falco-token")}));
        QCOMPARE(dialog.endpoint().bearerToken, QStringLiteral("from-the-keychain"));
        QCOMPARE(dialog.bearerTokenReference(), QStringLiteral("keychain:falco-token"));
    }

    void testConnectionReportsFalcoOrTheError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString address = QLatin1String("unix://") + dir.filePath(QStringLiteral("falco.sock"));
        FalcoEmulator emulator;
        FalcoEmulator::Options options{address, {}, {}, {}, false};
        options.version = QStringLiteral("0.38.1");
        QString error;
        QVERIFY2(emulator.start(options, &error), qPrintable(error));

        SourceDialog dialog;
        Form form(dialog);
        form.choose(EndpointConfig::Transport::Grpc);
        QVERIFY2(!form.test->isEnabled(), "nothing to test without an address");
        form.address->setText(address);
        QVERIFY2(form.test->isEnabled(), "a name is not needed to test the connection");
        QSignalSpy probed(&dialog, &SourceDialog::probeFinished);
        form.test->click();
        QVERIFY(probed.wait(6000));
        QCOMPARE(form.result->text(), QStringLiteral("Connected: Falco 0.38.1"));

        emulator.shutdown();
        form.test->click();
        QVERIFY(probed.wait(6000));
        QVERIFY2(form.result->text().startsWith(QLatin1String("Cannot connect to ") + address),
                 qPrintable(form.result->text()));

        // Any change makes the old result meaningless.
        form.address->setText(address + QStringLiteral("2"));
        QCOMPARE(form.result->text(), QString());
    }

    void testConnectionChecksAReplayFile()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.jsonl"), "not json\n");
        SourceDialog dialog;
        Form form(dialog);
        form.choose(EndpointConfig::Transport::Replay);
        form.replay->setText(dir.filePath(QStringLiteral("missing.jsonl")));
        QVERIFY(form.validation->text().contains(QLatin1String("missing.jsonl does not exist")));
        QVERIFY(!form.test->isEnabled());
        form.replay->setText(bad);
        QVERIFY(form.test->isEnabled());
        QSignalSpy probed(&dialog, &SourceDialog::probeFinished);
        form.test->click();
        QVERIFY(probed.wait(5000));
        QVERIFY2(form.result->text().startsWith(bad + QLatin1String(":1:")), qPrintable(form.result->text()));
    }

    void warnsAboutASharedFalcoQueue()
    {
        EndpointConfig existing;
        existing.name = QStringLiteral("console-a");
        existing.address = QStringLiteral("unix:///run/falco/falco.sock");
        SourceDialog dialog;
        dialog.setExistingEndpoints({existing});
        Form form(dialog);
        form.name->setText(QStringLiteral("console-b"));
        form.address->setText(QStringLiteral("unix:///run/falco/falco.sock"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("sharedQueueNote"));
        QVERIFY2(note->text().contains(QLatin1String("console-a"))
                     && note->text().contains(QLatin1String("split")),
                 qPrintable(note->text()));
        QVERIFY2(form.ok->isEnabled(), "a warning, not an error: it may be what the user wants");
    }
};

QTEST_MAIN(TestSourceDialog)
#include "test_source_dialog.moc"
