#pragma once

#include "TestSchool.h"

namespace truc2::test {

/// A hand-built school for DashboardCalculator where every figure can be counted by hand.
///
/// Directions (service): Culture (Médiathèque), Finances (Budget), Sports (Piscine),
/// Voirie (Travaux). Formats: AT "Un truc² en +" (position 1), CF "Ac'Truc²" (2), EC (3, never
/// held). Actions: Excel and Word (AT), Actualité juridique (CF).
/// Agents (last name "Ann"…, first name "Test"), category/gender:
///   Culture: ann A/F, bob B/M, cyd C/F; Finances: dan A/M, eve B/F;
///   Voirie: fay C/F, gus C/M, hal (none/none); Sports: ivy B/F (never comes).
///   sam: external speaker "Sam SPEAKER" (Université), no service.
/// School year 2020–2021:
///  - s1 Excel 2020-09-15 09:00–12:00 held (anim. ann): bob dan fay present, cyd absent.
///    Survey: 5 answers, satisfaction 1 1 1 .5 .5, useful 4 yes 1 no.
///  - s2 Excel 2020-10-06 09:00–12:00 held (anim. dan): eve gus sam present. No survey.
///  - s3 Talk 2020-10-20 12:00–14:00 held (anim. sam, external): ann hal present, cyd absent,
///    anonymous headcount 10. Survey: 3 answers (1, useful yes).
///  - s4 Word 2021-03-01 09:00 – 2021-03-02 17:00 held (anim. ann + fay): bob present at its
///    four half-days, eve at three (not 1 March afternoon), gus present without half-days
///    (but one recorded for 1 February, before the session moved: ignored), hal absent.
///    Survey: 6 answers, satisfaction .75, useful 3 yes 3 no.
///  - s5 Excel 2020-12-01 cancelled (anim. cyd): bob registered.
///  - one AT response without session, submitted 2021-05-10: satisfaction .5, useful yes.
/// Before and after: s0 Excel 2019-11-05 09:00–12:00 held (anim. dan): ann present;
/// s6 Excel 2021-09-07 09:00–12:00 held (anim. bob): ann present.
struct DashboardSchool
{
    TestSchool school;
    qint64 at = 0, cf = 0, ec = 0;
    qint64 excel = 0, word = 0, talk = 0;
    qint64 culture = 0, finances = 0, sports = 0, voirie = 0; ///< Direction ids.
    qint64 ann = 0, bob = 0, cyd = 0, dan = 0, eve = 0, fay = 0, gus = 0, hal = 0, ivy = 0, sam = 0;
    qint64 s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;

    DashboardSchool();
};

} // namespace truc2::test
