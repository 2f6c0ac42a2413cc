#pragma once

#include <QString>
#include <QStringList>

namespace tfdrift::bench {

struct RuleEvaluationResult {
    int rules = 0;
    int records = 0;
    quint64 matches = 0;
    double parsePerSec = 0;    // JSON text to events
    double evaluatePerSec = 0; // every rule's condition over every event: the figure held to the target
    double alertsPerSec = 0;   // evaluation plus formatting each match as Falco's alert
    int runs = 0;
};

// CloudTrail records in the shape AWS logs them, cycling through calls that the common cloudtrail
// rules look for (console logins, IAM, S3, EC2, Lambda, CloudTrail) and many they do not, with
// assumed-role, IAM user and root callers and the odd failed call.
QList<QByteArray> makeSyntheticCloudTrailRecords(int count);

// Evaluates the aws_cloudtrail rules of `rulesFiles` over `records` synthetic records on this thread;
// medians of `runs` timed passes after a warm-up pass.
RuleEvaluationResult benchRuleEvaluation(const QStringList &rulesFiles, int records, int runs,
                                         QString *error);

} // namespace tfdrift::bench
