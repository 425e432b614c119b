#pragma once

#include "ledger/ledger.h"
#include "ledger/ledgerlocation.h"
#include "platform/bindingservice.h"
#include "platform/platformclient.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"
#include "profiles/secretbackendchoice.h"
#include "secrets/vaultsecretstore.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>
#include <optional>

namespace pn {

class CallbackReceiver;
class CallStore;
class InboxModel;
class SandboxPlatform;
struct SimulatedCall;
class SecretStore;

// How a console starts: everything a test wants to choose.
struct ConsoleOptions
{
    const Clock *clock = nullptr; // nullptr = the system clock
    QString dataDir;              // --data-dir; empty = $PN_DATA_DIR, else the default folder
    // --ledger / $PN_LEDGER / the remembered choice: a folder or postgresql://user@host/db (no
    // password: that comes from the data folder's secret store or PGPASSFILE). Empty = dataDir.
    QString ledger;
    QByteArray ledgerPassword; // typed in File → Open ledger… and not remembered (this run only)
    bool sandbox = true;       // run the in-process sandbox and keep its profile ready
    QString secretBackend;     // "", "keychain" or "vault" (non-sandbox profiles)
    VaultSecretStore::PasswordProvider vaultPassword;
    int sweepIntervalMs = 5000; // how often expired bindings are written as expired
    // A team server that does not answer at start (refused connection, timeout; not a wrong
    // password, a TLS refusal or a newer schema): open() succeeds with nothing loaded, the
    // console is read-only (ledgerAvailable() false, no profile, no sandbox) and emits
    // ledgerAnswered() when the server first answers: open a new Console then (pnconsole's
    // main loop does, as for File → Open ledger…).
    bool startWhileAway = false;
};

// The GUI's composition root, without widgets: the ledger, the profiles, the in-process sandbox
// with its generated account, the callback receiver, and for the current profile the platform
// client and the binding service. The window shows what it has and asks it to act.
class Console final : public QObject
{
    Q_OBJECT

public:
    enum class Connection { Unknown, Connecting, Connected, Failed };

    explicit Console(ConsoleOptions options, QObject *parent = nullptr);
    ~Console() override;
    Q_DISABLE_COPY_MOVE(Console)

    // Opens the ledger (creating the folder), starts the sandbox and the receiver, selects the
    // last used profile (else the sandbox one) and reconciles its pending intents.
    bool open(QString *error);

    const Clock &clock() const { return m_clock; }
    Ledger &ledger() { return *m_ledger; }
    // Where the ledger is (never with a password; for the status bar and messages).
    const LedgerLocation &ledgerLocation() const { return m_location; }
    ProfileStore &profiles() { return *m_profiles; }
    SandboxPlatform *sandbox() const { return m_sandbox.get(); }
    CallbackReceiver *receiver() const { return m_receiver.get(); }
    // The calls in the ledger (this thread's connection) and the live feed of callbacks.
    CallStore &callStore() { return *m_callStore; }
    InboxModel &inbox() { return *m_inbox; }
    PlatformClient *client() const { return m_session ? m_session->client() : nullptr; }
    // The translated name of the SecretStore backend holding the keys ("encrypted vault file",
    // "OS keychain"); before a store is opened, the configured backend's name or "not opened".
    QString secretBackendName() const;
    BindingService *service() const { return m_session ? m_session->service() : nullptr; }
    // The wiring of the current profile's client and service (nullptr before open()).
    Session *session() const { return m_session.get(); }
    // True the first time the sandbox profile was created in this ledger.
    bool firstStart() const { return m_firstStart; }
    // False while a team server does not answer (Ledger::watchAvailability, probed every
    // second): the console shows what it has, and new bindings, releases and transfers are
    // refused (BindingService) until it is back. Always true on a local ledger.
    bool ledgerAvailable() const { return !m_ledger || (!m_waiting && m_ledger->isAvailable()); }
    // Started without its team server (ConsoleOptions::startWhileAway) and not opened yet.
    bool waitingForLedger() const { return m_waiting; }
    // Why ledgerAvailable() is false, for the banner: the server went away (Ledger::
    // unavailableText()) or it did not answer at start.
    QString ledgerUnavailableText() const;

    QList<Profile> profileList() const;
    std::optional<Profile> currentProfile() const { return m_profile; }
    // Switches to the profile: its key is fetched first and nothing changes when that fails
    // because the vault is locked (unlock it first, see needsUnlock()) or unreadable; then the
    // client, service, receiver and profile switch together and the choice is remembered for
    // this data folder.
    bool selectProfile(qint64 id, QString *error);
    // The profile the console last used on this data folder (QSettings, per ledger path).
    std::optional<qint64> rememberedProfileId() const;
    // True when a real profile exists (anything but the sandbox).
    bool hasRealProfile() const;

    // --- profiles (the same ProfileStore/Credentials calls as pnctl profile ...) ---
    std::optional<Profile> addProfile(const Profile &profile, const QByteArray &authKey,
                                      const std::optional<QByteArray> &callbackToken,
                                      QString *error);
    // Saves the fields; a new key / token (an empty token removes it) replaces the stored one.
    // The current profile is selected again so the change takes effect.
    bool updateProfile(const Profile &profile, const std::optional<QByteArray> &authKey,
                       const std::optional<QByteArray> &callbackToken, QString *error);
    // Removes the profile and its secrets; the current profile moves to the sandbox first.
    bool removeProfile(qint64 id, ProfileStore::RemoveMode mode, QString *error);
    QByteArray exportProfiles(const QList<qint64> &ids) const;
    // Credentials::importProfiles into this ledger's secret store (which must be open).
    std::optional<QList<Profile>>
    importProfiles(const QByteArray &json, const Credentials::SecretPrompt &prompt, QString *error);

