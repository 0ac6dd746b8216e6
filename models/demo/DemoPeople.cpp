#include "demo/DemoPeople.h"

#include "School.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace truc2::demo {
namespace {

/// Unique e-mail addresses: prenom.nom, then prenom.nom2, prenom.nom3 …
class Mailboxes
{
public:
    QString take(const QString& local, const QString& domain)
    {
        QString candidate = local;
        for (int n = 2; m_used.contains(candidate); ++n) {
            candidate = local + QString::number(n);
        }
        m_used.insert(candidate);
        return candidate + QLatin1Char('@') + domain;
    }

private:
    QSet<QString> m_used;
};

class PeopleMaker
{
public:
    PeopleMaker(DemoRandom& random, int total)
        : m_random(random)
        , m_width(std::max(5, int(QString::number(100 + 3 * qint64(total)).size())))
    {
        for (const QStringList* names : {&femaleFirstNames(), &maleFirstNames(), &lastNames()}) {
            QStringList folded;
            for (const QString& name : *names) {
                folded.append(emailPart(name));
            }
            m_folded.append(folded);
        }
    }

    /// A new person with a realistic name and a unique e-mail address.
    Agent named(Gender gender, const QString& domain)
    {
        Agent a;
        a.gender = gender;
        const int list = gender == Gender::Female ? 0 : 1;
        const QStringList& firsts = list == 0 ? femaleFirstNames() : maleFirstNames();
        const qsizetype first = m_random.index(firsts.size());
        const qsizetype last = m_random.index(lastNames().size());
        a.firstName = firsts[first];
        a.lastName = lastNames()[last];
        a.email = m_mail.take(m_folded[list][first] + QLatin1Char('.') + m_folded[2][last], domain);
        return a;
    }

    Agent agent(const ServiceSpec& service)
    {
        const FamilySpec& family = familySpec(service.family);
        Agent a =
            named(m_random.chance(family.femalePercent / 100.0) ? Gender::Female : Gender::Male,
                  u"ville-exemple.fr"_s);
        const int draw = m_random.between(0, 99);
        a.category = draw < family.percentA
                         ? Category::A
                         : (draw < family.percentA + family.percentB ? Category::B : Category::C);
        a.grade = grade(service.family, a.category);
        const int status = m_random.between(0, 99);
        a.status = status < 80 || (service.family == Family::Police && status < 94)
                       ? u"Titulaire"_s
                       : (status < 94 ? u"Contractuel"_s : u"Stagiaire"_s);
        m_matricule += m_random.between(1, 3);
        a.matricule = u"%1"_s.arg(m_matricule, m_width, 10, QLatin1Char('0'));
        return a;
    }

