#include "session/console.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/callstore.h"
#include "callbacks/inboxmodel.h"
#include "core/errorcatalog.h"
#include "core/keytimesigner.h"
#include "core/logging.h"
#include "profiles/credentials.h"
#include "sandbox/sandboxplatform.h"
#include "secrets/secretstorefactory.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace pn {

namespace {
QString shellQuote(const QString &text)
{
    QString t = text;
    t.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + t + u'\'';
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}
} // namespace

Console::Console(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : SystemClock::instance())
{}

Console::~Console()
{
    secureWipe(m_key);
    secureWipe(m_sandboxKey);
    // The service and client go before the ledger they write to; the receiver answers what it
    // has queued before the ledger closes.
    m_session.reset();
    if (m_receiver)
        m_receiver->stop();
    m_receiver.reset();
    m_sandbox.reset();
    m_inbox.reset();
    m_callStore.reset();
}

bool Console::open(QString *error)
{
    const QString path = Ledger::resolvePath(m_options.dataDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_ledger = std::make_unique<Ledger>(path, m_clock);
    if (!m_ledger->open(error))
        return false;
    m_profiles = std::make_unique<ProfileStore>(m_ledger->database(), m_clock);
    m_callStore = std::make_unique<CallStore>(*m_ledger);
    if (!m_callStore->open(error))
        return false;
    m_inbox = std::make_unique<InboxModel>();
    if (m_options.sandbox && !startSandbox(error))
        return false;
    m_session = std::make_unique<Session>(*m_ledger, m_clock);
    m_session->setSweepInterval(m_options.sweepIntervalMs);
    connect(m_session.get(), &Session::clockSkewEstimated, this, &Console::clockSkewChanged);

    const QList<Profile> all = m_profiles->list(error);
    if (all.isEmpty())
        return true; // nothing to select yet (no sandbox and no profile)
    qint64 chosen = all.first().id;
    for (const Profile &p : all) {
        if (p.isSandbox())
            chosen = p.id;
    }
    return selectProfile(chosen, error);
}

bool Console::startSandbox(QString *error)
{
    const QString dir = QFileInfo(m_ledger->path()).absolutePath();
    m_sandbox = std::make_unique<SandboxPlatform>(m_clock);
    if (!m_sandbox->open(QDir(dir).filePath(QStringLiteral("sandbox.sqlite")), error))
        return false;

    // The account: the stored profile's identity if there is one, else a new one. The key is
    // generated afresh at every start and lives only in memory, on both sides of the wire.
    std::optional<Profile> existing;
    for (const Profile &p : m_profiles->list()) {
        if (p.isSandbox())
            existing = p;
    }
    SandboxAccount account;
    account.devid =
        existing
            ? existing->devid
            : QStringLiteral("9%1").arg(QRandomGenerator::system()->bounded(1'000'000, 9'999'999));
    account.appids = existing && !existing->appids.isEmpty()
                         ? existing->appids
                         : QStringList{QStringLiteral("sandbox-app")};
    if (existing && !existing->xNumbers.isEmpty()) {
        account.xpool = existing->xNumbers;
    } else {
        for (int i = 1; i <= 10; ++i)
            account.xpool << QStringLiteral("170%1").arg(i, 8, 10, QChar(u'0'));
    }
    account.balance = 200.0;
    account.overdraft = 50.0;
    m_sandboxKey = randomHex(16);
    account.key = m_sandboxKey;
    m_sandbox->addAccount(account);
    if (!m_sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, error))
        return false;
    bool created = false;
    const std::optional<Profile> profile = m_profiles->ensureSandboxProfile(
        m_sandbox->baseUrl(), account.devid, account.appids, account.xpool, &created, error);
    if (!profile)
        return false;
    m_firstStart = created;
    if (created) {
        Profile p = *profile;
        p.lowBalanceThreshold = 20.0;
        m_profiles->update(p, nullptr);
    }

    CallbackReceiver::Options options;
    options.profileId = profile->id;
    m_receiver = std::make_unique<CallbackReceiver>(m_ledger->path(), m_clock, options);
    if (!m_receiver->start(error))
        return false;
    m_sandbox->setCallbackUrl(m_receiver->callbackUrl());
    return true;
}

