// libFuzzer target for event-field extraction: arbitrary bytes as a recorded audit event (a CloudTrail
// record, a GCP LogEntry, or a whole file of them) must never crash the readers, the raw JSON walker or
// the extraction of any field, and must give every field a well-formed value.
//
// Build: cmake -DTFDRIFT_BUILD_FUZZERS=ON -DCMAKE_CXX_COMPILER=clang++ ...; run:
//     fuzz_event_fields corpus/ tests/fuzz/seeds/fuzz_event_fields

#include "core/rules/FieldCatalog.h"
#include "core/rules/evaluation/CloudTrailEvent.h"
#include "core/rules/evaluation/EventFileReader.h"
#include "core/rules/evaluation/GcpAuditEvent.h"
#include "core/rules/evaluation/JsonPointer.h"
#include "core/rules/evaluation/OutputTemplate.h"
#include "core/rules/evaluation/RawJson.h"
#include "core/rules/evaluation/RuleDryRun.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tfdrift;
using namespace tfdrift::rules;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Pointers worth trying on any record: real CloudTrail and LogEntry paths, array steps, escapes and
// the odd forms the json plugin accepts.
const QStringList &pointers()
{
    static const QStringList list{QString(),
                                  QStringLiteral("/"),
                                  QStringLiteral("/requestParameters"),
                                  QStringLiteral("/requestParameters/ipPermissions/items/0/fromPort"),
                                  QStringLiteral("/userIdentity/sessionContext/sessionIssuer/userName"),
                                  QStringLiteral("/protoPayload/request"),
                                  QStringLiteral("/a~1b/~0c"),
                                  QStringLiteral("//"),
                                  QStringLiteral("/0/+1/01"),
                                  QStringLiteral("Records/0/eventName")};
    return list;
}

// Every field of the event's source, with and without arguments; each value must be consistent.
void extractEverything(const RuleEvent &event)
{
    for (const FieldInfo *info : FieldCatalog::builtIn().fields(event.source())) {
        const std::optional<ResolvedField> field = event.source() == QLatin1String("aws_cloudtrail")
            ? CloudTrailEvent::resolveField(info->name)
            : GcpAuditEvent::resolveField(info->name);
        if (!field)
            continue; // catalog fields the evaluator does not extract (evt.asynctype...)
        const QStringList arguments = info->takesArgument()
            ? pointers() + QStringList{QStringLiteral("0"), QStringLiteral("7")}
            : QStringList{QString()};
        for (const QString &argument : arguments) {
            FieldValue value;
            event.extract(*field, argument, value);
            check(value.type == FieldType::String ? value.numbers.isEmpty() : value.strings.isEmpty());
            (void)OutputTemplate::valueText(value);
        }
    }
    (void)event.pluginInfo();
}

// The raw walker over bytes that need not be JSON at all.
void walkRaw(const QByteArray &bytes)
{
    const RawJson raw(bytes);
    for (const QString &pointer : pointers()) {
        if (const std::optional<RawJson::Span> span = resolveJsonPointer(raw, pointer)) {
            check(span->begin >= 0 && span->begin <= span->end && span->end <= bytes.size());
            (void)raw.displayText(*span);
            (void)indentJson(raw.compact(*span));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    walkRaw(bytes);

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        QString why;
        if (const auto event = EventFileReader::eventFromObject(document.object(), bytes, 1, &why))
            extractEverything(*event);
    }

    // The whole path of a dry run: reading a file of events and running the bundled rules over it.
    static RuleDryRun dryRun;
    static const bool rulesLoaded = dryRun.loadRules({QStringLiteral(":/rules/tfdrift_rules.yaml")});
    check(rulesLoaded);
    EventFileReader reader;
    reader.readText(bytes, QStringLiteral("fuzz.jsonl"));
    for (const auto &event : reader.events()) {
        for (int rule : dryRun.evaluator().matchingRules(*event))
            (void)dryRun.evaluator().alertFor(*event, rule);
    }
    return 0;
}
