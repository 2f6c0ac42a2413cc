#include "app/cli/NotifyCommand.h"

#include "app/cli/CliNotifications.h"
#include "core/config/AppConfig.h"
#include "core/config/Duration.h"
#include "core/notify/SecretStore.h"
#include "core/notify/TestAlertRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace tfdrift::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::cli::NotifyCommand)
};

constexpr qint64 kDefaultFlushTimeoutMs = 60'000;

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QCommandLineOption configOption()
{
    return {QStringLiteral("config"), Text::tr("The config.yaml to use (default: ./config.yaml)."),
            Text::tr("FILE")};
}

// The config's notifications, or nullopt with the errors printed.
std::optional<NotificationsConfig> loadNotifications(const QCommandLineParser &parser)
{
    const QString path = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                : QStringLiteral("config.yaml");
    const AppConfigResult loaded = loadAppConfigFile(path);
    printConfigDiagnostics(loaded.diagnostics);
    if (!loaded.ok())
        return std::nullopt;
    return loaded.config.notifications;
}

// The outbox the config names, or null with the errors printed.
std::unique_ptr<notify::Outbox> openConfiguredOutbox(const QCommandLineParser &parser)
{
    const std::optional<NotificationsConfig> config = loadNotifications(parser);
    if (!config)
        return nullptr;
    QString error;
    std::unique_ptr<notify::Outbox> outbox
        = notify::Outbox::open(CliNotifications::outboxPath(*config), &error);
    if (!outbox)
        printError(error);
    return outbox;
}

bool parseWithoutPositionals(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parseCommandLine(parser, arguments, exitCode))
        return false;
    if (!parser.positionalArguments().isEmpty()) {
        printError(Text::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

// Columns line up in a terminal only if wide (CJK) characters count twice.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        const bool wide = (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
            || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
            || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60)
            || (code >= 0xFFE0 && code <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// text padded to width terminal columns: on the right when width > 0, on the left when < 0.
QString padded(const QString &text, int width)
{
    const QString fill(std::max(0, std::abs(width) - displayWidth(text)), QLatin1Char(' '));
    return width < 0 ? text + fill : fill + text;
}

QString statusText(const notify::AttemptResult &result)
{
    return result.httpStatus > 0 ? QString::number(result.httpStatus) : QStringLiteral("-");
}

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Send a test drift event, marked as a test, to each enabled channel or to one.\n"
                 "Exit status: 0 when every channel accepted it, 1 when one failed, 2 on usage errors."));
    const QCommandLineOption channelOption(QStringLiteral("channel"),
                                           Text::tr("Only this channel (slack, discord, teams, pagerduty, "
                                                    "webhook, custom, falco_output)."),
                                           Text::tr("NAME"));
    parser.addOptions({configOption(), channelOption});
    int exitCode = ExitSuccess;
    if (!parseWithoutPositionals(parser, arguments, &exitCode))
        return exitCode;
    const std::optional<NotificationsConfig> config = loadNotifications(parser);
    if (!config)
        return ExitFailure;

    notify::KeychainSecretStore keychain;
    notify::TestAlertRunner runner(*config, &keychain);
    QList<notify::TestAlertResult> results;
    QEventLoop loop;
    QObject::connect(&runner, &notify::TestAlertRunner::finished, &loop,
                     [&](const QList<notify::TestAlertResult> &all) {
                         results = all;
                         loop.quit();
                     });
    QString error;
    if (!runner.start(parser.value(channelOption), &error)) {
        printError(error);
        return parser.isSet(channelOption) ? ExitUsage : ExitFailure;
    }
    loop.exec();

    const auto row = [](const QStringList &cells) {
        return QStringList{padded(cells[0], -12), padded(cells[1], -6),  padded(cells[2], -4),
                           padded(cells[3], 8),   padded(cells[4], -32), cells[5]}
            .join(QLatin1String("  "))
            .trimmed();
    };
    printLine(row({Text::tr("CHANNEL"), Text::tr("RESULT"), Text::tr("HTTP"), Text::tr("LATENCY"),
                   Text::tr("TARGET"), Text::tr("ERROR")}));
    int failed = 0;
    for (const notify::TestAlertResult &result : std::as_const(results)) {
        const bool ok = result.result.outcome == notify::AttemptOutcome::Delivered;
        failed += ok ? 0 : 1;
        printLine(row({result.channel, ok ? Text::tr("ok") : Text::tr("FAILED"), statusText(result.result),
                       Text::tr("%1 ms").arg(result.result.latencyMs),
                       result.target.isEmpty() ? QStringLiteral("-") : result.target, result.result.error}));
    }
    printStatus(Text::tr("%n channel(s) tested, %1 failed", nullptr, int(results.size())).arg(failed));
    return failed == 0 ? ExitSuccess : ExitFailure;
}

