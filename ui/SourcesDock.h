#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/ConnectionProbe.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QLabel;
class QTableView;
class QToolButton;

namespace tfdrift {

class AlertSource;
class SourceDialog;
class SourceTableModel;

// The Sources dock: every alert source with its connection state, Falco version, rate, last error
// and retry countdown, and buttons to add, edit, remove, connect or disconnect, and test one.
// It owns no source: the buttons become requests (signals) that whoever owns the sources (the
// main window's DriftMonitor) carries out, and the table follows the sources' own signals.
class SourcesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SourcesDock(QWidget *parent = nullptr);
    ~SourcesDock() override;

    // config is what the source was made from; without one (the built-in demo) it cannot be edited
    // or tested.
    void addSource(AlertSource *source, std::optional<EndpointConfig> config);
    SourceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The source of the selected row, or null.
    AlertSource *selectedSource() const;
    // The dialog Add… or Edit… opened, while it is open.
    SourceDialog *openDialog() const { return m_dialog; }
    // The last "Test connection" result as shown under the table.
    QString testResultText() const;

Q_SIGNALS:
    void addRequested(const tfdrift::EndpointConfig &config);
    void editRequested(const QString &oldName, const tfdrift::EndpointConfig &config);
    void removeRequested(const QString &name);
    void connectRequested(const QString &name, bool connect);
    void testFinished(const tfdrift::ProbeResult &result);

private:
    int selectedRow() const;
    void updateActions();
    void openSourceDialog(std::optional<EndpointConfig> editing);
    void removeSelected();
    void toggleSelectedConnection();
    void testSelected();
    static bool isActive(const AlertSource *source);

    SourceTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_connect = nullptr;
    QToolButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPointer<SourceDialog> m_dialog;
    ConnectionProbe m_probe;
};

} // namespace tfdrift
