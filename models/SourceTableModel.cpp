#include "models/SourceTableModel.h"

#include "core/ingest/AlertSource.h"
#include "core/ingest/grpc/GrpcChannelFactory.h"
#include "models/PlainTextToolTip.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <memory>

namespace tfdrift {

namespace {
bool isErrorState(const ConnectionState &state)
{
    return state.kind == ConnectionState::Kind::Retrying || state.kind == ConnectionState::Kind::Failed;
}
} // namespace

SourceTableModel::SourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
    m_timer.setInterval(kRefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SourceTableModel::refresh);
}

SourceTableModel::~SourceTableModel() = default;

void SourceTableModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void SourceTableModel::addSource(AlertSource *source, std::optional<EndpointConfig> config)
{
    if (!source)
        return;
    if (const int existing = rowOf(source); existing >= 0) {
        m_rows[std::size_t(existing)].config = std::move(config);
        emitRowChanged(existing, 0, ColumnCount - 1);
        updateSharedQueueWarnings();
        return;
    }
    Row row;
    row.source = source;
    row.identity = source;
    row.rateKey = QString::number(++m_nextKey);
    row.config = std::move(config);
    row.state = source->state();
    row.stateAtMs = m_clock();
    if (isErrorState(row.state)) {
        row.lastError = row.state.detail;
        row.lastErrorAt = QDateTime::currentDateTime();
    }
    remember(row);

    connect(source, &AlertSource::stateChanged, this,
            [this, source](const ConnectionState &state) { onStateChanged(source, state); });
    connect(source, &AlertSource::alertsArrived, this,
            [this, source](const AlertBatch &batch) { onAlertsArrived(source, batch.size()); });
    connect(source, &AlertSource::falcoVersionChanged, this,
            [this, source] { onFalcoVersionChanged(source); });
    const QObject *identity = source;
    connect(source, &QObject::destroyed, this, [this, identity] { onSourceDestroyed(identity); });

    const int position = int(m_rows.size());
    beginInsertRows({}, position, position);
    m_rows.push_back(std::move(row));
    endInsertRows();
    updateSharedQueueWarnings();
    updateTimer();
}

void SourceTableModel::removeSource(AlertSource *source)
{
    const int row = rowOf(source);
    if (row < 0)
        return;
    disconnect(source, nullptr, this, nullptr);
    onSourceDestroyed(source);
}

void SourceTableModel::onSourceDestroyed(const QObject *identity)
{
    const int row = rowOf(identity);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    updateSharedQueueWarnings();
    updateTimer();
}

int SourceTableModel::rowOf(const QObject *identity) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].identity == identity)
            return int(i);
    }
    return -1;
}

AlertSource *SourceTableModel::sourceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_rows[std::size_t(row)].source.data();
}

std::optional<EndpointConfig> SourceTableModel::configAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[std::size_t(row)].config;
}

int SourceTableModel::rowOfSource(const QString &name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].source && m_rows[i].source->name() == name)
            return int(i);
    }
    return -1;
}

QList<EndpointConfig> SourceTableModel::configs() const
{
    QList<EndpointConfig> result;
    for (const Row &row : m_rows) {
        if (row.config)
            result.append(*row.config);
    }
    return result;
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AlertsColumn)
            return row.source ? QVariant::fromValue(row.source->alertCount()) : QVariant();
        return displayText(row, index.column());
    case Qt::ToolTipRole: return plainTextToolTip(toolTip(row, index.column()));
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn || index.column() == AlertsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SourceNameRole: return row.source ? row.source->name() : QString();
    case SharedQueueWarningRole: return row.sharedQueueWarning;
    case ConnectionKindRole: return int(row.state.kind);
    case HasConfigRole: return row.config.has_value();
    default: return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case TransportColumn: return tr("Transport");
    case StateColumn: return tr("State");
    case FalcoVersionColumn: return tr("Falco");
    case RateColumn: return tr("Alerts/s");
    case AlertsColumn: return tr("Alerts");
    case LastErrorColumn: return tr("Last error");
    case NextRetryColumn: return tr("Next retry");
    default: return {};
    }
}

QString SourceTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case NameColumn: return row.source ? row.source->name() : QString();
    case TransportColumn:
        // The mark makes the warning visible without hovering; the tooltip explains it.
        return row.sharedQueueWarning.isEmpty() ? transportText(row.config)
                                                : QStringLiteral("\u26A0 ") + transportText(row.config);
    case StateColumn: return stateText(row);
    case FalcoVersionColumn: return row.source ? row.source->falcoVersion() : QString();
    case RateColumn: return rateText(row);
    case LastErrorColumn: return lastErrorText(row);
    case NextRetryColumn: return nextRetryText(row);
    default: return {};
    }
}

QString SourceTableModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
    case TransportColumn:
        if (!row.sharedQueueWarning.isEmpty())
            return row.sharedQueueWarning;
        return displayText(row, column);
    case LastErrorColumn:
        if (row.lastError.isEmpty())
            return {};
        return tr("%1\nat %2").arg(row.lastError, QLocale().toString(row.lastErrorAt, QLocale::LongFormat));
    default: return displayText(row, column);
    }
}

QString SourceTableModel::transportText(const std::optional<EndpointConfig> &config)
{
    if (!config)
        return tr("built-in demo");
    switch (config->transport) {
    case EndpointConfig::Transport::Grpc:
        if (config->address.startsWith(QLatin1String("unix:")))
            return tr("gRPC %1").arg(config->address);
        if (config->insecure && config->certFile.isEmpty())
            return tr("gRPC %1 (plain TCP)").arg(config->address);
        return tr("gRPC %1 (mutual TLS)").arg(config->address);
    case EndpointConfig::Transport::Http:
        if (!config->certFile.isEmpty())
            return tr("HTTPS listener %1").arg(config->listenAddress);
        return tr("HTTP listener %1").arg(config->listenAddress);
    case EndpointConfig::Transport::Replay: return tr("Replay file %1").arg(config->replayFile);
    }
    return {};
}

