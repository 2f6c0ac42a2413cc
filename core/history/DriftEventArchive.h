#pragma once

#include "core/drift/DriftEvent.h"

#include <QHash>
#include <QList>

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
    // Keeps the newest of these numbered events in memory, taking them over.
    void keepRecent(QList<DriftEvent> &&events);

    std::optional<DriftEvent> find(quint64 id) const;

private:
    DriftHistory *m_history = nullptr;
    qsizetype m_capacity;
    // Numbers given without the history come from a range the history's numbers never reach.
    quint64 m_nextLocalId = quint64(1) << 62;
    // A ring of the newest events, and where each id sits in it (an export looks up every row).
    std::vector<DriftEvent> m_recent;
    QHash<quint64, std::size_t> m_slotOfId;
    std::size_t m_nextSlot = 0;
};

} // namespace tfdrift
