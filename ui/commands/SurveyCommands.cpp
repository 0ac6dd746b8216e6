#include "commands/SurveyCommands.h"

#include <QCoreApplication>

namespace truc2::ui {

SurveyImportCommand::SurveyImportCommand(SurveyStore& store, SurveyImportData imported)
    : EditCommand(QCoreApplication::translate("SurveyImportCommand", "Import of %1")
                      .arg(imported.record.fileName))
    , m_store(store)
    , m_data(std::move(imported))
{}

Status SurveyImportCommand::apply()
{
    if (m_done) {
        return {};
    }
    Result<qint64> id = m_store.restore(m_data);
    if (!id) {
        return id.error();
    }
    m_data.record.id = *id;
    m_done = true;
    return {};
}

Status SurveyImportCommand::revert()
{
    Result<SurveyImportData> removed = m_store.removeImport(m_data.record.id);
    if (!removed) {
        return removed.error();
    }
    m_data = std::move(removed).value();
    m_done = false;
    return {};
}

} // namespace truc2::ui
