#pragma once

// Finds English on a screen that should speak French: a message whose French translation
// differs from its English source shown in English all the same, or an English-only word in a
// text that was never wrapped in tr().

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace truc2::test {

/// One message of a Qt Linguist file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;          ///< The disambiguation, if any.
    QStringList translations; ///< One, or the numerus forms.
    bool numerus = false;
};

/// The messages of a .ts file, read with QXmlStreamReader (vanished and obsolete ones left
/// out); `error` says why nothing could be read.
QList<TsMessage> readTsFile(const QString& path, QString* error);

class EnglishInFrench
{
public:
    /// `messages`: the French translation file's messages.
    explicit EnglishInFrench(const QList<TsMessage>& messages);

    /// Why `text` is English that a French user should not see, or empty when it is fine:
    /// "untranslated: …" when it equals (accelerators removed, spaces simplified, %1 and %n
    /// matching anything) the source of a message whose French differs, unless it also reads
    /// as some French translation; "English word(s): …" for words of englishWords().
    QString problem(const QString& text) const;

    /// Sources of messages translated differently in French (what an untranslated text equals).
    int untranslatedSourceCount() const { return int(m_english.size() + m_englishPatterns.size()); }

    /// Without accelerators ("&&" stays "&"), spaces simplified (no-break ones too).
    static QString normalised(const QString& text);
    /// The words of `text` (rich text read as plain text) that are English and not French.
    static QStringList englishWords(const QString& text);
    /// Names written the same in every language, left out before the words are checked.
    static const QStringList& allowedNames();

private:
    static void addMessage(const QString& text, QSet<QString>& exact,
                           QList<QRegularExpression>& patterns);
    static bool matches(const QString& text, const QSet<QString>& exact,
                        const QList<QRegularExpression>& patterns);

    QSet<QString> m_english;
    QList<QRegularExpression> m_englishPatterns;
    QSet<QString> m_french;
    QList<QRegularExpression> m_frenchPatterns;
};

} // namespace truc2::test
