#include "session/console.h"

#include "callbacks/callbackreceiver.h"
#include "callbacks/callstore.h"
#include "callbacks/inboxmodel.h"
#include "core/errorcatalog.h"
#include "core/keytimesigner.h"
#include "core/logging.h"
#include "core/privatefiles.h"
#include "profiles/credentials.h"
#include "sandbox/sandboxplatform.h"
#include "secrets/secretstorefactory.h"
#include "session/ledgeraccess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
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
    const auto location = LedgerLocation::resolve(m_options.ledger, m_options.dataDir, error);
    if (!location)
        return false;
    m_location = *location;
    LedgerAccess::Options access;
    access.dataDir = LedgerLocation::localDataDir(m_location, m_options.dataDir);
    access.secretBackend = m_options.secretBackend;
    access.vaultPassword = m_options.vaultPassword;
    // The desk's own folder (sandbox state, vault) also exists with a server ledger.
    PrivateFiles::makeFolder(access.dataDir);
    if (!m_location.isServer())
        QDir().mkpath(m_location.folderPath());
    // A team server's password: the data folder's secret store, else libpq's PGPASSFILE.
    m_ledger = std::make_unique<Ledger>(
        m_options.ledgerPassword.isEmpty()
            ? LedgerAccess::connectionString(m_location, access)
            : m_location.connectionString(QString::fromUtf8(m_options.ledgerPassword)),
        m_clock);
    m_ledger->setDataDir(access.dataDir);
    QString openError;
    if (!m_ledger->open(&openError)) {
        // A team server that does not answer at all (not one that refuses this desk): the
        // console can start without it and finish opening when it first answers.
        if (!(m_location.isServer() && m_options.startWhileAway &&
              LedgerAccess::isUnreachable(openError))) {
            if (error)
                *error = LedgerAccess::explain(openError);
            return false;
        }
        qCWarning(lcSession, "the team ledger %s does not answer at start; waiting for it",
                  qUtf8Printable(m_location.display()));
        m_waiting = true;
        m_ledger->markAway();
    }
    if (m_location.isServer()) {
        connect(m_ledger.get(), &Ledger::availabilityChanged, this, [this](bool available) {
            if (available && m_waiting)
                Q_EMIT ledgerAnswered();
        });
        connect(m_ledger.get(), &Ledger::availabilityChanged, this,
                &Console::ledgerAvailabilityChanged);
        // Back from an outage: what was left pending (here or by a desk whose lease ran out)
        // is settled now, not at the next start.
        connect(m_ledger.get(), &Ledger::availabilityChanged, this, [this](bool available) {
            if (available && m_session && m_session->service())
                m_session->reconcile(
                    [this](const ReconcileReport &report) { Q_EMIT reconciled(report); });
        });
        m_ledger->watchAvailability();
    }
    m_profiles = std::make_unique<ProfileStore>(m_ledger->database(), m_clock);
    m_callStore = std::make_unique<CallStore>(*m_ledger);
    m_inbox = std::make_unique<InboxModel>();
    m_session = std::make_unique<Session>(*m_ledger, m_clock);
    m_session->setSweepInterval(m_options.sweepIntervalMs);
    connect(m_session.get(), &Session::clockSkewEstimated, this, &Console::clockSkewChanged);
    if (m_waiting)
        return true; // nothing to read yet: no profile, no sandbox, no receiver
    if (!m_callStore->open(error))
        return false;
    if (m_options.sandbox && !startSandbox(error))
        return false;
    return selectFirstProfile(error);
}

QString Console::ledgerUnavailableText() const
{
    if (m_waiting)
        return tr("The team ledger at %1 did not answer when the console started: nothing is "
                  "shown and nothing can be changed until it answers (it is tried every "
                  "second), then the console opens it. File → Open ledger… chooses another.")
            .arg(m_location.display());
    return m_ledger ? m_ledger->unavailableText() : QString();
}

bool Console::selectFirstProfile(QString *error)
{
    const QList<Profile> all = m_profiles->list(error);
    if (all.isEmpty())
        return true; // nothing to select yet (no sandbox and no profile)
    qint64 fallback = all.first().id;
    for (const Profile &p : all) {
        if (p.isSandbox())
            fallback = p.id;
    }
    // The profile used last on this folder, unless its vault would have to be unlocked before
    // the window is there to ask (the window offers to unlock it then).
    if (const auto last = rememberedProfileId()) {
        for (const Profile &p : all) {
            if (p.id != *last)
                continue;
            QString ignored;
            if ((!needsUnlock(p) || m_options.vaultPassword) && selectProfile(p.id, &ignored))
                return true;
            // Opened on the fallback for now; the remembered choice stays for the window.
            const bool ok = selectProfile(fallback, error);
            rememberProfile(*last);
            return ok;
        }
    }
    return selectProfile(fallback, error);
}

