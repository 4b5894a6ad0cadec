// The department suggester: explainable reasons, accents or not, and its accuracy on the questions of
// tests/data/routing (a copy of the shared sample) by cross-validation and a held-out split.

#include "core/RoutingSuggester.h"
#include "core/TextFolding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace danhoi;

namespace {

struct Sample {
    QString text;
    QString answer;
    QStringList departments; // the primary, then the secondary one if any
};

struct DepartmentSeed {
    QString code;
    QString name;
    QStringList keywords;
};

QList<Sample> loadSamples()
{
    QFile file(QStringLiteral(DANHOI_TEST_DATA "/routing/questions.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Sample> samples;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject q = QJsonDocument::fromJson(line).object();
        const QString department = q.value(QStringLiteral("department")).toString();
        if (department.isEmpty())
            continue; // out of scope: nothing to route
        Sample sample{q.value(QStringLiteral("title")).toString() + QLatin1Char('\n') + q.value(QStringLiteral("body")).toString(),
                      q.value(QStringLiteral("answer")).toString(), {department}};
        const QString secondary = q.value(QStringLiteral("department_secondary")).toString();
        if (!secondary.isEmpty())
            sample.departments.append(secondary);
        samples.append(sample);
    }
    return samples;
}

QList<DepartmentSeed> loadDepartments()
{
    QFile file(QStringLiteral(DANHOI_TEST_DATA "/routing/departments.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DepartmentSeed> seeds;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject d = value.toObject();
        QStringList keywords;
        for (const QJsonValue& k : d.value(QStringLiteral("keywords_vi")).toArray())
            keywords.append(k.toString().split(QLatin1Char(','))); // "thư viện, bảo tàng" is two keywords
        seeds.append({d.value(QStringLiteral("code")).toString(), d.value(QStringLiteral("name_vi")).toString(), keywords});
    }
    return seeds;
}

struct Accuracy {
    int top1 = 0;
    int top3 = 0;
    int total = 0;
    double top1Rate() const { return total ? double(top1) / total : 0; }
    double top3Rate() const { return total ? double(top3) / total : 0; }
};

// Trains on `train` the way RoutingService does (question and answer text) and scores `test`.
void evaluate(const QList<DepartmentSeed>& seeds, const QList<Sample>& train, const QList<Sample>& test, Accuracy& out)
{
    RoutingSuggester suggester;
    for (const DepartmentSeed& seed : seeds)
        suggester.addDepartment(seed.code, seed.name, seed.keywords);
    for (const Sample& sample : train)
        suggester.addExample(sample.departments.first(), sample.text + QLatin1Char('\n') + sample.answer);
    for (const Sample& sample : test) {
        const auto suggestions = suggester.suggest(sample.text, 3);
        ++out.total;
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (sample.departments.contains(suggestions.at(i).departmentCode)) {
                out.top1 += i == 0 ? 1 : 0;
                ++out.top3;
                break;
            }
        }
    }
}

} // namespace

class TestRoutingSuggester : public QObject
{
    Q_OBJECT

