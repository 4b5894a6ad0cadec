#include "GuiFixture.h"
#include "common/CellTextDelegate.h"
#include "questions/QuestionListWidget.h"
#include "questions/QuestionTableModel.h"
#include "search/SearchResultModel.h"
#include "search/SnippetHtml.h"

#include "services/WorkflowService.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTableView>

using namespace danhoi;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void pagedModelKeepsOnlyAWindow();
    void aJumpReadsTheRowsItShowsBeforePainting();
    void searchResultsModel();
    void snippetHtmlKeepsOnlyOurMarks();
    void cellTextIsPaintedAsTheStylePaintsIt();
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
    // Read top to bottom, each page goes on from the last row of the one above: every question once, in order,
    // also where many share the same second; a jump back to the middle counts its way there and agrees.
    QStringList refs;
    model.setQuery(query);
    for (int row = 0; row < total; ++row)
        refs.append(model.index(row, QuestionTableModel::ReferenceColumn).data().toString());
    QCOMPARE(QSet<QString>(refs.cbegin(), refs.cend()).size(), total);
    model.setQuery(query);
    const int middle = total / 2 + 3;
    QCOMPARE(model.index(middle, QuestionTableModel::ReferenceColumn).data().toString(), refs.at(middle));
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

void TestModels::aJumpReadsTheRowsItShowsBeforePainting()
{
    test::Desk desk;
    QVERIFY(desk.open());
    QuestionService questions(desk.context, desk.coordinator);
    const int total = QuestionTableModel::pageSize * 4 + 7;
    for (int i = 0; i < total; ++i) {
        NewQuestion input;
        input.title = QStringLiteral("Câu hỏi %1").arg(total - i, 4, 10, QLatin1Char('0'));
        input.body = QStringLiteral("Nội dung %1").arg(i);
        QVERIFY(questions.add(input));
    }
    DeskSession session(desk.context, desk.coordinator);
    QuestionListWidget list(session);
    list.resize(1280, 800);
    list.setQueue(QuestionQuery{});
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto* table = list.findChild<QTableView*>(QStringLiteral("questionTable"));
    QVERIFY(table);
    QuestionTableModel* model = list.model();
    for (const int column : {int(QuestionTableModel::ReceivedColumn), int(QuestionTableModel::TitleColumn)}) {
        table->sortByColumn(column, Qt::AscendingOrder);
        table->scrollToTop();
        QTest::qWait(20);
        QCOMPARE(model->cachedRowCount(), QuestionTableModel::pageSize); // the first page, painted
        // Rows that straddle two pages: both read by the jump itself, before anything is painted.
        const int top = 2 * QuestionTableModel::pageSize - 5;
        table->scrollTo(model->index(top, 0), QAbstractItemView::PositionAtTop);
        const int bottom = table->rowAt(table->viewport()->height() - 1);
        QVERIFY2(bottom > top + 5, qPrintable(QString::number(bottom)));
        QCOMPARE(model->cachedRowCount(), 3 * QuestionTableModel::pageSize);
        // And they are the list's rows at those places.
        QuestionQuery query = model->query();
        query.offset = top;
        query.limit = bottom - top + 1;
        auto expected = questions.list(query);
        QVERIFY(expected);
        QCOMPARE(expected->size(), bottom - top + 1);
        for (int row = top; row <= bottom; ++row)
            QCOMPARE(model->index(row, QuestionTableModel::ReferenceColumn).data().toString(), expected->at(row - top).ref);
        // The last rows of the list, past its last full page.
        table->scrollToBottom();
        QCOMPARE(model->index(total - 1, QuestionTableModel::ReferenceColumn).data().toString(),
                 questions.list([&] { QuestionQuery last = model->query(); last.offset = total - 1; last.limit = 5; return last; }())
                     ->value(0).ref);
    }
}

