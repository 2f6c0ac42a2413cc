#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QTextBrowser;

namespace tfdrift {

// F1: the keyboard shortcuts and a reference of the filter language (fields, operators, examples).
// Everything shown is the console's own text, never event data, so it can be rich text.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    // The reference as HTML, in the current language; the field list is read from DriftFilterFields.
    static QString helpHtml();
    // The example filters the reference shows.
    static QStringList exampleFilters();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tfdrift
