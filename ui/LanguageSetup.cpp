#include "ui/LanguageSetup.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tfdrift {

namespace {
// qt_add_resources' prefix for the .qm files, and their base name: tfdrift_<lang>.qm.
const QString kOurTranslations = QStringLiteral(":/i18n");
const QString kOurBaseName = QStringLiteral("tfdrift");
const QString kQtBaseName = QStringLiteral("qtbase");
} // namespace

LanguageSetup::LanguageSetup() = default;

LanguageSetup::~LanguageSetup()
{
    removeTranslators();
}

QStringList LanguageSetup::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageSetup::languageName(const QString &code)
{
    // Not tr(): each name is written in its own language on purpose.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return code;
}

bool LanguageSetup::apply(const QString &code)
{
    if (!code.isEmpty() && !languages().contains(code))
        return false;

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    removeTranslators();
    QLocale::setDefault(locale);
    m_language = code;

    // Each install sends QEvent::LanguageChange; the widgets retranslate once the events are delivered.
    bool loaded = true;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(locale, kOurBaseName, QStringLiteral("_"), kOurTranslations)) {
        QCoreApplication::installTranslator(ours.get());
        m_ours = std::move(ours);
    } else if (!code.isEmpty()) {
        loaded = false;
    }
    // Qt's own strings are a nicety: a system without qtbase translations still gets ours.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, kQtBaseName, QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return loaded;
}

void LanguageSetup::removeTranslators()
{
    // After QApplication is gone there is nothing to remove them from (and Qt would warn).
    if (!QCoreApplication::instance()) {
        m_ours.reset();
        m_qt.reset();
        return;
    }
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}

} // namespace tfdrift
