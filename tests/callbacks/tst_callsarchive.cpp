// The Statistics tab's figures (CallsArchive) against a direct count over random data, the tab
// itself (charts, pool, CSV and PNG export) and the recording player in the Calls tab (offscreen:
// without an audio output it says so and still exports and copies the link).

#include "callbacktesthelpers.h"
#include "recordingserver.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/callsarchive.h"
#include "callbacks/callsmodel.h"
#include "callbacks/callstore.h"
#include "callbacks/recordings.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "sandbox/sandboxplatform.h"
#include "ui/callchartswidget.h"
#include "ui/callsarchivealerts.h"
#include "ui/callsarchivetab.h"
#include "ui/callspanel.h"
#include "ui/calltimelinewidget.h"
#include "ui/recordingplayer.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QAudioDevice>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMap>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace pn;

namespace {
constexpr qint64 ProfileA = 1;
constexpr qint64 ProfileB = 2;
const QStringList Xs = {QStringLiteral("17000000001"), QStringLiteral("17000000002"),
                        QStringLiteral("17000000003")};
} // namespace

class TestCallsArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void figuresEqualADirectCount_data();
    void figuresEqualADirectCount();
    void statisticsTabDrawsAndExports();
    void statisticsPerAppid();
    void playerInTheCallsTab();
    void alertsRaisedAndCleared();
    void alertsBalanceExpiringAndRejectedPerProfile();

private:
    ManualClock m_clock{1'765'000'000'000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<CallStore> m_store;
    struct Generated
    {
        qint64 profile;
        QString x;
        qint64 begin;
        bool answered;
        qint64 duration;
    };
    QList<Generated> m_calls;
    struct Binding
    {
        qint64 profile;
        QString x;
        QString state;
        qint64 createdMs;
        qint64 releasedMs;
        qint64 expiresMs;
    };
    QList<Binding> m_bindings;
};

void TestCallsArchive::initTestCase()
{
    // Prices and alert settings go to QSettings: a test folder, emptied.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PnConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_callsarchive"));
    QSettings().clear();
}

void TestCallsArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = std::make_unique<Ledger>(m_dir->filePath(QStringLiteral("ledger.sqlite")), m_clock);
    QString error;
    QVERIFY2(m_ledger->open(&error), qPrintable(error));
    m_store = std::make_unique<CallStore>(*m_ledger);
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QSqlQuery q(m_ledger->database());
    for (qint64 id : {ProfileA, ProfileB}) {
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO profiles (id, name, environment, base_url, "
                                       "devid, created_at, updated_at) VALUES (%1, 'p%1', "
                                       "'test', 'https://127.0.0.1:1', '1000', 0, 0)")
                            .arg(id)),
                 qPrintable(q.lastError().text()));
    }
    // Random calls over 40 days and bindings in every state, seeded for a reproducible failure.
    QRandomGenerator rng(20261202);
    m_calls.clear();
    m_bindings.clear();
    const qint64 now = m_clock.nowSecs();
    QVERIFY(m_store->begin(&error));
    for (int i = 0; i < 1500; ++i) {
        Generated g{rng.bounded(2) ? ProfileA : ProfileB, Xs.at(rng.bounded(int(Xs.size()))),
                    now - qint64(rng.bounded(40 * 86400)), rng.bounded(3) != 0,
                    qint64(rng.bounded(600))};
        m_calls << g;
        CdrRecord r;
        r.devid = QStringLiteral("1000");
        r.appid = QStringLiteral("app1");
        r.taskid = QStringLiteral("T%1").arg(i);
        r.subid = QStringLiteral("S%1").arg(i % 50);
        r.caller = QStringLiteral("13800138000");
        r.callee = QStringLiteral("13900139000");
        r.rcaller = g.x;
        r.result = g.answered ? QStringLiteral("answered") : QStringLiteral("17");
        r.beginTime = g.begin;
        r.duration = g.answered ? g.duration : 0;
        r.profileId = g.profile;
        r.receivedAtMs = m_clock.nowMs();
        QCOMPARE(m_store->storeCdr(r, &error), CallStore::Stored::Inserted);
    }
    QVERIFY(m_store->commit(&error));
    const QStringList states = {QStringLiteral("active"), QStringLiteral("released"),
                                QStringLiteral("expired"), QStringLiteral("failed"),
                                QStringLiteral("pending")};
    for (int i = 0; i < 400; ++i) {
        Binding b;
        b.profile = rng.bounded(2) ? ProfileA : ProfileB;
        b.x = Xs.at(rng.bounded(2)); // the third X never has a binding
        b.state = states.at(rng.bounded(int(states.size())));
        b.createdMs = (now - qint64(rng.bounded(40 * 86400))) * 1000;
        b.releasedMs = b.state == QLatin1StringView("released")
                           ? b.createdMs + qint64(rng.bounded(86400)) * 1000
                           : 0;
        b.expiresMs = b.createdMs + 3600'000;
        m_bindings << b;
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO bindings (profile_id, reqid, appid, x, anum, "
                                       "bnum, ttl, state, subid, created_at, expires_at, "
                                       "released_at, updated_at) VALUES (%1, 'r%2', 'app1', "
                                       "'%3', 'a', 'b', 3600, '%4', 's%2', %5, %6, %7, 0)")
                            .arg(b.profile)
                            .arg(i)
                            .arg(b.x, b.state)
                            .arg(b.createdMs)
                            .arg(b.expiresMs)
                            .arg(b.releasedMs > 0 ? QString::number(b.releasedMs)
                                                  : QStringLiteral("NULL"))),
                 qPrintable(q.lastError().text()));
    }
}

