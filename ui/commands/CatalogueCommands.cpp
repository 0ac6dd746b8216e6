#include "commands/CatalogueCommands.h"

#include "storage/CatalogueStore.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace truc2::ui {
namespace {

// The store's calls for each kind of row, so that one template serves formats and actions.

QString titleOf(const Format& f)
{
    return f.name;
}

QString titleOf(const Action& a)
{
    return a.title;
}

Result<qint64> insertRow(CatalogueStore& store, const Format& f)
{
    return store.insertFormat(f);
}

Result<qint64> insertRow(CatalogueStore& store, const Action& a)
{
    return store.insertAction(a);
}

Result<Format> readRow(CatalogueStore& store, const Format& f)
{
    return store.format(f.id);
}

Result<Action> readRow(CatalogueStore& store, const Action& a)
{
    return store.action(a.id);
}

Result<Format> updateRow(CatalogueStore& store, const Format& f)
{
    return store.updateFormat(f);
}

Result<Action> updateRow(CatalogueStore& store, const Action& a)
{
    return store.updateAction(a);
}

Status removeRow(CatalogueStore& store, const Format& f)
{
    return store.removeFormat(f.id);
}

Status removeRow(CatalogueStore& store, const Action& a)
{
    return store.removeAction(a.id);
}

/// The values as the store keeps them, for comparing contents: without the row version, nor
/// the position, which only MoveFormatCommand changes.
Format normalised(Format f)
{
    f.position = 0;
    f.code = f.code.trimmed().toUpper();
    f.name = f.name.trimmed();
    f.nounSingular = f.nounSingular.trimmed();
    f.nounPlural = f.nounPlural.trimmed();
    f.colour = QColor(f.colour.name());
    f.rowVersion = 0;
    return f;
}

/// An edit of a format leaves its place in the order as it is now.
void keepStoredOrder(Format& next, const Format& stored)
{
    next.position = stored.position;
}

void keepStoredOrder(Action&, const Action&) {}

Action normalised(Action a)
{
    for (QString* text :
         {&a.title, &a.summary, &a.objectives, &a.audience, &a.prerequisites, &a.tags}) {
        *text = text->trimmed();
    }
    a.rowVersion = 0;
    return a;
}

} // namespace

template <typename T>
AddCatalogueCommand<T>::AddCatalogueCommand(CatalogueStore& store, const T& value,
                                            const QString& text)
    : EditCommand(
          text.isEmpty()
              ? QCoreApplication::translate("CatalogueCommands", "Add “%1”").arg(titleOf(value))
              : text)
    , m_store(store)
    , m_value(value)
{}

template <typename T>
Status AddCatalogueCommand<T>::apply()
{
    const Result<qint64> id = insertRow(m_store, m_value);
    if (!id) {
        return id.error();
    }
    m_value.id = *id;
    m_value.rowVersion = 1;
    return {};
}

template <typename T>
Status AddCatalogueCommand<T>::revert()
{
    return removeRow(m_store, m_value);
}

template <typename T>
EditCatalogueCommand<T>::EditCatalogueCommand(CatalogueStore& store, const T& before,
                                              const T& after, const QString& text)
    : EditCommand(
          text.isEmpty()
              ? QCoreApplication::translate("CatalogueCommands", "Edit “%1”").arg(titleOf(after))
              : text)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

template <typename T>
Status EditCatalogueCommand<T>::save(const T& expected, const T& values)
{
    const Result<T> current = readRow(m_store, values);
    if (!current) {
        return current.error();
    }
    // Other commands of the stack may have saved this row and been undone since (a move, a
    // retire): its version moved on but its contents are back to what this command expects.
    if (normalised(*current) != normalised(expected)) {
        return changedMeanwhileError();
    }
    T next = values;
    next.rowVersion = current->rowVersion;
    keepStoredOrder(next, *current);
    const Result<T> saved = updateRow(m_store, next);
    if (!saved) {
        return saved.error();
    }
    return {};
}

template <typename T>
Status EditCatalogueCommand<T>::apply()
{
    return save(m_before, m_after);
}

template <typename T>
Status EditCatalogueCommand<T>::revert()
{
    return save(m_after, m_before);
}

template <typename T>
RemoveCatalogueCommand<T>::RemoveCatalogueCommand(CatalogueStore& store, const T& value)
    : EditCommand(
          QCoreApplication::translate("CatalogueCommands", "Remove “%1”").arg(titleOf(value)))
    , m_store(store)
    , m_value(value)
{}

template <typename T>
Status RemoveCatalogueCommand<T>::apply()
{
    // Keep the latest values, so that undo brings back exactly what was removed.
    const Result<T> current = readRow(m_store, m_value);
    if (!current) {
        return current.error();
    }
    m_value = *current;
    return removeRow(m_store, m_value);
}

template <typename T>
Status RemoveCatalogueCommand<T>::revert()
{
    const Result<qint64> id = insertRow(m_store, m_value);
    if (!id) {
        return id.error();
    }
    return {};
}

template class AddCatalogueCommand<Format>;
template class AddCatalogueCommand<Action>;
template class EditCatalogueCommand<Format>;
template class EditCatalogueCommand<Action>;
template class RemoveCatalogueCommand<Format>;
template class RemoveCatalogueCommand<Action>;

EditActionCommand* setActionActiveCommand(CatalogueStore& store, const Action& action, bool active)
{
    Action after = action;
    after.active = active;
    const QString text =
        active
            ? QCoreApplication::translate("CatalogueCommands", "Reactivate “%1”").arg(action.title)
            : QCoreApplication::translate("CatalogueCommands", "Retire “%1”").arg(action.title);
    return new EditActionCommand(store, action, after, text);
}

MoveFormatCommand::MoveFormatCommand(CatalogueStore& store, const Format& moved,
                                     const QList<qint64>& orderBefore,
                                     const QList<qint64>& orderAfter)
    : EditCommand(
          orderAfter.indexOf(moved.id) < orderBefore.indexOf(moved.id)
              ? QCoreApplication::translate("CatalogueCommands", "Move “%1” up").arg(moved.name)
              : QCoreApplication::translate("CatalogueCommands", "Move “%1” down").arg(moved.name))
    , m_store(store)
    , m_after(orderAfter)
{}

QList<qint64> MoveFormatCommand::movedOrder(QList<qint64> order, qint64 id, int step)
{
    const qsizetype from = order.indexOf(id);
    const qsizetype to = from + step;
    if (from < 0 || to < 0 || to >= order.size()) {
        return order;
    }
    order.move(from, to);
    return order;
}

Status MoveFormatCommand::setPositions(const QHash<qint64, int>& positions)
{
    return m_store.setFormatPositions(positions);
}

Status MoveFormatCommand::apply()
{
    // Note where every format stands, so that undo puts each back exactly there.
    m_positionsBefore.clear();
    QHash<qint64, int> positions;
    for (int i = 0; i < m_after.size(); ++i) {
        const Result<Format> current = m_store.format(m_after.at(i));
        if (!current) {
            return current.error();
        }
        m_positionsBefore.insert(current->id, current->position);
        positions.insert(current->id, i + 1);
    }
    return setPositions(positions);
}

Status MoveFormatCommand::revert()
{
    return setPositions(m_positionsBefore);
}

} // namespace truc2::ui