    QList<Sample> m_samples;
    QList<DepartmentSeed> m_departments;

private slots:
    void initTestCase();
    void suggestsWithReasonsAsWritten();
    void withoutAccentsToo();
    void namedDepartmentCounts();
    void reasonsAreWordsNotSyllables();
    void onlyOfferedDepartments();
    void nothingInCommonNothingSuggested();
    void crossValidation();
    void heldOutSplit();
};

void TestRoutingSuggester::initTestCase()
{
    m_samples = loadSamples();
    m_departments = loadDepartments();
    QVERIFY(m_samples.size() > 200);
    QCOMPARE(m_departments.size(), 16);
}

void TestRoutingSuggester::suggestsWithReasonsAsWritten()
{
    RoutingSuggester suggester;
    suggester.addExample(QStringLiteral("SVHTTDL"), QStringLiteral("Lễ hội đền Cuông có những hoạt động du lịch gì?"));
    suggester.addExample(QStringLiteral("SVHTTDL"), QStringLiteral("Đăng ký homestay du lịch cộng đồng ở Con Cuông"));
    suggester.addExample(QStringLiteral("STNMT"), QStringLiteral("Cấp giấy chứng nhận quyền sử dụng đất lần đầu"));
    suggester.addExample(QStringLiteral("STNMT"), QStringLiteral("Tranh chấp đất đai với hàng xóm"));
    QCOMPARE(suggester.exampleCount(), 4);
    const auto suggestions = suggester.suggest(QStringLiteral("Hỏi về Lễ Hội và tour Du Lịch mùa hè"));
    QVERIFY(!suggestions.isEmpty());
    QCOMPARE(suggestions.first().departmentCode, QStringLiteral("SVHTTDL"));
    QVERIFY(suggestions.first().score > 0);
    QVERIFY2(suggestions.first().reasons.contains(QStringLiteral("du lịch")),
             qPrintable(suggestions.first().reasons.join(QLatin1Char('|'))));
    QVERIFY2(suggestions.first().reasons.contains(QStringLiteral("lễ hội")),
             qPrintable(suggestions.first().reasons.join(QLatin1Char('|'))));
    for (qsizetype i = 1; i < suggestions.size(); ++i)
        QVERIFY(suggestions.at(i - 1).score >= suggestions.at(i).score);
}

void TestRoutingSuggester::withoutAccentsToo()
{
    RoutingSuggester suggester;
    suggester.addExample(QStringLiteral("STNMT"), QStringLiteral("Tranh chấp đất đai với hàng xóm về ranh giới thửa đất"));
    suggester.addExample(QStringLiteral("SGTVT"), QStringLiteral("Đường giao thông liên xã xuống cấp, nhiều ổ gà"));
    const auto plain = suggester.suggest(QStringLiteral("tranh chap dat dai voi nha ben canh"));
    QVERIFY(!plain.isEmpty());
    QCOMPARE(plain.first().departmentCode, QStringLiteral("STNMT"));
    QVERIFY2(plain.first().reasons.contains(QStringLiteral("tranh chap")) || plain.first().reasons.contains(QStringLiteral("dat dai")),
             qPrintable(plain.first().reasons.join(QLatin1Char('|'))));
    QCOMPARE(suggester.suggest(QStringLiteral("ĐƯỜNG GIAO THÔNG HƯ HỎNG")).first().departmentCode, QStringLiteral("SGTVT"));
}

void TestRoutingSuggester::namedDepartmentCounts()
{
    RoutingSuggester suggester;
    suggester.addDepartment(QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), {QStringLiteral("khai sinh")});
    suggester.addDepartment(QStringLiteral("SGDDT"), QStringLiteral("Sở Giáo dục và Đào tạo"), {QStringLiteral("học bạ")});
    const auto suggestions =
        suggester.suggest(QStringLiteral("Kính gửi Sở Tư pháp. Giấy khai sinh của tôi không khớp với học bạ."));
    QVERIFY(suggestions.size() >= 2);
    QCOMPARE(suggestions.first().departmentCode, QStringLiteral("STP"));
    QCOMPARE(suggestions.first().reasons.first(), QStringLiteral("Sở Tư pháp"));
}

// A Vietnamese word is often two syllables: "gian" or "lẻ" alone told the coordinator nothing. A syllable that weighs
// towards a department is shown with its neighbour in the text ("thời gian", "bán lẻ"), so a one-word reason is only
// a word the text never joins to another.
void TestRoutingSuggester::reasonsAreWordsNotSyllables()
{
    RoutingSuggester suggester;
    for (const DepartmentSeed& seed : std::as_const(m_departments))
        suggester.addDepartment(seed.code, seed.name, seed.keywords);
    for (const Sample& sample : std::as_const(m_samples))
        suggester.addExample(sample.departments.first(), sample.text + QLatin1Char('\n') + sample.answer);
    int reasons = 0;
    QStringList lone;
    for (const Sample& sample : std::as_const(m_samples)) {
        const QHash<QString, double> features = RoutingSuggester::features(sample.text);
        for (const RoutingSuggestion& suggestion : suggester.suggest(sample.text, 3)) {
            for (const QString& reason : suggestion.reasons) {
                ++reasons;
                const QStringList words = TextFolding::words(reason);
                QVERIFY2(!words.isEmpty(), qPrintable(reason));
                if (words.size() > 1)
                    continue;
                const bool joined = std::any_of(features.keyBegin(), features.keyEnd(), [&](const QString& feature) {
                    const QStringList parts = feature.split(QLatin1Char(' '));
                    return parts.size() == 2 && parts.contains(words.first());
                });
                if (joined)
                    lone.append(reason);
            }
        }
    }
    QVERIFY(reasons > 1000);
    QVERIFY2(lone.isEmpty(), qPrintable(QStringLiteral("%1 of %2 reasons a lone syllable: %3")
                                            .arg(lone.size()).arg(reasons).arg(lone.mid(0, 30).join(QLatin1Char('|')))));
    // The phrase as the asker wrote it.
    RoutingSuggester small;
    small.addExample(QStringLiteral("SCT"), QStringLiteral("Giấy phép bán lẻ rượu, cửa hàng bán lẻ xăng dầu"));
    small.addExample(QStringLiteral("SCT"), QStringLiteral("Đăng ký bán lẻ thuốc lá"));
    small.addExample(QStringLiteral("SYT"), QStringLiteral("Khám chữa bệnh bảo hiểm y tế"));
    const auto suggestions = small.suggest(QStringLiteral("Điều kiện mở điểm Bán Lẻ gas tại nhà?"));
    QVERIFY(!suggestions.isEmpty());
    QCOMPARE(suggestions.first().departmentCode, QStringLiteral("SCT"));
    QVERIFY2(suggestions.first().reasons.contains(QStringLiteral("bán lẻ")),
             qPrintable(suggestions.first().reasons.join(QLatin1Char('|'))));
}

