#include "sandbox/sandboxstore.h"

#include "core/logging.h"
#include "core/privatefiles.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace pn {

QString sandboxStateName(SandboxState state)
{
    switch (state) {
    case SandboxState::Active:
        return QStringLiteral("active");
    case SandboxState::Released:
        return QStringLiteral("released");
    case SandboxState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

namespace {

SandboxState stateFromName(const QString &name)
{
    if (name == QLatin1StringView("released"))
        return SandboxState::Released;
    if (name == QLatin1StringView("expired"))
        return SandboxState::Expired;
    return SandboxState::Active;
}

const char *const schema[] = {
    R"(CREATE TABLE IF NOT EXISTS accounts (
        devid TEXT PRIMARY KEY, appids TEXT NOT NULL, state INTEGER NOT NULL, role TEXT NOT NULL,
        balance REAL NOT NULL, overdraft REAL NOT NULL, create_ms INTEGER NOT NULL,
        update_ms INTEGER NOT NULL, xpool TEXT NOT NULL))",
    R"(CREATE TABLE IF NOT EXISTS bindings (
        subid TEXT PRIMARY KEY, devid TEXT NOT NULL, appid TEXT NOT NULL, reqid TEXT NOT NULL,
        params TEXT NOT NULL, x TEXT NOT NULL, anum TEXT NOT NULL, bnum TEXT NOT NULL,
        ttl INTEGER NOT NULL, record INTEGER NOT NULL, display TEXT NOT NULL,
        anucode TEXT NOT NULL, ansanu TEXT NOT NULL, user_data TEXT NOT NULL,
        state TEXT NOT NULL, created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,
        released_ms INTEGER NOT NULL DEFAULT 0))",
    "CREATE UNIQUE INDEX IF NOT EXISTS bindings_reqid ON bindings (devid, reqid)",
    "CREATE INDEX IF NOT EXISTS bindings_state ON bindings (state)",
    R"(CREATE TABLE IF NOT EXISTS transfers (
        id TEXT PRIMARY KEY, devid TEXT NOT NULL, appid TEXT NOT NULL, reqid TEXT NOT NULL,
        params TEXT NOT NULL, x TEXT NOT NULL, anum TEXT NOT NULL, ttl INTEGER NOT NULL,
        record INTEGER NOT NULL, display INTEGER NOT NULL, anucode TEXT NOT NULL,
        user_data TEXT NOT NULL, state TEXT NOT NULL, created_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL, released_ms INTEGER NOT NULL DEFAULT 0))",
    "CREATE UNIQUE INDEX IF NOT EXISTS transfers_reqid ON transfers (devid, reqid)",
    R"(CREATE TABLE IF NOT EXISTS calls (
        taskid TEXT PRIMARY KEY, devid TEXT NOT NULL, appid TEXT NOT NULL, subid TEXT NOT NULL,
        x TEXT NOT NULL, caller TEXT NOT NULL, callee TEXT NOT NULL, result TEXT NOT NULL,
        begin_s INTEGER NOT NULL, ring_s INTEGER NOT NULL, answer_s INTEGER NOT NULL,
        release_s INTEGER NOT NULL, duration INTEGER NOT NULL, record INTEGER NOT NULL,
        releasedir TEXT NOT NULL, user_data TEXT NOT NULL, cost REAL NOT NULL))",
};

const QString bindingColumns = QStringLiteral(
    "subid, devid, appid, reqid, x, anum, bnum, ttl, record, display, anucode, ansanu, "
    "user_data, state, created_ms, expires_ms, released_ms, params");
const QString transferColumns = QStringLiteral(
    "id, devid, appid, reqid, x, anum, ttl, record, display, anucode, user_data, state, "
    "created_ms, expires_ms, released_ms, params");
const QString callColumns = QStringLiteral(
    "taskid, devid, appid, subid, x, caller, callee, result, begin_s, ring_s, answer_s, "
    "release_s, duration, record, releasedir, user_data, cost");
const QString accountColumns =
    QStringLiteral("devid, appids, state, role, balance, overdraft, create_ms, update_ms, xpool");

SandboxBinding bindingFrom(const QSqlQuery &q)
{
    SandboxBinding b;
    b.subid = q.value(0).toString();
    b.devid = q.value(1).toString();
    b.appid = q.value(2).toString();
    b.reqid = q.value(3).toString();
    b.x = q.value(4).toString();
    b.anum = q.value(5).toString();
    b.bnum = q.value(6).toString();
    b.ttl = q.value(7).toLongLong();
    b.record = q.value(8).toInt();
    b.display = q.value(9).toString();
    b.anucode = q.value(10).toString();
    b.ansanu = q.value(11).toString();
    b.userData = q.value(12).toString();
    b.state = stateFromName(q.value(13).toString());
    b.createdAtMs = q.value(14).toLongLong();
    b.expiresAtMs = q.value(15).toLongLong();
    b.releasedAtMs = q.value(16).toLongLong();
    return b;
}

