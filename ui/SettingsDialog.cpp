#include "ui/SettingsDialog.h"

#include "ui/LanguageSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace tfdrift {

namespace {
constexpr int kRowCapStep = 10'000;

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(const ConsoleSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    createControls();
    retranslateUi();
    setSettings(settings);
}

void SettingsDialog::createControls()
{
    auto *layout = new QVBoxLayout(this);

    m_languageGroup = new QGroupBox(this);
    auto *languageForm = new QFormLayout(m_languageGroup);
    m_language = new QComboBox(m_languageGroup);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString()); // "System default", named in retranslateUi()
    for (const QString &code : LanguageSetup::languages())
        m_language->addItem(LanguageSetup::languageName(code), code);
    m_languageLabel = new QLabel(m_languageGroup);
    m_languageLabel->setBuddy(m_language);
    languageForm->addRow(m_languageLabel, m_language);
    m_languageNote = noteLabel(m_languageGroup);
    languageForm->addRow(m_languageNote);
    layout->addWidget(m_languageGroup);

    m_historyGroup = new QGroupBox(this);
    auto *historyForm = new QFormLayout(m_historyGroup);
    m_keepHistory = new QCheckBox(m_historyGroup);
    m_keepHistory->setObjectName(QStringLiteral("keepHistoryCheck"));
    historyForm->addRow(m_keepHistory);
    m_retentionDays = new QSpinBox(m_historyGroup);
    m_retentionDays->setObjectName(QStringLiteral("retentionDaysSpin"));
    m_retentionDays->setRange(ConsoleSettings::kMinRetentionDays, ConsoleSettings::kMaxRetentionDays);
    m_retentionLabel = new QLabel(m_historyGroup);
    m_retentionLabel->setBuddy(m_retentionDays);
    historyForm->addRow(m_retentionLabel, m_retentionDays);
    connect(m_keepHistory, &QCheckBox::toggled, this, &SettingsDialog::updateEnabledControls);
    layout->addWidget(m_historyGroup);

    m_tableGroup = new QGroupBox(this);
    auto *tableForm = new QFormLayout(m_tableGroup);
    m_rowCap = new QSpinBox(m_tableGroup);
    m_rowCap->setObjectName(QStringLiteral("rowCapSpin"));
    m_rowCap->setRange(ConsoleSettings::kMinRowCap, ConsoleSettings::kMaxRowCap);
    m_rowCap->setSingleStep(kRowCapStep);
    m_rowCap->setGroupSeparatorShown(true);
    // Seven digits are hard to read without separators, and the C locale omits them by default.
    QLocale rowCapLocale = m_rowCap->locale();
    rowCapLocale.setNumberOptions(rowCapLocale.numberOptions() & ~QLocale::OmitGroupSeparator);
    m_rowCap->setLocale(rowCapLocale);
    m_rowCapLabel = new QLabel(m_tableGroup);
    m_rowCapLabel->setBuddy(m_rowCap);
    tableForm->addRow(m_rowCapLabel, m_rowCap);
    m_rowCapNote = noteLabel(m_tableGroup);
    tableForm->addRow(m_rowCapNote);
    m_followNewest = new QCheckBox(m_tableGroup);
    m_followNewest->setObjectName(QStringLiteral("followNewestCheck"));
    tableForm->addRow(m_followNewest);
    layout->addWidget(m_tableGroup);

    m_notificationGroup = new QGroupBox(this);
    auto *notificationLayout = new QVBoxLayout(m_notificationGroup);
    m_criticalNotifications = new QCheckBox(m_notificationGroup);
    m_criticalNotifications->setObjectName(QStringLiteral("criticalNotificationsCheck"));
    notificationLayout->addWidget(m_criticalNotifications);
    layout->addWidget(m_notificationGroup);

    layout->addStretch();
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(ConsoleSettings()); });
    layout->addWidget(m_buttons);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));

    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("User interface language"));
    m_languageNote->setText(tr("The new language is used as soon as you press OK."));

    m_historyGroup->setTitle(tr("History"));
    m_keepHistory->setText(tr("&Keep drift events between sessions"));
    m_keepHistory->setAccessibleName(tr("Keep drift event history"));
    m_retentionLabel->setText(tr("&Delete events older than:"));
    m_retentionDays->setSuffix(tr(" days"));
    m_retentionDays->setAccessibleName(tr("History retention in days"));

    m_tableGroup->setTitle(tr("Drift table"));
    m_rowCapLabel->setText(tr("&Rows kept in the table:"));
    m_rowCap->setAccessibleName(tr("Maximum rows in the drift table"));
    m_rowCapNote->setText(tr("When the table is full, the oldest events make room for new ones."));
    m_followNewest->setText(tr("&Follow the newest events"));
    m_followNewest->setAccessibleName(tr("Follow the newest drift events"));

    m_notificationGroup->setTitle(tr("Notifications"));
    m_criticalNotifications->setText(tr("Show a desktop &notification for critical drift"));
    m_criticalNotifications->setAccessibleName(tr("Desktop notifications for critical drift"));

    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setAccessibleName(tr("Restore default settings"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings settings;
    settings.language = m_language->currentData().toString();
    settings.keepHistory = m_keepHistory->isChecked();
    settings.historyRetentionDays = m_retentionDays->value();
    settings.tableRowCap = m_rowCap->value();
    settings.followNewest = m_followNewest->isChecked();
    settings.criticalDriftNotifications = m_criticalNotifications->isChecked();
    return settings;
}

void SettingsDialog::setSettings(const ConsoleSettings &settings)
{
    // An unknown language (not one of ours) shows as the system default, which is what it means.
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_keepHistory->setChecked(settings.keepHistory);
    m_retentionDays->setValue(settings.historyRetentionDays);
    m_rowCap->setValue(settings.tableRowCap);
    m_followNewest->setChecked(settings.followNewest);
    m_criticalNotifications->setChecked(settings.criticalDriftNotifications);
    updateEnabledControls();
}

void SettingsDialog::updateEnabledControls()
{
    // Retention means nothing when nothing is kept; leave the number as it was for when it is again.
    m_retentionDays->setEnabled(m_keepHistory->isChecked());
    m_retentionLabel->setEnabled(m_keepHistory->isChecked());
}

} // namespace tfdrift