void TestCallsArchive::cleanup()
{
    m_store.reset();
    m_ledger.reset();
    m_dir.reset();
}

void TestCallsArchive::figuresEqualADirectCount_data()
{
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("onlyA");
    QTest::newRow("days, UTC+8, profile A")
        << int(ArchiveStats::Granularity::Day) << 8 * 3600 << true;
    QTest::newRow("hours, UTC, all") << int(ArchiveStats::Granularity::Hour) << 0 << false;
    QTest::newRow("weeks, UTC-5, all")
        << int(ArchiveStats::Granularity::Week) << -5 * 3600 << false;
}

void TestCallsArchive::figuresEqualADirectCount()
{
    QFETCH(int, granularity);
    QFETCH(int, offset);
    QFETCH(bool, onlyA);
    ArchiveQuery query;
    query.granularity = ArchiveStats::Granularity(granularity);
    query.utcOffsetSecs = offset;
    query.toSecs = m_clock.nowSecs() + 1;
    query.fromSecs = query.toSecs - 30 * 86400;
    if (onlyA)
        query.profileId = ProfileA;
    QString error;
    const ArchiveStats s = CallsArchive::compute(m_ledger->database(), query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The same figures counted here, row by row.
    QMap<qint64, ArchiveStats::Bucket> expected;
    const qint64 len = CallsArchive::bucketLength(query.granularity);
    for (qint64 t = CallsArchive::bucketStart(query.fromSecs, query.granularity, offset);
         t < query.toSecs; t += len)
        expected[t].startSecs = t;
    qint64 calls = 0, answered = 0, talk = 0, billed = 0;
    for (const Generated &g : std::as_const(m_calls)) {
        if ((onlyA && g.profile != ProfileA) || g.begin < query.fromSecs || g.begin >= query.toSecs)
            continue;
        ArchiveStats::Bucket &b =
            expected[CallsArchive::bucketStart(g.begin, query.granularity, offset)];
        ++b.calls;
        ++calls;
        if (g.answered) {
            ++b.answered;
            ++answered;
            b.talkSeconds += g.duration;
            talk += g.duration;
            billed += (g.duration + 59) / 60;
        }
    }
    auto in = [&](qint64 ms) { return ms / 1000 >= query.fromSecs && ms / 1000 < query.toSecs; };
    for (const Binding &b : std::as_const(m_bindings)) {
        if (onlyA && b.profile != ProfileA)
            continue;
        if (b.state != QLatin1StringView("failed") && in(b.createdMs))
            ++expected[CallsArchive::bucketStart(b.createdMs / 1000, query.granularity, offset)]
                  .bindingsCreated;
        if (b.state == QLatin1StringView("released") && in(b.releasedMs))
            ++expected[CallsArchive::bucketStart(b.releasedMs / 1000, query.granularity, offset)]
                  .bindingsReleased;
        if (b.state == QLatin1StringView("expired") && in(b.expiresMs))
            ++expected[CallsArchive::bucketStart(b.expiresMs / 1000, query.granularity, offset)]
                  .bindingsExpired;
    }
    QCOMPARE(s.calls, calls);
    QVERIFY(calls > 100);
    QCOMPARE(s.answered, answered);
    QCOMPARE(s.talkSeconds, talk);
    QCOMPARE(s.billedMinutes, billed);
    QCOMPARE(s.buckets.size(), expected.size());
    int i = 0;
    for (const ArchiveStats::Bucket &e : std::as_const(expected)) {
        const ArchiveStats::Bucket &b = s.buckets.at(i++);
        QCOMPARE(b.startSecs, e.startSecs);
        QCOMPARE(b.calls, e.calls);
        QCOMPARE(b.answered, e.answered);
        QCOMPARE(b.talkSeconds, e.talkSeconds);
        QCOMPARE(b.bindingsCreated, e.bindingsCreated);
        QCOMPARE(b.bindingsReleased, e.bindingsReleased);
        QCOMPARE(b.bindingsExpired, e.bindingsExpired);
    }
    // The pool: active bindings per X now; the third X has none.
    for (const QString &x : Xs) {
        qint64 active = 0;
        for (const Binding &b : std::as_const(m_bindings))
            active += b.x == x && b.state == QLatin1StringView("active") &&
                      (!onlyA || b.profile == ProfileA);
        const auto it =
            std::find_if(s.pool.cbegin(), s.pool.cend(), [&](const auto &p) { return p.x == x; });
        QVERIFY(it != s.pool.cend());
        QCOMPARE(it->activeBindings, active);
    }
    QVERIFY(s.pool.first().activeBindings >= s.pool.last().activeBindings); // busiest first
    QCOMPARE(s.unusedSince(Xs + QStringList{QStringLiteral("17000000009")}, query.fromSecs),
             QStringList{QStringLiteral("17000000009")});
    // A local day starts at local midnight.
    if (query.granularity == ArchiveStats::Granularity::Day)
        QCOMPARE((s.buckets.first().startSecs + offset) % 86400, 0);
    // A week starts on a Monday.
    if (query.granularity == ArchiveStats::Granularity::Week) {
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(s.buckets.first().startSecs, QTimeZone(offset));
        QCOMPARE(start.date().dayOfWeek(), 1);
        QCOMPARE(start.time(), QTime(0, 0));
    }
}

void TestCallsArchive::statisticsPerAppid()
{
    // 90 calls of a second appid (60 answered, of X 2) and 7 bindings of it, next to app1's.
    QString error;
    const qint64 now = m_clock.nowSecs();
    for (int i = 0; i < 90; ++i) {
        CdrRecord r;
        r.devid = QStringLiteral("1000");
        r.appid = QStringLiteral("app2");
        r.taskid = QStringLiteral("APP2-%1").arg(i);
        r.subid = QStringLiteral("S2-%1").arg(i);
        r.caller = QStringLiteral("13800138000");
        r.callee = QStringLiteral("13900139000");
        r.rcaller = Xs.at(1);
        r.result = i % 3 ? QStringLiteral("answered") : QStringLiteral("17");
        r.beginTime = now - 3600 * (i + 1);
        r.duration = i % 3 ? 30 : 0;
        r.profileId = ProfileA;
        r.receivedAtMs = m_clock.nowMs();
        QCOMPARE(m_store->storeCdr(r, &error), CallStore::Stored::Inserted);
    }
    QSqlQuery q(m_ledger->database());
    for (int i = 0; i < 7; ++i) {
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO bindings (profile_id, reqid, appid, x, anum, "
                                       "bnum, ttl, state, subid, created_at, updated_at) VALUES "
                                       "(%1, 'app2-%2', 'app2', '%3', 'a', 'b', 3600, 'active', "
                                       "'s2-%2', %4, 0)")
                            .arg(ProfileA)
                            .arg(i)
                            .arg(Xs.at(2))
                            .arg((now - 86400) * 1000)),
                 qPrintable(q.lastError().text()));
    }
    CallsArchiveTab tab(*m_ledger, *m_store, m_clock);
    tab.resize(1366, 700);
    tab.show();
    tab.setProfile(ProfileA, Xs);
    tab.setPeriod(CallsArchiveTab::Period::Month);
    tab.setGranularity(ArchiveStats::Granularity::Day);
    auto *combo = tab.findChild<QComboBox *>(QStringLiteral("statisticsAppid"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3); // All, app1, app2
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("app1"));
    QCOMPARE(combo->itemData(2).toString(), QStringLiteral("app2"));
    const qint64 all = tab.stats().calls;
    combo->setCurrentIndex(2); // the user's choice redraws the figures
    QCOMPARE(tab.appid(), QStringLiteral("app2"));
    QCOMPARE(tab.stats().calls, 90);
    QCOMPARE(tab.stats().answered, 60);
    QCOMPARE(tab.stats().talkSeconds, 60 * 30);
    QCOMPARE(tab.charts()->stats().total, 90);
    QCOMPARE(tab.charts()->stats().perX.size(), 1);
    QCOMPARE(tab.charts()->stats().perX.first().x, Xs.at(1));
    qint64 created = 0;
    for (const auto &b : tab.stats().buckets)
        created += b.bindingsCreated;
    QCOMPARE(created, 7);
    // The pool of app2: X 3 has its 7 active bindings, X 2 its calls.
    QCOMPARE(tab.stats().pool.first().x, Xs.at(2));
    QCOMPARE(tab.stats().pool.first().activeBindings, 7);
    tab.setAppid(QStringLiteral("app1"));
    QCOMPARE(tab.stats().calls + 90, all);
    // app1's figures equal a direct count of its calls in the period.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE appid = 'app1' AND "
                                  "profile_id = %1 AND begin_time >= %2 AND begin_time <= %3")
                       .arg(ProfileA)
                       .arg(now - 30 * 86400)
                       .arg(now)));
    QVERIFY(q.next());
    QCOMPARE(tab.stats().calls, q.value(0).toLongLong());
    tab.setAppid(QString());
    QCOMPARE(tab.stats().calls, all);
}