SandboxTransfer transferFrom(const QSqlQuery &q)
{
    SandboxTransfer t;
    t.id = q.value(0).toString();
    t.devid = q.value(1).toString();
    t.appid = q.value(2).toString();
    t.reqid = q.value(3).toString();
    t.x = q.value(4).toString();
    t.anum = q.value(5).toString();
    t.ttl = q.value(6).toLongLong();
    t.record = q.value(7).toInt();
    t.display = q.value(8).toInt();
    t.anucode = q.value(9).toString();
    t.userData = q.value(10).toString();
    t.state = stateFromName(q.value(11).toString());
    t.createdAtMs = q.value(12).toLongLong();
    t.expiresAtMs = q.value(13).toLongLong();
    t.releasedAtMs = q.value(14).toLongLong();
    return t;
}

SandboxCall callFrom(const QSqlQuery &q)
{
    SandboxCall c;
    c.taskid = q.value(0).toString();
    c.devid = q.value(1).toString();
    c.appid = q.value(2).toString();
    c.subid = q.value(3).toString();
    c.x = q.value(4).toString();
    c.caller = q.value(5).toString();
    c.callee = q.value(6).toString();
    c.result = q.value(7).toString();
    c.beginTime = q.value(8).toLongLong();
    c.ringTime = q.value(9).toLongLong();
    c.answerTime = q.value(10).toLongLong();
    c.releaseTime = q.value(11).toLongLong();
    c.duration = q.value(12).toLongLong();
    c.record = q.value(13).toInt();
    c.releasedir = q.value(14).toString();
    c.userData = q.value(15).toString();
    c.cost = q.value(16).toDouble();
    return c;
}

SandboxAccount accountFrom(const QSqlQuery &q)
{
    SandboxAccount a;
    a.devid = q.value(0).toString();
    a.appids = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
    a.state = q.value(2).toInt();
    a.role = q.value(3).toString();
    a.balance = q.value(4).toDouble();
    a.overdraft = q.value(5).toDouble();
    a.createTimeMs = q.value(6).toLongLong();
    a.updateTimeMs = q.value(7).toLongLong();
    a.xpool = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
    return a;
}

// SQLite stores a null QString as NULL; the columns are NOT NULL text.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        qCWarning(lcSandbox, "sandbox store: %s", qPrintable(q.lastError().text()));
}

} // namespace

struct SandboxStore::Private
{
    QString connection;
    QSqlDatabase db;
    // Prepared once: the hot path of PUT/DELETE.
    std::optional<QSqlQuery> insertBinding, setBindingState, reqidUse, bindingBySubid;
    std::optional<QSqlQuery> insertTransfer, setTransferState;
    std::optional<QSqlQuery> updateAccount;

    QSqlQuery prepare(const QString &sql) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true); // no client-side result cache: every query here reads once
        if (!q.prepare(sql))
            qCWarning(lcSandbox, "sandbox store: %s", qPrintable(q.lastError().text()));
        return q;
    }
};

SandboxStore::SandboxStore()
    : d(std::make_unique<Private>())
{
    static QAtomicInt counter;
    d->connection = QStringLiteral("pn_sandbox_%1").arg(counter.fetchAndAddRelaxed(1));
}

SandboxStore::~SandboxStore()
{
    d->insertBinding.reset();
    d->setBindingState.reset();
    d->reqidUse.reset();
    d->bindingBySubid.reset();
    d->insertTransfer.reset();
    d->setTransferState.reset();
    d->updateAccount.reset();
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connection);
    }
}

bool SandboxStore::isOpen() const
{
    return d->db.isOpen();
}