    // --- the data folder's secret store ---
    // Opened on first use (SecretBackendChoice: the backend the ledger remembers). The choice
    // is made once per attempt: when the store cannot be opened because of a secretProblem()
    // (an unreachable keychain, a mismatch) that answer is kept and returned at once, without
    // asking D-Bus again, until fixSecretProblem() (the banner's button) tries again.
    SecretStore *secretStore(QString *error);
    // The mismatch or unreachable keychain found when the store was opened (else None).
    SecretBackendChoice::Problem secretProblem() const { return m_secretOutcome.problem; }
    QString secretProblemText() const { return m_secretOutcome.problemText; }
    QString rememberedSecretBackend() const { return m_secretOutcome.remembered; }
    // The fix for secretProblem(): use the folder's remembered backend (mismatch) or try the
    // keychain again (unreachable).
    bool fixSecretProblem(QString *error);

    enum class VaultState { NotVault, Missing, Locked, Unlocked };
    VaultState vaultState();
    QString vaultPath() const;
    // True when reading this profile's key needs the vault's master password first (a locked
    // vault and no password provider in the options).
    bool needsUnlock(const Profile &profile);
    // Unlocks (or, for a vault that does not exist yet, creates) the vault with this password;
    // false with *wrongPassword on a wrong password. The password is wiped by the caller.
    bool unlockVault(const QByteArray &password, QString *error, bool *wrongPassword = nullptr);
    // Forgets the vault's key and the current real profile's key: its client stops until the
    // vault is unlocked again (the profile stays selected; the sandbox keeps working).
    void lockVault();
    bool changeVaultPassword(const QByteArray &current, const QByteArray &next, QString *error);
    Connection connection() const { return m_connection; }
    QString connectionDetail() const { return m_connectionDetail; }

    // Asks the platform for the account status; accountStatusReceived() follows.
    void refreshAccount();
    // Numbers among (anum, bnum) with an active binding on x in the ledger (the 1302 pre-check).
    QStringList numbersBoundOn(const QString &x, const QString &anum, const QString &bnum) const;
    // A curl command for a logged request, signed now (valid 3 minutes); empty with *error when
    // the profile's key is not at hand. The key itself is never part of the text.
    QString curlFor(const RequestLogEntry &entry, QString *error) const;
    QString curlForBinding(const BindingRecord &binding, QString *error) const;
    // Simulates a call on a binding in the sandbox; returns the taskid or an empty string.
    QString simulateCall(const QString &subid, QString *error);
    // Any simulated call (caller, result, ring and talk time, call-start) on the sandbox profile.
    QString simulateCall(const SimulatedCall &call, QString *error);
    // Writes one audit entry for the current profile.
    void audit(const QString &action, const QString &detail);
    static QString actor();

Q_SIGNALS:
    void profileChanged();
    // The list of profiles changed (added, edited, removed, imported).
    void profilesChanged();
    void vaultStateChanged();
    void secretProblemChanged();
    void accountStatusReceived(const pn::PlatformResult &result);
    void connectionChanged();
    void clockSkewChanged(qint64 offsetMs);
    void reconciled(const pn::ReconcileReport &report);
    // The team server stopped answering (false) or answers again (true).
    void ledgerAvailabilityChanged(bool available);
    // Started without its team server (waitingForLedger()): the server answers now.
    void ledgerAnswered();

private:
    bool startSandbox(QString *error);
    // The profile used last on this ledger, else the sandbox one, else the first.
    bool selectFirstProfile(QString *error);

    bool startReceiver(QString *error);
    // The profile's auth key; *callbackToken gets its callback token (empty if it has none).
    std::optional<QByteArray> keyFor(const Profile &profile, QByteArray *callbackToken,
                                     QString *error);
    // The receiver takes the current profile's id, callback token and allow-list.
    void applyReceiverAccess(const Profile &profile, const QByteArray &callbackToken);
    void setConnection(Connection state, const QString &detail);
    void rememberProfile(qint64 id);
    QString settingsKey() const;
    VaultSecretStore *vault();
    QString signedHeader(QString *error) const;

    ConsoleOptions m_options;
    const Clock &m_clock;
    std::unique_ptr<Ledger> m_ledger;
    LedgerLocation m_location;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SandboxPlatform> m_sandbox;
    std::unique_ptr<CallbackReceiver> m_receiver;
    std::unique_ptr<CallStore> m_callStore;
    std::unique_ptr<InboxModel> m_inbox;
    std::unique_ptr<SecretStore> m_secrets;
    std::optional<QString> m_secretsFailure; // why the last attempt failed (cached, see above)
    std::unique_ptr<Session> m_session;
    SecretBackendChoice::Outcome m_secretOutcome;
    QString m_backendOverride;                     // the fix chosen from the banner
    std::optional<QByteArray> m_nextVaultPassword; // handed to the vault once, then wiped
    std::optional<Profile> m_profile;
    bool m_waiting = false;  // started without its team server, not opened yet
    QByteArray m_key;        // the current profile's auth key, in memory only
    QByteArray m_sandboxKey; // generated at every start, never stored
    bool m_firstStart = false;
    Connection m_connection = Connection::Unknown;
    QString m_connectionDetail;
};

} // namespace pn
