#pragma once

#include "core/rules/evaluation/RuleEvent.h"

namespace tfdrift::rules {

// A CloudTrail record as the cloudtrail plugin presents it to rules (source aws_cloudtrail): ct.*, s3.*,
// ec2.*, ecr.* and iam.* with the plugin's extraction semantics, for example ct.user naming the role of
// an assumed-role session and the calling service for AWSService identities.
//
// A dry run must predict what Falco will do, so the plugin's quirks are kept: a string field holding a
// non-string JSON value reads as "", only a JSON true reads as "true", ct.request.documentname never
// has a value, and ct.info prints every public access block flag as false. Values are read from the
// record's own text, so JSON objects keep their member order and numbers their spelling.
class CloudTrailEvent : public RuleEvent
{
public:
    // `number` is the event's position in its stream (evt.num). The time comes from eventTime.
    CloudTrailEvent(QJsonObject record, QByteArray rawJson, quint64 number);

    QString source() const override;
    QString pluginName() const override;
    QString pluginInfo() const override;
    // ct.info: who did what, with the S3 object or bucket when there is one.
    QString info() const;

    static std::optional<ResolvedField> resolveField(const QString &name);
    static qint64 eventTimeNs(const QJsonObject &record);

protected:
    void extractSourceField(int id, const QString &argument, FieldValue &value) const override;

private:
    std::optional<RawJson::Span> at(std::initializer_list<const char *> path) const;
    void setText(FieldValue &value, const std::optional<RawJson::Span> &span) const;
    void setBoolean(FieldValue &value, const std::optional<RawJson::Span> &span) const;
    QString textAt(std::initializer_list<const char *> path) const;
    void extractUser(FieldValue &value) const;
    void extractOriginalUser(FieldValue &value) const;
    void extractImageIds(const QString &argument, FieldValue &value) const;
    void extractBytes(bool in, bool out, FieldValue &value) const;
};

} // namespace tfdrift::rules
