// The real console window with many bindings in its ledger, offscreen: time until every row is
// in the view, the longest stall of the event loop meanwhile, one scroll frame (a synchronous
// repaint of the Bindings table after a page step), one keystroke of search-as-you-type, and one
// countdown tick with its repaint. Printed beside the same operations on a reference in the
// same run: a QStandardItemModel + QSortFilterProxyModel in a QTreeView without uniform row
// heights (what a first attempt usually looks like).
//
//   bench_consolewindow            100,000 bindings
//   bench_consolewindow --quick    5,000 bindings, and checks its own sanity (exit code)

#include "core/language.h"
#include "ledger/bindingsfiltermodel.h"
#include "ledger/bindingsmodel.h"
#include "ledger/ledgerschema.h"
#include "session/console.h"
#include "ui/bindingstab.h"
#include "ui/consolewindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace pn;

namespace {

int g_failures = 0;

void check(bool ok, const char *what)
{
    std::printf("  [%s] %s\n", ok ? "ok" : "FAILED", what);
    if (!ok)
        ++g_failures;
}

QString anum(int i)
{
    return QStringLiteral("138%1").arg(qint64(i) * 7919 % 100'000'000, 8, 10, QLatin1Char('0'));
}

QString bnum(int i)
{
    return QStringLiteral("137%1").arg(qint64(i) * 104729 % 100'000'000, 8, 10, QLatin1Char('0'));
}

bool fill(Ledger &ledger, qint64 profile, const QStringList &xs, int rows, qint64 now)
{
    QSqlDatabase db = ledger.database();
    QString error;
    if (!LedgerSchema::beginWrite(db, &error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, record, display, "
        "user_data, state, subid, created_at, expires_at, updated_at, rev) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(profile);
        q.addBindValue(QStringLiteral("req-%1").arg(i));
        q.addBindValue(QStringLiteral("sandbox-app"));
        q.addBindValue(xs.at(i % xs.size()));
        q.addBindValue(anum(i));
        q.addBindValue(bnum(i));
        q.addBindValue(3600 + i % 7200);
        q.addBindValue(i % 2);
        q.addBindValue(QStringLiteral("0,0"));
        q.addBindValue(QStringLiteral(""));
        q.addBindValue(i % 10 == 0 ? QStringLiteral("released") : QStringLiteral("active"));
        q.addBindValue(QStringLiteral("%1").arg(qint64(i) * 2654435761u % 0xFFFFFFFFu, 32, 16,
                                                QLatin1Char('0')));
        q.addBindValue(now - i);
        q.addBindValue(now + 60'000 + qint64(i) * 30);
        q.addBindValue(now);
        q.addBindValue(i + 1);
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.last()};
}

// Measures the longest gap between 5 ms timer ticks while `work` runs the event loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_max = std::max(m_max, msSince(m_last));
            m_last.restart();
        });
        m_last.start();
        m_timer.start();
    }
    double maxMs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_max = 0;
};

struct Figures
{
    double loadMs = 0;
    double constructMs = 0;
    double stallMs = 0;
    Stats scroll;
    Stats keystroke;
    Stats tick;
    Stats tickBare;
    Stats tickEvery;
    int tickRows = -1;
    int found = -1;
};

// Page steps through the view with a synchronous repaint each.
Stats scroll(QTreeView *view, int frames)
{
    QList<double> t;
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer e;
        e.start();
        bar->setValue((bar->maximum() / frames) * i);
        view->viewport()->repaint();
        t << msSince(e);
    }
    return stats(t);
}

Stats type(QLineEdit *edit, const QString &text, QTreeView *view)
{
    QList<double> t;
    for (QChar c : text) {
        QElapsedTimer e;
        e.start();
        QTest::keyClick(edit, c.toLatin1());
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        t << msSince(e);
    }
    return stats(t);
}

