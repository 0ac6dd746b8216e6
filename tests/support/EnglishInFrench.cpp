#include "EnglishInFrench.h"

#include <QFile>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <algorithm>

namespace truc2::test {

namespace {

/// Words that are English and not French, case-sensitive: "Date", "Code", "Action", "Format",
/// "Programme", "Catalogue", "Agents", "Total", "Participants", "Sessions", "Service",
/// "Direction", "Note", "Statut", "Satisfaction", "Audience", "Brochure", "Attestation",
/// "Organisation", "Mode", "Test", "Port", "Active" are French too and not listed; nor are
/// "File"/"file"/"files" ("file d'attente"), "Import"/"import"/"export" (nouns of the French
/// texts: "Import des agents…"), "Report"/"report" (a postponement), "Comment", "Rate",
/// "Location", "changes", "on", "or", "as", "an", "a". Command-line options (--from, --to,
/// --out) are left out before the words are read.
const QSet<QString>& englishOnlyWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            // Little words of English sentences.
            "the The of and And with With without Without to To for For from From is Is are "
            "Are this This that That these those your Your you You not Not by By per was were "
            "has have Has Have be been it It its which Which what What when When there here "
            "into only Only all All any Any each Each every Every none None than then Then at "
            "in In our their they them can Can cannot could should would must please Please "
            "more More less least out until Until who Who "
            // Buttons, menus and commands.
            "Yes yes No Save save Cancel cancel Edit edit Search search New new Add add Remove "
            "remove Close close Open open Print print Export Previous previous Next next Apply "
            "Help Settings settings Choose choose Show show Delete delete Copy copy Undo Redo "
            "Quit Back Backup backup About Browse Select select Reset Discard Connect connect "
            "Connection connection Deactivate deactivate Reactivate reactivate Repeat repeat "
            // Calendar words.
            "Today today Week week Weeks weeks Weekly weekly Month month Months months Monthly "
            "monthly Year year Years years Yearly yearly Day day Days days Daily daily Hours "
            "hours Time time Start start End end Morning morning Afternoon afternoon Half half "
            "Calendar calendar Period period Custom custom Series series Holidays holidays "
            "Closed closed "
            // The school's words.
            "Name name Names names Registered registered Registration registration "
            "Registrations registrations Attendance attendance Survey survey Surveys surveys "
            "Reports reports Dashboard dashboard Animator animator Animators animators "
            "Headcount headcount Responses responses Response response Answer answer Answers "
            "answers School school Training training Workshop workshop Workshops workshops "
            "Waiting waiting List list Held held Planned planned Cancelled cancelled Confirmed "
            "confirmed Present present Excused excused Walk walk Title title Summary summary "
            "Objectives objectives Duration duration Room room Capacity capacity Seats seats "
            "Full full Details Comments comments Useful useful Skills skills Recommend Member "
            "member Members members Group group External external Speaker speaker Speakers "
            "speakers Status status Filter filter Filters filters Column column Columns columns "
            "Field field Fields fields Row row Rows rows Line line Lines lines Header header "
            "Headers headers Template template Templates templates Preview preview Folder "
            "folder Error error Warning warning Unknown unknown Other other Changed changed "
            "Unchanged unchanged First first Last last Password password Server server Database "
            "database User user Sheet sheet Sheets sheets Blank blank Reason reason Colour "
            "colour Color color Conference conference");
        const QStringList split = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

/// "%1", "%L2", "%n": what the program puts into a message.
const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]+|n)"));
    return re;
}

int letterCount(const QString& text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }));
}

} // namespace

QList<TsMessage> readTsFile(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool keep = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                keep = true;
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                keep = type != QLatin1String("vanished") && type != QLatin1String("obsolete");
                if (!message.numerus) {
                    message.translations = {xml.readElementText()};
                }
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && keep) {
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

EnglishInFrench::EnglishInFrench(const QList<TsMessage>& messages)
{
    for (const TsMessage& m : messages) {
        bool differs = false;
        for (const QString& french : m.translations) {
            if (!french.isEmpty()) {
                addMessage(french, m_french, m_frenchPatterns);
                differs = differs || normalised(french) != normalised(m.source);
            }
        }
        if (differs) {
            addMessage(m.source, m_english, m_englishPatterns);
        }
    }
}

QString EnglishInFrench::normalised(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain.append(QLatin1Char('&'));
                ++i;
            }
            continue;
        }
        plain.append(text.at(i));
    }
    return plain.simplified();
}

void EnglishInFrench::addMessage(const QString& text, QSet<QString>& exact,
                                 QList<QRegularExpression>& patterns)
{
    const QString plain = normalised(text);
    if (!plain.contains(placeholder())) {
        exact.insert(plain);
        return;
    }
    // A message of arguments and punctuation ("%1: %2") would match any text.
    const QStringList literals = plain.split(placeholder());
    if (letterCount(literals.join(QString())) < 2) {
        return;
    }
    QStringList escaped;
    for (const QString& literal : literals) {
        escaped.append(QRegularExpression::escape(literal));
    }
    patterns.append(QRegularExpression(QStringLiteral("^") + escaped.join(QStringLiteral("(.*)")) +
                                           QStringLiteral("$"),
                                       QRegularExpression::DotMatchesEverythingOption));
}

bool EnglishInFrench::matches(const QString& text, const QSet<QString>& exact,
                              const QList<QRegularExpression>& patterns)
{
    if (exact.contains(text)) {
        return true;
    }
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&text](const QRegularExpression& re) { return re.match(text).hasMatch(); });
}

const QStringList& EnglishInFrench::allowedNames()
{
    // Tools and formats named by their makers, shown as they are in every language.
    static const QStringList names{QStringLiteral("Google Forms"), QStringLiteral("Google Sheets"),
                                   QStringLiteral("Microsoft Forms"),
                                   QStringLiteral("Microsoft Excel"), QStringLiteral("LimeSurvey"),
                                   QStringLiteral("Framaforms"), QStringLiteral("Outlook"),
                                   QStringLiteral("PostgreSQL"), QStringLiteral("SQLite"),
                                   // PostgreSQL's names of its encryption modes (sslmode).
                                   QStringLiteral("verify-full"), QStringLiteral("verify-ca")};
    return names;
}

QStringList EnglishInFrench::englishWords(const QString& text)
{
    QString plain =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain = normalised(plain);
    for (const QString& name : allowedNames()) {
        plain.remove(name);
    }
    // File name patterns (*.csv), command-line options (--from), addresses, e-mails and paths.
    static const QRegularExpression notWords(
        QStringLiteral(R"(\*\.[\w*]+|--[\w-]+|\b\w+://\S+|\S+@\S+|\S*/\S*\.\w+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    plain.remove(notWords);
    QStringList found;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty() && englishOnlyWords().contains(word) && !found.contains(word)) {
            found.append(word);
        }
        word.clear();
    };
    for (const QChar c : std::as_const(plain)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else {
            endWord();
        }
    }
    endWord();
    return found;
}

QString EnglishInFrench::problem(const QString& text) const
{
    const QString plain = normalised(text);
    if (matches(plain, m_english, m_englishPatterns) &&
        !matches(plain, m_french, m_frenchPatterns)) {
        return QStringLiteral("untranslated (its French translation differs)");
    }
    const QStringList words = englishWords(text);
    if (!words.isEmpty()) {
        return QStringLiteral("English word(s): %1").arg(words.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace truc2::test