int runFlush(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Deliver what the notification outbox holds, then exit.\n"
                 "Exit status: 0 when nothing is left to send, 1 when notifications still wait or were "
                 "dead-lettered, 2 on usage errors."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Text::tr("Give up waiting after this long (default 60s)."),
                                           Text::tr("DURATION"));
    parser.addOptions({configOption(), timeoutOption});
    int exitCode = ExitSuccess;
    if (!parseWithoutPositionals(parser, arguments, &exitCode))
        return exitCode;
    qint64 timeoutMs = kDefaultFlushTimeoutMs;
    if (parser.isSet(timeoutOption)) {
        const std::optional<qint64> parsed = parseDurationMs(parser.value(timeoutOption));
        if (!parsed || *parsed <= 0) {
            printError(Text::tr("--timeout needs a duration such as 30s or 5m"));
            return ExitUsage;
        }
        timeoutMs = *parsed;
    }
    const std::optional<NotificationsConfig> config = loadNotifications(parser);
    if (!config)
        return ExitFailure;
    CliNotifications notifications;
    if (!notifications.open(*config))
        return ExitFailure;
    const qint64 deadBefore = notifications.outbox()->stats().dead;
    const bool idle
        = notifications.deliverAllPending(int(std::min<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    const notify::OutboxStats stats = notifications.outbox()->stats();
    printStatus(Text::tr("outbox %1: %2 delivered, %3 pending, %4 dead")
                    .arg(notifications.outbox()->path())
                    .arg(stats.delivered)
                    .arg(stats.pending)
                    .arg(stats.dead));
    return idle && stats.pending == 0 && stats.dead == deadBefore ? ExitSuccess : ExitFailure;
}

std::optional<notify::OutboxState> parseState(const QString &text)
{
    for (notify::OutboxState state :
         {notify::OutboxState::Pending, notify::OutboxState::Dead, notify::OutboxState::Delivered}) {
        if (notify::outboxStateName(state) == text)
            return state;
    }
    return std::nullopt;
}

int runOutbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List the notifications in the outbox, with the reason each "
                                              "dead letter failed."));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         Text::tr("pending, dead or delivered (default: pending and dead)."),
                                         Text::tr("STATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("One JSON object per line."));
    parser.addOptions({configOption(), stateOption, jsonOption});
    int exitCode = ExitSuccess;
    if (!parseWithoutPositionals(parser, arguments, &exitCode))
        return exitCode;
    QList<notify::OutboxState> states{notify::OutboxState::Pending, notify::OutboxState::Dead};
    if (parser.isSet(stateOption)) {
        const std::optional<notify::OutboxState> state = parseState(parser.value(stateOption));
        if (!state) {
            printError(Text::tr("--state must be pending, dead or delivered"));
            return ExitUsage;
        }
        states = {*state};
    }
    const std::unique_ptr<notify::Outbox> outbox = openConfiguredOutbox(parser);
    if (!outbox)
        return ExitFailure;
    for (notify::OutboxState state : std::as_const(states)) {
        for (const notify::OutboxEntry &entry : outbox->entries(state)) {
            const QString created
                = QDateTime::fromMSecsSinceEpoch(entry.createdMs, Qt::UTC).toString(Qt::ISODate);
            if (parser.isSet(jsonOption)) {
                const QJsonObject line{{QStringLiteral("id"), entry.id},
                                       {QStringLiteral("channel"), entry.channel},
                                       {QStringLiteral("state"), notify::outboxStateName(entry.state)},
                                       {QStringLiteral("attempts"), entry.attempts},
                                       {QStringLiteral("created"), created},
                                       {QStringLiteral("last_status"), entry.lastStatus},
                                       {QStringLiteral("last_error"), entry.lastError},
                                       {QStringLiteral("summary"), entry.summary}};
                printLine(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
                continue;
            }
            printLine(
                QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                    .arg(entry.id, 6)
                    .arg(entry.channel, -12)
                    .arg(notify::outboxStateName(entry.state), -9)
                    .arg(padded(Text::tr("%n attempt(s)", nullptr, entry.attempts), -12))
                    .arg(created, entry.summary)
                    .arg(entry.lastError.isEmpty() ? QString() : QLatin1String("  ") + entry.lastError));
        }
    }
    const notify::OutboxStats stats = outbox->stats();
    printStatus(
        Text::tr("%1 pending, %2 dead, %3 delivered; repeated events suppressed: %4; possible duplicates "
                 "sent (an earlier attempt may already have arrived): %5")
            .arg(stats.pending)
            .arg(stats.dead)
            .arg(stats.delivered)
            .arg(stats.duplicatesSuppressed)
            .arg(stats.possibleDuplicatesSent));
    return ExitSuccess;
}

int runRetry(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Put dead letters back in the queue; the next `tfdrift notify "
                                              "flush` or `tfdrift watch` sends them."));
    const QCommandLineOption idOption(QStringLiteral("id"), Text::tr("The dead letter to retry."),
                                      Text::tr("N"));
    const QCommandLineOption allOption(QStringLiteral("all"), Text::tr("Retry every dead letter."));
    parser.addOptions({configOption(), idOption, allOption});
    int exitCode = ExitSuccess;
    if (!parseWithoutPositionals(parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(idOption) == parser.isSet(allOption)) {
        printError(Text::tr("give either --id N or --all"));
        return ExitUsage;
    }
    std::optional<qint64> id;
    if (parser.isSet(idOption)) {
        bool ok = false;
        id = parser.value(idOption).toLongLong(&ok);
        if (!ok || *id <= 0) {
            printError(Text::tr("--id needs a notification number from `tfdrift notify outbox`"));
            return ExitUsage;
        }
    }
    const std::unique_ptr<notify::Outbox> outbox = openConfiguredOutbox(parser);
    if (!outbox)
        return ExitFailure;
    const int revived = outbox->retryDead(id, QDateTime::currentMSecsSinceEpoch());
    printStatus(Text::tr("%n dead letter(s) queued again", nullptr, revived));
    return id && revived == 0 ? ExitFailure : ExitSuccess;
}

int runSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Store a secret in the OS secret store, for keychain:NAME in "
                 "config.yaml. The value is read from standard input, so that it "
                 "stays out of the shell history."));
    parser.addPositionalArgument(QStringLiteral("set"), Text::tr("The action: set."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The entry's name."));
    int exitCode = ExitSuccess;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("set") || positional.last().isEmpty()) {
        printError(Text::tr("usage: tfdrift notify secret set NAME < value"));
        return ExitUsage;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(Text::tr("cannot read standard input"));
        return ExitFailure;
    }
    const QString value = QString::fromUtf8(input.readLine()).trimmed();
    if (value.isEmpty()) {
        printError(Text::tr("no secret on standard input"));
        return ExitUsage;
    }
    QEventLoop loop;
    QString error;
    notify::KeychainSecretStore::write(positional.last(), value, &loop, [&](const QString &failure) {
        error = failure;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    printStatus(Text::tr("stored; use \"keychain:%1\" in config.yaml").arg(positional.last()));
    return ExitSuccess;
}
} // namespace

NotifyCommand::NotifyCommand()
{
    addSubcommand(
        {QStringLiteral("test"),
         Text::tr("Send a test drift event to each enabled channel and show what each service said"),
         runTest});
    addSubcommand({QStringLiteral("flush"), Text::tr("Deliver what the outbox holds, then exit"), runFlush});
    addSubcommand(
        {QStringLiteral("outbox"), Text::tr("List pending and dead-lettered notifications"), runOutbox});
    addSubcommand({QStringLiteral("retry"), Text::tr("Queue dead letters again"), runRetry});
    addSubcommand(
        {QStringLiteral("secret"), Text::tr("Store a channel secret in the OS secret store"), runSecret});
}

QString NotifyCommand::summary() const
{
    return Text::tr("Test notification channels and manage the notification outbox");
}

QString NotifyCommand::usageLine() const
{
    return Text::tr("Usage: tfdrift notify <subcommand> [options]");
}

} // namespace tfdrift::cli
