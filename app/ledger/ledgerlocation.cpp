#include "ledger/ledgerlocation.h"

#include "ledger/ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QUrlQuery>

namespace pn {

namespace {

bool isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://")) ||
           text.startsWith(QLatin1StringView("postgres://"));
}

} // namespace

QStringList LedgerLocation::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

std::optional<LedgerLocation> LedgerLocation::parse(const QString &text, QString *error,
                                                    bool allowPassword)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(tr("No ledger given: name a folder or a postgresql:// address."));
    if (!isServerUrl(text))
        return folder(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("Not a valid ledger address: %1")
                        .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)));
    const QString shown = url.toDisplayString(QUrl::RemovePassword);
    if (!url.password().isEmpty() && !allowPassword)
        return fail(tr("The ledger address %1 contains a password. Leave it out: the password "
                       "comes from the secret store (File → Open ledger… in the console), "
                       "PGPASSFILE or a prompt.")
                        .arg(shown));
    if (url.host().isEmpty())
        return fail(tr("The ledger address %1 names no host.").arg(shown));
    if (url.userName().isEmpty())
        return fail(
            tr("The ledger address %1 names no user (postgresql://USER@HOST/DB).").arg(shown));
    const QString db = url.path().mid(1);
    if (db.isEmpty() || db.contains(u'/'))
        return fail(
            tr("The ledger address %1 names no database (postgresql://USER@HOST/DB).").arg(shown));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("sslmode")) {
            if (!sslModes().contains(value))
                return fail(tr("Unknown sslmode %1; use one of %2.")
                                .arg(value, sslModes().join(QLatin1StringView(", "))));
        } else if (key == QLatin1StringView("sslrootcert")) {
            if (!QFileInfo(value).isFile())
                return fail(tr("The CA certificate %1 (sslrootcert) does not exist.").arg(value));
        } else {
            return fail(
                tr("Unknown ledger address option %1 (known: sslmode, sslrootcert).").arg(key));
        }
    }
    LedgerLocation l;
    l.m_kind = Kind::Server;
    l.m_url = url;
    l.m_url.setScheme(QStringLiteral("postgresql"));
    return l;
}

LedgerLocation LedgerLocation::server(const QString &host, int port, const QString &database,
                                      const QString &user, const QString &sslMode,
                                      const QString &caFile)
{
    LedgerLocation l;
    l.m_kind = Kind::Server;
    l.m_url.setScheme(QStringLiteral("postgresql"));
    l.m_url.setHost(host);
    if (port > 0)
        l.m_url.setPort(port);
    l.m_url.setPath(u'/' + database);
    l.m_url.setUserName(user);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    l.m_url.setQuery(query);
    return l;
}

LedgerLocation LedgerLocation::folder(const QString &dir)
{
    LedgerLocation l;
    l.m_kind = Kind::Folder;
    l.m_folder = QDir(dir).absolutePath();
    return l;
}

std::optional<LedgerLocation> LedgerLocation::resolve(const QString &ledgerOption,
                                                      const QString &dataDirOption, QString *error)
{
    if (!ledgerOption.isEmpty())
        return parse(ledgerOption, error);
    if (const QString env = qEnvironmentVariable("PN_LEDGER"); !env.isEmpty())
        return parse(env, error);
    return folder(QFileInfo(Ledger::resolvePath(dataDirOption)).absolutePath());
}

QString LedgerLocation::localDataDir(const LedgerLocation &ledger, const QString &dataDirOption)
{
    if (!dataDirOption.isEmpty())
        return QDir(dataDirOption).absolutePath();
    if (const QString env = qEnvironmentVariable("PN_DATA_DIR"); !env.isEmpty())
        return QDir(env).absolutePath();
    if (!ledger.isServer())
        return ledger.folderPath();
    return QFileInfo(Ledger::defaultPath()).absolutePath();
}

QString LedgerLocation::sqlitePath() const
{
    return Ledger::pathInDataDir(m_folder);
}

QString LedgerLocation::sslMode() const
{
    return QUrlQuery(m_url).queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
}

QString LedgerLocation::caFile() const
{
    return QUrlQuery(m_url).queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
}

QString LedgerLocation::display() const
{
    if (!isServer())
        return m_folder;
    return m_url.toDisplayString(QUrl::RemovePassword);
}

QString LedgerLocation::connectionString(const QString &password) const
{
    if (!isServer())
        return sqlitePath();
    QUrl url = m_url;
    url.setPassword(password.isEmpty() ? QString() : password);
    return url.toString(QUrl::FullyEncoded);
}

QString LedgerLocation::secretName() const
{
    return QStringLiteral("ledger/%1@%2:%3/%4").arg(user(), host()).arg(port()).arg(database());
}

} // namespace pn
