#include "ui/SourceStatusText.h"

#include <QLocale>
#include <QTest>

using namespace tfdrift;

class TestSourceStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void connectedWithVersionAndRate()
    {
        QCOMPARE(sourceStatusText(QStringLiteral("prod"),
                                  ConnectionState::connected(QStringLiteral("falco-1:5060")),
                                  QStringLiteral("0.43.1"), 20.0),
                 QStringLiteral("prod: Connected to falco-1:5060 \u00B7 Falco 0.43.1 \u00B7 20 alerts/s"));
    }

    void versionIsLeftOutUntilKnown()
    {
        QCOMPARE(sourceStatusText(QStringLiteral("staging"),
                                  ConnectionState::connecting(QStringLiteral("unix:///run/falco/falco.sock")),
                                  QString(), 0.0),
                 QStringLiteral("staging: Connecting to unix:///run/falco/falco.sock \u00B7 0 alerts/s"));
    }

    void ratesBelowTenKeepADecimal()
    {
        QCOMPARE(formatAlertRate(0.0), QStringLiteral("0"));
        QCOMPARE(formatAlertRate(0.44), QStringLiteral("0.4"));
        QCOMPARE(formatAlertRate(7.26), QStringLiteral("7.3"));
        QCOMPARE(formatAlertRate(19.6), QStringLiteral("20"));
        QCOMPARE(formatAlertRate(1250.0), QStringLiteral("1,250"));
    }
};

QTEST_GUILESS_MAIN(TestSourceStatusText)
#include "test_source_status_text.moc"