void TestCallsArchive::statisticsTabDrawsAndExports()
{
    CallsArchiveTab tab(*m_ledger, *m_store, m_clock);
    tab.resize(1200, 700);
    tab.show();
    tab.setProfile(ProfileA, Xs + QStringList{QStringLiteral("17000000009")});
    tab.setPeriod(CallsArchiveTab::Period::Month);
    tab.setGranularity(ArchiveStats::Granularity::Day);
    tab.setPricePerMinute(0.1);
    QVERIFY(tab.stats().calls > 0);
    QCOMPARE(tab.stats().buckets.size(), 31);
    QVERIFY(tab.summaryText().contains(QString::number(tab.stats().calls)));
    QVERIFY(tab.summaryText().contains(QString::number(tab.stats().estimatedCost(0.1), 'f', 2)));
    auto bars = [](QChart *chart) {
        for (QAbstractSeries *s : chart->series()) {
            if (auto *b = qobject_cast<QBarSeries *>(s))
                return b;
        }
        return static_cast<QBarSeries *>(nullptr);
    };
    QBarSeries *calls = bars(tab.callsChart());
    QVERIFY(calls);
    double sum = 0;
    for (int i = 0; i < calls->barSets().first()->count(); ++i)
        sum += calls->barSets().first()->at(i);
    QCOMPARE(qint64(sum), tab.stats().calls);
    QCOMPARE(bars(tab.bindingsChart())->barSets().size(), 3);
    // The outcome charts are the same profile's.
    QCOMPARE(tab.charts()->stats().total, tab.stats().calls);
    // The pool lists every X, the one never used too.
    QCOMPARE(tab.poolTable()->rowCount(), 4);
    const QString csvPath = m_dir->filePath(QStringLiteral("stats.csv"));
    QString error;
    QVERIFY2(tab.exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 31 + 2);
    QVERIFY(lines.first().startsWith("start,calls,answered"));
    const QString png = m_dir->filePath(QStringLiteral("stats.png"));
    QVERIFY2(tab.exportPng(png, &error), qPrintable(error));
    QVERIFY(!QImage(png).isNull());
}

