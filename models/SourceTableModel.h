#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/ConnectionState.h"
#include "models/AlertRateTracker.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace tfdrift {

class AlertSource;

// One row per alert source: where it reads from, how its connection is doing, what it delivers,
// what went wrong last and when it tries again. The model does not own the sources; a destroyed
// source's row goes away.
//
// State and version changes show at once; rates, totals and the retry countdown are refreshed by
// a timer with a single dataChanged() over the rows and columns that changed.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TransportColumn,
        StateColumn,
        FalcoVersionColumn,
        RateColumn,
        AlertsColumn,
        LastErrorColumn,
        NextRetryColumn,
        ColumnCount,
    };

    enum Role {
        SourceNameRole = Qt::UserRole + 1,
        // Non-empty when this gRPC source shares a Falco's alert queue with another source here:
        // the text that explains it (also the tooltip of the Name and Transport cells).
        SharedQueueWarningRole,
        ConnectionKindRole, // int(ConnectionState::Kind)
        HasConfigRole,      // false for sources that were not configured, like the built-in demo
    };

    static constexpr int kRefreshIntervalMs = 1000;

    explicit SourceTableModel(QObject *parent = nullptr);
    ~SourceTableModel() override;

    // config is what the source was made from; without one (the demo feed) the Transport column
    // says "built-in demo". Adding a source that is already here replaces its config.
    void addSource(AlertSource *source, std::optional<EndpointConfig> config = std::nullopt);
    // Stops tracking the source (it is not deleted).
    void removeSource(AlertSource *source);

    AlertSource *sourceAt(int row) const;
    std::optional<EndpointConfig> configAt(int row) const;
    int rowOfSource(const QString &name) const;
    QList<EndpointConfig> configs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Milliseconds on a monotonic clock; tests pass their own to step time without sleeping.
    void setClock(std::function<qint64()> clock);
    // What the timer does: re-reads rates, totals and countdowns, one dataChanged() for all.
    void refresh();

    static QString transportText(const std::optional<EndpointConfig> &config);
    // gRPC endpoints are compared by where they lead: "unix:/x" and "unix:///x" are the same socket.
    static QString normalizedGrpcAddress(const QString &address);

private:
    struct Row {
        QPointer<AlertSource> source;
        const QObject *identity = nullptr; // still valid to compare once the QPointer is cleared
        QString rateKey;
        std::optional<EndpointConfig> config;
        ConnectionState state;
        qint64 stateAtMs = 0; // clock time the state arrived, for the retry countdown
        QString lastError;
        QDateTime lastErrorAt;
        QString sharedQueueWarning;
        // What the timer-driven columns showed last, to signal only real changes.
        QString shownState;
        QString shownRate;
        quint64 shownAlerts = 0;
        QString shownRetry;
    };

    int rowOf(const QObject *identity) const;
    void onStateChanged(AlertSource *source, const ConnectionState &state);
    void onAlertsArrived(AlertSource *source, qsizetype count);
    void onFalcoVersionChanged(AlertSource *source);
    void onSourceDestroyed(const QObject *identity);
    void emitRowChanged(int row, int firstColumn, int lastColumn);
    void updateSharedQueueWarnings();
    void updateTimer();
    void remember(Row &row);

    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QString stateText(const Row &row) const;
    QString rateText(const Row &row) const;
    QString nextRetryText(const Row &row) const;
    QString lastErrorText(const Row &row) const;
    qint64 retryRemainingMs(const Row &row) const;
    double rate(const Row &row) const;

    std::vector<Row> m_rows;
    mutable AlertRateTracker m_rates;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    quint64 m_nextKey = 0;
};

} // namespace tfdrift
