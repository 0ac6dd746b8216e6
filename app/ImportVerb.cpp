#include "CommandLine.h"
#include "VerbSupport.h"
#include "Verbs.h"

#include <QTextStream>

#include <array>

namespace truc2::cli {
namespace {

struct ImportKind
{
    const char* name;
    const char* description;
    int (*run)(const GlobalOptions&);
};

// The kinds of `truc2 import KIND`, in the order they are listed.
const std::array kImportKinds{
    ImportKind{"agents",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Update the directory of agents from the HR system's export"),
               &runImportAgents},
};

QString kindList()
{
    QString text = Verbs::tr("Usage: truc2 import KIND FILE [options]") + QLatin1Char('\n') +
                   Verbs::tr("Kinds:") + QLatin1Char('\n');
    for (const ImportKind& kind : kImportKinds) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(kind.name).leftJustified(8),
                         QCoreApplication::translate("CommandLine", kind.description));
    }
    return text;
}

} // namespace

int runImport(const GlobalOptions& options)
{
    const QString kind = options.verbArguments.value(0);
    if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        out() << kindList();
        return Success;
    }
    for (const ImportKind& entry : kImportKinds) {
        if (kind == QLatin1String(entry.name)) {
            GlobalOptions forKind = options;
            forKind.verb = QStringLiteral("import ") + kind;
            forKind.verbArguments.removeFirst();
            return entry.run(forKind);
        }
    }
    err() << (kind.isEmpty() ? Verbs::tr("Say what to import.")
                             : Verbs::tr("Unknown kind of import “%1”.").arg(kind))
          << '\n'
          << kindList();
    err().flush();
    return UsageError;
}

} // namespace truc2::cli
