#include "core/TimeZoneSetup.h"

#include <QFileInfo>
#include <QtGlobal>

namespace truc2 {

void settleTimeZone()
{
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QStringLiteral("/etc/localtime"))) {
        return;
    }
    qputenv("TZ", ":/etc/localtime");
}

} // namespace truc2