QList<Profile> Console::profileList() const
{
    return m_profiles ? m_profiles->list() : QList<Profile>{};
}

std::optional<QByteArray> Console::keyFor(const Profile &profile, QByteArray *callbackToken,
                                          QString *error)
{
    callbackToken->clear();
    if (profile.isSandbox() && m_sandbox)
        return m_sandboxKey;
    if (!m_secrets) {
        SecretStoreFactory::Options options;
        options.dataDir = QFileInfo(m_ledger->path()).absolutePath();
        options.backend = m_options.secretBackend.isEmpty()
                              ? SecretStoreFactory::backendFromEnvironment()
                              : m_options.secretBackend;
        options.vaultPassword = m_options.vaultPassword;
        m_secrets = SecretStoreFactory::create(options, nullptr, error);
        if (!m_secrets)
            return std::nullopt;
    }
    std::optional<ProfileCredentials> credentials =
        Credentials::load(*m_profiles, *m_secrets, profile.id, error);
    if (!credentials)
        return std::nullopt;
    *callbackToken = credentials->callbackToken;
    return credentials->authKey;
}

QString Console::secretBackendName() const
{
    if (m_secrets)
        return m_secrets->backendName();
    const QString configured = m_options.secretBackend.isEmpty()
                                   ? SecretStoreFactory::backendFromEnvironment()
                                   : m_options.secretBackend;
    if (configured == QLatin1StringView("keychain") || configured == QLatin1StringView("vault"))
        return SecretStore::backendDisplayName(configured);
    return tr("not opened yet");
}

bool Console::selectProfile(qint64 id, QString *error)
{
    std::optional<Profile> profile = m_profiles->byId(id, error);
    if (!profile)
        return false;
    m_session->stop();
    secureWipe(m_key);
    m_profile = profile;
    setConnection(Connection::Unknown, {});
    QString keyError;
    QByteArray callbackToken;
    const std::optional<QByteArray> key = keyFor(*profile, &callbackToken, &keyError);
    applyReceiverAccess(*profile, callbackToken);
    secureWipe(callbackToken);
    if (key) {
        m_key = *key;
        ClientConfig config = Session::clientConfig(*profile, m_key);
        m_session->start(config, profile->id);
        secureWipe(config.key);
        m_session->reconcile([this](const ReconcileReport &report) { emit reconciled(report); });
    } else {
        setConnection(Connection::Failed, keyError);
    }
    emit profileChanged();
    refreshAccount();
    return true;
}

void Console::applyReceiverAccess(const Profile &profile, const QByteArray &callbackToken)
{
    if (!m_receiver)
        return;
    // The sandbox delivers without token from 127.0.0.1; a real profile's callbacks must carry
    // its token (as `pnctl listen --profile` asks) and come from its allow-list.
    if (profile.isSandbox()) {
        m_receiver->setAccess(profile.id, {}, {});
        return;
    }
    QString error;
    const auto allowList =
        CallbackReceiver::parseAllowList(profile.callbackAllowList.join(u','), &error);
    QList<CallbackReceiver::Subnet> allowed;
    if (allowList) {
        allowed = *allowList;
    } else {
        // Never "everyone" for a list that could not be read: this machine only.
        qCWarning(lcSession, "the profile's callback allow-list is not valid: %s",
                  qPrintable(error));
        allowed = {{QHostAddress(QHostAddress::LocalHost), 32},
                   {QHostAddress(QHostAddress::LocalHostIPv6), 128}};
    }
    m_receiver->setAccess(profile.id, callbackToken, allowed);
}

void Console::setConnection(Connection state, const QString &detail)
{
    m_connection = state;
    m_connectionDetail = detail;
    emit connectionChanged();
}

