#pragma once

#include <functional>

namespace tfdrift::test {

// Runs the event loop until done() holds or timeoutMs passes; returns done(). Unlike
// QTest::qWaitFor, which sleeps 10 ms between passes, it keeps the loop running, so a test that
// waits on a thousand network round trips does not spend its time asleep.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace tfdrift::test
