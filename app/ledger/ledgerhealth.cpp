// A server ledger that goes away and comes back: a probe thread with a connection of its own
// tells whether the server answers, and every thread's connection is closed or reopened after
// a change (Ledger::database() calls refreshConnection()). See ledger.h, "a server ledger that
// goes away and comes back".

#include "ledger/ledger.h"

#include "core/logging.h"
#include "ledger/ledgerschema.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace pn {

namespace {

enum ProbeOutcome : int {
    Answered = 0,    // the probe's connection answered as before
    Reconnected = 1, // it had broken and a new one answers: the server was restarted
    Away = 2,        // no answer, and no new connection
};

// Runs in its own thread: one connection, SELECT 1 every interval, and a new connection
// (3 s connect timeout) when that fails. Reports each outcome to the Ledger's thread.
class LedgerProbe final : public QThread
{
public:
    LedgerProbe(Ledger *ledger, std::function<QSqlDatabase(const QString &)> add, int intervalMs,
                std::function<void(int)> report)
        : m_name(QStringLiteral("pn_ledger_probe_%1").arg(quintptr(ledger), 0, 16))
        , m_add(std::move(add))
        , m_intervalMs(intervalMs)
        , m_report(std::move(report))
    {
        setObjectName(QStringLiteral("ledger probe"));
    }

protected:
    void run() override
    {
        {
            QSqlDatabase db = m_add(m_name);
            bool ever = false;
            while (!isInterruptionRequested()) {
                int outcome = Answered;
                if (!(db.isOpen() && ping(db))) {
                    db.close();
                    if (db.open() && ping(db)) {
                        outcome = ever ? Reconnected : Answered;
                    } else {
                        outcome = Away;
                        db.close();
                    }
                }
                ever = ever || outcome != Away;
                m_report(outcome);
                for (int slept = 0; slept < m_intervalMs && !isInterruptionRequested(); slept += 50)
                    QThread::msleep(50);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    static bool ping(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT 1")) && q.next();
    }

    const QString m_name;
    const std::function<QSqlDatabase(const QString &)> m_add;
    const int m_intervalMs;
    const std::function<void(int)> m_report;
};

} // namespace

void Ledger::watchAvailability(int intervalMs)
{
    if (!isPostgres() || m_probe)
        return;
    m_probe = new LedgerProbe(
        this, [this](const QString &name) { return addConnection(name, 3); }, intervalMs,
        [this](int outcome) {
            // Queued to the Ledger's thread; dropped with the Ledger (the thread is joined in
            // its destructor before the object goes).
            QMetaObject::invokeMethod(
                this, [this, outcome] { applyProbe(outcome); }, Qt::QueuedConnection);
        });
    m_probe->start();
}

void Ledger::markAway()
{
    if (!isPostgres())
        return;
    m_available.store(false);
    m_generation.fetch_add(1);
}

void Ledger::stopWatching()
{
    if (!m_probe)
        return;
    m_probe->requestInterruption();
    m_probe->wait();
    delete m_probe;
    m_probe = nullptr;
}

void Ledger::applyProbe(int outcome)
{
    const bool was = m_available.load();
    if (outcome == Answered && was)
        return;
    if (outcome == Away && !was)
        return;
    // Every thread looks at its connection again on its next use.
    m_generation.fetch_add(1);
    m_available.store(outcome != Away);
    if (outcome == Away) {
        qCWarning(lcLedger, "the ledger %s does not answer; read-only until it is back",
                  qUtf8Printable(displayLocation()));
        Q_EMIT availabilityChanged(false);
        return;
    }
    qCInfo(lcLedger, "the ledger %s answers again", qUtf8Printable(displayLocation()));
    // The listener first, so what is written from now on is announced; then whatever was
    // written while this program could not read (the feed kept its place).
    if (m_listenCheck)
        checkListener();
    if (!was)
        Q_EMIT availabilityChanged(true);
    Q_EMIT remoteChange(QStringLiteral("bindings"));
    Q_EMIT remoteChange(QStringLiteral("transfers"));
}

void Ledger::refreshConnection(QSqlDatabase &db, const QString &name) const
{
    const quint64 now = m_generation.load();
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_connectionGeneration.find(name);
        if (it == m_connectionGeneration.end())
            it = m_connectionGeneration.insert(name, 0);
        if (*it == now)
            return;
        *it = now;
    }
    if (!db.isOpen())
        return;
    if (!m_available.load()) {
        // Gone: a dead connection would only make the next query wait.
        db.close();
        return;
    }
    // Back (or restarted): keep a connection that still answers, replace one that does not.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return;
    q.finish();
    db.close();
    if (db.open())
        LedgerSchema::configureConnection(db, nullptr);
    else
        setError(tr("Cannot open the ledger %1: %2").arg(displayLocation(), db.lastError().text()));
}

bool Ledger::testConnection(const QString &path, QString *detail)
{
    const Ledger probe(path, SystemClock::instance());
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("pn_ledger_test_%1").arg(++counter);
    QString text;
    bool ok = false;
    {
        QSqlDatabase db = probe.addConnection(name, 5);
        if (db.open()) {
            QSqlQuery q(db);
            const bool pg = probe.isPostgres();
            if (q.exec(pg ? QStringLiteral("SHOW server_version")
                          : QStringLiteral("SELECT sqlite_version()")) &&
                q.next()) {
                ok = true;
                text = (pg ? tr("Connected: PostgreSQL %1.") : tr("Connected: SQLite %1."))
                           .arg(q.value(0).toString());
            } else {
                text = q.lastError().text();
            }
        } else {
            text = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        text = tr("Cannot connect to %1: %2").arg(probe.displayLocation(), text.trimmed());
    if (detail)
        *detail = Logging::redactUrlPasswords(text);
    return ok;
}

QString Ledger::unavailableText() const
{
    const QUrl url(m_path);
    const QString where =
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    return tr("The team ledger at %1 is not reachable: showing what was loaded; new bindings, "
              "releases and transfers are refused until it is back.")
        .arg(where);
}

} // namespace pn
