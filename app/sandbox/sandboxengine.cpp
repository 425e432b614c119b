#include "sandbox/sandboxengine.h"

#include "core/formencoding.h"
#include "core/validation.h"

#include <QUuid>

#include <cmath>

namespace pn {

namespace {

const QString kError = QStringLiteral("error");
const QString kReason = QStringLiteral("reason");

// The value of a field that must be present; records the first missing one.
QString required(const FormFields &fields, const QString &key, QString *missing)
{
    for (const auto &[k, v] : fields) {
        if (k == key)
            return v;
    }
    if (missing && missing->isEmpty())
        *missing = key;
    return {};
}

bool hasField(const FormFields &fields, const QString &key)
{
    for (const auto &field : fields) {
        if (field.first == key)
            return true;
    }
    return false;
}

// Parses an optional integer field; false if it is present but not a whole number.
bool intField(const FormFields &fields, const QString &key, qint64 *out)
{
    if (!hasField(fields, key))
        return true;
    bool ok = false;
    const qint64 v = formValue(fields, key).trimmed().toLongLong(&ok);
    if (ok)
        *out = v;
    return ok;
}

QString canonical(const QStringList &parts)
{
    return parts.join(QChar(0x1f));
}

} // namespace

SandboxEngine::SandboxEngine(const Clock &clock, SandboxStore &store)
    : m_clock(clock)
    , m_store(store)
{}

QJsonObject SandboxEngine::error(int code, const QString &reason)
{
    QJsonObject o{{kError, code}};
    if (!reason.isEmpty())
        o.insert(kReason, reason);
    return o;
}

QString SandboxEngine::newId() const
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

void SandboxEngine::load()
{
    m_active.clear();
    m_activeByX.clear();
    m_transfers.clear();
    for (const SandboxBinding &b : m_store.activeBindings()) {
        m_active.insert(b.subid, b);
        m_activeByX[b.x].append(b.subid);
    }
    for (const SandboxTransfer &t : m_store.activeTransfers())
        m_transfers.insert(t.x, t);
    for (const SandboxAccount &a : m_store.accounts()) {
        if (!m_accounts.contains(a.devid))
            m_accounts.insert(a.devid, a); // known, but without a key no request can pass
    }
    sweep();
}

void SandboxEngine::addAccount(const SandboxAccount &account)
{
    SandboxAccount a = account;
    const qint64 now = m_clock.nowMs();
    if (a.createTimeMs <= 0)
        a.createTimeMs = now;
    if (a.updateTimeMs <= 0)
        a.updateTimeMs = a.createTimeMs;
    SandboxAccount merged = m_store.saveAccount(a);
    merged.key = account.key;
    m_accounts.insert(merged.devid, merged);
}

const SandboxAccount *SandboxEngine::account(const QString &devid) const
{
    auto it = m_accounts.constFind(devid);
    return it == m_accounts.constEnd() ? nullptr : &it.value();
}

QList<SandboxAccount> SandboxEngine::accounts() const
{
    QList<SandboxAccount> out;
    for (SandboxAccount a : m_accounts) {
        a.key.clear();
        out.append(a);
    }
    std::sort(out.begin(), out.end(),
              [](const SandboxAccount &l, const SandboxAccount &r) { return l.devid < r.devid; });
    return out;
}

bool SandboxEngine::setAccountState(const QString &devid, int state)
{
    auto it = m_accounts.find(devid);
    if (it == m_accounts.end() || state < 0 || state > 3)
        return false;
    it->state = state;
    it->updateTimeMs = m_clock.nowMs();
    m_store.updateAccount(*it);
    return true;
}

bool SandboxEngine::setBalance(const QString &devid, double balance)
{
    auto it = m_accounts.find(devid);
    if (it == m_accounts.end())
        return false;
    it->balance = balance;
    it->updateTimeMs = m_clock.nowMs();
    m_store.updateAccount(*it);
    return true;
}

QJsonObject SandboxEngine::accountStatus(const QString &devid) const
{
    const SandboxAccount *a = account(devid);
    if (!a)
        return error(1100, tr("The account does not exist."));
    return QJsonObject{{kError, 0},
                       {QStringLiteral("state"), a->state},
                       {QStringLiteral("role"), a->role},
                       {QStringLiteral("balance"), a->balance},
                       {QStringLiteral("overdraft"), a->overdraft},
                       {QStringLiteral("createTime"), a->createTimeMs},
                       {QStringLiteral("updateTime"), a->updateTimeMs}};
}

QJsonObject SandboxEngine::checkMutation(const SandboxAccount *a, const QString &appid) const
{
    if (!a)
        return error(1100, tr("The account does not exist."));
    if (a->state == 2 || a->state == 3)
        return error(1102, tr("The account is suspended or closed."));
    if (!a->appids.contains(appid))
        return error(1103, tr("The appid %1 is not enabled for this account.").arg(appid));
    return {};
}

SandboxState SandboxEngine::effectiveState(SandboxState stored, qint64 expiresAtMs) const
{
    if (stored == SandboxState::Active && expiresAtMs > 0 && expiresAtMs <= m_clock.nowMs())
        return SandboxState::Expired;
    return stored;
}

bool SandboxEngine::expireIfDue(const QString &subid)
{
    auto it = m_active.find(subid);
    if (it == m_active.end())
        return true;
    if (it->expiresAtMs > m_clock.nowMs())
        return false;
    m_store.setBindingState(subid, SandboxState::Expired, 0);
    auto byX = m_activeByX.find(it->x);
    if (byX != m_activeByX.end()) {
        byX->removeOne(subid);
        if (byX->isEmpty())
            m_activeByX.erase(byX);
    }
    m_active.erase(it);
    return true;
}

bool SandboxEngine::expireTransferIfDue(const QString &x)
{
    auto it = m_transfers.find(x);
    if (it == m_transfers.end())
        return true;
    if (it->expiresAtMs == 0 || it->expiresAtMs > m_clock.nowMs())
        return false;
    m_store.setTransferState(it->id, SandboxState::Expired, 0);
    m_transfers.erase(it);
    return true;
}

int SandboxEngine::sweep()
{
    int n = 0;
    const qint64 now = m_clock.nowMs();
    QStringList due;
    for (const SandboxBinding &b : std::as_const(m_active)) {
        if (b.expiresAtMs <= now)
            due.append(b.subid);
    }
    for (const QString &subid : due)
        n += expireIfDue(subid) ? 1 : 0;
    QStringList dueX;
    for (const SandboxTransfer &t : std::as_const(m_transfers)) {
        if (t.expiresAtMs > 0 && t.expiresAtMs <= now)
            dueX.append(t.x);
    }
    for (const QString &x : dueX)
        n += expireTransferIfDue(x) ? 1 : 0;
    return n;
}

QJsonObject SandboxEngine::createBinding(const QString &devid, const QString &x,
                                         const FormFields &fields)
{
    const SandboxAccount *acct = account(devid);
    QString missing;
    BindingRequest r;
    r.appid = required(fields, QStringLiteral("appid"), &missing);
    r.x = x;
    r.anum = required(fields, QStringLiteral("anum"), &missing);
    r.bnum = required(fields, QStringLiteral("bnum"), &missing);
    r.reqid = required(fields, QStringLiteral("reqid"), &missing);
    const QString ttlText = required(fields, QStringLiteral("ttl"), &missing);
    if (!missing.isEmpty())
        return error(1002, tr("The required parameter %1 is missing.").arg(missing));
    bool ok = false;
    r.ttl = ttlText.trimmed().toLongLong(&ok);
    if (!ok || r.ttl > MaxTtlSecs)
        return error(1002, tr("The parameter ttl must be a whole number of seconds."));
    qint64 record = 0;
    if (!intField(fields, QStringLiteral("record"), &record))
        return error(1002, tr("The parameter record must be 0 or 1."));
    r.record = int(std::clamp<qint64>(record, -1, 2));
    r.display = formValue(fields, QStringLiteral("display"));
    r.anucode = formValue(fields, QStringLiteral("anucode"));
    r.ansanu = formValue(fields, QStringLiteral("ansanu"));
    r.userData = formValue(fields, QStringLiteral("userData"));
    if (const ValidationErrors errors = Validation::validate(r); !errors.isEmpty())
        return error(1002, errors.first().message);
    if (const QJsonObject e = checkMutation(acct, r.appid); !e.isEmpty())
        return e;

    r.x = normalizedNumber(r.x);
    r.anum = normalizedNumber(r.anum);
    r.bnum = normalizedNumber(r.bnum);
    const QString params =
        canonical({QStringLiteral("axb"), r.appid, r.x, r.anum, r.bnum, QString::number(r.ttl),
                   QString::number(r.record), r.display, r.anucode, r.ansanu, r.userData});
    if (const auto used = m_store.reqidUse(devid, r.reqid)) {
        if (used->transfer || used->params != params)
            return error(1004,
                         tr("The reqid %1 was already used with other parameters.").arg(r.reqid));
        return QJsonObject{{kError, 0}, {QStringLiteral("subid"), used->id}};
    }
    if (acct->balance + acct->overdraft <= 0)
        return error(1110, tr("The account balance is insufficient."));
    if (!acct->xpool.contains(r.x))
        return error(1300, tr("The X number %1 is not in this account's number pool.").arg(r.x));

    if (auto byX = m_activeByX.constFind(r.x); byX != m_activeByX.constEnd()) {
        const QStringList subids = *byX;
        for (const QString &subid : subids) {
            if (expireIfDue(subid))
                continue;
            const SandboxBinding &b = m_active[subid];
            for (const QString &party : {b.anum, b.bnum}) {
                if (party == r.anum || party == r.bnum)
                    return error(
                        1302, tr("The number %1 is already bound on X number %2.").arg(party, r.x));
            }
        }
    }

    SandboxBinding b;
    b.subid = newId();
    b.devid = devid;
    b.appid = r.appid;
    b.reqid = r.reqid;
    b.x = r.x;
    b.anum = r.anum;
    b.bnum = r.bnum;
    b.ttl = r.ttl;
    b.record = r.record;
    b.display = r.display;
    b.anucode = r.anucode;
    b.ansanu = r.ansanu;
    b.userData = r.userData;
    b.createdAtMs = m_clock.nowMs();
    b.expiresAtMs = b.createdAtMs + r.ttl * 1000;
    if (!m_store.insertBinding(b, params))
        return error(1502, tr("The system operation failed."));
    m_active.insert(b.subid, b);
    m_activeByX[b.x].append(b.subid);
    return QJsonObject{{kError, 0}, {QStringLiteral("subid"), b.subid}};
}

QJsonObject SandboxEngine::releaseBinding(const QString &devid, const FormFields &fields)
{
    QString missing;
    const QString appid = required(fields, QStringLiteral("appid"), &missing);
    const QString subid = required(fields, QStringLiteral("subid"), &missing);
    if (!missing.isEmpty())
        return error(1002, tr("The required parameter %1 is missing.").arg(missing));
    if (appid.trimmed().isEmpty())
        return error(1002, tr("The parameter appid is empty."));
    if (subid.trimmed().isEmpty())
        return error(1002, tr("The parameter subid is empty."));
    if (const QJsonObject e = checkMutation(account(devid), appid); !e.isEmpty())
        return e;
    auto it = m_active.constFind(subid);
    if (it == m_active.constEnd() || it->devid != devid || it->appid != appid || expireIfDue(subid))
        return error(1300, tr("No active binding has the subid %1.").arg(subid));
    const SandboxBinding b = *it;
    m_store.setBindingState(subid, SandboxState::Released, m_clock.nowMs());
    m_active.remove(subid);
    auto byX = m_activeByX.find(b.x);
    if (byX != m_activeByX.end()) {
        byX->removeOne(subid);
        if (byX->isEmpty())
            m_activeByX.erase(byX);
    }
    return QJsonObject{{kError, 0}};
}

QJsonObject SandboxEngine::createTransfer(const QString &devid, const QString &x,
                                          const FormFields &fields)
{
    const SandboxAccount *acct = account(devid);
    QString missing;
    TransferRequest r;
    r.appid = required(fields, QStringLiteral("appid"), &missing);
    r.x = x;
    r.anum = required(fields, QStringLiteral("anum"), &missing);
    r.reqid = required(fields, QStringLiteral("reqid"), &missing);
    if (!missing.isEmpty())
        return error(1002, tr("The required parameter %1 is missing.").arg(missing));
    qint64 ttl = 0, record = 0, display = 0;
    if (!intField(fields, QStringLiteral("ttl"), &ttl) || ttl > MaxTtlSecs)
        return error(1002, tr("The parameter ttl must be a whole number of seconds."));
    if (!intField(fields, QStringLiteral("record"), &record))
        return error(1002, tr("The parameter record must be 0 or 1."));
    if (!intField(fields, QStringLiteral("display"), &display))
        return error(1002, tr("The parameter display must be 0 or 1."));
    r.ttl = ttl;
    r.record = int(std::clamp<qint64>(record, -1, 2));
    r.display = int(std::clamp<qint64>(display, -1, 2));
    r.anucode = formValue(fields, QStringLiteral("anucode"));
    r.userData = formValue(fields, QStringLiteral("userData"));
    if (const ValidationErrors errors = Validation::validate(r); !errors.isEmpty())
        return error(1002, errors.first().message);
    if (const QJsonObject e = checkMutation(acct, r.appid); !e.isEmpty())
        return e;

    r.x = normalizedNumber(r.x);
    r.anum = normalizedNumber(r.anum);
    const QString params =
        canonical({QStringLiteral("xa"), r.appid, r.x, r.anum, QString::number(r.ttl),
                   QString::number(r.record), QString::number(r.display), r.anucode, r.userData});
    if (const auto used = m_store.reqidUse(devid, r.reqid)) {
        if (!used->transfer || used->params != params)
            return error(1004,
                         tr("The reqid %1 was already used with other parameters.").arg(r.reqid));
        return QJsonObject{{kError, 0}};
    }
    if (acct->balance + acct->overdraft <= 0)
        return error(1110, tr("The account balance is insufficient."));
    if (!acct->xpool.contains(r.x))
        return error(1300, tr("The X number %1 is not in this account's number pool.").arg(r.x));
    if (!expireTransferIfDue(r.x))
        return error(1201, tr("The X number %1 already has a transfer.").arg(r.x));

    SandboxTransfer t;
    t.id = newId();
    t.devid = devid;
    t.appid = r.appid;
    t.reqid = r.reqid;
    t.x = r.x;
    t.anum = r.anum;
    t.ttl = r.ttl;
    t.record = r.record;
    t.display = r.display;
    t.anucode = r.anucode;
    t.userData = r.userData;
    t.createdAtMs = m_clock.nowMs();
    t.expiresAtMs = r.ttl > 0 ? t.createdAtMs + r.ttl * 1000 : 0;
    if (!m_store.insertTransfer(t, params))
        return error(1502, tr("The system operation failed."));
    m_transfers.insert(t.x, t);
    return QJsonObject{{kError, 0}};
}

QJsonObject SandboxEngine::releaseTransfer(const QString &devid, const QString &x,
                                           const FormFields &fields)
{
    QString missing;
    const QString appid = required(fields, QStringLiteral("appid"), &missing);
    if (!missing.isEmpty() || appid.trimmed().isEmpty())
        return error(1002,
                     tr("The required parameter %1 is missing.").arg(QStringLiteral("appid")));
    if (auto e = Validation::checkNumber(QStringLiteral("x"), tr("X number"), x))
        return error(1002, e->message);
    if (const QJsonObject e = checkMutation(account(devid), appid); !e.isEmpty())
        return e;
    const QString nx = normalizedNumber(x);
    auto it = m_transfers.constFind(nx);
    if (it == m_transfers.constEnd() || it->devid != devid || it->appid != appid ||
        expireTransferIfDue(nx))
        return error(1300, tr("The X number %1 has no transfer.").arg(nx));
    m_store.setTransferState(it->id, SandboxState::Released, m_clock.nowMs());
    m_transfers.remove(nx);
    return QJsonObject{{kError, 0}};
}

std::optional<SandboxCall> SandboxEngine::simulateCall(const SimulatedCall &sim,
                                                       double ratePerMinute, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    SandboxCall c;
    c.result = sim.result.trimmed().isEmpty() ? QStringLiteral("answered") : sim.result.trimmed();
    if (sim.durationSecs < 0)
        return fail(tr("The duration must not be negative."));
    if (sim.ringSecs < -1)
        return fail(tr("The ring time must not be negative."));
    if (!sim.subid.isEmpty()) {
        if (!m_active.contains(sim.subid) || expireIfDue(sim.subid))
            return fail(tr("No active binding has the subid %1.").arg(sim.subid));
        const SandboxBinding &b = m_active[sim.subid];
        c.devid = b.devid;
        c.appid = b.appid;
        c.subid = b.subid;
        c.x = b.x;
        c.caller = sim.caller.isEmpty() ? b.anum : normalizedNumber(sim.caller);
        c.callee = c.caller == b.anum ? b.bnum : b.anum; // B and anyone else reach A
        c.record = b.record;
        c.userData = b.userData;
    } else {
        const QString x = normalizedNumber(sim.x);
        if (x.isEmpty())
            return fail(tr("Give a subid or an X number with a transfer."));
        if (!m_transfers.contains(x) || expireTransferIfDue(x))
            return fail(tr("The X number %1 has no transfer.").arg(x));
        const SandboxTransfer &t = m_transfers[x];
        c.devid = t.devid;
        c.appid = t.appid;
        c.subid = t.id;
        c.x = t.x;
        c.caller =
            sim.caller.isEmpty() ? QStringLiteral("13700000000") : normalizedNumber(sim.caller);
        c.callee = t.anum;
        c.record = t.record;
        c.userData = t.userData;
    }
    if (auto e = Validation::checkNumber(QStringLiteral("caller"), tr("Caller"), c.caller))
        return fail(e->message);

    const bool answered = c.result == QLatin1StringView("answered");
    c.taskid = newId();
    c.releaseTime = m_clock.nowSecs();
    if (answered) {
        c.duration = sim.durationSecs;
        c.answerTime = c.releaseTime - c.duration;
        c.ringTime = c.answerTime - (sim.ringSecs >= 0 ? sim.ringSecs : 5);
    } else {
        c.ringTime = c.releaseTime - (sim.ringSecs >= 0 ? sim.ringSecs : 10);
    }
    c.beginTime = c.ringTime - 2;
    c.releasedir = !sim.releasedir.isEmpty()
                       ? sim.releasedir
                       : (answered ? QStringLiteral("1") : QStringLiteral("0"));
    if (answered && c.duration > 0 && ratePerMinute > 0) {
        c.cost = std::ceil(double(c.duration) / 60.0) * ratePerMinute;
        auto it = m_accounts.find(c.devid);
        if (it != m_accounts.end()) {
            it->balance = std::round((it->balance - c.cost) * 10000.0) / 10000.0;
            it->updateTimeMs = m_clock.nowMs();
            m_store.updateAccount(*it);
        }
    }
    m_store.insertCall(c);
    return c;
}

void SandboxEngine::reset()
{
    m_store.reset();
    m_active.clear();
    m_activeByX.clear();
    m_transfers.clear();
}

QList<SandboxBinding> SandboxEngine::bindings(const QString &devid) const
{
    QList<SandboxBinding> out = m_store.bindings(devid);
    for (SandboxBinding &b : out)
        b.state = effectiveState(b.state, b.expiresAtMs);
    return out;
}

std::optional<SandboxBinding> SandboxEngine::binding(const QString &subid) const
{
    auto b = m_store.binding(subid);
    if (b)
        b->state = effectiveState(b->state, b->expiresAtMs);
    return b;
}

QList<SandboxTransfer> SandboxEngine::transfers(const QString &devid) const
{
    QList<SandboxTransfer> out = m_store.transfers(devid);
    for (SandboxTransfer &t : out)
        t.state = effectiveState(t.state, t.expiresAtMs);
    return out;
}

} // namespace pn