QString Console::settingsKey() const
{
    // Per ledger (a server's address without its password, or the SQLite file).
    const QByteArray path = (m_location.isServer() ? m_location.display()
                                                   : QFileInfo(m_ledger->path()).absoluteFilePath())
                                .toUtf8();
    return QStringLiteral("profiles/last/") +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<qint64> Console::rememberedProfileId() const
{
    if (!m_ledger)
        return std::nullopt;
    const QVariant v = QSettings().value(settingsKey());
    if (!v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

void Console::rememberProfile(qint64 id)
{
    QSettings().setValue(settingsKey(), id);
}

bool Console::hasRealProfile() const
{
    for (const Profile &p : profileList()) {
        if (!p.isSandbox())
            return true;
    }
    return false;
}

bool Console::startSandbox(QString *error)
{
    const QString dir = m_ledger->dataDir();
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
    return m_profiles && !m_waiting ? m_profiles->list() : QList<Profile>{};
}

SecretStore *Console::secretStore(QString *error)
{
    if (m_secrets)
        return m_secrets.get();
    if (m_secretsFailure) {
        // Decided already and failed: do not probe the keychain again on every call (each
        // probe may wait up to KeychainSecretStore::kReachableBudgetMs on a stuck daemon).
        if (error)
            *error = *m_secretsFailure;
        return nullptr;
    }
    SecretStoreFactory::Options options;
    options.dataDir = m_ledger->dataDir();
    options.backend = !m_backendOverride.isEmpty() ? m_backendOverride
                      : m_options.secretBackend.isEmpty()
                          ? SecretStoreFactory::backendFromEnvironment()
                          : m_options.secretBackend;
    // A password typed into the window's unlock dialog goes to the vault once; otherwise the
    // options' provider (if any) is asked.
    options.vaultPassword = [this](VaultSecretStore::PasswordPurpose purpose,
                                   const QString &path) -> std::optional<QByteArray> {
        if (m_nextVaultPassword) {
            std::optional<QByteArray> password = std::move(m_nextVaultPassword);
            m_nextVaultPassword.reset();
            return password;
        }
        if (m_options.vaultPassword)
            return m_options.vaultPassword(purpose, path);
        return std::nullopt;
    };
    const SecretBackendChoice::Problem before = m_secretOutcome.problem;
    QString why;
    m_secrets = SecretBackendChoice::open(m_ledger->database(), options, m_clock.nowMs(),
                                          &m_secretOutcome, &why);
    // A mismatch or an unreachable keychain is shown as a banner whose button tries again;
    // other failures (a busy ledger) are tried again on the next call.
    if (!m_secrets && m_secretOutcome.problem != SecretBackendChoice::Problem::None)
        m_secretsFailure = why;
    if (m_secretOutcome.problem != before)
        Q_EMIT secretProblemChanged();
    if (!m_secrets && error)
        *error = why;
    // Finish what a killed profile add or remove left (secrets that no profile row names).
    if (m_secrets && m_profiles && Credentials::pendingSecretNotes(*m_profiles) > 0) {
        QString ignored;
        Credentials::sweepAbandonedSecrets(*m_profiles, *m_secrets, &ignored);
    }
    return m_secrets.get();
}

bool Console::fixSecretProblem(QString *error)
{
    if (m_secretOutcome.problem == SecretBackendChoice::Problem::Mismatch)
        m_backendOverride = m_secretOutcome.remembered;
    m_secrets.reset();
    m_secretsFailure.reset();
    if (!secretStore(error))
        return false;
    Q_EMIT vaultStateChanged();
    // The current profile's key can be read now.
    if (m_profile && !m_profile->isSandbox())
        return selectProfile(m_profile->id, error);
    return true;
}

VaultSecretStore *Console::vault()
{
    return dynamic_cast<VaultSecretStore *>(secretStore(nullptr));
}

Console::VaultState Console::vaultState()
{
    VaultSecretStore *v = vault();
    if (!v)
        return VaultState::NotVault;
    if (v->isUnlocked())
        return VaultState::Unlocked;
    return v->exists() ? VaultState::Locked : VaultState::Missing;
}

QString Console::vaultPath() const
{
    return SecretStoreFactory::vaultPath(m_ledger->dataDir());
}

bool Console::needsUnlock(const Profile &profile)
{
    if (profile.isSandbox() && m_sandbox)
        return false;
    if (m_options.vaultPassword)
        return false; // the caller's provider answers when the vault asks
    // A vault that does not exist yet holds no key to read: nothing to unlock for reading.
    return vaultState() == VaultState::Locked;
}

bool Console::unlockVault(const QByteArray &password, QString *error, bool *wrongPassword)
{
    if (wrongPassword)
        *wrongPassword = false;
    VaultSecretStore *v = vault();
    if (!v) {
        if (error)
            *error = tr("The keys of this data folder are not kept in a vault.");
        return false;
    }
    m_nextVaultPassword = password;
    const bool ok = v->unlock(error);
    if (m_nextVaultPassword) {
        secureWipe(*m_nextVaultPassword);
        m_nextVaultPassword.reset();
    }
    if (!ok && wrongPassword)
        *wrongPassword = v->lastErrorCode() == vault::Error::WrongPassword;
    Q_EMIT vaultStateChanged();
    return ok;
}

void Console::lockVault()
{
    VaultSecretStore *v = vault();
    if (!v)
        return;
    v->lock();
    if (m_profile && !m_profile->isSandbox()) {
        m_session->stop();
        secureWipe(m_key);
        setConnection(Connection::Failed, tr("The key vault is locked."));
        Q_EMIT profileChanged();
    }
    Q_EMIT vaultStateChanged();
}

bool Console::changeVaultPassword(const QByteArray &current, const QByteArray &next, QString *error)
{
    VaultSecretStore *v = vault();
    if (!v) {
        if (error)
            *error = tr("The keys of this data folder are not kept in a vault.");
        return false;
    }
    if (next.isEmpty()) {
        if (error)
            *error = tr("The new master password must not be empty.");
        return false;
    }
    // Prove the current password even when the vault is unlocked: whoever sits at an unlocked
    // console must not be able to take the vault over.
    VaultSecretStore check(v->location(),
                           [current](VaultSecretStore::PasswordPurpose, const QString &) {
                               return std::optional<QByteArray>(current);
                           });
    if (!check.unlock(error))
        return false;
    VaultSecretStore rekey(
        v->location(), [current, next](VaultSecretStore::PasswordPurpose purpose, const QString &) {
            return std::optional<QByteArray>(
                purpose == VaultSecretStore::PasswordPurpose::Create ? next : current);
        });
    if (!rekey.changePassword(error))
        return false;
    v->lock();
    m_nextVaultPassword = next;
    const bool ok = v->unlock(error);
    if (m_nextVaultPassword) {
        secureWipe(*m_nextVaultPassword);
        m_nextVaultPassword.reset();
    }
    Q_EMIT vaultStateChanged();
    return ok;
}

std::optional<QByteArray> Console::keyFor(const Profile &profile, QByteArray *callbackToken,
                                          QString *error)
{
    callbackToken->clear();
    if (profile.isSandbox() && m_sandbox)
        return m_sandboxKey;
    SecretStore *secrets = secretStore(error);
    if (!secrets)
        return std::nullopt;
    std::optional<ProfileCredentials> credentials =
        Credentials::load(*m_profiles, *secrets, profile.id, error);
    if (!credentials)
        return std::nullopt;
    *callbackToken = credentials->callbackToken;
    return credentials->authKey;
}

std::optional<Profile> Console::addProfile(const Profile &profile, const QByteArray &authKey,
                                           const std::optional<QByteArray> &callbackToken,
                                           QString *error)
{
    SecretStore *secrets = secretStore(error);
    if (!secrets)
        return std::nullopt;
    std::optional<Profile> added =
        Credentials::addProfile(*m_profiles, *secrets, profile, authKey, callbackToken, error);
    if (added) {
        // The row names the profile changed, not the one in use (as pnctl's does).
        m_ledger->log().appendAudit(added->id, actor(), QStringLiteral("profile-add"),
                                    QStringLiteral("profile %1").arg(added->name));
        Q_EMIT profilesChanged();
    }
    return added;
}

bool Console::updateProfile(const Profile &profile, const std::optional<QByteArray> &authKey,
                            const std::optional<QByteArray> &callbackToken, QString *error)
{
    bool ok = false;
    if (authKey || callbackToken) {
        SecretStore *secrets = secretStore(error);
        ok = secrets &&
             Credentials::setSecrets(*m_profiles, *secrets, profile, authKey, callbackToken, error);
    } else {
        ok = m_profiles->update(profile, error);
    }
    if (!ok)
        return false;
    m_ledger->log().appendAudit(
        profile.id, actor(), QStringLiteral("profile-edit"),
        QStringLiteral("profile %1%2")
            .arg(profile.name, authKey ? QStringLiteral(", new key") : QString()));
    Q_EMIT profilesChanged();
    if (m_profile && m_profile->id == profile.id)
        return selectProfile(profile.id, error);
    return true;
}

bool Console::removeProfile(qint64 id, ProfileStore::RemoveMode mode, QString *error)
{
    const std::optional<Profile> profile = m_profiles->byId(id, error);
    if (!profile)
        return false;
    if (profile->isSandbox()) {
        if (error)
            *error = tr("The built-in Sandbox profile cannot be removed.");
        return false;
    }
    // Refuse before anything changes (the same check ProfileStore::remove makes).
    const int active = m_profiles->activeRecordCount(id, error);
    if (active < 0)
        return false;
    const int jobs = m_profiles->unfinishedJobCount(id, error);
    if (jobs < 0)
        return false;
    if ((active > 0 || jobs > 0) && mode != ProfileStore::RemoveMode::Force)
        return m_profiles->remove(id, mode, error); // fails with the store's reason
    const bool wasCurrent = m_profile && m_profile->id == id;
    if (wasCurrent) {
        m_session->stop();
        secureWipe(m_key);
        m_profile.reset();
    }
    bool ok = false;
    if (profile->secretBackend.isEmpty() && !m_secrets) {
        ok = m_profiles->remove(id, mode, error); // no key was ever stored
    } else {
        SecretStore *secrets = secretStore(error);
        ok = secrets && Credentials::removeProfile(*m_profiles, *secrets, *profile, mode, error);
    }
    if (ok)
        m_ledger->log().appendAudit(profile->name, actor(), QStringLiteral("profile-remove"),
                                    QStringLiteral("profile %1%2")
                                        .arg(profile->name, mode == ProfileStore::RemoveMode::Force
                                                                ? QStringLiteral(" (forced)")
                                                                : QString()));
    Q_EMIT profilesChanged();
    if (wasCurrent || !m_profile) {
        QString ignored;
        qint64 next = 0;
        for (const Profile &p : profileList()) {
            if (next == 0 || p.isSandbox())
                next = p.id;
        }
        if (next != 0)
            selectProfile(next, &ignored);
        else
            Q_EMIT profileChanged();
    }
    return ok;
}

QByteArray Console::exportProfiles(const QList<qint64> &ids) const
{
    QList<Profile> chosen;
    for (const Profile &p : profileList()) {
        if (ids.contains(p.id))
            chosen << p;
    }
    return m_profiles->exportJson(chosen);
}

std::optional<QList<Profile>> Console::importProfiles(const QByteArray &json,
                                                      const Credentials::SecretPrompt &prompt,
                                                      QString *error)
{
    SecretStore *secrets = secretStore(error);
    if (!secrets)
        return std::nullopt;
    QList<Profile> beforeStop;
    std::optional<QList<Profile>> added =
        Credentials::importProfiles(*m_profiles, *secrets, json, prompt, error, &beforeStop);
    Q_EMIT profilesChanged();
    const qsizetype count = added ? added->size() : beforeStop.size();
    if (count > 0)
        audit(QStringLiteral("profile-import"), QStringLiteral("%1 profile(s)").arg(count));
    return added;
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
    // The key first: a locked vault, a Cancel or a wrong password leaves everything as it was.
    QString keyError;
    QByteArray callbackToken;
    const std::optional<QByteArray> key = keyFor(*profile, &callbackToken, &keyError);
    VaultSecretStore *v = profile->isSandbox() ? nullptr : vault();
    const bool vaultRefused = !key && v && v->exists() && !v->isUnlocked();
    if (vaultRefused) {
        secureWipe(callbackToken);
        if (error)
            *error = keyError;
        Q_EMIT vaultStateChanged();
        return false;
    }
    m_session->stop();
    secureWipe(m_key);
    m_profile = profile;
    rememberProfile(profile->id);
    setConnection(Connection::Unknown, {});
    applyReceiverAccess(*profile, callbackToken);
    secureWipe(callbackToken);
    if (key) {
        m_key = *key;
        ClientConfig config = Session::clientConfig(*profile, m_key);
        m_session->start(config, profile->id);
        secureWipe(config.key);
        m_session->reconcile([this](const ReconcileReport &report) { Q_EMIT reconciled(report); });
    } else {
        setConnection(Connection::Failed, keyError);
    }
    Q_EMIT profileChanged();
    Q_EMIT vaultStateChanged();
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
    Q_EMIT connectionChanged();
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
        Q_EMIT self->accountStatusReceived(result);
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
    for (const BindingRecord &b : m_ledger->bindings().list(query)) {
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
    // The program; who sat at it is the desk every audit row records (LedgerLog::desk()).
    const QString program = QCoreApplication::applicationName();
    return program.isEmpty() ? QStringLiteral("pnconsole") : program;
}

void Console::audit(const QString &action, const QString &detail)
{
    m_ledger->log().appendAudit(m_profile ? std::optional<qint64>(m_profile->id) : std::nullopt,
                                actor(), action, detail);
}

} // namespace pn
