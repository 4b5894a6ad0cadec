#include "GuiFixture.h"
#include "questions/QuestionTableModel.h"

#include <QAbstractItemModelTester>

using namespace danhoi;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void pagedModelKeepsOnlyAWindow();
};

void TestModels::pagedModelKeepsOnlyAWindow()
{
    test::Desk desk;
    QVERIFY(desk.open());
    QuestionService questions(desk.context, desk.coordinator);
    const int total = QuestionTableModel::pageSize * (QuestionTableModel::maxCachedPages + 2) + 17;
    {
        // One transaction would be faster, but the service is the only way in; keep it honest.
        for (int i = 0; i < total; ++i) {
            NewQuestion input;
            input.title = QStringLiteral("Câu hỏi số %1 <b>").arg(i);
            input.body = QStringLiteral("Nội dung %1").arg(i);
            input.asker.locality = QStringLiteral("Xã %1").arg(i % 7);
            QVERIFY(questions.add(input));
        }
    }
    DeskSession session(desk.context, desk.coordinator);
    QuestionTableModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QuestionQuery query;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), total);
    for (int row = 0; row < total; row += 50)
        QVERIFY(model.index(row, QuestionTableModel::TitleColumn).data().toString().startsWith(QStringLiteral("Câu hỏi")));
    QVERIFY(model.cachedRowCount() <= QuestionTableModel::pageSize * QuestionTableModel::maxCachedPages);
    // Newest first by default; the last row is the first recorded.
    QCOMPARE(model.index(total - 1, QuestionTableModel::ReferenceColumn).data().toString().right(6),
             QStringLiteral("000001"));
    model.sort(QuestionTableModel::ReferenceColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, QuestionTableModel::ReferenceColumn).data().toString().right(6), QStringLiteral("000001"));
    QCOMPARE(model.index(0, QuestionTableModel::StatusColumn).data().toString(), DomainLabels::status(Status::Received));
    query.quickFilter = QStringLiteral("số 12 <");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