void TestRoutingSuggester::onlyOfferedDepartments()
{
    RoutingSuggester suggester;
    suggester.addDepartment(QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), {QStringLiteral("lao động")});
    suggester.addExample(QStringLiteral("SLDTBXH"), QStringLiteral("Hợp đồng lao động và tiền lương")); // merged, retired
    suggester.addExample(QStringLiteral("SNV"), QStringLiteral("Thi tuyển công chức"));
    const auto suggestions = suggester.suggest(QStringLiteral("Hợp đồng lao động"));
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.first().departmentCode, QStringLiteral("SNV"));
}

void TestRoutingSuggester::nothingInCommonNothingSuggested()
{
    RoutingSuggester suggester;
    QVERIFY(suggester.suggest(QStringLiteral("du lịch")).isEmpty());
    suggester.addExample(QStringLiteral("SVHTTDL"), QStringLiteral("du lịch"));
    QVERIFY(suggester.suggest(QStringLiteral("xyz qwerty")).isEmpty());
    QVERIFY(suggester.suggest(QString()).isEmpty());
    QVERIFY(suggester.suggest(QStringLiteral("du lịch"), 0).isEmpty());
}

void TestRoutingSuggester::crossValidation()
{
    // 5-fold cross-validation, three shuffles; the secondary department counts as right.
    Accuracy accuracy;
    for (unsigned seed : {1u, 2u, 3u}) {
        QList<Sample> shuffled = m_samples;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(seed));
        constexpr int folds = 5;
        for (int fold = 0; fold < folds; ++fold) {
            QList<Sample> train;
            QList<Sample> test;
            for (qsizetype i = 0; i < shuffled.size(); ++i)
                (i % folds == fold ? test : train).append(shuffled.at(i));
            evaluate(m_departments, train, test, accuracy);
        }
    }
    qInfo("Routing suggestion, 5-fold cross-validation x3 (%d predictions): top-1 %.1f %%, top-3 %.1f %%",
          accuracy.total, 100 * accuracy.top1Rate(), 100 * accuracy.top3Rate());
    QVERIFY2(accuracy.top1Rate() >= 0.66, qPrintable(QString::number(accuracy.top1Rate())));
    QVERIFY2(accuracy.top3Rate() >= 0.88, qPrintable(QString::number(accuracy.top3Rate())));
}

void TestRoutingSuggester::heldOutSplit()
{
    // Train on the older 70 % (file order is arrival order), test on the newest 30 %, as in production.
    const qsizetype cut = m_samples.size() * 7 / 10;
    Accuracy accuracy;
    evaluate(m_departments, m_samples.mid(0, cut), m_samples.mid(cut), accuracy);
    qInfo("Routing suggestion, train on the first 70 %%, test on the last 30 %% (%d questions): top-1 %.1f %%, "
          "top-3 %.1f %%",
          accuracy.total, 100 * accuracy.top1Rate(), 100 * accuracy.top3Rate());
    QVERIFY2(accuracy.top1Rate() >= 0.60, qPrintable(QString::number(accuracy.top1Rate())));
    QVERIFY2(accuracy.top3Rate() >= 0.85, qPrintable(QString::number(accuracy.top3Rate())));
}

QTEST_APPLESS_MAIN(TestRoutingSuggester)
#include "tst_routingsuggester.moc"
