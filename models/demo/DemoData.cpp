#include "demo/DemoData.h"

#include <array>

using namespace Qt::StringLiterals;

namespace truc2::demo {

const FamilySpec& familySpec(Family family)
{
    static const std::array<FamilySpec, 12> specs{{
        // Administrative
        {78,
         16,
         20,
         {u"Attaché"_s, u"Attaché principal"_s},
         {u"Rédacteur"_s, u"Rédacteur principal"_s},
         {u"Adjoint administratif"_s, u"Adjoint administratif principal"_s}},
        // Technical
        {26,
         5,
         8,
         {u"Ingénieur"_s, u"Ingénieur principal"_s},
         {u"Technicien"_s, u"Technicien principal"_s},
         {u"Adjoint technique"_s, u"Adjoint technique principal"_s, u"Agent de maîtrise"_s}},
        // Schools
        {93,
         2,
         4,
         {u"Attaché"_s},
         {u"Rédacteur"_s, u"Animateur"_s},
         {u"ATSEM"_s, u"ATSEM principal"_s, u"Adjoint technique"_s}},
        // Early childhood
        {95,
         12,
         10,
         {u"Éducateur de jeunes enfants"_s, u"Puéricultrice"_s},
         {u"Auxiliaire de puériculture"_s},
         {u"Auxiliaire de puériculture"_s, u"Agent social"_s}},
        // Catering
        {76,
         1,
         6,
         {u"Ingénieur"_s},
         {u"Technicien"_s},
         {u"Adjoint technique"_s, u"Adjoint technique principal"_s, u"Agent de maîtrise"_s}},
        // Animation
        {72,
         3,
         12,
         {u"Attaché"_s},
         {u"Animateur"_s, u"Animateur principal"_s},
         {u"Adjoint d'animation"_s, u"Adjoint d'animation principal"_s}},
        // Culture
        {74,
         14,
         30,
         {u"Bibliothécaire"_s, u"Attaché de conservation"_s},
         {u"Assistant de conservation"_s, u"Assistant de conservation principal"_s},
         {u"Adjoint du patrimoine"_s, u"Adjoint du patrimoine principal"_s}},
        // Music
        {60,
         20,
         50,
         {u"Professeur d'enseignement artistique"_s},
         {u"Assistant d'enseignement artistique"_s},
         {u"Adjoint administratif"_s}},
        // Sports
        {40,
         6,
         24,
         {u"Conseiller des APS"_s},
         {u"Éducateur des APS"_s, u"Éducateur des APS principal"_s},
         {u"Opérateur des APS"_s, u"Adjoint technique"_s}},
        // Police
        {30,
         3,
         12,
         {u"Directeur de police municipale"_s},
         {u"Chef de service de police municipale"_s},
         {u"Gardien-brigadier"_s, u"Brigadier-chef principal"_s}},
        // Social
        {86,
         14,
         26,
         {u"Attaché"_s, u"Conseiller socio-éducatif"_s},
         {u"Assistant socio-éducatif"_s, u"Rédacteur"_s},
         {u"Agent social"_s, u"Adjoint administratif"_s}},
        // Digital
        {30,
         30,
         45,
         {u"Ingénieur"_s, u"Attaché"_s},
         {u"Technicien"_s, u"Technicien principal"_s},
         {u"Adjoint technique"_s}},
    }};
    return specs[std::size_t(family)];
}

const QList<ServiceSpec>& serviceSpecs()
{
    const QString dgs = u"Direction générale des services"_s;
    const QString rh = u"Ressources humaines"_s;
    const QString fin = u"Finances"_s;
    const QString st = u"Services techniques"_s;
    const QString edu = u"Éducation et enfance"_s;
    const QString cult = u"Culture"_s;
    const QString sport = u"Sports"_s;
    const QString pm = u"Police municipale"_s;
    const QString si = u"Systèmes d'information"_s;
    const QString cit = u"Citoyenneté"_s;
    const QString soc = u"Action sociale – CCAS"_s;
    const QString com = u"Communication"_s;
    const QString urba = u"Urbanisme"_s;
    static const QList<ServiceSpec> specs{
        {dgs, u"Secrétariat général"_s, Family::Administrative, 6},
        {dgs, u"Affaires juridiques et commande publique"_s, Family::Administrative, 5},
        {dgs, u"Cabinet du maire et protocole"_s, Family::Administrative, 4},
        {rh, u"Carrière et paie"_s, Family::Administrative, 6},
        {rh, u"Formation et compétences"_s, Family::Administrative, 3},
        {rh, u"Santé et prévention"_s, Family::Administrative, 3},
        {rh, u"Recrutement et mobilité"_s, Family::Administrative, 3},
        {fin, u"Budget et comptabilité"_s, Family::Administrative, 7},
        {fin, u"Contrôle de gestion"_s, Family::Administrative, 2},
        {st, u"Voirie"_s, Family::Technical, 28},
        {st, u"Bâtiments"_s, Family::Technical, 30},
        {st, u"Espaces verts"_s, Family::Technical, 38},
        {st, u"Propreté urbaine"_s, Family::Technical, 32},
        {st, u"Garage et logistique"_s, Family::Technical, 12},
        {st, u"Bureau d'études"_s, Family::Technical, 6},
        {edu, u"Écoles"_s, Family::Schools, 58},
        {edu, u"Petite enfance"_s, Family::EarlyChildhood, 52},
        {edu, u"Restauration scolaire"_s, Family::Catering, 42},
        {edu, u"Périscolaire"_s, Family::Animation, 46},
        {cult, u"Médiathèque"_s, Family::Culture, 18},
        {cult, u"Conservatoire"_s, Family::Music, 20},
        {cult, u"Archives"_s, Family::Culture, 3},
        {cult, u"Action culturelle et événements"_s, Family::Culture, 6},
        {sport, u"Équipements sportifs"_s, Family::Sports, 20},
        {sport, u"Animation sportive"_s, Family::Sports, 8},
        {pm, u"Police municipale"_s, Family::Police, 22},
        {pm, u"Centre de supervision urbaine"_s, Family::Police, 6},
        {si, u"Infrastructures et réseaux"_s, Family::Digital, 5},
        {si, u"Applications et support"_s, Family::Digital, 6},
        {cit, u"État civil"_s, Family::Administrative, 8},
        {cit, u"Élections et affaires générales"_s, Family::Administrative, 3},
        {cit, u"Accueil et formalités"_s, Family::Administrative, 8},
        {cit, u"Cimetières"_s, Family::Technical, 4},
        {soc, u"Accompagnement social"_s, Family::Social, 8},
        {soc, u"Seniors et maintien à domicile"_s, Family::Social, 18},
        {soc, u"Logement"_s, Family::Social, 3},
        {com, u"Publications et numérique"_s, Family::Administrative, 4},
        {com, u"Événementiel et relations publiques"_s, Family::Administrative, 3},
        {urba, u"Urbanisme réglementaire"_s, Family::Administrative, 6},
        {urba, u"Aménagement et habitat"_s, Family::Administrative, 4},
        {urba, u"Commerce et développement économique"_s, Family::Administrative, 3},
    };
    return specs;
}

const QStringList& femaleFirstNames()
{
    static const QStringList names{
        u"Marie"_s,        u"Nathalie"_s,     u"Isabelle"_s,     u"Sylvie"_s,
        u"Catherine"_s,    u"Sandrine"_s,     u"Valérie"_s,      u"Christine"_s,
        u"Céline"_s,       u"Stéphanie"_s,    u"Véronique"_s,    u"Aurélie"_s,
        u"Émilie"_s,       u"Julie"_s,        u"Camille"_s,      u"Laetitia"_s,
        u"Hélène"_s,       u"Sophie"_s,       u"Caroline"_s,     u"Virginie"_s,
        u"Karine"_s,       u"Françoise"_s,    u"Martine"_s,      u"Brigitte"_s,
        u"Patricia"_s,     u"Corinne"_s,      u"Anne"_s,         u"Cécile"_s,
        u"Delphine"_s,     u"Élodie"_s,       u"Mélanie"_s,      u"Audrey"_s,
        u"Laura"_s,        u"Léa"_s,          u"Manon"_s,        u"Chloé"_s,
        u"Inès"_s,         u"Sarah"_s,        u"Clémence"_s,     u"Pauline"_s,
        u"Anaïs"_s,        u"Marion"_s,       u"Agnès"_s,        u"Gaëlle"_s,
        u"Noémie"_s,       u"Maëlle"_s,       u"Zoé"_s,          u"Fatima"_s,
        u"Nadia"_s,        u"Samira"_s,       u"Estelle"_s,      u"Florence"_s,
        u"Laurence"_s,     u"Dominique"_s,    u"Béatrice"_s,     u"Josiane"_s,
        u"Mireille"_s,     u"Jacqueline"_s,   u"Odile"_s,        u"Coralie"_s,
        u"Marie-Claire"_s, u"Anne-Sophie"_s,  u"Marie-Hélène"_s, u"Marie-Christine"_s,
        u"Anne-Laure"_s,   u"Marie-Pierre"_s, u"Lucie"_s,        u"Charlotte"_s,
        u"Justine"_s,      u"Amandine"_s,     u"Ophélie"_s,      u"Solène"_s,
        u"Yasmina"_s,      u"Mathilde"_s,
    };
    return names;
}

const QStringList& maleFirstNames()
{
    static const QStringList names{
        u"Jean"_s,        u"Philippe"_s,    u"Michel"_s,        u"Alain"_s,       u"Patrick"_s,
        u"Nicolas"_s,     u"Christophe"_s,  u"Pierre"_s,        u"Frédéric"_s,    u"Laurent"_s,
        u"Stéphane"_s,    u"Sébastien"_s,   u"David"_s,         u"Éric"_s,        u"Olivier"_s,
        u"Thierry"_s,     u"Julien"_s,      u"Jérôme"_s,        u"Franck"_s,      u"Pascal"_s,
        u"Guillaume"_s,   u"Thomas"_s,      u"Vincent"_s,       u"Cédric"_s,      u"Grégory"_s,
        u"Benoît"_s,      u"Hervé"_s,       u"Gérard"_s,        u"Bruno"_s,       u"Didier"_s,
        u"Loïc"_s,        u"Joël"_s,        u"Rémi"_s,          u"Jérémy"_s,      u"Maxime"_s,
        u"Antoine"_s,     u"Romain"_s,      u"Kévin"_s,         u"Hugo"_s,        u"Lucas"_s,
        u"Théo"_s,        u"Mathis"_s,      u"Maël"_s,          u"Karim"_s,       u"Mehdi"_s,
        u"Youssef"_s,     u"Mamadou"_s,     u"Daniel"_s,        u"Gilles"_s,      u"Yves"_s,
        u"Jean-Pierre"_s, u"Jean-Luc"_s,    u"Jean-François"_s, u"Pierre-Yves"_s, u"Jean-Marc"_s,
        u"Jean-Claude"_s, u"Jean-Michel"_s, u"Fabrice"_s,       u"Arnaud"_s,      u"Ludovic"_s,
        u"Mickaël"_s,     u"Raphaël"_s,     u"Gaël"_s,          u"Florian"_s,     u"Baptiste"_s,
        u"Adrien"_s,      u"Quentin"_s,     u"Yannick"_s,       u"Emmanuel"_s,
    };
    return names;
}

const QStringList& lastNames()
{
    static const QStringList names{
        u"Martin"_s,      u"Bernard"_s,    u"Thomas"_s,    u"Petit"_s,     u"Robert"_s,
        u"Richard"_s,     u"Durand"_s,     u"Dubois"_s,    u"Moreau"_s,    u"Laurent"_s,
        u"Simon"_s,       u"Michel"_s,     u"Lefèvre"_s,   u"Leroy"_s,     u"Roux"_s,
        u"David"_s,       u"Bertrand"_s,   u"Morel"_s,     u"Fournier"_s,  u"Girard"_s,
        u"Bonnet"_s,      u"Dupont"_s,     u"Lambert"_s,   u"Fontaine"_s,  u"Rousseau"_s,
        u"Vincent"_s,     u"Muller"_s,     u"Lefebvre"_s,  u"Faure"_s,     u"André"_s,
        u"Mercier"_s,     u"Blanc"_s,      u"Guérin"_s,    u"Boyer"_s,     u"Garnier"_s,
        u"Chevalier"_s,   u"François"_s,   u"Legrand"_s,   u"Gauthier"_s,  u"Garcia"_s,
        u"Perrin"_s,      u"Robin"_s,      u"Clément"_s,   u"Morin"_s,     u"Nicolas"_s,
        u"Henry"_s,       u"Roussel"_s,    u"Mathieu"_s,   u"Masson"_s,    u"Marchand"_s,
        u"Duval"_s,       u"Denis"_s,      u"Dumont"_s,    u"Lemaire"_s,   u"Noël"_s,
        u"Meyer"_s,       u"Dufour"_s,     u"Meunier"_s,   u"Brun"_s,      u"Blanchard"_s,
        u"Giraud"_s,      u"Joly"_s,       u"Rivière"_s,   u"Lucas"_s,     u"Brunet"_s,
        u"Gaillard"_s,    u"Barbier"_s,    u"Arnaud"_s,    u"Martinez"_s,  u"Gérard"_s,
        u"Roche"_s,       u"Renard"_s,     u"Schmitt"_s,   u"Roy"_s,       u"Leroux"_s,
        u"Colin"_s,       u"Vidal"_s,      u"Caron"_s,     u"Picard"_s,    u"Roger"_s,
        u"Fabre"_s,       u"Aubert"_s,     u"Lemoine"_s,   u"Renaud"_s,    u"Dumas"_s,
        u"Lacroix"_s,     u"Olivier"_s,    u"Philippe"_s,  u"Bourgeois"_s, u"Pierre"_s,
        u"Benoît"_s,      u"Rey"_s,        u"Leclerc"_s,   u"Rolland"_s,   u"Guillaume"_s,
        u"Lecomte"_s,     u"Lopez"_s,      u"Dupuy"_s,     u"Guillot"_s,   u"Hubert"_s,
        u"Berger"_s,      u"Carpentier"_s, u"Sanchez"_s,   u"Dupuis"_s,    u"Moulin"_s,
        u"Deschamps"_s,   u"Huet"_s,       u"Vasseur"_s,   u"Perez"_s,     u"Boucher"_s,
        u"Fleury"_s,      u"Royer"_s,      u"Klein"_s,     u"Jacquet"_s,   u"Adam"_s,
        u"Poirier"_s,     u"Marty"_s,      u"Aubry"_s,     u"Guyot"_s,     u"Carré"_s,
        u"Charpentier"_s, u"Ménard"_s,     u"Maillard"_s,  u"Baron"_s,     u"Bertin"_s,
        u"Bailly"_s,      u"Hervé"_s,      u"Schneider"_s, u"Fernandez"_s, u"Le Gall"_s,
        u"Le Goff"_s,     u"Le Roux"_s,    u"Le Bihan"_s,  u"Le Corre"_s,  u"Collet"_s,
        u"Léger"_s,       u"Bouvier"_s,    u"Julien"_s,    u"Prévost"_s,   u"Millet"_s,
        u"Perrot"_s,      u"Cousin"_s,     u"Germain"_s,   u"Breton"_s,    u"Besson"_s,
        u"Langlois"_s,    u"Rémy"_s,       u"Pelletier"_s, u"Lévêque"_s,   u"Perrier"_s,
        u"Leblanc"_s,     u"Barré"_s,      u"Lebrun"_s,    u"Marchal"_s,   u"Weber"_s,
        u"Mallet"_s,      u"Hamon"_s,      u"Boulanger"_s, u"Jacob"_s,     u"Monnier"_s,
        u"Michaud"_s,     u"Rodriguez"_s,  u"Guichard"_s,  u"Gillet"_s,    u"Étienne"_s,
        u"Tessier"_s,     u"Chauvin"_s,    u"Da Silva"_s,  u"Bouchet"_s,   u"Lemaître"_s,
        u"Bénard"_s,      u"Maréchal"_s,   u"Humbert"_s,   u"Reynaud"_s,   u"Perret"_s,
        u"Barthélemy"_s,  u"Cordier"_s,    u"Pichon"_s,    u"Lejeune"_s,   u"Gilbert"_s,
        u"Delaunay"_s,    u"Pasquier"_s,   u"Laporte"_s,   u"Nguyen"_s,    u"Diallo"_s,
        u"N'Diaye"_s,     u"Benali"_s,     u"Haddad"_s,    u"Ferreira"_s,  u"Dos Santos"_s,
        u"Da Costa"_s,    u"Traoré"_s,     u"Bensaïd"_s,   u"Mendes"_s,    u"Kaya"_s,
        u"Chabert"_s,     u"Berthet"_s,    u"Vial"_s,      u"Jacquemet"_s, u"Ravier"_s,
    };
    return names;
}

QString emailPart(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-') {
            out.append(c);
        } else if (u >= u'A' && u <= u'Z') {
            out.append(QChar(u + (u'a' - u'A')));
        } else if (u == u'œ' || u == u'Œ') {
            out.append(u"oe"_s);
        } else if (u == u'æ' || u == u'Æ') {
            out.append(u"ae"_s);
        }
        // Marks, spaces and apostrophes are dropped.
    }
    return out;
}

