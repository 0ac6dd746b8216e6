#pragma once

#include "commands/EditCommand.h"
#include "domain/Catalogue.h"

#include <QHash>
#include <QList>

class QUndoStack;

namespace truc2 {
class CatalogueStore;
} // namespace truc2

namespace truc2::ui {

/// Adds a format or an action; undo removes it, redo brings it back under the same id.
template <typename T>
class AddCatalogueCommand : public EditCommand
{
public:
    /// An empty text says "Add “title”".
    AddCatalogueCommand(CatalogueStore& store, const T& value, const QString& text = {});
    /// The id of the added row (0 before the first redo).
    qint64 itemId() const { return m_value.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    CatalogueStore& m_store;
    T m_value;
};

/// Changes a format or an action; undo puts the previous values back. Either direction first
/// checks that the row still holds what this command left there, so that it never overwrites
/// a change made meanwhile on another workstation.
template <typename T>
class EditCatalogueCommand : public EditCommand
{
public:
    /// An empty text says "Edit “title”".
    EditCatalogueCommand(CatalogueStore& store, const T& before, const T& after,
                         const QString& text = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Status save(const T& expected, const T& values);

    CatalogueStore& m_store;
    T m_before;
    T m_after;
};

/// Removes a format without actions, or an action without sessions (the store refuses the
/// others and says to retire them); undo puts it back under the same id.
template <typename T>
class RemoveCatalogueCommand : public EditCommand
{
public:
    RemoveCatalogueCommand(CatalogueStore& store, const T& value);

protected:
    Status apply() override;
    Status revert() override;

private:
    CatalogueStore& m_store;
    T m_value;
};

using AddFormatCommand = AddCatalogueCommand<Format>;
using EditFormatCommand = EditCatalogueCommand<Format>;
using RemoveFormatCommand = RemoveCatalogueCommand<Format>;
using AddActionCommand = AddCatalogueCommand<Action>;
using EditActionCommand = EditCatalogueCommand<Action>;
using RemoveActionCommand = RemoveCatalogueCommand<Action>;

extern template class AddCatalogueCommand<Format>;
extern template class AddCatalogueCommand<Action>;
extern template class EditCatalogueCommand<Format>;
extern template class EditCatalogueCommand<Action>;
extern template class RemoveCatalogueCommand<Format>;
extern template class RemoveCatalogueCommand<Action>;

/// Retires an action (no new sessions) or reactivates it.
EditActionCommand* setActionActiveCommand(CatalogueStore& store, const Action& action, bool active);

/// Changes the order of the formats (their position) in one transaction: every position is
/// renumbered 1, 2, 3 … in the new order; undo gives each format its former position back.
class MoveFormatCommand : public EditCommand
{
public:
    MoveFormatCommand(CatalogueStore& store, const Format& moved, const QList<qint64>& orderBefore,
                      const QList<qint64>& orderAfter);

    /// The ids in order after moving one of them by step rows (-1 up, +1 down); the same
    /// order when it cannot move that way.
    static QList<qint64> movedOrder(QList<qint64> order, qint64 id, int step);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status setPositions(const QHash<qint64, int>& positions);

    CatalogueStore& m_store;
    QList<qint64> m_after;
    QHash<qint64, int> m_positionsBefore;
};

} // namespace truc2::ui
