#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace tfdrift {

// The user interface language: our strings from the .qm files embedded under :/i18n (see
// translations/CMakeLists.txt) and Qt's own (standard buttons, dialogs) from the system's qtbase
// translations. apply() replaces what the previous apply() installed, so the language can change while
// the console runs: Qt then sends QEvent::LanguageChange to every widget, which retranslates itself.
// Keep one instance for the application's lifetime; destroying it removes its translators.
class LanguageSetup
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::LanguageSetup)

public:
    LanguageSetup();
    ~LanguageSetup();
    LanguageSetup(const LanguageSetup &) = delete;
    LanguageSetup &operator=(const LanguageSetup &) = delete;

    // The languages the console is translated into: "en", "ja".
    static QStringList languages();
    // The language's name in that language ("English", "日本語"), so that anyone can find their own
    // whatever language is shown now; the code itself for an unknown one.
    static QString languageName(const QString &code);

    // code: "" for the system's language, or one of languages(). Also makes the language's locale the
    // default, so that numbers and dates match the words. An unknown code changes nothing and returns
    // false; so does a known one whose translation cannot be loaded (the console is then in English).
    bool apply(const QString &code);
    // The code the last apply() took (even if its translation failed to load): "" for the system's.
    QString language() const { return m_language; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace tfdrift
