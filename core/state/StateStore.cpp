#include "core/state/StateStore.h"

#include "core/state/StateSourceLoader.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <optional>

namespace tfdrift {

namespace {
// Terraform and editors write a state in several steps; one reload after they are done.
constexpr int kChangeSettleMs = 200;

// What the directory listing can tell about the file: a rename over it changes the inode's
// change time even when size and modification time are copied from the old file.
struct FileSignature {
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    qint64 changedMs = 0;

    static FileSignature of(const QString &path)
    {
        const QFileInfo info(path);
        FileSignature signature;
        signature.exists = info.exists();
        if (signature.exists) {
            signature.size = info.size();
            signature.modifiedMs = info.lastModified().toMSecsSinceEpoch();
            signature.changedMs = info.metadataChangeTime().toMSecsSinceEpoch();
        }
        return signature;
    }
    bool operator==(const FileSignature &) const = default;
};
} // namespace

struct StateStore::Source {
    StateSourceConfig config; // config.name is always set
    QString absolutePath;     // local sources
    QString directory;        // local sources: the folder watched for renames
    FileSignature lastSeen;

    std::optional<TerraformState> state; // the last state that loaded; kept when a reload fails
    size_t contentHash = 0;              // of the bytes behind state
    bool lastAttemptOk = false;

    // Loads may overlap (a file change during a slow parse); only the newest result counts.
    quint64 nextTicket = 0;
    quint64 lastCompletedTicket = 0;
    int loadsInFlight = 0;