void TestCallsArchive::playerInTheCallsTab()
{
    RecordingServer server;
    server.set(QStringLiteral("/r/p.wav"), {200, SandboxPlatform::recordingWav()});
    const QString link = QStringLiteral("http://127.0.0.1:%1/r/p.wav").arg(server.port());
    CdrRecord r;
    r.devid = QStringLiteral("1000");
    r.appid = QStringLiteral("app1");
    r.taskid = QStringLiteral("TPLAY");
    r.subid = QStringLiteral("SPLAY");
    r.caller = QStringLiteral("13800138000");
    r.callee = QStringLiteral("13900139000");
    r.rcaller = Xs.first();
    r.result = QStringLiteral("answered");
    r.beginTime = m_clock.nowSecs() - 10;
    r.duration = 1;
    r.recording = link;
    r.profileId = ProfileA;
    QString error;
    QCOMPARE(m_store->storeCdr(r, &error), CallStore::Stored::Inserted);

    RecordingArchive archive(*m_ledger, RecordingArchive::defaultFolder(*m_ledger));
    QVERIFY(archive.open(&error));
    CallsPanel panel(*m_store);
    panel.setRecordingArchive(&archive);
    panel.resize(1200, 700);
    panel.show();
    QList<QUrl> opened;
    panel.player()->setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    QTableView *view = panel.view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    int row = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->index(i, 0).data(CallsModel::TaskidRole).toString() == r.taskid)
            row = i;
    }
    QVERIFY(row >= 0);
    view->setCurrentIndex(view->model()->index(row, 0));
    RecordingPlayer *player = panel.player();
    QVERIFY(player->isVisible());
    QCOMPARE(player->taskid(), r.taskid);
    QVERIFY(player->localFile().isEmpty());
    QVERIFY(player->statusText().contains(QStringLiteral("Not in the archive")));
    // Fetch now (the policy is off): the player follows the download and then has the file.
    auto *fetch = player->findChild<QPushButton *>(QStringLiteral("recordingFetch"));
    QVERIFY(fetch && fetch->isVisible());
    QSignalSpy requested(&panel, &CallsPanel::fetchRecordingRequested);
    QTest::mouseClick(fetch, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(archive.requeue(r.taskid, &error));
    QSignalSpy idle(&archive, &RecordingArchive::idle);
    archive.start();
    QVERIFY(idle.count() > 0 || idle.wait(10'000));
    QTRY_VERIFY(!player->localFile().isEmpty());
    QVERIFY(player->statusText().contains(QStringLiteral("TPLAY.wav")) ||
            player->statusText().contains(QStringLiteral("No audio output")));
    auto *play = player->findChild<QPushButton *>(QStringLiteral("recordingPlay"));
    // ./dev.sh test runs the tests with a PulseAudio null sink (tests/audio/with-null-sink.sh,
    // which sets PN_REQUIRE_AUDIO): there the recording must really play.
    if (qEnvironmentVariableIsSet("PN_REQUIRE_AUDIO"))
        QVERIFY2(!QMediaDevices::audioOutputs().isEmpty(),
                 "PN_REQUIRE_AUDIO is set, but Qt finds no audio output");
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // No audio output (a server, the sanitizer stages): no player; it says so, export and
        // links still work.
        QVERIFY(!player->canPlay());
        QVERIFY(!play->isEnabled());
        QVERIFY(player->statusText().contains(QStringLiteral("No audio output")));
    } else {
        QVERIFY(player->canPlay());
        QVERIFY(play->isEnabled());
        // Sound out (the CI's PulseAudio null sink plays in real time): the 1 s recording
        // loads, Play plays it to its end while the time moves, a seek moves the position,
        // Pause holds it.
        QMediaPlayer *media = player->mediaPlayer();
        QVERIFY(media);
        QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 0, 10'000);
        QVERIFY2(media->duration() >= 900 && media->duration() <= 1100,
                 qPrintable(QString::number(media->duration())));
        QCOMPARE(player->timeText(), QStringLiteral("0:00 / 0:01"));
        QSignalSpy moved(media, &QMediaPlayer::positionChanged);
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(media->mediaStatus(), QMediaPlayer::EndOfMedia, 10'000);
        QVERIFY(!player->isPlaying());
        QVERIFY2(moved.size() >= 2, qPrintable(QString::number(moved.size())));
        player->seek(400);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(media->position() - 400) <= 100, 5000);
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 5000);
        QTest::mouseClick(play, Qt::LeftButton); // Pause
        QTRY_VERIFY_WITH_TIMEOUT(!player->isPlaying(), 5000);
        QCOMPARE(media->playbackState(), QMediaPlayer::PausedState);
        const qint64 held = media->position();
        QVERIFY2(held >= 400 && held < 1000, qPrintable(QString::number(held)));
        QTest::qWait(300);
        QCOMPARE(media->position(), held);
    }
    QCOMPARE(player->timeText().count(u'/'), 1);
    const QString copy = m_dir->filePath(QStringLiteral("exported.wav"));
    player->setExportPathChooser([&](const QString &suggested) {
        return suggested == QStringLiteral("TPLAY.wav") ? copy : QString();
    });
    QTest::mouseClick(player->findChild<QPushButton *>(QStringLiteral("recordingExport")),
                      Qt::LeftButton);
    QFile exported(copy);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), SandboxPlatform::recordingWav());
    QTest::mouseClick(player->findChild<QPushButton *>(QStringLiteral("recordingCopyLink")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link);
    QTest::mouseClick(player->findChild<QPushButton *>(QStringLiteral("recordingOpenLink")),
                      Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl(link)});
    // The detail pane also shows the binding's timeline.
    QVERIFY(panel.timeline()->isVisible());
}