void Console::refreshAccount()
{
    PlatformClient *platform = client();
    if (!platform)
        return;
    setConnection(Connection::Connecting, {});
    QPointer<Console> self(this);
    platform->status([self](const PlatformResult &result) {
        if (!self)
            return;
        const bool reached = result.kind == PlatformResult::Kind::Ok ||
                             result.kind == PlatformResult::Kind::PlatformError;
        self->setConnection(reached ? Connection::Connected : Connection::Failed, result.message);
        emit self->accountStatusReceived(result);
    });
}

QStringList Console::numbersBoundOn(const QString &x, const QString &anum,
                                    const QString &bnum) const
{
    if (!m_profile || x.isEmpty())
        return {};
    BindingQuery query;
    query.profileId = m_profile->id;
    query.states = {RecordState::Active, RecordState::Pending};
    query.x = x;
    QStringList taken;
    const qint64 now = m_clock.nowMs();
    for (const BindingRecord &b : m_ledger->bindings(query)) {
        if (b.state == RecordState::Active && !b.isLiveAt(now))
            continue;
        for (const QString &n : {anum, bnum}) {
            if (!n.isEmpty() && !taken.contains(n) && (b.request.anum == n || b.request.bnum == n))
                taken << n;
        }
    }
    return taken;
}

QString Console::signedHeader(QString *error) const
{
    if (!m_profile || m_key.isEmpty()) {
        if (error)
            *error = tr("The profile's auth key is not available.");
        return {};
    }
    const qint64 ts = m_clock.nowMs() + (client() ? client()->appliedClockOffsetMs() : 0);
    const std::optional<QByteArray> header =
        KeytimeSigner::header(m_profile->devid, m_key, ts, error);
    return header ? QString::fromLatin1(*header) : QString();
}

QString Console::curlFor(const RequestLogEntry &entry, QString *error) const
{
    const QString auth = signedHeader(error);
    if (auth.isEmpty())
        return {};
    QUrl url = m_profile->baseUrl;
    url.setPath(url.path() + entry.path);
    QString command = QStringLiteral("curl -sS -X %1").arg(entry.method);
    const bool inQuery =
        entry.method == QLatin1StringView("GET") || entry.method == QLatin1StringView("DELETE");
    if (inQuery && !entry.params.isEmpty())
        url.setQuery(entry.params, QUrl::StrictMode);
    command += u' ' + shellQuote(url.toString(QUrl::FullyEncoded));
    command += QStringLiteral(" -H ") + shellQuote(QStringLiteral("Authorization: ") + auth);
    if (!inQuery) {
        command += QStringLiteral(" -H ") +
                   shellQuote(QStringLiteral("Content-Type: application/x-www-form-urlencoded"));
        command += QStringLiteral(" --data ") + shellQuote(entry.params);
    }
    return command;
}

QString Console::curlForBinding(const BindingRecord &binding, QString *error) const
{
    // The release of this binding, the call a desk most often wants to replay.
    RequestLogEntry entry;
    entry.method = QStringLiteral("DELETE");
    entry.path = QStringLiteral("/igw/service/uc/interline");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("appid"), binding.request.appid);
    q.addQueryItem(QStringLiteral("subid"), binding.subid);
    entry.params = q.toString(QUrl::FullyEncoded);
    return curlFor(entry, error);
}

QString Console::simulateCall(const QString &subid, QString *error)
{
    if (!m_sandbox || !m_profile || !m_profile->isSandbox()) {
        if (error)
            *error = tr("Calls can be simulated only on the sandbox profile.");
        return {};
    }
    SimulatedCall call;
    call.subid = subid;
    return m_sandbox->simulateCall(call, error);
}

QString Console::simulateCall(const SimulatedCall &call, QString *error)
{
    if (!m_sandbox || !m_profile || !m_profile->isSandbox()) {
        if (error)
            *error = tr("Calls can be simulated only on the sandbox profile.");
        return {};
    }
    return m_sandbox->simulateCall(call, error);
}

QString Console::actor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("console") : user;
}

void Console::audit(const QString &action, const QString &detail)
{
    m_ledger->appendAudit(m_profile ? std::optional<qint64>(m_profile->id) : std::nullopt, actor(),
                          action, detail);
}

} // namespace pn