    QString grade(Family familyOf, Category category)
    {
        const FamilySpec& family = familySpec(familyOf);
        const QStringList& grades =
            category == Category::A ? family.gradesA
                                    : (category == Category::B ? family.gradesB : family.gradesC);
        return m_random.pick(grades);
    }

private:
    DemoRandom& m_random;
    int m_width;
    qint64 m_matricule = 100;
    Mailboxes m_mail;
    QList<QStringList> m_folded;
};

/// Shares of `total` proportional to the weights, adding up exactly (largest remainders).
QList<int> apportion(int total, const QList<double>& weights)
{
    double sum = 0;
    for (double w : weights) {
        sum += w;
    }
    QList<int> shares(weights.size());
    QList<std::pair<double, qsizetype>> remainders;
    int given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const double exact = total * weights[i] / sum;
        shares[i] = int(std::floor(exact));
        given += shares[i];
        remainders.append({exact - shares[i], i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype k = 0; given < total; ++k, ++given) {
        ++shares[remainders[k % remainders.size()].second];
    }
    return shares;
}

} // namespace

Directory planDirectory(const DirectorySize& size, DemoRandom& random)
{
    Directory dir;
    const QList<ServiceSpec>& specs = serviceSpecs();
    QList<double> weights;
    for (int s = 0; s < specs.size(); ++s) {
        // Large municipalities split their bigger services into sectors.
        const int sectors =
            specs[s].weight >= 5 ? size.sectorsPerService : std::max(1, size.sectorsPerService / 3);
        for (int k = 1; k <= sectors; ++k) {
            const QString name =
                sectors == 1 ? specs[s].name : u"%1 — secteur %2"_s.arg(specs[s].name).arg(k);
            dir.services.append({s, name, specs[s].weight, 0});
            weights.append(double(specs[s].weight) / sectors);
        }
    }

    PeopleMaker maker(random, size.activeAgents + size.leftAgents);
    QList<int> serviceOf;
    const QList<int> shares = apportion(size.activeAgents, weights);
    for (int s = 0; s < shares.size(); ++s) {
        serviceOf.append(QList<int>(shares[s], s));
    }
    random.shuffle(serviceOf);
    const QList<int> leftShares = apportion(size.leftAgents, weights);
    QList<int> leftServiceOf;
    for (int s = 0; s < leftShares.size(); ++s) {
        leftServiceOf.append(QList<int>(leftShares[s], s));
    }
    random.shuffle(leftServiceOf);
    serviceOf.append(leftServiceOf);
    const int leftFrom = QDate(2019, 10, 1).daysTo(QDate(2021, 11, 30));
    for (int i = 0; i < serviceOf.size(); ++i) {
        DemoPerson p;
        p.service = serviceOf[i];
        p.agent = maker.agent(specs[dir.services[p.service].spec]);
        p.engaged = random.chance(0.45);
        if (i >= size.activeAgents) {
            p.agent.active = false;
            p.leftOn = QDate(2019, 10, 1).addDays(random.between(0, leftFrom));
        }
        dir.everyone.append(i);
        if (p.engaged) {
            dir.engaged.append(i);
        }
        dir.people.append(p);
    }

    // External speakers: the three of the published school, then more for large ones.
    for (int e = 0; e < size.externals; ++e) {
        DemoPerson p;
        p.service = -1;
        if (e < externalSpeakers().size()) {
            const ExternalSpeaker& known = externalSpeakers()[e];
            p.agent.firstName = known.firstName;
            p.agent.lastName = known.lastName;
            p.agent.gender = known.gender;
            p.agent.organisation = known.organisation;
            p.agent.email = known.email;
        } else {
            const qsizetype org = random.index(externalOrganisations().size());
            p.agent = maker.named(random.chance(0.5) ? Gender::Female : Gender::Male,
                                  externalDomains()[org]);
            p.agent.organisation = externalOrganisations()[org];
        }
        p.agent.external = true;
        dir.externals.append(p);
    }

    // Volunteer animators, in the services their profile names.
    QHash<QString, QList<int>> bySpecName;
    for (int i = 0; i < size.activeAgents; ++i) {
        bySpecName[specs[dir.services[dir.people[i].service].spec].name].append(i);
    }
    QSet<int> taken;
    for (int v = 0; v < size.volunteers; ++v) {
        const VolunteerProfile& profile = volunteerProfiles()[v % kVolunteerProfiles];
        QList<int> free;
        QList<int> matching;
        for (int i : bySpecName.value(profile.serviceName)) {
            if (!taken.contains(i)) {
                free.append(i);
                if (dir.people[i].agent.category == profile.category) {
                    matching.append(i);
                }
            }
        }
        int chosen = 0;
        if (!matching.isEmpty()) {
            chosen = random.pick(matching);
        } else if (!free.isEmpty()) {
            chosen = random.pick(free);
        } else {
            do {
                chosen = int(random.index(size.activeAgents));
            } while (taken.contains(chosen));
        }
        taken.insert(chosen);
        Agent& agent = dir.people[chosen].agent;
        if (agent.category != profile.category) {
            agent.category = profile.category;
            agent.grade = maker.grade(specs[dir.services[dir.people[chosen].service].spec].family,
                                      profile.category);
        }
        agent.facilitationTrainedOn = QDate(2021, 9, 21); // the facilitation training
        dir.volunteers.append(chosen);
        dir.people[chosen].engaged = true;
    }

    // The managers' community: category A agents, trained in facilitation before the launch.
    QList<int> managers;
    for (int i = 0; i < size.activeAgents; ++i) {
        if (dir.people[i].agent.category == Category::A) {
            managers.append(i);
        }
    }
    random.shuffle(managers);
    dir.managers = managers.mid(0, size.managers);
    for (int i : std::as_const(dir.managers)) {
        if (!dir.people[i].agent.facilitationTrainedOn.isValid()) {
            dir.people[i].agent.facilitationTrainedOn = QDate(2019, 6, 13);
        }
    }

    // Who prepares which exam.
    const PrepCycles cycles = prepCycles();
    for (int i = 0; i < size.activeAgents; ++i) {
        const QString& grade = dir.people[i].agent.grade;
        if (grade == u"Adjoint administratif"_s) {
            dir.prepCandidates[cycles.adjointPrincipal].append(i);
        }
        if (dir.people[i].agent.category == Category::C &&
            (grade.startsWith(u"Adjoint administratif"_s) ||
             grade.startsWith(u"Adjoint d'animation"_s) ||
             grade.startsWith(u"Adjoint du patrimoine"_s) || grade == u"Agent social"_s)) {
            dir.prepCandidates[cycles.redacteur].append(i);
        }
        if (grade.startsWith(u"Adjoint technique"_s) || grade == u"Agent de maîtrise"_s) {
            dir.prepCandidates[cycles.technicien].append(i);
        }
    }
    return dir;
}

Status saveDirectory(School& school, Directory& directory,
                     const std::function<void(int done)>& progress)
{
    const QList<ServiceSpec>& specs = serviceSpecs();
    QHash<QString, qint64> directions;
    for (DemoService& service : directory.services) {
        const QString& directionName = specs[service.spec].direction;
        if (!directions.contains(directionName)) {
            const Result<qint64> id =
                school.organisation().insertDirection({0, directionName, true});
            if (!id) {
                return id.error();
            }
            directions.insert(directionName, *id);
        }
        const Result<qint64> id = school.organisation().insertService(
            {0, directions.value(directionName), service.name, true});
        if (!id) {
            return id.error();
        }
        service.id = *id;
    }
    int done = 0;
    for (QList<DemoPerson>* list : {&directory.people, &directory.externals}) {
        for (DemoPerson& person : *list) {
            if (person.service >= 0) {
                person.agent.serviceId = directory.services[person.service].id;
            }
            const Result<qint64> id = school.agents().insertBulk(person.agent);
            if (!id) {
                return id.error();
            }
            person.agent.id = *id;
            if (++done % 500 == 0 && progress) {
                progress(done);
            }
        }
    }
    return {};
}

} // namespace truc2::demo
