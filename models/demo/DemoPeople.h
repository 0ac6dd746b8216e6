#pragma once

#include "core/Result.h"
#include "demo/DemoData.h"
#include "demo/DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>

// The organisation chart and the directory of the demo school.

namespace truc2 {
class School;
}

namespace truc2::demo {

struct DemoService
{
    int spec = 0; ///< Index into serviceSpecs().
    QString name; ///< The spec's name, or "<name> — secteur N" in a large school.
    int weight = 0;
    qint64 id = 0;
};

struct DemoPerson
{
    Agent agent;
    int service = 0;      ///< Index into Directory::services; -1 for external speakers.
    bool engaged = false; ///< Comes often to the school.
    QDate leftOn;         ///< Inactive agents: the day they left the city.
};

struct Directory
{
    QList<DemoService> services;
    QList<DemoPerson> people;    ///< Active agents, then those who left.
    QList<DemoPerson> externals; ///< External speakers.
    QList<int> volunteers;       ///< People animating the school; volunteer v has profile v % 18.
    QList<int> managers;         ///< Members of the managers' community.
    QList<int> everyone;         ///< Possible participants (every internal agent).
    QList<int> engaged;
    QHash<int, QList<int>> prepCandidates; ///< Per exam-preparation action index.
};

struct DirectorySize
{
    int activeAgents = 600;
    int leftAgents = 25;
    int externals = 3;
    int volunteers = 18;
    int managers = 35;
    int sectorsPerService = 1;
};

/// Plans the whole directory in memory: services, agents, speakers, volunteers, managers.
Directory planDirectory(const DirectorySize& size, DemoRandom& random);

/// Writes the directions, services and persons, and fills in their ids.
Status saveDirectory(School& school, Directory& directory,
                     const std::function<void(int done)>& progress);

} // namespace truc2::demo
