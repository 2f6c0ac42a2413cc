#include "core/falco/Rfc3339.h"

#include <QTest>

using namespace tfdrift;

class TestRfc3339 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsFalcoStyle()
    {
        QCOMPARE(formatRfc3339Nanos(1772832174123456789LL), QStringLiteral("2026-03-06T21:22:54.123456789Z"));
        QCOMPARE(formatRfc3339Nanos(0), QStringLiteral("1970-01-01T00:00:00.000000000Z"));
    }

    void parsesWhatFalcoAndOthersWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nanos");
        QTest::newRow("falco nanoseconds")
            << QStringLiteral("2026-03-06T21:22:54.123456789Z") << 1772832174123456789LL;
        QTest::newRow("milliseconds") << QStringLiteral("2026-03-06T21:22:54.123Z") << 1772832174123000000LL;
        QTest::newRow("no fraction") << QStringLiteral("2026-03-06T21:22:54Z") << 1772832174000000000LL;
        QTest::newRow("offset with colon")
            << QStringLiteral("2026-03-06T22:22:54.5+01:00") << 1772832174500000000LL;
        QTest::newRow("offset without colon")
            << QStringLiteral("2026-03-06T21:22:54+0000") << 1772832174000000000LL;
        QTest::newRow("negative offset")
            << QStringLiteral("2026-03-06T16:22:54-05:00") << 1772832174000000000LL;
    }

    void parsesWhatFalcoAndOthersWrite()
    {
        QFETCH(QString, text);
        QFETCH(qint64, nanos);
        QCOMPARE(parseRfc3339Nanos(text), std::optional<qint64>(nanos));
    }

    void roundTrips()
    {
        for (qint64 value : {1LL, 999999999LL, 1772832174123456789LL, 4102444800000000001LL})
            QCOMPARE(parseRfc3339Nanos(formatRfc3339Nanos(value)), std::optional<qint64>(value));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-03-06");
        QTest::newRow("no zone") << QStringLiteral("2026-03-06T21:22:54");
        QTest::newRow("bad month") << QStringLiteral("2026-13-06T21:22:54Z");
        QTest::newRow("empty fraction") << QStringLiteral("2026-03-06T21:22:54.Z");
        QTest::newRow("trailing text") << QStringLiteral("2026-03-06T21:22:54Zjunk");
        QTest::newRow("letters") << QStringLiteral("20x6-03-06T21:22:54Z");
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QVERIFY(!parseRfc3339Nanos(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "test_rfc3339.moc"
