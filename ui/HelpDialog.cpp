#include "ui/HelpDialog.h"

#include "core/filter/DriftFilterFields.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>
#include <vector>

namespace tfdrift {

namespace {
// Escaped although it is all our own text: field descriptions come from translations, and a stray '<'
// in one must not swallow the rest of the page.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(const QString &text)
{
    return QStringLiteral("<code>") + escaped(text) + QStringLiteral("</code>");
}

QString row(const QString &first, const QString &second, const QString &third = QString())
{
    QString html = QStringLiteral("<tr><td style=\"padding-right: 12px\">") + first
        + QStringLiteral("</td><td>") + second + QStringLiteral("</td>");
    if (!third.isNull())
        html += QStringLiteral("<td>") + third + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + escaped(text) + QStringLiteral("</h3>");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + escaped(text) + QStringLiteral("</p>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + rows + QStringLiteral("</table>");
}

QString keyName(const QKeySequence &keys)
{
    return QStringLiteral("<b>") + escaped(keys.toString(QKeySequence::NativeText)) + QStringLiteral("</b>");
}

QString shortcutsSection()
{
    const std::vector<std::pair<QKeySequence, QString>> shortcuts = {
        {QKeySequence(Qt::CTRL | Qt::Key_F), HelpDialog::tr("Put the cursor in the filter bar")},
        {QKeySequence(Qt::Key_Escape), HelpDialog::tr("Clear the filter (in the filter bar)")},
        {QKeySequence(Qt::Key_Space), HelpDialog::tr("Pause or resume the live table")},
        {QKeySequence(Qt::CTRL | Qt::Key_S), HelpDialog::tr("Save the capture (the raw Falco alerts)")},
        {QKeySequence(Qt::CTRL | Qt::Key_O), HelpDialog::tr("Open a capture for offline analysis")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), HelpDialog::tr("Export the selected or filtered rows")},
        {QKeySequence(Qt::Key_F1), HelpDialog::tr("Show this help")},
    };
    QString rows;
    for (const auto &[keys, action] : shortcuts)
        rows += row(keyName(keys), escaped(action));
    return heading(HelpDialog::tr("Keyboard")) + table(rows);
}

QString fieldsSection()
{
    QString rows = row(QStringLiteral("<b>") + escaped(HelpDialog::tr("Field")) + QStringLiteral("</b>"),
                       QStringLiteral("<b>") + escaped(HelpDialog::tr("Meaning")) + QStringLiteral("</b>"));
    for (const DriftFilterField &field : DriftFilterFields::all()) {
        QString meaning = escaped(DriftFilterFields::description(field));
        if (field.kind == DriftFieldKind::Enumerated)
            meaning += QStringLiteral("<br>")
                + escaped(HelpDialog::tr("Values: %1").arg(field.values.join(QStringLiteral(", "))));
        rows += row(code(field.name), meaning);
    }
    return heading(HelpDialog::tr("Fields")) + table(rows);
}

QString operatorsSection()
{
    const std::vector<std::pair<QString, QString>> operators = {
        {QStringLiteral("=  ==  !="), HelpDialog::tr("Equal; not equal")},
        {QStringLiteral("<  <=  >  >="),
         HelpDialog::tr("Order: severity by rank (low < medium < high < critical), other fields "
                        "alphabetically")},
        {QStringLiteral("contains  icontains"),
         HelpDialog::tr("Contains the text; icontains ignores upper and lower case")},
        {QStringLiteral("startswith  endswith"), HelpDialog::tr("Starts or ends with the text")},
        {QStringLiteral("glob  iglob"),
         HelpDialog::tr("Matches a pattern: * any text, ? one character, [a-z] one of a set; "
                        "iglob ignores upper and lower case")},
        {QStringLiteral("regex"), HelpDialog::tr("The whole value matches the regular expression")},
        {QStringLiteral("in (a, b)"), HelpDialog::tr("Is one of the listed values")},
        {QStringLiteral("intersects (a, b)"),
         HelpDialog::tr("A list field (attribute) has at least one of the listed values")},
        {QStringLiteral("pmatch (/a, /b)"), HelpDialog::tr("Is one of the listed paths or below one")},
        {QStringLiteral("exists"), HelpDialog::tr("Has a value (written after the field, with no value)")},
        {QStringLiteral("and  or  not  ( )"),
         HelpDialog::tr("Combine conditions; not binds tightest, then and, then or")},
    };
    QString rows;
    for (const auto &[spelling, meaning] : operators)
        rows += row(code(spelling), escaped(meaning));
    return heading(HelpDialog::tr("Operators")) + table(rows);
}

QString examplesSection()
{
    const QStringList filters = HelpDialog::exampleFilters();
    const QStringList meanings = {
        HelpDialog::tr("High and critical changes to IAM resources, except those made by the CI users"),
        HelpDialog::tr("Deleted resources, and resources that no Terraform state knows"),
        HelpDialog::tr("Changes to a policy attribute, or anything done by the root user"),
    };
    QString html = heading(HelpDialog::tr("Examples"));
    for (qsizetype i = 0; i < filters.size(); ++i)
        html += QStringLiteral("<p>") + code(filters.at(i)) + QStringLiteral("<br>")
            + escaped(meanings.value(i)) + QStringLiteral("</p>");
    return html;
}
} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
    retranslateUi();
}

QStringList HelpDialog::exampleFilters()
{
    return {
        QStringLiteral(
            "severity >= high and resource.type glob \"aws_iam_*\" and not user in (terraform-ci, atlantis)"),
        QStringLiteral("change in (deleted, unmanaged)"),
        QStringLiteral("attribute intersects (policy, assume_role_policy) or user.type = Root"),
    };
}

QString HelpDialog::helpHtml()
{
    return shortcutsSection() + heading(tr("Filter language"))
        + paragraph(
               tr("The filter bar keeps the drift events for which the condition is true. A condition is "
                  "a field, an operator and a value; put a value in quotes when it has spaces, "
                  "commas or parentheses. An empty filter shows every event."))
        + paragraph(tr("A field without a value (an unmanaged resource has no address) matches no "
                       "comparison, not even !=."))
        + fieldsSection() + operatorsSection() + examplesSection();
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("TFDrift Console Help"));
    m_browser->setAccessibleName(tr("Keyboard and filter reference"));
    m_browser->setHtml(helpHtml());
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tfdrift
