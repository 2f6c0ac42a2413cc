#include "core/emulator/FalcoEmulator.h"
#include "core/ingest/grpc/GrpcAlertSource.h"
#include "core/ingest/grpc/GrpcChannelFactory.h"

#include "PairedRounds.h"
#include "falco/outputs.grpc.pb.h"
#include "support/AlertFixtures.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <grpcpp/grpcpp.h>

#include <condition_variable>
#include <thread>

namespace tfdrift::bench {

namespace {
constexpr int kPollIntervalMs = 100;

void fill(FalcoEmulator &emulator, int alertCount)
{
    for (int i = 0; i < alertCount; ++i)
        emulator.enqueue(test::cloudTrailAlert(i));
}

// A bare client: the same poll loop as ours, but it only counts what it reads.
double drainRaw(const QString &address, int alertCount)
{
    QElapsedTimer timer;
    timer.start();
    // The same channel settings as the console's client: only the reading differs.
    EndpointConfig endpoint;
    endpoint.address = address;
    QString error;
    auto channel = createFalcoChannel(endpoint, &error);
    auto stub = falco::outputs::service::NewStub(channel);
    grpc::ClientContext context;
    auto stream = stub->sub(&context);
    std::mutex mutex;
    std::condition_variable wake;
    bool done = false;
    if (!stream->Write(falco::outputs::request()))
        return 0;
    std::thread poller([&] {
        std::unique_lock lock(mutex);
        while (!wake.wait_for(lock, std::chrono::milliseconds(kPollIntervalMs), [&] { return done; })) {
            lock.unlock();
            if (!stream->Write(falco::outputs::request()))
                return;
            lock.lock();
        }
    });
    falco::outputs::response response;
    int received = 0;
    while (received < alertCount && stream->Read(&response))
        ++received;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    wake.notify_all();
    context.TryCancel();
    poller.join();
    return received / seconds;
}

double drainThroughCore(const QString &address, int alertCount)
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("bench");
    endpoint.address = address;
    endpoint.pollIntervalMs = kPollIntervalMs;
    GrpcAlertSource source(endpoint);
    QEventLoop loop;
    quint64 received = 0;
    QObject::connect(&source, &AlertSource::alertsArrived, &loop, [&](const AlertBatch &batch) {
        received += quint64(batch.size());
        if (received >= quint64(alertCount))
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    source.start();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    source.stop();
    return double(received) / seconds;
}
} // namespace

BenchResult benchGrpcIngest(int alertCount)
{
    QTemporaryDir dir;
    const QString address = QLatin1String("unix://") + dir.filePath(QStringLiteral("falco.sock"));
    FalcoEmulator emulator;
    QString error;
    if (!emulator.start({address, {}, {}, {}, false}, &error))
        qFatal("cannot start the emulator: %s", qPrintable(error));

    return runPairedRounds(
        [&] {
            fill(emulator, alertCount);
            return drainRaw(address, alertCount);
        },
        [&] {
            fill(emulator, alertCount);
            return drainThroughCore(address, alertCount);
        });
}

} // namespace tfdrift::bench
