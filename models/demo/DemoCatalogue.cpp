// The formats and the catalogue of actions of the demo school.

#include "demo/DemoData.h"

using namespace Qt::StringLiterals;

namespace truc2::demo {
namespace {

Format format(const QString& code, const QString& name, const QString& singular,
              const QString& plural, QColor colour, RegistrationMode mode, int position)
{
    Format f;
    f.code = code;
    f.name = name;
    f.nounSingular = singular;
    f.nounPlural = plural;
    f.colour = colour;
    f.registrationMode = mode;
    f.position = position;
    return f;
}

ActionSpec action(int formatIndex, const QString& title, const QString& summary,
                  const QString& objectives, const QString& audience, const QString& prerequisites,
                  int minutes, int capacity, const QString& tags, QList<int> profiles)
{
    ActionSpec spec;
    spec.action.formatId = formatIndex;
    spec.action.title = title;
    spec.action.summary = summary;
    spec.action.objectives = objectives;
    spec.action.audience = audience;
    spec.action.prerequisites = prerequisites;
    spec.action.durationMinutes = minutes;
    spec.action.defaultCapacity = capacity;
    spec.action.tags = tags;
    spec.animatorProfiles = std::move(profiles);
    return spec;
}

} // namespace

QList<Format> formatSpecs()
{
    return {
        format(u"AC"_s, u"Ac'Truc²"_s, u"conférence"_s, u"conférences"_s, QColor(0xd9, 0x82, 0x2b),
               RegistrationMode::Open, 1),
        format(u"UT"_s, u"Un truc² en +"_s, u"atelier"_s, u"ateliers"_s, QColor(0x3a, 0x7c, 0xa5),
               RegistrationMode::Capacity, 2),
        format(u"PR"_s, u"Prépa'Truc²"_s, QString(), QString(), QColor(0x8e, 0x6b, 0xbf),
               RegistrationMode::Cycle, 3),
        format(u"EC"_s, u"Eco'Truc²"_s, u"rencontre"_s, u"rencontres"_s, QColor(0x4c, 0x9f, 0x70),
               RegistrationMode::Open, 4),
        format(u"CM"_s, u"Communauté des managers"_s, u"réunion"_s, u"réunions"_s,
               QColor(0xc9, 0x4f, 0x6d), RegistrationMode::Closed, 5),
    };
}

const QList<ActionSpec>& actionSpecs()
{
    const QString everyone = u"Tous les agents"_s;
    const QString officeTags = u"bureautique"_s;
    static const QList<ActionSpec> specs{
        // Un truc² en + : hands-on workshops (180 min in the morning, 150 in the afternoon).
        action(
            UT, u"Excel : les bases"_s,
            u"Construire un tableau propre, des formules simples et des mises en forme utiles."_s,
            u"Saisir et mettre en forme un tableau ; utiliser SOMME, MOYENNE et SI ; imprimer."_s,
            everyone, QString(), 180, 8, officeTags + u", Excel"_s, {0}),
        action(
            UT, u"Excel : tableaux croisés dynamiques"_s,
            u"Résumer un grand tableau en quelques clics pour en tirer des chiffres fiables."_s,
            u"Préparer ses données ; créer, filtrer et actualiser un tableau croisé dynamique."_s,
            u"Agents utilisant déjà Excel"_s, u"Avoir suivi « Excel : les bases »"_s, 180, 8,
            officeTags + u", Excel"_s, {0}),
        action(UT, u"Word : documents longs et publipostage"_s,
               u"Styles, table des matières et courriers personnalisés à partir d'une liste."_s,
               u"Structurer un document avec les styles ; réaliser un publipostage."_s, everyone,
               QString(), 150, 8, officeTags + u", Word"_s, {1}),
        action(UT, u"Outlook : messagerie et agenda partagés"_s,
               u"Trier ses messages, utiliser les règles et partager son agenda avec son équipe."_s,
               u"Désencombrer sa boîte ; planifier une réunion ; déléguer son agenda."_s, everyone,
               QString(), 150, 10, officeTags + u", Outlook, organisation"_s, {2}),
        action(
            UT, u"Teams : travailler et se réunir à distance"_s,
            u"Organiser une réunion, partager un document et travailler à plusieurs sur Teams."_s,
            u"Rejoindre et animer une réunion ; utiliser les équipes et les canaux."_s, everyone,
            QString(), 150, 10, officeTags + u", Teams, travail à distance"_s, {3, 2}),
        action(UT, u"Gérer son temps et ses priorités"_s,
               u"Des méthodes simples pour distinguer l'urgent de l'important."_s,
               u"Identifier ses voleurs de temps ; planifier sa semaine ; dire non avec tact."_s,
               everyone, QString(), 180, 12, u"organisation, trucs et astuces"_s, {4}),
        action(
            UT, u"Classer et retrouver ses documents numériques"_s,
            u"Une arborescence partagée, des noms de fichiers clairs et moins de doublons."_s,
            u"Nommer et classer ses fichiers ; archiver ; appliquer les durées de conservation."_s,
            everyone, QString(), 150, 10, u"organisation, archives, numérique"_s, {5}),
        action(UT, u"Rédiger un courrier administratif clair"_s,
               u"Écrire simple pour être compris des usagers : structure, ton et formules."_s,
               u"Structurer un courrier ; éviter le jargon ; relire efficacement."_s, everyone,
               QString(), 180, 12, u"écrit professionnel, relation usagers"_s, {6}),
        action(UT, u"Le parapheur électronique pas à pas"_s,
               u"Faire circuler et signer les documents sans papier."_s,
               u"Déposer un document ; suivre un circuit de validation ; signer."_s,
               u"Agents administratifs et encadrants"_s, QString(), 150, 10,
               u"dématérialisation, outils métier"_s, {6, 2}),
        action(UT, u"Cybersécurité : les bons réflexes"_s,
               u"Repérer l'hameçonnage, choisir ses mots de passe, protéger les données."_s,
               u"Reconnaître un courriel frauduleux ; utiliser un gestionnaire de mots de passe."_s,
               everyone, QString(), 150, 12, u"numérique, sécurité"_s, {7}),
        action(UT, u"Prendre des notes et faire une carte mentale"_s,
               u"Des techniques de prise de notes et de compte rendu rapides."_s,
               u"Prendre des notes structurées ; réaliser une carte mentale ; rédiger un relevé."_s,
               everyone, QString(), 180, 12, u"organisation, trucs et astuces"_s, {8}),
        action(UT, u"Réussir ses présentations"_s,
               u"Des diapositives sobres et un propos qui captive."_s,
               u"Construire un message ; illustrer sans surcharger ; prendre la parole."_s,
               everyone, QString(), 150, 10, officeTags + u", PowerPoint, communication"_s, {15}),
        // Ac'Truc² : conferences at lunchtime (75 min) or after work (90 min).
        action(
            AC, u"Actualité juridique des collectivités"_s,
            u"Les textes de l'année qui changent le travail des services."_s,
            u"Connaître les nouveautés législatives et réglementaires ; en mesurer les effets."_s,
            everyone, QString(), 75, 0, u"actualité juridique, veille"_s, {13}),
        action(
            AC, u"Loi de transformation de la fonction publique : ce qui change"_s,
            u"Contrats, lignes directrices de gestion, rupture conventionnelle : les points clés."_s,
            u"Comprendre la réforme et ses conséquences pour les agents."_s, everyone, QString(),
            90, 0, u"actualité juridique, statut, ressources humaines"_s, {13, 16}),
        action(AC, u"Comprendre le budget de la ville"_s,
               u"D'où vient l'argent de la commune et à quoi il sert."_s,
               u"Lire un budget primitif ; comprendre les grands équilibres financiers."_s,
               everyone, QString(), 75, 0, u"finances, veille territoriale"_s, {14}),
        action(AC, u"Veille territoriale : la commune dans la Métropole"_s,
               u"Qui fait quoi entre la ville, la Métropole de Lyon et l'État ?"_s,
               u"Situer les compétences de chacun ; connaître les projets du territoire."_s,
               everyone, QString(), 90, 0, u"veille territoriale, intercommunalité"_s, {12, 11}),
        action(AC, u"Innovation publique : le design des politiques publiques"_s,
               u"Partir des usagers pour repenser un service : méthodes et retours d'expérience."_s,
               u"Découvrir les démarches de design ; identifier une expérimentation possible."_s,
               everyone, QString(), 75, 0, u"innovation, méthodes"_s, {15, 12}),
        action(AC, u"RGPD : protéger les données personnelles au quotidien"_s,
               u"Ce que chaque agent doit savoir sur les données des usagers et des collègues."_s,
               u"Connaître les principes du RGPD ; réagir à une demande d'accès."_s, everyone,
               QString(), 75, 0, u"actualité juridique, numérique"_s, {13, 7}),
        // Prépa'Truc² : exam-preparation cycles, full days.
        action(PR, u"Préparation au concours de rédacteur territorial"_s,
               u"Méthodologie de la note, entraînement aux épreuves et oral blanc."_s,
               u"Maîtriser la note administrative ; préparer l'entretien avec le jury."_s,
               u"Agents de catégorie C inscrits au concours"_s,
               u"Être inscrit au concours ou à l'examen professionnel"_s, 420, 12,
               u"concours, Rédacteur, évolution professionnelle"_s, {13, 16}),
        action(PR, u"Préparation à l'examen d'adjoint administratif principal"_s,
               u"Révisions, épreuve écrite et préparation à l'entretien."_s,
               u"Réussir l'examen professionnel d'avancement de grade."_s,
               u"Adjoints administratifs éligibles"_s, QString(), 420, 12,
               u"concours, Adjoint administratif principal, évolution professionnelle"_s, {16, 17}),
        action(PR, u"Préparation au concours de technicien territorial"_s,
               u"Rapport technique, étude de cas et oral, avec des techniciens de la ville."_s,
               u"Rédiger un rapport technique ; présenter son parcours au jury."_s,
               u"Agents des services techniques"_s, u"Être inscrit au concours"_s, 420, 12,
               u"concours, Technicien, évolution professionnelle"_s, {9, 16}),
        // Eco'Truc² : the monthly sustainability meetup.
        action(EC, u"Zéro déchet au bureau"_s,
               u"Trier, réduire, réemployer : les petits gestes qui comptent."_s,
               u"Partager des pratiques de réduction des déchets au travail."_s, everyone,
               QString(), 75, 0, u"développement durable, déchets"_s, {10}),
        action(EC, u"Jardiner sans pesticides et favoriser la biodiversité"_s,
               u"Les jardiniers de la ville partagent leurs méthodes."_s,
               u"Découvrir la gestion différenciée des espaces verts."_s, everyone, QString(), 75,
               0, u"développement durable, biodiversité"_s, {9}),
        action(EC, u"Se déplacer autrement"_s,
               u"Vélo, covoiturage, transports en commun : les solutions pour venir au travail."_s,
               u"Connaître le forfait mobilités durables ; essayer une solution."_s, everyone,
               QString(), 75, 0, u"développement durable, mobilité"_s, {11}),
        action(
            EC, u"Sobriété numérique et énergétique"_s,
            u"Moins de courriels, moins de veille, moins de chauffage : combien économise-t-on ?"_s,
            u"Mesurer son empreinte ; adopter trois gestes de sobriété."_s, everyone, QString(), 75,
            0, u"développement durable, numérique, énergie"_s, {5, 11}),
        // Communauté des managers : the closed network of managers.
        action(CM, u"Co-développement entre managers"_s,
               u"Un manager expose une situation, le groupe l'aide à trouver des pistes."_s,
               u"Prendre du recul sur ses pratiques ; s'entraider entre pairs."_s,
               u"Membres de la communauté des managers"_s, QString(), 120, 0,
               u"management, intelligence collective"_s, {17, 12}),
        action(CM, u"Animer en intelligence collective"_s,
               u"Des techniques d'animation pour des réunions plus participatives, selon la charte "
               u"managériale."_s,
               u"Pratiquer trois techniques de facilitation ; les transposer dans son équipe."_s,
               u"Membres de la communauté des managers"_s, QString(), 120, 0,
               u"management, facilitation, charte managériale"_s, {12, 17}),
    };
    return specs;
}

PrepCycles prepCycles()
{
    PrepCycles cycles;
    const QList<ActionSpec>& specs = actionSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        const QString& title = specs[i].action.title;
        if (title.contains(u"rédacteur"_s)) {
            cycles.redacteur = i;
        } else if (title.contains(u"adjoint administratif principal"_s)) {
            cycles.adjointPrincipal = i;
        } else if (title.contains(u"technicien"_s)) {
            cycles.technicien = i;
        }
    }
    return cycles;
}

} // namespace truc2::demo
