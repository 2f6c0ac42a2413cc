#pragma once

#include "core/state/StateIndex.h"
#include "core/state/StateSourceConfig.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <vector>

class QFileSystemWatcher;

namespace tfdrift {

// Loads every configured state and keeps them current: a local file is reloaded when it
// changes, and every state on its refresh interval. A failed load keeps the previous state of
// that source and reports the error.
class StateStore : public QObject
{
    Q_OBJECT

public:
    explicit StateStore(QList<StateSourceConfig> sources, QObject *parent = nullptr);
    ~StateStore() override; // stops running commands and waits for the loads in flight

    void start();                        // loads everything (asynchronously for commands) and starts watching
    void reload();                       // reloads every source now
    bool loadAllBlocking(int timeoutMs); // for the CLI and tests: true when every source loaded

    // The current snapshot; safe to call from any thread.
    std::shared_ptr<const StateIndex> index() const;

Q_SIGNALS:
    // After every successful load, also one that found the bytes unchanged (then no
    // indexChanged follows: the index is the same object).
    void stateLoaded(const QString &stateName, int resourceCount, qint64 serial);
    void stateFailed(const QString &stateName, const QString &error);
    void indexChanged();

private:
    struct Source;
    struct Completed;

    quint64 scheduleLoad(int sourceIndex);
    void deliver(Completed completed); // any thread
    void applyCompleted();             // the store's thread
    void rebuildIndex();
    void watchLocalFiles();
    void rearmWatch(Source &source);
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &directory);

    std::vector<std::unique_ptr<Source>> m_sources;
    bool m_started = false;
    QFileSystemWatcher *m_watcher = nullptr;

    QThreadPool m_pool;
    std::atomic_bool m_cancelled = false;
    QMutex m_completedMutex;
    QWaitCondition m_completedArrived;
    std::vector<Completed> m_completed; // guarded by m_completedMutex

    mutable QMutex m_indexMutex;
    std::shared_ptr<const StateIndex> m_index; // guarded by m_indexMutex; never null
};

} // namespace tfdrift