bool SandboxStore::open(const QString &path, QString *error)
{
    // The sandbox state holds numbers too: 0600, like the ledger (":memory:" is no file).
    if (path != QLatin1StringView(":memory:") && !path.isEmpty())
        PrivateFiles::prepareDatabase(path);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    if (!d->db.open()) {
        if (error)
            *error =
                tr("Cannot open the sandbox state file %1: %2").arg(path, d->db.lastError().text());
        return false;
    }
    QSqlQuery q(d->db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA busy_timeout=5000", "PRAGMA temp_store=MEMORY"})
        q.exec(QLatin1StringView(pragma));
    for (const char *statement : schema) {
        if (!q.exec(QLatin1StringView(statement))) {
            if (error)
                *error = tr("Cannot prepare the sandbox state file %1: %2")
                             .arg(path, q.lastError().text());
            return false;
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version=1"));

    d->insertBinding = d->prepare(
        QStringLiteral("INSERT INTO bindings (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .arg(bindingColumns));
    d->setBindingState = d->prepare(
        QStringLiteral("UPDATE bindings SET state = ?, released_ms = ? WHERE subid = ?"));
    d->reqidUse = d->prepare(QStringLiteral(
        "SELECT 0, subid, params FROM bindings WHERE devid = ? AND reqid = ? "
        "UNION ALL SELECT 1, id, params FROM transfers WHERE devid = ? AND reqid = ? LIMIT 1"));
    d->bindingBySubid =
        d->prepare(QStringLiteral("SELECT %1 FROM bindings WHERE subid = ?").arg(bindingColumns));
    d->insertTransfer = d->prepare(
        QStringLiteral("INSERT INTO transfers (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .arg(transferColumns));
    d->setTransferState =
        d->prepare(QStringLiteral("UPDATE transfers SET state = ?, released_ms = ? WHERE id = ?"));
    d->updateAccount = d->prepare(QStringLiteral(
        "UPDATE accounts SET appids = ?, state = ?, role = ?, balance = ?, overdraft = ?, "
        "create_ms = ?, update_ms = ?, xpool = ? WHERE devid = ?"));
    return true;
}

SandboxAccount SandboxStore::saveAccount(const SandboxAccount &account)
{
    SandboxAccount merged = account;
    merged.key.clear();
    if (!isOpen())
        return merged;
    QSqlQuery q =
        d->prepare(QStringLiteral("SELECT %1 FROM accounts WHERE devid = ?").arg(accountColumns));
    q.addBindValue(account.devid);
    exec(q);
    if (q.next()) {
        const SandboxAccount stored = accountFrom(q);
        merged.balance = stored.balance;
        merged.createTimeMs = stored.createTimeMs;
        merged.updateTimeMs = std::max(stored.updateTimeMs, merged.updateTimeMs);
        updateAccount(merged);
        return merged;
    }
    QSqlQuery ins = d->prepare(
        QStringLiteral("INSERT INTO accounts (%1) VALUES (?,?,?,?,?,?,?,?,?)").arg(accountColumns));
    ins.addBindValue(text(merged.devid));
    ins.addBindValue(text(merged.appids.join(u',')));
    ins.addBindValue(merged.state);
    ins.addBindValue(text(merged.role));
    ins.addBindValue(merged.balance);
    ins.addBindValue(merged.overdraft);
    ins.addBindValue(merged.createTimeMs);
    ins.addBindValue(merged.updateTimeMs);
    ins.addBindValue(text(merged.xpool.join(u',')));
    exec(ins);
    return merged;
}

void SandboxStore::updateAccount(const SandboxAccount &a)
{
    if (!d->updateAccount)
        return;
    QSqlQuery &q = *d->updateAccount;
    q.addBindValue(text(a.appids.join(u',')));
    q.addBindValue(a.state);
    q.addBindValue(text(a.role));
    q.addBindValue(a.balance);
    q.addBindValue(a.overdraft);
    q.addBindValue(a.createTimeMs);
    q.addBindValue(a.updateTimeMs);
    q.addBindValue(text(a.xpool.join(u',')));
    q.addBindValue(text(a.devid));
    exec(q);
}

QList<SandboxAccount> SandboxStore::accounts() const
{
    QList<SandboxAccount> out;
    QSqlQuery q =
        d->prepare(QStringLiteral("SELECT %1 FROM accounts ORDER BY devid").arg(accountColumns));
    exec(q);
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

bool SandboxStore::insertBinding(const SandboxBinding &b, const QString &params)
{
    if (!d->insertBinding)
        return false;
    QSqlQuery &q = *d->insertBinding;
    for (const QVariant &v :
         {text(b.subid), text(b.devid), text(b.appid), text(b.reqid), text(b.x), text(b.anum),
          text(b.bnum), QVariant(b.ttl), QVariant(b.record), text(b.display), text(b.anucode),
          text(b.ansanu), text(b.userData), QVariant(sandboxStateName(b.state)),
          QVariant(b.createdAtMs), QVariant(b.expiresAtMs), QVariant(b.releasedAtMs), text(params)})
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcSandbox, "sandbox store: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void SandboxStore::setBindingState(const QString &subid, SandboxState state, qint64 atMs)
{
    if (!d->setBindingState)
        return;
    QSqlQuery &q = *d->setBindingState;
    q.addBindValue(sandboxStateName(state));
    q.addBindValue(atMs);
    q.addBindValue(subid);
    exec(q);
}

std::optional<SandboxBinding> SandboxStore::binding(const QString &subid) const
{
    if (!d->bindingBySubid)
        return {};
    QSqlQuery &q = *d->bindingBySubid;
    q.addBindValue(subid);
    exec(q);
    std::optional<SandboxBinding> out;
    if (q.next())
        out = bindingFrom(q);
    q.finish();
    return out;
}

QList<SandboxBinding> SandboxStore::activeBindings() const
{
    QList<SandboxBinding> out;
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT %1 FROM bindings WHERE state = 'active'").arg(bindingColumns));
    exec(q);
    while (q.next())
        out.append(bindingFrom(q));
    return out;
}

QList<SandboxBinding> SandboxStore::bindings(const QString &devid) const
{
    QList<SandboxBinding> out;
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT %1 FROM bindings WHERE (? = '' OR devid = ?) ORDER BY created_ms, "
                       "rowid")
            .arg(bindingColumns));
    q.addBindValue(text(devid));
    q.addBindValue(text(devid));
    exec(q);
    while (q.next())
        out.append(bindingFrom(q));
    return out;
}

std::optional<SandboxStore::ReqidUse> SandboxStore::reqidUse(const QString &devid,
                                                             const QString &reqid) const
{
    if (!d->reqidUse)
        return std::nullopt;
    QSqlQuery &q = *d->reqidUse;
    for (const QString &v : {devid, reqid, devid, reqid})
        q.addBindValue(text(v));
    exec(q);
    std::optional<ReqidUse> out;
    if (q.next())
        out = ReqidUse{q.value(0).toInt() == 1, q.value(1).toString(), q.value(2).toString()};
    q.finish();
    return out;
}

bool SandboxStore::insertTransfer(const SandboxTransfer &t, const QString &params)
{
    if (!d->insertTransfer)
        return false;
    QSqlQuery &q = *d->insertTransfer;
    for (const QVariant &v :
         {text(t.id), text(t.devid), text(t.appid), text(t.reqid), text(t.x), text(t.anum),
          QVariant(t.ttl), QVariant(t.record), QVariant(t.display), text(t.anucode),
          text(t.userData), QVariant(sandboxStateName(t.state)), QVariant(t.createdAtMs),
          QVariant(t.expiresAtMs), QVariant(t.releasedAtMs), text(params)})
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcSandbox, "sandbox store: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void SandboxStore::setTransferState(const QString &id, SandboxState state, qint64 atMs)
{
    if (!d->setTransferState)
        return;
    QSqlQuery &q = *d->setTransferState;
    q.addBindValue(sandboxStateName(state));
    q.addBindValue(atMs);
    q.addBindValue(id);
    exec(q);
}

QList<SandboxTransfer> SandboxStore::activeTransfers() const
{
    QList<SandboxTransfer> out;
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT %1 FROM transfers WHERE state = 'active'").arg(transferColumns));
    exec(q);
    while (q.next())
        out.append(transferFrom(q));
    return out;
}

QList<SandboxTransfer> SandboxStore::transfers(const QString &devid) const
{
    QList<SandboxTransfer> out;
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT %1 FROM transfers WHERE (? = '' OR devid = ?) ORDER BY created_ms, "
                       "rowid")
            .arg(transferColumns));
    q.addBindValue(text(devid));
    q.addBindValue(text(devid));
    exec(q);
    while (q.next())
        out.append(transferFrom(q));
    return out;
}

void SandboxStore::insertCall(const SandboxCall &c)
{
    QSqlQuery q = d->prepare(
        QStringLiteral("INSERT INTO calls (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .arg(callColumns));
    for (const QVariant &v :
         {text(c.taskid), text(c.devid), text(c.appid), text(c.subid), text(c.x), text(c.caller),
          text(c.callee), text(c.result), QVariant(c.beginTime), QVariant(c.ringTime),
          QVariant(c.answerTime), QVariant(c.releaseTime), QVariant(c.duration), QVariant(c.record),
          text(c.releasedir), text(c.userData), QVariant(c.cost)})
        q.addBindValue(v);
    exec(q);
}

std::optional<SandboxCall> SandboxStore::call(const QString &taskid) const
{
    QSqlQuery q =
        d->prepare(QStringLiteral("SELECT %1 FROM calls WHERE taskid = ?").arg(callColumns));
    q.addBindValue(taskid);
    exec(q);
    if (q.next())
        return callFrom(q);
    return std::nullopt;
}

QList<SandboxCall> SandboxStore::calls(const QString &devid) const
{
    QList<SandboxCall> out;
    QSqlQuery q =
        d->prepare(QStringLiteral("SELECT %1 FROM calls WHERE (? = '' OR devid = ?) ORDER BY rowid")
                       .arg(callColumns));
    q.addBindValue(text(devid));
    q.addBindValue(text(devid));
    exec(q);
    while (q.next())
        out.append(callFrom(q));
    return out;
}

void SandboxStore::reset()
{
    QSqlQuery q(d->db);
    q.exec(QStringLiteral("DELETE FROM bindings"));
    q.exec(QStringLiteral("DELETE FROM transfers"));
    q.exec(QStringLiteral("DELETE FROM calls"));
}

} // namespace pn