const QList<VolunteerProfile>& volunteerProfiles()
{
    // Profile numbers are the indices here; actions name the profiles that animate them.
    static const QList<VolunteerProfile> profiles{
        {u"Budget et comptabilité"_s, Category::B},                   // 0  Excel
        {u"Accueil et formalités"_s, Category::C},                    // 1  Word
        {u"Applications et support"_s, Category::B},                  // 2  Outlook, Teams
        {u"Infrastructures et réseaux"_s, Category::B},               // 3  Teams
        {u"Formation et compétences"_s, Category::A},                 // 4  time and priorities
        {u"Archives"_s, Category::B},                                 // 5  digital filing, sobriety
        {u"Secrétariat général"_s, Category::C},                      // 6  letters, e-signature
        {u"Infrastructures et réseaux"_s, Category::A},               // 7  cybersecurity
        {u"Publications et numérique"_s, Category::B},                // 8  notes, mind maps
        {u"Espaces verts"_s, Category::B},                            // 9  biodiversity
        {u"Propreté urbaine"_s, Category::C},                         // 10 zero waste
        {u"Aménagement et habitat"_s, Category::A},                   // 11 mobility, territory
        {u"Secrétariat général"_s, Category::A},                      // 12 deputy DGS
        {u"Affaires juridiques et commande publique"_s, Category::A}, // 13 lawyer
        {u"Budget et comptabilité"_s, Category::A},                   // 14 finance
        {u"Publications et numérique"_s, Category::A},                // 15 innovation, slides
        {u"Carrière et paie"_s, Category::B},                         // 16 careers, exams
        {u"Formation et compétences"_s, Category::A},                 // 17 training, managers
    };
    return profiles;
}

