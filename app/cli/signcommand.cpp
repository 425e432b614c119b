#include "cli/signcommand.h"

#include "core/clock.h"
#include "core/keytimesigner.h"

#include <QCommandLineParser>
#include <QFile>

namespace pn::cli {

std::optional<QByteArray> KeyInput::readKeyFile(const QString &path, QString *error)
{
    QFile file;
    const bool ok = path == u'-' ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = tr("Cannot read the key file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray key = file.readAll();
    if (key.endsWith('\n'))
        key.chop(1);
    if (key.endsWith('\r'))
        key.chop(1);
    if (key.isEmpty()) {
        *error = tr("The key file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return key;
}

int SignCommand::run(const QStringList &arguments, const GlobalOptions &)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pnctl", "Print the Keytime Authorization header value for a request."));
    parser.addHelpOption();
    const QCommandLineOption devid(QStringLiteral("devid"),
                                   QCoreApplication::translate("pnctl", "Developer ID."),
                                   QStringLiteral("id"));
    const QCommandLineOption keyFile(
        QStringLiteral("key-file"),
        QCoreApplication::translate("pnctl", "File holding the auth key ('-' for stdin)."),
        QStringLiteral("file"));
    const QCommandLineOption ts(
        QStringLiteral("ts"),
        QCoreApplication::translate("pnctl", "Timestamp in epoch milliseconds (default: now)."),
        QStringLiteral("ms"));
    parser.addOptions({devid, keyFile, ts});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(devid) || !parser.isSet(keyFile)) {
        printError(QCoreApplication::translate("pnctl", "sign needs --devid and --key-file."));
        return ExitUsage;
    }
    qint64 timestamp = SystemClock::instance().nowMs();
    if (parser.isSet(ts)) {
        bool ok = false;
        timestamp = parser.value(ts).toLongLong(&ok);
        if (!ok || timestamp <= 0) {
            printError(QCoreApplication::translate("pnctl", "--ts must be a positive number of "
                                                            "milliseconds."));
            return ExitUsage;
        }
    }
    QString error;
    std::optional<QByteArray> key = KeyInput::readKeyFile(parser.value(keyFile), &error);
    if (!key) {
        printError(error);
        return ExitUsage;
    }
    const auto header = KeytimeSigner::header(parser.value(devid), *key, timestamp, &error);
    secureWipe(*key);
    if (!header) {
        printError(error);
        return ExitUsage;
    }
    printBytes(*header + '\n');
    return ExitOk;
}

} // namespace pn::cli