Figures console(int rows, const QString &needle)
{
    Figures f;
    QTemporaryDir dir;
    ConsoleOptions options;
    options.dataDir = dir.path();
    Console console(options);
    QString error;
    if (!console.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return f;
    }
    const Profile p = *console.currentProfile();
    if (!fill(console.ledger(), p.id, p.xNumbers, rows, QDateTime::currentMSecsSinceEpoch()))
        return f;

    QElapsedTimer t;
    t.start();
    StallMeter stall;
    ConsoleWindow window(console);
    window.resize(1360, 800);
    window.show();
    f.constructMs = msSince(t);
    QTreeView *view = window.bindingsTab()->view();
    while (window.bindingsModel()->rowCount() < rows && t.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view->viewport()->repaint();
    f.loadMs = msSince(t);
    f.stallMs = stall.maxMs();
    f.scroll = scroll(view, 50);
    QCoreApplication::processEvents(); // the tab tells the model which rows are on screen
    BindingsModel *model = window.bindingsModel();
    int signalled = 0;
    const QMetaObject::Connection counter =
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [&signalled](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                             signalled += bottomRight.row() - topLeft.row() + 1;
                         });
    QList<double> ticks;
    QList<double> bare;
    QList<double> every;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer e;
        e.start();
        model->tick();
        bare << msSince(e);
        view->viewport()->repaint();
        ticks << msSince(e);
    }
    f.tickRows = signalled / 10;
    QObject::disconnect(counter);
    // The same-run reference: the tick as it was, signalling every row through both proxies.
    model->clearTickRows();
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer e;
        e.start();
        model->tick();
        every << msSince(e);
    }
    f.tick = stats(ticks);
    f.tickBare = stats(bare);
    f.tickEvery = stats(every);
    f.keystroke = type(window.bindingsTab()->searchEdit(), needle, view);
    f.found = view->model()->rowCount();
    return f;
}

Figures reference(int rows, const QString &needle)
{
    Figures f;
    QElapsedTimer t;
    t.start();
    StallMeter stall;
    QStandardItemModel model(0, 11);
    for (int i = 0; i < rows; ++i) {
        QList<QStandardItem *> items;
        items << new QStandardItem(QStringLiteral("170%1").arg(i % 10, 8, 10, QLatin1Char('0')))
              << new QStandardItem(anum(i)) << new QStandardItem(bnum(i))
              << new QStandardItem(QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')));
        for (int c = 4; c < 11; ++c)
            items << new QStandardItem(QStringLiteral("cell %1").arg(c));
        model.appendRow(items);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    QTreeView view;
    view.setModel(&proxy);
    view.resize(1360, 700);
    view.show();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    f.loadMs = msSince(t);
    f.stallMs = stall.maxMs();
    f.scroll = scroll(&view, 50);
    f.tick = {};
    QLineEdit edit;
    QObject::connect(&edit, &QLineEdit::textChanged, &proxy,
                     [&proxy](const QString &s) { proxy.setFilterFixedString(s); });
    f.keystroke = type(&edit, needle, &view);
    f.found = proxy.rowCount();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PnConsoleBench"));
    Language::install(QStringLiteral("en"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rows = quick ? 5'000 : 100'000;
    const QString needle = anum(quick ? 424 : 4242);

    std::printf("bench_consolewindow: %d bindings, offscreen\n", rows);
    const Figures c = console(rows, needle);
    const Figures r = reference(rows, needle);
    std::printf("%-46s %14s %14s\n", "", "console", "reference");
    std::printf("%-46s %11.1f ms %11.1f ms\n", "open: every row in the view, first paint", c.loadMs,
                r.loadMs);
    std::printf("%-46s %11.1f ms %14s\n", "window built and shown (first rows)", c.constructMs,
                "-");
    std::printf("%-46s %11.1f ms %11.1f ms\n", "longest event-loop stall while opening", c.stallMs,
                r.stallMs);
    std::printf("%-46s %11.2f ms %11.2f ms\n", "scroll frame (page + repaint), median",
                c.scroll.median, r.scroll.median);
    std::printf("%-46s %11.2f ms %11.2f ms\n", "scroll frame, worst", c.scroll.max, r.scroll.max);
    std::printf("%-46s %11.2f ms %11.2f ms\n", "search keystroke (filter + repaint), median",
                c.keystroke.median, r.keystroke.median);
    std::printf("%-46s %11.2f ms %11.2f ms\n", "search keystroke, worst", c.keystroke.max,
                r.keystroke.max);
    std::printf("%-46s %11.2f ms %14s\n", "countdown tick + repaint, median", c.tick.median, "-");
    std::printf("%-46s %11.3f ms %11.3f ms\n", "countdown tick alone (rows on screen | every)",
                c.tickBare.median, c.tickEvery.median);
    std::printf("%-46s %14d %14d\n", "rows signalled per tick (on screen | total)", c.tickRows,
                rows);
    std::printf("%-46s %14d %14d\n", "rows found by the full A number", c.found, r.found);

    check(c.found == 1, "search by the full (masked) number finds exactly its row");
    check(r.found >= 1, "the reference finds it too");
    check(c.loadMs > 0 && c.loadMs < 60'000, "every row reached the view (0 lost rows)");
    check(c.tickRows > 0 && c.tickRows <= 200, "the tick signals only the rows on screen");
    return g_failures == 0 ? 0 : 1;
}
