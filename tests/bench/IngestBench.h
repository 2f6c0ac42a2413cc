#pragma once

namespace tfdrift::bench {

struct BenchResult {
    double ingestPerSec = 0; // through the core: transport -> FalcoAlert batches on the main thread
    double rawPerSec = 0;    // a bare client draining the same stream: the ceiling
    int rounds = 0;          // measured pairs behind the medians
};

// Emulator -> gRPC -> GrpcAlertSource batches, against a bare gRPC stub reading the same stream.
BenchResult benchGrpcIngest(int alertCount);

// Falco-style posts -> HttpAlertReceiver batches, against a raw HTTP drain that parses no JSON.
BenchResult benchHttpIngest(int alertCount);

} // namespace tfdrift::bench
