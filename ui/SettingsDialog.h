#pragma once

#include "ui/ConsoleSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace tfdrift {

// Edits ConsoleSettings. Nothing takes effect here: the caller reads settings() after the dialog is
// accepted and applies them (the language through LanguageSetup).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ConsoleSettings &settings, QWidget *parent = nullptr);

    // What the controls show now.
    ConsoleSettings settings() const;
    void setSettings(const ConsoleSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createControls();
    void retranslateUi();
    void updateEnabledControls();

    QGroupBox *m_languageGroup = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;

    QGroupBox *m_historyGroup = nullptr;
    QCheckBox *m_keepHistory = nullptr;
    QLabel *m_retentionLabel = nullptr;
    QSpinBox *m_retentionDays = nullptr;

    QGroupBox *m_tableGroup = nullptr;
    QLabel *m_rowCapLabel = nullptr;
    QSpinBox *m_rowCap = nullptr;
    QLabel *m_rowCapNote = nullptr;
    QCheckBox *m_followNewest = nullptr;

    QGroupBox *m_notificationGroup = nullptr;
    QCheckBox *m_criticalNotifications = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tfdrift