QString SourceTableModel::normalizedGrpcAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.startsWith(QLatin1String("unix:")))
        return QLatin1String("unix:") + QDir::cleanPath(unixSocketPath(trimmed));
    return trimmed.toLower();
}

void SourceTableModel::updateSharedQueueWarnings()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        QString warning;
        if (row.config && row.config->transport == EndpointConfig::Transport::Grpc) {
            const QString address = normalizedGrpcAddress(row.config->address);
            QStringList others;
            for (const Row &other : m_rows) {
                if (&other != &row && other.config
                    && other.config->transport == EndpointConfig::Transport::Grpc
                    && normalizedGrpcAddress(other.config->address) == address)
                    others << (other.source ? other.source->name() : other.config->name);
            }
            if (!others.isEmpty())
                warning = tr("This source and %1 subscribe to the same Falco at %2. Falco keeps one output "
                             "queue for all its gRPC clients and hands each alert to only one of them, so "
                             "the alerts are split between these sources and none of them sees them all. "
                             "Keep one gRPC source per Falco.")
                              .arg(others.join(QStringLiteral(", ")), row.config->address);
        }
        if (warning != row.sharedQueueWarning) {
            row.sharedQueueWarning = warning;
            emitRowChanged(int(i), NameColumn, TransportColumn);
        }
    }
}

void SourceTableModel::onStateChanged(AlertSource *source, const ConnectionState &state)
{
    const int index = rowOf(source);
    if (index < 0)
        return;
    Row &row = m_rows[std::size_t(index)];
    row.state = state;
    row.stateAtMs = m_clock();
    // The last error stays after a reconnect: "it dropped at 03:12" is worth knowing later.
    if (isErrorState(state)) {
        row.lastError = state.detail;
        row.lastErrorAt = QDateTime::currentDateTime();
    }
    remember(row);
    emitRowChanged(index, StateColumn, NextRetryColumn);
}

void SourceTableModel::onAlertsArrived(AlertSource *source, qsizetype count)
{
    const int index = rowOf(source);
    if (index >= 0)
        m_rates.record(m_rows[std::size_t(index)].rateKey, count, m_clock());
    // Rate and total are shown by the timer: one update a second whatever the alert rate.
}

void SourceTableModel::onFalcoVersionChanged(AlertSource *source)
{
    const int index = rowOf(source);
    if (index >= 0)
        emitRowChanged(index, FalcoVersionColumn, FalcoVersionColumn);
}

void SourceTableModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void SourceTableModel::remember(Row &row)
{
    row.shownState = stateText(row);
    row.shownRate = rateText(row);
    row.shownAlerts = row.source ? row.source->alertCount() : 0;
    row.shownRetry = nextRetryText(row);
}

void SourceTableModel::refresh()
{
    int firstRow = -1;
    int lastRow = -1;
    int firstColumn = ColumnCount;
    int lastColumn = -1;
    auto changed = [&](int row, int column) {
        if (firstRow < 0)
            firstRow = row;
        lastRow = row;
        firstColumn = std::min(firstColumn, column);
        lastColumn = std::max(lastColumn, column);
    };
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString state = stateText(row);
        const QString rateShown = rateText(row);
        const quint64 alerts = row.source ? row.source->alertCount() : 0;
        const QString retry = nextRetryText(row);
        if (state != row.shownState)
            changed(int(i), StateColumn);
        if (rateShown != row.shownRate)
            changed(int(i), RateColumn);
        if (alerts != row.shownAlerts)
            changed(int(i), AlertsColumn);
        if (retry != row.shownRetry)
            changed(int(i), NextRetryColumn);
        row.shownState = state;
        row.shownRate = rateShown;
        row.shownAlerts = alerts;
        row.shownRetry = retry;
    }
    if (firstRow >= 0)
        Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
}

void SourceTableModel::updateTimer()
{
    if (m_rows.empty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

qint64 SourceTableModel::retryRemainingMs(const Row &row) const
{
    return std::max<qint64>(0, row.stateAtMs + row.state.retryInMs - m_clock());
}

QString SourceTableModel::stateText(const Row &row) const
{
    if (row.state.kind != ConnectionState::Kind::Retrying)
        return describeConnectionState(row.state);
    // The source says how long it waits from when it said so; count down from there.
    ConnectionState now = row.state;
    now.retryInMs = int(retryRemainingMs(row));
    return describeConnectionState(now);
}

double SourceTableModel::rate(const Row &row) const
{
    return m_rates.ratePerSecond(row.rateKey, m_clock());
}

QString SourceTableModel::rateText(const Row &row) const
{
    const double perSecond = rate(row);
    const int decimals = perSecond > 0.0 && perSecond < 10.0 ? 1 : 0;
    return QLocale().toString(perSecond, 'f', decimals);
}

QString SourceTableModel::nextRetryText(const Row &row) const
{
    if (row.state.kind != ConnectionState::Kind::Retrying)
        return {};
    const qint64 remaining = retryRemainingMs(row);
    if (remaining <= 0)
        return tr("now");
    const int seconds = int((remaining + 999) / 1000);
    return tr("in %n s", nullptr, seconds);
}

QString SourceTableModel::lastErrorText(const Row &row) const
{
    if (row.lastError.isEmpty())
        return {};
    return tr("%1 (at %2)", "error text, then the time it happened")
        .arg(row.lastError, QLocale().toString(row.lastErrorAt.time(), QLocale::ShortFormat));
}

} // namespace tfdrift