const QList<ExternalSpeaker>& externalSpeakers()
{
    static const QList<ExternalSpeaker> speakers{
        {u"Claire"_s, u"Vasseur-Martel"_s, Gender::Female, u"Centre de gestion du Rhône"_s,
         u"claire.vasseur-martel@cdg69.fr"_s},
        {u"Olivier"_s, u"Bénichou"_s, Gender::Male, u"CNFPT"_s, u"olivier.benichou@cnfpt.fr"_s},
        {u"Hélène"_s, u"Duchêne"_s, Gender::Female, u"Métropole de Lyon"_s,
         u"helene.duchene@grandlyon.com"_s},
    };
    return speakers;
}

const QStringList& externalOrganisations()
{
    static const QStringList organisations{
        u"Centre de gestion du Rhône"_s, u"CNFPT"_s,
        u"Métropole de Lyon"_s,          u"Région Auvergne-Rhône-Alpes"_s,
        u"Université Lumière Lyon 2"_s,  u"ADEME"_s,
        u"Préfecture du Rhône"_s,        u"Cerema"_s,
    };
    return organisations;
}

const QStringList& externalDomains()
{
    static const QStringList domains{
        u"cdg69.fr"_s,      u"cnfpt.fr"_s, u"grandlyon.com"_s, u"auvergnerhonealpes.fr"_s,
        u"univ-lyon2.fr"_s, u"ademe.fr"_s, u"rhone.gouv.fr"_s, u"cerema.fr"_s,
    };
    return domains;
}