void TestCallsArchive::alertsRaisedAndCleared()
{
    QSqlQuery q(m_ledger->database());
    // A profile of its own, with nothing in it yet.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles (id, name, environment, base_url, devid, "
                                  "created_at, updated_at) VALUES (9, 'alerts', 'test', "
                                  "'https://127.0.0.1:1', '1000', 0, 0)")));
    RecordingArchive archive(*m_ledger, RecordingArchive::defaultFolder(*m_ledger));
    QString error;
    QVERIFY(archive.open(&error));
    AlertsMonitor alerts(*m_ledger, &archive, m_clock, nullptr);
    alerts.setProfileId(9);
    AlertSettings settings;
    settings.silenceHours = 6;
    alerts.setSettings(settings);
    QVERIFY(alerts.alerts().isEmpty());
    QVERIFY(!alerts.button()->isVisibleTo(nullptr) || alerts.alerts().isEmpty());
    const qint64 now = m_clock.nowMs();

    // A pending intent: not yet after 4 minutes, an alert after 6, gone once it settles.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO bindings (id, profile_id, reqid, appid, x, anum, "
                                  "bnum, ttl, state, created_at, updated_at) VALUES (9001, 9, "
                                  "'rp', 'app1', 'x', 'a', 'b', 3600, 'pending', %1, 0)")
                       .arg(now - 4 * 60'000)));
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::PendingIntent));
    m_clock.advanceMs(2 * 60'000);
    alerts.check();
    QVERIFY(alerts.has(Alert::Kind::PendingIntent));
    QCOMPARE(alerts.button()->text(), QStringLiteral("1 alert(s)"));
    // Its action shows the rows.
    QSignalSpy show(&alerts, &AlertsMonitor::showRequested);
    QMenu *menu = alerts.button()->menu();
    QVERIFY(menu->actions().first()->text().contains(QStringLiteral("show the rows")));
    menu->actions().first()->trigger();
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.at(0).at(0).value<Alert::Kind>(), Alert::Kind::PendingIntent);
    QVERIFY(q.exec(QStringLiteral("UPDATE bindings SET state = 'failed' WHERE id = 9001")));
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::PendingIntent));

    // Rejected callbacks: 9 in 10 minutes is not a spike, 10 is; they age out.
    for (int i = 0; i < 9; ++i)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO rejected_callbacks (received_at, http_status, "
                                      "reason) VALUES (%1, 400, 'bad')")
                           .arg(m_clock.nowMs() - 1000)));
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::RejectedSpike));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rejected_callbacks (received_at, http_status, "
                                  "reason) VALUES (%1, 400, 'bad')")
                       .arg(m_clock.nowMs())));
    alerts.check();
    QVERIFY(alerts.has(Alert::Kind::RejectedSpike));
    m_clock.advanceMs(11 * 60'000);
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::RejectedSpike));

    // An active binding for 7 hours and no CDR in the last 6: the callback URL may be broken.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO bindings (id, profile_id, reqid, appid, x, anum, "
                                  "bnum, ttl, state, subid, created_at, expires_at, updated_at) "
                                  "VALUES (9002, 9, 'ra', 'app1', 'x', 'a', 'b', 86400, 'active', "
                                  "'s9', %1, %2, 0)")
                       .arg(m_clock.nowMs() - 7 * 3600'000)
                       .arg(m_clock.nowMs() + 3600'000)));
    alerts.check();
    QVERIFY(alerts.has(Alert::Kind::NoCdr));
    CdrRecord r;
    r.devid = QStringLiteral("1000");
    r.appid = QStringLiteral("app1");
    r.taskid = QStringLiteral("TALERT");
    r.subid = QStringLiteral("s9");
    r.caller = QStringLiteral("1");
    r.callee = QStringLiteral("2");
    r.rcaller = QStringLiteral("x");
    r.result = QStringLiteral("answered");
    r.beginTime = m_clock.nowSecs();
    r.receivedAtMs = m_clock.nowMs();
    r.profileId = 9;
    r.recording = QStringLiteral("http://127.0.0.1:9/none.wav");
    QCOMPARE(m_store->storeCdr(r, &error), CallStore::Stored::Inserted);
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::NoCdr));
    // Switched off, it is not raised.
    settings.silenceEnabled = false;
    m_clock.advanceMs(7 * 3600'000);
    alerts.setSettings(settings);
    QVERIFY(!alerts.has(Alert::Kind::NoCdr));
    QCOMPARE(AlertSettings::load(9).silenceEnabled, false); // kept per profile
    QCOMPARE(AlertSettings::load(1).silenceEnabled, true);

    // A recording that failed for good (nothing listens on port 9).
    QVERIFY(archive.requeue(QStringLiteral("TALERT"), &error));
    archive.setBackoff(0, 0);
    for (int pass = 0; pass < 8; ++pass) {
        QSignalSpy idle(&archive, &RecordingArchive::idle);
        archive.start();
        QVERIFY(idle.count() > 0 || idle.wait(10'000));
    }
    QCOMPARE(archive.entry(QStringLiteral("TALERT"))->state, RecordingEntry::State::Failed);
    QVERIFY(alerts.has(Alert::Kind::RecordingFailed)); // checked when the download failed
}

void TestCallsArchive::alertsBalanceExpiringAndRejectedPerProfile()
{
    QSqlQuery q(m_ledger->database());
    for (const char *row : {"(9, 'alerts', '1000')", "(10, 'other', 'uniq10')"}) {
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO profiles (id, name, devid, environment, "
                                       "base_url, created_at, updated_at) VALUES %1")
                            .arg(QLatin1StringView(row))
                            .replace(QStringLiteral("')"),
                                     QStringLiteral("', 'test', 'https://127.0.0.1:1', 0, 0)"))),
                 qPrintable(q.lastError().text()));
    }
    AlertsMonitor alerts(*m_ledger, nullptr, m_clock, nullptr);
    alerts.setProfileId(9);
    alerts.setSettings(AlertSettings{});
    QVERIFY(alerts.alerts().isEmpty());
    QSignalSpy show(&alerts, &AlertsMonitor::showRequested);
    auto trigger = [&](Alert::Kind kind) {
        for (QAction *a : alerts.button()->menu()->actions()) {
            if (a->data().toInt() == int(kind) && a->text().contains(QStringLiteral("show")))
                a->trigger();
        }
    };

    // Bindings about to expire: 20 minutes away is not within 15; 14 minutes is; then gone.
    const qint64 now = m_clock.nowMs();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, "
                                  "ttl, state, subid, created_at, expires_at, updated_at) VALUES "
                                  "(9, 'rx', 'app1', 'x', 'a', 'b', 3600, 'active', 'sx', %1, "
                                  "%2, 0), (10, 'ry', 'app1', 'x', 'a', 'b', 3600, 'active', "
                                  "'only10', %1, %3, 0)")
                       .arg(now - 3600'000)
                       .arg(now + 20 * 60'000)
                       .arg(now + 60'000)));
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::BindingsExpiring)); // profile 10's does not count
    m_clock.advanceMs(6 * 60'000);
    alerts.check();
    QVERIFY(alerts.has(Alert::Kind::BindingsExpiring));
    QCOMPARE(alerts.alerts().first().count, 1);
    trigger(Alert::Kind::BindingsExpiring);
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.last().at(0).value<Alert::Kind>(), Alert::Kind::BindingsExpiring);
    m_clock.advanceMs(15 * 60'000);
    alerts.check();
    QVERIFY(!alerts.has(Alert::Kind::BindingsExpiring));

    // Low balance: the account panel's warning, listed with its action; cleared with it.
    const QString warning = QStringLiteral("Available funds ¥12.00 are below ¥20.00");
    alerts.setAccountWarning(warning);
    QVERIFY(alerts.has(Alert::Kind::BalanceLow));
    QCOMPARE(alerts.alerts().last().text, warning);
    trigger(Alert::Kind::BalanceLow);
    QCOMPARE(show.last().at(0).value<Alert::Kind>(), Alert::Kind::BalanceLow);
    alerts.setAccountWarning(QString());
    QVERIFY(!alerts.has(Alert::Kind::BalanceLow));
    AlertSettings off;
    off.balanceEnabled = false;
    off.expiringEnabled = false;
    alerts.setSettings(off);
    alerts.setAccountWarning(warning);
    QVERIFY(!alerts.has(Alert::Kind::BalanceLow));
    QCOMPARE(AlertSettings::load(9).balanceEnabled, false);
    alerts.setSettings(AlertSettings{});
    QVERIFY(alerts.has(Alert::Kind::BalanceLow));
    alerts.setAccountWarning(QString());

    // Rejected callbacks are attributed where something tells: a real receiver of profile 9;
    // a receiver of no profile, by the subid (a binding of profile 10) or a devid only
    // profile 10 has; '1000' is the devid of three profiles: nobody's.
    QString error;
    CallbackReceiver::Options own;
    own.profileId = 9;
    CallbackReceiver mine(m_ledger->path(), m_clock, own);
    QVERIFY2(mine.start(&error), qPrintable(error));
    CallbackReceiver shared(m_ledger->path(), m_clock, {});
    QVERIFY2(shared.start(&error), qPrintable(error));
    QNetworkAccessManager nam;
    QCOMPARE(test::post(nam, mine.cdrUrl(), "taskid=broken").status, 400);
    QCOMPARE(test::post(nam, shared.cdrUrl(), "subid=only10&taskid=b2").status, 400);
    QCOMPARE(test::post(nam, shared.cdrUrl(), "devid=uniq10&taskid=b3").status, 400);
    QCOMPARE(test::post(nam, shared.cdrUrl(), "{\"subid\": \"only10\"}", "application/json").status,
             400);
    QCOMPARE(test::post(nam, shared.cdrUrl(), "devid=1000&taskid=b4").status, 400);
    QTRY_COMPARE(m_store->rejected().size(), 5);
    QMap<QString, QString> owner; // body → profile
    for (const RejectedCallback &r : m_store->rejected())
        owner.insert(r.body, r.profileId ? QString::number(*r.profileId) : QStringLiteral("-"));
    QCOMPARE(owner.value(QStringLiteral("taskid=broken")), QStringLiteral("9"));
    QCOMPARE(owner.value(QStringLiteral("subid=only10&taskid=b2")), QStringLiteral("10"));
    QCOMPARE(owner.value(QStringLiteral("devid=uniq10&taskid=b3")), QStringLiteral("10"));
    QCOMPARE(owner.value(QStringLiteral("{\"subid\": \"only10\"}")), QStringLiteral("10"));
    QCOMPARE(owner.value(QStringLiteral("devid=1000&taskid=b4")), QStringLiteral("-"));
    mine.stop();
    shared.stop();

    // The spike counts this profile's and the unattributed ones, not another profile's.
    AlertSettings five;
    five.rejectedCount = 5;
    alerts.setSettings(five);
    QVERIFY(!alerts.has(Alert::Kind::RejectedSpike)); // 9's 1 + nobody's 1 (10's 3 not)
    for (int i = 0; i < 3; ++i)
        QVERIFY(q.exec(QStringLiteral("INSERT INTO rejected_callbacks (received_at, http_status, "
                                      "reason, profile_id) VALUES (%1, 400, 'bad', %2)")
                           .arg(m_clock.nowMs())
                           .arg(i == 0 ? QStringLiteral("NULL") : QStringLiteral("9"))));
    alerts.check();
    QVERIFY(alerts.has(Alert::Kind::RejectedSpike));
    alerts.setProfileId(10); // 10's 3 + nobody's 2: below the default 10
    QVERIFY(!alerts.has(Alert::Kind::RejectedSpike));
    AlertSettings tenFive;
    tenFive.rejectedCount = 5;
    alerts.setSettings(tenFive);
    QVERIFY(alerts.has(Alert::Kind::RejectedSpike));
    tenFive.rejectedCount = 6;
    alerts.setSettings(tenFive);
    QVERIFY(!alerts.has(Alert::Kind::RejectedSpike));
}

QTEST_MAIN(TestCallsArchive)
#include "tst_callsarchive.moc"
