// The desk speaks Vietnamese by default: every string the sources pass to tr() must have a finished translation in
// translations/danhoi_vi.ts (a new string left untranslated shows in English on a Vietnamese desk), and every
// translation must carry the placeholders of its source (a lost %1 drops a number, a wrong one swaps two values).

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool unfinished = false;
};

QList<Message> messagesOf(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> out;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            out.append({context, {}, {}, false});
        } else if (name == QLatin1String("source") && !out.isEmpty()) {
            out.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation") && !out.isEmpty()) {
            out.last().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (out.last().unfinished || xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            // Plain text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::Characters) {
                    text += xml.text();
                } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("numerusform")) {
                    out.last().translations.append(xml.readElementText());
                } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (out.last().translations.isEmpty())
                out.last().translations.append(text);
        }
    }
    if (xml.hasError())
        *problem = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// The placeholders of a text, each once, in order of number: %1…%99 (also %L1) and %n.
QStringList placeholdersOf(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString number = it.next().captured(1);
        if (!found.contains(number))
            found.append(number);
    }
    found.sort();
    return found;
}

QString shown(const Message& message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(90));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringIsTranslated();
    void translationsKeepThePlaceholders_data();
    void translationsKeepThePlaceholders();
};

void TestTranslations::everySourceStringIsTranslated()
{
    // lupdate the sources into a copy, as `cmake --build build --target update_translations` does into the file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("danhoi_vi.ts"));
    QVERIFY(QFile::copy(QStringLiteral(DANHOI_TRANSLATIONS_DIR "/danhoi_vi.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DANHOI_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), QStringLiteral(DANHOI_APP_DIR),
                   QStringLiteral("@" DANHOI_TRANSLATABLE_LIST), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString problem;
    const QList<Message> messages = messagesOf(copy, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(messages.size() > 500, "lupdate found too few strings: is the list of sources right?");
    QStringList missing;
    for (const Message& message : messages) {
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString& text) { return text.trimmed().isEmpty(); });
        if (message.unfinished || empty)
            missing.append(shown(message));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a Vietnamese translation (run `cmake --build build --target "
                                       "update_translations` and translate them in translations/danhoi_vi.ts):\n%2")
                            .arg(missing.size())
                            .arg(missing.mid(0, 20).join(QLatin1Char('\n')))));
}

void TestTranslations::translationsKeepThePlaceholders_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("danhoi_vi") << QStringLiteral(DANHOI_TRANSLATIONS_DIR "/danhoi_vi.ts");
    QTest::newRow("qt_vi (by hand)") << QStringLiteral(DANHOI_TRANSLATIONS_DIR "/qt_vi.ts");
}

void TestTranslations::translationsKeepThePlaceholders()
{
    QFETCH(QString, file);
    QString problem;
    const QList<Message> messages = messagesOf(file, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!messages.isEmpty());
    QStringList wrong;
    for (const Message& message : messages) {
        if (message.unfinished) {
            wrong.append(shown(message) + QStringLiteral(": unfinished"));
            continue;
        }
        QStringList expected = placeholdersOf(message.source);
        const bool counted = expected.removeAll(QStringLiteral("n")) > 0;
        bool countShown = false;
        for (const QString& translation : message.translations) {
            // Every form keeps the numbered placeholders; a numerus form may leave out %n ("một câu hỏi").
            QStringList got = placeholdersOf(translation);
            countShown = got.removeAll(QStringLiteral("n")) > 0 || countShown;
            if (got != expected)
                wrong.append(QStringLiteral("%1 → \"%2\": placeholders %3, the source's %4")
                                 .arg(shown(message), translation.left(90), got.join(QLatin1Char(' ')),
                                      expected.join(QLatin1Char(' '))));
        }
        if (counted && !countShown)
            wrong.append(shown(message) + QStringLiteral(": no form shows the count (%n)"));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