QStringList formatRooms(int format)
{
    switch (format) {
    case AC:
        return {u"Salle du conseil"_s, u"Médiathèque — auditorium"_s};
    case UT:
        return {u"Salle de formation RH"_s, u"Salle informatique — Hôtel de ville"_s};
    case PR:
        return {u"Salle des commissions"_s, u"Salle Pierre Mendès-France"_s};
    case EC:
        return {u"Salle Pierre Mendès-France"_s,
                u"Centre technique municipal — salle de réunion"_s};
    default:
        return {u"Salle du conseil"_s, u"Salle des mariages"_s};
    }
}

QString remoteRoom()
{
    return u"À distance (Teams)"_s;
}

QStringList siteNames()
{
    return {u"Hôtel de ville"_s,
            u"Mairie annexe Nord"_s,
            u"Mairie annexe Sud"_s,
            u"Centre technique municipal"_s,
            u"Maison des services publics"_s,
            u"Pôle éducation"_s,
            u"Pôle solidarités"_s,
            u"Pôle culture"_s};
}

QStringList positiveComments()
{
    return {
        u"Très bon atelier, concret et directement utile."_s,
        u"Merci à l'animatrice, très pédagogue et patiente."_s,
        u"J'ai appris des raccourcis que j'utilise déjà tous les jours."_s,
        u"Format court et efficace, parfait entre deux réunions."_s,
        u"Bonne ambiance, on a échangé avec des collègues d'autres services."_s,
        u"Enfin une formation qui part de nos vrais besoins !"_s,
        u"Très clair, avec des exemples tirés de notre quotidien."_s,
        u"Super initiative, à refaire avec un niveau 2."_s,
        u"Intervenant passionnant, on aurait aimé plus de temps pour les questions."_s,
        u"J'ai pu mettre en pratique dès le lendemain."_s,
        u"Ravie d'avoir rencontré des collègues que je ne connaissais que par courriel."_s,
        u"Les supports envoyés après la séance sont très pratiques."_s,
    };
}

QStringList mixedComments()
{
    return {
        u"Un peu trop rapide pour moi, il faudrait un niveau débutant."_s,
        u"Contenu intéressant mais la salle était trop petite."_s,
        u"Difficile de se libérer sur ce créneau."_s,
        u"La connexion à distance a coupé plusieurs fois."_s,
        u"J'aurais aimé plus d'exercices pratiques."_s,
        u"Sujet déjà connu, j'attendais des points plus avancés."_s,
    };
}

} // namespace truc2::demo
