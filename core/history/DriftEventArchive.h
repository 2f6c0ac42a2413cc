#pragma once

#include "core/drift/DriftEvent.h"

#include <QHash>
#include <QList>

#include <deque>
#include <optional>
#include <vector>

namespace tfdrift {

class DriftHistory;

// Where the whole of a drift event is kept while the live table holds a slim copy of it (no raw
// alert text): the newest events in memory, every event in the history file when there is one.
// It also gives each event the id the console knows it by: its history number (unique across runs),
// or a number of its own when there is no history.
class DriftEventArchive
{
public:
    static constexpr qsizetype kDefaultRecentCapacity = 10'000;

    explicit DriftEventArchive(qsizetype recentCapacity = kDefaultRecentCapacity);

    // Not owned; nullptr keeps events in memory only.
    void setHistory(DriftHistory *history) { m_history = history; }

    // Numbers the events and stores them in the history. False, with the history's error, when the
    // history could not store them: they are numbered anyway.
    bool record(QList<DriftEvent> &events, QString *error = nullptr);
    // Numbers the events without writing them to the history: drift seen in an opened capture, not
    // in the cloud now.
    void number(QList<DriftEvent> &events);
    // Keeps the newest of these numbered events in memory by sharing the batch, which costs no copy.
    // Returns the batches it lets go of: their events were made by another thread, that thread is
    // where they are best freed (freeing into another thread's heap waits on that heap's lock).
    std::vector<QList<DriftEvent>> keepRecent(const QList<DriftEvent> &events);

    std::optional<DriftEvent> find(quint64 id) const;

private:
    DriftHistory *m_history = nullptr;
    qsizetype m_capacity;
    // Numbers given without the history come from a range the history's numbers never reach.
    quint64 m_nextLocalId = quint64(1) << 62;
    struct KeptBatch {
        QList<DriftEvent> events; // shared with whoever else holds the batch, never detached
        qsizetype firstKept = 0;  // the events before it are no longer findable here
    };
    // The batches that hold the newest m_capacity events, oldest first, and where each of those
    // events sits (an export looks up every row).
    std::deque<KeptBatch> m_batches;
    QHash<quint64, const DriftEvent *> m_eventOfId;
    qsizetype m_keptCount = 0;
};

} // namespace tfdrift
