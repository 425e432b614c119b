#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace pn {

// Where a ledger is: a local folder (DIR/ledger.sqlite) or a team server,
// postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/path/ca.pem
// (`--ledger`, $PN_LEDGER, File → Open ledger…). The password is never part of what a user
// gives or sees: it is added by connectionString() for the Ledger only, and display() has none.
class LedgerLocation final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerLocation)

public:
    enum class Kind { Folder, Server };

    // Parses a folder or a postgresql:// (postgres://) URL. A URL with a password is refused
    // unless `allowPassword` (only the tests' internal connection strings carry one).
    static std::optional<LedgerLocation> parse(const QString &text, QString *error,
                                               bool allowPassword = false);
    // A team server from its parts (the Open ledger dialog).
    static LedgerLocation server(const QString &host, int port, const QString &database,
                                 const QString &user, const QString &sslMode = {},
                                 const QString &caFile = {});
    static LedgerLocation folder(const QString &dir);

    // --ledger beats $PN_LEDGER beats --data-dir beats $PN_DATA_DIR beats the default folder.
    static std::optional<LedgerLocation> resolve(const QString &ledgerOption,
                                                 const QString &dataDirOption, QString *error);
    // The folder for this program's local files (vault, logs, markers): --data-dir, else
    // $PN_DATA_DIR, else the ledger's folder when the ledger is a folder, else the default.
    static QString localDataDir(const LedgerLocation &ledger, const QString &dataDirOption);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    // Folder: the folder and the SQLite file in it.
    QString folderPath() const { return m_folder; }
    QString sqlitePath() const;
    // Server parts.
    QString host() const { return m_url.host(); }
    int port() const { return m_url.port(5432); }
    QString database() const { return m_url.path().mid(1); }
    QString user() const { return m_url.userName(); }
    QString sslMode() const;
    QString caFile() const;
    // The password that came inside the URL (allowPassword only).
    QString embeddedPassword() const { return m_url.password(); }

    // For messages and the status bar: the folder, or the URL without any password.
    QString display() const;
    // What the Ledger class opens: the SQLite file, or the URL with `password` (if any).
    QString connectionString(const QString &password = {}) const;
    // The secret-store entry holding this server's password ("ledger/user@host:port/db").
    QString secretName() const;

    // The sslmode values libpq knows.
    static QStringList sslModes();

private:
    Kind m_kind = Kind::Folder;
    QString m_folder;
    QUrl m_url;
};

} // namespace pn