void TestModels::searchResultsModel()
{
    test::Desk desk;
    QVERIFY(desk.open());
    QuestionService questions(desk.context, desk.coordinator);
    for (const char* title : {"Giá vé tham quan đền Cuông", "Lịch lễ hội Làng Sen", "Đường giao thông xã Nam Đàn"}) {
        NewQuestion input;
        input.title = QString::fromUtf8(title);
        input.body = QStringLiteral("Xin hỏi về <script>alert(1)</script> %1").arg(input.title);
        QVERIFY(questions.add(input));
    }
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchRequest request;
    request.text = QStringLiteral("le hoi");
    auto found = SearchService(desk.context, desk.coordinator).search(request);
    QVERIFY(found);
    model.setResults(found.value());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SearchResultModel::TitleColumn).data().toString(), QStringLiteral("Lịch lễ hội Làng Sen"));
    const QString html = model.index(0, SearchResultModel::SnippetColumn).data(SearchResultModel::SnippetHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("background-color")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    QCOMPARE(model.rowOf(found->first().id), 0);
    model.setResults({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::snippetHtmlKeepsOnlyOurMarks()
{
    // The service's snippets are escaped text plus <mark>; whatever arrives, only our highlight is markup.
    const QString snippet = QStringLiteral("a &lt;b&gt; &amp;lt;mark&amp;gt; <mark>lễ</mark> <img src=x onerror=alert(1)> "
                                           "&quot;&#39; <mark>hội");
    const QString html = SnippetHtml::toSafeHtml(snippet);
    QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<b>")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<mark")));
    QCOMPARE(html.count(QStringLiteral("<span")), 1);
    QCOMPARE(SnippetHtml::toPlainText(snippet),
             QStringLiteral("a <b> &lt;mark&gt; lễ <img src=x onerror=alert(1)> \"' <mark>hội"));
}

// The question list's delegate lays each cell's text out once and keeps it; what it paints must be what the style
// paints: short and elided text, Vietnamese, icons, status colours, an overdue row in bold red, a selected row.
void TestModels::cellTextIsPaintedAsTheStylePaintsIt()
{
    test::Desk desk;
    QVERIFY(desk.open());
    QuestionService questions(desk.context, desk.coordinator);
    WorkflowService workflow(desk.context, desk.coordinator);
    for (int i = 0; i < 12; ++i) {
        NewQuestion input;
        input.title = i % 3 ? QStringLiteral("Hỏi về thủ tục cấp giấy phép số %1").arg(i)
                            : QStringLiteral("Xin hướng dẫn thủ tục đăng ký khai sinh, kết hôn và chứng thực bản sao "
                                             "từ bản chính tại Ủy ban nhân dân xã, lần %1").arg(i);
        input.body = QStringLiteral("Nội dung");
        input.asker.locality = i % 2 ? QStringLiteral("xã Con Cuông, huyện Con Cuông, tỉnh Nghệ An") : QStringLiteral("xã Nam Đàn");
        input.receivedAt = QDateTime(QDate(2025, 3, 3 + i), QTime(9, 30), Qt::UTC);
        auto added = questions.add(input);
        QVERIFY(added);
        if (i % 2) {
            ActionInput route;
            route.departmentCode = QStringLiteral("SVHTTDL");
            if (i % 4 == 1)
                route.dueDate = QDate(2099, 1, 5); // far ahead; the others are due by the agency's rule (overdue)
            auto routed = workflow.perform(added->ref, Action::Route, route);
            QVERIFY2(routed, qPrintable(routed ? QString() : routed.error().message));
        }
    }
    DeskSession session(desk.context, desk.coordinator);
    QuestionListWidget list(session);
    list.resize(1280, 500);
    list.setQueue(QuestionQuery{});
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto* table = list.findChild<QTableView*>(QStringLiteral("questionTable"));
    QVERIFY(table);
    QVERIFY(qobject_cast<CellTextDelegate*>(table->itemDelegate()));
    table->clearFocus(); // the focused cell is the style's own (CellTextDelegate leaves it to QStyledItemDelegate)
    table->selectRow(2);
    QTest::qWait(20);
    auto picture = [&] {
        QImage image(table->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        table->viewport()->render(&image);
        return image;
    };
    const QImage ours = picture();
    const QImage oursAgain = picture(); // from the kept layouts
    QStyledItemDelegate plain;
    table->setItemDelegate(&plain);
    const QImage style = picture();
    QVERIFY(ours == oursAgain);
    if (ours != style) {
        ours.save(QDir::temp().filePath(QStringLiteral("danhoi-cells-ours.png")));
        style.save(QDir::temp().filePath(QStringLiteral("danhoi-cells-style.png")));
        QFAIL("the delegate paints the cells differently from the style (pictures in the temporary folder)");
    }
    // The cells were really painted (text and the status colours): not two blank pictures.
    QVERIFY(style.pixelColor(table->visualRect(table->model()->index(0, QuestionTableModel::TitleColumn)).center()) != style.pixelColor(0, 0)
            || style.pixelColor(table->visualRect(table->model()->index(0, QuestionTableModel::StatusColumn)).center()) != QColor(Qt::white));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