    QTimer *refreshTimer = nullptr;
    QTimer *settleTimer = nullptr;
};

struct StateStore::Completed {
    int sourceIndex = 0;
    quint64 ticket = 0;
    StateLoadResult result;
};

StateStore::StateStore(QList<StateSourceConfig> sources, QObject *parent)
    : QObject(parent)
    , m_index(std::make_shared<const StateIndex>())
{
    // A thread per source, so that a backend command that hangs until its timeout delays no
    // other state; capped, since each parse of a large state needs its own memory.
    m_pool.setMaxThreadCount(int(std::clamp<qsizetype>(sources.size(), 2, 8)));
    m_sources.reserve(sources.size());
    for (StateSourceConfig &config : sources) {
        auto source = std::make_unique<Source>();
        config.name = defaultStateName(config);
        if (config.backend == StateSourceConfig::Backend::Local && !config.localPath.isEmpty()) {
            const QFileInfo info(config.localPath);
            source->absolutePath = info.absoluteFilePath();
            source->directory = info.absolutePath();
        }
        source->config = std::move(config);
        m_sources.push_back(std::move(source));
    }
}

StateStore::~StateStore()
{
    m_cancelled = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void StateStore::start()
{
    if (m_started)
        return;
    m_started = true;
    watchLocalFiles();
    for (int i = 0; i < int(m_sources.size()); ++i) {
        Source &source = *m_sources[i];
        if (source.config.refreshIntervalMs <= 0)
            continue;
        source.refreshTimer = new QTimer(this);
        source.refreshTimer->setInterval(int(std::min<qint64>(source.config.refreshIntervalMs, INT_MAX)));
        connect(source.refreshTimer, &QTimer::timeout, this, [this, i] {
            // A slow backend must not pile up commands: the next period tries again.
            if (m_sources[i]->loadsInFlight == 0)
                scheduleLoad(i);
        });
        source.refreshTimer->start();
    }
    reload();
}

void StateStore::reload()
{
    for (int i = 0; i < int(m_sources.size()); ++i)
        scheduleLoad(i);
}

bool StateStore::loadAllBlocking(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    std::vector<quint64> wanted;
    wanted.reserve(m_sources.size());
    for (int i = 0; i < int(m_sources.size()); ++i)
        wanted.push_back(scheduleLoad(i));

    auto settled = [&] {
        for (size_t i = 0; i < m_sources.size(); ++i) {
            if (m_sources[i]->lastCompletedTicket < wanted[i])
                return false;
        }
        return true;
    };
    // The loads run on the pool and deliver to m_completed; apply them here, without an event
    // loop, so that the CLI can call this before it has one.
    for (;;) {
        applyCompleted();
        if (settled())
            break;
        QMutexLocker locker(&m_completedMutex);
        if (m_completed.empty() && !m_completedArrived.wait(&m_completedMutex, deadline)) {
            locker.unlock();
            applyCompleted();
            break;
        }
    }
    if (!settled())
        return false;
    return std::all_of(m_sources.cbegin(), m_sources.cend(),
                       [](const std::unique_ptr<Source> &source) { return source->lastAttemptOk; });
}

std::shared_ptr<const StateIndex> StateStore::index() const
{
    QMutexLocker locker(&m_indexMutex);
    return m_index;
}

quint64 StateStore::scheduleLoad(int sourceIndex)
{
    Source &source = *m_sources[sourceIndex];
    const quint64 ticket = ++source.nextTicket;
    ++source.loadsInFlight;
    const size_t previousContentHash = source.state ? source.contentHash : 0;
    m_pool.start([this, sourceIndex, ticket, config = source.config, previousContentHash] {
        if (m_cancelled)
            return;
        deliver(Completed{sourceIndex, ticket, loadStateSource(config, previousContentHash, m_cancelled)});
    });
    return ticket;
}

void StateStore::deliver(Completed completed)
{
    {
        QMutexLocker locker(&m_completedMutex);
        m_completed.push_back(std::move(completed));
        m_completedArrived.wakeAll();
    }
    // The destructor waits for every load, so the store outlives this call; a call still
    // queued when the store goes away is dropped with it.
    QMetaObject::invokeMethod(this, &StateStore::applyCompleted, Qt::QueuedConnection);
}

void StateStore::applyCompleted()
{
    std::vector<Completed> batch;
    {
        QMutexLocker locker(&m_completedMutex);
        batch.swap(m_completed);
    }
    if (batch.empty())
        return;

    struct Outcome {
        QString stateName;
        bool ok = false;
        int resourceCount = 0;
        qint64 serial = 0;
        QString error;
    };
    QList<Outcome> outcomes;
    bool indexDirty = false;
    for (Completed &completed : batch) {
        Source &source = *m_sources[completed.sourceIndex];
        --source.loadsInFlight;
        if (completed.ticket < source.lastCompletedTicket)
            continue; // a newer load of this source finished first
        StateLoadResult &result = completed.result;
        if (result.unchanged && !(source.state && source.contentHash == result.contentHash)) {
            // Unchanged against a state that another load has replaced since: read it again.
            scheduleLoad(completed.sourceIndex);
            continue;
        }
        source.lastCompletedTicket = completed.ticket;
        source.lastAttemptOk = result.ok;
        if (!result.ok) {
            outcomes.append({source.config.name, false, 0, 0, result.error});
            continue;
        }
        if (!result.unchanged) {
            source.state = std::move(result.state);
            source.contentHash = result.contentHash;
            indexDirty = true;
        }
        outcomes.append(
            {source.config.name, true, int(source.state->resources.size()), source.state->serial, {}});
    }

    if (indexDirty)
        rebuildIndex();
    for (const Outcome &outcome : std::as_const(outcomes)) {
        if (outcome.ok)
            Q_EMIT stateLoaded(outcome.stateName, outcome.resourceCount, outcome.serial);
        else
            Q_EMIT stateFailed(outcome.stateName, outcome.error);
    }
    if (indexDirty)
        Q_EMIT indexChanged();
}

void StateStore::rebuildIndex()
{
    auto index = std::make_shared<StateIndex>();
    for (const std::unique_ptr<Source> &source : m_sources) {
        if (source->state)
            index->addState(*source->state);
    }
    std::shared_ptr<const StateIndex> previous;
    {
        QMutexLocker locker(&m_indexMutex);
        previous = std::exchange(m_index, std::move(index));
    }
    // previous is released here, outside the lock, when no reader holds it any more.
}

void StateStore::watchLocalFiles()
{
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &StateStore::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &StateStore::onDirectoryChanged);
    for (int i = 0; i < int(m_sources.size()); ++i) {
        Source &source = *m_sources[i];
        if (source.absolutePath.isEmpty())
            continue;
        source.settleTimer = new QTimer(this);
        source.settleTimer->setSingleShot(true);
        source.settleTimer->setInterval(kChangeSettleMs);
        connect(source.settleTimer, &QTimer::timeout, this, [this, i] {
            rearmWatch(*m_sources[i]);
            scheduleLoad(i);
        });
        // Terraform and editors replace the file by renaming a new one over it; the folder's
        // watch sees that, and the file's watch is then set again on the new file.
        if (QFileInfo(source.directory).isDir() && !m_watcher->directories().contains(source.directory))
            m_watcher->addPath(source.directory);
        rearmWatch(source);
    }
}

void StateStore::rearmWatch(Source &source)
{
    source.lastSeen = FileSignature::of(source.absolutePath);
    // The old watch may follow the inode that a rename just unlinked: always watch afresh.
    if (m_watcher->files().contains(source.absolutePath))
        m_watcher->removePath(source.absolutePath);
    if (source.lastSeen.exists)
        m_watcher->addPath(source.absolutePath);
}

void StateStore::onFileChanged(const QString &path)
{
    for (const std::unique_ptr<Source> &source : m_sources) {
        if (source->absolutePath == path)
            source->settleTimer->start();
    }
}

void StateStore::onDirectoryChanged(const QString &directory)
{
    // Any file in the folder counts (lock files, backups): reload only when ours changed.
    for (const std::unique_ptr<Source> &source : m_sources) {
        if (source->directory == directory && FileSignature::of(source->absolutePath) != source->lastSeen)
            source->settleTimer->start();
    }
}

} // namespace tfdrift
