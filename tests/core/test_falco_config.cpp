#include "core/config/FalcoConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {
const ConfigDiagnostic *findDiagnostic(const FalcoConfigResult &result, const QString &text)
{
    for (const ConfigDiagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.message.contains(text))
            return &diagnostic;
    }
    return nullptr;
}
} // namespace

class TestFalcoConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tfdriftFalcoKeysStillWork()
    {
        // TFDrift-Falco's own falco section, unchanged.
        const FalcoConfigResult result = parseFalcoConfig(R"(
falco:
  enabled: true
  hostname: falco.internal
  port: 5060
  cert_file: /etc/tfdrift/client.crt
  key_file: /etc/tfdrift/client.key
  ca_root_file: /etc/tfdrift/ca.crt
)",
                                                          QStringLiteral("config.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        QVERIFY(result.config.enabled);
        QCOMPARE(result.config.endpoints.size(), 1);
        const EndpointConfig &endpoint = result.config.endpoints.constFirst();
        QCOMPARE(endpoint.transport, EndpointConfig::Transport::Grpc);
        QCOMPARE(endpoint.address, QStringLiteral("falco.internal:5060"));
        QCOMPARE(endpoint.certFile, QStringLiteral("/etc/tfdrift/client.crt"));
        QCOMPARE(endpoint.keyFile, QStringLiteral("/etc/tfdrift/client.key"));
        QCOMPARE(endpoint.caFile, QStringLiteral("/etc/tfdrift/ca.crt"));
    }

    void legacyHttpTransportListens()
    {
        const FalcoConfigResult result
            = parseFalcoConfig("falco:\n  transport: http\n  port: 2801\n", QStringLiteral("config.yaml"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.endpoints.constFirst().transport, EndpointConfig::Transport::Http);
        QCOMPARE(result.config.endpoints.constFirst().listenAddress, QStringLiteral("127.0.0.1:2801"));
    }

    void readsSeveralNamedEndpoints()
    {
        qputenv("TFDRIFT_TEST_HTTP_TOKEN", "s3cr3t-token");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("config.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(
falco:
  endpoints:
    - name: prod-us-east-1
      transport: grpc
      address: falco.prod.internal:5060
      ca_file: certs/ca.crt
      cert_file: certs/client.crt
      key_file: certs/client.key
      environment: production
    - name: local
      socket: /run/falco/falco.sock
      poll_interval: 250ms
      environment: development
    - name: staging-gcp
      transport: http
      listen: 0.0.0.0:2801
      bearer_token: ${TFDRIFT_TEST_HTTP_TOKEN}
      environment: staging
    - name: last-week
      transport: replay
      file: captures/last-week.jsonl
)");
        file.close();
        const FalcoConfigResult result = loadFalcoConfigFile(file.fileName());
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).toString()));
        QCOMPARE(result.config.endpoints.size(), 4);

        const EndpointConfig &prod = result.config.endpoints[0];
        QCOMPARE(prod.name, QStringLiteral("prod-us-east-1"));
        QCOMPARE(prod.environment, QStringLiteral("production"));
        // TLS paths are relative to the config file, not to wherever the console was started.
        QCOMPARE(prod.caFile, dir.filePath(QStringLiteral("certs/ca.crt")));

        const EndpointConfig &local = result.config.endpoints[1];
        QCOMPARE(local.transport, EndpointConfig::Transport::Grpc);
        QCOMPARE(local.address, QStringLiteral("unix:///run/falco/falco.sock"));
        QCOMPARE(local.pollIntervalMs, 250);

        const EndpointConfig &staging = result.config.endpoints[2];
        QCOMPARE(staging.transport, EndpointConfig::Transport::Http);
        QCOMPARE(staging.listenAddress, QStringLiteral("0.0.0.0:2801"));
        QCOMPARE(staging.bearerToken, QStringLiteral("s3cr3t-token"));

        QCOMPARE(result.config.endpoints[3].replayFile,
                 dir.filePath(QStringLiteral("captures/last-week.jsonl")));
    }

    void errorsCarryFileLineAndColumn()
    {
        const FalcoConfigResult result = parseFalcoConfig(R"(falco:
  endpoints:
    - name: a
      transport: carrier-pigeon
    - name: b
      socket: /run/falco/falco.sock
      max_retries: lots
    - name: c
      address: falco:5060
    - name: d
      transport: http
      environment: prod
)",
                                                          QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        const ConfigDiagnostic *transport = findDiagnostic(result, QStringLiteral("grpc, http or replay"));
        QVERIFY(transport);
        QCOMPARE(transport->toString().left(19), QStringLiteral("config.yaml:4:18: e"));
        const ConfigDiagnostic *retries = findDiagnostic(result, QStringLiteral("max_retries"));
        QVERIFY(retries);
        QCOMPARE(retries->line, 7);
        QCOMPARE(retries->column, 20);
        const ConfigDiagnostic *tls = findDiagnostic(result, QStringLiteral("mutual TLS"));
        QVERIFY2(tls, "plain TCP gRPC without insecure: true must be refused");
        QCOMPARE(tls->line, 9);
        const ConfigDiagnostic *environment = findDiagnostic(result, QStringLiteral("production, staging"));
        QVERIFY(environment);
        QCOMPARE(environment->line, 12);
        QCOMPARE(environment->column, 20);
    }

    void unknownKeysAreWarningsAndPlainSecretsAreFlagged()
    {
        const FalcoConfigResult result = parseFalcoConfig(R"(falco:
  endpoints:
    - name: hook
      transport: http
      bearer_token: hunter2
      colour: blue
telemetry: true
)",
                                                          QStringLiteral("config.yaml"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.endpoints.size(), 1);
        const ConfigDiagnostic *colour = findDiagnostic(result, QStringLiteral("\"colour\""));
        QVERIFY(colour);
        QCOMPARE(colour->severity, ConfigDiagnostic::Severity::Warning);
        QCOMPARE(colour->line, 6);
        QVERIFY(findDiagnostic(result, QStringLiteral("\"telemetry\"")));
        const ConfigDiagnostic *secret = findDiagnostic(result, QStringLiteral("bearer_token"));
        QVERIFY(secret);
        QCOMPARE(secret->severity, ConfigDiagnostic::Severity::Warning);
        for (const ConfigDiagnostic &diagnostic : result.diagnostics)
            QVERIFY2(!diagnostic.toString().contains(QStringLiteral("hunter2")),
                     "secrets never appear in output");
    }

    void unsetEnvironmentVariableIsAnError()
    {
        qunsetenv("TFDRIFT_TEST_UNSET_VARIABLE");
        const FalcoConfigResult result = parseFalcoConfig(R"(falco:
  endpoints:
    - name: hook
      transport: http
      bearer_token: "${TFDRIFT_TEST_UNSET_VARIABLE}"
)",
                                                          QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        const ConfigDiagnostic *diagnostic
            = findDiagnostic(result, QStringLiteral("TFDRIFT_TEST_UNSET_VARIABLE"));
        QVERIFY(diagnostic);
        QCOMPARE(diagnostic->line, 5);
        QCOMPARE(diagnostic->column, 22);
    }

    void yamlSyntaxErrorIsLocated()
    {
        const FalcoConfigResult result = parseFalcoConfig("falco:\n  endpoints:\n    - name: [unclosed\n",
                                                          QStringLiteral("broken.yaml"));
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics[0].line >= 3);
        QVERIFY(result.diagnostics[0].toString().startsWith(QStringLiteral("broken.yaml:")));
    }

    void duplicateNamesAreRefused()
    {
        const FalcoConfigResult result = parseFalcoConfig(R"(falco:
  endpoints:
    - {name: twin, socket: /run/a.sock}
    - {name: twin, socket: /run/b.sock}
)",
                                                          QStringLiteral("config.yaml"));
        QVERIFY(!result.ok());
        const ConfigDiagnostic *duplicate = findDiagnostic(result, QStringLiteral("already named"));
        QVERIFY(duplicate);
        QCOMPARE(duplicate->line, 4);
    }

    void missingFileIsAnError()
    {
        const FalcoConfigResult result = loadFalcoConfigFile(QStringLiteral("/nonexistent/config.yaml"));
        QVERIFY(!result.ok());
        QVERIFY(
            result.diagnostics[0].toString().startsWith(QStringLiteral("/nonexistent/config.yaml: error:")));
    }
};

QTEST_GUILESS_MAIN(TestFalcoConfig)
#include "test_falco_config.moc"
