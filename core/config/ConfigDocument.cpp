#include "core/config/ConfigDocument.h"

#include "core/config/YamlDiagnostics.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::ConfigDocument)
};
} // namespace

const QStringList &configFileSections()
{
    static const QStringList sections = {
        QStringLiteral("providers"),        QStringLiteral("falco"),
        QStringLiteral("drift_rules"),      QStringLiteral("notifications"),
        QStringLiteral("logging"),          QStringLiteral("mappings"),
        QStringLiteral("default_severity"), QStringLiteral("state_refresh_interval"),
    };
    return sections;
}

std::optional<YAML::Node> parseConfigDocument(const QByteArray &text, YamlDiagnostics &diagnostics)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &exception) {
        diagnostics.error(exception.mark, QString::fromStdString(exception.msg));
        return std::nullopt;
    }
    if (!root.IsNull() && !root.IsMap()) {
        diagnostics.error(root.Mark(),
                          Text::tr("config file must be a mapping of sections (falco:, providers:, ...)"));
        return std::nullopt;
    }
    return root;
}

std::optional<QByteArray> readConfigFile(const QString &path, QList<ConfigDiagnostic> *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append({ConfigDiagnostic::Severity::Error, path, 0, 0,
                             Text::tr("cannot read the file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace tfdrift
