#pragma once

#include "PageContext.h"
#include "domain/Catalogue.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace truc2 {
class ActionFilterModel;
class ActionTableModel;
class CatalogueStore;
class FormatTableModel;
} // namespace truc2

namespace truc2::ui {

/// The catalogue: the formats of the school (order, nouns, colour, registration mode) and, for
/// the selected format, its actions, searchable by title and tags. Every change is undoable.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    explicit CataloguePage(PageContext context, QWidget* parent = nullptr);
    ~CataloguePage() override;

    FormatTableModel* formatModel() const { return m_formatModel; }
    ActionTableModel* actionModel() const { return m_actionModel; }
    ActionFilterModel* actionFilter() const { return m_actionFilter; }

    /// The selected format or action, or 0.
    qint64 selectedFormatId() const;
    qint64 selectedActionId() const;
    void selectFormat(qint64 formatId);
    void selectAction(qint64 actionId);

    /// Each opens its dialog where there is one; true when something changed.
    bool addFormat();
    bool editSelectedFormat();
    bool moveSelectedFormat(int step);
    bool removeSelectedFormat();
    bool addAction();
    bool editSelectedAction();
    bool duplicateSelectedAction();
    bool toggleSelectedActionActive();
    bool removeSelectedAction();
    /// Asks for a school year and shows the catalogue brochure's print preview.
    void showBrochure();
    /// Opens the members of the selected closed-group format (the managers' community).
    void showMembers();

private:
    void buildFormatsPart(QWidget* part);
    void buildActionsPart(QWidget* part);
    void onFormatSelectionChanged();
    void ensureFormatSelected();
    void updateActionsTitle();
    void updateActionCount();
    void updateButtons();
    CatalogueStore& store() const;
    /// The selected row as stored now (nothing when read-only, none selected or gone).
    std::optional<Format> readSelectedFormat();
    std::optional<Action> readSelectedAction();

    PageContext m_context;
    FormatTableModel* m_formatModel = nullptr;
    QSortFilterProxyModel* m_formatSort = nullptr;
    ActionTableModel* m_actionModel = nullptr;
    ActionFilterModel* m_actionFilter = nullptr;

    QTableView* m_formatsTable = nullptr;
    QPushButton* m_addFormat = nullptr;
    QPushButton* m_editFormat = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    QPushButton* m_removeFormat = nullptr;
    QPushButton* m_members = nullptr;
    QPushButton* m_brochure = nullptr;

    QLabel* m_actionsTitle = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showRetired = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_actionsTable = nullptr;
    QPushButton* m_addAction = nullptr;
    QPushButton* m_editAction = nullptr;
    QPushButton* m_duplicateAction = nullptr;
    QPushButton* m_toggleAction = nullptr;
    QPushButton* m_removeAction = nullptr;
};

} // namespace truc2::ui
