#pragma once

#include "core/drift/DriftEvent.h"

#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace tfdrift {

class AttributeDiffModel;
class ElidingLabel;
class JsonTreeModel;
class StateIndex;
struct TerraformResource;

// Everything about one drift event, for a dock beside the drift table: a summary of every field, the
// attribute diff, the resource as the current Terraform state has it, and the raw Falco alert, plus
// buttons that copy the event, the alert, the address or the diff. All event text is shown as plain
// text: it comes from the cloud and Falco and is attacker-controlled.
class DriftDetailPane : public QWidget
{
    Q_OBJECT

public:
    using StateIndexProvider = std::function<std::shared_ptr<const StateIndex>()>;

    explicit DriftDetailPane(QWidget *parent = nullptr);
    ~DriftDetailPane() override;

    void setEvent(const DriftEvent &event);
    void clearEvent(); // back to the "select an event" message
    bool hasEvent() const { return m_event.has_value(); }

    // Where the Terraform state tab finds the resource; asked each time an event is shown and by
    // refreshState(), so it may return a newer index after a reload. Without one the tab says no state
    // is loaded.
    void setStateIndexProvider(StateIndexProvider provider);
    // Looks the shown event's resource up again, e.g. after the state store reloaded.
    void refreshState();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field {
        DetectedAtField,
        SeverityField,
        ChangeKindField,
        ExcludedField,
        MatchedRulesField,
        EnvironmentField,
        EventIdField,
        ResourceTypeField,
        ResourceIdField,
        TerraformAddressField,
        StateNameField,
        EventTimeField,
        ProviderField,
        AccountField,
        RegionField,
        EventNameField,
        EventSourceField,
        UserField,
        IdentityTypeField,
        ArnField,
        SourceIpField,
        UserAgentField,
        FalcoRuleField,
        PriorityField,
        FalcoSourceField,
        EndpointField,
        HostnameField,
        UuidField,
        FieldCount,
    };
    enum Group { DriftGroup, ResourceGroup, CallGroup, CallerGroup, FalcoGroup, GroupCount };
    enum StateField {
        StateAddressField,
        StateNameValueField,
        StateEnvironmentField,
        StateProviderField,
        StateMaskedField,
        StateFieldCount
    };

    QWidget *createSummaryTab();
    QWidget *createChangesTab();
    QWidget *createStateTab();
    QWidget *createRawAlertTab();
    void createCopyActions();
    QTreeView *createJsonTree(const QString &objectName, JsonTreeModel *model);

    void retranslate();
    void showEventDetails();
    void showSummary(const DriftEvent &event);
    void showChanges(const DriftEvent &event);
    void showStateResource();
    void showResource(const TerraformResource &resource);
    void showStateMessage(const QString &message);
    void updateSeverityColour();

    void copyEventJson();
    void copyAlertJson();
    void copyAddress();
    void copyDiff();
    QString eventJsonText() const;
    QString alertJsonText() const;
    QString resourceText() const;
    QString diffText() const;

    static Group groupOf(Field field);
    static QString fieldTitle(Field field);
    static QString fieldObjectName(Field field);
    static QString fieldText(Field field, const DriftEvent &event);
    static QString groupTitle(Group group);

    std::optional<DriftEvent> m_event;
    StateIndexProvider m_stateIndexProvider;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_noEventMessage = nullptr;
    ElidingLabel *m_title = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_copyEventJson = nullptr;
    QAction *m_copyAlertJson = nullptr;
    QAction *m_copyAddress = nullptr;
    QAction *m_copyDiff = nullptr;
    QTabWidget *m_tabs = nullptr;

    std::array<QGroupBox *, GroupCount> m_groups{};
    std::array<QLabel *, FieldCount> m_fieldTitles{};
    std::array<QLabel *, FieldCount> m_fieldValues{};

    QLabel *m_changesMessage = nullptr;
    AttributeDiffModel *m_diffModel = nullptr;
    QTableView *m_diffView = nullptr;

    QLabel *m_stateMessage = nullptr;
    QWidget *m_stateDetails = nullptr;
    std::array<QLabel *, StateFieldCount> m_stateTitles{};
    std::array<QLabel *, StateFieldCount> m_stateValues{};
    JsonTreeModel *m_stateModel = nullptr;
    QTreeView *m_stateTree = nullptr;
    std::array<QPushButton *, 2> m_stateTreeButtons{}; // expand all, collapse all

    JsonTreeModel *m_alertModel = nullptr;
    QTreeView *m_alertTree = nullptr;
    std::array<QPushButton *, 2> m_alertTreeButtons{};
};

} // namespace tfdrift
